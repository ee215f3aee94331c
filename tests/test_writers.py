"""Writers: every format round-trips the table, streams, and never leaves a half-written file."""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import sqlite3

import pandas as pd
import pytest

from numfacts.mention import COLUMNS, DTYPES, Mention
from numfacts.table import to_frame
from numfacts.writers import (
    DocumentRecord,
    OutputError,
    escape_formula,
    format_for,
    format_number,
    frame_rows,
    mention_rows,
    open_writer,
)

SENTENCE = "=HYPERLINK() 78,000 civilians fled; it was -12 degrees on December 11, 2016."


def mention(**fields: object) -> Mention:
    base: dict[str, object] = dict(
        doc_id="aleppo", sentence_id=0, start=13, end=19, text="78,000", kind="count", value=78000.0,
        low=None, high=None, qualifier="=", unit=None, entity="civilians", date=None, duration=None,
        sentence=SENTENCE,
    )
    base.update(fields)
    return Mention(**base)  # type: ignore[arg-type]


MENTIONS = [
    mention(),
    mention(start=41, end=52, text="-12 degrees", kind="measure", value=-12.0, unit="degree Celsius",
            entity=None),
    mention(start=56, end=73, text="December 11, 2016", kind="date", value=None, date="2016-12-11",
            entity=None),
    mention(doc_id="other", sentence_id=2, start=0, end=18, text="more than 400,000", value=None,
            low=400000.0, qualifier=">", entity="@people", sentence="more than 400,000 @people"),
]


def write(fmt: str, dest: object, rows: object = MENTIONS, **kw: object) -> None:
    with open_writer(fmt, dest, **kw) as out:  # type: ignore[arg-type]
        out.write(rows)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- small helpers

@pytest.mark.parametrize("name, fmt", [
    pytest.param("out.csv", "csv", id="csv"),
    pytest.param("out.jsonl", "jsonl", id="jsonl"),
    pytest.param("out.ndjson", "jsonl", id="ndjson"),
    pytest.param("out.parquet", "parquet", id="parquet"),
    pytest.param("out.db", "sqlite", id="db"),
    pytest.param("out.sqlite", "sqlite", id="sqlite"),
    pytest.param("OUT.HTML", "html", id="upper-case"),
    pytest.param("out.txt", None, id="unknown"),
    pytest.param("-", None, id="stdout"),
])
def test_format_for(name: str, fmt: str | None) -> None:
    assert format_for(name) == fmt


@pytest.mark.parametrize("cell, escaped", [
    pytest.param("=SUM(A1:A3)", "'=SUM(A1:A3)", id="equals"),
    pytest.param("+44 20", "'+44 20", id="plus"),
    pytest.param("-12 degrees", "'-12 degrees", id="minus"),
    pytest.param("@people", "'@people", id="at"),
    pytest.param("\tx", "'\tx", id="tab"),
    pytest.param("\rx", "'\rx", id="carriage-return"),
    pytest.param("78,000", "78,000", id="digit"),
    pytest.param("a = b", "a = b", id="inside"),
    pytest.param("", "", id="empty"),
])
def test_escape_formula(cell: str, escaped: str) -> None:
    assert escape_formula(cell) == escaped


@pytest.mark.parametrize("value, text", [
    pytest.param(78000.0, "78000", id="whole"),
    pytest.param(2.5e9, "2500000000", id="billions"),
    pytest.param(0.2, "0.2", id="fraction"),
    pytest.param(-12.0, "-12", id="negative"),
    pytest.param(1e20, "1e+20", id="huge"),
    pytest.param(3, "3", id="int"),
])
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_unknown_format() -> None:
    with pytest.raises(OutputError, match="unknown output format 'xml'"):
        open_writer("xml", io.StringIO())


# --------------------------------------------------------------------------- CSV


def read_csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_header_once_and_columns_in_order() -> None:
    buffer = io.StringIO()
    with open_writer("csv", buffer) as out:
        out.write(MENTIONS[:2])
        out.write(MENTIONS[2:])
        out.write([])
    lines = buffer.getvalue().splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert sum(line.startswith("doc_id,") for line in lines) == 1
    assert len(read_csv_rows(buffer.getvalue())) == len(MENTIONS)


