"""One trigger scan per document for both English finders.

`numfacts.temporal` and `numfacts.quantities` each have a trigger pattern (`TRIGGER`, `_TRIGGER`)
written case-insensitively letter by letter (`[Jj]an`), which CPython's `re` tries at every
position: about 10 MB/s each. `candidate_starts` scans a lower-cased copy instead, for digit runs
and for plain lower-case literals after a non-letter (five times faster than the two), finding every
offset where either
pattern can match: the start of a digit run, or a word of either list after no ASCII letter.
`triggers` then reads a finder's own pattern only at those offsets, on the original text, and
yields exactly the matches `pattern.finditer(text)` would:

* a finder's pattern matches only where a candidate is (its digits start a run: every match ends
  before a non-digit; its words are in the candidate list, with the same boundaries in lower case);
* lower-casing keeps every character one character of the same kind (letter, ASCII letter, word
  character, digit), except U+0130 (İ, two characters in lower case) and U+212A (the Kelvin sign,
  `k`): a text holding either gets None, and each finder scans it itself.

>>> text = "Two of the 12 died on 3 May; TWO more in 2May."
>>> from numfacts.temporal.patterns import TRIGGER
>>> [m.group() for m in triggers(TRIGGER, text, candidate_starts(text))] == [m.group() for m in TRIGGER.finditer(text)]
True
>>> candidate_starts("\\u212a 5") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ._regex import trie

#: Characters whose lower case is not one character of the same kind.
_UNSAFE_LOWER = ("\u0130", "\u212a")


@cache
def _candidates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use (start-up stays cheap): digit runs, and a non-letter before a word of
    either list."""
    from .quantities.scan import _TRIGGER_WORDS, AFTER_A
    from .temporal.patterns import TRIGGER_WORDS

    words = {w.lower() for w in (*TRIGGER_WORDS, *_TRIGGER_WORDS)} | {"a " + w.lower() for w in AFTER_A}
    # Each scan starts with a character class, so `re` skips ahead in C to where it can match
    # (one scan of `(?<!\d)\d|(?<![a-z])(?=words)` tries every position: twice as slow). The
    # words are read in a look-ahead: "a half" must not hide the "half" inside it.
    # (the words' first letters as one class first: one test in C rejects most positions, where the
    # prefix tree would try its branches one by one: a fifth less time for the scan)
    first = "".join(sorted({w[0] for w in words}))
    from .numbers import VULGAR_CHARS  # (read when the patterns are first built: `numbers` reads the tables)

    return re.compile(rf"[\d{VULGAR_CHARS}]+"), re.compile(rf"[^a-z](?=[{re.escape(first)}])(?=" + trie(sorted(words)) + r"\b)")


def candidate_starts(text: str) -> list[int] | None:
    """The sorted offsets where a finder's trigger may match; None when `text` must be scanned as is:
    the start of every digit run, and every word of either list after no ASCII letter."""
    if any(c in text for c in _UNSAFE_LOWER):
        return None
    digits, after = _candidates()
    low = " " + text.lower()  # the space: a word at the very start has a non-letter before it too
    out = [m.start() - 1 for m in digits.finditer(low)]
    out += [m.start() for m in after.finditer(low)]
    out.sort()
    return out


def triggers(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, read only at `starts` (every match of `pattern` starts at one)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m is not None:
            end = m.end()
            yield m


__all__ = ["candidate_starts", "triggers"]
