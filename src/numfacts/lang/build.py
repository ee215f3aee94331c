"""Build-time only: month and weekday names from dateparser's locale data, into our own tables.

`build_calendar(lang)` reads `dateparser/data/date_translation_data/<lang>.py` (dateparser is
imported here, never at run time) and returns the `lang/<lang>/calendar.json` table: each month's
and weekday's full name (the longest of dateparser's spellings, plus any other spelling of five
letters or more: `Jänner`), capitalised where the language capitalises them (German nouns).
`tools/build_lang_calendar.py` writes the files; tests/test_lang_finder.py checks that they still
match the installed dateparser.
"""

from __future__ import annotations

import importlib

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Languages whose month and weekday names are capitalised in running text.
CAPITALISED = frozenset({"de"})


def _names(spellings: list[str], capitalise: bool) -> list[str]:
    full = max(spellings, key=len)
    names = [full] + [s for s in spellings if s != full and len(s) >= 5 and not s.endswith(".")]
    return [n[:1].upper() + n[1:] if capitalise else n.lower() for n in names]


def build_calendar(lang: str) -> dict:
    """The calendar table of `lang` from the installed dateparser's locale data."""
    info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    cap = lang in CAPITALISED
    import dateparser

    return {
        "_about": f"Month and weekday names of '{lang}', built from dateparser {dateparser.__version__}'s locale data "
                  "(BSD-3-Clause) by tools/build_lang_calendar.py; read by numfacts.lang.finder.",
        "months": {n: i + 1 for i, key in enumerate(MONTHS) for n in _names(info[key], cap)},
        "weekdays": {n: i for i, key in enumerate(WEEKDAYS) for n in _names(info[key], cap)},
    }


__all__ = ["build_calendar"]
