"""Reading days and months: full dates, numeric dates, weekdays, months, relative days, holidays.

Each handler gets its branch's match (`patterns.BRANCHES`) and the context (text, reference date,
day_first), and returns its rows; relative forms are resolved by `resolve`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from ..mention import Found
from ..numbers import parse_number, parse_ordinal
from . import calendar as cal
from .patterns import BRANCH_RE, MONTH_FULL, PARTS_OF_DAY, SEASONS, WEEKDAYS
from .resolve import (
    _LONG_TEXT,
    _Ctx,
    _day_date,
    _day_of,
    _forward_label_before,
    _found,
    _is_future,
    _month_of,
    _nearest_nth,
    _open_end_before,
    _rel_year,
    _relative,
    _scheduled_before,
    _sentence_bounds,
    _shift,
    _since_before,
    _tense,
    _valid,
    _year_of,
    month_by_tense,
)
from .words import (
    EARLIEST_AFTER,
    FUTURE_NOUNS_AFTER_MONTH,
    FUTURE_PHRASES_BEFORE_DAY,
    FUTURE_PREPS_BEFORE_DAY,
    FUTURE_WORDS,
    FUTURES_COMMODITIES,
    FUTURES_CUES,
    MONTHS,
    NTH_DAY_CLAUSE_AFTER,
    NTH_DAY_ELIDED_NOUNS,
    NTH_DAY_MONTH_REL,
    NTH_DAY_OPEN_PREPS,
    NTH_DAY_RANGE_END_PREPS,
    OPEN_END_PREPS,
    PREVIOUS_WORDS,
    REFERENCE_WORDS,
    REPORT_NOUNS_AFTER_MONTH,
    SESSION_NOUNS_AFTER_DAY,
    WEEKDAY_NAME_NOUNS,
)

#: Newspapers and shows named after a weekday: the Sunday Times.
WEEKDAY_NAMES_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in WEEKDAY_NAME_NOUNS) + r")\b")


def _h_month_day(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    month = _month_of(m["mon"])
    if "dayc" in m.re.groupindex and m["dayc"]:  # June Seven: a capitalised cardinal
        n = parse_number(m["dayc"].lower().replace("-", " "))
        day = int(n) if n and n == int(n) and n <= 31 else None
    else:
        day = _day_of(m["day"]) if m["day"] else parse_ordinal(m["dayw"])
    year = _year_of(m["year"]) if m["year"] else None
    if not day or not _valid(year, month, day):
        return []
    start = m.start("mon") if "mdthe" in m.re.groupindex and m["mdthe"] and not m["wd"] else m.start()
    return [_found(start, m.end(), "date", date=_day_date(m, ctx, month, day, m["year"]))]


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
    if m.string[m.start("y") - 1] != m["sep"]:
        return []  # `6-1/16 pct`: a whole and a fraction; a date repeats its separator
    a, b = int(m["a"]), int(m["b"])
    year = _year_of(m["y"])
    month, day = (b, a) if (day_first or a > 12) else (a, b)
    if not 1 <= month <= 12 or not _valid(year, month, day):
        return []
    return [_found(m.start(), m.end(), "date", date=f"{year}-{month:02d}-{day:02d}")]


def _h_rel(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    rel, what = m["rel"].lower(), m["what"].lower()
    fiscal = len(what.split()) > 1  # next fiscal year: FY and the calendar year of ref, moved
    if fiscal:
        what = what.split()[-1]
    if what in SEASONS and what == "fall" and m["what"] != "fall":
        return []
    if rel == "new":  # the new year: the coming one; the one begun in the past tense or in January
        year = None if ref is None else ref.year if ref.month == 1 or _tense(text, m.start(), m.end()) == "past" else ref.year + 1
        return [_found(m.start(), m.end(), "date", date=None if year is None else str(year))]
    if rel in PREVIOUS_WORDS:  # the prior quarter, the preceding year
        rel = "previous"
    if rel == "coming" and what not in WEEKDAYS:
        rel = "next"
    if rel == "latest":  # the latest quarter: the last one reported, the quarter before ref's
        rel = "last"
    if rel.startswith("this") and rel != "this":  # this past weekend, this past Sunday: the last one
        rel = "past" if what in WEEKDAYS else "last"
    if rel in ("following", "previous") and what in WEEKDAYS and m.group(0)[:4].lower() == "the ":
        # the following Tuesday: the first after ref (the last before it), moved by `anchor.shift_relatives` to the
        # first after (last before) the day named last in its sentence or the one before
        got = None
        if ref is not None:
            step = (WEEKDAYS[what] - ref.weekday()) % 7 or 7
            got = ref + dt.timedelta(days=step if rel == "following" else step - 7)
        date = got.isoformat() if got else None
        if date and m["part"]:
            date += "T" + PARTS_OF_DAY[m["part"].lower()]
        return [_found(m.start(), m.end(), "date", date=date, modifier="SHIFT")]
    if rel == "previous" and what in MONTHS and m.group(0)[:4].lower() == "the ":
        # the previous March: the last March before ref's month; `anchor.shift_relatives` takes the year before a March
        # named in its sentence or the one before (`in March, its best month since the previous March`)
        got = cal.nearest_month(ref, MONTHS[what], past=True, strict=True) if ref else None
        return [_found(m.start(), m.end(), "date", date=f"{got.year}-{got.month:02d}" if got else None, modifier="SHIFT")]
    date = _relative(ref, rel, what, False) if ref else None  # (it reads no tense: no need to find it)
    if date and fiscal:
        date = "FY" + date
    if date and m["part"] and what in WEEKDAYS:
        date += "T" + PARTS_OF_DAY[m["part"].lower()]
    # the previous year / month / evening: counted from a date of the text (temporal.anchor)
    shift = "SHIFT" if rel == "previous" and what in ("year", "quarter", "month", "week", "weekend", *PARTS_OF_DAY) and m.group(0)[:4].lower() == "the " else None
    if shift and date and what in PARTS_OF_DAY:  # the previous evening: the day before's
        date = (dt.date.fromisoformat(date[:10]) - dt.timedelta(days=1)).isoformat() + date[10:]
    return [_found(m.start(), m.end(), "date", date=date, modifier=shift)]


def _h_weekday_of_week(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    ref = ctx[1]
    rel, wd = (m["rel"] or m["rel2"]).lower(), WEEKDAYS[(m["wd"] or m["wd2"]).lower()]
    date = None
    if ref is not None:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * {"last": -1, "next": 1}.get(rel, 0))
        date = (monday + dt.timedelta(days=wd)).isoformat()
    return [_found(m.start("wd2") if m["wd2"] else m.start(), m.end(), "date", date=date)]


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    if m["name"]:
        return []  # the Good Friday Agreement, Christmas Island: names (the span is still claimed)
    name = m["h"]
    date = None
    if m["year"]:
        got = cal.holiday_day(name, int(m["year"]))
        date = got.isoformat() if got else None
    elif ref is not None:
        tense = "past" if _since_before(text, m.start()) else _tense(text, m.start(), m.end())
        if tense is None:  # no tense in view (`their positions are safe until Christmas`): the nearest
            got = min((cal.holiday_day(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)),
                      key=lambda d: abs((d - ref).days) if d else 10**6)
            return [_found(m.start(), m.end(), "date", date=got.isoformat() if got else None)]
        future = tense == "future"
        for year in ((ref.year, ref.year + 1) if future else (ref.year, ref.year - 1)):
            got = cal.holiday_day(name, year)
            if got and ((got >= ref) if future else (got <= ref)):
                date = got.isoformat()
                break
    return [_found(m.start(), m.end(), "date", date=date)]


def _h_deictic(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    date = None
    if m["word"]:
        if ref is not None:
            shift = {"before": -1, "after": 1}.get((m["shift"] or "").lower(), 0)
            day = ref + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m["word"].lower()] + shift)
            date = day.isoformat() + (f"T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else "")
        if m["dmod"]:  # late yesterday: TimeML keeps the modifier in the extent and in `mod`
            return [_found(m.start(), m.end(), "date", date=date, modifier=_DAY_MODS.get(m["dmod"].lower()))]
    elif m["far"]:  # the week after next, the year before last: two steps away
        if ref is not None:
            date = _relative_steps(ref, m["far"].lower(), 2 if m["fardir"].lower().startswith("after") else -2)
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


def _relative_steps(ref: dt.date, what: str, step: int) -> str | None:
    """`what` (week, weekend, month, year) `step` of them from `ref`'s: `_shift`, a weekend its week's.

    >>> [_relative_steps(dt.date(2026, 3, 19), w, n) for w, n in (("week", 2), ("month", -2), ("year", 2), ("weekend", 2))]
    ['2026-W14', '2026-01', '2028', '2026-W14-WE']
    """
    if what == "weekend":
        week = _shift(ref, "week", step)
        return week + "-WE" if week else None
    return _shift(ref, what, step)


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    return [_found(m.start(), m.end(), "date", date=f"{int(m['year'])}-{_month_of(m['mon']):02d}")]


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    if WEEKDAY_NAMES_AFTER.match(text, m.end("wd")) or (m["part"] and _NAME_AFTER_PART.match(text, m.start("part"))):
        return []  # Saturday Night Live, Monday Night Football: names
    date = None
    if ref is not None:
        wd0, wd1 = m.start("wd"), m.end("wd")  # (`_is_future` in parts: the cheap pure tests first, the day's tense read once)
        since = _since_before(text, wd0)
        forward = _planned_for(text, m) or _ahead_of(text, m.start()) or _forward_label_before(text, m.start())
        tense = None if since or forward else _tense(text, wd0, wd1)
        how = "future" if forward or tense == "future" else "past"
        if how == "past" and _open_end_before(text, m.start()) and (_tense(text, wd0, wd1) if since else tense) is None:
            # `adjourned the hearing until 10 a.m. Thursday`: the end of a state the tense does not date, the nearest
            ahead, back = cal.weekday(ref, WEEKDAYS[m["wd"].lower()], "future"), cal.weekday(ref, WEEKDAYS[m["wd"].lower()], "past")
            how = "future" if ahead - ref < ref - back else "past"
        if how == "future" and _session_after(text, m.end("wd")) and not _ahead_of(text, m.start()) \
                and not _FUTURE_WORD.search(text, max(0, m.start() - 150), m.start()):
            how = "past"  # `the stock closes below Monday's high`: a session over; `will trade above` stays ahead
        date = cal.weekday(ref, WEEKDAYS[m["wd"].lower()], how).isoformat()
        if m["wk"]:  # British `Thursday week`: the week after the coming Thursday (a week from today on a Thursday)
            date = (ref + dt.timedelta(days=(WEEKDAYS[m["wd"].lower()] - ref.weekday()) % 7 + 7)).isoformat()
        if m["part"]:  # `Tuesday night`: one row, TimeML's part of that day (as `last night`)
            date += "T" + PARTS_OF_DAY[m["part"].lower()]
        elif m["ovn"]:  # `overnight Tuesday`: that day's night
            date += "T" + PARTS_OF_DAY["night"]
    # `late Tuesday`, `early Tuesday morning`: the modifier is in the row, as TimeML tags it
    mod = _DAY_MODS[m["dmod"].lower()] if m["dmod"] else None
    return [_found(m.start(), m.end(), "date", date=date, modifier=mod)]


_DAY_MODS = {"early": "START", "late": "END"}
#: An ordinal and its noun near a bare one whose noun it shares (not one with its own complement: `the 2nd round of talks`).
_NTH_ELIDED = re.compile(r"\d(?:st|nd|rd|th)[\s-]+(?:" + "|".join(NTH_DAY_ELIDED_NOUNS) + r")\b(?!\s+of\b)", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*\Z")
#: A full date earlier in the sentence (month, day, year) gives a bare ordinal day its month.
_DATED_BEFORE = re.compile(rf"(?P<mon>{MONTH_FULL})\s+\d\d?(?:st|nd|rd|th)?,?\s+(?P<year>(?:1[89]|20)\d\d)\b(?P<gap>[^!?;.]*)\Z",
                           re.IGNORECASE | re.VERBOSE)
_RANGE_END_PREPS = frozenset(NTH_DAY_RANGE_END_PREPS)
_SESSION_AFTER = re.compile(r"['’]s\s+(\w+)(?:\s+(\w+))?")
_FUTURE_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, FUTURE_WORDS))) + r")\b(?![^.;!?]*[.;!?])", re.IGNORECASE)


def _session_after(text: str, end: int) -> bool:
    """Is the weekday ending at `end` a possessive before a market noun (`Friday's close`, `Monday's record high`)?"""
    m = _SESSION_AFTER.match(text, end)
    return bool(m) and any(w is not None and w.lower() in SESSION_NOUNS_AFTER_DAY for w in m.groups())
_NAME_AFTER_PART = re.compile(r"(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]")  # a capitalised part before a capitalised word
_PAST_AUX = re.compile(r"\b(?:was|were|had(?:\s+been)?)(?:\s+(?:originally|initially|first|once|also|not|been))*\s*$", re.IGNORECASE)
_AHEAD_OF = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in FUTURE_PHRASES_BEFORE_DAY)
                       + r")\s+$", re.IGNORECASE)


_PAST_VERB_BEFORE = re.compile(r"(?<![\w-])(?:had|was|were|[a-z]+ed)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _ahead_of(text: str, start: int) -> bool:
    """Is a weekday at `start` after a phrase that points ahead (`ahead of`, `as early as`), not after a
    past verb (`had massed as early as Monday`)?"""
    got = _AHEAD_OF.search(text, max(0, start - 20), start)
    if got is None:
        return False
    if not got.group().lower().startswith("as "):
        return True  # `ahead of` points ahead after any verb (`stocks dropped ahead of Friday's report`)
    # `as early as`: ahead only after a future word of its sentence (`will vote ..., possibly as early as
    # Tuesday`, `should be introduced as early as Friday`), not in a report (`occurred ..., beginning as early as Saturday`)
    lo = max(text.rfind(". ", 0, got.start()), text.rfind("\n", 0, got.start()), got.start() - 120, 0)
    words = re.findall(r"[a-z’']+", text[lo : got.start()].lower())
    return any(w in EARLIEST_AFTER for w in words) and not _PAST_VERB_BEFORE.search(text, max(0, got.start() - 30), got.start())


def _planned_for(text: str, m: re.Match[str]) -> bool:
    """Is the weekday right after `for` and not possessive (`set a hearing for Saturday`, not
    `for Saturday's attack`)?"""
    before = text[max(0, m.start() - 12) : m.start()].split()
    return bool(before) and before[-1].lower() in FUTURE_PREPS_BEFORE_DAY and not text.startswith(("'s", "’s"), m.end("wd"))
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_REPORT_NOUNS = frozenset(REPORT_NOUNS_AFTER_MONTH)


#: `January's figures`, `March's retail sales`: a month's possessive before the figures it names.
_POSSESSIVE_REPORT = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:" + "|".join(REPORT_NOUNS_AFTER_MONTH) + r")\b")


def _next_word_in(text: str, pos: int, words: frozenset[str]) -> bool:
    """Is the word right after `pos` one of `words` (lower case)?"""
    w = _WORD_AFTER.match(text, pos)
    return bool(w) and w.group(1).lower() in words


def _h_reference(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`recently`, `in the past,`, `the future`: TimeML's PAST_REF / FUTURE_REF."""
    return [_found(m.start(), m.end(), "date", date=REFERENCE_WORDS[" ".join(m["w"].lower().split())])]


