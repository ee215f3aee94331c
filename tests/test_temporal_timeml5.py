"""Forms of news found while scoring temporal-timeml5-dev (issue #10, round 6: late-1980s WSJ business,
2010s wire, sports/weather/court news), one named list per family, sentences of their own (not the
gold's): each case asserts the real row (span, kind, value); known gaps stay visible as strict xfails."""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.temporal import find_temporal
from tests.finder_checks import assert_no_row, assert_span_row, dated_cases

REF = dt.date(1998, 1, 7)  # a Wednesday


P, X = dated_cases(REF)


#: Tense cues: a modal before a past form leaves it no past (`would last`); `due back`, `due out`; a
#: directive verb + object + `to` (`ordered him to`); a present verb of a period before its end word
#: (`runs through`); an infinitive's object is no timetable verb (`to suspend play`).
TENSE_CUES = [
    P("Forecasters said the cold would last into the weekend.", "the weekend", "would-last-weekend", dt.date(2019, 12, 17),
      kind="date", date="2019-W51-WE"),
    P("Inspectors are due back in Vienna on Monday.", "Monday", "due-back", kind="date", date="1998-01-12"),
    P("The report is due out on Thursday, officials said.", "Thursday", "due-out", kind="date", date="1998-01-08"),
    P("The judge told him to surrender by March 20.", "March 20", "told-him-to", dt.date(1998, 3, 25), kind="date",
      date="1998-03-20"),
    P("A judge ordered them to leave the camp by March 30.", "March 30", "ordered-them-to", dt.date(1998, 3, 10),
      kind="date", date="1998-03-30"),
    P("Rain forced officials to suspend play on Monday.", "Monday", "to-suspend-play-past", kind="date", date="1998-01-05"),
    P("The state's fiscal year runs through June 30.", "June 30", "runs-through", kind="date", date="1998-06-30"),
    P("The exhibit lasts until March 1, the museum said.", "March 1", "lasts-until", kind="date", date="1998-03-01"),
    P("Oil continues to rise, as of Friday's close.", "Friday", "continues-to-is-no-end", kind="date", date="1998-01-02"),
    P("Elizabeth May announced Sunday that she will run.", "Sunday", "may-is-a-name", kind="date", date="1998-01-04"),
    P("The season opener is Sept. 10.", "Sept. 10", "copula-right-before-date", kind="date", date="1998-09-10"),
    P("The first round was April 22; the second is on May 6.", "May 6", "copula-on-date", dt.date(2007, 4, 18),
      kind="date", date="2007-05-06"),
    P("Her last day was Friday.", "Friday", "past-copula-unchanged", kind="date", date="1998-01-02"),
    X("Voters choose a new president on Sunday.", "Sunday", "present-of-schedule", "a present-tense plural verb with no "
      "timetable word: no cue, read as the past", kind="date", date="1998-01-11"),
    P("Sentencing was set for March 22.", "March 22", "was-set-for", dt.date(1998, 1, 7), kind="date", date="1998-03-22"),
    X("Leaders reached a deal an hour before the deadline on Friday.", "Friday", "deadline-in-a-past-report",
      "`deadline` is a future cue nearer than the past verb", kind="date", date="1998-01-02"),
]

#: A comma then `a`/`an` starts a new phrase: no compound duration (`five years, a week after`).
DURATION_JOIN = [
    P("He vowed reforms within the next five years, a week after the vote.", "the next five years", "comma-a-new-phrase",
      kind="duration", duration="P5Y"),
    P("He vowed reforms within the next five years, a week after the vote.", "a week", "comma-a-week", kind="duration",
      duration="P1W"),
    P("The trial lasted two years, three months and four days.", "two years, three months and four days",
      "comma-compound-still-joins", kind="duration", duration="P2Y3M4D"),
]

#: Quarters named by a year or a closing month: `the 1987 fourth quarter`, `the June quarter`, `the latest quarter`.
QUARTERS = [
    P("Profit doubled in the June quarter.", "the June quarter", "june-quarter", dt.date(1987, 7, 14), kind="date",
      date="1987-Q2"),
    P("Sales fell in the Sept. quarter.", "the Sept. quarter", "sept-quarter", dt.date(1989, 10, 24), kind="date",
      date="1989-Q3"),
    P("Net rose from $91 million in the 1987 fourth quarter.", "the 1987 fourth quarter", "year-ordinal-quarter",
      dt.date(1989, 1, 31), kind="date", date="1987-Q4"),
    P("It lost money in the 1988 fiscal second half.", "the 1988 fiscal second half", "year-fiscal-half",
      dt.date(1989, 1, 31), kind="date", date="FY1988-H2"),
    P("Revenue in the latest quarter climbed 9%.", "the latest quarter", "latest-quarter", dt.date(1989, 10, 24),
      kind="date", date="1989-Q3"),
    P("Profit rose in the second fiscal quarter, ended Dec. 31.", "the second fiscal quarter", "ordinal-fiscal-quarter",
      dt.date(1989, 11, 14), kind="date", date="FY1989-Q2"),
    P("The third-quarter figures compare with a loss.", "third-quarter", "the-is-the-nouns", dt.date(1989, 11, 14),
      kind="date", date="1989-Q3"),
    P("Exports rose in 1987 as a whole.", "1987", "in-year-unchanged", dt.date(1989, 1, 31), kind="date", date="1987"),
    X("The loss compares with a profit in the 1987 quarter.", "the 1987 quarter", "year-quarter-no-ordinal",
      "which quarter is the one named before (an anchor), not read yet", dt.date(1988, 10, 27), kind="date"),
]

