"""A document's own date, its reference date, however a feed, a scraper or a spreadsheet wrote it.

`read_date` turns a corpus cell into a `DocumentDate`, a day or a month:

=====================================  ===========================================================
written                                read as
=====================================  ===========================================================
``2024-03-14``, ``2024-03-14T09:30Z``  that day (a time after the date is ignored: the date as
                                       written, never moved to another zone)
``2024/03/14``, ``2024.03.14``,        that day (year first: never ambiguous)
``20240314``
``14.03.2024``                         day first, as every language that writes dots does
``03/14/2024``, ``14/03/2024``         month first, unless `day_first`; a part above 12 settles it
``Thu, 14 Mar 2024 09:30:00 GMT``      RSS and e-mail dates (RFC 822), weekday and time ignored
``March 14, 2024``, ``14 March 2024``  English month names and their abbreviations (tables:
                                       ``lang/en/temporal.json``, ``reference_dates.json``)
``2024-03``, ``March 2024``            a month (see below)
``14 mars 2024``, ``14. März 2024``    anything else goes to dateparser, which knows some two
                                       hundred languages
=====================================  ===========================================================

dateparser is imported only for a string the fast paths above cannot read, and it is told
never to look at the machine's clock or time zone: only its absolute parsers run (``yesterday``,
``3 days ago`` and ``today`` are unreadable, not resolved against today), a missing year or month
makes the string unreadable (so no part is ever filled in from the current date), and its
relative base is fixed.

A month-granular date (``2024-03``) says the document was written some day that month. The
pipeline then resolves relative expressions (``Sunday``, ``yesterday``) against the date it
infers from the text (a dateline, the latest full date) when that date falls in the same month,
and against the month's first day otherwise; ``last year`` and ``next month`` come out the same
either way. The row's ``reference_date`` is the day used.

A value that is none of these raises `ReferenceDateError`; the callers that read corpora turn it
into one warning naming the document and fall back to ``--reference-date`` or inference.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .errors import ReferenceDateError
from .lang import table


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """A document's own date: a day, or (``month_only``) the first day of the month it names."""

    date: dt.date
    month_only: bool = False

    def iso(self) -> str:
        """``2024-03-14``, or ``2024-03`` for a month.

        >>> DocumentDate(dt.date(2024, 3, 1), month_only=True).iso()
        '2024-03'
        """
        return self.date.isoformat()[:7] if self.month_only else self.date.isoformat()


#: The longest date string read (``Thursday, 14 September 2024, 09:30:00 Central European Summer Time``
#: fits); a longer cell is unreadable at once.
MAX_LENGTH = 80
#: The years a reference date may fall in: relative dates counted from it (`a century ago`, `the week after
#: next`) then stay inside the calendar, which ends at years 1 and 9999.
MIN_YEAR, MAX_YEAR = 1000, 8999

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?", re.S)
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")  # 20240314
_YEAR_FIRST = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})")
_DOTS = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")
_SLASHES = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")


@lru_cache(maxsize=1)
def _english() -> tuple[dict[str, int], re.Pattern[str]]:
    """English month names and the pattern of a written date, built from the language table."""
    words = table("en", "temporal")
    months = dict(words["months"])
    month = "|".join(sorted(months, key=len, reverse=True))
    weekdays = [*words["weekdays"], *table("en", "reference_dates")["weekday_abbreviations"]]
    weekday = "|".join(sorted(weekdays, key=len, reverse=True))
    time = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?"
    pattern = re.compile(
        rf"(?:(?:{weekday})\.?,?\s+)?"
        rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{month})\.?,?\s+(?P<y1>\d{{4}})"
        rf"|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
        rf"|(?P<m3>{month})\.?,?\s+(?P<y3>\d{{4}}))"
        rf"{time}",
        re.I | re.S,
    )
    return months, pattern


def _day(year: str | int, month: str | int, day: str | int) -> dt.date:
    return dt.date(int(year), int(month), int(day))


