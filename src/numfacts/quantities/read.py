"""Step 2, reading a number outward: a currency before it, a scale word after it, then what
follows: a percent sign or word, a currency word, cents, a unit of measure or a time unit.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache

from .._regex import lazy, trie
from ..mention import Found
from ..numbers import SCALE_SUFFIXES, TENS_WORDS, UNITS_WORDS, iso_number, parse_number
from ..units import (
    CURRENCY_ADJECTIVE_ONLY,
    CURRENCY_ADJECTIVES,
    CURRENCY_CENTS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    currency_code,
    measure_surfaces_by_length,
    measure_unit,
)
from .filters import counted_noun_after, counted_noun_before, plural_noun_next
from .words import POST_QUALIFIERS, TIME_UNITS, Q, alt
from .words import SPACES as _SPACES

#: Currency words that are also ordinary English words: a currency only before a non-letter.
CURRENCY_AMBIGUOUS = tuple(Q["currency_ambiguous"])


#: The last characters of the currency signs and codes `_CUR_BEFORE` reads (it keeps their case).
_CUR_LAST = frozenset(k[-1] for k in CURRENCY_PREFIXES)


def ends_before(text: str, pos: int, last: frozenset[str]) -> bool:
    """Can a pattern ending `(?:word)[ \u00a0]?$` match right before `pos`, a word whose last character is
    in `last`? A cheap test before the search (`$` also matches before a final newline: that is searched)."""
    c = text[pos - 1 : pos]
    return c in last or c == "\n" or (c in _SPACES and text[pos - 2 : pos - 1] in last)


def word_starts(words: Iterable[str]) -> frozenset[str]:
    """The lower-cased first three characters of `words` (fewer for a shorter word; up to the first
    character other than ASCII, whose case folding is the engine's own), for `may_start`."""
    out = set()
    for w in words:
        head = w.replace("*", "")[:3]  # `*` only ends a word: any ending
        cut = next((i for i, ch in enumerate(head) if not ch.isascii()), len(head))
        out.add(head[:cut].lower())
    return frozenset(out)


def may_start(text: str, pos: int, starts: frozenset[str]) -> bool:
    """Can a case-insensitive alternation of the words `starts` was built from match at `pos`? A test of
    the next three characters that is exact for ASCII text (any other is left to the engine).

    >>> s = word_starts(["dollars", "euro", "yen"])
    >>> may_start("5 seats", 2, s), may_start("5 Euros", 2, s), may_start("5 y", 2, s), may_start("5 é", 2, s)
    (False, True, False, True)
    """
    t = text[pos : pos + 3]
    if not t.isascii():
        return True
    t = t.lower()
    return t in starts or t[:2] in starts or t[:1] in starts or "" in starts


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` matches (their groups unnamed): one try that
    rules all of them out before each is tried on its own."""
    parts = []
    for p in patterns:
        assert not p.flags & ~(re.IGNORECASE | re.VERBOSE | re.UNICODE), p.pattern
        flags = ("i" if p.flags & re.IGNORECASE else "") + ("x" if p.flags & re.VERBOSE else "")
        body = re.sub(r"\(\?P<\w+>", "(?:", p.pattern)
        parts.append(f"(?{flags}:{body}\n)" if "x" in flags else f"(?{flags}:{body})" if flags else f"(?:{body})")
    return re.compile("|".join(parts))


_AGO_NEXT = re.compile(r"[ \u00a0]+ago\b", re.IGNORECASE)
_OF_NEXT = re.compile(r"[ \u00a0]+of\b")  # `5 pounds of`: a weight
#: `5 billion pounds of long-dated gilts`: `of` and a thing bought with money after `pounds` (over up to three
#: modifiers), money.
_MONEY_OF_NEXT = re.compile(rf"[ \u00a0]+of(?:[ \u00a0]+[\w./%-]+){{0,3}}?[ \u00a0]+{alt(Q['money_nouns_after_pounds_of'])}\b",
                            re.IGNORECASE)  # (`of the 4-1/8% 2029 gilt`: a coupon and a maturity between)
_FAHRENHEIT_NEXT = re.compile(r"[ \u00a0]?(?:Fahrenheit|F)\b")
#: A currency symbol or code right before the number ("$", "US$ ", "Rs.", "EUR").
_CUR_BEFORE = re.compile(alt(CURRENCY_PREFIXES).replace("[ \u00a0]", " ") + r"[ \u00a0]?$")
_SCALE_AFTER = re.compile(
    rf"""(?P<sp>[ \u00a0-]?)                                 # a space or hyphen, or nothing (47.6m)
        (?P<s>{alt(Q["scale_words_after"])})
        (?![\w])""",
    re.VERBOSE | re.IGNORECASE,
)
_SCALE_STARTS = word_starts(Q["scale_words_after"])
_SMALLER_SCALE = re.compile(
    rf"[ \u00a0]+(?:and[ \u00a0]+)?(?P<n>\d{{1,3}}(?:\.\d+)?)[ \u00a0]+(?P<s>{alt(w for w in Q['scale_words_after'] if len(w) > 3)})\b",
    re.IGNORECASE,
)
_PCT = alt(Q["percent_words"]).replace("[ \u00a0]", "[ -]?")
_POINTS = alt(Q["point_words"])
_PERCENT = re.compile(
    rf"""[ \u00a0]?-?(?:
          (?P<pp>(?:{_PCT}|percentage|%)\.?[ -]{_POINTS}\b)
        | (?P<bp>{alt(Q["basis_points"])}\b)
        | %|{_PCT}\b(?:(?<=[Pp][Cc][Tt])\.(?![ \u00a0]*(?:$|[A-Z\n])))?
        )""",
    re.VERBOSE | re.IGNORECASE,
)
#: `_CUR_WORD`'s first character (a separator) and the words it can start with, for a cheap test first.
_CUR_SEPARATORS = frozenset(" \u00a0-")
_CUR_STARTS = word_starts([*(a for a, _ in CURRENCY_ADJECTIVES), *(w for _, w in CURRENCY_ADJECTIVES), *CURRENCY_WORDS,
                           *CURRENCY_AMBIGUOUS])
_CUR_WORD = lazy(
    rf"[ \u00a0-](?P<c>(?:{alt(a for a, _ in CURRENCY_ADJECTIVES)}[ \u00a0])?"
    + alt({w for _, w in CURRENCY_ADJECTIVES if w not in CURRENCY_ADJECTIVE_ONLY}
          | {w for w in CURRENCY_WORDS if w not in CURRENCY_AMBIGUOUS})[:-1]
    + rf"|{alt(a for a, w in CURRENCY_ADJECTIVES if w in CURRENCY_ADJECTIVE_ONLY)}[ \u00a0]{alt(CURRENCY_ADJECTIVE_ONLY)}"
    + rf"|{alt(w for w in CURRENCY_WORDS if ' ' in w and w not in CURRENCY_AMBIGUOUS)[3:-1]}"
    + rf")|{alt(CURRENCY_AMBIGUOUS)}(?=\W))(?![\w])",
    re.IGNORECASE,
)
_CENTS = re.compile(rf"(?P<sp>[ \u00a0-]?)(?P<c>{alt(CURRENCY_CENTS)})(?!\w)(?!-\w\w)")
_POST_QUAL = re.compile(rf"(?P<q>{alt(w if w[0] in '+-' else ' ' + w for w in Q['post_qualifiers'])})(?!\w)", re.IGNORECASE)
_RATIO_JOIN = re.compile(
    rf"[ \u00a0]{alt(Q['ratio_joins'])}[ \u00a0](?=\d|{alt([*UNITS_WORDS, *TENS_WORDS, 'hundred', 'a hundred', 'a thousand'])}\b)",
    re.IGNORECASE,
)
_TIME_UNIT = re.compile(rf"[ \u00a0-](?P<u>{alt(TIME_UNITS)})(?P<old>-old|\ old)?(?![\w])", re.IGNORECASE)
#: A bare figure before `to £1,288`: the level it rose from, in the same currency.
_PAIR_CURRENCY = re.compile(
    rf"[ \u00a0]?(?:{alt(Q['range_joins'])}|-|–)[ \u00a0]?(?P<c>{alt(k for k in CURRENCY_PREFIXES if not k[-1].isalpha())})"
    rf"[ \u00a0]?(?P<n>\d[\d,]*(?:\.\d+)?)(?![\d.,]?\d|[ \u00a0]?(?:{alt(Q['scale_words_after'])})\b)",
    re.IGNORECASE,
)
_PAIR_PERCENT = re.compile(rf"[ \u00a0]?(?:{alt(Q['range_joins'])}|-|–)[ \u00a0]?(?P<n>[\d.,]*\d)[ \u00a0]?(?:%|{_PCT}\b)", re.IGNORECASE)
_ORDINAL_NAME = re.compile(rf"[ \u00a0]+{alt(Q['ordinal_names'])}\b")
_COUNT_ADJECTIVE = re.compile(rf"-(?!{alt(Q['count_adjective_stops'])}s?\b)([a-z]{{3,}})(?![\w-])")
#: The kinds of dollar written with a country prefix (A$, HK$, NZ$): a later bare `$` is theirs.
_DOLLAR_KINDS = alt(k[:-1] for k in CURRENCY_PREFIXES if k.endswith("$") and k[:-1].isalpha() and k[:-1] != "US")
_DOLLAR_KIND = re.compile(r"(?<![\w$])" + _DOLLAR_KINDS + r"\$")
#: The last letter of such a kind and its `$`: without one in the window, `_DOLLAR_KIND` finds nothing.
_DOLLAR_KIND_END = re.compile(
    "[" + "".join(sorted({k[-2] for k in CURRENCY_PREFIXES if k.endswith("$") and k[:-1].isalpha() and k[:-1] != "US"})) + r"]\$"
)
#: A bracket opened right after an amount in a country's dollar (`A$1.1 billion (`): a conversion follows.
_CONVERSION_OPEN = re.compile(
    r"(?<![\w$])" + _DOLLAR_KINDS + r"\$[ \u00a0]?[\d.,]*\d(?:[ \u00a0]?" + alt(Q["scale_words_after"]) + r")?[ \u00a0]*\($"
)
_TIMES = re.compile(rf"([ \u00a0-]{alt(Q['times_words'])})[ \u00a0]+{alt(Q['times_comparatives'])}\b", re.IGNORECASE)
_OF_A_POINT = re.compile(rf"(?:[ \u00a0]{alt(Q['of_a_point'])})?[ \u00a0](?P<pc>(?:percentage|%)[ \u00a0])?{_POINTS}\b", re.IGNORECASE)
_PER_TIME = re.compile(
    rf"[ \u00a0]?(?:{alt(Q['per_words'])}|/)[ \u00a0]?({alt(u for u, v in TIME_UNITS.items() if u == v and v not in ('decade', 'century'))})\b",
    re.IGNORECASE,
)
#: `a third of a cent`, `half a cent`, `0.36 of a cent`: a share of a sub-unit.
_OF_A_CENT = re.compile(rf"(?:[ \u00a0]+of)?[ \u00a0]+an?[ \u00a0]+(?P<c>{alt(Q['cent_units'])})\b", re.IGNORECASE)
_PER_AREAS = {k.lower(): v for k, v in Q["per_areas"].items()}
_PER_AREA = re.compile(rf"[ \u00a0]?(?:{alt(Q['per_words'])}|/)[ \u00a0]?({alt(Q['per_areas'])})\b", re.IGNORECASE)
_PER_MEASURES: dict[str, str] = dict(Q["per_measures"])
#: Scale letters that are also unit letters (`40t`, `100m`): a scale only after a currency (`m`, `b`: or with a counted noun).
_SCALE_LETTERS_MONEY_ONLY = frozenset(Q["scale_letters_money_only"])
_SCALE_LETTERS_COUNTED = frozenset(Q["scale_letters_counted"])
_PER_MEASURE = re.compile(rf"[ \u00a0]?(?:(?:{alt(Q['per_measure_words'])})[ \u00a0]|/)[ \u00a0]?({alt(_PER_MEASURES)})(?![\w/])")
_SLASH_UNITS: dict[str, str] = dict(Q["slash_units"])
#: `254-264.5 Mt`, `40 bcm`: a unit that is a multiple of another (case-sensitive, glued or after a space).
_SCALED_UNITS: dict[str, tuple[str, float]] = {k: (u, float(n)) for k, (u, n) in Q["scaled_units"].items()}
_SCALED_UNIT = re.compile(rf"[ \u00a0]?({alt(_SCALED_UNITS)})(?![\w/-]|\.[ \u00a0]*[A-Z])")  # not `123 Mt. Pleasant Road`
_MINUS_BEFORE = re.compile(rf"(?<![\w]){alt(Q['minus'])}[ \u00a0]+$", re.IGNORECASE)
#: `plus or minus 3.1 points`: a margin, not a sign.
_PLUS_OR_BEFORE = re.compile(rf"(?<![\w]){alt(Q['plus_or_minus'])}[ \u00a0]*$", re.IGNORECASE)
#: `3.2 points`, `a 3-point lead`: bare points, percentage points in a poll or a share of the vote.
#: Units that are also words (`nits`), read only beside a word of their context.
_CONTEXT_UNITS = {
    w: (c["unit"], re.compile(rf"\b{alt(c['context'])}", re.IGNORECASE)) for w, c in Q["context_units"].items()
}
_CONTEXT_UNIT = re.compile(rf"[ \u00a0]({alt(Q['context_units'])})\b", re.IGNORECASE)
_POINTS_AFTER = re.compile(rf"[ \u00a0-]{_POINTS}\b(?!-)", re.IGNORECASE)
#: `929 points, or 1.3%`, `95 points (0.5%)`: index points restated as a percentage.
_POINTS_RESTATED = re.compile(rf",?[ \u00a0]*(?:or[ \u00a0]+|\([ \u00a0]*)[+\-−]?[\d.,]*\d[ \u00a0]?(?:%|{_PCT}\b)", re.IGNORECASE)
_POINTS_PERCENT_CONTEXT = re.compile(
    rf"\d[ \u00a0]?(?:%|{_PCT}\b)|\b{alt(Q['points_percent_context'])}\b", re.IGNORECASE
)
_FIGURE_PERCENT = re.compile(r"\d[ \u00a0]?%")
_POINTS_INDEX_CONTEXT = re.compile(rf"(?<![\w&]){alt([*Q['points_index_context'], *Q['index_names']])}(?![\w&])")
#: The same words as one prefix tree with no look-around: sre skips ahead by their first letters and
#: tests each letter once, so finding where one may start costs a fraction of the full search (see
#: `_index_word_in`).
_POINTS_INDEX_START = re.compile(trie(sorted({*Q["points_index_context"], *Q["index_names"]})).replace(r"\ ", "[ \u00a0]"))
_TEMPERATURE_CONTEXT = re.compile(rf"°|\b{alt(Q['temperature_context'])}|\bdegrees? (?:c|f)\b", re.IGNORECASE)
_MONEY_CONTEXT = re.compile(rf"£|\b{alt(Q['money_context'])}(?!\w)", re.IGNORECASE)
_WEIGHT_CONTEXT = re.compile(rf"\b{alt(Q['weight_context'])}\b|\bpounds of\b", re.IGNORECASE)


def _weight_context(sentence: str) -> bool:
    """A word of weight in the sentence, or `pounds of` not before a thing bought with money (`5 billion pounds of
    long-dated gilts` is money)."""
    return any(not (m.group().lower().startswith("pounds") and _MONEY_OF_NEXT.match(sentence, m.start() + 6))
               for m in _WEIGHT_CONTEXT.finditer(sentence))
_NOT_TEMPERATURE_NEXT = re.compile(rf"[ \u00a0]+(?!{alt(Q['temperature_followers'])}\b)[a-z]")


#: The words after a number that may name its unit: up to three tokens, the first possibly glued
#: (19C, 5km, 1,000°C) or hyphenated (10,000-tonne).
_UNIT_WORDS = re.compile(r"(?P<sp>[ \u00a0]?-?[ \u00a0]?)(?P<u>[^\s\d,;:()\[\]\"“”'’!?]+[23²³]?(?:[ \u00a0][A-Za-z/.]+){0,2})")


_RX_SPACE = re.compile(r"[ \u00a0]")


def _match_unit(text: str, pos: int) -> tuple[str, str, int, bool] | None:
    """(surface, unit name, end, glued) of the longest unit written at `pos`, by table look-up.

    The answer depends only on the words `_UNIT_WORDS` reads there and the character after them: it is
    looked up once per such short string (`_unit_in`, cached; the same words follow many figures)."""
    m = _UNIT_WORDS.match(text, pos)
    if not m:
        return None
    key = text[pos : m.end() + 1]
    found = _unit_in(key) if len(key) <= _MAX_KEY else _unit_at(key)
    return None if found is None else (found[0], found[1], found[2] + pos, found[3])


_MAX_KEY = 80  # longer runs of words (rare) are read without the cache


@lru_cache(maxsize=4096)
def _unit_in(key: str) -> tuple[str, str, int, bool] | None:
    """`_unit_at(key)`, cached (a pure function of a short string)."""
    return _unit_at(key)


def _unit_at(text: str) -> tuple[str, str, int, bool] | None:
    """`_match_unit(text, 0)`, read afresh."""
    m = _UNIT_WORDS.match(text)
    if not m:
        return None
    glued = m.group("sp") == ""
    words = _RX_SPACE.split(m.group("u"))
    if "/" not in m.group("u") and not _may_start_unit(words[0]):
        words = words[:1]  # no unit of the table starts with this word: only the glued look-up is left
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n]).rstrip(".")
        if n == 1 and surface.endswith("-old"):
            return None
        unit = measure_unit(surface) or ("/" in surface and _per_unit(surface)) or None
        if unit:
            end = m.start("u") + len(" ".join(words[:n]).rstrip("."))
            if surface.endswith("/") or (end < len(text) and (text[end].isalnum() or text[end] == "²")):
                continue
            return surface, unit, end, glued
    first = words[0].rstrip(".")
    if glued and first in _GLUED_UNITS and m.group("sp") == "":
        end = m.start("u") + len(first)  # `6.7in screen`, `50MP camera`, `65W charging`: only glued to the digits
        if end >= len(text) or not (text[end].isalnum() or text[end] in "-/²"):
            return first, _GLUED_UNITS[first], end, True
    return None


def _may_start_unit(word: str) -> bool:
    """Can a unit of the table (as `measure_unit` looks it up) start with `word`? A quick test
    before joining and looking up every run of the words after a number."""
    first = _unit_first_words()
    w = word.rstrip(".")
    return word in first or w in first or word.lower() in first or w.lower() in first


@cache
def _unit_first_words() -> frozenset[str]:
    """The first word of every unit surface in the table."""
    return frozenset(k.split(" ")[0] for k in measure_surfaces_by_length())


#: Units written only glued to their number (`6.7in`, `50MP`, `65W`): apart, they are words or names.
_GLUED_UNITS: dict[str, str] = dict(Q["glued_units"])


def _per_unit(surface: str) -> str | None:
    """`mg/dL`, `kg/m2`: two units of the table joined by a slash, as `milligram per decilitre`."""
    top, slash, bottom = surface.partition("/")
    if not slash or not top or not bottom:
        return None
    a = measure_unit(top) or _SLASH_UNITS.get(top)  # `4.5 t/ha`: `t` only beside a slash
    b = measure_unit(bottom) or TIME_UNITS.get(bottom.lower()) or _SLASH_UNITS.get(bottom)
    return f"{a} per {b}" if a and b else None


class _Reading:
    """Mutable scratch state while one number is read outward (local to one call)."""

    __slots__ = ("start", "end", "value", "low", "high", "qualifier", "kind", "unit", "negative", "unit_read")

    def __init__(self, start: int, end: int, value: float | None) -> None:
        self.start, self.end, self.value = start, end, value
        self.low = self.high = None
        self.qualifier = "="
        self.kind = "count"
        self.unit: str | None = None
        self.negative = False
        self.unit_read: tuple[int, tuple[str, str, int, bool] | None] | None = None  # (end, `_match_unit` there)

    def unit_at_end(self, text: str) -> tuple[str, str, int, bool] | None:
        """`_match_unit(text, self.end)`, read once per end (the range reader asks first, then `_read_unit`)."""
        if self.unit_read is None or self.unit_read[0] != self.end:
            self.unit_read = (self.end, _match_unit(text, self.end))
        return self.unit_read[1]

    def found(self) -> Found:
        return Found(self.start, self.end, self.kind, self.value, self.low, self.high, self.qualifier, self.unit)


def _times(value: float, scale: float) -> float:
    """value * scale in decimal, as written: 4.1 billion is 4100000000.0, not 4099999999.9999995."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _read_scale(text: str, r: _Reading, digits: bool, currency: bool) -> None:
    """A scale word or suffix right after the number: 1.5 million, 47.6m, $18bn, 3k."""
    if r.value is None or not (may_start(text, r.end, _SCALE_STARTS)
                               or (text[r.end : r.end + 1] in _CUR_SEPARATORS and may_start(text, r.end + 1, _SCALE_STARTS))):
        return  # `_SCALE_AFTER` cannot match
    m = _SCALE_AFTER.match(text, r.end)
    if not m:
        return
    word, glued = m.group("s"), m.group("sp") == ""
    low = " ".join(word.lower().split())  # `lakh crore`, also with a no-break space
    if len(low) == 1:  # single letters: k, m, b
        if not digits or not glued:
            return
        if low in _SCALE_LETTERS_MONEY_ONLY and not currency:
            return
        if low in _SCALE_LETTERS_COUNTED and not currency:
            # 47.6m people is millions; a 700m stretch, 100m sprint, 10m high are metres
            if not counted_noun_after(text, m.end()) and not counted_noun_before(text, r.start):
                return
    if not glued and word != low and len(low) <= 2:
        return
    scale = SCALE_SUFFIXES.get(low)
    if scale is None:
        return
    r.value = _times(r.value, scale)
    r.end = m.end()
    more = _SMALLER_SCALE.match(text, r.end)  # "1 crore 20 lakh", "2 million 300 thousand": one figure
    if more and digits and SCALE_SUFFIXES.get(more.group("s").lower(), scale) < scale:
        r.value += _times(float(more.group("n")), SCALE_SUFFIXES[more.group("s").lower()])
        r.end = more.end()


#: "6ft 2in", "11st 4lb": a smaller unit right after a measure, folded into it.
_COMPOUND = {
    big: (re.compile(rf"[ \u00a0]?(?P<n>\d{{1,2}}(?:\.\d+)?)[ \u00a0]?{alt(c['words'])}(?![\w])"), float(c["per"]))
    for big, c in Q["compound_measures"].items()
}


def _read_compound(text: str, r: _Reading) -> bool:
    """Fold a smaller unit written right after the measure into its value: 6ft 2in -> 6.1667 foot."""
    rule = _COMPOUND.get(r.unit or "")
    m = rule[0].match(text, r.end) if rule else None
    if not m or r.value is None or float(m.group("n")) >= rule[1]:
        return False
    r.value += float(m.group("n")) / rule[1]
    r.end = m.end()
    return True


def _read_currency_before(text: str, r: _Reading) -> str | None:
    m = _CUR_BEFORE.search(text, max(0, r.start - 6), r.start) if ends_before(text, r.start, _CUR_LAST) else None
    if not m:
        return None
    sym = m.group().rstrip(" \u00a0")
    if sym == "R" and not re.search(r"\bR[ \u00a0]?\d", text[m.start() : r.start + 1]):
        return None
    if sym.isalpha() and m.start() > 0 and text[m.start() - 1].isalnum():
        return None
    r.start = m.start()
    if sym == "$":  # "NZ$ 1.2 million ... and $414,595": the sentence's own dollar
        if _CONVERSION_OPEN.search(text, max(0, r.start - 40), r.start):
            return CURRENCY_PREFIXES[sym]  # "A$1.1 billion ($730 million)": a conversion into the plain dollar
        lo = max(0, r.start - 300)
        earlier = _DOLLAR_KIND.findall(text, lo, r.start) if _DOLLAR_KIND_END.search(text, lo, r.start) else []
        sentence_start = max(text.rfind(". ", lo, r.start), text.rfind("\n", lo, r.start))
        if earlier and text.rfind(earlier[-1], lo, r.start) > sentence_start:
            return CURRENCY_PREFIXES[earlier[-1]]
    return CURRENCY_PREFIXES[sym]


def _comparable_percent(value: float | None, second: str) -> bool:
    """Can a bare figure share the percent sign of the figure after it? Not when it is far larger
    than both 100 and ten times that figure: `up 210,000 or 0.7%` is a count and its share.

    >>> _comparable_percent(2.0, "3"), _comparable_percent(150.0, "200"), _comparable_percent(210000.0, "0.7")
    (True, True, False)
    """
    other = parse_number(second)
    return value is None or other is None or value <= max(100.0, 10 * abs(other))


def _comparable(value: float, second: str) -> bool:
    """A figure of the same order as the figure after it (a tenth to ten times).

    >>> _comparable(1096.0, "1,288"), _comparable(1200.0, "5")
    (True, False)
    """
    other = parse_number(second)
    return other is not None and other != 0 and 0.1 <= abs(value / other) <= 10


def _read_unit(text: str, r: _Reading, sentence: str | tuple[int, int]) -> None:
    """What follows the number: a percent sign or word, a currency word, a unit, cents. `sentence`:
    the text around the number, or the number's span to read it from (`_sentence_around`) when a
    rule needs it (few do)."""
    p = _PERCENT.match(text, r.end)
    if p:
        unit = "percentage point" if p.group("pp") else "basis point" if p.group("bp") else "percent"
        r.kind, r.unit, r.end = "percent", unit, p.end()
        return
    pt = _POINTS_AFTER.match(text, r.end)
    if pt and _percentage_points(text, r, pt.end(), sentence):
        r.kind, r.unit, r.end = "percent", "percentage point", pt.end()
        return
    c = _cur_word(text, r.end)
    if c:
        word = c.group("c")
        if word.lower().startswith("pound") and "sterling" not in word.lower() and (
            _weight_context(_sentence_text(text, sentence))
            or (_OF_NEXT.match(text, c.end()) and not _MONEY_OF_NEXT.match(text, c.end()))
            or (r.value is not None and r.value < 1e4 and not _MONEY_CONTEXT.search(_sentence_text(text, sentence)))
        ):
            r.kind, r.unit, r.end = "measure", "pound-mass", c.end()
            return
        if word.lower() == "won" and r.value is not None and r.value < 1000:
            return
        if not word.lower().endswith("s") and not _scaled(text[r.start : r.end]) and plural_noun_next(text, c.end()):
            return  # `six euro billionaires`, `20 dollar bills`: a count of things the currency names
        code = currency_code(word) or CURRENCY_WORDS.get(word.lower().split()[-1])
        r.kind, r.unit, r.end = "money", code, c.end()
        return
    found = r.unit_at_end(text)
    if found:
        surface, unit, end, glued = found
        if surface in ("C", "F") and (
            (not glued and text[end : end + 1].isalpha())
            or not all(v is not None and -90 <= v <= 150 for v in ((r.value,) if r.qualifier != "range" else (r.low, r.high)))
            or _NOT_TEMPERATURE_NEXT.match(text, end) and not _TEMPERATURE_CONTEXT.search(_sentence_text(text, sentence))
        ):  # `1.5C within reach` where the sentence speaks of warming; not `a 3C charging rate`
            return
        if surface in ("m", "g", "C", "F") and not glued and not re.fullmatch(r"[ \u00a0]?", text[r.end : r.end + 1]):
            return
        if surface in ("m", "g") and not glued and text[end : end + 1] not in ("", " ", ".", ",", ";", ")"):
            return
        if unit == "degree angle" and _TEMPERATURE_CONTEXT.search(_sentence_text(text, sentence)):
            unit = "degree Celsius"
            if _FAHRENHEIT_NEXT.match(text, end):
                unit = "degree fahrenheit"
        r.kind, r.unit, r.end = "measure", unit, end
        if _read_compound(text, r):  # "6ft 2in", "5lb 4oz": one measure in the larger unit
            return
        per = _PER_TIME.match(text, end)
        if per and " per " not in unit:  # six inches per hour, 20 tonnes a day
            unit, end = f"{unit} per {per.group(1).lower()}", per.end()
        per = None if " per " in unit else _PER_AREA.match(text, end)
        if per:  # 183.1 bushels per acre, 9 tonnes a hectare: a yield
            unit, end = f"{unit} per {_PER_AREAS[per.group(1).lower()]}", per.end()
        per = None if " per " in unit else _PER_MEASURE.match(text, end)
        if per:  # 3.1 grams per tonne, 45 miles per gallon: a grade, an economy
            unit, end = f"{unit} per {_PER_MEASURES[per.group(1)]}", per.end()
        r.kind, r.unit, r.end = "measure", unit, end
        return
    sc = _SCALED_UNIT.match(text, r.end)
    if sc:  # 254-264.5 Mt: million tonnes
        unit, times = _SCALED_UNITS[sc.group(1)]
        r.value, r.low, r.high = (None if v is None else _times(v, times) for v in (r.value, r.low, r.high))
        r.kind, r.unit, r.end = "measure", unit, sc.end()
        return
    if not _UNIT_REST.match(text, r.end):
        return  # none of the six patterns below matches
    cu = _CONTEXT_UNIT.match(text, r.end)
    if cu and _CONTEXT_UNITS[cu.group(1).lower()][1].search(_sentence_text(text, sentence)):
        r.kind, r.unit, r.end = "measure", _CONTEXT_UNITS[cu.group(1).lower()][0], cu.end()  # 2,400 nits of brightness
        return
    pair = _PAIR_PERCENT.match(text, r.end)
    if pair and r.qualifier != "range" and _comparable_percent(r.value, pair.group("n")):
        r.kind, r.unit = "percent", "percent"  # "from 50 to 45%": the first is a percentage too
        return
    pair = _PAIR_CURRENCY.match(text, r.end)
    if pair and r.qualifier != "range" and r.value is not None and _comparable(r.value, pair.group("n")):
        r.kind, r.unit = "money", CURRENCY_PREFIXES[pair.group("c")]  # "from 1,096 to £1,288": pounds too
        return
    t = _TIME_UNIT.match(text, r.end)
    if t and r.value is not None and r.value != 1 and not t.group("u").lower().endswith("s") and _AGO_NEXT.match(text, t.end()):
        t = None  # `vs 5.01 billion year ago` (a table line): the figure of a year ago, the date `year ago` apart
    if t and (r.value is not None or r.low is not None and (t.group("old") or text[t.end() : t.end() + 1] != "-")):
        # `(range 34-61 years)`: a range of ages or spans too (not `13 to 15 year-olds`: the figure names the group)
        name = TIME_UNITS[t.group("u").lower()]
        # an age ("a 15-year-old boy", "78 years old") is a measure in years, not a time span
        r.kind, r.unit, r.end = ("measure" if t.group("old") else "duration"), name, t.end()
        return
    oc = _OF_A_CENT.match(text, r.end)
    if oc and r.value is not None and 0 < r.value < 1 and text[r.end : oc.end()].split()[0].lower() == "of":
        r.kind, r.unit, r.end = "money", CURRENCY_CENTS[oc.group("c").lower()], oc.end()
        r.value /= 100  # "down 0.36 of a cent": a share of a cent
        return
    ct = _CENTS.match(text, r.end)
    if ct and (r.value is not None or r.low is not None) and (len(ct.group("c")) > 1 or ct.group("sp") == ""):
        r.kind, r.unit, r.end = "money", CURRENCY_CENTS[" ".join(ct.group("c").split())], ct.end()
        if r.value is not None:
            r.value /= 100
        if r.low is not None:
            r.low /= 100
        if r.high is not None:
            r.high /= 100


_UNIT_REST = any_of(_CONTEXT_UNIT, _PAIR_PERCENT, _PAIR_CURRENCY, _TIME_UNIT, _OF_A_CENT, _CENTS)


def _cur_word(text: str, pos: int) -> re.Match[str] | None:
    """`_CUR_WORD.match(text, pos)`, tried only where one of its words can start."""
    if text[pos : pos + 1] in _CUR_SEPARATORS and may_start(text, pos + 1, _CUR_STARTS):
        return _CUR_WORD.match(text, pos)
    return None


def _scaled(figure: str) -> bool:
    """A figure written with a scale: `3 billion`, `6bn` (`a 3 billion euro deal` is money)."""
    last = figure.split()[-1].lower() if figure.split() else ""
    return last in SCALE_SUFFIXES or re.fullmatch(r"[\d.,]+[a-z]+", last) is not None


def _percentage_points(text: str, r: _Reading, end: int, sentence: str | tuple[int, int]) -> bool:
    """Bare `points` after the figure are percentage points: `dropped 3.2 points to 36.6%`, `leads by 3
    points, 49% to 46%`, `a 4-point swing in the poll` (under 100, a percentage or a poll word in the
    sentence, no index or score word; not restated as a percentage: `95 points, or 0.5%`)."""
    values = [v for v in (r.value, r.low, r.high) if v is not None]
    if not values or not all(0 < v < 100 for v in values) or _POINTS_RESTATED.match(text, end):
        return False
    if isinstance(sentence, str):
        return _points_in_percent_sentence(sentence)
    a, b = _sentence_bounds(text, *sentence)  # `_points_in_percent_sentence(_sentence_around(...))`, the
    window = text[a:b]  # index words looked up among the document's (`_index_starts`)
    return bool(_FIGURE_PERCENT.search(window) or _POINTS_PERCENT_CONTEXT.search(window)) and not _index_word_at(text, a, b, window)


def _points_in_percent_sentence(sentence: str) -> bool:
    """Whether bare points in `sentence` are percentage points: a percentage or a poll word in it, no
    index or score word."""
    # a figure with `%` (its first branch, no case to fold) found first: the whole search only without one
    return bool(_FIGURE_PERCENT.search(sentence) or _POINTS_PERCENT_CONTEXT.search(sentence)) and not _index_word_in(sentence)


def _index_word_in(sentence: str) -> bool:
    """`_POINTS_INDEX_CONTEXT.search(sentence)`, tried only where one of its words starts.

    >>> _index_word_in("the Dow fell 3 points"), _index_word_in("a Dowager's 3 points"), _index_word_in("reindex 3")
    (True, False, False)
    """
    p = 0
    while (m := _POINTS_INDEX_START.search(sentence, p)) is not None:
        if _POINTS_INDEX_CONTEXT.match(sentence, m.start()):
            return True
        p = m.start() + 1
    return False


@lru_cache(maxsize=2)
def _index_starts(text: str) -> tuple[int, ...]:
    """Every offset of `text` where `_POINTS_INDEX_START` matches (a pure function of the document,
    kept for its last two: each bare `points` figure asks about the window around it)."""
    out, p = [], 0
    while (m := _POINTS_INDEX_START.search(text, p)) is not None:
        out.append(m.start())
        p = m.start() + 1
    return tuple(out)


def _index_word_at(text: str, a: int, b: int, window: str) -> bool:
    """`_index_word_in(window)` for `window == text[a:b]`: `_POINTS_INDEX_START` has no look-around, so
    where it matches in the window it matches in `text` too; `_POINTS_INDEX_CONTEXT` is tried at the
    document's starts inside the window (it matches only where `_POINTS_INDEX_START` does in the window)."""
    starts = _index_starts(text)
    for k in range(bisect.bisect_left(starts, a), len(starts)):
        if starts[k] >= b:
            break
        if _POINTS_INDEX_CONTEXT.match(window, starts[k] - a):
            return True
    return False


def _duration_value(value: float, unit: str) -> str:
    n = iso_number(value)
    return {
        "year": f"P{n}Y", "month": f"P{n}M", "week": f"P{n}W", "day": f"P{n}D", "decade": f"P{iso_number(value * 10)}Y",
        "century": f"P{iso_number(value * 100)}Y", "hour": f"PT{n}H", "minute": f"PT{n}M", "second": f"PT{n}S",
    }[unit]


def _read_post_qualifier(text: str, r: _Reading) -> None:
    q = _POST_QUAL.match(text, r.end)
    if not q or r.qualifier != "=":
        return
    r.qualifier = POST_QUALIFIERS[" ".join(q.group("q").lower().split())]
    if r.qualifier in (">", ">="):
        r.low = r.value
    elif r.qualifier == "<=":
        r.high = r.value
    r.end = q.end()


def _sentence_text(text: str, sentence: str | tuple[int, int]) -> str:
    """`sentence`, or the text around the span it gives."""
    return sentence if isinstance(sentence, str) else _sentence_around(text, *sentence)


def _sentence_around(text: str, s: int, e: int) -> str:
    """The text around a number, up to the nearest full stops within 200 characters each way."""
    lo = max(0, s - 200)
    a = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s), lo)
    b = text.find(". ", e, e + 200)
    return text[a : b if b >= 0 else e + 200]


def _sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """`(a, b)` with `text[a:b] == _sentence_around(text, s, e)` (`b` within the text)."""
    lo = max(0, s - 200)
    a = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s), lo)
    b = text.find(". ", e, e + 200)
    return a, min(b if b >= 0 else e + 200, len(text))
