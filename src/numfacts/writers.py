"""Streaming writers for the table: CSV, JSONL, Parquet, SQLite and HTML.

`open_writer(fmt, dest)` returns a writer; call `.write(rows)` any number of times with a
DataFrame from `numfacts.table.to_frame` or an iterable of `Mention`, then `.close()`. A writer
is also a context manager: leaving the block by an exception calls `.abort()` instead.

Every format writes the columns `numfacts.mention.COLUMNS`, in order.

- ``dest`` is a path, a file object, or None / ``"-"`` for standard output (text formats in
  UTF-8, whatever the locale). A path is written to
  a temporary file in the same directory, which `.close()` renames over the destination
  (``os.replace``), so a reader never sees a half-written file; `.abort()` removes it.
- CSV: a header, then one line per row (RFC 4180: ``\r\n`` line ends, cells holding a comma,
  a quote or a line break quoted); missing values are empty cells, whole numbers are written
  without ``.0``. A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading ``'`` so that a spreadsheet does not run it as a formula
  (``escape_formulas=False`` turns that off). Only the columns holding the document's words are
  escaped (``doc_id``, ``text``, ``entity``, ``sentence``, ``attribution``): numeric columns and
  the ones numfacts writes from a fixed vocabulary (``qualifier`` ``=``, ``kind``, ``date``, ...)
  never are.
- JSONL: one JSON object a line, values as they are, missing values ``null``, UTF-8 text
  unescaped except the characters `str.splitlines` would break a line at.
- Parquet: pyarrow, one row group a write; strings, int64, float64, and dictionary-encoded
  ``kind`` and ``qualifier``, with the pandas metadata, so ``pandas.read_parquet`` gives back the
  contract's dtypes.
- Parquet dataset: ``dest`` a folder (``-o facts/``): a part a chunk (``part-00000.parquet``, ...)
  and ``_documents.jsonl`` listing each chunk's documents; a rerun resumes after the parts
  written (`numfacts.dataset`).
- SQLite: written in place, a transaction a chunk, in WAL mode (`numfacts.store`); appending
  skips the documents already there (`existing_ids`), and a document is written once even when
  the input repeats its id (`unique_ids`).
- HTML: one self-contained page holding one table, every cell escaped.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import math
import os
import secrets
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import IO, TYPE_CHECKING, Any

from .errors import NumfactsError
from .mention import COLUMNS, DTYPES, KINDS, QUALIFIERS, Mention

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "jsonl", "parquet", "sqlite", "html")

#: Output format of each file extension.
EXTENSIONS = {
    ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
    ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".html": "html", ".htm": "html",
}

#: Formats that cannot go to standard output.
FILE_ONLY = frozenset({"sqlite"})

_NUMERIC = frozenset(c for c, t in DTYPES.items() if t in ("Int64", "Float64"))
#: Columns whose values numfacts makes from a closed vocabulary or a fixed syntax (the qualifier
#: "=", an ISO date): never escaped. Every other text column holds words of the document.
_GENERATED = frozenset({"kind", "qualifier", "unit", "date", "duration", "change", "role", "modifier", "reference_date",
                        "lang",
                        "reference_source"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class OutputError(NumfactsError):
    """The output cannot be written (bad destination, not a numfacts database, ...)."""


def format_for(path: str | None) -> str | None:
    """The output format a file name implies, or None.

    >>> format_for("out.parquet"), format_for("facts.DB"), format_for("x.txt"), format_for(None)
    ('parquet', 'sqlite', None, None)
    """
    if not path or path == "-":
        return None
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def escape_formula(text: str) -> str:
    """A text cell made safe for a spreadsheet: a leading ' before a formula-like start.

    >>> escape_formula("=SUM(A1)"), escape_formula("-12 degrees"), escape_formula("12 dead")
    ("'=SUM(A1)", "'-12 degrees", '12 dead')
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def format_number(value: float | int) -> str:
    """A number for a text format: whole numbers without a decimal point, others as repr.

    >>> format_number(78000.0), format_number(2.5e9), format_number(0.2), format_number(-12.0)
    ('78000', '2500000000', '0.2', '-12')
    >>> format_number(1e300), format_number(7)
    ('1e+300', '7')
    """
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    return str(value)


