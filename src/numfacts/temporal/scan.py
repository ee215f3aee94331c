"""The scan: one pass over the text finds every temporal expression.

One compiled scan (`patterns.TRIGGER`) finds the digits and the words that every temporal
expression contains; at the word starts just before each, the branches that can start with that
word (`patterns.DISPATCH`) are tried in priority order, and the first that matches is read by its
handler (`read_days`, `read_years`, `read_spans`). Overlaps are dropped, adjacent parts of one
expression merged, and clock times given their day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..mention import Found, replace
from ..quantities import soup_end
from ..triggers import triggers
from . import anchor as a
from . import read_days as d
from . import read_spans as s
from . import read_years as y
from . import widen as w
from .anchor import _MONTH_VALUE, _WRITTEN_YEAR, _YEAR_VALUE
from .patterns import (
    BRANCH_RE,
    DISPATCH,
    DISPATCH_WORD,
    FIRST_OF,
    FIRST_OF_AFTER,
    FIRST_OF_MIN,
    GATES,
    MONTH_WORDS,
    PART_BEFORE_RE,
    PART_DETERMINERS_RE,
    PRETESTS,
    TRIGGER,
    Gate,
    dispatch_key,
)
from .read_spans import part_hour
from .resolve import _Ctx, _Handler, _sentence_bounds, _tense
from .words import MODIFIERS, MONTHS, PARTS_OF_DAY, RANGE_WORDS, WEEKDAYS

#: A year or a month right before a dash: the start of a date range (`March-May 1999`, `1998-April`).
_DATE_BEFORE_DASH = re.compile(r"(?:\b(?:1\d|20)\d\d|\b(?i:" + MONTH_WORDS + r")\.?(?:\s+\d\d?(?:st|nd|rd|th)?)?)-$")  # (Dec. 28-Jan. 3)

_HANDLERS: dict[str, _Handler] = {
    "md": d._h_month_day, "dm": d._h_month_day, "iso": d._h_iso, "num": d._h_numeric, "clock": s._h_clock,
    "ampm": s._h_clock, "wordtime": s._h_wordtime, "noon": s._h_noon, "quarter": y._h_quarter, "mod": y._h_mod, "decade": y._h_decade,
    "century": y._h_century, "season": y._h_season, "bseason": y._h_season_alone, "same": y._h_same_period, "rel": d._h_rel, "wdweek": d._h_weekday_of_week, "deictic": d._h_deictic, "ago": s._h_ago,
    "set": s._h_set, "dur": s._h_dur, "qdur": s._h_quarters, "my": d._h_month_year, "yrange": y._h_year_range, "yprep": y._h_year_prep,
    "ynoun": y._h_year_noun, "yof": y._h_year_of, "weekday": d._h_weekday, "month": d._h_month, "bmonth": d._h_month, "nth": d._h_nth,
    "holiday": d._h_holiday, "vague": s._h_vague, "whole": s._h_whole, "halfunit": s._h_half_unit, "yearend": y._h_year_end, "fiscal": y._h_fiscal, "milclock": s._h_milclock, "bare": s._h_bare,
    "hourrange": s._h_hour_range, "dayrange": d._h_day_range, "monrange": d._h_month_range, "athour": s._h_athour,
    "weekof": d._h_week_of, "monthof": d._h_month_of,
    "nthwd": d._h_nth_weekday, "vref": d._h_reference, "weeknum": a._h_week_number, "anaphor": a._h_anaphor,
}


#: A clock right before a dash: the time after the dash is the end of a range (9am-5pm, 9:00-17:00).
#: A weekday right before a dash: the weekday after it ends a range (`Tuesday-Thursday next week`).
_WEEKDAY_BEFORE_DASH = re.compile(r"\b(?i:" + "|".join(WEEKDAYS) + r")-$")
_CLOCK_BEFORE_DASH = re.compile(r"(?:\d[ap]\.?m\.?|\d:\d\d)-$", re.IGNORECASE)


#: How far before a trigger word an expression may start: `no more than two and a half years`.
_LOOKBACK = 48


_REL_YEAR = re.compile(r"(?:this|last|next|the\s+same)\s+year", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _merge_adjacent(text: str, found: list[Found]) -> list[Found]:
    """One expression written as two: "February this year", "January of last year" (a month of
    a relative year) is one row, as TimeML tags it.

    >>> ref = dt.date(2013, 6, 1)
    >>> t = "Talks began in February this year and in January of last year."
    >>> [(t[f.start:f.end], f.date) for f in find_temporal(t, ref)]
    [('February this year', '2013-02'), ('January of last year', '2012-01')]
    >>> t = "It rises on the 1st of April next year."
    >>> [(t[f.start:f.end], f.date) for f in find_temporal(t, ref)]
    [('the 1st of April next year', '2014-04-01')]
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        gap = text[prev.end : f.start] if prev and f.start - prev.end <= 4 else "     "  # (a long gap: not sliced)
        if prev and prev.date and f.date and gap.strip() in ("", "of") and len(gap) <= 4:
            if (prev.kind == "date" and f.kind == "date" and (_MONTH_VALUE.fullmatch(prev.date) or (
                    _DAY_VALUE.fullmatch(prev.date) and _MONTH_NAME.search(text[prev.start : prev.end])
                    and not _WRITTEN_YEAR.search(text[prev.start : prev.end])))
                    and _YEAR_VALUE.fullmatch(f.date) and _REL_YEAR.fullmatch(text[f.start : f.end])):  # `the 1st of April next year`
                out[-1] = replace(prev, end=f.end, date=f"{f.date}-{prev.date[5:]}")
                continue
        out.append(f)
    return out



