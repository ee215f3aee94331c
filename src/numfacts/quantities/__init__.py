"""Counts, percentages, money, measures, ratios and ordinals.

The steps, one module each: `scan` finds where a number may start and what it is; `read` reads it
outward (a currency before it, a scale word after it, then `%`/`percent`, a currency word, cents or
a unit of measure); `ranges` joins a second number into a range (or a score); `classify` turns a
scan match into one row; `filters` drops what is not a fact (identifiers, URLs, e-mail addresses,
phone numbers, runs of bare numbers); `carry` gives a bare figure the unit of the one before it;
`stats` reads odds ratios, their confidence intervals and rates in an aside. Qualifier words and
the counted noun are the next step's work (context.py). Numbers inside spans another finder claimed (dates, times, durations) give no
row. Every word they read comes from the language tables (`words`).

>>> [(f.kind, f.value, f.unit) for f in find_quantities("It cost $2.5 billion, up 93 percent.", [])]
[('money', 2500000000.0, 'USD'), ('percent', 93.0, 'percent')]
>>> [(f.kind, f.value, f.unit) for f in find_quantities("a 10,000-tonne ship at -19C", [])]
[('measure', 10000.0, 'tonne'), ('measure', -19.0, 'degree Celsius')]
>>> [(f.kind, f.low, f.high, f.qualifier) for f in find_quantities("between 300 and 400 people", [])]
[('count', 300.0, 400.0, 'range')]
>>> find_quantities("The F-16 and COVID-19 in the G7, Boeing 737, Article 5; won 3-1.", [])
[]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..mention import Found
from ..triggers import triggers
from .bands import temperature_bands
from .bounds import join_bounds
from .carry import (
    and_cents,
    carry_units,
    exchange_rates,
    list_units,
    named_cents,
    noted_currency,
    price_moves,
    quoted_rates,
)
from .classify import _read_at
from .filters import _blocked_spans, _overlaps, soup_end
from .national import national_currencies
from .read import _match_unit
from .scales import scale_readings
from .scan import _DAY_AFTER_DATE, _DAY_NUMBER, _TRIGGER, scan_at
from .stats import read_statistics
from .words import Q

__all__ = ["find_quantities", "join_bounds", "soup_end"]


def find_quantities(text: str, taken: list[tuple[int, int]], *, candidates: list[int] | None = None) -> list[Found]:
    """Every count, percentage, money amount, measure, ratio and ordinal outside `taken` spans
    (`candidates`: the document's `numfacts.triggers.candidate_starts`, when the caller has them)."""
    blocked = sorted(list(taken) + _blocked_spans(text))
    starts = [a for a, _ in blocked]
    out: list[Found] = []
    pos = 0
    bi = 0  # blocked spans ending at or before the current trigger are behind us
    for t in triggers(_TRIGGER, text, candidates):
        s = t.start()
        if s < pos:
            continue
        while bi < len(blocked) and blocked[bi][1] <= s:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] <= s:  # inside a date, URL, phone number...
            pos = blocked[bi][1]
            continue
        if (bi > 0 and text[blocked[bi - 1][1] - 1].isdigit() and _DAY_AFTER_DATE.fullmatch(text, blocked[bi - 1][1], s)
                and _DAY_NUMBER.match(text, s)):
            continue  # "September 21 to 23": the 23 is the end of a range of days, not a count
        soup = soup_end(text, s, t.end())
        if soup:  # a flattened table or list of bare numbers: no row has a unit or an entity
            pos = soup
            continue
        if s > 0 and text[s - 1] in "-−–" and t.group()[0].isdigit():
            s -= 1  # a sign: -12, −19C (the scan decides whether it is one)
        elif s > 0 and text[s - 1] == "." and (s < 2 or not text[s - 2].isalnum()) and t.group()[0].isdigit():
            s -= 1  # a leading decimal point: .08
        m = scan_at(text, s) or (scan_at(text, s + 1) if s < t.start() else None)
        if m is None:
            continue
        s, e = m.span()
        if s < pos or _overlaps(blocked, starts, s, e):
            continue
        found = _read_at(text, m)
        if found is None:
            continue
        if isinstance(found, int):  # a token to skip whole (score, identifier, IP address)
            pos = found
            continue
        if _overlaps(blocked, starts, found.start, found.end) and found.kind != "duration":
            # the unit or range ran into a claimed span: keep the number alone
            i = bisect.bisect_right(starts, found.start) - 1
            if i >= 0 and blocked[i][0] <= found.start < blocked[i][1]:
                continue
            found = _cut_before_claim(text, s, found, blocked, starts)
        elif (found.kind == "duration" and _overlaps(blocked, starts, found.start, found.end) and e < found.end
              and found.qualifier != "range"):  # not `1--96 hours` beside the finder's `96 hours`: no low and high of a count
            # `vs 298,000 week ago`: the unit starts a date the temporal finder claimed; the figure is a count
            found = replace(found, end=e, kind="count", unit=None, duration=None)
        pos = found.end
        out.append(found)
    out = temperature_bands(text, _unit_and_fraction(text, out, blocked, starts), blocked, starts)
    out = scale_readings(text, out, blocked, starts)
    return read_statistics(text, price_moves(text, and_cents(text, named_cents(text, national_currencies(text, exchange_rates(text, quoted_rates(text, list_units(text, noted_currency(text, carry_units(text, out))))))))))


