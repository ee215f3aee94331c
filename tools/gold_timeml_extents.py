#!/usr/bin/env python3
"""Widen temporal facts of dev gold files to the TimeML extent docs/CONTRACT.md sets (round 4).

The contract says the extents of temporal rows follow TimeML: determiners and modifiers belong to
the row (`the fourth quarter`, `the end of March`, `the six months`, `the next two years`). The dev
files below were annotated with the bare noun phrase (the Wikinews files' simplified extent, which
their README keeps on purpose and which this script does not touch). Each fact listed is widened to
start at the determiner written right before it; `occ` is recomputed as score_cases.spans counts it.
Test halves are never edited. Usage: gold_timeml_extents.py (edits data/gold in place, idempotent).
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import score_cases as sc  # noqa: E402

#: file -> [(case id, fact's s as annotated, the determiner phrase written before it)]
WIDEN = {
    "quantities-asiabiz-dev.jsonl": [("asiabiz-008", "end of December", "the "), ("asiabiz-019", "end of June", "the ")],
    "quantities-business2-dev.jsonl": [("business2-009", "six months", "the "), ("business2-012", "six months", "the "),
                                       ("business2-015", "end of March", "the "), ("business2-017", "two years", "the next ")],
    "quantities-markets-dev.jsonl": [("markets-037", "fourth quarter", "the ")],
    "quantities-newswire-dev.jsonl": [("newswire-045", "end of February", "the "), ("newswire-052", "second half of 1988", "the ")],
    "quantities-tech-dev.jsonl": [("tech-001", "fourth quarter", "the "), ("tech-003", "fourth quarter", "the "),
                                  ("tech-006", "end of March", "the "), ("tech-014", "third quarter", "the "),
                                  ("tech-018", "second quarter", "the "), ("tech-029", "first quarter", "the "),
                                  ("tech-029", "three months", "the previous "), ("tech-034", "fourth quarter", "the ")],
    "quantities-tech2-dev.jsonl": [("tech2-004", "second quarter", "the "), ("tech2-005", "third quarter", "the "),
                                   ("tech2-007", "fourth quarter", "the "), ("tech2-019", "first quarter", "the "),
                                   ("tech2-038", "end of March", "the ")],
    "quantities-ukbiz-dev.jsonl": [("ukbiz-049", "12 months", "the "), ("ukbiz-017", "three months", "the "),
                                   ("ukbiz-036", "six months", "the ")],
    "temporal-newswire-dev.jsonl": [("newswire-13", "66 years", "the "), ("newswire-02", "six mths", "the ")],
    "temporal-mmwr2-dev.jsonl": [("*", "25 years", "the past "), ("*", "40 years", "the preceding "),
                                 ("*", "12 months", "the preceding ")],
}


def widen(case: dict, s: str, det: str) -> bool:
    for s0, s1, f in sc.spans(case)[0]:
        if f["s"] != s or case["text"][max(0, s0 - len(det)) : s0].lower() != det.lower():
            continue
        new_start = s0 - len(det)
        new = case["text"][new_start:s1]
        occ, pos = 0, case["text"].find(new)
        while pos != new_start:
            occ, pos = occ + 1, case["text"].find(new, pos + 1)
        f["s"] = new
        if occ or "occ" in f:
            f["occ"] = occ
        return True
    return False


def main() -> int:
    changed = 0
    for name, items in WIDEN.items():
        path = ROOT / "data" / "gold" / name
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for cid, s, det in items:
            for case in cases:
                if (cid == "*" or case["id"] == cid) and widen(case, s, det):
                    changed += 1
                    print(f"{name} {case['id']}: {s!r} -> {det + s!r}")
        raw = path.read_text(encoding="utf-8")
        path.write_text("".join(json.dumps(c, ensure_ascii="\\u" in raw) + "\n" for c in cases), encoding="utf-8")
    print(changed, "facts widened")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
