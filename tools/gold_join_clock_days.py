"""One-off gold conversion (issue #10, 2026-12-02): a clock written right before its day is one fact.

TimeML tags `9 PM Friday evening`, `12:01 a.m. Wednesday`, `6 a.m. today` as one TIMEX3, and so does
numfacts since this change. The older gold files tagged the clock and the day as two facts. This
script merges, in every temporal gold file, each `time` fact followed by a `date` fact of a day after
nothing but white space, into one `time` fact: its `s` spans both, its `date` is the day's date with
the clock's time. It decides by the rule alone (positions and kinds), never by numfacts' output.

Usage: python tools/gold_join_clock_days.py data/gold/temporal-*.jsonl data/gold/quantities-*.jsonl
"""
import json
import re
import sys

from score_cases import spans as _gold_spans  # the official scorer's: where each fact's `s` (its `occ`-th) lies

DAY = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?")


def convert(case: dict) -> int:
    text, facts = case["text"], case.get("facts", [])
    if not facts:
        return 0
    spans, merged, drop = sorted(_gold_spans(case)[0], key=lambda x: x[0]), 0, set()
    for (a0, a1, a), (b0, b1, b) in zip(spans, spans[1:]):
        if a.get("kind") == "time" and b.get("kind") == "date" and text[a1:b0].isspace() \
                and DAY.fullmatch(b.get("date") or "") and "T" in (a.get("date") or "") and "/" not in a["date"]:
            s = text[a0:b1]
            a["s"], a["occ"] = s, text[:a0].count(s)
            a["date"] = b["date"][:10] + a["date"][a["date"].index("T"):]
            drop.add(id(b))
            merged += 1
    case["facts"] = [f for f in facts if id(f) not in drop]
    return merged


if __name__ == "__main__":
    for path in sys.argv[1:]:
        cases = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        n = sum(convert(c) for c in cases)
        if n:
            with open(path, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
        print(f"{path}: {n} pairs joined")
