"""Forms of news found while scoring temporal-timeml8-dev (issue #10, round 9: 1992-2009 agency and broadcast news in
new registers: almanacs, forecasts, crop and retail reports, legislatures, OPEC, hurricanes, company histories), one
named list per family, sentences of their own (not the gold's): each case asserts the real row (span, kind, value);
known gaps stay visible as strict xfails."""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.temporal import find_temporal
from tests.finder_checks import assert_span_row, dated_cases

REF = dt.date(2009, 3, 11)  # a Wednesday


P, X = dated_cases(REF)


#: `a.m.` before a zone written in capitals ends no sentence (as numfacts.sentences reads it): the day after the zone
#: takes the sentence's tense (`due out at 8:30 a.m. EST Friday` is the coming Friday).
ZONED_CLOCKS = [
    P("The figures are due out at 8:30 a.m. EST Friday.", "8:30 a.m. EST Friday", "due-out-zone-friday", kind="time",
      date="2009-03-13T08:30-05:00"),
    P("The index will be published at 10 a.m. GMT Monday.", "10 a.m. GMT Monday", "will-zone-monday", kind="time",
      date="2009-03-16T10:00Z"),
    P("Trading was halted at 2 p.m. EDT Monday.", "2 p.m. EDT Monday", "past-zone-monday", kind="time",
      date="2009-03-09T14:00-04:00"),
]

#: A clock with no day in a future sentence does not take a past day of the sentence before (it stays on the
#: reference date); in a past sentence it still does.
CLOCK_DAYS = [
    P("The storm hit the coast on Monday. The next bulletin will be issued at 5 p.m. EDT.", "5 p.m. EDT",
      "future-clock-not-past-day", kind="time", date="2009-03-11T17:00-04:00"),
    P("The storm hit the coast on Monday. Winds reached 90 mph at 5 p.m. EDT.", "5 p.m. EDT", "past-clock-past-day",
      kind="time", date="2009-03-09T17:00-04:00"),
]

#: Cues of a plan: `likely to`; `agreed to` only past a day written between (`agreed early Tuesday to cut output from
#: April 1`, the day itself stays past; `agreed to the quotas in July` and `agreed to buy it on Monday` stay past), a timetable verb in a relative clause (`the fiscal year that begins July 1`); a word in -ed after
#: `the`/`its` is an adjective, no past cue (`the demilitarized zone`), after `a` it stays one.
PLAN_CUES = [
    P("Aides said he was likely to call a special session in the fall.", "the fall", "likely-to", kind="date",
      date="2009-FA"),
    P("Ministers agreed early Tuesday to raise output from April 1.", "April 1", "agreed-day-to", kind="date",
      date="2009-04-01"),
    P("Ministers agreed early Tuesday to raise output from April 1.", "early Tuesday", "agreed-day-itself-past",
      kind="date", date="2009-03-10"),
    P("The Commission agreed to the quotas with China in July.", "July", "agreed-to-noun-stays-past", kind="date",
      date="2008-07"),
    P("The company agreed to buy the app for $1 billion on Monday.", "Monday", "agreed-to-deal-day-stays-past",
      kind="date", date="2009-03-09"),
    P("Lawmakers passed a budget for the fiscal year that begins July 1.", "July 1", "that-begins", kind="date",
      date="2009-07-01"),
    P("He now plans to cross the demilitarized zone on Friday.", "Friday", "ed-adjective-after-the", kind="date",
      date="2009-03-13"),
    P("Troops crossed the demilitarized zone on Friday.", "Friday", "ed-adjective-past-verb-stays", kind="date",
      date="2009-03-06"),
    P("Allen told staff in a videotaped message Monday that the cuts would begin.", "Monday", "ed-after-a-stays-past",
      kind="date", date="2009-03-09"),
]

#: A month before the figures it names is the last such month (the reference month included); capitalised `March` and
#: `May` are months there. Other nouns keep the tense's month.
REPORT_MONTHS = [
    P("Traders await the February jobs report, due Friday.", "February", "jobs-report", kind="date", date="2009-02"),
    P("Economists expect March sales to rise 2 percent.", "March", "march-sales", kind="date", date="2009-03"),
    P("May retail sales fell 1 percent.", "May", "may-retail-sales", ref=dt.date(2009, 6, 12), kind="date",
      date="2009-05"),
    P("The bank will publish its August trade figures next week.", "August", "august-trade-figures", kind="date",
      date="2008-08"),
    P("The June meeting will decide on rates.", "June", "june-meeting-future", kind="date", date="2009-06"),
]

