"""A one-line progress bar on standard error: documents, MB, rows, rate and time left.

`Progress` draws nothing until `delay` seconds have passed (short runs stay quiet), redraws at
most every `interval` seconds, and is off altogether unless enabled (the CLI enables it when
standard error is a terminal and ``--quiet`` is not given). Messages printed through `note`
appear above the bar.

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
import shutil
import time
from collections.abc import Callable, Iterable
from typing import TextIO

#: Corpus formats: many documents a file.
CORPUS = (".jsonl", ".ndjson", ".csv", ".parquet")
_SAMPLE = 1 << 20  # bytes of a corpus file read to measure its ratio


def format_duration(seconds: float) -> str:
    """Seconds as H:MM:SS or M:SS.

    >>> format_duration(5), format_duration(83.4), format_duration(3725)
    ('0:05', '1:23', '1:02:05')
    """
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_line(*, documents: int, done: float, total: int | None, rows: int, elapsed: float,
                width: int = 12) -> str:
    """The progress line (under 80 characters up to a billion rows).

    >>> format_line(documents=1234, done=12.5e6, total=50_000_000, rows=8765, elapsed=10, width=10)
    '[##--------]  25%  1,234 docs  12.5/50.0 MB  8,765 rows  1.25 MB/s  0:30 left'
    >>> format_line(documents=3, done=2e6, total=None, rows=0, elapsed=0)
    '3 docs  2.0 MB  0 rows'
    """
    rate = done / elapsed if elapsed > 0 else 0.0
    parts = [f"{documents:,} docs"]
    if total:
        parts.append(f"{done / 1e6:.1f}/{total / 1e6:.1f} MB")
    else:
        parts.append(f"{done / 1e6:.1f} MB")
    parts.append(f"{rows:,} rows")
    if rate > 0:
        parts.append(f"{rate / 1e6:.2f} MB/s")
        if total:
            parts.append(f"{format_duration(max(0.0, total - done) / rate)} left")
    line = "  ".join(parts)
    if total:
        fraction = min(1.0, done / total)
        filled = int(fraction * width)
        line = f"[{'#' * filled}{'-' * (width - filled)}] {fraction:4.0%}  {line}"
    return line


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
    """The size of every input file, directories walked as the reader walks them; stdin is left out."""
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
                            sizes[full] = os.path.getsize(full)
            else:
                sizes[path] = os.path.getsize(path)
        except OSError:
            continue
    return sizes


class Progress:
    """Counts documents, input bytes and rows, and draws them on one line of `stream`."""

    def __init__(
        self,
        stream: TextIO,
        *,
        enabled: bool = True,
        sizes: dict[str, int] | None = None,
        ratios: dict[str, float] | None = None,
        total: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        delay: float = 0.5,
        interval: float = 0.2,
        width: Callable[[], int] = lambda: shutil.get_terminal_size().columns,
    ) -> None:
        self.stream = stream
        self.enabled = enabled
        self.sizes = sizes or {}
        self.ratios = ratios or {}
        self.total = total  # input bytes, None when unknown (standard input)
        self.clock = clock
        self.delay = delay
        self.interval = interval
        self.width = width
        self.started = clock()
        self.last_drawn = float("-inf")
        self.drawn = 0  # characters on the line now
        self.documents = 0
        self.rows = 0
        self.finished = 0.0  # bytes of sources done with
        self.current: str | None = None
        self.current_bytes = 0.0  # estimated bytes read of the current source

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

    def show(self, *, force: bool = False) -> None:
        """Redraw the line, if on, once `delay` has passed, at most every `interval` seconds."""
        if not self.enabled:
            return
        now = self.clock()
        if not force and (now - self.started < self.delay or now - self.last_drawn < self.interval):
            return
        self.last_drawn = now
        line = format_line(documents=self.documents, done=self.done, total=self.total, rows=self.rows,
                           elapsed=now - self.started)
        line = line[: max(10, self.width() - 1)]
        self.stream.write("\r" + line + " " * max(0, self.drawn - len(line)))
        self.stream.flush()
        self.drawn = len(line)

    def clear(self) -> None:
        """Erase the line (before printing something else)."""
        if self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0

    def note(self, message: str) -> None:
        """Print a message on a line of its own, above the bar."""
        self.clear()
        self.stream.write(message + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar at the end of the run."""
        if self.enabled:
            self.clear()


__all__ = ["Progress", "format_duration", "format_line", "input_sizes", "sample_ratio"]
