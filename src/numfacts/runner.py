"""The batch runner behind `numfacts extract`: documents in, rows out, a chunk at a time.

`run_batch` streams documents from `numfacts.reader.read_inputs` (or any iterable of
`Document` / `DocumentError`) to a writer of `numfacts.writers`, holding only a bounded
number of chunks in memory, so that a corpus of any size runs in bounded memory.

- Chunks. Documents are grouped into chunks of at most `chunk_documents` documents or
  `chunk_characters` characters of text; one chunk is one task for a worker and one write.
  The worker also formats the chunk's rows for the writer (`Writer.encoder`: CSV or JSON
  text as UTF-8 bytes, or plain tuples for Parquet and SQLite), so that this process only reads
  and writes. A JSONL corpus may come as `numfacts.lines.Lines`, blocks of raw lines that the
  worker parses too (their reading warnings come back with the chunk, said before its failures);
  a writer keyed by document id has them read here, where ids are compared.
- Jobs. With ``jobs=1``, or when the whole input fits in one chunk, every chunk is extracted in
  this process and no process is started. Otherwise a pool of `jobs` worker processes
  extracts the chunks while this process reads the next ones and writes the results; at most
  ``4 * jobs`` chunks are in flight. Results are written in input order, so the output is the
  same, byte for byte, for every number of jobs.
- Failures. A document that cannot be read or extracted becomes an error message (handed to
  `report`, in input order) and a `DocumentRecord` carrying the error; the batch goes on.
  `KeyboardInterrupt`, `BrokenPipeError` and `MemoryError` are not caught. A worker process that
  dies (killed, out of memory) is a `WorkerError`; the workers die with this process, even when
  it is killed with SIGKILL (`_start_worker`).
- Time budget. With ``Settings.timeout`` (seconds, `numfacts extract --timeout`), a document
  whose extraction runs longer fails with `DocumentTimeout` ("took longer than 60 s") and the
  batch goes on. The limit is a wall-clock ``SIGALRM`` timer (`time_limit`) set in the process
  that extracts, around each document: this process with ``jobs=1``, each worker otherwise
  (a worker runs its chunks on its main thread). It re-fires every second until the document
  stops, in case a pipeline step catches the first alarm; an alarm that comes inside a gc
  callback or a ``__del__`` (where the interpreter would only print the error) is put off by
  10 ms instead. Where it cannot work (no SIGALRM, as
  on Windows; not the main thread; an alarm the caller already set) there is no limit.
- Appending. Documents the writer already holds (`Writer.known`) are skipped; a writer keyed by
  document id (`Writer.unique_ids`: SQLite, a Parquet dataset) also skips an id seen earlier in
  the run. A writer with ``replace`` (SQLite ``--replace``) gets again the documents whose text's
  sha256 (`text_hash`) differs from the one it holds. Each chunk's rows and records go to the
  writer together (`Writer.write_chunk`), in one transaction for SQLite.

The runner itself prints nothing: messages go to `report`, progress to a `Progress` object.
"""

from __future__ import annotations

import gc
import hashlib
import os
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from types import FrameType
from typing import TYPE_CHECKING, Any

from .errors import DocumentError, DocumentTimeout, NumfactsError
from .lines import Lines
from .mention import Mention
from .messages import counted
from .pipeline import Options, extract_document
from .progress import Progress
from .reader import Document, InputWarning
from .writers import DocumentRecord, RowsEncoder, Writer, mention_rows

if TYPE_CHECKING:  # a process pool is imported only when one is started (start-up: issue #14)
    from concurrent.futures import Future

#: A chunk holds at most this many documents ...
CHUNK_DOCUMENTS = 100
#: ... and at most about this many characters of text (a chunk is closed once it reaches it).
CHUNK_CHARACTERS = 256 * 1024
#: The time budget of one document, in seconds, that `numfacts extract --timeout` defaults to.
DEFAULT_TIMEOUT = 60.0

Extractor = Callable[..., list[Mention]]


class WorkerError(NumfactsError):
    """A worker process died before returning its chunk (killed, or out of memory)."""


