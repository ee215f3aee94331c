"""The temporal scan's pre-tests at words (`patterns.PRETESTS` for `a`, `an`, prepositions,
determiners, ordinals, `May` and `March`; issue #14): each is a necessary condition of the branch it
guards, so the gate keeps the branch that trying every branch in turn picks. Word-led texts drawn by
hypothesis, and hand-picked forms every branch starts with there; news and hostile texts are read by
tests/test_fast_paths.py (`_pretests_hold` reads every key of PRETESTS)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from numfacts._regex import caseless
from numfacts.temporal.patterns import BRANCH_RE, DISPATCH, GATES, PRETESTS, compact
from tests.test_fast_paths import SETTINGS, _pretests_hold

WORD_LED = st.lists(st.sampled_from([
    "a", "an", "A", "An", "AN", "in", "In", "IN", "by", "for", "on", "On", "at", "since", "from", "after", "before",
    "until", "till", "during", "through", "throughout", "into", "the", "this", "that", "its", "his", "her", "their",
    "our", "my", "your", "first", "second", "third", "fourth", "fifth", "last", "final", "May", "may", "MAY", "March",
    "march", "excess", "of", "estimated", "whole", "entire", "few", "quarter", "quarters", "half", "-half", "dozen",
    "hundred", "thousand", "other", "times", "year", "years", "year-end", "year end", "week", "weeks", "day", "days",
    "month", "months", "hour", "hours", "h", "decade", "night", "morning", "weekend", "fortnight", "Monday", "Mondays",
    "Friday", "summer", "fall", "winter", "spring", "period", "century", "fiscal", "qtr", "least", "most",
    "decade-long", "-long", "-and-a-half", "and", "or", "to", "-", "–", "ago", "later", "earlier", "past", "every",
    "each", "two", "twenty-one", "one", "consecutive", "straight", "2016", "1990s", "15th", "3", "2.5", "12,000",
    "November", "Nov.", "Sept", "June", "the 15th", "was", "will", ",", ".", "\n", " ", "(", ")", "'s",
    "over", "Over", "about", "more", "than", "within", "up", "nearly", "approx.", "well", "upwards", "not", "no",
    "less", "some", "between", "around", "400,000", "people", "1,000-year", "2.5-hour", "over-and-a-half",
]), max_size=25)


@SETTINGS
@given(pieces=WORD_LED, glue=st.sampled_from([" ", "", "-", "  "]))
@example(pieces=["in", "excess", "of", "20", "years"], glue=" ")
@example(pieces=["Over", "400,000", "people", "over", "2.5-hour", "more", "than", "1,000-year", "within", "3", "quarters"], glue=" ")
@example(pieces=["an", "estimated", "3", "years"], glue=" ")
@example(pieces=["a", "quarter", "past", "seven"], glue=" ")
@example(pieces=["a-and-a-half", "years"], glue=" ")
@example(pieces=["at", "least", "5", "days", "at", "most", "a", "week"], glue=" ")
@example(pieces=["its", "decade-long", "war", "this", "2016", "budget"], glue=" ")
@example(pieces=["last", "week,", "Friday", "last", "night", "last", "year-end", "last", "November"], glue=" ")
@example(pieces=["the", "first", "week", "of", "March", "the", "last", "Friday", "of", "May"], glue=" ")
@example(pieces=["first", "quarter", "second-half", "third", "century", "fourth", "of", "July"], glue=" ")
@example(pieces=["May", "2016", "may", "2016", "March-May", "May", "3-5"], glue=" ")
@example(pieces=["on", "Mondays", "on", "Monday", "next", "week", "on", "the", "15th"], glue=" ")
@example(pieces=["in", "the", "year", "2000", "in", "the", "summer", "in", "the", "quarter", "for", "years"], glue=" ")
@example(pieces=["a", "hundred", "times", "a", "year", "a", "two", "day", "an", "other", "week"], glue=" ")
@example(pieces=["a", "few", "years", "a", "whole", "day", "an", "entire", "week", "a", "2016", "report"], glue=" ")
@example(pieces=["a", "-", "3", "year", "a", "–", "two", "week", "a", "to", "three", "hour"], glue=" ")
@example(pieces=["the", "summer", "was", "hot", "by", "year", "end", "since", "1990"], glue=" ")
def test_word_pretests_pass_every_branch_match(pieces: list[str], glue: str) -> None:
    _pretests_hold(glue.join(pieces))


#: One text per branch and word it starts with, in the forms the branch is written for.
STARTS = [
    "a week ago", "an hour earlier", "a half hour ago", "a dozen years later", "a quarter century ago",
    "a year", "an hour", "a day", "a week", "an other day", "a 3 day", "a three day", "a Monday",
    "a quarter to seven", "a few days", "a whole year", "an entire week", "a 2016 survey",
    "a-and-a-half years", "an estimated 12 years", "a-3 years", "a 10-year plan",
    "in 2016", "in the year 2000", "in year 2000", "in June", "in the summer,", "in summer.", "in years",
    "in the quarter,", "in excess of 10 years", "by 1990", "by Jan. 5", "by year-end", "by next year end",
    "for weeks", "for the year,", "scheduled for May", "on Sundays", "on Friday next week", "on the 3rd.",
    "at least 3 days", "at most two weeks", "at 2300 GMT", "since the summer.", "from 1990 to 1995",
    "during the period.", "throughout 2016", "into 2017", "until the 15th.", "through March",
    "its decade-long war", "that 2016 law", "this week, Monday", "this year-end", "this June", "his 2009 book",
    "first week of March", "the last Friday in May", "first of May", "second quarter", "fourth-quarter",
    "third century", "last week on Monday", "last night", "last year-end", "last November", "last years",
    "final quarter", "May 2016", "May 3", "May-June", "MAY 5", "March 3-5", "March 2016",
    "over 400,000 people", "Over 3 years", "over the past two years", "over  400 years", "over three quarters",
    "within 11 quarters", "within 2 quarters", "more than 48 hours", "approx. 3 days", "over-and-a-half years",
    "about 300 people", "more than 1,000-year", "over 2.5-hour", "upwards of 10 years", "not more than 5 days",
    "well over a decade", "up to 12 months", "between 3 and 5 years", "around 20 minutes", "some two-and-a-half hours",
]


@pytest.mark.parametrize("text", STARTS, ids=STARTS)
def test_each_start_form_passes_its_pretests(text: str) -> None:
    """At the start of each form, a branch that matches there passes its pre-test (and a form
    matched by none still holds: the gate keeps what the one-by-one try picks)."""
    _pretests_hold(text)
    key = text.split()[0].split("-")[0].lower()
    tests = PRETESTS.get(key, {})
    for name in DISPATCH.get(key, ()):
        if name in tests and BRANCH_RE[name].match(text):
            assert re.compile(caseless(tests[name])).match(text), (name, text)


def test_every_word_key_has_a_gate() -> None:
    """Every key with pre-tests compiles its gate, and each pre-test is written for a branch the key
    dispatches (or is shared by keys that do)."""
    for key, tests in PRETESTS.items():
        assert GATES[key] is not None, key
        for name in tests:
            re.compile(compact(tests[name]))
        assert any(name in tests for name in DISPATCH[key]), key


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of `pattern` (VERBOSE) can start with, or None when an alternative starts
    with anything but a literal or a class of literals (then no look-ahead can stand before it)."""
    from re import _constants as c
    from re import _parser

    def first(items: list) -> set[str] | None:
        if not items:
            return None
        op, av = items[0]
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            out: set[str] = set()
            for kind, arg in av:
                if kind is c.LITERAL:
                    out.add(chr(arg))
                elif kind is c.RANGE:
                    out.update(chr(x) for x in range(arg[0], arg[1] + 1))
                else:
                    return None
            return out
        if op is c.SUBPATTERN:
            return first(list(av[-1]))
        if op is c.BRANCH:
            sets = [first(list(b)) for b in av[1]]
            return None if any(s is None for s in sets) else set().union(*sets)
        return None

    return first(list(_parser.parse(pattern, re.VERBOSE)))


def test_unit_look_ahead_admits_every_unit() -> None:
    """`_UNIT_AHEAD` (the pre-tests' UNIT behind a look-ahead at `UNIT_FIRST`) matches where UNIT does: every
    alternative of UNIT starts with one of those letters (a unit word added with another first letter
    fails here until UNIT_FIRST names it too)."""
    from numfacts.temporal.patterns import _UNIT_AHEAD, UNIT, UNIT_FIRST

    starts = _first_chars(UNIT)
    assert starts is not None and {ch.lower() for ch in starts} <= set(UNIT_FIRST), starts
    assert _first_chars("(?:ab|[cd]e)") == {"a", "c", "d"} and _first_chars("(?:ab|\\w)") is None  # the check can fail
    for word in ("years", "yr", "months", "mths", "mos", "weeks", "wk", "days", "hours", "hrs", "minutes", "min",
                 "seconds", "secs", "decades", "century", "centuries", "fortnight", "millennia", "h", "Years", "DAYS"):
        assert bool(re.compile(compact(UNIT)).match(word)) == bool(re.compile(compact(_UNIT_AHEAD)).match(word)) is True, word
