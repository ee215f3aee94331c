#!/usr/bin/env python3
"""Bring the gold files' temporal facts to three conventions of docs/CONTRACT.md that came after some of
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
3. (round 6) a quarter named by its last month is the quarter: a date fact `September` (`2023-09`)
written in `the September quarter` becomes `the September quarter` (`2023-Q3`).
Usage: gold_conventions.py (edits data/gold in place, idempotent).
"""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import score_cases as sc  # noqa: E402

FILES = sorted(p.name for pat in ("temporal-*.jsonl", "quantities-*.jsonl")
               for p in (ROOT / "data" / "gold").glob(pat))  # every half, dev and test
WEEKDAY = re.compile(r"(?:(?:early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
CLOCK_DAY = re.compile(r"\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
PART = re.compile(r" (morning|afternoon|evening|night)\b")
CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
APPROX = re.compile(r"\b(?:about|around|approximately|roughly) $", re.IGNORECASE)
QUARTER_END = {"march": 1, "mar": 1, "june": 2, "jun": 2, "september": 3, "sept": 3, "sep": 3, "december": 4, "dec": 4}
QUARTER_AFTER = re.compile(r"\.?[\s-]quarter\b", re.IGNORECASE)


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


def widen_quarter(case: dict) -> list[str]:
    """`the September quarter` annotated as the month alone -> the quarter that ends in it (round 6)."""
    done = []
    for s0, s1, f in sc.spans(case)[0]:
        n = QUARTER_END.get(f["s"].lower().rstrip("."))
        m = QUARTER_AFTER.match(case["text"], s1 - (f["s"].endswith(".")))
        year = re.fullmatch(r"(\d{4})-\d\d", f.get("date") or "")
        if n is None or m is None or (f.get("date") and year is None) or not case["text"][:s0].lower().endswith("the "):
            continue
        new = case["text"][s0 - 4 : m.end()]
        occ = _occ(case["text"], new, s0 - 4)
        done.append(f"{f['s']!r} {f.get('date')} -> {new!r}" + (f" {year[1]}-Q{n}" if year else ""))
        f["s"] = new
        if year:  # a fact with no value (optional_fields) keeps none
            f["date"] = f"{year[1]}-Q{n}"
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
        before = changed
        for case in cases:
            for what in widen(case) + widen_approx(case) + widen_quarter(case):
                changed += 1
                print(f"{name} {case['id']}: {what}")
        if changed > before:
            path.write_text("".join(json.dumps(c, ensure_ascii="\\u" in raw) + "\n" for c in cases), encoding="utf-8")
    print(changed, "facts widened")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
