"""Forms of 1990s-2000s wire news found while scoring temporal-timeml3-dev (issue #10, round 3), one
named list per family: each case asserts the real row (span, kind, value)."""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.temporal import find_temporal


def P(text: str, span: str, id: str, ref: dt.date, **want: object):
    return pytest.param(text, span, want, ref, id=id)


#: A date's direction from the verbs of a timetable, hopes and plans, `was expected`, `a hearing for`.
TENSE_CUES = [
    P("Lawyers have 10 days to appeal, and the grand jury meets again Thursday.", "Thursday", "present-meets-weekday",
      dt.date(1998, 3, 24), kind="date", date="1998-03-26"),
    P("President Bush arrives in Moscow on Monday for a summit.", "Monday", "present-arrives-weekday",
      dt.date(1991, 7, 25), kind="date", date="1991-07-29"),
    P("Brazil won the final today. The team flies home Tuesday.", "Tuesday", "present-flies-weekday",
      dt.date(2002, 6, 30), kind="date", date="2002-07-02"),
    P("The Celtics, who have not won a title since 1986, play at Miami on Friday.", "Friday", "present-play-beats-won",
      dt.date(2004, 2, 11), kind="date", date="2004-02-13"),
    P("OPEC ministers, who meet again on Nov. 12, agreed on Sunday to raise output.", "Nov. 12", "present-meet-month-day",
      dt.date(2000, 9, 14), kind="date", date="2000-11-12"),
    P("The ECB, which cut rates in December, meets next on January 15.", "December", "present-verb-after-is-no-cue",
      dt.date(2009, 1, 8), kind="date", date="2008-12"),
    P("The company meets analysts' forecasts for the quarter ended in March.", "March", "meets-far-before-is-no-cue",
      dt.date(2009, 5, 8), kind="date", date="2009-03"),
    P("Lawmakers hope to adjourn by Saturday to campaign.", "Saturday", "hope-to-weekday",
      dt.date(1990, 10, 24), kind="date", date="1990-10-27"),
    P("Gorbachev told reporters that he hoped to visit Washington in the fall.", "the fall", "hoped-to-season",
      dt.date(1991, 7, 25), kind="date", date="1991-FA"),
    P("Forecasters warned that more rain was expected over the weekend.", "the weekend", "was-expected-weekend",
      dt.date(1993, 7, 15), kind="date", date="1993-W28-WE"),
    P("Retail sales fell more than expected in April.", "April", "than-expected-stays-past",
      dt.date(2005, 5, 26), kind="date", date="2005-04"),
    P("The judge set a hearing for Saturday.", "Saturday", "hearing-for-weekday", dt.date(2000, 11, 28),
      kind="date", date="2000-12-02"),
    P("Police arrested two men for Saturday's attack.", "Saturday", "for-possessive-weekday-stays-past",
      dt.date(2000, 11, 28), kind="date", date="2000-11-25"),
    P("The agency accepted bids for 500,000 tonnes of wheat for shipment to Egypt in April.", "April",
      "for-shipment-month", dt.date(1987, 3, 31), kind="date", date="1987-04"),
    P("Brent for April loading traded at 17.85 dlrs.", "April", "month-loading", dt.date(1987, 3, 16),
      kind="date", date="1987-04"),
]

#: A full stop inside a sentence (`p.m.`, `Nov.`, `Gen.`, `W.`, `U.S. wheat`) does not cut off its tense.
SENTENCE_STOPS = [
    P("The final flight is scheduled to land at Heathrow at 4:05 p.m. Friday.", "4:05 p.m. Friday",
      "pm-before-weekday", dt.date(2003, 10, 23), kind="time", date="2003-10-24T16:05"),
    P("The court will hear the appeal of George W. Bush on Friday.", "Friday", "initial-before-weekday",
      dt.date(2000, 11, 28), kind="date", date="2000-12-01"),
    P("Troops will stay until Gen. Noriega leaves on Monday.", "Monday", "title-before-weekday",
      dt.date(1989, 12, 21), kind="date", date="1989-12-25"),
    P("It will reopen. Sales rose on Monday.", "Monday", "real-stop-still-cuts", dt.date(1989, 12, 21),
      kind="date", date="1989-12-18"),
]

CASES = TENSE_CUES + SENTENCE_STOPS


@pytest.mark.parametrize("text, span, want, ref", CASES)
def test_wire_forms(text: str, span: str, want: dict, ref: dt.date) -> None:
    start = text.index(span)
    rows = find_temporal(text, ref)
    got = [f for f in rows if (f.start, f.end) == (start, start + len(span))]
    assert got, f"no row for {span!r}; got {[(text[f.start:f.end], f.kind, f.date) for f in rows]}"
    for field, value in want.items():
        assert getattr(got[0], field) == value, f"{field}: {getattr(got[0], field)!r} != {value!r}"
