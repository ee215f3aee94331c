"""Resolving: the tense a span is spoken in, and relative expressions against the reference date.

Shared by the readers (`read_*`): the small value helpers (`_num`, `_year_of` ...), the sentence's
tense (`_tense`: the nearest tense cue, words from the language table), and the resolution of
`last year`, `this May`, `the 15th`, `mid-November` to TIMEX values with the pure calendar functions
of `calendar`. No clock and no locale: the reference date is an argument.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import compress
from operator import methodcaller

from ..mention import Found
from ..numbers import iso_number, parse_number
from . import calendar as cal
from .words import (
    AFTER_CLOCK,
    AHEAD_BEFORE_DATE,
    AHEAD_DELAY_VERBS,
    ATTRIBUTION_TAIL_END_BEFORE,
    ATTRIBUTION_TAIL_NOT_AFTER,
    ATTRIBUTION_TAIL_NOT_BEFORE,
    ATTRIBUTION_TAIL_VERBS,
    BE_FORMS,
    BECAUSE_OF_AFTER_DUE_TO,
    CLOCK_ABBREVIATIONS,
    DAY_BEFORE_TO,
    DEADLINE_HAVE,
    DIRECTIVE_VERBS,
    DUE_AFTER_PRESENT,
    ED_ADJECTIVE_AFTER,
    FORWARD_LABEL_NOT_AFTER,
    FORWARD_LABEL_RECORD_BEFORE,
    FORWARD_LABELS_BEFORE_DATE,
    FUTURE_AFTER_BE,
    FUTURE_AFTER_DUE,
    FUTURE_AFTER_EXPECTED,
    FUTURE_AFTER_FOR,
    FUTURE_AFTER_PRESENT_BE,
    FUTURE_AFTER_TAKE,
    FUTURE_AFTER_TO,
    FUTURE_BEFORE_TO,
    FUTURE_WORDS,
    GUIDANCE_AFTER,
    GUIDANCE_VERBS,
    LEFT_AFTER,
    MODALS_BEFORE_HAVE,
    MONTHS,
    NO_CUE_BEFORE_THAN,
    NON_ENDING_ABBREVIATIONS,
    NOT_PAST_AFTER,
    OBJECT_PRONOUNS,
    OPEN_END_AFTER,
    OPEN_END_PREPS,
    OPEN_END_VERBS,
    PARTICIPLE_AFTER,
    PARTS_OF_DAY,
    PAST_ADVERBS,
    PAST_PREPS,
    PAST_WORDS,
    PERFECT_AUXILIARIES,
    PLAN_BEFORE_DAY,
    PRESENT_BE,
    QUARTER_COUNTS,
    SCHEDULED_AFTER_NAME,
    SCHEDULED_BEFORE_FOR,
    SCHEDULED_NEXT_TO_DATE,
    SCHEDULED_NOT_AFTER,
    SCHEDULED_PLURAL,
    SCHEDULED_PLURAL_NOT_AFTER,
    SCHEDULED_PLURAL_NOT_BEFORE,
    SCHEDULED_PRESENT,
    SCHEDULED_RELATIVE,
    SEASONS,
    SENTENCE_OPENERS,
    TAKE_FORMS,
    UNITS,
    WEEKDAYS,
)

_Ctx = tuple[str, "dt.date | None", bool]  # text, ref, day_first


_Handler = Callable[[re.Match[str], _Ctx], list[Found]]


def _found(start: int, end: int, kind: str, **fields: object) -> Found:
    return Found(start=start, end=end, kind=kind, **fields)  # type: ignore[arg-type]


def _num(text: str | None) -> float | None:
    """A duration's number: digits, words, `a`/`an` (one), `half an` (a half).

    >>> [_num(s) for s in ["48", "1,000", "two and a half", "a", "An", "half an", "a dozen", "x"]]
    [48.0, 1000.0, 2.5, 1.0, 1.0, 0.5, 12.0, None]
    """
    if text is None:
        return None
    t = " ".join(text.lower().split())
    if t in ("a", "an", "another"):
        return 1.0
    if t in ("half", "half a", "half an"):
        return 0.5
    if q := _QUARTERS_OF.fullmatch(t):  # three quarters of an (hour)
        return QUARTER_COUNTS[q[1]] * 0.25
    return parse_number(t)


_QUARTERS_OF = re.compile(r"(" + "|".join(QUARTER_COUNTS) + r")[ -]quarters? of an?")


def _iso_duration(n: float, unit: str) -> tuple[str, str]:
    """(canonical unit, ISO 8601 duration) for n units.

    >>> _iso_duration(48, "hours"), _iso_duration(1, "decade"), _iso_duration(2.5, "years")
    (('hour', 'PT48H'), ('decade', 'P10Y'), ('year', 'P2.5Y'))
    >>> _iso_duration(3, "months"), _iso_duration(5, "mins"), _iso_duration(2, "fortnights")
    (('month', 'P3M'), ('minute', 'PT5M'), ('week', 'P4W'))
    """
    key = unit.lower()
    if key not in UNITS:
        key = key.removesuffix("s")
    name, letter, mult = UNITS[key]
    timed = name in ("hour", "minute", "second")
    return name, f"P{'T' if timed else ''}{iso_number(n * mult)}{letter}"


def _sentence_bounds(text: str, start: int, end: int, back: int = 400, ahead: int = 400,
                     stops: Sequence[int] | None = None) -> tuple[int, int]:
    """The sentence around [start, end): back and forward to the nearest . ! ? or newline that ends
    one (not the stop of `Nov. 7`, `Gen. Noriega`, `George W. Bush`, `4:05 p.m. Friday`), looking at
    most `back` characters before the span and `ahead` after it. `stops`, the document's
    `sentence_stops` (for a caller with a row per figure), finds the same by bisection.

    >>> t = "Bush met Gen. Powell. The flight lands at 4:05 p.m. Friday, officials said."
    >>> t[slice(*_sentence_bounds(t, t.index("Friday"), t.index("Friday") + 6))]
    ' The flight lands at 4:05 p.m. Friday, officials said.'
    >>> t = '"We want to go." In May, he left. Then'
    >>> t[slice(*_sentence_bounds(t, t.index("May"), t.index("May") + 3))]
    ' In May, he left.'
    >>> _sentence_bounds(t, 20, 23, stops=sentence_stops(t)) == _sentence_bounds(t, 20, 23)
    True
    """
    lo, hi = max(0, start - back), min(len(text), end + ahead)
    if stops is None and len(text) > _LONG_TEXT:
        stops = sentence_stops(text)  # a long document: its stops read once, not each window's again per span
    if stops is not None:
        i = bisect.bisect_left(stops, start) - 1  # the last stop whose mark ends before the span
        while i >= 0 and stops[i] + _stop_length(text, stops[i]) > start:
            i -= 1
        s0 = _after_stop(text, stops[i]) if i >= 0 and stops[i] >= lo else lo
        j = bisect.bisect_left(stops, end)  # the first stop after the span, whole before `hi`
        if j < len(stops) and stops[j] + _stop_length(text, stops[j]) <= hi:
            return s0, _after_stop(text, stops[j])
        return s0, hi
    s0 = lo
    for m in reversed(list(_STOP.finditer(text, lo, start))):  # the last stop that ends a sentence
        if _is_stop(text, m):  # (read from the span backwards: the stops before it need no reading)
            s0 = m.end() if m.group() == "\n" else m.end() - 1
            break
    s1 = hi
    for m in _STOP.finditer(text, end, hi):
        if _is_stop(text, m):
            s1 = m.end() if m.group() == "\n" else m.end() - 1
            break
    return s0, s1


#: Past this many characters `_sentence_bounds` reads the document's stops once (`sentence_stops`) rather than
#: each window's (the same bounds: tests/test_fast_paths.py), as a long text has many spans whose windows overlap.
_LONG_TEXT = 20_000


@lru_cache(maxsize=2)
def sentence_stops(text: str) -> tuple[int, ...]:
    """Where `_sentence_bounds` may stop, in text order: the start of each stop mark that ends a sentence
    (a pure function of the text, kept for the document in hand: every step with a row per span shares it)."""
    return tuple(m.start() for m in _STOP.finditer(text) if _is_stop(text, m))


def _stop_length(text: str, at: int) -> int:
    """The length of the stop mark at `at`: a newline, or a mark, an optional closing quote and a space."""
    return 1 if text[at] == "\n" else 3 if text[at + 1] != " " else 2


def _after_stop(text: str, at: int) -> int:
    """Where the next sentence starts after the stop mark at `at` (at its space; after a newline)."""
    return at + 1 if text[at] == "\n" else at + _stop_length(text, at) - 1


#: A full stop, question or exclamation mark (a closing quote may follow) before a space; a newline.
_STOP = re.compile(r"[.!?][\"”’]? |\n")


def _is_stop(text: str, m: re.Match[str]) -> bool:
    return m.group() != ". " or _ends_sentence(text, m.start())


def _ends_sentence(text: str, dot: int) -> bool:
    """Does the full stop at `dot` (a space follows) end a sentence? Not before a small letter or a
    digit, nor after a title, an abbreviation or an initial, nor `p.m.` before a day or a month."""
    nxt = text[dot + 2 : dot + 3]
    if nxt.islower() or nxt.isdigit():
        return False
    word = _word_before_dot(text, dot)
    if word in NON_ENDING_ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return False
    if word.lower() in CLOCK_ABBREVIATIONS:  # not `p.m. Friday`, nor `a.m. EDT Friday` (a zone: as sentences.py reads it)
        m = _NEXT_WORD.match(text, dot + 2)
        return not (m and (m.group() in AFTER_CLOCK or m.group().isupper()))
    if "." in word and word.replace(".", "").isupper():  # `U.S. Customs`: an initialism, unless a sentence opens
        m = _NEXT_WORD.match(text, dot + 2)
        return bool(m and m.group() in SENTENCE_OPENERS)
    return True


_NEXT_WORD = re.compile(r"[A-Za-z]+")


def _word_before_dot(text: str, dot: int) -> str:
    """The letters and dots right before `dot`, at most 12 characters. Fast path: the last
    whitespace-separated run of the 12 characters, when it is all letters and dots (the character
    before it is whitespace or out of reach, where the walk back stops too); else the walk back,
    one character at a time (tests/test_fast_paths.py compares the two)."""
    seg = text[max(0, dot - 12) : dot]
    if not seg or seg[-1].isspace():
        return ""
    tail = seg.rsplit(None, 1)[-1]
    if tail.replace(".", "").isalpha() or not tail.strip("."):
        return tail
    k = dot
    while k > 0 and dot - k < 12 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:dot]


#: `until after (the) ...` right before a span (AHEAD_BEFORE_DATE; the span may start at its `the`).
_AHEAD_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in AHEAD_BEFORE_DATE)
                           + r")\s+(?:the\s+)?\Z", re.IGNORECASE)
#: ... after a verb of delay in its clause (AHEAD_DELAY_VERBS: `postponed until after`, not `stayed in force until after`).
_DELAY_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in AHEAD_DELAY_VERBS)
                           + r")\b[^.;!?]*\Z", re.IGNORECASE)


def _tense(text: str, start: int, end: int) -> str | None:
    """The tense the span is spoken in: the nearest tense cue in its sentence decides.

    Future cues: will, 'll, going to, is to, to be, plans to, hopes to, scheduled, due to, expected
    to, was expected, and the present tense of a timetable (meets, arrives, flies, opens).
    Past cues: was, were, had, said, a verb in -ed, and the common irregular past forms.
    None when the sentence has neither.

    >>> _tense("The grand jury meets again Thursday.", 27, 35), _tense("Rain was expected over the weekend.", 23, 34)
    ('future', 'future')
    >>> _tense("He said he hoped to visit in the fall.", 30, 38), _tense("Sales rose more than expected in April.", 32, 37)
    ('future', 'past')

    >>> _tense("They will meet on Sunday.", 17, 23), _tense("They met on Sunday.", 12, 18)
    ('future', 'past')
    >>> _tense("On Wednesday, Microsoft announced that the next version will ship.", 3, 12)
    'past'
    >>> _tense("He is due in November to become editor.", 13, 21), _tense("It was due in April.", 14, 19)
    ('future', 'past')
    """
    if (_AHEAD_BEFORE.search(text, max(0, start - 24), start) and _DELAY_BEFORE.search(text, max(0, start - 100), start)):
        return "future"  # `postponed until after the Labor Day holiday`: past the delay, a time to come
    s0, s1 = _sentence_bounds(text, start, end, 150, 100)  # the nearest cue is near: read the 250 characters around it (the stops of the whole document cost more, for the few spans of a news article)
    window = text[s0:s1]
    if "'" not in window and "’" not in window:  # then its words are its runs of letters, read in C:
        words = window.encode("ascii", "replace").translate(_LOWER_LETTERS) + b" "
        if _MAYBE_CUE_BYTES.isdisjoint(words.split()) and b"ed " not in words:
            return None  # no word in view can be a cue (a list, a table): no need to read them one by one
    return _nearest_cue(text, start, end, s0, s1)


def _nearest_cue(text: str, start: int, end: int, s0: int, s1: int, *, fast: bool = True) -> str | None:
    """`_tense`'s reading of the words of [s0, s1). `fast`: ask `_cue` only about the words that can
    be cues, take the last cue before the span (the nearest before it: each word's reading needs only
    the 5 words before it, so the words are read back from the span, a few at a time) and stop at the
    first cue after the span (the nearest after it); `fast=False` reads every word in turn, as
    tests/test_fast_paths.py checks."""
    words, lows, maybe = _window_words(text, s0, s1)
    tail = _attribution_tail(text, s0, start, end, s1)
    best: tuple[int, str] | None = None
    if not fast:
        for _, distance, tense in _read_cues(text, start, end, words, 0, 0, len(words), fast, tail, lows):
            if best is None or distance < best[0]:
                best = (distance, tense)
    else:
        k = bisect.bisect_right(words, start, key=_word_end)  # words[:k] end before the span
        cands = list(compress(range(len(maybe)), maybe))  # the words that may be cues, by index
        b = bisect.bisect_left(cands, k)  # cands[:b] before the span
        if b:  # read back from the span: the nearest candidate alone, then the next _CUE_TRIES - 1 at once (each
            c = cands[b - 1]  # read whole from the 5 words before it, as alone: the last cue of the run is the nearest)
            cues = _read_cues(text, start, end, words, max(0, c - _CUE_CONTEXT), c, c + 1, fast, tail, lows)
            best = cues[-1][1:] if cues else None
            if best is None and b > 1:
                c, last = cands[max(0, b - _CUE_TRIES)], cands[b - 2]
                cues = _read_cues(text, start, end, words, max(0, c - _CUE_CONTEXT), c, last + 1, fast, tail, lows)
                best = cues[-1][1:] if cues else None
            if best is None and b > _CUE_TRIES:  # many words that are no cues here: read all up to the next one
                cues = _read_cues(text, start, end, words, 0, 0, cands[b - _CUE_TRIES - 1] + 1, fast, tail, lows)
                best = cues[-1][1:] if cues else None
        # after the span: read from the 5 words before its first candidate (the words between are no cues), up to the
        # first word as far after the span as the cue before it (a cue there or later is no nearer: the one before wins ties)
        stop = len(words) if best is None else bisect.bisect_left(words, end + best[0], k, key=_word_start)
        after = (_read_cues(text, start, end, words, max(0, k - _CUE_CONTEXT, cands[b] - _CUE_CONTEXT), k, stop, fast,
                            tail, lows) if b < len(cands) and cands[b] < stop else [])
        for _, distance, tense in after[:1]:
            if best is None or distance < best[0]:
                best = (distance, tense)
    if best and best[1] == "past" and _open_end_before(text, start):
        return None  # `adjourned until July 22`: the past tense dates the adjournment, not its end
    return best[1] if best else None


#: How many words before a word `_cue` reads (through the state `_read_cues` carries) to tell its cue.
_CUE_CONTEXT = 5
#: How many words that may be cues `_nearest_cue` reads back (the nearest alone, the others in one run) before it reads all.
_CUE_TRIES = 8


_word_end = methodcaller("end")  # a word's end (C-level: `bisect`'s key on each step)
_word_start = methodcaller("start")


def _may_cue(word: str) -> bool:
    """Can the lower-case `word` be a cue (`_read_cues` reads the others in its fast mode as no cue)?"""
    return word in _MAYBE_CUE or word.endswith(_CUE_ENDINGS)


def _window_words(text: str, s0: int, s1: int) -> tuple[list[re.Match[str]], list[str], list[bool]]:
    """`list(_TENSE_WORD.finditer(text, s0, s1))`, those words in lower case, and which may be cues
    (`_may_cue`). In a long text, the document's words (`_document_words`, read once) whole inside the
    window, with the window's cut words read again at its edges (tests/test_fast_paths.py compares the two)."""
    if len(text) > _LONG_TEXT:
        words, starts, ends, lows, maybe = _document_words(text)
        i = bisect.bisect_left(starts, s0)
        head: list[re.Match[str]] = []
        if i > 0 and ends[i - 1] > s0:  # the window starts inside a word: its rest, then the document's words
            h = _TENSE_WORD.search(text, s0, s1) if ends[i - 1] <= s1 else None
            head = [h] if h is not None and h.end() == ends[i - 1] else []
        if head or not (i > 0 and ends[i - 1] > s0):
            j = bisect.bisect_right(ends, s1, i)  # words[i:j] end inside the window; one cut by its end is read again
            cut = list(_TENSE_WORD.finditer(text, starts[j], s1)) if j < len(words) and starts[j] < s1 else []
            edges = [w.group().lower() for w in head], [w.group().lower() for w in cut]
            return (head + words[i:j] + cut, edges[0] + lows[i:j] + edges[1],
                    [_may_cue(w) for w in edges[0]] + maybe[i:j] + [_may_cue(w) for w in edges[1]])
    found = list(_TENSE_WORD.finditer(text, s0, s1))
    lows = [w.group().lower() for w in found]
    return found, lows, [_may_cue(w) for w in lows]


