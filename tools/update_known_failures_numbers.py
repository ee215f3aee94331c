"""Rewrite tests/known_failures/numbers_peers.json: every number/unit peer case numfacts fails today.

    .venv/bin/python tools/update_known_failures_numbers.py          # rewrite the file
    .venv/bin/python tools/update_known_failures_numbers.py --check  # exit 1 if it is out of date

The file maps each failing case id to what went wrong ({case_id: reason}); tests/test_peers_numbers.py
marks those cases as strict xfails. Prints the pass rate of every suite.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import peers  # noqa: E402  (needs the repo root on sys.path)

OUT = ROOT / "tests" / "known_failures" / "numbers_peers.json"
MAX_REASON = 300


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the file is out of date")
    args = ap.parse_args(argv)

    failing = {}
    for case_id, reason in peers.failures().items():
        failing[case_id] = reason if len(reason) <= MAX_REASON else reason[: MAX_REASON - 3] + "..."
    text = json.dumps(failing, indent=1, ensure_ascii=False, sort_keys=False) + "\n"

    for suite, (passed, total) in peers.pass_rates().items():
        print(f"{suite:12} {passed:4}/{total:<4} {100 * passed / total:5.1f}%")
    print(f"failing: {len(failing)}")

    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if set(json.loads(current or "{}")) != set(failing):
            print(f"{OUT.relative_to(ROOT)} is out of date", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
