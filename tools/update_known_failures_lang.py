#!/usr/bin/env python3
"""Regenerate tests/known_failures/lang_peers.json: every Recognizers-Text Spanish, French and German
case we fail, with what we return, so that tests/test_peers_lang.py marks exactly those as
xfail(strict=True).

Usage: .venv/bin/python tools/update_known_failures_lang.py   (prints the pass rates too)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.peers_lang import failures, pass_rates


def main() -> None:
    for name, (p, n) in pass_rates().items():
        print(f"{name:28s} {p:4d}/{n:<4d} {p / n:.1%}")
    failed = failures()
    out = ROOT / "tests" / "known_failures" / "lang_peers.json"
    out.write_text(json.dumps(failed, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(failed)} known failures written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