def _year_periods(text: str, found: list[Found]) -> list[Found]:
    """A year and its period joined by `'s` are one row, the period of that year, as TimeML tags it.

    >>> t = "Profit fell from last year's fourth quarter."
    >>> [(t[f.start:f.end], f.date) for f in find_temporal(t, dt.date(2013, 6, 1))]
    [("last year's fourth quarter", '2012-Q4')]
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev and prev.date and f.date and prev.kind == f.kind == "date" and text[prev.end : f.start] in ("'s ", "’s ") \
                and _YEAR_VALUE.fullmatch(prev.date) and _PERIOD_OF_YEAR.fullmatch(f.date) \
                and not _WRITTEN_YEAR.search(text[f.start : f.end]):
            out[-1] = replace(f, start=prev.start, date=prev.date + f.date[4:])
            continue
        out.append(f)
    return out


_DAY_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d")
_PERIOD_OF_YEAR = re.compile(r"\d{4}-(?:Q\d|H\d|SP|SU|FA|WI|\d\d(?:-\d\d)?)")


_PLAIN_VALUE = re.compile(r"\d{3}|(?:FY)?\d{4}(?:-(?:\d\d|Q\d|H\d|SP|SU|FA|WI|W\d\d)){0,2}(?:T[\d:]+(?:Z|[+-]\d\d:\d\d)?|T(?:MO|AF|EV|NI))?|XXXX-XX-XXT[\d:]+(?:Z|[+-]\d\d:\d\d)?")


#: A date counted from the reference date (`five years ago`): never the end of a range.
_COUNTED_FROM_REF = re.compile(r"\b(?:ago|hence)\Z", re.IGNORECASE)


def _join_ranges(text: str, found: list[Found], clocks: bool = False) -> list[Found]:
    """Two dates (or two times) joined by a range word are one row, the interval of their values:
    `between 2012 and 2016` -> `2012/2016`, `5 March 2001 to 9 June 2002`, `September--December 1999`
    (the year written once serves both ends). Each end is resolved as it would be alone.

    >>> t = "It ran between 2012 and 2016, then from September--December 1999."
    >>> [(t[f.start:f.end], f.date, f.qualifier) for f in find_temporal(t, dt.date(2016, 12, 11))]
    [('2012 and 2016', '2012/2016', 'range'), ('September--December 1999', '1999-09/1999-12', 'range')]
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == f.kind and f.kind in ("date", "time") and prev.qualifier != "range" \
                and f.qualifier != "range" and f.start - prev.end <= 12 \
                and (not clocks or (_DAY_CLOCK.match(prev.date or "") and _DAY_CLOCK.match(f.date or ""))):
            # (a longer gap is no range word: not sliced; `clocks`: after clocks took their days, `10 p.m. Friday`)
            gap = text[prev.end : f.start]
            word = " ".join(gap.lower().split())
            need = RANGE_WORDS.get(word)
            if need is not None and len(gap) <= 12 and not _COUNTED_FROM_REF.search(text, f.start, f.end):  # not `2003 - five
                before = text[max(0, prev.start - 16) : prev.start].split()                         # years ago`: an aside
                if not need or (before and before[-1].lower() == need):
                    out[-1] = replace(prev, end=f.end, qualifier="range", modifier=None,
                                                  date=_interval(text, prev, f))
                    continue
        out.append(f)
    return out


