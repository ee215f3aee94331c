"""`make eval`: score numfacts on the gold case files in data/gold/, per file and per kind.

The scoring is tools/score_cases.py's (the official scorer, a copy kept unchanged): its `spans`,
`overlaps` and `field_ok` are imported, and its main loop is mirrored in `score` below so that it
can run on rows made in-process (numfacts.pipeline, one pass per file) and report more:

* every file and every kind: detection P/R/F1, strict recall (every field right), per-field accuracy;
* each register and half apart: a file `quantities-<register>-<half>.jsonl` or
  `temporal-<register>-<half>.jsonl` is that register's half (`quantities-dev.jsonl` and the other
  unnamed files are register `wikinews`); `change` and `role` are scored as extra fields (not part
  of the official strict recall) in every file whose facts carry them, absent meaning null;
* temporal files: relaxed (overlapping span) and strict (identical start and end) extraction F1,
  and the accuracy of the normalised value (date / duration right among matched facts);
* `attribution` accuracy where gold facts carry an `attribution` field;
* peer-suite pass rates from tests/ helpers, when importable.

The seed file is also scored through the CLI by the official scorer, and the figures are checked to
be equal (`cli_check` in the output). Writes figures/eval.json and figures/eval.md.

Usage: eval.py [--gold data/gold] [--out figures/eval.json] [--md figures/eval.md] [--no-cli-check] [-v]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import score_cases as sc  # the official scorer, unchanged

QUANTITY_KINDS = ("count", "percent", "money", "measure", "ratio", "ordinal")
TEMPORAL_KINDS = ("date", "time", "duration", "set")
FIELDS = sc.FIELDS  # value, low, high, qualifier, unit, entity, date, duration
EXTRA_FIELDS = ("attribution",)  # scored when gold has them; not part of the official strict recall
#: scored on every matched fact of a file whose gold writes them (absent = null); "change_stated"
#: is the change's accuracy on the facts whose gold states one
DIRECTION_FIELDS = ("change", "role")
ALL_EXTRA = EXTRA_FIELDS + DIRECTION_FIELDS + ("change_stated",)
#: file -> scopes it is scored in (scope name -> kinds; None = every kind, the official default)
KNOWN_FILES = {
    "quantities-dev.jsonl": {"quantities": QUANTITY_KINDS},
    "quantities-test.jsonl": {"quantities": QUANTITY_KINDS},
    "temporal-dev.jsonl": {"temporal": TEMPORAL_KINDS},
    "temporal-test.jsonl": {"temporal": TEMPORAL_KINDS},
    "seed-article.jsonl": {"all": None, "quantities": QUANTITY_KINDS, "temporal": TEMPORAL_KINDS},
}
MAX_MISSES = 200  # kept per scope in eval.json
GOLD_NAME = re.compile(r"^(?P<task>quantities|temporal)(?:-(?P<register>[a-z0-9_]+))?-(?P<half>dev|test)\.jsonl$")
DEFAULT_REGISTER = "wikinews"  # the register of the files named without one


def register_of(name: str) -> tuple[str, str] | None:
    """(register, half) of a gold file named `<task>[-<register>]-<half>.jsonl`, else None.

    >>> register_of("quantities-fomc-test.jsonl"), register_of("temporal-dev.jsonl"), register_of("seed-article.jsonl")
    (('fomc', 'test'), ('wikinews', 'dev'), None)
    """
    m = GOLD_NAME.match(name)
    return (m["register"] or DEFAULT_REGISTER, m["half"]) if m else None


def scopes_of(name: str) -> dict[str, tuple[str, ...] | None]:
    """The scopes a gold file is scored in: known files as listed; `quantities-<register>-<half>`
    in the quantity kinds and, for the registers beyond Wikinews, also in the temporal kinds (their
    dates are annotated too); `temporal-...` in the temporal kinds; any other case file in every kind.

    >>> list(scopes_of("quantities-mmwr-dev.jsonl")), list(scopes_of("temporal-x-test.jsonl")), list(scopes_of("y.jsonl"))
    (['quantities', 'temporal'], ['temporal'], ['all'])
    """
    if name in KNOWN_FILES:
        return KNOWN_FILES[name]
    m = GOLD_NAME.match(name)
    if not m:
        return {"all": None}
    if m["task"] == "temporal":
        return {"temporal": TEMPORAL_KINDS}
    return {"quantities": QUANTITY_KINDS, "temporal": TEMPORAL_KINDS}


def has_direction(cases: list[dict]) -> bool:
    """Whether the file's gold writes `change`/`role` (then absent means null and is scored)."""
    return any(k in f for c in cases for f in c["facts"] for k in DIRECTION_FIELDS)


