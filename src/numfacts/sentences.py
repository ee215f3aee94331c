"""Sentence splitting with offsets (placeholder: replaced by the measured splitter)."""

from __future__ import annotations

import bisect
import re

_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), end exclusive, covering every non-blank stretch of text."""
    out = []
    pos = 0
    for m in _END.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding `offset` (the nearest one before it, if none holds it)."""
    i = bisect.bisect_right([s for s, _ in spans], offset) - 1
    return max(i, 0)
