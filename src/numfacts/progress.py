"""The progress bar on standard error: input MB done of the total, rate, time left, documents and rows.

`Progress` draws with tqdm (a maintained library, imported only when the bar is on): nothing until
`delay` seconds have passed (short runs stay quiet), a redraw at most every `interval` seconds,
and it is off altogether unless enabled (the CLI enables it when standard error is a terminal
and ``--quiet`` is not given). Messages printed through `note` appear above the bar.

Size. Progress counts bytes of *input*, so that it can be set against the size of the input
files. The runner reports the text of each document; a corpus file holds more than its text
(JSON keys, ids, escapes), so each corpus file gets a ratio of file bytes to text bytes measured
on its first MiB (`sample_ratio`). A file of one document (``.txt``, ``.html``) counts its whole
size once its document is done, and a corpus file counts its whole size once the next file
starts, so the estimate is exact between files.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from typing import Any, TextIO

from .paths import document_path

#: Corpus formats: many documents a file.
CORPUS = (".jsonl", ".ndjson", ".csv", ".parquet")
_SAMPLE = 1 << 20  # bytes of a corpus file read to measure its ratio


def sample_ratio(path: str, text_column: str = "text") -> float:
    """File bytes per byte of text in a corpus file, measured on its start; 1.0 when unknown.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
    ...     _ = fh.write('{"id": "a", "text": "0123456789"}\\n' * 3)
    >>> sample_ratio(fh.name)
    3.4
    >>> os.remove(fh.name)
    """
    ext = os.path.splitext(path)[1].lower()
    try:
        if ext == ".parquet":
            return _parquet_ratio(path, text_column)
        with open(path, "rb") as fh:
            head = fh.read(_SAMPLE)
    except (OSError, ValueError):
        return 1.0
    complete = head[: head.rfind(b"\n") + 1] if len(head) == _SAMPLE else head
    texts: Iterable[object]
    try:
        decoded = complete.decode("utf-8", errors="replace")
        if ext in (".jsonl", ".ndjson"):
            texts = [_field(line, text_column) for line in decoded.splitlines() if line.strip()]
        elif ext == ".csv":
            texts = [row.get(text_column) for row in csv.DictReader(io.StringIO(decoded, newline=""))]
        else:
            return 1.0
    except (ValueError, csv.Error):
        return 1.0
    text_bytes = sum(len(t.encode("utf-8", errors="replace")) for t in texts if isinstance(t, str))
    return len(complete) / text_bytes if text_bytes else 1.0


def _field(line: str, column: str) -> object:
    try:
        row = json.loads(line)
    except ValueError:
        return None
    return row.get(column) if isinstance(row, dict) else None


def _parquet_ratio(path: str, text_column: str) -> float:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    text = 0
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        for c in range(group.num_columns):
            column = group.column(c)
            if column.path_in_schema == text_column:
                text += column.total_uncompressed_size
    return os.path.getsize(path) / text if text else 1.0


def input_sizes(paths: Iterable[str], extensions: Iterable[str]) -> dict[str, int]:
    """The size of every input file, directories walked as the reader walks them, keyed by the
    document id the reader gives the file (`numfacts.paths.document_path`); stdin is left out."""
    known = frozenset(extensions)
    sizes: dict[str, int] = {}
    for path in paths:
        if path == "-":
            continue
        try:
            if os.path.isdir(path):
                for root, dirs, files in os.walk(path, followlinks=True):
                    dirs[:] = [d for d in dirs if not d.startswith(".")]
                    for name in files:
                        if not name.startswith(".") and os.path.splitext(name)[1].lower() in known:
                            full = os.path.join(root, name)
                            sizes[document_path(full)] = os.path.getsize(full)
            else:
                sizes[document_path(path)] = os.path.getsize(path)
        except OSError:
            continue
    return sizes


class Progress:
    """Counts documents, input bytes and rows, and shows them as a tqdm bar on `stream`."""

    def __init__(
        self,
        stream: TextIO,
        *,
        enabled: bool = True,
        sizes: dict[str, int] | None = None,
        ratios: dict[str, float] | None = None,
        total: int | None = None,
        delay: float = 0.5,
        interval: float = 0.2,
    ) -> None:
        self.stream = stream
        self.enabled = enabled
        self.sizes = sizes or {}
        self.ratios = ratios or {}
        self.total = total  # input bytes, None when unknown (standard input)
        self.documents = 0
        self.rows = 0
        self.finished = 0.0  # bytes of sources done with
        self.current: str | None = None
        self.current_bytes = 0.0  # estimated bytes read of the current source
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=stream, unit="B", unit_scale=True, unit_divisor=1000,
                            delay=delay, mininterval=interval, dynamic_ncols=True, leave=False,
                            bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt}B [{elapsed}<{remaining}, {rate_fmt}{postfix}]"
                            if total else "{n_fmt}B [{elapsed}, {rate_fmt}{postfix}]")

    @classmethod
    def for_stream(cls, stream: TextIO, *, quiet: bool, paths: Iterable[str] = (),
                   extensions: Iterable[str] = (), text_column: str = "text") -> Progress:
        """On only when `stream` is a terminal and not `quiet`; sizes and ratios measured only then."""
        paths = list(paths)
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if quiet or not tty:
            return cls(stream, enabled=False)
        sizes = input_sizes(paths, extensions)
        ratios = {p: sample_ratio(p, text_column) for p in sizes if os.path.splitext(p)[1].lower() in CORPUS}
        from_stdin = not paths or "-" in paths
        return cls(stream, sizes=sizes, ratios=ratios, total=None if from_stdin else sum(sizes.values()) or None)

    @property
    def done(self) -> float:
        """Estimated input bytes done."""
        current = self.current_bytes
        if self.current in self.sizes:
            current = min(current, self.sizes[self.current])
        return self.finished + current

    def advance(self, *, documents: int = 0, size: int = 0, rows: int = 0, source: str | None = None) -> None:
        """Count a document: its text's bytes, its rows, the input file it came from."""
        self.documents += documents
        self.rows += rows
        if source != self.current and source is not None:
            self._finish_source()
            self.current = source
        if source is None:
            self.finished += size
        elif os.path.splitext(source)[1].lower() in CORPUS:
            self.current_bytes += size * self.ratios.get(source, 1.0)
        else:  # a file of one document: all of it is read
            self.current_bytes = self.sizes.get(source, size)

    def _finish_source(self) -> None:
        if self.current is not None:
            self.finished += self.sizes.get(self.current, self.current_bytes)
        self.current, self.current_bytes = None, 0.0

    def show(self) -> None:
        """Bring the bar up to date (tqdm draws it once `delay` has passed, at most every `interval`)."""
        if self.bar is None:
            return
        done = self.done if self.total is None else min(self.done, self.total)
        self.bar.set_postfix_str(f"{self.documents:,} docs, {self.rows:,} rows", refresh=False)
        self.bar.update(done - self.bar.n)

    def clear(self) -> None:
        """Erase the bar (before printing something else); the next `show` draws it again."""
        if self.bar is not None:
            self.bar.clear()

    def note(self, message: str) -> None:
        """Print a message on a line of its own, above the bar."""
        self.clear()
        self.stream.write(message + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar at the end of the run."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


__all__ = ["Progress", "input_sizes", "sample_ratio"]