def direction_value(x: object) -> str | None:
    """A row's or a fact's change/role as a comparable value: None for null, NaN, empty.

    >>> [direction_value(x) for x in (None, float("nan"), "", "Up", "to")]
    [None, None, None, 'up', 'to']
    """
    if x is None or x == "" or (isinstance(x, float) and x != x):
        return None
    return str(x).strip().lower()


# ---------------------------------------------------------------- cases and rows


def load_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_case_file(path: Path) -> bool:
    """Whether a JSONL file holds gold cases (its first record has `facts`), not other gold."""
    with open(path, encoding="utf-8") as fh:
        first = next((line for line in fh if line.strip()), "")
    try:
        return "facts" in json.loads(first)
    except ValueError:
        return False


def fact_kinds(fact: dict) -> list[str]:
    return fact["kind"] if isinstance(fact["kind"], list) else [fact["kind"]]


def restrict(cases: list[dict], only: set[str] | None) -> list[dict]:
    """The cases as the official scorer's --kinds sees them: facts of other kinds become optional
    and out of scope (rows of in-scope kinds on them are errors)."""
    cases = copy.deepcopy(cases)
    if only:
        for c in cases:
            c["facts"] = [f if set(fact_kinds(f)) & only else dict(f, optional=True, oos=True) for f in c["facts"]]
    return cases


def predict(cases: list[dict]) -> tuple[dict[str, list[dict]], list[str]]:
    """Rows per document id, made in-process by numfacts.pipeline as the CLI makes them from a
    corpus file (the case's `ref` is the row's reference date), and the documents that raised
    (they count as documents without rows)."""
    from numfacts.pipeline import extract_document

    by_doc: dict[str, list[dict]] = defaultdict(list)
    errors = []
    for c in cases:
        try:
            mentions = extract_document(c["text"], doc_id=str(c["id"]), reference_date=c.get("ref"),
                                        reference_source="input" if c.get("ref") else None)
        except Exception as exc:  # noqa: BLE001  one failing document must not stop the evaluation
            errors.append(f"{c['id']}: {type(exc).__name__}: {exc}")
            continue
        by_doc[str(c["id"])] = [{k: getattr(m, k) for k in m.__dataclass_fields__} for m in mentions]
    return by_doc, errors


# ---------------------------------------------------------------- scoring


def ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 as the official scorer computes them (0 when undefined).

    >>> prf(8, 2, 2)
    (0.8, 0.8, 0.8000000000000002)
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(cases: list[dict], by_doc: dict[str, list[dict]], only: set[str] | None = None,
          match: str = "overlap", direction: bool = False) -> dict:
    """The official scorer's loop on `cases` (already `restrict`ed to `only`) and rows `by_doc`.

    match="overlap" is the official (relaxed) matching: a row overlapping the fact's span.
    match="exact" asks for the same start and end; a row that only overlaps is then a false
    positive and the fact a miss. Optional facts are matched by overlap in both modes.
    direction=True scores `change` and `role` on every matched fact (gold absent = null).
    """
    tp = fn = fp = rejected = strict_ok = 0
    hits, tot = Counter(), Counter()
    timex_ok = timex_tot = 0
    misses = []
    for c in cases:
        facts, rej = sc.spans(c)
        preds = by_doc.get(str(c["id"]), [])
        used: set[int] = set()
        for s0, s1, f in facts:
            kinds = fact_kinds(f)

            def over(r: dict, s0: int = s0, s1: int = s1) -> bool:
                return sc.overlaps(int(r["start"]), int(r["end"]), s0, s1)

            def same(r: dict, s0: int = s0, s1: int = s1) -> bool:
                return int(r["start"]) == s0 and int(r["end"]) == s1

            hit = same if match == "exact" else over
            near = over if f.get("optional") else hit
            cands = [(i, r) for i, r in enumerate(preds) if hit(r) and r.get("kind") in kinds]
            anyover = [i for i, r in enumerate(preds) if near(r) and not (f.get("oos") and r.get("kind") in only)]
            used.update(anyover)
            if f.get("optional"):
                continue
            if not cands:
                fn += 1
                got = [(preds[i].get("text"), preds[i].get("kind")) for i in anyover]
                if match == "exact":
                    got += [(r.get("text"), r.get("kind")) for r in preds if over(r) and not same(r)]
                misses.append(f"{c['id']}: MISS {f['s']!r} ({'/'.join(kinds)}) got {got}")
                continue
            tp += 1
            if f.get("optional_fields"):
                strict_ok += 1
                continue
            best, best_n, best_bad = None, -1, []
            for _, r in cands:  # the candidate matching most fields, first on a tie
                n, bad = 0, []
                for k in FIELDS:
                    if k in f:
                        if sc.field_ok(k, f[k], r.get(k)):
                            n += 1
                        else:
                            bad.append(f"{k}={r.get(k)!r} want {f[k]!r}")
                if n > best_n:
                    best, best_n, best_bad = r, n, bad
            for k in FIELDS + EXTRA_FIELDS:
                if k in f:
                    tot[k] += 1
                    ok = (sc.norm(f[k]) == sc.norm(best.get(k)) if k in EXTRA_FIELDS
                          else sc.field_ok(k, f[k], best.get(k)))
                    hits[k] += bool(ok)
            if direction:
                for k in DIRECTION_FIELDS:
                    want, got = direction_value(f.get(k)), direction_value(best.get(k))
                    tot[k] += 1
                    hits[k] += want == got
                    if want != got:
                        misses.append(f"{c['id']}: WRONG {f['s']!r}: {k}={got!r} want {want!r}")
                if f.get("change"):
                    tot["change_stated"] += 1
                    hits["change_stated"] += direction_value(f["change"]) == direction_value(best.get("change"))
            if "date" in f or "duration" in f:
                timex_tot += 1
                timex_ok += all(sc.field_ok(k, f[k], best.get(k)) for k in ("date", "duration") if k in f)
            if not best_bad:
                strict_ok += 1
            else:
                misses.append(f"{c['id']}: WRONG {f['s']!r}: " + "; ".join(best_bad))
        for i, r in enumerate(preds):
            if i in used or (only and r.get("kind") not in only):
                continue
            bad = [s for r0, r1, s in rej if sc.overlaps(int(r["start"]), int(r["end"]), r0, r1)]
            fp += 1
            rejected += bool(bad)
            misses.append(f"{c['id']}: EXTRA {r.get('text')!r} ({r.get('kind')})" + (" [must not be a fact]" if bad else ""))
    p, r, f1 = prf(tp, fp, fn)
    return {
        "match": match, "facts": tp + fn, "tp": tp, "fp": fp, "fn": fn, "junk": rejected,
        "rows": sum(len(v) for v in by_doc.values()),
        "precision": p, "recall": r, "f1": f1, "strict_recall": strict_ok / (tp + fn) if tp + fn else 0.0,
        "fields": {k: {"hits": hits[k], "total": tot[k], "accuracy": hits[k] / tot[k]} for k in FIELDS + ALL_EXTRA if tot[k]},
        "timex_value_accuracy": ratio(timex_ok, timex_tot), "timex_matched": timex_tot,
        "misses": misses,
    }


def kinds_present(cases: list[dict], by_doc: dict[str, list[dict]], kinds: tuple[str, ...]) -> list[str]:
    """The kinds among `kinds` that some gold fact or some row has."""
    seen = {k for c in cases for f in c["facts"] for k in fact_kinds(f)}
    seen |= {r.get("kind") for rows in by_doc.values() for r in rows}
    return [k for k in kinds if k in seen]


