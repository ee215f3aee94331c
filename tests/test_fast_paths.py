"""The per-row fast paths give exactly what the plain code they replace gives (issue #14: cheaper
rows, output byte-identical). Each plain version is kept here as the reference; hypothesis draws
texts and spans, news-like and hostile."""

from __future__ import annotations

import bisect
import datetime as dt
import importlib.util
import json
import pathlib
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from numfacts import context
from numfacts._regex import caseless
from numfacts.mention import Found
from numfacts.pipeline import _drop_crossing
from numfacts.quantities.read import _GLUED_UNITS, _RX_SPACE, _UNIT_WORDS, _match_unit, _per_unit
from numfacts.quantities.stats import _RATE_ASIDE, _by_start, _in_ratio
from numfacts.temporal import anchor, resolve, scan
from numfacts.temporal.patterns import (
    BRANCH_RE,
    DISPATCH,
    DISPATCH_WORD,
    FIRST_OF,
    FIRST_OF_MIN,
    GATES,
    PRETESTS,
    dispatch_key,
)
from numfacts.temporal.scan import find_temporal
from numfacts.units import measure_unit

PIECES = st.sampled_from([
    "They", "will", "meet", "on", "Sunday", "met", "said", "was", "WAS", "planned", "to", "be", "plans",
    "could", "have", "week 51", "January", "MMWR", "we'll", "WE'LL", "won't", "won’t", "it'sWas", "x'was",
    "Kwas", "éwas", "ſaid", "K", "İ", "rock'ed", "need", "used", "until", "and", "but", ",", ";", ":", ".",
    ". ", "! ", "? ", "\n", " ", "  ", "\u00a0", "5", "1999", "km", "sq", "ft", "mph", "per", "/", "km/h",
    "-old", "...", "KM.", "m²", "%",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=60).map(" ".join), st.lists(PIECES, max_size=60).map("".join),
                  st.text(max_size=200))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _span(data: st.DataObject, text: str) -> tuple[int, int]:
    start = data.draw(st.integers(0, len(text)))
    return start, data.draw(st.integers(start, min(len(text), start + 30)))


@SETTINGS
@given(text=TEXTS, data=st.data(), back=st.sampled_from([400, 150, 41, 3, 1]), ahead=st.sampled_from([400, 100, 2]))
def test_sentence_bounds_by_bisection_are_the_found_ones(text: str, data: st.DataObject, back: int, ahead: int) -> None:
    start, end = _span(data, text)
    stops = resolve.sentence_stops(text)
    assert resolve._sentence_bounds(text, start, end, back, ahead, stops=stops) == resolve._sentence_bounds(
        text, start, end, back, ahead)


@SETTINGS
@given(text=TEXTS, data=st.data())
def test_sentence_bounds_of_a_long_text_are_the_windows(text: str, data: st.DataObject) -> None:
    """Past `_LONG_TEXT` the bounds come from the document's stops: the same as each window's."""
    long = (text + " ") * (resolve._LONG_TEXT // (len(text) + 1) + 1)
    start, end = _span(data, long)
    back, ahead = data.draw(st.sampled_from([400, 150, 3])), data.draw(st.sampled_from([400, 100, 2]))
    got = resolve._sentence_bounds(long, start, end, back, ahead)
    limit, resolve._LONG_TEXT = resolve._LONG_TEXT, len(long)  # each window's own stops
    try:
        assert got == resolve._sentence_bounds(long, start, end, back, ahead)
    finally:
        resolve._LONG_TEXT = limit


@SETTINGS
@given(text=TEXTS, data=st.data())
@example(text="rock'n's wo n't don't O'Neil", data=None)
def test_window_words_of_a_long_text_are_the_windows(text: str, data: st.DataObject | None) -> None:
    """Past `_LONG_TEXT` a window's words are the document's, with the words cut by its edges read again:
    the same matches as `_TENSE_WORD` finds in the window alone, at any edges."""
    long = (text + " ") * (resolve._LONG_TEXT // (len(text) + 1) + 1)
    cuts = ([(i, j) for i in range(0, 30) for j in range(i, 40)] if data is None
            else [tuple(sorted((data.draw(st.integers(0, len(long))), data.draw(st.integers(0, len(long))))))])
    for s0, s1 in cuts:
        words, lows, maybe = resolve._window_words(long, s0, s1)
        plain = list(resolve._TENSE_WORD.finditer(long, s0, s1))
        assert [w.span() for w in words] == [w.span() for w in plain]
        assert lows == [w.group().lower() for w in plain]
        assert maybe == [w in resolve._MAYBE_CUE or w.endswith(resolve._CUE_ENDINGS) for w in lows]


def _plain_tense(text: str, start: int, end: int) -> str | None:
    """`_tense` without its fast paths: every word of the window read in turn, to its end."""
    s0, s1 = resolve._sentence_bounds(text, start, end, 150, 100)
    return resolve._nearest_cue(text, start, end, s0, s1, fast=False)


@SETTINGS
@given(text=TEXTS, data=st.data())
def test_tense_is_the_word_by_word_tense(text: str, data: st.DataObject) -> None:
    start, end = _span(data, text)
    assert resolve._tense(text, start, end) == _plain_tense(text, start, end)


def _plain_drop_crossing(found: list[Found], keep: list[Found]) -> list[Found]:
    """`_drop_crossing` as it was: a walk back over the spans before each row."""
    spans = sorted((k.start, k.end) for k in keep)
    starts = [a for a, _ in spans]
    out = []
    for f in found:
        i = bisect.bisect_left(starts, f.end) - 1
        crossing = False
        while i >= 0 and not crossing:
            a, b = spans[i]
            if b <= f.start and a < f.start - 2000:
                break
            crossing = a < f.end and f.start < b and not (f.start <= a and b <= f.end)
            i -= 1
        if not crossing:
            out.append(f)
    return out


SPANS = st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 60)), max_size=25)