#: Dates anchored on a date of the text: `that year` takes the year last named (this or the previous sentence),
#: `the end of the decade` a decade named there.
ANCHORED = [
    P("In 1994 the firm moved to Texas. That year, sales doubled.", "That year", "that-year", kind="date", date="1994"),
    P("She joined in March 2001 and later that year became editor.", "that year", "that-year-of-a-month",
      kind="date", date="2001"),
    P("He seized power in a coup in 2002. When protests broke out on April 13 of that year, he fled.", "that year",
      "that-year-after-of", kind="date", date="2002"),
    P("In the 1960s few homes had two cars; by the end of the decade, many did.", "the end of the decade",
      "end-of-named-decade", kind="date", date="196"),
    P("In the 1960s sales grew. By the end of the decade they had doubled.", "the end of the decade",
      "end-of-decade-previous-sentence", kind="date", date="196"),
    P("Output will double by the end of the decade.", "the end of the decade", "end-of-this-decade", kind="date",
      date="200"),
]

#: Years: a model year; a year or split year named a fiscal year is that fiscal year (FY of its end, one row);
#: `the year 2012` keeps its words; a split year of a season stays a range.
YEARS = [
    P("Ford will start selling its 2010 models in August.", "2010", "model-year", kind="date", date="2010"),
    P("The budget for the 2008-09 fiscal year is late.", "the 2008-09 fiscal year", "split-fiscal-year", kind="date",
      date="FY2009"),
    P("Profit rose in the 2007 fiscal year.", "the 2007 fiscal year", "year-fiscal-year", kind="date", date="FY2007"),
    P("The monument should be finished by the year 2012.", "the year 2012", "the-year-yyyy", kind="date", date="2012"),
    P("The 2008-09 season was a wash.", "2008-09", "split-season-stays", kind="date", date="2008/2009"),
    P("Jazz of the 20s filled the hall.", "20s", "bare-twenties", kind="date", date="192"),
    P("Ten years ago tonight, the guards opened the gates.", "Ten years ago tonight", "ago-tonight", kind="date",
      date="1999-03-11TNI"),  # one row since round 10 (tests/test_temporal_timeml9.py)
]

#: Gaps found in the file, not worth a rule yet.
GAPS = [
    X("Thursday, snow tapering to flurries, highs near 30.", "Thursday", "forecast-fragment",
      "a forecast's verbless fragment has no tense cue, and a weekday without one is the last", kind="date",
      date="2009-03-12"),
    X("The agency issues its next report on June 10 and its harvest estimate on Thursday.", "Thursday",
      "coordinated-day-no-cue", "no cue in reach (`issues` is no timetable verb, and it is too far): the last Thursday",
      kind="date", date="2009-03-12"),
    X("As the century draws to a close, we look back.", "the century", "the-century-bare",
      "`the century` alone is not read (`the crime of the century`)", kind="date", date="20"),
    X("What will the next century bring?", "the next century", "next-century-date",
      "read as the duration P100Y, as `over the next decade` is", kind="date", date="21"),
    X("She last week called 2008 her worst year.", "2008", "year-as-object",
      "a bare year after a verb is not read (it may be a count)", kind="date", date="2008"),
]

CASES = ZONED_CLOCKS + CLOCK_DAYS + PLAN_CUES + REPORT_MONTHS + ANCHORED + YEARS + GAPS


@pytest.mark.parametrize("text, span, want, ref", CASES)
def test_timeml8_forms(text: str, span: str, want: dict, ref: dt.date) -> None:
    start = text.index(span)
    assert_span_row(text, find_temporal(text, ref), start, span, want)


#: No date row: temperatures in a forecast (`lows in the 20s`), `May`/`may` the verb (not before figures), `That year`
#: with no year before it.
NO_DATE = [
    pytest.param("Snow developing, with lows in the 20s.", id="lows-in-the-20s"),
    pytest.param("Highs in the 80s on the coast.", id="highs-in-the-80s"),
    pytest.param("Temperatures will stay in the 90s.", id="temperatures-in-the-90s"),
    pytest.param("Wind chills in the 30s are likely.", id="wind-chills"),
    pytest.param("May they prosper, he said; sales may fall.", id="may-verb-not-before-figures"),
    pytest.param("That year was hard for everyone.", id="that-year-unanchored"),
]


@pytest.mark.parametrize("text", NO_DATE)
def test_timeml8_no_date(text: str) -> None:
    rows = [(text[f.start:f.end], f.date) for f in find_temporal(text, REF) if f.kind == "date"]
    assert rows == [], rows
