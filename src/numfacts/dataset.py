"""A Parquet dataset: a folder of parts, one a chunk, that a rerun resumes (what Dask and Spark read).

``numfacts extract BIG.jsonl --format parquet -o facts/`` writes, in ``facts/``:

- ``part-00000.parquet``, ``part-00001.parquet``, ...: the rows of one chunk each, with the
  contract's dtypes (a chunk without facts writes no part). Each is written under a hidden
  temporary name and renamed into place.
- ``_documents.jsonl``: one line a chunk, ``{"part": N, "documents": [...]}``, each document's
  ``id``, ``date``, ``title``, ``characters``, ``facts``, ``error`` and ``sha256``, appended once
  the chunk's part is in place: a chunk is done when its line is complete (one line, so a crash
  cannot list half a chunk). Readers of the dataset skip it (a name starting with ``_`` is not
  data for pyarrow, Dask or Spark). A document that failed is tried again by the next run and
  listed again: its last listing counts.
- ``_numfacts.lock``: held while a run writes, so a second run on the same folder fails at once
  with a clear message instead of mixing its parts with the first's.

A rerun of the same command (after a crash, ``kill -9``, Ctrl-C) skips the documents listed,
removes a part left by the chunk that was in flight (numbered past the last one listed) and a
half-written last line, and goes on from there; the dataset then holds the same rows as one
uninterrupted run would (cut into other parts). ``pandas.read_parquet("facts/")`` and
``dask.dataframe.read_parquet("facts/")`` read it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable
from typing import IO, Any

from .writers import DocumentRecord, OutputError, Row, Writer, arrow_schema, arrow_table

MANIFEST = "_documents.jsonl"
LOCK = "_numfacts.lock"
_PART = re.compile(r"part-(\d+)\.parquet")


def part_name(number: int) -> str:
    """The file name of part `number`.

    >>> part_name(0), part_name(123456)
    ('part-00000.parquet', 'part-123456.parquet')
    """
    return f"part-{number:05d}.parquet"


def _lock(path: str) -> IO[Any]:
    handle = open(path, "a")  # noqa: SIM115 - held until the writer closes
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: no lock
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise OutputError(f"{os.path.dirname(path)}: another numfacts run is writing this dataset") from None
    return handle


class DatasetWriter(Writer):
    format = "parquet"
    #: Keyed by document id: a document is written once, even when the input repeats its id.
    unique_ids = True

    def __init__(self, folder: str) -> None:
        super().__init__()
        self.folder = folder
        try:
            os.makedirs(folder, exist_ok=True)
            self.lock = _lock(os.path.join(folder, LOCK))
        except OSError as exc:
            raise OutputError(f"{folder}: cannot write: {exc.strerror or exc}") from exc
        try:
            self._known, self.next_part = self._resume()
            self.manifest = open(os.path.join(folder, MANIFEST), "a", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            self.lock.close()
            raise OutputError(f"{folder}: cannot write: {exc.strerror or exc}") from exc
        self.schema = arrow_schema()
        self.part: int | None = None  # the part of the chunk being written

    def _resume(self) -> tuple[dict[str, str | None], int]:
        """The documents listed (done without error) and the next part's number; what a crash left
        half-done is removed."""
        path = os.path.join(self.folder, MANIFEST)
        known: dict[str, str | None] = {}
        last = -1
        if os.path.exists(path):
            with open(path, "rb+") as fh:
                data = fh.read()
                complete = data[: data.rfind(b"\n") + 1]
                if len(complete) != len(data):  # a line cut by a crash
                    fh.truncate(len(complete))
            for line in complete.decode("utf-8").splitlines():
                try:
                    chunk = json.loads(line)
                    last = max(last, int(chunk["part"]))
                    for record in chunk["documents"]:
                        if record.get("error") is None:
                            known[record["id"]] = record.get("sha256")
                        else:
                            known.pop(record["id"], None)
                except (ValueError, KeyError, TypeError) as exc:
                    raise OutputError(f"{path}: not a numfacts list of documents ({exc!r})") from exc
        for name in os.listdir(self.folder):
            match = _PART.fullmatch(name)
            if (match and int(match.group(1)) > last) or (name.startswith(".part-") and name.endswith(".tmp")):
                os.remove(os.path.join(self.folder, name))
        return known, last + 1

    def known(self) -> dict[str, str | None]:
        return dict(self._known)

    def _write_payload(self, payload: list[Row]) -> int:
        import pyarrow.parquet as pq

        self.part = self.next_part
        self.next_part += 1
        if not payload:
            return 0
        name = part_name(self.part)
        tmp = os.path.join(self.folder, f".{name}.tmp")
        try:
            pq.write_table(arrow_table(payload, self.schema), tmp)
            os.replace(tmp, os.path.join(self.folder, name))
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(tmp)
            raise OutputError(f"{self.folder}: cannot write {name}: {exc.strerror or exc}") from exc
        return len(payload)

    def write_documents(self, records: Iterable[DocumentRecord]) -> None:
        part = self.part if self.part is not None else self.next_part - 1
        documents = [{"id": r.id, "date": r.date, "title": r.title, "characters": r.characters, "facts": r.facts,
                      "error": r.error, "sha256": r.sha256} for r in records]
        line = json.dumps({"part": part, "documents": documents}, ensure_ascii=False) + "\n"
        try:
            self.manifest.write(line)
            self.manifest.flush()
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot write {MANIFEST}: {exc.strerror or exc}") from exc
        self._known.update((r.id, r.sha256) for r in records if r.error is None)
        self.part = None

    def _close(self) -> None:
        import pyarrow.parquet as pq

        try:
            if not any(_PART.fullmatch(name) for name in os.listdir(self.folder)):
                # no facts at all: one empty part, so that readers find the columns
                pq.write_table(self.schema.empty_table(),
                               os.path.join(self.folder, part_name(self.next_part)))
            self.manifest.close()
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot write: {exc.strerror or exc}") from exc
        finally:
            self.lock.close()

    def _abort(self) -> None:
        with contextlib.suppress(OSError):
            self.manifest.close()
        self.lock.close()


__all__ = ["LOCK", "MANIFEST", "DatasetWriter", "part_name"]
