"""Round 10, German and English (data/gold/lang-de9-dev.jsonl, lang-en10-dev.jsonl, fresh hand-written cases): the
families their first score showed missing, fixed by general rules, with probes beyond the gold: cases as data, each
(id, lang, reference date, text, surface, fields). A field wanted as None must be null. REJECT: surfaces that must
give no row of the kinds named; GAPS: forms left as they are (strict xfails), with the reason.
"""

from __future__ import annotations

import pandas as pd
import pytest

import numfacts
from tests.finder_checks import assert_no_kind_over, same_value

R1, R2, R3 = "2020-06-15", "2026-10-07", "2026-01-22"  # a Monday, a Wednesday, a Thursday

CASES = [
    # German markets: a difference after its figure (comparison_after), the new level behind `bei`/`auf` after it
    ("dax-tiefer-bei", "de", R1, "Der Dax schloss 0,7 Prozent tiefer bei 18.200 Punkten.", "0,7 Prozent", dict(change="down", role="by")),
    ("dax-tiefer-bei-level", "de", R1, "Der Dax schloss 0,7 Prozent tiefer bei 18.200 Punkten.", "18.200", dict(change="down", role="to")),
    ("euro-schwaecher-bei", "de", R1, "Der Euro notierte 0,3 Prozent schwächer bei 1,08 Dollar.", "1,08 Dollar",
     dict(change="down", role="to")),
    ("aktie-hoeher", "de", R1, "Die Aktie von BASF ging 1,9 Prozent höher aus dem Handel.", "1,9 Prozent", dict(change="up", role="by")),
    ("gold-fester", "de", R1, "Gold notierte am Abend 0,5 Prozent fester.", "0,5 Prozent", dict(change="up", role="by")),
    ("nikkei-leichter-bei", "de", R1, "Der Nikkei schloss 0,2 Prozent leichter bei 38.100 Zählern.", "38.100", dict(change="down", role="to")),
    ("im-plus-bei", "de", R1, "Der TecDax lag 1,2 Prozent im Plus bei 3.410 Punkten.", "3.410", dict(change="up", role="to")),
    ("waermer-level", "de", R3, "Der Juli war mit 19,8 Grad um 1,6 Grad wärmer als im Mittel.", "19,8 Grad", dict(change="up", role="to")),
    ("waermer-size", "de", R3, "Der Juli war mit 19,8 Grad um 1,6 Grad wärmer als im Mittel.", "1,6 Grad", dict(change="up", role="by")),
    ("kaelter", "de", R3, "Es war nachts 3 Grad kälter als am Vortag.", "3 Grad", dict(change="down", role="by")),
    ("hoeher-als-kept", "de", R3, "Die Preise lagen 3 Prozent höher als im Vorjahr.", "3 Prozent", dict(change="up", role="by")),
    # a part of a period before its year or month joins the date's span (period_part_leads)
    ("ende-year", "de", R3, "Die Anlage soll Ende 2027 in Betrieb gehen.", "Ende 2027", dict(kind="date", date="2027")),
    ("anfang-year", "de", R3, "Anfang 2028 will der Konzern an die Börse.", "Anfang 2028", dict(kind="date", date="2028")),
    ("mitte-month", "de", R3, "Mitte Mai kam es zu Protesten.", "Mitte Mai", dict(kind="date", date="2025-05")),
    ("beginn-year", "de", R3, "Seit Beginn 2025 gilt die Regel.", "Beginn 2025", dict(kind="date", date="2025")),
    ("mitte-des-jahres-kept", "de", R3, "Mitte des Jahres kam die Wende.", "Mitte des Jahres", dict(kind="date", date="2026")),
    # bare `Punkte`: a score's count unless a percent stands in the sentence, a comparison follows or the value has decimals
    ("bundesliga-punkte", "de", R2, "Leverkusen hat nach zwölf Spielen 28 Punkte.", "28", dict(kind="count", entity="Punkte")),
    ("wahl-punkte-decimal", "de", R2, "Die SPD verlor 2,5 Punkte.", "2,5 Punkte", dict(kind="percent", unit="percentage point")),
    ("wahl-punkte-with-percent", "de", R2, "Die Grünen kamen auf 12 Prozent, drei Punkte mehr als 2021.", "drei Punkte",
     dict(kind="percent", unit="percentage point")),
    ("changed-punkte-percent", "de", R2, "Die Union verlor in der Umfrage 3 Punkte.", "3 Punkte",
     dict(kind="percent", unit="percentage point", change="down")),
    ("index-punkte-kept", "de", R2, "Der Dax schloss bei 15.820 Punkten.", "15.820", dict(kind="count")),
    # a weekday before its week, a period before its year, the current year
    ("weekday-next-week", "de", R3, "Freitag nächster Woche beginnt der Prozess.", "Freitag nächster Woche", dict(date="2026-01-30")),
    ("weekday-last-week", "de", R3, "Am Montag vergangener Woche kam es zum Unfall.", "Montag vergangener Woche", dict(date="2026-01-12")),
    ("quarter-of-next-year", "de", R3, "Im zweiten Quartal des kommenden Jahres soll der Bau beginnen.",
     "zweiten Quartal des kommenden Jahres", dict(date="2027-Q2")),
    ("month-of-last-year", "de", R3, "Im März des vergangenen Jahres stieg die Zahl.", "März des vergangenen Jahres", dict(date="2025-03")),
    ("laufende-jahr", "de", R3, "Für das laufende Jahr rechnet die Bank mit Wachstum.", "laufende Jahr", dict(date="2026")),
    # `ab dem` before a day and month: the next one to come, unless the sentence tells the past or the day is of the last month
    ("ab-dem-future", "de", R3, "Ab dem 1. Dezember gilt der neue Fahrplan.", "1. Dezember", dict(date="2026-12-01")),
    ("ab-dem-recent", "de", R3, "Ab dem 1. Januar gilt das neue Gesetz.", "1. Januar", dict(date="2026-01-01")),
    ("ab-dem-past", "de", R3, "Ab dem 3. Dezember galt das Verbot.", "3. Dezember", dict(date="2025-12-03")),
    # German sets and durations as table words
    ("dreivierteljahr", "de", R3, "Die Sanierung dauerte ein Dreivierteljahr.", "ein Dreivierteljahr", dict(kind="duration", duration="P9M")),
    ("vierteljahrhundert", "de", R3, "Seit einem Vierteljahrhundert lebt er hier.", "einem Vierteljahrhundert",
     dict(kind="duration", duration="P25Y")),
    ("jede-halbe-stunde", "de", R3, "Der Bus fährt jede halbe Stunde.", "jede halbe Stunde", dict(kind="set", duration="PT0.5H")),
    ("erster-jedes-monats", "de", R3, "Die Miete ist am 1. jedes Monats fällig.", "1. jedes Monats", dict(kind="set", duration="P1M")),
    ("drei-von-zehn-kept", "de", R3, "Drei Schüler von zehn haben kein Handy.", "Drei Schüler von zehn", dict(kind="ratio", value=0.3)),
    ("tagessaetze-count", "de", R3, "Er muss 60 Tagessätze zu je 30 Euro zahlen.", "60", dict(kind="count")),
    # German duration changes: `auf` the new level, `um` the size when a new level follows
    ("reisezeit-um-auf", "de", R3, "Die Reisezeit sinkt um 20 Minuten auf zwei Stunden.", "20 Minuten", dict(change="down", role="by")),
    ("reisezeit-auf", "de", R3, "Die Reisezeit sinkt um 20 Minuten auf zwei Stunden.", "zwei Stunden", dict(change="down", role="to")),
    ("wartezeit-auf", "de", R3, "Die Wartezeit stieg auf drei Stunden.", "drei Stunden", dict(change="up", role="to")),
    ("uhren-um-no-change", "de", R3, "Die Uhren werden um eine Stunde zurückgestellt.", "eine Stunde", dict(change=None)),
    ("nach-stunden-no-change", "de", R3, "Nach drei Stunden stieg der Wert um 5 Prozent.", "drei Stunden", dict(change=None)),
    # German schedule verbs in the present tense point ahead (future_cues)
    ("present-schedule-weekday", "de", R2, "Die Wahllokale schließen am Sonntag um 18 Uhr.", "Sonntag um 18 Uhr", dict(date="2026-10-11T18:00")),
    ("findet-statt", "de", R2, "Die Stichwahl findet am Sonntag statt.", "Sonntag", dict(date="2026-10-11")),
    ("oeffnet", "de", R2, "Das Museum öffnet am Freitag wieder.", "Freitag", dict(date="2026-10-09")),
    ("past-schedule-kept", "de", R2, "Die Wahllokale schlossen am Sonntag um 18 Uhr.", "Sonntag um 18 Uhr", dict(date="2026-10-04T18:00")),
    # English: a range of ordinal days, each with its article, the month after the second
    ("nth-day-range-month-after", "en", R1, "We're away from the 3rd to the 17th of August.", "the 3rd to the 17th of August",
     dict(date="2020-08-03/2020-08-17")),
    ("nth-day-range-between", "en", R1, "It runs between the 5th and the 9th of May 2021.", "the 5th and the 9th of May 2021",
     dict(date="2021-05-05/2021-05-09")),
    ("nth-day-range-next-month", "en", R1, "Join us the 3rd to the 5th of next month.", "the 3rd to the 5th of next month",
     dict(date="2020-07-03/2020-07-05")),
    ("day-range-plain-kept", "en", R1, "The fair runs from 3 to 17 August.", "3 to 17 August", dict(date="2020-08-03/2020-08-17")),
    # English: a set's count with a thousands comma
    ("times-a-minute-thousands", "en", R1, "The heart beats 1,200 times a minute.", "1,200", dict(kind="count", value=1200.0)),
    ("times-a-year-kept", "en", R1, "It happens 3 times a year.", "3 times a year", dict(kind="set", duration="P1Y")),
    # a move verb before `from X to Y`: the levels give the direction
    ("gone-from", "en", R1, "The fare has gone from $2.75 to $2.90.", "$2.75", dict(change="up", role="from")),
    ("gone-to", "en", R1, "The fare has gone from $2.75 to $2.90.", "$2.90", dict(change="up", role="to")),
    ("went-from-down", "en", R1, "The jobless rate went from 5.2% to 4.8%.", "4.8%", dict(change="down", role="to")),
    ("range-kept", "en", R1, "Tickets range from $3 to $5.", "from $3 to $5", dict(qualifier="range", change=None)),
    # an imperative opening a sentence before a measure is no model name
    ("imperative-g", "en", R1, "Add 250 g of flour.", "250 g", dict(kind="measure", unit="gram")),
    ("imperative-ml", "en", R1, "Pour 200 ml of milk into the pan.", "200 ml", dict(kind="measure", unit="millilitre")),
    # a fraction of a unit of measure; an article, a unit and a fraction
    ("half-a-teaspoon", "en", R1, "Add half a teaspoon of salt.", "half a teaspoon", dict(kind="measure", value=0.5, unit="teaspoon")),
    ("quarters-of-a-mile", "en", R1, "The path is three quarters of a mile long.", "three quarters of a mile",
     dict(kind="measure", value=0.75, unit="mile")),
    ("half-an-hour-kept", "en", R1, "Wait half an hour.", "half an hour", dict(kind="duration", duration="PT0.5H")),
    ("mile-and-a-quarter", "en", R1, "The new footbridge is a mile and a quarter long.", "a mile and a quarter",
     dict(kind="measure", value=1.25, unit="mile")),
    ("kilogram-and-a-half", "en", R1, "It weighs a kilogram and a half.", "a kilogram and a half", dict(kind="measure", value=1.5)),
    ("mile-and-a-half", "en", R1, "The queue stretched for about a mile and a half.", "about a mile and a half",
     dict(kind="measure", value=1.5, qualifier="~")),
    ("hour-and-a-half-kept", "en", R1, "We waited an hour and a half.", "an hour and a half", dict(kind="duration", duration="PT1.5H")),
    # a bare ordinal day with no tense: after `from`, or with its weekday, the nearest occurrence
    ("from-the-20th", "en", R1, "The kids are off school from the 20th.", "the 20th", dict(date="2020-06-20")),
    ("friday-the-29th", "en", "2026-05-20", "Applications close on Friday the 29th.", "Friday the 29th", dict(date="2026-05-29")),
    ("from-the-3rd-past-kept", "en", R1, "The shop was closed from the 3rd.", "the 3rd", dict(date="2020-06-03")),
    # English changes: a bounded duration after `in` is the time taken; `adds up to` a total
    ("in-under-minutes", "en", R1, "The plane climbed to 30,000 feet in under 15 minutes.", "under 15 minutes", dict(change=None)),
    ("fell-below-minutes-kept", "en", R1, "The wait fell below 20 minutes.", "below 20 minutes", dict(change="down", role="to")),
    ("adds-up-to", "en", R1, "That adds up to $1,800 a year.", "$1,800", dict(change=None)),
    ("added-jobs-kept", "en", R1, "The company added 300 jobs.", "300", dict(change="up", role="by")),
    # `at 9 sharp`, `at 7 on the dot`: a clock on the hour (clock_exact_after); a bare `at 9` stays a number
    ("nine-sharp", "en", R1, "Tickets went on sale at 9 sharp.", "9 sharp", dict(kind="time", date="2020-06-15T09:00")),
    ("on-the-dot", "en", R1, "Be there at 7 on the dot.", "7 on the dot", dict(kind="time")),
    ("at-nine-bare-kept", "en", R1, "He arrived at 9 and left.", "9", dict(kind="count")),
    # `N years ago this <month>`: that month of that year
    ("ago-this-month", "en", "2026-05-20", "The first episode aired 25 years ago this September.", "25 years ago this September",
     dict(date="2001-09")),
    ("ago-today-kept", "en", "2026-05-20", "It happened five years ago today.", "five years ago today", dict(date="2021-05-20")),
    # `, at` after the size of a change: the new level
    ("at-level-after-size", "en", R1, "Sales were down by a third year on year, at 4.2 million units.", "4.2 million",
     dict(change="down", role="to")),
    ("at-level-date-between", "en", R1, "Exports fell 2% in May, at 3.1 billion euros.", "3.1 billion euros", dict(change="down", role="to")),
    ("at-a-time-no-level", "en", R1, "Profit fell 3%, at a time when 40 stores closed.", "40", dict(change=None)),
]

