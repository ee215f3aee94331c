"""German forms of the table-driven finder (numfacts.lang.finder, numfacts.lang.shapes): cases as data.

Each case: (id, text, surface, expected fields), as in tests/test_lang_finder.py; the row whose text
is `surface` must exist and carry those fields. Reference date 2024-03-06 (a Wednesday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.lang.finder import find
from tests.finder_checks import assert_row

REF = dt.date(2024, 3, 6)

CASES = [
    # number writing and words
    ("comma-always-decimal", "Die Strecke ist 42,195 Kilometer lang.", "42,195 Kilometer", dict(value=42.195, unit="kilometre")),
    ("glued-words", "Die Stadt hat fünfundzwanzigtausend Einwohner.", "fünfundzwanzigtausend", dict(kind="count", value=25000)),
    ("glued-hundreds", "Es waren einhundertdrei Teilnehmer.", "einhundertdrei", dict(value=103, entity="Teilnehmer")),
    ("eine-milliarde", "Das Paket umfasst eine Milliarde Euro.", "eine Milliarde Euro", dict(kind="money", value=1e9, unit="EUR")),
    ("eine-halbe-stunde", "Eine halbe Stunde später kam die Polizei.", "Eine halbe Stunde", dict(kind="duration", value=0.5, unit="hour")),
    ("tsd", "Der Verband zählt 12,5 Tsd. Mitglieder.", "12,5 Tsd.", dict(value=12500, entity="Mitglieder")),
    ("cent", "Der Liter kostete 3 Cent weniger.", "3 Cent", dict(kind="money", value=0.03, unit="EUR")),
    ("minus-word", "Nachts sinken die Werte auf minus 12 Grad.", "minus 12 Grad", dict(value=-12, unit="degree Celsius")),
    ("minus-sign", "In den Alpen wurden -18 Grad gemessen.", "-18 Grad", dict(value=-18)),
    ("dash-range-not-negative", "Es werden 3 - 5 Grad erwartet.", "3 - 5 Grad", dict(low=3, high=5, qualifier="range")),
    ("dutzende", "Dutzende Menschen wurden verletzt.", "Dutzende", dict(kind="count", value=None)),
    # ranges and entities
    ("zwischen-und", "Temperaturen zwischen 3 und 5 Grad.", "zwischen 3 und 5 Grad", dict(kind="measure", low=3, high=5, qualifier="range")),
    ("von-bis-percent", "Ein Plus von 1 bis 2 Prozent.", "von 1 bis 2 Prozent", dict(kind="percent", low=1, high=2, qualifier="range")),
    ("bis-scale", "Es kostet 2 bis 3 Milliarden Euro.", "2 bis 3 Milliarden Euro", dict(kind="money", low=2e9, high=3e9)),
    ("zahl-der", "Die Zahl der Arbeitslosen stieg um 42.000 auf 2,81 Millionen.", "2,81 Millionen",
     dict(value=2.81e6, entity="Arbeitslosen", change="up", role="to")),
    ("adjective-entity", "Es wurden 1.432 neue Fälle gemeldet.", "1.432", dict(entity="Fälle")),
    ("die-haelfte", "Kinder zahlen nur die Hälfte.", "die Hälfte", dict(kind="ratio", value=0.5)),
    ("survey-unter", "Die Umfrage unter 2.000 Befragten ergab das.", "2.000", dict(qualifier="=", high=None, entity="Befragten")),
    ("bound-unter", "Die Temperatur lag knapp unter 40 Grad.", "knapp unter 40 Grad", dict(qualifier="<", high=40)),
    ("ab-bound", "Zuschüsse gibt es ab 500 Euro.", "ab 500 Euro", dict(qualifier=">=", low=500)),
    ("an-die", "An die 300 Menschen kamen.", "An die 300", dict(qualifier="~", value=300)),
    # ordinals
    ("ordinal-word", "Die dritte Welle erreichte ihren Höhepunkt.", "dritte", dict(kind="ordinal", value=3)),
    ("ordinal-glued", "Er ist siebenundzwanzigster in der Liste.", "siebenundzwanzigster", dict(kind="ordinal", value=27)),
    ("ordinal-digit", "Die Staffel holte den 3. Platz.", "3.", dict(kind="ordinal", value=3)),
    ("ordinal-digit-article", "Die Bundesliga startet in die 62. Saison.", "62.", dict(kind="ordinal", value=62)),
    ("vote-tally", "Mit 4:2 Stimmen lehnte der Ausschuss ab.", "4", dict(kind="count", value=4.0, entity="Stimmen")),
    ("vote-tally-second", "Mit 4:2 Stimmen lehnte der Ausschuss ab.", "2", dict(kind="count", value=2.0, entity="Stimmen")),
    ("vote-tally-zu", "Der Bundestag stimmte mit 378 zu 247 Stimmen zu.", "378", dict(kind="count", value=378.0, entity="Stimmen")),
    ("vote-tally-zu-second", "Der Bundestag stimmte mit 512 zu 206 Stimmen zu.", "206", dict(kind="count", value=206.0, entity="Stimmen")),
    ("im-jahr-year", "Im Jahr 2022 lebten dort 84 Millionen Menschen.", "Im Jahr 2022", dict(kind="date", date="2022")),
    ("dutzend-scale", "Ein Dutzend Menschen wurde verletzt.", "Ein Dutzend", dict(value=12, entity="Menschen")),
    ("glued-fifteen-thousand", "Es kamen fünfzehntausend Fans.", "fünfzehntausend", dict(value=15000)),
    ("halb-acht", "Das dürfte gegen halb acht sein.", "halb acht", dict(kind="time", date="2024-03-06T07:30")),
    ("level-before-difference", "Superbenzin kostete 1,84 Euro je Liter, 3 Cent weniger als in der Vorwoche.", "1,84 Euro",
     dict(change="down", role="to")),
    ("difference-after", "Superbenzin kostete 1,84 Euro je Liter, 3 Cent weniger als in der Vorwoche.", "3 Cent",
     dict(change="down", role="by")),
    ("im-minus", "Der Dax schloss 0,8 Prozent im Minus.", "0,8 Prozent", dict(change="down", role="by")),
    # a difference compared with a time stays a difference (`mehr als` before a date is no bound of it)
    ("difference-before-date", "Die Klinik behandelte 1,3 Millionen Patienten, 40.000 mehr als 2023.", "40.000",
     dict(change="up", role="by")),
    ("difference-before-period", "Die Preise lagen um 7,1 Prozent höher, 3 Cent weniger als vor einer Woche.", "3 Cent",
     dict(change="down", role="by")),
    ("difference-before-set", "Rentner erhalten ab dem 1. März 15 Euro mehr im Monat.", "15 Euro", dict(change="up", role="by")),
    ("index-points", "Der Dax legte um 1,2 Prozent auf 18.175 Punkte zu.", "18.175", dict(kind="count", change="up", role="to")),
    ("percentage-points", "Die Quote stieg um 2 Punkte.", "2 Punkte", dict(kind="percent", unit="percentage point")),
    ("verb-then-figure", "Die Aktie verlor 3,5 Prozent.", "3,5 Prozent", dict(change="down", role="by")),
    ("gesenkt", "Die Regierung hat die Prognose von 0,3 auf 0,2 Prozent gesenkt.", "0,3", dict(change="down", role="from")),
    ("von-ratio", "Sechs von zehn Deutschen halten das für richtig.", "Sechs von zehn", dict(kind="ratio", value=0.6)),
    ("zahl-der-decimal-between", "Die Zahl der Geburten ist um 6,2 Prozent auf 693.000 zurückgegangen.", "693.000",
     dict(entity="Geburten", change="down", role="to")),
    # dates
    ("numeric-date", "Das Unternehmen meldete am 3.3.2016 Insolvenz an.", "3.3.2016", dict(kind="date", date="2016-03-03")),
    ("numeric-date-no-year", "Ich komme am 22.04. zurück.", "22.04.", dict(date="2024-04-22")),
    ("ordinal-word-date", "Ich bin am zweiten Februar wieder da.", "zweiten Februar", dict(date="2024-02-02")),
    ("day-range", "Das Festival findet vom 1. bis 15. August statt.", "1. bis 15. August", dict(date="2024-08-01/2024-08-15")),
    ("decade", "In den 1990er-Jahren zogen viele weg.", "1990er-Jahren", dict(date="199")),
    ("decade-short", "In den 90er-Jahren war es anders.", "90er-Jahren", dict(date="199")),
    ("split-year", "Der Haushalt 2024/25 steht.", "2024/25", dict(date="2024/2025")),
    ("season-year", "Im Herbst 2022 lag die Inflation hoch.", "Herbst 2022", dict(date="2022-FA")),
    ("season-last", "Im vergangenen Winter wurde weniger geheizt.", "vergangenen Winter", dict(date="2023-WI")),
    ("weekend-past", "Am Wochenende kamen 40 000 Besucher.", "Wochenende", dict(date="2024-W09-WE")),
    ("weekend-future", "Am Wochenende soll es regnen.", "Wochenende", dict(date="2024-W10-WE")),
    ("weekday-future-cue", "Die Regierung will am Montag entscheiden.", "Montag", dict(date="2024-03-11")),
    ("weekday-past-cue", "Das Gesetz wurde am Freitag beschlossen.", "Freitag", dict(date="2024-03-01")),
    ("weekday-and-date", "Der Prozess beginnt am Mittwoch, den 20. März.", "Mittwoch, den 20. März", dict(date="2024-03-20")),
    ("vorwoche", "3 Cent weniger als in der Vorwoche.", "Vorwoche", dict(date="2024-W09")),
    ("uebernaechste-woche", "Übernächste Woche bin ich weg.", "Übernächste Woche", dict(date="2024-W12")),
    ("weekday-part", "Am Dienstagabend gegen 22 Uhr brach das Feuer aus.", "Dienstagabend gegen 22 Uhr",
     dict(kind="time", date="2024-03-05T22:00")),
    ("month-interval-same-year", "Zwischen Januar und Juni kamen 121.000 Menschen.", "Januar und Juni", dict(date="2023-01/2023-06")),
    ("heute-morgen", "Heute Morgen meldete die Polizei zwei Tote.", "Heute Morgen", dict(date="2024-03-06TMO")),
    ("gestern-abend-clock", "Gestern Abend um 19 Uhr begann das Konzert.", "Gestern Abend um 19 Uhr", dict(kind="time", date="2024-03-05T19:00")),
    # times
    ("day-and-clock", "Die Polizei nahm am Montag gegen 18.30 Uhr einen Mann fest.", "Montag gegen 18.30 Uhr",
     dict(kind="time", date="2024-03-04T18:30")),
    ("colon-clock", "Bin um 19:56 wieder da.", "19:56", dict(kind="time", date="2024-03-06T19:56")),
    ("clock-words", "Den Alarm auf acht Uhr vierzig gestellt.", "acht Uhr vierzig", dict(kind="time", date="2024-03-06T08:40")),
    ("clock-evening", "Es ist 8 Uhr abends.", "8 Uhr abends", dict(date="2024-03-06T20:00")),
    ("clock-range", "Die Sperrung gilt von 18 bis 20 Uhr.", "von 18 bis 20 Uhr",
     dict(kind="time", date="2024-03-06T18:00/2024-03-06T20:00")),
    ("year-dash-range", "Die Daten von 2019-2022 zeigen einen Trend.", "2019-2022", dict(kind="date", date="2019/2022")),
    ("month-future-year", "Das Urteil wird am 15. November verkündet.", "15. November", dict(date="2024-11-15")),
    ("month-past-year", "Im November war es kalt.", "November", dict(date="2023-11")),
    ("multiplier", "Die Preise haben sich mehr als verdoppelt.", "verdoppelt", dict(kind="ratio", value=2)),
    ("fold", "Das ist das Dreifache des Vorjahres.", "Dreifache", dict(kind="ratio", value=3)),
    ("kwh", "Ein Haushalt verbraucht 3.500 Kilowattstunden Strom.", "3.500 Kilowattstunden", dict(kind="measure", unit="kilowatt hour")),
    # sets
    ("jeden-sonntag", "Die Sendung läuft jeden Sonntag.", "jeden Sonntag", dict(kind="set", duration="P1W")),
    ("alle-vier-jahre", "Die Spiele finden alle vier Jahre statt.", "alle vier Jahre", dict(kind="set", duration="P4Y")),
    ("alle-30-minuten", "Der Zug fährt alle 30 Minuten.", "alle 30 Minuten", dict(kind="set", duration="PT30M")),
    # third dev round (lang-de3-dev families)
    ("vor-gut-einem-jahr", "Das war vor gut einem Jahr.", "vor gut einem Jahr", dict(kind="date", date="2023")),
    ("vorquartal", "Der Umsatz stieg gegenüber dem Vorquartal.", "Vorquartal", dict(kind="date", date="2023-Q4")),
    ("range-scale-once", "Zwischen 3 und 5 Millionen Menschen fahren Bus.", "Zwischen 3 und 5 Millionen", dict(kind="count", low=3e6, high=5e6)),
    ("fraction-of-a-figure", "Ein Drittel der 2,1 Mio. Studierenden lebt arm.", "Ein Drittel", dict(kind="ratio", entity="Studierenden")),
    ("carried-currency", "Der Umsatz stieg auf 12,6 Mrd. Euro nach 11,9 Mrd. im Vorjahr.", "11,9 Mrd.", dict(kind="money", value=1.19e10, unit="EUR")),
    ("einen-euro", "Das Ticket kostet einen Euro mehr.", "einen Euro", dict(kind="money", value=1, unit="EUR")),
    ("dutzend", "Ein Dutzend Menschen wurde verletzt.", "Ein Dutzend", dict(kind="count", value=12, qualifier="~", entity="Menschen")),
    ("ordinal-after-possessive", "Der Verein holte seinen 33. Meistertitel.", "33.", dict(kind="ordinal", value=33)),
    ("basispunkte", "Die EZB hob die Zinsen um 25 Basispunkte an.", "25 Basispunkte", dict(kind="percent", value=25, unit="basis point")),
    ("past-cue-strong-verb", "Die EZB hob die Zinsen am Donnerstag an.", "Donnerstag", dict(kind="date", date="2024-02-29")),
    ("levels-one-scale", "Die Bevölkerung wuchs von 80 auf 84 Millionen.", "80", dict(kind="count", value=8e7)),
    ("frequency-glued", "Sie treffen sich zweimal im Jahr.", "zweimal im Jahr", dict(kind="set", duration="P1Y")),
    ("einmal-im-monat", "Der Rat tagt einmal im Monat.", "einmal im Monat", dict(kind="set", duration="P1M")),
    ("glued-scale", "Es kostet 2,5Mio. Euro.", "2,5Mio. Euro", dict(kind="money", value=2.5e6, unit="EUR")),
    ("weekday-dem-date-clock", "Am Freitag, dem 14. Juni, um 8 Uhr geht es los.", "Freitag, dem 14. Juni, um 8 Uhr",
     dict(kind="time", date="2024-06-14T08:00")),
    ("viertelstunde", "Die Pause dauert eine Viertelstunde.", "eine Viertelstunde", dict(kind="duration", duration="PT15M")),
    ("werktage", "Die Frist beträgt 15 Werktage.", "15 Werktage", dict(kind="duration", duration="P15D")),
    ("ganze-woche", "Der Minister ist die ganze Woche in Brüssel.", "ganze Woche", dict(kind="duration", duration="P1W")),
    ("jede-nacht", "Die Polizei kontrolliert jede Nacht.", "jede Nacht", dict(kind="set", duration="P1D")),
    ("kommenden-month", "Im vergangenen Juni stieg die Zahl, im kommenden Juli sinkt sie.", "Juli", dict(kind="date", date="2024-07")),
    ("swiss-francs-abbrev", "Der Umbau kostet 3 Mio. Fr.", "3 Mio. Fr.", dict(kind="money", value=3e6, unit="CHF")),
    ("eur-before", "Die Gebühr beträgt EUR 30.", "EUR 30", dict(kind="money", value=30, unit="EUR")),
]



@pytest.mark.parametrize("text, surface, want", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_german_case(text: str, surface: str, want: dict) -> None:
    assert_row(text, find(text, "de", REF), surface, want, exact=True)


@pytest.mark.parametrize("text, surface, kind", [
    pytest.param("Version 3.5 ist da.", "3.5", "date", id="decimal-not-date"),
    pytest.param("Die Zahl stieg auf 17. Viele kamen.", "17", "ordinal", id="sentence-end-not-ordinal"),
    pytest.param("Zum ersten Mal seit Jahren.", "ersten", "ordinal", id="ordinal-one-left-out"),
    pytest.param("Der Zweite Weltkrieg endete 1945.", "Zweite", "ordinal", id="ordinal-in-a-name"),
    pytest.param("Für Restaurants galt die 2G-Regel.", "2", "count", id="glued-letter-id"),
    pytest.param("Am Morgen kam die Polizei.", "Morgen", "date", id="am-morgen-is-no-tomorrow"),
    pytest.param("Tempo 30 soll zur Regel werden.", "30", "count", id="tempo-id"),
    pytest.param("Der Satz soll bis 2028 von 18,6 auf 20 Prozent steigen.", "2028 von 18", "ratio", id="year-von-not-ratio"),
    pytest.param("Der FC verlor mit 1:3 gegen Stuttgart.", "1:3", "count", id="score"),
    pytest.param("Der Sitz ist in der Hauptstraße 12 in Berlin.", "12", "count", id="house-number"),
    pytest.param("Der 1. FC Köln steigt wieder auf.", "1.", "ordinal", id="club-name"),
    pytest.param("Im Monat April war es kalt.", "Im Monat", "set", id="im-monat-april-no-set"),
])
def test_german_not_this_kind(text: str, surface: str, kind: str) -> None:
    at = text.index(surface)
    assert not [f for f in find(text, "de", REF) if f.start < at + len(surface) and at < f.end and f.kind == kind]
