"""Our gold data, scored by the shared scorer through the CLI, must stay at the measured level.

The floors sit just under the figures measured when they were set (CHANGELOG has them), so a
regression fails the suite. The seed article must be perfect: every fact, every field, no extra row.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
QUANTITY = "count,percent,money,measure,ratio,ordinal"
TEMPORAL = "date,time,duration,set"

CASES = [
    pytest.param("seed-article.jsonl", QUANTITY, 1.0, 1.0, id="seed-quantities"),
    pytest.param("seed-article.jsonl", TEMPORAL, 1.0, 1.0, id="seed-temporal"),
    pytest.param("seed-article.jsonl", None, 1.0, 1.0, id="seed-all"),
    pytest.param("quantities-dev.jsonl", QUANTITY, 0.98, 0.94, id="quantities-dev"),
    pytest.param("quantities-test.jsonl", QUANTITY, 0.95, 0.87, id="quantities-test"),
    pytest.param("temporal-dev.jsonl", TEMPORAL, 0.97, 0.91, id="temporal-dev"),
    pytest.param("temporal-test.jsonl", TEMPORAL, 0.95, 0.82, id="temporal-test"),
]


def _cli() -> str:
    exe = pathlib.Path(sys.executable).parent / "numfacts"
    return str(exe) if exe.exists() else f"{sys.executable} -m numfacts"


@pytest.mark.parametrize("name, kinds, min_f1, min_strict", CASES)
def test_gold_scores(name: str, kinds: str | None, min_f1: float, min_strict: float) -> None:
    cmd = [sys.executable, str(ROOT / "tools" / "score_cases.py"), str(ROOT / "data" / "gold" / name),
           "--cli", _cli(), "--min-f1", str(min_f1), "--min-strict", str(min_strict)]
    if kinds:
        cmd += ["--kinds", kinds]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
    assert done.returncode == 0, f"{name}: {summary}"
    if min_f1 == 1.0:
        assert "junk=0" in summary and "P=1.000" in summary, summary


def test_gold_files_are_valid() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_gold.py")], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:]
