"""Context: the qualifier before a number and the counted noun after it.

Each function takes the finders' `Found` spans and returns new ones (or a parallel list); nothing
is changed in place.

>>> text = "Over 10,000 civilians fled, including 1,007 children; some 291 militants stayed."
>>> from .quantities import find_quantities
>>> [(text[f.start:f.end], f.qualifier, f.low, f.entity)
...  for f in attach_entities(text, attach_qualifiers(text, find_quantities(text, [])))]
[('Over 10,000', '>', 10000.0, 'civilians'), ('1,007', '=', None, 'children'), ('some 291', '~', None, 'militants')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import cache, cached_property

from . import ages
from ._regex import lazy, trie
from .lang import alternation, table
from .mention import Found, replace
from .numbers import SCALE_SUFFIXES, SCALE_WORDS, TENS_WORDS, UNITS_WORDS
from .quantities.words import lower_words, may_hold
from .temporal.read_spans import over_is_bound

_NUMBER_WORDS = set(UNITS_WORDS) | set(TENS_WORDS) | set(SCALE_WORDS) | {w + "s" for w in SCALE_WORDS}

#: Qualifier phrases written right before a number, by the qualifier they express. An average
#: (`an average of £2,567`) is a statistic stated exactly: no qualifier phrase.
QUALIFIER_PHRASES: dict[str, tuple[str, ...]] = {
    ">": ("more than", "over", "above", "in excess of", "upwards of", "greater than", "higher than",
          "exceeding", "just over", "well over", "well above", "more that", "beyond", "north of"),
    ">=": ("at least", "no fewer than", "no less than", "a minimum of", "minimum of", "not less than",
           "not fewer than"),
    "<": ("less than", "under", "fewer than", "below", "just under", "lower than", "just below",
          "short of", "shy of"),
    "<=": ("up to", "at most", "within", "no more than", "a maximum of", "maximum of", "not more than",
           "as many as", "as much as", "as high as", "capped at", "not exceeding"),
    "~": ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to",
          "an estimated", "estimated", "circa", "approx.", "an approximate", "approximate", "more or less",
          "about some", "almost exactly", "~", "c.", "near",
          "close on", "in the region of", "of the order of", "some estimated"),
}
_PHRASE_TO_Q = {p: q for q, ps in QUALIFIER_PHRASES.items() for p in ps} | {
    p: q for q, ps in table("en", "quantities")["bound_phrases"].items() for p in ps}
_PHRASAL_OVER = re.compile(r"\b(?:turn|turned|turning|turns|hand|handed|handing|hands|took|take|taken|taking"
                           r"|won|win|pass|passed|look|looked|went|go|going|run|ran|fall|fell|hold|held|left|spread|spreads)[ \u00a0]+$",
                           re.IGNORECASE)
_PHRASAL_UP = re.compile(r"\b(?:it|them|him|her|this|that|scaled|scale|went|go|moved|move|stepped|step"
                         r"|measure|measured|sum|summed|add|added|adds|live|lived|lives|ended|end|came|come|wound"
                         r"|ticked|ticks|tick|inched|inches|edged|edges|crept|creeps|shot|revised)[ \u00a0]+$",
                         re.IGNORECASE)
_WORD_RUN = re.compile(r"[^\s\u00a0]+")
#: `up to 14.7% from 4.4%`: an old level written after the figure makes `up to` a rise and its new level, no bound.
_FROM_LEVEL_AFTER = re.compile(
    rf",?[ \u00a0]+{re.escape(table('en', 'quantities')['range_words']['from'])}[ \u00a0]+(?:[^\W\d_]{{1,3}}\$|[$£€¥₹])?\d")
#: `about 50% more than 3nm ones`, `three times more than`: a comparative after a size compares, it bounds no figure after it.
_Q_TABLE = table("en", "quantities")
_COMPARISON_PHRASES = frozenset(_Q_TABLE["comparison_bound_phrases"])
#: (`times` only after a number, `three times more than`: `for the first time more than 10,000` keeps its bound)
_SIZE_BEFORE = re.compile(rf"(?:\d[ \u00a0]?(?:{alternation(_Q_TABLE['comparison_size_ends'])})|\d[xX]"
                          rf"|(?:\d|\b(?:{alternation([*UNITS_WORDS, *TENS_WORDS])}))[ \u00a0-]+(?:{alternation(_Q_TABLE['times_words'])}))"
                          r"[ \u00a0]+$", re.IGNORECASE)
#: `Ticket prices start at $49.99 and go up to $1,250`: a floor set earlier in the sentence makes `go up to` a ceiling.
_FLOOR_BEFORE = re.compile(rf"\b(?:{alternation(table('en', 'quantities')['floor_phrases'])})\b(?:[^.;!?]|\.(?=\d))*$", re.IGNORECASE)
_QUALIFIABLE = {"count", "percent", "money", "measure", "duration", "ratio"}

_IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "fish",
    "deer", "aircraft", "livestock", "feet", "teeth", "mice", "geese", "data", "media", "crew", "youth",
    "infantry", "clergy", "militia", "offspring", "spacecraft", "swine", "poultry", "folk", "kin",
}
_STOP = {
    "of", "in", "on", "and", "to", "at", "the", "a", "an", "or", "for", "by", "with", "from", "as", "is",
    "was", "were", "are", "be", "been", "being", "have", "has", "had", "will", "would", "could", "can",
    "may", "might", "should", "must", "did", "do", "does", "said", "says", "say", "that", "which",
    "who", "whom", "whose", "this", "these", "those", "it", "its", "their", "his", "her", "they", "he",
    "she", "we", "you", "i", "than", "more", "less", "fewer", "each", "per", "after", "before", "since",
    "until", "when", "while", "where", "during", "into", "over", "under", "about", "between", "among",
    "against", "also", "only", "just", "not", "no", "but", "so", "if", "then", "up", "down", "out",
    "off", "through", "across", "all", "both", "another", "such", "own", "same", "there",
    "here", "now", "ago", "later", "earlier", "last", "next", "year", "years", "percent", "times",
    "alone", "apiece", "respectively", "overall", "including", "killed", "dead", "them", "him",
    "me", "themselves", "itself",
} | set(table("en", "entities")["not_entities"])
#: Common verbs that end a noun phrase (regular past tenses are caught by their -ed).
_VERBS = {
    "went", "came", "took", "made", "gave", "got", "rose", "fell", "grew", "saw", "lost", "won", "left",
    "paid", "held", "ran", "met", "sent", "spent", "kept", "brought", "bought", "sold", "told", "found",
    "became", "began", "fled", "hit", "cut", "set", "put", "remain", "remains", "stand", "stands",
    "stood", "go", "goes", "come", "comes", "take", "takes", "make", "makes", "live", "lives", "work",
    "works", "need", "needs", "face", "faces", "own", "owns", "agree", "agrees", "die", "dies", "get",
    "gets", "show", "shows", "include", "includes", "attend", "marched", "flee", "arrive", "arrives",
} | set(table("en", "entities")["verbs_after_head"])
#: Words after a figure or its noun that do not belong to the noun phrase (`quake struck at`, `12,000 worldwide`).
_ENDS_UNLESS_NOUN = frozenset(table("en", "entities")["ends_unless_noun_follows"])
_ADVERBS_AFTER = frozenset(table("en", "entities")["adverbs_after_figure"])
_TOKEN = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z'’-]*(?:\.[A-Za-z]\.?)*)")
_MODEL = re.compile(r"[ \u00a0]+([A-Z]?\d+[A-Za-z]*(?:-\d+[A-Za-z]*)?)(?=[ \u00a0]+[A-Za-z])")
_OF_PHRASE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|a|an|its|their|his|her|our|all|those|these|this|that|whom|which)[ \u00a0]+)*",
    re.IGNORECASE,
)
#: Nouns that name what a figure after them measures: "the death toll rose to 300".
_NOUNS_BEFORE = frozenset(table("en", "entities")["nouns_before"])
_LINKS = table("en", "entities")["nouns_before_links"]
_NOUN_BEFORE = lazy(
    r"(?P<n>" + "|".join(sorted(_NOUNS_BEFORE, key=lambda w: (-len(w), w))) + r")"
    r"(?:[ \u00a0]+(?:" + "|".join(table("en", "entities")["nouns_before_measures"]) + r"))?"
    r"[ \u00a0]+(?:" + "|".join(link.replace(" ", "[ \u00a0]+") for link in _LINKS) + r")[ \u00a0]+$",
    re.IGNORECASE,
)




#: The last word of each link of `_NOUN_BEFORE` (`stood at`, `rose to`, `of about`, `totalled`).
_LINK_LAST = re.compile("|".join(dict.fromkeys(link.split()[-1] for link in _LINKS)), re.IGNORECASE)


def _link_before(text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]` ends as `_NOUN_BEFORE` must: a letter, spaces, a link's last word, spaces,
    then the end (where `$` also matches before one final newline). A cheap test before the search:
    in `cut its staff by 1 to 2` the word before `to` is a figure, so no noun can be linked."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    seg = text[lo:hi]  # read with str methods from the end, not character by character
    body = seg.rstrip(" \u00a0")
    if len(body) == len(seg):
        return False  # no spaces end the window
    k = max(body.rfind(" "), body.rfind("\u00a0")) + 1  # the last run of non-spaces starts here
    head = body[:k].rstrip(" \u00a0")
    return 0 < len(head) < k and head[-1].isalpha() and _LINK_LAST.fullmatch(body, k) is not None


def _may_end_with(text: str, lo: int, hi: int, lasts: tuple[str, ...]) -> bool:
    """Whether a search of `text[lo:hi]` for a caseless pattern ending `(?:...LAST)[ \u00a0]+$` can
    match: the run of non-spaces before the closing spaces (where `$` also matches before one final
    newline) must end with one of `lasts` (lower case). A cheap test before the search; True for a
    run that is not ASCII (caseless matching there is re's, not str.lower's)."""
    hi = min(hi, len(text))  # as re clamps its end
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    j = hi
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    if j == hi:
        return False
    k = j
    while k > lo and text[k - 1] not in " \u00a0":
        k -= 1
    run = text[k:j]
    return not run.isascii() or run.lower().endswith(lasts)


#: How far back `_last_run` looks: at least the widest window a gate built on it stands for.
_RUN_WIDTH = 120


def _last_run(text: str, pos: int) -> str | None:
    """What `_may_end_with(text, pos - _RUN_WIDTH, pos, ...)` tests, read once per figure and shared
    by the rules: the lower-cased run of non-spaces before the spaces that end the window ("" when
    no space ends it, None when the run is not ASCII). `_ends_with(run, lasts)` then passes every
    window ending at `pos` that `_may_end_with` passes, however narrow (a narrower window can only
    cut the run shorter at its start, or leave no run at all)."""
    seg = text[(pos - _RUN_WIDTH if pos > _RUN_WIDTH else 0) : pos]
    if seg.endswith("\n"):
        seg = seg[:-1]
    body = seg.rstrip(" \u00a0")
    if len(body) == len(seg):
        return ""
    run = body[max(body.rfind(" "), body.rfind("\u00a0")) + 1 :]
    return run.lower() if run.isascii() else None


def _ends_with(run: str | None, lasts: tuple[str, ...]) -> bool:
    """The gate `_may_end_with` from a figure's `_last_run`."""
    return run is None or run.endswith(lasts)