def score_file(path: Path, scopes: dict[str, tuple[str, ...] | None]) -> list[dict]:
    """One entry per scope of the file: overall scores and scores per kind (both match modes for
    temporal scopes)."""
    cases = load_cases(path)
    direction = has_direction(cases)
    where = register_of(path.name)
    t0 = time.perf_counter()
    by_doc, errors = predict(cases)
    seconds = time.perf_counter() - t0
    entries = []
    for scope, kinds in scopes.items():
        only = set(kinds) if kinds else None
        modes = ("overlap", "exact") if scope == "temporal" else ("overlap",)
        entry = {"file": path.name, "scope": scope, "kinds": list(kinds) if kinds else None, "docs": len(cases),
                 "register": where[0] if where else None, "half": where[1] if where else None,
                 "direction_scored": direction, "extract_seconds": seconds, "extract_errors": errors}
        for mode in modes:
            key = "overall" if mode == "overlap" else "overall_exact"
            entry[key] = score(restrict(cases, only), by_doc, only, mode, direction)
            per = {}
            for k in kinds_present(cases, by_doc, kinds or QUANTITY_KINDS + TEMPORAL_KINDS):
                s = score(restrict(cases, {k}), by_doc, {k}, mode, direction)
                s.pop("misses")
                if s["facts"] or s["fp"]:  # a kind with neither gold facts nor wrong rows says nothing
                    per[k] = s
            entry["per_kind" if mode == "overlap" else "per_kind_exact"] = per
        entry["overall"]["misses"] = entry["overall"]["misses"][:MAX_MISSES]
        entry.get("overall_exact", {}).pop("misses", None)
        entries.append(entry)
    return entries


# ---------------------------------------------------------------- the official scorer, for the check


SUMMARY = re.compile(r"detect P=(?P<precision>[\d.]+) R=(?P<recall>[\d.]+) F1=(?P<f1>[\d.]+) "
                     r"strict-recall=(?P<strict_recall>[\d.]+) junk=(?P<junk>\d+) rows=(?P<rows>\d+) facts=(?P<facts>\d+)")
FIELD_LINE = re.compile(r"field (?P<name>\w+)\s+(?P<hits>\d+)/(?P<total>\d+)")


def parse_official(stdout: str) -> dict | None:
    """The official scorer's printed figures.

    >>> parse_official("field value        3/4    0.750\\ndetect P=0.500 R=0.250 F1=0.333 strict-recall=0.250 junk=1 rows=9 facts=4")
    {'precision': 0.5, 'recall': 0.25, 'f1': 0.333, 'strict_recall': 0.25, 'junk': 1, 'rows': 9, 'facts': 4, 'fields': {'value': [3, 4]}}
    """
    m = SUMMARY.search(stdout)
    if not m:
        return None
    out: dict = {k: (int(v) if k in ("junk", "rows", "facts") else float(v)) for k, v in m.groupdict().items()}
    out["fields"] = {f["name"]: [int(f["hits"]), int(f["total"])] for f in FIELD_LINE.finditer(stdout)}
    return out


def comparable(s: dict) -> dict:
    """Our score in the official scorer's printed precision (3 decimals)."""
    out = {k: round(s[k], 3) for k in ("precision", "recall", "f1", "strict_recall")}
    out.update(junk=s["junk"], rows=s["rows"], facts=s["facts"])
    out["fields"] = {k: [v["hits"], v["total"]] for k, v in s["fields"].items() if k in FIELDS}
    return out


