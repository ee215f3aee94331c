"""The table: `to_frame` builds the same frame, values and dtypes, as the plain construction
(records, then each column cast to its contract dtype), which it replaces for speed (issue #14)."""

from __future__ import annotations

import dataclasses
import json
import pathlib

import pandas as pd
import pytest

from numfacts.mention import COLUMNS, DTYPES, KINDS, QUALIFIERS, Mention
from numfacts.pipeline import extract_document
from numfacts.table import empty_frame, to_frame

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "wikinews.jsonl"


def reference_frame(mentions: list[Mention]) -> pd.DataFrame:
    """The frame built the slow, obvious way: object records, then `astype` per column."""
    records = pd.DataFrame([dataclasses.astuple(m) for m in mentions], columns=list(COLUMNS), dtype=object)
    categories = {"kind": KINDS, "qualifier": QUALIFIERS}
    out = {}
    for name in COLUMNS:
        dtype = pd.CategoricalDtype(list(categories[name])) if name in categories else DTYPES[name]
        column = records[name].astype(object).where(records[name].notna(), None)
        out[name] = column.astype(dtype)
    return pd.DataFrame(out, columns=list(COLUMNS))


def _mention(**fields: object) -> Mention:
    base = {c: None for c in COLUMNS}
    base.update(doc_id="d", sentence_id=0, start=0, end=2, text="12", kind="count", qualifier="=", sentence="12")
    base.update(fields)
    return Mention(**base)


def _corpus_documents(n: int) -> list[list[Mention]]:
    with open(CORPUS, encoding="utf-8") as fh:
        docs = [json.loads(line) for _, line in zip(range(n), fh)]
    return [extract_document(d["text"], doc_id=str(d["id"]), reference_date=d.get("date")) for d in docs]


CASES = [
    pytest.param([], id="empty"),
    pytest.param([_mention()], id="one-row-mostly-missing"),
    pytest.param([_mention(value=12.0, low=10.0, high=14.5, unit="km", entity="road", lang="en"),
                  _mention(kind="date", qualifier="range", date="2016-12-11", text="Sunday, 11 December"),
                  _mention(kind="percent", value=-0.5, qualifier="<=", text="é 😀 \u2028 \x00")], id="every-kind-of-cell"),
]


@pytest.mark.parametrize("mentions", CASES)
def test_to_frame_equals_the_plain_construction(mentions: list[Mention]) -> None:
    got = to_frame(mentions)
    pd.testing.assert_frame_equal(got, reference_frame(mentions), check_exact=True)
    assert [str(t) for t in got.dtypes] == [str(t) for t in reference_frame(mentions).dtypes]


def test_to_frame_equals_the_plain_construction_on_news() -> None:
    for mentions in _corpus_documents(40):
        got, want = to_frame(mentions), reference_frame(mentions)
        pd.testing.assert_frame_equal(got, want, check_exact=True)
        assert list(got.dtypes) == list(want.dtypes)


def test_frames_do_not_share_their_column_labels() -> None:
    """Each frame has its own column Index: renaming one frame's columns leaves every other alone."""
    a, b = to_frame([_mention()]), to_frame([_mention()])
    a.columns.name = "changed"
    a.columns = [c.upper() for c in a.columns]
    assert b.columns.name is None and list(b.columns) == list(COLUMNS)
    assert list(empty_frame().columns) == list(COLUMNS)


def test_string_columns_are_independent() -> None:
    """The string columns are slices of one Arrow array: editing one leaves the others unchanged."""
    df = to_frame([_mention(unit="km", entity="road"), _mention(unit="mi")])
    df.loc[0, "unit"] = "m"
    assert df["unit"].tolist() == ["m", "mi"] and df["entity"].tolist() == ["road", pd.NA]
    assert df["text"].str.len().tolist() == [2, 2]