def _rows(spans: list[tuple[int, int]], kind: str = "date") -> list[Found]:
    return [Found(a, a + n, kind) for a, n in spans]


def _one_after_another(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for gap, n in spans:
        out.append((pos + gap % 40, n))
        pos += gap % 40 + n
    return out


@SETTINGS
@given(found=SPANS, keep=SPANS, ordered=st.booleans())
def test_drop_crossing_is_the_walk_back(found: list[tuple[int, int]], keep: list[tuple[int, int]], ordered: bool) -> None:
    kept = _rows(_one_after_another(keep) if ordered else keep)
    rows = _rows(found, "count")
    assert _drop_crossing(rows, kept) == _plain_drop_crossing(rows, kept)


@SETTINGS
@given(spans=SPANS, kinds=st.lists(st.sampled_from(["ratio", "count"]), min_size=25, max_size=25), pos=st.integers(0, 3100))
def test_in_ratio_is_any_ratio_row(spans: list[tuple[int, int]], kinds: list[str], pos: int) -> None:
    rows = [Found(a, a + n, k) for (a, n), k in zip(spans, kinds)]
    assert _in_ratio(rows, _by_start(rows), pos) == any(o.start <= pos < o.end for o in rows if o.kind == "ratio")


def _plain_match_unit(text: str, pos: int) -> tuple[str, str, int, bool] | None:
    """`_match_unit` as it was: every run of the words after a number looked up."""
    m = _UNIT_WORDS.match(text, pos)
    if not m:
        return None
    words = _RX_SPACE.split(m.group("u"))
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n]).rstrip(".")
        if n == 1 and surface.endswith("-old"):
            return None
        unit = measure_unit(surface) or ("/" in surface and _per_unit(surface)) or None
        if unit:
            end = m.start("u") + len(" ".join(words[:n]).rstrip("."))
            if surface.endswith("/") or (end < len(text) and (text[end].isalnum() or text[end] == "²")):
                continue
            return surface, unit, end, m.group("sp") == ""
    first = words[0].rstrip(".")
    if m.group("sp") == "" and first in _GLUED_UNITS:
        end = m.start("u") + len(first)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "-/²"):
            return first, _GLUED_UNITS[first], end, True
    return None


@SETTINGS
@given(text=TEXTS)
def test_match_unit_is_the_full_look_up(text: str) -> None:
    for m in re.finditer(r"\d", text):
        assert _match_unit(text, m.end()) == _plain_match_unit(text, m.end())


def _plain_qualifier_before(text: str, pos: int) -> tuple[int, str] | None:
    """`_qualifier_before` as it was: the window's words found with their offsets by a regex."""
    window = text[max(0, pos - 40) : pos]
    if window[-1:] not in (" ", "\u00a0", "~"):
        return None
    last = window.split()[-1:]
    if not last or last[0].lower() not in context._LAST_WORDS:
        return None
    words = [(m.start(), m.group().lower()) for m in context._WORD_RUN.finditer(window)][-context._MAX_PHRASE_WORDS :]
    for i in range(len(words)):
        phrase = " ".join(w for _, w in words[i:])
        if phrase in context._PHRASE_TO_Q:
            start = pos - len(window) + words[i][0]
            if start > 0 and text[start - 1].isalnum():
                continue
            return start, phrase
    return None


QUALIFIED = st.lists(st.sampled_from(["more", "than", "less", "at", "least", "up", "to", "about", "some", "nearly",
                                      "in", "excess", "of", "over", "~", "x", "5", "  ", "\u00a0", "\u2009", "\x1c",
                                      " ", "athan", "than~"]), max_size=20)


@SETTINGS
@given(pieces=QUALIFIED, glue=st.sampled_from([" ", "", "\u00a0"]))
def test_qualifier_before_is_the_regex_read(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces) + " 5"
    for pos in range(len(text) + 1):
        assert context._qualifier_before(text, pos) == _plain_qualifier_before(text, pos)


