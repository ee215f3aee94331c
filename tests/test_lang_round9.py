"""Round 9, German and English (data/gold/lang-de8-dev.jsonl, lang-en9-dev.jsonl, hand-written news cases): the
families their first score showed missing, fixed by general rules, with probes beyond the gold: cases as data,
each (id, lang, text, surface, fields), read against 2025-11-12 (a Wednesday, ISO week 46). A field wanted as None
must be null. REJECT: surfaces that must give no row of the kinds named; GAPS: forms left as they are (strict
xfails), with the reason.
"""

from __future__ import annotations

import pandas as pd
import pytest

import numfacts

REF = "2025-11-12"

CASES = [
    # German separable change verbs: the particle closes the clause after the size of the change
    ("busste-ein", "de", "Der Umsatz büßte im dritten Quartal 3,1 Prozent ein.", "3,1 Prozent", dict(change="down", role="by")),
    ("gab-nach", "de", "Die Aktie gab am Montag 4 Prozent nach.", "4 Prozent", dict(change="down", role="by")),
    ("legte-zu-far", "de", "Der Dax legte im Oktober 2 Prozent zu.", "2 Prozent", dict(change="up", role="by")),
    ("ging-zurueck-far", "de", "Der Absatz ging im Vorjahr 5 Prozent zurück.", "5 Prozent", dict(change="down", role="by")),
    ("nahm-zu-measure", "de", "Er nahm in sechs Wochen 5 Kilogramm zu.", "5 Kilogramm", dict(change="up", role="by")),
    ("brach-ein-um", "de", "Der Gewinn je Aktie brach um fast 40 Prozent auf 2,15 Euro ein.", "2,15 Euro",
     dict(change="down", role="to")),
    ("gab-no-particle", "de", "Es gab am Montag 4 Verletzte, nach Angaben der Polizei.", "4", dict(kind="count", change=None)),
    ("gab-aus-no-change", "de", "Sie gab im Urlaub 300 Euro für Bücher aus.", "300 Euro", dict(kind="money", change=None)),
    ("rutschte-ab", "de", "Die Aktie rutschte am Freitag um 2 Prozent ab.", "2 Prozent", dict(change="down", role="by")),
    ("sackte-ab-bare", "de", "Der Kurs sackte im Handelsverlauf 5 Prozent ab.", "5 Prozent", dict(change="down", role="by")),
    ("zog-an", "de", "Die Preise zogen im Oktober um 0,4 Prozent an.", "0,4 Prozent", dict(change="up", role="by")),
    ("erholte-sich", "de", "Der Dax erholte sich um 1,1 Prozent.", "1,1 Prozent", dict(change="up", role="by")),
    ("stuerzte-ab", "de", "Die Aktie stürzte um 15 Prozent ab.", "15 Prozent", dict(change="down", role="by")),
    # a percent right after its change verb, words between: the size
    ("schrumpfte-bare", "de", "Der Absatz schrumpfte im dritten Quartal 6 Prozent.", "6 Prozent", dict(change="down", role="by")),
    ("share-after-verb-kept", "de", "Die Preise stiegen für 5 Prozent der Haushalte.", "5 Prozent", dict(change=None)),
    ("comma-after-verb-kept", "de", "Die Zahl stieg im Mai, 5 Prozent davon waren Kinder.", "5 Prozent", dict(role=None)),
    # more fraction words
    ("ein-zehntel", "de", "Der Umsatz ging um ein Zehntel zurück.", "ein Zehntel", dict(kind="ratio", value=0.1, change="down")),
    ("ein-achtel", "de", "Ein Achtel der Fläche ist Wald.", "Ein Achtel", dict(kind="ratio", value=0.125)),
    # a multiplier verb is a rise; the level after `auf`
    ("verdoppelte-auf", "de", "Der Anteil verdoppelte sich auf 14 Prozent.", "14 Prozent", dict(change="up", role="to")),
    ("verdreifacht-auf", "de", "Die Zahl hat sich seit 2020 auf 4.000 verdreifacht.", "4.000", dict(change="up", role="to")),
    # a glued fraction word
    ("dreiviertel", "de", "Dreiviertel der Befragten sind dafür.", "Dreiviertel", dict(kind="ratio", value=0.75, entity="Befragten")),
    ("knapp-dreiviertel", "de", "Knapp dreiviertel der Mitglieder stimmten zu.", "Knapp dreiviertel",
     dict(kind="ratio", value=0.75, qualifier="~")),
    ("dreiviertelstunde-kept", "de", "Der Flug hatte eine Dreiviertelstunde Verspätung.", "eine Dreiviertelstunde",
     dict(kind="duration", duration="PT45M")),
    # the edges of this year and month written with an article
    ("ende-des-jahres", "de", "Bis Ende des Jahres sollen alle Haltestellen barrierefrei sein.", "Ende des Jahres",
     dict(kind="date", date="2025")),
    ("anfang-des-monats", "de", "Anfang des Monats stiegen die Preise.", "Anfang des Monats", dict(kind="date", date="2025-11")),
    ("mitte-des-jahres-year", "de", "Mitte des Jahres 2020 lag die Quote bei 5 Prozent.", "2020", dict(kind="date", date="2020")),
    # a bound with a particle inside
    ("mindestens-aber", "de", "Die Gewerkschaft fordert mindestens aber 8 Prozent.", "mindestens aber 8 Prozent",
     dict(qualifier=">=", low=8)),
    ("hoechstens-jedoch", "de", "Die Miete darf höchstens jedoch 900 Euro betragen.", "höchstens jedoch 900 Euro",
     dict(qualifier="<=", high=900)),
    # durations written as adjectives
    ("zweiwoechige", "de", "Nach einer zweiwöchigen Pause tagt der Nationalrat wieder.", "zweiwöchigen",
     dict(kind="duration", duration="P2W")),
    ("3-taegigen", "de", "Nach dem 3-tägigen Streik fahren die Züge wieder.", "3-tägigen", dict(kind="duration", duration="P3D")),
    ("15-minuetige", "de", "Er hielt eine 15-minütige Rede.", "15-minütige", dict(kind="duration", duration="PT15M")),
    ("zweistuendiges", "de", "Es gab ein zweistündiges Treffen im Kanzleramt.", "zweistündiges",
     dict(kind="duration", duration="PT2H")),
    ("sechsmonatige", "de", "Die sechsmonatige Probezeit endet im Mai.", "sechsmonatige", dict(kind="duration", duration="P6M")),
    ("age-kept", "de", "Ein 34-jähriger Mann wurde festgenommen.", "34-jähriger", dict(kind="duration", duration="P34Y")),
    # a bare figure restating the percent or sum before it
    ("restated-percent", "de", "Vor zwei Jahren lag der Marktanteil noch bei 9 Prozent, heute sind es 15.", "15",
     dict(kind="percent", unit="percent", value=15)),
    ("restated-money", "de", "Früher kostete das Ticket 12 Euro, heute sind es 15.", "15", dict(kind="money", unit="EUR")),
    ("restated-count-kept", "de", "Es waren 15 Menschen, heute sind es 20.", "20", dict(kind="count")),
    ("restated-other-sentence", "de", "Der Anteil lag bei 9 Prozent. Heute sind es 15 Schulen.", "15",
     dict(kind="count", entity="Schulen")),
    # English change words
    ("cooled-to", "en", "Inflation cooled to 2.7% in February.", "2.7%", dict(change="down", role="to")),
    ("softened-by", "en", "Demand softened 3% in May.", "3%", dict(change="down", role="by")),
    ("ballooned-from", "en", "Costs ballooned to $4 billion from $2.5 billion.", "$2.5 billion", dict(change="up", role="from")),
    ("cool-adjective-kept", "en", "He won a cool $1 million.", "$1 million", dict(change=None)),
    # a share of a whole is the level of `, up from`
    ("share-up-from", "en", "Only 14 of the 50 states require the course, up from nine.", "14", dict(change="up", role="to")),
    ("share-whole-no-level", "en", "Only 14 of the 50 states require the course, up from nine.", "50", dict(change=None)),
    ("share-its-down-from", "en", "Some 40 of its 300 stores are profitable, down from 55 last year.", "Some 40",
     dict(change="down", role="to")),
    ("share-aside", "en", "About 12 of the 30 players, up from 8, tested positive.", "About 12", dict(change="up", role="to")),
    # two steps away
    ("week-after-next", "en", "The first snow is expected the week after next.", "the week after next",
     dict(kind="date", date="2025-W48")),
    ("year-before-last", "en", "The law passed the year before last.", "the year before last", dict(kind="date", date="2023")),
    ("weekend-after-next", "en", "Talks resume the weekend after next.", "the weekend after next",
     dict(kind="date", date="2025-W48-WE")),
    ("month-after-next", "en", "The plant opens the month after next.", "the month after next", dict(kind="date", date="2026-01")),
    ("day-after-tomorrow-kept", "en", "We meet the day after tomorrow.", "the day after tomorrow", dict(kind="date", date="2025-11-14")),
    ("weekend-kept", "en", "Snow fell over the weekend.", "the weekend", dict(kind="date", date="2025-W45-WE")),
    # plural timetable verbs speak of the coming day
    ("doors-open", "en", "Doors open at 6:30 p.m. Friday.", "6:30 p.m. Friday", dict(kind="time", date="2025-11-14T18:30")),
    ("talks-end", "en", "The talks end Friday.", "Friday", dict(kind="date", date="2025-11-14")),
    ("lawmakers-return", "en", "Lawmakers return Monday.", "Monday", dict(kind="date", date="2025-11-17")),
    ("opened-kept", "en", "Doors opened at 6:30 p.m. Friday.", "6:30 p.m. Friday", dict(kind="time", date="2025-11-07T18:30")),
    ("were-open-kept", "en", "Banks were open on Saturday for money exchange.", "Saturday", dict(kind="date", date="2025-11-08")),
    ("forced-open-kept", "en", "Militants forced open the border in January.", "January", dict(kind="date", date="2025-01")),
    ("air-travel-kept", "en", "Air travel fell after September 11th.", "September 11th", dict(kind="date", date="2025-09-11")),
    ("open-name-kept", "en", "Rain halted the final at the French Open on Monday.", "Monday", dict(kind="date", date="2025-11-10")),
]

