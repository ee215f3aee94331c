"""HTML pages: the article, not the page (issue #11). Saved news-like pages in tests/data/html,
each read by trafilatura (`numfacts.webpage.read_page`) and by the whole-page reduction
(`html_to_text`, the fallback), through the real pipeline."""

from __future__ import annotations

import json
import pathlib

import pytest
from click.testing import CliRunner

import numfacts
from numfacts.cli import main
from numfacts.webpage import html_to_text, read_page

PAGES = pathlib.Path(__file__).parent / "data" / "html"

#: Per page: its title and date, figures of its menus, banners, sidebars and footers (never rows),
#: and figures of its article (always rows).
CASES = {
    "flood.html": dict(
        title="Floods force 12,000 from their homes", date="2024-03-14",
        boilerplate=["10", "3", "5", "7", "3.2%", "400", "$1", "the first 6 months", "120"],  # TimeML extent
        article=["about 12,000", "4.5 metres", "36 hours", "At least 14", "more than 200", "Some 3,400",
                 "45 percent", "$25 million", "1998", "9", "Wednesday", "Thursday"]),
    "budget.html": dict(
        title="City budget: spending to rise 6% next year", date="2023-11-02",
        boilerplate=["10", "3", "842", "18 degrees", "5", "62%", "1.2K", "340", "24 hours", "17", "4 min"],
        article=["1.8 billion euros", "6 percent", "40 million euros", "310 million", "2.5 percent", "150",
                 "3", "2025", "21", "55", "Thursday"]),
    "interview.html": dict(
        title='Marathon winner: "I ran the last 10 km on instinct"', date="2022-04-25",
        boilerplate=["10", "3", "7", "every Friday"],  # "Videos (24)": a bracketed number is no row
        article=["2 hours 21 minutes", "48 seconds", "more than 30,000", "24 degrees Celsius", "112", "$50,000",
                 "29", "Sunday"]),
}


def rows(text: str, date: str | None) -> list[str]:
    return numfacts.extract(text, reference_date=date)["text"].tolist()


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_article_not_the_page(name: str) -> None:
    case = CASES[name]
    page = read_page((PAGES / name).read_text(encoding="utf-8"))
    assert (page.title, page.date, page.article) == (case["title"], case["date"], True)
    assert "Top 10 stories" not in page.text and "3 types of cookies" not in page.text
    found = rows(page.text, page.date)
    for figure in case["article"]:
        assert figure in found, f"{name}: the article's {figure!r} is lost"
    boiler = [f for f in case["boilerplate"] if f in found and f not in case["article"]]
    assert boiler == [], f"{name}: boilerplate figures became rows: {boiler}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_whole_page_reduction_keeps_the_boilerplate(name: str) -> None:
    """What numfacts did before, and still does where trafilatura finds no article."""
    case = CASES[name]
    text, _ = html_to_text((PAGES / name).read_text(encoding="utf-8"))
    assert "Top 10 stories" in text and "3 types of cookies" in text
    found = rows(text, case["date"])
    assert set(case["boilerplate"]) <= set(found)


def test_measured_rows_per_page() -> None:
    """Rows of the article against rows of the whole page: every extra row of the reduction comes from
    the page around the article (menus, banners, sidebars, bylines, footers); none of the article's is lost."""
    measured = {}
    for name in sorted(CASES):
        markup = (PAGES / name).read_text(encoding="utf-8")
        page = read_page(markup)
        article, whole = rows(page.text, page.date), rows(html_to_text(markup)[0], page.date)
        assert set(article) <= set(whole)
        measured[name] = (len(article), len(whole))
    # the figures (README) move with the extractor; what holds is that the page adds rows of its own
    assert all(whole > article + 4 for article, whole in measured.values()), measured


def test_no_article_falls_back_to_the_whole_page() -> None:
    page = read_page("<ul><li>Item 1</li><li>Item 2</li></ul>")
    assert (page.text, page.title, page.date, page.article) == ("Item 1\n\nItem 2", None, None, False)


def test_cli_html_page_date_is_the_reference_date(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "flood.html"
    path.write_bytes((PAGES / "flood.html").read_bytes())
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    got = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["reference_date"], r["reference_source"]) for r in got} == {("2024-03-14", "input")}
    assert not {"Top 10", "3", "10"} & {r["text"] for r in got}
    assert {r["date"] for r in got if r["text"] == "Wednesday"} == {"2024-03-13"}
