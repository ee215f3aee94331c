"""`numfacts review`: output named after the input, no silent overwrite, corpus ids, --against."""

from __future__ import annotations

import pathlib

import pandas as pd
import pytest
from click.testing import CliRunner

from numfacts.cli import main


@pytest.fixture
def here(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    monkeypatch.chdir(tmp_path)
    pathlib.Path("jobs.txt").write_text("The economy lost 663,000 jobs in March. Unemployment rose to 8.7% in March.",
                                        encoding="utf-8")
    pd.DataFrame({"id": [f"doc-{i}" for i in range(25)], "text": ["5 people."] * 25}).to_json(
        "c.jsonl", orient="records", lines=True)
    pd.DataFrame({"measure": ["nonfarm payroll employment change", "unemployment rate"], "value": [-663000, 8.5],
                  "unit": ["", "percent"], "date": ["2009-03", "2009-03"]}).to_csv("ref.csv", index=False)
    return tmp_path


def test_output_named_after_the_input(here: pathlib.Path) -> None:
    r = CliRunner().invoke(main, ["review", "jobs.txt", "--reference-date", "2009-04-03"])
    assert r.exit_code == 0, r.output
    assert r.stderr == "numfacts: wrote jobs.review.html: 4 facts, 0 warnings\n"
    assert pathlib.Path("jobs.review.html").exists() and not pathlib.Path("review.html").exists()
    r = CliRunner().invoke(main, ["review", "c.jsonl", "--doc-id", "doc-3", "-q"])
    assert r.exit_code == 0 and pathlib.Path("doc-3.review.html").exists()


def test_no_silent_overwrite(here: pathlib.Path) -> None:
    pathlib.Path("jobs.review.html").write_text("my notes", encoding="utf-8")
    r = CliRunner().invoke(main, ["review", "jobs.txt"])
    assert r.exit_code == 2
    assert "jobs.review.html exists: use --force to overwrite it" in r.stderr
    assert pathlib.Path("jobs.review.html").read_text(encoding="utf-8") == "my notes"
    r = CliRunner().invoke(main, ["review", "jobs.txt", "--force", "-q"])
    assert r.exit_code == 0 and pathlib.Path("jobs.review.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")


def test_corpus_without_doc_id_lists_its_ids(here: pathlib.Path) -> None:
    r = CliRunner().invoke(main, ["review", "c.jsonl"])
    assert r.exit_code == 2
    assert ("c.jsonl holds 25 documents: choose one with --doc-id (doc-0, doc-1, doc-2, doc-3, doc-4, doc-5, doc-6, "
            "doc-7, doc-8, doc-9, doc-10, doc-11, doc-12, doc-13, doc-14, doc-15, doc-16, doc-17, doc-18, doc-19, "
            "... (5 more))") in " ".join(r.stderr.split())


def test_review_against_a_reference(here: pathlib.Path) -> None:
    r = CliRunner().invoke(main, ["review", "jobs.txt", "--reference-date", "2009-04-03", "--against", "ref.csv",
                                  "-o", "-", "-q"])
    assert r.exit_code == 0, r.output
    page = r.stdout
    assert 'id="verdict-filter"' in page and "checked against <code>ref.csv</code>" in page
    assert 'data-verdict="agrees"' in page and 'data-verdict="disagrees"' in page
    assert "-663,000 (2009-03)" in page
