"""Numbers as written in news: digits, separators, scale words and suffixes, and number words.

`NUMBER` is the regular expression the finders use to spot a number; `parse_number` turns the
matched text into a float. Both are pure: no state, no locale.

>>> [parse_number(s) for s in ["78,000", "2.5", "-12", "1.5 million", "47.6m", "18bn", "3k"]]
[78000.0, 2.5, -12.0, 1500000.0, 47600000.0, 18000000000.0, 3000.0]
>>> [parse_number(s) for s in ["five", "twenty-one", "two dozen", "half a million", "a hundred"]]
[5.0, 21.0, 24.0, 500000.0, 100.0]
>>> [parse_number(s) for s in ["one hundred and twenty", "two and a half", "6.4billion", "1 1/2"]]
[120.0, 2.5, 6400000000.0, 1.5]
>>> [parse_number(s) for s in ["two-thirds", "a fifth", "three quarters", "nothing"]]
[0.6666666666666666, 0.2, 0.75, None]
>>> [parse_number(s) for s in ["five and a quarter", "a million and a half", "half million", "three dozens"]]
[5.25, 1500000.0, 500000.0, 36.0]
>>> [parse_number(s) for s in ["two and a quarter million", "one billion and a half million"]]
[2250000.0, 1000500000.0]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ._regex import lazy
from .lang import alternation, table

#: The language whose number words this module reads (its tables: lang/<LANG>/numbers.json).
LANG = "en"
_T = table(LANG, "numbers")
UNITS_WORDS: dict[str, int] = dict(_T["units"])
TENS_WORDS: dict[str, int] = dict(_T["tens"])
SCALE_WORDS: dict[str, float] = {k: float(v) for k, v in _T["scales"].items()}
#: Abbreviated scales written after digits: 47.6m, $18bn, 3k, 2tn.
SCALE_SUFFIXES: dict[str, float] = {k: float(v) for k, v in _T["scale_suffixes"].items()}
#: Fractions written as words, by their denominator word.
FRACTION_WORDS: dict[str, int] = dict(_T["fractions"])
ORDINAL_WORDS: dict[str, float] = dict(_T["ordinals"])
_OS = _T["ordinal_suffixes"]
#: Suffixes of ordinals written in digits (21st, 3rd, 11th), from the language table.
ORDINAL_SUFFIXES: tuple[str, ...] = tuple(sorted({*_OS["by_last_digit"].values(), _OS["default"]}))


def ordinal_suffix(n: int) -> str:
    """The suffix the language gives the ordinal n: 1 -> st, 11 -> th, 22 -> nd.

    >>> [ordinal_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 101, 111)]
    ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'st', 'st', 'th']
    """
    if n % 100 in _OS["teens"]:
        return _OS["default"]
    return _OS["by_last_digit"].get(str(n % 10), _OS["default"])

#: The small words of number grammar: "and", "a", "half", "dozen" ("two and a half", "a dozen").
_G = _T["grammar"]
AND: str = _G["and"]
ARTICLES: tuple[str, ...] = tuple(_G["articles"])
HALF: str = _G["half"]
QUARTER: str = _G["quarter"]
DOZEN: str = _G["dozen"]
#: "a couple of" (about two): "a couple of hundred", "a couple of weeks"; the qualifier is `~` (quantities.classify).
COUPLE_OF: str = _G.get("couple_of", "")


def _alt(words: Iterable[str]) -> str:
    return alternation(words, space=" ")


_UNITS = _alt(UNITS_WORDS)
_DIGIT_WORDS = _alt(w for w, v in UNITS_WORDS.items() if 1 <= v <= 9)
_ONE = _alt(w for w, v in UNITS_WORDS.items() if v == 1)
_TENS = _alt(TENS_WORDS)
_ART = _alt(ARTICLES)
_BIG = _alt(w for w, v in SCALE_WORDS.items() if v in (1e2, 1e3, 1e6, 1e9, 1e12))
_PLURAL_SCALES = _alt(_G["plural_scales"])
_FRACTION = f"(?:{_alt(FRACTION_WORDS)})"
#: "and a half", "and three quarters" after a number, and the scale after it: two and a half (million).
_AND_FRACTION = (rf"(?:\ {AND}\ (?:{_ART}|{_DIGIT_WORDS})\ |-{AND}-(?:{_ART}|{_DIGIT_WORDS})-)"  # also one-and-a-half
                 rf"{_FRACTION}(?![\w-])(?:\ (?:{_BIG})(?![\w-]))?")
#: One to ninety-nine in words: "twenty-one", "twenty one", "seventeen" (never "one two").
_SMALL = rf"(?:(?:{_TENS})(?:[ -](?:{_DIGIT_WORDS})(?![\w-]))?|(?:{_UNITS}))"
_SCALE = _alt(SCALE_WORDS)

#: Vulgar fraction characters and their values (`VULGAR_CHARS` for the scanners' character classes).
VULGAR = _VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
           "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
VULGAR_CHARS = "".join(_VULGAR)

#: The spaces that group digits (`78 000`): narrow no-break, no-break, thin and figure space.
GROUP_SPACES = "\u202f\u00a0\u2009\u2007"

#: Digits: 78,000 | 1 000 (thin/no-break spaces) | 2.5 | .5 | 1/2 fractions are separate.
DIGITS_CORE = r"""
    (?:
        \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?  # 2,45,18,300: Indian grouping (lakh, crore)
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?        # 78,000 and 1,234.5
      | \d{1,3}(?:[GROUP_SPACES]\d{3})+(?:\.\d+)?  # 78 000 with thin, figure or no-break spaces
      | \d{1,3}\ ?[VULGAR](?![\w])          # 2½, 1¾, 2 ¾: a whole and a vulgar fraction
      | [VULGAR](?![\wVULGAR])               # ¾ cup, ½ mile: a vulgar fraction alone
      | \d+(?:\.\d+)?                       # 2016, 2.5
      | \.\d+                               # .5
    )
    (?!\d)
