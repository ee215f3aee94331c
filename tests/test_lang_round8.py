"""English round 8 (data/gold/lang-en8-dev.jsonl, hand-written test-style cases): the families its first
score showed missing, fixed by general rules, with probes beyond the gold: cases as data, each
(id, text, surface, fields), read against 2026-03-11 (a Wednesday). REJECT: surfaces that must give no
row of the kinds named; GAPS: forms left as they are (strict xfails), with the reason.
"""

from __future__ import annotations

import pandas as pd
import pytest

import numfacts

REF = "2026-03-11"

CASES = [
    # every second day: one in n (not `every second`, PT1S)
    ("every-second-day", "Take the tablets every second day.", "every second day", dict(kind="set", duration="P2D")),
    ("every-third-week", "Bins are emptied every third week.", "every third week", dict(kind="set", duration="P3W")),
    ("every-2nd-day", "The ferry sails every 2nd day.", "every 2nd day", dict(kind="set", duration="P2D")),
    ("Every-3rd-month", "Every 3rd month the board meets.", "Every 3rd month", dict(kind="set", duration="P3M")),
    ("every-other-day-kept", "The ferry sails every other day.", "every other day", dict(kind="set", duration="P2D")),
    ("every-second-kept", "Every second, a new account is opened.", "Every second", dict(kind="set", duration="PT1S")),
    # a clock beside a dated part of the day is read in that part
    ("tonight-at-half-past", "The concert starts tonight at half past eight.", "half past eight",
     dict(kind="time", date="2026-03-11T20:30")),
    ("tonight-at-digits", "The concert starts tonight at 8:30.", "8:30", dict(kind="time", date="2026-03-11T20:30")),
    ("this-evening-at", "The minister speaks this evening at a quarter to seven.", "a quarter to seven",
     dict(kind="time", date="2026-03-11T18:45")),
    ("clock-then-tonight", "The concert starts at half past eight tonight.", "half past eight tonight",
     dict(kind="time", date="2026-03-11T20:30")),
    ("tomorrow-afternoon-at", "Talks resume tomorrow afternoon at 2:15.", "2:15", dict(kind="time", date="2026-03-12T14:15")),
    ("friday-night-at", "The match is on Friday night at 11:30.", "11:30", dict(kind="time", date="2026-03-13T23:30")),
    ("morning-kept", "The shop opens tomorrow morning at 8:30.", "8:30", dict(kind="time", date="2026-03-12T08:30")),
    ("zero-clock-kept", "The talks end this afternoon at 08:00.", "08:00", dict(kind="time", date="2026-03-11T08:00")),
    ("pm-written-kept", "The show starts tonight at 8:30 p.m.", "8:30 p.m.", dict(kind="time", date="2026-03-11T20:30")),
    # a unit and a quarter; quarters of an hour
    ("hour-and-a-quarter", "The match lasted an hour and a quarter.", "an hour and a quarter",
     dict(kind="duration", value=1.25, duration="PT1.25H")),
    ("two-and-a-quarter-hours", "The flight took two and a quarter hours.", "two and a quarter hours",
     dict(kind="duration", value=2.25, duration="PT2.25H")),
    ("digits-and-a-quarter-hours", "The flight took 2 and a quarter hours.", "2 and a quarter hours",
     dict(kind="duration", value=2.25, duration="PT2.25H")),
    ("vulgar-hyphen-years", "He is serving a 6½-year term.", "6½-year", dict(kind="duration", value=6.5, duration="P6.5Y")),
    ("hours-and-a-quarter", "It took three hours and a quarter.", "three hours and a quarter",
     dict(kind="duration", value=3.25, duration="PT3.25H")),
    ("year-and-a-half-kept", "The works took a year and a half.", "a year and a half", dict(kind="duration", duration="P1.5Y")),
    ("three-quarters-of-an-hour", "The talks lasted three quarters of an hour.", "three quarters of an hour",
     dict(kind="duration", value=45, unit="minute", duration="PT45M")),
    ("a-quarter-of-an-hour", "We waited a quarter of an hour.", "a quarter of an hour",
     dict(kind="duration", value=15, duration="PT15M")),
    ("about-three-quarters-hour", "The drive takes about three quarters of an hour.", "about three quarters of an hour",
     dict(kind="duration", qualifier="~", duration="PT45M")),
    ("quarter-of-a-century", "He served for almost a quarter of a century.", "almost a quarter of a century",
     dict(kind="duration", duration="P25Y")),
    # a whole and a vulgar fraction
    ("vulgar-hours", "The repair took 2½ hours.", "2½ hours", dict(kind="duration", value=2.5, duration="PT2.5H")),
    ("vulgar-percent", "Rates rose 2½% last year.", "2½%", dict(kind="percent", value=2.5)),
    ("vulgar-kg", "The bag weighs 1½ kg.", "1½ kg", dict(kind="measure", value=1.5, unit="kilogram")),
    ("vulgar-miles", "The course is 3¾ miles long.", "3¾ miles", dict(kind="measure", value=3.75, unit="mile")),
    ("vulgar-money", "The club paid £4½ million for him.", "£4½ million", dict(kind="money", value=4_500_000, unit="GBP")),
    ("vulgar-quarter", "Shares fell 1¼ points.", "1¼", dict(value=1.25)),
    # a whole amount and its cents
    ("dollars-and-cents", "The ticket cost 5 dollars and 50 cents.", "5 dollars and 50 cents", dict(kind="money", value=5.5, unit="USD")),
    ("words-dollars-and-cents", "It cost five dollars and fifty cents.", "five dollars and fifty cents", dict(kind="money", value=5.5)),
    ("euros-and-cents", "A coffee is 3 euros and 20 cents.", "3 euros and 20 cents", dict(kind="money", value=3.2, unit="EUR")),
    ("pounds-and-pence", "A stamp costs £2 and 40p.", "£2 and 40p", dict(kind="money", value=2.4, unit="GBP")),
    ("dollars-cents-no-and", "It only cost 3 dollars 50 cents.", "3 dollars 50 cents", dict(kind="money", value=3.5)),
    ("words-dollars-cents-no-and", "It cost thirteen dollars forty-five cents.", "thirteen dollars forty-five cents",
     dict(kind="money", value=13.45)),
    ("comma-keeps-apart", "Fees rose 5 dollars, 50 cents more.", "5 dollars", dict(kind="money", value=5)),
    ("symbol-and-cents", "Prices rose from $5 and 50 cents.", "$5 and 50 cents", dict(kind="money", value=5.5)),
    ("decimal-then-cents-apart", "It rose from $6.20 and 80 cents is the fee.", "$6.20", dict(kind="money", value=6.2)),
    # a colon ratio of a vote
    ("twice-a-weekday-kept", "He trains twice a Sunday.", "twice a Sunday", dict(kind="set", duration="P1W")),
    ("date-before-weekday-kept", "The vote is on March 18, a Wednesday.", "March 18", dict(kind="date", date="2026-03-18")),
    ("majority-of-colon", "The motion was carried by a majority of 3:1.", "3:1", dict(kind="ratio", value=3)),
    ("colon-margin", "Voters backed it by a 2:1 margin.", "2:1", dict(kind="ratio", value=2)),
]