@dataclass
class Tally:
    """What a run did, for the summary line."""

    read: int = 0
    with_facts: int = 0
    without_facts: int = 0
    failed: int = 0
    skipped: int = 0
    replaced: int = 0
    rows: int = 0

    def summary(self, output: str | None) -> str:
        """The summary line.

        `read` counts the documents read (a missing or unreadable file is not read: it only fails).

        >>> Tally(read=2, with_facts=1, without_facts=1, failed=1, rows=4).summary(None)
        'numfacts: 2 documents read, 1 with facts, 1 without facts, 1 failed; 4 rows'
        >>> Tally(read=1, with_facts=1, rows=1).summary(None)
        'numfacts: 1 document read, 1 with facts, 0 without facts, 0 failed; 1 row'
        """
        line = (f"numfacts: {counted(self.read, 'document')} read, {self.with_facts} with facts, "
                f"{self.without_facts} without facts, {self.failed} failed; {counted(self.rows, 'row')}")
        if self.skipped:
            line += f"; {self.skipped} already in {output}, skipped"
        if self.replaced:
            line += f"; {self.replaced} changed, replaced"
        return line


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document left out because the output holds it already (its text is not sent anywhere)."""

    id: str


@dataclass(frozen=True, slots=True)
class Unread:
    """A document that could not be read: a `DocumentError` in a form that pickles."""

    doc_id: str
    message: str
    reason: str

    @classmethod
    def of(cls, error: DocumentError) -> Unread:
        return cls(error.doc_id, str(error), error.reason)


Item = Document | DocumentError | Unread | Skipped | Lines


@dataclass(frozen=True, slots=True)
class Settings:
    """What every document of a run is extracted with; picklable, sent along with each chunk."""

    reference_date: str | None = None
    options: Options = Options()
    extract: Extractor = extract_document
    encode: Callable[[list[Any]], Any] = RowsEncoder()  # the writer's `encoder()`: rows formatted in the worker
    timeout: float | None = None  # seconds one document may take; None or 0: no limit


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: its rows, its `documents` record, and an error message if it failed."""

    mentions: list[Mention] = field(default_factory=list)
    record: DocumentRecord | None = None  # None: skipped
    error: str | None = None  # the message for the user
    size: int = 0  # bytes of text (UTF-8), for progress
    source: str | None = None  # the input file, for progress
    rows: int = 0  # how many mentions
    read: bool = True  # False: the document could not even be read (a missing file, a bad line)


@dataclass(frozen=True, slots=True)
class Done:
    """A chunk extracted: each document's `Outcome` (without its mentions) and the chunk's rows,
    encoded for the writer (`Writer.encoder`)."""

    outcomes: list[Outcome]
    payload: Any
    notes: list[str] = field(default_factory=list)  # warnings from reading the chunk's `Lines` (a date unread)

    def __reduce__(self) -> tuple[Callable[..., Done], tuple[Any, ...]]:
        # From a worker, the outcomes travel as plain tuples: a frozen dataclass's own pickling sets
        # each field in turn, and unpickling a chunk's outcomes (one per document) cost the parent
        # more than writing its rows.
        packed = [(o.mentions, None if (r := o.record) is None else (r.id, r.date, r.title, r.characters, r.facts,
                   r.error, r.sha256), o.error, o.size, o.source, o.rows, o.read) for o in self.outcomes]
        return (_unpack_done, (packed, self.payload, self.notes))


def _unpack_done(packed: list[tuple[Any, ...]], payload: Any, notes: list[str]) -> Done:
    """A `Done` from what its `__reduce__` sent.

    >>> import pickle
    >>> done = Done([Outcome(record=DocumentRecord("a", None, None, 3, 0)), Outcome()], None, ["a note"])
    >>> pickle.loads(pickle.dumps(done)) == done
    True
    """
    return Done([Outcome(m, None if r is None else DocumentRecord(*r), e, size, source, rows, read)
                 for m, r, e, size, source, rows, read in packed], payload, notes)


# --------------------------------------------------------------------------- one document, one chunk


def _can_time() -> bool:
    """Whether `time_limit` can set an alarm here: SIGALRM exists, this is the main thread and
    no alarm is already set by someone else."""
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


#: How soon `time_limit` tries again when its alarm came inside code that would swallow the error.
_RETRY_SECONDS = 0.01