REJECT = [
    ("ende-des-jahres-before-year", "de", "Mitte des Jahres 2020 lag die Quote bei 5 Prozent.", "Mitte des Jahres", ("date",)),
    ("ein-article-no-duration", "de", "Ein Tag später kam die Nachricht.", "Ein Tag", ("set",)),
]

GAPS = [
    ("quarters-duration", "de", "Der Gewinn stieg in den ersten drei Quartalen um 14 Prozent.", "drei Quartalen",
     dict(kind="duration"), "a number of quarters (`in den ersten drei Quartalen`) is no duration: the German finder has no "
     "quarter unit (a duration in quarters has no TIMEX3 unit of its own)"),
    ("bare-after-duration", "en", "He was sentenced to 12 years in prison, with parole possible after eight.", "eight",
     dict(kind="duration"), "a bare number after a duration does not take its unit (`after eight` years)"),
    ("bare-clock-at", "en", "Doors open at 6:30 p.m. and the first band goes on at 8.", "8",
     dict(kind="time"), "a bare hour after `at` (`goes on at 8`) is a count unless a clock or a part of the day is beside it"),
]


def _rows(text: str, lang: str) -> pd.DataFrame:
    return numfacts.extract(text, reference_date=REF, lang=lang)


def _same(got: object, want: object) -> bool:
    if want is None:
        return got is None or bool(pd.isna(got)) or got == ""
    if isinstance(want, float | int) and not isinstance(want, bool):
        return got == pytest.approx(want)
    return got == want


