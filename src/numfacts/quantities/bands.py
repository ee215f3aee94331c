"""Temperature bands: `the mid-30s`, `the low 20s`, `the upper 90s Fahrenheit` in a weather sentence.

One measure range over the part of the decade the word names (the table `temperature_bands` of
lang/<lang>/quantities.json: low 0-3, mid 3-6, upper 7-9 above the tens), the unit the scale
written after the band, else one written in the sentence, else Fahrenheit when the top is too hot
for Celsius air, else Celsius (as a bare `35 degrees` is read). A bare `the 60s` is the whole ten (60-69) where
`is_temperature_decade` holds (a temperature cue in the sentence or the one before); it then takes the unit of a
band or degree figure before it (`the low 90s ... into the 60s`).

>>> [(f.low, f.high, f.unit) for f in temperature_bands("Highs will reach the mid-30s today.", [], [], [])]
[(33.0, 36.0, 'degree Celsius')]
>>> [(f.low, f.high, f.unit) for f in temperature_bands("Highs near 30C will ease to the 20s.", [], [], [])]
[(20.0, 29.0, 'degree Celsius')]
>>> temperature_bands("Disco was born in the 70s.", [], [], [])
[]
"""

from __future__ import annotations

import bisect
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
_BARE = re.compile(
    rf"(?<![\w'’-])the[ \u00a0]+(?P<t>[1-9]|1[01])0s(?![\w'’-])(?:[ \u00a0]*(?P<u>{alt(_SCALES)})(?![\w°]))?",
    re.IGNORECASE,
) if _PARTS else None
_BARE_CUE = re.compile(
    rf"\b{alt(_T.get('bare_context', ()))}\b|\d[ \u00a0]*(?:°|degrees\b|[CF]\b)", re.IGNORECASE
) if _PARTS else None
_BARE_NOT_AFTER = frozenset(w.lower() for w in _T.get("bare_not_after", ()))
_SCALE_BEFORE = re.compile(
    rf"(?:\d|0s)[ \u00a0]*(?:degrees[ \u00a0]+)?(?P<u>{alt(_SCALES)})(?![\w°])"
) if _PARTS else None


def _two_sentences(text: str, s: int, e: int) -> tuple[int, int]:
    """Start of the sentence before the one holding [s, e), and that sentence's end."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 600), s)]
    a = ends[-2] if len(ends) >= 2 else max(0, s - 600) if ends else max(0, s - 300)
    b = _SENTENCE_END.search(text, e, e + 300)  # a reach, not the rest of the text: linear without stops
    return a, b.start() if b else min(len(text), e + 300)


def is_temperature_decade(text: str, s: int, e: int) -> bool:
    """Whether `the 60s` at [s, e) is a band of temperatures: a cue in its sentence or the one before.

    >>> is_temperature_decade("Highs reach 80. Then a front drops them into the 60s.", 46, 53)
    True
    >>> is_temperature_decade("In the 60s, highs rarely topped 90.", 3, 10)
    False
    """
    if _BARE_CUE is None:
        return False
    head = text[max(0, s - 40) : s]
    own = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    words = head[own:].split()
    if len(words) <= 1 and (not words or words[0].lower() in _BARE_NOT_AFTER) and text[e : e + 1] == ",":
        return False  # `In the 60s, ...` opening a sentence: the decade
    a, b = _two_sentences(text, s, e)
    return bool(_BARE_CUE.search(text, a, b) or _BAND.search(text, a, b))


def _sentence(text: str, s: int, e: int) -> str:
    """The sentence holding [s, e), read at most 300 characters either side (a reach: linear without stops)."""
    a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 300), s)), default=max(0, s - 300))
    b = _SENTENCE_END.search(text, e, e + 300)
    return text[a : b.start() if b else min(len(text), e + 300)]


def temperature_bands(text: str, out: list[Found], blocked: list[tuple[int, int]], starts: list[int]) -> list[Found]:
    """`out` with a measure range for each temperature band of a weather sentence no row or claimed span holds."""
    if _BAND is None or "0s" not in text:
        return out
    added = []
    rows = sorted((o.start, o.end) for o in out)
    row_starts = [a for a, _ in rows]
    for m in _BAND.finditer(text):
        s, e = m.span()
        if _overlaps(blocked, starts, s, e) or _overlaps(rows, row_starts, s, e):
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
    rows = sorted(rows + [(f.start, f.end) for f in added])
    row_starts = [a for a, _ in rows]
    units = sorted((f.start, f.unit) for f in added if f.unit)  # the bands' units by start, for a bare ten after them
    for m in _BARE.finditer(text) if "0s" in text else ():
        s, e = m.span()
        if (_overlaps(blocked, starts, s, e) or _overlaps(rows, row_starts, s, e)
                or not is_temperature_decade(text, s, e)):
            continue
        tens = int(m.group("t")) * 10
        a, _ = _two_sentences(text, s, e)
        before = [u for _, u in units[bisect.bisect_left(units, (a, "")) : bisect.bisect_left(units, (s, ""))]]
        scale = m.group("u") or (None if before else next(
            (sc.group("u") for sc in reversed(list(_SCALE_BEFORE.finditer(text, a, s)))), None))
        unit = (_SCALES.get(scale) or _SCALES.get(scale.lower())) if scale else (before[-1] if before else None)
        if unit is None:
            unit = _T["fahrenheit"] if tens + 9 >= _T["fahrenheit_from"] else _T["default"]
        added.append(Found(s, e, "measure", None, float(tens), float(tens + 9), "range", unit=unit))
        bisect.insort(units, (s, unit))
    return sorted(out + added, key=lambda f: f.start) if added else out