@SETTINGS
@given(pieces=st.lists(st.sampled_from(["per", "100,000", "(", ")", "1,848", "and", "in every", "5", " ", "x"]),
                       max_size=30))
def test_rate_aside_needs_an_open_bracket(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for pos in range(len(text) + 1):
        lo = max(0, pos - 80)
        if _RATE_ASIDE.search(text, lo, pos):
            assert text.rfind("(", lo, pos) > text.rfind(")", lo, pos)


def _plain_month_years(text: str, found: list[Found]) -> list[Found]:
    """`anchor._month_years` as it was: a walk back over the rows of the sentence for each month."""
    out = list(found)
    months = [anchor._written_month(text, f) for f in out]
    list_end: list[int | None] = [None] * len(out)
    for i in range(len(out) - 2, -1, -1):
        nxt = months[i + 1]
        if months[i] and nxt and len(out[i + 1].date or "") == 7 and anchor._LIST_GAP.fullmatch(text, out[i].end, out[i + 1].start):
            list_end[i] = i + 1 if nxt[1] else list_end[i + 1]
    for i, f in enumerate(out):
        got = months[i]
        if got is None or got[1]:
            continue
        s0, _ = resolve._sentence_bounds(text, f.start, f.end)
        # the last row naming the same month with its year (none when that row follows `since`)
        same = [k for k in range(i) if months[k] and months[k][1] and months[k][0] == got[0]]  # type: ignore[index]
        k = same[-1] if same and not re.search(r"\bsince\s+$", text[max(0, out[same[-1]].start - 8) : out[same[-1]].start],
                                                  re.IGNORECASE) else None
        if k is not None:
            if all(out[j].end > s0 for j in range(k, i)):  # in the sentence: walked back to it
                out[i] = anchor._with_year(f, out[k].date[:4])  # type: ignore[index]
                continue
            years = {out[j].date[:4] for j in range(k, i) if _writes_year(text, out[j])}  # type: ignore[index]
            sentences = sum(1 for c in resolve.sentence_stops(text) if out[k].end <= c < f.start)
            if years == {out[k].date[:4]} and sentences <= 2 and anchor._BARE_MONTH_DAY.fullmatch(text, f.start, f.end) \
                    and resolve._tense(text, f.start, f.end) != "future":  # type: ignore[index]
                out[i] = anchor._with_year(f, out[k].date[:4])  # type: ignore[index]
            continue
        if i == 0 or out[0].end > s0:
            j = list_end[i]
            if j is not None and len(f.date) == 7 and got[0] < months[j][0]:  # type: ignore[arg-type,index]
                out[i] = anchor._with_year(f, out[j].date[:4])  # type: ignore[index]
    return out


def _writes_year(text: str, f: Found) -> bool:
    return f.kind == "date" and bool(f.date) and bool(anchor._WRITTEN_YEAR.search(text, f.start, f.end))


#: Pieces of text, and the date a finder gives each (None: no row).
MONTH_PIECES = {"in": None, "January": "2016-01", "March": "2016-03", "May 2019": "2019-05", "March 2018": "2018-03",
                "June 3": "2016-06-03", "June 3, 2017": "2017-06-03", ",": None, "and": None, "or": None, ". ": None,
                "\n": None, "the": None, "week 51": "2016-W51", "December 25, 1999": "1999-12-25", "1999": "1999"}


@SETTINGS
@given(pieces=st.lists(st.sampled_from(sorted(MONTH_PIECES)), max_size=30))
@example(pieces=["in", "March 2018", "and", "in", "March"])
@example(pieces=["in", "March 2018", ". ", "in", "March"])
@example(pieces=["in", "January", ",", "March", "and", "May 2019"])
@example(pieces=["June 3", ". ", "in", "January", ",", "March 2018", "and", "in", "March"])
def test_month_years_is_the_walk_back(pieces: list[str]) -> None:
    rows, at = [], 0
    for piece in pieces:
        if MONTH_PIECES[piece]:
            rows.append(Found(at, at + len(piece), "date", date=MONTH_PIECES[piece]))
        at += len(piece) + 1
    text = " ".join(pieces)
    assert anchor._month_years(text, rows) == _plain_month_years(text, rows)


def _plain_word_before_dot(text: str, dot: int) -> str:
    """The walk back `resolve._ends_sentence` did before its fast path."""
    k = dot
    while k > 0 and dot - k < 12 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:dot]


@SETTINGS
@given(TEXTS)
@example("Gen. W. Corp. p.m. Friday Nov. U.S. wheat")
@example("a\u00a0U.S.  x(Gen. ²K. ...")
def test_word_before_a_full_stop_is_the_walked_back_one(text: str) -> None:
    text += ". "
    for dot in range(len(text)):  # each position, as if a full stop were there
        assert resolve._word_before_dot(text, dot) == _plain_word_before_dot(text, dot), (text, dot)


