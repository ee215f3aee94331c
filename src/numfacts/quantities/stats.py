"""Step 6, statistics as health and science reports write them: bare figures that are ratios.

- After the name of a ratio statistic a figure is that ratio: `odds ratio [OR]=28.2`, `aOR = 2.4`
  (an abbreviation counts only as written, with `=`/`:` or at the start of an aside, so that the
  word `or` never does).
- A confidence interval takes the kind and unit of the estimate just before it in the same aside:
  `(OR=28.2; 95 CI=13.3--59.8)` is a range of ratios, `45% (95% CI=40--50)` one of percentages.
- Figures in an aside right after a rate that has no figure of its own are rates:
  `injury rates per 100,000 persons (1,848 and 1,122, respectively)` -> 0.01848 and 0.01122.

>>> from .. import quantities
>>> [(f.kind, f.value, f.low, f.high) for f in quantities.find_quantities("(odds ratio [OR]=28.2; 95 CI=13.3--59.8)", [])]
[('ratio', 28.2, None, None), ('count', 95.0, None, None), ('ratio', None, 13.3, 59.8)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .._regex import lazy
from ..mention import Found
from .words import Q, alt, lower_words, may_hold

_NAME = lazy(rf"\b{alt(Q['ratio_statistic_names'])}(?:[ \u00a0]*[(\[][^()\[\]]{{1,12}}[)\]])?[ \u00a0]*"
                   rf"(?:[=:]|{alt(Q['ratio_statistic_links'])}(?=[ \u00a0]))?[ \u00a0]*$",
                   re.IGNORECASE)
_ABBR = re.compile(rf"(?:(?<![\w.]){alt(Q['ratio_statistic_abbreviations'])}[ \u00a0]*[=:][ \u00a0]*"
                   rf"|[(\[;][ \u00a0]*{alt(Q['ratio_statistic_abbreviations'])}[ \u00a0]+)$")
_INTERVAL = re.compile(rf"(?<![\w.]){alt(Q['interval_words'])}[ \u00a0]*[=:,]?[ \u00a0]*$")
_LEVEL = re.compile(rf"[ \u00a0]*{alt(Q['interval_words'])}[ \u00a0]*[=:,]?[ \u00a0]*")
_RATE_ASIDE = re.compile(rf"\b{alt(Q['rate_words'])}[ \u00a0]+(\d{{1,3}}(?:,\d{{3}})+|\d+)"
                         r"(?:[ \u00a0]+[A-Za-z][\w-]*){0,3}[ \u00a0]*\([^()]*$")


def read_statistics(text: str, found: list[Found]) -> list[Found]:
    """`found` with odds ratios, their confidence intervals and rates in an aside as ratios."""
    out = list(found)
    if not _may_apply(text):
        return out  # no name, abbreviation, interval word or rate aside anywhere: no rule below can fire
    spans: tuple[list[int], list[int], int] | None = None  # built on the first rate aside (spans never change here)
    for i, f in enumerate(out):
        if (f.kind in ("count", "percent") and f.entity is None and text[f.end : f.end + 1] == " "
                and _BARE.fullmatch(text, f.start, f.end) and _NAME_AFTER.match(text, f.end)):
            out[i] = replace(f, kind="ratio", unit=None)  # `with a 2.43 bid-to-cover`: the statistic named after its figure
            continue
        if f.kind != "count" or f.entity is not None:
            continue
        before = text[max(0, f.start - 40) : f.start]
        last = before.rstrip(" \u00a0")[-1:]
        maybe = last in _ANY_LAST or not last.isascii()  # what every `_may_end` below looks at first
        if maybe and (_may_end(before, "=:", _NAME_LAST) and may_hold(_NAME_LOWER, before) and _NAME.search(before)
                      or _may_end(before, "", _ABBR_LAST, "=:")
                      and _ABBR.search(before)):
            out[i] = replace(f, kind="ratio")
            continue
        if maybe and i > 0 and _may_end(before, "=:,", _INTERVAL_LAST) and _INTERVAL.search(before):
            j = i - 1
            if _LEVEL.fullmatch(text, out[j].end, f.start) and j > 0:
                j -= 1  # `95% CI=`: the confidence level stands between the estimate and the interval
            est = out[j]
            if est.kind in ("ratio", "percent") and f.start - est.end < 40 and ")" not in text[est.end : f.start]:
                out[i] = replace(f, kind=est.kind, unit=est.unit)
            continue
        lo = max(0, f.start - 80)  # an aside still open before the figure: a `(` after the last `)`
        rate = _RATE_ASIDE.search(text, lo, f.start) if text.rfind("(", lo, f.start) > text.rfind(")", lo, f.start) else None
        if rate is None:
            continue
        spans = _by_start(out) if spans is None else spans
        if not _in_ratio(out, spans, rate.start()):
            base = float(rate.group(1).replace(",", ""))
            scaled = {k: (v / base if v is not None else None) for k, v in (("value", f.value), ("low", f.low),
                                                                            ("high", f.high))}
            out[i] = replace(f, kind="ratio", **scaled)
    return out


#: A statistic's name right after a figure (`a 2.43 bid-to-cover`, `a 1.8 odds ratio`): the figure is that ratio.
_BARE = re.compile(r"\d[\d.,]*")  # a figure written bare (a percentage carried to it from before included)
_NAME_AFTER = lazy(rf"[ \u00a0]+{alt(Q['ratio_statistic_names'])}(?![\w-])(?![ \u00a0]+{alt(Q['ratio_statistic_not_before'])}(?![\w-]))",
                   re.IGNORECASE)  # (not `5 relative risk factors`: a count of factors)
#: The last characters of the names `_NAME`, `_ABBR` and `_INTERVAL` end with (`_NAME` also after an
#: aside in brackets; it ignores case), for `_may_end`.
_NAME_LAST = frozenset({w[-1].lower() for w in Q["ratio_statistic_names"]} | {w[-1].upper() for w in Q["ratio_statistic_names"]}
                       | {w[-1] for w in Q["ratio_statistic_links"]} | {")", "]"})
#: The last words of the names `_NAME` reads (`ratio`, `risk`): one of them is in every window it matches in.
_NAME_LOWER = lower_words({w.split()[-1] for w in Q["ratio_statistic_names"]})
_ABBR_LAST = frozenset(w[-1] for w in Q["ratio_statistic_abbreviations"])
_INTERVAL_LAST = frozenset(w[-1] for w in Q["interval_words"])
#: Any character after which one of the three may end (the marks included): none of them, no search.
_ANY_LAST = _NAME_LAST | _ABBR_LAST | _INTERVAL_LAST | frozenset("=:,")


#: A token of every word each rule needs, as written (`_ABBR`, `_INTERVAL` heed case) and in lower case
#: (`_NAME`, `_NAME_AFTER`, `_RATE_ASIDE` ignore it): a word a pattern matches holds each of its tokens.
_CASED_TOKENS = tuple(sorted({w.split()[0] for w in (*Q["ratio_statistic_abbreviations"], *Q["interval_words"])}))
_NAME_TOKENS = tuple(sorted({w.split()[-1].lower() for w in Q["ratio_statistic_names"]}))
_RATE_TOKENS = tuple(sorted({w.split()[-1].lower() for w in Q["rate_words"]}))


def _may_apply(text: str) -> bool:
    """Can any rule of `read_statistics` fire in `text`: a cheap test of the whole document for the words
    they need (a non-ASCII text is always read: case folding there is the patterns' own)."""
    if not text.isascii() or any(w in text for w in _CASED_TOKENS):
        return True
    low = text.lower()
    return any(w in low for w in _NAME_TOKENS) or ("(" in text and any(w in low for w in _RATE_TOKENS))


def _may_end(before: str, marks: str, last: frozenset[str], alone: str = "") -> bool:
    """Can a pattern that ends `name [ ]*[marks]?[ ]*$` match the end of `before`: a cheap test of its
    last characters before the search (`alone`: marks that end a match whatever stands before them;
    a name right before the end needs a space after it then). Any other than ASCII is searched."""
    t = before.rstrip(" \u00a0")
    if t[-1:] in alone and t:
        return True
    if not alone and t[-1:] in marks and t:
        t = t[:-1].rstrip(" \u00a0")
    elif alone and len(t) == len(before):
        return False
    return t[-1:] in last or not t[-1:].isascii()


def _by_start(rows: list[Found]) -> tuple[list[int], list[int], int]:
    """(row indices in order of start, their starts, the longest row's length)."""
    order = sorted(range(len(rows)), key=lambda k: rows[k].start)
    return order, [rows[k].start for k in order], max((r.end - r.start for r in rows), default=0)


def _in_ratio(rows: list[Found], spans: tuple[list[int], list[int], int], pos: int) -> bool:
    """Is `pos` inside a row that is (now) a ratio? Only rows starting within the longest row's
    length before `pos` can hold it: a bisection, not a pass over every row (rate asides run on)."""
    order, starts, longest = spans
    lo, hi = bisect.bisect_left(starts, pos - longest), bisect.bisect_right(starts, pos)
    return any(rows[k].kind == "ratio" and pos < rows[k].end for k in order[lo:hi])
