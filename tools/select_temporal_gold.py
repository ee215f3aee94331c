#!/usr/bin/env python3
"""Pick the passages of the FOMC and MMWR temporal gold and split them into dev/test (issue #10).

Run once, before any annotation and before any extractor saw the passages:
    select_temporal_gold.py FOMC.jsonl MMWR.jsonl OUTDIR
It writes OUTDIR/temporal-{fomc,mmwr}-{dev,test}.jsonl with empty `facts` (filled in by hand) and
prints the ids. The procedure is described in data/gold/README-temporal.md. The cue regexes only
rank passages; they are never annotations.

Newswire passages are written by hand; `--split-newswire FILE.jsonl` only shuffles and splits them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

MAX_CHARS = 1200
SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|\n")
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
CUES = {
    "fomc": {
        "meeting_on": r"at its meeting on|met in " + MONTH,
        "through": r"at least through|through (?:mid-|late |early )?\d{4}|until",
        "vague": r"for some time|extended period|considerable period|in coming months|over coming quarters",
        "half": r"(?:first|second) half of|quarter",
        "year": r"\b(?:19|20)\d\d\b",
        "month": r"\b" + MONTH + r"\b",
        "duration": r"\b(?:\d+|one|two|three|six|twelve)[- ](?:month|year|week|day)s?\b",
        "vote": r"Voting for",
    },
    "mmwr": {
        "yrange": r"\b\d{4}--\d{4}\b",
        "during": r"during " + MONTH + r"|\b" + MONTH + r" \d{1,2}(?:--|, \d{4})",
        "in_year": r"\bin \d{4}\b",
        "within": r"\bwithin \d+|\b\d+ (?:days|weeks|months|years)\b",
        "set": r"\b(?:each|every|per) (?:year|week|month|day)\b|\bweekly\b|\bannual(?:ly)?\b|\bdaily\b",
        "age": r"\baged? \d+|\d+-year-old",
        "season": r"\b(?:spring|summer|fall|winter)\b|season",
        "month": r"\b" + MONTH + r"\b",
    },
}
GUIDANCE = (r"at its meeting on|through mid-\d{4}|at least through|in coming months|"
            r"(?:first|second) half of (?:the|this|next) year|extended period|for some time")
CUES["guidance"] = {k: p for k, p in zip("abcdefgh", [
    r"at its meeting on", r"through mid-\d{4}", r"at least through", r"in coming months",
    r"(?:first|second) half of (?:the|this|next) year", r"extended period", r"for some time",
    r"Voting for"])}
# passages per stratum: FOMC by year bucket, MMWR by publication year
FOMC_BUCKETS = [(1994, 1999, 4), (2000, 2004, 4), (2005, 2009, 4), (2010, 2014, 4),
                (2015, 2019, 4), (2020, 2023, 4)]
MMWR_YEARS = [("1999", 6), ("2000", 6), ("2001", 6), ("2002", 6)]


def chunks(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, int]]:
    """Greedy non-overlapping chunks of whole sentences, each at most max_chars (a longer sentence
    stands alone); returned as (start, end) offsets into text."""
    starts = [0] + [m.end() for m in SENT_END.finditer(text)]
    ends = [m.start() for m in SENT_END.finditer(text)] + [len(text)]
    sents = [(s, e) for s, e in zip(starts, ends) if e > s]
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for s, e in sents:
        if cur is None:
            cur = (s, e)
        elif e - cur[0] <= max_chars:
            cur = (cur[0], e)
        else:
            out.append(cur)
            cur = (s, e)
    if cur is not None:
        out.append(cur)
    return out


def score(text: str, register: str) -> tuple[int, int]:
    """(cue classes present, cue matches) of a passage."""
    hits = [len(re.findall(p, text)) for p in CUES[register].values()]
    return sum(1 for h in hits if h), sum(hits)


def best_passage(doc: dict, register: str) -> dict:
    """The doc's chunk with the most cue classes (then matches, then the earliest), as a case."""
    text = doc["text"]
    cs = chunks(text)
    k = max(range(len(cs)), key=lambda i: (score(text[cs[i][0]:cs[i][1]], register), -i))
    s, e = cs[k]
    cid = doc["id"] if len(cs) == 1 else f"{doc['id']}-p{k + 1}"
    if register == "mmwr" and not cid.startswith("mmwr-"):
        cid = "mmwr-" + cid
    return {"id": cid, "ref": doc["date"], "text": text[s:e], "facts": [], "reject": []}


