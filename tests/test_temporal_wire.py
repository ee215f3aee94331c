"""Forms of 1990s-2000s wire news found while scoring temporal-timeml3-dev (issue #10, round 3), one
named list per family: each case asserts the real row (span, kind, value)."""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.temporal import find_temporal
from tests.finder_checks import assert_no_row, assert_span_row


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

#: A day a future sentence names a few days or weeks before the report is that day, not next year's;
#: a holiday with no tense takes the nearest occurrence; `due to the` is `because of`.
DIRECTION_GUARDS = [
    P("Medvedev said he had ordered troops to begin leaving Georgia on August 11.", "August 11", "stale-future-day",
      dt.date(2008, 8, 15), kind="date", date="2008-08-11"),
    P("Results are expected outside the Home Office today, 26 August.", "26 August", "stale-expected-day",
      dt.date(2005, 8, 30), kind="date", date="2005-08-26"),
    P("Preliminary election results are expected by October 10.", "October 10", "future-day-ahead-stays",
      dt.date(2005, 9, 19), kind="date", date="2005-10-10"),
    P("The court will hear the appeal on Friday, three weeks after the Nov. 7 election.", "Nov. 7",
      "attributive-day-nearest", dt.date(2000, 11, 28), kind="date", date="2000-11-07"),
    pytest.param("All parties must work within the framework of the March 4 peace agreement.", "March 4",
                 {"kind": "date", "date": "2007-03-04"}, dt.date(2007, 6, 30), id="attributive-day-in-future-sentence",
                 marks=pytest.mark.xfail(strict=True, reason="the sentence's `must` makes the date next year's; a date "
                                         "naming an event (`the March 4 accord`) is not told from `the March 4 deadline`")),
    P("Legal action begins over the September crash of the flight, which killed 90 people.", "September", "attributive-month-not-timetable",
      dt.date(2008, 7, 21), kind="date", date="2007-09"),
    P("The 25,000 employees have their positions safe until Christmas.", "Christmas", "holiday-no-tense-nearest",
      dt.date(2008, 11, 28), kind="date", date="2008-12-25"),
    P("Sales have been weak since Christmas.", "Christmas", "holiday-since-past", dt.date(2009, 1, 20),
      kind="date", date="2008-12-25"),
    P("Objectors chose to withhold their income taxes due Monday, April 17, in protest.", "Monday, April 17",
      "due-weekday-date", dt.date(2006, 4, 16), kind="date", date="2006-04-17"),
    P("The game was called off due to the rain on Monday.", "Monday", "due-to-the-is-because-of", dt.date(2006, 4, 20),
      kind="date", date="2006-04-17"),
    P('"We want to show our power," he said. In May, a helicopter fired across the border.', "May",
      "quote-ends-sentence", dt.date(2005, 10, 29), kind="date", date="2005-05"),
]

#: `a day after`, `a year earlier` are spans even after a figure; `a day-care`, `A second inmate` are none;
#: `78 trading days` is a duration; `by 1130 GMT` is a clock, not a year.
SPANS_AND_SETS = [
    P("Lawyers asked for a count of about 14,000 ballots, a day after officials certified the vote.", "a day",
      "a-day-after-figure", dt.date(2000, 11, 28), kind="duration", duration="P1D"),
    P("Enron filed for Chapter 11 protection yesterday, a year after its stock traded at $90.", "a year",
      "a-year-after-figure", dt.date(2001, 12, 3), kind="duration", duration="P1Y"),
    P("Security will patrol the park 24 hours a day.", "a day", "a-day-after-figure-stays-set", dt.date(2012, 7, 24),
      kind="set", duration="P1D"),
    P("It was the end of a year-long effort by 192 nations.", "year-long", "a-year-long-after-hyphen",
      dt.date(2009, 12, 8), kind="duration", duration="P1Y"),
    P("The index needed just 78 trading days to climb from 4,000.", "78 trading days", "trading-days",
      dt.date(2000, 3, 10), kind="duration", duration="P78D", value=78.0, unit="day"),
    P("Talks resume the week beginning 4 February.", "the week beginning 4 February", "week-beginning-day",
      dt.date(2019, 1, 20), kind="date", date="2019-W06"),
    P("A meeting is set for the week commencing February 4.", "the week commencing February 4", "week-commencing-day",
      dt.date(2019, 1, 20), kind="date", date="2019-W06"),
    P("Brent crude rose to $35.10 a barrel by 1130 GMT.", "1130 GMT", "by-wire-clock-not-year",
      dt.date(2000, 9, 14), kind="time", date="2000-09-14T11:30Z"),
]

#: `all day`, `a whole year`, `an entire week`: a duration of one unit (`all year round`, `all-day`: none).
WHOLE_PERIODS = [
    P("Talks dragged on all day before a deal was struck.", "all day", "all-day-words", dt.date(2006, 1, 24),
      kind="duration", duration="P1D", value=1.0, unit="day"),
    P("It took a whole year to rebuild the bridge.", "a whole year", "a-whole-year", dt.date(2009, 3, 10),
      kind="duration", duration="P1Y", value=1.0, unit="year"),
    P("The protests have continued all week.", "all week", "all-week", dt.date(2007, 6, 1), kind="duration",
      duration="P1W"),
]

