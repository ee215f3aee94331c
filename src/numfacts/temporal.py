"""Dates, times, durations and sets, with TIMEX3-style values that keep the written granularity.

One compiled scan (`_temporal_patterns.TRIGGER`) finds the digits and the words that every temporal
expression contains; at the word starts just before each, the branches that can start with that
word (`DISPATCH`) are tried in priority order, and the first that matches is read by its handler
here. Relative expressions are resolved against the reference date with the pure calendar
functions of `_temporal_calendar`. No clock, no locale, and no dateparser at run time: every rule is
our own deterministic code (dateparser misread too many news spans to be worth its cost).

Decisions worth knowing:

* Spans leave out prepositions (`in 1937` -> `1937`, `since November` -> `November`) and the `the`
  of `the 1990s` or `the last 24 hours`, but keep modifiers (`mid-November`, `late 2016`), a
  duration's qualifier words (`within 48 hours`), and the `the` of a day or a quarter (`the 15th`,
  `the 11th of December`, `the first quarter of 2023`) as Recognizers-Text does.
* A month or day without a year, a weekday, `last year` ... are resolved to the occurrence nearest
  the reference date that fits the sentence's tense (future when the sentence says will / 'll /
  to be / next / upcoming / scheduled ..., otherwise past, as news reports mostly are).
  Without a reference date such rows keep `date` None.
* `$9.6 billion a day`: the `a day` is a row of kind `set` with duration `P1D` (also `per year`,
  `three times a week`, `every year`, `daily`, `annually`).
* A duration never becomes a date: `the last 24 hours` is duration `PT24H`; `two days earlier`
  and `a week ago` are dates. Ages (`10-year-old`, `10 years old`) are left to the quantity finder.
* A bare four-digit number is a year only in date context: after in / since / until / before /
  after / during / between / from / by ..., in `the 2011 census`, `2016's`, `(2009)`, `2016 was`,
  beside a month or a season, or in a range `2015-16`; never before a counted noun (`in 2000 cases`).
* Times (`4:17 a.m.`, `7.50pm`, `10:30 GMT`, `noon`) take the day of a day-level date in the same
  sentence (`2016-12-11T04:17`), else the reference date's (news reports the times of the day
  it is written; TimeML anchors them there too), else stay partial (`XXXX-XX-XXT04:17`). Hours are
  written with minutes, as TimeML does (`7pm` -> `T19:00`). Parts of days
  (`this morning`, `Sunday night`, `the past night`) are dates with a TIMEX part: `2016-12-11TMO`.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from . import _temporal_calendar as cal
from ._regex import caseless
from ._temporal_patterns import (
    BRANCH_RE,
    DECADE_WORDS,
    DISPATCH,
    DISPATCH_WORD,
    FREQUENCY_WORDS,
    HOUR_WORDS,
    MODIFIERS,
    MONTHS,
    NUMBERISH_BEFORE_RE,
    PARTS_OF_DAY,
    PAST_WORDS,
    QUALIFIERS,
    SEASONS,
    SPEED_BEFORE_RE,
    TRIGGER,
    UNITS,
    WEEKDAYS,
    dispatch_key,
)
from .mention import Found
from .numbers import WORDS, iso_number, parse_number, parse_ordinal
from .quantities import soup_end

__all__ = ["find_temporal", "infer_reference_date"]

#: Nouns that make a four-digit number a count, not a year: `in 2000 cases`, `the 1500 people`.
COUNTED_NOUNS = frozenset(
    [
        "people", "persons", "police", "staff", "personnel", "troops", "soldiers", "civilians",
        "refugees", "migrants", "children", "adults", "women", "men", "students", "workers",
        "employees", "members", "residents", "families", "households", "homes", "houses", "buildings",
        "jobs", "votes", "voters", "points", "words", "dollars", "euros", "pounds", "yen", "yuan",
        "rupees", "miles", "km", "metres", "meters", "feet", "tonnes", "tons", "barrels", "units",
        "copies", "patients", "cases", "deaths", "casualties", "fatalities", "injuries", "arrests",
        "incidents", "attacks", "protesters", "fighters", "militants", "rebels", "prisoners",
        "detainees", "hostages", "passengers", "visitors", "tourists", "fans", "spectators",
        "participants", "delegates", "athletes", "cars", "vehicles", "planes", "aircraft", "ships",
        "boats", "trucks", "rockets", "missiles", "shells", "bombs", "tanks", "guns", "weapons",
        "acres", "hectares", "sq", "square", "cubic", "years", "months", "weeks", "days", "hours",
        "minutes", "seconds", "times", "percent", "per", "km2", "kilometres", "kilometers", "metres",
        "of", "more", "less"
    ]
)
#: Plural nouns after `the 2016` that still make it a year: `the 2016 elections`.
YEAR_PLURALS = frozenset(
    [
        "elections", "games", "olympics", "polls", "riots", "protests", "floods", "attacks", "talks",
        "negotiations", "finals", "playoffs", "championships", "midterms", "accords", "sanctions",
        "awards", "oscars", "emmys", "grammys", "primaries", "hearings", "celebrations", "events",
        "results", "figures", "statistics", "numbers", "accounts", "rankings", "standings"
    ]
)
#: Newspapers and shows named after a weekday.
WEEKDAY_NAMES_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|People|Post|Herald|Mail|Independent|Star|Sport|Tribune"
    r"|Morning|Night\s+Live|Bloody|School|Observer|Age|Business|Sun)\b"
)

# ---------------------------------------------------------------------------------------------------
# small helpers


def _found(start: int, end: int, kind: str, **fields: object) -> Found:
    return Found(start=start, end=end, kind=kind, **fields)  # type: ignore[arg-type]


def _num(text: str | None) -> float | None:
    """A duration's number: digits, words, `a`/`an` (one), `half an` (a half).

    >>> [_num(s) for s in ["48", "1,000", "two and a half", "a", "An", "half an", "a dozen", "x"]]
    [48.0, 1000.0, 2.5, 1.0, 1.0, 0.5, 12.0, None]
    """
    if text is None:
        return None
    t = " ".join(text.lower().split())
    if t in ("a", "an", "another"):
        return 1.0
    if t in ("half", "half a", "half an"):
        return 0.5
    return parse_number(t)


def _iso_duration(n: float, unit: str) -> tuple[str, str]:
    """(canonical unit, ISO 8601 duration) for n units.

    >>> _iso_duration(48, "hours"), _iso_duration(1, "decade"), _iso_duration(2.5, "years")
    (('hour', 'PT48H'), ('decade', 'P10Y'), ('year', 'P2.5Y'))
    >>> _iso_duration(3, "months"), _iso_duration(5, "mins"), _iso_duration(2, "fortnights")
    (('month', 'P3M'), ('minute', 'PT5M'), ('week', 'P4W'))
    """
    key = unit.lower()
    if key not in UNITS:
        key = key.removesuffix("s")
    name, letter, mult = UNITS[key]
    timed = name in ("hour", "minute", "second")
    return name, f"P{'T' if timed else ''}{iso_number(n * mult)}{letter}"


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): back and forward to the nearest . ! ? or newline."""
    lo = max(0, start - 400)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("! "), left.rfind("? "), left.rfind("\n"))
    s0 = lo + cut + 1 if cut >= 0 else lo
    right = text[end : end + 400]
    cuts = [i for i in (right.find(". "), right.find("! "), right.find("? "), right.find("\n")) if i >= 0]
    s1 = end + (min(cuts) + 1 if cuts else len(right))
    return s0, s1