_NOT_NA = object()


def _is_na(value: object) -> bool:
    """`value` is pandas' NA. pandas is imported only where a frame is built: without it loaded,
    nothing can be its NA (the CLI's text formats never import it)."""
    return value is getattr(sys.modules.get("pandas"), "NA", _NOT_NA)


def _is_frame(rows: object) -> bool:
    """`rows` is a pandas DataFrame (without importing pandas when it is not loaded)."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(rows, pandas.DataFrame)


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return _is_na(value)


def _frame(rows: pd.DataFrame | Iterable[Mention]) -> pd.DataFrame:
    if _is_frame(rows):
        missing = [c for c in COLUMNS if c not in rows.columns]  # type: ignore[union-attr]
        if missing:
            raise OutputError(f"the frame lacks the columns {', '.join(missing)}")
        return rows  # type: ignore[return-value]
    from .table import to_frame

    return to_frame(rows)  # type: ignore[arg-type]


#: One row: the values of `COLUMNS`, in order, as plain Python values (None for a missing one).
Row = tuple[Any, ...]


def frame_rows(df: pd.DataFrame) -> list[Row]:
    """The rows of a frame holding the contract's columns."""
    columns = [df[c].astype(object).tolist() for c in COLUMNS]
    return [tuple(None if _is_missing(v) else v for v in values) for values in zip(*columns, strict=True)]


def _as_int(value: Any) -> int | None:
    if type(value) is int:
        return value
    return None if _is_missing(value) else int(value)


def _as_float(value: Any) -> float | None:
    return None if _is_missing(value) else float(value)


def _as_str(value: Any) -> str | None:
    if type(value) is str or value is None:
        return value
    return None if _is_na(value) else str(value)


def _as_category(allowed: tuple[str, ...]) -> Any:
    return lambda value: value if value in allowed else None


def _converter(column: str) -> Any:
    dtype = DTYPES.get(column)
    if dtype == "Int64":
        return _as_int
    if dtype == "Float64":
        return _as_float
    if column in ("kind", "qualifier"):
        return _as_category(KINDS if column == "kind" else QUALIFIERS)
    return _as_str


_CONVERTERS = tuple(_converter(c) for c in COLUMNS)
_CATEGORIES = {"kind": KINDS, "qualifier": QUALIFIERS}


def mention_rows(mentions: Iterable[Mention]) -> list[Row]:
    """The rows of mentions, with the values a frame of them (`numfacts.table.to_frame`) would hold,
    without building the frame.

    >>> m = Mention("a", 0, 0, 2, "12", "count", 12, None, None, "=", None, None, None, None, "12 dead")
    >>> mention_rows([m])[0][:10]
    ('a', 0, 0, 2, '12', 'count', 12.0, None, None, '=')
    """
    return _mention_rows(mentions)


def _mention_rows_plain(mentions: Iterable[Mention]) -> list[Row]:
    """`mention_rows` by calling each column's converter on each value (the fast path's reference)."""
    pairs = tuple(zip(COLUMNS, _CONVERTERS))
    return [tuple(convert(getattr(m, c)) for c, convert in pairs) for m in mentions]


