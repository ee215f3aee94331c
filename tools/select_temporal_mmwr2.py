#!/usr/bin/env python3
"""Pick the passages of the second MMWR temporal dev file (dev only; issue #10, branch mmwr).

Run once, before any annotation and before any extractor saw the passages:
    select_temporal_mmwr2.py CDC_MMWR.jsonl OUT.jsonl
Documents already used by `temporal-mmwr-{dev,test}` or `quantities-mmwr-{dev,test}` (by id, or
by containing one of their passages) are left out. Each remaining report (a date, at least 400
characters) is cut into chunks of whole sentences of at most 700 characters; a chunk's score is its
number of date cue classes, then cue matches (the regexes below only rank; they are never
annotations). Candidates are shuffled with random.Random(4715), sorted by score, and the best 30
from distinct documents are written with empty `facts`, at most 8 from a publication year.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_temporal_gold import MONTH, chunks  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"
USED = ["temporal-mmwr-dev.jsonl", "temporal-mmwr-test.jsonl", "quantities-mmwr-dev.jsonl",
        "quantities-mmwr-test.jsonl"]
CUES = {
    "yrange": r"\b\d{4}(?:--|-|–)\d{2,4}\b",
    "month_day": r"\b" + MONTH + r" \d{1,2}\b",
    "month_year": r"\b" + MONTH + r",? \d{4}\b",
    "span": r"\b(?:during|through|from|since|as of|until|by)\s+(?:" + MONTH + r"|\d{4})",
    "week": r"\b(?:week \d+|weeks? ending|MMWR week|epidemiologic week)",
    "season": r"\b\d{4}(?:--|-)\d{2,4} (?:influenza )?season|\bseason\b",
    "relative": r"\b(?:preceding|previous|past|before|after|prior)\s+\d+\s+(?:days|weeks|months|years)|"
                r"\b\d+ (?:days|weeks|months) (?:before|after)",
    "fiscal": r"\bfiscal year\b|\bFY\s?\d",
    "year": r"\b(?:in|during|since) (?:19|20)\d\d\b",
}
MAX_CHARS = 700
N, PER_YEAR = 30, 8


def doc_id(case_id: str) -> str:
    return re.sub(r"-[ps]\d+$", "", case_id)


def score(text: str) -> tuple[int, int]:
    hits = [len(re.findall(p, text)) for p in CUES.values()]
    return sum(1 for h in hits if h), sum(hits)


def main() -> None:
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    used_ids, used_texts = set(), []
    for name in USED:
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                used_ids.add(doc_id(case["id"]))
                used_texts.append(case["text"][:200])
    docs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [d for d in docs if d.get("date") and len(d["text"]) >= 400 and d["id"] not in used_ids
            and not any(t in d["text"] for t in used_texts)]
    cands = []
    for d in docs:
        cs = chunks(d["text"], MAX_CHARS)
        k = max(range(len(cs)), key=lambda i: (score(d["text"][cs[i][0]:cs[i][1]]), -i))
        s, e = cs[k]
        cid = d["id"] if len(cs) == 1 else f"{d['id']}-p{k + 1}"
        cands.append({"id": cid, "ref": d["date"], "text": d["text"][s:e], "facts": [], "reject": []})
    random.Random(4715).shuffle(cands)
    cands.sort(key=lambda c: score(c["text"]), reverse=True)
    picked, per_year = [], {}
    for c in cands:
        y = c["ref"][:4]
        if per_year.get(y, 0) < PER_YEAR and len(picked) < N:
            picked.append(c)
            per_year[y] = per_year.get(y, 0) + 1
    picked.sort(key=lambda c: c["id"])
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in picked), encoding="utf-8")
    print(len(docs), "documents;", out.name, [c["id"] for c in picked])


if __name__ == "__main__":
    main()
