"""After the qualifiers: a lower and an upper bound joined by `and` or `but` are one range.

`more than 20 but less than 30 people`, `at least 5% and at most 10%`, `above 1,000 and below
1,500`: the two bounds of one figure, so one row, qualifier `range`, with `low` and `high` (the
contract's range), whose kind and unit are the written ones (`more than 18 and less than 25 years`:
the bare first figure takes the second's kind and unit). The joining words come from the language table
(`bound_joins` in `lang/<lang>/quantities.json`).

>>> from ..mention import Found
>>> text = "more than 20 but less than 30 people"
>>> [(f.start, f.end, f.low, f.high, f.qualifier) for f in join_bounds(text, [
...     Found(0, 12, "count", 20.0, 20.0, None, ">"), Found(17, 29, "count", 30.0, None, 30.0, "<")])]
[(0, 29, 20.0, 30.0, 'range')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..mention import Found
from .words import Q, alt

_LOWER, _UPPER = (">", ">="), ("<", "<=")
_JOIN = re.compile(rf"[ \u00a0]*,?[ \u00a0]*{alt(Q['bound_joins'])}[ \u00a0]+$", re.IGNORECASE)
_KINDS = frozenset({"count", "percent", "money", "measure", "duration", "ratio"})


def _bound(f: Found) -> float | None:
    """The bound a one-sided row states (its low or its high), else None."""
    if f.kind not in _KINDS:
        return None
    if f.qualifier in _LOWER and f.high is None:
        return f.low
    if f.qualifier in _UPPER and f.low is None:
        return f.high
    return None


def _joinable(a: Found, b: Found) -> bool:
    """Bounds of one figure: same kind and unit, or a bare count before the unit written once
    (`more than 18 and less than 25 years`); never a measure then a count (`at least six months and
    up to 10 demerit points`: two figures)."""
    if a.kind != b.kind:
        return a.kind == "count" and b.unit is not None
    return a.unit == b.unit


def join_bounds(text: str, found: list[Found]) -> list[Found]:
    """`found` (in text order) with each lower bound and upper bound joined by `and`/`but` merged."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and _bound(prev) is not None and _bound(f) is not None
                and (prev.qualifier in _LOWER) != (f.qualifier in _LOWER)
                and prev.end <= f.start and _JOIN.fullmatch(text, prev.end, f.start) and _joinable(prev, f)
                and _bound(prev if prev.qualifier in _LOWER else f) < _bound(f if prev.qualifier in _LOWER else prev)):
            lower, upper = (prev, f) if prev.qualifier in _LOWER else (f, prev)  # (not: more than 40 and less than 10)
            main = f if prev.kind == "count" else prev
            out[-1] = replace(main, start=prev.start, end=f.end, value=None, low=_bound(lower), high=_bound(upper),
                              qualifier="range", unit=main.unit or prev.unit or f.unit,
                              duration=None if main.kind == "duration" else main.duration)
            continue
        out.append(f)
    return out
