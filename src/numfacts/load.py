"""`numfacts.read`: a table the CLI wrote (CSV, JSONL, Parquet, SQLite), back with the contract's dtypes.

pandas' own readers guess types, and guess wrong for this table: `pd.read_csv` turns the date
``199`` (the 1990s) into the number 199 and a ``doc_id`` ``007`` into 7, and `pd.read_json`
turns the date ``2022`` into a timestamp. `read` reads every cell as written and then gives each
column its dtype from `numfacts.mention.DTYPES`: ``date`` and ``doc_id`` stay strings, offsets
are ``Int64``, values ``Float64``, ``kind`` and ``qualifier`` categories. Columns the contract
does not know (a newer or older numfacts) are kept, as strings.

- CSV: a cell numfacts escaped against spreadsheet formulas (``'=SUM(A1)``, ``'-12 degrees``)
  gets its text back, unless ``unescape_formulas=False`` (a file written with
  ``--no-escape-formulas`` whose text really starts with a quote).
- Parquet: a file, or a folder of parts (a dataset).
- SQLite: the ``facts`` table, in the order it was written (opened read-only).

>>> import io
>>> csv_text = "doc_id,sentence_id,start,end,text,kind,date\\n007,0,0,3,199,date,199\\n"
>>> df = read(io.StringIO(csv_text), format="csv")
>>> df[["doc_id", "date"]].to_dict("records"), str(df["date"].dtype), str(df["start"].dtype)
([{'doc_id': '007', 'date': '199'}], 'string', 'Int64')
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from typing import IO, Any

import pandas as pd

from .errors import InputError
from .mention import DTYPES, KINDS, QUALIFIERS
from .writers import format_for

#: The text columns a CSV may have escaped against formulas (the document's own words).
_ESCAPED = ("doc_id", "text", "entity", "sentence", "attribution")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def read(path: str | os.PathLike[str] | IO[str], format: str | None = None, *,
         unescape_formulas: bool = True) -> pd.DataFrame:
    """The table at `path` (written by ``numfacts extract``), with the contract's dtypes.

    `format`: ``csv``, ``jsonl``, ``parquet`` or ``sqlite``; by default from the file's extension
    (a folder is a Parquet dataset). `path` may also be an open text file (then say `format`).
    """
    name = path if isinstance(path, str) else os.fspath(path) if isinstance(path, os.PathLike) else "<stream>"
    fmt = (format or ("parquet" if isinstance(name, str) and os.path.isdir(name) else format_for(name)) or "").lower()
    if fmt not in ("csv", "jsonl", "parquet", "sqlite"):
        raise InputError(name, "cannot tell the format of this table: pass format='csv', 'jsonl', 'parquet' "
                               "or 'sqlite'" if not fmt else f"numfacts.read does not read {fmt} tables")
    try:
        if fmt == "csv":
            df = _csv(path, unescape_formulas)
        elif fmt == "jsonl":
            df = _jsonl(path)
        elif fmt == "parquet":
            df = pd.read_parquet(path)
        else:
            df = _sqlite(name)
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except (OSError, sqlite3.Error, json.JSONDecodeError, csv.Error, ValueError) as exc:
        raise InputError(name, f"cannot read this {fmt} table ({exc})") from exc
    return typed(df)


def _open_text(path: Any) -> Any:
    return open(path, encoding="utf-8-sig", newline="") if not hasattr(path, "read") else _Borrowed(path)


class _Borrowed:
    """An open file handed in by the caller: used in a `with` block without being closed."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh

    def __enter__(self) -> IO[str]:
        return self.fh

    def __exit__(self, *exc: object) -> None:
        return None


def _csv(path: Any, unescape: bool) -> pd.DataFrame:
    with _open_text(path) as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return pd.DataFrame()
    header, body = rows[0], rows[1:]
    df = pd.DataFrame(body, columns=header, dtype=object).replace({"": None})
    if unescape:
        for column in _ESCAPED:
            if column in df.columns:
                df[column] = df[column].map(_unescape)
    return df


def _unescape(value: object) -> object:
    """``'=SUM(A1)`` -> ``=SUM(A1)``: the quote numfacts put before a formula-like cell."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def _jsonl(path: Any) -> pd.DataFrame:
    with _open_text(path) as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return pd.DataFrame.from_records(records) if records else pd.DataFrame()


def _sqlite(path: str) -> pd.DataFrame:
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    uri = "file:" + path.replace("?", "%3f").replace("#", "%23") + "?mode=ro"
    with sqlite3.connect(uri, uri=True) as db:
        columns = [r[1] for r in db.execute("PRAGMA table_info(facts)")]
        if not columns:
            raise ValueError("no facts table")
        wanted = [c for c in columns if c != "id"]
        quoted = ", ".join('"' + c.replace('"', '""') + '"' for c in wanted)
        order = " ORDER BY id" if "id" in columns else ""
        rows = db.execute(f"SELECT {quoted} FROM facts{order}").fetchall()
    db.close()
    return pd.DataFrame.from_records(rows, columns=wanted)


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with each column of the contract in its dtype (`numfacts.mention.DTYPES`), others as strings.

    >>> typed(pd.DataFrame({"date": [2022, None], "value": ["1.5", None]})).dtypes.astype(str).tolist()
    ['string', 'Float64']
    """
    out = {}
    for column in df.columns:
        values = df[column]
        dtype = DTYPES.get(str(column), "string")
        if dtype in ("Int64", "Float64"):
            out[column] = pd.to_numeric(values, errors="raise").astype(dtype)
        elif dtype == "category":
            allowed = list(KINDS if column == "kind" else QUALIFIERS if column == "qualifier" else [])
            out[column] = pd.Categorical(values.astype(object).where(values.notna(), None),
                                         categories=allowed or None)
        else:
            out[column] = _strings(values)
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


def _strings(values: pd.Series) -> pd.Series:
    """A column as strings, written as the file had them (a date 2022 is ``2022``, not ``2022.0``)."""
    def as_text(value: object) -> object:
        if value is None or value is pd.NA or (isinstance(value, float) and value != value):
            return pd.NA
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    return pd.Series(values.astype(object).map(as_text), dtype="string", index=values.index)


__all__ = ["read", "typed"]
