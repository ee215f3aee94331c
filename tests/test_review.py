"""The review page (numfacts.review) and the `numfacts review` command, without a browser.

The page is parsed with html.parser: what the browser would see as elements and attributes.
"""

from __future__ import annotations

import base64
import hashlib
import html.parser
import json
import pathlib
import re

import pandas as pd
import pytest
from click.testing import CliRunner

import numfacts
from numfacts.check import check
from numfacts.cli import main
from numfacts.mention import COLUMNS, Mention
from numfacts.review import STATUSES, render, review_document
from numfacts.table import to_frame

SEED = pathlib.Path(__file__).parent.parent / "data" / "gold" / "seed-article.jsonl"
HOSTILE = ('Over 400 died. <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> '
           '<a href="javascript:window.pwned = 3">click 5 times</a> "</script><script>window.pwned=4</script>" '
           "{{ 7 * 7 }} {% raw %} &amp; 12 people.")


class Page(html.parser.HTMLParser):
    """Elements of a page: (tag, attributes) in order, the <mark> attributes, the <script> texts."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[dict[str, str | None]] = []
        self.scripts: list[str] = []
        self._in: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "mark":
            self.marks.append(dict(attrs))
        if tag == "script":
            self.scripts.append("")
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self._in and self._in.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "script":
            self.scripts[-1] += data


def seed() -> tuple[str, pd.DataFrame]:
    case = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    return case["text"], numfacts.extract(case["text"], reference_date=case["ref"], doc_id=case["id"])


def article_text(page: str) -> str:
    """The article's text as the browser shows it: the marks' tags removed, entities decoded."""
    body = re.search(r'<div class="text">(.*?)</div>\n  </section>', page, re.DOTALL)
    assert body
    return html.unescape(re.sub(r"</?mark[^>]*>", "", body.group(1)))


def test_one_mark_per_row_with_its_fields() -> None:
    text, df = seed()
    page = Page(render(text, df, check(df)))
    assert len(page.marks) == len(df) == 21
    by_row = {int(m["data-row"] or -1): m for m in page.marks}
    assert sorted(by_row) == list(range(len(df)))
    row = df.sort_values("start").reset_index(drop=True)
    i = int(row.index[row["text"] == "2,124"][0])
    m = by_row[i]
    assert (m["data-kind"], m["data-value"], m["data-entity"], m["data-attribution"], m["class"]) == (
        "count", "2124", "civilians", "Igor Konashenkov", "k-count")
    assert m["tabindex"] == "0" and m["id"] == f"m-{i}"
    assert {f"data-{c.replace('_', '-')}" for c in COLUMNS if c != "sentence"} <= set(m)


def test_article_text_is_kept_whole() -> None:
    text, df = seed()
    assert article_text(render(text, df)) == text


def test_table_rows_and_statuses() -> None:
    text, df = seed()
    page = Page(render(text, df))
    rows = [a for t, a in page.elements if t == "tr" and "data-row" in a]
    assert len(rows) == len(df)
    options = [a["value"] for t, a in page.elements if t == "option"]
    assert options.count("verified") == len(df) + 1  # one per row, one in the status filter
    assert STATUSES == ("unchecked", "verified", "wrong", "unclear")


def _mention(text: str, doc: str, start: int, kind: str = "count") -> Mention:
    return Mention(doc_id="d", sentence_id=0, start=start, end=start + len(text), text=text, kind=kind,
                   value=None, low=None, high=None, qualifier="=", unit=None, entity=None, date=None, duration=None,
                   sentence=doc)


SPANS = [
    pytest.param("the first seven months of 2016", [("the first seven months of 2016", 0), ("seven months", 10)],
                 id="nested"),
    pytest.param("from 10 to 20 km", [("10 to 20", 5), ("20 km", 11)], id="crossing"),
    pytest.param("5 and 5", [("5", 0), ("5", 6)], id="same-text"),
    pytest.param("abc", [("abc", 0), ("abc", 0)], id="identical-spans"),
]


@pytest.mark.parametrize("doc, spans", SPANS)
def test_overlapping_mentions_one_mark_each(doc: str, spans: list[tuple[str, int]]) -> None:
    df = to_frame([_mention(t, doc, s) for t, s in spans])
    page_html = render(doc, df)
    assert len(Page(page_html).marks) == len(spans)
    assert article_text(page_html) == doc


def test_hostile_article_is_text_only() -> None:
    page_html = review_document(HOSTILE, doc_id='x"><script>window.pwned=5</script>')
    page = Page(page_html)
    tags = {t for t, _ in page.elements}
    assert tags <= {"html", "head", "meta", "link", "title", "style", "body", "a", "header", "h1", "span", "p",
                    "code", "div", "section", "h2", "ul", "li", "strong", "main", "mark", "label", "select",
                    "option", "input", "button", "table", "thead", "tr", "th", "tbody", "td", "script", "footer"}
    assert len(page.scripts) == 2  # the facts (JSON) and the page's own code
    assert [a.get("type") for t, a in page.elements if t == "script"] == ["application/json", None]
    for _, attrs in page.elements:
        assert not any(k.startswith("on") for k in attrs)
        assert not any((v or "").strip().lower().startswith("javascript:") for v in attrs.values())
    assert "pwned" not in page.scripts[1]
    assert "<\\/script>" not in page.scripts[0] and "</script>" not in page.scripts[0]
    assert article_text(page_html) == HOSTILE
    assert "{{ 7 * 7 }}" in article_text(page_html)  # no template evaluation of the article


def test_self_contained_with_a_strict_policy() -> None:
    text, df = seed()
    page_html = render(text, df)
    page = Page(page_html)
    for tag, attrs in page.elements:
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not re.match(r"(?i)(https?:)?//", value), (tag, key, value)
    csp = next(a["content"] for t, a in page.elements if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp.startswith("default-src 'none'; script-src 'sha256-")
    code = page.scripts[1]
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "localStorage" in code and "fetch(" not in code and "XMLHttpRequest" not in code


def test_warnings_link_to_their_facts() -> None:
    text = "1,000 people were evacuated, including 1,500 children."
    df = numfacts.extract(text)
    page = Page(render(text, df, check(df)))
    links = [a["href"] for t, a in page.elements if t == "a" and "jump" in (a.get("class") or "")]
    assert links == ["#m-0", "#m-1"]
    assert [a.get("data-check") for t, a in page.elements if t == "li"] == ["part_exceeds_whole"]


def test_storage_key_is_the_document() -> None:
    a, b = review_document("5 people.", doc_id="a"), review_document("6 people.", doc_id="a")
    key = re.compile(r'"key": "([^"]+)"')
    assert key.search(a).group(1) != key.search(b).group(1)  # same id, other text: another review


def test_empty_document() -> None:
    page = Page(review_document("No numbers here.", doc_id="empty"))
    assert page.marks == []


# ---------------------------------------------------------------- the command


def test_cli_review_writes_the_page(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pathlib.Path("a.txt").write_text("1,000 people were evacuated, including 1,500 children.", encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "a.txt", "-o", "a.html", "--reference-date", "2016-12-11"])
    assert result.exit_code == 0, result.output
    assert result.stderr == "numfacts: wrote a.html: 2 facts, 1 warning\n"
    assert len(Page(pathlib.Path("a.html").read_text(encoding="utf-8")).marks) == 2


def test_cli_review_to_stdout(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["review", "-", "-o", "-", "-q"], input="Over 400,000 people died.")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("<!DOCTYPE html>") and len(Page(result.stdout).marks) == 1


CLI_ERRORS = [
    pytest.param(["review", "missing.txt"], 1, "numfacts: error: cannot review missing.txt: missing.txt: no such file or directory",
                 id="missing-file"),
    pytest.param(["review", "c.jsonl"], 2, "numfacts: error: c.jsonl holds 2 documents: choose one with --doc-id",
                 id="corpus-needs-doc-id"),
    pytest.param(["review", "c.jsonl", "--doc-id", "zz"], 1, "numfacts: error: no document 'zz' in c.jsonl", id="unknown-doc-id"),
    pytest.param(["review", "a.txt", "--reference-date", "2016-13-01"], 2,
                 "'2016-13-01' is not a date in the form YYYY-MM-DD", id="bad-date"),
    pytest.param(["review", "a.txt", "-o", "a.txt"], 2, "numfacts: error: the output file 'a.txt' is also the input",
                 id="overwrite-input"),
]


@pytest.mark.parametrize("args, code, message", CLI_ERRORS)
def test_cli_review_errors(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int,
                           message: str) -> None:
    monkeypatch.chdir(tmp_path)
    pathlib.Path("a.txt").write_text("5 people.", encoding="utf-8")
    pd.DataFrame({"id": ["x", "y"], "text": ["5 people.", "6 people."]}).to_json("c.jsonl", orient="records",
                                                                              lines=True)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code
    assert message in result.stderr


def test_cli_review_corpus_document(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"id": ["x", "y"], "text": ["5 people.", "6 people and 7 dogs."]}).to_json(
        "c.jsonl", orient="records", lines=True)
    result = CliRunner().invoke(main, ["review", "c.jsonl", "--doc-id", "y", "-o", "y.html"])
    assert result.exit_code == 0, result.output
    assert len(Page(pathlib.Path("y.html").read_text(encoding="utf-8")).marks) == 2