@lru_cache(maxsize=2)
def _document_words(text: str) -> tuple[list[re.Match[str]], list[int], list[int], list[str], list[bool]]:
    """Every `_TENSE_WORD` of `text`, their starts, ends, lower-case forms and which may be cues (kept for
    the document in hand)."""
    words = list(_TENSE_WORD.finditer(text))
    lows = [w.group().lower() for w in words]
    return words, [w.start() for w in words], [w.end() for w in words], lows, [_may_cue(w) for w in lows]


def _read_cues(text: str, start: int, end: int, words: list[re.Match[str]], first: int, exact: int, stop: int,
               fast: bool, tail: tuple[int, int] | None = None, lows: list[str] | None = None) -> list[tuple[int, int, str]]:
    """The cues of `words[exact:stop]` as (index, distance from the span, tense), in text order, when
    `words[first:stop]` are read in turn (from `first + 5` on, or from 0, a word reads as it would
    after all the words before it); `fast`: only to the first cue after the span. No cue is taken from
    the words of `tail` (an attribution after the span, `_attribution_tail`). `lows`: the words in
    lower case, when the caller has them."""
    out: list[tuple[int, int, str]] = []
    prev, before = "", ["", ""]  # the word before this one; the two before that
    before_tense: str | None = None  # the cue of the word two back
    prev_tense: str | None = None
    for i in range(first, stop):
        w = words[i]
        word = lows[i] if lows is not None else w.group().lower()
        if fast and word not in _MAYBE_CUE and not word.endswith(_CUE_ENDINGS):
            before, before_tense, prev_tense = [before[1], prev], prev_tense, None  # no cue: only the state moves on
            prev = word
            continue
        tense = _cue(word, prev)
        if tense == "future" and word == "to" and prev.endswith("ed") and "had" in before:
            tense = None  # `had originally promised to reinstate the judges by April 30`: a past plan
        if tense == "future" and word == "to" and prev == "due":
            nxt = _NEXT_WORD.match(text, w.end() + 1)
            if nxt and nxt.group().lower() in BECAUSE_OF_AFTER_DUE_TO:
                tense = None  # `fell due to a brake failure on Thursday`: because of
        if tense == "past" and word == "expected" and text[w.end() : start].strip().lower() in FUTURE_AFTER_EXPECTED:
            tense = "future"  # `8 to 12 inches expected by Saturday morning`
        if word == "to" and prev in OBJECT_PRONOUNS and before[1] in DIRECTIVE_VERBS:
            tense = "future"  # `ordered him to report to prison by Jan. 15`
        elif word == "to" and tense is None and prev in DAY_BEFORE_TO and w.end() <= start \
                and (before[1] in PLAN_BEFORE_DAY or (before[1] in DAY_BEFORE_TO and before[0] in PLAN_BEFORE_DAY)):
            tense = "future"  # `agreed early Tuesday to cut output from April 1` (not the day itself): the plan's `to` past its day
        elif word in OPEN_END_VERBS:
            nxt = _NEXT_WORD.match(text, w.end() + 1)
            if nxt and nxt.group().lower() in OPEN_END_AFTER:
                tense = "future"  # `the fiscal year runs through Sept. 30` (not `runs from Monday 17th`)
        if tense == "future" and word in FUTURE_AFTER_TAKE and before[1] == "to":
            tense = None  # `his resignation in October 2008, to take effect in December`: a plan of the past
        if tense == "past" and ((prev in PARTICIPLE_AFTER and word not in PAST_ADVERBS and i > 0 and text[words[i - 1].end() : w.start()] == " ")
                                or (word == "left" and prev in LEFT_AFTER)
                                or (prev.endswith("ly") and before[1] in NOT_PAST_AFTER and word.endswith("ed"))  # `will be severely disrupted`
                                or (word == "last" and _POSSESSIVE_AFTER.match(text, w.end()))
                                or (text[w.start()].isupper() and not _opens_sentence(text, w.start()))):
            tense = None  # `for lost instruction`, `11 days left`, `last year's pace`, the `Met` Office: no simple past
        if tense is None and prev in PERFECT_AUXILIARIES and word in ATTRIBUTION_TAIL_VERBS and 0 <= start - w.end() <= _SAYING_DAY_GAP:
            tense = "past"  # `has stated Monday that ...`: the saying's day, right after its verb
        if tense == "past" and word == "expected" and "with" in (prev, *before):
            tense = "future"  # `with 40mm expected in some places`
        if word in GUIDANCE_VERBS or word in DEADLINE_HAVE:
            nxt = _NEXT_WORD.match(text, w.end() + 1)
            if nxt and nxt.group().lower() in (GUIDANCE_AFTER if word in GUIDANCE_VERBS else OPEN_END_PREPS):
                tense = "future"  # `guided to Q4 revenue`, `have until Oct. 15 to file`: the period to come
        if tense == "past" and word in NO_CUE_BEFORE_THAN:
            nxt = _NEXT_WORD.match(text, w.end() + 1)
            if nxt and nxt.group().lower() == "than":
                tense = None  # `a quarter earlier than it had planned`: a comparison, no tense
        plural = (tense is None and word in SCHEDULED_PLURAL and prev.endswith("s") and prev not in SCHEDULED_PLURAL_NOT_AFTER
                  and text[w.start() - 2 : w.start() - 1] not in ("'", "’")  # (not `the members' vote`)
                  and not ((nxt := _NEXT_WORD.match(text, w.end() + 1)) and nxt.group().lower() in SCHEDULED_PLURAL_NOT_BEFORE))
        if plural:
            tense = "future"  # `Doors open at 6:30 p.m. Friday`: a plural subject's timetable (not `were open`, `to visit`)
        named = (tense is None and word in SCHEDULED_AFTER_NAME and i > 0 and words[i - 1].group()[:1].isupper()
                 and text[words[i - 1].end() : w.start()] == " ")
        if named:
            tense = "future"  # `Myanmar votes on Sunday`: a place or a body before the verb of a timetable (not `postal votes`)
        timetable = (word in SCHEDULED_PRESENT and (word not in SCHEDULED_PLURAL or plural)) or named
        skip = timetable and ((prev == "to" and before_tense == "past")  # `tried to play down`
                                              or (before[1] == "to" and not word.endswith("s"))  # `to suspend play`
                                              or (not word.endswith("s") and text[w.start()].isupper())  # `the French Open`: a name
                                              or (prev in SCHEDULED_NOT_AFTER and not (prev in SCHEDULED_RELATIVE and word.endswith("s")))  # `that begins July 1`
                                              or prev.endswith(("'s", "’s"))  # `at the close Friday`: a noun
                                              or (word in FUTURE_AFTER_PRESENT_BE and prev in BE_FORMS and prev not in PRESENT_BE))  # `was due in April`
        prev_word = prev
        before, before_tense, prev_tense = [before[1], prev], prev_tense, tense
        prev = word
        if tense is None or skip or i < exact or (tail is not None and tail[0] <= w.start() < tail[1]):
            continue
        distance = start - w.end() if w.end() <= start else w.start() - end
        anywhere = word in FUTURE_AFTER_PRESENT_BE and prev_word in DUE_AFTER_PRESENT  # `is due in mid-January`, `falls due`
        if timetable and not (w.end() <= start and (anywhere or distance <= _SCHEDULED_REACH)
                                                and not _attributive(text, start)
                                                and (not text.startswith(" to ", w.end()) or text.startswith(" to the ", w.end()))
                                                and (anywhere or word not in SCHEDULED_NEXT_TO_DATE
                                                     or text[w.end() : start].strip() in _DUE_GAPS)):
            continue  # `meets Thursday`, `due Monday`, `the opener is Sept. 10`; not `meets forecasts ... in March`, `begins over the
            # September crash`, `due to rain on Monday`, `due in November to become editor`
        if w.start() >= end and _CLAUSE_BREAK.search(text, end, w.start()):
            distance = 2 * distance + 20  # a cue in the next clause (`... quarter and raised`) counts for less
        if distance >= 0:
            out.append((i, distance, tense))
        if fast and w.start() >= end:
            break  # the first cue after the span is the nearest after it (a later one is farther, in the same clause or beyond)
    return out


