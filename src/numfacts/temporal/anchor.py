"""Anchoring: dates whose year (or whole value) comes from another date of the text, not from
the reference date.

After the scan, these rows take their value from the dates written around them:

* a month or day written without a year takes the year of the same month written with one in
  its sentence (`4 days in September 1998 (September 13, 15 ...)`), and a list of months takes the
  year written after its last (`in January, February and March 2019`: each month of 2019);
* a surveillance week number (`week 51`, `MMWR week 12`, `epidemiologic week 8`) is the ISO week
  of the date it stands beside (`December 25, 1999 (week 51)` -> `1999-W51`), else the one the
  sentence's tense points to from the reference date (`peaked in week 51`: the latest up to it);
* an anaphoric period (`in the quarter`, `for the year`, `during the period`) is the period of
  that kind last named in the text before it (TimeML style); with none, it is no row.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator

from ..mention import Found, replace
from .calendar import iso_week
from .patterns import MONTH_WORDS, WEEKDAY, WEEKDAYS
from .resolve import _Ctx, _found, _sentence_bounds, _tense, sentence_stops
from .words import WEEKDAY_ANCHOR_WORDS

_WRITTEN_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")
_MONTH_NAME = re.compile(r"\b(?i:" + MONTH_WORDS + r")\b")
_MONTH_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)(?P<rest>(?:-\d\d)?)")
#: What may stand between the months of a list: `January, February, and March 2019`.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\s*")
_WEEK = re.compile(r"(?:(?:MMWR|CDC|epidemiologic(?:al)?)\s+)?weeks?\s+(?P<n>\d{1,2})$", re.IGNORECASE)


def _h_week_number(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`week 51`: the ISO week of that number that the sentence's tense points to (past: the latest
    up to the reference date; future: the next; no tense: the reference date's year). `anchor_dates`
    moves it to the year of the date it stands beside."""
    text, ref, _ = ctx
    n = int(m["n"])
    if not 1 <= n <= 53:
        return []
    date = None
    if ref is not None:
        tense, now = _tense(text, m.start(), m.end()), ref.isocalendar()[1]
        year = ref.year
        if tense == "past" and n > now:
            year -= 1
        elif tense == "future" and n < now:
            year += 1
        date = _week_value(year, n)
    return [_found(m.start(), m.end(), "date", date=date)]


def _week_value(year: int, n: int) -> str | None:
    try:
        dt.date.fromisocalendar(year, n, 1)
    except ValueError:
        return None
    return f"{year}-W{n:02d}"


