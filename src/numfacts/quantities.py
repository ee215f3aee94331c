"""Counts, percentages, money, measures, ratios and ordinals.

A regex-first scan finds every number (digits or words); each is then read outward: a currency
before it, a scale word (`million`, `bn`) after it, a second number making a range, then what
follows: `%`/`percent`, a currency word, or a unit of measure. Qualifier words and the counted
noun are the next step's work (context.py). Numbers inside spans another finder claimed (dates,
times, durations) and inside identifiers, URLs, e-mail addresses and phone numbers give no row.

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

from .mention import Found
from .numbers import (
    DIGITS,
    DIGITS_CORE,
    FRACTION_WORDS,
    SCALE_SUFFIXES,
    TENS_WORDS,
    UNITS_WORDS,
    WORDS,
    iso_number,
    parse_number,
    parse_ordinal,
)
from .units import (
    CURRENCY_ADJECTIVES,
    CURRENCY_CENTS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    currency_code,
    measure_unit,
)

_ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth"
    r"|hundredth|thousandth|millionth|first|second)"
)
_FRACTION = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
_SMALL_WORDS = "|".join(sorted(list(UNITS_WORDS) + list(TENS_WORDS), key=len, reverse=True))

#: The scan: one alternation, tried left to right at each position.
_SCAN = re.compile(
    rf"""
      (?P<ord>(?<![\w.,-])\d+(?:st|nd|rd|th)(?![\w-]))             # 21st, 3rd
    | (?P<frac>(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|a)[ -](?:{_FRACTION})(?![\w-]))  # two-thirds
    | (?P<mixed>(?<![\w/.,-])\d{{1,3}}[ \u00a0]\d/\d{{1,2}}(?![\w/]))   # 10 1/2
    | (?P<dfrac>(?<![\w/.,-])\d{{1,2}}/\d{{1,2}}(?:th|rd|nd|st)?(?![\w/]))  # 2/3, 1/6th
    | (?P<half>(?<![\w-])half(?=\ (?:of|the|a|an|their|its|his|her|all)\b)
        (?!\ an?\ (?:million|billion|trillion|thousand|hundred|dozen)\b))  # half of / half the
    | (?P<vague>(?<![\w-])(?:(?:tens|hundreds|dozens)[ \u00a0]+of[ \u00a0]+(?:thousands|millions|billions)
        |dozens|hundreds|thousands|millions|billions)(?![\w-]))     # thousands of, tens of thousands
    | (?P<digits>(?:(?<![\w.,/\-−–])|(?<=Rs)|(?<=RM)|(?<=Rp))(?:[-−–](?=\d))?{DIGITS_CORE})  # 78,000 / -12 / Rs850
    | (?P<words>{WORDS})                                            # five / two dozen / half a million
    | (?P<ordw>(?<![\w-]){_ORDINAL_WORDS}(?!\w|-(?![a-z]+est\b)))   # third, twenty-first, second-biggest
    | (?P<wadj>(?<![\w-])(?:{_SMALL_WORDS})(?=-[a-z]))           # six-mile, three-ton, a two-year plan
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A number right after a range joiner (no look-behind: "3-1" must read its "1").
_NUMBER_AT = re.compile(rf"(?P<digits>{DIGITS})|(?P<words>{WORDS})", re.VERBOSE | re.IGNORECASE)
_CUR_BEFORE = re.compile(
    r"(?:" + "|".join(re.escape(k) for k in sorted(CURRENCY_PREFIXES, key=len, reverse=True)) + r")[ \u00a0]?$"
)
_SCALE_AFTER = re.compile(
    r"""(?P<sp>[ \u00a0-]?)                                 # a space or hyphen, or nothing (47.6m)
        (?P<s>thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|crore|lakh|k|m|b|t)
        (?![\w])""",
    re.VERBOSE | re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"[ \u00a0]?(?:-|–|—|to|and)[ \u00a0]?(?=[$£€¥]?[-−]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b)", re.IGNORECASE)