def _attribution_tail(text: str, s0: int, start: int, end: int, stop: int) -> tuple[int, int] | None:
    """The attribution that ends the sentence [s0, stop) after a span, from its comma to its reporting
    verb (`on Dec. 17, the campaigns said Thursday.`, `through Thursday, said the Met Office.`, `before
    May," he told reporters.`): it dates the saying, not the span, so `_read_cues` takes no cue from it.
    A span that opens its sentence (`On Wednesday, Microsoft announced ...`) has none: that verb is the
    sentence's own.

    >>> t = "They will meet on Dec. 17, the campaigns said."
    >>> t[slice(*_attribution_tail(t, 0, 18, 25, len(t)))]
    ', the campaigns said'
    >>> _attribution_tail("They met on Dec. 17, and said so.", 0, 12, 19, 33) is None
    True
    >>> _attribution_tail("On Dec. 17, Microsoft announced it.", 0, 3, 10, 35) is None
    True
    >>> _attribution_tail("In a statement Friday, the champion said he will retire.", 0, 15, 21, 56) is None
    True
    """
    if text.find(",", end, min(stop, end + 41)) < 0 or len(text[s0:start].split()) < 2:
        return None  # (its comma comes within 40 characters of the span)
    m = _ATTRIBUTION_TAIL.match(text, end, stop)
    return (m.start("tail"), m.end("verb")) if m else None


