"""numfacts.verify and `numfacts verify`: facts against a reference table of statistics."""

from __future__ import annotations

import pathlib
import sqlite3

import pandas as pd
import pytest
from click.testing import CliRunner

import numfacts
from numfacts.cli import main
from numfacts.errors import InputError
from numfacts.verification import VERDICT_COLUMNS, read_reference

ROOT = pathlib.Path(__file__).resolve().parent.parent
REF = pd.DataFrame({
    "measure": ["unemployment rate", "unemployment rate", "nonfarm payroll employment change", "retail trade employment change",
                "unemployment rate", "inflation rate"],
    "value": [8.5, 8.1, -663000, -48000, 8.1, 3.8],
    "unit": ["percent", "percent", "", "", "percent", "percent"],
    "date": ["2009-03", "2009-02", "2009-03", "2009-03", "2009-Q1", "2008"],
    "source": ["BLS"] * 6,
})

#: (sentence, figure, verdict, measure or None)
CASES = [
    ("The unemployment rate rose to 8.5% in March.", "8.5%", "agrees", "unemployment rate"),
    ("The jobless rate rose to 8.5 percent in March.", "8.5 percent", "agrees", "unemployment rate"),
    ("Unemployment reached 8.7% in March.", "8.7%", "disagrees", "unemployment rate"),
    ("The unemployment rate was 8.1% last month.", "8.1%", "disagrees", "unemployment rate"),  # last month = 2009-03
    ("The unemployment rate was 8.1% in February.", "8.1%", "agrees", "unemployment rate"),
    ("The economy lost 663,000 jobs in March.", "663,000", "agrees", "nonfarm payroll employment change"),
    ("The economy added 663,000 jobs in March.", "663,000", "disagrees", "nonfarm payroll employment change"),
    ("Employers cut 600,000 jobs in March.", "600,000", "disagrees", "nonfarm payroll employment change"),
    ("Retailers cut 48,000 jobs in March.", "48,000", "agrees", "retail trade employment change"),
    ("The unemployment rate rose 0.4 percentage points in March.", "0.4 percentage points", "no reference", None),
    ("The unemployment rate was 8.5% in 2009.", "8.5%", "no reference", "unemployment rate"),  # a year: no annual rows
    ("The economy has lost 5.1 million jobs since December 2007.", "5.1 million", "no reference", "nonfarm payroll employment change"),
    ("Analysts expect the unemployment rate to reach 9% in March.", "9%", "no reference", "unemployment rate"),
    ("The unemployment rate rose to 8.5% in March from 8.1%.", "8.5%", "agrees", "unemployment rate"),
    ("The unemployment rate rose to 8.5% in March from 8.1%.", "8.1%", "no reference", None),  # role `from`
    ("Payrolls fell by 663,000 in March.", "663,000", "agrees", "nonfarm payroll employment change"),  # change `down`
    ("Inflation was 2% in March.", "2%", "no reference", "inflation rate"),  # an annual series only
    ("Inflation was 3.8% last year.", "3.8%", "agrees", "inflation rate"),  # last year: 2008, by the reference date
    ("Consumer prices rose 4% in 2008.", "4%", "agrees", "inflation rate"),  # 4% as written: 3.5 .. 4.5
    ("Consumer prices rose 4.2% in 2008.", "4.2%", "disagrees", "inflation rate"),
    ("The unemployment rate averaged 8.1% in the first quarter.", "8.1%", "agrees", "unemployment rate"),
    ("The unemployment rate was 8.4% in the first quarter.", "8.4%", "disagrees", "unemployment rate"),
    ("Some 8,000 civilians were evacuated in March.", "Some 8,000", "no reference", None),
]


@pytest.mark.parametrize("sentence,figure,verdict,measure", CASES, ids=[c[0] for c in CASES])
def test_verdicts(sentence: str, figure: str, verdict: str, measure: str | None) -> None:
    df = numfacts.extract(sentence, reference_date="2009-04-03")
    out = numfacts.verify(df, REF)
    row = out[out["text"] == figure].iloc[0]
    assert (row["verdict"], None if pd.isna(row["measure"]) else row["measure"]) == (verdict, measure), row["reason"]
    assert row["reason"]