def _h_anaphor(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`in the quarter`, `that year`: a row without a value yet; `anchor_dates` gives it the period last named."""
    return [_found(m.start("the") if m["the"] else m.start("that"), m.end(), "date", modifier="ANAPHOR")]


def _written_month(text: str, f: Found) -> tuple[int, bool] | None:
    """(month, year written?) of a month- or day-level date row that names its month (not
    `Christmas`, not `three weeks later`)."""
    if f.kind != "date" or not f.date or f.qualifier == "range" or not _MONTH_NAME.search(text, f.start, f.end):
        return None
    m = _MONTH_DATE.fullmatch(f.date)
    if not m:
        return None
    return int(m["m"]), bool(_WRITTEN_YEAR.search(text, f.start, f.end))


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: A month, or a month and its day, written alone (not `last September`, `Thursday April 6`).
_BARE_MONTH_DAY = re.compile(r"(?i:" + MONTH_WORDS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?i:" + MONTH_WORDS + r")")


def _with_year(f: Found, year: str) -> Found:
    return replace(f, date=year + f.date[4:])


def _month_years(text: str, found: list[Found]) -> list[Found]:
    """Months and days without a written year take the year written with the same month earlier in
    the sentence (or earlier in the text, when no other year was written since), or the year after
    the last month of their list."""
    out = list(found)
    months = [_written_month(text, f) for f in out]
    # list_end[i]: the month with a written year that ends the list row i stands in (linear, from the end)
    list_end: list[int | None] = [None] * len(out)
    for i in range(len(out) - 2, -1, -1):
        nxt = months[i + 1]
        if months[i] and nxt and len(out[i + 1].date or "") == 7 and _LIST_GAP.fullmatch(text, out[i].end, out[i + 1].start):
            list_end[i] = i + 1 if nxt[1] else list_end[i + 1]
    written: dict[int, int] = {}  # month -> the last row so far that names it with its year
    last_year: str | None = None  # the year of the last row so far that writes one
    stops: tuple[int, ...] | None = None
    for i, f in enumerate(out):
        got = months[i]
        if got is None:
            if f.kind == "date" and f.date and _WRITTEN_YEAR.search(text, f.start, f.end):
                last_year = f.date[:4]
                if f.qualifier == "range" and _MONTH_NAME.search(text, f.start, f.end) and _MONTH_DATE.match(f.date):
                    written[int(f.date[5:7])] = i  # `August 17 and 18, 1998`: August's year
            continue
        month = got[0]
        if got[1]:
            last_year = out[i].date[:4]
            if not _SINCE_BEFORE.search(text, max(0, f.start - 8), f.start):  # `since June 1983`: a record's date,
                written[month] = i  # no year for the month after it (`463,000 in June`)
            else:
                written.pop(month, None)
            continue
        s0, _ = _sentence_bounds(text, f.start, f.end)  # (the stops of the whole document only where counted)
        k = written.get(month)  # the same month, with its year, earlier in the sentence (rows do not overlap)
        if k is not None:
            if out[k].end > s0:
                out[i] = _with_year(f, out[k].date[:4])
            elif out[k].date[:4] == last_year and bisect.bisect_left(stops := sentence_stops(text) if stops is None else stops, f.start) \
                    - bisect.bisect_left(stops, out[k].end) <= 2 \
                    and _BARE_MONTH_DAY.fullmatch(text, f.start, f.end) and _tense(text, f.start, f.end) != "future":
                # `In August 1998, ... On August 17, the manager was told`: the month's year, written in the
                # two sentences before and not followed by another year, as TimeML anchors it
                out[i] = _with_year(f, last_year)
        elif i == 0 or out[0].end > s0:  # (as before: only when no earlier row ends before the sentence)
            j = list_end[i]  # a list of months whose last one has the year: January, February and March 2019
            if j is not None and len(f.date) == 7 and month < months[j][0]:
                out[i] = _with_year(f, out[j].date[:4])
    return out


def _week_match(text: str, f: Found) -> re.Match[str] | None:
    """The `week 51` written by a week-number row (None for other rows)."""
    if f.kind != "date" or not f.date or "-W" not in f.date:
        return None
    return _WEEK.match(text[f.start : f.end])


def _week_years(text: str, found: list[Found]) -> list[Found]:
    """A week number beside a date (`December 25, 1999 (week 51)`) is a week of that date's year."""
    out = list(found)
    stops: tuple[int, ...] | None = None
    for i, f in enumerate(out):
        week = _week_match(text, f)
        if week is None:
            continue
        n = int(week["n"])
        stops = sentence_stops(text) if stops is None else stops
        s0, _ = _sentence_bounds(text, f.start, f.end, stops=stops)
        for k in range(i - 1, -1, -1):
            prev = out[k]
            if prev.end <= s0 or f.start - prev.end > 40:
                break
            m = _MONTH_DATE.fullmatch(prev.date or "") if prev.kind == "date" else None
            if m:
                year, month = int(m["y"]), int(m["m"])
                year += 1 if month == 12 and n <= 5 else -1 if month == 1 and n >= 48 else 0
                value = _week_value(year, n)
                if value:
                    out[i] = replace(f, date=value)
                break
    return out


_QUARTER = re.compile(r"(?:FY)?\d{4}-[QH]\d")
_QUARTER_MONTHS = re.compile(r"(?P<y1>\d{4})-(?P<m1>\d\d)/(?P<y2>\d{4})-(?P<m2>\d\d)")
_YEARISH = re.compile(r"(?:FY)?(?P<y>\d{4})(?:-(?:[QH]\d|\d\d(?:-\d\d)?|SP|SU|FA|WI))?")
_PERIOD = re.compile(r"[^/]+/[^/]+")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘(])|\n")
#: How far back (characters) the antecedent of `the quarter` / `the year` / `the period` may stand.
_REACH = {"quarter": 1500, "year": 400, "period": 600, "month": 400}