def _interval(text: str, a: Found, b: Found) -> str | None:
    """The interval value `A/B` of two rows; the end's written year serves a start written without one."""
    if not a.date or not b.date or not _PLAIN_VALUE.fullmatch(a.date) or not _PLAIN_VALUE.fullmatch(b.date):
        return None
    start = a.date
    if not _WRITTEN_YEAR.search(text[a.start : a.end]) and _WRITTEN_YEAR.search(text[b.start : b.end]) \
            and start[:4].isdigit() and b.date[:4].isdigit() and len(start) >= 7 and start[4] == "-" and start[5:7].isdigit():
        year = int(b.date[:4]) - (1 if len(b.date) >= 7 and b.date[5:7].isdigit() and start[5:7] > b.date[5:7] else 0)
        start = f"{year}{start[4:]}"
    end, written = b.date, text[b.start : b.end]
    days = _DAY_OR_CLOCK.fullmatch(start) and _DAY_OR_CLOCK.fullmatch(end)  # (the words are read only for two days)
    words_a, words_b = (_day_words(text[a.start : a.end]), _day_words(written)) if days else ([], [])  # (late Monday, 10 p.m. Friday: its day)
    if days and words_a and words_b \
            and words_a[0] in WEEKDAYS and words_b[0] in WEEKDAYS:
        first, day = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
        if all(w in PARTS_OF_DAY for w in words_a[1:]) and any(w not in PARTS_OF_DAY for w in words_b[1:]):
            # `Monday to Wednesday last week`: the end's week (or date) governs the start, the latest such day before it
            start = (day - dt.timedelta(days=(day.weekday() - first.weekday()) % 7)).isoformat() + start[10:]
        elif day < first:  # `Monday to Friday`, `Friday night until Monday morning`: the first such day after the start
            end = (first + dt.timedelta(days=(day.weekday() - first.weekday()) % 7)).isoformat() + end[10:]
    elif days and words_b and words_b[0] in WEEKDAYS \
            and all(w in PARTS_OF_DAY for w in words_b[1:]) and end[:10] < start[:10]:
        first, day = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])  # `next Tuesday to Sunday`
        end = (first + dt.timedelta(days=(day.weekday() - first.weekday()) % 7)).isoformat() + end[10:]
    elif not _WRITTEN_YEAR.search(written) and _MONTH_NAME.search(written) and start[:4].isdigit() and end[:4].isdigit() \
            and len(end) >= 7 and end[4] == "-" and end[5:7].isdigit() and len(start) >= 7 and start[5:7].isdigit():
        # `from Oct. 2 to October 22`, `2015/08/12 until October 22`: the end is the first such day after the start
        end = f"{int(start[:4]) + (end[5:] < start[5 : len(end)])}{end[4:]}"
    return f"{start}/{end}"


def _day_words(written: str) -> list[str]:
    """The words of a day written beside a clock or a modifier, lower case: `10 p.m. Friday` -> ['friday']."""
    return [w for w in written.lower().split() if w not in MODIFIERS and not _CLOCK_WORD.fullmatch(w)]


_CLOCK_WORD = re.compile(r"\S*\d\S*|[ap]\.?m\.?")
_DAY_OR_CLOCK = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI)|T\d\d:\d\d)?")