def _may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether `text[lo:hi]` can hold one of `words` (lower case) for a caseless search: a cheap
    test before the search; True for a window that is not ASCII (`quantities.words.may_hold`)."""
    return may_hold(_lower_words(words), text[lo:hi])


_lower_words = cache(lower_words)  # one pattern per tuple of words


def _noun_before(text: str, pos: int) -> str | None:
    """"the death toll rose to 300" -> "toll" (the regex runs only when one of its nouns is near)."""
    lo = (pos - 40 if pos > 40 else 0)
    if not _link_before(text, lo, pos) or not _NOUNS_BEFORE.intersection(text[lo:pos].lower().split()):
        return None
    b = _NOUN_BEFORE.search(text, lo, pos)
    return b.group("n") if b else None


def attach_qualifiers(text: str, found: list[Found]) -> list[Found]:
    """Extend each quantity's span over a qualifier written before it and set qualifier/low/high."""
    out = []
    for f in found:
        if f.kind not in _QUALIFIABLE or f.qualifier not in ("=",) or text[f.start : f.start + 4].lower() == "the ":
            # `over the past 12 months`: a determiner starts the phrase, the word before is its preposition
            out.append(f)
            continue
        m = _qualifier_before(text, f.start)
        if not m or (out and out[-1].end > m[0]):
            out.append(f)
            continue
        q_start, phrase = m
        if (phrase == "over" and f.kind == "count" and _PHRASAL_OVER.search(text, (q_start - 20 if q_start > 20 else 0), q_start)) or (
            phrase == "up to" and ((_PHRASAL_UP.search(text, (q_start - 20 if q_start > 20 else 0), q_start)
                                    and not _FLOOR_BEFORE.search(text, (q_start - 120 if q_start > 120 else 0), q_start))
                                   or _FROM_LEVEL_AFTER.match(text, f.end))
        ) or (phrase == "over" and f.kind == "duration" and not over_is_bound(text, q_start, f.end)) or (  # `25% over four years`
            phrase in _COMPARISON_PHRASES and _SIZE_BEFORE.search(text, (q_start - 24 if q_start > 24 else 0), q_start)):
            out.append(f)  # "turned over 2 databases": a phrasal verb, not a bound
            continue
        q = _PHRASE_TO_Q[phrase]
        low = f.value if q in (">", ">=") else f.low
        high = f.value if q in ("<", "<=") else f.high
        out.append(replace(f, start=q_start, qualifier=q, low=low, high=high))
    return out


_OPENERS = "([\"\u201c\u2018"  # a bracket or an opening quote glued to a qualifier's first word
_MAX_PHRASE_WORDS = max(len(p.split()) for p in _PHRASE_TO_Q)
_LAST_WORDS = frozenset(p.rsplit(" ", 1)[-1] for p in _PHRASE_TO_Q)


def _qualifier_before(text: str, pos: int) -> tuple[int, str] | None:
    """(start, phrase) of the longest qualifier phrase ending right before `pos`, by word look-up.

    >>> _qualifier_before("it has more than 400", 17), _qualifier_before("in excess of 5", 13)
    ((7, 'more than'), (0, 'in excess of'))
    """
    window = text[(pos - 40 if pos > 40 else 0) : pos]
    if window[-1:] not in (" ", "\u00a0", "~") :
        return None
    words = window.split()  # `_WORD_RUN`'s words (str.split and re's \s agree on white space)
    if not words or words[-1].lower().lstrip(_OPENERS) not in _LAST_WORDS:
        return None  # every phrase tried below ends with the last word
    words = words[-_MAX_PHRASE_WORDS:]
    low = [w.lower().lstrip(_OPENERS) for w in words]  # `(about $12 million)`: the bracket opens the phrase
    for i in range(len(words)):
        phrase = " ".join(low[i:])
        if phrase in _PHRASE_TO_Q:
            at = len(window)  # where words[i] starts: each word is the last of its string before the next
            for w in reversed(words[i:]):
                at = window.rfind(w, 0, at)
            start = pos - len(window) + at
            while text[start] in _OPENERS:
                start += 1
            if start > 0 and (text[start - 1].isalnum()):
                continue
            return start, phrase
    return None


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and w not in _STOP
    )


_PRONOUNS = {"what", "we", "you", "they", "he", "she", "it", "i", "who", "whom", "whose", "which", "that"}
_ING_NOUNS = {
    "building", "meeting", "hearing", "funding", "spending", "training", "housing", "offering",
    "shooting", "bombing", "killing", "ceiling", "wedding", "clothing", "evening", "morning", "ending",
    "setting", "ruling", "rating", "listing", "landing", "painting", "recording", "warning", "opening",
}


def _verb_like(word: str) -> bool:
    """A past participle or gerund that ends a noun phrase ("300 killed", "5 missing"); not a compound
    adjective written with a hyphen (`coal-fired capacity`, `state-owned banks`, `loss-making units`)."""
    w = word.lower()
    if "-" in w.strip("-"):
        return False
    return ((w.endswith("ed") and len(w) > 4 and w != "hundred") or (w.endswith("ing") and w not in _ING_NOUNS)
            or w in _SHORT_PAST)


_SHORT_PAST = frozenset(table("en", "entities")["short_past_verbs"])  # `41 died`, `14 fled`


_DETERMINERS = tuple(table("en", "entities")["determiners"])
_MORE_OF_THE_SAME = frozenset(table("en", "entities")["more_of_the_same"])
_DETERMINER_BEFORE = re.compile(r"(?:^|[^\w])(?:" + "|".join(_DETERMINERS) + r")[ \u00a0]+$",
                                re.IGNORECASE)
#: A model name first in a counted phrase: `10,000 SU7 electric cars` (letters and digits, then a word).
_MODEL_FIRST = re.compile(r"[ \u00a0]+([A-Z]{1,6}\d+[A-Za-z\d]*)(?=[ \u00a0]+[a-z])")
_PARTICIPLES = frozenset(table("en", "entities")["participle_modifiers"])
_ADJECTIVE_ENDINGS = tuple(table("en", "entities")["adjective_endings"])
_PLURAL_NEXT = re.compile(r"[ \u00a0]+([a-z][a-z'-]*)")


def _before_plural(text: str, pos: int, word: str) -> bool:
    """Whether `word` is a participle before a plural noun at `pos`: `paid subscribers`, `home made bombs`."""
    m = _PLURAL_NEXT.match(text, pos)
    return (word.lower() in _PARTICIPLES and m is not None and m.group(1).endswith("s") and _is_plural(m.group(1))
            and m.group(1) not in _VERBS)


def _ends_phrase(text: str, low: str, pos: int) -> bool:
    """Whether the word `low` (lower case), ending at `pos`, ends a counted noun phrase: `struck` or
    `worldwide` with no noun after it, an adverb (`nationally`) with no plural noun soon after it."""
    if low in _ENDS_UNLESS_NOUN:
        m = _TOKEN.match(text, pos)
        return not m or m.group(1).lower() in _STOP or m.group(1).lower() in _NUMBER_WORDS
    return low in _ADVERBS_AFTER and not _plural_soon(text, pos)


def _plural_soon(text: str, pos: int) -> bool:
    """Whether a plural noun is one of the next two words after `pos`: `overseas students`, `overseas Chinese students`."""
    for _ in range(2):
        m = _TOKEN.match(text, pos)
        if not m or m.group(1).lower() in _STOP:
            return False
        if _is_plural(m.group(1)) and m.group(1).lower() not in _VERBS:
            return True
        pos = m.end()
    return False


