"""The table-driven finder (numfacts.lang.finder) in Spanish, French and German: cases as data.

Each case: (id, lang, text, surface, expected fields). The row whose text is `surface` must exist
and carry those fields; REJECT lists surfaces that must give no row. Reference date: 2024-03-06
(a Wednesday) unless the case says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.lang.finder import find, parse_number
from tests.finder_checks import assert_row

REF = dt.date(2024, 3, 6)

CASES = [
    # number writing
    ("es-thousands-dot", "es", "Huyeron 400.000 personas.", "400.000", dict(kind="count", value=400000, entity="personas")),
    ("fr-thousands-space", "fr", "Environ 166 600 étudiants.", "Environ 166 600", dict(value=166600, qualifier="~", entity="étudiants")),
    ("fr-thousands-nbsp", "fr", "Il y a 1\u00a0500 morts.", "1\u00a0500", dict(value=1500)),
    ("fr-swiss-apostrophe", "fr", "Le loyer dépasse 1'500 francs.", "1'500 francs", dict(kind="money", value=1500, unit="CHF")),
    ("de-decimal-comma", "de", "Der Pegel lag bei 7,80 Metern.", "7,80 Metern", dict(kind="measure", value=7.8, unit="metre")),
    ("es-both-marks", "es", "Sumaron $30.000,00 en total.", "$30.000,00", dict(kind="money", value=30000, unit="USD")),
    ("es-us-style", "es", "Casi 12,000 escuelas.", "Casi 12,000", dict(value=12000, qualifier="~", entity="escuelas")),
    # number and scale words
    ("es-millones", "es", "Se vacunó a 41 millones de personas.", "41 millones", dict(value=41e6, entity="personas")),
    ("es-billones", "es", "La deuda alcanzó 1,6 billones de euros.", "1,6 billones de euros", dict(kind="money", value=1.6e12, unit="EUR")),
    ("es-mil-millones", "es", "Costó 35 mil millones de dólares.", "35 mil millones de dólares", dict(value=35e9, unit="USD")),
    ("fr-trois-cents", "fr", "Environ trois cents personnes ont fui.", "Environ trois cents", dict(value=300, qualifier="~")),
    ("fr-milliards", "fr", "Plus de 130 milliards de dollars.", "Plus de 130 milliards de dollars", dict(value=130e9, low=130e9, qualifier=">", unit="USD")),
    ("fr-md", "fr", "Un budget de 2,5 Md€ cette année.", "2,5 Md€", dict(kind="money", value=2.5e9, unit="EUR")),
    ("es-m-dollar", "es", "La empresa facturó 1,5 M$ en enero.", "1,5 M$", dict(kind="money", value=1.5e6, unit="USD")),
    ("de-mrd-euro", "de", "Sie will rund 5 Mrd. Euro investieren.", "rund 5 Mrd. Euro", dict(kind="money", value=5e9, qualifier="~", unit="EUR")),
    ("de-mio-tonnen", "de", "Es fehlten 1,5 Mio. Tonnen Getreide.", "1,5 Mio. Tonnen", dict(kind="measure", value=1.5e6, unit="tonne", entity="Getreide")),
    ("de-zweieinhalb", "de", "Das dauerte zweieinhalb Stunden.", "zweieinhalb Stunden", dict(kind="duration", value=2.5, duration="PT2.5H")),
    ("de-words", "de", "Dabei wurden drei Menschen getötet.", "drei", dict(value=3, entity="Menschen")),
    # percent and points
    ("es-percent-space", "es", "La población vacunada es el 92,7 % del total.", "92,7 %", dict(kind="percent", value=92.7, unit="percent")),
    ("es-por-ciento", "es", "El embalse está al 38 por ciento.", "38 por ciento", dict(kind="percent", value=38)),
    ("fr-pour-cent", "fr", "Seize pour cent des participants.", "Seize pour cent", dict(kind="percent", value=16, entity="participants")),
    ("de-prozent", "de", "Die Zahl stieg um 22,1 Prozent.", "22,1 Prozent", dict(kind="percent", value=22.1)),
    ("de-prozentpunkte", "de", "Die Quote sank um 0,3 Prozentpunkte.", "0,3 Prozentpunkte", dict(kind="percent", value=0.3, unit="percentage point")),
    ("es-puntos", "es", "Casi diez puntos menos.", "Casi diez puntos", dict(kind="percent", value=10, unit="percentage point", qualifier="~")),
    # qualifiers and ranges
    ("es-hasta", "es", "Temperaturas de hasta 44 grados.", "hasta 44 grados", dict(kind="measure", value=44, high=44, qualifier="<=", unit="degree Celsius")),
    ("es-al-menos", "es", "Al menos dos pruebas.", "Al menos dos", dict(value=2, low=2, qualifier=">=")),
    ("fr-ou-davantage", "fr", "Des villes de 1 000 personnes ou davantage.", "1 000 personnes ou davantage", dict(value=1000, low=1000, qualifier=">=")),
    ("de-gut", "de", "Es gab gut 400.000 Austritte.", "gut 400.000", dict(value=400000, low=400000, qualifier=">")),
    ("es-dash-range", "es", "Entre 0,31–0,94 millones de dólares.", "0,31–0,94 millones de dólares", dict(kind="money", low=310000, high=940000, qualifier="range")),
    # ratios
    ("es-de-cada", "es", "Tres de cada diez jóvenes de 20 años.", "Tres de cada diez", dict(kind="ratio", value=0.3, entity="jóvenes")),
    ("de-jeder-dritte", "de", "Fast jeder dritte Haushalt zahlt.", "Fast jeder dritte", dict(kind="ratio", value=1 / 3, qualifier="~", entity="Haushalt")),
    ("fr-deux-tiers", "fr", "Deux tiers des communes.", "Deux tiers", dict(kind="ratio", value=2 / 3, entity="communes")),
    ("de-ein-fuenftel", "de", "Das ist knapp ein Fünftel der Ernte.", "knapp ein Fünftel", dict(kind="ratio", value=0.2, qualifier="~")),
    # dates
    ("es-full-date", "es", "El 14 de marzo de 2020 se decretó.", "14 de marzo de 2020", dict(kind="date", date="2020-03-14")),
    ("es-date-del", "es", "Comenzó el 25 de junio del 2009.", "25 de junio del 2009", dict(date="2009-06-25")),
    ("es-month-year", "es", "Hasta marzo de 2009.", "marzo de 2009", dict(date="2009-03")),
    ("fr-1er", "fr", "Le Smic augmentera au 1er janvier.", "1er janvier", dict(date="2025-01-01")),  # future tense: the next 1 January
    ("fr-day-month-year", "fr", "Jusqu'au 31 janvier 2025.", "31 janvier 2025", dict(date="2025-01-31")),
    ("de-ordinal-date", "de", "Am 3. März 2016 wurde es beschlossen.", "3. März 2016", dict(date="2016-03-03")),
    ("de-month", "de", "Im Mai wird es warm.", "Mai", dict(date="2024-05")),
    ("de-month-past-tense", "de", "Im Mai war es warm.", "Mai", dict(date="2023-05")),  # the nearest May that fits the tense
    ("de-month-nearest-year", "de", "Im November war es kalt.", "November", dict(date="2023-11")),
    ("es-year", "es", "El precio bajó en 2023.", "2023", dict(kind="date", date="2023")),
    ("es-interval", "es", "Un estudio entre el 2005 y el 2007.", "2005 y el 2007", dict(date="2005/2007")),
    ("fr-day-interval", "fr", "Des morts entre le 11 et le 23 août.", "11 et le 23 août", dict(date="2023-08-11/2023-08-23")),
    # relative dates
    ("es-ayer", "es", "Ayer murieron 3 personas.", "Ayer", dict(date="2024-03-05")),
    ("fr-semaine-derniere", "fr", "Évacuées la semaine dernière.", "la semaine dernière", dict(date="2024-W09")),
    ("de-letzten-montag", "de", "Das geschah letzten Montag.", "letzten Montag", dict(date="2024-03-04")),
    ("es-hace-semanas", "es", "Declarado hace dos semanas.", "hace dos semanas", dict(date="2024-02-21")),
    ("es-hace-un-ano", "es", "Menos que hace un año.", "hace un año", dict(date="2023")),
    ("fr-an-dernier", "fr", "Il a chuté l'an dernier.", "l'an dernier", dict(date="2023")),
    ("de-vergangenen-jahr", "de", "Im vergangenen Jahr stieg sie.", "vergangenen Jahr", dict(date="2023")),
    ("es-pasado-sabado", "es", "Ocurrió el pasado sábado.", "el pasado sábado", dict(date="2024-03-02")),
    ("fr-mardi-dernier", "fr", "Ils ont défilé mardi dernier.", "mardi dernier", dict(date="2024-03-05")),
    ("de-bare-weekday-ahead", "de", "Flüge fallen am Samstag aus.", "Samstag", dict(date="2024-03-09")),
    # durations, sets, times
    ("es-duration", "es", "Durante 98 días seguidos.", "98 días", dict(kind="duration", value=98, unit="day", duration="P98D")),
    ("fr-duration", "fr", "Des plages de 10 minutes.", "10 minutes", dict(kind="duration", duration="PT10M")),
    ("de-duration", "de", "In den vergangenen 75 Jahren.", "75 Jahren", dict(kind="duration", duration="P75Y")),
    ("es-cada-ano", "es", "Cada año mueren personas.", "Cada año", dict(kind="set", duration="P1Y")),
    ("de-taeglich", "de", "Das Werk produziert täglich Autos.", "täglich", dict(kind="set", duration="P1D")),
    ("de-jeden-tag", "de", "Jeden Tag kommen Menschen.", "Jeden Tag", dict(kind="set", duration="P1D")),
    ("fr-par-an", "fr", "580 kg de déchets par an.", "par an", dict(kind="set", duration="P1Y")),
    ("es-semestre", "es", "Facturó más en el primer semestre.", "primer semestre", dict(kind="date", date="2024-H1")),
    ("de-quartal", "de", "Im zweiten Quartal 2023 sank der Umsatz.", "zweiten Quartal 2023", dict(date="2023-Q2")),
    ("fr-trimestre", "fr", "Au troisième trimestre, le chômage a reculé.", "troisième trimestre", dict(date="2023-Q3")),  # past, written in March: last year's (round 10)
    ("es-rate-per", "es", "Hubo 40,5 casos por cada 1000 mujeres.", "40,5 casos por cada 1000", dict(kind="ratio", value=0.0405, entity="mujeres")),
    ("de-rate-je", "de", "Es gab 12 Fälle je 100.000 Einwohner.", "12 Fälle je 100.000", dict(kind="ratio", value=12e-5, entity="Einwohner")),
    ("de-von-auf-scale", "de", "Die Kosten stiegen von 2,6 auf 4,1 Milliarden Euro.", "2,6", dict(kind="money", value=2.6e9, unit="EUR")),
    # change and role
    ("es-change-by", "es", "El precio de la luz bajó un 45 % en 2023.", "45 %", dict(change="down", role="by")),
    ("es-change-from", "es", "El costo disminuyó de $44,484 en 1996 a $43,907 en 2007.", "$44,484", dict(change="down", role="from")),
    ("es-change-to", "es", "El costo disminuyó de $44,484 en 1996 a $43,907 en 2007.", "$43,907", dict(change="down", role="to")),
    ("fr-change-by-to-by", "fr", "Les naissances ont chuté de 6,6 % l'an dernier, à 678 000.", "6,6 %", dict(change="down", role="by")),
    ("fr-change-to", "fr", "Les naissances ont chuté de 6,6 % l'an dernier, à 678 000.", "678 000", dict(change="down", role="to")),
    ("de-change-verb-last", "de", "Die Zahl ist um 38 Prozent auf 372.000 gestiegen.", "38 Prozent", dict(change="up", role="by")),
    ("de-change-von-auf", "de", "Der Lohn steigt zum 1. Januar von 12,41 Euro auf 12,82 Euro.", "12,41 Euro", dict(change="up", role="from")),
    ("de-no-change", "de", "Die Partei erhielt 31 Prozent.", "31 Prozent", dict(change=None, role=None)),
    ("de-uhr", "de", "Um 14.30 Uhr begann die Sitzung.", "14.30 Uhr", dict(kind="time", date="2024-03-06T14:30")),
]

REJECT = [
    ("de-artikel", "de", "Artikel 20 des Grundgesetzes.", "20"),
    ("es-covid", "es", "La vacuna contra la COVID-19 llegó.", "19"),
    ("fr-article", "fr", "Selon l'article 49 de la Constitution.", "49"),
    ("es-article-un", "es", "Un hombre llegó.", "Un"),
]


@pytest.mark.parametrize("lang, text, surface, want", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_finder_case(lang: str, text: str, surface: str, want: dict) -> None:
    ref = dt.date(2023, 10, 1) if surface in ("11 et le 23 août",) else REF
    assert_row(text, find(text, lang, ref), surface, want)


@pytest.mark.parametrize("lang, text, surface", [pytest.param(*c[1:], id=c[0]) for c in REJECT])
def test_finder_reject(lang: str, text: str, surface: str) -> None:
    at = text.index(surface)
    assert not [f for f in find(text, lang, REF) if f.start < at + len(surface) and at < f.end and f.kind != "date"]


@pytest.mark.parametrize("raw, value", [("1.600", 1600), ("0,740", 0.74), ("2.000.000", 2e6), ("1,2,3", None), ("7", 7)])
def test_parse_number(raw: str, value: float | None) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("lang", ["es", "fr", "de"])
def test_calendar_tables_match_the_installed_dateparser(lang: str) -> None:
    """lang/<lang>/calendar.json is what tools/build_lang_calendar.py builds from dateparser now."""
    from numfacts.lang import table
    from numfacts.lang.build import build_calendar

    built, shipped = build_calendar(lang), table(lang, "calendar")
    assert built["months"] == dict(shipped["months"]) and built["weekdays"] == dict(shipped["weekdays"])
