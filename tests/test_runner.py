"""The batch runner (chunks, jobs, order, failures), the progress bar, and `numfacts extract --jobs`.

Most tests use `digits` (every run of digits is a count; its entity is the id of the process
that found it) so that they test the runner whatever the pipeline finds today; the
jobs-scaling test runs the real CLI on corpus documents in a subprocess.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import pathlib
import re
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from numfacts.cli import main
from numfacts.errors import DocumentError
from numfacts.mention import COLUMNS, Mention
from numfacts.pipeline import Options
from numfacts.progress import Progress, input_sizes, sample_ratio
from numfacts.reader import Document
from numfacts.runner import Done, Settings, Skipped, Tally, WorkerError, chunked, extract_one, outcomes, run_batch
from numfacts.writers import Writer, open_writer

ROOT = pathlib.Path(__file__).parent.parent
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"
NUMFACTS = pathlib.Path(sys.executable).parent / "numfacts"
NUMBER = re.compile(r"\d+")


def digits(text: str, *, doc_id: str, reference_date: object = None, reference_source: str | None = None, lang: str | None = None,
           options: Options | None = None) -> list[Mention]:
    """A stand-in extractor: every run of digits is a count, its entity the pid of the process."""
    if "CRASH" in text:
        raise ZeroDivisionError("division by zero")
    if "REFUSE" in text:
        raise DocumentError(doc_id, "refused")
    if "DIE" in text:
        os._exit(3)  # a worker killed in the middle of a chunk
    return [
        Mention(doc_id=doc_id, sentence_id=0, start=m.start(), end=m.end(), text=m.group(), kind="count",
                value=float(m.group()), low=None, high=None, qualifier="=", unit=None, entity=str(os.getpid()),
                date=None, duration=None, sentence=text, reference_date=None, reference_source=None)
        for m in NUMBER.finditer(text)
    ]


DIGITS = Settings(extract=digits)


def docs(n: int, special: dict[int, str] | None = None) -> list[Document]:
    special = special or {}
    return [Document(f"d{i}", special.get(i, f"{i} and {i * 10}"), source="in.jsonl") for i in range(n)]


def run_jsonl(items: list[Document | DocumentError], jobs: int, **kwargs: object) -> tuple[str, list[str], Tally]:
    """run_batch into JSONL: (output without the pid column, reported messages, tally)."""
    buffer = io.StringIO()
    messages: list[str] = []
    with open_writer("jsonl", buffer) as out:
        tally = run_batch(items, out, settings=DIGITS, jobs=jobs, report=messages.append, **kwargs)  # type: ignore[arg-type]
    rows = [json.loads(line) | {"entity": None} for line in buffer.getvalue().splitlines()]
    return "\n".join(json.dumps(r) for r in rows), messages, tally


# --------------------------------------------------------------------------- chunks


CHUNKS = [
    pytest.param([], 3, 100, [], id="empty"),
    pytest.param([1, 1, 1, 1], 3, 100, [3, 1], id="by-documents"),
    pytest.param([40, 70, 5, 5], 10, 100, [2, 2], id="by-characters"),
    pytest.param([500, 1], 10, 100, [1, 1], id="one-huge-document"),
]


@pytest.mark.parametrize("sizes, documents, characters, expected", CHUNKS)
def test_chunked(sizes: list[int], documents: int, characters: int, expected: list[int]) -> None:
    items = [Document(str(i), "x" * n) for i, n in enumerate(sizes)]
    chunks = list(chunked(items, documents, characters))
    assert [len(c) for c in chunks] == expected
    assert [d for c in chunks for d in c] == items


def test_chunked_is_lazy() -> None:
    consumed = []

    def endless() -> object:
        for i in itertools.count():
            consumed.append(i)
            yield Document(str(i), "1")

    first = next(chunked(endless(), documents=5))  # type: ignore[arg-type]
    assert len(first) == 5 and len(consumed) == 5


# --------------------------------------------------------------------------- one document


OUTCOMES = [
    pytest.param(Document("a", "12 and 3", title="T", source="f.jsonl"), ["12", "3"], ("a", None, "T", 8, 2, None),
                 None, id="ok"),
    pytest.param(Document("a", "no digits", date="2016-12-11"), [], ("a", "2016-12-11", None, 9, 0, None), None,
                 id="without-facts"),
    pytest.param(Document("a", "CRASH"), [], ("a", None, None, None, 0, "internal error: ZeroDivisionError: "
                 "division by zero"), "a: internal error: ZeroDivisionError: division by zero", id="crash"),
    pytest.param(Document("a", "REFUSE"), [], ("a", None, None, None, 0, "refused"), "a: refused", id="refused"),
    pytest.param(DocumentError("x.txt", "binary file"), [], ("x.txt", None, None, None, 0, "binary file"),
                 "x.txt: binary file", id="unreadable"),
]


@pytest.mark.parametrize("item, texts, record, error", OUTCOMES)
def test_extract_one(item: Document | DocumentError, texts: list[str], record: tuple[object, ...],
                     error: str | None) -> None:
    out = extract_one(item, DIGITS)
    assert [m.text for m in out.mentions] == texts
    assert out.record is not None
    assert (out.record.id, out.record.date, out.record.title, out.record.characters, out.record.facts,
            out.record.error) == record
    assert out.error == error


def test_extract_one_passes_interrupts_through() -> None:
    def interrupted(text: str, **kwargs: object) -> list[Mention]:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract_one(Document("a", "1"), Settings(extract=interrupted))


def test_skipped_is_not_extracted() -> None:
    assert extract_one(Skipped("a"), DIGITS).record is None


# --------------------------------------------------------------------------- jobs


ENTITY = COLUMNS.index("entity")


def pids(chunks: list[Done]) -> set[str]:
    """The processes that extracted the rows (`digits` writes its pid as the entity)."""
    return {row[ENTITY] for done in chunks for row in done.payload}


def test_one_job_starts_no_process() -> None:
    got = list(outcomes(chunked(docs(30), documents=4), DIGITS, jobs=1))
    assert len(got) == 8 and pids(got) == {str(os.getpid())}


def test_one_chunk_starts_no_process_whatever_jobs() -> None:
    got = list(outcomes(chunked(docs(3), documents=4), DIGITS, jobs=4))
    assert pids(got) == {str(os.getpid())}


def test_two_jobs_use_other_processes_and_keep_the_order() -> None:
    got = list(outcomes(chunked(docs(60), documents=3), DIGITS, jobs=2))
    assert str(os.getpid()) not in pids(got) and len(pids(got)) >= 1
    assert [o.record.id for done in got for o in done.outcomes] == [f"d{i}" for i in range(60)]  # type: ignore[union-attr]
    assert [row[0] for done in got for row in done.payload] == [f"d{i}" for i in range(60) for _ in (0, 1)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_failures_are_reported_in_order_for_every_jobs(jobs: int) -> None:
    items: list[Document | DocumentError] = list(docs(40, {3: "CRASH 1", 17: "REFUSE 2", 31: "   no digits"}))
    items.insert(10, DocumentError("bad.jsonl:11", "malformed JSON: Expecting value (column 1)"))
    output, messages, tally = run_jsonl(items, jobs, chunk_documents=4)
    assert messages == ["d3: internal error: ZeroDivisionError: division by zero",
                        "bad.jsonl:11: malformed JSON: Expecting value (column 1)", "d17: refused"]
    assert (tally.read, tally.with_facts, tally.without_facts, tally.failed, tally.rows) == (40, 37, 1, 3, 74)  # the malformed line was never read
    assert output == run_jsonl(items, 1)[0]


def test_a_dead_worker_is_a_worker_error() -> None:
    with pytest.raises(WorkerError, match="a worker process died"):
        run_jsonl(list(docs(20, {9: "DIE 9"})), 2, chunk_documents=2)


def test_one_write_per_chunk_rows_before_their_documents() -> None:
    class Recording(Writer):
        """A writer that remembers its calls."""

        def __init__(self) -> None:
            super().__init__()
            self.calls: list[tuple[str, int]] = []

        def _write_payload(self, payload: list[tuple[object, ...]]) -> int:
            self.calls.append(("rows", len(payload)))
            return len(payload)

        def write_documents(self, records: object) -> None:
            self.calls.append(("documents", len(records)))  # type: ignore[arg-type]

    writer = Recording()
    tally = run_batch(docs(25), writer, settings=DIGITS, chunk_documents=10)
    assert writer.calls == [("rows", 20), ("documents", 10), ("rows", 20), ("documents", 10),
                            ("rows", 10), ("documents", 5)]
    assert tally.rows == writer.rows == 50


# --------------------------------------------------------------------------- SQLite appending


def test_sqlite_writes_a_repeated_id_once(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "facts.db"
    items = [Document("a", "1 2"), Document("b", "3"), Document("a", "4 5 6")]
    with open_writer("sqlite", str(path)) as out:
        tally = run_batch(items, out, settings=DIGITS)
    assert (tally.read, tally.skipped, tally.rows) == (3, 1, 3)
    db = sqlite3.connect(path)
    assert db.execute("SELECT doc_id, text FROM facts ORDER BY id").fetchall() == [("a", "1"), ("a", "2"), ("b", "3")]
    assert db.execute("SELECT id, facts FROM documents ORDER BY id").fetchall() == [("a", 2), ("b", 1)]
    db.close()


# --------------------------------------------------------------------------- the CLI


def test_help_lists_jobs() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert "--jobs N" in result.output and "every core" in result.output


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_bad_jobs_is_a_usage_error(value: str) -> None:
    result = CliRunner().invoke(main, ["extract", "--jobs", value, "-"], input="12")
    assert result.exit_code == 2 and "Invalid value for '-j' / '--jobs'" in result.stderr


def corpus_sample(tmp_path: pathlib.Path, n: int) -> pathlib.Path:
    path = tmp_path / "sample.jsonl"
    with open(CORPUS, "rb") as src:
        path.write_bytes(b"".join(itertools.islice(src, n)))
    return path


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "html", "parquet"])
def test_jobs_give_byte_identical_output(tmp_path: pathlib.Path, fmt: str) -> None:
    sample = corpus_sample(tmp_path, 300)
    outputs = []
    for jobs in ("1", "2"):
        proc = subprocess.run([str(NUMFACTS), "extract", str(sample), "--format", fmt, "--jobs", jobs],
                              capture_output=True, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr.decode()
        assert re.fullmatch(rb"numfacts: 300 documents read, \d+ with facts, \d+ without facts, 0 failed; "
                            rb"\d+ rows\n", proc.stderr)
        outputs.append((proc.stdout, proc.stderr))
    assert outputs[0] == outputs[1]
    assert outputs[0][0].count(b"\n") > 1000


def test_jobs_bad_documents_fail_alone_and_the_batch_goes_on(tmp_path: pathlib.Path) -> None:
    """Unreadable documents (a malformed line, an empty text, a lone surrogate that cannot be written
    as UTF-8) each get an error naming them, in input order, with one job or two; the rest is
    written, the same bytes either way."""
    good = [json.loads(line) for line in corpus_sample(tmp_path, 6).read_text(encoding="utf-8").splitlines()]
    lines = [json.dumps(good[0]), "{not json", json.dumps({"id": "empty", "text": "  "}), json.dumps(good[1]),
             json.dumps({"id": "surrogate", "text": "12 dead \ud800 on Sunday"}, ensure_ascii=True),
             *(json.dumps(g) for g in good[2:])]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = []
    for jobs in ("1", "2"):
        proc = subprocess.run([str(NUMFACTS), "extract", str(path), "-f", "jsonl", "--jobs", jobs, "--chunk", "2"],
                              capture_output=True, timeout=300, check=False)
        runs.append((proc.returncode, proc.stdout, proc.stderr.decode()))
    assert runs[0] == runs[1]
    code, out, err = runs[0]
    assert code == 1
    assert err.splitlines()[:3] == [
        f"numfacts: error: {path}:2: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
        "numfacts: error: empty: empty document",
        "numfacts: error: surrogate: text is not valid Unicode: a lone surrogate U+D800 at character 8",
    ]
    assert "7 documents read, 6 with facts, 0 without facts, 3 failed" in err  # the two unread lines are not read
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {str(g["id"]) for g in good}


def test_jobs_sqlite_equals_one_job(tmp_path: pathlib.Path) -> None:
    sample = corpus_sample(tmp_path, 150)
    tables = []
    for jobs in ("1", "2"):
        db = tmp_path / f"facts{jobs}.db"
        subprocess.run([str(NUMFACTS), "extract", str(sample), "-o", str(db), "-q", "--jobs", jobs],
                       check=True, timeout=300)
        con = sqlite3.connect(db)
        tables.append((con.execute("SELECT * FROM facts ORDER BY id").fetchall(),
                       con.execute("SELECT * FROM documents ORDER BY id").fetchall()))
        con.close()
    assert tables[0] == tables[1] and len(tables[0][1]) == 150


# --------------------------------------------------------------------------- progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_with_tqdm_then_clears() -> None:
    stream = Terminal()
    bar = Progress(stream, sizes={"a.jsonl": 2_000_000}, ratios={"a.jsonl": 2.0}, total=2_000_000, delay=0,
                   interval=0)
    bar.advance(documents=1, size=250_000, rows=4, source="a.jsonl")
    bar.show()
    drawn = stream.getvalue()
    assert "25%" in drawn and "500k/2.00MB" in drawn and "1 docs, 4 rows" in drawn
    bar.note("numfacts: error: d1: refused")
    assert stream.getvalue().endswith("\rnumfacts: error: d1: refused\n")  # the bar erased first
    bar.close()
    assert "\n" not in stream.getvalue()[len(drawn):].replace("refused\n", "")  # nothing left behind


def test_progress_waits_before_drawing() -> None:
    stream = Terminal()
    bar = Progress(stream, total=1000)  # short runs (under half a second) stay quiet
    bar.advance(documents=1, size=500)
    bar.show()
    bar.close()
    assert stream.getvalue() == ""


def test_progress_counts_whole_files_between_sources() -> None:
    bar = Progress(Terminal(), sizes={"a.jsonl": 1000, "b.txt": 300, "c.jsonl": 5000}, ratios={"a.jsonl": 3.0},
                   total=6300)
    bar.advance(documents=1, size=100, source="a.jsonl")
    assert bar.done == 300
    bar.advance(documents=1, size=900, source="a.jsonl")
    assert bar.done == 1000  # never more than the file
    bar.advance(documents=1, size=120, source="b.txt")
    assert bar.done == 1300
    bar.advance(documents=1, size=10, source="c.jsonl")
    assert bar.done == 1310


@pytest.mark.parametrize("tty, quiet, enabled", [(True, False, True), (True, True, False), (False, False, False)])
def test_progress_only_on_a_terminal(tty: bool, quiet: bool, enabled: bool) -> None:
    stream = Terminal() if tty else io.StringIO()
    assert Progress.for_stream(stream, quiet=quiet, paths=[str(CORPUS)], extensions=[".jsonl"]).enabled is enabled


def test_progress_total_is_the_input_size(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("12345")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("123")
    (tmp_path / "skip.bin").write_text("1234567")
    assert input_sizes([str(tmp_path)], [".txt", ".md"]) == {str(tmp_path / "a.txt"): 5,
                                                            str(tmp_path / "sub" / "b.md"): 3}
    bar = Progress.for_stream(Terminal(), quiet=False, paths=[str(tmp_path / "a.txt")], extensions=[".txt"])
    assert bar.total == 5
    assert Progress.for_stream(Terminal(), quiet=False, paths=["-"], extensions=[".txt"]).total is None


def test_sample_ratio_of_the_corpus() -> None:
    assert 1.0 < sample_ratio(str(CORPUS)) < 1.3  # JSON keys, ids, titles and URLs around the text


def test_progress_is_silent_in_the_cli_when_stderr_is_not_a_terminal() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--format", "jsonl"], input="12 dead")
    assert result.exit_code == 0 and "\r" not in result.stderr


# --------------------------------------------------------------------------- the Series accessor


def test_accessor_dates_align_on_the_index() -> None:
    import pandas as pd

    import numfacts.accessor  # noqa: F401  (registers Series.numfacts)

    texts = pd.Series(["It happened on Sunday.", "It happened on Sunday."], index=[10, 20])
    dates = pd.Series(["2016-12-18", "2016-12-11"], index=[20, 10])  # another order: aligned by label
    facts = texts.numfacts.extract(dates=dates)
    assert facts["date"].tolist() == ["2016-12-11", "2016-12-18"]
    assert facts.index.tolist() == [10, 20] and facts["doc_id"].tolist() == ["10", "20"]


def test_accessor_without_facts_and_with_a_repeated_index() -> None:
    import pandas as pd

    import numfacts.accessor  # noqa: F401

    assert len(pd.Series(["nothing"], index=["a"]).numfacts.extract()) == 0
    repeated = pd.Series(["12 dead", "3 hurt"], index=["a", "a"]).numfacts.extract()
    assert repeated["doc_id"].tolist() == ["a", "a"] and repeated.index.tolist() == ["a", "a"]
    assert repeated["input_row"].tolist() == [0, 1]
