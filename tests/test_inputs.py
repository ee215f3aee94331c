"""Inputs that lose nothing (issue #11): formats, encodings, standard input, skipped files, named
columns, the output never read back, the Series API and accessor, and `numfacts.read`."""

from __future__ import annotations

import gzip
import io
import json
import os
import pathlib
import sqlite3
import subprocess
import sys
import warnings
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner, Result

import numfacts
import numfacts.accessor  # noqa: F401  (registers Series.numfacts)
from numfacts.cli import main
from numfacts.errors import DocumentError, InputError
from numfacts.reader import Document, InputWarning, read_inputs

CORPUS_ROWS = [{"id": "a", "date": "2016-12-11", "text": "12 dead."}, {"id": "b", "text": "3 hurt."}]


def summary(item: Document | DocumentError) -> tuple[Any, ...]:
    if isinstance(item, DocumentError):
        return (type(item).__name__, str(item))
    return (item.id, item.text, item.date)


def read(paths: list[str], **kw: Any) -> list[tuple[Any, ...]]:
    kw.setdefault("warn", lambda message: None)
    return [summary(d) for d in read_inputs(paths, **kw)]


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=input, catch_exceptions=False)


# --------------------------------------------------------------------------- corpus formats


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def _csv(rows: list[dict[str, Any]], sep: str = ",") -> bytes:
    return pd.DataFrame(rows).to_csv(index=False, sep=sep).encode()


FORMATS = [
    pytest.param("c.jsonl.gz", lambda: gzip.compress(_jsonl(CORPUS_ROWS)), id="jsonl.gz"),
    pytest.param("c.ndjson.gz", lambda: gzip.compress(_jsonl(CORPUS_ROWS)), id="ndjson.gz"),
    pytest.param("c.csv.gz", lambda: gzip.compress(_csv(CORPUS_ROWS)), id="csv.gz"),
    pytest.param("c.tsv", lambda: _csv(CORPUS_ROWS, "\t"), id="tsv"),
    pytest.param("c.tsv.gz", lambda: gzip.compress(_csv(CORPUS_ROWS, "\t")), id="tsv.gz"),
    pytest.param("c.json", lambda: json.dumps(CORPUS_ROWS).encode(), id="json-array"),
    pytest.param("c.json.gz", lambda: gzip.compress(json.dumps(CORPUS_ROWS).encode()), id="json.gz"),
]


@pytest.mark.parametrize("name, data", FORMATS)
def test_corpus_formats(tmp_path: pathlib.Path, name: str, data: Any) -> None:
    path = tmp_path / name
    path.write_bytes(data())
    assert read([str(path)]) == [("a", "12 dead.", "2016-12-11"), ("b", "3 hurt.", None)]


@pytest.mark.parametrize("name, data, message", [
    pytest.param("c.json", b'{"id": "x", "text": "1 cat"}', None, id="json-one-object"),
    pytest.param("c.json", b'"just a string"', "c.json: a JSON str, not an array of objects", id="json-string"),
    pytest.param("c.json", b"[1, {", "c.json: malformed JSON: Expecting property name enclosed in double quotes (line 1, column 6)", id="json-malformed"),
    pytest.param("c.json", b"[]", "c.json: empty file", id="json-empty-array"),
    pytest.param("c.jsonl.gz", b"not gzip at all", "c.jsonl.gz: not a valid gzip file (Not a gzipped file (b'no'))",
                 id="bad-gzip"),
    pytest.param("c.csv.gz", gzip.compress(b"id,text\nx,1 cat\n")[:-12], "c.csv.gz: not a valid gzip file "
                 "(Compressed file ended before the end-of-stream marker was reached)", id="truncated-gzip"),
])
def test_corpus_format_errors(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes,
                              message: str | None) -> None:
    monkeypatch.chdir(tmp_path)
    pathlib.Path(name).write_bytes(data)
    got = read([name])
    assert got == ([("x", "1 cat", None)] if message is None else [("InputError", message)])


