"""Verdict accuracy of `numfacts verify` on data/gold/verify.jsonl against data/reference/us-economy.csv.

The claims come in two halves (`split`): `dev`, which the rules were tuned on, and `test`, labelled
before verify was first run on it and not studied since (only its summary is printed).
Each gold claim names a document of data/corpus/wikinews.jsonl, the figure as written (`text`, its
`occ`-th occurrence among the document's rows) and the verdict a reader gives it against the
reference (`label`). Prints the accuracy and the confusion table (gold rows, predicted columns) and
writes them to figures/eval-verify.md and figures/eval-verify.json (`make eval` runs it).

    .venv/bin/python tools/eval_verify.py
"""

from __future__ import annotations

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pandas as pd

import numfacts
from numfacts.verification import VERDICTS

GOLD = ROOT / "data" / "gold" / "verify.jsonl"
REFERENCE = ROOT / "data" / "reference" / "us-economy.csv"
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"


def evaluate(split: str | None = None) -> dict:
    """Accuracy and confusion table on the gold claims of `split` (`dev`, `test`; None: all)."""
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if split is None or g.get("split") == split]
    ids = {g["doc_id"] for g in gold}
    docs = [d for d in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines()) if d["id"] in ids]
    facts = numfacts.extract_frame(pd.DataFrame(docs), text="text", id="id", date="date")
    verified = numfacts.verify(facts, REFERENCE)
    confusion = {g: dict.fromkeys(VERDICTS, 0) for g in VERDICTS}
    errors = []
    for g in gold:
        rows = verified[(verified["doc_id"] == g["doc_id"]) & (verified["text"] == g["text"])]
        predicted = str(rows["verdict"].iloc[g.get("occ", 0)]) if len(rows) > g.get("occ", 0) else "no reference"
        confusion[g["label"]][predicted] += 1
        if predicted != g["label"]:
            reason = str(rows["reason"].iloc[g.get("occ", 0)]) if len(rows) > g.get("occ", 0) else "not extracted"
            errors.append({"doc_id": g["doc_id"], "text": g["text"], "gold": g["label"], "predicted": predicted,
                           "reason": reason})
    correct = sum(confusion[v][v] for v in VERDICTS)
    return {"claims": len(gold), "correct": correct, "accuracy": round(correct / len(gold), 3),
            "confusion": confusion, "errors": errors}


def markdown(result: dict, name: str = "verify") -> str:
    lines = [f"{name}: {result['correct']}/{result['claims']} verdicts right (accuracy {result['accuracy']:.3f})", "",
             "| gold \\ predicted | " + " | ".join(VERDICTS) + " |", "|---|" + "---|" * len(VERDICTS)]
    for g in VERDICTS:
        lines.append(f"| {g} | " + " | ".join(str(result["confusion"][g][p]) for p in VERDICTS) + " |")
    return "\n".join(lines)


def report() -> dict:
    """Both halves, as tools/eval.py stores them (errors listed for the dev half only)."""
    return {split: evaluate(split) for split in ("dev", "test")}


if __name__ == "__main__":
    results = report()
    text = "\n\n".join(markdown(res, f"verify, {split} half") for split, res in results.items()) + "\n"
    (ROOT / "figures" / "eval-verify.md").write_text(text, encoding="utf-8")
    (ROOT / "figures" / "eval-verify.json").write_text(json.dumps(
        {k: {f: v for f, v in r.items() if f != "errors" or k == "dev"} for k, r in results.items()}, indent=1) + "\n",
        encoding="utf-8")
    print(text)
    for e in results["dev"]["errors"]:
        print(f"  dev: {e['doc_id']} {e['text']!r}: gold {e['gold']}, predicted {e['predicted']} ({e['reason']})")
