#!/usr/bin/env python3
"""What the language check costs on English text: the pipeline on Wikinews articles with `lang="en"`
given against `lang=None` (detected by py3langid), and py3langid's accuracy on single sentences.

Usage: .venv/bin/python bench/langdetect.py [N_DOCS]   (default 300; the model is loaded first, once)
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from numfacts.lang.detect import SAMPLE, _clear_case, _identifier, detect_language
from numfacts.pipeline import extract_document


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    docs = [json.loads(line) for line in (ROOT / "data/corpus/wikinews.jsonl").open(encoding="utf-8")][:n]
    t0 = time.perf_counter()
    _identifier()
    print(f"model load: {time.perf_counter() - t0:.2f} s (once a process)")
    for d in docs[:20]:  # warm both paths
        extract_document(d["text"], doc_id="w", reference_date=d["date"], lang="en")
    best = {}
    for label, lang in (("given", "en"), ("detected", None)) * 5:
        t0 = time.perf_counter()
        for d in docs:
            extract_document(d["text"], doc_id="w", reference_date=d["date"], lang=lang)
        best[label] = min(best.get(label, 1e9), time.perf_counter() - t0)
    t0 = time.perf_counter()
    wrong = sum(detect_language(d["text"]) != "en" for d in docs)
    detect = time.perf_counter() - t0
    print(f"{len(docs)} Wikinews articles: pipeline {best['given']:.2f} s with lang given, {best['detected']:.2f} s "
          f"detected ({(best['detected'] / best['given'] - 1) * 100:+.1f}%); detection alone {detect:.3f} s "
          f"({detect / best['given'] * 100:.1f}% of the pipeline), {wrong} not read as English")
    sents = [s for d in docs for s in re.split(r"(?<=[.!?])\s+", d["text"]) if 40 < len(s) < 300][:1000]
    ok = sum(detect_language(s) == "en" for s in sents)
    print(f"single English sentences: {ok}/{len(sents)} detected as English")
    fast = sum(_clear_case(d["text"][:SAMPLE]) is not None for d in docs)
    print(f"articles settled by function words alone (no model): {fast}/{len(docs)}")
    cdc = [json.loads(line) for line in (ROOT / "data/corpus/cdc_es_fr.jsonl").open(encoding="utf-8")]
    for lang in ("es", "fr"):
        sents = [s for d in cdc if d["lang"] == lang for s in re.split(r"(?<=[.!?])\s+", d["text"]) if 40 < len(s) < 300][:1000]
        ok = sum(detect_language(s) == lang for s in sents)
        print(f"single {lang} sentences (CDC): {ok}/{len(sents)}")


if __name__ == "__main__":
    main()
