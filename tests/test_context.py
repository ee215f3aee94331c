"""Context rules of numfacts.context: ages in years and group sizes (`15,000-strong workforce`).

Each case: a sentence, the mention's text, and the fields it must have.
"""

from __future__ import annotations

import pandas as pd
import pytest

import numfacts


def row_of(text: str, surface: str) -> dict:
    df = numfacts.extract(text, reference_date="2020-06-01")
    hits = [r for r in df.to_dict("records") if r["text"] == surface]
    assert hits, f"no row {surface!r} in {list(df['text'])}"
    return {k: (None if v is pd.NA else v) for k, v in hits[0].items()}


AGES = [
    pytest.param("Among voters under 30, 60% backed him.", "under 30",
                 dict(kind="measure", unit="year", value=30.0, high=30.0, qualifier="<", entity="voters"),
                 id="voters-under"),
    pytest.param("People over 65 were vaccinated first.", "over 65",
                 dict(kind="measure", unit="year", low=65.0, qualifier=">", entity="People"), id="people-over"),
    pytest.param("People aged under 30 were less likely to vote.", "under 30",
                 dict(kind="measure", unit="year", high=30.0, qualifier="<", entity="People"), id="aged-under"),
    pytest.param("Children under 5 were most at risk.", "under 5",
                 dict(kind="measure", unit="year", qualifier="<", entity="Children"), id="children-under"),
    pytest.param("A man aged 45 was arrested.", "45", dict(kind="measure", unit="year", value=45.0, entity="man"),
                 id="man-aged"),
    pytest.param("Adults aged 18 to 29 were asked.", "18 to 29",
                 dict(kind="measure", unit="year", low=18.0, high=29.0, qualifier="range", entity="Adults"),
                 id="aged-range"),
    pytest.param("The voting age of 18 stays.", "18", dict(kind="measure", unit="year", value=18.0, entity=None),
                 id="age-of"),
    pytest.param("People older than 70 may apply.", "older than 70",
                 dict(kind="measure", unit="year", low=70.0, qualifier=">", entity="People"), id="older-than"),
]

NOT_AGES = [
    pytest.param("Under 30 people attended.", "Under 30", dict(kind="count", entity="people"), id="under-n-people"),
    pytest.param("Over 65 people died.", "Over 65", dict(kind="count", entity="people"), id="over-n-people"),
    pytest.param("The town has under 300 residents.", "under 300", dict(kind="count", entity="residents"),
                 id="bound-before-noun"),
    pytest.param("Voters cast over 2,000 ballots.", "over 2,000", dict(kind="count", entity="ballots"),
                 id="too-old-to-be-an-age"),
    pytest.param("Shares rose to over 65 cents.", "over 65 cents", dict(kind="money"), id="money"),
]

GROUPS = [
    pytest.param("The company's 15,000-strong workforce will strike.", "15,000-strong",
                 dict(kind="count", value=15000.0, entity="workforce"), id="strong-workforce"),
    pytest.param("A 300-strong crowd gathered outside.", "300-strong", dict(kind="count", entity="crowd"),
                 id="strong-crowd"),
]


@pytest.mark.parametrize("text, surface, want", AGES + NOT_AGES + GROUPS)
def test_context(text: str, surface: str, want: dict) -> None:
    row = row_of(text, surface)
    assert {k: row[k] for k in want} == want
