"""Mentions into one pandas DataFrame with the contract's columns and dtypes."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .mention import COLUMNS, DTYPES, KINDS, QUALIFIERS, Mention


def empty_frame() -> pd.DataFrame:
    """The table with no rows, every column typed.

    >>> list(empty_frame().columns[:6])
    ['doc_id', 'sentence_id', 'start', 'end', 'text', 'kind']
    """
    return to_frame([])


def to_frame(mentions: Iterable[Mention]) -> pd.DataFrame:
    """One row per mention, in the given order."""
    rows = [tuple(getattr(m, c) for c in COLUMNS) for m in mentions]
    df = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    for col, dtype in DTYPES.items():
        if dtype == "category":
            continue
        df[col] = df[col].astype(dtype)
    df["kind"] = pd.Categorical(df["kind"], categories=list(KINDS))
    df["qualifier"] = pd.Categorical(df["qualifier"], categories=list(QUALIFIERS))
    return df
