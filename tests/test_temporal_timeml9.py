"""Forms of news found while scoring temporal-timeml9-dev (issue #10, round 10: courts, aviation, space, elections abroad,
labour, disasters, finance, medical research, history features, entertainment and sports schedules), one named list per
family, sentences of their own (not the gold's): each case asserts the real row (span, kind, value); known gaps stay
visible as strict xfails."""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.temporal import find_temporal
from tests.finder_checks import assert_span_row, dated_cases

REF = dt.date(2009, 3, 11)  # a Wednesday


P, X = dated_cases(REF)


#: A clock, `local time` and the weekday or date right after it are one row, the time on that day (TimeML's extent;
#: other zone words and `today` stay apart, test_temporal_timeml6).
LOCAL_TIME_DAYS = [
    P("The ferry sank at 4:10 a.m. local time Monday.", "4:10 a.m. local time Monday", "local-time-monday", kind="time",
      date="2009-03-09T04:10"),
    P("Voting will begin at 7 a.m. local time next Sunday.", "7 a.m. local time next Sunday", "local-time-next-sunday",
      kind="time", date="2009-03-15T07:00"),
    P("The rebels attacked at 11 p.m. local time March 2.", "11 p.m. local time March 2", "local-time-date", kind="time",
      date="2009-03-02T23:00"),
    P("The quake struck at 5:30 a.m. local time, and aid arrived Monday.", "5:30 a.m. local time",
      "local-time-no-day-after", kind="time"),
]

#: Centuries: a modifier after `the` belongs to the row (`the mid-16th century` -> `15`, mod MID), and a year in
#: hundreds with `s` before 2000 is its century (`the late 1800s` -> `18`); `the 2000s` stays the decade.
CENTURIES = [
    P("Sailors reached the coast by the mid-16th century.", "the mid-16th century", "mid-ordinal-century", kind="date",
      date="15", modifier="MID"),
    P("The mill dates from the late 18th century.", "the late 18th century", "late-ordinal-century", kind="date",
      date="17", modifier="END"),
    P("It was built in the early 1900s.", "the early 1900s", "early-1900s-century", kind="date", date="19",
      modifier="START"),
    P("Immigrants came in the 1800s.", "the 1800s", "1800s-century", kind="date", date="18"),
    P("Prices rose through the 2000s.", "the 2000s", "2000s-decade-stays", kind="date", date="200"),
    P("Jazz boomed in the 1920s.", "the 1920s", "1920s-decade-stays", kind="date", date="192"),
]

#: `N years ago today` is that day, as TimeML tags it (`one year ago today` -> the day a year before ref).
AGO_TODAY = [
    P("One year ago today, the levee broke.", "One year ago today", "one-year-ago-today", kind="date",
      date="2008-03-11"),
    P("Fifty years ago today, the treaty was signed.", "Fifty years ago today", "fifty-years-ago-today", kind="date",
      date="1959-03-11"),
    P("Two years ago, the levee broke.", "Two years ago", "ago-alone-stays-year", kind="date", date="2007"),
]

#: Direction: `until` before a clock and its day in a sentence whose tense does not date the end is the nearest such
#: day; plural `start`/`begin` after a plural subject, `for launch`, `setting it for` point ahead; a season after
#: `in the` takes the timetable verb before it.
DIRECTION = [
    P("The judge adjourned the trial until 9 a.m. Friday.", "9 a.m. Friday", "until-clock-weekday", kind="time",
      date="2009-03-13T09:00"),
    P("The judge adjourned the trial until Friday.", "Friday", "until-weekday-nearest", kind="date",
      date="2009-03-13"),
    P("Negotiators said the talks were suspended until Monday.", "Monday", "until-weekday-nearest-past", kind="date",
      date="2009-03-09"),
    P("The other teams start Saturday.", "Saturday", "plural-start", kind="date", date="2009-03-14"),
    P("Hearings begin Monday, officials said.", "Monday", "plural-begin", kind="date", date="2009-03-16"),
    P("Managers cleared the shuttle for launch on Friday.", "Friday", "for-launch", kind="date", date="2009-03-13"),
    P("The court ordered a new vote, setting it for March 29.", "March 29", "setting-it-for", kind="date",
      date="2009-03-29"),
    P("The show starts in the fall.", "the fall", "starts-in-the-fall", kind="date", date="2009-FA"),
    P("The show ended in the fall.", "the fall", "ended-in-the-fall", kind="date", date="2008-FA"),
]

#: Gaps found in the file, not worth a rule yet.
GAPS = [
    X("The flight was scheduled to land at 9 a.m. Thursday, but it crashed on Tuesday.", "9 a.m. Thursday",
      "was-scheduled-to-past", "a plan of the past (`was scheduled to`) points ahead of its own time, not of ref: "
      "read as the coming Thursday", kind="time", date="2009-03-05T09:00"),
    X("The jets collided on Monday, officials said on Wednesday. One had left Paris at 1848 GMT.", "1848 GMT",
      "clock-day-of-event-before", "a past-perfect clock with no day takes the last day named (the saying's, here "
      "the reference day), not the event's", kind="time",
      date="2009-03-09T18:48Z"),
    X("Japan will sell bonds in the fiscal year starting April 1.", "the fiscal year", "fiscal-year-starting",
      "`the fiscal year` named by its first day is not read", kind="date", date="FY2009"),
    X("The bank sold $10 billion of five-year notes at a yield of 4.2 percent on Monday, and will sell bonds next month.",
      "Monday", "past-clause-before-will",
      "a `will` beyond a clause break outweighs a far past verb of the span's own clause; preferring that verb lowered "
      "the Wikinews output (`announced ... that candidates may ... between May 8 and May 22, and that the voting will`)",
      kind="date", date="2009-03-09"),
    X("Parts shortages could idle the plants by midweek.", "midweek", "midweek",
      "`midweek` is not read", kind="date", date="2009-W11"),
]

CASES = LOCAL_TIME_DAYS + CENTURIES + AGO_TODAY + DIRECTION + GAPS


@pytest.mark.parametrize("text, span, want, ref", CASES)
def test_timeml9_forms(text: str, span: str, want: dict, ref: dt.date) -> None:
    start = text.index(span)
    assert_span_row(text, find_temporal(text, ref), start, span, want)


#: No set row: `a second` before its noun is an ordinal (`a second term`), though a figure stands before it.
NO_SET = [
    pytest.param("Elected in 1995, he is seeking a second term.", id="a-second-term"),
    pytest.param("Rescuers dug for a second day after 2,000 died.", id="a-second-day"),
]


@pytest.mark.parametrize("text", NO_SET)
def test_timeml9_no_set(text: str) -> None:
    rows = [text[f.start:f.end] for f in find_temporal(text, REF) if f.kind == "set"]
    assert rows == [], rows
