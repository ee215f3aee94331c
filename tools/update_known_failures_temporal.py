#!/usr/bin/env python3
"""Regenerate tests/known_failures/temporal_peers.json: every Recognizers-Text DateTime case we fail,
with what we return, so that tests/test_temporal_peers.py marks exactly those as xfail(strict=True).

Usage: .venv/bin/python tools/update_known_failures_temporal.py   (prints the pass rates too)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.peer_suites_temporal import SPECS, judge, load_cases


def main() -> None:
    failures: dict[str, str] = {}
    for spec in SPECS:
        cases = load_cases(spec)
        passed = 0
        for case in cases:
            ok, got = judge(case)
            if ok:
                passed += 1
            else:
                failures[case.id] = got
        print(f"{spec:22s} {passed:4d}/{len(cases):<4d} {passed / len(cases):.1%}")
    out = ROOT / "tests" / "known_failures" / "temporal_peers.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(failures, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(failures)} known failures written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
