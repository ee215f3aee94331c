"""Ages: a figure that is an age in years is a measure in years, whoever it is the age of.

`aged 45`, `voters under 30`, `people older than 65` (counts the finder read), and `children aged
<5 years`, `the median age was 39 years` (spans of years the finder read as durations). Words from
`lang/<lang>/ages.json`. Used by context.attach_entities.

>>> from .mention import Found
>>> text = "Cases were highest among children aged <5 years."
>>> f = age_span(text, Found(39, 47, "duration", 5.0, None, 5.0, "<", "year", duration="P5Y"))
>>> (f.kind, f.unit, f.duration, f.entity)
('measure', 'year', None, 'children')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lang import table
from .mention import Found, replace


@dataclass(frozen=True, slots=True)
class _AgeWords:
    age_words: tuple[tuple[str, ...], ...]  # longest first
    people: frozenset[str]
    bounds: tuple[str, ...]
    older: dict[str, str]  # `older than` -> ">"
    max_age: float
    group: re.Pattern[str]  # `-strong` after a count
    age_tokens: frozenset[str]  # the one-word age words: `aged`, `age`
    not_between: frozenset[str]  # `during`: another phrase between an age word and a span
    unit_after: re.Pattern[str]  # `aged 19-35 months`: the unit of time written after the figure
    units: dict[str, str]  # `months` -> "month"
    range_after_age: re.Pattern[str]  # `median age was 39 years (range: `: a spread of ages opens before the figure


@cache
def age_words(lang: str = "en") -> _AgeWords:
    t = table(lang, "ages")
    suffixes = "|".join(re.escape(x) for x in t["group_suffixes"])
    return _AgeWords(
        age_words=tuple(sorted((tuple(p.split()) for p in t["age_words"]), key=len, reverse=True)),
        people=frozenset(t["people"]), bounds=tuple(t["bounds"]), older=dict(t["older"]),
        max_age=float(t["max_age"]), group=re.compile(rf"[-\u2010\u2011 \u00a0](?:{suffixes})\b", re.IGNORECASE),
        age_tokens=frozenset(p for p in t["age_words"] if " " not in p), not_between=frozenset(t["not_between"]),
        unit_after=re.compile(r"[ \u00a0]+(" + "|".join(sorted(map(re.escape, t["units"]), key=len, reverse=True)) + r")\b",
                              re.IGNORECASE),
        units={k.lower(): v for k, v in t["units"].items()},
        range_after_age=re.compile(
            r"\b(?:" + "|".join(sorted(map(re.escape, t["age_words"]), key=len, reverse=True)) + r")\b[^()]{0,60}\(\s*(?:"
            + "|".join(sorted(map(re.escape, t["range_labels"]), key=len, reverse=True)) + r")\s*[:,=]?[^()\d]{0,12}$", re.IGNORECASE),  # `(range: less than 1-87 years)`: a bound word may stand between
    )


def _words_before(text: str, pos: int, n: int = 5) -> list[str]:
    """The last n words before `pos`, lower case, up to a punctuation mark."""
    window = text[(pos - 50 if pos > 50 else 0) : pos]
    cut = max(map(window.rfind, ",;:()[]\"“”"))
    return [w.lower() for w in window[cut + 1 :].split()[-n:]]  # words: runs of non-space (str.split)


def age_of_count(text: str, f: Found) -> Found | None:
    """A count that is an age in years: `aged 45`, `voters under 30`, `people older than 65`."""
    if f.kind != "count" or f.unit is not None:
        return None
    tail = text[(f.start - 50 if f.start > 50 else 0) : f.start].rsplit(None, 1)[-1:]  # `_words_before`'s last word, when
    if not tail or (tail[0].lower() not in _last_words() and tail[0].isalpha()):  # no mark cuts it (a cheap test first)
        return None
    w = age_words()
    nums = [v for v in (f.value, f.low, f.high) if v is not None]
    if not nums or any(v < 0 or v > w.max_age or v != int(v) for v in nums):
        return None
    before = _words_before(text, f.start)
    if not before or before[-1] not in _last_words():
        return None  # each form below ends with the word before the figure: an age word, a person, `than`
    for phrase in w.age_words:  # `aged 45`, `children aged 8 to 17`
        if tuple(before[-len(phrase) :]) == phrase:
            who = before[-len(phrase) - 1] if len(before) > len(phrase) else None
            who = who if who in w.people else None
            return _in_unit(text, replace(f, kind="measure", unit="year", entity=_as_written(text, f.start, who)))
    bound = text[f.start : f.end].lower().split(" ")[0]
    if f.qualifier in ("<", ">", "<=", ">=") and bound in w.bounds and before and before[-1] in w.people:
        return _in_unit(text, replace(f, kind="measure", unit="year",  # voters under 30
                                      entity=_as_written(text, f.start, before[-1])))
    for phrase, q in w.older.items():
        n = len(phrase.split())
        if " ".join(before[-n:]) == phrase and len(before) > n and before[-n - 1] in w.people and f.qualifier == "=":
            low, high = (f.value, None) if q == ">" else (None, f.value)
            start = _rfind_lower(text, phrase.split()[0], (f.start - 40 if f.start > 40 else 0), f.start)  # the span takes its bound
            return _in_unit(text, replace(f, start=start if start >= 0 else f.start, kind="measure", unit="year",
                                          qualifier=q, low=low, high=high, entity=_as_written(text, f.start, before[-n - 1])))
    return None


def _in_unit(text: str, f: Found) -> Found:
    """An age read from a count, in the unit of time written after it, the span taking the word: `aged
    19-35 months` is in months, `aged 50-64 years` in years; with no unit written, years.

    >>> t = "Children aged 6-59 months and adults aged 50-64 years."
    >>> [(g.unit, t[g.start:g.end]) for g in (_in_unit(t, Found(14, 18, "measure", None, 6.0, 59.0, "range", "year")),
    ...                                       _in_unit(t, Found(42, 47, "measure", None, 50.0, 64.0, "range", "year")))]
    [('month', '6-59 months'), ('year', '50-64 years')]
    """
    m = age_words().unit_after.match(text, f.end)
    if m is None:
        return f
    return replace(f, end=m.end(), unit=age_words().units[m[1].lower()])


@cache
def _last_words() -> frozenset[str]:
    """The words one of `age_of_count`'s forms can end with, right before the figure."""
    w = age_words()
    return frozenset({p[-1] for p in w.age_words} | w.people | {p.split()[-1] for p in w.older})