# -- round 4 (issue #14): cheap tests before costly searches, and cheaper rows -------------------

CUE_WORDS = st.lists(st.sampled_from([
    "They", "will", "meet", "on", "Sunday", "met", "said", "was", "planned", "to", "be", "plans", "could", "have",
    "had", "promised", "due", "meets", "until", "and", "but", ",", "the", "x", "tried", "play", "down", "we'll",
    "expected", "is", "for", "going", "hoped", "in", "April", "rose", "scheduled", "opens", "Monday", ".", "Gen.",
    "p.m.", "fell", "a", "brake",
]), min_size=1, max_size=90)


@SETTINGS
@given(words=CUE_WORDS, data=st.data())
def test_tense_read_back_from_the_span_is_the_whole_reading(words: list[str], data: st.DataObject) -> None:
    """Long runs of cue words: the reading back from the span, a few words at a time, and the fallback
    after `_CUE_TRIES` words that are no cues give the word-by-word tense."""
    text = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 1))
    start = len(" ".join(words[:i])) + (1 if i else 0)
    end = start + len(words[i])
    assert resolve._tense(text, start, end) == _plain_tense(text, start, end)


ASIDES = st.lists(st.sampled_from(["odds ratio", "ODDS RATIO", "risk", "OR", "aOR", "RR", "CI", "C.I.",
                                   "confidence interval", "(", ")", "[", "]", ";", "=", ":", ",", " ", "\u00a0", "x",
                                   "95", "\u212a", "ſ", "I", "."]), max_size=12)


@SETTINGS
@given(pieces=ASIDES)
def test_statistic_names_are_searched_where_they_can_end(pieces: list[str]) -> None:
    from numfacts.quantities import stats

    before = "".join(pieces)[-40:]
    checks = ((stats._NAME, ("=:", stats._NAME_LAST)), (stats._ABBR, ("", stats._ABBR_LAST, "=:")),
              (stats._INTERVAL, ("=:,", stats._INTERVAL_LAST)))
    for pattern, args in checks:
        if pattern.search(before):
            assert stats._may_end(before, *args)


@SETTINGS
@given(pieces=st.lists(st.sampled_from(["and", "AND", "And", "andy", "band", " ", "  ", "\u00a0", "\n", "\t", "one",
                                        "five", "5", "a", "half", "ſix", "seventy"]), max_size=10))
def test_fraction_and_before_is_the_search(pieces: list[str]) -> None:
    from numfacts.temporal.patterns import FRACTION_AND_BEFORE_RE
    from numfacts.temporal.read_spans import _fraction_and_before

    before = "".join(pieces)[-40:]
    assert _fraction_and_before(before) == bool(FRACTION_AND_BEFORE_RE.search(before))


@SETTINGS
@given(pieces=st.lists(st.sampled_from(["miles", "Mile", "KM", "km", "kilometres", "KILOMETERS", "knots", "feet", "metres",
                                        "meters", "mph", "kph", "ph", "s", "x", "5", " ", "  ", "\u00a0", "\n", "\t", "an",
                                        "hour", "\u212a", "ſ", "kilometre", "smiles"]), max_size=10),
       cut=st.integers(0, 40))
@example(pieces=["x", "kilometres", "\n"], cut=40)
def test_speed_before_is_the_search(pieces: list[str], cut: int) -> None:
    from numfacts.temporal.patterns import SPEED_BEFORE_RE
    from numfacts.temporal.read_spans import _speed_before

    before = "".join(pieces)[-cut:] if cut else ""
    assert _speed_before(before) == bool(SPEED_BEFORE_RE.search(before))


def test_longest_words_bound_the_before_searches() -> None:
    """`_speed_before` and `_fraction_and_before` search only as far back as their longest word."""
    from re import _parser

    from numfacts.temporal.patterns import (
        FRACTION_AND_BEFORE_RE,
        FRACTION_AND_LONGEST,
        SPEED_UNITS,
        SPEED_UNITS_LONGEST,
    )

    assert _parser.parse(SPEED_UNITS).getwidth()[1] == SPEED_UNITS_LONGEST
    figures = FRACTION_AND_BEFORE_RE.pattern.split(r"\s+and")[0]
    assert _parser.parse(figures).getwidth()[1] == FRACTION_AND_LONGEST


@SETTINGS
@given(window=st.text(alphabet=". ,(!?;:\n\t\u2003ax)", max_size=40))
def test_last_clause_end_is_the_last_match(window: str) -> None:
    cuts = [m.end() for m in context._CLAUSE_END.finditer(window)]
    last = context._LAST_CLAUSE_END.match(window)
    assert (last.end() if last else 0) == (cuts[-1] if cuts else 0)


@SETTINGS
@given(text=TEXTS)
def test_words_before_split_like_the_word_regex(text: str) -> None:
    assert text.split() == re.findall(r"[^\s\u00a0]+", text)


