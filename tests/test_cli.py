"""The command line, through click's CliRunner: exit codes and exact messages.

Most tests replace the extractor with `fake_extract` (every run of digits is a count), so that
they test reading, writing and reporting whatever the pipeline steps find today; a few run the
real pipeline and assert only what holds for any extractor.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner, Result

import numfacts.cli
from numfacts.cli import main
from numfacts.mention import COLUMNS, Mention
from numfacts.pipeline import Options

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
NUMBER = re.compile(r"\d[\d,]*")  # a run of digits, with thousands commas


class FakeExtractor:
    """Stands in for numfacts.pipeline.extract_document and remembers how it was called."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, text: str, *, doc_id: str, reference_date: object = None,
                 reference_source: str | None = None, lang: str | None = None,
                 options: Options | None = None) -> list[Mention]:
        day_first = options.day_first if options else False
        self.calls.append(dict(doc_id=doc_id, reference_date=reference_date, reference_source=reference_source,
                               day_first=day_first))
        used = lang or (options.lang if options else None)
        if used:  # recorded only when a language was given (else the pipeline would detect it)
            self.calls[-1]["lang"] = used
        if "CRASH" in text:
            raise ZeroDivisionError("division by zero")
        if "INTERRUPT" in text:
            raise KeyboardInterrupt
        return [
            Mention(doc_id=doc_id, sentence_id=0, start=m.start(), end=m.end(), text=m.group(), kind="count",
                    value=float(m.group().replace(",", "")), low=None, high=None, qualifier="=", unit=None,
                    entity=None, date=None, duration=None, sentence=text, reference_date=reference_date,
                    reference_source=reference_source, lang=used or "en")
            for m in NUMBER.finditer(text)
        ]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeExtractor:
    extractor = FakeExtractor()
    monkeypatch.setattr(numfacts.cli, "extract_document", extractor)
    return extractor


@pytest.fixture
def here(monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    monkeypatch.chdir(FIXTURES)
    return FIXTURES


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=input, catch_exceptions=False)


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def summary(read: int, with_facts: int, without: int, failed: int, rows: int) -> str:
    """The summary line: `read` counts documents read (an unreadable file only fails)."""
    return (f"numfacts: {read} document{'' if read == 1 else 's'} read, {with_facts} with facts, {without} without "
            f"facts, {failed} failed; {rows} row{'' if rows == 1 else 's'}\n")


# --------------------------------------------------------------------------- the scoring path


def test_jsonl_corpus_to_jsonl_stdout(fake: FakeExtractor, tmp_path: pathlib.Path) -> None:
    """What tools/score_cases.py runs: `numfacts extract IN.jsonl --format jsonl`."""
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "a", "date": "2016-12-11", "text": "78,000 civilians fled."}) + "\n"
                      + json.dumps({"id": "b", "date": None, "text": "No numbers."}) + "\n")
    result = run(str(corpus), "--format", "jsonl")
    assert result.exit_code == 0
    rows = jsonl(result)
    assert [list(r) for r in rows] == [list(COLUMNS)]
    assert rows[0] | {"sentence": None} == {
        "doc_id": "a", "sentence_id": 0, "start": 0, "end": 6, "text": "78,000", "kind": "count", "value": 78000.0,
        "low": None, "high": None, "qualifier": "=", "unit": None, "entity": None, "date": None, "duration": None,
        "sentence": None, "change": None, "role": None, "modifier": None, "attribution": None,
        "reference_date": "2016-12-11",
        "reference_source": "input", "lang": "en",
    }
    assert result.stderr == summary(2, 1, 1, 0, 1)


def test_real_pipeline_rows_are_consistent(tmp_path: pathlib.Path) -> None:
    text = "78,000 civilians fled on December 11, 2016. Over 93 percent of the city was retaken."
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "aleppo", "date": "2016-12-11", "text": text}) + "\n")
    result = run(str(corpus), "--format", "jsonl", "--quiet")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    for row in jsonl(result):
        assert list(row) == list(COLUMNS)
        assert row["doc_id"] == "aleppo"
        assert text[row["start"]:row["end"]] == row["text"]


