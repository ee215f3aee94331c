"""Attribution accuracy on data/gold/attribution.jsonl (importable by tools/eval.py).

Every gold fact carrying an `attribution` field (a string, or null for "no source named") is
matched to the row with the same span (else the overlapping row), and its `attribution` compared:

* exact: equal after normalising case and whitespace (null must be null);
* lenient: gold null and row null, or the gold's last word (the surname) inside the row's.

A gold fact without a matching row counts as wrong in both (reported as `missing`).

The file's first DEV_CASES lines (the seed article and 42 Wikinews cases) were looked at while the
rules were written; the lines after them are held out (annotated after the rules were frozen, and
scored once). Both parts are reported, and the whole.

Usage: eval_attribution.py [GOLD.jsonl] [-v]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "data" / "gold" / "attribution.jsonl"
DEV_CASES = 43  # lines 1-43: development; 44 on: held out


def norm(value: object) -> str | None:
    """Lower case, single spaces; None for null/empty.

    >>> norm("  Igor   Konashenkov "), norm(None), norm("")
    ('igor konashenkov', None, None)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = " ".join(str(value).split()).lower()
    return text or None


def exact_ok(want: object, got: object) -> bool:
    return norm(want) == norm(got)


def lenient_ok(want: object, got: object) -> bool:
    """Null for null, or the gold's surname (last word) inside the answer.

    >>> lenient_ok("Igor Konashenkov", "Major General Igor Konashenkov"), lenient_ok(None, "Reuters")
    (True, False)
    """
    w, g = norm(want), norm(got)
    if w is None or g is None:
        return w == g
    return w.split()[-1] in g.split() or w in g


def _fact_span(text: str, fact: dict) -> tuple[int, int]:
    pos = -1
    for _ in range(fact.get("occ", 0) + 1):
        pos = text.find(fact["s"], pos + 1)
    if pos < 0:
        raise ValueError(f"{fact['s']!r} not in text")
    return pos, pos + len(fact["s"])


def evaluate(cases: list[dict]) -> dict:
    """Exact and lenient attribution accuracy over every gold fact with an `attribution` field."""
    from numfacts.pipeline import extract_document

    total = exact = lenient = missing = 0
    misses = []
    for case in cases:
        facts = [f for f in case["facts"] if "attribution" in f]
        if not facts:
            continue
        rows = extract_document(case["text"], doc_id=case["id"], reference_date=case.get("ref"))
        for f in facts:
            a, b = _fact_span(case["text"], f)
            row = next((r for r in rows if (r.start, r.end) == (a, b)), None)
            if row is None:
                row = next((r for r in rows if r.start < b and a < r.end), None)
            total += 1
            if row is None:
                missing += 1
                misses.append(f"{case['id']}: MISSING row for {f['s']!r} (want {f['attribution']!r})")
                continue
            ok_exact, ok_lenient = exact_ok(f["attribution"], row.attribution), lenient_ok(f["attribution"], row.attribution)
            exact += ok_exact
            lenient += ok_lenient
            if not ok_exact:
                misses.append(f"{case['id']}: {f['s']!r}: got {row.attribution!r} want {f['attribution']!r}")
    return {
        "facts": total, "exact": exact, "lenient": lenient, "missing_rows": missing,
        "exact_accuracy": exact / total if total else None,
        "lenient_accuracy": lenient / total if total else None,
        "misses": misses,
    }


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong attribution")
    a = ap.parse_args(argv)
    cases = load(Path(a.gold))
    for name, part in (("all", cases), ("dev", cases[:DEV_CASES]), ("held-out", cases[DEV_CASES:])):
        res = evaluate(part)
        if not res["facts"]:
            continue
        print(f"attribution [{name}]: {len(part)} cases, {res['facts']} facts; exact {res['exact']}/{res['facts']} "
              f"({res['exact_accuracy']:.1%}); lenient (surname) {res['lenient']}/{res['facts']} "
              f"({res['lenient_accuracy']:.1%}); {res['missing_rows']} without a row")
        if a.verbose and name != "all":
            for m in res["misses"]:
                print("  " + m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