""".replace("GROUP_SPACES", GROUP_SPACES).replace("VULGAR", VULGAR_CHARS)
DIGITS = r"""
    (?<![\w.,])                             # not inside another token
    [-−–]?                                  # a sign (minus, U+2212, en dash as minus)
""" + DIGITS_CORE

_COUPLE_OF = re.escape(COUPLE_OF) if COUPLE_OF else "(?!)"  # (re.escape escapes its space: read in verbose mode)

#: Number words: "twenty-one", "one hundred and twenty", "two dozen", "half a million".
WORDS = rf"""
    (?<![\w-])
    (?:
        (?:{_ART}|{_ONE})[ -]{HALF}          # a half (a bare "half" is a ratio, not a number)
      | (?:{_SMALL}  # twenty-one / twenty one
          (?:[ -](?:{_SCALE})s?               # ... hundred / thousand
             (?:[ -](?:{AND}[ -])?{_SMALL}(?![ -]{_FRACTION}(?![\w-])))?  # ... and twenty-one (not: and three quarters)
          )*
          (?:{_AND_FRACTION})?                  # two and a half (million)
          (?:\ {DOZEN}s?)?                    # two dozen, three dozens
        )
      | (?:{_ART})\ (?:{_BIG})                 # a hundred and two, a million
          (?:[ -](?:{AND}[ -])?{_SMALL}(?![ -]{_FRACTION}(?![\w-])))?
          (?:{_AND_FRACTION})?                # a million and a half
      | (?:{_ART})\ {DOZEN}                    # a dozen
      | (?:{_ART})\ {_COUPLE_OF}(?:\ (?:{_BIG}))?(?=\ [a-z])  # a couple of (hundred) people
      | (?:{HALF}|{_alt([_G["quarter_of"]])})\ (?:{_ART})\ (?:{_BIG}|{DOZEN})  # half a million
      | (?:(?:{_ART})\ )?(?:{HALF}|{QUARTER})\ (?:{_BIG})   # half million, a quarter million
      | {_PLURAL_SCALES}                       # plural scale words alone
    )
    (?![\w-])