def _plural_noun(word: str) -> bool:
    return (word.islower() and _is_plural(word) and word not in _IRREGULAR_PLURALS and word not in _VERBS
            and word not in _STOP)


#: A figure right after a word: `costs £1,099`, `tops $3tn` (the word is a verb, not the noun counted).
_FIGURE_NEXT = re.compile(r"[ \u00a0]+[$£€¥₹]?\d")
#: Modifiers joined by a conjunction before the counted noun: `hourly and salaried employees`.
_MORE_BEFORE_NOUN = re.compile(r"[ \u00a0]+(?:more|fewer|less)(?=[ \u00a0]+(?!than\b)[A-Za-z])", re.IGNORECASE)


def _determiner_before(text: str, pos: int) -> bool:
    """Whether a determiner (`the`, `its` ...) ends right before `pos` (with the character at `pos`)."""
    lo = (pos - 8 if pos > 8 else 0)
    return _may_end_with(text, lo, pos + 1, _DETERMINERS) and _DETERMINER_BEFORE.search(text, lo, pos + 1) is not None


def _noun_phrase(text: str, pos: int, *, singular_ok: bool) -> str | None:
    """The counted noun phrase starting after `pos`: up to the first plural within three words."""
    words: list[tuple[str, int, int]] = []
    p = pos
    more = _MORE_BEFORE_NOUN.match(text, p)
    if more:  # "21,500 more US troops": the comparative is not what is counted
        p = more.end()
    after_det: bool | None = None  # a determiner right before `pos` (`_determiner_before`), read when first needed
    while len(words) < 5:
        # `12 Boeing 737-300 jets`, `8 Airbus A320 jets`, `10,000 SU7 electric cars`: a model inside the phrase
        model = _MODEL if words and words[-1][0][:1].isupper() else None if words else _MODEL_FIRST
        m = (model and model.match(text, p)) or _TOKEN.match(text, p)
        low = m.group(1).lower() if m else ""
        if not m or low in _STOP or low in _NUMBER_WORDS:
            break
        if low in _VERBS and not (not words and (after_det := _determiner_before(text, pos) if after_det is None else after_det)) \
                and not _before_plural(text, m.end(), m.group(1)):
            break  # `300 people paid`, not `8.8 million paid memberships`, `of its work force`
        if _ends_phrase(text, low, m.end()):
            break  # `quake struck at`, `12,000 worldwide`, `4,000 nationally`; not `300 overseas students`
        words.append((m.group(1), m.start(1), m.end(1)))
        p = m.end()
    while len(words) > 1 and (words[0][0].lower() in _MORE_OF_THE_SAME
                              or words[0][0].endswith(("'s", "’s", "s'"))):
        words.pop(0)  # "three other soldiers", "80% of the world's trade"
        after_det = False
    if len(words) >= 2 and words[-1][0].lower() == "number" and text.startswith(" of", words[-1][2]):
        return None  # "the total number of councillors": the caller follows the next "of"
    for i, (w, _, _) in enumerate(words[:4]):
        if i and _is_plural(w) and not w.endswith(("'s", "’s")) and _FIGURE_NEXT.match(text, words[i][2]):
            return text[words[0][1] : words[i - 1][2]]  # `the 2TB model costs £1,099`: a verb before its figure
        if w[:1].isupper() and i + 1 < len(words) and words[i + 1][0].isupper() and words[i + 1][0].isalpha():
            continue  # `the Windows PC market`, `a Series C round`: a name's last `s` before an acronym or a letter
        if _is_plural(w) and w.lower() not in _ENDS_UNLESS_NOUN:  # not `overseas` in `12,000 overseas students`
            if i + 1 < len(words) and w.lower() in _IRREGULAR_PLURALS and _plural_noun(words[i + 1][0]):
                i += 1  # `3.5 lakh women borrowers`, `17 crew members`: an irregular plural modifying a plural
            return text[words[0][1] : words[i][2]]
    if len(words) == 1 and (not _verb_like(words[0][0]) or _entity_words().antonym.match(text, words[-1][2])):
        # one modifier, a conjunction, a modifier and a plural: `1,150 hourly and salaried employees`,
        # `300 skilled and unskilled labourers` (a participle and its negation are modifiers, not verbs)
        joined = _AND_MODIFIER.match(text, words[-1][2])
        rest = joined and _noun_phrase(text, joined.end(), singular_ok=False)
        first = words[0][0].lower()
        pair = bool(rest) and rest.split()[0].lower() in {p + first for p in _entity_words().antonym_prefixes}
        if (rest and " " in rest and text.startswith(rest, joined.end() + 1)
                and (pair or not _verb_like(words[0][0]))
                and (pair or not _verb_like(rest.split()[0]) or first.endswith(_ADJECTIVE_ENDINGS))):
            return text[words[0][1] : joined.end() + 1 + len(rest)]
    if words and singular_ok:
        keep = []
        for i, w in enumerate(words[:3]):
            gerund_adjective = (  # "voting group", "polling stations": an -ing word before a noun
                i == 0 and w[0].lower().endswith("ing") and len(words) > 1 and words[1][0].islower()
                and not _verb_like(words[1][0])
            ) or (i == 0 and (_determiner_before(text, pos) if after_det is None else after_det))  # `of their shareholding`
            if (_verb_like(w[0]) and not gerund_adjective) or w[0].lower() in _PRONOUNS:
                break  # "one reporter questioned what ...": the phrase ends at the verb
            keep.append(w)
        if keep:
            end = keep[-1][2]
            if len(keep) == len(words):  # `80% of lung and bronchus cancer`: one thing named by two nouns
                joined = _AND_NOUN.match(text, end)
                if joined and not _verb_like(joined.group(1)) and joined.group(1).lower() not in _VERBS | _NUMBER_WORDS:
                    end = joined.end()
            return text[keep[0][1] : end]
    return None


_NOT_NOUNS = sorted(_STOP | {"some", "many", "most", "several", "few", "any", "every", "other", "no"}, key=lambda w: (-len(w), w))
_AND_NOUN = lazy(r"[ \u00a0]+(?:and|or)[ \u00a0]+(?!(?:" + "|".join(_NOT_NOUNS)
                       + r")\b)([a-z][a-z'-]*)(?:[ \u00a0]+(?!(?:" + "|".join(_NOT_NOUNS)
                       + r")\b)[a-z][a-z'-]*)?(?=[ \u00a0]+(?:is|are|was|were|has|have|had|in|of|on|at|for|by)\b|[,;.])")

#: Modifiers joined by a conjunction before the counted noun: `hourly and salaried employees`.
_AND_MODIFIER = re.compile(r"[ \u00a0]+(?:and|or)(?=[ \u00a0]+(?!(?:" + "|".join(_NOT_NOUNS) + r")\b)[a-z])")


_POSSESSIVE = re.compile(r"[A-Za-z][\w.&-]*(?:['’]s|s['’])[ \u00a0]+")
_WHOLE = re.compile(r"\d[\d,.]*(?:[ \u00a0]?(?:" + "|".join(
    re.escape(w) for w in sorted(set(SCALE_SUFFIXES) | set(SCALE_WORDS), key=lambda w: (-len(w), w))) + r")\b)?[ \u00a0]")


def _of_noun(text: str, pos: int) -> str | None:
    """The noun phrase after `of` at `pos`, through "the number of", "the total number of"."""
    for _ in range(3):
        of = _OF_PHRASE.match(text, pos)
        if not of:
            return None
        owner = _POSSESSIVE.match(text, of.end())  # `12,000 of the company's 15,000 workers`
        whole = _WHOLE.match(text, owner.end() if owner else of.end())  # `100 of its 300 stores`: the whole's figure
        if owner and not whole:
            owner = None
        np = _noun_phrase(text, (whole.end() if whole else of.end()) - 1, singular_ok=True)
        if np is not None:
            return np
        nxt = re.match(r"[ \u00a0]*(?:(?:the|a)[ \u00a0]+)?(?:total[ \u00a0]+)?number", text[of.end() : of.end() + 30])
        if not nxt:
            return None
        pos = of.end() + nxt.end()
    return None


#: Before a figure that modifies the noun after it: an article, or a count ("two 500 lb bombs").
#: The words before a compound-adjective measure (`a 500-tonne cargo`, `its 2-nanometre chips`): one tuple for
#: `_ADJECTIVAL_BEFORE` and its fast path `_ADJECTIVAL_WORDS`.
_ADJECTIVAL_LEADS = tuple(_Q_TABLE["adjectival_leads"])
_ADJECTIVAL_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{'|'.join(_ADJECTIVAL_LEADS)}|\d+|[A-Za-z]+['’]s)[ \u00a0]+$",
    re.IGNORECASE,
)
#: A measure written as a compound adjective: `2-nanometre chips`, `500-tonne cargo`, `1,000-MW plant`.
_COMPOUND_MEASURE = re.compile(r"\d-[A-Za-z]")
_GLUED_MEASURE = re.compile(r"\d[A-Za-z]")
#: A measure right after a count: "two 500 lb bombs", "three 100 megawatts installments".
_MEASURE_AFTER = re.compile(r"[ \u00a0]+[\d.,]*\d[ \u00a0-]?[A-Za-z]+(?=[ \u00a0])")