def _stack_ids(frame: FrameType | None) -> dict[int, FrameType]:
    """`frame` and those it was called from, by id (the frames are held: no id is reused meanwhile)."""
    out = {}
    while frame is not None:
        out[id(frame)] = frame
        frame = frame.f_back
    return out


def _swallowed_in(frame: FrameType | None, outside: dict[int, FrameType]) -> bool:
    """Whether an exception raised in `frame` would be swallowed by the interpreter before it leaves
    the `time_limit` block (whose surrounding frames are `outside`): a frame between them is a gc
    callback (hypothesis installs one to time collections) or a `__del__`, which the interpreter runs
    from C and whose errors it only prints as "Exception ignored in ...".

    >>> import sys
    >>> def __del__():
    ...     return _swallowed_in(sys._getframe(), _stack_ids(sys._getframe(1)))
    >>> __del__(), _swallowed_in(sys._getframe(), _stack_ids(sys._getframe(1)))
    (True, False)
    """
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None and id(frame) not in outside:
        if frame.f_code.co_name == "__del__" or frame.f_code in callbacks:
            return True
        frame = frame.f_back
    return False


@contextmanager
def time_limit(seconds: float | None, doc_id: str) -> Iterator[None]:
    """Raise `DocumentTimeout` inside the block once `seconds` of wall time have passed.

    No limit when `seconds` is None or 0, or where no alarm can be set (see `_can_time`). The
    alarm repeats every second until the block ends; the previous SIGALRM handler is restored.

    >>> import time
    >>> with time_limit(0.05, "slow.txt"):
    ...     time.sleep(2)
    Traceback (most recent call last):
    numfacts.errors.DocumentTimeout: slow.txt: took longer than 0.05 s
    >>> with time_limit(None, "a"):
    ...     pass
    """
    if not seconds or not _can_time():
        yield
        return
    armed = True
    outside = _stack_ids(sys._getframe())  # the frames around the block: where raising is fine

    def expire(signum: int, frame: FrameType | None) -> None:
        if not armed:
            return
        if _swallowed_in(frame, outside):  # e.g. a gc callback: the error would be lost ("Exception ignored")
            signal.setitimer(signal.ITIMER_REAL, _RETRY_SECONDS, 1.0)  # try again once it has returned
            return
        raise DocumentTimeout(doc_id, seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        outside.clear()
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def extract_one(item: Item, settings: Settings) -> Outcome:
    """Extract one document, turning a failure into an `Outcome` carrying the error.

    >>> extract_one(DocumentError("a.txt", "binary file"), Settings()).error
    'a.txt: binary file'
    >>> extract_one(Skipped("a"), Settings()).record is None
    True
    """
    if isinstance(item, Skipped):
        return Outcome()
    if isinstance(item, DocumentError):
        item = Unread.of(item)
    if isinstance(item, Unread):
        return _failed(item.doc_id, item.message, item.reason)
    doc = item
    bad = _unencodable(doc)
    if bad is not None:
        return _failed(doc.id, f"{doc.id}: {bad}", bad, doc)
    own = doc.date is not None
    try:
        with time_limit(settings.timeout, doc.id):
            mentions = settings.extract(
                doc.text, doc_id=doc.id,
                reference_date=doc.date if own else settings.reference_date,
                reference_source="input" if own else ("option" if settings.reference_date else None),
                lang=doc.lang, options=settings.options,
            )
    except NumfactsError as exc:
        message = str(exc) if str(exc).startswith(f"{doc.id}: ") else f"{doc.id}: {exc}"
        return _failed(doc.id, message, message[len(doc.id) + 2 :], doc)
    except (KeyboardInterrupt, BrokenPipeError, MemoryError):
        raise
    except Exception as exc:  # a bug in a pipeline step: report it, and go on with the batch
        reason = f"internal error: {type(exc).__name__}: {exc}"
        return _failed(doc.id, f"{doc.id}: {reason}", reason, doc)
    date = mentions[0].reference_date if mentions else doc.date
    record = DocumentRecord(doc.id, date, doc.title, len(doc.text), len(mentions), None, text_hash(doc.text))
    return Outcome(mentions, record, None, _size(doc), doc.source, len(mentions))


def _unencodable(doc: Document) -> str | None:
    """Why a document's text or title cannot be written as UTF-8 (a lone surrogate, which a JSON
    ``\\ud800`` escape can make), or None. Its rows could not be written: it fails alone.

    >>> _unencodable(Document("a", "12 dead \\ud800"))
    'text is not valid Unicode: a lone surrogate U+D800 at character 8'
    """
    for what, value in (("text", doc.text), ("title", doc.title)):
        try:
            if value is not None:
                value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"{what} is not valid Unicode: a lone surrogate U+{ord(value[exc.start]):04X} at character {exc.start}"
    return None


def text_hash(text: str) -> str:
    """The sha256 of a document's text (UTF-8), as the SQLite ``documents`` table keeps it.

    >>> text_hash("12 dead")[:16]
    'bd2b2c53d9e09577'
    """
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def _failed(doc_id: str, message: str, reason: str, doc: Document | None = None) -> Outcome:
    record = DocumentRecord(doc_id, None, None, None, 0, reason)
    return Outcome([], record, message, _size(doc) if doc else 0, doc.source if doc else None, read=doc is not None)


def _size(doc: Document) -> int:
    return len(doc.text.encode("utf-8", errors="replace"))


def extract_chunk(settings: Settings, chunk: list[Item]) -> Done:
    """A chunk's outcomes, in order, and its rows encoded for the writer (what a worker process runs).

    `Lines` are read into their documents here; what reading them warns about comes back as notes.
    """
    notes: list[str] = []
    items = _expanded(chunk, notes.append) if any(isinstance(item, Lines) for item in chunk) else chunk
    done = [extract_one(item, settings) for item in items]
    payload = settings.encode(mention_rows(m for o in done for m in o.mentions))
    return Done([replace(o, mentions=[]) if o.mentions else o for o in done], payload, notes)


def _expanded(items: Iterable[Item], warn: Callable[[str], None]) -> Iterator[Item]:
    """The items, each `Lines` replaced by its documents."""
    for item in items:
        if isinstance(item, Lines):
            yield from item.documents(warn)
        else:
            yield item


def chunked(items: Iterable[Item], documents: int = CHUNK_DOCUMENTS,
            characters: int = CHUNK_CHARACTERS) -> Iterator[list[Item]]:
    """Consecutive chunks of at most `documents` items, closed once they hold `characters` of text.

    `Lines` count as the lines and bytes they hold; the reader makes them at most a chunk.

    >>> docs = [Document(str(i), "x" * n) for i, n in enumerate([5, 5, 20, 1, 1])]
    >>> [[d.id for d in c] for c in chunked(docs, documents=3, characters=10)]
    [['0', '1'], ['2'], ['3', '4']]
    """
    chunk: list[Item] = []
    count = size = 0
    for item in items:
        if isinstance(item, Lines):
            n, length = item.data.count(b"\n"), len(item.data)
            if chunk and count + n > documents:
                yield chunk
                chunk, count, size = [], 0, 0
        else:
            n, length = 1, len(item.text) if isinstance(item, Document) else 0
        chunk.append(item)
        count += n
        size += length
        if count >= documents or size >= characters:
            yield chunk
            chunk, count, size = [], 0, 0
    if chunk:
        yield chunk


# --------------------------------------------------------------------------- in order, in parallel


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker(parent: int) -> None:
    """Worker initialiser. Ctrl-C reaches the whole process group: only the parent handles it.
    And the worker dies with its parent, even a parent killed with SIGKILL, which can tell no one:
    on Linux the kernel sends it SIGKILL then (``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread
    checks every second that the parent is still there."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asked = _die_with_parent()
    if os.getppid() != parent:  # the parent died before we asked
        os._exit(1)
    if not asked:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="numfacts-parent-watch").start()


def _die_with_parent() -> bool:
    """Ask Linux to kill this process when its parent dies; False where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _context() -> Any:
    """fork where it is safe (Linux, a process with one thread: fast, and the workers share the
    parent's imported modules), else spawn."""
    import multiprocessing

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def outcomes(chunks: Iterable[list[Item]], settings: Settings, jobs: int = 1) -> Iterator[Done]:
    """Each chunk extracted, in the order of `chunks`, by `jobs` processes.

    One chunk, or ``jobs=1``: extracted here, no process started.
    """
    work = partial(extract_chunk, settings)
    it = iter(chunks)
    first = next(it, None)
    if first is None:
        return
    second = next(it, None) if jobs > 1 else None
    if second is None:
        yield work(first)
        yield from map(work, it)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = 4 * jobs  # chunks in flight: enough to keep every worker busy, few enough to bound memory
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_start_worker, initargs=(os.getpid(),))
    pending: deque[Future[Done]] = deque()
    gc.freeze()  # forked workers: the collector then leaves inherited objects alone, so their pages stay shared
    try:
        for chunk in _chain(first, second, it):
            pending.append(executor.submit(work, [_picklable(item) for item in chunk]))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WorkerError(f"a worker process died ({exc}); run again with --jobs 1 to find the document") from exc
    finally:
        executor.shutdown(wait=not pending, cancel_futures=True)
        gc.unfreeze()


