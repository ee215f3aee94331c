"""Reading documents: text files, HTML, directories, corpus files (JSONL, CSV, Parquet) and stdin.

`read_inputs` is a generator: it yields one `Document` at a time, or a `DocumentError` /
`InputError` for a document or an input that could not be read, and then goes on with the rest.
Nothing is read before it is needed, so a corpus of any size streams.

What is read, and the document id each gets:

=====================  ==================================  =====================================
input                  documents                           ``Document.id``
=====================  ==================================  =====================================
``.txt``, ``.md``      the whole file                      the path as given (``notes/a.txt``)
``.html``, ``.htm``    its text (script and style dropped) the path as given
directory              every supported file under it,      the file's path under the directory
                       walked in sorted order
``.jsonl``             one JSON object a line              the id column, else ``FILE:LINE``
``.csv``               one row a document                  the id column, else ``FILE:ROW``
``.parquet``           one row a document                  the id column, else ``FILE:ROW``
``-`` (standard input) the whole stream, as text           ``stdin``
=====================  ==================================  =====================================

LINE is the 1-based line number of the JSONL file; ROW the 1-based number of the data row of a CSV
or Parquet file (the CSV header is not a row).

Choices this module makes, on purpose:

- Encoding. A UTF-8 or UTF-16/UTF-32 byte-order mark is detected and decoded (and dropped from the
  text, so offsets count from the first real character). Without one, files are UTF-8. Bytes that
  are not valid UTF-8 are decoded with ``errors="replace"`` (each becomes U+FFFD) and one warning
  per file names the file and the first bad byte's offset: a few mangled characters should not
  cost a whole corpus, and the warning keeps them from passing silently. Line endings are kept as
  they are in the file, so offsets are offsets into the decoded file.
- Windows-1252 and Latin-1. Not detected: such a file is invalid UTF-8, read as above (each
  accented letter, curly quote or euro sign becomes U+FFFD) with the warning naming the file and
  the byte. Guessing a legacy encoding would silently mangle a UTF-8 file with one bad byte; the
  warning tells the user to convert the file (``iconv -f cp1252 -t utf-8``) if it matters.
- Binary files. A text file (without a UTF-16/32 mark) holding a NUL byte is an ``InputError``:
  "binary file" when the NUL is in its first 8 KiB, "binary file (at offset N)" when later (a
  text file with a stray NUL is not trusted). UTF-16 without a byte-order mark is therefore a
  binary file. In a corpus file only the first 8 KiB are sniffed; a later NUL makes that JSONL
  line malformed ("Invalid control character"), and inside a CSV cell or a JSON ``\u0000``
  escape it is text like any other character.
- Empty documents. A document that is empty or only whitespace is a ``DocumentError``
  "empty document"; a corpus file without a single line or row is an ``InputError`` "empty file".
- Directories. A folder's files come first, then its subfolders, each in sorted order. Files
  and folders whose names start with ``.`` are skipped, as are files of an unsupported
  extension (named on the command line, such a file is an ``InputError`` "unknown format").
  A folder reached twice through symbolic links is walked once; a folder that cannot be
  listed is an ``InputError``.
- HTML. Reduced to its text with the standard library's ``html.parser``: ``script``, ``style``,
  ``template``, ``noscript`` and ``head`` content dropped (the ``title`` kept as the document's
  title), each block element a paragraph of its own, whitespace inside a paragraph collapsed.
  A ``<meta charset>`` is not honoured: HTML is read as UTF-8 like everything else.
- Corpus files. A missing text column (the whole file, or the first JSONL object) is one
  ``InputError`` naming the file and the columns it has; a later JSONL line without it, a
  malformed line, or a text that is not a string is a ``DocumentError`` for that line alone.
  A row's ``date`` becomes ``Document.date`` (its reference date); a ``title`` column, if
  present, ``Document.title``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import math
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import BinaryIO

from .errors import DocumentError, InputError

#: Extensions read as one document a file.
TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown"})
#: Extensions reduced from HTML.
HTML_EXTENSIONS = frozenset({".html", ".htm"})
#: Extensions read as one document a row.
CORPUS_EXTENSIONS = frozenset({".jsonl", ".ndjson", ".csv", ".parquet"})
KNOWN_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | CORPUS_EXTENSIONS

_SNIFF = 8192  # bytes looked at for NUL bytes


class DecodeWarning(UserWarning):
    """A file was not valid UTF-8: its bad bytes were replaced by U+FFFD."""


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


def decode_bytes(data: bytes, name: str, warn: Warn | None = None) -> str:
    """Text of a whole file: BOM detected, NUL bytes refused, bad UTF-8 replaced with a warning.

    >>> decode_bytes("café".encode("utf-16"), "a.txt")
    'café'
    >>> decode_bytes(b"\\xef\\xbb\\xbf12 km", "a.txt")
    '12 km'
    >>> decode_bytes(b"a\\x00b", "a.bin")
    Traceback (most recent call last):
    numfacts.errors.InputError: a.bin: binary file
    """
    bom = _bom_encoding(data[:4])
    if bom is not None:
        encoding, skip = bom
        return data[skip:].decode(encoding, errors="replace")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(name, "binary file", position=nul if nul >= _SNIFF else None)
    return _decode_utf8(data, name, warn, offset=0)


def _decode_utf8(data: bytes, name: str, warn: Warn | None, *, offset: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        (warn or _default_warn)(
            f"{name}: not valid UTF-8 (at byte {offset + exc.start}); undecodable bytes replaced with U+FFFD"
        )
        return data.decode("utf-8", errors="replace")


def _text_lines(stream: BinaryIO, name: str, warn: Warn | None) -> Iterator[str]:
    """Decoded lines of a corpus file, streamed; one warning per file for bad UTF-8."""
    head = stream.read(_SNIFF)
    bom = _bom_encoding(head[:4])
    if bom is not None and bom[0] != "utf-8":  # UTF-16/32: line splitting on bytes breaks; decode it whole
        text = (head + stream.read())[bom[1] :].decode(bom[0], errors="replace")
        yield from io.StringIO(text, newline="")
        return
    if bom is None and b"\x00" in head:
        raise InputError(name, "binary file")
    rest = head[bom[1] :] if bom else head
    warned = False
    offset = bom[1] if bom else 0
    for raw in _byte_lines(rest, stream):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                _decode_utf8(raw, name, warn, offset=offset)
                warned = True
            yield raw.decode("utf-8", errors="replace")
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


# --------------------------------------------------------------------------- HTML


_BREAK = "\x1e"  # marks a block boundary among the collected text (removed from the page's own text)


class _HTMLText(HTMLParser):
    """Collects the visible text of an HTML page, a paragraph per block element."""

    SKIP = frozenset({"script", "style", "template", "noscript", "head", "svg"})
    BLOCK = frozenset({
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "body",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data.replace(_BREAK, " "))


def html_to_text(markup: str) -> tuple[str, str | None]:
    """The visible text of an HTML page, a blank line between blocks, and its title.

    >>> html_to_text("<html><head><title>Aleppo</title><style>p{}</style></head>"
    ...              "<body><p>78,000   civilians&nbsp;fled\\n on Sunday.</p><script>var x=1;</script>"
    ...              "<p>Two</p></body>")
    ('78,000 civilians fled on Sunday.\\n\\nTwo', 'Aleppo')
    """
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    paragraphs = (" ".join(block.split()) for block in "".join(parser.parts).split(_BREAK))
    title = " ".join("".join(parser.title_parts).split()) or None
    return "\n\n".join(p for p in paragraphs if p), title


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


def _missing_text(name: str, column: str, columns: Iterable[object]) -> InputError:
    have = ", ".join(str(c) for c in columns) or "none"
    return InputError(name, f"no text column {column!r} (columns: {have})")


def _row_document(
    row: dict[str, object], doc_id: str, source: str, *,
    text_column: str, id_column: str | None, date_column: str | None,
) -> Document | DocumentError:
    """The Document of one corpus row, or the DocumentError saying why it is none."""
    own_id = _cell_str(row.get(id_column)) if id_column else None
    if own_id is not None:
        doc_id = own_id
    if text_column not in row:
        have = ", ".join(map(str, row)) or "none"
        return DocumentError(doc_id, f"no text field {text_column!r} (fields: {have})")
    text = row[text_column]
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return DocumentError(doc_id, "empty document")
    if not isinstance(text, str):
        return DocumentError(doc_id, f"text is {type(text).__name__}, not a string")
    if not text.strip():
        return DocumentError(doc_id, "empty document")
    title = _cell_str(row.get("title"))
    date = _cell_str(row.get(date_column)) if date_column else None
    lang = _cell_str(row.get("lang"))
    return Document(id=doc_id, text=text, date=date, title=title, source=source, lang=lang)


def _extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _open_error(path: str, exc: OSError) -> InputError:
    reason = exc.strerror or type(exc).__name__
    if isinstance(exc, FileNotFoundError):
        return InputError(path, "no such file or directory")
    return InputError(path, f"cannot read: {reason}")


# --------------------------------------------------------------------------- one input each


def _read_text_file(path: str, warn: Warn | None) -> Iterator[Document | DocumentError]:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield _open_error(path, exc)
        return
    try:
        text = decode_bytes(data, path, warn)
    except InputError as exc:
        yield exc
        return
    title = None
    if _extension(path) in HTML_EXTENSIONS:
        text, title = html_to_text(text)
    if not text.strip():
        yield DocumentError(path, "empty document")
        return
    yield Document(id=path, text=text, title=title, source=path)


def _read_jsonl(path: str, warn: Warn | None, *, text_column: str, id_column: str | None,
                date_column: str | None) -> Iterator[Document | DocumentError]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _open_error(path, exc)
        return
    with fh:
        checked = seen = False
        try:
            for number, line in enumerate(_text_lines(fh, path, warn), start=1):
                if not line.strip():
                    continue
                seen = True
                where = f"{path}:{number}"
                try:
                    row = json.loads(line.rstrip("\r\n"))  # so that a column counts within the line
                except json.JSONDecodeError as exc:
                    yield DocumentError(where, f"malformed JSON: {exc.msg} (column {exc.colno})")
                    continue
                if not isinstance(row, dict):
                    yield DocumentError(where, f"a JSON {type(row).__name__}, not an object")
                    continue
                if not checked:
                    checked = True
                    if text_column not in row:
                        yield _missing_text(path, text_column, row)
                        return
                yield _row_document(row, where, path, text_column=text_column, id_column=id_column,
                                    date_column=date_column)
            if not seen:
                yield InputError(path, "empty file")
        except InputError as exc:
            yield exc
        except OSError as exc:
            yield _open_error(path, exc)


def _read_csv(path: str, warn: Warn | None, *, text_column: str, id_column: str | None,
              date_column: str | None) -> Iterator[Document | DocumentError]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _open_error(path, exc)
        return
    with fh:
        try:
            reader = csv.DictReader(_text_lines(fh, path, warn))
            header = reader.fieldnames
            if header is None:
                yield InputError(path, "empty file")
                return
            if text_column not in header:
                yield _missing_text(path, text_column, header)
                return
            for number, row in enumerate(reader, start=1):
                row.pop(None, None)  # type: ignore[call-overload,unused-ignore]  # cells beyond the header
                yield _row_document(dict(row), f"{path}:{number}", path, text_column=text_column,
                                    id_column=id_column, date_column=date_column)
        except InputError as exc:
            yield exc
        except csv.Error as exc:
            yield InputError(path, f"malformed CSV: {exc}")
        except OSError as exc:
            yield _open_error(path, exc)


def _read_parquet(path: str, *, text_column: str, id_column: str | None,
                  date_column: str | None) -> Iterator[Document | DocumentError]:
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
        if text_column not in names:
            yield _missing_text(path, text_column, names)
            return
        wanted = [c for c in dict.fromkeys([text_column, id_column, date_column, "title", "lang"]) if c in names]
        number = 0
        try:
            for batch in pf.iter_batches(columns=wanted, batch_size=1024):
                for row in batch.to_pylist():
                    number += 1
                    yield _row_document(row, f"{path}:{number}", path, text_column=text_column,
                                        id_column=id_column, date_column=date_column)
        except (pa.ArrowException, OSError) as exc:
            yield InputError(path, f"cannot read row {number + 1}: {exc}")


def _read_stdin(stdin: BinaryIO, warn: Warn | None) -> Iterator[Document | DocumentError]:
    try:
        text = decode_bytes(stdin.read(), "stdin", warn)
    except InputError as exc:
        yield exc
        return
    if not text.strip():
        yield DocumentError("stdin", "empty document")
        return
    yield Document(id="stdin", text=text, source="-")


def _walk(top: str) -> Iterator[str | InputError]:
    """Supported files under a directory, or the error of a folder that cannot be listed.

    A folder's files come first, then its subfolders, each in sorted order; a folder reached
    again through a symbolic link is not walked again (so symlink loops end).
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
            if not name.startswith(".") and _extension(name) in KNOWN_EXTENSIONS:
                yield os.path.join(root, name)
    yield from errors


