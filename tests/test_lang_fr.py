"""French as newsrooms write it (AFP, Le Monde), read by the table-driven finder: cases as data.

Each case: (id, text, surface, expected fields); the row whose text contains `surface` must carry
those fields. REJECT: surfaces that must give no row. Reference date 2024-03-06 (a Wednesday). The
forms come from `lang/fr/forms.json` (issue #13, branch fr); tests/test_lang_finder.py has the
cases shared with Spanish and German.
"""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.lang.finder import find
from tests.finder_checks import assert_row

REF = dt.date(2024, 3, 6)

CASES = [
    # approximate nouns, number words, ordinals
    ("dizaine", "Une dizaine de personnes ont été blessées.", "Une dizaine", dict(kind="count", value=10, qualifier="~", entity="personnes")),
    ("centaine", "Une centaine d'agriculteurs ont manifesté.", "Une centaine", dict(value=100, qualifier="~", entity="agriculteurs")),
    ("demi-million", "Un demi-million de foyers sont privés d'électricité.", "Un demi-million", dict(kind="count", value=5e5)),
    ("quatre-vingt-dix", "Il en vise quatre-vingt-dix.", "quatre-vingt-dix", dict(value=90)),
    ("quatre-vingt-deux", "Il y a quatre-vingt-deux candidats.", "quatre-vingt-deux", dict(value=82)),
    ("ordinal-digits", "Il a terminé 3e du marathon.", "3e", dict(kind="ordinal", value=3)),
    ("ordinal-word", "La troisième édition du festival.", "troisième", dict(kind="ordinal", value=3)),
    ("ordinal-compound", "Le vingt-cinquième anniversaire.", "vingt-cinquième", dict(kind="ordinal", value=25)),
    ("ordinal-eme", "Au 11ème étage.", "11ème", dict(kind="ordinal", value=11)),
    ("mds-euro", "Le chiffre d'affaires atteint 12,3 Mds€.", "12,3 Mds€", dict(kind="money", value=1.23e10, unit="EUR")),
    ("pourcentage", "Un taux de 12 pourcent.", "12 pourcent", dict(kind="percent", value=12)),
    ("basis-points", "Le taux a été relevé de 25 points de base à 4,5 %.", "25 points de base",
     dict(kind="percent", unit="basis point", change="up", role="by")),
    ("index-points", "Le CAC 40 a terminé à 7 960 points.", "7 960 points", dict(kind="count", value=7960)),
    ("la-moitie", "Près de la moitié des Français sont inquiets.", "la moitié", dict(kind="ratio", value=0.5, qualifier="~")),
    ("pres-de-9-sur-10", "Près de 9 Français sur 10 sont inquiets.", "9 Français sur 10", dict(kind="ratio", value=0.9, qualifier="~")),
    ("un-sur-trois", "Un Français sur trois renonce à se soigner.", "Un Français sur trois", dict(kind="ratio", value=1 / 3)),
    ("minus", "Il a fait -5 °C à Strasbourg.", "-5 °C", dict(kind="measure", value=-5, unit="degree Celsius")),
    ("fahrenheit", "Il a fait 98,6 degrés Fahrenheit.", "98,6 degrés Fahrenheit", dict(kind="measure", unit="degree fahrenheit")),
    ("scale-de-unit", "La récolte atteint 1,5 million de tonnes.", "1,5 million de tonnes", dict(kind="measure", value=1.5e6, unit="tonne")),
    ("sous-la-barre", "Le taux est repassé sous la barre des 5 %.", "sous la barre des 5 %", dict(qualifier="<", high=5)),
    # ranges
    ("entre-et-unit", "Entre 35 et 38 degrés jeudi.", "35 et 38 degrés",
     dict(kind="measure", low=35, high=38, qualifier="range", unit="degree Celsius")),
    ("entre-et-count", "Entre 2 000 et 3 000 logements.", "2 000 et 3 000", dict(kind="count", low=2000, high=3000, qualifier="range", entity="logements")),
    ("de-a-years", "Des enfants de 10 à 15 ans.", "10 à 15 ans", dict(kind="duration", low=10, high=15, qualifier="range")),
    ("de-a-change-is-from-to", "Le coût est passé de 1,5 à 3 milliards d'euros.", "1,5", dict(kind="money", value=1.5e9, change="up", role="from")),
    ("neutral-verb-direction", "Le taux est passé de 7,1 % à 7,5 %.", "7,5 %", dict(change="up", role="to")),
    ("contre-is-from", "Le gazole a chuté à 1,72 euro, contre 1,85 euro.", "1,85 euro", dict(change="down", role="from")),
    ("no-change-in-qualifier", "Les communes de moins de 1 000 habitants.", "moins de 1 000", dict(qualifier="<", change=None)),
    ("atteint-is-to", "Il a atteint 66,7 %, en hausse de 19 points.", "66,7 %", dict(change="up", role="to")),
    ("multiplie-par", "Le prix a été multiplié par trois en cinq ans.", "multiplié par trois", dict(kind="ratio", value=3)),
    ("double", "Les ventes ont doublé, à 2 millions d'exemplaires.", "2 millions", dict(change="up", role="to")),
    ("fois-plus", "Il y a deux fois plus de cas.", "deux fois plus", dict(kind="ratio", value=2)),
    ("fois-par-jour-no-ratio", "Manger cinq fois par jour.", "par jour", dict(kind="set", duration="P1D")),
    ("count-subject", "Le nombre de naissances a chuté de 6,6 %, à 678 000.", "678 000", dict(kind="count", entity="naissances")),
    ("plus-sign", "Les ventes : +5,2 % sur un an.", "+5,2 %", dict(kind="percent", value=5.2, change="up", role="by")),
    ("minus-sign", "Les services : -3 % sur un an.", "-3 %", dict(kind="percent", value=-3, change="down", role="by")),
    ("nearest-change-word", "Le PIB a reculé de 0,1 %, après une hausse de 0,2 %.", "0,1 %", dict(change="down", role="by")),
    ("date-is-no-new-level", "Le nombre de chômeurs a baissé de 20 000 au quatrième trimestre.", "20 000", dict(change="down", role="by")),
    ("pres-d-un-tiers", "Près d'un tiers des communes.", "Près d'un tiers", dict(kind="ratio", qualifier="~")),
    # dates and times
    ("depuis-weekday", "Quelque 6 000 hectares ont brûlé depuis samedi.", "samedi", dict(kind="date", date="2024-03-02")),
    ("1er-au-15", "Du 1er au 15 août.", "1er au 15 août", dict(kind="date", date="2023-08-01/2023-08-15")),
    ("du-au-years", "Du 25 novembre 2023 au 10 mars 2024.", "25 novembre 2023 au 10 mars 2024", dict(date="2023-11-25/2024-03-10")),
    ("du-au-next-year", "La mission durera du 15 septembre au 15 mars.", "15 septembre au 15 mars", dict(date="2024-09-15/2025-03-15")),
    ("decade", "Dans les années 1990, peu de foyers.", "les années 1990", dict(kind="date", date="199")),
    ("decade-short", "Dans les années 80.", "années 80", dict(date="198")),
    ("weekday-date", "Le rapport publié mardi 5 mars.", "mardi 5 mars", dict(kind="date", date="2024-03-05")),
    ("date-dernier", "Le 5 mars dernier, il a annoncé.", "5 mars dernier", dict(date="2024-03-05")),
    ("month-dernier", "En mars dernier, les prix avaient bondi.", "mars dernier", dict(date="2023-03")),
    ("season-dernier", "L'été dernier a été chaud.", "été dernier", dict(date="2023-SU")),
    ("season-year", "Au printemps 2023, le taux était de 4 %.", "printemps 2023", dict(date="2023-SP")),
    ("century", "Le XXe siècle a vu la population tripler.", "XXe siècle", dict(date="19")),
    ("year-dash", "Le budget 2024-2025 prévoit des postes.", "2024-2025", dict(date="2024/2025")),
    ("year-slash-short", "La saison 2023/24 commence.", "2023/24", dict(date="2023/2024")),
    ("weekend", "Le week-end dernier, ils ont manifesté.", "week-end dernier", dict(date="2024-W09-WE")),
    ("fin-annee", "Il en vise 90 d'ici à la fin de l'année.", "la fin de l'année", dict(date="2024")),
    ("semaine-prochaine", "Le musée fermera la semaine prochaine.", "la semaine prochaine", dict(date="2024-W11")),
    ("il-y-a", "Il y a deux semaines, ils ont bloqué l'autoroute.", "Il y a deux semaines", dict(kind="date", date="2024-02-21")),
    ("trimestre", "Au premier trimestre 2024, le taux.", "premier trimestre 2024", dict(date="2024-Q1")),
    ("clock-h", "La réunion est prévue à 18 h 30.", "18 h 30", dict(kind="time", date="2024-03-06T18:30")),
    ("clock-h-compact", "Le couvre-feu débutera à 18h.", "18h", dict(kind="time", date="2024-03-06T18:00")),
    ("clock-heures", "À 18 heures, la participation était de 41 %.", "18 heures", dict(kind="time", date="2024-03-06T18:00")),
    ("clock-colon", "Le train part à 15:30.", "15:30", dict(kind="time", date="2024-03-06T15:30")),
    ("clock-midi", "Le conseil se réunira à midi.", "midi", dict(kind="time", date="2024-03-06T12:00")),
    ("day-and-clock", "Le sommet s'ouvrira le 1er mars à 18 h 30.", "1er mars à 18 h 30", dict(kind="time", date="2024-03-01T18:30")),
    ("weekday-and-clock", "Le match débutera samedi vers 14 h 15.", "samedi vers 14 h 15", dict(kind="time", date="2024-03-09T14:15")),
    # two clocks joined by a range word are one row, an interval (round 5; as German `von 18 bis 20 Uhr`)
    ("clock-range", "Un train sur deux entre 6 h et 9 h.", "9 h", dict(kind="time", date="2024-03-06T06:00/2024-03-06T09:00")),
    ("clock-de-a", "Le magasin est ouvert de 8 h à 12 h.", "8 h", dict(kind="time", date="2024-03-06T08:00/2024-03-06T12:00")),
    ("range-no-change", "Les rabais vont de 10 à 15 % selon les cas.", "10 à 15 %", dict(kind="percent", low=10, high=15, qualifier="range")),
    ("h-duration", "Le TGV relie Paris à Marseille en 3 h 10.", "3 h 10", dict(kind="duration", duration="PT3H10M")),
    ("heures-duration", "La grève a duré quarante-huit heures.", "quarante-huit heures", dict(kind="duration", duration="PT48H")),
    ("derniers-mois", "Au cours des douze derniers mois.", "douze derniers mois", dict(kind="duration", duration="P12M")),
    ("numeric-date", "Le contrat, signé le 21/04/2016, expire le 22/04.", "21/04/2016", dict(kind="date", date="2016-04-21")),
    ("numeric-day-month", "Le contrat expire le 22/04.", "22/04", dict(kind="date", date="2024-04-22")),
    ("et-demi", "Il a été condamné à deux ans et demi de prison.", "deux ans et demi", dict(kind="duration", duration="P2.5Y")),
    ("du-soir", "Le rendez-vous est fixé à 8 heures du soir.", "8 heures du soir", dict(kind="time", date="2024-03-06T20:00")),
    ("min", "La réunion a duré 45 min.", "45 min", dict(kind="duration", duration="PT45M")),
    ("pt", "Le taux a gagné 0,3 pt en un mois.", "0,3 pt", dict(kind="percent", unit="percentage point")),
    ("francs-cfa", "Un prêt de 500 milliards de francs CFA.", "500 milliards de francs CFA", dict(kind="money", value=5e11, unit="XOF")),
    ("chaque-lundi", "Le marché a lieu chaque lundi.", "chaque lundi", dict(kind="set", duration="P1W")),
    ("tous-les-n", "Un féminicide est commis tous les trois jours.", "tous les trois jours", dict(kind="set", duration="P3D")),
    ("tous-les-jours", "Il court tous les jours.", "tous les jours", dict(kind="set", duration="P1D")),
    # third dev round (lang-fr3-dev families): tense, ranges, carried currency, signs, quarters
    ("tense-future-weekday", "Le conseil se réunira lundi à 14 h 30.", "lundi à 14 h 30", dict(kind="time", date="2024-03-11T14:30")),
    ("tense-imparfait-day", "Le pays comptait 68 millions d'habitants au 1er mai.", "1er mai", dict(kind="date", date="2023-05-01")),
    ("tense-own-clause", "Les températures devraient atteindre 38 degrés jeudi, a prévenu Météo-France.", "jeudi",
     dict(kind="date", date="2024-03-07")),
    ("range-of-a-fall", "Les prix ont baissé de 10 à 15 %.", "10 à 15 %", dict(kind="percent", low=10, high=15, qualifier="range")),
    ("range-scale-once", "Entre 2 et 3 millions de personnes vivent là.", "Entre 2 et 3 millions", dict(kind="count", low=2e6, high=3e6)),
    ("ordinal-fois", "Il a gagné pour la quatrième fois.", "quatrième", dict(kind="ordinal", value=4)),
    ("un-euro", "Le prix augmentera d'un euro.", "un euro", dict(kind="money", value=1, unit="EUR")),
    ("carried-currency", "Il atteindra 64 milliards d'euros, contre 50,5 milliards cette année.", "50,5 milliards",
     dict(kind="money", value=5.05e10, unit="EUR")),
    ("moins-degres", "Il fera moins 12 degrés à Strasbourg.", "moins 12 degrés", dict(kind="measure", value=-12)),
    ("au-moins-degres", "Il fera au moins 12 degrés à Nice.", "au moins 12 degrés", dict(kind="measure", value=12, qualifier=">=")),
    ("ago-qualified", "C'était il y a près de deux ans.", "il y a près de deux ans", dict(kind="date", date="2022")),
    ("trimestre-precedent", "Après 0,2 % au trimestre précédent.", "trimestre précédent", dict(kind="date", date="2023-Q4")),
    ("rate-per-word", "On compte 6,6 naissances pour mille habitants.", "6,6 naissances pour mille", dict(kind="ratio", value=0.0066)),
    ("nnbsp-thousands", "Le salon a accueilli 607\u202f503 visiteurs.", "607\u202f503", dict(kind="count", value=607503, entity="visiteurs")),
    ("centimes", "Le litre a baissé de 20 centimes.", "20 centimes", dict(kind="money", value=0.2, unit="EUR")),
    ("varie-de-a", "Le nombre varie de 1000 à 5000.", "1000 à 5000", dict(kind="count", low=1000, high=5000, qualifier="range")),
    ("levels-one-scale", "La population est passée de 66 à 68 millions.", "66", dict(kind="count", value=6.6e7, role="from")),
    ("frequency-set", "Ils se réunissent trois fois par semaine.", "trois fois par semaine", dict(kind="set", duration="P1W")),
    ("glued-scale-currency", "Le budget atteint 12,3Mds€.", "12,3Mds€", dict(kind="money", value=1.23e10, unit="EUR")),
    ("glued-m-currency", "Une amende de 5M€.", "5M€", dict(kind="money", value=5e6, unit="EUR")),
    ("glued-metre-no-scale", "Le mur mesure 5m de haut.", "5m", dict(kind="measure", value=5, unit="metre")),
    ("a-partir-de-weekday", "Les écoles rouvriront à partir de lundi.", "lundi", dict(kind="date", date="2024-03-11")),
    ("entity-complement", "Il y a 300 centres de santé.", "300", dict(kind="count", entity="centres de santé")),
    ("day-comma-clock", "Lundi, à 10 heures, le procès s'ouvrira.", "Lundi, à 10 heures", dict(kind="time", date="2024-03-11T10:00")),
    ("a-partir-de-clock", "Samedi à partir de 11 h, des coupures sont prévues.", "Samedi à partir de 11 h",
     dict(kind="time", date="2024-03-09T11:00")),
    ("demi-heure", "La réunion a duré une demi-heure.", "une demi-heure", dict(kind="duration", value=0.5, unit="hour", duration="PT0.5H")),
    ("quart-d-heure", "La pause dure un quart d'heure.", "un quart d'heure", dict(kind="duration", duration="PT15M")),
    ("mi-year", "Les travaux seront finis d'ici mi-2025.", "mi-2025", dict(kind="date", date="2025")),
    ("premier-janvier", "Le premier janvier 2026, le Smic augmentera.", "premier janvier 2026", dict(kind="date", date="2026-01-01")),
    ("toute-l-annee", "La grève a duré toute l'année.", "toute l'année", dict(kind="duration", duration="P1Y")),
    ("weekday-interval", "La grève touchera 2 500 vols entre lundi et mercredi.", "lundi et mercredi", dict(kind="date", date="2024-03-11/2024-03-13")),
]

REJECT = [
    ("premier-ministre", "Le Premier ministre a annoncé un plan.", "Premier"),
    ("cac-40", "Le CAC 40 a reculé.", "40"),
    ("un-centieme", "Un centième de seconde.", "Un centième"),
    ("passe-de-a-no-range", "Le nombre est passé de 200 à 300.", "200 à 300"),
    ("fois-par-jour", "Manger cinq fois par jour.", "cinq fois"),
]


@pytest.mark.parametrize("text, surface, want", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_french_case(text: str, surface: str, want: dict) -> None:
    ref = dt.date(2023, 10, 1) if surface == "1er au 15 août" else REF
    assert_row(text, find(text, "fr", ref), surface, want)


@pytest.mark.parametrize("text, surface", [pytest.param(*c[1:], id=c[0]) for c in REJECT])
def test_french_reject(text: str, surface: str) -> None:
    rows = find(text, "fr", REF)
    assert not [f for f in rows if text[f.start : f.end] == surface or (surface.isdigit() and surface in text[f.start : f.end])], rows
