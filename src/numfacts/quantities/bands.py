"""Temperature bands: `the mid-30s`, `the low 20s`, `the upper 90s Fahrenheit` in a weather sentence.

One measure range over the part of the decade the word names (the table `temperature_bands` of
lang/<lang>/quantities.json: low 0-3, mid 3-6, upper 7-9 above the tens), the unit the scale
written after the band, else one written in the sentence, else Fahrenheit when the top is too hot
for Celsius air, else Celsius (as a bare `35 degrees` is read).

>>> [(f.low, f.high, f.unit) for f in temperature_bands("Highs will reach the mid-30s today.", [], [], [])]
[(33.0, 36.0, 'degree Celsius')]
"""

from __future__ import annotations

import re

from ..mention import Found
from .filters import _overlaps
from .words import Q, alt

_T = Q.get("temperature_bands", {})
_PARTS: dict[str, list[int]] = _T.get("parts", {})
_SCALES: dict[str, str] = _T.get("scales", {})
_BAND = re.compile(
    rf"(?<![\w-])(?:the[ \u00a0]+)?(?P<p>{alt(_PARTS)})[- \u00a0](?P<t>[1-9])0s(?![\w-])"
    rf"(?:[ \u00a0]*(?P<u>{alt(_SCALES)})(?![\w°]))?",
    re.IGNORECASE,
) if _PARTS else None
_CONTEXT = re.compile(rf"\b{alt(_T.get('context', ()))}\b", re.IGNORECASE) if _PARTS else None
_SCALE_IN = re.compile(rf"\d[ \u00a0]*(?:degrees[ \u00a0]+)?(?P<u>{alt(_SCALES)})(?![\w°])") if _PARTS else None
_SENTENCE_END = re.compile(r"[.!?](?:[ \u00a0\n]|$)|\n")


def _sentence(text: str, s: int, e: int) -> str:
    a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 300), s)), default=max(0, s - 300))
    b = _SENTENCE_END.search(text, e)
    return text[a : b.start() if b else len(text)]


def temperature_bands(text: str, out: list[Found], blocked: list[tuple[int, int]], starts: list[int]) -> list[Found]:
    """`out` with a measure range for each temperature band of a weather sentence no row or claimed span holds."""
    if _BAND is None or "0s" not in text:
        return out
    added = []
    for m in _BAND.finditer(text):
        s, e = m.span()
        if _overlaps(blocked, starts, s, e) or any(o.start < e and s < o.end for o in out):
            continue
        sentence = _sentence(text, s, e)
        if not _CONTEXT.search(sentence):
            continue  # `a woman in her mid-30s`: an age, not a temperature
        lo_off, hi_off = _PARTS[m.group("p").lower()]
        tens = int(m.group("t")) * 10
        low, high = float(tens + lo_off), float(tens + hi_off)
        scale = m.group("u") or ((sc := _SCALE_IN.search(sentence)) and sc.group("u"))
        unit = _SCALES.get(scale) or _SCALES.get(scale.lower()) if scale else None
        if unit is None:
            unit = _T["fahrenheit"] if high >= _T["fahrenheit_from"] else _T["default"]
        added.append(Found(s, e, "measure", None, low, high, "range", unit=unit))
    return sorted(out + added, key=lambda f: f.start) if added else out