def test_csv_escapes_text_cells_not_numbers() -> None:
    buffer = io.StringIO()
    write("csv", buffer)
    rows = read_csv_rows(buffer.getvalue())
    assert rows[0]["sentence"] == "'" + SENTENCE
    assert rows[0]["qualifier"] == "="  # our own vocabulary: never escaped
    assert rows[1]["text"] == "'-12 degrees"
    assert rows[1]["value"] == "-12"  # numeric columns are never escaped
    assert rows[3]["entity"] == "'@people"
    assert rows[3]["low"] == "400000"
    assert rows[3]["value"] == ""  # NA is an empty cell


def test_csv_no_escape_formulas() -> None:
    buffer = io.StringIO()
    write("csv", buffer, escape_formulas=False)
    rows = read_csv_rows(buffer.getvalue())
    assert rows[1]["text"] == "-12 degrees"
    assert rows[0]["sentence"] == SENTENCE


def test_csv_reads_back_with_pandas() -> None:
    buffer = io.StringIO()
    write("csv", buffer, escape_formulas=False)
    df = pd.read_csv(io.StringIO(buffer.getvalue()))
    assert list(df.columns) == list(COLUMNS)
    assert df["value"].tolist()[:2] == [78000.0, -12.0]
    assert df["start"].tolist() == [m.start for m in MENTIONS]


# --------------------------------------------------------------------------- JSONL


def test_jsonl_raw_values_and_nulls() -> None:
    buffer = io.StringIO()
    write("jsonl", buffer)
    rows = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert [list(r) for r in rows] == [list(COLUMNS)] * len(MENTIONS)
    assert rows[0]["value"] == 78000.0 and rows[0]["low"] is None and rows[0]["unit"] is None
    assert rows[1]["text"] == "-12 degrees"  # raw: JSONL is never escaped
    assert rows[2]["value"] is None and rows[2]["date"] == "2016-12-11"
    assert rows[3]["low"] == 400000.0 and rows[3]["qualifier"] == ">"
    assert isinstance(rows[0]["start"], int)


def test_jsonl_from_frame_equals_from_mentions() -> None:
    a, b = io.StringIO(), io.StringIO()
    write("jsonl", a, MENTIONS)
    write("jsonl", b, to_frame(MENTIONS))
    assert a.getvalue() == b.getvalue()


def test_frame_without_contract_columns_is_refused() -> None:
    with pytest.raises(OutputError, match="the frame lacks the columns"):
        write("jsonl", io.StringIO(), pd.DataFrame({"text": ["x"]}))


# --------------------------------------------------------------------------- Parquet


def test_parquet_keeps_the_contract_dtypes(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "facts.parquet")
    with open_writer("parquet", path) as out:
        out.write(MENTIONS[:2])
        out.write(MENTIONS[2:])
    df = pd.read_parquet(path)
    assert list(df.columns) == list(COLUMNS)
    got = {c: ("category" if isinstance(df[c].dtype, pd.CategoricalDtype) else str(df[c].dtype)) for c in COLUMNS}
    assert got == DTYPES
    expected = to_frame(MENTIONS)
    pd.testing.assert_frame_equal(df, expected)


def test_parquet_empty_output_has_the_schema(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "empty.parquet")
    with open_writer("parquet", path) as out:
        out.write([])
    df = pd.read_parquet(path)
    assert list(df.columns) == list(COLUMNS) and len(df) == 0


# --------------------------------------------------------------------------- SQLite


def test_sqlite_tables_indexes_and_fts(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "facts.db")
    with open_writer("sqlite", path) as out:
        out.write(MENTIONS)
        out.write_documents([DocumentRecord("aleppo", "2016-12-11", "Aleppo", 80, 3),
                             DocumentRecord("other", None, None, 25, 1),
                             DocumentRecord("bad.txt", None, None, None, 0, "binary file")])
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM facts").fetchone() == (4,)
    assert db.execute("SELECT id, date, title, characters, facts, error FROM documents ORDER BY id").fetchall() == [
        ("aleppo", "2016-12-11", "Aleppo", 80, 3, None),
        ("bad.txt", None, None, None, 0, "binary file"),
        ("other", None, None, 25, 1, None),
    ]
    columns = [r[1] for r in db.execute("PRAGMA table_info(facts)")]
    assert columns == ["id", *COLUMNS]
    indexes = {r[1] for r in db.execute("PRAGMA index_list(facts)")}
    assert {"facts_doc_id", "facts_kind", "facts_entity"} <= indexes
    hits = db.execute("SELECT facts.text FROM facts_fts JOIN facts ON facts.id = facts_fts.rowid "
                      "WHERE facts_fts MATCH 'civilians' ORDER BY facts.id").fetchall()
    assert hits == [("78,000",), ("-12 degrees",), ("December 11, 2016",)]
    other = db.execute("SELECT value, low, qualifier FROM facts WHERE doc_id='other'").fetchone()
    assert other == (None, 400000.0, ">")