REJECT = [
    ("euro-stoxx-50", "de", R1, "Der Euro Stoxx 50 schloss 0,8 Prozent leichter.", "50", ("count",)),
    ("ftse-100", "de", R1, "Der FTSE 100 stieg um 1 Prozent.", "100", ("count",)),
    ("geldstrafe-no-ratio", "de", R3, "Er erhielt eine Geldstrafe von 60 Tagessätzen.", "eine Geldstrafe von 60", ("ratio",)),
    ("times-a-minute-no-200", "en", R1, "Its heart can beat more than 1,200 times a minute.", "200 times", ("set",)),
    ("boeing-model-kept", "en", R1, "Boeing 737 jets flew.", "737", ("count", "measure")),
]

GAPS = [
    ("verlor-viertel-seines", "de", R1, "Der Bitcoin verlor binnen einer Woche fast ein Viertel seines Wertes.", "fast ein Viertel",
     dict(change="down"), "a fraction after its change verb stays a share (the German gold reads `knapp die Hälfte ihrer` so)"),
    ("statt-bisher", "de", R3, "Seit Jahresbeginn kostet das Ticket 63 Euro im Monat statt bisher 58 Euro.", "58 Euro",
     dict(role="from"), "`statt bisher` (the old level) with no change word in the sentence states no change"),
    ("present-day-range", "de", R3, "Wegen Bauarbeiten ist die Strecke vom 3. bis 17. August gesperrt.", "3. bis 17. August",
     dict(date="2026-08-03/2026-08-17"), "a day range in the present tense takes the nearest year (last August)"),
    ("a-centimetre-higher", "en", R1, "She cleared 6.10 metres, a centimetre higher than before.", "a centimetre", dict(kind="measure"),
     "a unit with an article for one (`a centimetre`) alone is not read"),
    ("year-range-from-to", "en", R1, "The war lasted from 1337 to 1453.", "1337", dict(kind="date"),
     "`from 1337 to 1453` (old years, no month) is read as a range of counts"),
    ("a-week-on-thursday", "en", R1, "The meeting has been pushed back to a week on Thursday.", "Thursday", dict(date="2020-06-25"),
     "British `a week on Thursday` (the Thursday after next) is not read"),
    ("seven-sharp-word", "en", R1, "Be there at seven sharp.", "seven", dict(kind="time"),
     "an hour written as a word before `sharp` is read as a count (`at 9 sharp` is a clock)"),
    ("runs-weekday-range", "en", "2026-05-20", "The festival runs from Friday evening to Sunday lunchtime.", "Friday evening to Sunday",
     dict(date="2026-05-22TEV/2026-05-24"), "`runs` of a schedule in the present is read as the past (as a scheduled verb it broke "
     "`runs from Monday 17th to Friday 21st October`, a weekday beside its own date)"),
    ("lunchtime-end", "en", "2026-05-20", "The festival runs from Friday evening to Sunday lunchtime.", "Friday evening to Sunday lunchtime",
     dict(kind="date"), "`lunchtime` after a weekday is left out of the range (`Friday evening to Sunday`)"),
]


