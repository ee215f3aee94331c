"""A document's own date (the corpus date column), however feeds, scrapers and other languages
write it (issue #10, point 7): read, or one warning and a fallback; the document is never lost."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner

import numfacts
from numfacts.cli import main
from numfacts.errors import ReferenceDateError
from numfacts.reader import InputWarning
from numfacts.refdate import read_date

DAYS = [
    pytest.param("2024-03-14", id="iso"),
    pytest.param("2024-03-14T09:30:00Z", id="iso-datetime"),
    pytest.param("2024-03-14 23:30:00-05:00", id="iso-offset-kept-as-written"),
    pytest.param("Thu, 14 Mar 2024 09:30:00 GMT", id="rss"),
    pytest.param("Thu, 14 Mar 2024 23:30:00 -0500", id="rss-offset"),
    pytest.param("14 Mar 2024", id="rfc822-no-weekday"),
    pytest.param("2024/03/14", id="year-slashes"),
    pytest.param("2024.03.14", id="year-dots"),
    pytest.param("20240314", id="compact"),
    pytest.param("14.03.2024", id="day-dots"),
    pytest.param("03/14/2024", id="month-first-slashes"),
    pytest.param("14/03/2024", id="day-above-12"),
    pytest.param("March 14, 2024", id="english"),
    pytest.param("Thursday, March 14, 2024", id="english-weekday"),
    pytest.param("14 March 2024", id="english-day-first"),
    pytest.param("Mar. 14, 2024, 9:30 a.m.", id="english-abbreviated-time"),
    pytest.param("march 14th, 2024", id="english-ordinal"),
    pytest.param("14 mars 2024", id="french"),
    pytest.param("14 de marzo de 2024", id="spanish"),
    pytest.param("14. März 2024", id="german"),
    pytest.param("jeudi 14 mars 2024", id="french-weekday"),
    pytest.param(dt.date(2024, 3, 14), id="date-object"),
    pytest.param(pd.Timestamp("2024-03-14 09:30"), id="timestamp"),
]


@pytest.mark.parametrize("value", DAYS)
def test_days(value: object) -> None:
    found = read_date(value)
    assert found is not None and (found.date, found.month_only, found.iso()) == (dt.date(2024, 3, 14), False,
                                                                                 "2024-03-14")


@pytest.mark.parametrize("value", [
    pytest.param("2024-03", id="iso-month"),
    pytest.param("March 2024", id="english"),
    pytest.param("Mar 2024", id="english-abbreviated"),
    pytest.param("mars 2024", id="french"),
    pytest.param("marzo de 2024", id="spanish"),
])
def test_months(value: str) -> None:
    found = read_date(value)
    assert found is not None and (found.date, found.month_only, found.iso()) == (dt.date(2024, 3, 1), True, "2024-03")


def test_day_first() -> None:
    assert read_date("03/04/2024").iso() == "2024-03-04"
    assert read_date("03/04/2024", day_first=True).iso() == "2024-04-03"
    assert read_date("14/03/2024", day_first=False).iso() == "2024-03-14"  # a part above 12 settles it


@pytest.mark.parametrize("value", [None, "", "  ", float("nan"), pd.NaT, "NaT"])
def test_missing(value: object) -> None:
    assert read_date(value) is None


UNREADABLE = [
    pytest.param("yesterday", id="relative-word"),  # never resolved against the machine's clock
    pytest.param("today", id="today"),
    pytest.param("3 days ago", id="relative"),
    pytest.param("14 mars", id="no-year"),  # a year is never filled in from today
    pytest.param("March 14", id="english-no-year"),
    pytest.param("2024", id="year-alone"),
    pytest.param("Thursday", id="weekday"),
    pytest.param("2024-02-30", id="no-such-day"),
    pytest.param("13/14/2024", id="no-such-month"),
    pytest.param("soon", id="word"),
]


@pytest.mark.parametrize("value", UNREADABLE)
def test_unreadable(value: str) -> None:
    with pytest.raises(ReferenceDateError) as info:
        read_date(value, "doc")
    assert str(info.value) == f"doc: reference date {value!r} is not a date numfacts can read"


def test_dateparser_only_for_what_the_fast_paths_cannot_read() -> None:
    code = ("import sys; from numfacts.refdate import read_date; "
            "[read_date(s) for s in ['2024-03-14', 'Thu, 14 Mar 2024 09:30:00 GMT', '14.03.2024', 'March 2024']]; "
            "print('dateparser' in sys.modules); read_date('14 mars 2024'); print('dateparser' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


# --------------------------------------------------------------------------- a month as reference date


def test_a_month_resolves_against_the_text_date_in_that_month() -> None:
    text = "PARIS, March 14, 2024 - Prices rose on Tuesday."
    facts = numfacts.extract_frame(pd.DataFrame([{"id": "a", "date": "2024-03", "text": text}]))
    assert set(facts["reference_date"]) == {"2024-03-14"}
    assert set(facts["reference_source"]) == {"input"}
    tuesday = facts[facts["text"] == "Tuesday"]["date"].tolist()
    assert tuesday == ["2024-03-12"]


def test_a_month_without_a_text_date_resolves_against_its_first_day() -> None:
    facts = numfacts.extract_frame(pd.DataFrame([{"id": "a", "date": "March 2024", "text": "Prices rose last year."}]))
    assert facts[["text", "date", "reference_date"]].values.tolist() == [["last year", "2023", "2024-03-01"]]


def test_a_text_date_outside_the_month_is_not_used() -> None:
    text = "PARIS, June 2, 2023 - Prices rose last year."
    facts = numfacts.extract_frame(pd.DataFrame([{"id": "a", "date": "2024-03", "text": text}]))
    assert set(facts["reference_date"]) == {"2024-03-01"}


# --------------------------------------------------------------------------- the corpus date column


def test_cli_every_form_in_a_corpus(tmp_path: pathlib.Path) -> None:
    forms = ["Thu, 14 Mar 2024 09:30:00 GMT", "2024/03/14", "14.03.2024", "March 14, 2024", "14 mars 2024",
             "14 de marzo de 2024"]
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "date": f, "text": "It rose 3% on Sunday."}) + "\n"
                              for i, f in enumerate(forms)))
    result = CliRunner().invoke(main, ["extract", str(corpus), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["doc_id"], r["reference_date"], r["reference_source"]) for r in rows} == {
        (f"d{i}", "2024-03-14", "input") for i in range(len(forms))}
    assert {r["date"] for r in rows if r["text"] == "Sunday"} == {"2024-03-10"}
    assert result.stderr == "numfacts: 6 documents read, 6 with facts, 0 without facts, 0 failed; 12 rows\n"


@pytest.mark.parametrize("option, reference, source", [
    pytest.param(["--reference-date", "2016-12-11"], "2016-12-11", "option", id="falls-back-to-the-option"),
    pytest.param([], "2016-12-10", "inferred", id="falls-back-to-inference"),
])
def test_cli_unreadable_date_warns_once_and_the_document_goes_on(tmp_path: pathlib.Path, option: list[str],
                                                                  reference: str, source: str) -> None:
    corpus = tmp_path / "feed.csv"
    corpus.write_text("id,date,text\nstory,last Tuesday,\"ALEPPO, Dec 10, 2016 (Reuters) - Some 12 people died on Sunday.\"\n")
    result = CliRunner().invoke(main, ["extract", str(corpus), "--format", "jsonl", *option], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == ("numfacts: warning: story: cannot read the date 'last Tuesday'; using --reference-date "
                             "or the date in the text instead\n"
                             "numfacts: 1 document read, 1 with facts, 0 without facts, 0 failed; 3 rows\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["reference_date"], r["reference_source"]) for r in rows} == {(reference, source)}


def test_api_unreadable_date_warns_and_falls_back() -> None:
    articles = pd.DataFrame([{"id": "story", "date": "soon", "text": "12 died on Sunday."}])
    with pytest.warns(InputWarning, match=r"^story: cannot read the date 'soon'; using reference_date or the date in "
                                          r"the text instead$"):
        facts = numfacts.extract_frame(articles, reference_date="2016-12-11")
    assert set(facts["reference_source"]) == {"option"} and len(facts) == 2


def test_a_huge_cell_is_unreadable_at_once() -> None:
    with pytest.raises(ReferenceDateError, match=r"^a: reference date '1 1 1 .*\.\.\.' is not a date numfacts can read$"):
        read_date("1 " * 500_000, "a")