def _picklable(item: Item) -> Item:
    return Unread.of(item) if isinstance(item, DocumentError) else item


def _chain(first: list[Item], second: list[Item], rest: Iterator[list[Item]]) -> Iterator[list[Item]]:
    yield first
    yield second
    yield from rest


# --------------------------------------------------------------------------- the batch


def _input_warning(message: str) -> None:
    warnings.warn(message, InputWarning, stacklevel=2)



def run_batch(
    documents: Iterable[Document | DocumentError | Lines],
    writer: Writer,
    *,
    settings: Settings = Settings(),
    jobs: int = 1,
    report: Callable[[str], None] = lambda message: None,
    warn: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    tally: Tally | None = None,
    chunk_documents: int = CHUNK_DOCUMENTS,
    chunk_characters: int = CHUNK_CHARACTERS,
) -> Tally:
    """Extract every document into `writer`, in input order; returns (and fills) the `Tally`.

    `report` receives one message per failed document; `warn` the warnings of reading `Lines`
    (`numfacts.lines`; by default `InputWarning` warnings), each chunk's before its failures;
    `progress` is advanced after each chunk.
    The rows of a chunk are formatted where they are extracted (`Writer.encoder`) and written
    here in one piece, with the chunk's document records after them.
    """
    tally = tally if tally is not None else Tally()
    settings = replace(settings, encode=writer.encoder())
    known = writer.known()
    replacing = getattr(writer, "replace", False)
    seen: set[str] = set()
    unique = getattr(writer, "unique_ids", False)

    warn = warn or _input_warning
    items: Iterable[Item] = documents  # type: ignore[assignment]
    if known or unique:  # documents are told apart by id here: `Lines` are read here too
        items = _expanded(items, warn)

    def marked() -> Iterator[Item]:
        for item in items:
            if isinstance(item, Document):
                if item.id in seen or (item.id in known and (not replacing or known[item.id] == text_hash(item.text))):
                    yield Skipped(item.id)
                    continue
                if unique:
                    seen.add(item.id)
            yield item

    for done in outcomes(chunked(marked(), chunk_documents, chunk_characters), settings, jobs):
        for note in done.notes:
            warn(note)
        records = [o.record for o in done.outcomes if o.record is not None]
        written = writer.write_chunk(done.payload, records)
        tally.rows += written.rows
        for outcome in done.outcomes:
            tally.read += outcome.read
            if progress is not None:
                progress.advance(documents=1, size=outcome.size, rows=outcome.rows, source=outcome.source)
            record = outcome.record
            if record is None or record.id in written.skipped:
                tally.skipped += 1
                continue
            if outcome.error is not None:
                tally.failed += 1
                report(outcome.error)
                continue
            if record.id in written.replaced:
                tally.replaced += 1
            if outcome.rows:
                tally.with_facts += 1
            else:
                tally.without_facts += 1
        if progress is not None:
            progress.show()
    return tally


__all__ = [
    "CHUNK_CHARACTERS", "CHUNK_DOCUMENTS", "DEFAULT_TIMEOUT", "Done", "Outcome", "Settings", "Skipped", "Tally",
    "Unread", "WorkerError", "chunked", "default_jobs", "extract_chunk", "extract_one", "outcomes", "run_batch",
    "text_hash", "time_limit",
]
