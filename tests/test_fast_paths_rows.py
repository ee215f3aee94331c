"""The cheap tests before the per-row window searches of `numfacts.context` and `numfacts.ages`
(issue #14: row-dense text) reject only windows the search rejects, and `_verb_before` read without
its regex is the regex's answer. Hypothesis draws news-like and hostile texts."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from numfacts import ages, context
from tests.test_fast_paths import _pretests_hold

PIECES = st.sampled_from([
    "Of those", "among the", "arrested", "“", '"', "!", "?", "of which", "which", "Which", "WHOM", "including", "shrs", "Avg", "avg shrs", "won", "took", "with", "held",
    "the", "The", "its", "their", "number", "Number", "numbers", "of", "from", "vs.", "vs", "than", "above",
    "strong", "-strong", "rose", "rises", "cut", "increased", "shot up", "up", "to", "To", "by", "in", "seats",
    "aged", "children", "voters", "under", "older", "a", "and", "but", "or", "5", "12", "1,200", "8.4", "pct",
    ",", ".", ":", ";", "(", ")", "_", "-", "\n", " ", "  ", "\u00a0", "é", "ſ", "ſhrs", "K", "İ", "x", "wheat",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map(" ".join), st.lists(PIECES, max_size=40).map("".join),
                  st.text(alphabet="ab tow,.\n\u00a0ſK5", max_size=60))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _windows(text: str, width: int):
    for hi in range(len(text) + 2):  # one past the end too: a window may run over it (re clamps)
        yield max(0, hi - width), hi


@SETTINGS
@given(text=TEXTS)
@example(text="Avg shrs 91")
@example(text="1,200 branches, of which\n")
@example(text="x won 5, took\u00a0")
def test_last_word_test_passes_every_match(text: str) -> None:
    w = context._entity_words()
    for pattern, lasts, width in ((w.label, context._LABEL_LASTS, 60), (w.part_before, context._PART_BEFORE_LASTS, 60),
                                  (w.tally, context._TALLY_LASTS, 12), (context._DETERMINER_BEFORE, context._DETERMINERS, 9)):
        for lo, hi in _windows(text, width):
            if pattern.search(text, lo, hi):
                assert context._may_end_with(text, lo, hi, lasts), (pattern.pattern[:40], text[lo:hi])


@SETTINGS
@given(text=TEXTS)
@example(text="the Number of seats from 5")
@example(text="a 15,000-ſtrong union")
def test_word_in_window_test_passes_every_match(text: str) -> None:
    w = context._entity_words()
    for pattern, words, width in ((w.number_of, context._NUMBER_OF_WORDS, 120), (w.comparison, context._COMPARISON_FIRSTS, 40),
                                  (ages.age_words().group, context._GROUP_WORDS, 24)):
        for lo, hi in _windows(text, width):
            if pattern.search(text, lo, hi):
                assert context._may_hold(text, lo, hi, words), (pattern.pattern[:40], text[lo:hi])


@SETTINGS
@given(text=TEXTS)
@example(text="rose 8.4 pct to 5")
@example(text="prices shot up to 12")
def test_change_verb_starts_hold_every_match(text: str) -> None:
    w = context._entity_words()
    starts = context._Starts(text, w.change_verb_start, after=0)
    for lo, hi in _windows(text, 60):
        if w.change_verb.search(text, lo, hi):
            assert starts.any(lo, hi), text[lo:hi]


@SETTINGS
@given(text=TEXTS)
@example(text="Of those arrested, 12 were charged")
@example(text="x. \u201cAmong the dead, 5\nOF THE injured, 6")
def test_partitive_group_starts_hold_every_match(text: str) -> None:
    """`_partitive_group`'s gate: every window its search matches in holds one of the openings the
    document's one scan found (the search starts two characters before the rule's window)."""
    w = context._entity_words()
    starts = context._Starts(text, w.partitive_group_start, after=0)
    for lo, hi in _windows(text, 122):
        if w.partitive_group.search(text, lo, hi):
            assert starts.any(lo, hi), text[lo:hi]


@SETTINGS
@given(text=TEXTS)
@example(text="the Number of seats from 5")
@example(text="a 15,000-ſtrong union, VS. 5 numbers")
def test_held_words_from_one_scan_pass_every_match(text: str) -> None:
    """`_Held`, after its scan, lets through every window whose search can match (the same windows
    as `test_word_in_window_test_passes_every_match`)."""
    w = context._entity_words()
    for pattern, words, width in ((w.number_of, context._NUMBER_OF_WORDS, 120), (w.comparison, context._COMPARISON_FIRSTS, 40),
                                  (ages.age_words().group, context._GROUP_WORDS, 24)):
        held = context._Held(text, words, after=0)
        for lo, hi in _windows(text, width):
            if pattern.search(text, lo, hi):
                assert held.may_hold(lo, hi), (pattern.pattern[:40], text[lo:hi])


@SETTINGS
@given(text=TEXTS)
@example(text="rose 8.4 pct to 5")
@example(text="xrose to 5 (cut to\n6")
@example(text="é_rose\u00a0to 7 İncreased to 8")
def test_change_verb_search_from_the_starts_is_the_search(text: str) -> None:
    w = context._entity_words()
    starts = context._Starts(text, w.change_verb_start, after=0)
    starts.any(0, 0)  # the scan
    for width in (60, 3):
        for lo, hi in _windows(text, width):
            m, n = w.change_verb.search(text, lo, hi), starts.search_after(w.change_verb, lo, hi)
            assert (m and m.span()) == (n and n.span()), text[lo:hi]


@SETTINGS
@given(text=TEXTS)
@example(text="Avg shrs 91")
@example(text="x won 5, took\u00a0")
@example(text="they were  \n5 Shrs\u00a0 ſhrs 6")
@example(text="completions would be in the range of 10 and Prices Were\u00a0 5, jobs totalled\n6")
def test_last_run_passes_every_window_the_last_word_test_passes(text: str) -> None:
    """The word before a figure, read once with `_last_run`, lets through every window of at most
    `_RUN_WIDTH` ending there that `_may_end_with` lets through, and the subject form's enders."""
    lasts = (context._LABEL_LASTS, context._PART_BEFORE_LASTS, context._TALLY_LASTS, tuple(context._subject_enders()))
    for hi in range(len(text) + 2):
        run = context._last_run(text, hi)
        for width in (12, 60, context._RUN_WIDTH):
            lo = max(0, hi - width)
            for words in lasts:
                if context._may_end_with(text, lo, hi, words):
                    assert context._ends_with(run, words), (text[lo:hi], run)
            if context._entity_words().subject.search(text, lo, hi):
                assert run is None or run in context._subject_enders(), (text[lo:hi], run)


