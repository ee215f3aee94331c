"""Mentions into one pandas DataFrame with the contract's columns and dtypes.

Each column is built once, as a typed array with its contract dtype, straight from the mentions:
no intermediate object frame and no per-column `astype`, which made a small table per document
cost more than the extraction itself (issue #14); the frame is then assembled from those arrays
directly. On a per-document loop (`[numfacts.extract(t) for t in texts]`) the fixed cost of a
frame is what counts, so the mentions are transposed in one step (`zip`), the string columns
(most of them) are one Arrow array cut into slices, and the frame is assembled from its blocks.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from operator import attrgetter

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
#: One mention's values, in column order.
_VALUES = attrgetter(*COLUMNS)
#: The string columns' positions, when pandas keeps 'string' in Arrow (its default where pyarrow is
#: installed, and pyarrow is a dependency of ours): they are then built together (`_arrow_strings`).
_ARROW_STRINGS = tuple(i for i, c in enumerate(COLUMNS) if DTYPES[c] == "string") \
    if _DTYPE_OBJECTS["string"].storage == "pyarrow" else ()
#: The column labels, made once (inferring an Index's dtype from the names costs more than a column);
#: each frame gets its own shallow copy, so that renaming one frame's columns leaves the others alone.
_COLUMN_INDEX = pd.Index(COLUMNS)


def empty_frame() -> pd.DataFrame:
    """The table with no rows, every column typed.

    >>> list(empty_frame().columns[:6])
    ['doc_id', 'sentence_id', 'start', 'end', 'text', 'kind']
    >>> str(empty_frame().dtypes["value"]), str(empty_frame().dtypes["kind"]), len(empty_frame())
    ('Float64', 'category', 0)
    """
    return to_frame([])


def _column(name: str, values: list | tuple) -> pd.api.extensions.ExtensionArray:
    """One column of values as a typed array of the column's contract dtype.

    >>> _column("kind", ["date", "count"]).tolist(), _column("value", [1.5, None]).tolist()
    (['date', 'count'], [1.5, <NA>])
    """
    if name in _CODES:
        codes = _CODES[name]
        return pd.Categorical.from_codes([codes[v] for v in values], dtype=_CATEGORY_DTYPES[name])
    dtype = _DTYPE_OBJECTS[DTYPES[name]]
    if dtype == "string":
        if dtype.storage == "pyarrow":
            return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
        return pd.array(values, dtype=dtype)
    missing = np.array([v is None for v in values], dtype=bool)
    data = np.array([0 if v is None else v for v in values], dtype="float64" if dtype == "Float64" else "int64")
    return (pd.arrays.FloatingArray if dtype == "Float64" else pd.arrays.IntegerArray)(data, missing)


def _arrow_strings(columns: list[tuple], n: int) -> dict[int, pd.api.extensions.ExtensionArray]:
    """The string columns, by position: one Arrow array of all their values, one slice per column
    (one conversion instead of one per column)."""
    values = pa.chunked_array([pa.array(list(chain.from_iterable(columns[i] for i in _ARROW_STRINGS)),
                                        type=pa.large_string())])
    return {i: pd.arrays.ArrowStringArray(values.slice(k * n, n)) for k, i in enumerate(_ARROW_STRINGS)}


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
    n = len(rows)
    columns = list(zip(*map(_VALUES, rows))) if n else [()] * len(COLUMNS)
    strings = _arrow_strings(columns, n) if _ARROW_STRINGS else {}
    arrays = [strings[i] if i in strings else _column(name, columns[i]) for i, name in enumerate(COLUMNS)]
    index, labels = pd.RangeIndex(n), _COLUMN_INDEX.copy()
    if _FROM_BLOCKS is not None:
        # pandas' public constructor from block arrays (>= 3.0): every column is an extension array,
        # which is one block of its own, so the frame needs no consolidation or checks
        return _FROM_BLOCKS(list(zip(arrays, _PLACEMENTS)), index=index, columns=labels)
    if _FROM_ARRAYS is not None:
        # pandas' own constructor from typed column arrays (pandas 2; not public API)
        return _FROM_ARRAYS(arrays, columns=labels, index=index, verify_integrity=False)
    return pd.DataFrame(dict(zip(COLUMNS, arrays)))


try:
    from pandas.api.internals import create_dataframe_from_blocks as _FROM_BLOCKS
except ImportError:  # pandas < 3
    _FROM_BLOCKS = None
_PLACEMENTS = [np.array([i], dtype=np.intp) for i in range(len(COLUMNS))]
_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)