def _futures_sentence(text: str, start: int, end: int) -> bool:
    """Is the span in a sentence of a futures report (a word of FUTURES_CUES: `Hog futures closed ..., with April
    off the limit`), where a month alone names a delivery month?

    >>> _futures_sentence("Hog futures closed lower, with April off the limit.", 31, 36)
    True
    >>> _futures_sentence("Sales fell. April was weak.", 12, 17)
    False
    """
    if len(text) > _LONG_TEXT:  # a long text: where a cue may start, read once (the sentence lies within 250 either side)
        cues = _futures_cue_starts(text)
        i = bisect.bisect_left(cues, start - 250)
        if i == len(cues) or cues[i] >= end + 250:
            return False  # no cue starts near the span: no search (tests/test_fast_paths_temporal.py)
    s0, s1 = _sentence_bounds(text, start, end, 250, 250)
    return _FUTURES_CUE.search(text, s0, s1) is not None


_FUTURES_CUE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, FUTURES_CUES), key=len, reverse=True))
                          + r")(?![\w-])", re.IGNORECASE)
#: `_FUTURES_CUE` without its end: it starts where some cue word is written (none starts inside another, as each is
#: whole words after no letter or dash), so a window without one of these starts has no match.
_FUTURES_CUE_START = re.compile(_FUTURES_CUE.pattern.removesuffix(r"(?![\w-])"), re.IGNORECASE)


