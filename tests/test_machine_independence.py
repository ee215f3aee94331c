"""No output depends on the machine: its time zone, today's date or its locale."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import numfacts

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "data" / "aleppo-2016-12-11.txt"


def _run(env_extra: dict[str, str]) -> str:
    env = dict(os.environ, **env_extra)
    done = subprocess.run([sys.executable, "-m", "numfacts", "extract", str(ARTICLE), "--format", "jsonl", "-q"],
                          capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_same_output_in_every_time_zone() -> None:
    utc = _run({"TZ": "UTC"})
    assert utc == _run({"TZ": "Pacific/Kiritimati"}) == _run({"TZ": "America/Adak"})
    assert utc.count("\n") == 21


def test_relative_dates_without_a_reference_are_not_resolved_against_today() -> None:
    df = numfacts.extract("The talks began on Sunday and end next week.")
    assert df["date"].isna().all()
    assert df["reference_date"].isna().all()
