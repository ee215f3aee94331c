"""Rows widened to TimeML's extent after the scan: a clock and the zone written in words after it
(`4 p.m. Eastern time`, `7 p.m. local time`), a range of months named as a quarter (`the April-June
quarter` -> `1998-Q2`). Words from the language table (`zone_regions`)."""

from __future__ import annotations

import re

from ..mention import Found, replace
from .anchor import _DAY_VALUE
from .words import (
    MONTHS,
    OCCURRENCE_SET_LEADS,
    WEEKDAYS,
    ZONE_BARE_REGIONS,
    ZONE_NOT_PLACE,
    ZONE_REGIONS,
    ZONE_STANDARD_DAYLIGHT,
)

_REGIONS = "|".join(sorted((r.replace(" ", r"\s+") for r in ZONE_REGIONS), key=len, reverse=True))
_SD = "|".join(ZONE_STANDARD_DAYLIGHT)
_NOT_PLACE = {*(w.lower() for w in WEEKDAYS), *(w.lower() for w in MONTHS), *ZONE_NOT_PLACE}
#: after a clock: `Eastern [Standard|Daylight] [Time]`, `local time`, `Baghdad time`
_ZONE_WORDS = re.compile(rf"""\s+(?:
    (?P<region>(?-i:{_REGIONS}))(?:\s+(?P<sd>{_SD}))?(?:(?P<time>\s+time)\b|(?!\s+(?-i:[A-Z])|[\w-]))
  | (?P<local>local\s+time)\b
  | (?P<place>(?-i:[A-Z][a-z]+))\s+time\b
)""", re.IGNORECASE | re.VERBOSE)
_BARE_CLOCK = re.compile(r"T\d\d:\d\d(?::\d\d)?$")
#: A weekday (`Thursday`, `next Monday`) or a month (`June 3`) that opens a day row.
_WEEKDAY_START = re.compile(r"(?:(?:next|last|this)\s+)?(?:" + "|".join(sorted({*WEEKDAYS, *MONTHS}, key=lambda w: (-len(w), w))) + r")\b",
                            re.IGNORECASE)


def zone_words(text: str, found: list[Found]) -> list[Found]:
    """A clock and the zone in words after it are one row; `Eastern Standard Time` gives its offset,
    `Eastern time` (standard or daylight: the date decides), `local time` and `Tokyo time` none.

    >>> t = "Polls closed at 7 p.m. Eastern Standard Time, and at 8 p.m. local time in Guam."
    >>> rows = [Found(16, 22, "time", date="1996-03-12T19:00"), Found(53, 59, "time", date="1996-03-12T20:00")]
    >>> [(t[f.start:f.end], f.date) for f in zone_words(t, rows)]
    [('7 p.m. Eastern Standard Time', '1996-03-12T19:00-05:00'), ('8 p.m. local time', '1996-03-12T20:00')]
    """
    out: list[Found] = []
    joined = -1  # the index of a day row taken into the clock before it
    for i, f in enumerate(found):
        if i == joined:
            continue
        m = _ZONE_WORDS.match(text, f.end) if f.kind == "time" and f.date and _BARE_CLOCK.search(f.date) else None
        if m is not None and m["place"] and m["place"].lower() in _NOT_PLACE:
            m = None
        if m is not None and m["region"] and not (m["sd"] or m["time"]) and m["region"] not in ZONE_BARE_REGIONS:
            m = None  # a bare region word: only the usual `4 o'clock Eastern`
        if m is None or (i + 1 < len(found) and found[i + 1].start < m.end()):
            out.append(f)
            continue
        date = f"{f.date}{_offset(m['region'], m['sd']) if m['region'] else ''}"
        day = found[i + 1] if i + 1 < len(found) else None
        if m["local"] and day is not None and day.kind == "date" and _DAY_VALUE.fullmatch(day.date or "") \
                and text[m.end() : day.start].isspace() and _WEEKDAY_START.match(text, day.start):
            # `9:45 a.m. local time Thursday`: the clock right before its day is one row, the time on that day
            out.append(replace(f, end=day.end, date=day.date + date[10:]))
            joined = i + 1
            continue
        out.append(replace(f, end=m.end(), date=date))
    return out


def _offset(region: str, sd: str | None) -> str:
    """The offset a region's words fix: the one `standard`/`daylight` names, or the one both share
    (`Greenwich Mean`); none where they differ and neither is written (`Eastern time`)."""
    key = next(k for k in ZONE_REGIONS if re.fullmatch(k.replace(" ", r"\s+"), region))
    standard, daylight = ZONE_REGIONS[key]
    if sd:
        return ZONE_REGIONS[key][ZONE_STANDARD_DAYLIGHT.index(sd.lower())]
    return standard if standard == daylight else ""