#: `this past weekend` / `this past September` / `this past Sunday`: the last one, one row.
THIS_PAST = [
    P("The fair took place this past weekend.", "this past weekend", "this-past-weekend", dt.date(2009, 6, 4),
      kind="date", date="2009-W22-WE"),
    P("It had planned to hold a referendum this past September.", "this past September", "this-past-month-name",
      dt.date(2008, 11, 7), kind="date", date="2008-09"),
    P("The soldier was kidnapped this past Sunday.", "this past Sunday", "this-past-weekday", dt.date(2006, 6, 30),
      kind="date", date="2006-06-25"),
]

#: `by year-end` / `since year end` / `this year-end`: the year (modifier END); a bare `year-end bonus` is no row.
YEAR_END = [
    P("Unemployment is projected to rise by year end.", "year end", "by-year-end", dt.date(2005, 7, 28), kind="date",
      date="2005", modifier="END"),
    P("Shares have risen 5% since year-end.", "year-end", "since-year-end-is-last-year", dt.date(2024, 7, 19),
      kind="date", date="2023"),
    P("The plant will close by this year-end.", "this year-end", "this-year-end", dt.date(2024, 7, 19), kind="date",
      date="2024"),
]

#: `a half-hour shootout`, `a quarter-century of hostilities`, `a half-century`: a fraction of a unit (not `half-year`).
HALF_UNITS = [
    P("He was killed after a half-hour shootout.", "half-hour", "half-hour", dt.date(2005, 9, 7), kind="duration",
      duration="PT0.5H"),
    P("It marked the end of a quarter-century of hostilities.", "quarter-century", "quarter-century",
      dt.date(2005, 11, 7), kind="duration", duration="P25Y"),
    P("It was the largest seal hunt in a half-century.", "half-century", "half-century", dt.date(2005, 4, 16),
      kind="duration", duration="P50Y"),
]

CASES = HALF_UNITS + YEAR_END + THIS_PAST + WHOLE_PERIODS + TENSE_CUES + SENTENCE_STOPS + DIRECTION_GUARDS + SPANS_AND_SETS


@pytest.mark.parametrize("text, span, want, ref", CASES)
def test_wire_forms(text: str, span: str, want: dict, ref: dt.date) -> None:
    start = text.index(span)
    assert_span_row(text, find_temporal(text, ref), start, span, want)


NO_ROW = [
    pytest.param("The company published its half-year report.", "half-year", id="half-year-is-a-fiscal-half"),
    pytest.param("Year-end bonuses rose on Wall Street.", "Year-end", id="year-end-adjective"),
    pytest.param("The resort is open all year round.", "all year", id="all-year-round"),
    pytest.param("It was an all-day session.", "all-day", id="all-day-adjective"),
    pytest.param("GM lost $8.6 billion for the entire year.", "the entire year", id="the-entire-year-of-a-report"),
    pytest.param("It killed 31 people, including 12 children in a day-care center.", "a day", id="a-day-care"),
    pytest.param("It was the first federal execution since 1963. A second federal inmate is to die.", "A second",
                 id="a-second-ordinal"),
]


@pytest.mark.parametrize("text, span", NO_ROW)
def test_no_row(text: str, span: str) -> None:
    assert_no_row(text, find_temporal(text, dt.date(2001, 6, 12)), span)


#: `next year's fourth quarter` is one row of that year; a range's end written without its year is the first
#: such day after the start (`from Oct. 2 to October 22`, `Wednesday to Friday`).
JOINED = [
    P("Profits should recover in next year's fourth quarter.", "next year's fourth quarter", "year-possessive-quarter",
      dt.date(2016, 11, 7), kind="date", date="2017-Q4"),
    P("Mubarak resigned in last year's February 11 uprising.", "last year's February 11", "year-possessive-day",
      dt.date(2012, 1, 25), kind="date", date="2011-02-11"),
    P("I will be out from Oct. 2 to October 22.", "Oct. 2 to October 22", "range-end-after-start",
      dt.date(2016, 11, 7), kind="date", date="2017-10-02/2017-10-22"),
    P("Prices ran from 2015/08/12 until October 22.", "2015/08/12 until October 22", "range-end-takes-start-year",
      dt.date(2016, 11, 7), kind="date", date="2015-08-12/2015-10-22"),
    P("They called a general strike from Wednesday to Friday.", "Wednesday to Friday", "range-weekday-end-after-start",
      dt.date(2005, 2, 2), kind="date", date="2005-02-02/2005-02-04"),
]


@pytest.mark.parametrize("text, span, want, ref", JOINED)
def test_joined(text: str, span: str, want: dict, ref: dt.date) -> None:
    test_wire_forms(text, span, want, ref)