def _cut_before_claim(text: str, s: int, found: Found, blocked: list[tuple[int, int]], starts: list[int]) -> Found:
    """`found` read again up to a claimed span that starts inside it and runs on past its end: `498,210 tonnes a
    week earlier` is 498,210 tonnes (the date `a week earlier` is claimed), not a rate in tonnes per week that the
    date would drop. A claimed span lying wholly inside stays the unit's (`barrels a day`)."""
    i = bisect.bisect_left(starts, found.start + 1)
    if i >= len(blocked) or not (blocked[i][0] < found.end < blocked[i][1]):
        return found
    lo = max(0, s - _CUT_CONTEXT)  # a window, not the text up to the claim: linear however many such claims
    head = text[lo : blocked[i][0]].rstrip()
    m = scan_at(head, s - lo)
    again = _read_at(head, m) if m else None
    if not isinstance(again, Found) or lo + again.end > blocked[i][0]:
        return found
    return replace(again, start=again.start + lo, end=again.end + lo)


#: How much text before a figure `_cut_before_claim` reads it with (its currency, its sentence's words).
_CUT_CONTEXT = 300


_UAF = Q["unit_and_fraction"]
_UAF_RX = re.compile(rf"(?<![\w-])(?:{'|'.join(_UAF['articles'])})[ \u00a0]+(?=[^\W\d_])", re.IGNORECASE)
_UAF_TAIL = re.compile(rf"[ \u00a0]+{re.escape(_UAF['and'])}[ \u00a0]+(?P<f>{'|'.join(_UAF['fractions'])})(?![\w-])", re.IGNORECASE)
_UAF_HINT = f" {_UAF['and']} "


def _unit_and_fraction(text: str, out: list[Found], blocked: list[tuple[int, int]], starts: list[int]) -> list[Found]:
    """`a mile and a half` (1.5 mile), `a mile and a quarter` (1.25): an article for one, a unit of measure,
    then a fraction (the table's `unit_and_fraction`); not where another row or a claimed span (`an hour
    and a half`, a duration) already stands."""
    if _UAF_HINT not in text:
        return out
    added = []
    for m in _UAF_RX.finditer(text):
        unit = _match_unit(text, m.end() - 1)
        if unit is None or unit[3]:
            continue
        tail = _UAF_TAIL.match(text, unit[2])
        if tail is None or _overlaps(blocked, starts, m.start(), tail.end()) or any(o.start < tail.end() and m.start() < o.end for o in out):
            continue
        added.append(Found(m.start(), tail.end(), "measure", 1 + float(_UAF["fractions"][tail.group("f").lower()]), unit=unit[1]))
    return sorted(out + added, key=lambda f: f.start) if added else out
