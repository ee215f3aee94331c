"""Hostile and broken input (issue #6): nothing crashes, nothing is lost, nothing runs forever.

- The per-document time budget (`numfacts extract --timeout`, `numfacts.runner.time_limit`), for
  one job and for worker processes, with stand-in extractors that sleep, spin, or swallow the first
  alarm, and with the real pipeline.
- Broken files not covered by tests/test_reader.py and tests/test_cli.py: Windows-1252, UTF-16
  without a byte-order mark, NUL bytes past the sniffed head, empty corpus files, a truncated or
  NUL-holding JSONL line, and a 50 MB single-line document. Each asserts the exact one-line
  message and that the next input is still read.
- Nothing lost: a mixed batch accounts for every input in the summary line and the SQLite
  `documents` table, for one and two jobs.
- The failure paths of every command that other test files leave out: exit status and message.
"""

from __future__ import annotations

import gc
import io
import json
import math
import os
import pathlib
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner, Result

import numfacts.cli
from numfacts.cli import main
from numfacts.errors import DocumentError, DocumentTimeout
from numfacts.mention import Mention
from numfacts.pipeline import Options
from numfacts.reader import Document, read_inputs
from numfacts.runner import Settings, Tally, run_batch, time_limit
from numfacts.writers import open_writer

ROOT = pathlib.Path(__file__).parent.parent
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"
NUMFACTS = pathlib.Path(sys.executable).parent / "numfacts"
NUMBER = re.compile(r"\d+")
BUDGET = 0.2  # seconds: the time budget of the timeout tests


def hostile(text: str, *, doc_id: str, reference_date: object = None, reference_source: str | None = None, lang: str | None = None,
            options: Options | None = None) -> list[Mention]:
    """A stand-in extractor: every run of digits is a count, except in the documents that misbehave.

    SLEEP blocks, SPIN loops in Python, SWALLOW catches the first alarm and blocks again, CRASH
    raises, DIE kills its process. The entity of each row is the seconds left on this process's
    SIGALRM timer, so a test can see which budget the extractor runs under.
    """
    if "SLEEP" in text:
        time.sleep(30)
    if "SPIN" in text:
        while True:
            pass
    if "SWALLOW" in text:
        try:
            time.sleep(30)
        except Exception:  # a careless pipeline step that catches everything
            pass
        time.sleep(30)
    if "CRASH" in text:
        raise ZeroDivisionError("division by zero")
    if "DIE" in text:
        os._exit(3)
    left = str(math.ceil(signal.getitimer(signal.ITIMER_REAL)[0]))
    return [
        Mention(doc_id=doc_id, sentence_id=0, start=m.start(), end=m.end(), text=m.group(), kind="count",
                value=float(m.group()), low=None, high=None, qualifier="=", unit=None, entity=left, date=None,
                duration=None, sentence=text[max(0, m.start() - 40) : m.end() + 40], reference_date=None,
                reference_source=None)
        for m in NUMBER.finditer(text)
    ]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numfacts.cli, "extract_document", hostile)


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=input, catch_exceptions=False)


def summary(read: int, with_facts: int, without: int, failed: int, rows: int) -> str:
    """The summary line: `read` counts documents read (an unreadable file only fails)."""
    return (f"numfacts: {read} document{'' if read == 1 else 's'} read, {with_facts} with facts, {without} without "
            f"facts, {failed} failed; {rows} row{'' if rows == 1 else 's'}\n")


def batch(items: list[Document | DocumentError], settings: Settings, jobs: int = 1,
          **kwargs: Any) -> tuple[list[str], list[str], Tally]:
    """run_batch into JSONL: (doc ids of the rows, reported messages, tally)."""
    buffer = io.StringIO()
    messages: list[str] = []
    with open_writer("jsonl", buffer) as out:
        tally = run_batch(items, out, settings=settings, jobs=jobs, report=messages.append, **kwargs)
    return [json.loads(line)["doc_id"] for line in buffer.getvalue().splitlines()], messages, tally