_PERCENT = re.compile(
    r"""[ \u00a0]?-?(?:
          (?P<pp>percentage[ -]points?|%[ -]points?|pct\.?[ -]points?|per[ -]?cent(?:age)?[ -]points?)
        | %|per[ -]?cent\b|pct\b\.?|pc\b(?!\.)
        )""",
    re.VERBOSE | re.IGNORECASE,
)
_CURRENCY_ADJ = sorted({a for a, _ in CURRENCY_ADJECTIVES}, key=len, reverse=True)
_CUR_WORD = re.compile(
    r"[ \u00a0-](?P<c>(?:(?:" + "|".join(re.escape(a).replace(r"\ ", "[ \u00a0]") for a in _CURRENCY_ADJ) + r")[ \u00a0])?"
    r"(?:" + "|".join(sorted({w for _, w in CURRENCY_ADJECTIVES} | {w for w in CURRENCY_WORDS if " " not in w and w != "won"},
                             key=len, reverse=True)) +
    r"|pounds[ \u00a0]sterling)|won(?=\W))(?![\w])",
    re.IGNORECASE,
)
_CENTS = re.compile(r"(?P<sp>[ \u00a0-]?)(?P<c>cents|cent|pence|p)(?![\w-])")
_POST_QUAL = re.compile(r"(?P<q>\+|-plus\b|[ \u00a0]or (?:more|greater|higher|above|over)\b|[ \u00a0]or so\b|[ \u00a0]or (?:fewer|less)\b)", re.IGNORECASE)
_RATIO_JOIN = re.compile(r"[ \u00a0](?:in(?:[ \u00a0]every)?|out[ \u00a0]of)[ \u00a0](?=[\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\ hundred|a\ thousand)\b)", re.IGNORECASE)
_TIME_UNIT = re.compile(
    r"[ \u00a0-](?P<u>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)(?P<old>-old|\ old)?(?![\w])",
    re.IGNORECASE,
)
_PAIR_PERCENT = re.compile(r"[ \u00a0]?(?:to|and|or|-|–)[ \u00a0]?[\d.,]*\d[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b)", re.IGNORECASE)
_ORDINAL_NAME = re.compile(
    r"[ \u00a0]+(?:District|Republic|Amendment|Street|Avenue|Division|Regiment|Army|Corps|Brigade|Battalion"
    r"|Fleet|Congress|Dynasty|Infantry|Airborne|Precinct|Ward|Circuit|Cavalry|Squadron|Wing|Marines?"
    r"|Armored|Armoured|Mechanized|Light|Reich|Estate|Doctor|Baron|Earl|Duke|Marquess|Viscount"
    r"|Battalions?|Commando|Parachute|Panzer|Guards|Legion|Ring|Plenum|Avenue|Floor|Session|Committee)\b"
)
_COUNT_ADJECTIVE = re.compile(
    r"-(?!(?:year|month|week|day|hour|minute|second|old|point|percent|per|thousand|million|billion)s?\b)([a-z]{3,})(?![\w-])"
)
_DOLLAR_KIND = re.compile(r"(?<![\w$])(?:NZ|A|AU|C|CA|HK|S|NT|R)\$")
_TIMES = re.compile(r"([ \u00a0-]times?)[ \u00a0]+(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster"
                    r"|slower|as|the|that|over|longer|stronger|cheaper|richer|worse|better)\b", re.IGNORECASE)
_OF_A_POINT = re.compile(r"[ \u00a0](?:of[ \u00a0])?an?[ \u00a0](?:percentage|%)[ \u00a0]point", re.IGNORECASE)
_PER_TIME = re.compile(r"[ \u00a0]?(?:per|an?|/)[ \u00a0]?(second|minute|hour|day|week|month|year)\b", re.IGNORECASE)
_YEAR_PREPOSITION = re.compile(r"\b(?:of|in|since|by|until|till|from|to|before|after|during|circa|year|years)[ \u00a0]+$", re.IGNORECASE)
#: More than twelve bare numbers in a row with only separators between them: "1 1 1 1 ...",
#: "$1-$1-$1", "one two three four ...". Such runs are tables or junk, not sentences; they give no rows.
_SOUP_WORDS = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS, "hundred", "thousand", "million", "billion", "trillion"],
                              key=len, reverse=True))