_ATTRIBUTION_TAIL = re.compile(
    r"[^,;:.!?\n]{0,40}?(?P<tail>,[\"”’']?\s+(?!(?:" + "|".join(ATTRIBUTION_TAIL_NOT_BEFORE) + r")\b)"
    r"(?:[\w.'’&-]+\s+){0,6}?(?P<verb>" + "|".join(ATTRIBUTION_TAIL_VERBS) + r"))\b"
    r"(?:\s+(?!(?:" + "|".join(ATTRIBUTION_TAIL_NOT_AFTER) + r")\b)[\w'’-]+){0,5}\s*"
    r"(?:[.!?;\"”]|,\s+(?:" + "|".join(ATTRIBUTION_TAIL_END_BEFORE) + r")\b|$)", re.IGNORECASE)  # (`, it said, and ...`)


def _attributive(text: str, start: int) -> bool:
    """Is the span after `the`, a date naming an event (`the September crash`, `the March 4 accord`)?"""
    return text[max(0, start - 4) : start].lower() == "the "


_SCHEDULED_REACH = 50
_SAYING_DAY_GAP = 12  # characters from a reporting verb in the present perfect to the day it dates (` on Monday `)
_DUE_GAPS = ("", "on", "by", "until", "before", "up to")  # `due Monday`, `due up to Saturday January 5th`  # characters from a timetable verb before its date: `holds its next policy meeting March 19`
_TENSE_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|\bbut\b", re.IGNORECASE)
#: The words `_cue` can find a tense in (with the endings below); any other word is passed over.
_MAYBE_CUE = (FUTURE_WORDS | PAST_WORDS | FUTURE_AFTER_TO | FUTURE_AFTER_BE | FUTURE_AFTER_PRESENT_BE | FUTURE_AFTER_FOR
              | FUTURE_AFTER_DUE | FUTURE_AFTER_TAKE | OPEN_END_VERBS
              | SCHEDULED_PRESENT | SCHEDULED_AFTER_NAME | GUIDANCE_VERBS | DEADLINE_HAVE | {"to", "have"})
