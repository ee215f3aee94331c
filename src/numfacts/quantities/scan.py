"""Step 1, the scan: where a number may start (a cheap trigger) and what it is (one alternation).

`_TRIGGER` finds digit runs and number words; `_SCAN.match` at a trigger reads the longest number
form there: an ordinal (21st, third), a fraction (two-thirds, 2/3, 10 1/2), a vague count
(thousands of), digits (78,000, -12, Rs850) or number words (two dozen, half a million).

>>> [_SCAN.match(s).lastgroup for s in ["21st", "two-thirds", "78,000", "two dozen"]]
['ord', 'frac', 'digits', 'words']
"""

from __future__ import annotations

import re

from .._regex import lazy
from ..numbers import (
    DIGITS,
    DIGITS_CORE,
    FRACTION_WORDS,
    ORDINAL_SUFFIXES,
    ORDINAL_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    VULGAR_CHARS,
    WORDS,
)
from ..units import CURRENCY_PREFIXES
from .words import (
    CURRENCIES,
    MULTIPLIERS,
    MULTIPLIERS_BASE,
    MULTIPLIERS_BEFORE_OBJECT,
    NUMBERS,
    VAGUE,
    VAGUE_MULTIPLIERS,
    Q,
    alt,
)

_TENS = alt(TENS_WORDS)
_ORDINAL_WORDS = rf"(?:{_TENS}-)?{alt(ORDINAL_WORDS)}"
_FRACTION = alt(FRACTION_WORDS)
_NUMERATOR = alt([w for w, v in UNITS_WORDS.items() if 1 <= v <= 9] + list(Q["articles"]))
_SMALL_WORDS = alt([*UNITS_WORDS, *TENS_WORDS])
_SCALES = alt(w for w in NUMBERS["scales"] if w != "hundred" and NUMBERS["scales"][w] >= 1e3)
_VAGUE = alt(VAGUE)
#: Glued currency codes that end in a letter or a point (Rs850, Rs.48.1, EUR30m, $US2.4m): the
#: digits may follow them directly (case-sensitive: `form5` is no ringgit).
_GLUED_CURRENCY = "|".join(
    f"(?<={re.escape(k)})" for k in sorted(CURRENCY_PREFIXES, key=len, reverse=True)
    if len(k) >= 2 and " " not in k and (k[-1].isalpha() or k[-1] == ".")
)
#: Single-letter signs glued to the figure (`R10.2 billion`), read only where the document names their currency.
_GLUED_LETTER = "|".join(rf"(?<=(?<![\w&.-]){re.escape(k)})" for k in CURRENCIES.get("glued_letters", {}))
#: Country letters glued before cents (`US80c`, `A12c`, `NZ25c`): only with the `c` glued after the digits.
_CENT_PREFIX = "|".join(rf"(?<=(?<![\w&.-]){re.escape(k)})(?=(?:\d{{{1 if len(k) > 1 else 2},4}}(?:\.\d+)?|\d\.\d+)c(?![\w-]))"
                        for k in CURRENCIES.get("cent_prefixes", {}))
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: `to triple`, `could halve`: one fixed-width look-behind per marker word (`\bto `, `\bwill `).
_BASE_MARKERS = "|".join(rf"(?<=\b{re.escape(m)}\ )" for m in Q["multiplier_base_markers"])
#: `fell by half`, `cut by almost half`: `half` after `by` and an approximation (one look-behind each).
_BY_HALF = "|".join(rf"(?<=\bby\ {re.escape(a)}\ )" for a in Q["share_approximations"]) + r"|(?<=\bby\ )"  # escape: `\ `

#: The scan: one alternation, tried left to right at each position.
_SCAN_SOURCE = rf"""
      (?P<ord>(?<![\w.,-])\d+{alt(ORDINAL_SUFFIXES)}(?![\w-]))       # 21st, 3rd
    | (?:(?<![\w-])an?\ )?(?P<hpoint>(?<![\w-]){alt(Q["hyphen_points"])}(?![\w-]))  # a quarter-point cut
    | (?P<frac>(?<![\w-]){_NUMERATOR}[ -]{_FRACTION}(?![\w-]|\ (?:{_SCALES})\b))  # two-thirds, a quarter (not: a quarter million)
    | (?P<mixed>(?<![\w/.,-])\d{{1,3}}(?:[ \u00a0-]|\.\d{{1,3}}-)\d{{1,2}}/\d{{1,2}}(?![\w/]))   # 10 1/2, 2-3/4, 4-13/16, 2.89-1/4
    | (?P<dfrac>(?<![\w/.,-])\d{{1,2}}/\d{{1,2}}{alt(ORDINAL_SUFFIXES)}?(?![\w/]))  # 2/3, 1/6th
    | (?P<half>(?<![\w-])half(?=\ {alt(Q["half_before"])}\b)
        (?!\ {alt(Q["articles"])}\ (?:{_SCALES}|hundred|dozen)\b)
        |(?:{_BY_HALF})half(?![\w-])(?!\ {alt(Q["articles"])}\ (?:{_SCALES}|hundred|dozen)\b))  # half of; by (almost) half
    | (?P<vague>(?<![\w-])(?:{alt(VAGUE_MULTIPLIERS)}[ \u00a0]+of[ \u00a0]+{_VAGUE}|{_VAGUE})(?![\w-]))  # thousands of, tens of thousands
    | (?P<sci>(?<![\w.,×^])\d+(?:\.\d+)?(?:[eE][+-]?\d{{1,3}}|[ \u00a0]?[×x*][ \u00a0]?10(?:(?:\^|\*\*)[-−]?\d{{1,3}}|⁻?[{_SUPERSCRIPTS}]{{1,3}}))(?![\w.×^]))  # 3.4e5, 6.02×10^23
    | (?P<digits>(?:(?<![\w.,/\-−–×^])|(?-i:{_GLUED_CURRENCY}|{_GLUED_LETTER}|{_CENT_PREFIX}))(?:[-−–](?=\d))?{DIGITS_CORE})  # 78,000 / -12 / Rs850
    | (?P<words>{WORDS})                                            # five / two dozen / half a million
    | (?P<ordw>(?<![\w-]){_ORDINAL_WORDS}(?!\w|-(?![a-z]+est\b)))   # third, twenty-first, second-biggest
    | (?P<wadj>(?<![\w-]){_SMALL_WORDS}(?=-[a-z]))                # six-mile, three-ton, a two-year plan
    | (?P<mult>(?<![\w-]){alt(MULTIPLIERS)}(?![\w-]))              # doubled, tripled, halved
    | (?P<cmul>(?<![\w-]){alt(MULTIPLIERS_BEFORE_OBJECT)}(?=[ \u00a0]+{alt(Q["multiplier_objects"])}\b))  # twice the, double its
    | (?P<bmul>(?:{_BASE_MARKERS}){alt(MULTIPLIERS_BASE)}(?![\w-])(?!\ {alt(Q["multiplier_base_not_before"])}\b))  # to triple
    | (?P<susp>(?<![\w-]){_SMALL_WORDS}(?=-[ \u00a0]+{alt(Q["suspended_joins"])}[ \u00a0]))  # four- and eight-cylinder
    """
