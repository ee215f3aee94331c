"""The document's own date, when the corpus gives none: a dateline, else the latest full date."""

from __future__ import annotations

import datetime as dt
import re

from ..triggers import candidate_starts
from .resolve import _is_future, _month_of, _valid
from .scan import find_temporal

_DATELINE_RE = re.compile(
    r"""\A\W*(?:[A-Z][A-Za-z.'’ -]{1,40},\s*(?:[A-Z][A-Za-z.' -]{1,30},\s*)?)?   # WASHINGTON, D.C.,
        (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?
        (?P<mon>january|february|march|april|may|june|july|august|september|october|november|december
               |jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?P<day>\d{1,2})\b
        (?:,?\s+(?P<year>(?:19|20)\d\d))?""",
    re.IGNORECASE | re.VERBOSE,
)


#: A year as a full date writes it: four digits, or two after an apostrophe or a date's separator
#: (`Dec. 11 '16`, `12/11/16`, `11.12.16`).
_YEARISH = re.compile(r"(?<!\d)\d{4}(?!\d)|['’/.-]\d\d(?!\d)")

#: How far before its year a full date may start (`Sunday, the 11th of December, 2016` is 34).
_DATE_REACH = 64


def _near_years(text: str, starts: list[int] | None) -> list[int] | None:
    """The temporal finder's candidate starts that a year follows closely: the only places a full
    date can start. The scan for a reference date reads just those (a third of the finder's time
    on news otherwise went to reading, twice, every expression a document has)."""
    if starts is None:
        return None
    years = [m.start() for m in _YEARISH.finditer(text)]
    out, j = [], 0
    for p in starts:
        while j < len(years) and years[j] < p:
            j += 1
        if j < len(years) and years[j] - p <= _DATE_REACH:
            out.append(p)
    return out


def infer_reference_date(text: str, *, day_first: bool = False, candidates: list[int] | None = None) -> dt.date | None:
    """The document's own date: a dateline, else the latest full date written in the text.

    >>> infer_reference_date("WASHINGTON, Dec. 11 (Reuters) - On December 9, 2016, ...")
    datetime.date(2016, 12, 11)
    >>> infer_reference_date("Sunday, December 11, 2016\\nAleppo ...")
    datetime.date(2016, 12, 11)
    >>> infer_reference_date("It happened on 1 June 2011 and on 3 May 2012."), infer_reference_date("No date.")
    (datetime.date(2012, 5, 3), None)
    >>> infer_reference_date("Filed 03/04/2016."), infer_reference_date("Filed 03/04/2016.", day_first=True)
    (datetime.date(2016, 3, 4), datetime.date(2016, 4, 3))

    `candidates`: the document's `numfacts.triggers.candidate_starts`, when the caller has them.
    """
    full = []
    starts = candidate_starts(text) if candidates is None else candidates
    for f in find_temporal(text, None, day_first=day_first, candidates=_near_years(text, starts)):
        if f.kind == "date" and f.date and re.fullmatch(r"\d{4}-\d\d-\d\d", f.date) and f.date != "2001-09-11":
            full.append((f.start, dt.date.fromisoformat(f.date)))
    m = _DATELINE_RE.match(text[:300])
    if m:
        month, day = _month_of(m["mon"]), int(m["day"])
        if m["year"]:
            year: int | None = int(m["year"])
        else:
            years = [d.year for _, d in full]
            year = max(years) if years else None
        if year is not None and _valid(year, month, day):
            return dt.date(year, month, day)
    if full and full[0][0] < 200 and not text[: full[0][0]].strip(" \t\n,.-–—|"):
        return full[0][1]  # the text opens with its date
    past = [d for pos, d in full if not _is_future(text, pos, pos + 1)]  # not a date still to come
    return max(past or [d for _, d in full]) if full else None
