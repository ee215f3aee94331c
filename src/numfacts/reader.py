"""Reading documents: text files, HTML, directories, corpus files (JSONL, JSON, CSV, TSV, Parquet,
gzipped or not) and standard input.

`read_inputs` is a generator: it yields one `Document` at a time, or a `DocumentError` /
`InputError` for a document or an input that could not be read, and then goes on with the rest.
Nothing is read before it is needed, so a corpus of any size streams (a ``.json`` array is the
exception: it is one JSON value, parsed whole).

What is read, and the document id each gets:

==========================  ===================================  =========================
Choices this module makes, on purpose:

- Encoding. A UTF-8 or UTF-16/UTF-32 byte-order mark is detected and decoded (and dropped from the
  text, so offsets count from the first real character). Without one, files are UTF-8, or the
  `encoding` given (``--encoding cp1252``). Bytes that cannot be decoded are replaced
  (``errors="replace"``: each becomes U+FFFD) and one warning per file names the file and the
  first bad byte's offset: a few mangled characters should not cost a whole corpus, and the
  warning keeps them from passing silently. Line endings are kept as they are in the file, so
  offsets are offsets into the decoded file.
- Windows-1252 and Latin-1. Not detected: such a file is invalid UTF-8, read as above (each
  accented letter, curly quote or euro sign becomes U+FFFD) with the warning naming the file and
  the byte, unless `encoding` names it. Guessing a legacy encoding would silently mangle a UTF-8
  file with one bad byte.
- Binary files. A text file (without a UTF-16/32 mark, read as UTF-8 or another encoding in which
  a NUL is no text) holding a NUL byte is an ``InputError``: "binary file" when the NUL is in its
  first 8 KiB, "binary file (at offset N)" when later. In a corpus file only the first 8 KiB are
  sniffed; a later NUL makes that JSONL line malformed, and inside a CSV cell or a JSON
  ``\\u0000`` escape it is text like any other character.
- Empty documents. A document that is empty or only whitespace is a ``DocumentError``
  "empty document"; a corpus file without a single line or row is an ``InputError`` "empty file".
- Directories. A folder's files come first, then its subfolders, each in sorted order. Files
  and folders whose names start with ``.`` are left out unreported (hidden files, and the
  temporary files numfacts writes). Every other file that is not read is reported through
  `warn`, with its reason (``report.pdf: skipped: a PDF file ...``): PDFs, Word documents, files
  with no extension or an unknown one, and the output file of the run (`exclude`), which is
  never read back as input. Named on the command line, such a file is an ``InputError`` with the
  same reason. A folder reached twice through symbolic links is walked once; a folder that cannot
  be listed is an ``InputError``.
- HTML. The page's article, title and publication date, by trafilatura, else the whole page's
  visible text (`numfacts.webpage`). A ``<meta charset>`` is not honoured: HTML is read as UTF-8
  (or `encoding`) like everything else. The publication date becomes the document's reference date.
- Corpus files. A missing text column (the whole file, or the first JSONL object) is one
  ``InputError`` naming the file and the columns it has, and so is a missing id or date column
  that was asked for by name (`required`); the default ``id`` and ``date`` columns are optional.
  A later JSONL line without the text, a malformed line, or a text that is not a string is a
  ``DocumentError`` for that line alone. A row's ``date`` becomes ``Document.date`` (its
  reference date) as `numfacts.refdate` reads it (``2024-03-14``, or ``2024-03`` for a month);
  a date it cannot read is one warning naming the document, and the document goes on without
  its own date. A ``title`` column, if present, becomes ``Document.title``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import io
import json
import math
import os
import sys
import warnings
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from .errors import DocumentError, InputError, ReferenceDateError
from .lines import Lines, json_row, jsonl_blocks
from .paths import document_path
from .refdate import read_date
from .webpage import html_to_text, read_page

#: Extensions read as one document a file.
TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown"})
#: Extensions reduced from HTML.
HTML_EXTENSIONS = frozenset({".html", ".htm"})
#: Extensions read as one document a row (``.gz``: gzip-compressed).
CORPUS_EXTENSIONS = frozenset({
    ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet",
    ".jsonl.gz", ".ndjson.gz", ".json.gz", ".csv.gz", ".tsv.gz",
})
KNOWN_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | CORPUS_EXTENSIONS
#: The formats `input_format` can name for standard input ("auto": JSONL when the first line is
#: a JSON object, else text).
INPUT_FORMATS = ("auto", "text", "html", "jsonl", "json", "csv", "tsv")

#: Why a file of a known kind is not read, and what to do instead.
_NOT_READ = {
    ".pdf": "a PDF file (convert it to text first, e.g. with pdftotext)",
    ".docx": "a Word document (save it as text or HTML first)",
    ".doc": "a Word document (save it as text or HTML first)",
    ".odt": "an OpenDocument text (save it as text or HTML first)",
    ".rtf": "an RTF document (save it as text first)",
    ".xlsx": "a spreadsheet (save it as CSV first)",
    ".xls": "a spreadsheet (save it as CSV first)",
    ".ods": "a spreadsheet (save it as CSV first)",
}

_SNIFF = 8192  # bytes looked at for NUL bytes


class InputWarning(UserWarning):
    """Something about an input the user should know: a file skipped, a date unread, bad bytes."""


class DecodeWarning(InputWarning):
    """A file could not be decoded cleanly: its bad bytes were replaced by U+FFFD."""


@dataclass(frozen=True, slots=True)
class Document:
    """One document to extract from: its id, text, reference date, title and where it came from."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    lang: str | None = None  # a corpus row's `lang` column: the document's language