def _read_path(path: str, warn: Warn | None, *, text_column: str, id_column: str | None,
               date_column: str | None) -> Iterator[Document | DocumentError]:
    ext = _extension(path)
    if ext in TEXT_EXTENSIONS or ext in HTML_EXTENSIONS:
        yield from _read_text_file(path, warn)
    elif ext in (".jsonl", ".ndjson"):
        yield from _read_jsonl(path, warn, text_column=text_column, id_column=id_column, date_column=date_column)
    elif ext == ".csv":
        yield from _read_csv(path, warn, text_column=text_column, id_column=id_column, date_column=date_column)
    elif ext == ".parquet":
        yield from _read_parquet(path, text_column=text_column, id_column=id_column, date_column=date_column)
    else:
        known = ", ".join(sorted(KNOWN_EXTENSIONS))
        yield InputError(path, f"unknown format {ext or '(no extension)'!r} (known: {known})")


def read_inputs(
    paths: Iterable[str] = (),
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = "date",
    stdin: BinaryIO | None = None,
    warn: Warn | None = None,
) -> Iterator[Document | DocumentError]:
    """Every document of `paths`, in order, or the error that stands for one that failed.

    `-`, or no path at all, reads standard input (`stdin`, default ``sys.stdin.buffer``).
    `warn` receives warning messages (bad UTF-8); by default they are `DecodeWarning` warnings.

    >>> list(read_inputs(["-"], stdin=io.BytesIO(b"12 dead")))
    [Document(id='stdin', text='12 dead', date=None, title=None, source='-')]
    >>> list(read_inputs(["nowhere.jsonl"]))
    [InputError('nowhere.jsonl: no such file or directory')]
    """
    paths = list(paths) or ["-"]
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, warn)
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
            for file in _walk(path):
                if isinstance(file, InputError):
                    yield file
                    continue
                yield from _read_path(file, warn, text_column=text_column, id_column=id_column,
                                      date_column=date_column)
        else:
            yield from _read_path(path, warn, text_column=text_column, id_column=id_column,
                                  date_column=date_column)


__all__ = ["DecodeWarning", "Document", "KNOWN_EXTENSIONS", "decode_bytes", "html_to_text", "read_inputs"]
