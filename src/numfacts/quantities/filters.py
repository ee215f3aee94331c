"""Step 4, the filters: numbers that are not facts.

Identifiers and names (`Boeing 737`, `Article 5`, `S&P 500`), phone numbers, URLs and e-mail
addresses, runs of bare numbers (flattened tables: "soup"), bare years and the pronoun `one`.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .._regex import lazy
from ..numbers import TENS_WORDS, UNITS_WORDS
from ..units import CURRENCY_PREFIXES, currency_code, measure_unit
from .words import (
    CURRENCIES,
    ID_WORDS,
    INDEX_NAMES,
    MONTHS_DAYS,
    NOT_AFTER_ONE,
    NOT_ID_CAPITALS,
    NUMBERS,
    PEOPLE_NOUNS,
    TIME_UNITS,
    Q,
    alt,
    lower_words,
    search_before,
)

#: More than twelve bare numbers in a row with only separators between them: "1 1 1 1 ...",
#: "$1-$1-$1", "one two three four ...". Such runs are tables or junk, not sentences; they give no rows.
if TYPE_CHECKING:
    from .read import _Reading

_SOUP_WORDS = alt([*UNITS_WORDS, *TENS_WORDS, *NUMBERS["scales"]])[3:-1]


_SOUP = lazy(
    rf"(?:[$£€]?\d[\d.,/]*[%]?[\s,;:/()-]+){{12,}}[$£€]?\d|(?:(?:{_SOUP_WORDS})[\s,;-]+){{12,}}", re.IGNORECASE
)


_NEXT_IS_NUMBER = re.compile(rf"%?[\s,;:/()-]+(?:[$£€]?\d|(?:{_SOUP_WORDS})\b)", re.IGNORECASE)


_NOT_AFTER_ONE = NOT_AFTER_ONE


_ONE_AS_PRONOUN = re.compile(rf"\b{alt(Q['one_pronoun_determiners'])}[ \u00a0]+$", re.IGNORECASE)


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


_ID_WORDS = ID_WORDS
_ID_VERBS = frozenset(Q["id_words_as_verbs"])
#: `180 to 220 passengers`: a range's second figure before its noun.
_RANGE_REST = re.compile(rf"[ \u00a0]*(?:-|–|[ \u00a0]{re.escape(Q['range_words']['to'])}[ \u00a0])[ \u00a0]*\d[\d,]*")


_INDEX_NAMES = INDEX_NAMES


_NOT_ID_CAPITALS = NOT_ID_CAPITALS
_NOT_ID_ABBREVIATIONS = frozenset(Q["not_id_abbreviations"])


_YEAR_PREPOSITION = re.compile(rf"\b{alt(Q['year_prepositions'])}[ \u00a0]+$", re.IGNORECASE)


_MONTHS_DAYS = MONTHS_DAYS


#: Cents and percent words right after a figure: `12 cts`, `40 pct` are amounts, never a name's number.
_SCALE_WORD_AFTER = re.compile(rf"[ \u00a0]+{alt(w for w in NUMBERS['scale_suffixes'] if len(w) > 2)}\b", re.IGNORECASE)
_UNIT_WORD_AFTER = re.compile(
    rf"[ \u00a0]*{alt([*(w for w in CURRENCIES['cents'] if len(w) > 2), *Q['percent_words']])}\b", re.IGNORECASE
)

#: A voting word (`ruled 6-3`, `passed the Senate 68-32`): near a short pair, a vote tally.
VOTE_CONTEXT = re.compile(rf"\b{alt(Q['vote_words'])}\b", re.IGNORECASE)
VOTE_LOWER = lower_words(Q["vote_words"])  # `may_hold` before a search
#: What may follow a vote tally: a mark, the end, or a word that is no unit (`voted 15 to 12 on Tuesday`; not `2-3 million`).
TALLY_END = re.compile(rf"[ \u00a0]*(?:[^\w \u00a0%]|$)|[ \u00a0]+{alt(Q['tally_next_words'])}\b", re.IGNORECASE)
#: A vote tally's second figure (`68-32`).
_TALLY_REST = re.compile(r"(?:[-–]|[ \u00a0]to[ \u00a0])\d{1,3}(?![\d.,]?\d)")  # `68-32`, `220 to 207`


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


_PHONE_HINT = re.compile(r"\d[ .-]\d{3}")
#: Where a phone number may start: `+`, `(` or a digit with no word character before it (every
#: branch of `_PHONES` looks behind for one); a class first, so the engine skips in C.
_PHONE_START = re.compile(r"[+(\d](?<!\w.)")


def _phones(text: str) -> list[tuple[int, int]]:
    """`[m.span() for m in _PHONES.finditer(text)]`, with `_PHONES` tried only where one may start
    (its look-arounds come first, so a plain scan tries them at every position)."""
    out: list[tuple[int, int]] = []
    end = 0
    match = _PHONES.match
    for c in _PHONE_START.finditer(text):
        p = c.start()
        if p < end:
            continue
        m = match(text, p)
        if m is not None:
            out.append(m.span())
            end = m.end()
    return out


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and phone numbers (the costly patterns run only where they can match)."""
    spans = _phones(text) if _PHONE_HINT.search(text) else []
    if "@" in text or "www." in text or "://" in text:
        spans += [m.span() for m in _URLS_EMAILS.finditer(text)]
    if "(" in text:
        spans += [m.span() for m in _CITATION.finditer(text)]
    if ")" in text:
        spans += _list_markers(text)
    return spans