_SOUP = re.compile(
    rf"(?:[$£€]?\d[\d.,/]*[%]?[\s,;:/()-]+){{12,}}[$£€]?\d|(?:(?:{_SOUP_WORDS})[\s,;-]+){{12,}}", re.IGNORECASE
)
_TOKEN_TAIL = re.compile(r"[\w.,:/-]+")
_NEXT_IS_NUMBER = re.compile(rf"%?[\s,;:/()-]+(?:[$£€]?\d|(?:{_SOUP_WORDS})\b)", re.IGNORECASE)
_NOT_AFTER_ONE = {
    "of", "in", "on", "and", "to", "at", "the", "a", "an", "or", "for", "by", "with", "from", "as", "is",
    "was", "another", "day", "time", "way", "thing", "without", "who", "which", "that", "we", "you",
    "they", "he", "she", "it", "i", "would", "could", "should", "can", "will", "may", "might", "must",
    "more", "less", "has", "had", "have", "does", "did", "after", "before", "over", "under", "into",
}
_ONE_AS_PRONOUN = re.compile(r"\b(?:the|no|any|every|only|this|that|which|each)[ \u00a0]+$", re.IGNORECASE)
#: A change verb (or noun) before "from X to Y": the two figures are a before and an after.
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|risen|f[ae]ll(?:s|ing|en)?|increas\w*|decreas\w*|gr[eo]w\w*|climb\w*|drop\w*"
    r"|jump\w*|declin\w*|went|go(?:es|ing)?|up|down|cut\w*|rais\w*|reduc\w*|slip\w*|surg\w*|soar\w*"
    r"|plung\w*|widen\w*|narrow\w*|chang\w*|mov\w*|shift\w*|extend\w*|lower\w*|boost\w*|doubl\w*"
    r"|tripl\w*|shr[iu]nk\w*|expand\w*|swell\w*|swollen|tumbl\w*|slump\w*|revis\w*|upgrad\w*|downgrad\w*"
    r"|hik\w*|increase|rise|fall|drop|growth|decline)\b[^.;]{0,40}\bfrom[ \u00a0]+$",
    re.IGNORECASE,
)
_DAY_AFTER_DATE = re.compile(r"[ \u00a0]*(?:to|and|through|until|till|-|–|—)[ \u00a0]*")
_DAY_NUMBER = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]\d)")
_PERCENT_BEFORE_JOIN = re.compile(
    r"[ \u00a0]?(?:%|per[ \u00a0]?cent|percent)(?=[ \u00a0]?(?:-|–|and)[ \u00a0]?\d[\d.,]*[ \u00a0]?(?:%|per[ \u00a0]?cent|percent))",
    re.IGNORECASE,
)
_MINUS_BEFORE = re.compile(r"(?<![\w])minus[ \u00a0]+$", re.IGNORECASE)
_GLUED = re.compile(r"[A-Za-z°º%µ²/]+")
_URLS_EMAILS = re.compile(
    r"""(?:https?://|www\.)[^\s<>"]+                           # URLs
      | [\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+                     # e-mail addresses
    """,
    re.VERBOSE,
)
_PHONES = re.compile(
    r"""(?=[+(\d])(?<![\w.,])(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,5}(?![\w])  # +44 20 7946 0958
      | (?=\d)(?<![\w])(?:1-)?\d{3}-\d{3,4}-\d{4}(?![\w])          # 555-123-4567, 1-800-222-2222
      | (?=\d)(?<![\w])1-\d{3}-\d{4}(?![\w])                      # 1-222-2222
      | (?=[+\d])(?<![\w])(?:\+\d{1,3}[ .-]?)?0?\d{2,4}[ .-]\d{5,8}(?![\w])  # 0800 789321, +44 800 789321
      | (?=\d)(?<![\w])\d{3,4}(?:-\d{2,4}){2,3}(?![\w])          # 0800-77-90-15
    """,
    re.VERBOSE,
)
#: Cheap first pass: where a number may start (a digit run, or a number word). Grouped by first
#: letter so the engine tries few alternatives at each word; the full reading is `_SCAN.match`.
_TRIGGER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion zero dozen dozens hundreds thousands millions billions tens half third "
    "thirds fourth fifth fifths sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth "
    "hundredth thousandth millionth first second quarter quarters"
).split()


