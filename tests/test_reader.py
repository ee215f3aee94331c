"""Reading documents: every input kind, and every way an input can fail."""

from __future__ import annotations

import dataclasses
import io
import os
import pathlib
from typing import Any

import pandas as pd
import pytest

from numfacts.errors import DocumentError, InputError
from numfacts.reader import DecodeWarning, Document, decode_bytes, html_to_text, read_inputs

FIXTURES = pathlib.Path(__file__).parent / "fixtures"


@pytest.fixture
def here(monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """Run from tests/fixtures, so that document ids are short relative paths."""
    monkeypatch.chdir(FIXTURES)
    return FIXTURES


def summary(item: Document | DocumentError) -> tuple[Any, ...]:
    if isinstance(item, DocumentError):
        return (type(item).__name__, str(item))
    return (item.id, item.text, item.date, item.title)


def read(paths: list[str], **kw: Any) -> list[tuple[Any, ...]]:
    return [summary(d) for d in read_inputs(paths, **kw)]


# --------------------------------------------------------------------------- one document a file

TEXT_FILES = [
    pytest.param("article.txt", ("article.txt", "78,000 civilians fled on December 11, 2016.\n", None, None), id="txt"),
    pytest.param("notes.md", ("notes.md", "# Notes\n\nAbout 400 people were evacuated in 48 hours.\n", None, None),
                 id="md"),
    pytest.param("page.html", ("page.html", "Aleppo\n\n78,000 civilians fled on December 11, 2016.\n\n"
                               "Over 93 percent of the city\n\nwas retaken.", None, "Aleppo"), id="html"),
    pytest.param("utf16.txt", ("utf16.txt", "Über 12 km marschiert.\n", None, None), id="utf-16-bom"),
    pytest.param("bom.txt", ("bom.txt", "12 km walked.\n", None, None), id="utf-8-bom"),
    pytest.param("binary.txt", ("InputError", "binary.txt: binary file"), id="binary"),
    pytest.param("blank.txt", ("DocumentError", "blank.txt: empty document"), id="blank"),
    pytest.param("unknown.pdf", ("InputError", "unknown.pdf: not read: a PDF file (convert it to text first, e.g. "
                                 "with pdftotext)"), id="pdf"),
    pytest.param("missing.txt", ("InputError", "missing.txt: no such file or directory"), id="missing"),
]


@pytest.mark.parametrize("name, expected", TEXT_FILES)
def test_text_file(here: pathlib.Path, name: str, expected: tuple[Any, ...]) -> None:
    assert read([name]) == [expected]


def test_doc_id_is_the_path_as_given() -> None:
    path = os.path.relpath(FIXTURES / "article.txt")
    [doc] = read_inputs([path])
    assert isinstance(doc, Document)
    assert doc.id == path and doc.source == path


def test_invalid_utf8_is_replaced_with_a_warning(here: pathlib.Path) -> None:
    with pytest.warns(DecodeWarning, match=r"^latin1\.txt: not valid UTF-8 \(at byte 3\); undecodable bytes "
                                           r"replaced with U\+FFFD$"):
        assert read(["latin1.txt"]) == [("latin1.txt", "Caf\ufffd sold 300 cups.\n", None, None)]


def test_warnings_go_to_the_callback(here: pathlib.Path) -> None:
    seen: list[str] = []
    read(["latin1.txt"], warn=seen.append)
    assert seen == ["latin1.txt: not valid UTF-8 (at byte 3); undecodable bytes replaced with U+FFFD"]


def test_unreadable_file(here: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numfacts.reader

    def refuse(path: str, mode: str = "r") -> Any:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(numfacts.reader, "open", refuse, raising=False)
    assert read(["article.txt", "corpus.jsonl", "corpus.csv"]) == [
        ("InputError", "article.txt: cannot read: Permission denied"),
        ("InputError", "corpus.jsonl: cannot read: Permission denied"),
        ("InputError", "corpus.csv: cannot read: Permission denied"),
    ]


# --------------------------------------------------------------------------- standard input


@pytest.mark.parametrize("data, expected", [
    pytest.param(b"12 dead.", [("stdin", "12 dead.", None, None)], id="text"),
    pytest.param("12 tot.".encode("utf-16"), [("stdin", "12 tot.", None, None)], id="utf-16"),
    pytest.param(b"", [("DocumentError", "stdin: empty document")], id="empty"),
    pytest.param(b"\x00\x01", [("InputError", "stdin: binary file")], id="binary"),
])
@pytest.mark.parametrize("paths", [pytest.param([], id="no-path"), pytest.param(["-"], id="dash")])
def test_stdin(paths: list[str], data: bytes, expected: list[tuple[Any, ...]]) -> None:
    assert read(paths, stdin=io.BytesIO(data)) == expected


# --------------------------------------------------------------------------- corpus files

JSONL_EXPECTED = [
    ("a1", "78,000 civilians fled on Sunday.", "2016-12-11", "Aleppo"),
    ("7", "Some 300 people stayed.", None, None),
    ("DocumentError", "corpus.jsonl:4: malformed JSON: Expecting value (column 26)"),
    ("corpus.jsonl:5", "No id here: 5 dogs.", None, None),
    ("DocumentError", "e: empty document"),
    ("DocumentError", "corpus.jsonl:7: a JSON list, not an object"),
    ("DocumentError", "n: no text field 'text' (fields: id, title)"),
]

CSV_EXPECTED = [
    ("c1", "78,000 civilians fled.", "2016-12-11", None),
    ("c2", "Two lines:\r\n12 km, then 3 more.", None, None),
    ("corpus.csv:3", "No id: 4 cats.", None, None),
]


def test_jsonl(here: pathlib.Path) -> None:
    assert read(["corpus.jsonl"]) == JSONL_EXPECTED


def test_csv(here: pathlib.Path) -> None:
    assert read(["corpus.csv"]) == CSV_EXPECTED


@pytest.mark.parametrize("name, columns, expected", [
    pytest.param("corpus.jsonl", {"text_column": "body"},
                 [("InputError", "corpus.jsonl: no text column 'body' (columns: id, date, title, text)")],
                 id="jsonl-no-text-column"),
    pytest.param("no-text.csv", {}, [("InputError", "no-text.csv: no text column 'text' (columns: id, body)")],
                 id="csv-no-text-column"),
    pytest.param("no-text.csv", {"text_column": "body"}, [("1", "12 dead", None, None)], id="csv-text-column"),
    pytest.param("corpus.csv", {"id_column": "extra", "date_column": None},
                 [("x", "78,000 civilians fled.", None, None), ("y", "Two lines:\r\n12 km, then 3 more.", None, None),
                  ("z", "No id: 4 cats.", None, None)], id="csv-id-column"),
    pytest.param("corpus.jsonl", {"id_column": "nope", "date_column": "date"},
                 [("corpus.jsonl:1", "78,000 civilians fled on Sunday.", "2016-12-11", "Aleppo")], id="jsonl-columns"),
])
def test_corpus_columns(here: pathlib.Path, name: str, columns: dict[str, Any], expected: list[Any]) -> None:
    assert read([name], **columns)[: len(expected)] == expected


def test_jsonl_invalid_utf8_line(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "12 dead"}\n{"id": "latin", "text": "caf\xe9 3"}\n')
    seen: list[str] = []
    docs = list(read_inputs([str(path)], warn=seen.append))
    assert [(d.id, d.text) for d in docs if isinstance(d, Document)] == [("ok", "12 dead"), ("latin", "caf\ufffd 3")]
    assert seen == [f"{path}: not valid UTF-8 (at byte 60); undecodable bytes replaced with U+FFFD"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_corpus_with_bom(tmp_path: pathlib.Path, encoding: str) -> None:
    jsonl, csv = tmp_path / "c.jsonl", tmp_path / "c.csv"
    jsonl.write_text('{"id": "x", "text": "Über 12 km"}\n', encoding=encoding)
    csv.write_text('id,text\nx,Über 12 km\n', encoding=encoding)
    for path in (jsonl, csv):
        assert [summary(d) for d in read_inputs([str(path)])] == [("x", "Über 12 km", None, None)]


def test_binary_corpus(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\x00\x01\x02{}")
    assert [str(e) for e in read_inputs([str(path)])] == [f"{path}: binary file"]


def test_empty_csv(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("")
    assert [str(e) for e in read_inputs([str(path)])] == [f"{path}: empty file"]


def test_parquet(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.parquet"
    pd.DataFrame({
        "id": ["p1", None, "p3"],
        "date": pd.to_datetime(["2016-12-11", None, "2020-01-02"]),
        "text": ["78,000 civilians fled.", "12 km.", None],
        "other": [1, 2, 3],
    }).to_parquet(path)
    assert [summary(d) for d in read_inputs([str(path)])] == [
        ("p1", "78,000 civilians fled.", "2016-12-11", None),
        (f"{path}:2", "12 km.", None, None),
        ("DocumentError", "p3: empty document"),
    ]


def test_parquet_without_text_column(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.parquet"
    pd.DataFrame({"id": ["p1"], "body": ["x"]}).to_parquet(path)
    assert [str(e) for e in read_inputs([str(path)])] == [f"{path}: no text column 'text' (columns: id, body)"]


def test_parquet_not_parquet(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.parquet"
    path.write_text("id,text\n1,2\n")
    [error] = read_inputs([str(path)])
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{path}: not a Parquet file (")


def test_parquet_text_not_a_string(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.parquet"
    pd.DataFrame({"id": ["n"], "text": [12]}).to_parquet(path)
    assert [str(e) for e in read_inputs([str(path)])] == ["n: text is int, not a string"]


# --------------------------------------------------------------------------- directories


def test_directory_is_walked_in_sorted_order(here: pathlib.Path) -> None:
    # hidden files and folders are left out; unknown extensions are skipped, with a warning
    seen: list[str] = []
    assert read(["tree"], warn=seen.append) == [
        (os.path.join("tree", "a.txt"), "1 cat.\n", None, None),
        (os.path.join("tree", "sub", "b.md"), "2 dogs.\n", None, None),
        ("c", "3 birds.", None, None),
    ]
    assert seen == [f"{os.path.join('tree', 'skip.pdf')}: skipped: a PDF file (convert it to text first, e.g. with "
                    "pdftotext)"]


def test_directory_symlink_loop(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("1 cat.")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "self.txt").symlink_to(tmp_path / "a" / "self.txt")  # a file link to itself
    got = [summary(d) for d in read_inputs([str(tmp_path)])]
    assert got == [
        ("InputError", f"{tmp_path / 'a' / 'self.txt'}: cannot read: Too many levels of symbolic links"),
        (str(tmp_path / "a" / "x.txt"), "1 cat.", None, None),
    ]


def test_unlistable_folder(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.txt").write_text("1 cat.")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if os.fspath(path) == str(tmp_path / "locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    (tmp_path / "locked").mkdir()
    monkeypatch.setattr(os, "scandir", scandir)
    assert [summary(d) for d in read_inputs([str(tmp_path)])] == [
        (str(tmp_path / "x.txt"), "1 cat.", None, None),
        ("InputError", f"{tmp_path / 'locked'}: cannot read: Permission denied"),
    ]


def test_inputs_keep_their_order(here: pathlib.Path) -> None:
    ids = [d.id if isinstance(d, Document) else d.doc_id for d in read_inputs(["notes.md", "article.txt", "notes.md"])]
    assert ids == ["notes.md", "article.txt", "notes.md"]


def test_reading_is_lazy(here: pathlib.Path) -> None:
    items = read_inputs(["article.txt", "missing.txt"])
    first = next(items)
    assert isinstance(first, Document)  # the missing file is not looked at yet


# --------------------------------------------------------------------------- pieces


@pytest.mark.parametrize("markup, text, title", [
    pytest.param("<p>a</p><p>b</p>", "a\n\nb", None, id="paragraphs"),
    pytest.param("<p>a <b>bold</b>\n  move</p>", "a bold move", None, id="inline-and-newline"),
    pytest.param("x<br>y<br/>z", "x\n\ny\n\nz", None, id="br"),
    pytest.param("<script>1 < 2</script><style>p{}</style>ok", "ok", None, id="script-style"),
    pytest.param("<head><title> A  &amp; B </title><meta charset=utf-8></head>t", "t", "A & B", id="title"),
    pytest.param("<ul><li>1 cat</li><li>2 dogs</li></ul>", "1 cat\n\n2 dogs", None, id="list"),
    pytest.param("5 &lt; 6 &euro;3", "5 < 6 €3", None, id="entities"),
    pytest.param("", "", None, id="empty"),
])
def test_html_to_text(markup: str, text: str, title: str | None) -> None:
    assert html_to_text(markup) == (text, title)


@pytest.mark.parametrize("data, text", [
    pytest.param(b"plain", "plain", id="utf-8"),
    pytest.param("\ufeffbom".encode(), "bom", id="utf-8-bom"),
    pytest.param(b"\xff\xfel\x00e\x00", "le", id="utf-16-le"),
    pytest.param(b"\xfe\xff\x00b\x00e", "be", id="utf-16-be"),
    pytest.param("x".encode("utf-32"), "x", id="utf-32"),
])
def test_decode_bytes(data: bytes, text: str) -> None:
    assert decode_bytes(data, "f") == text


def test_document_is_frozen_and_slotted() -> None:
    doc = Document("a", "text")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "other"  # type: ignore[misc]
    assert not hasattr(doc, "__dict__")
    assert (doc.date, doc.title, doc.source) == (None, None, None)