def _as_written(text: str, pos: int, word: str | None) -> str | None:
    """`word` (found lower-cased) as the text writes it, from the nearest occurrence before `pos`."""
    if word is None:
        return None
    i = _rfind_lower(text, word, (pos - 60 if pos > 60 else 0), pos)
    return text[i : i + len(word)] if i >= 0 else word


def _rfind_lower(text: str, word: str, lo: int, hi: int) -> int:
    """`text.lower().rfind(word, lo, hi)`, lower-casing only `text[lo:hi]`, not the whole document per row."""
    i = text[lo:hi].lower().rfind(word)
    return lo + i if i >= 0 else -1


#: `6-8 weeks of age`, `children <5 years of age`: the age word written after the figure.
_OF_AGE = re.compile(r"\s+of\s+age\b", re.IGNORECASE)


def age_span(text: str, f: Found) -> Found | None:
    """A span of years, months or weeks that is an age: `children aged <5 years`, `the median age
    was 39 years`, `infants aged 6 months`, `6-8 weeks of age`."""
    if f.kind != "duration" or f.unit not in ("year", "month", "week", "day"):  # `(age 0-27 days)`
        return None
    if f.qualifier == "range" and age_words().range_after_age.search(
            text, max(0, f.start - 90), f.start):
        return replace(f, kind="measure", duration=None)  # `the median age was 39 years (range: <1--98 years)`
    before = _words_before(text, f.start, 6)
    ages = [i for i, w in enumerate(before) if w in age_words().age_tokens]
    if _OF_AGE.match(text, f.end):
        who = before[-1] if before and before[-1] in age_words().people else None
        return replace(f, kind="measure", duration=None, entity=_as_written(text, f.start, who))
    if not ages or age_words().not_between.intersection(before[ages[-1] + 1 :]):
        return None
    if f.unit == "day" and ages[-1] != len(before) - 1:
        return None  # days are an age only right after the age word (`aged <7 days`), not `age at onset within 9 days`
    i = ages[-1]
    who = before[i - 1] if i > 0 and before[i - 1] in age_words().people else None
    return replace(f, kind="measure", duration=None, entity=_as_written(text, f.start, who))