def test_sqlite_full_text_index_is_found_by_sqlite_utils(tmp_path: object) -> None:
    sqlite_utils = pytest.importorskip("sqlite_utils")
    path = os.path.join(str(tmp_path), "facts.db")
    write("sqlite", path)
    db = sqlite_utils.Database(path)
    assert db["facts"].detect_fts() == "facts_fts"  # what `datasette facts.db` looks for
    assert [r["text"] for r in db["facts"].search("civilians")] == ["78,000", "-12 degrees", "December 11, 2016"]
    db.close()


def test_sqlite_full_text_index_of_an_older_layout_is_rebuilt(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "facts.db")
    write("sqlite", path, MENTIONS[:1])
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE facts_fts; CREATE VIRTUAL TABLE facts_fts USING fts5("
                     "sentence, text, entity, content='facts', content_rowid='id');")
    db.close()
    with open_writer("sqlite", path) as out:
        out.write(MENTIONS[3:])
    db = sqlite3.connect(path)
    assert "content=[facts]" in db.execute("SELECT sql FROM sqlite_master WHERE name='facts_fts'").fetchone()[0]
    hits = db.execute("SELECT facts.text FROM facts_fts JOIN facts ON facts.id = facts_fts.rowid "
                      "WHERE facts_fts MATCH 'civilians OR people' ORDER BY facts.id").fetchall()
    assert hits == [("78,000",), ("more than 400,000",)]
    db.close()


ROW_CASES = [
    pytest.param(mention(), id="plain"),
    pytest.param(mention(value=78000, sentence_id=0), id="int-value-becomes-float"),
    pytest.param(mention(value=float("nan"), low=float("nan")), id="nan-is-missing"),
]


@pytest.mark.parametrize("m", ROW_CASES)
def test_mention_rows_hold_what_a_frame_holds(m: Mention) -> None:
    assert mention_rows([m]) == frame_rows(to_frame([m]))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "html"])
def test_frame_and_mentions_write_the_same(fmt: str) -> None:
    rows = [*MENTIONS, mention(value=7, doc_id="int")]
    from_mentions, from_frame = io.StringIO(), io.StringIO()
    write(fmt, from_mentions, rows)
    write(fmt, from_frame, to_frame(rows))
    assert from_mentions.getvalue() == from_frame.getvalue()


def test_sqlite_append_skips_documents_already_there(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "facts.db")
    with open_writer("sqlite", path) as out:
        assert out.existing_ids() == frozenset()
        out.write(MENTIONS[:3])
        out.write_documents([DocumentRecord("aleppo", None, None, 80, 3),
                             DocumentRecord("failed", None, None, None, 0, "empty document")])
    with open_writer("sqlite", path) as out:
        assert out.existing_ids() == frozenset({"aleppo"})  # a failed document is tried again
        assert out.write(MENTIONS) == 1  # only "other" is new
        out.write_documents([DocumentRecord("aleppo", None, None, 80, 3), DocumentRecord("other", None, None, 25, 1),
                             DocumentRecord("failed", None, None, 9, 0)])
    db = sqlite3.connect(path)
    assert db.execute("SELECT doc_id, count(*) FROM facts GROUP BY doc_id ORDER BY doc_id").fetchall() == [
        ("aleppo", 3), ("other", 1)]
    assert db.execute("SELECT id, error FROM documents ORDER BY id").fetchall() == [
        ("aleppo", None), ("failed", None), ("other", None)]


@pytest.mark.parametrize("content, message", [
    pytest.param(b"not a database at all, just some text" * 50, "not a SQLite database", id="not-sqlite"),
    pytest.param(None, "its facts table is not a numfacts table", id="other-facts-table"),
])
def test_sqlite_refuses_foreign_files(tmp_path: object, content: bytes | None, message: str) -> None:
    path = os.path.join(str(tmp_path), "x.db")
    if content is None:
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE facts (a, b)")
        db.commit()
        db.close()
    else:
        with open(path, "wb") as fh:
            fh.write(content)
    before = pathlib.Path(path).read_bytes()
    with pytest.raises(OutputError, match=message):
        open_writer("sqlite", path)
    assert pathlib.Path(path).read_bytes() == before
    assert os.listdir(str(tmp_path)) == ["x.db"]  # no temporary file left


