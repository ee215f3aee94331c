"""Verdict accuracy of `numfacts verify` on data/gold/verify.jsonl against data/reference/us-economy.csv.

Each gold claim names a document of data/corpus/wikinews.jsonl, the figure as written (`text`, its
`occ`-th occurrence among the document's rows) and the verdict a reader gives it against the
reference (`label`). Prints the accuracy and the confusion table (gold rows, predicted columns) and
returns them as a dict (tools/eval.py puts it in figures/eval.json).

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
from numfacts.verify import VERDICTS

GOLD = ROOT / "data" / "gold" / "verify.jsonl"
REFERENCE = ROOT / "data" / "reference" / "us-economy.csv"
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"


def evaluate() -> dict:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
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


def markdown(result: dict) -> str:
    lines = [f"verify: {result['correct']}/{result['claims']} verdicts right (accuracy {result['accuracy']:.3f})", "",
             "| gold \\ predicted | " + " | ".join(VERDICTS) + " |", "|---|" + "---|" * len(VERDICTS)]
    for g in VERDICTS:
        lines.append(f"| {g} | " + " | ".join(str(result["confusion"][g][p]) for p in VERDICTS) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    res = evaluate()
    print(markdown(res))
    for e in res["errors"]:
        print(f"  {e['doc_id']} {e['text']!r}: gold {e['gold']}, predicted {e['predicted']} ({e['reason']})")