def cli_check(path: Path, scopes: dict[str, tuple[str, ...] | None], ours: list[dict]) -> dict:
    """Run the official scorer (through the CLI) on `path` for each scope and compare its figures
    with ours; also score the CLI's own rows with our loop, to tell a row difference from a
    scoring difference."""
    result = {"file": path.name, "scopes": {}}
    for entry in ours:
        scope, kinds = entry["scope"], scopes[entry["scope"]]
        dump = Path(tempfile.mkdtemp(prefix="numfacts-eval-")) / f"cli-rows-{path.stem}.jsonl"
        cmd = [sys.executable, str(ROOT / "tools" / "score_cases.py"), str(path), "--dump", str(dump)]
        if kinds:
            cmd += ["--kinds", ",".join(kinds)]
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=900, check=False)
        official = parse_official(p.stdout)
        if official is None:
            shutil.rmtree(dump.parent, ignore_errors=True)
            msg = (p.stdout + p.stderr).strip().splitlines()
            result["scopes"][scope] = {"status": "skipped", "note": "official scorer gave no figures: "
                                       + (msg[-1] if msg else f"exit {p.returncode}")}
            continue
        mine = comparable(entry["overall"])
        check = {"official": official, "in_process": mine, "equal": official == mine}
        if dump.exists():
            rows = defaultdict(list)
            for line in dump.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    rows[str(r.get("doc_id"))].append(r)
            shutil.rmtree(dump.parent, ignore_errors=True)
            only = set(kinds) if kinds else None
            on_cli_rows = comparable(score(restrict(load_cases(path), only), rows, only))
            check["our_scoring_of_cli_rows_equal"] = on_cli_rows == official
        shutil.rmtree(dump.parent, ignore_errors=True)
        check["status"] = "equal" if check["equal"] else "DIFFERENT"
        result["scopes"][scope] = check
    return result


# ---------------------------------------------------------------- peer suites


PEER_HELPERS = (("tests.peers", "pass_rates"), ("tests.peer_suites_temporal", "pass_rates"))


def peer_helpers() -> list[tuple[str, str]]:
    """The known helpers, then any other tests/ module defining a top-level `pass_rates()`."""
    found = list(PEER_HELPERS)
    for path in sorted((ROOT / "tests").glob("*.py")):
        module = f"tests.{path.stem}"
        if "\ndef pass_rates(" in path.read_text(encoding="utf-8") and (module, "pass_rates") not in found:
            found.append((module, "pass_rates"))
    return found