def draw(pool: list[dict], n: int, register: str, rng: random.Random) -> list[dict]:
    """n passages from pool: shuffled, then the most cue classes first (ties stay in random order)."""
    cases = [best_passage(d, register) for d in pool]
    rng.shuffle(cases)
    cases.sort(key=lambda c: -score(c["text"], register)[0])
    return cases[:n]


def split(cases: list[dict], seed: int) -> tuple[list[dict], list[dict]]:
    """Ids sorted, shuffled with random.Random(seed): the first half is dev, the rest test."""
    cases = sorted(cases, key=lambda c: c["id"])
    random.Random(seed).shuffle(cases)
    h = len(cases) // 2
    return cases[:h], cases[h:]


def write(path: Path, cases: list[dict]) -> None:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    print(path.name, [c["id"] for c in cases])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("fomc", type=Path, nargs="?")
    ap.add_argument("mmwr", type=Path, nargs="?")
    ap.add_argument("outdir", type=Path, nargs="?", default=Path("."))
    ap.add_argument("--split-newswire", type=Path)
    a = ap.parse_args()
    if a.split_newswire:
        cases = [json.loads(line) for line in a.split_newswire.read_text().splitlines() if line.strip()]
        dev, test = split(cases, 20261204)
        write(a.outdir / "temporal-newswire-dev.jsonl", dev)
        write(a.outdir / "temporal-newswire-test.jsonl", test)
        return
    rng = random.Random(4713)
    fomc = [json.loads(line) for line in a.fomc.read_text().splitlines()]
    fomc = [d for d in fomc if d.get("kind") == "statement" and d.get("date")]
    picked = []
    for lo, hi, n in FOMC_BUCKETS:
        picked += draw([d for d in fomc if lo <= int(d["date"][:4]) <= hi], n, "fomc", rng)
    dev, test = split(picked, 20261202)
    # supplementary batch: the forward-guidance forms of issue #10, which the main batch lacked
    taken = {c["id"].split("-p")[0] for c in picked}
    rest = [d for d in fomc if d["id"] not in taken and re.search(GUIDANCE, d["text"])]
    cases = [best_passage(d, "guidance") for d in rest]
    cases = [c for c in cases if re.search(GUIDANCE, c["text"])]
    rng.shuffle(cases)
    cases.sort(key=lambda c: -score(c["text"], "guidance")[0])
    seen = {c["text"] for c in picked}
    cases = [c for c in cases if not (c["text"] in seen or seen.add(c["text"]))]  # verbatim repeats once
    sdev, stest = split(cases[:8], 20261205)
    write(a.outdir / "temporal-fomc-dev.jsonl", dev + sdev)
    write(a.outdir / "temporal-fomc-test.jsonl", test + stest)
    rng = random.Random(4714)
    mmwr = [json.loads(line) for line in a.mmwr.read_text().splitlines()]
    mmwr = [d for d in mmwr if d.get("date") and len(d["text"]) >= 400]
    picked = []
    for year, n in MMWR_YEARS:
        picked += draw([d for d in mmwr if d["date"][:4] == year], n, "mmwr", rng)
    dev, test = split(picked, 20261203)
    write(a.outdir / "temporal-mmwr-dev.jsonl", dev)
    write(a.outdir / "temporal-mmwr-test.jsonl", test)


if __name__ == "__main__":
    main()
