"""Mentions into one pandas DataFrame with the contract's columns and dtypes.

Each column is built once, as a typed array with its contract dtype, straight from the mentions:
no intermediate object frame and no per-column `astype`, which made a small table per document
cost more than the extraction itself (issue #14); the frame is then assembled from those arrays
directly.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
import pyarrow as pa

from .mention import COLUMNS, DTYPES, KINDS, QUALIFIERS, Mention

#: Each column's dtype object, made once (a dtype string is parsed again on every use).
_DTYPE_OBJECTS = {
    "string": pd.StringDtype(),
    "Int64": pd.Int64Dtype(),
    "Float64": pd.Float64Dtype(),
}
_CATEGORIES = {"kind": KINDS, "qualifier": QUALIFIERS}
_CATEGORY_DTYPES = {name: pd.CategoricalDtype(list(cats)) for name, cats in _CATEGORIES.items()}
_CODES = {name: {c: i for i, c in enumerate(cats)} for name, cats in _CATEGORIES.items()}


def empty_frame() -> pd.DataFrame:
    """The table with no rows, every column typed.

    >>> list(empty_frame().columns[:6])
    ['doc_id', 'sentence_id', 'start', 'end', 'text', 'kind']
    >>> str(empty_frame().dtypes["value"]), str(empty_frame().dtypes["kind"]), len(empty_frame())
    ('Float64', 'category', 0)
    """
    return to_frame([])


def _column(name: str, values: list) -> pd.api.extensions.ExtensionArray:
    """One column of values as a typed array of the column's contract dtype.

    >>> _column("kind", ["date", "count"]).tolist(), _column("value", [1.5, None]).tolist()
    (['date', 'count'], [1.5, <NA>])
    """
    if name in _CODES:
        codes = _CODES[name]
        return pd.Categorical.from_codes([codes[v] for v in values], dtype=_CATEGORY_DTYPES[name])
    dtype = _DTYPE_OBJECTS[DTYPES[name]]
    if dtype == "string":
        if dtype.storage == "pyarrow":  # pandas' default where pyarrow is installed (a dependency of ours)
            return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
        return pd.array(values, dtype=dtype)
    missing = np.array([v is None for v in values], dtype=bool)
    data = np.array([0 if v is None else v for v in values], dtype="float64" if dtype == "Float64" else "int64")
    return (pd.arrays.FloatingArray if dtype == "Float64" else pd.arrays.IntegerArray)(data, missing)


def to_frame(mentions: Iterable[Mention]) -> pd.DataFrame:
    """One row per mention, in the given order, every column of its contract dtype.

    >>> from numfacts.pipeline import extract_document
    >>> df = to_frame(extract_document("Some 291 militants left on Sunday.", doc_id="d", reference_date="2016-12-11"))
    >>> df[["text", "kind", "value", "qualifier", "date"]].values.tolist()
    [['Some 291', 'count', 291.0, '~', <NA>], ['Sunday', 'date', <NA>, '=', '2016-12-11']]
    >>> df.text.str.contains("Sun").tolist(), df.dtypes["text"] == pd.Series(["x"]).astype("string").dtype
    ([False, True], True)
    """
    rows = mentions if isinstance(mentions, list) else list(mentions)
    arrays = [_column(name, [getattr(m, name) for m in rows]) for name in COLUMNS]
    if _FROM_ARRAYS is None:
        return pd.DataFrame(dict(zip(COLUMNS, arrays)))
    # The arrays are already typed and of one length: the frame is assembled without the checks and
    # conversions of `pd.DataFrame(dict)`, which cost twice what the columns do on a small table.
    return _FROM_ARRAYS(arrays, columns=pd.Index(COLUMNS), index=pd.RangeIndex(len(rows)), verify_integrity=False)


#: pandas' own constructor from typed column arrays (present in every pandas numfacts supports, >= 2.0;
#: not public API, so the public constructor serves if it ever goes).
_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)
