"""Invariants that hold for any text: hypothesis generates it, the extractor must not break.

For every input: extraction never raises; every row's text is `document[start:end]`; spans are
non-empty; the row's sentence contains its mention; kind and qualifier are in the contract's
vocabulary.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import numfacts
from numfacts.mention import KINDS, QUALIFIERS

NEWSY = st.sampled_from([
    "78,000", "more than", "400,000 people", "$2.5 billion", "93 percent", "December 11, 2016",
    "Sunday", "48 hours", "about", "-19C", "one in five", "between 300 and 400", "F-16", "COVID-19",
    "Dec. 12", "U.S.", "Gen.", "\r\n", "\t", "\u00a0", "🙂", "e\u0301", "مرحبا", "(", ")", "“", "”", "'",
    "10-15%", "£350m", "3-1", "No. 10", "4:17 a.m.", "mid-November", "last year", "2,124 civilians",
    ".", ",", " ", "\n\n", "twenty-one", "half a million", "1/2", "%", "$", "€", "km", "minus",
    # hostile characters (issue #6): NUL, replacement char, BOM, zero-width and bidi marks, line and
    # paragraph separators, full-width and Arabic-Indic digits, a lone CR
    "\x00", "\ufffd", "\ufeff", "\u200b", "\u200f", "\u202e", "\u2028", "\u2029", "１２", "٣٤", "\r",
])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(NEWSY, max_size=40).map(" ".join),
    st.lists(st.one_of(NEWSY, st.text(max_size=5)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, ref=st.sampled_from([None, "2016-12-11", "2000-02-29"]))
def test_rows_are_well_formed(text: str, ref: str | None) -> None:
    df = numfacts.extract(text, reference_date=ref, doc_id="h")
    for row in df.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.text
        assert row.text in row.sentence
        sentence_start = text.find(row.sentence)
        assert sentence_start >= 0
        assert row.kind in KINDS
        assert row.qualifier in QUALIFIERS


@settings(max_examples=100, deadline=None)
@given(text=TEXTS)
def test_rows_do_not_overlap(text: str) -> None:
    df = numfacts.extract(text, reference_date="2016-12-11")
    spans = sorted(zip(df.start, df.end))
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        assert a1 <= b0, f"overlapping rows {text[a0:a1]!r} and {text[b0:b1]!r}"