def news(size: int) -> str:
    """Corpus articles on one line (newlines become spaces), repeated up to `size` characters."""
    parts, total = [], 0
    with open(CORPUS, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            flat = " ".join(text.split()) + " "
            parts.append(flat)
            total += len(flat)
            if total >= size:
                break
    one = "".join(parts)
    return (one * (size // len(one) + 1))[:size]


# --------------------------------------------------------------------------- the time budget


def test_time_limit_restores_the_previous_handler() -> None:
    def mine(signum: int, frame: object) -> None:  # pragma: no cover - never fires
        pass

    before = signal.signal(signal.SIGALRM, mine)
    try:
        with pytest.raises(DocumentTimeout, match=r"^slow: took longer than 0\.05 s$"):
            with time_limit(0.05, "slow"):
                time.sleep(5)
        with time_limit(5, "fast"):
            assert 4 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, before)


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:  # Python bytecode: where a signal handler runs
        pass


class _SlowToDelete:
    def __del__(self) -> None:
        _spin(0.3)


def _collect_slowly(phase: str, info: dict) -> None:
    if phase == "start":
        _spin(0.3)


@pytest.mark.parametrize("where", ["gc-callback", "del"])
def test_time_limit_is_not_lost_in_code_that_swallows_errors(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An alarm that comes inside a gc callback (hypothesis installs one for the session) or a
    `__del__` would be printed as "Exception ignored" and lost: it is put off until that code has
    returned, then raised."""
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    callbacks = [_collect_slowly] if where == "gc-callback" else []
    gc.callbacks.extend(callbacks)  # the collector keeps its own list: change it, not a copy
    started = time.perf_counter()
    try:
        with pytest.raises(DocumentTimeout, match=r"^doc: took longer than 0\.05 s$"):
            with time_limit(0.05, "doc"):
                if where == "gc-callback":
                    gc.collect()
                else:
                    obj = _SlowToDelete()
                    del obj
                _spin(5)
    finally:
        for callback in callbacks:
            gc.callbacks.remove(callback)
    assert ignored == []
    assert time.perf_counter() - started >= 0.3  # raised once that code had returned, not inside it


def test_time_limit_leaves_a_callers_alarm_alone() -> None:
    fired: list[int] = []
    before = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 1.0)
    try:
        with time_limit(0.05, "doc"):  # no budget of ours: the caller's alarm stays as it was
            time.sleep(0.1)
        assert fired == [] and signal.getitimer(signal.ITIMER_REAL)[0] > 0
        time.sleep(1.3)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


def test_time_limit_off_the_main_thread_is_no_limit() -> None:
    done: list[str] = []

    def work() -> None:
        with time_limit(0.01, "doc"):
            time.sleep(0.1)
        done.append("ok")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == ["ok"]


RUNAWAYS = [
    pytest.param("SLEEP 1", id="sleeps"),
    pytest.param("SPIN 1", id="spins-in-python"),
    pytest.param("SWALLOW 1", id="swallows-the-first-alarm"),
]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("text", RUNAWAYS)
def test_runaway_document_fails_and_the_batch_goes_on(text: str, jobs: int) -> None:
    items: list[Document | DocumentError] = [Document("a", "1 2"), Document("slow", text), Document("b", "3")]
    ids, messages, tally = batch(items, Settings(extract=hostile, timeout=BUDGET), jobs, chunk_documents=1)
    assert messages == [f"slow: took longer than {BUDGET} s"]
    assert ids == ["a", "a", "b"]
    assert (tally.read, tally.with_facts, tally.without_facts, tally.failed, tally.rows) == (3, 2, 0, 1, 3)


def test_the_real_pipeline_is_stopped_by_the_budget() -> None:
    """A 2 MB single-line document takes seconds; a 0.1 s budget stops it, and the next one runs."""
    items: list[Document | DocumentError] = [Document("huge", news(2_000_000)), Document("small", "12 people died.")]
    batch([Document("warm", "12 people died on 3 May.")], Settings())  # one-time set-up (lazy regexes) is no document's
    started = time.perf_counter()
    ids, messages, tally = batch(items, Settings(timeout=0.1, reference_date="2016-12-11"))
    assert time.perf_counter() - started < 30
    assert messages == ["huge: took longer than 0.1 s"]
    assert set(ids) == {"small"}
    assert (tally.read, tally.failed) == (2, 1)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_timeout_is_reported_counted_and_recorded(fake: None, tmp_path: pathlib.Path,
                                                      monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    monkeypatch.setattr(numfacts.cli, "CHUNK_DOCUMENTS", 1)  # several chunks: --jobs 2 starts workers
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                              for i, t in [("a", "1 2"), ("slow", "SLEEP 3"), ("b", "4"), ("c", "no digits")]))
    db = tmp_path / "out.db"
    result = run(str(corpus), "-o", str(db), "--timeout", "0.2", "--jobs", jobs)
    assert result.exit_code == 1
    assert result.stderr == "numfacts: error: slow: took longer than 0.2 s\n" + summary(4, 2, 1, 1, 3)
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, facts, error FROM documents ORDER BY id").fetchall() == [
        ("a", 2, None), ("b", 1, None), ("c", 0, None), ("slow", 0, "took longer than 0.2 s")]
    con.close()


@pytest.mark.parametrize("args, left", [
    pytest.param([], "60", id="default-60-s"),
    pytest.param(["--timeout", "7.5"], "8", id="given"),
    pytest.param(["--timeout", "0"], "0", id="zero-is-no-limit"),
])
def test_cli_timeout_is_the_extractors_budget(fake: None, args: list[str], left: str) -> None:
    result = run("-", "--format", "jsonl", *args, input="12")
    assert result.exit_code == 0
    assert [json.loads(line)["entity"] for line in result.stdout.splitlines()] == [left]


@pytest.mark.parametrize("value", ["-1", "soon"])
def test_cli_bad_timeout_is_a_usage_error(fake: None, value: str) -> None:
    result = run("-", "--timeout", value, input="12")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith("numfacts: error: Invalid value for '--timeout': ")


def test_help_documents_the_timeout() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert "--timeout SECONDS" in result.output and "0: no limit." in result.output
    assert "60.0; x>=0]" in result.output
    assert "numfacts extract scraped/ --timeout 10 -o facts.db" in result.output


# --------------------------------------------------------------------------- broken files

CP1252 = b"\x93Over 12\x94 people paid \x8050 each.\n"  # curly quotes and a euro sign, Windows-1252
GOOD = b"3 dead.\n"
PAD = b'{"id": "a", "text": "1 ' + b"x" * 9000 + b'"}\n'  # a first line past the 8 KiB sniffed for NUL bytes

BROKEN = [
    pytest.param("cp1252.txt", CP1252, ["cp1252.txt", "good.txt"], 0,
                 "numfacts: warning: cp1252.txt: not valid UTF-8 (at byte 0); undecodable bytes replaced with U+FFFD\n",
                 id="windows-1252"),
    pytest.param("cp1252.jsonl", b'{"id": "w", "text": "' + CP1252.strip() + b'"}\n{"id": "x", "text": "4"}\n',
                 ["w", "x", "good.txt"], 0,
                 "numfacts: warning: cp1252.jsonl: not valid UTF-8 (at byte 21); undecodable bytes replaced with "
                 "U+FFFD\n", id="windows-1252-corpus"),
    pytest.param("utf16-no-bom.txt", "12 dead".encode("utf-16-le"), ["good.txt"], 1,
                 "numfacts: error: utf16-no-bom.txt: binary file\n", id="utf-16-without-bom"),
    pytest.param("late-nul.txt", b"12 " * 3000 + b"\x00 4", ["good.txt"], 1,
                 "numfacts: error: late-nul.txt: binary file (at offset 9000)\n", id="nul-past-8-kib"),
    pytest.param("empty.txt", b"", ["good.txt"], 1, "numfacts: error: empty.txt: empty document\n",
                 id="zero-byte-text"),
    pytest.param("empty.jsonl", b"", ["good.txt"], 1, "numfacts: error: empty.jsonl: empty file\n",
                 id="zero-byte-jsonl"),
    pytest.param("blank.jsonl", b"\n \r\n", ["good.txt"], 1, "numfacts: error: blank.jsonl: empty file\n",
                 id="blank-lines-jsonl"),
    pytest.param("header.csv", b"id,text\n", ["good.txt"], 0, "", id="header-only-csv-has-no-documents"),
    pytest.param("truncated.jsonl", b'{"id": "a", "text": "1"}\n{"id": "b", "text": "2', ["a", "good.txt"], 1,
                 "numfacts: error: truncated.jsonl:2: malformed JSON: Unterminated string starting at (column 21)\n",
                 id="truncated-last-line"),
    pytest.param("nul-head.jsonl", b'{"id": "a", "text": "x\x002"}\n', ["good.txt"], 1,
                 "numfacts: error: nul-head.jsonl: binary file\n", id="raw-nul-in-the-head-of-a-corpus"),
    pytest.param("nul-line.jsonl", PAD + b'{"id": "b", "text": "x\x002"}\n{"id": "c", "text": "3"}\n',
                 ["a", "c", "good.txt"], 1,
                 "numfacts: error: nul-line.jsonl:2: malformed JSON: Invalid control character at (column 23)\n",
                 id="raw-nul-in-a-later-jsonl-line"),
    pytest.param("nul-escape.jsonl", b'{"id": "a", "text": "1\\u0000 2"}\n', ["a", "good.txt"], 0, "",
                 id="escaped-nul-is-text"),
    pytest.param("nul-cell.csv", b"id,text\na,1 " + b"x" * 9000 + b'\nb,"1\x00 2"\n', ["a", "b", "good.txt"], 0, "",
                 id="nul-in-a-later-csv-cell"),
]


@pytest.mark.parametrize("name, data, doc_ids, exit_code, messages", BROKEN)
def test_broken_file_gets_one_line_and_the_batch_goes_on(fake: None, tmp_path: pathlib.Path,
                                                         monkeypatch: pytest.MonkeyPatch, name: str, data: bytes,
                                                         doc_ids: list[str], exit_code: int, messages: str) -> None:
    monkeypatch.chdir(tmp_path)
    pathlib.Path(name).write_bytes(data)
    pathlib.Path("good.txt").write_bytes(GOOD)
    result = run(name, "good.txt", "--format", "jsonl")
    assert result.exit_code == exit_code
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert list(dict.fromkeys(r["doc_id"] for r in rows)) == doc_ids
    failed = messages.count("numfacts: error:")
    assert result.stderr == messages + summary(len(doc_ids), len(doc_ids), 0, failed, len(rows))


def test_windows_1252_keeps_the_numbers_and_offsets() -> None:
    [doc] = read_inputs(["-"], stdin=io.BytesIO(CP1252), warn=lambda message: None)
    assert isinstance(doc, Document)
    assert doc.text == "\ufffdOver 12\ufffd people paid \ufffd50 each.\n"
    assert len(doc.text) == len(CP1252)  # one replacement character a bad byte: offsets stay byte offsets


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "sqlite"])
def test_nul_characters_reach_every_writer(tmp_path: pathlib.Path, fmt: str) -> None:
    """A NUL inside a corpus text (JSON escape, CSV cell) goes through the real pipeline and out."""
    text = "Over 400,000\x00 people fled\x00 on Sunday; 12 died.\x00"
    out = tmp_path / f"out.{'db' if fmt == 'sqlite' else fmt}"
    with open_writer(fmt, str(out)) as writer:
        tally = run_batch([Document("nul", text, date="2016-12-11")], writer)
    assert (tally.read, tally.failed) == (1, 0) and tally.rows >= 2
    assert out.stat().st_size > 0


@pytest.fixture(scope="module")
def fifty_mb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pathlib.Path]:
    """A 50 MB document on one line, as a text file and as a one-line JSONL corpus beside it."""
    folder = tmp_path_factory.mktemp("big")
    text = news(50_000_000)
    (folder / "big.txt").write_text(text, encoding="utf-8")
    (folder / "big.jsonl").write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)  # 100 MB: not left behind in pytest's kept temporary folders


@pytest.mark.parametrize("name, doc_id", [pytest.param("big.txt", "big.txt", id="text-file"),
                                          pytest.param("big.jsonl", "big", id="jsonl-line")])
def test_fifty_mb_single_line_is_read_whole(fake: None, fifty_mb: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
                                            name: str, doc_id: str) -> None:
    monkeypatch.chdir(fifty_mb)
    result = run(name, "-o", "out.db", "--timeout", "0")
    assert result.exit_code == 0, result.stderr
    con = sqlite3.connect(fifty_mb / "out.db")
    [(got, characters, facts, error)] = con.execute("SELECT id, characters, facts, error FROM documents").fetchall()
    con.close()
    (fifty_mb / "out.db").unlink()
    assert (got, error) == (doc_id, None)
    assert characters >= 49_000_000 and facts > 100_000
    assert result.stderr == summary(1, 1, 0, 0, facts)


def test_fifty_mb_single_line_meets_the_budget(fifty_mb: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pipeline on a 50 MB line: stopped by the budget, in about the budget, and the batch goes on."""
    monkeypatch.chdir(fifty_mb)
    (fifty_mb / "after.txt").write_text("12 people died.", encoding="utf-8")
    assert run("after.txt", "--format", "jsonl").exit_code == 0  # one-time set-up (lazy regexes) is no document's
    started = time.perf_counter()
    result = run("big.txt", "after.txt", "--timeout", "1", "--format", "jsonl", "--jobs", "1")
    assert time.perf_counter() - started < 60
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "numfacts: error: big.txt: took longer than 1 s"
    assert result.stderr.splitlines()[1].startswith("numfacts: 2 documents read, 1 with facts, 0 without facts, "
                                                    "1 failed; ")
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"after.txt"}


# --------------------------------------------------------------------------- nothing lost


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_mixed_batch_accounts_for_every_input(fake: None, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
                                              jobs: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(numfacts.cli, "CHUNK_DOCUMENTS", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text("78,000 civilians fled.")
    (folder / "b-nofacts.md").write_text("No numbers here.")
    (folder / "c-empty.txt").write_text("")
    (folder / "d-binary.txt").write_bytes(b"\x7fELF\x00\x01\x02")
    (folder / "e-latin.txt").write_bytes(b"Caf\xe9: 3 cups.")
    (folder / "corpus.jsonl").write_text(
        '{"id": "j1", "text": "12 dead"}\n'
        '{"id": "j2", "text": 12\n'  # malformed: line 2
        '{"id": "j3", "text": ""}\n'
        '{"id": "j4", "text": "SLEEP 4"}\n'
        '{"id": "j5", "text": "CRASH 5"}\n'
        '{"id": "j6", "text": "6 and 7"}\n')
    db = tmp_path / "facts.db"
    result = run("in", "missing.txt", "-o", str(db), "--timeout", "0.2", "--jobs", jobs)
    assert result.exit_code == 1
    j = os.path.join
    lines = result.stderr.splitlines()
    # warnings come as a file is read, errors in input order after extraction (read-ahead with --jobs)
    assert [line for line in lines if line.startswith("numfacts: warning: ")] == [
        f"numfacts: warning: {j('in', 'e-latin.txt')}: not valid UTF-8 (at byte 3); undecodable bytes replaced "
        "with U+FFFD"]
    assert [line for line in lines if not line.startswith("numfacts: warning: ")] == [
        f"numfacts: error: {j('in', 'c-empty.txt')}: empty document",
        f"numfacts: error: {j('in', 'corpus.jsonl')}:2: malformed JSON: Expecting ',' delimiter (column 24)",
        "numfacts: error: j3: empty document",
        "numfacts: error: j4: took longer than 0.2 s",
        "numfacts: error: j5: internal error: ZeroDivisionError: division by zero",
        f"numfacts: error: {j('in', 'd-binary.txt')}: binary file",
        "numfacts: error: missing.txt: no such file or directory",
        "numfacts: 7 documents read, 4 with facts, 1 without facts, 7 failed; 6 rows",
    ]
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, facts, error FROM documents ORDER BY id").fetchall() == [
        (j("in", "a-good.txt"), 2, None),
        (j("in", "b-nofacts.md"), 0, None),
        (j("in", "c-empty.txt"), 0, "empty document"),
        (j("in", "corpus.jsonl") + ":2", 0, "malformed JSON: Expecting ',' delimiter (column 24)"),
        (j("in", "d-binary.txt"), 0, "binary file"),
        (j("in", "e-latin.txt"), 1, None),
        ("j1", 1, None),
        ("j3", 0, "empty document"),
        ("j4", 0, "took longer than 0.2 s"),
        ("j5", 0, "internal error: ZeroDivisionError: division by zero"),
        ("j6", 2, None),
        ("missing.txt", 0, "no such file or directory"),
    ]
    assert con.execute("SELECT count(*) FROM facts").fetchone() == (6,)
    con.close()


# --------------------------------------------------------------------------- failure paths of every command

FAILURES = [
    # (args, stdin, exit status, the last line of standard error)
    pytest.param(["extract", "corpus.jsonl", "--jobs", "2"], None, 1,
                 "numfacts: error: a worker process died (A process in the process pool was terminated abruptly while the "
                 "future was running or pending.); run again with --jobs 1 to find the document", id="extract-worker-died"),
    pytest.param(["extract", "-", "-o", "foreign.db"], "12", 1,
                 "numfacts: error: foreign.db: not a SQLite database (file is not a database)", id="extract-foreign-sqlite"),
    pytest.param(["extract", "-", "--timeout", "-1"], "12", 2,
                 "numfacts: error: Invalid value for '--timeout': -1.0 is not in the range x>=0.", id="extract-negative-timeout"),
    pytest.param(["review", "binary.txt"], None, 1, "numfacts: error: cannot review binary.txt: binary.txt: binary file",
                 id="review-unreadable"),
    pytest.param(["review", "good.txt", "-o", "nowhere/r.html"], None, 1,
                 "numfacts: error: cannot write nowhere/r.html: No such file or directory", id="review-unwritable"),
    pytest.param(["check", "good.txt", "binary.txt"], None, 1,
                 "numfacts: 1 document checked, 1 failed; 0 warnings", id="check-document-failed"),
    pytest.param(["check", "good.txt", "-o", "nowhere/w.csv"], None, 1,
                 "numfacts: error: cannot write nowhere/w.csv: No such file or directory", id="check-unwritable"),
    pytest.param(["check", "-", "-", "-q"], "1", 2, "numfacts: error: standard input (-) can be read only once",
                 id="check-stdin-twice"),
    pytest.param(["check", "binary.txt", "-q"], None, 1, "numfacts: error: no document read", id="check-nothing-read"),
    pytest.param(["compare", "good.txt", "other.txt", "binary.txt"], None, 1,
                 "numfacts: 2 documents compared; 0 shared facts, 0 disagreements", id="compare-document-failed"),
    pytest.param(["compare", "good.txt", "binary.txt"], None, 2,
                 "numfacts: error: compare needs at least two documents, got 1", id="compare-one-readable"),
    pytest.param(["compare", "good.txt", "other.txt", "-o", "nowhere/c.csv"], None, 1,
                 "numfacts: error: cannot write nowhere/c.csv: No such file or directory", id="compare-unwritable"),
]


@pytest.mark.parametrize("args, stdin, code, last", FAILURES)
def test_failure_paths(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str | None,
                       code: int, last: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(numfacts.cli, "extract_document", hostile)
    monkeypatch.setattr(numfacts.cli, "CHUNK_DOCUMENTS", 1)
    pathlib.Path("good.txt").write_text("3 dead.")
    pathlib.Path("other.txt").write_text("4 hurt.")
    pathlib.Path("binary.txt").write_bytes(b"\x00\x01")
    pathlib.Path("foreign.db").write_text("not a database, just text\n" * 100)
    pathlib.Path("corpus.jsonl").write_text('{"id": "a", "text": "1"}\n{"id": "b", "text": "DIE 2"}\n'
                                            '{"id": "c", "text": "3"}\n')
    result = CliRunner().invoke(main, args, input=stdin)
    assert result.exit_code == code, result.output
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith(("numfacts: ", "numfacts: error: ", "Usage: ", "Try ")) or not line.strip()
                         for line in lines), lines
    assert lines[-1] == last


def test_every_command_has_help_with_examples_and_exit_status() -> None:
    for name in sorted(main.commands):  # type: ignore[attr-defined]
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0
        assert "Examples:\n      numfacts " + name in result.output, name
        assert "Exit status" in result.output, name


def test_broken_pipe_is_silent_with_status_1(tmp_path: pathlib.Path) -> None:
    """`numfacts extract big.jsonl | head`: the reader goes away; no traceback, exit status 1."""
    corpus = tmp_path / "in.jsonl"
    with open(CORPUS, "rb") as src:
        corpus.write_bytes(b"".join(line for _, line in zip(range(400), src)))
    proc = subprocess.Popen([str(NUMFACTS), "extract", str(corpus), "--format", "jsonl", "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=300) == 1
    assert stderr == b""
