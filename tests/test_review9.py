"""Regressions found by the end-of-session review of the 9th session (each was a bug on main)."""

from __future__ import annotations

import pandas as pd
import pytest

import numfacts

REF = "2020-06-15"


def _rows(text: str, lang: str | None = None) -> list[tuple]:
    df = numfacts.extract(text, reference_date=REF, lang=lang)
    return [tuple(None if v is pd.NA else v for v in row)
            for row in zip(df.text, df.kind, df.qualifier, df.change, df.role, strict=True)]


@pytest.mark.parametrize("text, figure", [
    ("For the first time more than 10,000 people attended.", "more than 10,000"),
    ("At the time more than 40% of voters backed it.", "more than 40%"),
    ("By that time more than 500 had signed.", "more than 500"),
], ids=["first-time", "at-the-time", "by-that-time"])
def test_time_without_a_number_is_no_size_before_a_bound(text: str, figure: str) -> None:
    """`times` compares only after a number (`three times more than 200`): `the first time more than` keeps `>`."""
    assert (figure, ">") in [(t, q) for t, _, q, *_ in _rows(text)]


def test_times_after_a_number_still_compares() -> None:
    assert ("200", "count", "=", None, None) in _rows("Sales were three times more than 200 units.")


@pytest.mark.parametrize("text", ["The drop was 40 metres.", "The jump was 8.95 metres.", "The fall was 2,000 feet."],
                         ids=["drop", "jump", "fall"])
def test_copula_after_a_change_noun_makes_no_change_of_a_measure(text: str) -> None:
    """`The drop was 40 metres`: a height, not the size of a fall (`growth was 6.8%` still is)."""
    assert [r[3] for r in _rows(text)] == [None]


def test_copula_after_a_change_noun_still_gives_the_size_of_a_percentage() -> None:
    assert _rows("Organic growth was 6.8%.")[0][3:] == ("up", "by")


def test_nth_to_last_is_no_day_before_an_infinitive() -> None:
    """`the 2nd to last day`: an ordinal (`on the 14th to decide` stays a date)."""
    assert _rows("The bill passed on the 2nd to last day of the session.")[0][:2] == ("2nd", "ordinal")
    assert _rows("The board meets again on the 14th to decide.")[0][:2] == ("the 14th", "date")


def test_until_after_points_ahead_only_after_a_delay() -> None:
    df = numfacts.extract("The law stayed in force until after May 5.", reference_date=REF)
    assert list(df.date) == ["2020-05-05"]
    df = numfacts.extract("The hearing was postponed until after the Labor Day holiday.", reference_date=REF)
    assert list(df.date) == ["2020-09-07"]


@pytest.mark.parametrize("text, value, duration", [
    ("Take the pill three times daily.", 3.0, "P1D"),
    ("Take the pill twice weekly.", 2.0, "P1W"),
    ("Take the pill three times a day.", 3.0, "P1D"),
], ids=["three-times-daily", "twice-weekly", "three-times-a-day"])
def test_frequency_before_an_adverb_set_keeps_its_count(text: str, value: float, duration: str) -> None:
    df = numfacts.extract(text, reference_date=REF)
    assert list(zip(df.kind, df.value, df.duration)) == [("set", value, duration)]


def test_after_phrase_before_another_change_noun_is_no_old_level() -> None:
    """es `tras el 2 % de aumento`: the size of another change; `tras el 5,2 % de noviembre` stays the level before."""
    rows = _rows("Las ventas subieron un 5 % tras el 2 % de aumento de los precios.", "es")
    assert ("2 %", "percent", "=", None, None) in rows
    rows = _rows("Los precios subieron un 4,9 % en diciembre, tras el 5,2 % de noviembre.", "es")
    assert ("5,2 %", "percent", "=", "up", "from") in rows


def test_statistic_name_before_a_noun_is_a_modifier() -> None:
    """`5 relative risk factors`: a count of factors; `a 1.8 odds ratio` stays a ratio."""
    assert _rows("The study identified 5 relative risk factors.")[0][:2] == ("5", "count")
    assert _rows("The trial reported a 1.8 odds ratio.")[0][:2] == ("1.8", "ratio")