REJECT = [
    ("a-second-day", "It was a second day of protests.", "a second day", ("set",)),
    ("a-third-quarter", "Profit rose in a third quarter.", "a third quarter", ("set",)),
    ("three-quarters-of-the-vote", "She won three quarters of the vote.", "three quarters of the vote", ("duration",)),
    ("date-comma-a-weekday", "The vote is on March 18, a Wednesday.", "a Wednesday", ("set",)),
    ("day-month-comma-a-weekday", "The fair opens on 4 April, a Saturday, at 10 a.m.", "a Saturday", ("set",)),
    ("score-colon", "Arsenal won 3:1 on Saturday.", "3:1", ("ratio",)),
    ("majority-of-clock", "The majority of 3:10 trains were late.", "3:10", ("ratio",)),
    ("cents-and-dollars-order", "It cost 50 cents and 5 dollars.", "50 cents and 5 dollars", ("money_joined",)),
]

GAPS: list[tuple[str, str, str, dict, str]] = [
    # a mile and a half, three quarters of a mile: read since round 10 (tests/test_lang_round10_deen.py)
]


def _rows(text: str) -> pd.DataFrame:
    return numfacts.extract(text, reference_date=REF, lang="en")


@pytest.mark.parametrize("text, surface, want", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_round8_case(text: str, surface: str, want: dict) -> None:
    df = _rows(text)
    rows = df[df["text"] == surface]
    assert len(rows) == 1, list(zip(df["text"], df["kind"], strict=True))
    for field, value in want.items():
        got = rows.iloc[0][field]
        assert got == pytest.approx(value) if isinstance(value, float | int) else got == value, (field, got)


@pytest.mark.parametrize("text, surface, kinds", [pytest.param(*c[1:], id=c[0]) for c in REJECT])
def test_round8_reject(text: str, surface: str, kinds: tuple[str, ...]) -> None:
    df = _rows(text)
    at = text.index(surface)
    hits = [(t, k) for t, k, s in zip(df["text"], df["kind"], df["start"], strict=True) if s < at + len(surface) and at < s + len(t)]
    if "money_joined" in kinds:  # the cents come first: no join into one amount
        assert surface not in list(df["text"]), hits
        return
    assert not [h for h in hits if h[1] in kinds], hits


@pytest.mark.parametrize("text, surface, want", [pytest.param(*c[1:4], id=c[0], marks=pytest.mark.xfail(strict=True, reason=c[4]))
                                                 for c in GAPS])
def test_round8_english_gap(text: str, surface: str, want: dict) -> None:
    df = _rows(text)
    rows = df[df["text"].str.contains(surface, regex=False)]
    assert len(rows), list(df["text"])
    for field, value in want.items():
        assert rows.iloc[0][field] == value, (field, rows.iloc[0][field])
