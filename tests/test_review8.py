"""Regressions found by the end-of-session review of the 8th session (each was a bug on main)."""

from __future__ import annotations

import numfacts


def test_day_range_takes_only_a_whole_article() -> None:
    """`sunbathe 4 to 6 May`: the `the` ending a word is no article of the range."""
    df = numfacts.extract("Tourists sunbathe 4 to 6 May on the beach.", reference_date="2020-06-15")
    assert list(df.text) == ["4 to 6 May"]
    df = numfacts.extract("The festival runs from the 3rd to the 17th of August.", reference_date="2020-06-15")
    assert list(df.text) == ["the 3rd to the 17th of August"]


def test_grouped_count_before_times_is_one_count() -> None:
    df = numfacts.extract("The heart beats 1,200 times a minute.", reference_date="2020-06-15")
    assert list(zip(df.text, df.kind)) == [("1,200", "count"), ("a minute", "set")]