def _trigger_regex() -> re.Pattern[str]:
    groups: dict[str, list[str]] = {}
    for w in _TRIGGER_WORDS:
        groups.setdefault(w[0], []).append(w[1:])
    alt = "|".join(f"[{c.upper()}{c}](?:{'|'.join(sorted(rest, key=len, reverse=True))})" for c, rest in groups.items())
    return re.compile(rf"\d[\d,.]*|\b(?:{alt}|[Aa][ ](?:dozen|hundred|thousand|million|billion|half|third|quarter|fifth))\b")


_TRIGGER = _trigger_regex()
_ID_WORDS = {
    "no", "no.", "nos.", "number", "#", "page", "pages", "route", "flight", "room", "level", "article",
    "category", "chapter", "section", "resolution", "phase", "stage", "version", "model", "type",
    "class", "grade", "bus", "platform", "gate", "terminal", "highway", "interstate", "channel",
    "episode", "season", "volume", "vol.", "issue", "track", "lane", "ward", "precinct", "block",
    "unit", "apartment", "suite", "row", "seat", "act", "scene", "part", "line", "rule", "proposition",
    "prop", "amendment", "windows", "iphone", "ipad", "boeing", "airbus", "apollo", "ps", "xbox",
    "playstation", "galaxy", "pixel", "mig", "su", "tu", "code", "district", "zone", "camp", "pier",
    "exit", "junction", "box", "figure", "fig.", "table", "item", "clause", "paragraph", "form", "formula", "grand", "super", "bowl", "world", "cup", "mark", "mk", "series", "pt", "psalm",
    "verse", "palace", "hall", "street", "avenue", "road", "size", "band", "radio", "tv", "bbc",
}
_INDEX_NAMES = {"Poor's", "Poor’s", "S&P", "FTSE", "Nikkei", "DAX", "CAC", "Fortune", "Russell", "Stoxx",
                "ASX", "Sensex", "Nifty", "IBEX", "AEX", "SMI", "KOSPI", "TSX", "Wilshire", "NYSE", "Euro"}
_NOT_ID_CAPITALS = {
    "about", "some", "nearly", "over", "almost", "around", "approximately", "roughly", "only", "just",
    "the", "a", "an", "all", "another", "with", "by", "to", "from", "of", "in", "on", "at", "for", "and",
    "but", "or", "exactly", "than", "between", "up", "down", "under", "more", "less", "fewer", "least",
    "most", "those", "these", "his", "her", "their", "its", "our", "my", "your", "each", "every", "many",
    "total", "estimated", "below", "above", "within", "after", "before", "since",
    "during", "until", "among", "including", "includes", "included", "plus", "minus", "as", "if",
    "when", "while", "then", "also", "still", "that", "this", "there", "here", "where", "who",
    "which", "what", "are", "were", "was", "is", "be", "been", "had", "has", "have", "said", "says",
    "killed", "injured", "wounded", "dead", "died", "reported", "police", "officials", "authorities",
    "nato", "un", "eu", "us", "uk", "per", "out", "via", "because", "against", "across", "through",
    "upwards", "well", "barely", "precisely", "not", "no", "killing",
    "close", "top", "top-", "additional", "further", "other", "first",
}
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|beat|beats|defeat(?:ed|s)?|victory|lost|loss|lose|draw|drew|score[ds]?|lead|led"
    r"|trail(?:ed|ing)?|final|match|game|goals?|innings|half-time|halftime|penalt(?:y|ies)|set|sets|vote|votes|voted)\b",
    re.IGNORECASE,
)
_TEMPERATURE_CONTEXT = re.compile(r"temperat|°|celsius|fahrenheit|heat|cold|warm|freez|weather|degrees? (?:c|f)\b|hot\b|chill", re.IGNORECASE)
_MONEY_CONTEXT = re.compile(r"£|\bsterling|\bbritish|\bbritain|\bu\.?k\.?\b|\blondon|\bengland|\bfines?\b|\bcosts?\b"
                            r"|\bpa(?:id|y|ys)\b|\bprice|\bworth|\bsold|\bbought|\bspen[dt]|\bfund|\bbudget|\bsalar|\bwage"
                            r"|\bmillion|\bbillion|\bcharg|\bfee|\bprize|\bdonat|\bbonus|\btax", re.IGNORECASE)