@lru_cache(maxsize=2)
def _futures_cue_starts(text: str) -> list[int]:
    """Where `_FUTURES_CUE` may match in `text`, in text order (kept for the document in hand)."""
    return [m.start() for m in _FUTURES_CUE_START.finditer(text)]


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
        elif group == "mon2" and out and out[0].date:  # from March to May: the end is the first May after March
            first_year, first_month = int(out[0].date[:4]), int(out[0].date[5:7])
            date = f"{first_year + (month < first_month)}-{month:02d}"
        elif ref is not None:
            if prep == "last":
                got = cal.nearest_month(ref, month, past=True, strict=True)
            elif prep == "next":
                got = cal.nearest_month(ref, month, past=False, strict=True)
            elif prep == "since":
                got = cal.nearest_month(ref, month, past=True)
            elif prep == "for":  # `slated for October`: the month planned, the coming one unless `was`/`had` says past
                word = text.rfind(" ", 0, m.start() - 1)  # (the -ed of `scheduled` is no past cue, nor `..., officials said`)
                got = cal.nearest_month(ref, month, past=bool(_PAST_AUX.search(text, max(0, word - 24), word)))
            elif _next_word_in(text, m.end(group), FUTURE_NOUNS_AFTER_MONTH):  # for August delivery
                got = cal.nearest_month(ref, month, past=False)
            elif prep in ("", "for") and _next_word_in(text, m.end(group), FUTURES_COMMODITIES):  # Nymex March crude
                got = cal.nearest_month(ref, month, past=False)
            elif (_next_word_in(text, m.end(group), _REPORT_NOUNS) or _POSSESSIVE_REPORT.match(text, m.end(group))) and not prep:
                # the July employment report, January's figures
                got = cal.nearest_month(ref, month, past=True)
            elif not prep and _futures_sentence(text, m.start(group), m.end(group)):  # with April off the limit
                got = cal.nearest_month(ref, month, past=False)
            else:
                got = month_by_tense(text, m.start(), m.end(), ref, month)
            date = f"{got.year}-{got.month:02d}"
        start = m.start() if group == "mon" and prep in ("last", "this", "next") else m.start(group)
        out.append(_found(start, m.end(group), "date", date=date))
    return out


