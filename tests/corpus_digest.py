"""The digest of every row numfacts extracts from data/corpus/wikinews.jsonl (the speed safety net).

Each document goes through `numfacts.pipeline.extract_document` with its own date as the reference;
every row becomes canonical JSON (every column, in order) and all of them feed one SHA-256.
tests/test_digest.py compares it with tests/data/wikinews.sha256; tools/update_digest.py rewrites it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"
STORED = ROOT / "tests" / "data" / "wikinews.sha256"


def corpus_digest(path: Path = CORPUS) -> tuple[str, int, int]:
    """(hex digest, documents, rows) of the whole corpus's output."""
    from numfacts.mention import COLUMNS
    from numfacts.pipeline import extract_document

    h = hashlib.sha256()
    docs = rows = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            docs += 1
            for m in extract_document(doc["text"], doc_id=doc["id"], reference_date=doc.get("date"), lang="en"):
                rows += 1
                rec = [getattr(m, c) for c in COLUMNS]
                h.update(json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
                h.update(b"\n")
    return h.hexdigest(), docs, rows


def stored() -> str:
    return STORED.read_text(encoding="utf-8").split()[0]