"""

_DIGITS_RE = re.compile(DIGITS, re.VERBOSE)
_WORD_FRACTION = re.compile(rf"({_ART}|{_DIGIT_WORDS})[ -](\w+)")
_WORDS_RE = lazy(WORDS, re.VERBOSE | re.IGNORECASE)

_TOKEN_RE = re.compile(r"[a-z]+|\d+(?:\.\d+)?", re.IGNORECASE)




def parse_digits(text: str) -> float | None:
    """Digits with separators and a sign, nothing else.

    >>> parse_digits("78,000"), parse_digits("−12"), parse_digits("1\u202f000"), parse_digits("x")
    (78000.0, -12.0, 1000.0, None)
    """
    t = text.strip().replace(",", "")
    for space in GROUP_SPACES + " ":
        t = t.replace(space, "")
    t = t.replace("−", "-").replace("–", "-")
    if t in _VULGAR:  # ¾: 0.75
        return _VULGAR[t]
    if t[-1:] in _VULGAR and t[:-1].lstrip("-").isdigit():  # 2½: 2.5
        whole = float(t[:-1])
        return whole - _VULGAR[t[-1]] if t.startswith("-") else whole + _VULGAR[t[-1]]
    try:
        return float(t)
    except ValueError:
        return None


def _parse_words(words: list[str]) -> float | None:
    """Number words to a value: ["one", "hundred", "and", "twenty"] -> 120."""
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    last_scale = 0.0
    group = 0.0  # the value the last scale word made
    while i < len(words):
        w = words[i]
        if w == AND and i + 2 < len(words) and words[i + 2] in FRACTION_WORDS and (
                words[i + 1] in ARTICLES or words[i + 1] in UNITS_WORDS):
            # "two and a half", "five and a quarter"; after a scale, a part of it: "a million and a half"
            part = (1 if words[i + 1] in ARTICLES else UNITS_WORDS[words[i + 1]]) / FRACTION_WORDS[words[i + 2]]
            if i + 3 == len(words) and current == 0 and last_scale >= 1000:
                total += part * last_scale
            else:
                current += part  # before a scale word too: "two and a quarter million"
            i += 3
            seen = True
            continue
        if (w == AND or w in ARTICLES) and i + 1 < len(words):
            if w == AND and words[i + 1] in ARTICLES and words[i + 2 : i + 3] == [HALF]:
                current += 0.5
                seen = True
                i += 3
                continue
            if w in ARTICLES and words[i + 1] == HALF:
                current = current + 0.5 if seen else 0.5
                seen = True
                i += 2
                continue
            if w in ARTICLES:
                current = current or 1.0
                seen = True
            i += 1
            continue
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w.rstrip("s") == DOZEN:
            current = (current or 1.0) * 12
        elif COUPLE_OF and w == COUPLE_OF.split()[0] and words[i + 1 : i + 2] == COUPLE_OF.split()[1:]:
            current = (current or 1.0) * 2  # "a couple of": two ("of" read with it)
            i += 1
        elif w == HALF:
            current = (current or 1.0) * 0.5
        elif w == QUARTER:
            current = (current or 1.0) * 0.25
        elif w.rstrip("s") in SCALE_WORDS:
            scale = SCALE_WORDS[w.rstrip("s")]
            if scale == 100:
                current = (current or 1.0) * 100
            elif current == 0 and 0 < last_scale < scale:  # a scale of a scale: three lakh crore, a thousand million
                total += group * (scale - 1)
                group *= scale
                last_scale *= scale
            else:
                group = (current or 1.0) * scale
                total += group
                current = 0.0
                last_scale = scale
        else:
            try:
                current += float(w)
            except ValueError:
                return None
        seen = True
        i += 1
    return total + current if seen else None


@lru_cache(maxsize=65536)
def parse_number(text: str) -> float | None:
    """Parse a number as written in news text; None when it is not one.

    >>> parse_number("1,200"), parse_number("£6.4billion"[1:]), parse_number("3 million"), parse_number("5.87-1/2")
    (1200.0, 6400000000.0, 3000000.0, 5.875)
    """
    t = text.strip().lower().replace("\u00a0", " ")
    if not t:
        return None
    # digits with an optional scale suffix or word: 47.6m, 1.5 million, 18bn, 2.5 billion
    m = re.fullmatch(rf"([-−–]?[\d.,{GROUP_SPACES} ]*\d ?[{VULGAR_CHARS}]?|[{VULGAR_CHARS}])\s*-?\s*([a-z]+)?", t)  # or ¾ alone
    if m:
        base = parse_digits(m.group(1))
        suffix = m.group(2)
        if base is None:
            return None
        if suffix is None:
            return base
        if suffix in SCALE_SUFFIXES or suffix.lower() in SCALE_SUFFIXES:
            return base * SCALE_SUFFIXES.get(suffix, SCALE_SUFFIXES.get(suffix.lower(), 1.0))
        return None
    # a price in a fraction of its last decimal place (grain futures: $5.87-1/2 is 5.875)
    m = re.fullmatch(r"(\d+\.(\d+))-(\d+)/(\d+)", t)
    if m:
        den = float(m.group(4))
        return round(float(m.group(1)) + float(m.group(3)) / den / 10 ** len(m.group(2)), len(m.group(2)) + 4) if den else None
    # mixed fraction 1 1/2, plain fraction 3/4
    m = re.fullmatch(r"(?:(\d+)[\s-]+)?(\d+)/(\d+)", t)
    if m:
        whole = float(m.group(1) or 0)
        den = float(m.group(3))
        return whole + float(m.group(2)) / den if den else None
    # word fractions: two-thirds, a fifth, three quarters
    m = _WORD_FRACTION.fullmatch(t)
    if m and m.group(2) in FRACTION_WORDS:
        num = 1 if m.group(1) in ARTICLES else UNITS_WORDS[m.group(1)]
        return num / FRACTION_WORDS[m.group(2)]
    words = [w for w in re.split(r"[\s-]+", t) if w]
    if not words:
        return None
    return _parse_words(words)


_RX_DIGIT_ORDINAL = re.compile(rf"(\d+)(?:{'|'.join(ORDINAL_SUFFIXES)})")
_RX_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_ordinal(text: str) -> int | None:
    """Ordinal as digits or words.

    >>> parse_ordinal("3rd"), parse_ordinal("twenty-first"), parse_ordinal("second"), parse_ordinal("x")
    (3, 21, 2, None)
    """
    t = text.strip().lower()
    m = _RX_DIGIT_ORDINAL.fullmatch(t)
    if m:
        return int(m.group(1))
    parts = _RX_WORD_SPLIT.split(t)
    if parts and parts[-1] in ORDINAL_WORDS:
        head = _parse_words(parts[:-1]) if parts[:-1] else 0.0
        if head is None:
            return None
        last = ORDINAL_WORDS[parts[-1]]
        return int(head * last if last >= 100 and head else head + last)
    return None


def tidy(x: float | None) -> float | None:
    """`x` without the binary noise of its arithmetic (91.1p is 0.911 pounds, not 0.9109999999999999):
    its 15 significant digits when they are much shorter than its repr; a repeating decimal stays.

    >>> tidy(0.9109999999999999), tidy(45.2 / 100000), tidy(2 / 3), tidy(None)
    (0.911, 0.000452, 0.6666666666666666, None)
    """
    if x is None or (type(x) is float and x.is_integer() and -1e15 < x < 1e15):
        return x  # a whole number under 10**15: its repr is its digits and `.0`, already the shortest
    short = f"{x:.15g}"
    return float(short) if len(short) < len(repr(x)) - 3 else x


def iso_number(x: float) -> str:
    """A number as an ISO 8601 duration writes it: never an exponent, no trailing zeros.

    >>> iso_number(48.0), iso_number(2.5), iso_number(3500000.0)
    ('48', '2.5', '3500000')
    """
    return str(int(x)) if float(x).is_integer() else f"{x:f}".rstrip("0").rstrip(".")
