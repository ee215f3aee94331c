"""Consistency warnings (numfacts.check) and the `numfacts check` command."""

from __future__ import annotations

import json
import pathlib

import pandas as pd
import pytest
from click.testing import CliRunner

import numfacts
from numfacts.check import WARNING_COLUMNS, check
from numfacts.cli import main
from numfacts.mention import Mention
from numfacts.table import to_frame

SEED = pathlib.Path(__file__).parent.parent / "data" / "gold" / "seed-article.jsonl"


def checks_of(text: str) -> list[tuple[str, list[str]]]:
    w = check(numfacts.extract(text, reference_date="2016-12-11"))
    return [(str(r["check"]), list(r["texts"])) for r in w.to_dict("records")]


WARN = [
    pytest.param("1,000 people were evacuated, including 1,500 children.",
                 [("part_exceeds_whole", ["1,000", "1,500"])], id="including"),
    pytest.param("1,500 of the 1,000 residents left.", [("part_exceeds_whole", ["1,000", "1,500"])], id="of-the"),
    pytest.param("About 300 people died, among them 450 children.", [("part_exceeds_whole", ["About 300", "450"])],
                 id="among-them-about"),
    pytest.param("Officials said 120 percent of the city was flooded.", [("percent_over_100", ["120 percent"])],
                 id="percent-of-whole"),
    pytest.param("Of the voters, 60% chose Smith, 30% chose Jones and 25% chose Brown.",
                 [("shares_sum", ["60%", "30%", "25%"])], id="shares-over-100"),
    pytest.param("Sales rose 20% from 50 to 70 units.", [("change_mismatch", ["20%", "50", "70"])], id="rose-percent"),
    pytest.param("Unemployment rose 2 percentage points from 5% to 9%.",
                 [("change_mismatch", ["2 percentage points", "5%", "9%"])], id="percentage-points"),
    pytest.param("The price fell 10 percent from $100 to $120.",
                 [("change_mismatch", ["10 percent", "$100", "$120"])], id="fell-but-rose"),
    pytest.param("Unemployment fell to 5% from 4%.", [("change_mismatch", ["4%", "5%"])], id="fall-that-rose"),
    pytest.param("The Fed cut rates by 50 basis points from 5.25% to 5%.",
                 [("change_mismatch", ["50 basis points", "5.25%", "5%"])], id="basis-points-too-many"),
    pytest.param("Sales rose 30% from 2.0 million to 2.3 million units.",
                 [("change_mismatch", ["30%", "2.0 million", "2.3 million"])], id="rounded-levels-too-far"),
    pytest.param("Shares fell from $84 to $89, a 6 percent drop.",
                 [("change_mismatch", ["6 percent", "$84", "$89"])], id="by-after-from-to"),
    pytest.param("Net income rose 25 percent to $4.5 billion from $4.0 billion.",
                 [("change_mismatch", ["25 percent", "$4.0 billion", "$4.5 billion"])], id="to-before-from"),
    pytest.param("The storm killed 12 people on Monday. Police later said 30 people were killed on Monday.",
                 [("entity_values", ["12", "30"])], id="two-death-tolls"),
    pytest.param("The blast killed 14 people, including three children, and injured 46 others. "
                 "Police later said the blast killed 8 people.", [("entity_values", ["14", "8"])],
                 id="governing-verb-killed-14-not-injured"),
    pytest.param("About 2,000 people were evacuated on Monday. Officials said 2,500 people were evacuated on Monday.",
                 [("entity_values", ["About 2,000", "2,500"])], id="beyond-about"),
]

NO_WARN = [
    pytest.param("1,000 people were evacuated, including 500 children.", id="part-smaller"),
    pytest.param("About 1,000 people were evacuated, including some 1,050 children.", id="within-approximation"),
    pytest.param("Sales rose 40% from 50 to 70 units.", id="rose-right"),
    pytest.param("The price fell 10 percent from $100 to $90.", id="fell-right"),
    pytest.param("Prices rose 150 percent last year.", id="growth-over-100"),
    pytest.param("Exports grew by 120 percent.", id="growth-by"),
    pytest.param("Unemployment fell to 4% from 5%.", id="fall-right"),
    pytest.param("Shares fell from $84 to $79, a 6 percent drop.", id="from-to-drop-right"),
    pytest.param("Net income rose 12 percent to $4.5 billion from $4.0 billion.", id="to-from-right"),
    pytest.param("Inflation rose 20 percent from 5% to 6%.", id="relative-percent-of-percent"),
    pytest.param("The Fed cut rates by 25 basis points from 5.25% to 5%.", id="basis-points"),
    # levels rounded to 0.1 million allow 9.8-20.5%: 13% can hold (a fixed 5% tolerance flagged it)
    pytest.param("Sales rose 13% from 2.0 million to 2.3 million units.", id="rounded-levels"),
    pytest.param("Sales rose 5% to $21 from $20 and profit fell 10% to $9 from $10.", id="two-changes"),
    pytest.param("Scores ranged from 40 points to 95 points.", id="no-stated-change"),
    pytest.param("Of the students, 40% passed, 20% failed, and the rest dropped out.", id="shares-with-rest"),
    pytest.param("The storm killed 12 people on Monday. Police said 30 people were killed on Tuesday.",
                 id="tolls-different-days"),
    pytest.param("At least 12 people died. Later reports said 20 people were dead.", id="toll-at-least"),
    pytest.param("12 people were killed and 30 people were injured.", id="different-events"),
    pytest.param("78,000 people fled on Monday. Officials said 77,800 people fled on Monday.", id="within-rounding"),
    pytest.param("1,000 people were evacuated, including 1,040 children.", id="part-within-rounding-of-1000"),
]


