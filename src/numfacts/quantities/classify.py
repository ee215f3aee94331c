"""Step 2b, what a scan match is: an ordinal, a fraction, a vague count, or a number read outward
into a count, percentage, money amount, measure, ratio or duration (one `Found`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._regex import lazy
from ..mention import Found
from ..numbers import (
    COUPLE_OF,
    ORDINAL_SUFFIXES,
    ORDINAL_WORDS,
    SCALE_SUFFIXES,
    TENS_WORDS,
    UNITS_WORDS,
    VULGAR,
    ordinal_suffix,
    parse_number,
    parse_ordinal,
)
from ..units import CURRENCY_CENTS, currency_code, measure_unit
from .filters import _glued_ok, _looks_like_identifier, _plausible_count, _previous_word, _sentence_initial
from .ranges import _read_range, _second_number
from .read import (
    _COUNT_ADJECTIVE,
    _MINUS_BEFORE,
    _OF_A_CENT,
    _OF_A_POINT,
    _ORDINAL_NAME,
    _PLUS_OR_BEFORE,
    _RATIO_JOIN,
    _TIMES,
    _cur_word,
    _duration_value,
    _match_unit,
    _points_in_percent_sentence,
    _read_compound,
    _read_currency_before,
    _read_post_qualifier,
    _read_scale,
    _read_unit,
    _Reading,
    _sentence_around,
    any_of,
    ends_before,
)
from .scan import _GLUED, _TOKEN_TAIL
from .words import (
    CURRENCIES,
    MULTIPLIERS,
    MULTIPLIERS_BASE,
    MULTIPLIERS_BEFORE_OBJECT,
    TIME_UNITS,
    VAGUE,
    VAGUE_MULTIPLIERS,
    VOTES,
    Q,
    alt,
    lower_words,
    may_hold,
    search_before,
)
from .words import SPACES as _SPACES

#: `thousands of dollars`: a vague amount of money.
_OF_VAGUE_CURRENCY = re.compile(rf"[ \u00a0]+of[ \u00a0]+((?:US[ \u00a0]+)?{alt(Q['vague_currencies'])})\b", re.IGNORECASE)
_OF_A = re.compile(r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]")
_A_BEFORE_UNIT = re.compile(r"[ \u00a0]+an?[ \u00a0]")  # `half a teaspoon`
#: Units of time: `half an hour`, `a quarter of a century` are the temporal finder's durations, never measures.
_TIME_UNIT_NAMES = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "millennium"])
_BY_BEFORE = lazy(rf"\b(?:by|{alt(Q['change_words'])})(?:[ \u00a0]+{alt(Q['share_approximations'])})?[ \u00a0]+$",
                        re.IGNORECASE)  # `fell a third`, `have fallen almost a third`: a share, not a rank
_BY_LOWER = lower_words(["by", *Q["change_words"]])


def _by_before(text: str, s: int) -> bool:
    """`_BY_BEFORE.search(text, s - 30, s)`: it ends in a space and needs `by` or a change word (`may_hold`)."""
    return search_before(_BY_BEFORE, _BY_LOWER, text, s, 30) is not None


#: "6.25/6.50 pct": a bid and offer quoted with a slash, then a unit; dealers shorten the offer to its last
#: decimals ("149.85/95 yen", "1.8170/80 marks", "150.60/70" with the unit carried from the figure before).
_MAX_SPREAD = 0.01  # a dealer's shortened offer lies within 1% of the bid
_SLASH_QUOTE = re.compile(r"/(?P<b>\d+\.\d+|\d{2,4}(?![\d/]))(?=[ \u00a0]?(?:%|[A-Za-z])|[ \u00a0]*[,;)]|[ \u00a0]+[a-z])")
#: A split or odds: `5-for-4`, `2 for 1`, `3 to 1`, `three-to-one`.
_SPLIT = re.compile(
    rf"(?P<j>-for-|[ \u00a0]for[ \u00a0]|-to-|[ \u00a0]to[ \u00a0])(?P<b>\d{{1,2}}|{alt(UNITS_WORDS)})(?![\w/-]|[.,]\d)", re.IGNORECASE
)
#: A rate: `8 per 100,000`, `5.4 deaths per 1,000` (a noun or two may stand between).
_RATE = re.compile(
    rf"(?:[ \u00a0]+[a-z]+(?:/[a-z]+)?){{0,2}}?[ \u00a0]+{alt(Q['rate_words'])}[ \u00a0]+(?P<d>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w,]|\.\d)"
)
_SHARE_PRICE = re.compile(rf"\b{alt(Q['share_price_context'])}", re.IGNORECASE)
_SHARE_PRICE_LOWER = lower_words(Q["share_price_context"])  # one is in every sentence `_SHARE_PRICE` matches in
#: Share prices quoted in dollar fractions (US newswire): their currency.
SHARE_PRICE_CURRENCY = Q["share_price_currency"]
QUALIFIER_SYMBOLS = dict(Q["qualifier_symbols"])
_SYMBOL_BEFORE = re.compile(rf"(?<![\w<>=])({alt(QUALIFIER_SYMBOLS)})[ \u00a0]?$")
_YEAR_BASIS = re.compile(r"(?:\(|\bin[ \u00a0])$")
_AND_BEFORE = re.compile(r"\band[ \u00a0]+$", re.IGNORECASE)
#: `about a fifth`, `roughly a third`: an approximation makes `a <fraction>` a share (a rank is never approximate).
_APPROX_BEFORE = re.compile(rf"\b{alt(Q['share_approximations'])}[ \u00a0]+$", re.IGNORECASE)
_SCALE_NEXT = re.compile(rf"[ \u00a0-]+(?:{alt(SCALE_SUFFIXES)}|and)\b", re.IGNORECASE)
_SUSPENDED_NOUN = re.compile(
    rf"[ \u00a0]+{alt(Q['suspended_joins'])}[ \u00a0]+(?:[\w]+-[ \u00a0]+{alt(Q['suspended_joins'])}[ \u00a0]+){{0,4}}"
    r"(?:[a-z]+|\d{1,4})-([a-z]{3,})(?![\w-])",
    re.IGNORECASE,
)
_HYPHEN_GLUED = re.compile(r"-\d+([A-Za-z]+)")
_TALLY_NOUN = re.compile(rf"[ \u00a0-]+({alt(Q['tally_nouns'])})\b", re.IGNORECASE)
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


#: A count "in" a year (`14 in 1997 to eight in 1999`), not a ratio: the year ends its clause.
_YEAR_AFTER_IN = re.compile(r"\s+in\s+(?:1[89]|20)\d\d")
_YEAR_DEN_END = re.compile(r"\s*(?:[,;.)(]|$|(?:to|and|or|than|compared|versus|vs|from|while|but|when)\b)")
#: More clause ends after a count (not `one`) in a year: `fall to about 285 in 2004 before recovering`.
_YEAR_DEN_END_NOT_ONE = re.compile(r"\s*(?:before|after|until|as|amid|because|despite)\b")
_RX_POINT_DIGIT = re.compile(r"[.,:/]\d")
#: `a 1:2 bonus issue`, `in the ratio of 3:1`: a share ratio (only with these words around it).
_COLON_RATIO = re.compile(r":(?P<b>\d{1,3})(?![\d:]|[.,]\d)")
_COLON_RATIO_NOUN = re.compile(rf"[ \u00a0-]+(?:{alt(Q['colon_ratio_nouns'])})\b", re.IGNORECASE)
_COLON_RATIO_BEFORE = re.compile(rf"\b(?:{alt(Q['colon_ratio_before'])})[ \u00a0]+$", re.IGNORECASE)
#: The characters each pattern tried at a figure's end can start with (empty strings never count).
_POINT_CHARS = frozenset(".,:/")
_GLUED_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz°º%µ²/")
_SYMBOL_LAST = frozenset(k[-1] for k in QUALIFIER_SYMBOLS)


_RX_YEAR = re.compile(r"(?:19|20)\d\d")


#: Single-letter currency signs glued to a figure, each with the words that must be in the document to read it.
_GLUED_LETTERS = {k: re.compile(rf"\b{alt(v['context'])}\b") for k, v in CURRENCIES.get("glued_letters", {}).items()}
_GLUED_CODES = {k: v["code"] for k, v in CURRENCIES.get("glued_letters", {}).items()}
_NEEDS_SCALE = frozenset(k for k, v in CURRENCIES.get("glued_letters", {}).items() if v.get("needs_scale"))
_SEPARATED = re.compile(r"\d[.,]\d")  # a decimal point or a thousands separator


@lru_cache(maxsize=16)
def _letter_named(letter: str, text: str) -> bool:
    """Whether the document names the currency of a glued `letter` (once per document: `R1 R2 R3 ...` stays linear)."""
    return _GLUED_LETTERS[letter].search(text) is not None


_CENT_PREFIXES: dict[str, str] = dict(CURRENCIES.get("cent_prefixes", {}))
_CENT_GLUED = re.compile(r"c(?![\w-])")


def _cents_after_prefix(text: str, s: int, e: int) -> Found | None:
    """`US80c`, `A12c`, `NZ25c`: a figure of cents between country letters and a glued `c` (money, the country's currency)."""
    if not s or not text[s - 1].isupper() or not _CENT_GLUED.match(text, e):
        return None
    for k, code in _CENT_PREFIXES.items():
        a = s - len(k)
        if a >= 0 and text.startswith(k, a) and (a == 0 or not (text[a - 1].isalnum() or text[a - 1] in "&.-")):
            value = parse_number(text[s:e])
            return Found(a, e + 1, "money", value / 100, unit=code) if value is not None else None
    return None




def _vulgar_alone(text: str, s: int, e: int, share: float) -> Found:
    """A vulgar fraction alone, as `2/3` is read: of a unit (`¾ of a mile`), before a unit (`½ teaspoon`), else a share."""
    of = _OF_A.match(text, e)
    unit = _match_unit(text, of.end() - 1) if of else None
    if unit:
        return Found(s, unit[2], "measure", share, unit=unit[1])
    r = _Reading(s, e, share)
    _read_unit(text, r, "")
    return r.found() if r.kind in ("measure", "money", "percent", "duration") else Found(s, e, "ratio", share)


def _read_at(text: str, m: re.Match[str]) -> Found | int | None:
    """Read the quantity that starts with scan match `m`; an int means skip to that offset."""
    s, e = m.span()
    raw = m.group()
    g = m.lastgroup  # the scan's one alternative that matched (each is a named group, never empty)
    if g == "ord" and not _ordinal_suffix_ok(raw):
        return _stone(text, m)  # "11st", "9st 4lb": a weight in stone, never an ordinal so written
    if g == "susp":  # "four- and eight-cylinder": the noun is written once, on the last figure
        noun = _SUSPENDED_NOUN.match(text, e + 1)
        value = parse_number(raw)
        return Found(s, e + 1, "count", value, entity=noun.group(1)) if noun and value is not None else None
    if g == "mult":
        return Found(s, e, "ratio", MULTIPLIERS[raw.lower()])  # doubled, tripled, halved
    if g == "cmul":
        return Found(s, e, "ratio", MULTIPLIERS_BEFORE_OBJECT[raw.lower()])  # more than twice the 14.6%, double its tally
    if g == "bmul":
        return Found(s, e, "ratio", MULTIPLIERS_BASE[raw.lower()])  # forecast to triple by 2029, could halve
    if g == "ord" or g == "ordw":
        if _ORDINAL_NAME.match(text, e):
            return None  # 22nd District, the Fifth Republic, the Eighth Amendment
        if g == "ordw" and _COUNTED_SPAN_NEXT.match(text, e):
            return None  # "its first three days", "the first 100 days": part of the span, the temporal tagger's
        if g == "ordw" and raw.lower() == "second" and re.match(r"[ \u00a0]*(?:[,.;)]|$|ago|later|earlier)", text[e : e + 12]):
            return None  # "a second", "one second later": time, not rank
        value = parse_ordinal(raw)
        if value is None:
            return None
        return Found(s, e, "ordinal", float(value))
    if g == "hpoint":  # "a quarter-point cut": a share of a percentage point
        word = m.group("hpoint")
        return Found(m.start("hpoint"), e, "percent", float(Q["hyphen_points"][word.lower()]), unit="percentage point")
    if g == "frac" or g == "half":
        pp = _OF_A_POINT.match(text, e)
        if pp and not pp.group("pc") and not _points_in_percent_sentence(_sentence_around(text, s, e)):
            pp = None  # `half a point` of a share or a rate is a percentage point; not `half a point` in a game
        if pp:  # "a quarter of a percentage point", "half a percentage point", "half a point to 3.0 pct"
            return Found(s, pp.end(), "percent", parse_number(raw) if g == "frac" else 0.5, unit="percentage point")
        cent = _OF_A_CENT.match(text, e)
        share = parse_number(raw) if g == "frac" else 0.5
        if cent and share is not None:  # "a third of a cent", "half a cent": a fraction of a sub-unit
            return Found(s, cent.end(), "money", share / 100, unit=CURRENCY_CENTS[cent.group("c").lower()])
        of = _OF_A.match(text, e) or (_A_BEFORE_UNIT.match(text, e) if g == "half" else None)
        unit = _match_unit(text, of.end() - 1) if of and share is not None else None
        if unit and unit[1] not in _TIME_UNIT_NAMES and share is not None:  # "two-thirds of a cup", "half a teaspoon"
            return Found(s, unit[2], "measure", share, unit=unit[1])
    if g == "dfrac":
        a, b = (int(x) for x in re.findall(r"\d+", raw)[:2])
        if not 0 < a < b or b > 12 and b not in (16, 32, 64):  # eighths to sixty-fourths: market prices
            return e
        r = _Reading(s, e, a / b)
        of = _OF_A.match(text, e)
        unit = _match_unit(text, of.end() - 1) if of else None
        if unit:  # "1/8 of a mile"
            return Found(s, unit[2], "measure", a / b, unit=unit[1])
        pp = _OF_A_POINT.match(text, e)
        if pp and (pp.group("pc") or _points_in_percent_sentence(_sentence_around(text, s, e))):
            return Found(s, pp.end(), "percent", a / b, unit="percentage point")  # "cut 1/2 point to 5-1/2 pct"
        _read_unit(text, r, "")
        return r.found() if r.kind in ("measure", "money", "percent") else Found(s, e, "ratio", a / b)  # "1/2 cent", "1/2 pct"
    if g == "frac":
        value = parse_number(raw)
        nxt = text[e : e + 4].lower()
        if (raw.lower().startswith("a ") and not nxt.startswith((" of", " or")) and not _by_before(text, s)
                and not _FRACTION_COMPARATIVE.match(text, e)  # `a third more than in 2020`: a share
                and not _APPROX_BEFORE.search(text, max(0, s - 16), s)):  # `about a fifth have`: a share, never a rank
            rank = parse_ordinal(raw[2:])  # "for a sixth straight session": a rank
            if not rank or raw[2:].lower() not in ORDINAL_WORDS or _AND_BEFORE.search(text, max(0, s - 5), s):
                return None  # "forty two and a third": the fraction of a number
            return Found(s + 2, e, "ordinal", float(rank))  # "a quarter" alone is a time of year; "by a third", "a quarter of" are shares
        if value is not None and value >= 1 and value == int(value):
            return None  # `after four quarters of declines`, `the two halves of the tunnel`: a run of periods or the
            # parts of a thing, never a whole number written as a fraction (`three halves` stays 1.5)
        return Found(s, e, "ratio", value)
    if g == "half":
        return Found(s, e, "ratio", 0.5)
    if g == "vague":
        if raw[0].isupper() and not _sentence_initial(text, s) and _previous_word(text, s)[:1].isupper():
            return None  # Mega Millions
        return _vague(text, m)
    if g == "sci":
        return _scientific(text, m)
    if g == "digits" and (cents := _cents_after_prefix(text, s, e)):
        return cents
    if g == "digits" and raw in VULGAR:  # `¾ cup`, `½ mile`, `¼ of voters`: a vulgar fraction alone
        return _vulgar_alone(text, s, e, VULGAR[raw])
    digits = g == "digits" or g == "mixed"
    nxt = text[e : e + 1]  # each pattern tried at `e` below starts with one character: look at it first
    if digits and nxt == "/" and (quote := _SLASH_QUOTE.match(text, e)) and (offer := _offer(raw, quote.group("b"))):
        r = _Reading(s, quote.end("b"), None)  # "6.25/6.50 pct": a two-way quote, bid and offer
        r.low, r.high, r.qualifier = parse_number(raw), offer, "range"
        _read_unit(text, r, "")
        if "." not in raw:  # "452/453 stg a tonne": a whole-number quote only with its currency
            if r.kind == "money":
                return r.found()
        elif r.kind == "count" and "." in quote.group("b"):
            return quote.end("b")
        else:
            return r.found()  # a bare shortened quote is a count range until the unit before it is carried
    if digits and nxt == ":" and (colon := _COLON_RATIO.match(text, e)) and raw.isdigit() and (
            _COLON_RATIO_NOUN.match(text, colon.end()) or _COLON_RATIO_BEFORE.search(text, max(0, s - 24), s)):
        den = int(colon.group("b"))
        if den:
            return Found(s, colon.end(), "ratio", int(raw) / den)  # `a 1:2 bonus issue`: a share ratio
    glued_letter = None
    if digits and s and text[s - 1] in _GLUED_LETTERS and (s == 1 or not text[s - 2].isalnum()):
        prev = _previous_word(text, s - 1)
        if not _letter_named(text[s - 1], text) or (prev[:1].isupper() and not _sentence_initial(text, s - 1)):
            tail = _TOKEN_TAIL.match(text, e)
            return tail.end() if tail else e  # `R2` where no rand is named, `Route R19`: a name, not money
        glued_letter = text[s - 1]
    if digits:
        hyphen_glued = _HYPHEN_GLUED.match(text, e) if nxt == "-" else None
        if ((nxt in _POINT_CHARS and _RX_POINT_DIGIT.match(text[e : e + 12])) or nxt.isdecimal()
                or hyphen_glued and not _glued_ok(hyphen_glued.group(1), text, s)):
            tail = _TOKEN_TAIL.match(text, e)  # skip the whole token: 1.1.1.1, 4:17, 12/11/2016
            return tail.end() if tail else e
        glued = _GLUED.match(text, e) if nxt in _GLUED_FIRST else None
        if glued and glued.group() in _TIMES_GLUED and not text[glued.end() : glued.end() + 1].isalnum():
            value = parse_number(raw)  # `3x faster`, `1.2x revenue`: a multiplier (not `4x4`, `1920x1080`)
            if value is None or value >= 1000 or (glued.group() == "X" and _previous_word(text, s)[:1].isupper()
                                                  and not _sentence_initial(text, s)):
                return glued.end()  # `Ryzen 9 9950X`, `Boeing 777X`: a model number after a name, no multiple
            return Found(s, glued.end(), "ratio", value)
        if glued and not _glued_ok(glued.group(), text, s):
            return glued.end()
        if glued and glued.group() in ("K", "k") and (
            _RESOLUTION_AFTER.match(text, glued.end())
            or (len(raw) == 1 and not _CUR_BEFORE_RAW.search(text, max(0, s - 4), s)
                and (_RESOLUTION_CONTEXT.search(_sentence_around(text, s, e)) or _HERTZ.search(_sentence_around(text, s, e))))
        ):
            return glued.end()  # "4K video", "an 8K TV", "the panel supports 4K": a display resolution's name, not 8,000
        # a figure with its percent sign right after is never part of a name (`Labour 40%`, `Nikkei -0.8%`)
        if not (nxt == "%" or (nxt in _SPACES and text[e + 1 : e + 2] == "%")) and raw[0] not in "-−–+" and _looks_like_identifier(text, s, raw.lstrip("-−–")):
            return e
    value = parse_number(raw)
    if value is None:
        return None
    r = _Reading(s, e, value)
    if g == "words" and COUPLE_OF and COUPLE_OF in raw.lower():
        r.qualifier = "~"  # `a couple of hundred`: about two hundred
    currency = _read_currency_before(text, r) if digits else None
    letter = glued_letter if digits and currency is None else None
    if letter is not None:
        r.start, currency = s - 1, _GLUED_CODES[letter]  # `N1.2 trillion` in a Nigerian story
    _read_scale(text, r, digits, currency is not None)
    if letter in _NEEDS_SCALE and r.end == e and not _SEPARATED.search(raw):
        return e  # `N95`: a bare integer after the letter is a name
    symbol = _SYMBOL_BEFORE.search(text, max(0, r.start - 3), r.start) if ends_before(text, r.start, _SYMBOL_LAST) else None
    if symbol and r.value is not None:  # "<$10,000", "> 2 risk factors", "≥65": a bound written as a sign
        r.start, r.qualifier = symbol.start(), QUALIFIER_SYMBOLS[symbol.group(1)]
        r.low, r.high = (r.value, None) if r.qualifier in (">", ">=") else (None, r.value) if r.qualifier != "~" else (None, None)
    minus = search_before(_MINUS_BEFORE, _MINUS_LOWER, text, r.start, 12)  # `minus $310 million`: before the currency
    if minus and _PLUS_OR_BEFORE.search(text, max(0, minus.start() - 10), minus.start()):
        minus = None  # `plus or minus 3.1 points`: a margin
    if minus and r.value is not None:
        r.start, r.value = minus.start(), -r.value
    elif (currency and r.value is not None and r.start > 0 and text[r.start - 1] in "-−–"
          and (r.start == 1 or text[r.start - 2] in " \u00a0(")):  # `-$4.5 billion`: the sign before the currency
        r.start, r.value = r.start - 1, -r.value
    # ratios: one in five, three out of four
    joined = _JOINED.match(text, r.end) is not None  # one try for the five patterns at r.end below
    j = _RATIO_JOIN.match(text, r.end) if joined else None
    if j and not currency:
        m2 = _second_number(text, j.end())
        if m2 and _YEAR_AFTER_IN.fullmatch(text[r.end : m2.end()]) and (
                _YEAR_DEN_END.match(text, m2.end()) or (r.value != 1 and _YEAR_DEN_END_NOT_ONE.match(text, m2.end()))):
            m2 = None  # "from 14 in 1997 to eight in 1999": a count in a year, not one in 1997
        if m2:
            den = parse_number(m2.group())
            if den and r.value is not None and den >= r.value and den > 1:
                return Found(s, m2.end(), "ratio", r.value / den)
    split = _SPLIT.match(text, r.end) if joined else None
    if split and text.startswith(",", split.end()) and "for" not in split.group("j").lower():
        split = None  # `won 3 to 1,`: a score or a list; `split three-for-one,` stays a split
    if split and not currency and r.value is not None and (
            r.value == int(r.value) or split.group("j") == "-to-" and split.group("b") == "1"):  # `a 1.32-to-1 ratio`
        den = parse_number(split.group("b"))
        to = split.group("j").strip(" -\u00a0").lower() == "to"
        if den and (not to or den == 1 and r.value <= 100) and not _SCALE_NEXT.match(text, split.end()):
            return Found(s, split.end(), "ratio", r.value / den)  # 5-for-4, 3 to 1
    rate = _RATE.match(text, r.end) if joined else None
    if rate and not currency and r.value is not None:
        den = parse_number(rate.group("d"))
        if den and den >= 100:  # 8 per 100,000 residents, 5.4 deaths per 1,000 live births
            return Found(r.start, rate.end(), "ratio", r.value / den)
    times = _TIMES.match(text, r.end) if joined else None
    if times is None and joined and (tw := _TIMES_WORD.match(text, r.end)) and (
            _TIMES_VERB_BEFORE.search(text, max(0, s - 24), s) or (r.value is not None and r.value != int(r.value))
            or (may_hold(_TIMES_LOWER, text[max(0, s - 120) : s]) and _TIMES_COMPARED.search(text, max(0, s - 120), s))
            or _TIMES_SUBSCRIBED_EARLIER.search(text, max(0, s - 160), s)):
        times = tw  # `subscribed 38 times`; `8.3 times`: a fraction of an occasion is a multiple; `8.3 times ...,
        # compared with about 4 times`: the multiple it is compared with
    if times and not currency and r.value is not None:
        return Found(r.start, r.end + len(times.group(1)), "ratio", r.value)  # 45 times more; subscribed 38 times
    if _read_range(text, r, raw, currency) and r.kind in ("score", "tally", "skip"):
        if r.kind != "tally" or not r.high:
            return r.end
        noun = _TALLY_NOUN.match(text, r.end)  # "a 51-49 vote": the noun written; else votes
        return Found(r.start, r.end, "ratio", r.low / r.high, entity=noun.group(1).lower() if noun else VOTES)
    if r.kind == "count" and r.qualifier == "range" and r.low is not None and r.high is not None and not currency:
        rate = _RATE.match(text, r.end)  # "between 2.5 and 3.1 per 1,000 residents": a range of rates
        den = parse_number(rate.group("d")) if rate else None
        if den and den >= 100:
            return Found(r.start, rate.end(), "ratio", None, r.low / den, r.high / den, "range")
    if currency:
        r.kind, r.unit = "money", currency
        c = _cur_word(text, r.end)  # "$5 million US dollars": the word belongs to the amount
        if c and currency_code(c.group("c")) == currency:
            r.end = c.end()
    else:
        _read_unit(text, r, (s, e))  # the sentence around it read only if a rule asks
    _read_post_qualifier(text, r)
    if r.kind == "money" and not currency and _YEAR_BASIS.search(text, max(0, s - 4), s) and _RX_YEAR.fullmatch(raw):
        return r.end  # "(1990 dollars)", "in 2010 dollars": the price basis, a year
    if r.kind == "duration":
        base = r.value if r.value is not None else r.low if r.qualifier != "range" else None  # a range has no one span
        return Found(r.start, r.end, "duration", r.value, r.low, r.high, r.qualifier, r.unit,
                     duration=_duration_value(base, r.unit) if base is not None else None)
    if (r.kind == "count" and g == "mixed" and "-" in raw and r.qualifier != "range"
            and may_hold(_SHARE_PRICE_LOWER, sentence := _sentence_around(text, s, e)) and _SHARE_PRICE.search(sentence)):
        r.kind, r.unit = "money", SHARE_PRICE_CURRENCY  # "shares fell 3-1/8 to 31-7/8": dollars and eighths
    if r.kind == "count" and not _plausible_count(text, m, r):
        return None
    if r.kind == "count" and r.qualifier == "=":
        adj = _COUNT_ADJECTIVE.match(text, r.end) if text[r.end : r.end + 1] == "-" else None
        if adj and adj.group(1).lower() in _TIMES_SUFFIXES:
            return Found(r.start, adj.end(), "ratio", r.value)  # "20-fold": a multiplier, as `fourfold` is
        if adj and (adj.group(1).lower() in _CLASS_NOUNS or r.value == 1 and adj.group(1).lower() in _ONE_IDIOMS):
            return adj.end()  # "two-wheeler sales", "a two-seater": the name of a class of things, no figure
        if adj and adj.group(1).lower() in _INDEX_MEMBERS and _INDEX_NOUN_NEXT.match(text, adj.end()):
            return adj.end()  # "the 225-share average", "the 20-bond index": an index's name, no figure
        if adj:  # "a 7,500-seat theatre", "the six-county area": what is counted is written glued
            return Found(r.start, adj.end(), "count", r.value, entity=adj.group(1))
    return r.found()


_CLASS_NOUNS = frozenset(Q["class_nouns"])
_INDEX_MEMBERS = frozenset(Q["index_member_nouns"])
_INDEX_NOUN_NEXT = re.compile(rf"[ \u00a0]+{alt(Q['index_nouns_after_compound'])}\b", re.IGNORECASE)
_FRACTION_COMPARATIVE = re.compile(rf"[ \u00a0]+{alt(Q['fraction_comparatives'])}\b", re.IGNORECASE)
_ONE_IDIOMS = frozenset(Q["one_idioms"])
_TIMES_VERB_BEFORE = re.compile(rf"\b{alt(Q['times_verbs_before'])}[ \u00a0]+$", re.IGNORECASE)
_TIMES_WORD = re.compile(rf"([ \u00a0-]{alt(Q['times_words'])})\b", re.IGNORECASE)
#: `subscribed 69.5 times overall, with the retail portion booked 13.4x and the QIB book 198 times`: after a multiple of
#: an issue's demand earlier in the sentence, a later `N times` is the multiple of another tranche, not occasions.
_TIMES_SUBSCRIBED_EARLIER = re.compile(
    rf"\b{alt(Q['times_verbs_before'])}[ \u00a0]+\d[\d.,]*(?:[ \u00a0]*[xX]|[ \u00a0]+{alt(Q['times_words'])})\b(?:[^.;!?]|(?<=\d)\.(?=\d))*$",
    re.IGNORECASE)
_COUNTED_SPAN_NEXT = re.compile(
    rf"[ \u00a0]+(?:\d{{1,4}}|{alt([*UNITS_WORDS, *TENS_WORDS])})[ \u00a0]+{alt(u for u in TIME_UNITS if u.endswith('s'))}\b",
    re.IGNORECASE,
)  # a plural span (`first three days`), not a compound (`a second 24-hour strike`, `his third 6 year term`)
_TIMES_COMPARED = re.compile(rf"\d[ \u00a0]+{alt(Q['times_words'])}\b[^.;!?]*\b{alt(Q['times_compared_links'])}"
                             r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+$", re.IGNORECASE)
_MINUS_LOWER = lower_words(Q["minus"])  # `may_hold` before `_MINUS_BEFORE`'s search
_TIMES_LOWER = lower_words(Q["times_words"])  # `may_hold` before `_TIMES_COMPARED`'s search
_TIMES_GLUED = frozenset(Q["times_glued"])
_TIMES_SUFFIXES = frozenset(Q["times_suffixes"])
_RESOLUTION_CONTEXT = re.compile(rf"\b{alt(Q['resolution_context'])}\b", re.IGNORECASE)
_HERTZ = re.compile(r"\d[ \u00a0]?(?:Hz|hertz)\b")
_CUR_BEFORE_RAW = re.compile(r"[$£€¥₹]$")
_RESOLUTION_AFTER = re.compile(rf"[ \u00a0-]+{alt(Q['resolution_nouns'])}\b", re.IGNORECASE)
_VAGUE_VALUES = VAGUE
_JOINED = any_of(_RATIO_JOIN, _SPLIT, _RATE, _TIMES, _TIMES_WORD)


def _vague(text: str, m: re.Match[str]) -> Found:
    """`thousands of`, `tens of thousands`: approximate counts (or money: `billions of dollars`).

    Convention: `value` is the order of magnitude named (thousands -> 1000, tens of thousands ->
    10000, hundreds of thousands -> 100000, dozens -> 12) and the qualifier is `~`.
    """
    words = m.group().lower().split()
    value = _VAGUE_VALUES[words[-1]]
    if len(words) == 3:
        value *= VAGUE_MULTIPLIERS[words[0]]
    c = _OF_VAGUE_CURRENCY.match(text[m.end() : m.end() + 30])
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


def _ordinal_suffix_ok(raw: str) -> bool:
    """1st, 2nd, 3rd, 11th, 21st: the suffix English gives the number (11st and 2st are not ordinals)."""
    digits = raw.rstrip("".join({c for s in ORDINAL_SUFFIXES for c in s + s.upper()}))
    return raw[len(digits):].lower() == ordinal_suffix(int(digits))


def _stone(text: str, m: re.Match[str]) -> Found | int:
    """`11st`, `11st 4lb`: stone, and pounds (14 to the stone) folded into it."""
    if m.group()[-2:] != "st":
        return m.end()
    r = _Reading(m.start(), m.end(), float(m.group()[:-2]))
    r.kind, r.unit = "measure", "stone"
    _read_compound(text, r)
    return r.found()


def _scientific(text: str, m: re.Match[str]) -> Found | None:
    """`3.4e5`, `6.02×10^23`, `1.6 x 10⁻¹⁹`: a number in scientific notation, then its unit."""
    raw = m.group().translate(_SUPERSCRIPT_DIGITS)
    parts = re.match(r"([\d.]+)(?:[eE]([+-]?\d+)|[ \u00a0]?[×x*][ \u00a0]?10(?:\^|\*\*)?([-−]?\d+))", raw)
    if not parts:
        return None
    exponent = int((parts.group(2) or parts.group(3)).replace("−", "-"))
    r = _Reading(m.start(), m.end(), float(parts.group(1)) * 10.0**exponent)
    _read_unit(text, r, "")
    return r.found()


def _offer(bid: str, offer: str) -> float | None:
    """The offer of a two-way quote: written out (`6.25/6.50`) or as the bid's last decimals
    (`149.85/95` is 149.95, `1.8170/80` is 1.8180, `1.4790/00` is 1.4800); None when a shortened offer
    is not a narrow spread above the bid (`7.25/10` is a mark out of ten)."""
    if "." in offer:
        return parse_number(offer)
    plain = bid.replace(",", "")
    if "." not in plain:  # whole numbers (`452/453 stg`): the offer written out, a spread within 1%
        low, high = parse_number(plain), parse_number(offer)
        ok = low is not None and high is not None and low >= 100 and len(offer) == len(plain)
        return high if ok and 0 < high - low <= _MAX_SPREAD * low else None
    decimals = plain.partition(".")[2]
    if not decimals.isdigit() or len(offer) > len(decimals):
        return None
    low, high = parse_number(plain), parse_number(plain[: len(plain) - len(offer)] + offer)
    if low is None or high is None:
        return None
    if high <= low:  # the offer rolls over: `1.4790/00`
        high = round(high + 10.0 ** (len(offer) - len(decimals)), len(decimals))
    return high if 0 < high - low <= _MAX_SPREAD * low else None