def _rows_function() -> Any:
    """`_mention_rows_plain` as one generated loop: the fields read by one `attrgetter`, and each
    converter's common case (a str or None, an int, a float that is not NaN, an allowed category)
    written inline, the converter itself called only for the rest: no Python call per value."""
    space: dict[str, Any] = {"_get": attrgetter(*COLUMNS)}
    cells = []
    for i, (column, convert) in enumerate(zip(COLUMNS, _CONVERTERS)):
        space[f"_c{i}"] = convert
        if convert is _as_str:
            cells.append(f"v{i} if v{i} is None or type(v{i}) is str else _c{i}(v{i})")
        elif convert is _as_int:
            cells.append(f"v{i} if type(v{i}) is int else _c{i}(v{i})")
        elif convert is _as_float:
            cells.append(f"None if v{i} is None else v{i} if type(v{i}) is float and v{i} == v{i} else _c{i}(v{i})")
        else:  # a category: the value when allowed, else None
            space[f"_a{i}"] = _CATEGORIES[column]
            cells.append(f"v{i} if v{i} in _a{i} else None")
    names = ", ".join(f"v{i}" for i in range(len(COLUMNS)))
    code = (f"def _mention_rows(mentions):\n    out = []\n    for m in mentions:\n        {names}, = _get(m)\n"
            f"        out.append(({', '.join(cells)},))\n    return out\n")
    exec(code, space)  # a constant template over the column indices
    return space["_mention_rows"]


_mention_rows = _rows_function()


@dataclass(frozen=True, slots=True)
class Encoded:
    """Rows already formatted for a text format: their UTF-8 bytes and how many rows they hold.

    Bytes, not text: a worker process encodes them, so that the process writing them only copies
    bytes (a str crossing between processes is encoded on one side and decoded on the other, and a
    text file encodes it again).
    """

    data: bytes
    rows: int

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


@dataclass(frozen=True, slots=True)
class RowsEncoder:
    """Encoder of the binary formats (Parquet, SQLite): the rows themselves."""

    def __call__(self, rows: list[Row]) -> list[Row]:
        return rows


@dataclass(frozen=True, slots=True)
class CSVEncoder:
    """Rows as CSV lines (RFC 4180), text cells escaped against spreadsheet formulas unless told not to."""

    escape_formulas: bool = True

    def __call__(self, rows: list[Row]) -> Encoded:
        buffer = io.StringIO()
        # "\r\n" (RFC 4180) also makes the csv module quote a cell holding a lone "\r"
        out = csv.writer(buffer, lineterminator="\r\n")
        kinds = [(c in _NUMERIC, self.escape_formulas and c not in _GENERATED) for c in COLUMNS]
        for row in rows:
            out.writerow([_csv_cell(v, numeric, escape) for v, (numeric, escape) in zip(row, kinds)])
        return Encoded(buffer.getvalue().encode("utf-8"), len(rows))


def _csv_cell(value: object, numeric: bool, escape: bool) -> object:
    if value is None:
        return ""
    if numeric:
        return format_number(value)  # type: ignore[arg-type]
    text = str(value)
    return escape_formula(text) if escape else text


#: The one JSON encoder of the JSONL rows (`json.dumps` with options builds a new one per call).
#: Stateless once made: `encode` keeps nothing between calls.
_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


@dataclass(frozen=True, slots=True)
class JSONLEncoder:
    """Rows as JSON lines."""

    def __call__(self, rows: list[Row]) -> Encoded:
        encode = _JSON.encode
        lines = [_one_line(encode(dict(zip(COLUMNS, row)))) + "\n" for row in rows]
        return Encoded("".join(lines).encode("utf-8"), len(rows))


@dataclass(frozen=True, slots=True)
class HTMLEncoder:
    """Rows as HTML table rows, every cell escaped."""

    def __call__(self, rows: list[Row]) -> Encoded:
        lines = []
        for row in rows:
            cells = []
            for c, v in zip(COLUMNS, row):
                if v is None:
                    cells.append("<td></td>")
                elif c in _NUMERIC:
                    cells.append(f'<td class="n">{html.escape(format_number(v))}</td>')
                else:
                    cells.append(f"<td>{html.escape(str(v))}</td>")
            lines.append("<tr>" + "".join(cells) + "</tr>\n")
        return Encoded("".join(lines).encode("utf-8"), len(rows))


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """What the `documents` table of a SQLite output keeps about one document."""

    id: str
    date: str | None
    title: str | None
    characters: int | None
    facts: int
    error: str | None = None
    sha256: str | None = None  # of the text, for `--replace`


