"""Step 3, ranges: a second number joined by `-`, `to` or `and` (after `between`), or a score.

`between 300 and 400`, `5%-7%`, `$5-10 million`, `from 13 to 100`; `rose from 50 to 70` is a change
(two rows), and `won 3-1` a score (no row).
"""

from __future__ import annotations

import re

from .._regex import lazy
from ..numbers import SCALE_WORDS, TENS_WORDS, UNITS_WORDS, parse_number
from ..units import CURRENCY_PREFIXES
from .filters import TALLY_END, VOTE_CONTEXT, VOTE_LOWER, plural_noun_next
from .read import _match_unit, _read_scale, _Reading
from .scan import _NUMBER_AT
from .words import SPACES as _SPACES
from .words import Q, alt, lower_words, may_hold

#: The words of a range: "between 5 and 10", "from 13 to 100".
TO, AND = Q["range_words"]["to"], Q["range_words"]["and"]
_BETWEEN_BEFORE = re.compile(rf"\b{re.escape(Q['range_words']['between'])}[ \u00a0]+$")
_FROM_BEFORE = re.compile(rf"\b{re.escape(Q['range_words']['from'])}[ \u00a0]+$")
#: `growth of 4% to 6%`: `of` right before the first figure makes `to` a range, not a change and its level.
_OF_BEFORE = re.compile(r"\bof[ \u00a0]+$")
_BY_BEFORE = re.compile(
    rf"\b{re.escape(Q['range_words']['by'])}[ \u00a0]+(?:{alt(Q['by_qualifiers'])}[ \u00a0]+)?[$£€¥]?$", re.IGNORECASE)
#: A currency written before the second figure too: `between US$10.38 billion and US$10.48 billion`.
_PREFIX = alt(CURRENCY_PREFIXES)
_PREFIX_AT = re.compile(_PREFIX)
_RANGE_JOIN = lazy(
    rf"[ \u00a0]?(?:--|-|–|—|{alt([TO, AND])})[ \u00a0]?(?=(?:{_PREFIX})?[-−]?\d|{alt([*UNITS_WORDS, *TENS_WORDS, 'hundred'])}\b)",
    re.IGNORECASE,
)
_SCORE_CONTEXT = re.compile(rf"\b{alt(Q['score_words'])}\b", re.IGNORECASE)
_SCORE_LOWER = lower_words(Q["score_words"])  # `may_hold` before the search
#: A change verb (or noun) before "from X to Y": the two figures are a before and an after.
#: Not a bound's `up to 10,000 lb and ... from zero to 60 mph`: a change word right before `to` and a figure.
#: A decimal point between is no clause end (`climbed 18.1 percent from $1.51 billion to $1.79 billion`).
_CHANGE_BEFORE_FROM = lazy(
    rf"\b{alt(Q['change_words'])}\b(?![ \u00a0]+to[ \u00a0]+[$£€¥]?\d)(?:[^.;]|\.(?=\d)){{0,40}}\bfrom[ \u00a0]+$", re.IGNORECASE)
_CHANGE_BEFORE = lazy(rf"\b{alt(Q['change_words'])}\b[^.;]{{0,25}}$", re.IGNORECASE)
#: The change words in lower case and without flags, which `re` skips through in C: a window without
#: one needs no IGNORECASE search for them (exact for an ASCII window; any other is searched as is).
_CHANGE_WORD_LOWER = lower_words(Q["change_words"])