def _adjectival(text: str, f: Found) -> bool:
    """"a 40% discount", "the 300 megawatts wind farm": the figure modifies the noun after it."""
    return _adjectival_before(text[(f.start - 12 if f.start > 12 else 0) : f.start])


def _adjectival_before(window: str) -> bool:
    """`_ADJECTIVAL_BEFORE.search(window) is not None`, read from the end for ASCII (tests/test_prefilters.py):
    spaces end it (or spaces and a final newline), and the word before them, whole, is one of the words, a
    number, or letters and `'s` (any other text is searched)."""
    if not window.isascii():
        return _ADJECTIVAL_BEFORE.search(window) is not None
    u = window[:-1] if window.endswith(" \n") else window
    if not u.endswith(" "):
        return False
    u = u.rstrip(" ")
    tok = _TRAILING_WORD.search(u).group()  # type: ignore[union-attr]  # (it matches, empty at worst)
    if tok.isdigit() or tok.lower() in _ADJECTIVAL_WORDS:
        return True
    if tok not in ("s", "S") or not u[: -1].endswith("'"):
        return False
    letters = _TRAILING_WORD.search(u, 0, len(u) - 2).group()  # type: ignore[union-attr]
    return letters.isalpha()


_ADJECTIVAL_WORDS = frozenset(_ADJECTIVAL_LEADS)
_TRAILING_WORD = re.compile(r"\w*\Z")


_DATED = re.compile(r"[ \u00a0]+(?:" + "|".join(table("en", "entities")["dated_units"]) + r")[ \u00a0]+(?:"
                    + "|".join(table("en", "entities")["dated_after"]) + r")\b", re.IGNORECASE)


def _entity(text: str, f: Found) -> str | None:
    if f.kind == "count" and _DATED.match(text, f.end):
        return None  # `vs 298,000 week ago`: the unit dates the figure
    of = _OF_PHRASE.match(text, f.end)
    if f.kind == "ordinal":
        return _noun_phrase(text, f.end, singular_ok=True)
    aside = _past_aside(text, f)
    if not of and f.kind in ("count", "percent", "ratio"):
        co = _entity_words().coordinated.match(text, f.end)
        if co:  # `a third or half of the councillors`: both figures share the `of` phrase
            np = _of_noun(text, co.end())
            if np:
                return np
    if not of and aside is not None and _OF_PHRASE.match(text, aside):  # `752 (72%) of the children`
        np = _of_noun(text, aside)
        if np:
            return np
    if f.kind == "ratio" and _RATE_SPAN.search(text, f.start, f.end):  # `8 per 100,000 residents`
        return _rate_noun(text, f.end)
    if f.kind == "measure" and _COMPOUND_MEASURE.search(text, f.start, f.end):
        np = _noun_phrase(text, f.end, singular_ok=True)  # `production of 2-nanometre chips`: the chips
        if np:
            return np
    if f.kind == "measure" and not of and _GLUED_MEASURE.search(text, f.start, f.end):
        np = _noun_phrase(text, f.end, singular_ok=False)  # `build 3nm chips`: glued, before a plural
        if np:
            return np
    if of:
        np = _of_noun(text, f.end)
        if np or f.kind != "count":
            return np
    if f.kind in ("percent", "measure", "money", "ratio") and _adjectival(text, f):
        # `a 454 kg (1001 lb) battery pack`: the noun may follow the figure's conversion
        np = _noun_phrase(text, f.end, singular_ok=True) or (
            aside is not None and _noun_phrase(text, aside, singular_ok=True))
        if np:
            return np
    if f.kind == "measure" and _MORE_BEFORE_NOUN.match(text, f.end):  # `3 gigawatts more electricity`
        np = _noun_phrase(text, f.end, singular_ok=True)
        if np:
            return np
    if f.kind in ("percent", "measure", "ratio", "money"):
        if f.kind == "percent":
            return _noun_before(text, f.start)
        if f.kind == "ratio":
            return _noun_phrase(text, f.end, singular_ok=False)
        if f.kind == "measure" and not (f.unit == "year" and text[f.end - 3 : f.end].lower() == "old"):
            return _measured_before(text, f.start)
        return None
    if f.kind == "count":
        strong = _entity_words().strength.match(text, f.end)
        if strong:  # `Its workforce, 4,500 strong`, `The army is 40,000 strong`: the body sized
            body = _entity_words().strength_body.search(text, (f.start - 40 if f.start > 40 else 0), f.start)
            return body.group(1) if body and body.group(1).lower() not in _STOP else None
        np = _noun_phrase(text, f.end, singular_ok=True)
        if np and " " not in np and ("-" in np or np.lower().endswith(_ADJECTIVE_ENDINGS)):  # `4,500 full-time and 1,200 part-time employees`
            head = _elided_head(text, text.find(np, f.end) + len(np))
            if head:
                return head
        if np:
            return _adjective_list(text, f.end, np)
        between = _MEASURE_AFTER.match(text, f.end)
        if between:  # "two 500 lb bombs": what is counted comes after the measure
            np = _noun_phrase(text, between.end(), singular_ok=False)
            if np:
                return np
        return _noun_before(text, f.start)
    if f.kind == "measure" and f.unit == "year" and text[f.end - 3 : f.end].lower() == "old":
        return _noun_phrase(text, f.end, singular_ok=True)
    return None


def _elided_head(text: str, pos: int) -> str | None:
    """`4,500 full-time and 1,200 part-time employees`: the noun after the later count, its last word."""
    m = _entity_words().elided.match(text, pos)
    np = m and _noun_phrase(text, m.end(), singular_ok=False)
    return np.split()[-1] if np and text.startswith(np, m.end() + 1) else None


def _adjective_list(text: str, pos: int, np: str) -> str:
    """`10 luxury, family-oriented hotels`: a lone singular word, a comma and more modifiers before
    a plural noun are one phrase."""
    if " " in np or _is_plural(np):
        return np
    start = text.find(np, pos)
    end = start + len(np)
    if not text.startswith(",", end):
        return np
    rest = _noun_phrase(text, end + 1, singular_ok=False)
    return text[start : end + 2 + len(rest)] if rest and text.startswith(" " + rest, end + 1) else np


#: The end of a rate's span: `8 per 100,000`, `12.4 cases per 1,000`.
_RATE_SPAN = re.compile(r"[ \u00a0]per[ \u00a0]+[\d,.]+$", re.IGNORECASE)
_ASIDE = re.compile(r"[ \u00a0]*[(\[][^()\[\]]{1,40}[)\]]")


def _past_aside(text: str, f: Found) -> int | None:
    """Where the text goes on after a figure's aside: `752 (72%) of`, and `(72%) of` for the 72%."""
    if f.start > 0 and text[f.start - 1] in "([" and text[f.end : f.end + 1] in (")", "]"):
        return f.end + 1
    m = _ASIDE.match(text, f.end)
    return m.end() if m else None


def _rate_noun(text: str, pos: int) -> str | None:
    """The denominator of a rate as written: `per 100,000 population`, `per 1,000 live births`."""
    words: list[tuple[str, int, int]] = []
    p = pos
    while len(words) < 3:
        m = _TOKEN.match(text, p)
        if not m or m.group(1).lower() in _STOP or m.group(1).lower() in _NUMBER_WORDS:
            break
        words.append((m.group(1), m.start(1), m.end(1)))
        p = m.end()
    for i, (w, _, _) in enumerate(words):
        if _is_plural(w):
            return text[words[0][1] : words[i][2]]
    n = 0  # `per 100,000 standard population`: the singular phrase, up to a verb
    while n < len(words) and not _verb_like(words[n][0]) and words[n][0].lower() not in _VERBS \
            and not _ends_phrase(text, words[n][0].lower(), words[n][2]):
        n += 1
    return text[words[0][1] : words[n - 1][2]] if n else None


_WORD_OF_BEFORE = re.compile(r"(?:^|[^\w])([A-Za-z][\w'-]*)(?:[ \u00a0]+([A-Za-z][\w'-]*))?[ \u00a0]+of[ \u00a0]+$")


def _of_ends_before(text: str, lo: int, pos: int) -> bool:
    """Whether text[lo:pos] ends as `_WORD_OF_BEFORE` needs: a space, `of`, spaces, and at most a final
    newline (`$`); its search tries every word of the window, each given back letter by letter."""
    w = text[lo:pos]
    if w.endswith("\n"):
        w = w[:-1]
    t = w.rstrip(" \u00a0")
    return len(t) < len(w) and t.endswith("of") and t[-3:-2] in (" ", "\u00a0") and len(t) >= 3


def _measured_before(text: str, pos: int) -> str | None:
    """`an elevated bilirubin of 41.5 mg/dL` -> bilirubin; `CO concentrations of 100 ppm` -> CO."""
    lo = pos - 60 if pos > 60 else 0
    m = _WORD_OF_BEFORE.search(text, lo, pos) if _of_ends_before(text, lo, pos) else None
    if not m:
        return None
    first, last = m.group(1), m.group(2)
    if last is None:
        first, last = None, first
    if last.lower() in _entity_words().level and first is not None:
        last, first = first, None
    w = last.lower()
    if w in _STOP or w in _entity_words().level or w in _entity_words().age or _verb_like(last) or w in _VERBS:
        return None
    return last