_MONTH_NAME = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?")


_WIRE_CLOCK = re.compile(r"\d{4}\b")


_PART_OF = re.compile(r"(?<![\w-])the\s+(?P<part>" + "|".join(p for p in PARTS_OF_DAY if not p.startswith("to"))
                      + r")\s+of\s+$", re.IGNORECASE)


def _day_parts(text: str, found: list[Found]) -> list[Found]:
    """`the night of March 3` is one row, that day's part (TimeML `...TNI`), as `Tuesday night` is.

    >>> t = "It happened on the night of March 3, 1997."
    >>> [(t[f.start:f.end], f.date) for f in _day_parts(t, [Found(start=28, end=41, kind="date", date="1997-03-03")])]
    [('the night of March 3, 1997', '1997-03-03TNI')]
    """
    out: list[Found] = []
    for f in found:
        night = _NIGHT_SPAN.fullmatch(f.date or "") if f.kind == "date" and f.qualifier == "range" else None
        m = _PART_OF.search(text, max(0, f.start - 30), f.start) if f.kind == "date" and f.date \
            and (night or re.fullmatch(r"\d{4}-\d\d-\d\d", f.date)) else None
        if m is not None and night:
            if PARTS_OF_DAY[m["part"].lower()] != "NI" \
                    or dt.date.fromisoformat(night[2]) - dt.date.fromisoformat(night[1]) != dt.timedelta(days=1):
                m = None
            else:  # `the night of Thursday-Friday`, `the night of 16-17 July`: the first day's night
                f = replace(f, date=night[1], qualifier="=")
        if m is not None:
            while out and out[-1].end > m.start():
                out.pop()
            f = replace(f, start=m.start(), date=f"{f.date}T{PARTS_OF_DAY[m['part'].lower()]}")
        out.append(f)
    return out


_NIGHT_SPAN = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")