def test_real_pipeline_on_the_seed_article() -> None:
    seed = pathlib.Path(__file__).parent.parent / "data" / "gold" / "seed-article.jsonl"
    result = run(str(seed), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = jsonl(result)
    assert result.stderr == summary(1, 1 if rows else 0, 0 if rows else 1, 0, len(rows))


# --------------------------------------------------------------------------- every input kind


INPUTS = [
    pytest.param(["article.txt"], None, ["article.txt"], 0, "", id="txt"),
    pytest.param(["notes.md"], None, ["notes.md"], 0, "", id="md"),
    pytest.param(["page.html"], None, ["page.html"], 0, "", id="html"),
    pytest.param(["utf16.txt", "bom.txt"], None, ["utf16.txt", "bom.txt"], 0, "", id="boms"),
    pytest.param(["corpus.csv"], None, ["c1", "c2", "corpus.csv:3"], 0, "", id="csv"),
    pytest.param(["tree"], None, [os.path.join("tree", "a.txt"), os.path.join("tree", "sub", "b.md"), "c"], 0,
                 f"numfacts: warning: {os.path.join('tree', 'skip.pdf')}: skipped: a PDF file (convert it to text "
                 "first, e.g. with pdftotext)\n", id="directory"),
    pytest.param([], "12 dead.", ["stdin"], 0, "", id="stdin-implicit"),
    pytest.param(["-"], "12 dead.", ["stdin"], 0, "", id="stdin-dash"),
    pytest.param(["article.txt", "-"], "12 dead.", ["article.txt", "stdin"], 0, "", id="file-and-stdin"),
    pytest.param(["corpus.jsonl"], None, ["a1", "7", "corpus.jsonl:5"], 1,
                 "numfacts: error: corpus.jsonl:4: malformed JSON: Expecting value (column 26)\n"
                 "numfacts: error: e: empty document\n"
                 "numfacts: error: corpus.jsonl:7: a JSON list, not an object\n"
                 "numfacts: error: n: no text field 'text' (fields: id, title)\n", id="jsonl-with-bad-lines"),
    pytest.param(["binary.txt", "article.txt"], None, ["article.txt"], 1,
                 "numfacts: error: binary.txt: binary file\n", id="binary"),
    pytest.param(["blank.txt"], None, [], 1, "numfacts: error: blank.txt: empty document\n", id="empty"),
    pytest.param(["missing.txt", "article.txt"], None, ["article.txt"], 1,
                 "numfacts: error: missing.txt: no such file or directory\n", id="missing"),
    pytest.param(["unknown.pdf"], None, [], 1,
                 "numfacts: error: unknown.pdf: not read: a PDF file (convert it to text first, e.g. with "
                 "pdftotext)\n", id="pdf"),
    pytest.param(["no-text.csv"], None, [], 1,
                 "numfacts: error: no-text.csv: no text column 'text' (columns: id, body)\n", id="no-text-column"),
    pytest.param(["latin1.txt"], None, ["latin1.txt"], 0,
                 "numfacts: warning: latin1.txt: not valid UTF-8 (at byte 3); undecodable bytes replaced with "
                 "U+FFFD\n", id="invalid-utf8"),
    pytest.param([], "", [], 1, "numfacts: error: stdin: empty document\n", id="empty-stdin"),
]


@pytest.mark.parametrize("args, stdin, doc_ids, exit_code, messages", INPUTS)
def test_inputs(fake: FakeExtractor, here: pathlib.Path, args: list[str], stdin: str | None, doc_ids: list[str],
                exit_code: int, messages: str) -> None:
    result = run(*args, "--format", "jsonl", input=stdin)
    assert result.exit_code == exit_code
    assert [c["doc_id"] for c in fake.calls] == doc_ids
    assert list(dict.fromkeys(r["doc_id"] for r in jsonl(result))) == doc_ids  # every test text has a number
    failed = messages.count("numfacts: error:")
    rows = len(jsonl(result))
    read = len(doc_ids)  # the fake extractor never fails: every failure here is a document that was not read
    nothing = "" if read else "numfacts: error: no document read\n"
    assert result.stderr == messages + summary(read, len(doc_ids), 0, failed, rows) + nothing


def test_unreadable_file(fake: FakeExtractor, here: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numfacts.reader

    def refuse(path: str, mode: str = "r") -> Any:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(numfacts.reader, "open", refuse, raising=False)
    result = run("article.txt")
    assert result.exit_code == 1
    assert result.stderr == ("numfacts: error: article.txt: cannot read: Permission denied\n" + summary(0, 0, 0, 1, 0)
                             + "numfacts: error: no document read\n")


def test_parquet_input(fake: FakeExtractor, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "in.parquet"
    pd.DataFrame({"id": ["p1", "p2"], "body": ["12 dead.", "No numbers."]}).to_parquet(path)
    result = run(str(path), "--text-column", "body", "--format", "jsonl")
    assert result.exit_code == 0
    assert [(r["doc_id"], r["text"]) for r in jsonl(result)] == [("p1", "12")]
    assert result.stderr == summary(2, 1, 1, 0, 1)


def test_without_facts_is_not_a_failure(fake: FakeExtractor) -> None:
    result = run("-", input="No numbers here.")
    assert result.exit_code == 0
    assert result.stdout_bytes == ",".join(COLUMNS).encode() + b"\r\n"
    assert result.stderr == summary(1, 0, 1, 0, 0)


def test_quiet(fake: FakeExtractor, here: pathlib.Path) -> None:
    result = run("latin1.txt", "binary.txt", "--quiet")
    assert result.exit_code == 1
    assert result.stderr == "numfacts: error: binary.txt: binary file\n"  # errors still show


def test_internal_error_is_reported_and_the_batch_goes_on(fake: FakeExtractor, tmp_path: pathlib.Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "bug", "text": "CRASH 12"}\n{"id": "ok", "text": "12 dead"}\n')
    result = run(str(corpus), "--format", "jsonl")
    assert result.exit_code == 1
    assert [r["doc_id"] for r in jsonl(result)] == ["ok"]
    assert result.stderr == ("numfacts: error: bug: internal error: ZeroDivisionError: division by zero\n"
                             + summary(2, 1, 0, 1, 1))


# --------------------------------------------------------------------------- reference dates


def test_reference_date_order(fake: FakeExtractor, tmp_path: pathlib.Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "own", "date": "2016-12-11", "text": "1"}\n'
                      '{"id": "none", "date": null, "text": "2"}\n'
                      '{"id": "blank", "date": "", "text": "3"}\n')
    result = run(str(corpus), "--reference-date", "2020-01-02", "--day-first")
    assert result.exit_code == 0
    assert fake.calls == [
        dict(doc_id="own", reference_date="2016-12-11", reference_source="input", day_first=True),
        dict(doc_id="none", reference_date="2020-01-02", reference_source="option", day_first=True),
        dict(doc_id="blank", reference_date="2020-01-02", reference_source="option", day_first=True),
    ]


def test_no_reference_date(fake: FakeExtractor) -> None:
    run("-", input="1")
    assert fake.calls == [dict(doc_id="stdin", reference_date=None, reference_source=None, day_first=False)]


def test_unreadable_date_in_a_row_warns_and_falls_back(fake: FakeExtractor, tmp_path: pathlib.Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "bad", "date": "yesterday", "text": "12 dead"}\n{"id": "ok", "text": "no facts"}\n')
    result = run(str(corpus), "--format", "jsonl", "--reference-date", "2016-12-11")
    assert result.exit_code == 0
    assert result.stderr == ("numfacts: warning: bad: cannot read the date 'yesterday'; using --reference-date or "
                             "the date in the text instead\n" + summary(2, 1, 1, 0, 1))
    assert fake.calls[0] == dict(doc_id="bad", reference_date="2016-12-11", reference_source="option",
                                 day_first=False)


# --------------------------------------------------------------------------- usage errors: before any work


USAGE_ERRORS = [
    pytest.param(["--reference-date", "2016-13-01"],
                 "Invalid value for '--reference-date': '2016-13-01' is not a date in the form YYYY-MM-DD",
                 id="bad-reference-date"),
    pytest.param(["--reference-date", "11/12/2016"],
                 "Invalid value for '--reference-date': '11/12/2016' is not a date in the form YYYY-MM-DD",
                 id="reference-date-format"),
    pytest.param(["--format", "xml"], "Invalid value for '-f' / '--format': 'xml' is not one of 'csv', 'jsonl', "
                 "'parquet', 'sqlite', 'html'.", id="unknown-format"),
    pytest.param(["--format", "csv", "-o", "out.parquet"],
                 "--format csv conflicts with the output file 'out.parquet' (parquet)", id="format-conflict"),
    pytest.param(["-o", "out.txt"], "cannot tell the output format from 'out.txt': use --format", id="unknown-ext"),
    pytest.param(["--format", "sqlite"], "--format sqlite needs an output file: use -o FILE", id="sqlite-stdout"),
    pytest.param(["--format", "sqlite", "-o", "-"], "--format sqlite needs an output file: use -o FILE",
                 id="sqlite-dash"),
    pytest.param(["-o", "article.txt", "--format", "csv"], "the output file 'article.txt' is also an input",
                 id="output-is-input"),
    pytest.param(["--text-column", " "], "Invalid value for '--text-column': a column name cannot be empty",
                 id="empty-column"),
    pytest.param(["-", "-"], "standard input (-) can be read only once", id="stdin-twice"),
]


@pytest.mark.parametrize("args, message", USAGE_ERRORS)
def test_usage_errors(fake: FakeExtractor, here: pathlib.Path, args: list[str], message: str) -> None:
    before = sorted(os.listdir(here))
    result = run("article.txt", *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"numfacts: error: {message}"
    assert result.stdout == ""
    assert fake.calls == []  # no work done
    assert sorted(os.listdir(here)) == before  # no file written


def test_stdin_terminal_without_input(fake: FakeExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numfacts.cli, "_stdin_is_terminal", lambda: True)
    result = run()
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "numfacts: error: no INPUT given and standard input is a terminal: name a file, or use - to type text")


def test_unwritable_output(fake: FakeExtractor, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "nowhere" / "out.csv"
    result = run("-", "-o", str(target), input="12")
    assert result.exit_code == 1
    assert result.stderr == f"numfacts: error: {target}: cannot write: No such file or directory\n"
    assert fake.calls == []


# --------------------------------------------------------------------------- output formats


@pytest.mark.parametrize("args, name", [
    pytest.param(["-o", "out.csv"], "out.csv", id="csv-by-extension"),
    pytest.param(["-o", "out.jsonl"], "out.jsonl", id="jsonl"),
    pytest.param(["-o", "out.parquet"], "out.parquet", id="parquet"),
    pytest.param(["-o", "out.db"], "out.db", id="sqlite"),
    pytest.param(["-o", "out.html"], "out.html", id="html"),
    pytest.param(["-o", "facts", "--format", "jsonl"], "facts", id="format-and-any-name"),
])
def test_output_files(fake: FakeExtractor, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
                      args: list[str], name: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("-", *args, input="78,000 civilians fled; 12 died.")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert os.listdir(tmp_path) == [name]  # nothing else: the temporary file was renamed
    path = tmp_path / name
    if name.endswith(".parquet"):
        assert pd.read_parquet(path)["text"].tolist() == ["78,000", "12"]
    elif name.endswith(".db"):
        assert sqlite3.connect(path).execute("SELECT text FROM facts ORDER BY id").fetchall() == [("78,000",), ("12",)]
    elif name.endswith(".csv"):
        assert pd.read_csv(path)["value"].tolist() == [78000, 12]
    elif name.endswith(".html"):
        assert "<td>78,000</td>" in path.read_text()
    else:
        assert [json.loads(line)["text"] for line in path.read_text().splitlines()] == ["78,000", "12"]


def test_parquet_to_stdout(fake: FakeExtractor) -> None:
    result = run("-", "--format", "parquet", input="12 dead")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PAR1") and result.stdout_bytes.endswith(b"PAR1")


def test_csv_formula_escaping(fake: FakeExtractor) -> None:
    text = "-12 degrees, =1+1"
    escaped = run("-", input=text)
    raw = run("-", "--no-escape-formulas", input=text)
    assert escaped.stdout.splitlines()[1].endswith(',"\'-12 degrees, =1+1",,,,,,,en')
    assert raw.stdout.splitlines()[1].endswith(',"-12 degrees, =1+1",,,,,,,en')
    assert ",12,count,12,,,=," in escaped.stdout  # numbers and the qualifier are never escaped


def test_sqlite_append_skips_known_documents(fake: FakeExtractor, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "facts.db"
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "a", "text": "1 and 2"}\n{"id": "b", "text": "3"}\n')
    first = run(str(corpus), "-o", str(db))
    assert first.exit_code == 0 and first.stderr == summary(2, 2, 0, 0, 3)
    corpus.write_text('{"id": "a", "text": "1 and 2"}\n{"id": "b", "text": "3"}\n{"id": "c", "text": "4"}\n')
    second = run(str(corpus), "-o", str(db))
    assert second.exit_code == 0
    assert second.stderr == (f"numfacts: 3 documents read, 1 with facts, 0 without facts, 0 failed; 1 row; "
                             f"2 already in {db}, skipped\n")
    assert [c["doc_id"] for c in fake.calls] == ["a", "b", "c"]
    con = sqlite3.connect(db)
    assert con.execute("SELECT doc_id, text FROM facts ORDER BY id").fetchall() == [
        ("a", "1"), ("a", "2"), ("b", "3"), ("c", "4")]
    assert con.execute("SELECT id, characters, facts, error FROM documents ORDER BY id").fetchall() == [
        ("a", 7, 2, None), ("b", 1, 1, None), ("c", 1, 1, None)]


def test_sqlite_records_failed_documents(fake: FakeExtractor, here: pathlib.Path, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "facts.db"
    result = run("binary.txt", "article.txt", "-o", str(db))
    assert result.exit_code == 1
    assert sqlite3.connect(db).execute("SELECT id, error FROM documents ORDER BY id").fetchall() == [
        ("article.txt", None), ("binary.txt", "binary file")]


def test_chunks_keep_document_order(fake: FakeExtractor, monkeypatch: pytest.MonkeyPatch,
                                    tmp_path: pathlib.Path) -> None:
    monkeypatch.setattr(numfacts.cli, "CHUNK_DOCUMENTS", 2)
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": f"{i} and {i}0"}) + "\n" for i in range(7)))
    result = run(str(corpus), "--format", "jsonl")
    assert [r["text"] for r in jsonl(result)] == [t for i in range(7) for t in (str(i), f"{i}0")]
    assert result.stderr == summary(7, 7, 0, 0, 14)


def test_interrupt(fake: FakeExtractor, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("-", "-o", "out.csv", input="INTERRUPT 12")
    assert result.exit_code == 130
    assert result.stderr == "numfacts: error: interrupted\n"
    assert os.listdir(tmp_path) == []  # the temporary output is gone


# --------------------------------------------------------------------------- help and entry points


def test_help_has_examples() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Examples:\n      numfacts extract article.txt\n" in result.output
    for option in ("--format", "--output", "--reference-date", "--text-column", "--id-column", "--date-column",
                   "--day-first", "--quiet", "--no-escape-formulas"):
        assert option in result.output


def test_group_lists_extract() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.output


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"numfacts, version {numfacts.__version__}\n"


def test_python_dash_m() -> None:
    proc = subprocess.run([sys.executable, "-m", "numfacts", "extract", "--format", "jsonl", "-q", "-"],
                          input=b"No numbers at all", capture_output=True, timeout=120)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", b"")