#: `unit-long` after any determiner is the adjective: `the decade-long war`, `their months-long siege`.
LONG_ADJ = [
    P("He vowed to end the decade-long war.", "decade-long", "the-decade-long", kind="duration", duration="P10Y"),
    P("Their months-long siege ended.", "months-long", "their-months-long", kind="duration", duration="PXM"),
    P("This week-long festival opens today.", "week-long", "this-week-long", kind="duration", duration="P1W"),
    P("His year-long ban was lifted.", "year-long", "his-year-long", kind="duration", duration="P1Y"),
]

#: A month before a capitalised word after `the` is an event's month, not a person's name.
ATTRIBUTIVE_MONTHS = [
    P("Police caught a suspect in the November Paris attacks.", "November", "the-november-paris-attacks",
      dt.date(2016, 3, 19), kind="date", date="2015-11"),
    P("Delegates praised the December Paris accord.", "December", "the-december-paris-accord", dt.date(2016, 3, 19),
      kind="date", date="2015-12"),
]

#: `days of` / `hours of` a noun after `after`, `during`, `amid`: a vague span (TimeML PXD, PTXH).
PLURAL_OF = [
    P("The deal came after days of haggling.", "days", "after-days-of", kind="duration", duration="PXD"),
    P("Talks broke down amid hours of shouting.", "hours", "amid-hours-of", kind="duration", duration="PTXH"),
    P("Several were hurt during days of fighting.", "days", "during-days-of", kind="duration", duration="PXD"),
]

#: `overnight Tuesday` is one row (that day's night); `the Jan. 21-31 period` a day range; `the summer was` a
#: season with no preposition (not `the fall was`, a decline).
DAY_FORMS = [
    P("Heavy snow will reach the city overnight Tuesday.", "overnight Tuesday", "overnight-weekday", dt.date(2016, 1, 11),
      kind="date", date="2016-01-12TNI"),
    P("Rain fell overnight, officials said.", "overnight", "overnight-alone-unchanged", kind="date", date="1998-01-06TNI"),
    P("Car sales in the Jan. 21-31 period fell.", "Jan. 21-31", "the-day-range-period", dt.date(1988, 2, 2), kind="date",
      date="1988-01-21/1988-01-31"),
    P("Forecasters said the summer was likely to be drier.", "the summer", "the-summer-was", dt.date(2019, 12, 17),
      kind="date", date="2019-SU"),
    P("Officials hope the winter will be mild.", "the winter", "the-winter-will", dt.date(2019, 12, 17), kind="date",
      date="2019-WI"),
    X("The council meets on the first Monday of every month.", "the first Monday of every month", "nth-weekday-of-every-month",
      "an nth weekday of a repeated month is one set in TimeML (XXXX-XX-WXX-1 with its quantity); read as `first`, "
      "`Monday` and the set `every month` (found by lang-en5-dev, the lead's spot check)", kind="set"),
]

CASES = DAY_FORMS + TENSE_CUES + DURATION_JOIN + QUARTERS + LONG_ADJ + ATTRIBUTIVE_MONTHS + PLURAL_OF


@pytest.mark.parametrize("text, span, want, ref", CASES)
def test_timeml5_forms(text: str, span: str, want: dict, ref: dt.date) -> None:
    start = text.index(span)
    assert_span_row(text, find_temporal(text, ref), start, span, want)


#: Days of a noun that are events or measures, names with a month, are no temporal rows.
NO_ROW = [
    pytest.param("Unions held rallies and days of action.", "days", id="days-of-action"),
    pytest.param("Refiners sit with days of forward cover.", "days", id="days-of-cover-a-measure"),
    pytest.param("June Carter sang at the fair.", "June", id="june-a-name"),
    pytest.param("The fall was the steepest in a decade.", "fall", id="the-fall-was-a-decline"),
    pytest.param("Fans cheered April Smith on stage.", "April", id="april-a-name"),
]


@pytest.mark.parametrize("text, span", NO_ROW)
def test_no_row(text: str, span: str) -> None:
    assert_no_row(text, find_temporal(text, REF), span)