Warn = Callable[[str], None]


def _default_warn(message: str) -> None:
    warnings.warn(message, DecodeWarning, stacklevel=3)


@dataclass(frozen=True, slots=True)
class _How:
    """How a run reads its inputs (the options of `read_inputs`), passed to each reader."""

    text_column: str = "text"
    id_column: str | None = "id"
    date_column: str | None = "date"
    required: tuple[str, ...] = ()  # columns named explicitly: a corpus without one is an InputError
    encoding: str | None = None  # None: UTF-8
    day_first: bool = False
    warn: Warn | None = None
    exclude: frozenset[str] = field(default_factory=frozenset)  # real paths never read (the output)
    blocks: tuple[int, int] | None = None  # JSONL read as `numfacts.lines.Lines` of (lines, bytes) at most

    def say(self, message: str) -> None:
        """Hand a message to `warn`; without one, an `InputWarning`."""
        if self.warn is not None:
            self.warn(message)
        else:
            warnings.warn(message, InputWarning, stacklevel=3)


# --------------------------------------------------------------------------- decoding


def _bom_encoding(head: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length; None without one.

    >>> _bom_encoding(b"\\xef\\xbb\\xbfabc"), _bom_encoding(b"\\xff\\xfea\\x00"), _bom_encoding(b"abc")
    (('utf-8', 3), ('utf-16-le', 2), None)
    >>> _bom_encoding(b"\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00")
    ('utf-32-le', 4)
    """
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return name, len(bom)
    return None


def _ascii_compatible(encoding: str | None) -> bool:
    """Whether ASCII text (a NUL, a line feed) is the same bytes in `encoding`.

    >>> _ascii_compatible(None), _ascii_compatible("cp1252"), _ascii_compatible("utf-16-le")
    (True, True, False)
    """
    try:
        return "\x00\n{a".encode(encoding or "utf-8") == b"\x00\n{a"
    except (UnicodeError, LookupError):
        return False


def decode_bytes(data: bytes, name: str, warn: Warn | None = None, encoding: str | None = None) -> str:
    """Text of a whole file: BOM detected, NUL bytes refused, bad bytes replaced with a warning.

    `encoding`: the file's encoding without a byte-order mark (default UTF-8).

    >>> decode_bytes("café".encode("utf-16"), "a.txt")
    'café'
    >>> decode_bytes(b"\\xef\\xbb\\xbf12 km", "a.txt"), decode_bytes(b"caf\\xe9", "a.txt", encoding="cp1252")
    ('12 km', 'café')
    >>> decode_bytes(b"a\\x00b", "a.bin")
    Traceback (most recent call last):
    numfacts.errors.InputError: a.bin: binary file
    """
    bom = _bom_encoding(data[:4])
    if bom is not None:
        name_, skip = bom
        return data[skip:].decode(name_, errors="replace")
    nul = data.find(b"\x00") if _ascii_compatible(encoding) else -1
    if nul >= 0:
        raise InputError(name, "binary file", position=nul if nul >= _SNIFF else None)
    return _decode(data, name, warn, offset=0, encoding=encoding)


def _decode(data: bytes, name: str, warn: Warn | None, *, offset: int, encoding: str | None = None) -> str:
    try:
        return data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        label = "UTF-8" if encoding is None else encoding
        (warn or _default_warn)(
            f"{name}: not valid {label} (at byte {offset + exc.start}); undecodable bytes replaced with U+FFFD"
        )
        return data.decode(encoding or "utf-8", errors="replace")


def _text_lines(stream: BinaryIO, name: str, warn: Warn | None, encoding: str | None = None) -> Iterator[str]:
    """Decoded lines of a corpus file, streamed; one warning per file for undecodable bytes."""
    head = stream.read(_SNIFF)
    bom = _bom_encoding(head[:4])
    if bom is not None and bom[0] != "utf-8" or bom is None and not _ascii_compatible(encoding):
        # UTF-16/32: line splitting on bytes breaks; decode it whole
        data = head + stream.read()
        text = data[bom[1]:].decode(bom[0], errors="replace") if bom else _decode(data, name, warn, offset=0,
                                                                                   encoding=encoding)
        yield from io.StringIO(text, newline="")
        return
    if bom is None and b"\x00" in head:
        raise InputError(name, "binary file")
    if bom is not None:
        encoding = None
    rest = head[bom[1] :] if bom else head
    warned = False
    offset = bom[1] if bom else 0
    for raw in _byte_lines(rest, stream):
        try:
            yield raw.decode(encoding or "utf-8")
        except UnicodeDecodeError:
            if not warned:
                _decode(raw, name, warn, offset=offset, encoding=encoding)
                warned = True
            yield raw.decode(encoding or "utf-8", errors="replace")
        offset += len(raw)


def _byte_lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """Lines (split at b"\\n" only, kept) of `head` followed by the rest of `stream`.

    >>> list(_byte_lines(b"a\\nb", io.BytesIO(b"c\\nd")))
    [b'a\\n', b'bc\\n', b'd']
    """
    lines = list(io.BytesIO(head))
    tail = lines.pop() if lines and not lines[-1].endswith(b"\n") else b""
    yield from lines
    for line in stream:
        yield tail + line
        tail = b""
    if tail:
        yield tail


class _Rewound:
    """A binary stream whose first bytes were already read (to sniff it): they come first again."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            out, self.head = self.head + self.stream.read(), b""
            return out
        if not self.head:
            return self.stream.read(size)
        out, self.head = self.head[:size], self.head[size:]
        return out

    def __iter__(self) -> Iterator[bytes]:
        head, self.head = self.head, b""
        return _byte_lines(head, self.stream)


# --------------------------------------------------------------------------- helpers


def _cell_str(value: object) -> str | None:
    """A corpus cell as a string; None for a missing one (None, NaN, NaT, empty).

    >>> _cell_str(None), _cell_str(float("nan")), _cell_str(""), _cell_str(7), _cell_str("a")
    (None, None, None, '7', 'a')
    >>> _cell_str(dt.date(2016, 12, 11)), _cell_str(dt.datetime(2016, 12, 11, 10, 30))
    ('2016-12-11', '2016-12-11T10:30:00')
    """
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "isoformat") and callable(value.isoformat):  # pandas Timestamp
        try:
            return str(value.isoformat())
        except ValueError:  # NaT
            return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if text.strip() else None


