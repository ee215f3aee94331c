"""Sentence splitting with offsets: one regex pass over candidate gaps, an abbreviation list.

`split_sentences` returns (start, end) spans, end exclusive, in order, covering every non-blank
stretch of the text, each trimmed of surrounding whitespace. A regex finds the candidate gaps (a
run of `.`, `!`, `?` or `…` with its closing quotes and the whitespace after it; a line break; a
full stop glued to the next sentence, a Wikinews artifact); `_is_boundary` decides each one by
looking at the word before the full stop and the word after the gap. Linear time: every pattern
is anchored on a single character and no quantifier nests. Measured against the hand-annotated
gold in data/gold/sentences.jsonl and three libraries in docs/sentence-splitting.md.

>>> text = 'Gen. Sanchez met the U.S. envoy at 9:30 a.m. on Dec. 12. "It went well," he said.'
>>> [text[s:e] for s, e in split_sentences(text)]
['Gen. Sanchez met the U.S. envoy at 9:30 a.m. on Dec. 12.', '"It went well," he said.']
>>> text = "Syria forces continue\\n\\nOver 10,000 fled. Revenue hit $1.5bn. Shares rose 2.5%."
>>> [text[s:e] for s, e in split_sentences(text)]
['Syria forces continue', 'Over 10,000 fled.', 'Revenue hit $1.5bn.', 'Shares rose 2.5%.']
>>> split_sentences("  Hi there.  ")
[(2, 11)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .lang import table

#: Line-break characters, as str.splitlines knows them.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

_CANDIDATE = re.compile(
    r"""
    [.!?…\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]  # one leading class: re skips to it in C
    (?:
        (?<=[.!?…])(?<![.!?…]{2})   # a mark that starts its run (keeps `....` linear)
        [.!?…]*                     # the rest of the run: ?! ... …
        (?P<close>["'”’»)\]]*)      # closing quotes and brackets belong to the sentence
        (?P<space>\s+)              # the gap; the next sentence starts after it
    |
        (?<=[a-z]{2}\.)             # a full stop glued to the next paragraph by Wikinews
        (?P<glue>)                  # (flag): `in Guantanamo.The Times`
        (?=[A-Z][a-z])              # before a capitalised word (domains are checked later)
    |
        (?<=[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])  # a line break with no mark before it
        (?P<brk>)                   # (flag): headline, heading, list item
        \s*                         # with the blank lines after it
    )
    """,
    re.VERBOSE,
)

_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Words:
    """The words of one language that decide a full stop (`lang/<lang>/sentences.json`)."""

    titles: frozenset[str]  # words before a full stop that never end a sentence: `Gen.`, `Sr.`, `z. B.`
    before_digit: frozenset[str]  # never end one when a digit follows: `No. 10`, `Dec. 12`, `Nr. 5`
    abbreviations: frozenset[str]  # may end one: they do when the next word is a usual opener
    openers: frozenset[str]  # words that usually open a sentence
    clock: frozenset[str]  # `a.m`, `p.m`: they end a sentence unless a day, month or zone follows
    after_clock: frozenset[str]
    before_ordinal: frozenset[str]  # `3. März`, `2. Bundesliga`: a number with a full stop is an ordinal


@cache
def words(lang: str = "en") -> Words:
    """The sentence words of `lang`, read once from its table.

    >>> "Sr" in words("es").titles, "Mme" in words("fr").titles, "März" in words("de").before_ordinal
    (True, True, True)
    """
    t = table(lang, "sentences")
    return Words(*(frozenset(t[f]) for f in Words.__dataclass_fields__))


#: Dotted abbreviations (`U.S`, `a.m`, `Ph.D`, `e.g`, `EE.UU`) and single capital initials (`J`).
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}|[A-Z]")
#: Capitalised top-level domains: `Silicon.Com` is a name, not two sentences.
_DOMAINS = ("Com", "Org", "Net", "Gov", "Edu", "Info", "Biz", "Co.", "Uk", "Tv")
_OPENING = "\"'“‘«([¿¡"
_WORD = re.compile(r"\w+")


def _first_word(text: str, j: int) -> tuple[str, int]:
    """The word starting at `j`, after any opening quotes or brackets ('' if none), and its end.

    >>> _first_word('"The end', 0), _first_word('9:30 p.m.', 0), _first_word('. x', 0)
    (('The', 4), ('9', 1), ('', 0))
    """
    while j < len(text) and text[j] in _OPENING:
        j += 1
    m = _WORD.match(text, j)
    return (m.group(), m.end()) if m else ("", j)


def _starts_sentence(text: str, j: int) -> bool:
    """Does the text at `j` look like the start of a sentence? Capital, digit, caseless letter.

    >>> [_starts_sentence(s, 0) for s in ["The", "'The", "2,000", "the", "— said", "$5m", ""]]
    [True, True, True, False, False, True, False]
    """
    n = len(text)
    while j < n and text[j] in _OPENING:
        j += 1
    if j >= n:
        return False
    c = text[j]
    return (c.isalnum() and not c.islower()) or c in "$£€¥"


def _word_before(text: str, i: int) -> tuple[str, int]:
    """The token ending at `i` (without opening quotes) and the offset where the raw token starts.

    >>> _word_before('He met Gen', 10), _word_before('x\\n12', 4), _word_before('("Mr', 4)
    (('Gen', 7), ('12', 2), ('Mr', 0))
    """
    window = text[max(0, i - 40) : i]
    if not window or window[-1].isspace():
        return "", i
    raw = window.rsplit(None, 1)[-1]
    return raw.lstrip(_OPENING), i - len(raw)


def _opens_item(text: str, k: int, w: Words) -> bool:
    """Does a token starting at `k` open a list item: at a line start or after a sentence end?

    >>> en = words("en")
    >>> _opens_item("x\\n1. Go", 2, en), _opens_item("April 24. 7. The", 10, en)
    (True, True)
    >>> _opens_item("was 3. Then", 4, en), _opens_item("Dec. 12. The", 5, en)
    (False, False)
    """
    before = text[max(0, k - 8) : k].rstrip(" \t\u00a0")
    if not before or before[-1] in _BREAKS or before[-1] in ":;":
        return True
    if before[-1] not in ".!?":
        return False
    end = k - (len(text[max(0, k - 8) : k]) - len(before)) - 1  # offset of that mark
    word = _word_before(text, end)[0]
    return word not in w.before_digit and word not in w.titles and word not in w.abbreviations


def _line_breaks(space: str) -> int:
    """How many line breaks a gap holds (CRLF counts once).

    >>> _line_breaks(" "), _line_breaks(" \\r\\n \\r\\n"), _line_breaks("\\n\\n\\n")
    (0, 2, 3)
    """
    if space == " ":
        return 0
    return len(_LINE_BREAK.findall(space))


def _after_full_stop(text: str, word: str, k: int, j: int, breaks: int, w: Words) -> bool:
    """Boundary decision for `word.` followed by whitespace and the text at `j`.

    >>> t = "x Inc. The"; _after_full_stop(t, "Inc", 2, 7, 0, words("en"))
    True
    >>> t = "x Inc. Shares"; _after_full_stop(t, "Inc", 2, 7, 0, words("en"))
    False
    """
    if word in w.titles:  # `Gen. Sanchez`, even across a wrapped line
        return False
    nxt = text[j] if j < len(text) else ""
    if word in w.before_digit and nxt.isdigit():  # `No. 10`, `Dec. 12`
        return False
    if w.before_ordinal and word.isdigit() and len(word) <= 2 and _first_word(text, j)[0] in w.before_ordinal:
        return False  # an ordinal: `am 3. März`, `die 2. Bundesliga`
    if (word.isdigit() and len(word) <= 2 or len(word) == 1) and _opens_item(text, k, w):
        return False  # a list item's number or letter: `1. Open it.`, `April 24. 7. The`
    if not _starts_sentence(text, j):
        return False
    if breaks:  # a line break after the full stop ends the sentence
        return True
    if word in w.abbreviations or ((len(word) == 1 or "." in word) and _DOTTED.fullmatch(word)):  # else no match
        after, end = _first_word(text, j)
        if word in w.clock:  # `9:30 a.m. Immediately`, not `a.m. EDT` or `p.m. Sunday`
            return bool(after) and not after.isupper() and after not in w.after_clock
        return after in w.openers and text[end : end + 1] != "."  # `A.` is an initial, not `A`
    return True


def _is_boundary(text: str, m: re.Match[str], w: Words) -> bool:
    """Decide one candidate gap found by `_CANDIDATE`."""
    return _decide(text, m, w, *m.group("close", "space", "glue", "brk"))


def _decide(text: str, m: re.Match[str], w: Words, close: str, space: str, glue: str | None, brk: str | None) -> bool:
    """`_is_boundary`, given the match's groups (read once, in one call, by `split_sentences`;
    `close` and `space` are None only where `glue` or `brk` is not)."""
    j = m.end()
    if j >= len(text):
        return True
    if brk is not None:  # a line break with no mark before it: headline, list item
        if _line_breaks(m.group()) >= 2 or not text[j].islower():
            return True
        before = text[max(0, m.start() - 8) : m.start()].rstrip()
        return before[-1:] in (":", ";")
    if glue is not None:  # `coming.We were`, but not `Silicon.Com` or `www.Abc.Org`
        word, _ = _word_before(text, m.start())
        if word in w.titles or "www" in word.lower() or "/" in word or "@" in word:
            return False
        return not text.startswith(_DOMAINS, j)
    breaks = _line_breaks(space)
    if breaks >= 2:  # a blank line always ends a sentence
        return True
    mark = text[m.start() : j - len(space) - len(close)]
    if mark != "." or close:  # ? ! … ... and `."`: a capital or digit starts anew
        if mark == "!" and text.endswith("Yahoo", 0, m.start()):
            return False
        if breaks and not text[j].islower():
            return True
        return _starts_sentence(text, j)
    word, k = _word_before(text, m.start())
    return _after_full_stop(text, word, k, j, breaks, w)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`(start, end)` shrunk to exclude whitespace at either side; None if nothing is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    left = start + len(piece) - len(piece.lstrip())
    return left, left + len(stripped)


def split_sentences(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """Sentence spans (start, end), end exclusive, covering every non-blank stretch of text; the
    words that decide a full stop are those of `lang` (`lang/<lang>/sentences.json`).

    >>> t = "Mr. Luiz met Mr. Putin. Nike, Inc. will go.\\nTimeline\\nSun. Nov. 21: Vote."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. Luiz met Mr. Putin.', 'Nike, Inc. will go.', 'Timeline', 'Sun. Nov. 21: Vote.']
    >>> t = "What now? Peace! We want good relations... and more. Yahoo! News said so."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['What now?', 'Peace!', 'We want good relations... and more.', 'Yahoo! News said so.']
    >>> t = "Der Vertrag gilt seit dem 3. März 2016. Laut Dr. Weber sind es z. B. 5 Mio. Euro. Das ist viel."
    >>> [t[s:e] for s, e in split_sentences(t, "de")]
    ['Der Vertrag gilt seit dem 3. März 2016.', 'Laut Dr. Weber sind es z. B. 5 Mio. Euro.', 'Das ist viel.']
    """
    w = words(lang)
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CANDIDATE.finditer(text):
        close, space, glue, brk = m.group("close", "space", "glue", "brk")
        if not _decide(text, m, w, close, space, glue, brk):
            continue
        if brk is not None:
            cut = m.start()  # the break belongs to no sentence
        elif glue is not None:
            cut = m.end()  # the glued full stop ends the sentence before it
        else:
            cut = m.end() - len(space)  # marks and closing quotes end it; the space does not
        if pos < cut and not text[pos].isspace() and not text[cut - 1].isspace():
            spans.append((pos, cut))  # the usual case: nothing to trim
        else:
            span = _trimmed(text, pos, cut)
            if span:
                spans.append(span)
        pos = m.end()
    span = _trimmed(text, pos, len(text))
    if span:
        spans.append(span)
    return spans


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding `offset` (the nearest one before it, if none holds it).

    >>> sentence_index([(0, 5), (7, 12)], 8), sentence_index([(0, 5), (7, 12)], 6)
    (1, 0)
    >>> sentence_index([], 3), sentence_index([(2, 5)], 0)
    (0, 0)
    """
    return max(bisect.bisect_right(spans, (offset, float("inf"))) - 1, 0)