@pytest.mark.parametrize("lang, text, surface, want", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_round9_case(lang: str, text: str, surface: str, want: dict) -> None:
    df = _rows(text, lang)
    rows = df[df["text"] == surface]
    assert len(rows) == 1, list(zip(df["text"], df["kind"], strict=True))
    for field, value in want.items():
        got = rows.iloc[0][field]
        assert _same(got, value), (field, got)


@pytest.mark.parametrize("lang, text, surface, kinds", [pytest.param(*c[1:], id=c[0]) for c in REJECT])
def test_round9_reject(lang: str, text: str, surface: str, kinds: tuple[str, ...]) -> None:
    df = _rows(text, lang)
    at = text.index(surface)
    hits = [(t, k) for t, k, s in zip(df["text"], df["kind"], df["start"], strict=True) if s < at + len(surface) and at < s + len(t)]
    assert not [h for h in hits if h[1] in kinds], hits


@pytest.mark.parametrize("lang, text, surface, want", [pytest.param(*c[1:5], id=c[0], marks=pytest.mark.xfail(strict=True, reason=c[5]))
                                                       for c in GAPS])
def test_round9_gap(lang: str, text: str, surface: str, want: dict) -> None:
    _check_gap(lang, text, surface, want)


#: Gaps of this round closed by a later one (probe14: `go up to` after `start at` is a ceiling).
CLOSED = [
    ("go-up-to-bound", "en", "Tickets start at $45 and go up to $250 for floor seats.", "$250",
     dict(qualifier="<="), "`go up to` is read as a move to a level (`prices will go up to $5`); after a starting price it "
     "is a bound, which the English quantity finder does not tell apart"),
]


@pytest.mark.parametrize("lang, text, surface, want", [pytest.param(*c[1:5], id=c[0]) for c in CLOSED])
def test_round9_closed_gap(lang: str, text: str, surface: str, want: dict) -> None:
    _check_gap(lang, text, surface, want)


def _check_gap(lang: str, text: str, surface: str, want: dict) -> None:
    df = _rows(text, lang)
    rows = df[df["text"].str.contains(surface, regex=False)]
    assert len(rows), list(df["text"])
    for field, value in want.items():
        assert rows.iloc[0][field] == value, (field, rows.iloc[0][field])
