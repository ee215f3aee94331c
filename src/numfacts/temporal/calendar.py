"""Calendar arithmetic for relative dates: pure functions of the reference date, no clock.

>>> ref = dt.date(2016, 12, 11)   # a Sunday
>>> nearest_month(ref, 11, past=True), nearest_month(ref, 8, past=False)
(datetime.date(2016, 11, 1), datetime.date(2017, 8, 1))
>>> nearest_day(ref, 12, 15, past=True), nearest_day(ref, 12, 15, past=False)
(datetime.date(2015, 12, 15), datetime.date(2016, 12, 15))
>>> weekday(ref, 6, "past"), weekday(ref, 6, "future"), weekday(ref, 4, "last"), weekday(ref, 0, "this")
(datetime.date(2016, 12, 11), datetime.date(2016, 12, 11), datetime.date(2016, 12, 9), datetime.date(2016, 12, 12))
>>> iso_week(ref), iso_week(ref + dt.timedelta(days=7))
('2016-W49', '2016-W50')
>>> season_of(ref), shift_months(ref, -3)
((2016, 'WI'), datetime.date(2016, 9, 11))
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .words import HOLIDAYS_FIXED, HOLIDAYS_MOVABLE

_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def nearest_month(ref: dt.date, month: int, *, past: bool, strict: bool = False) -> dt.date:
    """The first day of the nearest `month` on or before (past) or on or after the ref's month."""
    cur = ref.year * 12 + ref.month - 1
    if past:
        idx = cur - ((cur - (month - 1)) % 12)
        if strict and idx == cur:
            idx -= 12
    else:
        idx = cur + (((month - 1) - cur) % 12)
        if strict and idx == cur:
            idx += 12
    return dt.date(idx // 12, idx % 12 + 1, 1)


def nearest_day(ref: dt.date, month: int, day: int, *, past: bool) -> dt.date | None:
    """The nearest month/day on or before (past) or on or after (future) the ref; None if impossible."""
    for delta in ((0, -1, -2, -3, -4) if past else (0, 1, 2, 3, 4)):
        year = ref.year + delta
        if day <= calendar.monthrange(year, month)[1]:
            cand = dt.date(year, month, day)
            if (cand <= ref) if past else (cand >= ref):
                return cand
    return None


def weekday(ref: dt.date, wd: int, how: str) -> dt.date:
    """The weekday `wd` (Monday 0) near the ref: how is past / future / last / next / this."""
    diff = (wd - ref.weekday()) % 7
    if how == "past":
        return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
    if how == "last":
        return ref - dt.timedelta(days=((ref.weekday() - wd) % 7) or 7)
    if how == "next":
        return ref + dt.timedelta(days=diff or 7)
    if how == "this":
        return ref + dt.timedelta(days=diff)
    return ref + dt.timedelta(days=diff)  # future: the coming one (the reference day itself if it is one)


def iso_week(day: dt.date) -> str:
    """ISO week TIMEX: 2016-W49."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def season_of(day: dt.date) -> tuple[int, str]:
    """Meteorological season (northern hemisphere) and its year; December is the winter of its year."""
    m = day.month
    if m in (1, 2):
        return day.year - 1, "WI"
    return day.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[m - 3]


def nearest_season(ref: dt.date, season: str, how: str) -> tuple[int, str]:
    """The season `season` near the ref: how is past / future / last / next / this."""
    year, cur = season_of(ref)
    ci, ti = year * 4 + _SEASON_ORDER.index(cur), _SEASON_ORDER.index(season)
    if how == "past":
        idx = ci - ((ci - ti) % 4)
    elif how == "last":
        idx = ci - (((ci - ti) % 4) or 4)
    elif how == "next":
        idx = ci + (((ti - ci) % 4) or 4)
    else:
        idx = ci + ((ti - ci) % 4)
    return idx // 4, _SEASON_ORDER[idx % 4]


def shift_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, the day clipped to the month's length."""
    idx = day.year * 12 + day.month - 1 + months
    year, month = idx // 12, idx % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def nearest_quarter(ref: dt.date, q: int, *, past: bool) -> tuple[int, int]:
    """The quarter `q` on or before (past) or on or after the ref's quarter."""
    cur = ref.year * 4 + (ref.month - 1) // 3
    idx = cur - ((cur - (q - 1)) % 4) if past else cur + (((q - 1) - cur) % 4)
    return idx // 4, idx % 4 + 1


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher).

    >>> easter_sunday(2016), easter_sunday(2017)
    (datetime.date(2016, 3, 27), datetime.date(2017, 4, 16))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m_ = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m_ + 90) // 25
    return dt.date(year, month, (h + l_ - 7 * m_ + 33 * month + 19) % 32)


def holiday_day(name: str, year: int) -> dt.date | None:
    """The day of a holiday in a year: fixed dates, and the rules of the movable ones (words.HOLIDAYS_*).

    >>> holiday_day("Thanksgiving", 2016), holiday_day("Easter Sunday", 2016), holiday_day("Christmas Eve", 2016)
    (datetime.date(2016, 11, 24), datetime.date(2016, 3, 27), datetime.date(2016, 12, 24))
    >>> holiday_day("Memorial Day", 2016), holiday_day("St. Patrick’s Day", 2016), holiday_day("Flag Day", 2016)
    (datetime.date(2016, 5, 30), datetime.date(2016, 3, 17), None)
    """
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'").replace("st.", "st"))
    if key in HOLIDAYS_FIXED:
        return dt.date(year, *HOLIDAYS_FIXED[key])
    rule = HOLIDAYS_MOVABLE.get(key)
    if rule is None:
        return None
    if rule[0] == "nth_weekday":  # the n-th weekday of a month: Thanksgiving, Labor Day
        _, month, wd, n = rule
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    if rule[0] == "last_weekday":  # the last weekday of a month: Memorial Day
        _, month, wd = rule
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    return easter_sunday(year) + dt.timedelta(days=rule[1])  # days after Easter Sunday


def nearest_half(ref: dt.date, h: int, *, past: bool) -> tuple[int, int]:
    """The half-year `h` on or before (past) or on or after the ref's half.

    >>> nearest_half(dt.date(2016, 12, 11), 1, past=True), nearest_half(dt.date(2016, 5, 1), 2, past=False)
    ((2016, 1), (2016, 2))
    """
    cur = ref.year * 2 + (ref.month - 1) // 6
    idx = cur - ((cur - (h - 1)) % 2) if past else cur + (((h - 1) - cur) % 2)
    return idx // 2, idx % 2 + 1