def _group(text: str, f: Found, held: _Held | None = None) -> str | None:
    """`a 15,000-strong workforce`: the noun after the suffix is what the figure counts."""
    if f.kind != "count":
        return None
    g = ages.age_words().group
    lo, hi = max(f.start, f.end - 12), f.end + 12
    m = g.search(text, lo, hi) if (_may_hold(text, lo, hi, _GROUP_WORDS) if held is None else held.may_hold(lo, hi)) else None
    if not m or not (f.end - 12 <= m.start() <= f.end) or text[m.start() - 1 : m.start()].isspace():
        return None
    phrase = _noun_phrase(text, m.end(), singular_ok=True)
    if phrase and " " in phrase:
        end = text.find(phrase, m.end()) + len(phrase)
        if _VERB_OBJECT_AFTER.match(text, end):  # `a 2.4 million-strong union represents 45%`: its verb
            phrase = phrase.rsplit(" ", 1)[0]
    return phrase


#: The suffixes `_group` looks for (lower case), for its cheap test before the search.
_GROUP_WORDS = tuple(w.lower() for w in table("en", "ages")["group_suffixes"])
#: What follows a verb, never the noun of a counted phrase: a figure or a determiner.
_VERB_OBJECT_AFTER = re.compile(r"[ \u00a0]+(?:\d|(?:the|a|an|its|their|his|her)[ \u00a0])")


