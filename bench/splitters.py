"""Sentence splitters compared: accuracy on data/gold/sentences.jsonl, speed on Wikinews text.

Usage: .venv/bin/python bench/splitters.py [--mb 2.0] [--errors NAME] [--out figures/splitters.json]

Accuracy: boundary precision, recall and F1 (a boundary is the offset where a sentence other than
a passage's first one starts); F1 outside quotations (boundaries inside an open quotation left out
of both sides: pysbd and sentencex do not split inside quotes, our gold does); exact-sentence
accuracy (share of gold sentences whose trimmed span a splitter reproduces exactly); and F1 on
the `random` passages alone (chosen at random, annotated after the rules were written). Every splitter is scored on spans found by locating its
sentence strings in order in the text, so a library with broken offsets is judged on its
segmentation; its offset problems are counted separately (`offset_errors`: sentences whose own
offsets do not give back their own text, on the gold and on the speed text).

Speed: MB/s (10**6 characters of text a second) over the first `--mb` million characters of
data/corpus/wikinews.jsonl, one document a call, in this one process (one core), same run;
best of 7 passes for splitters that take under a second a pass.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold" / "sentences.jsonl"
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"

Span = tuple[int, int]
#: A splitter gives (sentence strings, spans from its own offsets or None if it has none).
Splitter = Callable[[str], tuple[list[str], list[Span] | None]]


def trim(text: str, start: int, end: int) -> Span | None:
    """(start, end) without surrounding whitespace; None if blank."""
    piece = text[start:end]
    if not piece.strip():
        return None
    left = start + len(piece) - len(piece.lstrip())
    return left, left + len(piece.strip())


def align(text: str, sentences: Iterable[str]) -> list[Span]:
    """Spans of `sentences` located in order in `text` (strings not found are skipped)."""
    out, pos = [], 0
    for s in sentences:
        s = s.strip()
        if not s:
            continue
        i = text.find(s, pos)
        if i < 0:
            continue
        out.append((i, i + len(s)))
        pos = i + len(s)
    return out


def offset_errors(text: str, sentences: list[str], spans: list[Span] | None) -> int:
    """Sentences whose own offsets do not reproduce their own (trimmed) text."""
    if spans is None:
        return 0
    return sum(text[s:e].strip() != sent.strip() for sent, (s, e) in zip(sentences, spans))


# -- the splitters -------------------------------------------------------------------------------


def numfacts_splitter() -> Splitter:
    from numfacts.sentences import split_sentences

    def run(text: str) -> tuple[list[str], list[Span] | None]:
        spans = split_sentences(text)
        return [text[s:e] for s, e in spans], spans

    return run


def pysbd_splitter() -> Splitter:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def run(text: str) -> tuple[list[str], list[Span] | None]:
        out = seg.segment(text)
        return [t.sent for t in out], [(t.start, t.end) for t in out]

    return run


def syntok_splitter() -> Splitter:
    from syntok import segmenter

    def run(text: str) -> tuple[list[str], list[Span] | None]:
        sents, spans = [], []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                if not sentence:
                    continue
                sents.append("".join(t.spacing + t.value for t in sentence).strip())
                spans.append((sentence[0].offset, sentence[-1].offset + len(sentence[-1].value)))
        return sents, spans

    return run


def sentencex_splitter() -> Splitter:
    import sentencex

    def run(text: str) -> tuple[list[str], list[Span] | None]:
        out = [b for b in sentencex.get_sentence_boundaries("en", text) if b["text"].strip()]
        return [b["text"] for b in out], [(b["start_index"], b["end_index"]) for b in out]

    return run


SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "numfacts": numfacts_splitter,
    "pysbd": pysbd_splitter,
    "syntok": syntok_splitter,
    "sentencex": sentencex_splitter,
}


def version(name: str) -> str:
    from importlib.metadata import version as v

    return v(name)


# -- scoring -------------------------------------------------------------------------------------


def load_gold() -> list[dict]:
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    for d in docs:
        d["spans"] = align(d["text"], d["sentences"])
        assert len(d["spans"]) == len(d["sentences"]), d["id"]
    return docs


def in_quotation(text: str, b: int) -> bool:
    """Is offset `b` inside an open quotation (odd `"` count, or more `“` than `”`, since the
    last line break)? Splitters differ on splitting inside quotes; we report both ways."""
    line = text[text.rfind("\n", 0, b) + 1 : b]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[dict], run: Splitter, sample: str | None = None) -> dict:
    """Boundary P/R/F1, F1 outside quotations, exact-sentence accuracy, offset errors."""
    tp = n_pred = n_gold = exact = n_sent = off = 0
    tp_q = n_pred_q = n_gold_q = 0
    misses: list[dict] = []
    for d in gold:
        if sample and d.get("sample") != sample:
            continue
        text = d["text"]
        sents, own = run(text)
        pred = align(text, sents)
        g_b = {s for s, _ in d["spans"][1:]}
        p_b = {s for s, _ in pred[1:]}
        tp += len(g_b & p_b)
        n_pred += len(p_b)
        n_gold += len(g_b)
        g_q = {b for b in g_b if not in_quotation(text, b)}
        p_q = {b for b in p_b if not in_quotation(text, b)}
        tp_q += len(g_q & p_q)
        n_pred_q += len(p_q)
        n_gold_q += len(g_q)
        exact += len(set(d["spans"]) & set(pred))
        n_sent += len(d["spans"])
        off += offset_errors(text, sents, own)
        for b in sorted(g_b ^ p_b):
            kind = "missed" if b in g_b else "extra"
            misses.append({"id": d["id"], kind: text[max(0, b - 40) : b] + " | " + text[b : b + 30]})
    p, r, f = prf(tp, n_pred, n_gold)
    f_q = prf(tp_q, n_pred_q, n_gold_q)[2]
    return {
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
        "f1_outside_quotes": round(f_q, 4), "exact_sentences": round(exact / n_sent, 4),
        "gold_offset_errors": off, "errors": misses,
    }


def corpus_texts(million_chars: float) -> list[str]:
    texts, total = [], 0
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["text"]
            texts.append(t)
            total += len(t)
            if total >= million_chars * 1e6:
                break
    return texts


def speed(texts: list[str], run: Splitter) -> tuple[float, int, float]:
    """(MB/s, offset errors, seconds) over `texts`: best of up to 7 passes for fast splitters
    (a pass under a second is at the mercy of other jobs on a shared machine), one for slow ones."""
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    outs = [run(t) for t in texts]
    secs = time.perf_counter() - t0
    for _ in range(6 if secs < 1.0 else 0):
        t0 = time.perf_counter()
        for t in texts:
            run(t)
        secs = min(secs, time.perf_counter() - t0)
    errs = sum(offset_errors(t, s, o) for t, (s, o) in zip(texts, outs))
    return chars / 1e6 / secs, errs, secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="million characters of corpus for speed")
    ap.add_argument("--only", nargs="*", default=list(SPLITTERS), help="splitters to run")
    ap.add_argument("--errors", default=None, help="print the boundary errors of this splitter")
    ap.add_argument("--out", default=str(ROOT / "figures" / "splitters.json"))
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    gold = load_gold()
    texts = corpus_texts(args.mb)
    chars = sum(map(len, texts))
    results = {}
    for name in args.only:
        run = SPLITTERS[name]()
        res = score(gold, run)
        res["random_sample"] = {k: v for k, v in score(gold, run, "random").items() if k != "errors"}
        mbs, errs, secs = speed(texts, run)
        res.update({"mb_per_s": round(mbs, 2), "seconds": round(secs, 2), "corpus_offset_errors": errs})
        res["version"] = "local" if name == "numfacts" else version(name)
        results[name] = res
        print(f"... {name} done in {secs:.1f}s", file=sys.stderr)
    n_random = sum(d.get("sample") == "random" for d in gold)
    print(f"gold: {len(gold)} passages ({n_random} random), {sum(len(d['spans']) for d in gold)} "
          f"sentences; speed: {chars / 1e6:.2f} M chars, {len(texts)} documents, one core")
    print(f"{'splitter':<10} {'version':>7} {'P':>6} {'R':>6} {'F1':>6} {'F1-noq':>6} {'exact':>6} "
          f"{'rnd F1':>6} {'MB/s':>6}  offset errors (gold / corpus)")
    for name, r in results.items():
        print(f"{name:<10} {r['version']:>7} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
              f"{r['f1_outside_quotes']:>6.3f} {r['exact_sentences']:>6.3f} {r['random_sample']['f1']:>6.3f} "
              f"{r['mb_per_s']:>6.2f}  {r['gold_offset_errors']} / {r['corpus_offset_errors']}")
    if args.errors:
        for e in results[args.errors]["errors"]:
            print(e)
    payload = {
        "gold": {"file": "data/gold/sentences.jsonl", "passages": len(gold),
                 "random_passages": sum(d.get("sample") == "random" for d in gold),
                 "sentences": sum(len(d["spans"]) for d in gold)},
        "speed_text": {"file": "data/corpus/wikinews.jsonl", "chars": chars, "documents": len(texts)},
        "python": platform.python_version(),
        "splitters": {k: {kk: vv for kk, vv in v.items() if kk != "errors"} | {"errors": v["errors"]}
                      for k, v in results.items()},
    }
    if args.out and set(args.only) == set(SPLITTERS):
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
