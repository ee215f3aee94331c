"""Step 2b, what a scan match is: an ordinal, a fraction, a vague count, or a number read outward
into a count, percentage, money amount, measure, ratio or duration (one `Found`).
"""

from __future__ import annotations

import re

from ..mention import Found
from ..numbers import parse_number, parse_ordinal
from ..units import currency_code, measure_unit
from .filters import _glued_ok, _looks_like_identifier, _plausible_count, _previous_word, _sentence_initial
from .ranges import _read_range, _second_number
from .read import (
    _COUNT_ADJECTIVE,
    _CUR_WORD,
    _MINUS_BEFORE,
    _OF_A_POINT,
    _ORDINAL_NAME,
    _RATIO_JOIN,
    _TIMES,
    _duration_value,
    _read_currency_before,
    _read_post_qualifier,
    _read_scale,
    _read_unit,
    _Reading,
    _sentence_around,
)
from .scan import _GLUED, _TOKEN_TAIL
from .words import MULTIPLIERS, VAGUE, VAGUE_MULTIPLIERS, Q, alt


def _read_at(text: str, m: re.Match[str]) -> Found | int | None:
    """Read the quantity that starts with scan match `m`; an int means skip to that offset."""
    s, e = m.span()
    raw = m.group()
    if m.group("ord") or m.group("ordw"):
        if _ORDINAL_NAME.match(text, e):
            return None  # 22nd District, the Fifth Republic, the Eighth Amendment
        if m.group("ordw") and raw.lower() == "second" and re.match(r"[ \u00a0]*(?:[,.;)]|$|ago|later|earlier)", text[e : e + 12]):
            return None  # "a second", "one second later": time, not rank
        value = parse_ordinal(raw)
        if value is None:
            return None
        return Found(s, e, "ordinal", float(value))
    if m.group("frac") or m.group("half"):
        pp = _OF_A_POINT.match(text, e)
        if pp:  # "a quarter of a percentage point", "half a percentage point"
            return Found(s, pp.end(), "percent", parse_number(raw) if m.group("frac") else 0.5, unit="percentage point")
    if m.group("dfrac"):
        a, b = (int(x) for x in re.findall(r"\d+", raw)[:2])
        if not 0 < a < b <= 12:
            return e
        r = _Reading(s, e, a / b)
        _read_unit(text, r, "")
        return r.found() if r.kind == "measure" else Found(s, e, "ratio", a / b)
    if m.group("frac"):
        value = parse_number(raw)
        nxt = text[e : e + 4].lower()
        if raw.lower().startswith("a ") and not nxt.startswith((" of", " or")):
            return None
        return Found(s, e, "ratio", value)
    if m.group("half"):
        return Found(s, e, "ratio", 0.5)
    if m.group("vague"):
        if raw[0].isupper() and not _sentence_initial(text, s) and _previous_word(text, s)[:1].isupper():
            return None  # Mega Millions
        return _vague(text, m)
    digits = bool(m.group("digits") or m.group("mixed"))
    if digits:
        if re.match(r"[.,:/]\d|-\d+[A-Za-z]", text[e : e + 12]) or re.match(r"\d", text[e : e + 1]):
            tail = _TOKEN_TAIL.match(text, e)  # skip the whole token: 1.1.1.1, 4:17, 12/11/2016
            return tail.end() if tail else e
        glued = _GLUED.match(text, e)
        if glued and not _glued_ok(glued.group(), text, s):
            return glued.end()
        if _looks_like_identifier(text, s, raw.lstrip("-−–")):
            return e
    value = parse_number(raw)
    if value is None:
        return None
    r = _Reading(s, e, value)
    currency = _read_currency_before(text, r) if digits else None
    _read_scale(text, r, digits, currency is not None)
    minus = _MINUS_BEFORE.search(text, max(0, s - 8), s)
    if minus and r.value is not None:
        r.start, r.value = minus.start(), -r.value
    sentence = _sentence_around(text, s, e)
    # ratios: one in five, three out of four
    j = _RATIO_JOIN.match(text, r.end)
    if j and not currency:
        m2 = _second_number(text, j.end())
        if m2:
            den = parse_number(m2.group())
            if den and r.value is not None and den >= r.value and den > 1:
                return Found(s, m2.end(), "ratio", r.value / den)
    times = _TIMES.match(text, r.end)
    if times and not currency and r.value is not None:
        return Found(r.start, r.end + len(times.group(1)), "ratio", r.value)
    if _read_range(text, r, raw, currency) and r.kind == "score":
        return r.end
    if currency:
        r.kind, r.unit = "money", currency
        c = _CUR_WORD.match(text, r.end)  # "$5 million US dollars": the word belongs to the amount
        if c and currency_code(c.group("c")) == currency:
            r.end = c.end()
    else:
        _read_unit(text, r, sentence)
    _read_post_qualifier(text, r)
    if r.kind == "duration":
        base = r.value if r.value is not None else r.low
        return Found(r.start, r.end, "duration", r.value, r.low, r.high, r.qualifier, r.unit,
                     duration=_duration_value(base, r.unit) if base is not None else None)
    if r.kind == "count" and not _plausible_count(text, m, r):
        return None
    if r.kind == "count" and r.qualifier == "=":
        adj = _COUNT_ADJECTIVE.match(text, r.end)
        if adj:  # "a 7,500-seat theatre", "the six-county area": what is counted is written glued
            return Found(r.start, adj.end(), "count", r.value, entity=adj.group(1))
    return r.found()


_VAGUE_VALUES = VAGUE


def _vague(text: str, m: re.Match[str]) -> Found:
    """`thousands of`, `tens of thousands`: approximate counts (or money: `billions of dollars`).

    Convention: `value` is the order of magnitude named (thousands -> 1000, tens of thousands ->
    10000, hundreds of thousands -> 100000, dozens -> 12) and the qualifier is `~`.
    """
    words = m.group().lower().split()
    value = _VAGUE_VALUES[words[-1]]
    if len(words) == 3:
        value *= VAGUE_MULTIPLIERS[words[0]]
    c = re.match(rf"[ \u00a0]+of[ \u00a0]+((?:US[ \u00a0]+)?{alt(Q['vague_currencies'])})\b",
                 text[m.end() : m.end() + 30], re.IGNORECASE)
    if c:
        return Found(m.start(), m.end() + c.end(), "money", value, None, None, "~", currency_code(c.group(1)))
    of_unit = re.match(r"[ \u00a0]+of[ \u00a0]+([a-z]+(?:[ \u00a0][a-z]+)?)", text[m.end() : m.end() + 40])
    if of_unit:  # "hundreds of kilometres", "thousands of tonnes": a measure
        for n in (2, 1):
            surface = " ".join(of_unit.group(1).split()[:n])
            unit = measure_unit(surface)
            if unit and len(of_unit.group(1).split()) >= n:
                end = m.end() + of_unit.start(1) + len(surface)
                return Found(m.start(), end, "measure", value, None, None, "~", unit)
    return Found(m.start(), m.end(), "count", value, None, None, "~")