_CUE_ENDINGS = ("ed", "'ll", "’ll")
#: `last` before a possessive (`last year's pace`): a comparison's base, no tense.
_POSSESSIVE_AFTER = re.compile(r"\s+[A-Za-z]+['’]s\b")


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at `at` open its sentence (nothing but spaces and quotes between it and a stop,
    a colon, a bracket or the start)? A capitalised past form elsewhere is a name (the `Met` Office)."""
    k = at
    while k > 0 and text[k - 1] in " \t\"“'‘":
        k -= 1
    return k == 0 or text[k - 1] in ".!?:;(\n—-"

_MAYBE_CUE_BYTES = frozenset(w.encode("ascii", "replace") for w in _MAYBE_CUE)
#: ASCII letters lower-cased, every other byte a space.
_LOWER_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def _cue(word: str, prev: str) -> str | None:
    """The tense a word signals, given the word before it; None for most words."""
    if word in FUTURE_WORDS or (word in SCHEDULED_PRESENT and word not in SCHEDULED_PLURAL) or word.endswith(("'ll", "’ll")) \
            or (word == "to" and prev in FUTURE_BEFORE_TO) \
            or (word in FUTURE_AFTER_TO and prev == "to") \
            or (word in FUTURE_AFTER_BE and prev in BE_FORMS) \
            or (word in FUTURE_AFTER_PRESENT_BE and prev in PRESENT_BE) \
            or (word in FUTURE_AFTER_FOR and prev == "for") \
            or (word in FUTURE_AFTER_DUE and prev == "due") \
            or (word in FUTURE_AFTER_TAKE and prev in TAKE_FORMS):  # to be held, meets Thursday, was expected, due back
        return "future"
    if word == "have" and prev in MODALS_BEFORE_HAVE:
        return "past"  # `could have operated on Saturday`, `might have taken part in March`
    if prev in NOT_PAST_AFTER:
        return None  # "will be held", "to be elected", "have said", "has issued": not a simple past
    if word in PAST_WORDS or (len(word) > 3 and word.endswith("ed") and word[-3] != "e" and prev not in ED_ADJECTIVE_AFTER):
        return "past"  # (not `the demilitarized zone`: an adjective)
    return None


def _open_end_before(text: str, start: int) -> bool:
    """Is the span right after `until` / `till` (`until the end of August`, `until July 22`, a clock between:
    `until 10 a.m. Thursday`, `until 16:00 GMT on Wednesday`)?"""
    window = text[max(0, start - 30) : start]
    if window.isascii() and not _OPEN_END_LOWER.search(window.lower()):
        return False  # none of the prepositions in view (ASCII): no clock search, no split (tests/test_prefilters.py)
    tail = text[max(0, start - 20) : start]  # a clock has a digit and the tail ends in a space (ASCII: no search without them)
    clock = (_CLOCK_TAIL.search(text, max(0, start - 20), start)
             if not tail.isascii() or (tail[-1:].isspace() and any(c.isdigit() for c in tail)) else None)
    before = text[max(0, start - 30) : clock.start() if clock else start].split()
    if not before or before[-1].lower() not in OPEN_END_PREPS:
        return False
    # `Friday the 2nd until Tuesday the 6th`, `2015/08/12 until October 22`: the end of a range follows its start
    return len(before) < 2 or (before[-2].isalpha() and before[-2].islower())


#: The words `_open_end_before` looks for, in lower case: one is in every window it says yes for.
_OPEN_END_LOWER = re.compile("|".join(sorted(OPEN_END_PREPS)))
#: A clock between `until` and its day: `10 a.m.`, `16:00 GMT on`, `2200 GMT on` (a zone in capitals, `on`).
_CLOCK_TAIL = re.compile(r"(?<![\w:.])(?:\d\d?(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d\d?:\d\d|\d{4})(?:\s+(?-i:[A-Z]{2,4}))?(?:\s+on)?\s+\Z",
                         re.IGNORECASE)


def nearest_month_either_way(ref: dt.date, month: int) -> dt.date:
    """The occurrence of `month` nearest `ref`, the past by a month (no tense in view)."""
    back = cal.nearest_month(ref, month, past=True)
    ahead = cal.nearest_month(ref, month, past=False)
    return back if (ref - back).days <= (ahead - ref).days + 31 else ahead


def month_by_tense(text: str, start: int, end: int, ref: dt.date, month: int) -> dt.date:
    """The occurrence of `month` the span's tense points to (past: on or before `ref`; future: on or
    after); with no tense in view, the nearest either way."""
    tense = _tense(text, start, end)
    return nearest_month_either_way(ref, month) if tense is None else cal.nearest_month(ref, month, past=tense == "past")


def _since_before(text: str, start: int) -> bool:
    """Is the span right after a word that puts it in the past (`since Friday`)?"""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in PAST_PREPS


def _scheduled_before(text: str, start: int) -> bool:
    """Is the span the date a plan is set for (`set jury selection for March 4`, `postponed to Sept. 21`,
    `set a hearing for 10 a.m. on Feb. 3`)? Then it is still to come, whatever the verb's tense.

    >>> _scheduled_before("Sentencing was postponed to Sept. 21", 28), _scheduled_before("He moved to Ohio on May 3", 20)
    (True, False)
    """
    lo = max(0, start - 80)
    window = text[lo:start]
    if window.isascii() and not (window[-1:].isspace() and _SCHEDULED_LOWER.search(window.lower())):
        return False  # no space at the end, or none of the words (ASCII): no search (tests/test_prefilters.py)
    return _SCHEDULED_BEFORE.search(text, lo, start) is not None


#: The words `_SCHEDULED_BEFORE` starts with, in lower case: one is in every window it matches in.
_SCHEDULED_LOWER = re.compile("|".join(sorted(w.lower() for w in SCHEDULED_BEFORE_FOR)))
_SCHEDULED_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(SCHEDULED_BEFORE_FOR)) + r")(?:\s+(?!(?:for|to)\b)[\w'’-]+){0,6}?\s+(?:for|to)\s+"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?\Z", re.IGNORECASE)


def _forward_label_before(text: str, start: int) -> bool:
    """Is the span the date of a notice's label (`pay April 10`, `payable Jan 15`, `, record March 20`, `holders of
    record Dec 31`, `effective Friday`, `expires Feb 28`, `due Nov 1`)? Then it is one to come, whatever the tense,
    unless a past form stands before the label (`became effective Jan 1`).

    >>> t = "Qtly div 15 cts vs 15 cts prior, pay April 10, record March 20."
    >>> _forward_label_before(t, t.index("April")), _forward_label_before(t, t.index("March"))
    (True, True)
    >>> t = "The law became effective Jan 1, and shares hit a record Friday."
    >>> _forward_label_before(t, t.index("Jan")), _forward_label_before(t, t.index("Friday"))
    (False, False)
    """
    lo = max(0, start - 40)
    window = text[lo:start]
    if window.isascii() and not (window[-1:].isspace() and _FORWARD_LOWER.search(window.lower())):
        return False  # no space at the end, or no label nor `record` (ASCII): no search (tests/test_prefilters.py)
    return _FORWARD_LABEL.search(text, lo, start) is not None


#: The words every match of `_FORWARD_LABEL` holds, in lower case.
_FORWARD_LOWER = re.compile("|".join(sorted({*FORWARD_LABELS_BEFORE_DATE, "record"})))
_FORWARD_LABEL = re.compile(
    r"(?:(?<!\w)(?<!" + r"\s)(?<!".join(f"\\b{re.escape(w)}" for w in FORWARD_LABEL_NOT_AFTER) + r"\s)"
    r"(?:" + "|".join(map(re.escape, FORWARD_LABELS_BEFORE_DATE)) + r")"
    r"|(?:" + "|".join(re.escape(w) if not w.isalpha() else rf"\b{w}" for w in FORWARD_LABEL_RECORD_BEFORE) + r")\s*record)"
    r"(?:\s+at\s+\d{1,4}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"  # `expires at 1600 EST on December 14`
    r"(?:\s+(?:on|from|date|as\s+of))?\s+\Z", re.IGNORECASE)


def _is_future(text: str, start: int, end: int) -> bool:
    """Does the span's sentence speak of it in the future (its nearest tense cue)?

    >>> _is_future("They will meet on Sunday.", 17, 23), _is_future("They met on Sunday.", 12, 18)
    (True, False)
    """
    return not _since_before(text, start) and _tense(text, start, end) == "future"


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _valid(year: int | None, month: int, day: int) -> bool:
    """Does the day exist (in a leap year when the year is unknown)?"""
    return 1 <= day <= calendar.monthrange(year if year else 2000, month)[1]


def _year_of(word: str, near: int | None = None) -> int:
    """A year from 4 digits or from 2 digits ('17 / 17 after 2016 -> 2017)."""
    w = word.lstrip("'’")
    y = int(w)
    if len(w) == 2:
        if near is not None:
            century = near // 100 * 100
            y = century + y if century + y >= near else century + 100 + y
        else:
            y += 2000 if y < 50 else 1900
    return y


def _day_date(m: re.Match[str], ctx: _Ctx, month: int, day: int, year_word: str | None) -> str | None:
    text, ref, _ = ctx
    if year_word:
        year = _year_of(year_word)
        return dt.date(year, month, day).isoformat() if _valid(year, month, day) else None
    if month == 9 and day == 11 and _NINE_ELEVEN.match(text, m.end()):
        return "2001-09-11"  # "the September 11 attacks": the event names its day
    if ref is None:
        return None
    tense = "past" if _since_before(text, m.start()) else "future" if _scheduled_before(text, m.start()) \
        or _forward_label_before(text, m.start()) else _tense(text, m.start(), m.end())
    if tense is None:  # no tense in view (`valid until March 10`): the nearest occurrence, the past by a month
        back, ahead = cal.nearest_day(ref, month, day, past=True), cal.nearest_day(ref, month, day, past=False)
        got = back if ahead is None or (back is not None and (ref - back).days <= (ahead - ref).days + 31) else ahead
    else:
        got = cal.nearest_day(ref, month, day, past=tense == "past")
        if tense == "future" and got is not None and (got - ref).days > _STALE_AHEAD:
            back = cal.nearest_day(ref, month, day, past=True)  # `expected today, 26 August` in a report
            if back is not None and (ref - back).days <= _STALE_BACK:  # dated 30 August: that day, not next year's
                got = back
    return _weekday_year(m, ref, month, day, got)


#: How far from the reference date a weekday may move a day written without its year (half a year and a bit).
_WEEKDAY_REACH = 200


def _weekday_year(m: re.Match[str], ref: dt.date, month: int, day: int, got: dt.date | None) -> str | None:
    """`Monday, September 8` without a year: the weekday written names the year (of the nearest one
    before and after the reference date, within _WEEKDAY_REACH days of it) when the tense's pick falls
    on another weekday; a weekday that fits no near year is the writer's slip, and the tense's pick stays."""
    wd = m["wd"] if "wd" in m.re.groupindex and m["wd"] else None
    want = WEEKDAYS.get(wd.lower().rstrip(".")) if wd else None
    if want is None and wd:
        want = next((v for k, v in WEEKDAYS.items() if len(k) > 5 and k.startswith(wd.lower().rstrip("."))), None)  # `Mon.`
    if want is not None and (got is None or got.weekday() != want):
        fits = [d for d in (cal.nearest_day(ref, month, day, past=True), cal.nearest_day(ref, month, day, past=False))
                if d is not None and d.weekday() == want and abs((d - ref).days) <= _WEEKDAY_REACH]
        got = min(fits, key=lambda d: abs((d - ref).days)) if fits else got
    return got.isoformat() if got else None


#: A day a future sentence names that lies at most _STALE_BACK days before the reference date is that
#: day (the text was written before its date, or speaks of a plan now past), not its next year's return.
_STALE_BACK, _STALE_AHEAD = 31, 300


_NINE_ELEVEN = re.compile(r"\s+(?:attacks?|terror\w*|victims?|hijack\w*|commission|families|widows?|memorial|plot\w*)\b",
                          re.IGNORECASE)


def _rel_year(ref: dt.date | None, rel: str | None) -> int | None:
    if ref is None:
        return None
    return ref.year + {"last": -1, "next": 1, "previous": -1, "coming": 1}.get((rel or "this").lower(), 0)


def _resolve_core(core: str, ref: dt.date | None, future: bool | None) -> str | None:
    """The date of what follows a modifier: `2016`, `November`, `last year`, `the 1990s`, `summer 2018`."""
    c = " ".join(core.lower().replace("-", " ").split())
    if re.fullmatch(r"\d{4}", c):
        return c
    m = re.fullmatch(r"(?:the )?(\d{3})0'?s", c)
    if m:
        return m.group(1)
    m = re.fullmatch(r"([a-z.]+),? (\d{4})", c)
    if m and m.group(1).rstrip(".") in MONTHS:
        return f"{m.group(2)}-{_month_of(m.group(1)):02d}"
    if c.rstrip(".") in MONTHS:
        if ref is None:
            return None
        if future is None:
            got = nearest_month_either_way(ref, _month_of(c))
        else:
            got = cal.nearest_month(ref, _month_of(c), past=not future)
        return f"{got.year}-{got.month:02d}"
    m = re.fullmatch(r"(?:the )?(spring|summer|autumn|winter|fall)(?: (?:of )?(\d{4}))?", c)
    if m:
        if m.group(2):
            return f"{m.group(2)}-{SEASONS[m.group(1)]}"
        if ref is None:
            return None
        y, s = cal.nearest_season(ref, SEASONS[m.group(1)], "future" if future else "past")  # None: the past
        return f"{y}-{s}"
    m = re.fullmatch(r"(?:fiscal |fy ?)(\d{4})", c)
    if m:  # the end of fiscal 1997
        return "FY" + m.group(1)
    m = re.fullmatch(r"(?:the )?(first|second|third|fourth|final) (quarter|half)(?: of (fiscal )?(\d{4}))?", c)
    if m:  # the end of the second quarter of 2011
        n = {"first": 1, "second": 2, "third": 3}.get(m.group(1), 4)
        letter = "Q" if m.group(2) == "quarter" else "H"
        n = n if letter == "Q" else min(n, 2)
        if m.group(4):
            return f"{'FY' if m.group(3) else ''}{m.group(4)}-{letter}{n}"
        if ref is None:
            return None
        year, n = (cal.nearest_quarter if letter == "Q" else cal.nearest_half)(ref, n, past=not future)
        return f"{year}-{letter}{n}"
    m = re.fullmatch(r"(this|last|next|the past|the coming|the|the current) (\w+)", c)
    if m and ref is not None:
        return _relative(ref, m.group(1).replace("the past", "last").replace("the coming", "next")
                         .replace("the current", "this").replace("the", "this"), m.group(2), bool(future))
    return None


def _relative(ref: dt.date, rel: str, what: str, future: bool) -> str | None:
    """`last year`, `this month`, `next week`, `last Sunday`, `this summer` against the ref.

    >>> ref = dt.date(2016, 12, 11)
    >>> [_relative(ref, r, w, False) for r, w in [("last", "year"), ("this", "month"), ("next", "week")]]
    ['2015', '2016-12', '2016-W50']
    >>> [_relative(ref, r, w, False) for r, w in [("last", "friday"), ("last", "march"), ("this", "morning")]]
    ['2016-12-09', '2016-03', '2016-12-11TMO']
    """
    rel, what = rel.lower(), what.lower()
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if what == "year":
        return str(ref.year + step)
    if what == "month":
        got = cal.shift_months(ref.replace(day=1), step)
        return f"{got.year}-{got.month:02d}"
    if what in ("week", "weekend"):
        return cal.iso_week(ref + dt.timedelta(days=7 * step)) + ("-WE" if what == "weekend" else "")
    if what == "quarter":
        idx = ref.year * 4 + (ref.month - 1) // 3 + step
        return f"{idx // 4}-Q{idx % 4 + 1}"
    if what == "decade":
        return str(ref.year // 10 + step)
    if what == "century":
        return f"{ref.year // 100 + step:02d}"
    if what in SEASONS:
        if not step:
            return f"{ref.year}-{SEASONS[what]}"  # this summer: the one of this year
        y, s = cal.nearest_season(ref, SEASONS[what], "last" if step < 0 else "next")
        return f"{y}-{s}"
    if what in WEEKDAYS:
        how = {-1: "last", 1: "next"}.get(step, "this")
        return cal.weekday(ref, WEEKDAYS[what], how).isoformat()
    if what.rstrip(".") in MONTHS:
        month = _month_of(what)
        if step:
            got = cal.nearest_month(ref, month, past=step < 0, strict=True)
            return f"{got.year}-{got.month:02d}"
        return f"{ref.year}-{month:02d}"  # this September: the one of this year
    if what in PARTS_OF_DAY:
        return f"{ref.isoformat()}T{PARTS_OF_DAY[what]}"
    return None


def _shift(ref: dt.date, unit: str, n: int) -> str | None:
    """The year, month or week `n` units from the reference date, as a TIMEX value.

    >>> _shift(dt.date(2016, 12, 11), "year", -1), _shift(dt.date(2016, 12, 11), "month", 1)
    ('2015', '2017-01')
    """
    if unit == "year":
        return str(ref.year + n)
    if unit == "month":
        idx = ref.year * 12 + ref.month - 1 + n
        return f"{idx // 12}-{idx % 12 + 1:02d}"
    if unit == "week":
        return cal.iso_week(ref + dt.timedelta(weeks=n))
    return None


def _nearest_nth(ref: dt.date, day: int, wd: int | None, future: bool) -> dt.date | None:
    """The day-of-month `day` nearest the ref in the tense's direction, on weekday `wd` if given.

    >>> _nearest_nth(dt.date(2016, 12, 11), 15, None, False), _nearest_nth(dt.date(2016, 12, 11), 15, None, True)
    (datetime.date(2016, 11, 15), datetime.date(2016, 12, 15))
    >>> _nearest_nth(dt.date(2017, 9, 1), 15, 4, True)   # Friday the 15th
    datetime.date(2017, 9, 15)
    """
    first = None
    for step in ((1, -1) if future else (-1, 1)):  # the tense's direction first, then the other
        for k in range(0, 13 * step, step):
            base = cal.shift_months(ref.replace(day=1), k)
            if not _valid(base.year, base.month, day):
                continue
            cand = dt.date(base.year, base.month, day)
            if (cand < ref) if step > 0 else (cand > ref):
                continue
            if wd is None or cand.weekday() == wd:
                return cand
            first = first or cand
    return first
