"""Ranges of everyday news found by a probe of temporal-probe11-dev (issue #10, branch probe11): a week modifier after
a weekday range governs both ends, parts of the day and clocks with their days at both ends, a capitalised `March`/
`May` after a period noun and `to` as a month, month-day ranges across a month or a year end joined by a dash. One
named list per family, sentences of their own (not the gold's); known gaps stay visible as strict xfails. A property
test checks the range invariant: the high end is resolved from the low end and never falls before it."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from numfacts.temporal import find_temporal
from tests.finder_checks import assert_span_row, dated_cases

REF = dt.date(2021, 9, 8)  # a Wednesday


P, X = dated_cases(REF)


#: `Tuesday to Thursday last week`: the week modifier after the range governs both ends.
WEEK_RANGES = [
    P("The summit ran from Tuesday to Thursday last week.", "Tuesday to Thursday last week", "last-week",
      kind="date", date="2021-08-31/2021-09-02", qualifier="range"),
    P("Strikes are planned Wednesday through Friday next week.", "Wednesday through Friday next week", "next-week",
      kind="date", date="2021-09-15/2021-09-17"),
    P("Markets were shut between Monday and Wednesday last week.", "Monday and Wednesday last week",
      "between-and", kind="date", date="2021-08-30/2021-09-01"),
    P("The show will tour Thursday-Saturday next week.", "Thursday-Saturday next week", "dash", kind="date",
      date="2021-09-16/2021-09-18"),
    P("From Monday to Friday this week, prices rose.", "Monday to Friday this week", "this-week-initial",
      kind="date", date="2021-09-06/2021-09-10"),
    P("The talks will run from Friday to Monday.", "Friday to Monday", "no-modifier-future", kind="date",
      date="2021-09-10/2021-09-13"),
    P("The ferry was suspended from Saturday to Tuesday.", "Saturday to Tuesday", "no-modifier-past", kind="date",
      date="2021-09-04/2021-09-07"),
]

#: Parts of the day at both ends of a range keep TimeML's part (`...TNI/...TMO`).
PART_RANGES = [
    P("Snow fell from Sunday night to Tuesday morning.", "Sunday night to Tuesday morning", "night-morning-past",
      kind="date", date="2021-09-05TNI/2021-09-07TMO"),
    P("The road will be shut from Friday evening until Monday morning.", "Friday evening until Monday morning",
      "evening-morning-future", kind="date", date="2021-09-10TEV/2021-09-13TMO"),
    P("Trading was halted from Thursday afternoon to Friday.", "Thursday afternoon to Friday", "part-to-day",
      kind="date", date="2021-09-02TAF/2021-09-03"),
    P("Rioting broke out on the night of Saturday to Sunday.", "the night of Saturday to Sunday", "night-of-two-days",
      kind="date", date="2021-09-04TNI", qualifier="="),
    P("Talks ended on the night of 6-7 September.", "the night of 6-7 September", "night-of-two-dates", kind="date",
      date="2021-09-06TNI"),
]

#: A clock and its day at both ends: one `time` range row, the high end after the low end.
CLOCK_DAY_RANGES = [
    P("Trains will not run between 11 p.m. Friday and 5 a.m. Monday.", "11 p.m. Friday and 5 a.m. Monday",
      "between-future", kind="time", date="2021-09-10T23:00/2021-09-13T05:00", qualifier="range"),
    P("The outage lasted from 9 p.m. Saturday to 3 a.m. Sunday.", "9 p.m. Saturday to 3 a.m. Sunday", "from-to-past",
      kind="time", date="2021-09-04T21:00/2021-09-05T03:00"),
    X("The border stays closed until 6 a.m. Monday.", "6 a.m. Monday", "stays-until-present",
      "a present state verb (`stays`, `remains`) before `until` gives no tense cue: the nearest Monday is read",
      kind="time", date="2021-09-13T06:00"),
]

#: `the year to March`, `the 12 months to May`: a period noun and `to` before a capitalised March/May make it a month
#: (a row of its own, beside the period's duration, as any month after such a period: `the six months to June`).
TO_MONTH = [
    P("Profit fell in the six months to June.", "June", "any-month", kind="date", date="2021-06"),
    P("Profit fell in the six months to June.", "the six months", "period-stays-a-duration", kind="duration",
      duration="P6M"),
    P("Revenue in the year to March rose.", "March", "year-to-month-no-anaphor", kind="date",
      date="2021-03"),
    P("Prices rose 22% in the last 18 months to August.", "August", "words-after-the",
      kind="date", date="2021-08"),
    P("Exports rose 4% in the year to May.", "May", "year-to-may", kind="date", date="2021-05"),
    P("Prices climbed 2.1% in the three months to March.", "March", "months-to-march", kind="date", date="2021-03"),
    P("Retail sales grew in the quarter to May.", "May", "quarter-to-may", kind="date", date="2021-05"),
    P("The index will cover the half-year to March.", "March", "half-year-future", kind="date", date="2022-03"),
]

#: Verbs stay verbs: no date row at `march`/`March`.
TO_MONTH_KEPT = [
    ("They plan to march on the capital.", "march", "lower-case-verb"),
    ("It took them a year to March on Washington.", "March", "verb-object-after"),
    ("Crowds will March to the square.", "March", "modal-verb"),
]

#: Month-day ranges across a month or a year end joined by a dash; the end is the first such day after the start.
DASH_RANGES = [
    P("The fair will be held Dec. 30-Jan. 4.", "Dec. 30-Jan. 4", "year-end-future", kind="date",
      date="2021-12-30/2022-01-04"),
    P("Flights were grounded Aug. 30-Sept. 2.", "Aug. 30-Sept. 2", "month-end-past", kind="date",
      date="2021-08-30/2021-09-02"),
    P("Talks were held Jan. 7-8.", "Jan. 7-8", "one-month-kept", kind="date", date="2021-01-07/2021-01-08"),
    X("The sale runs Dec. 28-Jan. 3.", "Dec. 28-Jan. 3", "runs-present",
      "a present timetable verb with no preposition (`runs Dec. 28`) gives no tense cue: the nearest Dec. 28 is read",
      ref=dt.date(2021, 6, 15), kind="date", date="2021-12-28/2022-01-03"),
]

CASES = WEEK_RANGES + PART_RANGES + CLOCK_DAY_RANGES + TO_MONTH + DASH_RANGES


@pytest.mark.parametrize("text, span, want, ref", CASES)
def test_probe11_forms(text: str, span: str, want: dict, ref: dt.date) -> None:
    start = text.index(span)
    assert_span_row(text, find_temporal(text, ref), start, span, want)


@pytest.mark.parametrize("text, word", [pytest.param(t, w, id=i) for t, w, i in TO_MONTH_KEPT])
def test_probe11_verb_is_no_month(text: str, word: str) -> None:
    at = text.index(word)
    assert not [f for f in find_temporal(text, REF) if f.start <= at < f.end]


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_SENTENCES = ["The talks were held {}.", "The talks will be held {}."]


def _range_row(text: str, span: str):
    rows = [f for f in find_temporal(text, REF) if text[f.start : f.end] == span]
    assert len(rows) == 1 and rows[0].qualifier == "range" and rows[0].date, (span, find_temporal(text, REF))
    return rows[0].date.split("/")


@pytest.mark.parametrize("modifier", ["", " last week", " this week", " next week"])
@pytest.mark.parametrize("word", ["from {} to {}", "between {} and {}", "{} until {}", "{}-{}"])
def test_weekday_ranges_never_end_before_they_start(word: str, modifier: str) -> None:
    """Every pair of different weekdays in every range form, past and future, with and without a week modifier: one
    row; the high end is at most six days after the low end, never before it; a modifier puts both ends in its week."""
    monday = REF - dt.timedelta(days=REF.weekday())
    week = {" last week": monday - dt.timedelta(days=7), " this week": monday, " next week": monday + dt.timedelta(7)}
    for (i, lo), (j, hi) in itertools.permutations(enumerate(_WEEKDAYS), 2):
        if modifier and j < i:
            continue  # `Friday to Monday last week` straddles two weeks: no reading to check
        for sentence in _SENTENCES:
            phrase = word.format(lo, hi) + modifier
            span = phrase.removeprefix("from ").removeprefix("between ")
            a, b = _range_row(sentence.format(phrase), span)
            low, high = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            assert (low.weekday(), high.weekday()) == (i, j), phrase
            assert dt.timedelta(0) < high - low < dt.timedelta(7), (sentence, phrase, a, b)
            if modifier:
                assert low - week[modifier] == dt.timedelta(i), (sentence, phrase, a)


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_month_ranges_never_end_before_they_start(sentence: str) -> None:
    """Every pair of different months (`from November to February` crosses a year end): the high end is the first
    such month after the low end."""
    for (i, lo), (j, hi) in itertools.permutations(enumerate(_MONTHS, 1), 2):
        a, b = _range_row(sentence.format(f"from {lo} to {hi}"), f"{lo} to {hi}")
        (y1, m1), (y2, m2) = map(int, a.split("-")), map(int, b.split("-"))
        assert (m1, m2) == (i, j) and y2 == y1 + (j < i), (lo, hi, a, b)


@pytest.mark.parametrize("form", ["between {} and {}", "from {} to {}", "from {} until {}"])
def test_clock_day_ranges_never_end_before_they_start(form: str) -> None:
    """Clocks with their days at both ends (`between 10 p.m. Friday and 5 a.m. Monday`): one `time` range row whose
    high end comes after its low end, at most a week later."""
    for (lo, hi), (h1, h2) in itertools.product(itertools.permutations(_WEEKDAYS, 2), [("10 p.m.", "5 a.m."),
                                                                                      ("9 a.m.", "6 p.m.")]):
        for sentence in _SENTENCES:
            phrase = form.format(f"{h1} {lo}", f"{h2} {hi}")
            span = phrase.split(" ", 1)[1]
            a, b = _range_row(sentence.format(phrase), span)
            low, high = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
            assert dt.timedelta(0) < high - low < dt.timedelta(days=7), (sentence, phrase, a, b)