class _EntityWords:
    """The entity rules' word lists and regexes for one language. Each regex is compiled on first
    use (`cached_property`, a cache of a pure function): compiling them all costs about 20 ms,
    and a short text needs few of them."""

    def __init__(self, lang: str) -> None:
        t = self._t = table(lang, "entities")
        change = self._change = table(lang, "change")
        self._lang = lang
        self.level: frozenset[str] = frozenset(t["level_nouns"])
        self.age: frozenset[str] = frozenset(w for p in table(lang, "ages")["age_words"] for w in p.split()) - _STOP
        self.change_subject_words: int = int(t["change_subject_words"])
        # `its total` before a count: the noun is the earlier count's
        self.totals: frozenset[str] = frozenset(t["total_nouns"])
        # `un` of `skilled and unskilled`
        self.antonym_prefixes: tuple[str, ...] = tuple(t["antonym_prefixes"])
        # the change table's verbs, lower case
        self.change_verbs: frozenset[str] = frozenset(w.lower() for w in change["up_verbs"] + change["down_verbs"])

    @cached_property
    def of_compound(self) -> re.Pattern[str]:
        # ` of view` after `field`: an `of` phrase that is part of the noun's name
        t = self._t
        return re.compile(rf"(?:{_alternation(t['of_compounds'])})\b", re.IGNORECASE)

    @cached_property
    def comparison(self) -> re.Pattern[str]:
        # ends right before a later figure compared with an earlier one
        t = self._t
        return re.compile(rf"(?:^|[^\w])(?:{_alternation(t['comparison_words'])})"
                          r"(?:[ \u00a0]+[A-Za-z][\w'-]*){0,2}[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def number_of(self) -> re.Pattern[str]:
        t = self._t
        return re.compile(rf"\b(?:{_alternation(t['number_of'])})(?=[ \u00a0]+of[ \u00a0])", re.IGNORECASE)

    @cached_property
    def subject(self) -> re.Pattern[str]:
        # `completions would be in the range of` right before a count
        t = self._t
        return re.compile(rf"(?:^|[^\w])(?P<n>[A-Za-z][\w'-]*)"
                          rf"(?:[ \u00a0]+(?:{_alternation(t['subject_prepositions'])})(?:[ \u00a0]+(?:the|a|an|its|their))?"
                          r"[ \u00a0]+[A-Za-z][\w'-]*)?"
                          rf"(?:[ \u00a0]+(?:{_alternation(t['subject_adverbs'])}))?"
                          rf"[ \u00a0]+(?:{_alternation(t['copulas'])})"
                          rf"(?:[ \u00a0]+(?:{_alternation(t['fillers'])}))?[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def label(self) -> re.Pattern[str]:
        # `Avg shrs` right before a count
        t = self._t
        return re.compile(rf"(?:^|[^\w])(?P<l>{_alternation(t['count_labels'])})[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def anaphor(self) -> re.Pattern[str]:
        # `3,100 of them`
        t = self._t
        return re.compile(rf"[ \u00a0]+of[ \u00a0]+(?:{_alternation(t['anaphors'])})\b", re.IGNORECASE)

    @cached_property
    def partitive(self) -> re.Pattern[str]:
        # `Of the 450 stores, ` right before a count
        t = self._t
        return re.compile(rf"(?:^|[^\w])(?:{_alternation(t['partitive'])})[ \u00a0]+(?:[^,;:.]|(?<=\d)[,.](?=\d)){{1,60}},[ \u00a0]+$",
                          re.IGNORECASE)

    @cached_property
    def partitive_group(self) -> re.Pattern[str]:
        # `Of those arrested, ` opening a sentence: the group the count is part of
        t = self._t
        first = "|".join(re.escape(p.split()[0]) for p in t.get("partitive_group", ()))
        dets = [p.split(None, 1)[1] for p in t.get("partitive_group", ())]
        adjs = _alternation(t.get("partitive_group_adjectives", ()))
        group = (rf"(?:{_alternation(d for d in dets if d != 'the')})(?:[ \u00a0]+[^\W\d_]+){{1,3}}"
                 rf"|the[ \u00a0]+(?:[^\W\d_]+(?:ed|en)|{adjs})")  # `those arrested`; `the injured`, `the dead`
        return re.compile(rf"(?:^|[.!?\n][ \u00a0\"“]*)(?:{first})[ \u00a0]+(?P<np>{group}),[ \u00a0]+(?:[^.!?;\n]|(?<=\d)[.,](?=\d))*$",
                          re.IGNORECASE)

    @cached_property
    def partitive_group_start(self) -> re.Pattern[str]:
        # where a `partitive_group` match can start (one scan per document, see `_Starts`): its
        # opening, a sentence start and a first word (`Of`, `Among`), as a zero-width test
        first = "|".join(re.escape(p.split()[0]) for p in self._t.get("partitive_group", ()))
        return re.compile(rf"(?=(?:^|[.!?\n][ \u00a0\"“]*)(?:{first})[ \u00a0]+)", re.IGNORECASE)

    @cached_property
    def change_verb(self) -> re.Pattern[str]:
        # `rose 8.4 pct to ` right before a count
        change = self._change
        lang = self._lang
        return re.compile(rf"(?:^|[^\w])(?:{_alternation(change['up_verbs'] + change['down_verbs'])})"
                          r"(?:[ \u00a0]+(?:by[ \u00a0]+)?[\d.,]+[ \u00a0]?(?:%|"
                          rf"{_alternation(table(lang, 'quantities')['percent_words'])}"
                          rf"|{_alternation(sorted(set(SCALE_WORDS) | set(SCALE_SUFFIXES)))}))?"
                          r"(?:[ \u00a0]+(?:in|on)[ \u00a0]+[A-Za-z]+)?[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def change_verb_start(self) -> re.Pattern[str]:
        # where a `change_verb` verb can start (one scan per document, see `_Starts`)
        # (the first word of each verb, as a prefix tree: a verb starts where it does)
        change = self._change
        return re.compile(rf"(?<!\w)(?={trie(sorted({v.split()[0].lower() for v in change['up_verbs'] + change['down_verbs']}))})",
                          re.IGNORECASE)

    @cached_property
    def part_before(self) -> re.Pattern[str]:
        # `, of which ` right before a count
        t = self._t
        return re.compile(rf"(?:^|[^\w])(?:{_alternation(t['part_before'])})[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def more_after(self) -> re.Pattern[str]:
        # ` more` right after a count with no noun
        t = self._t
        return re.compile(rf"[ \u00a0]+(?:{_alternation(t['more_after'])})(?=[ \u00a0]*(?:[,;:.!?)]|$|[ \u00a0](?:in|on|at|by|for|to|from|this|next|last|over|during|were|was|will|are|have|had|would)\b))",
                          re.IGNORECASE)

    @cached_property
    def strength(self) -> re.Pattern[str]:
        # ` strong` right after a count, ending the appositive
        t = self._t
        return re.compile(rf"[ \u00a0]+(?:{_alternation(t['strength_words'])})(?=[ \u00a0]*(?:[,;:.!?)]|$)"
                          r"|[ \u00a0]+[a-z]+ed\b)", re.IGNORECASE)

    @cached_property
    def elided(self) -> re.Pattern[str]:
        # ` and 1,200 ` after `4,500 full-time`: a later count with the shared noun
        t = self._t
        return re.compile(rf"[ \u00a0]+(?:{_alternation(t['elided_head_joiners'])})[ \u00a0]+\d[\d,.]*"
                          rf"(?:[ \u00a0]+(?:{_alternation(sorted(set(SCALE_WORDS) | set(SCALE_SUFFIXES)))}))?(?=[ \u00a0])", re.IGNORECASE)

    @cached_property
    def antonym(self) -> re.Pattern[str]:
        # ` and un` right after a modifier: a participle and its negation follow
        t = self._t
        return re.compile(rf"[ \u00a0]+(?:and|or)[ \u00a0]+(?:{_alternation(t['antonym_prefixes'])})[a-z]", re.IGNORECASE)

    @cached_property
    def change_object(self) -> re.Pattern[str]:
        # `cut its workforce by 1,200 to ` right before a count (`v`: the verb, checked apart)
        t = self._t
        change = self._change
        return re.compile(rf"(?<![\w-])(?P<v>[A-Za-z]+)[ \u00a0]+"
                          rf"(?:{_alternation(change['determiners'])})[ \u00a0]+(?:[A-Za-z][\w-]*[ \u00a0]+)?(?P<n>[A-Za-z][\w-]*)"
                          rf"(?:[ \u00a0]+(?:{_alternation(t['change_object_roles'])})[ \u00a0]+"
                          rf"(?:(?:{_alternation(t['change_object_approx'])})[ \u00a0]+)?\d[\d.,]*(?:[ \u00a0]+[a-z]+)?)?"
                          rf"[ \u00a0]+(?:{_alternation(t['change_object_roles'])})[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def change_object_start(self) -> re.Pattern[str]:
        # where a `change_object` match can start (one scan per document)
        # the head of `change_object` (a word, then a determiner) as a zero-width test: every offset a
        # `change_object` match can start at, found once per document (see `_ObjectStarts`)
        change = self._change
        return re.compile(rf"(?<![\w-])(?=[A-Za-z]+[ \u00a0]+(?:{_alternation(change['determiners'])})[ \u00a0])", re.IGNORECASE)

    @cached_property
    def change_role(self) -> re.Pattern[str]:
        # ` to ` right before a count (a cheap test before `change_object`)
        t = self._t
        return re.compile(rf"[ \u00a0](?:{_alternation(t['change_object_roles'])})[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def tally_end(self) -> re.Pattern[str]:
        # `, ` or ` while ` right after a bare tally count
        t = self._t
        return re.compile(rf"[ \u00a0]*(?:[,;:.!?)]|$|[ \u00a0](?:{_alternation(t['tally_clause_ends'])})\b(?![ \u00a0]+\d))",
                          re.IGNORECASE)

    @cached_property
    def tally(self) -> re.Pattern[str]:
        # `won ` right before a bare count that ends its clause
        t = self._t
        return re.compile(rf"(?:^|[^\w])(?:{_alternation(t['tally_words'])})[ \u00a0]+$", re.IGNORECASE)

    @cached_property
    def strength_body(self) -> re.Pattern[str]:
        # `Its workforce, ` or `The army is ` right before a sized count
        t = self._t
        return re.compile(rf"(?<![\w'-])([A-Za-z][\w'-]*)(?:[ \u00a0]+(?:{_alternation(t['copulas'])}))?[ \u00a0]*,?[ \u00a0]*$")

    @cached_property
    def label_colon(self) -> re.Pattern[str]:
        # `Shares outstanding: ` right before a count
        t = self._t
        return re.compile(rf"(?:^|[^\w])(?P<n>[A-Za-z][\w'-]*)(?:[ \u00a0]+(?:{_alternation(t['label_colon_after'])}))?"
                          r"[ \u00a0]*:[ \u00a0]*$", re.IGNORECASE)

    @cached_property
    def coordinated(self) -> re.Pattern[str]:
        # ` or half` right after a figure, before `of`
        t = self._t
        lang = self._lang
        return re.compile(rf"[ \u00a0]+(?:{_alternation(t['coordinators'])})[ \u00a0]+(?:an?[ \u00a0]+)?"
                          rf"[\w.,%-]*\w%?(?:[ \u00a0]+(?:{_alternation(table(lang, 'quantities')['percent_words'])}))?"
                          r"(?=[ \u00a0]+of[ \u00a0])",
                          re.IGNORECASE)


def _alternation(words: Iterable[str]) -> str:
    return alternation(words, space=r"[ \u00a0]+")


@cache
def _entity_words(lang: str = "en") -> _EntityWords:
    return _EntityWords(lang)


#: The words that end (or, for `comparison`, start) each form, lower case: the gates `_may_end_with` and
#: `_may_hold` test before the searches of `_EntityWords.label`, `part_before`, `tally`, `number_of`, `comparison`.
_LABEL_ENTITIES: dict[str, str] = dict(table("en", "entities").get("label_entities", {}))
_LABEL_LASTS = tuple(sorted({p.split()[-1].lower() for p in table("en", "entities")["count_labels"]}))
_PART_BEFORE_LASTS = tuple(sorted({p.split()[-1].lower() for p in table("en", "entities")["part_before"]}))
_TALLY_LASTS = tuple(sorted({p.split()[-1].lower() for p in table("en", "entities")["tally_words"]}))
_NUMBER_OF_WORDS = tuple(sorted({p.split()[0].lower() for p in table("en", "entities")["number_of"]}))
_COMPARISON_FIRSTS = tuple(sorted({p.split()[0].lower() for p in table("en", "entities")["comparison_words"]}))


@cache
def _subject_enders(lang: str = "en") -> frozenset[str]:
    """The last words of the copulas and fillers that end `_EntityWords.subject`, in lower case."""
    t = table(lang, "entities")
    return frozenset(p.split()[-1].lower() for p in (*t["copulas"], *t["fillers"]))


def _subject_before(text: str, f: Found, run: str | None | bool = False) -> str | None:
    """`completions would be in the range of 10,000 to 10,500`: the plural subject is counted;
    `Avg shrs 91.5 mln`: the digest's label is. `run`: `_last_run(text, f.start)`, when known."""
    lo = (f.start - 60 if f.start > 60 else 0)
    if run is False:
        run = _last_run(text, f.start)
    label = _entity_words().label.search(text, lo, f.start) if _ends_with(run, _LABEL_LASTS) else None
    if label:
        word = label.group("l").split()[-1]
        return _LABEL_ENTITIES.get(word.lower(), word)  # `Avg shrs 12.4 mln`: shares
    if text[lo : f.start].rstrip().endswith(":"):  # `Shares outstanding: 12.4 mln`
        colon = _entity_words().label_colon.search(text, lo, f.start)
        n = colon.group("n") if colon else ""
        return n if _is_plural(n) and n.lower() not in _STOP else None
    if run is not None and run not in _subject_enders():  # the subject form ends with a copula or filler
        return None  # word, then spaces (the IGNORECASE search below costs a pass over the window)
    m = _entity_words().subject.search(text, lo, f.start)
    if not m:
        return None
    n = m.group("n")
    if n.lower() in _STOP or n.lower() in _PRONOUNS or not _is_plural(n) or _verb_like(n):
        return None
    return n


_CLAUSE_END = re.compile(r"[.!?;:]\s|[,(]")
_SENTENCE_END = re.compile(r"[.!?;]\s")
_LAST_SENTENCE_END = re.compile(rf"(?s:.*)({_SENTENCE_END.pattern})")
_SENTENCE_MARKS = ".!?;"  # `_SENTENCE_END`'s marks, each before a white space (`\s` is `str.isspace`)


def _last_sentence_end(text: str, lo: int, hi: int) -> int:
    """Where `_LAST_SENTENCE_END.match(text, lo, hi)` finds the last sentence end (its group), -1 if none: the last
    mark followed by a white space before `hi`, by `str.rfind` (the pattern's `.*` backtracks over the whole window)."""
    best = -1
    if hi - lo < 2:
        return best  # (a mark and its space; and `rfind` reads a negative end from the end)
    for mark in _SENTENCE_MARKS:
        j = text.rfind(mark, lo, hi - 1)
        while j > best and not text[j + 1].isspace():
            j = text.rfind(mark, lo, j)
        if j > best:
            best = j
    return best


#: Everything up to the end of the last `_CLAUSE_END` (its matches never overlap: a mark's second
#: character is a space, which starts none), found from the end instead of listing every match.
_LAST_CLAUSE_END = re.compile(rf"(?s:.*)(?:{_CLAUSE_END.pattern})")


def _number_of(text: str, f: Found, held: _Held | None = None) -> str | None:
    """`the number of SEPs participating ... increased from 60 to 110`: 60 counts SEPs."""
    lo = (f.start - 120 if f.start > 120 else 0)
    if not (_may_hold(text, lo, f.start, _NUMBER_OF_WORDS) if held is None else held.may_hold(lo, f.start)):
        return None  # every `number_of` match holds one of its words
    cut = _LAST_CLAUSE_END.match(text[lo : f.start])  # where the last clause mark of the window ends
    lo += cut.end() if cut else 0
    hits = list(_entity_words().number_of.finditer(text, lo, f.start))
    return _of_noun(text, hits[-1].end()) if hits else None


def _carried(text: str, f: Found, earlier: list[Found], held: _Held | None = None) -> str | None:
    """A bare figure compared with an earlier one of its kind takes that one's entity:
    `223 seats ..., down from 244`, `8 per 100,000 residents, against 8.1 last year`."""
    if f.kind not in ("count", "ratio", "measure", "percent"):
        return None
    lo = (f.start - 40 if f.start > 40 else 0)
    if not (_may_hold(text, lo, f.start, _COMPARISON_FIRSTS) if held is None else held.may_hold(lo, f.start)) \
            or not _entity_words().comparison.search(text, lo, f.start):
        return None
    return _earlier_entity(text, f, earlier, lambda e: e.kind == f.kind and e.unit == f.unit)


def _earlier_entity(text: str, f: Found, earlier: list[Found], ok: Callable[[Found], bool],
                    lo: int | None = None) -> str | None:
    """The entity of the nearest earlier figure with one that `ok` accepts, in `f`'s sentence and
    ending after `lo` (by default: at most 200 characters before `f`); None past the first that
    does not qualify by place."""
    lo = f.start - 201 if lo is None else lo
    stop = None  # where the last sentence end before `f` starts: one scan, not one per earlier figure
    for e in reversed(earlier):
        if e.end <= lo:
            return None
        if stop is None:  # the last `_SENTENCE_END` match, found from the end (its matches never overlap)
            stop = _last_sentence_end(text, max(0, lo + 1), f.start)
        if stop >= e.end:
            return None
        if e.entity and ok(e):
            return e.entity
    return None


def _partitive(text: str, f: Found, earlier: list[Found], groups: _Starts | None = None) -> str | None:
    """`12,400 employees, 3,100 of them` and `Of the 450 stores, 120 will close`: the count takes
    the entity of the count it is a part of. `groups`: where a partitive group may open in the
    document (`_EntityWords.partitive_group_start`; the same answer, faster)."""
    if f.kind == "percent":
        return _partitive_group(text, f, f.start - 120 if f.start > 120 else 0, groups)
    if f.kind != "count":
        return None
    w = _entity_words()
    lo = (f.start - 80 if f.start > 80 else 0)
    if w.anaphor.match(text, f.end):
        lo = (f.start - 120 if f.start > 120 else 0)
    else:
        m = w.partitive.search(text, lo, f.start) if _comma_before(text, lo, f.start) else None
        if not m:
            return _partitive_group(text, f, f.start - 120 if f.start > 120 else 0, groups)
        lo = m.start()
    return _earlier_entity(text, f, earlier, lambda e: e.kind == "count", lo) or _partitive_group(text, f, lo, groups)


def _partitive_group(text: str, f: Found, lo: int, groups: _Starts | None = None) -> str | None:
    """`Of those arrested, 12 were charged and 3 remain`: the group the partitive clause opening the sentence
    names, when no earlier figure counts it (the later `3` after `and` too). `groups`: see `_partitive`."""
    w = _entity_words()
    if "," not in text[lo : f.start]:
        return None
    if groups is not None and not groups.any(max(0, lo - 2), f.start):
        return None  # no sentence opens with `Of`, `Among` in the window: the search cannot match
    m = w.partitive_group.search(text, max(0, lo - 2), f.start)
    return " ".join(m.group("np").split()) if m else None


def _comma_before(text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]` ends as `partitive` must: a comma, spaces, then the end (where `$` also
    matches before one final newline). A cheap test before the search."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    j = hi
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    return lo < j < hi and text[j - 1] == ","


_CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
_TO = re.compile(r"[ \u00a0]to", re.IGNORECASE)


def _to_before(text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]` ends as `change_verb` must: ` to`, then spaces, then the end (where `$`
    also matches before one final newline). A cheap test before the search."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    j = hi
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    return j < hi and j - 3 >= lo and _TO.match(text, j - 3, j) is not None


def _change_subject(text: str, f: Found, verbs: _Starts | None = None) -> str | None:
    """`Passengers carried by the airline rose 8.4 pct to 1.93 mln`: the new level of a change
    with no noun of its own counts the plural subject before the verb. `verbs`: where a change verb
    may start in the document (the same answer, faster)."""
    if f.kind != "count":
        return None
    w = _entity_words()
    lo = (f.start - 60 if f.start > 60 else 0)
    if not _to_before(text, lo, f.start):
        return None  # the verb pattern ends with ` to `: skip its costly search when that is absent
    if verbs is not None and not verbs.any(lo, f.start):
        return None  # no change verb starts in the window: the search cannot match
    v = w.change_verb.search(text, lo, f.start) if verbs is None else verbs.search_after(w.change_verb, lo, f.start)
    if not v:
        return None
    before = text[max(0, v.start() - 80) : v.start() + 1]
    cut = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    before = before[cut[-1] :] if cut else before
    for word in reversed(_WORD_RUN.findall(before)[-w.change_subject_words :]):
        low = word.lower()
        if low in _STOP or low in _PRONOUNS or _verb_like(word) or not word.isalpha():
            continue
        if _is_plural(word):
            return word
    return None


def attach_entities(text: str, found: list[Found]) -> list[Found]:
    """Set `entity`, what is counted or measured, where the text names it; a count or a span of
    years that is an age becomes a measure in years."""
    out: list[Found] = []
    starts = _ObjectStarts(text)
    verbs = _Starts(text, lambda: _entity_words().change_verb_start)  # (compiled only if a scan is needed)
    partitive_groups = _Starts(text, lambda: _entity_words().partitive_group_start)
    words_before: dict[int, str | None] = {}  # `_parallel`'s verb before each figure, by offset
    groups, numbers, comparisons = (_Held(text, w) for w in (_GROUP_WORDS, _NUMBER_OF_WORDS, _COMPARISON_FIRSTS))
    totals = _entity_words().totals
    for f in found:
        f = ages.age_of_count(text, f) or ages.age_span(text, f) or f
        group = _group(text, f, groups)
        if group:
            f = replace(f, entity=group)
        # each step runs only while no entity is found, and a new record only when one is
        entity = _entity(text, f) if f.entity is None else None
        if entity is not None:
            entity = _of_compound(text, f, entity)
        run: str | None | bool = False  # the word before the figure (`_last_run`): read by the subject rule, shared
        if entity is None and f.entity is None and f.kind == "percent":
            entity = _bracketed_share(text, f, out)
        if entity is None and f.entity is None and f.kind == "count":
            entity = _number_of(text, f, numbers) or _subject_before(text, f, run := _last_run(text, f.start))
        if entity is None and f.entity is None:
            entity = (_carried(text, f, out, comparisons) or _partitive(text, f, out, partitive_groups) or _change_subject(text, f, verbs)
                      or _parallel(text, f, out, words_before) or _tally(text, f, out, run)
                      or _elided_by_adverb(text, f, out, run))
        if (entity is None and f.entity is None) or (entity is not None and entity.lower() in totals):
            entity = _part_of_earlier(text, f, out, run) or entity
        if entity is None and f.entity is None:
            entity = _change_object(text, f, starts)
        if entity is not None:
            f = replace(f, entity=entity)
        out.append(f)
    return _rate_partners(text, out)


_OPEN_BRACKET = re.compile(r"[ \u00a0]*[(\[]$")


def _bracketed_share(text: str, f: Found, earlier: list[Found]) -> str | None:
    """`312 (25.9%) were hospitalized`: a percentage in brackets right after a count takes the count's entity.

    >>> [x.entity for x in attach_entities("Of the 40 patients, 10 (25%) died.", [Found(7, 9, "count", 40.0),
    ...  Found(20, 22, "count", 10.0), Found(24, 27, "percent", 25.0, unit="percent")])]
    ['patients', 'patients', 'patients']
    """
    if not earlier or text[f.end : f.end + 1] not in (")", "]"):
        return None
    g = earlier[-1]
    if g.kind != "count" or not g.entity or f.start - g.end > 3 or not _OPEN_BRACKET.search(text, g.end, f.start):
        return None
    return g.entity


_BARE_NUMBER = re.compile(r"\d[\d,.]*")
_RATE_WRITTEN = re.compile(rf"\b(?:{alternation(table('en', 'quantities')['rate_words'])})[ \u00a0]+\d")
_TIME_KINDS = frozenset({"date", "time", "duration", "set"})
_RATE_GAP_END = re.compile(r"[.!?;:()]\s|[;()]")


def _rate_partners(text: str, out: list[Found]) -> list[Found]:
    """A bare figure read as a rate (numfacts.quantities.carry) takes the entity of the rate written next
    to it in its clause: `from 12.1 per 1,000 live births to 9.8`, `from 4.5 to 6.1 per 100,000 population`."""
    for i, f in enumerate(out):
        if f.kind != "ratio" or f.entity is not None or not _BARE_NUMBER.fullmatch(text, f.start, f.end):
            continue
        for j in (_next_figure(out, i, -1), _next_figure(out, i, 1)):
            g = out[j] if j is not None else None
            if g is None or g.kind != "ratio" or not g.entity or not _RATE_WRITTEN.search(text, g.start, g.end):
                continue
            lo, hi = (g.end, f.start) if j < i else (f.end, g.start)
            if hi - lo <= 60 and not _RATE_GAP_END.search(text, lo, hi):
                out[i] = replace(f, entity=g.entity)
                break
    return out


def _next_figure(out: list[Found], i: int, step: int) -> int | None:
    """The index of the nearest row before (`step` -1) or after (1) row `i` that is no date or time."""
    j = i + step
    while 0 <= j < len(out) and out[j].kind in _TIME_KINDS:
        j += step
    return j if 0 <= j < len(out) else None


def _of_compound(text: str, f: Found, entity: str) -> str:
    """`a 110-degree field of view`: a noun whose `of` phrase is part of its name takes it whole."""
    at = text.find(entity, f.end, f.end + 80)
    if at < 0 or not entity.split():
        return entity
    end = at + len(entity)
    m = _entity_words().of_compound.match(text, end - len(entity.split()[-1]))
    return text[at : m.end()] if m and m.end() > end else entity


def _part_of_earlier(text: str, f: Found, earlier: list[Found], run: str | None | bool = False) -> str | None:
    """A bare count that is part of, more than or the total of an earlier count in its sentence takes
    that count's noun: `1,200 branches, of which 400`, `7,000 jobs, including 2,500 in Britain`, `45 stores
    ... add 30 more`, `120 new outlets ..., taking its total to 1,450`."""
    if f.kind not in ("count", "measure"):
        return None
    w = _entity_words()
    lo = (f.start - 60 if f.start > 60 else 0)
    if run is False:
        run = _last_run(text, f.start)
    if not ((_ends_with(run, _PART_BEFORE_LASTS) and w.part_before.search(text, lo, f.start))
            or w.more_after.match(text, f.end)
            or _noun_before(text, f.start) in w.totals):
        return None
    return _earlier_entity(text, f, earlier, lambda e: e.kind == f.kind and e.unit == f.unit
                           and e.entity.lower() not in w.totals)  # type: ignore[union-attr]


_VERB_BEFORE = re.compile(r"(?:^|[^\w])([a-z]+)[ \u00a0]+$")


def _verb_before(text: str, pos: int) -> str | None:
    lo = (pos - 24 if pos > 24 else 0)
    j = pos - 1 if pos > lo and text[pos - 1] == "\n" else pos  # `$` also matches before one final newline
    i = j
    while i > lo and text[i - 1] in " \u00a0":
        i -= 1
    if i == j or i == lo or not "a" <= text[i - 1] <= "z":
        return None  # `_VERB_BEFORE` needs a small letter, then spaces, at the end
    k = i - 1
    while k > lo and "a" <= text[k - 1] <= "z":
        k -= 1
    if k > 0 and (k == lo or text[k - 1].isalnum() or text[k - 1] == "_"):
        return None  # the run of small letters must follow a non-word character in the window (or start the text)
    w = text[k:i]  # what `_VERB_BEFORE.search(text, lo, pos)` finds as its group, read directly
    return w if w and w not in _STOP and w not in _NUMBER_WORDS and w not in _entity_words().totals else None


def _parallel(text: str, f: Found, earlier: list[Found], verbs: dict[int, str | None] | None = None) -> str | None:
    """`Jio added 34 lakh users while Airtel added 12 lakh`: a bare count after the same word as an
    earlier count in its sentence (the verb repeated, its object elided) counts that count's noun.
    `verbs`: `_verb_before` by offset, kept across the rows of a document (the same answer, once)."""
    if f.kind != "count" or f.unit:
        return None
    if verbs is None:
        verbs = {}
    verb = verbs[f.start] if f.start in verbs else verbs.setdefault(f.start, _verb_before(text, f.start))
    if verb is None:
        return None

    def same_verb(e: Found) -> bool:
        if e.kind != "count":
            return False
        v = verbs[e.start] if e.start in verbs else verbs.setdefault(e.start, _verb_before(text, e.start))
        return v == verb

    return _earlier_entity(text, f, earlier, same_verb)


def _tally(text: str, f: Found, earlier: list[Found], run: str | None | bool = False) -> str | None:
    """`The NDA secured 293 seats, while the INDIA bloc won 234, with the Congress taking 99`: a bare
    count that ends its clause right after a word of winning or holding counts the noun of the nearest
    earlier count in its sentence."""
    w = _entity_words()
    if f.kind != "count" or f.unit or not w.tally_end.match(text, f.end):
        return None
    lo = (f.start - 12 if f.start > 12 else 0)
    if run is False:
        run = _last_run(text, f.start)
    if not _ends_with(run, _TALLY_LASTS) or not w.tally.search(text, lo, f.start):
        return None
    return _earlier_entity(text, f, earlier, lambda e: e.kind == "count" and not e.unit)


_ELISION_JOINS = frozenset({*table("en", "entities")["tally_clause_ends"], *table("en", "entities")["coordinators"]}) - {"to"}


def _elided_by_adverb(text: str, f: Found, earlier: list[Found], run: str | None | bool = False) -> str | None:
    """`employs 1,500 staff in the UK and 12,000 worldwide`: a bare count after `and` (`or`, `while`, `but`)
    followed by an adverb of place or extent (`worldwide`, `abroad`, `nationally`) counts the noun of the
    nearest earlier count in its sentence, written once."""
    if f.kind != "count" or f.unit:
        return None
    m = _TOKEN.match(text, f.end)
    if not m or not _ends_phrase(text, m.group(1).lower(), m.end()):
        return None
    if run is False:
        run = _last_run(text, f.start)
    if run not in _ELISION_JOINS:
        return None
    return _earlier_entity(text, f, earlier, lambda e: e.kind == "count" and not e.unit)


class _Starts:
    """The offsets where a zero-width `pattern` matches in the document, found by one scan once a
    document has asked `after` times (a scan of news text costs more than a few searches): a row then
    asks whether one lies in its window (bisection) before a costly search there. `pattern` may be a
    function that returns it, called only at the scan (a regex few documents need to compile)."""

    def __init__(self, text: str, pattern: re.Pattern[str] | Callable[[], re.Pattern[str]], after: int = 32) -> None:
        self._text, self._pattern, self._at, self._asked = text, pattern, None, 0
        self._after = after

    def any(self, lo: int, hi: int) -> bool:
        """False when no offset lies in [lo, hi); True when one does, or before the scan."""
        if self._at is None:
            self._asked += 1
            if self._asked <= self._after:
                return True
            pattern = self._pattern if isinstance(self._pattern, re.Pattern) else self._pattern()
            self._at = [m.start() for m in pattern.finditer(self._text)]
        i = bisect.bisect_left(self._at, lo)
        return i < len(self._at) and self._at[i] < hi

    def search_after(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        r"""`pattern.search(text, lo, hi)` for a `pattern` that starts `(?:^|[^\w])` and then what this
        scan's `pattern` finds: a match starts one character before one of the offsets (or at 0), so
        once the document is scanned only those are tried, in order (the leftmost match is the same)."""
        at = self._at
        if at is None:
            return pattern.search(self._text, lo, hi)
        for i in range(bisect.bisect_left(at, lo), len(at)):
            p = at[i]
            if p >= hi:
                break
            if p == 0 or p > lo:  # (`^` matches only at 0; a start before `lo` is out of the search)
                m = pattern.match(self._text, p - 1 if p else 0, hi)
                if m is not None:
                    return m
        return None


@cache
def _word_starts(words: tuple[str, ...]) -> re.Pattern[str]:
    """Every offset where one of `words` starts, caselessly as `re` matches (a zero-width scan)."""
    return re.compile("(?=" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")", re.IGNORECASE)


class _Held:
    """`_may_hold(text, lo, hi, words)` for many windows of one document: once asked `after` times,
    one scan finds where the words occur (caselessly, as `re` matches, so a window that is not ASCII
    is answered too) and a window holding none of them is rejected by bisection, before the slice."""

    def __init__(self, text: str, words: tuple[str, ...], after: int = 32) -> None:
        self._text, self._words, self._after = text, words, after
        self._at: list[int] | None = None
        self._asked = 0
        self._shortest = min(map(len, words))

    def may_hold(self, lo: int, hi: int) -> bool:
        at = self._at
        if at is None:
            self._asked += 1
            if self._asked <= self._after:
                return _may_hold(self._text, lo, hi, self._words)
            at = self._at = self._scan()
        i = bisect.bisect_left(at, lo)
        return i < len(at) and at[i] <= hi - self._shortest and _may_hold(self._text, lo, hi, self._words)

    def _scan(self) -> list[int]:
        text = self._text
        if not text.isascii():  # caseless as `re` is (`ſ` is an `s` there)
            return [m.start() for m in _word_starts(self._words).finditer(text)]
        low = text.lower()  # ASCII: the same offsets, and `re`'s caseless match is str.lower's
        at = set()
        for w in self._words:
            i = low.find(w)
            while i >= 0:
                at.add(i)
                i = low.find(w, i + 1)
        return sorted(at)


class _ObjectStarts:
    """The offsets where a `change_object` match can start, found by one scan of the document on
    first use: a row then tries `match` at the few of them in its window, instead of `search`
    trying every offset of the window (the leftmost match is the same: no other offset can match)."""

    def __init__(self, text: str) -> None:
        self._text, self._at = text, None

    def first(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """`pattern.search(text, lo, hi)` for `pattern` = `change_object`."""
        if self._at is None:
            self._at = [m.start() for m in _entity_words().change_object_start.finditer(self._text)]
        at = self._at
        for i in range(bisect.bisect_left(at, lo), len(at)):
            if at[i] >= hi:
                break
            m = pattern.match(self._text, at[i], hi)
            if m is not None:
                return m
        return None


def _change_object(text: str, f: Found, starts: _ObjectStarts | None = None) -> str | None:
    """`cut its workforce by 1,200 to 8,000`, `expanded its fleet to 120`: a bare count after the role
    word of a change verb's object counts that object (a plural noun, or a body: workforce, headcount).
    `starts`: the document's `_ObjectStarts` (the same answer, faster)."""
    w = _entity_words()
    if f.kind != "count" or f.unit or not w.change_role.search(text, (f.start - 6 if f.start > 6 else 0), f.start):
        return None
    lo = (f.start - 90 if f.start > 90 else 0)
    m = w.change_object.search(text, lo, f.start) if starts is None else starts.first(w.change_object, lo, f.start)
    if not m or m.group("v").lower() not in w.change_verbs:
        return None
    noun = m.group("n")
    if not noun.islower() or noun in w.level:
        return None  # `raise the troop levels from 7,000 to 26,000 soldiers`: a level, not what is counted
    return noun if _plural_noun(noun) or noun in _NOUNS_BEFORE else None
