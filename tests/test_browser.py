"""The review page in a real headless Chromium (Debian's chromium + chromium-driver).

Driven through chromedriver's W3C WebDriver HTTP API with urllib (tools/screenshot.py's
`Browser`); the pages are served from a localhost http.server (localStorage needs an origin).
Skipped only when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import csv
import io
import json
import pathlib
import sys
import time
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

import numfacts
from numfacts.check import check
from numfacts.mention import COLUMNS
from numfacts.review import render, review_document

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from screenshot import CHROMEDRIVER, CHROMIUM, Browser, WebDriverError, serve  # noqa: E402

pytestmark = pytest.mark.skipif(not pathlib.Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed")

HOSTILE = ('Over 400 died. <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> '
           '<a href="javascript:window.pwned = 3">click 5 times</a> "</script><script>window.pwned=4</script>" '
           "<svg onload=\"window.pwned=5\"></svg> 12 people.")


def seed_frame() -> tuple[str, Any, str]:
    case = json.loads((ROOT / "data" / "gold" / "seed-article.jsonl").read_text(encoding="utf-8").splitlines()[0])
    df = numfacts.extract(case["text"], reference_date=case["ref"], doc_id=case["id"])
    return case["text"], df, case["id"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    if not pathlib.Path(CHROMEDRIVER).exists():
        pytest.fail(f"{CHROMIUM} is installed but {CHROMEDRIVER} is not: apt-get install chromium-driver")
    root = tmp_path_factory.mktemp("site")
    text, df, doc_id = seed_frame()
    (root / "seed.html").write_text(render(text, df, check(df), doc_id=doc_id), encoding="utf-8")
    (root / "hostile.html").write_text(review_document(HOSTILE, doc_id="hostile"), encoding="utf-8")
    with serve(root) as url:
        yield url, len(df)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser(1280, 900) as b:
        yield b


def errors(b: Browser) -> list[str]:
    return [e["message"] for e in b.console() if e.get("level") == "SEVERE"]


def open_page(b: Browser, url: str) -> None:
    b.get(url)
    for _ in range(50):
        if b.js("return document.readyState") == "complete" and b.js("return !!window.numfactsReview"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{url} did not load its script")


def test_loads_without_console_errors(browser: Browser, site: tuple[str, int]) -> None:
    url, _ = site
    browser.console()  # drop what an earlier page left
    open_page(browser, url + "/seed.html")
    assert errors(browser) == []


def test_one_mark_per_row(browser: Browser, site: tuple[str, int]) -> None:
    url, n = site
    open_page(browser, url + "/seed.html")
    assert browser.js("return document.querySelectorAll('mark').length") == n == 21
    assert browser.js("return document.querySelectorAll('#fact-table tbody tr').length") == n


def test_clicking_a_row_focuses_its_mention(browser: Browser, site: tuple[str, int]) -> None:
    url, _ = site
    open_page(browser, url + "/seed.html")
    i = browser.js("return Array.from(document.querySelectorAll('mark')).find(m => m.textContent === '2,124')"
                   ".dataset.row")
    browser.click(browser.find(f"#r-{i} td.n"))
    assert browser.attribute(browser.active(), "id") == f"m-{i}"
    assert "flash" in (browser.attribute(browser.find(f"#m-{i}"), "class") or "")
    tip = browser.js("var t = document.getElementById('tip'); return [t.hidden, t.textContent]")
    assert tip[0] is False and "Igor Konashenkov" in tip[1]


def test_enter_on_a_row_focuses_its_mention(browser: Browser, site: tuple[str, int]) -> None:
    url, _ = site
    open_page(browser, url + "/seed.html")
    row = browser.find("#r-7")
    browser.js("arguments[0].focus()", {"element-6066-11e4-a52e-4f735466cecf": row})
    browser.cmd("POST", "/actions", {"actions": [{"type": "key", "id": "kb", "actions": [
        {"type": "keyDown", "value": "\ue007"}, {"type": "keyUp", "value": "\ue007"}]}]})
    assert browser.attribute(browser.active(), "id") == "m-7"


def test_warning_link_focuses_its_mention(browser: Browser, site: tuple[str, int]) -> None:
    pathlib_page = review_document("1,000 people were evacuated, including 1,500 children.", doc_id="w")
    browser.js("document.open(); document.write(arguments[0]); document.close();", pathlib_page)
    time.sleep(0.2)
    links = browser.js("return Array.from(document.querySelectorAll('#warnings a.jump')).map(a => a.textContent)")
    assert links == ["1,000", "1,500"]
    browser.click(browser.find("#warnings a.jump[data-row='1']"))
    assert browser.attribute(browser.active(), "id") == "m-1"


def test_status_and_note_survive_a_reload(browser: Browser, site: tuple[str, int]) -> None:
    url, _ = site
    open_page(browser, url + "/seed.html")
    browser.js("localStorage.clear()")
    browser.refresh()
    open_page(browser, url + "/seed.html")
    select = browser.find("#r-3 select.status")
    browser.type(select, "verified")
    browser.type(browser.find("#r-3 input.note"), "checked against MoD release")
    assert browser.js("return document.querySelector('#r-3 select.status').value") == "verified"
    browser.refresh()
    open_page(browser, url + "/seed.html")
    got = browser.js("return [document.querySelector('#r-3 select.status').value,"
                     " document.querySelector('#r-3 input.note').value,"
                     " document.getElementById('m-3').classList.contains('s-verified'),"
                     " document.getElementById('progress').textContent]")
    assert got == ["verified", "checked against MoD release", True, "1 of 21 reviewed"]


def test_csv_export_holds_every_row(browser: Browser, site: tuple[str, int]) -> None:
    url, n = site
    open_page(browser, url + "/seed.html")
    table = list(csv.reader(io.StringIO(browser.js("return window.numfactsReview.csv()"))))
    assert table[0] == [*COLUMNS, "status", "note"]
    assert len(table) == n + 1
    rows = [dict(zip(table[0], r)) for r in table[1:]]
    assert [r["text"] for r in rows if r["attribution"] == "Igor Konashenkov"][:3] == ["the past night", "2,124", "1,007"]
    assert rows[3]["status"] == "verified" and rows[3]["note"] == "checked against MoD release"  # from the test above
    browser.console()
    browser.click(browser.find("#export"))
    time.sleep(0.3)
    assert errors(browser) == []


def test_filter_and_sort(browser: Browser, site: tuple[str, int]) -> None:
    url, _ = site
    open_page(browser, url + "/seed.html")
    browser.type(browser.find("#kind-filter"), "percent")
    visible = browser.js("return Array.from(document.querySelectorAll('#fact-table tbody tr'))"
                         ".filter(tr => !tr.hidden).map(tr => tr.dataset.kind)")
    assert visible == ["percent"]
    browser.js("var k = document.getElementById('kind-filter'); k.value = ''; k.dispatchEvent(new Event('change'))")
    browser.type(browser.find("#text-filter"), "konashenkov")
    _, df, _ = seed_frame()
    hay = df["sentence"].str.lower() + " " + df["attribution"].fillna("").str.lower()
    want = int(hay.str.contains("konashenkov").sum())
    assert want == 5 and browser.js("return document.getElementById('shown').textContent") == f"{want} of 21 shown"
    browser.js("document.getElementById('text-filter').value = ''; "
               "document.getElementById('text-filter').dispatchEvent(new Event('input'))")
    browser.click(browser.find("button[data-sort='value']"))
    first = browser.js("return document.querySelector('#fact-table tbody tr').dataset.row")
    values = browser.js("return window.numfactsReview && JSON.parse(document.getElementById('review-data')"
                        ".textContent).rows.map(r => r.value)")
    smallest = min(range(len(values)), key=lambda i: (values[i] is None, values[i] if values[i] is not None else 0))
    assert int(first) == smallest


def test_hostile_article_runs_no_script(browser: Browser, site: tuple[str, int]) -> None:
    url, _ = site
    browser.console()
    open_page(browser, url + "/hostile.html")
    assert browser.js("return typeof window.pwned") == "undefined"
    assert browser.js("return document.querySelectorAll('#article script, #article img, #article a, #article svg')"
                      ".length") == 0
    assert "<script>window.pwned = 1</script>" in browser.js("return document.querySelector('#article .text')"
                                                             ".textContent")
    with pytest.raises(WebDriverError) as exc:
        browser.cmd("GET", "/alert/text")
    assert exc.value.error == "no such alert"
    assert errors(browser) == []


def test_phone_width_has_no_horizontal_page_scroll(browser: Browser, site: tuple[str, int]) -> None:
    url, _ = site
    browser.resize(390, 844)
    try:
        open_page(browser, url + "/seed.html")
        widths = browser.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1]
    finally:
        browser.resize(1280, 900)


# ---------------------------------------------------------------- verdicts (`review --against`), import, width

JOBS = ("WASHINGTON (AP) The economy lost 663,000 jobs in March, the Labor Department said. The jobless rate "
        "rose to 8.5% in March. Retailers cut 50,000 jobs in March. Some 8,000 people attended a job fair.")
JOBS_REF = pd.DataFrame({"measure": ["nonfarm payroll employment change", "unemployment rate", "retail trade employment change"],
                         "value": [-663000, 8.1, -48000], "unit": ["", "percent", ""],
                         "date": ["2009-03", "2009-03", "2009-03"], "source": ["BLS"] * 3})


@pytest.fixture(scope="module")
def verdict_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from numfacts.verification import verify

    root = tmp_path_factory.mktemp("verdicts")
    df = verify(numfacts.extract(JOBS, reference_date="2009-04-03", doc_id="jobs"), JOBS_REF)
    (root / "jobs.html").write_text(render(JOBS, df, check(df), doc_id="jobs", reference_name="ref.csv"),
                                    encoding="utf-8")
    with serve(root) as url:
        yield url + "/jobs.html"


def _load(browser: Browser, page: str) -> None:
    open_page(browser, page)


def test_verdict_column_and_filter(browser: Browser, verdict_page: str) -> None:
    _load(browser, verdict_page)
    cells = browser.js("return Array.from(document.querySelectorAll('#fact-table tbody tr')).map("
                       "tr => [tr.querySelector('.chip').textContent, tr.dataset.verdict,"
                       " (tr.querySelector('td.verdict .ref') || {}).textContent || ''])")
    assert cells == [["663,000", "agrees", "-663,000 (2009-03)"], ["March", "", ""], ["8.5%", "disagrees", "8.1 percent (2009-03)"],
                     ["March", "", ""], ["50,000", "disagrees", "-48,000 (2009-03)"], ["March", "", ""],
                     ["Some 8,000", "no reference", ""]]
    browser.type(browser.find("#verdict-filter"), "disagrees")
    visible = browser.js("return Array.from(document.querySelectorAll('#fact-table tbody tr'))"
                         ".filter(tr => !tr.hidden).map(tr => tr.querySelector('.chip').textContent)")
    assert visible == ["8.5%", "50,000"]
    assert browser.js("return document.getElementById('shown').textContent") == "2 of 7 shown"
    header = browser.js("return document.querySelector('.meta .verdicts').textContent")
    assert header == "1 agrees, 2 disagrees, 1 no reference"
    table = list(csv.reader(io.StringIO(browser.js("return window.numfactsReview.csv()"))))
    assert "verdict" in table[0] and "ref_value" in table[0]


def test_import_statuses_from_exported_csv(browser: Browser, verdict_page: str) -> None:
    _load(browser, verdict_page)
    browser.js("localStorage.clear()")
    _load(browser, verdict_page)
    exported = ("\ufeffdoc_id,start,end,text,status,note\r\n"
                "jobs,33,40,\"663,000\",verified,\"'=checked, BLS\"\r\n"
                "jobs,0,1,x,wrong,not a fact of this page\r\n")
    assert browser.js("return window.numfactsReview.importCsv(arguments[0])", exported) == 1
    got = browser.js("var tr = document.querySelector('#fact-table tbody tr');"
                     "return [tr.querySelector('select.status').value, tr.querySelector('input.note').value,"
                     " document.getElementById('progress').textContent]")
    assert got == ["verified", "=checked, BLS", "1 of 7 reviewed"]
    assert browser.js("return window.numfactsReview.importCsv('a,b\\n1,2\\n')") == -1


@pytest.mark.parametrize("width", [1400, 1280, 1024])
def test_note_column_is_not_cut_off(browser: Browser, site: tuple[str, int], verdict_page: str, width: int) -> None:
    url, _ = site
    browser.resize(width, 900)
    try:
        for load in (lambda: open_page(browser, url + "/seed.html"), lambda: _load(browser, verdict_page)):
            load()
            right = browser.js("var s = document.querySelector('.scroll').getBoundingClientRect();"
                               "var n = document.querySelector('#fact-table tbody input.note').getBoundingClientRect();"
                               "return [n.right, s.right]")
            assert right[0] <= right[1], right
    finally:
        browser.resize(1280, 900)