@dataclass(frozen=True, slots=True)
class Written:
    """What `Writer.write_chunk` did: rows written, and the documents skipped (the output held them
    already) or replaced (their text changed)."""

    rows: int
    skipped: frozenset[str] = frozenset()
    replaced: frozenset[str] = frozenset()


# --------------------------------------------------------------------------- destination


def _temp_beside(path: str) -> tuple[int, str]:
    """A new hidden file in the folder of `path`, opened for writing: (fd, name).

    Unlike `tempfile.mkstemp` (mode 0600), it is created with mode 0666 less the umask, so the
    renamed output has the permissions any new file would have.
    """
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(100):
        name = os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")  # pragma: no cover


class _Destination:
    """A file written under a temporary name then renamed into place, or a stream we do not own.

    Files and standard output are written in bytes (text formats in UTF-8, whatever the machine's
    locale says); a stream handed over is written as it is (text, or bytes)."""

    def __init__(self, dest: str | IO[Any] | None) -> None:
        self.path: str | None = None
        self.tmp: str | None = None
        if dest is None or dest == "-":
            sys.stdout.flush()
            self.stream: IO[Any] = sys.stdout.buffer
            self.owned = False
        elif isinstance(dest, (str, os.PathLike)):
            self.path = os.fspath(dest)
            try:
                fd, self.tmp = _temp_beside(self.path)
            except OSError as exc:
                raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc
            self.stream = os.fdopen(fd, "wb")
            self.owned = True
        else:
            self.stream = dest
            self.owned = False

    def commit(self) -> None:
        if self.owned:
            self.stream.close()
            assert self.tmp is not None and self.path is not None
            try:
                os.replace(self.tmp, self.path)
            except OSError as exc:
                self._remove()
                raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc
        else:
            self.stream.flush()

    def abort(self) -> None:
        if self.owned:
            with contextlib.suppress(OSError):
                self.stream.close()
            self._remove()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.stream.flush()

    def _remove(self) -> None:
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.remove(self.tmp)