_WEIGHT_CONTEXT = re.compile(r"\bweigh|\bheav(?:y|ier)|\bpounds of\b|\blbs?\b", re.IGNORECASE)
_FUNCTION_WORDS = {"of", "in", "on", "and", "to", "at", "the", "a", "an", "or", "for", "by", "with", "from", "as", "is", "was"}


#: The words after a number that may name its unit: up to three tokens, the first possibly glued
#: (19C, 5km, 1,000°C) or hyphenated (10,000-tonne).
_UNIT_WORDS = re.compile(r"(?P<sp>[ \u00a0]?-?[ \u00a0]?)(?P<u>[^\s\d,;:()\[\]\"“”'’!?]+[23²³]?(?:[ \u00a0][A-Za-z/.]+){0,2})")


def _match_unit(text: str, pos: int) -> tuple[str, str, int, bool] | None:
    """(surface, unit name, end, glued) of the longest unit written at `pos`, by table look-up."""
    m = _UNIT_WORDS.match(text, pos)
    if not m:
        return None
    glued = m.group("sp") == ""
    words = re.split(r"[ \u00a0]", m.group("u"))
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n]).rstrip(".")
        if n == 1 and surface.endswith("-old"):
            return None
        unit = measure_unit(surface)
        if unit:
            end = m.start("u") + len(" ".join(words[:n]).rstrip("."))
            if surface.endswith("/") or (end < len(text) and (text[end].isalnum() or text[end] == "²")):
                continue
            return surface, unit, end, glued
    return None