def test_rows_built_by_the_slot_init_are_the_dataclass_rows() -> None:
    import dataclasses

    from numfacts.mention import Mention

    f = Found(1, 4, "count", 5.0, unit="km")
    assert (f.start, f.end, f.kind, f.value, f.qualifier, f.unit, f.entity) == (1, 4, "count", 5.0, "=", "km", None)
    assert f == dataclasses.replace(Found(0, 0, "date"), start=1, end=4, kind="count", value=5.0, unit="km")
    defaults = Found.__init__.__defaults__
    assert defaults == tuple(p.default for p in dataclasses.fields(Found) if p.default is not dataclasses.MISSING)
    assert Mention.__init__.__defaults__ == tuple(
        p.default for p in dataclasses.fields(Mention) if p.default is not dataclasses.MISSING)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Found(1, 2)  # type: ignore[call-arg]


OBJECT_PIECES = st.lists(st.sampled_from([
    "cut", "Cut", "raised", "expanded", "its", "the", "their", "ITS", "staff", "workforce", "fleet", "stores",
    "troop", "levels", "by", "to", "from", "about", "some", "1,200", "8,000", "120", "3", "a", "-", "x-cut",
    "rose", "jobs", "\u00a0", "  ", "\n", ",", "." , "said",
]), max_size=40)


@SETTINGS
@given(pieces=OBJECT_PIECES, glue=st.sampled_from([" ", "\u00a0", ""]), data=st.data())
@example(pieces=["cut", "its", "staff", "by", "1", "to", "2", "by", "3", "to", "4"], glue=" ", data=None)
@example(pieces=["expanded", "its", "fleet", "to", "120"], glue=" ", data=None)
def test_change_object_from_the_document_starts_is_the_window_search(pieces: list[str], glue: str,
                                                                      data: st.DataObject | None) -> None:
    """`_change_object` with the document's `_ObjectStarts` (one scan) finds what the search of each
    row's window finds, for every count in the text."""
    text = glue.join(pieces) + (" 5" if data is None else data.draw(st.sampled_from([" 5", " 1,200", ""])))
    starts = context._ObjectStarts(text)
    for m in re.finditer(r"\d[\d,]*", text):
        f = Found(m.start(), m.end(), "count", 1.0)
        assert context._change_object(text, f, starts) == context._change_object(text, f)


NUMBER_LED = st.lists(st.sampled_from([
    "3", "19", "7", "12", "0945", "1030", "2016", "1990s", "2005,", "1,200", "4.5", "30", "9:00", "17:00", "7pm", "9am",
    "11am", "10pm", "6am", "p.m.", "a.m.", "to", "-", "–", "and", "from", "between", "May", "March", "Jan.", "of",
    "the", "this", "moth", "month", "hours", "years", "days", "weeks", "ago", "later", "every", "a", "times", "per",
    "week", "Sunday", "noon", "o'clock", "ESTX", "GMT", "local", "points", "%", "seats", "1st", "3rd", "century",
    "Q2", "FY", "H1", "at", "in", "by", "than", ",", ".", " ", "\n", "(", ")", "/", "1)", "2)", "first", "last",
    "next", "past", "early", "late", "half", "quarter", "few", "several", "year", "summer", "same", "period",
    "fiscal", "day", "weekend", "twenties", "'90s", "end", "beginning", "future", "previous", "current", "coming",
    "nineteen", "two", "three-and-a-half", "fourth", "twenty-first", "May", "Nov.", "Tuesday", "prior", "Q3", "THE", "The",
]), max_size=25)


def _first_branch_one_by_one(text: str, pos: int, names: tuple[str, ...]) -> str | None:
    return next((name for name in names if BRANCH_RE[name].match(text, pos)), None)


def _first_branch_at_once(text: str, pos: int, names: tuple[str, ...]) -> str | None:
    hit = FIRST_OF[names].match(text, pos)  # type: ignore[union-attr]
    return names[int(hit.lastgroup[1:])] if hit else None  # type: ignore[index]


def test_every_long_dispatch_has_one_regex() -> None:
    assert all(FIRST_OF[names] is not None for names in set(DISPATCH.values()) if len(names) >= FIRST_OF_MIN)


@SETTINGS
@given(pieces=NUMBER_LED, glue=st.sampled_from([" ", ""]))
@example(pieces=["from", "3", "to", "19", "this", "moth"], glue=" ")
@example(pieces=["0945", "ESTX", "1445", "GM", "0800", "to", "1030", "local"], glue=" ")
@example(pieces=["4", "to", "7pm", "9-11am", "10pm", "to", "6am", "9am-5pm"], glue=" ")
@example(pieces=["9am", "every", "Sunday", "3pm", "every", "day", "at"], glue=" ")
@example(pieces=["in", "2005,", "2006,", "2007"], glue=" ")
@example(pieces=["1)", "a", "2)", "a", "few", "years", "ago"], glue=" ")
def test_first_branch_at_once_is_the_one_by_one_try(pieces: list[str], glue: str) -> None:
    """At every word, the alternation of its branches picks the branch that trying them in turn
    picks (`find_temporal`'s dispatch)."""
    text = glue.join(pieces)
    for word in DISPATCH_WORD.finditer(text):
        names = DISPATCH.get(dispatch_key(word.group()), ())
        if len(names) >= FIRST_OF_MIN:
            pos = word.start()
            assert _first_branch_at_once(text, pos, names) == _first_branch_one_by_one(text, pos, names)