#: `1)` opening an item of a run-in list: `the need for 1) improved education ... and 2) ...`.
#: The look-behind stands after the first digit (`(?<![\w(.,/-]\d)`: no such character before it), so
#: the pattern starts with a digit class and the engine skips in C to the next digit.
_MARKER = re.compile(r"(\d(?<![\w(.,/-]\d)\d?)\)(?=[ \u00a0]+[^\W\d])")
#: The same, as first written: the slow path of the fast-path tests.
_MARKER_PLAIN = re.compile(r"(?<![\w(.,/-])(\d{1,2})\)(?=[ \u00a0]+[^\W\d])")


def _list_markers(text: str) -> list[tuple[int, int]]:
    """The numbered items of run-in lists: a number and a closing bracket that no open bracket comes
    before (`(n = 34) were` is a count), next to the item before or after it in the list."""
    marks = [m for m in _MARKER.finditer(text)
             if text.rfind("(", max(0, m.start() - 120), m.start()) <= text.rfind(")", max(0, m.start() - 120), m.start())]
    out = []
    for i, m in enumerate(marks):
        n = int(m.group(1))
        before = marks[i - 1] if i else None
        after = marks[i + 1] if i + 1 < len(marks) else None
        if (before is not None and int(before.group(1)) == n - 1 and m.start() - before.start() < 600) \
                or (after is not None and int(after.group(1)) == n + 1 and after.start() - m.start() < 600):
            out.append(m.span(1))
    return out


#: A number alone in brackets is a reference or a list marker: `(23)`, `(2,5)`, `[4-6]`.
_CITATION = re.compile(r"[(\[]\d{1,3}(?:[,–-]\d{1,3})*[)\]]")


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


_WORD_RUN = re.compile(r"[\w#.'’-]*")


def _previous_word(text: str, s: int) -> str:
    r"""The last run of word characters and `#.'’-` in the 30 characters before `s`, with only spaces
    after it: what `([#\w.'’-]+)[ \u00a0]*$` finds, read from the end (a regex search tries every
    start; `$` also matches before a final newline; `\w` is `str.isalnum` or `_`)."""
    w = text[max(0, s - 30) : s]
    if w.endswith("\n"):
        w = w[:-1]
    w = w.rstrip(" \u00a0")
    n = _WORD_RUN.match(w[::-1]).end()  # the run read backwards, in C (`\w` is `str.isalnum` or `_`)
    return w[len(w) - n :]


