"""JSONL lines read where they are extracted: `numfacts extract --jobs N` without a parsing parent.

With ``read_inputs(..., blocks=(lines, size))`` a JSONL corpus in UTF-8 is read, after its first
row (whose columns are checked here, as always), as `Lines`: runs of at most `lines` whole lines
and about `size` bytes, still bytes. The batch runner (`numfacts.runner`) sends each to the
process that extracts it, which turns it into documents (`Lines.documents`): parsing JSON and
reading dates then run in parallel, and the process that reads the input and writes the output
only splits bytes, the work that otherwise bounds how much faster N processes are (issue #14).

The documents, their ids (``file:line`` for a row without one), the errors (``malformed JSON``)
and the warnings (an unreadable date) are those that `read_inputs` makes line by line; the
warnings come back as messages (`Lines.documents` hands them to `warn`). A line that is not
valid UTF-8 is read here, line by line, so that its file is warned about once. Another
encoding, a byte-order mark or a NUL byte: the file is read line by line, as without `blocks`.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, BinaryIO

from .errors import DocumentError, InputError

if TYPE_CHECKING:
    from .reader import Document, _How


@dataclass(frozen=True, slots=True)
class Lines:
    """Consecutive lines of a JSONL corpus, valid UTF-8 bytes, read into documents later.

    >>> from numfacts.reader import _How
    >>> lines = Lines("c.jsonl", 7, b'{"text": "12 dead"}\\n\\n[1]\\n', _How(warn=None))
    >>> lines.documents(print)
    [Document(id='c.jsonl:7', text='12 dead', date=None, title=None, source='c.jsonl', lang=None), DocumentError('c.jsonl:9: a JSON list, not an object')]
    """

    name: str
    first: int  # the number of the first line in its file
    data: bytes
    how: _How  # the reading options (its `warn` is None: a function does not cross processes)

    def documents(self, warn: Callable[[str], None]) -> list[Document | DocumentError]:
        """The documents of the lines, in order, as `read_inputs` reads them; warnings go to `warn`."""
        from .reader import _row_document

        how = replace(self.how, warn=warn)
        out: list[Document | DocumentError] = []
        for number, raw in enumerate(self.data.split(b"\n"), start=self.first):
            line = raw.decode("utf-8")
            if not line.strip():
                continue
            where = f"{self.name}:{number}"
            row = json_row(line, where)
            out.append(row if isinstance(row, DocumentError) else _row_document(row, where, self.name, how))
        return out


def json_row(line: str, where: str) -> dict[str, object] | DocumentError:
    """One JSONL line's object, or the error naming the line.

    >>> json_row('{"text": "1"}', "a:1"), json_row("{", "a:2")
    ({'text': '1'}, DocumentError('a:2: malformed JSON: Expecting property name enclosed in double quotes (column 2)'))
    """
    try:
        row = json.loads(line.rstrip("\r\n"))  # so that a column counts within the line
    except json.JSONDecodeError as exc:
        return DocumentError(where, f"malformed JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(row, dict):
        return DocumentError(where, f"a JSON {type(row).__name__}, not an object")
    return row


def jsonl_blocks(fh: BinaryIO, name: str, how: _How) -> Iterator[Document | DocumentError | Lines]:
    """A JSONL stream's documents up to its first one, then `Lines` of the rest (``how.blocks``:
    their most lines and bytes); a file in another encoding, with a byte-order mark or a NUL byte
    is read line by line, as without `blocks`."""
    from .reader import _SNIFF, _bom_encoding, _jsonl_rows, _Rewound

    head = fh.read(_SNIFF)
    if _bom_encoding(head[:4]) is not None or b"\x00" in head or how.encoding not in (None, "utf-8"):
        yield from _jsonl_rows(_Rewound(head, fh), name, replace(how, blocks=None))
        return
    blocks = _Blocks(name, how, _file_size(fh))
    try:
        yield from blocks.read(head, fh)
    except Exception:  # a gzip file cut short, a read error: the lines before it come first
        yield from blocks.flush()
        raise
    yield from blocks.flush()
    if not blocks.seen:
        yield InputError(name, "empty file")


#: The smallest block (bytes) that tapering at the end of a file makes.
TAPER = 16 * 1024


def _file_size(fh: BinaryIO) -> int | None:
    """The size of a plain file being read (not a gzip stream, nor standard input), else None."""
    if not isinstance(fh, io.BufferedReader):
        return None
    try:
        return os.fstat(fh.fileno()).st_size
    except (OSError, ValueError):
        return None


class _Blocks:
    """The state of `jsonl_blocks`: the lines gathered, and what the file has shown so far."""

    def __init__(self, name: str, how: _How, total: int | None = None) -> None:
        assert how.blocks is not None
        self.name, self.how, self.total = name, how, total
        self.most, self.size = how.blocks
        self.limit = self.size
        self.sent = replace(how, warn=None, blocks=None, exclude=frozenset())
        self.checked = self.warned = self.seen = False
        self.block: list[bytes] = []
        self.first = self.filled = 0

    def flush(self) -> Iterator[Lines]:
        if self.block:
            yield Lines(self.name, self.first, b"".join(self.block), self.sent)
            self.block, self.filled = [], 0

    def read(self, head: bytes, fh: BinaryIO) -> Iterator[Document | DocumentError | Lines]:
        from .reader import _byte_lines, _check_columns, _decode, _row_document

        offset = 0
        for number, raw in enumerate(_byte_lines(head, fh), start=1):
            start, offset = offset, offset + len(raw)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:  # read here, with the file's one warning
                if not self.warned:
                    _decode(raw, self.name, self.how.warn, offset=start)
                    self.warned = True
                line = raw.decode("utf-8", errors="replace")
            else:
                if self.checked:  # a valid line after the first row: gathered, read where it is extracted
                    if not self.block:
                        self.first = number
                        self.limit = self._limit(start)
                    self.block.append(raw if raw.endswith(b"\n") else raw + b"\n")
                    self.filled += len(raw)
                    if len(self.block) >= self.most or self.filled >= self.limit:
                        yield from self.flush()
                    continue
            yield from self.flush()
            if not line.strip():
                continue
            self.seen = True
            where = f"{self.name}:{number}"
            row = json_row(line, where)
            if isinstance(row, DocumentError):
                yield row
                continue
            if not self.checked:
                self.checked = True
                error = _check_columns(self.name, row, self.how)
                if error is not None:
                    raise error
            yield _row_document(row, where, self.name, self.how)

    def _limit(self, offset: int) -> int:
        """The bytes of a block starting at `offset`: the size asked for, less towards the end of a
        file of known size (a quarter of what is left, at least `TAPER`), so that the last blocks
        are small and the workers finish together instead of one waiting for a whole last chunk.

        >>> from numfacts.reader import _How
        >>> blocks = _Blocks("c.jsonl", _How(blocks=(100, 100_000)), total=1_000_000)
        >>> [blocks._limit(at) for at in (0, 800_000, 990_000)]
        [100000, 50000, 16384]
        """
        if self.total is None:
            return self.size
        return min(self.size, max((self.total - offset) // 4, min(TAPER, self.size)))


__all__ = ["Lines", "json_row", "jsonl_blocks"]
