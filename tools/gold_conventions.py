#!/usr/bin/env python3
"""Bring the temporal gold files to two extent conventions of docs/CONTRACT.md that came after some of
them were written, by rule alone (no fact is edited by hand, no output is looked at):

1. (round 5, the lead's decision) a weekday's part of the day: `Tuesday night` is one row with TimeML's value
`...TNI`, as `last night` is. Each fact whose `s` is a weekday (optionally `early`/`late` before it)
and whose text goes on with ` morning|afternoon|evening|night` is widened to take it, and its day
value gets the part (`1998-01-06` -> `1998-01-06TNI`); `occ` is recomputed as score_cases.spans counts.
The Wikinews files are widened too, and so are the test halves that hold the form (temporal-test,
temporal-newswire-test): a change of convention applied by this rule alone, the lead's decision,
so that every half scores the same convention (their errors are still never read).
2. (round 4) an approximation belongs to a clock's row: a `time` fact right after `about`, `around`,
`approximately` or `roughly` is widened to take the word (`around 6 p.m.`; TimeML's extent with mod APPROX).
Usage: gold_conventions.py (edits data/gold in place, idempotent).
"""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import score_cases as sc  # noqa: E402

FILES = sorted(p.name for p in (ROOT / "data" / "gold").glob("temporal-*.jsonl"))  # every half, dev and test
WEEKDAY = re.compile(r"(?:(?:early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
CLOCK_DAY = re.compile(r"\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
PART = re.compile(r" (morning|afternoon|evening|night)\b")
CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
APPROX = re.compile(r"\b(?:about|around|approximately|roughly) $", re.IGNORECASE)


def _occ(text: str, new: str, start: int) -> int:
    occ, pos = 0, text.find(new)
    while pos != start:
        occ, pos = occ + 1, text.find(new, pos + 1)
    return occ


def widen_approx(case: dict) -> list[str]:
    done = []
    for s0, s1, f in sc.spans(case)[0]:
        m = APPROX.search(case["text"], max(0, s0 - 20), s0)
        if m is None or f.get("kind") not in ("time", ["time"]):
            continue
        new = case["text"][m.start() : s1]
        occ = _occ(case["text"], new, m.start())
        done.append(f"{f['s']!r} -> {new!r}")
        f["s"] = new
        if occ or "occ" in f:
            f["occ"] = occ
    return done


def widen(case: dict) -> list[str]:
    done = []
    for s0, s1, f in sc.spans(case)[0]:
        m = PART.match(case["text"], s1)
        clock_day = CLOCK_DAY.fullmatch(f["s"]) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d.*", f.get("date") or "")
        if m is None or not (clock_day or (WEEKDAY.fullmatch(f["s"]) and re.fullmatch(r"\d{4}-\d\d-\d\d", f.get("date") or ""))):
            continue
        new = case["text"][s0 : m.end()]
        occ = _occ(case["text"], new, s0)
        done.append(f"{f['s']!r} -> {new!r}")
        f["s"], f["date"] = new, f["date"] if clock_day else f["date"] + "T" + CODE[m[1]]  # `8:45pm Thursday evening`: the clock
        if occ or "occ" in f:
            f["occ"] = occ
    return done


def main() -> int:
    changed = 0
    for name in FILES:
        path = ROOT / "data" / "gold" / name
        raw = path.read_text(encoding="utf-8")
        cases = [json.loads(line) for line in raw.splitlines() if line.strip()]
        for case in cases:
            for what in widen(case) + widen_approx(case):
                changed += 1
                print(f"{name} {case['id']}: {what}")
        path.write_text("".join(json.dumps(c, ensure_ascii="\\u" in raw) + "\n" for c in cases), encoding="utf-8")
    print(changed, "facts widened")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
