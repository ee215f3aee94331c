"""Figures in a parenthesis or beside one: the qualifier inside the bracket, the change that runs over
it, and a range of ages or spans with its unit after it (written for the 8th session's probe)."""

from __future__ import annotations

import pandas as pd
import pytest

import numfacts

REF = "2020-06-15"


def _rows(text: str) -> dict[str, tuple]:
    df = numfacts.extract(text, reference_date=REF)
    return {r.text: r for r in df.itertuples()}


# (id, sentence, mention text, qualifier)
QUALIFIED_IN_BRACKETS = [
    ("about-money", "Sales rose 4% (about $12 million) to $310 million.", "about $12 million", "~"),
    ("roughly-percent", "The figure (roughly 40%) was high.", "roughly 40%", "~"),
    ("less-than", "Incidence was low (less than 15 cases) in 1998.", "less than 15", "<"),
    ("more-than-quote", "He said the bill would cost \u201cmore than $2 billion\u201d over a decade.", "more than $2 billion", ">"),
    ("at-least", "The toll (at least 40 people) is expected to rise.", "at least 40", ">="),
]


@pytest.mark.parametrize(("text", "span", "qualifier"), [c[1:] for c in QUALIFIED_IN_BRACKETS],
                         ids=[c[0] for c in QUALIFIED_IN_BRACKETS])
def test_qualifier_inside_a_bracket(text: str, span: str, qualifier: str) -> None:
    rows = _rows(text)
    assert span in rows, sorted(rows)
    assert rows[span].qualifier == qualifier


# (id, sentence, {mention text: (change, role)})
CHANGE_OVER_ASIDES = [
    ("pounds-then-percent", "Prices rose by £1,800 (0.5%) to £368,000.",
     {"£1,800": ("up", "by"), "0.5%": ("up", "by"), "£368,000": ("up", "to")}),
    ("percent-then-money", "Sales rose 4% (about $12 million) to $310 million.",
     {"4%": ("up", "by"), "about $12 million": ("up", "by"), "$310 million": ("up", "to")}),
    ("cents-then-percent", "Ford's stock fell 17 cents (2.1%) to $8 on the exchange.",
     {"17 cents": ("down", "by"), "2.1%": ("down", "by"), "$8": ("down", "to")}),
    ("points-then-percent", "The S&P 500 fell 22 points (1.68%) to 1,270.32.",
     {"1.68%": ("down", "by"), "1,270.32": ("down", "to")}),
    ("baseline-then-level", "Visits increased above baseline levels (0-3%) to 4% and stayed there.", {"4%": ("up", "to")}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CHANGE_OVER_ASIDES], ids=[c[0] for c in CHANGE_OVER_ASIDES])
def test_change_runs_over_a_bracketed_figure(text: str, expected: dict[str, tuple[str, str]]) -> None:
    rows = _rows(text)
    for span, (change, role) in expected.items():
        assert span in rows, sorted(rows)
        assert (rows[span].change, rows[span].role) == (change, role), span


# A bracket that names something (`(VAT)`) is no aside: a change word inside a name does not govern.
def test_a_named_bracket_is_no_aside() -> None:
    rows = _rows("The government is cutting the rate of Value Added Tax (VAT) by 2.5 percentage points, to 15%.")
    assert pd.isna(rows["2.5 percentage points"].change)


# (id, sentence, mention text, kind, low, high, unit)
RANGES_WITH_TIME_UNITS = [
    ("range-in-brackets", "Median age was 47 years (range 34-61 years).", "34-61 years", None, 34.0, 61.0, "year"),
    ("ages-ranged", "Ages ranged from 34 to 61 years.", "from 34 to 61 years", "measure", 34.0, 61.0, "year"),
    ("double-dash-hours", "Illness began 1--96 hours after the meal.", "1--96 hours", "duration", 1.0, 96.0, "hour"),
    ("age-in-days", "The decline in neonatal (age 0-27 days) mortality was greater.", "0-27 days", "measure", 0.0, 27.0, "day"),
    ("years-old", "Those surveyed were 12 to 14 years old.", "12 to 14 years old", "measure", 12.0, 14.0, "year"),
]


@pytest.mark.parametrize(("text", "span", "kind", "low", "high", "unit"), [c[1:] for c in RANGES_WITH_TIME_UNITS],
                         ids=[c[0] for c in RANGES_WITH_TIME_UNITS])
def test_range_keeps_its_time_unit(text: str, span: str, kind: str | None, low: float, high: float, unit: str) -> None:
    rows = _rows(text)
    assert span in rows, sorted(rows)
    r = rows[span]
    assert (r.low, r.high, r.unit) == (low, high, unit)
    if kind:
        assert r.kind == kind


def test_group_name_keeps_its_count() -> None:
    """`13 to 15 year-olds`: the figures name the age group; the unit is not cut out of `year-olds`."""
    rows = _rows("The survey asked 13 to 15 year-olds about their habits.")
    assert "13 to 15 year" not in rows


def test_range_of_spans_has_no_single_iso_duration() -> None:
    rows = _rows("Median age was 47 years (range 34-61 years).")
    assert rows["34-61 years"].duration is None or str(rows["34-61 years"].duration) in ("nan", "None", "<NA>")


# (id, sentence, mention text): the spread of ages stated in a bracket is an age, a measure in years
AGE_SPREADS = [
    ("range-colon", "The median age was 39 years (range: <1--98 years).", "<1--98 years"),
    ("range-less-than", "The median age of patients was 5 years (range: less than 1-87 years), and 53% were female.",
     "1-87 years"),  # the bound word before a range is left out (a range takes no qualifier)
    ("iqr", "Median age was 47 years (IQR = 34–61 years).", "34–61 years"),
]


@pytest.mark.parametrize(("text", "span"), [c[1:] for c in AGE_SPREADS], ids=[c[0] for c in AGE_SPREADS])
def test_spread_of_ages_is_an_age(text: str, span: str) -> None:
    rows = _rows(text)
    assert span in rows, sorted(rows)
    assert (rows[span].kind, rows[span].unit) == ("measure", "year")


# (id, sentence, mention text, entity): a short past form ends the counted phrase, as `-ed` words of five letters do
SHORT_PAST_FORMS = [
    ("died", "Of the 1,204 patients, 41 died and 12 recovered.", "41", "patients"),
    ("man-died", "A 38-year-old man died after the crash.", "38-year-old", "man"),
    ("fled", "Of the 30 prisoners, 14 fled overnight.", "14", "prisoners"),
]


@pytest.mark.parametrize(("text", "span", "entity"), [c[1:] for c in SHORT_PAST_FORMS], ids=[c[0] for c in SHORT_PAST_FORMS])
def test_short_past_form_ends_the_entity(text: str, span: str, entity: str) -> None:
    rows = _rows(text)
    assert rows[span].entity == entity