def jsonable(x):
    try:
        json.dumps(x)
        return x
    except TypeError:
        if isinstance(x, dict):
            return {str(k): jsonable(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return [jsonable(v) for v in x]
        return str(x)


def rate_table(rates: object) -> object:
    """{suite: {passed, cases, rate}} from a helper's {suite: (passed, cases)}; anything else as is.

    >>> rate_table({"number": (3, 4)})
    {'number': {'passed': 3, 'cases': 4, 'rate': 0.75}}
    """
    if not isinstance(rates, dict):
        return jsonable(rates)
    out = {}
    for suite, v in rates.items():
        if isinstance(v, (tuple, list)) and len(v) == 2 and all(isinstance(x, int) for x in v):
            out[str(suite)] = {"passed": v[0], "cases": v[1], "rate": v[0] / v[1] if v[1] else None}
        else:
            out[str(suite)] = jsonable(v)
    return out


def peer_pass_rates() -> list[dict]:
    """Whatever each tests/ helper's pass_rates() returns, or why it could not be had."""
    sys.path.insert(0, str(ROOT))
    out = []
    for module, attr in peer_helpers():
        name = f"{module}.{attr}"
        try:
            fn = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            out.append({"helper": name, "status": "skipped", "note": f"not importable: {exc}"})
            continue
        try:
            t0 = time.perf_counter()
            rates = fn()
            out.append({"helper": name, "status": "ok", "seconds": time.perf_counter() - t0, "pass_rates": rate_table(rates)})
        except Exception as exc:  # noqa: BLE001  a helper's failure is reported, not fatal to the evaluation
            out.append({"helper": name, "status": "error", "note": f"{type(exc).__name__}: {exc}"})
    return out


# ---------------------------------------------------------------- attribution


def attribution_scores(gold: Path, names: list[str]) -> list[dict]:
    """tools/eval_attribution.py's exact and lenient accuracy on every gold file whose facts carry
    an `attribution` field (its own document run, its own matching rules)."""
    with_field = [n for n in names if is_case_file(gold / n)
                  and any("attribution" in f for c in load_cases(gold / n) for f in c["facts"])]
    if not with_field:
        return [{"note": "no gold fact has an `attribution` field yet"}]
    try:
        import eval_attribution
    except ImportError as exc:
        return [{"note": f"tools/eval_attribution.py not importable: {exc}"}]
    out = []
    for name in with_field:
        r = eval_attribution.evaluate(load_cases(gold / name))
        r["misses"] = r.get("misses", [])[:MAX_MISSES]
        out.append(dict(r, file=name))
    return out


# ---------------------------------------------------------------- report


def pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def field_acc(s: dict, k: str) -> str:
    f = s["fields"].get(k)
    return "-" if not f else f"{f['accuracy']:.3f} ({f['hits']}/{f['total']})"


QUANT_COLS = ("facts", "P", "R", "F1", "strict", "value", "low", "high", "qualifier", "unit", "entity", "change", "role")
ALL_COLS = QUANT_COLS + ("date", "duration")
TEMP_COLS = ("facts", "P", "R", "F1 relaxed", "F1 exact span", "strict-recall", "date", "duration", "value acc", "qualifier")


def quant_row(label: str, s: dict, fields: tuple[str, ...] = QUANT_COLS[5:]) -> list[str]:
    return [label, str(s["facts"]), pct(s["precision"]), pct(s["recall"]), pct(s["f1"]), pct(s["strict_recall"])] + [
        field_acc(s, k) for k in fields]


def temp_row(label: str, s: dict, exact: dict | None) -> list[str]:
    return [label, str(s["facts"]), pct(s["precision"]), pct(s["recall"]), pct(s["f1"]),
            pct(exact["f1"]) if exact else "-", pct(s["strict_recall"]), field_acc(s, "date"), field_acc(s, "duration"),
            pct(s["timex_value_accuracy"]), field_acc(s, "qualifier")]


REG_FIELDS = ("value", "unit", "qualifier", "entity", "date", "duration", "change", "role", "change_stated")
REG_COLS = ("register", "half", "gold file", "kinds", "facts", "P", "R", "F1", "exact F1", "strict", "timex value",
            *REG_FIELDS[:-1], "change stated")


def register_rows(entries: list[dict]) -> list[list[str]]:
    """One compact row per register, half, gold file and scope (quantities / temporal), registers in name
    order; temporal scopes add the exact-span F1 and the accuracy of the TIMEX value (`-` elsewhere)."""
    rows = []
    picked = [e for e in entries if e.get("register") and e["scope"] in ("quantities", "temporal")]
    for e in sorted(picked, key=lambda e: (e["register"] != DEFAULT_REGISTER, e["register"], e["scope"], e["file"], e["half"])):
        s = e["overall"]
        exact = e.get("overall_exact")
        rows.append([e["register"], e["half"], e["file"].removesuffix(".jsonl").split("-")[0], e["scope"], str(s["facts"]),
                     pct(s["precision"]), pct(s["recall"]), pct(s["f1"]), pct(exact["f1"]) if exact else "-",
                     pct(s["strict_recall"]), pct(s["timex_value_accuracy"]) if e["scope"] == "temporal" else "-"]
                    + [pct(s["fields"][k]["accuracy"]) if k in s["fields"] else "-" for k in REG_FIELDS])
    return rows


def tables(entries: list[dict]) -> dict[str, list[list[str]]]:
    """Rows of the quantities, temporal and all-kinds tables: one line per file, then per kind."""
    out: dict[str, list[list[str]]] = {"quantities": [], "temporal": [], "all": []}
    for e in entries:
        name = e["file"].removesuffix(".jsonl")
        if e["scope"] == "temporal":
            out["temporal"].append(temp_row(f"**{name}**", e["overall"], e.get("overall_exact")))
            for k, s in e["per_kind"].items():
                out["temporal"].append(temp_row(f"{name} · {k}", s, e["per_kind_exact"].get(k)))
        else:
            key = "quantities" if e["scope"] == "quantities" else "all"
            fields = (QUANT_COLS if key == "quantities" else ALL_COLS)[5:]
            out[key].append(quant_row(f"**{name}**", e["overall"], fields))
            for k, s in e["per_kind"].items():
                out[key].append(quant_row(f"{name} · {k}", s, fields))
    return out


def markdown(head: tuple[str, ...], rows: list[list[str]], first: str | None = "file · kind") -> str:
    head = (first, *head) if first else head
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def plain(head: tuple[str, ...], rows: list[list[str]], first: str | None = "file · kind") -> str:
    cells = [[first, *head] if first else list(head)] + [[c.replace("**", "") for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
                     for r in cells)


def write_markdown(res: dict, path: Path) -> None:
    t = tables(res["files"])
    parts = [f"<!-- written by tools/eval.py ({res['meta']['run_at_utc']}, numfacts {res['meta']['numfacts']}) -->"]
    reg = register_rows(res["files"])
    if reg:
        parts += ["### By register and half",
                  ("Files `quantities-<register>-<half>` / `temporal-<register>-<half>` (no register: `wikinews`); "
                   "`kinds`: quantity or temporal kinds scored. Detection by overlapping span; `strict` = every official "
                   "field right; field columns are accuracy among matched facts (`-`: none in the gold; counts in the tables "
                   "below). `change`, `role`: "
                   "on every matched fact of a file whose gold writes them (absent = null); `change stated`: on the facts "
                   "whose gold states a rise or fall. Per kind: the tables below."),
                  markdown(REG_COLS, reg, first=None)]
    if t["quantities"]:
        parts += ["### Quantities (counts, percentages, money, measures, ratios, ordinals)",
                  "Detection by overlapping span; `strict` = every gold field right; field columns are accuracy among matched facts.",
                  markdown(QUANT_COLS, t["quantities"])]
    if t["temporal"]:
        parts += ["### Temporal expressions (dates, times, durations, sets)",
                  ("`F1 relaxed`: overlapping span; `F1 exact span`: identical start and end (strict matching); "
                   "`value acc`: date/duration right among matched."),
                  markdown(TEMP_COLS, t["temporal"])]
    if t["all"]:
        parts += ["### Every kind (the official scorer's default)", markdown(ALL_COLS, t["all"])]
    peers = [p for p in res["peers"] if p["status"] == "ok"]
    if peers:
        parts.append("### Peer suites")
        for p in peers:
            rates = p["pass_rates"]
            if isinstance(rates, dict):
                parts.append(f"`{p['helper']}()`\n\n| suite | passed | cases | pass rate |\n|---|---|---|---|\n" + "\n".join(
                    f"| {k} | {v['passed']} | {v['cases']} | {pct(v['rate'])} |" if isinstance(v, dict) and "rate" in v
                    else f"| {k} | | | {v} |" for k, v in rates.items()))
            else:
                parts.append(f"`{p['helper']}`: {rates}")
    scored = [r for r in res["attribution"] if "note" not in r]
    if scored:
        parts += ["### Attribution (who the number is attributed to)",
                  ("`exact`: same source after case and space folding (null for none); `lenient`: the gold's last word "
                   "inside ours. A fact without a row counts as wrong."),
                  "| file | facts | exact | lenient | no row |\n|---|---|---|---|---|\n" + "\n".join(
                      f"| {r['file'].removesuffix('.jsonl')} | {r['facts']} | {pct(r['exact_accuracy'])} | "
                      f"{pct(r['lenient_accuracy'])} | {r['missing_rows']} |" for r in scored)]
    if res["skipped"]:
        parts.append("Not scored: " + "; ".join(f"{s['file']} ({s['note']})" for s in res["skipped"]) + ".")
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def print_report(res: dict, verbose: bool) -> None:
    t = tables(res["files"])
    reg = register_rows(res["files"])
    if reg:
        print(f"\nBY REGISTER AND HALF\n{plain(REG_COLS, reg, first=None)}")
    for key, head, title in (("quantities", QUANT_COLS, "QUANTITIES"), ("temporal", TEMP_COLS, "TEMPORAL"),
                             ("all", ALL_COLS, "EVERY KIND")):
        if t[key]:
            print(f"\n{title}\n{plain(head, t[key])}")
    if verbose:
        for e in res["files"]:
            print(f"\n{e['file']} [{e['scope']}] misses:")
            for m in e["overall"]["misses"]:
                print("  " + m)
    print()
    for s in res["skipped"]:
        print(f"skipped {s['file']}: {s['note']}")
    for e in res["files"]:
        if e["extract_errors"] and e["scope"] == next(iter(scopes_of(e["file"]))):
            print(f"{e['file']}: {len(e['extract_errors'])} document(s) raised, scored as no rows: {e['extract_errors'][0]}")
    for c in res["cli_check"]:
        for scope, v in c["scopes"].items():
            extra = ""
            if "our_scoring_of_cli_rows_equal" in v:
                extra = f" (our scoring of the CLI's rows: {'equal' if v['our_scoring_of_cli_rows_equal'] else 'DIFFERENT'})"
            print(f"cli check {c['file']} [{scope}]: {v['status']}{extra}" + (f": {v['note']}" if v.get("note") else ""))
            if v["status"] == "DIFFERENT":
                print(f"  official:   {v['official']}\n  in-process: {v['in_process']}")
    for p in res["peers"]:
        print(f"peer suites {p['helper']}: {p['status']}" + (f": {p['note']}" if p.get("note") else ""))
        if p["status"] == "ok" and isinstance(p["pass_rates"], dict):
            for suite, v in p["pass_rates"].items():
                print(f"  {suite:<28} " + (f"{v['passed']:>5}/{v['cases']:<5} {pct(v['rate'])}" if isinstance(v, dict) and "rate" in v else str(v)))
        elif p["status"] == "ok":
            print(f"  {p['pass_rates']}")
    for r in res["attribution"]:
        if "note" in r:
            print(f"attribution: {r['note']}")
        else:
            print(f"attribution {r['file']}: {r['facts']} facts; exact {r['exact']}/{r['facts']} ({pct(r['exact_accuracy'])}); "
                  f"lenient (surname) {r['lenient']}/{r['facts']} ({pct(r['lenient_accuracy'])}); "
                  f"{r['missing_rows']} without a row")


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "data" / "gold"))
    ap.add_argument("--out", default=str(ROOT / "figures" / "eval.json"))
    ap.add_argument("--md", default=str(ROOT / "figures" / "eval.md"))
    ap.add_argument("--no-cli-check", action="store_true", help="skip the official scorer run on the seed")
    ap.add_argument("--no-peers", action="store_true", help="skip the peer-suite pass rates")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss, wrong field and extra row")
    a = ap.parse_args(argv)

    from importlib.metadata import version

    gold = Path(a.gold)
    files = {name: scopes for name, scopes in KNOWN_FILES.items()}
    for extra in sorted(gold.glob("*.jsonl")):  # other case files (with "facts"): by their name
        if extra.name not in files and is_case_file(extra):
            files[extra.name] = scopes_of(extra.name)
    res: dict = {"meta": {"run_at_utc": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                          "numfacts": version("numfacts"), "python": sys.version.split()[0]},
                 "files": [], "skipped": [], "cli_check": [], "peers": []}
    for name, scopes in files.items():
        path = gold / name
        if not path.exists():
            res["skipped"].append({"file": name, "note": "missing"})
            continue
        print(f"scoring {name} ...", file=sys.stderr, flush=True)
        try:
            entries = score_file(path, scopes)
        except (SystemExit, KeyError, TypeError, ValueError) as exc:  # spans(): a surface not in its text
            res["skipped"].append({"file": name, "note": f"bad gold: {type(exc).__name__}: {exc}"})
            continue
        res["files"] += entries
        if name == "seed-article.jsonl" and not a.no_cli_check:
            print(f"checking {name} against the official scorer (CLI) ...", file=sys.stderr, flush=True)
            res["cli_check"].append(cli_check(path, scopes, entries))
    res["attribution"] = attribution_scores(gold, [n for n in files if (gold / n).exists()])
    if not a.no_peers:
        res["peers"] = peer_pass_rates()

    print_report(res, a.verbose)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    write_markdown(res, Path(a.md))
    print(f"\nwrote {a.out} and {a.md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