def _check_columns(name: str, have: Iterable[object], how: _How) -> InputError | None:
    """The error of a corpus without its text column or a column named explicitly; None if all are there."""
    have = [str(c) for c in have]
    listed = ", ".join(have) or "none"
    if how.text_column not in have:
        return InputError(name, f"no text column {how.text_column!r} (columns: {listed})")
    for kind, column in (("id", how.id_column), ("date", how.date_column)):
        if column is not None and column in how.required and column not in have:
            return InputError(name, f"no {kind} column {column!r} (columns: {listed})")
    return None


def document_date(value: object, doc_id: str, how: _How) -> str | None:
    """A row's own date as `numfacts.refdate` reads it, or None (with one warning when unreadable)."""
    try:
        found = read_date(value, doc_id, day_first=how.day_first)
    except ReferenceDateError:
        shown = _cell_str(value) or ""
        shown = shown if len(shown) <= 80 else shown[:80] + "..."
        how.say(f"{doc_id}: cannot read the date {shown!r}; "
                "using --reference-date or the date in the text instead")
        return None
    return found.iso() if found is not None else None


def _row_document(row: dict[str, object], doc_id: str, source: str, how: _How) -> Document | DocumentError:
    """The Document of one corpus row, or the DocumentError saying why it is none."""
    own_id = _cell_str(row.get(how.id_column)) if how.id_column else None
    if own_id is not None:
        doc_id = own_id
    if how.text_column not in row:
        have = ", ".join(map(str, row)) or "none"
        return DocumentError(doc_id, f"no text field {how.text_column!r} (fields: {have})")
    text = row[how.text_column]
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return DocumentError(doc_id, "empty document")
    if not isinstance(text, str):
        return DocumentError(doc_id, f"text is {type(text).__name__}, not a string")
    if not text.strip():
        return DocumentError(doc_id, "empty document")
    title = _cell_str(row.get("title"))
    date = document_date(row.get(how.date_column), doc_id, how) if how.date_column else None
    lang = _cell_str(row.get("lang"))
    return Document(id=doc_id, text=text, date=date, title=title, source=source, lang=lang)


