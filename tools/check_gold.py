#!/usr/bin/env python3
"""Validate the hand-annotated gold case files (data/gold/*.jsonl) and print counts per kind.

A case file holds one case a line, in the contract's "Case files" format:
    {"id", "ref", "lang"?, "text", "facts": [...], "reject": [...]}   (lang: en es fr de)
A fact: {"s", "occ", "kind", value/low/high/qualifier/unit/entity/date/duration,
         "optional", "optional_fields"}.

Checks: every line is a JSON object with the right keys; ids are unique across all files; `ref` is
an ISO date or null; every `s` occurs at least occ+1 times in `text` and its occ-th occurrence does
not start or end inside a word; every `reject` string occurs in `text`; kinds and qualifiers are in
the contract's vocabulary; numeric fields are numbers; ranges have low <= high and no value; dates
and durations look like TIMEX3 / ISO 8601 values; change is up/down and role by/to/from; money units are ISO 4217-like codes.

Usage: check_gold.py [FILE.jsonl ...]     (default: every data/gold/*.jsonl)
Exit status 1 when any problem is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {"count", "percent", "money", "measure", "ratio", "ordinal", "date", "time", "duration", "set"}
QUALIFIERS = {"=", "~", ">", ">=", "<", "<=", "range"}
CASE_KEYS = {"id", "ref", "lang", "text", "facts", "reject"}
LANGS = {"en", "es", "fr", "de"}  # optional `lang` of a case (issue #13); absent means English
FACT_KEYS = {"s", "occ", "kind", "value", "low", "high", "qualifier", "unit", "entity", "date",
             "duration", "optional", "optional_fields", "attribution", "change", "role"}
CHANGES = {"up", "down"}
ROLES = {"by", "to", "from"}
NUMERIC = ("value", "low", "high")
STRINGS = ("unit", "entity", "date", "duration")

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIMEX_POINT = r"""(?:
        (?:FY)?\d{2,4}                        # a century, decade or year: 20, 199, 2016; fiscal FY2025
        (?:-\d{2}(?:-\d{2})?)?                # month, day
        (?:-W\d{2}(?:-WE)?)?                  # or an ISO week, its weekend
        (?:-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?  # or a quarter, half, season
        (?:T(?:\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI)  # a time of day or a part of the day
           (?:Z|[+-]\d{2}:\d{2})?)?          # with its zone: Z, -05:00
    )"""
TIMEX_DATE = re.compile(
    rf"""^(?:
        {TIMEX_POINT}(?:/{TIMEX_POINT})?       # a point, or an interval START/END (issue #10)
        |PRESENT_REF|PAST_REF|FUTURE_REF
    )$""",
    re.VERBOSE,
)
ISO_DURATION = re.compile(
    r"""^P(?:
        X[YMWD]|TX[HMS]                                  # vague: for years PXY, hours later PTXH
        |
        \d+(?:\.\d+)?W                                   # weeks
        |(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?   # years, months, days
         (?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?  # hours, minutes, seconds
    )$""",
    re.VERBOSE,
)
CURRENCY = re.compile(r"^[A-Z]{3}$")
WARN = "warning: "  # prefix of the messages that do not make the run fail


def find_occurrence(text: str, s: str, occ: int) -> int:
    """Offset of the occ-th (0-based) occurrence of `s` in `text`, as score_cases.py finds it; -1 if none.

    >>> find_occurrence("42 jets and 42 more", "42", 1)
    12
    >>> find_occurrence("one", "two", 0)
    -1
    """
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(s, pos + 1)
        if pos < 0:
            return -1
    return pos


def inside_word(text: str, start: int, end: int) -> bool:
    """True when the span [start, end) begins or ends in the middle of a word.

    >>> inside_word("Proponents say one", 3, 6)
    True
    >>> inside_word("Proponents say one", 15, 18)
    False
    """
    s = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (s[:1].isalnum() and before.isalnum()) or (s[-1:].isalnum() and after.isalnum())


def is_number(x: object) -> bool:
    """JSON numbers only (booleans are not numbers here).

    >>> [is_number(x) for x in (1, 2.5, True, "3", None)]
    [True, True, False, False, False]
    """
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def kinds_of(fact: dict) -> list:
    """The fact's kinds as a list."""
    k = fact.get("kind")
    return k if isinstance(k, list) else [k]


def check_fact(text: str, fact: dict) -> list[str]:
    """Problems with one fact (empty list when it is fine)."""
    out = []
    if not isinstance(fact, dict):
        return [f"fact is not an object: {fact!r}"]
    extra = set(fact) - FACT_KEYS
    if extra:
        out.append(f"unknown keys {sorted(extra)}")
    s = fact.get("s")
    if not isinstance(s, str) or not s:
        return out + ["missing or empty 's'"]
    occ = fact.get("occ", 0)
    if not isinstance(occ, int) or isinstance(occ, bool) or occ < 0:
        out.append(f"{s!r}: occ must be a non-negative integer")
        occ = 0
    pos = find_occurrence(text, s, occ)
    if pos < 0:
        out.append(f"{s!r}: fewer than {occ + 1} occurrence(s) in text")
    elif inside_word(text, pos, pos + len(s)):
        out.append(f"{s!r} occ {occ}: that occurrence starts or ends inside a word (fix occ)")
    ks = kinds_of(fact)
    if not ks or any(k not in KINDS for k in ks):
        out.append(f"{s!r}: kind {fact.get('kind')!r} not in {sorted(KINDS)}")
    for name in NUMERIC:
        if name in fact and not is_number(fact[name]):
            out.append(f"{s!r}: {name} must be a number, got {fact[name]!r}")
    for name in STRINGS:
        if name in fact and (not isinstance(fact[name], str) or not fact[name]):
            out.append(f"{s!r}: {name} must be a non-empty string")
    q = fact.get("qualifier")
    if q is not None:
        qs = q if isinstance(q, list) else [q]
        if not qs or any(x not in QUALIFIERS for x in qs):
            out.append(f"{s!r}: qualifier {q!r} not in {sorted(QUALIFIERS)}")
        if q == "range" and "value" in fact:
            out.append(f"{s!r}: a range has no value")
        if not fact.get("optional_fields") and not fact.get("optional"):
            if "range" in qs and not ("low" in fact and "high" in fact):
                out.append(f"{WARN}{s!r}: a range should have low and high")
            if q in (">", ">=") and "value" in fact and "low" not in fact:
                out.append(f"{WARN}{s!r}: qualifier {q} should come with low")
            if q in ("<", "<=") and "value" in fact and "high" not in fact:
                out.append(f"{WARN}{s!r}: qualifier {q} should come with high")
    if "change" in fact and fact["change"] not in CHANGES:
        out.append(f"{s!r}: change {fact['change']!r} not in {sorted(CHANGES)}")
    if "role" in fact and (fact["role"] not in ROLES or "change" not in fact):
        out.append(f"{s!r}: role must be one of {sorted(ROLES)} and come with a change")
    lo, hi = fact.get("low"), fact.get("high")
    if is_number(lo) and is_number(hi) and lo > hi:  # kept as written (`between 900 and 700 homes`)
        out.append(f"{WARN}{s!r}: low {lo} > high {hi}")
    d = fact.get("date")
    if isinstance(d, str) and not TIMEX_DATE.match(d):
        out.append(f"{s!r}: date {d!r} is not a TIMEX3 value")
    dur = fact.get("duration")
    if isinstance(dur, str) and not ISO_DURATION.match(dur):
        out.append(f"{s!r}: duration {dur!r} is not ISO 8601")
    if ks == ["money"] and isinstance(fact.get("unit"), str) and not CURRENCY.match(fact["unit"]):
        out.append(f"{s!r}: money unit {fact['unit']!r} is not an ISO 4217 code")
    if "change" in fact and fact["change"] not in CHANGES:
        out.append(f"{s!r}: change {fact['change']!r} not in {sorted(CHANGES)}")
    if "role" in fact and fact["role"] not in ROLES:
        out.append(f"{s!r}: role {fact['role']!r} not in {sorted(ROLES)}")
    if "role" in fact and "change" not in fact:
        out.append(f"{WARN}{s!r}: a role without a change")
    for flag in ("optional", "optional_fields"):
        if flag in fact and fact[flag] is not True:
            out.append(f"{s!r}: {flag} must be true when present")
    return out


def check_case(case: object) -> list[str]:
    """Problems with one case line."""
    if not isinstance(case, dict):
        return ["line is not a JSON object"]
    out = []
    missing = {"id", "text", "facts"} - set(case)
    if missing:
        return [f"missing keys {sorted(missing)}"]
    extra = set(case) - CASE_KEYS
    if extra:
        out.append(f"unknown keys {sorted(extra)}")
    text = case["text"]
    if not isinstance(text, str) or not text:
        return out + ["text must be a non-empty string"]
    ref = case.get("ref")
    if ref is not None and not (isinstance(ref, str) and ISO_DAY.match(ref)):
        out.append(f"ref {ref!r} is not YYYY-MM-DD or null")
    if "lang" in case and case["lang"] not in LANGS:
        out.append(f"lang {case['lang']!r} is not one of {sorted(LANGS)}")
    if not isinstance(case["facts"], list):
        return out + ["facts must be a list"]
    for fact in case["facts"]:
        out.extend(check_fact(text, fact))
    rej = case.get("reject", [])
    if not isinstance(rej, list):
        out.append("reject must be a list")
    else:
        for r in rej:
            if not isinstance(r, str) or not r or r not in text:
                out.append(f"reject {r!r} is not a substring of text")
            elif inside_word(text, text.find(r), text.find(r) + len(r)):
                out.append(f"reject {r!r}: its first occurrence is inside a word")
    return out


def kind_label(fact: dict) -> str:
    """The label counted in the summary: the kind, or the kinds joined by '|'."""
    return "|".join(kinds_of(fact))


def summarise(cases: list[dict]) -> Counter:
    """Counts: cases, facts (scored), optional facts, empty cases, rejects, and facts per kind."""
    c: Counter = Counter()
    for case in cases:
        c["cases"] += 1
        facts = case.get("facts", [])
        c["empty cases"] += not facts
        c["reject strings"] += len(case.get("reject", []))
        for f in facts:
            if f.get("optional"):
                c["optional facts"] += 1
                continue
            c["facts"] += 1
            c["kind " + kind_label(f)] += 1
            if f.get("optional_fields"):
                c["detection-only facts"] += 1
    return c


def is_case_file(records: list) -> bool:
    """A case file's records are objects with a `facts` list (data/gold also holds other formats)."""
    return bool(records) and all(isinstance(r, dict) and "facts" in r for r in records[:5])


def read_jsonl(path: Path) -> tuple[list, list[str]]:
    """(records, problems) of one JSONL file; a line that does not parse is a problem."""
    records, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: invalid JSON: {e}")
            records.append(None)
    return records, problems


def check_file(path: Path, records: list) -> list[str]:
    """Problems with one case file: each case, and ids unique within the file."""
    out = []
    seen: dict[str, int] = {}
    for n, case in enumerate(records, 1):
        if case is None:
            continue
        where = f"{path.name}:{n}"
        errs = check_case(case)
        if isinstance(case, dict) and "id" in case:
            where += f" {case['id']}"
            if case["id"] in seen:
                errs.append(f"duplicate id (also line {seen[case['id']]})")
            seen[case["id"]] = n
        out.extend(f"{where}: {e}" for e in errs)
    return out


def leaks(dev: tuple[str, list], test: tuple[str, list]) -> list[str]:
    """Warnings for a test case whose text overlaps a dev case (same id, or one text inside the other)."""
    out = []
    dev_cases = [c for c in dev[1] if isinstance(c, dict) and isinstance(c.get("text"), str)]
    for t in test[1]:
        if not (isinstance(t, dict) and isinstance(t.get("text"), str)):
            continue
        for d in dev_cases:
            if t.get("id") == d.get("id") or t["text"] in d["text"] or d["text"] in t["text"]:
                out.append(f"{WARN}{test[0]} {t.get('id')} overlaps {dev[0]} {d.get('id')}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--quiet", "-q", action="store_true", help="print no warnings")
    a = ap.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    files = a.files or sorted((root / "data" / "gold").glob("*.jsonl"))
    messages: list[str] = []
    case_files: dict[str, list] = {}
    for path in files:
        records, bad = read_jsonl(path)
        messages.extend(bad)
        if not is_case_file([r for r in records if r is not None]):
            print(f"{path.name}: not a case file (no 'facts'), skipped")
            continue
        case_files[path.name] = records
        messages.extend(check_file(path, records))
        c = summarise([r for r in records if isinstance(r, dict)])
        head = ", ".join(f"{c[k]} {k}" for k in ("cases", "facts", "optional facts",
                                                 "detection-only facts", "empty cases", "reject strings"))
        print(f"{path.name}: {head}")
        for k in sorted(k for k in c if k.startswith("kind ")):
            print(f"  {k[5:]:28s} {c[k]:4d}")
    devs = [n for n in case_files if "dev" in n]
    for tn in (n for n in case_files if "test" in n):
        for dn in devs:
            messages.extend(leaks((dn, case_files[dn]), (tn, case_files[tn])))
    errors = [m for m in messages if WARN not in m]
    for m in messages:
        if WARN not in m or not a.quiet:
            print(m)
    print(f"{len(errors)} problem(s), {len(messages) - len(errors)} warning(s) in {len(case_files)} case file(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