def _tense(text: str, start: int, end: int) -> str | None:
    """The tense the span is spoken in: the nearest tense cue in its sentence decides.

    Future cues: will, 'll, going to, is to, to be, plans to, scheduled, due to, expected to.
    Past cues: was, were, had, said, a verb in -ed, and the common irregular past forms.
    None when the sentence has neither.

    >>> _tense("They will meet on Sunday.", 17, 23), _tense("They met on Sunday.", 12, 18)
    ('future', 'past')
    >>> _tense("On Wednesday, Microsoft announced that the next version will ship.", 3, 12)
    'past'
    >>> _tense("He is due in November to become editor.", 13, 21) is None
    True
    """
    s0, s1 = _sentence_bounds(text, start, end)
    s0, s1 = max(s0, start - 150), min(s1, end + 100)  # the nearest cue is near: bounded work per span
    best: tuple[int, str] | None = None
    prev = ""
    for w in _TENSE_WORD.finditer(text, s0, s1):
        word = w.group().lower()
        tense = _cue(word, prev)
        prev = word
        if tense is None:
            continue
        distance = start - w.end() if w.end() <= start else w.start() - end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, tense)
    return best[1] if best else None


_TENSE_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_FUTURE_WORDS = {"will", "shall", "won't", "won’t", "scheduled", "planned"}
_FUTURE_BEFORE_TO = {"going", "is", "are", "plan", "plans", "set", "due", "expected", "intend", "intends"}
_NOT_PAST_AFTER = {"be", "been", "being", "to", "will", "have"}


def _cue(word: str, prev: str) -> str | None:
    """The tense a word signals, given the word before it; None for most words."""
    if word in _FUTURE_WORDS or word.endswith(("'ll", "’ll")) or (word == "to" and prev in _FUTURE_BEFORE_TO) \
            or (word == "be" and prev == "to"):
        return "future"
    if prev in _NOT_PAST_AFTER:
        return None  # "will be held", "to be elected", "have said": not a simple past
    if word in PAST_WORDS or (len(word) > 3 and word.endswith("ed") and word[-3] != "e"):
        return "past"
    return None


def _is_future(text: str, start: int, end: int) -> bool:
    """Does the span's sentence speak of it in the future (its nearest tense cue)?

    >>> _is_future("They will meet on Sunday.", 17, 23), _is_future("They met on Sunday.", 12, 18)
    (True, False)
    """
    return _tense(text, start, end) == "future"


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _valid(year: int | None, month: int, day: int) -> bool:
    """Does the day exist (in a leap year when the year is unknown)?"""
    return 1 <= day <= calendar.monthrange(year if year else 2000, month)[1]


def _year_of(word: str, near: int | None = None) -> int:
    """A year from 4 digits or from 2 digits ('17 / 17 after 2016 -> 2017)."""
    w = word.lstrip("'’")
    y = int(w)
    if len(w) == 2:
        if near is not None:
            century = near // 100 * 100
            y = century + y if century + y >= near else century + 100 + y
        else:
            y += 2000 if y < 50 else 1900
    return y


# ---------------------------------------------------------------------------------------------------
# branch handlers: each gets the branch's own match and returns its rows

_Ctx = tuple[str, "dt.date | None", bool]  # text, ref, day_first
_Handler = Callable[[re.Match[str], _Ctx], list[Found]]


def _day_date(m: re.Match[str], ctx: _Ctx, month: int, day: int, year_word: str | None) -> str | None:
    text, ref, _ = ctx
    if year_word:
        year = _year_of(year_word)
        return dt.date(year, month, day).isoformat() if _valid(year, month, day) else None
    if month == 9 and day == 11 and _NINE_ELEVEN.match(text, m.end()):
        return "2001-09-11"  # "the September 11 attacks": the event names its day
    if ref is None:
        return None
    got = cal.nearest_day(ref, month, day, past=not _is_future(text, m.start(), m.end()))
    return got.isoformat() if got else None