_SCAN = re.compile(_SCAN_SOURCE, re.VERBOSE | re.IGNORECASE)


def _scan_part(names: set[str]) -> re.Pattern[str]:
    """`_SCAN` with only the alternatives `names` (in their order): the engine tries no alternative that cannot match."""
    parts = _SCAN_SOURCE.split("\n    | ")
    kept = [a for a in parts if re.search(r"\(\?P<(\w+)>", a).group(1) in names]
    return re.compile("\n    | ".join(kept), re.VERBOSE | re.IGNORECASE)


#: The alternatives whose first character is a digit, a sign, a point or a vulgar fraction (`DIGIT_FIRST`);
#: every other one starts with a letter of a word from the tables (checked by tests/test_fast_paths_rows.py).
_DIGIT_GROUPS = {"ord", "mixed", "dfrac", "sci", "digits"}
_SCAN_DIGIT = _scan_part(_DIGIT_GROUPS)
_SCAN_WORD = _scan_part({n for n in _SCAN.groupindex if n not in _DIGIT_GROUPS})
DIGIT_FIRST = frozenset("-−–." + VULGAR_CHARS)


def scan_at(text: str, pos: int) -> re.Match[str] | None:
    """`_SCAN.match(text, pos)`, with only the alternatives that can start with the character at `pos`."""
    c = text[pos : pos + 1]
    return (_SCAN_DIGIT if c.isdecimal() or c in DIGIT_FIRST else _SCAN_WORD).match(text, pos)

#: A number right after a range joiner (no look-behind: "3-1" must read its "1").
_NUMBER_AT = lazy(
    rf"(?P<digits>(?<![\w.,])(?:\d{{1,3}}[ \u00a0-])?\d{{1,2}}/\d{{1,2}}(?![\w/])|{DIGITS})|(?P<words>{WORDS})", re.VERBOSE | re.IGNORECASE
)

#: Cheap first pass: where a number may start (a digit run, or a number word). Grouped by first
#: letter so the engine tries few alternatives at each word; the full reading is `_SCAN.match`.
_TRIGGER_WORDS = sorted({
    *UNITS_WORDS, *TENS_WORDS, *NUMBERS["scales"], "dozen", *VAGUE, *VAGUE_MULTIPLIERS, *FRACTION_WORDS,
    *ORDINAL_WORDS, *MULTIPLIERS, *MULTIPLIERS_BEFORE_OBJECT, *MULTIPLIERS_BASE, *Q["hyphen_points"],
})


#: The words a trigger reads after `a ` (a dozen, a third): `_TRIGGER`'s and `numfacts.triggers`'s.
AFTER_A = (*NUMBERS["scales"], "dozen", "half", *FRACTION_WORDS, *NUMBERS["grammar"].get("couple_of", "").split()[:1])


def _trigger_regex() -> re.Pattern[str]:
    groups: dict[str, list[str]] = {}
    for w in _TRIGGER_WORDS:
        groups.setdefault(w[0], []).append(w[1:])
    words = "|".join(f"[{c.upper()}{c}](?:{'|'.join(sorted(rest, key=len, reverse=True))})" for c, rest in groups.items())
    after_a = alt(AFTER_A)
    return re.compile(rf"[\d{VULGAR_CHARS}][\d,.]*|\b(?:{words}|[Aa][ ]{after_a})\b")


_TRIGGER = _trigger_regex()


_GLUED = re.compile(r"[A-Za-z°º%µ²/]+")


_TOKEN_TAIL = re.compile(r"[\w.,:/-]+")


_DAY_AFTER_DATE = re.compile(r"[ \u00a0]*(?:to|and|through|until|till|-|–|—)[ \u00a0]*")


_DAY_NUMBER = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]\d)")