def _h_nth(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    day = _day_of(m["day"] or m["day2"]) if (m["day"] or m["day2"]) else parse_ordinal(m["dayw"])
    if not day or day > 31:
        return []
    if m["prep"] and (_NTH_ELIDED.search(text, max(0, m.start() - 80), min(len(text), m.end() + 40))
                      or (m["prep"].lower() in _RANGE_END_PREPS and _DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
        return []  # `the 21st century back to the 15th`: the century's, elided; `May 10 to the 11th`: a range's end
    if m["each"]:  # the 15th of each month: a day of every month
        return [_found(m.start("the"), m.end(), "set", duration="P1M", date=f"XXXX-XX-{day:02d}")]
    date = None
    if m["mrel"]:  # the 18th of next month: that day of the month counted from ref
        if ref is not None:
            first = cal.shift_months(ref.replace(day=1), NTH_DAY_MONTH_REL[" ".join(m["mrel"].lower().split())])
            date = f"{first.year}-{first.month:02d}-{day:02d}" if _valid(first.year, first.month, day) else None
        return [_found(m.start("the"), m.end(), "date", date=date)]
    if m["prep"] and (dated := _DATED_BEFORE.search(text, max(0, m.start() - 160), m.start())):  # the last before it
        month, year = _month_of(dated["mon"]), int(dated["year"])  # `on August 8th, 2002, after an air strike on
        if _valid(year, month, day):  # the 6th`: that date's month
            return [_found(m.start("the"), m.end(), "date", date=f"{year}-{month:02d}-{day:02d}")]
    at = m.start("the") if m["the"] else m.start()  # (start("the") is -1 when no `the` was written: `on Friday the 29th`)
    if ref is not None:
        future = _scheduled_before(text, at) or _is_future(text, m.start(), m.end())
        wd = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
        if (not future and (wd is not None or (m["prep"] and m["prep"].lower() in OPEN_END_PREPS | NTH_DAY_OPEN_PREPS))
                and _tense(text, at, m.end()) is None):
            ahead, back = _nearest_nth(ref, day, wd, True), _nearest_nth(ref, day, wd, False)
            future = ahead is not None and (back is None or ahead - ref < ref - back)
            # `on sale until the 30th`, `off school from the 20th`, `close on Friday the 29th`: no tense, the nearest either way
        got = _nearest_nth(ref, day, wd, future)
        date = got.isoformat() if got else None
    out = [_found(at, m.end(), "date", date=date)]
    if m["prep"] and (more := _NTH_AND.match(text, m.end())):  # on the 23rd and the 25th: a later day of the same month
        day2 = _day_of(more["d"])
        if day2 and day2 > day and (date is None or _valid(int(date[:4]), int(date[5:7]), day2)):
            out.append(_found(more.start("the"), more.end(), "date", date=None if date is None else f"{date[:8]}{day2:02d}"))
    return out


#: `on the 23rd and the 25th`: a second bare ordinal day joined to the first, no noun after it.
_NTH_AND = re.compile(r"\s+(?:and|or)\s+(?:again\s+)?(?:on\s+)?(?P<the>the\s+)(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
                      r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:" + "|".join(NTH_DAY_CLAUSE_AFTER) + r")\b)")


def _h_day_range(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`from 3 to 19 this month`, `3-19 March 2016`: one row, the interval of two days (`2016-12-03/2016-12-19`)."""
    text, ref, _ = ctx
    d1, d2 = _day_of(m["d1"] or m["d3"]), _day_of(m["d2"] or m["d4"])
    if d1 >= d2:
        return []
    if m["mon2"] and d2 > d1 + 1 and re.match(r"\s*and\b", text[m.end("d3") :]):
        # `September 13 and 15`: two days of a list, not a range; the first is the row (the list's rest is not read)
        return [_found(m.start("mon2"), m.end("d3"), "date", date=_day_date(m, ctx, _month_of(m["mon2"]), d1, m["year2"]))]
    start = m.start("art") if m["art"] else m.start("d1") if m["d1"] else m.start("mon2")  # the preposition is left out
    # `the 3rd to the 17th of August`: the article is the date's (not the end of `sunbathe` before `4 to 6 May`)
    year_word = m["year"] or m["year2"]
    if m["rel"]:
        month_day = None
        if ref is not None:
            got = cal.shift_months(ref.replace(day=1), {"last": -1, "next": 1}.get(m["rel"].lower(), 0))
            month_day = (got.year, got.month)
    else:
        month = _month_of(m["mon"] or m["mon2"])
        first = _day_date(m, ctx, month, d1, year_word)
        month_day = (int(first[:4]), month) if first else None
    date = None
    if month_day is not None:
        year, month = month_day
        if not (_valid(year, month, d1) and _valid(year, month, d2)):
            return []
        date = f"{year}-{month:02d}-{d1:02d}/{year}-{month:02d}-{d2:02d}"
    return [_found(start, m.end(), "date", date=date, qualifier="range")]


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`the April-June period`, `July-September`, `April--May 1997`: one row, the interval of two months."""
    text, ref, _ = ctx
    m1, m2 = _month_of(m["mon"] or m["monb"]), _month_of(m["mon2"] or m["mon2b"])
    year_word = m["year"] or m["yearb"]
    if year_word:
        y2 = int(year_word)
    elif ref is not None:
        tense = _tense(text, m.start(), m.end())
        got = cal.nearest_month(ref, m2, past=tense != "future")
        y2 = got.year
    else:
        return [_found(m.start(), m.end(), "date", qualifier="range")]
    y1 = y2 - (1 if m1 > m2 else 0)
    return [_found(m.start(), m.end(), "date", qualifier="range", date=f"{y1}-{m1:02d}/{y2}-{m2:02d}")]


_WEEK_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "fifth": 5, "5th": 5, "last": -1, "final": -1}


def _month_weeks(year: int, month: int) -> list[dt.date]:
    """The Mondays of the weeks of a month: the weeks whose Thursday falls in it (ISO 8601's rule for a year)."""
    first = dt.date(year, month, 1)
    monday = first - dt.timedelta(days=first.weekday())
    if (monday + dt.timedelta(days=3)).month != month:
        monday += dt.timedelta(days=7)
    weeks = []
    while (monday + dt.timedelta(days=3)).month == month:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


def _h_week_of(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`the first week of March` -> its ISO week (2017-W09); `the week of November 30th` -> the week of that day.

    >>> t = "Talks will resume in the first week of March; they began in the last week of 2016."
    >>> from .scan import find_temporal
    >>> [(t[f.start:f.end], f.date) for f in find_temporal(t, dt.date(2016, 11, 7))]
    [('the first week of March', '2017-W09'), ('the last week of 2016', '2016-W52')]
    """
    text, ref, _ = ctx
    if m["day"]:
        day_at = m.start("day") + (4 if m["day"].lower().startswith("the") else 0)
        sub = BRANCH_RE["md"].match(text, day_at) or BRANCH_RE["dm"].match(text, m.start("day"))
        got = _h_month_day(sub, ctx) if sub else []
        if not got or not got[0].date or not re.fullmatch(r"\d{4}-\d\d-\d\d", got[0].date):
            return got
        return [_found(m.start(), max(m.end(), got[0].end), "date", date=cal.iso_week(dt.date.fromisoformat(got[0].date)))]
    n = _WEEK_ORDINALS[m["ord"].lower()]
    year = month = None
    if m["year2"] or (m["rel"] and m["what"].lower() == "year"):
        year = int(m["year2"]) if m["year2"] else _rel_year(ref, m["rel"].lower())
        if year is None:
            return []
        last = dt.date(year, 12, 28).isocalendar()[1]
        week = n if n > 0 else last
        return [_found(m.start(), m.end(), "date", date=f"{year}-W{week:02d}")] if week <= last else []
    if m["mon"]:
        month = _month_of(m["mon"])
        year = _year_of_month(m, ctx, month)
    elif ref is not None:  # this / next / last month; the following / previous month (counted from ref)
        steps = {"this": 0, "next": 1, "last": -1, "following": 1, "previous": -1, "current": 0, "same": 0}
        shifted = cal.shift_months(ref.replace(day=1), steps[(m["rel"] or m["rel2"]).lower()])
        year, month = shifted.year, shifted.month
    if year is None or month is None:
        return [_found(m.start(), m.end(), "date")]
    if m["we"]:  # the first weekend of July: the weekend of its first Saturday (TimeML `-WE`)
        first = dt.date(year, month, 1)
        saturdays = [first + dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * k) for k in range(5)]
        saturdays = [d for d in saturdays if d.month == month]
        if n > len(saturdays):
            return []
        return [_found(m.start(), m.end(), "date", date=cal.iso_week(saturdays[n - 1] if n > 0 else saturdays[-1]) + "-WE")]
    weeks = _month_weeks(year, month)
    if n > len(weeks):
        return []
    return [_found(m.start(), m.end(), "date", date=cal.iso_week(weeks[n - 1] if n > 0 else weeks[-1]))]


def _year_of_month(m: re.Match[str], ctx: _Ctx, month: int) -> int | None:
    """The year of a month named without one: written after it, else the occurrence the tense points to."""
    text, ref, _ = ctx
    if m["year"]:
        return int(m["year"])
    if ref is None:
        return None
    return month_by_tense(text, m.start(), m.end(), ref, month).year


def _h_month_of(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`the month of January` -> 2017-01 (one row, the whole phrase)."""
    month = _month_of(m["mon"])
    year = _year_of_month(m, ctx, month)
    return [_found(m.start(), m.end(), "date", date=f"{year}-{month:02d}" if year else None)]


def _h_nth_weekday(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`the first Tuesday in November` -> that day (2016-11-01); `the last Friday of July 2017` -> 2017-07-28.

    >>> t = "Voters go to the polls on the first Tuesday in November."
    >>> from .scan import find_temporal
    >>> [(t[f.start:f.end], f.date) for f in find_temporal(t, dt.date(2016, 10, 7))]
    [('the first Tuesday in November', '2016-11-01')]
    """
    _, ref, _ = ctx
    if m["mon"]:
        month = _month_of(m["mon"])
        year = _year_of_month(m, ctx, month)
    elif ref is not None:
        shifted = cal.shift_months(ref.replace(day=1), {"this": 0, "next": 1}.get(m["rel"].lower(), -1))
        year, month = shifted.year, shifted.month
    else:
        year = month = None
    if year is None or month is None:
        return [_found(m.start(), m.end(), "date")]
    wd, n = WEEKDAYS[m["wd"].lower()], _WEEK_ORDINALS[m["ord"].lower()]
    first = dt.date(year, month, 1)
    days = [first + dt.timedelta(days=i) for i in range(31) if (first + dt.timedelta(days=i)).month == month]
    matching = [d for d in days if d.weekday() == wd]
    if n > len(matching):
        return []
    return [_found(m.start(), m.end(), "date", date=(matching[n - 1] if n > 0 else matching[-1]).isoformat())]
