"""Readings on a named scale written before the figure or after it: `a magnitude 6.4 earthquake`,
`magnitude-5.5 aftershock`, `registered 6.9 on the Richter scale`.

One measure row whose unit is the scale's (the table `scales_before` / `scales_after` of
lang/<lang>/quantities.json), as `7.8-magnitude` (a unit after the figure) already reads; the scale word
before the figure is part of the span. A scale has no counted noun: the row is no count.

>>> [(f.start, f.end, f.kind, f.value, f.unit) for f in scale_readings("A magnitude 6.4 quake", [], [], [])]
[(2, 15, 'measure', 6.4, 'Richter magnitude')]
>>> [(f.kind, f.value, f.unit) for f in scale_readings("It registered 6.9 on the Richter scale.", [], [], [])]
[('measure', 6.9, 'Richter magnitude')]
>>> scale_readings("sales grew by an order of magnitude 3 times", [], [], [])
[]
"""

from __future__ import annotations

import bisect
import re

from ..mention import Found
from .filters import _overlaps
from .words import Q, alt

_BEFORE: dict[str, str] = Q.get("scales_before", {})
_AFTER: dict[str, str] = Q.get("scales_after", {})
_NUM = r"(?P<n>\d{1,2}(?:\.\d{1,2})?)(?![\w.,]?\d)"
_RX_BEFORE = re.compile(rf"(?<![\w-])(?P<w>{alt(_BEFORE)})(?:[ \u00a0]+|-){_NUM}(?![\w-])", re.IGNORECASE) if _BEFORE else None
_RX_AFTER = re.compile(rf"(?<![\w.,-]){_NUM}(?P<w>[ \u00a0]+{alt(_AFTER)})(?![\w-])", re.IGNORECASE) if _AFTER else None
_NOT_AFTER = re.compile(rf"\b{alt(Q.get('scales_not_after', ()))}[ \u00a0]+$", re.IGNORECASE)
_CUE = tuple({w.split()[-1].lower()[:6] for w in (*_BEFORE, *_AFTER)})


def _unit(table: dict[str, str], word: str) -> str | None:
    key = " ".join(word.split()).lower()
    return next((u for w, u in table.items() if w.lower() == key), None)


def scale_readings(text: str, out: list[Found], blocked: list[tuple[int, int]], starts: list[int]) -> list[Found]:
    """`out` with each reading on a named scale as a measure, replacing a bare count of the same figure."""
    if not _CUE or not any(c in text.lower() for c in _CUE):
        return out
    added: list[Found] = []
    rows = sorted(range(len(out)), key=lambda i: out[i].start)
    row_starts = [out[i].start for i in rows]
    dropped: set[int] = set()
    for rx, table, keep_word in ((_RX_BEFORE, _BEFORE, True), (_RX_AFTER, _AFTER, False)):
        for m in rx.finditer(text) if rx is not None else ():
            s, e = (m.start(), m.end()) if keep_word else m.span("n")
            if _overlaps(blocked, starts, s, e) or (keep_word and _NOT_AFTER.search(text, max(0, s - 12), s)):
                continue  # claimed; `an order of magnitude 3 times`
            hit = []  # the rows over the match: found from the last that starts before its end (rows do not nest)
            k = bisect.bisect_left(row_starts, m.end()) - 1
            while k >= 0 and out[rows[k]].end > m.start() and len(hit) < 3:
                hit.append(rows[k])
                k -= 1
            if any(out[i].kind != "count" or out[i].unit or i in dropped for i in hit):
                continue  # `7.8-magnitude` already a measure; a date or money stays what it is
            dropped.update(hit)
            added.append(Found(s, e, "measure", float(m.group("n")), unit=_unit(table, m.group("w"))))
    if not added:
        return out
    return sorted([o for i, o in enumerate(out) if i not in dropped] + added, key=lambda f: f.start)