#: A model suffix after a three-digit number: `the 737 Max`, `the 787 Dreamliner`.
_MODEL_SUFFIX = re.compile(rf"[ \u00a0]+{alt(Q['model_suffixes'])}\b")
#: `The 747 carried 416 passengers`, `Delta's 757 flew`: an airliner's number after `the` or a possessive, then a verb (model_numbers, model_verbs_after).
_MODEL_NUMBERS = frozenset(Q["model_numbers"])
_THE_BEFORE = re.compile(r"(?<![\w-])(?:the|[A-Za-z]+['’]s)[ \u00a0]+$", re.IGNORECASE)
_MODEL_CONTEXT = re.compile(rf"\b{alt(Q['model_context'])}\b", re.IGNORECASE)
_MODEL_VERB_AFTER = re.compile(rf"[ \u00a0]+(?:{alt(Q['model_verbs_after'])}|[a-z]+ed)\b")
_DETERMINER_BEFORE = re.compile(rf"\b{alt(['the', *Q['articles']])}[ \u00a0]+$", re.IGNORECASE)
#: A capitalised word right after a figure that follows a count: the figure names a model (`32 737 MAX planes`).
_NAME_NEXT = re.compile(r"[ \u00a0]+[A-Z]{2,}(?:[ \u00a0]+[a-z]|-)")
_NUMBERED_INDEX = re.compile(rf"(?<![\w&/]){alt(Q['numbered_index_names'])}$")
_RX_ID_DECIMAL = re.compile(r"\d{1,4}(?:\.\d{1,2})?")
#: A verb with a figure for its object after a name's figure: `GeForce RTX 5090 packs 32GB` (no count of packs).
_VERB_FIGURE_AFTER = re.compile(r"[ \u00a0]+[a-z]+s[ \u00a0]+(?:[$£€¥]|\d)")
#: A capitalised word (not a plural) right after the figure: with a maker's name before, a model (`Samsung's 990 Evo`).
_NAME_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Z][A-Za-z]*)\b(?![-'’])")
_NOT_NAME_AFTER = frozenset(w.lower() for w in Q["not_model_words"])
_RX_ID_INTEGER = re.compile(r"\d{1,4}")
_RX_VERSION = re.compile(r"\d{1,2}\.\d")  # `5.0`, `5.3`: one decimal, a version
_NOT_VERSIONED = frozenset(Q["not_versioned"])  # `Labour 40.5 points`: a share, not a version


def _looks_like_identifier(text: str, s: int, raw: str) -> bool:
    """`Boeing 737`, `Article 5`, `No. 10`, `Route 66`: a name word right before a plain integer."""
    if s >= 2 and text[s - 1] in "!#@&" and text[s - 2].isalnum():
        return True  # Yahoo!7, #1, AT&T 5: part of a name
    if "§" in text[max(0, s - 2) : s]:
        return True  # § 4, §§ 1: a section of a law
    if len(raw) == 3 and raw.isdigit() and _MODEL_SUFFIX.match(text, s + 3) and _DETERMINER_BEFORE.search(text, max(0, s - 8), s):
        return True  # "the 737 Max alone": a model name
    if (raw in _MODEL_NUMBERS and _THE_BEFORE.search(text, max(0, s - 24), s) and _MODEL_VERB_AFTER.match(text, s + 3)
            and not counted_noun_after(text, s + 3) and _MODEL_CONTEXT.search(text, max(0, s - 120), s + 120)):
        return True  # "The 747 carried 416 passengers": the plane (not "The 747 passengers", "The 35 remained")
    prev = _previous_word(text, s)
    if prev and prev[0].isupper() and _NUMBERED_INDEX.search(text, max(0, s - 16), s + len(raw)):
        return True  # `S&P 500 futures`, `Nasdaq 100 futures`: the number is part of the index's name
    if (prev[:1].isdigit() and prev.replace(",", "").isdigit() and not _RX_FOUR_DIGITS.fullmatch(prev)
            and _RX_ID_INTEGER.fullmatch(raw) and _NAME_NEXT.match(text, s + len(raw))):
        return True  # "32 737 MAX planes": a model number after the count
    if prev in _INDEX_NAMES:
        return True  # S&P 500, FTSE 100, Nikkei 225: index names
    if prev.endswith(("'s", "’s")) and _RX_ID_INTEGER.fullmatch(raw) and (name := _NAME_WORD_AFTER.match(text, s + len(raw))):
        word = name.group(1)
        if (not word.endswith("s") and not _is_month_or_day(word.lower()) and measure_unit(word) is None
                and currency_code(word) is None and word.lower() not in _NOT_NAME_AFTER
                and (not counted_noun_after(text, name.end()) or _VERB_FIGURE_AFTER.match(text, name.end()))):
            return True  # "Samsung's 990 Evo Plus", "Apple's 16 Pro costs $999": a model number after its maker (not
            # "SH's 22 California facilities", "KappAhl's 102 Kroner")
    if not prev or prev in CURRENCY_PREFIXES or prev.endswith(("'s", "’s", "s'")):
        return False
    if "-" in prev and prev.rsplit("-", 1)[1][:1].islower() and (
            counted_noun_after(text, s + len(raw)) or (unit := _RX_NOUN_AFTER.match(text, s + len(raw))) and measure_unit(unit.group(1))):
        return False  # "an EPA-estimated 320 miles", "US-listed 40 firms": an adjective, not a name (not "a Boeing-built 737 jet")
    low = prev.lower().rstrip("'’s")
    if not prev[0].isupper() and low not in _ID_WORDS and prev.lower() not in _ID_WORDS:
        return False  # `won 12`, `vs 7,403,000`: every rule below wants a capital or a word that names a number
    if (prev[0].islower() and (rest := _TALLY_REST.match(text, s + len(raw))) and TALLY_END.match(text, rest.end())
            and VOTE_CONTEXT.search(text, max(0, s - 40), s)):
        return False  # "rejected the amendment 48-52": a vote tally after what was voted on, not amendment No. 48
    if low in _ID_WORDS or prev.lower() in _ID_WORDS:
        if prev[0].islower() and _SCALE_WORD_AFTER.match(text, s + len(raw)):
            return False  # "issue 10 mln new shares": a verb and an amount, not issue No. 10
        if prev[0].islower() and low in _ID_VERBS:
            rest = _RANGE_REST.match(text, s + len(raw))
            if plural_noun_next(text, rest.end() if rest else s + len(raw)):
                return False  # "will seat 180 to 220 passengers": a verb and what it counts
        return _RX_ID_DECIMAL.fullmatch(raw) is not None
    if (_RX_VERSION.fullmatch(raw) and prev[0].isupper() and not prev.endswith("s") and low not in _NOT_ID_CAPITALS
            and not _is_month_or_day(low) and not _SCALE_WORD_AFTER.match(text, s + len(raw))
            and counted_noun_after(text, s + len(raw)) and not _sentence_initial(text, s - len(prev))
            and (nxt := _RX_NOUN_AFTER.match(text, s + len(raw))) and nxt.group(1).lower() not in _NOT_VERSIONED
            and measure_unit(nxt.group(1)) is None and currency_code(nxt.group(1)) is None):
        return True  # "PCIe 5.0 SSDs", "Bluetooth 5.3 devices": a version of a named standard before what it equips
    if len(raw) > 4 or not _RX_ID_INTEGER.fullmatch(raw):
        return False
    if (prev[0].isupper() and low not in _NOT_ID_CAPITALS and prev not in _NOT_ID_ABBREVIATIONS  # `WS 55`
            and not _is_month_or_day(low)):
        if counted_noun_after(text, s + len(raw)) and not _VERB_FIGURE_AFTER.match(text, s + len(raw)):
            return False  # "gives Democrats 51 seats", "gave Trump 306 electoral votes": a count (not "RTX 5090 packs 32GB")
        if _UNIT_WORD_AFTER.match(text, s + len(raw)):
            return False  # "Dividend 12 cts", "Payout 40 pct": a digest label, then an amount
        if ((unit := _RX_NOUN_AFTER.match(text, s + len(raw))) and measure_unit(unit.group(1))
                and _sentence_initial(text, len(text[:s].rstrip(" \u00a0")) - len(prev))):
            return False  # "Add 250 g of flour", "Stir in 2 cups": an imperative opening its sentence, then a measure
        if _TALLY_REST.match(text, s + len(raw)) and VOTE_CONTEXT.search(text, max(0, s - 40), s):
            return False  # "passed the Senate 68-32": a vote tally after the chamber's name
        if _results_list(text, s, s + len(raw)):
            return False  # "Conservatives 365, Labour 203, Lib Dems 11": a list of results
        before = text[max(0, s - len(prev) - 3) : s - len(prev)].rstrip(" \u00a0")
        sentence_start = not before or before[-1] in ".!?\n\"“:;("
        return not sentence_start
    return False


_NAME_RUN = r"(?:[A-Z][\w'’.&-]*[ \u00a0]+){1,3}"
#: In a results list a name and its figure follow another pair: `..., Labour 203` / `Conservatives 365, Labour`.
_RESULT_BEFORE = re.compile(rf"\d[ \u00a0]*(?:[,;]|,?[ \u00a0]+{alt(Q['list_joins'])})[ \u00a0]+{_NAME_RUN}$")
_RESULT_AFTER = re.compile(rf"[ \u00a0]*(?:[,;]|,?[ \u00a0]+{alt(Q['list_joins'])})[ \u00a0]+{_NAME_RUN}\d{{1,4}}(?![\d.,]?\d)")
_RESULTS_CONTEXT = re.compile(rf"\b{alt(Q['results_words'])}\b", re.IGNORECASE)


def _results_list(text: str, s: int, e: int) -> bool:
    """The figure at s..e is one of a list of results after names (`Conservatives 365, Labour 203`),
    in a sentence that speaks of results (seats, votes, a tally, medals)."""
    if not (_RESULT_AFTER.match(text, e) or _RESULT_BEFORE.search(text, max(0, s - 60), s)):
        return False
    lo = max(text.rfind(".", 0, s), text.rfind("\n", 0, s), s - 200)
    return _RESULTS_CONTEXT.search(text, max(0, lo), min(len(text), e + 120)) is not None


def _is_month_or_day(word: str) -> bool:
    return word in _MONTHS_DAYS


def _sentence_initial(text: str, s: int) -> bool:
    before = text[max(0, s - 3) : s].rstrip(" \u00a0\"“'‘(")
    return not before or before[-1] in ".!?\n:;"


#: Letters that may stick to digits: scale suffixes, sub-units, ordinal endings, percent words.
_GLUED_WORDS = frozenset(w.lower() for w in [*NUMBERS["scale_suffixes"], *CURRENCIES["cents"], *Q["glued_suffixes"]])


_GLUED_UNITS = frozenset(Q["glued_units"])
_PER_SHARE_GLUED = frozenset(Q["per_share_glued"])  # `$0.53/shr`: an amount per share  # `6.7in`, `50MP`, `65W`: units only glued to digits


def _glued_ok(glued: str, text: str, s: int) -> bool:
    """Letters stuck to digits: a scale (47.6m), a unit (19C, 5km), percent, pence; else an identifier."""
    if glued.lower() in _GLUED_WORDS or glued in _GLUED_UNITS:
        return True
    top, slash, bottom = glued.partition("/")
    if slash and (not top or measure_unit(top)) and (bottom.lower() in TIME_UNITS or measure_unit(bottom)):
        return True  # `$7.99/month`, `5GB/day`: a rate, not an identifier
    if slash and not top and bottom.lower() in _PER_SHARE_GLUED:
        return True  # `qtrly div $0.53/shr`: an amount per share
    return measure_unit(glued) is not None or glued.startswith("%")


_AMPERSAND_NEXT = re.compile(r"[ \u00a0]?&[ \u00a0]?[A-Za-z]")
_RX_NOUN_AFTER = re.compile(r"[ \u00a0]+([A-Za-z][\w'-]*)")
_RX_LEADING_ZERO = re.compile(r"0\d+")
_RX_FOUR_DIGITS = re.compile(r"\d{4}")
#: Nouns a year names before them (`expects 1987 earnings`, `its 1988 sales`): the figure is a year.
_YEAR_NOUNS = frozenset(Q["year_nouns"])


def _plausible_count(text: str, m: re.Match[str], r: _Reading) -> bool:
    """A bare number is a count unless it is likely a year, a lone `one`, or a page of digits."""
    raw = m.group()
    if m.lastgroup == "words":  # (the scan match may hold only the digit alternatives: `scan.scan_at`)
        noun = _RX_NOUN_AFTER.match(text[r.end : r.end + 30])
        low = raw.lower()
        if raw[:1].isupper() and _AMPERSAND_NEXT.match(text, r.end):
            return False  # "Seven & i", "Three & Co": a number word in a firm's name
        if low == "one" and (
            not noun or noun.group(1).lower() in _NOT_AFTER_ONE
            or _ONE_AS_PRONOUN.search(text, max(0, r.start - 12), r.start)
        ):
            return False  # "one of the", "the only one without", "is one we thought": a pronoun
        return True
    if r.qualifier == "range":
        return True
    if raw[:1] == "0" and _RX_LEADING_ZERO.fullmatch(raw) and raw.strip("0"):
        return False  # 0810, 007: a clock time or a code, never a count written so
    v = r.value
    if v is not None and len(raw) == 4 and _RX_FOUR_DIGITS.fullmatch(raw) and 1000 <= v <= 2100:
        if _YEAR_PREPOSITION.search(text, max(0, r.start - 12), r.start):
            return False  # "the Class of 2006 students", "since 1968 when": a year
        noun = _RX_NOUN_AFTER.match(text[r.end : r.end + 30])
        return bool(noun and _plural_noun(noun.group(1)) and noun.group(1).lower() not in _YEAR_NOUNS)
    return True


def counted_noun_after(text: str, pos: int) -> bool:
    """Whether a plural noun follows `pos`, right away or after one adjective: `51 seats`,
    `306 electoral votes`, `3.8M paying subscribers`."""
    m = _TWO_WORDS.match(text, pos)
    return bool(m and (_plural_noun(m.group(1)) or (m.group(2) is not None and _plural_noun(m.group(2)))))


def plural_noun_next(text: str, pos: int) -> bool:
    """Whether a lower-case plural noun follows `pos` right away (`euro billionaires`), not a note's
    denomination (`50 dollar notes`) nor a verb with its object (`1 Sudanese pound equals 100`)."""
    m = _TWO_WORDS.match(text, pos)
    return bool(m and m.group(1).islower() and _plural_noun(m.group(1)) and m.group(1) not in _DENOMINATED
                and not _OBJECT_NEXT.match(text, m.end(1)))


_DENOMINATED = frozenset(Q["denominated_nouns"])
_OBJECT_NEXT = re.compile(r"[ \u00a0]+(?:\d|(?:a|an|the)\b)", re.IGNORECASE)


def counted_noun_before(text: str, pos: int) -> bool:
    """Whether the figure at `pos` is the number of a counted subject written before it, with at most
    a verb or two between: `users hit 500m`, `subscribers rose to 20m` (millions, not metres); also over
    a phrase of place (`subscribers at the company dipped by 1.8m`) and the size of the change (`... to 96.1m`)."""
    return search_before(_SUBJECT_BEFORE, _SUBJECT_LOWER, text, pos, 60) is not None


_SUBJECT_BEFORE = lazy(  # `users hit 500m`, `users rose 8% sequentially to 238M`
    rf"\b{alt(Q['counted_subjects'])}(?:[ \u00a0]+(?:at|in|of|for|on)(?:[ \u00a0]+the)?[ \u00a0]+[a-z]+)?(?:[ \u00a0]+[a-z]+){{1,3}}"
    rf"(?:[ \u00a0]+\d[\d.,]*(?:%|[mbk])?,?(?:[ \u00a0]+[a-z]+){{1,2}})?[ \u00a0]+$",
    re.IGNORECASE,
)
_SUBJECT_LOWER = lower_words(Q["counted_subjects"])
_TWO_WORDS = re.compile(r"[ \u00a0]+([A-Za-z][\w'-]*)(?:[ \u00a0]+([a-z][\w'-]*))?")


def _plural_noun(word: str) -> bool:
    """`seats`, `voters`; also the plural of an initialism (`72 GPUs`, `40 SUVs`, `3 ATMs`), whose `-us`/`-is` is no
    Latin ending.

    >>> [_plural_noun(w) for w in ("seats", "GPUs", "SKUs", "status", "GHz", "kWs")]
    [True, True, True, False, False, False]
    """
    w = word.lower()
    return w in PEOPLE_NOUNS or _INITIALISM_PLURAL.fullmatch(word) is not None or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and measure_unit(w) is None
    )


#: Two or more capitals and a plural `s`: `GPUs`, `EVs`, `SUVs` (not `kWs`, `GHz`).
_INITIALISM_PLURAL = re.compile(r"[A-Z]{2,}s")