def _rows(text: str, lang: str, ref: str) -> pd.DataFrame:
    return numfacts.extract(text, reference_date=ref, lang=lang)


@pytest.mark.parametrize("lang, ref, text, surface, want", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_round10_case(lang: str, ref: str, text: str, surface: str, want: dict) -> None:
    df = _rows(text, lang, ref)
    rows = df[df["text"] == surface]
    assert len(rows) == 1, list(zip(df["text"], df["kind"], strict=True))
    for field, value in want.items():
        got = rows.iloc[0][field]
        assert same_value(got, value), (field, got)


@pytest.mark.parametrize("lang, ref, text, surface, kinds", [pytest.param(*c[1:], id=c[0]) for c in REJECT])
def test_round10_reject(lang: str, ref: str, text: str, surface: str, kinds: tuple[str, ...]) -> None:
    df = _rows(text, lang, ref)
    assert_no_kind_over(text, zip(df["start"], df["end"], df["kind"], strict=True), surface, kinds)


@pytest.mark.parametrize("lang, ref, text, surface, want", [pytest.param(*c[1:6], id=c[0], marks=pytest.mark.xfail(strict=True, reason=c[6]))
                                                            for c in GAPS])
def test_round10_gap(lang: str, ref: str, text: str, surface: str, want: dict) -> None:
    _check_gap(lang, ref, text, surface, want)


#: Gaps of this round closed by a later one (probe14: `cup` after a figure is a unit).
CLOSED = [
    ("cup", "en", R1, "Stir in two-thirds of a cup of sugar.", "two-thirds of a cup", dict(kind="measure"),
     "`cup` is no unit of the English unit table (`World Cup`, `a cup of coffee`)"),
]


@pytest.mark.parametrize("lang, ref, text, surface, want", [pytest.param(*c[1:6], id=c[0]) for c in CLOSED])
def test_round10_closed_gap(lang: str, ref: str, text: str, surface: str, want: dict) -> None:
    _check_gap(lang, ref, text, surface, want)


def _check_gap(lang: str, ref: str, text: str, surface: str, want: dict) -> None:
    df = _rows(text, lang, ref)
    rows = df[df["text"].str.contains(surface, regex=False)]
    assert len(rows), list(df["text"])
    for field, value in want.items():
        assert same_value(rows.iloc[0][field], value), (field, rows.iloc[0][field])