def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of `text` end (`shift_relatives` and `resolve_anaphors` each find them
    once, on their first row that needs them; no memo outlives the call)."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _antecedent(word: str, prev: Found) -> str | None:
    """The value `the quarter` / `the year` / `the period` takes from an earlier row, if it can:
    a quarter; the year of a year, quarter, half, month or day; a range of dates."""
    value = prev.date or ""
    if prev.kind != "date" or not value or prev.modifier == "ANAPHOR":
        return None
    if word == "quarter":
        q = _QUARTER_MONTHS.fullmatch(value)  # July-September: a calendar quarter written as its months
        if q and q["y1"] == q["y2"] and int(q["m1"]) % 3 == 1 and int(q["m2"]) == int(q["m1"]) + 2:
            return f"{q['y1']}-Q{(int(q['m1']) + 2) // 3}"
        return value if _QUARTER.fullmatch(value) and "-Q" in value else None
    if word == "year":
        m = _YEARISH.fullmatch(value)
        return value[: m.end("y")] if m else None
    if word == "month":  # that (same) month: a month named before, or the month of a day
        m = _MONTH_DATE.match(value)
        return value[:7] if m and value[7:8] in ("", "-", "T") and "/" not in value else None
    return value if _PERIOD.fullmatch(value) else None  # the period: a range


def resolve_anaphors(text: str, found: list[Found]) -> list[Found]:
    """The rows with each anaphoric period given the value of the period of its kind last named
    before it (after ranges are joined: `March 1 through April 30 ... during the period`)."""
    out: list[Found] = []
    ends: list[int] | None = None
    for f in found:
        if f.modifier != "ANAPHOR":
            out.append(f)
            continue
        word = text[f.start : f.end].split()[-1].lower()
        ends = _sentence_ends(text) if ends is None else ends
        value = None
        here = bisect.bisect_left(ends, f.start)
        for k in range(len(out) - 1, -1, -1):
            p = out[k]
            if f.start - p.end > _REACH[word] or here - bisect.bisect_left(ends, p.end) > 1:
                break  # too far back: a quarter 1,500 characters, a year this or the previous sentence
            if text[p.end : f.start].strip().lower() == "of":
                continue  # `April 13 of that year`: the date the anaphor completes, not its antecedent
            value = _antecedent(word, p)
            if value:
                break
        if value:
            out.append(replace(f, date=value, modifier=None))
    return out


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_YEAR_VALUE = re.compile(r"\d{4}")
_WEEK_VALUE = re.compile(r"\d{4}-W\d\d(?P<we>-WE)?")


def _coarser(prev: str, value: str) -> bool:
    """Is `prev` a year in passing that a week `value` cannot count from (`since 1985, and was indicted
    the following week`)? A month is not passed over: it is likely the period counted from (`hijacked in
    February and released forty days later` stays on ref), nor is a year before a day (`the first sitting
    in 2006 ... the next day of sitting`)."""
    return bool(_YEAR_VALUE.fullmatch(prev)) and bool(_WEEK_VALUE.fullmatch(value))


def _monday(value: str) -> dt.date:
    """The Monday of the ISO week of a day (`2001-02-18`) or of a week (`2001-W07`)."""
    if value[5:6] == "W":
        return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    day = dt.date.fromisoformat(value[:10])
    return day - dt.timedelta(days=day.weekday())