class Writer:
    """Base class: `write` rows, `close` to commit, `abort` to throw the output away."""

    format = ""

    def __init__(self) -> None:
        self.rows = 0
        self.closed = False

    def write(self, rows: pd.DataFrame | Iterable[Mention]) -> int:
        """Write rows; returns how many were written."""
        data = frame_rows(_frame(rows)) if _is_frame(rows) else mention_rows(rows)  # type: ignore[arg-type]
        return self.write_encoded(self.encoder()(data))

    def encoder(self) -> Any:
        """A picklable function turning a list of `Row` into what `write_encoded` takes: worker
        processes format rows with it, so that this process only writes them."""
        return RowsEncoder()

    def write_encoded(self, payload: Any) -> int:
        """Write rows an `encoder()` made; returns how many were written."""
        n = self._write_payload(payload)
        self.rows += n
        return n

    def _write_payload(self, payload: Any) -> int:
        raise NotImplementedError

    def write_documents(self, records: Iterable[DocumentRecord]) -> None:
        """Note the documents of the rows (kept by SQLite output; ignored by the others)."""

    def write_chunk(self, payload: Any, records: list[DocumentRecord]) -> Written:
        """A chunk: its rows (from `encoder()`) and its documents' records, together (SQLite, a
        Parquet dataset: in one transaction, or one part)."""
        n = self.write_encoded(payload)
        if records:
            self.write_documents(records)
        return Written(n)

    def existing_ids(self) -> frozenset[str]:
        """Documents the output already holds (SQLite, a Parquet dataset); empty for the others."""
        return frozenset(self.known())

    def known(self) -> dict[str, str | None]:
        """Documents the output already holds, each with the sha256 of its text (None when unknown)."""
        return {}

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._close()

    def abort(self) -> None:
        if not self.closed:
            self.closed = True
            self._abort()

    def _close(self) -> None:
        raise NotImplementedError

    def _abort(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class _StreamWriter(Writer):
    """A writer to one stream. The text formats write UTF-8 bytes too (`Encoded`): to a file or
    standard output directly, as text only to a text stream the caller handed over (`put`)."""

    binary = False  # True: a binary format (Parquet), which never takes a text stream

    def __init__(self, dest: str | IO[Any] | None) -> None:
        super().__init__()
        self.dest = _Destination(dest)
        self.out = self.dest.stream
        self.text_stream = not self.binary and isinstance(dest, io.TextIOBase)
        try:
            self._start()
        except BaseException:
            self.dest.abort()
            raise

    def _start(self) -> None:
        """Anything written before the first row (a header)."""

    def put(self, text: str) -> None:
        """Write text (a header, a footer) in UTF-8."""
        self.out.write(text if self.text_stream else text.encode("utf-8"))

    def _write_payload(self, payload: Any) -> int:  # an Encoded (Parquet: rows)
        self.out.write(payload.text if self.text_stream else payload.data)
        return payload.rows

    def _close(self) -> None:
        self._finish()
        self.dest.commit()

    def _finish(self) -> None:
        """Anything written after the last row (a footer)."""

    def _abort(self) -> None:
        self.dest.abort()


# --------------------------------------------------------------------------- text formats


class CSVWriter(_StreamWriter):
    format = "csv"

    def __init__(self, dest: str | IO[Any] | None, *, escape_formulas: bool = True) -> None:
        self.escape_formulas = escape_formulas
        super().__init__(dest)

    def _start(self) -> None:
        header = io.StringIO()
        csv.writer(header, lineterminator="\r\n").writerow(COLUMNS)
        self.put(header.getvalue())

    def encoder(self) -> CSVEncoder:
        return CSVEncoder(self.escape_formulas)


def _one_line(dumped: str) -> str:
    """JSON text that even `str.splitlines` keeps on one line: NEL, LS and PS escaped.

    >>> _one_line('"a\u2028b\x85"')
    '"a\\\\u2028b\\\\u0085"'
    """
    return dumped.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class JSONLWriter(_StreamWriter):
    format = "jsonl"

    def encoder(self) -> JSONLEncoder:
        return JSONLEncoder()


_HTML_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>numfacts</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1em; }}
table {{ border-collapse: collapse; font-size: 0.85em; }}
th, td {{ border: 1px solid #ccc; padding: 0.2em 0.4em; vertical-align: top; }}
th {{ background: #f0f0f0; position: sticky; top: 0; }}
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
</style>
</head>
<body>
<table>
<thead><tr>{header}</tr></thead>
<tbody>
"""

_HTML_FOOT = """</tbody>
</table>
<p>{rows} rows</p>
</body>
</html>
"""


class HTMLWriter(_StreamWriter):
    format = "html"

    def _start(self) -> None:
        header = "".join(f"<th>{html.escape(c)}</th>" for c in COLUMNS)
        self.put(_HTML_HEAD.format(header=header))

    def encoder(self) -> HTMLEncoder:
        return HTMLEncoder()

    def _finish(self) -> None:
        self.put(_HTML_FOOT.format(rows=self.rows))


# --------------------------------------------------------------------------- Parquet


def arrow_schema() -> Any:
    """The pyarrow schema of the table: the contract's dtypes, with pandas metadata."""
    import pyarrow as pa

    from .table import to_frame

    types = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64(),
             "category": pa.dictionary(pa.int32(), pa.string())}
    empty = to_frame([])
    inferred = pa.Schema.from_pandas(empty, preserve_index=False)  # for a column of another dtype
    fields = [pa.field(c, types.get(DTYPES.get(c, ""), inferred.field(c).type)) for c in COLUMNS]
    return pa.Table.from_pandas(empty, schema=pa.schema(fields), preserve_index=False).schema


def arrow_table(rows: list[Row], schema: Any) -> Any:
    """Rows as a pyarrow table of `schema` (`arrow_schema`)."""
    import pyarrow as pa

    arrays = []
    for c, values, field in zip(COLUMNS, zip(*rows, strict=True), schema, strict=True):
        if c in _CATEGORIES:  # the whole vocabulary as the dictionary, as pandas writes a Categorical
            codes = {v: i for i, v in enumerate(_CATEGORIES[c])}
            arrays.append(pa.DictionaryArray.from_arrays(
                pa.array([codes.get(v) for v in values], type=pa.int32()), pa.array(_CATEGORIES[c])))
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


class ParquetWriter(_StreamWriter):
    format = "parquet"
    binary = True

    def _start(self) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        # pyarrow writes to the stream we opened (a temp file, or stdout's buffer)
        self.pq = pq.ParquetWriter(self.out, self.schema)

    def _write_payload(self, payload: list[Row]) -> int:
        if not payload:
            return 0
        self.pq.write_table(arrow_table(payload, self.schema))
        return len(payload)

    def _finish(self) -> None:
        self.pq.close()

    def _abort(self) -> None:
        with contextlib.suppress(Exception):
            self.pq.close()
        super()._abort()


# --------------------------------------------------------------------------- factory


def is_dataset(dest: object) -> bool:
    """Whether `dest` names a folder (an existing one, or a path ending with a slash): a Parquet dataset.

    >>> is_dataset("facts/"), is_dataset("facts.parquet"), is_dataset(None)
    (True, False, False)
    """
    if not isinstance(dest, (str, os.PathLike)) or dest == "-":
        return False
    path = os.fspath(dest)
    return path.endswith(("/", os.sep)) or os.path.isdir(path)


def open_writer(fmt: str, dest: str | IO[Any] | None = None, *, escape_formulas: bool = True,
                replace: bool = False) -> Writer:
    """A writer of format `fmt` (one of FORMATS) to `dest` (a path, a file object, None or "-" for stdout).

    A folder `dest` (`is_dataset`) with Parquet is a dataset, a part per chunk
    (`numfacts.dataset.DatasetWriter`); SQLite is `numfacts.store.SQLiteWriter`, which alone
    takes ``replace=True`` (re-extract documents whose text changed).

    >>> buffer = io.StringIO()
    >>> with open_writer("jsonl", buffer) as out:
    ...     out.write([])
    0
    >>> buffer.getvalue()
    ''
    """
    if fmt == "csv":
        return CSVWriter(dest, escape_formulas=escape_formulas)
    if fmt == "jsonl":
        return JSONLWriter(dest)
    if fmt == "html":
        return HTMLWriter(dest)
    if is_dataset(dest) and fmt != "parquet":
        raise OutputError(f"{dest}: a folder output is a Parquet dataset: use --format parquet")
    if replace and fmt != "sqlite":
        raise OutputError("--replace needs a SQLite output (-o FILE.db)")
    if fmt == "parquet" and is_dataset(dest):
        from .dataset import DatasetWriter

        return DatasetWriter(os.fspath(dest))  # type: ignore[arg-type]
    if fmt == "parquet":
        return ParquetWriter(dest)
    if fmt == "sqlite":
        from .store import SQLiteWriter

        return SQLiteWriter(dest, replace=replace)  # type: ignore[arg-type]
    raise OutputError(f"unknown output format {fmt!r} (known: {', '.join(FORMATS)})")


__all__ = [
    "CSVEncoder", "DocumentRecord", "EXTENSIONS", "Encoded", "FILE_ONLY", "FORMATS", "HTMLEncoder", "JSONLEncoder",
    "OutputError", "Row", "RowsEncoder", "Writer", "arrow_schema", "arrow_table", "escape_formula", "format_for", "format_number",
    "frame_rows", "is_dataset", "mention_rows", "open_writer", "Written",
]