@pytest.mark.parametrize("text, want", WARN)
def test_warns(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert checks_of(text) == want


@pytest.mark.parametrize("text", NO_WARN)
def test_no_warning(text: str) -> None:
    assert checks_of(text) == []


def _row(text: str, start: int, **fields: object) -> Mention:
    base: dict[str, object] = {
        "doc_id": "d", "sentence_id": 0, "start": start, "end": start + len(text), "text": text, "kind": "count",
        "value": None, "low": None, "high": None, "qualifier": "=", "unit": None, "entity": None, "date": None,
        "duration": None, "sentence": "Between 500 and 300 people attended."}
    base.update(fields)
    return Mention(**base)  # type: ignore[arg-type]


def test_range_inverted() -> None:
    df = to_frame([_row("Between 500 and 300", 0, low=500.0, high=300.0, qualifier="range", entity="people")])
    w = check(df)
    assert list(w["check"]) == ["range_inverted"]
    assert list(w["message"]) == ["range whose low exceeds its high: Between 500 and 300 (500 > 300)"]
    assert list(w["rows"]) == [[0]] and list(w["starts"]) == [[0]]


def test_columns_and_empty() -> None:
    w = check(numfacts.extract("Nothing to count here."))
    assert tuple(w.columns) == WARNING_COLUMNS and len(w) == 0


def test_rows_are_labels_of_the_input() -> None:
    df = numfacts.extract("1,000 people were evacuated, including 1,500 children.")
    df.index = pd.Index([10, 20])
    assert check(df)["rows"].tolist() == [[10, 20]]


def test_documents_apart() -> None:
    a = numfacts.extract("The storm killed 12 people.", doc_id="a")
    b = numfacts.extract("The storm killed 30 people.", doc_id="b")
    assert len(check(pd.concat([a, b], ignore_index=True))) == 0


def test_seed_article_is_consistent() -> None:
    case = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    assert len(check(numfacts.extract(case["text"], reference_date=case["ref"]))) == 0


# ---------------------------------------------------------------- the command


def test_cli_check_reports_warnings(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("1,000 people were evacuated, including 1,500 children.", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "a.txt"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "doc_id,check,message,rows,starts,texts,sentence_id"
    assert lines[1] == 'a.txt,part_exceeds_whole,"part larger than its whole: 1,500 children within 1,000 people",0; 1,0; 39,"1,000; 1,500",0'
    assert result.stderr == "numfacts: 1 document checked, 0 failed; 1 warning\n"


def test_cli_check_strict_exit_status(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("Sales rose 20% from 50 to 70 units.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Sales rose 40% from 50 to 70 units.", encoding="utf-8")
    assert CliRunner().invoke(main, ["check", "--strict", "-q", str(tmp_path / "a.txt")]).exit_code == 3
    ok = CliRunner().invoke(main, ["check", "--strict", "-q", str(tmp_path / "b.txt")])
    assert ok.exit_code == 0 and ok.stdout == "doc_id,check,message,rows,starts,texts,sentence_id\n"


def test_cli_check_missing_file(tmp_path: pathlib.Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert f"numfacts: error: {tmp_path / 'nope.txt'}: no such file or directory" in result.stderr


def test_cli_check_jsonl_to_file(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("Officials said 120 percent of the city was flooded.", encoding="utf-8")
    out = tmp_path / "w.jsonl"
    result = CliRunner().invoke(main, ["check", str(tmp_path / "a.txt"), "-o", str(out), "-q"])
    assert result.exit_code == 0 and result.stdout == ""
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["check"] == "percent_over_100" and rec["texts"] == "120 percent"


def test_change_columns_are_read_not_guessed() -> None:
    """change_mismatch reads `change` and `role`: a table without them (an older file) gets no change
    warning, and the same rows with them do."""
    df = numfacts.extract("Sales rose 20% from 50 to 70 units.")
    assert list(df["role"]) == ["by", "from", "to"]
    assert list(check(df)["check"]) == ["change_mismatch"]
    assert len(check(df.drop(columns=["change", "role"]))) == 0
    flipped = df.assign(change=pd.array(["down"] * 3, dtype="string"))
    assert list(check(flipped)["message"]) == ["stated change 20% disagrees with 50 to 70 (a change of 40 percent)"]