_NINE_ELEVEN = re.compile(r"\s+(?:attacks?|terror\w*|victims?|hijack\w*|commission|families|widows?|memorial|plot\w*)\b",
                          re.IGNORECASE)


def _h_month_day(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    month = _month_of(m["mon"])
    day = _day_of(m["day"]) if m["day"] else parse_ordinal(m["dayw"])
    year = _year_of(m["year"]) if m["year"] else None
    if not day or not _valid(year, month, day):
        return []
    return [_found(m.start(), m.end(), "date", date=_day_date(m, ctx, month, day, m["year"]))]


def _h_iso(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    year = int(m["y"])
    if m["w"]:
        return [_found(m.start(), m.end(), "date", date=f"{year}-W{m['w']}")]
    month, day = int(m["m"]), int(m["d"])
    if not _valid(year, month, day):
        return []
    date = f"{year}-{month:02d}-{day:02d}"
    if m["hh"]:
        return [_found(m.start(), m.end(), "time", date=f"{date}T{m['hh']}:{m['mm']}")]
    return [_found(m.start(), m.end(), "date", date=date)]


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    day_first = ctx[2]
    if m["nine"]:
        return [_found(m.start(), m.end(), "date", date="2001-09-11")]
    if m["a2"]:
        a, b = int(m["a2"]), int(m["b2"])
        month, day = (b, a) if (day_first or a > 12) else (a, b)
        if not 1 <= month <= 12 or not _valid(None, month, day):
            return []
        return [_found(m.start(), m.end(), "date", date=_day_date(m, ctx, month, day, None))]
    a, b = int(m["a"]), int(m["b"])
    year = _year_of(m["y"])
    month, day = (b, a) if (day_first or a > 12) else (a, b)
    if not 1 <= month <= 12 or not _valid(year, month, day):
        return []
    return [_found(m.start(), m.end(), "date", date=f"{year}-{month:02d}-{day:02d}")]


def _clock(h: int, mi: str | None, ap: str | None, sec: str | None = None) -> str | None:
    """TIMEX time of day, hours and minutes as TimeML writes them: (4, '17', 'a.m.') -> 'T04:17'; (7, None, 'pm') -> 'T19:00'."""
    if ap:
        pm = ap.lower().startswith("p")
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if pm else 0)
    return f"T{h:02d}:{mi or '00'}" + (f":{sec}" if sec else "")


def _h_clock(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    got = _clock(int(m["h"]), m["m"], m["ap"], m["s"] if "s" in m.re.groupindex else None)
    if got is None:
        return []
    return [_found(m.start(), m.end(), "time", date="XXXX-XX-XX" + got)]


def _h_wordtime(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    hour = m["h"] or m["h2"]
    h = int(hour) if hour.isdigit() else HOUR_WORDS[hour.lower()]
    mins_word = m["mins"] or m["mins2"] or m["mins3"]
    direction = (m["dir"] or m["dir2"] or m["dir3"] or "").lower()
    mi = 30 if m["half"] else 15 if m["quarter"] else int(_num(mins_word) or 0) if mins_word else 0
    if direction == "to":
        h, mi = (h - 1) or 12, 60 - mi
    part = (m["part"] or "").lower()
    ap = m["ap"] or ("pm" if part in ("afternoon", "evening") or (part == "night" and h >= 5) else None)
    if part == "night" and h == 12:
        h, ap = 0, None
    got = _clock(h, f"{mi:02d}" if direction else None, ap)
    if got is None:
        return []
    return [_found(m.start(), m.end(), "time", date="XXXX-XX-XX" + got)]


def _h_noon(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    word = m["w"].lower()
    return [_found(m.start(), m.end(), "time", date="XXXX-XX-XX" + ("T00:00" if word == "midnight" else "T12:00"))]


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4, "last": 4}


def _rel_year(ref: dt.date | None, rel: str | None) -> int | None:
    if ref is None:
        return None
    return ref.year + {"last": -1, "next": 1, "previous": -1, "coming": 1}.get((rel or "this").lower(), 0)


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    start = m.start()
    if m["qh"]:
        letter, n = ("Q" if m["qh"] == "Q" else "H"), int(m["n"])
        year = _year_of(m["year2"]) if m["year2"] else None
        if letter == "H" and n > 2:
            return []
    else:
        letter = "Q" if m["what"].lower() == "quarter" else "H"
        n = _ORD[m["ord"].lower()]
        if m["ord"].lower() == "last" and letter == "Q" and not m["year"] and not m["rel"] and not m["the"] \
                and not m.group().lower().startswith("the"):
            date = _relative(ref, "last", "quarter", False) if ref else None
            return [_found(start, m.end(), "date", date=date)]
        if letter == "H":
            n = 2 if n >= 2 else 1
        year = int(m["year"]) if m["year"] else _rel_year(ref, m["rel"]) if (m["rel"] or m["the"]) else None
    explicit = year is not None or m["rel"] or m["the"]
    if letter == "H" and not explicit:
        return []
    if year is None and ref is not None and letter == "Q":
        year, n = cal.nearest_quarter(ref, n, past=not _is_future(text, m.start(), m.end()))
    date = f"{year}-{letter}{n}" if year is not None else None
    return [_found(start, m.end(), "date", date=date)]


def _resolve_core(core: str, ref: dt.date | None, future: bool) -> str | None:
    """The date of what follows a modifier: `2016`, `November`, `last year`, `the 1990s`, `summer 2018`."""
    c = " ".join(core.lower().replace("-", " ").split())
    if re.fullmatch(r"\d{4}", c):
        return c
    m = re.fullmatch(r"(?:the )?(\d{3})0'?s", c)
    if m:
        return m.group(1)
    m = re.fullmatch(r"([a-z.]+),? (\d{4})", c)
    if m and m.group(1).rstrip(".") in MONTHS:
        return f"{m.group(2)}-{_month_of(m.group(1)):02d}"
    if c.rstrip(".") in MONTHS:
        if ref is None:
            return None
        got = cal.nearest_month(ref, _month_of(c), past=not future)
        return f"{got.year}-{got.month:02d}"
    m = re.fullmatch(r"(?:the )?(spring|summer|autumn|winter|fall)(?: (?:of )?(\d{4}))?", c)
    if m:
        if m.group(2):
            return f"{m.group(2)}-{SEASONS[m.group(1)]}"
        if ref is None:
            return None
        y, s = cal.nearest_season(ref, SEASONS[m.group(1)], "future" if future else "past")
        return f"{y}-{s}"
    m = re.fullmatch(r"(this|last|next|the past|the coming|the) (\w+)", c)
    if m and ref is not None:
        return _relative(ref, m.group(1).replace("the past", "last").replace("the coming", "next")
                         .replace("the", "this"), m.group(2), future)
    return None


def _relative(ref: dt.date, rel: str, what: str, future: bool) -> str | None:
    """`last year`, `this month`, `next week`, `last Sunday`, `this summer` against the ref.

    >>> ref = dt.date(2016, 12, 11)
    >>> [_relative(ref, r, w, False) for r, w in [("last", "year"), ("this", "month"), ("next", "week")]]
    ['2015', '2016-12', '2016-W50']
    >>> [_relative(ref, r, w, False) for r, w in [("last", "friday"), ("last", "march"), ("this", "morning")]]
    ['2016-12-09', '2016-03', '2016-12-11TMO']
    """
    rel, what = rel.lower(), what.lower()
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if what == "year":
        return str(ref.year + step)
    if what == "month":
        got = cal.shift_months(ref.replace(day=1), step)
        return f"{got.year}-{got.month:02d}"
    if what in ("week", "weekend"):
        return cal.iso_week(ref + dt.timedelta(days=7 * step)) + ("-WE" if what == "weekend" else "")
    if what == "quarter":
        idx = ref.year * 4 + (ref.month - 1) // 3 + step
        return f"{idx // 4}-Q{idx % 4 + 1}"
    if what == "decade":
        return str(ref.year // 10 + step)
    if what == "century":
        return f"{ref.year // 100 + step:02d}"
    if what in SEASONS:
        if not step:
            return f"{ref.year}-{SEASONS[what]}"  # this summer: the one of this year
        y, s = cal.nearest_season(ref, SEASONS[what], "last" if step < 0 else "next")
        return f"{y}-{s}"
    if what in WEEKDAYS:
        how = {-1: "last", 1: "next"}.get(step, "this")
        return cal.weekday(ref, WEEKDAYS[what], how).isoformat()
    if what.rstrip(".") in MONTHS:
        month = _month_of(what)
        if step:
            got = cal.nearest_month(ref, month, past=step < 0, strict=True)
            return f"{got.year}-{got.month:02d}"
        return f"{ref.year}-{month:02d}"  # this September: the one of this year
    if what in PARTS_OF_DAY:
        return f"{ref.isoformat()}T{PARTS_OF_DAY[what]}"
    return None


def _h_mod(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    mod = MODIFIERS[" ".join(m["mod"].lower().split())]
    date = _resolve_core(m["rest"], ref, _is_future(text, m.start(), m.end()))
    return [_found(m.start(), m.end(), "date", date=date, modifier=mod)]


def _h_decade(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    if m["full"]:
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["dmod"] or "").lower())
        return [_found(m.start(), m.end(), "date", date=m["full"][:3], modifier=mod)]
    if m["two"]:
        first = m.group().split()[0].lower()
        start = m.start() if first != "the" else m.start("two") - (m.string[m.start("two") - 1] in "'’")
        mod = {"early": "START", "mid": "MID", "late": "END"}.get(first)
        return [_found(start, m.end(), "date", date="19" + m["two"][0], modifier=mod)]
    return [_found(m.start() + 4, m.end(), "date", date=f"19{DECADE_WORDS[m['word'].lower()]}")]


def _h_century(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    n = parse_ordinal(m["ord"])
    if not n or n > 21:
        return []
    return [_found(m.start("ord"), m.end(), "date", date=f"{n - 1:02d}")]


def _h_season(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    return [_found(m.start("season"), m.end(), "date", date=f"{m['year']}-{SEASONS[m['season'].lower()]}")]


def _h_rel(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    rel, what = m["rel"].lower(), m["what"].lower()
    if what in SEASONS and what == "fall" and m["what"] != "fall":
        return []
    if rel == "coming" and what not in WEEKDAYS:
        rel = "next"
    date = _relative(ref, rel, what, _is_future(text, m.start(), m.end())) if ref else None
    if date and m["part"] and what in WEEKDAYS:
        date += "T" + PARTS_OF_DAY[m["part"].lower()]
    return [_found(m.start(), m.end(), "date", date=date)]


def _h_weekday_of_week(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    ref = ctx[1]
    rel, wd = (m["rel"] or m["rel2"]).lower(), WEEKDAYS[(m["wd"] or m["wd2"]).lower()]
    date = None
    if ref is not None:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * {"last": -1, "next": 1}.get(rel, 0))
        date = (monday + dt.timedelta(days=wd)).isoformat()
    return [_found(m.start("wd2") if m["wd2"] else m.start(), m.end(), "date", date=date)]


def _holiday_day(name: str, year: int) -> dt.date | None:
    """The day of a holiday in a year (fixed dates, and the US rules for the movable ones).

    >>> _holiday_day("thanksgiving", 2016), _holiday_day("easter sunday", 2016), _holiday_day("christmas eve", 2016)
    (datetime.date(2016, 11, 24), datetime.date(2016, 3, 27), datetime.date(2016, 12, 24))
    """
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
        "new years day": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31), "halloween": (10, 31),
        "valentine's day": (2, 14), "valentines day": (2, 14), "boxing day": (12, 26),
        "independence day": (7, 4), "bastille day": (7, 14), "st patrick's day": (3, 17),
        "remembrance day": (11, 11), "armistice day": (11, 11),
    }
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'").replace("st.", "st"))
    if key in fixed:
        return dt.date(year, *fixed[key])
    if key.startswith("thanksgiving"):  # the fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if key in ("labor day", "labour day"):  # the first Monday of September
        first = dt.date(year, 9, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7)
    if key == "memorial day":  # the last Monday of May
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    if key.startswith("easter") or key == "good friday":  # the Gregorian computus
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m_ = (a + 11 * h + 19 * l_) // 433
        month, day = (h + l_ - 7 * m_ + 90) // 25, (h + l_ - 7 * m_ + 33 * ((h + l_ - 7 * m_ + 90) // 25) + 19) % 32
        sunday = dt.date(year, month, day)
        return sunday + dt.timedelta(days={"easter monday": 1, "good friday": -2}.get(key, 0))
    return None


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    if m["name"]:
        return []  # the Good Friday Agreement, Christmas Island: names (the span is still claimed)
    name = m["h"]
    date = None
    if m["year"]:
        got = _holiday_day(name, int(m["year"]))
        date = got.isoformat() if got else None
    elif ref is not None:
        future = _is_future(text, m.start(), m.end())
        for year in ((ref.year, ref.year + 1) if future else (ref.year, ref.year - 1)):
            got = _holiday_day(name, year)
            if got and ((got >= ref) if future else (got <= ref)):
                date = got.isoformat()
                break
    return [_found(m.start(), m.end(), "date", date=date)]


_VAGUE_UNITS = {"seconds": ("second", "PTXS"), "minutes": ("minute", "PTXM"), "hours": ("hour", "PTXH"),
                "days": ("day", "PXD"), "weeks": ("week", "PXW"), "months": ("month", "PXM"),
                "years": ("year", "PXY"), "decades": ("decade", "PXDE"), "centuries": ("century", "PXCE")}


def _h_vague(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """"several years", "the past few months": a duration of unknown length, as TimeML writes it."""
    unit, iso = _VAGUE_UNITS[m["unit"].lower()]
    return [_found(m.start(), m.end(), "duration", unit=unit, duration=iso, qualifier="~")]


def _h_deictic(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    date = None
    if m["word"]:
        if ref is not None:
            shift = {"before": -1, "after": 1}.get((m["shift"] or "").lower(), 0)
            day = ref + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m["word"].lower()] + shift)
            date = day.isoformat() + (f"T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else "")
    elif m["weekend"]:
        if ref is not None:  # over the weekend: the last one (this one from Saturday on), or the next
            if _is_future(text, m.start(), m.end()):
                saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
            else:
                saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
            date = cal.iso_week(saturday) + "-WE"
    elif ref is not None:
        night = m["night"].lower()
        day = ref if night == "tonight" else ref - dt.timedelta(days=1)
        date = f"{day.isoformat()}TNI"
    return [_found(m.start(), m.end(), "date", date=date)]


def _h_ago(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    n = _num(m["num"])
    if n is None:
        return []
    parts = [(n, _iso_duration(n, m["unit"])[0])]
    if m["more"]:
        parts = _more_parts(text, m.end("unit"), parts, before_ago=True)[:-1]
    date = None
    if ref is not None:
        sign = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
        months = days = 0.0
        for k, name in parts:
            mult = UNITS[name][2]
            if name in ("year", "decade", "century", "millennium"):
                months += 12 * k * mult
            elif name == "month":
                months += k
            elif name in ("week", "day"):
                days += k * (7 if name == "week" else 1)
        finest = parts[-1][1]
        day = cal.shift_months(ref, sign * round(months)) + dt.timedelta(days=sign * round(days))
        if finest in ("year", "decade", "century", "millennium"):
            date = str(day.year)
        elif finest == "month":
            date = f"{day.year}-{day.month:02d}"
        else:
            date = day.isoformat()
    return [_found(m.start(), m.end(), "date", date=date)]


_SET_UNITS = {"annum": "P1Y", "night": "P1D", "morning": "P1D", "evening": "P1D", "afternoon": "P1D",
              "weekend": "P1W", "quarter": "P3M"}
_SET_DATES = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "weekend": "XXXX-WXX-WE"}


def _h_set(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text = ctx[0]
    if m["adv"]:
        return [_found(m.start(), m.end(), "set", duration=FREQUENCY_WORDS[m["adv"].lower()])]
    if m["wds"]:
        wd = WEEKDAYS[m["wds"].lower()[:-1]] + 1
        return [_found(m.start(), m.end(), "set", duration="P1W", date=f"XXXX-WXX-{wd}")]
    every, unit = m["every"].lower(), m["unit"].lower()
    start = m.start()
    if every in ("a", "an") and not m["freq"]:
        before = text[max(0, m.start() - 40) : m.start()]
        if SPEED_BEFORE_RE.search(before):
            return []
        if m["num"] or not NUMBERISH_BEFORE_RE.search(before):
            dm = BRANCH_RE["dur"].match(text, m.start())
            return _h_dur(dm, ctx) if dm else []
    n = _num(m["num"]) if m["num"] else 1.0
    if n is None:
        return []
    if "other" in m.group().lower():
        n *= 2
    date = None
    if unit in WEEKDAYS:
        duration, date = f"P{iso_number(n)}W", f"XXXX-WXX-{WEEKDAYS[unit] + 1}"
    elif unit in _SET_UNITS:
        duration, date = _SET_UNITS[unit], _SET_DATES.get(unit)
    else:
        duration = _iso_duration(n, unit)[1]
    value = None
    if m["freq"]:
        f = m["freq"].lower()
        value = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(f) or _num(f.rsplit(" ", 1)[0])
    return [_found(start, m.end(), "set", duration=duration, value=value, date=date)]


def _shift(ref: dt.date, unit: str, n: int) -> str | None:
    """The year, month or week `n` units from the reference date, as a TIMEX value.

    >>> _shift(dt.date(2016, 12, 11), "year", -1), _shift(dt.date(2016, 12, 11), "month", 1)
    ('2015', '2017-01')
    """
    if unit == "year":
        return str(ref.year + n)
    if unit == "month":
        idx = ref.year * 12 + ref.month - 1 + n
        return f"{idx // 12}-{idx % 12 + 1:02d}"
    if unit == "week":
        return cal.iso_week(ref + dt.timedelta(weeks=n))
    return None


#: "is a day of", "came a day when": the article names a day, it measures nothing.
_NO_SPAN_BEFORE = re.compile(r"\b(?:is|was|be|been|came|comes|come|such)\s+$", re.IGNORECASE)
_NO_SPAN_AFTER = re.compile(r"\s+(?:of|when|that|which|for|to)\b", re.IGNORECASE)


def _unit_multiple(unit: str) -> float:
    """How many of its canonical unit a written unit is: a fortnight is 2 weeks; others are 1."""
    return 2.0 if unit.lower().startswith("fortnight") else 1.0


def _h_dur(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    if m["unit2"] and m["rel2"].lower() in ("previous", "following") and ctx[1] is not None:
        shifted = _shift(ctx[1], m["unit2"].lower(), -1 if m["rel2"].lower() == "previous" else 1)
        if shifted:  # "the previous year" is a date (TimeML), "the past year" a duration
            return [_found(m.start(), m.end(), "date", date=shifted)]
    if m["unit2"]:
        name, iso = _iso_duration(1, m["unit2"])
        return [_found(m.start(), m.end(), "duration", value=1.0, unit=name, duration=iso)]
    n = _num(m["num"])
    if n is None:
        return []
    if m["lead"] or m["half"]:
        n += 0.5
    unit_word = m["unit"]
    if unit_word.lower() == "h" and not m["num"][0].isdigit():
        return []
    if unit_word.lower() == "second" and not m["num"][0].isdigit():
        return []  # 'a second attack', 'twenty second' are ordinals
    if m["num"].lower() in ("a", "an") and _NO_SPAN_BEFORE.search(ctx[0], max(0, m.start() - 12), m.start()) \
            and _NO_SPAN_AFTER.match(ctx[0], m.end()):
        return []  # "This is a day of joy", "there came a day when": a day named, no span of time
    q = " ".join(m["q"].lower().split()) if m["q"] else None
    start = m.start()
    if m["rel"]:
        q, start = None, m.start("num")
    qualifier = QUALIFIERS.get(q, "=") if q else "="
    if m["num2"]:
        n2 = _num(m["num2"])
        if n2 is None or n2 <= n:
            return []
        name, _ = _iso_duration(n, unit_word)
        return [_found(start, m.end(), "duration", qualifier="range", low=n, high=n2, unit=name)]
    if qualifier == "range":
        return []
    name, iso = _iso_duration(n, unit_word)
    n *= _unit_multiple(unit_word)  # a fortnight is two weeks
    end, value = m.end(), n
    parts = _more_parts(ctx[0], end, [(n, name)])
    if len(parts) > 1:  # three hours and 20 minutes: one duration
        end = parts.pop()[0]  # type: ignore[assignment]
        iso = _compose(parts)  # type: ignore[arg-type]
        value = round(sum(k * _SECONDS[u] for k, u in parts) / _SECONDS[name], 6)  # type: ignore[misc]
    low = value if qualifier in (">", ">=") else None
    high = value if qualifier in ("<", "<=") else None
    return [_found(start, end, "duration", value=value, low=low, high=high, qualifier=qualifier,
                   unit=name, duration=iso)]


#: Rough length of each unit in seconds, to order and add the parts of a composite duration.
_SECONDS = {"year": 31557600.0, "month": 2629800.0, "week": 604800.0, "day": 86400.0, "hour": 3600.0,
            "minute": 60.0, "second": 1.0, "decade": 315576000.0, "century": 3155760000.0,
            "millennium": 31557600000.0}
_MORE_RE = re.compile(caseless(rf"""
    (?:\s*,\s*|\s+)(?:and\s+)?                    # ', ' or ' and '
    (?P<num>\d+(?:\.\d+)?|{WORDS}|an?)[\s-]*      # 20
    (?P<unit>years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|secs?)\b  # minutes
"""))
_AGO_AFTER_RE = re.compile(r"\s+(?:ago|earlier|later|before|from\s+now)\b", re.IGNORECASE)


def _more_parts(text: str, pos: int, parts: list[tuple[float, str]], *, before_ago: bool = False) -> list:
    """Smaller units right after a duration (`3 hours` + `and 20 minutes`), then the end offset."""
    while True:
        mm = _MORE_RE.match(text, pos)
        if mm is None:
            break
        n = _num(mm["num"])
        name = _iso_duration(1, mm["unit"])[0]
        if n is None or _SECONDS[name] >= _SECONDS[parts[-1][1]]:
            break
        if name == "second" and not mm["num"][0].isdigit():
            break
        parts.append((n, name))
        pos = mm.end()
    if len(parts) > 1 and not before_ago and _AGO_AFTER_RE.match(text, pos):
        return parts[:1]  # '1 month 21 days ago' is a date: the ago branch takes it
    return [*parts, (pos, "")]


def _compose(parts: list[tuple[float, str]]) -> str:
    """ISO 8601 duration of several parts.

    >>> _compose([(3, "hour"), (20, "minute")]), _compose([(4, "year"), (8, "month")]), _compose([(1, "day"), (6, "hour")])
    ('PT3H20M', 'P4Y8M', 'P1DT6H')
    """
    date, time = "", ""
    for n, name in parts:
        iso = _iso_duration(n, name)[1]
        if iso.startswith("PT"):
            time += iso[2:]
        else:
            date += iso[1:]
    return "P" + date + ("T" + time if time else "")


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    return [_found(m.start(), m.end(), "date", date=f"{int(m['year'])}-{_month_of(m['mon']):02d}")]


def _h_year_range(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    y1 = int(m["y1"])
    y2 = _year_of(m["y2"], near=y1)
    if len(m["y2"]) == 2 and y2 - y1 > 30:  # 2016-11 is November 2016, not 2016 to 2111
        month = int(m["y2"])
        return [_found(m.start(), m.end(), "date", date=f"{y1}-{month:02d}")] if 1 <= month <= 12 else []
    if not y1 < y2 <= y1 + 100:
        return []
    return [_found(m.start("y1"), m.end("y1"), "date", date=str(y1)),
            _found(m.start("y2"), m.end("y2"), "date", date=str(y2))]


def _next_word(text: str, pos: int) -> str:
    m = re.compile(r"\s+([A-Za-z][\w-]*)").match(text, pos)
    return m.group(1) if m else ""


def _h_year_prep(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text = ctx[0]
    prep, year = m["prep"].lower(), int(m["year"])
    last_end = m.end("y2") if m["y2"] else m.end("year")
    if _next_word(text, last_end).lower() in COUNTED_NOUNS:
        return []
    if prep in ("from", "between", "by") and year < 1900:
        return []
    out = [_found(m.start("year"), m.end("year"), "date", date=str(year))]
    if m["y2"]:
        y2 = _year_of(m["y2"], near=year)
        if y2 <= year and prep in ("from", "between"):
            return []
        out.append(_found(m.start("y2"), m.end("y2"), "date", date=str(y2)))
    return out


def _h_year_noun(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    for g in ("year", "year2", "year3", "year4", "year5"):
        if m[g]:
            break
    year = int(m[g])
    if g == "year":
        noun = m["noun"]
        low = noun.lower()
        if low in COUNTED_NOUNS or (
                noun[0].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics"))
                and low not in YEAR_PLURALS):
            return []
    elif g in ("year4", "year5") and year < 1900:
        return []
    return [_found(m.start(g), m.end(g), "date", date=str(year))]


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    if not m["part"] and WEEKDAY_NAMES_AFTER.match(text, m.end()):
        return []
    date = None
    if ref is not None:
        how = "future" if _is_future(text, m.start(), m.end()) else "past"
        date = cal.weekday(ref, WEEKDAYS[m["wd"].lower()], how).isoformat()
        if m["part"]:
            date += "T" + PARTS_OF_DAY[m["part"].lower()]
    return [_found(m.start(), m.end(), "date", date=date)]


def _h_month(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    prep = m["prep"].lower()
    out = []
    for group in ("mon", "mon2"):
        if not m[group]:
            continue
        month, date = _month_of(m[group]), None
        if m["year"]:  # between March and May 2015: the year written after the range
            date = f"{m['year']}-{month:02d}"
        elif ref is not None:
            if prep == "last":
                got = cal.nearest_month(ref, month, past=True, strict=True)
            elif prep == "next":
                got = cal.nearest_month(ref, month, past=False, strict=True)
            elif prep == "since":
                got = cal.nearest_month(ref, month, past=True)
            else:
                tense = _tense(text, m.start(), m.end())
                if tense is None:  # no tense in view: the occurrence nearest the reference date
                    back = cal.nearest_month(ref, month, past=True)
                    ahead = cal.nearest_month(ref, month, past=False)
                    got = back if (ref - back).days <= (ahead - ref).days + 31 else ahead
                else:
                    got = cal.nearest_month(ref, month, past=tense == "past")
            date = f"{got.year}-{got.month:02d}"
        start = m.start() if group == "mon" and prep in ("last", "this", "next") else m.start(group)
        out.append(_found(start, m.end(group), "date", date=date))
    return out


def _h_nth(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    day = _day_of(m["day"] or m["day2"]) if (m["day"] or m["day2"]) else parse_ordinal(m["dayw"])
    if not day or day > 31:
        return []
    date = None
    if ref is not None:
        future = _is_future(text, m.start(), m.end())
        got = _nearest_nth(ref, day, WEEKDAYS[m["wd"].lower()] if m["wd"] else None, future)
        date = got.isoformat() if got else None
    return [_found(m.start("the") if m["the"] else m.start(), m.end(), "date", date=date)]


def _nearest_nth(ref: dt.date, day: int, wd: int | None, future: bool) -> dt.date | None:
    """The day-of-month `day` nearest the ref in the tense's direction, on weekday `wd` if given.

    >>> _nearest_nth(dt.date(2016, 12, 11), 15, None, False), _nearest_nth(dt.date(2016, 12, 11), 15, None, True)
    (datetime.date(2016, 11, 15), datetime.date(2016, 12, 15))
    >>> _nearest_nth(dt.date(2017, 9, 1), 15, 4, True)   # Friday the 15th
    datetime.date(2017, 9, 15)
    """
    first = None
    for step in ((1, -1) if future else (-1, 1)):  # the tense's direction first, then the other
        for k in range(0, 13 * step, step):
            base = cal.shift_months(ref.replace(day=1), k)
            if not _valid(base.year, base.month, day):
                continue
            cand = dt.date(base.year, base.month, day)
            if (cand < ref) if step > 0 else (cand > ref):
                continue
            if wd is None or cand.weekday() == wd:
                return cand
            first = first or cand
    return first


_HANDLERS: dict[str, _Handler] = {
    "md": _h_month_day, "dm": _h_month_day, "iso": _h_iso, "num": _h_numeric, "clock": _h_clock,
    "ampm": _h_clock, "wordtime": _h_wordtime, "noon": _h_noon, "quarter": _h_quarter, "mod": _h_mod, "decade": _h_decade,
    "century": _h_century, "season": _h_season, "rel": _h_rel, "wdweek": _h_weekday_of_week, "deictic": _h_deictic, "ago": _h_ago,
    "set": _h_set, "dur": _h_dur, "my": _h_month_year, "yrange": _h_year_range, "yprep": _h_year_prep,
    "ynoun": _h_year_noun, "weekday": _h_weekday, "month": _h_month, "bmonth": _h_month, "nth": _h_nth,
    "holiday": _h_holiday, "vague": _h_vague,
}


# ---------------------------------------------------------------------------------------------------
# the scan

#: How far before a trigger word an expression may start: `no more than two and a half years`.
_LOOKBACK = 48


_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_YEAR_VALUE = re.compile(r"\d{4}")
_REL_YEAR = re.compile(r"(?:this|last|next|the\s+same)\s+year", re.IGNORECASE)


def _merge_adjacent(text: str, found: list[Found]) -> list[Found]:
    """One expression written as two: "February this year", "January of last year" (a month of
    a relative year) is one row, as TimeML tags it.

    >>> ref = dt.date(2013, 6, 1)
    >>> t = "Talks began in February this year and in January of last year."
    >>> [(t[f.start:f.end], f.date) for f in find_temporal(t, ref)]
    [('February this year', '2013-02'), ('January of last year', '2012-01')]
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        gap = text[prev.end : f.start] if prev else ""
        if prev and prev.date and f.date and gap.strip() in ("", "of") and len(gap) <= 4:
            if (prev.kind == "date" and f.kind == "date" and _MONTH_VALUE.fullmatch(prev.date)
                    and _YEAR_VALUE.fullmatch(f.date) and _REL_YEAR.fullmatch(text[f.start : f.end])):
                out[-1] = dataclasses.replace(prev, end=f.end, date=f"{f.date}-{prev.date[5:]}")
                continue
        out.append(f)
    return out


def _date_times(text: str, found: list[Found], ref: dt.date | None = None) -> list[Found]:
    """Give each time the day of a day-level date in its sentence (the nearest one), else the
    reference date: news reports times of the day it is written (TimeML anchors them there too)."""
    days = [f for f in found if f.kind == "date" and f.date and _DAY_RE.match(f.date)]
    if not days and ref is None:
        return found
    starts = [d.start for d in days]  # found is in text order, so days are too
    out = []
    for f in found:
        if f.kind == "time" and f.date and f.date.startswith("XXXX-XX-XX"):
            s0, s1 = _sentence_bounds(text, f.start, f.end)
            near = days[bisect.bisect_left(starts, s0) : bisect.bisect_left(starts, s1)]
            if near:
                best = min(near, key=lambda d: abs(d.start - f.start))
                f = dataclasses.replace(f, date=str(best.date)[:10] + f.date[10:])
            elif ref is not None:
                f = dataclasses.replace(f, date=ref.isoformat() + f.date[10:])
        out.append(f)
    return out


def find_temporal(text: str, ref: dt.date | None, *, day_first: bool = False) -> list[Found]:
    """Every temporal expression in `text`, normalised against `ref`.

    >>> ref = dt.date(2016, 12, 11)
    >>> text = "On Sunday, within 48 hours of December 10, 2016, since mid-November."
    >>> [(text[f.start:f.end], f.kind, f.date or f.duration) for f in find_temporal(text, ref)]
    [('Sunday', 'date', '2016-12-11'), ('within 48 hours', 'duration', 'PT48H'), ('December 10, 2016', 'date', '2016-12-10'), ('mid-November', 'date', '2016-11')]
    """
    ctx: _Ctx = (text, ref, day_first)
    found: list[Found] = []
    covered = 0  # text before this offset is done
    tried = -1  # word starts up to here have been tried (a failed .match stays failed)
    for trigger in TRIGGER.finditer(text):
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
            if pos > 1 and text[pos - 1] == "-" and text[pos - 2].isalnum():
                continue  # inside a compound: COVID-19, F-16, two-and-a-half
            for name in DISPATCH.get(dispatch_key(word.group()), ()):
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
    return _date_times(text, _merge_adjacent(text, kept), ref)


# ---------------------------------------------------------------------------------------------------
# the document's date

_DATELINE_RE = re.compile(
    r"""\A\W*(?:[A-Z][A-Za-z.'’ -]{1,40},\s*(?:[A-Z][A-Za-z.' -]{1,30},\s*)?)?   # WASHINGTON, D.C.,
        (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?
        (?P<mon>january|february|march|april|may|june|july|august|september|october|november|december
               |jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?P<day>\d{1,2})\b
        (?:,?\s+(?P<year>(?:19|20)\d\d))?""",
    re.IGNORECASE | re.VERBOSE,
)


def infer_reference_date(text: str) -> dt.date | None:
    """The document's own date: a dateline, else the latest full date written in the text.

    >>> infer_reference_date("WASHINGTON, Dec. 11 (Reuters) - On December 9, 2016, ...")
    datetime.date(2016, 12, 11)
    >>> infer_reference_date("Sunday, December 11, 2016\\nAleppo ...")
    datetime.date(2016, 12, 11)
    >>> infer_reference_date("It happened on 1 June 2011 and on 3 May 2012."), infer_reference_date("No date.")
    (datetime.date(2012, 5, 3), None)
    """
    full = []
    for f in find_temporal(text, None):
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