def _shifted(value: str, ref: dt.date, prev: str) -> str | None:
    """`value` (reckoned from `ref`) moved to the same distance from the earlier date `prev`, at
    the granularity of `value`: a day, a month or a year; None when `prev` is too coarse."""
    if _DAY_VALUE.match(value) and value[10:11] in ("", "T"):  # a day, or a day's part: 2002-04-09TMO
        if not _DAY_VALUE.match(prev):
            return None
        delta = dt.date.fromisoformat(value[:10]) - ref
        return (dt.date.fromisoformat(prev[:10]) + delta).isoformat() + value[10:]
    week = _WEEK_VALUE.fullmatch(value)
    if week:  # the following week (weekend): as many weeks from a day (or week) named before
        if not _DAY_VALUE.match(prev) and not _WEEK_VALUE.match(prev):
            return None
        weeks = (_monday(value) - _monday(ref.isoformat())).days // 7
        if week["we"] and weeks >= 0 and ref.weekday() < 5:
            weeks += 1  # the following weekend, read from a weekday: that week's own
        if week["we"] and weeks > 0 and _DAY_VALUE.match(prev) and dt.date.fromisoformat(prev[:10]).weekday() < 5:
            weeks -= 1  # ... and so from a weekday of the text (a Wednesday's following weekend: its Saturday)
        return iso_week(_monday(prev) + dt.timedelta(weeks=weeks)) + (week["we"] or "")
    quarter = _QUARTER_VALUE.fullmatch(value)
    if quarter:  # the previous quarter: the quarter before one named (`the third quarter`, `the July-September quarter`,
        # `el tercer trimestre`), or before the quarter of a month named (`the quarter to June`)
        got = _quarter_of(prev) or ((int(m["y"]), (int(m["m"]) - 1) // 3 + 1) if (m := _MONTH_DATE.match(prev)) else None)
        if got is None:
            return None
        n = int(value[:4]) * 4 + int(quarter["n"]) - (ref.year * 4 + (ref.month - 1) // 3 + 1)
        idx = got[0] * 4 + got[1] - 1 + n
        return f"{idx // 4}-Q{idx % 4 + 1}"
    if _MONTH_VALUE.fullmatch(value):
        if not _MONTH_VALUE.match(prev) or prev[7:8] not in ("", "-", "T"):
            return None
        n = (int(value[:4]) - ref.year) * 12 + int(value[5:7]) - ref.month
        idx = int(prev[:4]) * 12 + int(prev[5:7]) - 1 + n
        return f"{idx // 12}-{idx % 12 + 1:02d}"
    if _YEAR_VALUE.fullmatch(value):
        m = _YEARISH.match(prev)
        return str(int(m["y"]) + int(value) - ref.year) if m and m.group(0)[:2] != "FY" else None
    return None


#: How far back (characters) `the previous March`, `the same month a year earlier`, `the following Tuesday` look for
#: the period they count from (their sentence or the one before; a text without stops reads no further).
_ANCHOR_REACH = 600


def _in_reach(f: Found, out: list[Found], here: int, ends: list[int]) -> Iterator[Found]:
    """The rows before `f` that its anchor may count from, nearest first: in its sentence (`here`, an index into the
    sentence `ends`) or the one before, and within `_ANCHOR_REACH` characters."""
    for p in reversed(out):
        if here - bisect.bisect_left(ends, p.end) > 1 or f.start - p.end > _ANCHOR_REACH:
            return
        yield p
_QUARTER_VALUE = re.compile(r"\d{4}-Q(?P<n>[1-4])")


def _quarter_of(value: str) -> tuple[int, int] | None:
    """(year, quarter) of a quarter (`2019-Q3`) or of the months of one (`2018-07/2018-09`), else None."""
    if (q := _QUARTER_VALUE.fullmatch(value)):
        return int(value[:4]), int(q["n"])
    q = _QUARTER_MONTHS.fullmatch(value)
    if q and q["y1"] == q["y2"] and int(q["m1"]) % 3 == 1 and int(q["m2"]) == int(q["m1"]) + 2:
        return int(q["y1"]), (int(q["m1"]) + 2) // 3
    return None


_MONTH_WORD_END = re.compile(r"(?i:" + MONTH_WORDS + r")\.?\Z")


def _same_month_before(text: str, f: Found, out: list[Found], here: int, ends: list[int]) -> str | None:
    """`the previous March` after a March of its sentence or the one before: the March a year before it."""
    word = _MONTH_WORD_END.search(text, f.start, f.end)
    if word is None or not f.date:
        return None
    month, latest = f.date[5:7], None  # (the latest of them: `February 2011 ... February 2010 ... the previous February`)
    for p in _in_reach(f, out, here, ends):
        if p.kind == "date" and p.date and p.qualifier != "range" and _MONTH_DATE.match(p.date) and p.date[5:7] == month \
                and _MONTH_NAME.search(text, p.start, p.end) and not _BASE_BEFORE.search(text, max(0, p.start - 8), p.start):
            latest = max(latest or 0, int(p.date[:4]))
    return f"{latest - 1}-{month}" if latest else None


def _same_period(text: str, f: Found, out: list[Found], here: int, ends: list[int]) -> str | None:
    """`the same month a year earlier`, `the same quarter of 2021`: the period of that kind named last in its
    sentence or the one before, in the year written (else the year before that period's)."""
    noun = _SAME_NOUN.search(text, f.start, f.end)
    year = _WRITTEN_YEAR.search(text, f.start, f.end)
    if noun is None:
        return None
    kind = noun.group(1).lower()
    for p in _in_reach(f, out, here, ends):
        if p.kind != "date" or not p.date or p.qualifier == "range" and kind != "quarter" \
                or _BASE_BEFORE.search(text, max(0, p.start - 8), p.start):
            continue  # (`fell in December from November ... from the same month a year earlier`: December's, not the base's)
        if kind == "month" and _MONTH_DATE.fullmatch(p.date) and not p.date[7:]:
            suffix = p.date[4:]
        elif kind == "quarter" and (q := _quarter_of(p.date)):
            suffix = f"-Q{q[1]}"
        elif kind == "half" and re.fullmatch(r"\d{4}-H[12]", p.date):
            suffix = p.date[4:]
        else:
            continue
        return (year.group() if year else str(int(p.date[:4]) - 1)) + suffix
    return None


#: A period after these words is the base of a comparison, not the period of the figures (`rose in May from April`).
_BASE_BEFORE = re.compile(r"\b(?:from|than|over|versus|vs\.?)\s+(?:the\s+)?\Z", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(r"\b(?P<rel>" + "|".join(sorted(WEEKDAY_ANCHOR_WORDS, key=len, reverse=True)) + r")\s+(?P<wd>(?i:"
                            + WEEKDAY + r"))\b", re.IGNORECASE)


def _weekday_from(f: Found, weekday: re.Match[str], out: list[Found], here: int, ends: list[int]) -> str | None:
    """`the following Tuesday` after a day of its sentence or the one before: the first Tuesday after that day
    (`the previous Tuesday`: the last before it), its part of the day kept."""
    want = WEEKDAYS[weekday["wd"].lower()]
    for p in _in_reach(f, out, here, ends):
        if p.kind in ("date", "time") and p.date and p.qualifier != "range" and _DAY_VALUE.match(p.date):
            day = dt.date.fromisoformat(p.date[:10])
            step = (want - day.weekday()) % 7 or 7
            got = day + dt.timedelta(days=step if WEEKDAY_ANCHOR_WORDS[weekday["rel"].lower()] > 0 else step - 7)
            return got.isoformat() + (f.date[10:] if f.date else "")
    return None


_SAME_NOUN = re.compile(r"\bsame\s+(month|quarter|half)\b", re.IGNORECASE)


def shift_relatives(text: str, found: list[Found], ref: dt.date | None) -> list[Found]:
    """Dates counted from a date of the text (`the next day`, `the day before`, `two days later`,
    `the following year`), as TimeML anchors them: moved from the reference date to the last date
    named before them in their sentence or the one before; with none, they stay on the reference date."""
    out: list[Found] = []
    ends: list[int] | None = None
    for f in found:
        if f.modifier != "SHIFT":
            out.append(f)
            continue
        f = replace(f, modifier=None)
        if ref is not None and f.date:
            ends = _sentence_ends(text) if ends is None else ends
            here = bisect.bisect_left(ends, f.start)
            weekday = _WEEKDAY_AFTER.search(text, f.start, f.end)
            named = _same_period(text, f, out, here, ends) if _SAME_NOUN.search(text, f.start, f.end) \
                else _weekday_from(f, weekday, out, here, ends) if weekday else _same_month_before(text, f, out, here, ends)
            if named or weekday or _MONTH_WORD_END.search(text, f.start, f.end) or _SAME_NOUN.search(text, f.start, f.end):
                out.append(replace(f, date=named) if named else f)  # (a month or a same period: never counted as a shift)
                continue
            for p in reversed(out):
                if here - bisect.bisect_left(ends, p.end) > 1:
                    break
                if p.kind in ("date", "time") and p.date and p.date[0].isdigit() and (p.qualifier != "range" or _quarter_of(p.date)):
                    value = _shifted(f.date, ref, p.date)
                    if value:
                        f = replace(f, date=value)
                        break
                    if not _coarser(p.date, f.date):
                        break  # a date of the text it cannot count from: it stays on the reference date
                    # a year in passing (`since 1985, and was indicted the following week`): look further back
        out.append(f)
    return out


def anchor_dates(text: str, found: list[Found]) -> list[Found]:
    """The rows (in text order) with the years of months, days and weeks anchored on the dates
    written beside them."""
    return _week_years(text, _month_years(text, found))


__all__ = ["anchor_dates", "resolve_anaphors", "shift_relatives"]