def test_json_array_element_not_an_object(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('[{"id": "x", "text": "1 cat"}, 7]')
    assert read([str(path)]) == [("x", "1 cat", None), ("DocumentError", f"{path}:2: a JSON int, not an object")]


# --------------------------------------------------------------------------- encodings


def test_encoding_option_reads_windows_1252(tmp_path: pathlib.Path) -> None:
    text, corpus = tmp_path / "a.txt", tmp_path / "c.csv"
    text.write_bytes("Caf\u00e9 sold 300 cups for \u20ac2.".encode("cp1252"))
    corpus.write_bytes("id,text\nx,\u00dcber 12 km\n".encode("cp1252"))
    seen: list[str] = []
    assert read([str(text), str(corpus)], encoding="cp1252", warn=seen.append) == [
        (str(text), "Caf\u00e9 sold 300 cups for \u20ac2.", None), ("x", "\u00dcber 12 km", None)]
    assert seen == []


def test_encoding_utf16_without_bom(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes('{"id": "x", "text": "12 km"}\n'.encode("utf-16-le"))
    assert read([str(path)], encoding="utf-16-le") == [("x", "12 km", None)]


def test_wrong_encoding_is_one_warning(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"12 \x81 cats")
    seen: list[str] = []
    assert read([str(path)], encoding="cp1252", warn=seen.append) == [(str(path), "12 \ufffd cats", None)]
    assert seen == [f"{path}: not valid cp1252 (at byte 3); undecodable bytes replaced with U+FFFD"]


def test_cli_encoding(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\u00a312 million".encode("latin-1"))
    result = run(str(path), "--encoding", "latin-1", "--format", "jsonl", "-q")
    assert result.exit_code == 0
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["\u00a312 million"]
    bad = run(str(path), "--encoding", "klingon")
    assert bad.exit_code == 2
    assert bad.stderr.splitlines()[-1] == "numfacts: error: Invalid value for '--encoding': unknown encoding 'klingon'"


# --------------------------------------------------------------------------- standard input


STDIN = [
    pytest.param(b'{"id": "a", "text": "12 dead"}\n{"id": "b", "text": "3 hurt"}\n', "auto",
                 [("a", "12 dead", None), ("b", "3 hurt", None)], id="auto-jsonl"),
    pytest.param(b'\n\n{"text": "12 dead"}\n', "auto", [("stdin:3", "12 dead", None)], id="auto-jsonl-after-blanks"),
    pytest.param(b"{not json} 12 dead", "auto", [("stdin", "{not json} 12 dead", None)], id="auto-brace-text"),
    pytest.param(b"[1, 2] 12 dead", "auto", [("stdin", "[1, 2] 12 dead", None)], id="auto-text"),
    pytest.param(b'{"id": "a", "text": "12"}', "text", [("stdin", '{"id": "a", "text": "12"}', None)],
                 id="text-forced"),
    pytest.param(b"id,text,date\nx,12 dead,14.03.2024\n", "csv", [("x", "12 dead", "2024-03-14")], id="csv"),
    pytest.param(b"id\ttext\nx\t12 dead\n", "tsv", [("x", "12 dead", None)], id="tsv"),
    pytest.param(b'[{"text": "12 dead"}]', "json", [("stdin:1", "12 dead", None)], id="json"),
    pytest.param(b"<nav>Top 10 stories</nav><p>12 dead</p>", "html", [("stdin", "12 dead", None)], id="html"),
    pytest.param(b'{"id": "a", "text": "12"}\nnot json\n', "jsonl",
                 [("a", "12", None), ("DocumentError", "stdin:2: malformed JSON: Expecting value (column 1)")],
                 id="jsonl-bad-line"),
]


@pytest.mark.parametrize("data, fmt, expected", STDIN)
def test_stdin_formats(data: bytes, fmt: str, expected: list[tuple[Any, ...]]) -> None:
    assert read(["-"], stdin=io.BytesIO(data), input_format=fmt) == expected


def test_cli_jsonl_on_stdin_is_a_corpus() -> None:
    result = run("--format", "jsonl", input='{"id": "a", "text": "12 dead"}\n{"id": "b", "text": "3 hurt"}\n')
    assert result.exit_code == 0
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert result.stderr == "numfacts: 2 documents read, 2 with facts, 0 without facts, 0 failed; 2 rows\n"


def test_cli_input_format_csv() -> None:
    result = run("--input-format", "csv", "--format", "jsonl", input="id,text\nx,12 dead\n")
    assert result.exit_code == 0
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["x"]
    assert result.stderr == "numfacts: 1 document read, 1 with facts, 0 without facts, 0 failed; 1 row\n"


# --------------------------------------------------------------------------- skipped files, nothing read


@pytest.fixture
def folder(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    monkeypatch.chdir(tmp_path)
    os.mkdir("docs")
    for name in ("report.pdf", "letter.docx", "README", "data.xyz", ".hidden.txt"):
        pathlib.Path("docs", name).write_bytes(b"12 dead")
    return tmp_path


SKIPPED = (
    "numfacts: warning: docs/README: skipped: no extension\n"
    "numfacts: warning: docs/data.xyz: skipped: unknown format '.xyz'\n"
    "numfacts: warning: docs/letter.docx: skipped: a Word document (save it as text or HTML first)\n"
    "numfacts: warning: docs/report.pdf: skipped: a PDF file (convert it to text first, e.g. with pdftotext)\n"
)


def test_a_folder_of_unreadable_files_reports_each_and_fails(folder: pathlib.Path) -> None:
    result = run("docs")
    assert result.exit_code == 1
    assert result.stderr == (SKIPPED + "numfacts: 0 documents read, 0 with facts, 0 without facts, 0 failed; 0 rows\n"
                             "numfacts: error: no document read (4 files skipped)\n")


def test_quiet_still_fails_when_nothing_was_read(folder: pathlib.Path) -> None:
    result = run("docs", "-q")
    assert result.exit_code == 1
    assert result.stderr == "numfacts: error: no document read (4 files skipped)\n"


def test_skipped_files_beside_a_read_one(folder: pathlib.Path) -> None:
    pathlib.Path("docs", "a.txt").write_text("12 dead")
    result = run("docs", "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == SKIPPED + "numfacts: 1 document read, 1 with facts, 0 without facts, 0 failed; 1 row\n"


def test_a_missing_file_is_failed_not_read(tmp_path: pathlib.Path) -> None:
    result = run(str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stderr == (f"numfacts: error: {tmp_path / 'missing.txt'}: no such file or directory\n"
                             "numfacts: 0 documents read, 0 with facts, 0 without facts, 1 failed; 0 rows\n"
                             "numfacts: error: no document read\n")


@pytest.mark.parametrize("name", ["facts.csv", "facts.jsonl"])
def test_the_output_is_never_read_back(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkdir("articles")
    pathlib.Path("articles", "a.txt").write_text("12 dead")
    out = os.path.join("articles", name)
    first = run("articles", "-o", out)
    assert first.exit_code == 0 and first.stderr.endswith("1 document read, 1 with facts, 0 without facts, "
                                                          "0 failed; 1 row\n")
    second = run("articles", "-o", out)  # the output now lies in the input folder
    assert second.exit_code == 0
    assert second.stderr == (f"numfacts: warning: {out}: skipped: the output file of this run\n"
                             "numfacts: 1 document read, 1 with facts, 0 without facts, 0 failed; 1 row\n")


# --------------------------------------------------------------------------- named columns must exist


COLUMN_ERRORS = [
    pytest.param(["--id-column", "key"], "no id column 'key' (columns: id, date, text)", id="id"),
    pytest.param(["--date-column", "published"], "no date column 'published' (columns: id, date, text)", id="date"),
    pytest.param(["--text-column", "body"], "no text column 'body' (columns: id, date, text)", id="text"),
]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".json"])
@pytest.mark.parametrize("args, reason", COLUMN_ERRORS)
def test_cli_misspelt_column(tmp_path: pathlib.Path, args: list[str], reason: str, suffix: str) -> None:
    path = tmp_path / f"c{suffix}"
    frame = pd.DataFrame([{"id": "a", "date": "2016-12-11", "text": "12 dead"}])
    {".jsonl": lambda: frame.to_json(path, orient="records", lines=True), ".csv": lambda: frame.to_csv(path, index=False),
     ".parquet": lambda: frame.to_parquet(path), ".json": lambda: frame.to_json(path, orient="records")}[suffix]()
    result = run(str(path), *args)
    assert result.exit_code == 1
    assert result.stderr == (f"numfacts: error: {path}: {reason}\n"
                             "numfacts: 0 documents read, 0 with facts, 0 without facts, 1 failed; 0 rows\n"
                             "numfacts: error: no document read\n")


def test_default_id_and_date_columns_stay_optional(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("text\n12 dead\n")
    result = run(str(path), "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == [f"{path}:1"]


def test_api_misspelt_column() -> None:
    articles = pd.DataFrame({"id": ["a"], "text": ["12 dead"]})
    with pytest.raises(InputError, match=r"^<frame>: no id column 'key' \(columns: id, text\)$"):
        numfacts.extract_frame(articles, id="key")
    with pytest.raises(InputError, match=r"^<frame>: no date column 'published' \(columns: id, text\)$"):
        numfacts.extract_frame(articles, date="published")
    assert numfacts.extract_frame(articles)["doc_id"].tolist() == ["a"]  # no date column: the default is optional


def test_extract_frame_takes_a_series() -> None:
    facts = numfacts.extract_frame(pd.Series(["12 dead", "no figure", "3 hurt"], index=["x", "y", "z"]))
    assert facts[["doc_id", "text"]].values.tolist() == [["x", "12"], ["z", "3"]]


# --------------------------------------------------------------------------- the accessor's join


def test_accessor_with_repeated_labels_joins_by_input_row() -> None:
    a = pd.DataFrame({"text": ["12 dead", "no figure"], "title": ["A0", "A1"]})
    b = pd.DataFrame({"text": ["3 hurt", "40 fled"], "title": ["B0", "B1"]})
    articles = pd.concat([a, b])  # labels 0, 1, 0, 1
    facts = articles.text.numfacts.extract()
    assert facts.index.tolist() == [0, 0, 1] and facts["input_row"].tolist() == [0, 2, 3]
    joined = facts.join(articles.reset_index(drop=True)[["title"]], on="input_row")
    assert joined[["text", "title"]].values.tolist() == [["12", "A0"], ["3", "B0"], ["40", "B1"]]
    assert articles.iloc[facts["input_row"]]["title"].tolist() == ["A0", "B0", "B1"]


def test_accessor_unique_labels_join_on_the_index() -> None:
    articles = pd.DataFrame({"text": ["12 dead", "3 hurt"], "title": ["A", "B"]}, index=["x", "y"])
    facts = articles.text.numfacts.extract()
    assert facts.join(articles[["title"]])["title"].tolist() == ["A", "B"]


def test_accessor_unreadable_date_names_the_label() -> None:
    texts = pd.Series(["12 dead on Sunday."], index=["story-7"])
    with pytest.warns(InputWarning, match=r"^story-7: cannot read the date 'soon'; using reference_date or the "
                                          r"date in the text instead$"):
        facts = texts.numfacts.extract(dates=pd.Series(["soon"], index=["story-7"]), reference_date="2016-12-11")
    assert facts["reference_date"].tolist() == ["2016-12-11", "2016-12-11"]


# --------------------------------------------------------------------------- numfacts.read


TRICKY = ("In the 1990s and in 2022, 1,000 people said -12 degrees was the low. Costs rose 5%. "
          "The 007 unit left.")


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[pathlib.Path, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("out")
    corpus = folder / "in.jsonl"
    corpus.write_text(json.dumps({"id": "007", "date": "2023-01-02", "text": TRICKY}) + "\n")
    expected = numfacts.extract_frame(pd.DataFrame([{"id": "007", "date": "2023-01-02", "text": TRICKY}]))
    for ext in ("csv", "jsonl", "parquet", "db"):
        done = subprocess.run([sys.executable, "-m", "numfacts", "extract", str(corpus), "-o", str(folder / f"o.{ext}"),
                               "-q"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    return folder, expected


@pytest.mark.parametrize("ext", ["csv", "jsonl", "parquet", "db"])
def test_read_gives_back_the_contract_table(written: tuple[pathlib.Path, pd.DataFrame], ext: str) -> None:
    folder, expected = written
    got = numfacts.read(folder / f"o.{ext}")
    pd.testing.assert_frame_equal(got, expected)
    assert got["date"].dropna().tolist()[:2] == ["199", "2022"]  # a decade and a year stay strings
    assert got["doc_id"].iloc[0] == "007"
    assert "-12 degrees" in got["text"].tolist()  # the CSV formula escape is undone


def test_pandas_alone_would_get_the_dtypes_wrong(written: tuple[pathlib.Path, pd.DataFrame]) -> None:
    folder, _ = written
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert pd.read_csv(folder / "o.csv")["date"].dropna().tolist()[:2] == [199, 2022]


def test_read_a_parquet_folder(written: tuple[pathlib.Path, pd.DataFrame], tmp_path: pathlib.Path) -> None:
    folder, expected = written
    (tmp_path / "parts").mkdir()
    for n, part in enumerate((expected.iloc[:3], expected.iloc[3:])):
        part.to_parquet(tmp_path / "parts" / f"part-{n}.parquet")
    pd.testing.assert_frame_equal(numfacts.read(tmp_path / "parts"), expected)


@pytest.mark.parametrize("name, fmt, message", [
    pytest.param("missing.csv", None, "missing.csv: no such file or directory", id="missing"),
    pytest.param("facts.txt", None, "facts.txt: cannot tell the format of this table: pass format='csv', 'jsonl', "
                 "'parquet' or 'sqlite'", id="unknown"),
    pytest.param("facts.html", None, "facts.html: numfacts.read does not read html tables", id="html"),
    pytest.param("missing.db", None, "missing.db: no such file or directory", id="missing-db"),
])
def test_read_errors(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, name: str, fmt: str | None,
                     message: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as info:
        numfacts.read(name, fmt)
    assert str(info.value) == message


def test_read_a_database_without_facts(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).close()
    with pytest.raises(InputError, match=r"other\.db: cannot read this sqlite table \(no facts table\)$"):
        numfacts.read(path)