def _extension(path: str) -> str:
    """The file's extension, lower case, with a ``.gz`` kept with the one before it.

    >>> _extension("a/B.JSONL.gz"), _extension("x.tar.gz"), _extension("README"), _extension("a.csv")
    ('.jsonl.gz', '.tar.gz', '', '.csv')
    """
    stem, ext = os.path.splitext(path)
    ext = ext.lower()
    if ext == ".gz":
        ext = os.path.splitext(stem)[1].lower() + ext
    return ext


def _open_error(path: str, exc: OSError) -> InputError:
    reason = exc.strerror or type(exc).__name__
    if isinstance(exc, FileNotFoundError):
        return InputError(path, "no such file or directory")
    return InputError(path, f"cannot read: {reason}")


def _open(path: str) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in ``.gz``."""
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _gzip_error(path: str, exc: Exception) -> InputError:
    return InputError(path, f"not a valid gzip file ({exc})")


def skip_reason(path: str) -> str | None:
    """Why a file is not read (by its extension), or None for a file numfacts reads.

    >>> skip_reason("a.pdf"), skip_reason("README"), skip_reason("a.txt")
    ('a PDF file (convert it to text first, e.g. with pdftotext)', 'no extension', None)
    """
    ext = _extension(path)
    if ext in KNOWN_EXTENSIONS:
        return None
    if ext in _NOT_READ:
        return _NOT_READ[ext]
    return "no extension" if not ext else f"unknown format {ext!r}"


def known_extensions() -> str:
    """The extensions numfacts reads, for messages.

    >>> known_extensions()
    '.csv, .htm, .html, .json, .jsonl, .markdown, .md, .ndjson, .parquet, .text, .tsv, .txt; .csv.gz, .json.gz, .jsonl.gz, .ndjson.gz, .tsv.gz'
    """
    return "; ".join(", ".join(sorted(e for e in KNOWN_EXTENSIONS if e.endswith(".gz") == gz)) for gz in (False, True))


# --------------------------------------------------------------------------- one input each


def _read_text_file(path: str, how: _How) -> Iterator[Document | DocumentError]:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield _open_error(path, exc)
        return
    try:
        text = decode_bytes(data, path, how.warn, how.encoding)
    except InputError as exc:
        yield exc
        return
    yield from _text_document(text, path, path, html=_extension(path) in HTML_EXTENSIONS, how=how)


def _text_document(text: str, doc_id: str, source: str, *, html: bool, how: _How) -> Iterator[Document | DocumentError]:
    title = date = None
    if html:
        page = read_page(text)
        text, title = page.text, page.title
        date = document_date(page.date, doc_id, how) if page.date else None
    if not text.strip():
        yield DocumentError(doc_id, "empty document")
        return
    yield Document(id=doc_id, text=text, date=date, title=title, source=source)


def _jsonl_rows(fh: BinaryIO, name: str, how: _How) -> Iterator[Document | DocumentError]:
    checked = seen = False
    for number, line in enumerate(_text_lines(fh, name, how.warn, how.encoding), start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{name}:{number}"
        row = json_row(line, where)
        if isinstance(row, DocumentError):
            yield row
            continue
        if not checked:
            checked = True
            error = _check_columns(name, row, how)
            if error is not None:
                yield error
                return
        yield _row_document(row, where, name, how)
    if not seen:
        yield InputError(name, "empty file")


def _json_rows(fh: BinaryIO, name: str, how: _How) -> Iterator[Document | DocumentError]:
    text = "".join(_text_lines(fh, name, how.warn, how.encoding))
    if not text.strip():
        yield InputError(name, "empty file")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(name, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(data, dict):  # one record
        data = [data]
    if not isinstance(data, list):
        yield InputError(name, f"a JSON {type(data).__name__}, not an array of objects")
        return
    if not data:
        yield InputError(name, "empty file")
        return
    for number, row in enumerate(data, start=1):
        where = f"{name}:{number}"
        if not isinstance(row, dict):
            yield DocumentError(where, f"a JSON {type(row).__name__}, not an object")
            continue
        if number == 1:
            error = _check_columns(name, row, how)
            if error is not None:
                yield error
                return
        yield _row_document(row, where, name, how)


def _csv_rows(fh: BinaryIO, name: str, how: _How, delimiter: str) -> Iterator[Document | DocumentError]:
    reader = csv.DictReader(_text_lines(fh, name, how.warn, how.encoding), delimiter=delimiter)
    header = reader.fieldnames
    if header is None:
        yield InputError(name, "empty file")
        return
    error = _check_columns(name, header, how)
    if error is not None:
        yield error
        return
    for number, row in enumerate(reader, start=1):
        row.pop(None, None)  # type: ignore[call-overload,unused-ignore]  # cells beyond the header
        yield _row_document(dict(row), f"{name}:{number}", name, how)


def _stream_rows(fh: BinaryIO, name: str, kind: str, how: _How) -> Iterator[Document | DocumentError]:
    """The documents of a corpus stream of `kind` (jsonl, json, csv, tsv), errors included."""
    try:
        if kind == "jsonl":
            yield from jsonl_blocks(fh, name, how) if how.blocks else _jsonl_rows(fh, name, how)
        elif kind == "json":
            yield from _json_rows(fh, name, how)
        else:
            yield from _csv_rows(fh, name, how, "\t" if kind == "tsv" else ",")
    except InputError as exc:
        yield exc
    except csv.Error as exc:
        yield InputError(name, f"malformed {kind.upper()}: {exc}")
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield _gzip_error(name, exc)
    except OSError as exc:
        yield _open_error(name, exc)


def _read_corpus(path: str, kind: str, how: _How) -> Iterator[Document | DocumentError]:
    try:
        fh = _open(path)
    except OSError as exc:
        yield _open_error(path, exc)
        return
    with fh:
        yield from _stream_rows(fh, path, kind, how)


def _read_parquet(path: str, how: _How) -> Iterator[Document | DocumentError]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except OSError as exc:
        yield _open_error(path, exc)
        return
    except (pa.ArrowException, ValueError) as exc:
        yield InputError(path, f"not a Parquet file ({exc})")
        return
    with pf:
        names = pf.schema_arrow.names
        error = _check_columns(path, names, how)
        if error is not None:
            yield error
            return
        wanted = [c for c in dict.fromkeys([how.text_column, how.id_column, how.date_column, "title", "lang"]) if c in names]
        number = 0
        try:
            for batch in pf.iter_batches(columns=wanted, batch_size=1024):
                for row in batch.to_pylist():
                    number += 1
                    yield _row_document(row, f"{path}:{number}", path, how)
        except (pa.ArrowException, OSError) as exc:
            yield InputError(path, f"cannot read row {number + 1}: {exc}")


def _read_stdin(stdin: BinaryIO, input_format: str, how: _How) -> Iterator[Document | DocumentError]:
    kind = input_format
    stream: BinaryIO = stdin
    if kind == "auto":  # JSONL when the first line that is not blank is a JSON object
        head = b""
        while True:
            line = stdin.readline()
            head += line
            if not line or line.strip():
                break
        kind = "text"
        first = line.strip().lstrip(codecs.BOM_UTF8)
        if first.startswith(b"{"):
            try:
                kind = "jsonl" if isinstance(json.loads(first.decode("utf-8", errors="replace")), dict) else "text"
            except json.JSONDecodeError:
                pass
        stream = _Rewound(head, stdin)  # type: ignore[assignment]
    if kind in ("jsonl", "json", "csv", "tsv"):
        yield from _stream_rows(stream, "stdin", kind, how)
        return
    try:
        text = decode_bytes(stream.read(), "stdin", how.warn, how.encoding)
    except InputError as exc:
        yield exc
        return
    for doc in _text_document(text, "stdin", "-", html=kind == "html", how=how):
        yield doc if isinstance(doc, DocumentError) or doc.title or doc.date else Document(doc.id, doc.text, source="-")


def _walk(top: str, how: _How) -> Iterator[str | InputError]:
    """Files to read under a directory, or the error of a folder that cannot be listed.

    A folder's files come first, then its subfolders, each in sorted order; a folder reached
    again through a symbolic link is not walked again (so symlink loops end). Hidden files are
    left out; every other file that is not read is reported through `how.warn`.
    """
    seen: set[tuple[int, int]] = set()
    errors: list[InputError] = []
    for root, dirs, files in os.walk(top, followlinks=True, onerror=lambda exc: errors.append(
            _open_error(str(exc.filename or top), exc))):
        yield from errors
        errors.clear()
        try:
            st = os.stat(root)
        except OSError:  # pragma: no cover - vanished while walking
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            reason = skip_reason(name)
            if reason is None and how.exclude and os.path.realpath(path) in how.exclude:
                reason = "the output file of this run"
            if reason is not None:
                how.say(f"{path}: skipped: {reason}")
                continue
            yield path
    yield from errors


def _read_path(path: str, how: _How) -> Iterator[Document | DocumentError]:
    ext = _extension(path)
    if ext in TEXT_EXTENSIONS or ext in HTML_EXTENSIONS:
        yield from _read_text_file(path, how)
    elif ext == ".parquet":
        yield from _read_parquet(path, how)
    elif ext in CORPUS_EXTENSIONS:
        kind = ext.removesuffix(".gz").lstrip(".").replace("ndjson", "jsonl")
        yield from _read_corpus(path, kind, how)
    else:
        reason = skip_reason(path)
        if path.lower().endswith(tuple(_NOT_READ)):
            yield InputError(path, f"not read: {reason}")
        else:
            yield InputError(path, f"not read: {reason} (known: {known_extensions()})")


def read_inputs(
    paths: Iterable[str] = (),
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = "date",
    required: Collection[str] = (),
    stdin: BinaryIO | None = None,
    input_format: str = "auto",
    encoding: str | None = None,
    day_first: bool = False,
    exclude: Iterable[str] = (),
    warn: Warn | None = None,
    blocks: tuple[int, int] | None = None,
) -> Iterator[Document | DocumentError | Lines]:
    """Every document of `paths`, in order, or the error that stands for one that failed.

    `-`, or no path at all, reads standard input (`stdin`, default ``sys.stdin.buffer``) in
    `input_format` (one of `INPUT_FORMATS`). `required`: the columns named explicitly (the id
    or date column), which a corpus must have. `encoding`: of files without a byte-order mark
    (default UTF-8). `day_first`: how a corpus date ``03/04/2024`` reads. `exclude`: files never
    read (the run's output), skipped with a warning. `warn` receives warning messages (bad
    bytes, skipped files, unreadable dates); by default they are `InputWarning` warnings.
    `blocks` (most lines, most bytes): a JSONL file's rows after its first come as
    `numfacts.lines.Lines`, read into documents later (by the batch runner, in its workers).

    >>> list(read_inputs(["-"], stdin=io.BytesIO(b"12 dead")))
    [Document(id='stdin', text='12 dead', date=None, title=None, source='-', lang=None)]
    >>> [d.id for d in read_inputs(["-"], stdin=io.BytesIO(b'{"id": "a", "text": "1"}'))]
    ['a']
    >>> list(read_inputs(["nowhere.jsonl"]))
    [InputError('nowhere.jsonl: no such file or directory')]
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r} (known: {', '.join(INPUT_FORMATS)})")
    how = _How(text_column=text_column, id_column=id_column, date_column=date_column, required=tuple(required),
               encoding=encoding, day_first=day_first, warn=warn,
               exclude=frozenset(os.path.realpath(p) for p in exclude if p and p != "-"), blocks=blocks)
    paths = list(paths) or ["-"]
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, input_format, how)
            continue
        try:
            is_dir = os.path.isdir(path)
            exists = is_dir or os.path.exists(path)
        except OSError as exc:  # pragma: no cover - path too long and the like
            yield _open_error(path, exc)
            continue
        if not exists:
            yield InputError(path, "no such file or directory")
        elif is_dir:
            for file in _walk(path, how):
                if isinstance(file, InputError):
                    yield file
                    continue
                yield from _read_path(document_path(file), how)
        else:
            yield from _read_path(document_path(path), how)


__all__ = [
    "CORPUS_EXTENSIONS", "DecodeWarning", "Document", "INPUT_FORMATS", "InputWarning", "KNOWN_EXTENSIONS",
    "decode_bytes", "document_date", "html_to_text", "read_inputs", "skip_reason",
]