_VERB_BEFORE = re.compile(r"(?:^|[^\w])([a-z]+)[ \u00a0]+$")


def _verb_before_by_regex(text: str, pos: int) -> str | None:
    m = _VERB_BEFORE.search(text, max(0, pos - 24), pos)
    w = m.group(1) if m else None
    return w if w and w not in context._STOP and w not in context._NUMBER_WORDS and w not in context._entity_words().totals else None


@SETTINGS
@given(text=TEXTS)
@example(text="Jio added 34 lakh users while Airtel added 12")
@example(text="_won 5 éwon 6 Xwon 7 won\n8")
def test_verb_before_read_directly_is_the_regex_one(text: str) -> None:
    for pos in range(len(text) + 1):
        assert context._verb_before(text, pos) == _verb_before_by_regex(text, pos), (text[max(0, pos - 24) : pos],)


@SETTINGS
@given(text=TEXTS)
@example(text="children aged 5")
@example(text="voters (aged 5")
def test_age_last_word_test_passes_every_age_form(text: str) -> None:
    for pos in range(len(text) + 1):
        before = ages._words_before(text, pos)
        if before and before[-1] in ages._last_words():
            tail = text[max(0, pos - 50) : pos].rsplit(None, 1)[-1:]
            assert tail and (tail[0].lower() in ages._last_words() or not tail[0].isalpha()), text[max(0, pos - 50) : pos]


RANGE_LED = st.lists(st.sampled_from([
    "3", "19", "9", "5", "10:30", "11.45", "4.5", "1,200", "twenty-seven", "seven", "a", "and", "or", "to", "-", "–",
    "until", "through", "half", "a half", "consecutive", "trading", "fiscal", "years", "days", "hrs", "months", "weeks",
    "pm", "a.m.", "p. m.", "GMT", "this", "next", "last", "month", "moth", "of", "March", "Sept.", "Sept", "sept", "Dec",
    "1st", "3rd", ",", " ", "\n", "(", ")", ":", "old", "-old", "long",
]), max_size=14)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=RANGE_LED, glue=st.sampled_from([" ", ""]))
@example(pieces=["from", "3", "to", "19", "this", "moth"], glue=" ")
@example(pieces=["3", "to", "19", "this", "month", "5", "and", "7", "of", "March", "9", "-", "11", "Sept."], glue=" ")
@example(pieces=["9", "to", "5pm", "9:30", "-", "11.45", "a.m.", "10", "until", "2", "p. m."], glue=" ")
@example(pieces=["3", "and", "a", "half", "years", "2", "or", "three", "days", "4", "to", "6", "consecutive", "weeks"], glue=" ")
@example(pieces=["twenty-seven", "and", "a", "half", "years", "1,200", "to", "1,500", "trading", "days"], glue=" ")
def test_range_pretests_pass_every_branch_match(pieces: list[str], glue: str) -> None:
    """The day, hour and duration range pre-tests (patterns.NUMBER_PRETESTS) read up to the month,
    the am/pm or the unit: still a necessary condition of their branch."""
    _pretests_hold(glue.join(pieces))


def _looped_link_before(text: str, lo: int, hi: int) -> bool:
    """`context._link_before` as it was: the window read back character by character."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    j = hi
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    k = j
    while k > lo and text[k - 1] not in " \u00a0":
        k -= 1
    i = k
    while i > lo and text[i - 1] in " \u00a0":
        i -= 1
    return j < hi and i < k and i > lo and text[i - 1].isalpha() and context._LINK_LAST.fullmatch(text, k, j) is not None


@SETTINGS
@given(text=TEXTS)
@example(text="the death toll rose to 300")
@example(text="toll\u00a0 stood AT \n5 x  at  ")
def test_link_before_read_with_str_methods_is_the_loop(text: str) -> None:
    for width in (40, 3):
        for lo, hi in _windows(text, width):
            hi = min(hi, len(text))
            assert context._link_before(text, lo, hi) == _looped_link_before(text, lo, hi), text[lo:hi]


@SETTINGS
@given(text=TEXTS)
@example(text="a. b! c?\nd;\u00a0e .. f")
def test_last_sentence_end_found_from_the_end_is_the_last_match(text: str) -> None:
    for lo, hi in _windows(text, 201):
        last = [m.start() for m in context._SENTENCE_END.finditer(text, lo, hi)][-1:]
        m = context._LAST_SENTENCE_END.match(text, lo, hi)
        assert ([m.start(1)] if m else []) == last, text[lo:hi]