def _change_before(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`pattern.search(text, lo, hi)` for a pattern that starts with a change word."""
    return pattern.search(text, lo, hi) if may_hold(_CHANGE_WORD_LOWER, text[lo:hi]) else None


_CHANGE_WORD = lazy(rf"\b{alt(Q['change_words'])}\b", re.IGNORECASE)
_FROM_NEAR = re.compile(rf"\b{re.escape(Q['range_words']['from'])}\b")
_AFTER_TO = re.compile(r"\d[ \u00a0]+to[ \u00a0]+[$£€¥]?$")
#: A percent sign or word, or a unit letter, right after the second figure: `1-3%` is no score.
_UNIT_NEXT = re.compile(r"[ \u00a0]?(?:%|[A-Za-z])")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")

_BASIS_POINTS = re.compile(rf"[ \u00a0]?{alt(Q['basis_points'])}\b", re.IGNORECASE)
_THEN_TO = re.compile(r"[ \u00a0]+to[ \u00a0]+[$£€¥]?\d")
_PCT_WORDS = alt([*Q["percent_words"], *Q["basis_points"]]).replace("[ \u00a0]", "[ \u00a0]?")
_PERCENT_BEFORE_JOIN = re.compile(
    rf"[ \u00a0]?(?:%|{_PCT_WORDS})(?=[ \u00a0]?(?:--|-|–|and|to)[ \u00a0]?-?\d[\d.,]*[ \u00a0]?(?:%|{_PCT_WORDS}))",
    re.IGNORECASE,
)


#: The first characters of `_RANGE_JOIN`'s joiners (after an optional space), in both cases.
_JOIN_FIRST = frozenset("-–—") | frozenset(c for w in (TO, AND) for c in (w[0].lower(), w[0].upper()))


def _may_join(text: str, pos: int) -> bool:
    """Can `_RANGE_JOIN` match at `pos`? Its joiner starts there or after one space (the joiner
    words are ASCII; any other character is left to the engine)."""
    c = text[pos : pos + 1]
    if c in _SPACES:
        c = text[pos + 1 : pos + 2]
    return c in _JOIN_FIRST or not c.isascii()


def _second_number(text: str, pos: int) -> re.Match[str] | None:
    prefix = _PREFIX_AT.match(text, pos)
    return _NUMBER_AT.match(text, prefix.end() if prefix else pos)


def _prefix_code(text: str, pos: int) -> str | None:
    """The currency written right before the second figure at `pos`, if any."""
    prefix = _PREFIX_AT.match(text, pos)
    return CURRENCY_PREFIXES[prefix.group()] if prefix else None


_RX_SHORT = re.compile(r"\d{1,3}")


def _read_range(text: str, r: _Reading, first_raw: str, currency: str | None) -> bool:
    """A second number joined by `-`, `to` or `and` (after `between`): a range, or a score."""
    # "between 5% and 10%", "5%-7%": the unit written twice (not "rose 5% to 7%", a change)
    unit = _PERCENT_BEFORE_JOIN.match(text, r.end)
    measure = None if unit else r.unit_at_end(text)  # "between -40C and 12C": a unit written twice
    at = unit.end() if unit else measure[2] if measure else r.end
    j = _RANGE_JOIN.match(text, at) if _may_join(text, at) else None
    if measure and j and not _same_unit_after(text, j.end(), measure[1]):
        j = None
    if not j:
        return False
    joiner = j.group().strip(" \u00a0").lower()
    before = text[max(0, r.start - 24) : r.start].lower()
    if (unit and joiner == TO and not _OF_BEFORE.search(before)
            and _change_before(_CHANGE_BEFORE, text, max(0, r.start - 40), r.start) and not _forecast_range(text, r, j.end())):
        return False  # "rose 5% to 7%": a change and a level, two rows (not "growth of 4% to 6%", a range)
    first_bp = _BASIS_POINTS.match(unit.group()) is not None if unit else False
    if unit and first_bp != (_BASIS_POINTS.match(text, _unit_after(text, j.end())) is not None):
        return False  # "eased 2 basis points to 3.93%": two units, two rows
    if joiner == AND and not _BETWEEN_BEFORE.search(before):
        return False
    if joiner == TO and _AFTER_TO.search(before):
        return False  # "from $50 to $60 to $75": the second of a series of levels
    code2 = _prefix_code(text, j.end())
    written = code2 is not None and len(_PREFIX_AT.match(text, j.end()).group()) > 1  # `US$`, `A$`: not a bare sign
    from_range = False
    if joiner == TO and _FROM_BEFORE.search(before):
        if _change_before(_CHANGE_BEFORE_FROM, text, max(0, r.start - 60), r.start):
            return False  # "rose from 50 to 70": two values, a change, not a range
        from_range = True  # "anywhere from 13 to 100 people": a range
    m2 = _second_number(text, j.end())
    if not m2:
        return False
    if written and joiner == TO and _FROM_NEAR.search(text, max(0, r.start - 40), r.start) and _change_in_sentence(text, r.start):
        return False  # "increase trade from a current US$38 billion to US$100 billion": a before and an after, each in full
    if written and code2 != currency:
        return False  # `A$1.1 billion to US$730 million`, `13.6 billion to US$30 billion`: no range (`NZ$ 100-$282` is one)
    raw2 = m2.group()
    if (joiner == TO and not from_range and _RX_SHORT.fullmatch(first_raw) and _RX_SHORT.fullmatch(raw2)
            and not currency and (not _UNIT_NEXT.match(text, m2.end()) or TALLY_END.match(text, m2.end()))
            and may_hold(VOTE_LOWER, text[max(0, r.start - 40) : r.start]) and VOTE_CONTEXT.search(text, max(0, r.start - 40), r.start)):
        r.kind, r.low, r.high, r.end = "tally", r.value, parse_number(raw2), m2.end()
        return True  # "passed the House 220 to 207", "by a vote of 220 to 207": a tally written with `to`
    if (joiner in ("-", "--", "–", "—") and _RX_SHORT.fullmatch(first_raw) and _RX_SHORT.fullmatch(raw2)
            and (TALLY_END.match(text, m2.end()) or not plural_noun_next(text, m2.end()))):  # not `drew 200-500 people`
        if ((may_hold(VOTE_LOWER, text[max(0, r.start - 40) : r.start]) and VOTE_CONTEXT.search(text, max(0, r.start - 40), r.start))
                or VOTE_CONTEXT.match(text, m2.end() + 1)):
            r.kind, r.low, r.high, r.end = "tally", r.value, parse_number(raw2), m2.end()
            return True  # "ruled 6-3", "a 51-49 vote": a vote tally, one ratio row (the contract's convention)
        sentence = text[max(0, r.start - 120) : m2.end() + 60]
        if may_hold(_SCORE_LOWER, sentence) and _SCORE_CONTEXT.search(sentence) and not _UNIT_NEXT.match(text, m2.end()):
            r.kind = "score"
            r.end = m2.end()
            return True
    if joiner != TO and _YEAR.fullmatch(first_raw) and _YEAR.fullmatch(raw2) and not _UNIT_NEXT.match(text, m2.end()):
        r.kind, r.end = "skip", m2.end()  # "1992--1996": a span of years, the temporal tagger's
        return True
    second = _Reading(m2.start(), m2.end(), parse_number(raw2))
    _read_scale(text, second, bool(m2.group("digits")), currency is not None)
    if second.value is None or r.value is None:
        return False
    if second.value > r.value and second.value / max(r.value, 1e-9) > 999 and r.value < 1000:
        last = raw2.lower().split()[-1]  # "$5-10 million", "six to seven thousand": the scale applies to both
        r.value *= SCALE_WORDS[last] if last in SCALE_WORDS else second.value / parse_number(raw2)
    as_written = joiner == AND or from_range
    if second.value < r.value and not as_written:
        if joiner in ("-", "--", "–") and m2.group("digits") and not _NUMBER_AT.match(text, m2.end() + 1):
            r.kind, r.end = "skip", m2.end()  # "737-300", "A320-200": a model name, not a figure
            return True
        return False  # 15 to 10: not a range ("between 900 and 700" is kept as written)
    if (joiner == TO and not from_range and second.value > 3 * r.value
            and (_change_before(_CHANGE_BEFORE, text, max(0, r.start - 30), r.start) or _BY_BEFORE.search(before))):
        return False  # "fell 3-1/8 to 31-7/8", "raised the price ... by $2 to $17.99": a change and a level
    if from_range and _THEN_TO.match(text, second.end):
        return False  # "from $50 to $60 to $75": a series of levels, not a range
    r.low, r.high, r.value = r.value, second.value, None
    r.qualifier = "range"
    r.end = second.end
    if currency is None and code2:
        r.kind, r.unit = "money", code2  # "between 2 and $3": the sign written once
    if joiner == AND:
        r.start = _BETWEEN_BEFORE.search(before).start() + max(0, r.start - 24)  # type: ignore[union-attr]
    elif from_range:
        r.start = _FROM_BEFORE.search(before).start() + max(0, r.start - 24)  # type: ignore[union-attr]
    return True


#: `expects capacity to grow 17% to 18%`, `to grow by 2.5% to 4.5%`: an infinitive change verb right before the first figure.
_TO_CHANGE_VERB = lazy(  # also with `by` (`to grow by 2.5% to 4.5%`)
    rf"\b{re.escape(TO)}[ \u00a0]+{alt(Q['change_words'])}[ \u00a0]+(?:{re.escape(Q['range_words']['by'])}[ \u00a0]+)?$", re.IGNORECASE)


def _forecast_range(text: str, r: _Reading, second_at: int) -> bool:
    """`to grow 17% to 18%`: after an infinitive change verb, a second percent above the first and at most twice it
    is the other end of a forecast range, not the level a rise reaches (`to rise 0.25% to 5.5%`)."""
    if r.value is None or r.value <= 0 or not _TO_CHANGE_VERB.search(text, max(0, r.start - 30), r.start):
        return False
    m2 = _second_number(text, second_at)
    second = parse_number(m2.group()) if m2 else None
    return second is not None and r.value < second <= 2 * r.value


def _change_in_sentence(text: str, pos: int) -> bool:
    """A change word in the sentence before `pos` (up to 150 characters back)."""
    lo = max(0, pos - 150)
    lo = max(lo, text.rfind(". ", lo, pos) + 1)
    return _change_before(_CHANGE_WORD, text, lo, pos) is not None


def _same_unit_after(text: str, pos: int, unit: str) -> bool:
    """Whether the number at `pos` is followed by the measure unit `unit` (`-40C and 12C`)."""
    m = _NUMBER_AT.match(text, pos)
    found = _match_unit(text, m.end()) if m else None
    return found is not None and found[1] == unit


def _unit_after(text: str, pos: int) -> int:
    """Where the unit of the number at `pos` starts (after its digits)."""
    m = _NUMBER_AT.match(text, pos)
    return m.end() if m else pos