def test_sqlite_needs_a_file() -> None:
    with pytest.raises(OutputError, match="SQLite output needs a file"):
        open_writer("sqlite", "-")


# --------------------------------------------------------------------------- HTML


def test_html_is_escaped_and_complete() -> None:
    buffer = io.StringIO()
    write("html", buffer, [mention(entity="<script>alert(1)</script>", sentence="a & b")])
    page = buffer.getvalue()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" in page
    assert "<td>a &amp; b</td>" in page
    assert '<td class="n">78000</td>' in page
    assert "<p>1 rows</p>" in page


# --------------------------------------------------------------------------- files: atomic, no leftovers


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "html"])  # SQLite: in place (tests/test_store.py)
def test_file_appears_only_on_close(tmp_path: object, fmt: str) -> None:
    path = os.path.join(str(tmp_path), f"out.{fmt}")
    out = open_writer(fmt, path)
    out.write(MENTIONS)
    assert not os.path.exists(path)
    out.close()
    assert os.listdir(str(tmp_path)) == [f"out.{fmt}"]
    assert out.rows == len(MENTIONS)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "html"])
def test_exception_keeps_the_old_file(tmp_path: object, fmt: str) -> None:
    path = os.path.join(str(tmp_path), f"out.{fmt}")
    write(fmt, path, MENTIONS[:1])
    before = pathlib.Path(path).read_bytes()
    with pytest.raises(RuntimeError, match="boom"), open_writer(fmt, path) as out:
        out.write(MENTIONS)
        raise RuntimeError("boom")
    assert pathlib.Path(path).read_bytes() == before
    assert os.listdir(str(tmp_path)) == [f"out.{fmt}"]


def test_missing_folder_is_an_output_error(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "nowhere", "out.csv")
    with pytest.raises(OutputError, match=r"out\.csv: cannot write: No such file or directory"):
        open_writer("csv", path)


def test_new_file_gets_ordinary_permissions(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "out.csv")
    write("csv", path)
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~umask


# --------------------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
NUMBERS = st.none() | st.floats(allow_nan=False, allow_infinity=False, width=64)


@settings(max_examples=150, deadline=None)
@given(entity=TEXTS, sentence=TEXTS, value=NUMBERS, escape=st.booleans())
def test_csv_round_trip(entity: str, sentence: str, value: float | None, escape: bool) -> None:
    row = mention(entity=entity or None, sentence=sentence, value=value)
    buffer = io.StringIO(newline="")
    write("csv", buffer, [row], escape_formulas=escape)
    [got] = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))

    def back(cell: str) -> str:
        return cell[1:] if escape and cell.startswith("'") and escape_formula(cell[1:]) == cell else cell

    assert back(got["entity"]) == (entity or "")
    assert back(got["sentence"]) == sentence
    assert (float(got["value"]) if got["value"] else None) == value


@settings(max_examples=150, deadline=None)
@given(entity=TEXTS, value=NUMBERS)
def test_jsonl_round_trip(entity: str, value: float | None) -> None:
    buffer = io.StringIO()
    write("jsonl", buffer, [mention(entity=entity, value=value)])
    [line] = buffer.getvalue().splitlines()  # one line, whatever the text holds, even for splitlines
    got = json.loads(line)
    assert (got["entity"], got["value"]) == (entity, value)


# --------------------------------------------------------------------------- change and role


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "sqlite", "html"])
def test_change_and_role_are_written(tmp_path: object, fmt: str) -> None:
    """The `change` and `role` columns, right after `sentence`, survive every format (never escaped)."""
    rows = [mention(change="down", role="to"), mention(start=0, end=2, text="-1", change="down", role="by")]
    path = os.path.join(str(tmp_path), f"out.{fmt}")
    write(fmt, path, rows)
    if fmt == "csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
    elif fmt == "jsonl":
        df = pd.read_json(path, lines=True, dtype=False)
    elif fmt == "parquet":
        df = pd.read_parquet(path)
    elif fmt == "sqlite":
        df = pd.read_sql("SELECT * FROM facts ORDER BY id", sqlite3.connect(path))
    else:
        page = pathlib.Path(path).read_text(encoding="utf-8")
        assert "<th>change</th><th>role</th>" in page and "<td>down</td><td>to</td>" in page
        return
    i = list(df.columns).index("sentence")
    assert list(df.columns)[i + 1 : i + 3] == ["change", "role"]
    assert list(df["change"]) == ["down", "down"] and list(df["role"]) == ["to", "by"]
