"""Step 5, a unit carried over: a bare figure that repeats the unit of the figure before it.

Newswire and business pages write the unit once: `rose to 4.8 billion dlrs from 4.1 billion`,
`2.3 mln tonnes this year and 2.9 mln last year`, `3.9 mln vs 3.5 mln dlrs` is written both ways.
A bare count takes the kind and unit of the money, measure or percentage just before it when the
two are joined by a linking word (from, to, and, vs, against, compared with) in the same clause,
nothing names what the bare figure counts, and the two are of one order of magnitude.

>>> from .. import quantities
>>> [(f.kind, f.value, f.unit) for f in quantities.find_quantities("It rose to 4.8 billion dlrs from 4.1 billion.", [])]
[('money', 4800000000.0, 'USD'), ('money', 4100000000.0, 'USD')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..mention import Found
from .filters import _plural_noun
from .words import Q, alt

_LINK = re.compile(rf"\b{alt(Q['carry_links'])}\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?\n]\s|[()]")
_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?([a-z]+)\b")
_CARRIED_KINDS = ("money", "measure", "percent")


def carry_units(text: str, found: list[Found]) -> list[Found]:
    """`found` with each bare count that repeats the previous figure's unit given that unit."""
    out = list(found)
    for i in range(1, len(out)):
        f, prev = out[i], out[i - 1]
        if f.kind != "count" or f.entity is not None or f.value is None or prev.kind not in _CARRIED_KINDS:
            continue
        gap = text[prev.end : f.start]
        if len(gap) > 40 or _CLAUSE_END.search(gap) or not _LINK.search(gap):
            continue
        noun = _NOUN_AFTER.match(text, f.end)
        if noun and _plural_noun(noun.group(1)):
            continue  # "$5 million and 30 staff": the figure names its own noun
        base = prev.value if prev.value is not None else prev.high
        if not base or not 0.1 <= abs(f.value / base) <= 10:
            continue
        out[i] = replace(f, kind=prev.kind, unit=prev.unit)
    return out