def soup_end(text: str, start: int, token_end: int) -> int | None:
    """The end of a run of more than twelve bare numbers starting at `start` (its first token ends
    at `token_end`), or None: such runs are flattened tables or junk and give no rows.

    >>> soup_end("1 " * 20, 0, 1), soup_end("1 2 people", 0, 1)
    (39, None)
    """
    if not _NEXT_IS_NUMBER.match(text, token_end):
        return None
    m = _SOUP.match(text, start)
    return m.end() if m else None


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and phone numbers (the costly patterns run only where they can match)."""
    spans = [m.span() for m in _PHONES.finditer(text)] if re.search(r"\d[ .-]\d{3}", text) else []
    if "@" in text or "www." in text or "://" in text:
        spans += [m.span() for m in _URLS_EMAILS.finditer(text)]
    return spans


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(starts, e) - 1
    while i >= 0:
        a, b = spans[i]
        if b <= s and a < s - 200:
            return False
        if a < e and s < b:
            return True
        i -= 1
    return False


def _previous_word(text: str, s: int) -> str:
    m = re.search(r"([#\w.'’-]+)[ \u00a0]*$", text[max(0, s - 30) : s])
    return m.group(1) if m else ""


def _looks_like_identifier(text: str, s: int, raw: str) -> bool:
    """`Boeing 737`, `Article 5`, `No. 10`, `Route 66`: a name word right before a plain integer."""
    if s >= 2 and text[s - 1] in "!#@&" and text[s - 2].isalnum():
        return True  # Yahoo!7, #1, AT&T 5: part of a name
    prev = _previous_word(text, s)
    if prev in _INDEX_NAMES:
        return True  # S&P 500, FTSE 100, Nikkei 225: index names
    if not prev or prev in CURRENCY_PREFIXES or prev.endswith(("'s", "’s", "s'")):
        return False
    low = prev.lower().rstrip("'’s")
    if low in _ID_WORDS or prev.lower() in _ID_WORDS:
        return re.fullmatch(r"\d{1,4}(?:\.\d{1,2})?", raw) is not None
    if not re.fullmatch(r"\d{1,4}", raw):
        return False
    if prev[0].isupper() and low not in _NOT_ID_CAPITALS and not _is_month_or_day(low):
        before = text[max(0, s - len(prev) - 3) : s - len(prev)].rstrip(" \u00a0")
        sentence_start = not before or before[-1] in ".!?\n\"“:;("
        return not sentence_start
    return False


_MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
    "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}


def _is_month_or_day(word: str) -> bool:
    return word in _MONTHS_DAYS


class _Reading:
    """Mutable scratch state while one number is read outward (local to one call)."""

    __slots__ = ("start", "end", "value", "low", "high", "qualifier", "kind", "unit", "negative")

    def __init__(self, start: int, end: int, value: float | None) -> None:
        self.start, self.end, self.value = start, end, value
        self.low = self.high = None
        self.qualifier = "="
        self.kind = "count"
        self.unit: str | None = None
        self.negative = False

    def found(self) -> Found:
        return Found(self.start, self.end, self.kind, self.value, self.low, self.high, self.qualifier, self.unit)


def _read_scale(text: str, r: _Reading, digits: bool, currency: bool) -> None:
    """A scale word or suffix right after the number: 1.5 million, 47.6m, $18bn, 3k."""
    m = _SCALE_AFTER.match(text, r.end)
    if not m or r.value is None:
        return
    word, glued = m.group("s"), m.group("sp") == ""
    low = word.lower()
    if len(low) <= 2 and low not in ("bn", "mn", "tn"):  # single letters: k, m, b
        if not digits or not glued:
            return
        if low in ("b", "t") and not currency:
            return
        if low == "m" and not currency:
            # 47.6m people is millions; a 700m stretch, 100m sprint, 10m high are metres
            after = re.match(r"[ \u00a0]+([A-Za-z]+)", text[m.end() : m.end() + 20])
            if not after or not _plural_noun(after.group(1)):
                return
    if not glued and word != low and len(low) <= 2:
        return
    scale = SCALE_SUFFIXES.get(low)
    if scale is None:
        return
    r.value *= scale
    r.end = m.end()


def _plural_noun(word: str) -> bool:
    w = word.lower()
    return w in ("people", "children", "men", "women", "police", "personnel", "staff") or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and measure_unit(w) is None
    )


def _read_currency_before(text: str, r: _Reading) -> str | None:
    m = _CUR_BEFORE.search(text, max(0, r.start - 6), r.start)
    if not m:
        return None
    sym = m.group().rstrip(" \u00a0")
    if sym == "R" and not re.search(r"\bR[ \u00a0]?\d", text[m.start() : r.start + 1]):
        return None
    if sym.isalpha() and m.start() > 0 and text[m.start() - 1].isalnum():
        return None
    r.start = m.start()
    if sym == "$":  # "NZ$ 1.2 million ... and $414,595": the sentence's own dollar
        lo = max(0, r.start - 300)
        earlier = _DOLLAR_KIND.findall(text, lo, r.start)
        sentence_start = max(text.rfind(". ", lo, r.start), text.rfind("\n", lo, r.start))
        if earlier and text.rfind(earlier[-1], lo, r.start) > sentence_start:
            return CURRENCY_PREFIXES[earlier[-1]]
    return CURRENCY_PREFIXES[sym]


def _read_number(text: str, m: re.Match[str]) -> tuple[float | None, int]:
    return parse_number(m.group()), m.end()


def _second_number(text: str, pos: int) -> re.Match[str] | None:
    return _NUMBER_AT.match(text, pos + (1 if text[pos : pos + 1] in "$£€¥" else 0))


def _read_range(text: str, r: _Reading, first_raw: str, currency: str | None) -> bool:
    """A second number joined by `-`, `to` or `and` (after `between`): a range, or a score."""
    # "between 5% and 10%", "5%-7%": the unit written twice (not "rose 5% to 7%", a change)
    unit = _PERCENT_BEFORE_JOIN.match(text, r.end)
    j = _RANGE_JOIN.match(text, unit.end() if unit else r.end)
    if not j:
        return False
    joiner = j.group().strip(" \u00a0").lower()
    before = text[max(0, r.start - 12) : r.start].lower()
    if joiner == "and" and not re.search(r"between[ \u00a0]+$", before):
        return False
    from_range = False
    if joiner == "to" and re.search(r"\bfrom[ \u00a0]+$", before):
        if _CHANGE_BEFORE_FROM.search(text, max(0, r.start - 60), r.start):
            return False  # "rose from 50 to 70": two values, a change, not a range
        from_range = True  # "anywhere from 13 to 100 people": a range
    m2 = _second_number(text, j.end())
    if not m2:
        return False
    raw2 = m2.group()
    if joiner in ("-", "–", "—") and re.fullmatch(r"\d{1,3}", first_raw) and re.fullmatch(r"\d{1,3}", raw2):
        sentence = text[max(0, r.start - 120) : m2.end() + 60]
        if _SCORE_CONTEXT.search(sentence):
            r.kind = "score"
            r.end = m2.end()
            return True
    second = _Reading(m2.start(), m2.end(), parse_number(raw2))
    _read_scale(text, second, bool(m2.group("digits")), currency is not None)
    if second.value is None or r.value is None:
        return False
    if second.value > r.value and second.value / max(r.value, 1e-9) > 999 and r.value < 1000:
        r.value *= second.value / parse_number(raw2)  # "$5-10 million": the scale applies to both
    if second.value < r.value:
        return False  # 2010-15 or 15-10: not a range
    r.low, r.high, r.value = r.value, second.value, None
    r.qualifier = "range"
    r.end = second.end
    if joiner == "and":
        r.start = before.rfind("between") + max(0, r.start - 12)
    elif from_range:
        r.start = before.rfind("from") + max(0, r.start - 12)
    return True


def _read_unit(text: str, r: _Reading, sentence: str) -> None:
    """What follows the number: a percent sign or word, a currency word, a unit, cents."""
    p = _PERCENT.match(text, r.end)
    if p:
        r.kind, r.unit, r.end = "percent", "percentage point" if p.group("pp") else "percent", p.end()
        return
    c = _CUR_WORD.match(text, r.end)
    if c:
        word = c.group("c")
        if word.lower().startswith("pound") and "sterling" not in word.lower() and (
            _WEIGHT_CONTEXT.search(sentence) or re.match(r"[ \u00a0]+of\b", text[c.end() :])
            or (r.value is not None and r.value < 1e4 and not _MONEY_CONTEXT.search(sentence))
        ):
            r.kind, r.unit, r.end = "measure", "pound-mass", c.end()
            return
        if word.lower() == "won" and r.value is not None and r.value < 1000:
            return
        code = currency_code(word) or CURRENCY_WORDS.get(word.lower().split()[-1])
        r.kind, r.unit, r.end = "money", code, c.end()
        return
    found = _match_unit(text, r.end)
    if found:
        surface, unit, end, glued = found
        if surface in ("C", "F") and (
            (not glued and text[end : end + 1].isalpha())
            or r.value is None or not -90 <= r.value <= 150
            or re.match(r"[ \u00a0]+(?!(?:in|on|at|and|or|to|from|with|for|by|the|a|was|is|were|are|as|overnight|today|yesterday)\b)[a-z]", text[end : end + 20])
        ):
            return
        if surface in ("m", "g", "C", "F") and not glued and not re.fullmatch(r"[ \u00a0]?", text[r.end : r.end + 1]):
            return
        if surface in ("m", "g") and not glued and text[end : end + 1] not in ("", " ", ".", ",", ";", ")"):
            return
        if unit == "degree angle" and _TEMPERATURE_CONTEXT.search(sentence):
            unit = "degree Celsius"
            if re.match(r"[ \u00a0]?(?:Fahrenheit|F)\b", text[end:]):
                unit = "degree fahrenheit"
        per = _PER_TIME.match(text, end)
        if per and " per " not in unit:  # six inches per hour, 20 tonnes a day
            unit, end = f"{unit} per {per.group(1).lower()}", per.end()
        r.kind, r.unit, r.end = "measure", unit, end
        return
    pair = _PAIR_PERCENT.match(text, r.end)
    if pair and r.qualifier != "range":
        r.kind, r.unit = "percent", "percent"  # "from 50 to 45%": the first is a percentage too
        return
    t = _TIME_UNIT.match(text, r.end)
    if t and r.value is not None:
        name = t.group("u").lower().rstrip("s")
        name = {"centurie": "century"}.get(name, name)
        # an age ("a 15-year-old boy", "78 years old") is a measure in years, not a time span
        r.kind, r.unit, r.end = ("measure" if t.group("old") else "duration"), name, t.end()
        return
    ct = _CENTS.match(text, r.end)
    if ct and r.value is not None and (ct.group("c") != "p" or ct.group("sp") == ""):
        r.kind, r.unit, r.end = "money", CURRENCY_CENTS[ct.group("c")], ct.end()
        r.value /= 100
        if r.low is not None:
            r.low /= 100
        if r.high is not None:
            r.high /= 100


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
    word = q.group("q").strip().lower()
    if word in ("+", "-plus") or word.endswith(("more", "greater", "higher", "above", "over")):
        r.qualifier = ">" if word in ("+", "-plus") else ">="
        r.low = r.value
    elif word == "or so":
        r.qualifier = "~"
    else:
        r.qualifier, r.high = "<=", r.value
    r.end = q.end()


def _sentence_around(text: str, s: int, e: int) -> str:
    """The text around a number, up to the nearest full stops within 200 characters each way."""
    lo = max(0, s - 200)
    a = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s), lo)
    b = text.find(". ", e, e + 200)
    return text[a : b if b >= 0 else e + 200]


def find_quantities(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Every count, percentage, money amount, measure, ratio and ordinal outside `taken` spans."""
    blocked = sorted(list(taken) + _blocked_spans(text))
    starts = [a for a, _ in blocked]
    out: list[Found] = []
    pos = 0
    bi = 0  # blocked spans ending at or before the current trigger are behind us
    for t in _TRIGGER.finditer(text):
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
        m = _SCAN.match(text, s) or (_SCAN.match(text, s + 1) if s < t.start() else None)
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
        pos = found.end
        out.append(found)
    return out


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