_QUARTER_AFTER = re.compile(r"\s+quarter\b(?:\s+of\s+(?P<year>(?:1[89]|20)\d\d)\b)?", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+(?:(?P<year>(?:1[89]|20)\d\d)\s+)?$", re.IGNORECASE)
_MONTH_RANGE = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


def month_quarters(text: str, found: list[Found]) -> list[Found]:
    """A range of months that is a calendar quarter, named as one, is that quarter: `the April-June
    quarter` -> `1998-Q2`, `the 2009 April–June quarter` -> `2009-Q2`, `the July-September quarter of 1997`.

    >>> t = "Profit rose in the 2009 April-June quarter."
    >>> rows = [Found(19, 23, "date", date="2009"), Found(24, 34, "date", date="1998-04/1998-06", qualifier="range")]
    >>> [(t[f.start:f.end], f.date, f.qualifier) for f in month_quarters(t, rows)]
    [('the 2009 April-June quarter', '2009-Q2', '=')]
    """
    out: list[Found] = []
    skip_to = -1
    for f in found:
        if f.start < skip_to:
            continue
        r = _MONTH_RANGE.fullmatch(f.date or "") if f.kind == "date" and f.qualifier == "range" else None
        after = _QUARTER_AFTER.match(text, f.end) if r else None
        if r is None or after is None or r[1] != r[3] or int(r[2]) % 3 != 1 or int(r[4]) != int(r[2]) + 2:
            out.append(f)
            continue
        before = _THE_BEFORE.search(text, max(0, f.start - 12), f.start)
        year = (after["year"] or (before["year"] if before else None)) or r[1]
        start = before.start() if before else f.start
        while out and out[-1].end > start:
            out.pop()  # the year written before: now part of the quarter
        skip_to = after.end()
        out.append(replace(f, start=start, end=after.end(), qualifier="=", date=f"{year}-Q{(int(r[2]) - 1) // 3 + 1}"))
    return out


_FISCAL_YEAR_AFTER = re.compile(r"\s+(?:fiscal|financial)\s+year\b(?![\s-]*(?:end|ending|ended)\b)", re.IGNORECASE)
_SPLIT_YEARS = re.compile(r"(\d{4})/(\d{4})")
_THE_YEAR_BEFORE = re.compile(r"(?<![\w-])the\s+year\s+$", re.IGNORECASE)


def year_extents(text: str, found: list[Found]) -> list[Found]:
    """A year or a split year named a fiscal year is that fiscal year, named by the year it ends in
    (docs/CONTRACT.md): `the 2002-03 fiscal year` -> `FY2003`, `the 1996 fiscal year` -> `FY1996`; a
    year after `the year` takes the words, as TimeML's extent (`by the year 2000`).

    >>> t = "The budget for the 2002-03 fiscal year was late; by the year 2000 it was not."
    >>> a, b = t.index("2002"), t.index("2000")
    >>> rows = [Found(a, a + 7, "date", date="2002/2003", qualifier="range"), Found(b, b + 4, "date", date="2000")]
    >>> [(t[f.start:f.end], f.date, f.qualifier) for f in year_extents(t, rows)]
    [('the 2002-03 fiscal year', 'FY2003', '='), ('the year 2000', '2000', '=')]
    """
    out: list[Found] = []
    for f in found:
        if f.kind != "date" or not f.date:
            out.append(f)
            continue
        split = _SPLIT_YEARS.fullmatch(f.date) if f.qualifier == "range" else None
        if (split and int(split[2]) == int(split[1]) + 1) or (f.date.isdigit() and len(f.date) == 4 and f.qualifier in (None, "=")):
            after = _FISCAL_YEAR_AFTER.match(text, f.end)
            if after is not None:
                before = _THE_BEFORE.search(text, max(0, f.start - 12), f.start)
                start = before.start() if before and not before["year"] else f.start
                out.append(replace(f, start=start, end=after.end(), qualifier="=", date="FY" + (split[2] if split else f.date)))
                continue
            if not split and _THE_YEAR_BEFORE.search(text, max(0, f.start - 12), f.start):
                out.append(replace(f, start=_THE_YEAR_BEFORE.search(text, max(0, f.start - 12), f.start).start()))  # type: ignore[union-attr]
                continue
        out.append(f)
    return out


#: (counted unit, set period) pairs that count occurrences (`two days a week`: on two days of each
#: week, one set, TimeML's SET with a frequency), not a length each time (`six hours a day` stays a
#: duration and a set, as the golds tag it)
_OCCURRENCES = {("day", "P1W"), ("day", "P1M"), ("day", "P1Y"), ("week", "P1Y"), ("month", "P1Y")}


_EACH = re.compile(rf"(?:{'|'.join(OCCURRENCE_SET_LEADS)})\s", re.IGNORECASE)  # `a week`, not `4 weeks annual leave`


def occurrence_sets(text: str, found: list[Found]) -> list[Found]:
    """`two days a week`, `nine months a year`: one set of the period, a count of days in it.

    >>> t = "Hearings are held two days a week."
    >>> rows = [Found(18, 26, "duration", value=2.0, unit="day", duration="P2D"), Found(27, 33, "set", duration="P1W")]
    >>> [(t[f.start:f.end], f.kind, f.duration) for f in occurrence_sets(t, rows)]
    [('two days a week', 'set', 'P1W')]
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (f.kind == "set" and prev is not None and prev.kind == "duration" and prev.qualifier == "="
                and (prev.unit, f.duration) in _OCCURRENCES and text[prev.end : f.start] == " "
                and _EACH.match(text, f.start)):
            out[-1] = replace(f, start=prev.start)
            continue
        out.append(f)
    return out