def _join_clocks(text: str, found: list[Found]) -> list[Found]:
    """A clock beside its day is one row, the time on that day, as TimeML tags it: a four-digit clock
    on either side (`2200 GMT on Thursday`, `Monday at 0900 local time`, `1100 EDT June 3`), any
    other clock right before its day (`9 PM Friday evening`, `12:01 a.m. Wednesday`, `6 a.m.
    today`). Other clocks stay apart from their day (`Friday at 9pm`); they still take its date.

    >>> t = "Polls closed at 2200 GMT on Thursday."
    >>> [(t[f.start:f.end], f.kind, f.date) for f in find_temporal(t, dt.date(2017, 1, 20))]
    [('2200 GMT on Thursday', 'time', '2017-01-19T22:00Z')]
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and {prev.kind, f.kind} == {"date", "time"} and f.start - prev.end <= 5:  # (see `between`)
            gap = " ".join(text[prev.end : f.start].lower().replace(",", " ").split())
            day, clock = (prev, f) if prev.kind == "date" else (f, prev)
            between = text[prev.end : f.start]
            if gap in ("", "on", "at") and len(between) <= 5 and _DAY_VALUE.fullmatch(day.date or "") \
                    and (_WIRE_CLOCK.match(text, clock.start) or (between.isspace() and clock is prev)) \
                    and clock.date and "/" not in clock.date and clock.date[10:11] == "T":
                out[-1] = replace(clock, start=prev.start, end=f.end, date=day.date[:10] + clock.date[10:])
                continue
        out.append(f)
    return out


_CLOCK_VALUE = re.compile(r"XXXX-XX-XXT(\d\d):(\d\d(?::\d\d)?)")
_AMPM_WRITTEN = re.compile(r"[ap]\.?\s?m\b|o['’]?\s?clock|noon|midnight|midday", re.IGNORECASE)
_PART_AFTER_CLOCK = re.compile(rf"\s+in\s+the\s+(?P<part>{'|'.join(PARTS_OF_DAY)})\b", re.IGNORECASE)


def _part_clocks(text: str, found: list[Found]) -> list[Found]:
    """A clock with a bare part of the day beside it is one row, its hour read in that part:
    `afternoon 7:00` -> T19:00, `7:00 in the evening` -> T19:00 (`this morning at 7:00` stays two
    rows: `this morning` is a date of its own).

    >>> t = "Shots were heard at 7:30 in the evening."
    >>> [(t[f.start:f.end], f.date) for f in find_temporal(t, None)]
    [('7:30 in the evening', 'XXXX-XX-XXT19:30')]
    """
    out: list[Found] = []
    for i, f in enumerate(found):
        clock = _CLOCK_VALUE.fullmatch(f.date or "") if f.kind == "time" and f.qualifier != "range" else None
        if clock is None or _AMPM_WRITTEN.search(text, f.start, f.end):
            out.append(f)
            continue
        start, end, part = f.start, f.end, None
        lo = out[-1].end if out else 0
        before = PART_BEFORE_RE.search(text, max(lo, f.start - 30), f.start)
        if before and not PART_DETERMINERS_RE.search(text, max(0, before.start() - 12), before.start()):
            start, part = before.start(), before["part"]
        after = _PART_AFTER_CLOCK.match(text, f.end)
        if part is None and after and (i + 1 == len(found) or found[i + 1].start >= after.end()):
            end, part = after.end(), after["part"]
        if part is None:
            part = _dated_part(text, out[-1] if out else None, f, found[i + 1] if i + 1 < len(found) else None)
            if part is not None and int(clock[1]) <= 12:  # tonight at 8:30, this evening at half past eight: T20:30
                out.append(replace(f, date=f"XXXX-XX-XXT{part_hour(int(clock[1]), part):02d}:{clock[2]}"))
                continue
        if part is None:
            out.append(f)
            continue
        hour = part_hour(int(clock[1]), part) if int(clock[1]) <= 12 else int(clock[1])
        out.append(replace(f, start=start, end=end, date=f"XXXX-XX-XXT{hour:02d}:{clock[2]}"))
    return out


_PART_OF_CODE = {code: part for part, code in reversed(PARTS_OF_DAY.items())}
_DATED_PART = re.compile(r"T(MO|AF|EV|NI)")
_PART_GAP_BEFORE = re.compile(r"\s*,?\s*(?:at\s+)?", re.IGNORECASE)
_ZERO_CLOCK = re.compile(r"(?<!\d)0\d[:.h]\d")


def _dated_part(text: str, prev: Found | None, f: Found, nxt: Found | None) -> str | None:
    """The part of the day of a date row right beside a clock (`tonight at 8:30`, `this evening at
    half past eight`, `half past eight tonight`): its hour is read in that part. A clock written with
    a leading zero (`08:30`) is a 24-hour clock and keeps its hour."""
    if _ZERO_CLOCK.search(text, f.start, f.end):
        return None
    for day, lo, hi in ((prev, prev.end if prev else 0, f.start), (nxt, f.end, nxt.start if nxt else 0)):
        if day is None or day.kind != "date" or not (m := _DATED_PART.search(day.date or "")):
            continue
        gap = text[lo:hi]
        if (_PART_GAP_BEFORE.fullmatch(gap) if day is prev else gap.isspace()):
            return _PART_OF_CODE[m[1]]
    return None


_SAME_DAY_TIMES = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(.*)/\1T(\d\d:\d\d)(.*)")


def _overnight(found: list[Found]) -> list[Found]:
    """A range of clock times whose end comes before its start ends the next day: `10pm to 6am`.

    >>> t = "A curfew runs from 10pm to 6am."
    >>> [f.date for f in find_temporal(t, dt.date(2016, 11, 7))]
    ['2016-11-07T22:00/2016-11-08T06:00']
    """
    out = []
    for f in found:
        m = _SAME_DAY_TIMES.fullmatch(f.date or "") if f.kind == "time" and f.qualifier == "range" else None
        if m and m[4] < m[2]:
            nxt = (dt.date.fromisoformat(m[1]) + dt.timedelta(days=1)).isoformat()
            f = replace(f, date=f"{m[1]}T{m[2]}{m[3]}/{nxt}T{m[4]}{m[5]}")
        out.append(f)
    return out


def _date_times(text: str, found: list[Found], ref: dt.date | None = None) -> list[Found]:
    """Give each time the day of a day-level date in its sentence (the nearest one), else the
    reference date: news reports times of the day it is written (TimeML anchors them there too)."""
    days = [f for f in found if f.kind == "date" and f.date and a._DAY_VALUE.match(f.date)]
    if not days and ref is None:
        return found
    starts = [d.start for d in days]  # found is in text order, so days are too
    today = ref.isoformat() if ref is not None else None
    out = []
    for f in found:
        if f.kind == "time" and f.date and f.date.startswith("XXXX-XX-XX"):
            if not days:  # no day in the text: each time is on the reference date
                f = replace(f, date=f.date.replace("XXXX-XX-XX", today))  # type: ignore[arg-type]
                out.append(f)
                continue
            s0, s1 = _sentence_bounds(text, f.start, f.end)  # (read around the time: cheaper than the document's stops)
            near = days[bisect.bisect_left(starts, s0) : bisect.bisect_left(starts, s1)]
            # the day written before the time, or right after it (`4:17 a.m. on December 11`); a day
            # further on is another event's (`at 0630 GMT, up from 117.30 at the close on Friday`)
            near = [d for d in near if d.start < f.start or d.start - f.end <= 20]
            if not near and s0 > 0 and "\n" not in text[max(0, s0 - 2) : s0]:
                # none in its sentence: the last day the sentence before names as news names the day
                # in focus, a weekday or `yesterday` (`plunged yesterday. ... at 3:30 p.m. EST closed`);
                # a written date there is background (`The last, on March 27, killed two.`)
                p0, _ = _sentence_bounds(text, max(0, s0 - 2), max(0, s0 - 1))
                near = [d for d in days[bisect.bisect_left(starts, p0) : bisect.bisect_left(starts, s0)]
                        if d.qualifier != "range" and not any(c.isdigit() for c in text[d.start : d.end])][-1:]
                if near and today is not None and str(near[0].date)[:10] != today \
                        and _tense(text, f.start, f.end) == ("past" if str(near[0].date)[:10] > today else "future"):
                    near = []  # `ahead of Wednesday's figures. The bank bought dollars around 1400`: not that day; nor
                    # `crossed Puerto Rico on Monday night. The next advisory will be issued at 5 p.m. EDT`
            if near:
                best = min(near, key=lambda d: abs(d.start - f.start))
                f = replace(f, date=f.date.replace("XXXX-XX-XX", str(best.date)[:10]))
            elif today is not None:
                f = replace(f, date=f.date.replace("XXXX-XX-XX", today))
        out.append(f)
    return out


_SET_TIME_GAP = re.compile(r"\s*(?:,\s*|\s+at\s+|\s+)?", re.IGNORECASE)
_CLOCK_PART = re.compile(r"T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)?$")


def _set_times(text: str, found: list[Found]) -> list[Found]:
    """A set and the clock time beside it are one set, at that time of each occurrence:
    `every Sunday at 9am` -> XXXX-WXX-7T09:00, `3pm every day` and `every morning at 9am` -> T15:00, T09:00.

    >>> t = "The market opens at 9am every Sunday."
    >>> [(t[f.start:f.end], f.kind, f.date, f.duration) for f in find_temporal(t, dt.date(2016, 11, 7))]
    [('9am every Sunday', 'set', 'XXXX-WXX-7T09:00', 'P1W')]
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and {prev.kind, f.kind} == {"set", "time"} and _SET_TIME_GAP.fullmatch(text, prev.end, f.start):
            the_set, time = (prev, f) if prev.kind == "set" else (f, prev)
            clock = _CLOCK_PART.search(time.date or "") if time.qualifier != "range" else None
            if clock is not None and (the_set.date is None or the_set.date.startswith("XXXX-WXX-")
                                      or the_set.date in ("TMO", "TAF", "TEV", "TNI")):
                day = the_set.date if the_set.date and the_set.date.startswith("XXXX") else ""
                out[-1] = replace(the_set, start=prev.start, end=f.end, date=day + clock.group())
                continue
        out.append(f)
    return out


