"""JSONL read in blocks of lines (`numfacts.lines`): once the blocks are read into documents, the
same documents, errors and warnings, in the same order, as reading line by line."""

from __future__ import annotations

import codecs
import gzip
import pathlib

import pytest

from numfacts.lines import Lines
from numfacts.reader import read_inputs
from numfacts.runner import chunked

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
GOOD = '{"id": "g%d", "date": "2016-12-%02d", "text": "%d people fled."}\n'


def read(path: pathlib.Path, blocks: tuple[int, int] | None, **kw: object) -> tuple[list[object], list[str]]:
    """What `read_inputs` gives, every `Lines` read into its documents; and the warnings, in order."""
    said: list[str] = []
    out: list[object] = []
    for item in read_inputs([str(path)], warn=said.append, blocks=blocks, **kw):  # type: ignore[arg-type]
        if isinstance(item, Lines):
            assert item.how.warn is None  # what crosses to a worker holds no function
            out.extend(item.documents(said.append))
        else:
            out.append(item)
    return [repr(x) for x in out], said


def corpus(*lines: str) -> bytes:
    return "".join(lines).encode("utf-8")


CASES = [
    pytest.param(FIXTURES.joinpath("corpus.jsonl").read_bytes(), ".jsonl", id="fixture-with-bad-lines"),
    pytest.param(corpus(*(GOOD % (i, i % 28 + 1, i) for i in range(40))), ".jsonl", id="many-rows"),
    pytest.param(corpus(GOOD % (1, 1, 1), '{"id": "d", "date": "someday", "text": "2 dead"}\n', "\n",
                        '{"id": "x", "text": "3"}'), ".jsonl", id="bad-date-blank-line-no-final-newline"),
    pytest.param(corpus(GOOD % (1, 1, 1)).replace(b"\n", b"\r\n") * 3, ".jsonl", id="crlf"),
    pytest.param(corpus(GOOD % (1, 1, 1)) + b'{"id": "w", "text": "4 caf\xe9s"}\n' + corpus(GOOD % (2, 2, 2))
                 + b'{"id": "v", "text": "5 \xff"}\n', ".jsonl", id="not-utf8-warned-once"),
    pytest.param(b"\n\n" + b'["first is not an object"]\n{"oops\n' + corpus(GOOD % (1, 1, 1)) * 2, ".jsonl",
                 id="bad-lines-before-the-first-row"),
    pytest.param(b'{"id": "n", "body": "no text column"}\n' + corpus(GOOD % (1, 1, 1)), ".jsonl", id="no-text-column"),
    pytest.param(b"\n  \n", ".jsonl", id="blank-file"),
    pytest.param(b"", ".jsonl", id="empty-file"),
    pytest.param(codecs.BOM_UTF8 + corpus(GOOD % (1, 1, 1)) * 2, ".jsonl", id="utf8-bom"),
    pytest.param(codecs.BOM_UTF16_LE + (GOOD % (1, 1, 1) * 2).encode("utf-16-le"), ".jsonl", id="utf16"),
    pytest.param(gzip.compress(corpus(*(GOOD % (i, 1, i) for i in range(5)))), ".jsonl.gz", id="gzip"),
    pytest.param(gzip.compress(corpus(*(GOOD % (i, 1, i) for i in range(50))))[:-30], ".jsonl.gz", id="gzip-cut-short"),
    pytest.param(corpus(GOOD % (1, 1, 1)) + b"\x00" * 3, ".ndjson", id="nul-after-the-head"),
]


@pytest.mark.parametrize("data, suffix", CASES)
@pytest.mark.parametrize("blocks", [(3, 10**6), (100, 60)], ids=["3-lines", "60-bytes"])
def test_blocks_read_as_line_by_line(tmp_path: pathlib.Path, data: bytes, suffix: str, blocks: tuple[int, int]) -> None:
    path = tmp_path / f"c{suffix}"
    path.write_bytes(data)
    assert read(path, blocks) == read(path, None)


def test_blocks_come_after_the_first_row_and_fill_chunks(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(corpus(*(GOOD % (i, 1, i) for i in range(25))))
    items = list(read_inputs([str(path)], blocks=(10, 10**6)))
    assert [type(i).__name__ for i in items] == ["Document", "Lines", "Lines", "Lines"]
    assert [i.first for i in items[1:]] == [2, 12, 22]  # type: ignore[union-attr]
    assert [len(c) for c in chunked(items, documents=10)] == [1, 1, 1, 1]
    assert [len(c) for c in chunked(items, documents=100)] == [4]  # a small file stays one chunk: no process started


def test_encoding_option_reads_line_by_line(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes((GOOD % (1, 1, 1)).encode("cp1252") + '{"id": "e", "text": "5 cafés"}\n'.encode("cp1252"))
    items = list(read_inputs([str(path)], blocks=(10, 10**6), encoding="cp1252"))
    assert [type(i).__name__ for i in items] == ["Document", "Document"] and items[1].text == "5 cafés"  # type: ignore[union-attr]