ROOT = pathlib.Path(__file__).parent.parent
CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"


def _news_and_hostile() -> list[str]:
    spec = importlib.util.spec_from_file_location("adversarial", ROOT / "bench" / "adversarial.py")
    adversarial = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(adversarial)  # type: ignore[union-attr]
    with open(CORPUS, encoding="utf-8") as fh:
        news = [json.loads(line)["text"] for _, line in zip(range(40), fh)]
    return news + [text[:6000] for text in adversarial.build(6).values() if text]


def test_find_temporal_with_combined_branches_is_the_one_by_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole documents (news, and every adversarial text) give the same rows with the combined
    branches as with every branch tried in turn."""
    ref = dt.date(2016, 12, 11)
    texts = _news_and_hostile()
    fast = [find_temporal(text, ref) for text in texts]
    monkeypatch.setattr(scan, "FIRST_OF_AFTER", 10**9)
    assert [find_temporal(text, ref) for text in texts] == fast


def _pretests_hold(text: str) -> None:
    """At every number, each branch that matches passes its pre-test, and the gate keeps the
    branch that trying every branch in turn picks."""
    for word in DISPATCH_WORD.finditer(text):
        key, pos = dispatch_key(word.group()), word.start()
        if key not in PRETESTS:
            continue
        names = DISPATCH[key]
        for name in names:
            if name in PRETESTS[key] and BRANCH_RE[name].match(text, pos):
                assert re.compile(caseless(PRETESTS[key][name])).match(text, pos), (name, text[pos : pos + 40])
        kept = GATES[key].branches(text, pos)  # type: ignore[union-attr]
        assert _first_branch_one_by_one(text, pos, kept) == _first_branch_one_by_one(text, pos, names)


@SETTINGS
@given(pieces=NUMBER_LED, glue=st.sampled_from([" ", ""]))
@example(pieces=["from", "3", "to", "19", "this", "moth"], glue=" ")
@example(pieces=["0945", "ESTX", "1445", "GM", "0800", "to", "1030", "local"], glue=" ")
@example(pieces=["at", "1030", ",", "12", "noon", "3", "times", "a", "week"], glue=" ")
@example(pieces=["4", "to", "7pm", "9-11am", "10pm", "to", "6am", "9am-5pm", "1990s", "2005", "-", "2006"], glue=" ")
def test_number_pretests_pass_every_branch_match(pieces: list[str], glue: str) -> None:
    """Each pre-test (patterns.PRETESTS) is a necessary condition of its branch."""
    _pretests_hold(glue.join(pieces))


def test_number_pretests_hold_on_news_and_hostile_texts() -> None:
    for text in _news_and_hostile():
        _pretests_hold(text)


PARTITIVE_PIECES = st.lists(st.sampled_from([
    "of", "the", "its", "these", "among", "out", "12,400", "450", "employees", "stores", ",", ", ", ",\n", "\n",
    " ", "\u00a0", "them", "will", "close", "3.5", ".", ";", "a",
]), max_size=30)


@SETTINGS
@given(pieces=PARTITIVE_PIECES, glue=st.sampled_from([" ", ""]))
@example(pieces=["Of", "the", "450", "stores,", ""], glue=" ")
def test_comma_before_passes_every_partitive_match(pieces: list[str], glue: str) -> None:
    """The cheap test before the `partitive` search rejects only windows the search rejects."""
    text = glue.join(pieces)
    for hi in range(len(text) + 1):
        lo = max(0, hi - 80)
        if context._entity_words().partitive.search(text, lo, hi):
            assert context._comma_before(text, lo, hi)


# ---- scans that start with a class, so the engine skips in C (batch5)

SCAN_PIECES = st.sampled_from([
    "1", "12", "123", "2024", "555-123-4567", "+44 20 7946 0958", "0800 789321", "1-800-222-2222", "(020)",
    "0800-77-90-15", "+", "(", ")", "1)", "12)", "(1)", "x1)", "a", "and", "said", "Said", "SAID", "according to",
    "According to", "as reported by", "told", "says", "Sagte", "sagte", "selon", "según", "dijo", "a déclaré",
    "Été", "İ", "K", "_", "-", ".", ",", "/", " ", "  ", "\u00a0", "\n", "ſaid", "x",
])
SCAN_TEXTS = st.one_of(st.lists(SCAN_PIECES, max_size=50).map(" ".join), st.lists(SCAN_PIECES, max_size=50).map("".join),
                       st.text(max_size=120))


@SETTINGS
@given(text=SCAN_TEXTS)
@example(text="the need for 1) better schools and 2) roads; 12) x 123) y (4) z a1) b")
def test_list_marker_scan_is_the_look_behind_first_one(text: str) -> None:
    from numfacts.quantities.filters import _MARKER, _MARKER_PLAIN

    assert [m.span(1) for m in _MARKER.finditer(text)] == [m.span(1) for m in _MARKER_PLAIN.finditer(text)]


@SETTINGS
@given(text=SCAN_TEXTS)
@example(text="Call +44 20 7946 0958 or 555-123-4567, x1-800-222-2222, (020) 7946 0958 and 0800-77-90-15.")
def test_phones_read_at_their_starts_are_the_scanned_ones(text: str) -> None:
    from numfacts.quantities.filters import _PHONES, _phones

    assert _phones(text) == [m.span() for m in _PHONES.finditer(text)]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@SETTINGS
@given(text=SCAN_TEXTS)
@example(text='"It went well," said Mr Smith; according to AFP, SAYS x, ſaid, Été dijo')
def test_speech_cue_scan_is_the_one_without_its_first_letter_look_ahead(lang: str, text: str) -> None:
    from numfacts.attribution import _grammar

    cue = _grammar(lang).cue  # `\b(?=[first letters])`, or `(?=[first letters])(?<![\w])`: plainly `(?<![\w])`
    plain = re.compile(re.sub(r"^(?:\\b)?\(\?=\[[^\]]*\]\)(?:\(\?<!\[\\w\]\))?", lambda m: r"(?<![\w])", cue.pattern), cue.flags)
    assert plain.pattern != cue.pattern
    assert [(m.span(), m.groupdict()) for m in cue.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def _plain_tidy(x: float | None) -> float | None:
    """`numbers.tidy` without its whole-number shortcut."""
    if x is None:
        return None
    short = f"{x:.15g}"
    return float(short) if len(short) < len(repr(x)) - 3 else x


@SETTINGS
@given(x=st.one_of(st.none(), st.floats(allow_nan=False), st.integers(-10**17, 10**17).map(float),
                   st.integers(-10**6, 10**6), st.sampled_from([1e15, -1e15, 999999999999999.0, 1e16, -0.0, 0.0])))
def test_tidy_of_a_whole_number_is_the_number(x: float | None) -> None:
    from numfacts.numbers import tidy

    got, want = tidy(x), _plain_tidy(x)
    assert got == want and type(got) is type(want) and repr(got) == repr(want)


@SETTINGS
@given(word=st.one_of(st.text(alphabet="aAbZz.é1 ", max_size=8), st.sampled_from(["U.S", "a.m", "Ph.D", "J", "j", "", "EE.UU", "Inc"])))
def test_dotted_test_skips_words_with_no_full_stop(word: str) -> None:
    from numfacts.sentences import _DOTTED

    assert bool((len(word) == 1 or "." in word) and _DOTTED.fullmatch(word)) == bool(_DOTTED.fullmatch(word))


@SETTINGS
@given(text=TEXTS, data=st.data())
def test_row_sentence_is_sentence_index(text: str, data: st.DataObject) -> None:
    from numfacts.sentences import sentence_index, split_sentences

    spans = split_sentences(text)
    offset = data.draw(st.integers(0, len(text) + 2))
    starts = [s0 for s0, _ in spans]
    assert max(bisect.bisect_right(starts, offset) - 1, 0) == sentence_index(spans, offset)


DETECT_PIECES = st.sampled_from([
    "the", "The", "of", "said", "el", "der", "qui", "de", "la", "les", "und", "que", "al-Qaeda", "Al-Sabah",
    "peut-être", "Nord-Süd", "die", "das", "y", "et", "est", "à", "du", "theme", "of2", "_of", "-", "'", "’",
    ",", ".", " ", "\n", "é", "İ", "K", "x", "5", "½",
])


@SETTINGS
@given(text=st.one_of(st.lists(DETECT_PIECES, max_size=60).map(" ".join), st.lists(DETECT_PIECES, max_size=60).map("".join),
                      st.text(max_size=120)))
def test_function_words_scanned_are_the_tokens_looked_up(text: str) -> None:
    from numfacts.lang.detect import _TOKEN, _function_word_scan, _function_words

    words = _function_words()
    low = text.lower()
    assert _function_word_scan().findall(low) == [w for w in _TOKEN.findall(low) if w in words]


def _frames():
    import datetime as dt

    import numpy as np
    import pandas as pd

    texts = ["12 dead", None, "Over 400 fled on Sunday.", float("nan"), 5]
    yield "plain", pd.DataFrame({"id": [1, 2, 3, 4, 5], "text": texts, "date": ["2016-12-11", None, "bad", "", "2016-12"]})
    yield "str ids, datetimes", pd.DataFrame({"id": list("abcde"), "text": texts,
                                              "date": pd.to_datetime(["2016-12-11", None, "2017-01-02", "2016-01-01", None])})
    yield "float ids, lang", pd.DataFrame({"id": [1.0, 2.5, np.nan, 4.0, 5.0], "text": texts, "lang": ["en", None, "fr", np.nan, "de"],
                                           "date": [dt.date(2016, 12, 11), None, 20161211, 1.5, pd.Timestamp("2016-12-11")]})
    yield "nullable ids", pd.DataFrame({"id": pd.array([1, None, 3, 4, 5], dtype="Int64"), "text": texts})
    yield "string texts", pd.DataFrame({"id": [1, 2, 3, 4, 5], "text": pd.array(["a", None, "b 5", "c", "d"], dtype="string")})
    yield "numbers only", pd.DataFrame({"id": [1, 2], "text": [np.nan, np.nan], "date": [1.0, 2.0]})
    yield "categorical", pd.DataFrame({"id": pd.Categorical([1, 2, 1, 2, 1]), "text": texts, "lang": pd.Categorical(["en"] * 5)})
    yield "bool and int index", pd.DataFrame({"id": [True, False, True, False, True], "text": texts}, index=[10, 11, 12, 13, 14])
    yield "empty", pd.DataFrame({"id": [], "text": []})
    yield "series", pd.Series(["12 dead", "no figure"], index=["a", "b"]).to_frame(name="text")


@pytest.mark.parametrize(("name", "frame"), list(_frames()), ids=[n for n, _ in _frames()])
@pytest.mark.parametrize("columns", [("text", "id", "date", "lang"), ("text", None, None, None), ("text", "id", None, "lang")])
def test_frame_rows_read_down_the_columns_are_iterrows_rows(name: str, frame, columns) -> None:
    from numfacts.api import _rows, _rows_plain

    columns = tuple(c if c is None or c in frame.columns else None for c in columns)

    def seen(rows):
        return [tuple((type(v).__name__, repr(v), str(v)) for v in row) for row in rows]

    assert seen(_rows(frame, *columns)) == seen(_rows_plain(frame, *columns))


@pytest.mark.parametrize(("name", "frame"), list(_frames()), ids=[n for n, _ in _frames()])
def test_extract_frame_by_columns_is_extract_frame_by_iterrows(name: str, frame, monkeypatch) -> None:
    import warnings

    from numfacts import api

    def run():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return api.extract_frame(frame, errors="skip")

    fast = run()
    monkeypatch.setattr(api, "_rows", api._rows_plain)
    plain = run()
    assert fast.equals(plain) and fast.attrs == plain.attrs and list(fast.dtypes) == list(plain.dtypes)


ANY_VALUE = st.one_of(st.none(), st.text(max_size=5), st.integers(-5, 10**12), st.floats(), st.booleans(),
                      st.sampled_from(["count", "date", "=", "range", "~", "nope", float("nan"), -0.0]))


@SETTINGS
@given(rows=st.lists(st.lists(ANY_VALUE, min_size=22, max_size=22), max_size=5), na=st.booleans())
def test_mention_rows_inline_are_the_converted_values(rows: list[list[object]], na: bool) -> None:
    import numpy as np
    import pandas as pd

    from numfacts.mention import COLUMNS, Mention
    from numfacts.writers import _mention_rows_plain, mention_rows

    extra = [pd.NA, np.float64(2.5), np.int64(7), np.nan] if na else []
    mentions = [Mention(*(values[:len(COLUMNS)] + extra)[-len(COLUMNS):]) for values in rows]

    def seen(convert):
        try:
            return [tuple((type(v).__name__, repr(v)) for v in row) for row in convert(mentions)]
        except (TypeError, ValueError, OverflowError) as exc:  # a value no converter takes (`float("")`): the same error
            return repr(exc)

    assert seen(mention_rows) == seen(_mention_rows_plain)


@SETTINGS
@given(pieces=st.lists(st.sampled_from(["of", "OF", "Of", "off", "bilirubin", "CO", "an", "elevated", "x-ray", "it's",
                                        " ", "  ", "\u00a0", "\n", "\t", ",", "5", "-", "'", "ſ"]), max_size=16),
       cut=st.integers(0, 80))
@example(pieces=["an", " ", "elevated", " ", "bilirubin", " ", "of", " ", "\n"], cut=0)
def test_of_ends_before_guards_the_search(pieces: list[str], cut: int) -> None:
    """Where `_of_ends_before` says no, `_WORD_OF_BEFORE` finds nothing in the window either."""
    text = "".join(pieces)
    pos = max(0, len(text) - cut)
    lo = pos - 60 if pos > 60 else 0
    if context._WORD_OF_BEFORE.search(text, lo, pos):
        assert context._of_ends_before(text, lo, pos)