def find_temporal(text: str, ref: dt.date | None, *, day_first: bool = False, candidates: list[int] | None = None) -> list[Found]:
    """Every temporal expression in `text`, normalised against `ref` (`candidates`: the document's
    `numfacts.triggers.candidate_starts`, when the caller has them).

    >>> ref = dt.date(2016, 12, 11)
    >>> text = "On Sunday, within 48 hours of December 10, 2016, since mid-November."
    >>> [(text[f.start:f.end], f.kind, f.date or f.duration) for f in find_temporal(text, ref)]
    [('Sunday', 'date', '2016-12-11'), ('within 48 hours', 'duration', 'PT48H'), ('December 10, 2016', 'date', '2016-12-10'), ('mid-November', 'date', '2016-11')]
    """
    ctx: _Ctx = (text, ref, day_first)
    found: list[Found] = []
    covered = 0  # text before this offset is done
    tried = -1  # word starts up to here have been tried (a failed .match stays failed)
    seen: dict[tuple[str, ...], int] = {}  # how often each set of branches was tried (see FIRST_OF_AFTER)
    plan: dict[str, tuple[tuple[str, ...], Gate | None]] = {}  # a word as written -> its branches and its gate
    for trigger in triggers(TRIGGER, text, candidates):
        at = trigger.start()
        if at < covered:
            continue
        if text[at].isdigit():
            soup = soup_end(text, at, trigger.end())
            if soup:  # "1 1 1 1 ...": a table or junk, no dates in it
                covered = soup
                continue
        # candidates: the words that start shortly before the trigger, and the trigger's own word
        # (up to the trigger's own first word: a trigger like "1,1,1,..." may run on for pages)
        for word in DISPATCH_WORD.finditer(text, max(covered, tried + 1, at - _LOOKBACK), min(trigger.end(), at + 40)):
            pos = word.start()
            if pos < covered or (pos and text[pos - 1].isalnum()):
                continue
            tried = pos
            if pos > 1 and text[pos - 1] == "-" and text[pos - 2].isalnum() \
                    and not _CLOCK_BEFORE_DASH.search(text, max(0, pos - 12), pos) \
                    and not (word.group().lower() in MONTHS and _DATE_BEFORE_DASH.search(text, max(0, pos - 16), pos)) \
                    and not (word.group().lower() in WEEKDAYS and _WEEKDAY_BEFORE_DASH.search(text, max(0, pos - 12), pos)):
                continue  # inside a compound: COVID-19, F-16, two-and-a-half (not 9am-5pm, 9:00-17:00, March-May, 1998-April)
            token = word.group()
            got = plan.get(token)
            if got is None:
                key = dispatch_key(token)
                got = plan[token] = (DISPATCH.get(key, ()), GATES[key] if key in PRETESTS else None)
            names, gate = got
            if gate is not None:  # a number, `the`: only the branches whose pre-test passes (patterns.PRETESTS)
                names = gate.branches(text, pos)
            elif len(names) >= FIRST_OF_MIN:
                seen[names] = uses = seen.get(names, 0) + 1
                if uses > FIRST_OF_AFTER and (first := FIRST_OF[names]) is not None:
                    hit = first.match(text, pos)  # the first branch that matches, found in one call
                    names = (names[int(hit.lastgroup[1:])],) if hit is not None else ()  # type: ignore[index]
            for name in names:
                sub = BRANCH_RE[name].match(text, pos)
                if sub is not None:
                    found.extend(_HANDLERS[name](sub, ctx))
                    covered = sub.end()
                    break
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    kept = a.shift_relatives(text, a.anchor_dates(text, kept), ref)
    found = _year_periods(text, a.resolve_anaphors(text, _join_ranges(text, _merge_adjacent(text, kept))))
    found = _overnight(_date_times(text, _part_clocks(text, w.year_extents(text, w.month_quarters(text, _day_parts(text, found)))), ref))
    found = _overnight(_join_ranges(text, _join_clocks(text, found), clocks=True))  # 10 p.m. Friday to 5 a.m. Monday
    return w.occurrence_sets(text, _set_times(text, w.zone_words(text, found)))
