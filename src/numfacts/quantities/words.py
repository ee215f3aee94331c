"""The words the quantity finder reads, from the language tables, and regex alternations of them.

Every word list of this package lives in `lang/<lang>/{numbers,currencies,quantities}.json`; the
modules build their regular expressions from these tables, so another language needs new tables,
not new code. A word ending in `*` in a table stands for any ending (`increas*`).

>>> alt(["rose", "increas*", "U.S."])
'(?:increas\\\\w*|U\\\\.S\\\\.|rose)'
>>> "Nikkei" in INDEX_NAMES, "route" in ID_WORDS
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import alternation, table

#: The language of the tables read here.
LANG = "en"
Q = table(LANG, "quantities")
NUMBERS = table(LANG, "numbers")
CURRENCIES = table(LANG, "currencies")


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of `words`, longest first; `*` at a word's end is `\\w*`."""
    return "(?:" + alternation(sorted(set(words)), space="[ \u00a0]", wildcard=True) + ")"


def lower_words(words: Iterable[str]) -> re.Pattern[str]:
    """`words` (ASCII) lower-cased in one alternation with no flags, for `may_hold`."""
    words = sorted(set(words))
    assert all(w.isascii() for w in words), words
    return re.compile(alt(w.lower() for w in words))


def may_hold(lower: re.Pattern[str], window: str) -> bool:
    """Can a case-insensitive pattern that needs one of the words of `lower` (`lower_words`) match in
    `window`? For ASCII text, only if the lower-cased window holds one: a search the engine runs far
    faster than the case-insensitive one (any other text is left to the pattern).

    >>> may_hold(lower_words(["Vote", "ballot*"]), "the BALLOTS were"), may_hold(lower_words(["vote"]), "a 6-3 win")
    (True, False)
    """
    return not window.isascii() or lower.search(window.lower()) is not None


#: The spaces of a pattern's `[ \u00a0]`; with a newline, what may stand right before the end of a
#: pattern ending `[ \u00a0]+$` (`$` also matches before a final newline).
SPACES = frozenset(" \u00a0")
SPACES_NL = frozenset(" \u00a0\n")


def search_before(pattern: re.Pattern[str], lower: re.Pattern[str], text: str, pos: int, width: int) -> re.Match[str] | None:
    """`pattern.search(text, pos - width, pos)` for a caseless pattern that ends in spaces (`[ \u00a0]+$`)
    and needs one of the words of `lower` (`lower_words`): None at once when no space ends the window or
    it cannot hold one of them (`may_hold`).

    >>> before = re.compile("by +$", re.IGNORECASE)
    >>> [bool(search_before(before, lower_words(["by"]), t, len(t), 10)) for t in ["up BY ", "up by", "up to "]]
    [True, False, False]
    """
    lo = max(0, pos - width)
    if text[pos - 1 : pos] not in SPACES_NL or not may_hold(lower, text[lo:pos]):
        return None
    return pattern.search(text, lo, pos)


ID_WORDS = frozenset(Q["id_words"])
INDEX_NAMES = frozenset(Q["index_names"])
NOT_ID_CAPITALS = frozenset(Q["not_id_capitals"])
NOT_AFTER_ONE = frozenset(Q["not_after_one"])
MONTHS_DAYS = frozenset(Q["months_days"])
PEOPLE_NOUNS = frozenset(Q["people_nouns"])
VAGUE = {k: float(v) for k, v in Q["vague"].items()}
VAGUE_MULTIPLIERS = {k: float(v) for k, v in Q["vague_multipliers"].items()}
TIME_UNITS = dict(Q["time_units"])
POST_QUALIFIERS = {" ".join(k.split()): v for k, v in Q["post_qualifiers"].items()}
#: `doubled`, `halved` and every `<number word>fold` (`sevenfold`, `fifteenfold`, `fortyfold`: the table's
#: `times_suffixes` after a number word of 2 or more, as `20-fold` after digits).
MULTIPLIERS = {
    **{w + s: float(v) for w, v in {**NUMBERS["units"], **NUMBERS["tens"]}.items() if v >= 2 for s in Q["times_suffixes"]},
    **{k: float(v) for k, v in Q["multipliers"].items()},
}
#: `twice the`, `double its`: multipliers only before what they multiply.
MULTIPLIERS_BEFORE_OBJECT = {k: float(v) for k, v in Q["multipliers_before_object"].items()}
#: `to triple`, `could halve`: multipliers in the base form after an infinitive `to` or a modal.
MULTIPLIERS_BASE = {k: float(v) for k, v in Q["multipliers_base"].items()}
#: The entity of a vote tally (`ruled 6-3`) when no noun is written after it.
VOTES: str = Q["votes_entity"]