def _fast(text: str, day_first: bool) -> DocumentDate | None:
    """The date of `text` by the fast paths, or None when none of them reads it.

    >>> [_fast(s, False).iso() for s in ["2024-03-14", "2024/03/14", "14.03.2024", "03/14/2024", "2024-03"]]
    ['2024-03-14', '2024-03-14', '2024-03-14', '2024-03-14', '2024-03']
    >>> [_fast(s, False).iso() for s in ["Thu, 14 Mar 2024 09:30:00 GMT", "March 14, 2024", "Sept. 2024"]]
    ['2024-03-14', '2024-03-14', '2024-09']
    >>> _fast("03/04/2024", True).iso(), _fast("14 mars 2024", False)
    ('2024-04-03', None)
    """
    if m := _ISO_DAY.fullmatch(text):
        return DocumentDate(_day(*m.groups()))
    if m := _ISO_MONTH.fullmatch(text):
        return DocumentDate(_day(m[1], m[2], 1), month_only=True)
    if m := _COMPACT.fullmatch(text):
        return DocumentDate(_day(*m.groups()))
    if m := _YEAR_FIRST.fullmatch(text):
        return DocumentDate(_day(m[1], m[3], m[4]))
    if m := _DOTS.fullmatch(text):
        return DocumentDate(_day(m[3], m[2], m[1]))
    if m := _SLASHES.fullmatch(text):
        a, b = int(m[1]), int(m[2])
        if day_first and b <= 12 or a > 12:
            a, b = b, a
        return DocumentDate(_day(m[3], a, b))
    months, pattern = _english()
    if m := pattern.fullmatch(text):
        if m["m3"]:
            return DocumentDate(_day(m["y3"], months[m["m3"].lower()], 1), month_only=True)
        name, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
        return DocumentDate(_day(year, months[name.lower()], day))
    return None


#: dateparser's settings: absolute dates only, nothing taken from the machine's clock or zone.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],  # no "relative-time": "yesterday" is unreadable
    "REQUIRE_PARTS": ["year", "month"],  # never a year or month filled in from today
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "TIMEZONE": "UTC",
}


@lru_cache(maxsize=2)
def _dateparser(day_first: bool) -> Any:
    """dateparser's parser, imported and built the first time a string needs it."""
    from dateparser.date import DateDataParser

    return DateDataParser(settings={**_DATEPARSER_SETTINGS, "DATE_ORDER": "DMY" if day_first else "MDY"})


def _slow(text: str, day_first: bool) -> DocumentDate | None:
    data = _dateparser(day_first).get_date_data(text)
    if data is None or data.date_obj is None or data.period not in ("day", "month", "time"):
        return None
    return DocumentDate(data.date_obj.date().replace(day=1) if data.period == "month" else data.date_obj.date(),
                        month_only=data.period == "month")


def read_date(value: object, doc_id: str | None = None, *, day_first: bool = False) -> DocumentDate | None:
    """A document's date from a corpus cell; None for a missing one (None, NaN, NaT, empty).

    Raises `ReferenceDateError` for a value that is no date.

    >>> read_date("14 de marzo de 2024").iso(), read_date(dt.datetime(2024, 3, 14, 9)).iso(), read_date("")
    ('2024-03-14', '2024-03-14', None)
    >>> read_date("yesterday", "a")
    Traceback (most recent call last):
    numfacts.errors.ReferenceDateError: a: reference date 'yesterday' is not a date numfacts can read
    >>> read_date("9999-12-30", "b")
    Traceback (most recent call last):
    numfacts.errors.ReferenceDateError: b: reference date '9999-12-30' is not a date of the years 1000-8999
    """
    found = _read_date(value, doc_id, day_first)
    if found is not None and not MIN_YEAR <= found.date.year <= MAX_YEAR:  # `the week after next` must stay a date
        raise ReferenceDateError(value, doc_id, readable=f"a date of the years {MIN_YEAR}-{MAX_YEAR}")
    return found


def _read_date(value: object, doc_id: str | None, day_first: bool) -> DocumentDate | None:

    if value is None or value is getattr(value, "NaT", object()):
        return None
    try:
        if value != value:  # NaN, NaT
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, dt.datetime):
        return DocumentDate(value.date())
    if isinstance(value, dt.date):
        return DocumentDate(value)
    if isinstance(value, float) and value != value:  # NaN from a pandas column
        return None
    if hasattr(value, "date") and callable(value.date) and hasattr(value, "isoformat"):  # pandas Timestamp
        try:
            return DocumentDate(value.date())
        except ValueError:  # NaT
            return None
    text = " ".join(str(value).split())
    if text in ("", "NaT", "nan", "None"):
        return None
    if len(text) > MAX_LENGTH:  # no date is this long: never hand a page of text to dateparser
        raise ReferenceDateError(text[:MAX_LENGTH] + "...", doc_id, readable="a date numfacts can read")
    try:
        found = _fast(text, day_first)
    except ValueError:  # 2024-02-30: the right shape, no such day
        found = None
    else:
        if found is None and any(c.isalpha() for c in text) and any(c.isdigit() for c in text):
            found = _slow(text, day_first)
    if found is None:
        raise ReferenceDateError(value, doc_id, readable="a date numfacts can read")
    return found


__all__ = ["DocumentDate", "read_date"]