_VAGUE_VALUES = {"dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _vague(text: str, m: re.Match[str]) -> Found:
    """`thousands of`, `tens of thousands`: approximate counts (or money: `billions of dollars`).

    Convention: `value` is the order of magnitude named (thousands -> 1000, tens of thousands ->
    10000, hundreds of thousands -> 100000, dozens -> 12) and the qualifier is `~`.
    """
    words = m.group().lower().split()
    value = _VAGUE_VALUES[words[-1]]
    if len(words) == 3:
        value *= {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}[words[0]]
    c = re.match(r"[ \u00a0]+of[ \u00a0]+((?:US[ \u00a0]+)?(?:dollars|euros|pounds|yen|yuan|rupees|roubles|rubles))\b",
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


def _sentence_initial(text: str, s: int) -> bool:
    before = text[max(0, s - 3) : s].rstrip(" \u00a0\"“'‘(")
    return not before or before[-1] in ".!?\n:;"


def _glued_ok(glued: str, text: str, s: int) -> bool:
    """Letters stuck to digits: a scale (47.6m), a unit (19C, 5km), percent, pence; else an identifier."""
    if glued in ("%",) or glued.lower() in ("bn", "mn", "tn", "k", "m", "b", "t", "p", "st", "nd", "rd", "th",
                                            "thousand", "million", "billion", "trillion", "mln", "bln"):
        return True
    return measure_unit(glued) is not None or glued.startswith("%")


def _plausible_count(text: str, m: re.Match[str], r: _Reading) -> bool:
    """A bare number is a count unless it is likely a year, a lone `one`, or a page of digits."""
    raw = m.group()
    after = text[r.end : r.end + 30]
    noun = re.match(r"[ \u00a0]+([A-Za-z][\w'-]*)", after)
    if m.group("words"):
        low = raw.lower()
        if low == "one" and (
            not noun or noun.group(1).lower() in _NOT_AFTER_ONE
            or _ONE_AS_PRONOUN.search(text, max(0, r.start - 12), r.start)
        ):
            return False  # "one of the", "the only one without", "is one we thought": a pronoun
        return True
    if r.qualifier == "range":
        return True
    if re.fullmatch(r"0\d+", raw) and raw.strip("0"):
        return False  # 0810, 007: a clock time or a code, never a count written so
    v = r.value
    if v is not None and re.fullmatch(r"\d{4}", raw) and 1000 <= v <= 2100:
        if _YEAR_PREPOSITION.search(text, max(0, r.start - 12), r.start):
            return False  # "the Class of 2006 students", "since 1968 when": a year
        return bool(noun and _plural_noun(noun.group(1)))
    return True