def test_columns_and_the_matched_row() -> None:
    df = numfacts.extract("The economy lost 663,000 jobs in March; unemployment rose to 8.5%.", reference_date="2009-04-03")
    out = numfacts.verify(df, REF)
    assert list(out.columns) == [*df.columns, *VERDICT_COLUMNS]
    jobs = out[out["text"] == "663,000"].iloc[0]
    assert (jobs["ref_row"], jobs["ref_value"], jobs["ref_date"], jobs["ref_source"], jobs["gap"]) == ("2", -663000, "2009-03", "BLS", 0)
    rate = out[out["text"] == "8.5%"].iloc[0]
    assert rate["verdict"] == "agrees" and rate["ref_row"] == "0"
    assert pd.isna(out[out["kind"] == "date"]["verdict"]).all()  # dates are not claims


def test_aliases_from_the_reference() -> None:
    ref = REF.assign(aliases=["idle rate", "", "", "", "", ""])
    df = numfacts.extract("The idle rate hit 8.5% in March.", reference_date="2009-04-03")
    out = numfacts.verify(df, ref)
    assert out[out["text"] == "8.5%"]["verdict"].iloc[0] == "agrees"


@pytest.mark.parametrize("ext", ["csv", "parquet", "db"])
def test_reference_formats(tmp_path: pathlib.Path, ext: str) -> None:
    path = tmp_path / f"ref.{ext}"
    if ext == "csv":
        REF.to_csv(path, index=False)
    elif ext == "parquet":
        REF.to_parquet(path, index=False)
    else:
        with sqlite3.connect(path) as con:
            REF.to_sql("reference", con, index=False)
    ref = read_reference(path)
    assert list(ref["date"][:2]) == ["2009-03", "2009-02"] and ref["kind"].iloc[0] == "percent"


def test_bad_reference(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,number\na,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column value, date, measure"):
        read_reference(path)


def test_cli(tmp_path: pathlib.Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("The economy lost 663,000 jobs in March. Unemployment rose to 8.7% in March.", encoding="utf-8")
    ref = tmp_path / "ref.csv"
    REF.to_csv(ref, index=False)
    r = CliRunner().invoke(main, ["verify", str(art), "--against", str(ref), "--reference-date", "2009-04-03"])
    assert r.exit_code == 0, r.output
    out = pd.read_csv(__import__("io").StringIO(r.stdout))
    assert dict(zip(out["text"], out["verdict"].fillna(""))) == {"663,000": "agrees", "March": "", "8.7%": "disagrees"}
    assert "1 agree, 1 disagree" in r.stderr
    r = CliRunner().invoke(main, ["verify", str(art), "--against", str(ref), "--reference-date", "2009-04-03",
                                  "--disagreements", "-q", "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 0
    assert pd.read_json(tmp_path / "out.jsonl", lines=True)["text"].tolist() == ["8.7%"]


def test_demonstration_reference_ships() -> None:
    ref = read_reference(ROOT / "data" / "reference" / "us-economy.csv")
    assert len(ref) == 1395
    row = ref[(ref["measure"] == "nonfarm payroll employment change") & (ref["date"] == "2008-11")]
    assert row["value"].tolist() == [-759000]


def test_gold_claims() -> None:
    """Every gold claim is a row of its document; the dev half's verdict accuracy stays at 0.90 or above
    (measured: 53/58 = 0.914; the held-out half, 36/40 = 0.900, is only reported by `make eval`)."""
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from eval_verify import evaluate

    dev = evaluate("dev")
    assert not [e for e in dev["errors"] if e["reason"] == "not extracted"]
    assert dev["claims"] == 58 and dev["accuracy"] >= 0.90, dev["errors"]


@pytest.mark.parametrize("ext", ["parquet", "db"])
def test_cli_file_formats(tmp_path: pathlib.Path, ext: str) -> None:
    art = tmp_path / "a.txt"
    art.write_text("=cmd The economy lost 663,000 jobs in March.", encoding="utf-8")
    ref = tmp_path / "ref.csv"
    REF.to_csv(ref, index=False)
    out = tmp_path / f"out.{ext}"
    r = CliRunner().invoke(main, ["verify", str(art), "--against", str(ref), "--reference-date", "2009-04-03",
                                  "-q", "-o", str(out)])
    assert r.exit_code == 0, r.output
    if ext == "parquet":
        got = pd.read_parquet(out)
    else:
        with sqlite3.connect(out) as con:
            got = pd.read_sql_query("select * from verified", con)
    assert got[got["text"] == "663,000"]["verdict"].tolist() == ["agrees"]


def test_cli_csv_escapes_formulas(tmp_path: pathlib.Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("=cmd The economy lost 663,000 jobs in March.", encoding="utf-8")
    ref = tmp_path / "ref.csv"
    REF.to_csv(ref, index=False)
    r = CliRunner().invoke(main, ["verify", str(art), "--against", str(ref), "-q"])
    assert ",\"'=cmd The economy" in r.stdout
