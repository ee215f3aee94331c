"""Cross-document comparison (numfacts.compare) and the `numfacts compare` command."""

from __future__ import annotations

import pathlib

import pandas as pd
import pytest
from click.testing import CliRunner

import numfacts
from numfacts.cli import main
from numfacts.compare import compare


def frame(**docs: str) -> pd.DataFrame:
    return pd.concat([numfacts.extract(text, doc_id=name) for name, text in docs.items()], ignore_index=True)


CASES = [
    pytest.param({"a": "Some 8,000 civilians were evacuated.", "b": "Only 2,000 civilians were evacuated."},
                 [("count", "civilian", "evacuated", "Some 8,000", "2,000", True)], id="two-counts-disagree"),
    pytest.param({"a": "About 8,000 civilians were evacuated.", "b": "8,500 civilians were evacuated."},
                 [("count", "civilian", "evacuated", "About 8,000", "8,500", False)], id="about-allows-10pc"),
    pytest.param({"a": "More than 400 people were killed.", "b": "The attack killed 450 people."},
                 [("count", "people", "killed", "More than 400", "450", False)], id="bound-holds"),
    pytest.param({"a": "Up to 400 people were killed.", "b": "The attack killed 450 people."},
                 [("count", "people", "killed", "Up to 400", "450", True)], id="bound-broken"),
    pytest.param({"a": "12 people were killed.", "b": "30 people were injured."}, [], id="different-events"),
    pytest.param({"a": "The blast killed 14 people, including three children, and injured 46 others.",
                  "b": "The blast killed 8 people."},
                 [("count", "people", "killed", "14", "8", True)], id="planted-killed-14-injured-46-vs-killed-8"),
    pytest.param({"a": "The storm caused $12 million in damage.", "b": "The storm caused $3 million in damage."},
                 [("money", "", "damage", "$12 million", "$3 million", True)], id="planted-money-without-entity"),
    pytest.param({"a": "78,000 people fled.", "b": "Some 77,600 people fled."},
                 [("count", "people", "fled", "78,000", "Some 77,600", False)], id="rounding-aware"),
    pytest.param({"a": "78,000 people fled.", "b": "78,600 people fled."},
                 [("count", "people", "fled", "78,000", "78,600", True)], id="beyond-rounding"),
    pytest.param({"a": "Damage was put at $2.5 billion.", "b": "Damage was put at $2,500 million."},
                 [("money", "", "damage", "$2.5 billion", "$2,500 million", False)], id="scales"),
    pytest.param({"a": "12 people were killed.", "b": "Nothing happened."}, [], id="one-document-only"),
]


@pytest.mark.parametrize("docs, want", CASES)
def test_compare(docs: dict[str, str], want: list[tuple]) -> None:
    out = compare(frame(**docs))
    got = [(r["kind"], r["entity"], r["event"], r["a"], r["b"], bool(r["disagree"])) for r in out.to_dict("records")]
    assert got == want


def test_columns_per_document_and_min_documents() -> None:
    out = compare(frame(x="5 soldiers were killed.", y="7 soldiers were killed.", z="5 soldiers were killed."))
    assert list(out.columns) == ["kind", "entity", "unit", "event", "x", "y", "z", "documents", "disagree"]
    assert out.loc[0, "documents"] == 3 and bool(out.loc[0, "disagree"])
    assert len(compare(frame(x="5 soldiers were killed.", y="7 soldiers were killed."), min_documents=3)) == 0


def test_disagreements_first() -> None:
    out = compare(frame(a="5 soldiers were killed. 10 tanks were destroyed.",
                        b="5 soldiers were killed. 30 tanks were destroyed."))
    assert list(out["entity"]) == ["tank", "soldier"] and list(out["disagree"]) == [True, False]


def test_cli_compare(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pathlib.Path("presstv.txt").write_text("Some 8,000 civilians were evacuated.", encoding="utf-8")
    pathlib.Path("reuters.txt").write_text("Only 2,000 civilians were evacuated.", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", "presstv.txt", "reuters.txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ("kind,entity,unit,event,presstv.txt,reuters.txt,documents,disagree\n"
                             "count,civilian,,evacuated,\"Some 8,000\",\"2,000\",2,True\n")
    assert result.stderr == "numfacts: 2 documents compared; 1 shared fact, 1 disagreement\n"


def test_cli_compare_needs_two_documents(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pathlib.Path("a.txt").write_text("12 people were killed.", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", "a.txt"])
    assert result.exit_code == 2
    assert "numfacts: error: compare needs at least two documents, got 1" in result.stderr


def test_cli_compare_disagreements_only(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus = pd.DataFrame({"id": ["a", "b"], "text": ["5 soldiers were killed. 10 tanks were destroyed.",
                                                     "5 soldiers were killed. 30 tanks were destroyed."]})
    corpus.to_json("c.jsonl", orient="records", lines=True)
    result = CliRunner().invoke(main, ["compare", "c.jsonl", "--disagreements", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["kind,entity,unit,event,a,b,documents,disagree",
                                          "count,tank,,destroyed,10,30,2,True"]
