"""Reading lengths of time: clocks and durations, vague durations, `ago` dates and sets.

Clock times (`4:17 a.m.`, `seven o'clock`, `noon`) stay partial here (`XXXX-XX-XXT04:17`); `scan`
gives them their day. Durations carry ISO 8601 values; several parts (`3 hours, 12 minutes and 40
seconds`) make one duration.
"""

from __future__ import annotations

import datetime as dt
import re

from .._regex import caseless, lazy
from ..mention import Found, replace
from ..numbers import WORDS, iso_number, parse_ordinal
from . import calendar as cal
from .patterns import (
    BRANCH_RE,
    FRACTION_AND_BEFORE_RE,
    FRACTION_AND_LONGEST,
    FREQUENCY_WORDS,
    HOUR_WORDS,
    NUMBERISH_BEFORE_RE,
    PART_AFTER_RE,
    PART_BEFORE_RE,
    PART_DETERMINERS_RE,
    QUALIFIERS,
    SPEED_BEFORE_RE,
    SPEED_UNITS_LONGEST,
    UNITS,
    WEEKDAYS,
    ZONE_ANY,
)
from .resolve import _Ctx, _found, _iso_duration, _num, _shift
from .words import (
    AGE_WORDS,
    CLOCK_EXACT_AFTER,
    ELAPSED_CLOCK_BEFORE,
    FIGURE_WORDS_BEFORE_BOUND,
    MONTHS,
    OVER_BOUND_AFTER,
    PARTS_OF_DAY,
    PLURAL_OF_NOT_AFTER,
    RATE_SECOND_FOLLOWERS,
    SEASONS,
    SPAN_PREPS_BEFORE_A,
    ZONES,
)


def _clock(h: int, mi: str | None, ap: str | None, sec: str | None = None) -> str | None:
    """TIMEX time of day, hours and minutes as TimeML writes them: (4, '17', 'a.m.') -> 'T04:17'; (7, None, 'pm') -> 'T19:00'."""
    if ap:
        pm = ap.lower().startswith("p")
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if pm else 0)
    return f"T{h:02d}:{mi or '00'}" + (f":{sec}" if sec else "")


def _zone(written: str | None) -> str:
    """The ISO 8601 offset of a written zone, taken as written: EST -> -05:00, GMT -> Z, GMT+3 -> +03:00;
    '' for a zone of no one offset (ET) or none.

    >>> [_zone(z) for z in ["EST", "GMT", "GMT+3", "UTC-4:30", "ET", None]]
    ['-05:00', 'Z', '+03:00', '-04:30', '', '']
    """
    if not written:
        return ""
    m = _ZONE_PARTS.fullmatch(written)
    if m is None:
        return ""
    if m["name"] not in ZONES:
        return ""
    base = ZONES[m["name"]]
    if base is None:
        return ""
    if m["sign"] and base == "Z":
        return f"{m['sign']}{int(m['hh']):02d}:{m['mm'] or '00'}"
    return "" if m["sign"] else base


_ZONE_PARTS = re.compile(r"(?P<name>[A-Z]+)(?:\s*(?P<sign>[+-])\s*(?P<hh>\d{1,2})(?::?(?P<mm>\d\d))?)?")


#: An approximation right before a clock (`about 5pm`, `around 10:00pm`): in the extent, qualifier `~`
#: (TimeML's mod APPROX); the words are the table's `~` qualifiers.
_APPROX_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((re.escape(w) for w, q in QUALIFIERS.items() if q == "~"), key=len, reverse=True))
    + r")\s+$", re.IGNORECASE)


def _approx_start(text: str, start: int) -> int | None:
    a = _APPROX_BEFORE.search(text, max(0, start - 16), start)
    return a.start() if a else None


def _h_clock(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    got = _clock(int(m["h"]), m["m"], m["ap"], m["s"] if "s" in m.re.groupindex else None)
    if got is None:
        return []
    zone, end = m["zone"], m.end()
    if "s" in m.re.groupindex and m["s"] and not zone and not m["ap"] and _ELAPSED_BEFORE.search(ctx[0], max(0, m.start() - 12), m.start()):
        h, mi, sec = int(m["h"]), int(m["m"]), int(m["s"])  # `finished in 2:03:45`: a race time, not 02:03:45
        return [_found(m.start(), m.end(), "duration", value=round(h + mi / 60 + sec / 3600, 6), unit="hour",
                       duration=f"PT{h}H{mi}M{sec}S" if h else f"PT{mi}M{sec}S")]
    if not zone and ctx[0][m.start() - 1 : m.start()] != "(":  # `(kick-off 12:30 BST)`; not `(07:10 UTC)`, a bracketed
        z = _ZONE_BEFORE_BRACKET.match(ctx[0], end)               # conversion written as the bare clock
        if z:
            zone, end = z["zone"], z.end()
    date = "XXXX-XX-XX" + got + _zone(zone)
    approx = _approx_start(ctx[0], m.start())
    if approx is not None:
        return [_found(approx, end, "time", date=date, qualifier="~")]
    return [_found(m.start(), end, "time", date=date)]


_ELAPSED_BEFORE = re.compile(rf"\b(?:{'|'.join(ELAPSED_CLOCK_BEFORE)})\s+$", re.IGNORECASE)


#: A zone that closes a bracket opened before its clock: `(kick-off 12:30 BST)`.
_ZONE_BEFORE_BRACKET = re.compile(rf"\s?(?P<zone>{ZONE_ANY})(?=\))", re.VERBOSE)


def _h_hour_range(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`4 to 7pm` -> T16:00/T19:00 (the am/pm written once serves both ends; `11 to 2pm`: 11am);
    `and` only after `between`."""
    text = ctx[0]
    if m["join"].lower() == "and" and not re.search(r"\bbetween\s+$", text[max(0, m.start() - 10) : m.start()], re.IGNORECASE):
        return []
    h1, h2 = int(m["h1"]), int(m["h2"])
    end = _clock(h2, m["m2"], m["ap"])
    pm = m["ap"].lower().startswith("p")
    other = "am" if pm else "pm"
    start = _clock(h1, m["m1"], m["ap"] if (h1 % 12, m["m1"] or "00") < (h2 % 12, m["m2"] or "00") else other)
    if start is None or end is None:
        return []
    zone = _zone(m["zone"])
    return [_found(m.start(), m.end(), "time", qualifier="range", date=f"XXXX-XX-XX{start}{zone}/XXXX-XX-XX{end}{zone}")]


def _h_milclock(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """0945 EST -> T09:45-05:00; 0800 to 1030 local time -> one row, the interval T08:00/T10:30."""
    zone = _zone(m["zone"])
    start = f"XXXX-XX-XXT{m['h']}:{m['m']}{zone}"
    if m["h2"]:
        if (m["h2"], m["m2"]) <= (m["h"], m["m"]):
            return []
        return [_found(m.start(), m.end(), "time", qualifier="range", date=f"{start}/XXXX-XX-XXT{m['h2']}:{m['m2']}{zone}")]
    approx = _approx_start(ctx[0], m.start())
    if approx is not None:
        return [_found(approx, m.end(), "time", date=start, qualifier="~")]
    return [_found(m.start(), m.end(), "time", date=start)]


def _h_bare(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`for years`, `within weeks`, `hours later`: a duration of unknown length (TimeML PXY), the unit alone."""
    unit = m["unit"] or m["unit2"] or m["unit3"]
    if m["unit3"]:  # years of war: not after a determiner, a possessive or a quantity word (`his years of service`)
        before = m.string[max(0, m.start() - 20) : m.start()].split()
        if before and (before[-1].lower().strip(",;:") in PLURAL_OF_NOT_AFTER or before[-1].endswith(("'s", "’s"))
                       or any(w[-1:].isdigit() or w.lower() in PLURAL_OF_NOT_AFTER - {"of"} for w in before[-2:])):
            return []  # O'Connor's years of service, 45 uninterrupted years of rule, 8 more years of
    name, iso = _VAGUE_UNITS[unit.lower()]
    return [_found(m.start("unit") if m["unit"] else m.start(), m.end(), "duration", unit=name, duration=iso, qualifier="~")]


def _h_half_unit(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`half-hour` -> PT0.5H, `quarter-century` -> P25Y, `half-century` -> P50Y (as `half an hour`, `half a century`)."""
    unit = m["unit"].lower()
    n = 0.5 if m["frac"].lower() == "half" else 0.25
    return [_found(m.start(), m.end(), "duration", duration=_iso_duration(n, unit)[1])]


def _h_whole(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`all day`, `the whole year`, `an entire week`: a duration of one unit (P1D, P1Y, P1W)."""
    name, iso = _iso_duration(1.0, m["unit"].lower())
    return [_found(m.start(), m.end(), "duration", value=1.0, unit=name, duration=iso)]


def _h_wordtime(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    hour = m["h"] or m["h2"] or m["h3"] or "12"
    h = int(hour) if hour.isdigit() else HOUR_WORDS[hour.lower()]
    mins_word = m["mins"] or m["mins2"] or m["mins3"] or m["mins4"]
    direction = (m["dir"] or m["dir2"] or m["dir3"] or ("past" if m["mins4"] else "")).lower()
    # `ten to midnight` 23:50, `quarter past midnight` 00:15, `ten to noon` 11:50, `half past noon` 12:30
    night = m["mn"] and m["mn"].lower() == "midnight"
    noon_ap = None if not m["mn"] else ("pm" if direction == "to" else "am") if night else ("am" if direction == "to" else "pm")
    if m["mins4"] and mins_word.lower().startswith("oh"):
        mins_word = mins_word[3:]  # seven oh five
    mi = 30 if m["half"] else (45 if m["three"] else 15) if m["quarter"] else int(_num(mins_word) or 0) if mins_word else 0
    if direction == "to":
        h, mi = (h - 1) or 12, 60 - mi
    part = (m["part"] or "").lower()
    ap = m["ap"] or noon_ap or ("pm" if part in ("afternoon", "evening") or (part == "night" and h >= 5) else None)
    if (part == "night" or (night and direction == "past")) and h == 12:
        h, ap = 0, None
    got = _clock(h, f"{mi:02d}" if direction else None, ap)
    if got is None:
        return []
    return [_found(m.start(), m.end(), "time", date="XXXX-XX-XX" + got)]


def part_hour(h: int, part: str) -> int:
    """The hour on a 24-hour clock of `h` o'clock in a part of the day: (7, 'evening') -> 19.

    >>> [part_hour(7, "evening"), part_hour(7, "morning"), part_hour(12, "night"), part_hour(3, "night")]
    [19, 7, 0, 3]
    """
    code = PARTS_OF_DAY[part.lower()]
    if code == "NI" and h == 12:
        return 0
    if h < 12 and (code in ("AF", "EV") or (code == "NI" and h >= 5)):
        return h + 12
    return h


_EXACT_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in CLOCK_EXACT_AFTER) + r")\b", re.IGNORECASE)


def _h_athour(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`at 7` beside a part of the day (`this morning at 7`, `at 7 this morning`, `in the afternoon
    at 7`: 19:00) is a time; a bare part before it joins the row. Alone, `at 7` stays a number."""
    text = ctx[0]
    before = PART_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
    after = None if before else PART_AFTER_RE.match(text, m.end())
    if before is None and after is None:
        exact = _EXACT_AFTER.match(text, m.end())
        if exact is None:
            return []
        h = int(m["h"]) if m["h"].isdigit() else HOUR_WORDS[m["h"].lower()]
        return [_found(m.start(), exact.end(), "time", date=f"XXXX-XX-XXT{h:02d}:00")]  # `at 9 sharp`
    part = (before or after)["part"]  # type: ignore[index]
    h = int(m["h"]) if m["h"].isdigit() else HOUR_WORDS[m["h"].lower()]
    start = m.start()
    if before is not None and not PART_DETERMINERS_RE.search(text, max(0, before.start() - 12), before.start()):
        start = before.start()  # in the afternoon at 7: one row
    return [_found(start, m.end(), "time", date=f"XXXX-XX-XXT{part_hour(h, part):02d}:00")]


def _h_noon(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """noon, midday, mid-day -> T12:00; midnight -> T00:00; mid-morning -> TMO, modifier MID (as TimeML)."""
    if m["part"]:
        return [_found(m.start(), m.end(), "time", date="XXXX-XX-XXT" + PARTS_OF_DAY[m["part"].lower()], modifier="MID")]
    word = re.sub(r"[\s-]", "", m["w"].lower())
    return [_found(m.start(), m.end(), "time", date="XXXX-XX-XX" + ("T00:00" if word == "midnight" else "T12:00"))]


_VAGUE_UNITS = {"seconds": ("second", "PTXS"), "minutes": ("minute", "PTXM"), "hours": ("hour", "PTXH"),
                "days": ("day", "PXD"), "weeks": ("week", "PXW"), "months": ("month", "PXM"),
                "years": ("year", "PXY"), "decades": ("decade", "PXDE"), "centuries": ("century", "PXCE")}


def _h_vague(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """"several years", "the past few months": a duration of unknown length, as TimeML writes it."""
    unit, iso = _VAGUE_UNITS[m["unit"].lower()]
    if m["couple"]:  # `a couple of weeks`: about two (P2W, qualifier ~)
        return [_found(m.start(), m.end(), "duration", value=2.0, unit=unit, duration=_iso_duration(2, unit)[1], qualifier="~")]
    return [_found(m.start(), m.end(), "duration", unit=unit, duration=iso, qualifier="~")]


def _h_ago(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    n = _num(m["num"])
    if n is None:
        return []
    start = m.start()
    if m["scale"] or _figure_before_unit(m["num"], n, m["unit"]):
        start, n = m.start("unit"), 1.0  # `312,000 year ago` (a table line): the figure of a year ago, the date `year ago`
    parts = [(n, _iso_duration(n, m["unit"])[0])]
    if parts[0][1] in ("hour", "minute", "second") and not m["more"] and m["dir"].lower() in ("later", "earlier"):
        # `22 minutes later`: its anchor is an event of the text, not the reference date: the duration
        # (`later`/`earlier` stays in the extent, as TimeML's `two days later`)
        dm = BRANCH_RE["dur"].match(text, m.start())
        got = _h_dur(dm, ctx) if dm else []
        if len(got) == 1 and got[0].end == m.end("unit") + (text[m.end("unit"):m.end("unit") + 1] == "s"):
            got = [replace(got[0], end=m.end())]
        return got
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
        try:
            day = cal.shift_months(ref, sign * round(months)) + dt.timedelta(days=sign * round(days))
        except (ValueError, OverflowError):  # `312,000 years ago`: before year 1, no calendar date
            return [_found(start, m.end(), "date", date=None)]
        if m["today"]:
            date = day.isoformat() + ("TNI" if m["today"].lower() == "tonight" else "")  # `five years ago today`: that day, as TimeML
        elif m["thismon"] and finest in ("year", "decade", "century", "millennium"):
            date = f"{day.year}-{MONTHS[m['thismon'].lower()]:02d}"  # `25 years ago this September`: that month
        elif finest in ("year", "decade", "century", "millennium"):
            date = str(day.year)
        elif finest == "month":
            date = f"{day.year}-{day.month:02d}"
        elif finest == "week" and m["dir"].lower() == "ago":
            date = cal.iso_week(day)  # `two weeks ago`: the ISO week two before ref's (TimeML's granularity)
        else:
            date = day.isoformat()
    shift = "SHIFT" if m["dir"].lower() in ("earlier", "later", "before") else None  # from a date of the text
    return [_found(start, m.end(), "date", date=date, modifier=shift)]


def _figure_before_unit(num: str, n: float, unit: str) -> bool:
    """A figure of a table before a singular unit and `ago` (`vs 298,000 week ago`, `1.5 mln year ago`): a
    number written in digits, not 1, grouped or with a decimal point or of 100 or more; English writes a span of
    many units in the plural (`two months ago`), so a singular unit after such a figure starts the date alone.

    >>> [_figure_before_unit(s, float(s.replace(",", "")), u) for s, u in [("298,000", "week"), ("2", "month"), ("300", "years")]]
    [True, False, False]
    """
    if n == 1 or not num[:1].isdigit() or unit.lower().endswith("s"):
        return False
    return n >= 100 or "," in num or "." in num


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_SET_UNITS = {"annum": "P1Y", "night": "P1D", "morning": "P1D", "evening": "P1D", "afternoon": "P1D",
              "weekend": "P1W", "quarter": "P3M"}


#: `a day after`, `a year earlier`: the article measures a span, even after a figure (`14,000 ballots, a day after`).
_SPAN_AFTER = re.compile(r"\s+(after|before|earlier|later|ago)\b", re.IGNORECASE)
#: A sum of money right before `a day` (`£10 a day after three months`): a rate, also before `after` / `before` (`€3.9
#: billion a quarter earlier` stays a span).
_MONEY_BEFORE = re.compile(r"[$£€¥]\s?\d[\d.,]*(?:\s*[^\W\d_]{1,8})?\s*$")
_SET_DATES = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "weekend": "XXXX-WXX-WE"}


def _fraction_and_before(before: str) -> bool:
    """`FRACTION_AND_BEFORE_RE.search(before)`, searched only when `before` ends with `and` and
    spaces, as every match of it does (the search tries each number word at each position), and
    only from where its figure can start: it ends where the spaces before that `and` begin."""
    t = before.rstrip()
    if not (len(t) < len(before) and t[-3:].lower() == "and"):
        return False
    figure_end = len(t[:-3].rstrip())
    return FRACTION_AND_BEFORE_RE.search(before, max(0, figure_end - FRACTION_AND_LONGEST)) is not None


def _speed_before(before: str) -> bool:
    """`SPEED_BEFORE_RE.search(before)`, searched only from where its unit can start: it ends where
    the spaces at the end of `before` begin."""
    return SPEED_BEFORE_RE.search(before, max(0, len(before.rstrip()) - SPEED_UNITS_LONGEST)) is not None


def _h_set(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text = ctx[0]
    if m["adv"]:  # (`three times daily`: three a day)
        return [_found(m.start(), m.end(), "set", duration=FREQUENCY_WORDS[m["adv"].lower()], value=_frequency(m["freq2"]))]
    if m["wds"]:
        wd = WEEKDAYS[m["wds"].lower()[:-1]] + 1
        return [_found(m.start(), m.end(), "set", duration="P1W", date=f"XXXX-WXX-{wd}")]
    if m["season"]:
        return [_found(m.start(), m.end(), "set", duration="P1Y", date=f"XXXX-{SEASONS[m['season'].lower()]}")]
    every, unit = m["every"].lower(), m["unit"].lower()
    start = m.start()
    if every in ("a", "an") and not m["freq"]:
        before = text[max(0, m.start() - 40) : m.start()]
        if _fraction_and_before(before) or _speed_before(before):
            return []  # 60 miles an hour; five and a quarter
        if m["every"][0] == "A" and unit == "second":
            return []  # `A second inmate`: an ordinal, and a rate has a figure before it
        if unit == "second" and (nxt := _WORD_AFTER.match(text, m.end())) and nxt[1].lower() not in RATE_SECOND_FOLLOWERS:
            return []  # `seeking a second term`: an ordinal before its noun (a rate: `300 meters a second.`)
        if unit in WEEKDAYS and before.rstrip().endswith(","):
            return []  # `on March 18, a Wednesday`: the weekday of the date before it, not a weekly set
        if text.startswith("-", m.end()):  # a year-long effort (a duration), a day-care center (none)
            dm = BRANCH_RE["dur"].match(text, m.start())
            got = _h_dur(dm, ctx) if dm else []
            half = BRANCH_RE["halfunit"].match(text, m.start("unit"))  # a quarter-century
            return got if any(f.end > m.end() for f in got) else _h_half_unit(half, ctx) if half else []
        span = _SPAN_AFTER.match(text, m.end())
        if span and _MONEY_BEFORE.search(before) and span[1].lower() in ("after", "before"):
            span = None  # `£10 a day after three months`: the rate's period
        prep = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if m["num"] or not NUMBERISH_BEFORE_RE.search(before) or span or prep in SPAN_PREPS_BEFORE_A:  # `lowest in a year`
            dm = BRANCH_RE["dur"].match(text, m.start())
            return _h_dur(dm, ctx) if dm else []
    n = _num(m["num"]) if m["num"] else 1.0
    if n is None:
        return []
    if m["shalf"]:  # every half hour
        n, unit = 30.0, "minutes"
    if m["nth"]:  # every second day, every third week: one in n
        n *= parse_ordinal(m["nth"]) or 1
    elif "other" in m.group().lower():
        n *= 2
    date = None
    if unit in WEEKDAYS:
        duration, date = f"P{iso_number(n)}W", f"XXXX-WXX-{WEEKDAYS[unit] + 1}"
    elif unit in _SET_UNITS:
        duration, date = _SET_UNITS[unit], _SET_DATES.get(unit)
    else:
        duration = _iso_duration(n, unit)[1]
    return [_found(start, m.end(), "set", duration=duration, value=_frequency(m["freq"]), date=date)]


def _frequency(freq: str | None) -> float | None:
    """How many times a set's period holds it: `twice` 2.0, `three times` 3.0, None without one."""
    if not freq:
        return None
    f = freq.lower()
    return {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(f) or _num(f.rsplit(" ", 1)[0])


_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\s+earlier\b", re.IGNORECASE)
#: A figure right before a bound word: the bound compares it (`11% more than a year ago`).
_FIGURE_BEFORE = re.compile(r"(?:\d[\w.,%]*|\b(?:" + "|".join(FIGURE_WORDS_BEFORE_BOUND) + r"))\s*\Z", re.IGNORECASE)
#: An age word shortly before, in the same clause: the number of years is an age.
_AGE_BEFORE = re.compile(r"\b(?:" + "|".join(AGE_WORDS) + r")\b(?:(?!\b(?:during|within|for|after|before|over|since|"
                         r"preceding|past|last|next|in|the)\b)[^.;),])*$", re.IGNORECASE)
#: `children <5 years of age`: an age (a range, `15 and 17 years of age`, is read and made an age by numfacts.ages).
_AGE_AFTER = re.compile(r"\s+of\s+age\b", re.IGNORECASE)
#: "is a day of", "came a day when": the article names a day, it measures nothing.
_NO_SPAN_BEFORE = re.compile(r"\b(?:is|was|be|been|came|comes|come|such)\s+$", re.IGNORECASE)


_NO_SPAN_AFTER = re.compile(r"\s+(?:of|when|that|which|for|to)\b", re.IGNORECASE)


def _unit_multiple(unit: str) -> float:
    """How many of its canonical unit a written unit is: a fortnight is 2 weeks; others are 1."""
    return 2.0 if unit.lower().startswith("fortnight") else 1.0


_LONG_ADJ = re.compile(r"-long\b")


def _h_dur(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    rel_day = m["rel3"] or m["rel4"]
    if rel_day:  # the next day | the day before: a date; temporal.anchor moves it to the day named before
        back = rel_day.lower() in ("previous", "before")
        if m["unit4"] and m["unit4"].lower() != "day":  # the year before, the month after: as `the previous year`
            shifted = _shift(ctx[1], m["unit4"].lower(), -1 if back else 1) if ctx[1] is not None else None
            return [_found(m.start(), m.end(), "date", date=shifted, modifier="SHIFT")]
        date = (ctx[1] + dt.timedelta(days=-1 if back else 1)).isoformat() if ctx[1] is not None else None
        part = (m["part3"] or "day").lower()
        if date and part != "day":  # the following morning: that day's part (TimeML …TMO)
            date += "T" + PARTS_OF_DAY[part]
        return [_found(m.start(), m.end(), "date", date=date, modifier="SHIFT")]
    if m["rel5"]:  # the following weekend: the weekend of the week after (before) the day named before it
        back, ref = m["rel5"].lower() == "previous", ctx[1]
        ahead = 0 if ref is not None and ref.weekday() < 5 else 1  # from a weekday, the following weekend is its week's
        week = _shift(ref, "week", -1 if back else ahead) if ref is not None else None
        return [_found(m.start(), m.end(), "date", date=week + "-WE" if week else None, modifier="SHIFT")]
    if m["unit2"] and m["rel2"].lower() in ("previous", "following") and ctx[1] is not None:
        shifted = _shift(ctx[1], m["unit2"].lower(), -1 if m["rel2"].lower() == "previous" else 1)
        if shifted:  # "the previous year" is a date (TimeML), "the past year" a duration
            return [_found(m.start(), m.end(), "date", date=shifted, modifier="SHIFT")]
    if m["lunit"]:  # the decade-long war, their months-long siege: the adjective (the determiner is the noun's)
        unit_word = m["lunit"].lower()
        if unit_word in _VAGUE_UNITS:
            name, iso = _VAGUE_UNITS[unit_word]
            return [_found(m.start("lunit"), m.end(), "duration", unit=name, duration=iso, qualifier="~")]
        name, iso = _iso_duration(1, unit_word)
        return [_found(m.start("lunit"), m.end(), "duration", value=1.0, unit=name, duration=iso, qualifier="=")]
    if m["unit2"]:
        name, iso = _iso_duration(1, m["unit2"])
        return [_found(m.start(), m.end(), "duration", value=1.0, unit=name, duration=iso)]
    if m["q"] and not (m["the"] or m["rng"] or m["tail"] or m["of"]) and (
            _AGO_AFTER.match(ctx[0], m.end()) or _EARLIER_AFTER.match(ctx[0], m.end())
            and _FIGURE_BEFORE.search(ctx[0], max(0, m.start() - 30), m.start())):  # `233% above a year earlier`
        am = BRANCH_RE["ago"].match(ctx[0], m.start("num"))  # `nearly four weeks ago`: the date, its approximation kept
        got = _h_ago(am, ctx) if am else []
        if len(got) == 1 and got[0].kind == "date":
            if _FIGURE_BEFORE.search(ctx[0], max(0, m.start() - 30), m.start()):
                return got  # `11% more than a year ago`: a comparison of the figure; the date alone
            return [replace(got[0], start=m.start(), qualifier=QUALIFIERS.get(m["q"].lower(), "~"))]
    n = _num(m["num"])
    if n is None:
        return []
    if m["lead"] or m["half"]:
        n += 0.25 if m["lq"] or m["hq"] else 0.5  # an hour and a quarter, two and a quarter hours
    unit_word = m["unit"]
    if unit_word.lower() == "hour" and " of " in m["num"].lower() and not m["num2"]:
        n, unit_word = n * 60, "minutes"  # three quarters of an hour: PT45M (as `tres cuartos de hora`)
    if unit_word.lower() == "h" and not m["num"][0].isdigit():
        return []
    if unit_word.lower() == "second" and not m["num"][0].isdigit():
        return []  # 'a second attack', 'twenty second' are ordinals
    if m["num"].lower() in ("a", "an") and _NO_SPAN_BEFORE.search(ctx[0], max(0, m.start() - 12), m.start()) \
            and _NO_SPAN_AFTER.match(ctx[0], m.end()):
        return []  # "This is a day of joy", "there came a day when": a day named, no span of time
    if _AGE_BEFORE.search(ctx[0], max(0, m.start() - 60), m.start()) or (not m["num2"] and _AGE_AFTER.match(ctx[0], m.end())):
        return []  # `aged 5--9 years`, `median age was 39 years (range: <1--98 years)`: ages are measures
    q = " ".join(m["q"].lower().split()) if m["q"] else None
    start = m.start()
    if q == "over" and not over_is_bound(ctx[0], m.start(), m.end()):  # `25% over four years`: during, no bound
        q, start = None, m.start("num")
    if m["more"] and ("-" in m["sep"] or (n != 1 and not m["unit"].lower().endswith("s"))):
        start = m.start("num")  # `another 15-second ad`, `another six month delay`: an adjective, the lead word the noun's
    if m["the"]:  # TimeML's extent: `the past 12 months`, `the first nine months`, `the 24 hours`
        q, start = None, (m.start("num") if "-" in m["sep"] else m.start("the"))  # `the five-year plan`: `five-year`
    long_adj = _LONG_ADJ.match(ctx[0], m.end()) if m["num"].lower() in ("a", "an") and not m["q"] else None
    if long_adj:  # a year-long effort: the adjective `year-long` (the article is the noun's)
        start = m.start("unit")
        if m["unit"].lower() in _VAGUE_UNITS and not m["num2"]:  # a months-long siege: a vague duration (PXM)
            name, iso = _VAGUE_UNITS[m["unit"].lower()]
            return [_found(start, long_adj.end(), "duration", unit=name, duration=iso, qualifier="~")]
    qualifier = QUALIFIERS.get(q, "=") if q else "="
    if m["tail"] and qualifier == "=":  # 3 years or less, 10 days or more
        qualifier = "<=" if m["tail"].split()[-1].lower() in ("less", "fewer") else ">="
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
    end, value = (long_adj.end() if long_adj else m.end()), n
    if m["of"] and (m["rel"] or "").lower() not in ("first", "last", "final"):
        end = m.start("of")  # `the first nine months of 1990` is one duration; `six months of 2015` ends at months
    parts = _more_parts(ctx[0], end, [(n, name)])
    if len(parts) > 1:  # three hours and 20 minutes: one duration
        end = parts.pop()[0]  # type: ignore[assignment]
        iso = _compose(parts)  # type: ignore[arg-type]
        value = round(sum(k * _SECONDS[u] for k, u in parts) / _SECONDS[name], 6)  # type: ignore[misc]
    later = _LATER_AFTER.match(ctx[0], end) if qualifier == "~" else None
    if later:  # `about two hours later`: the direction word stays in the extent (TimeML); not after `more than`,
        end = later.end()  # which may compare a figure before it (`4 per cent more than a year earlier`)
    low = value if qualifier in (">", ">=") else None
    high = value if qualifier in ("<", "<=") else None
    return [_found(start, end, "duration", value=value, low=low, high=high, qualifier=qualifier,
                   unit=name, duration=iso)]


_LATER_AFTER = re.compile(r"\s+(?:later|earlier)\b(?![\w-])", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s\"“”']*$")


def over_is_bound(text: str, at: int, end: int | None = None) -> bool:
    """Is `over` at `at` a bound (`for over 80 years`, `, over a million hours`, `over a year ago`,
    `over 25 years of experience`) of the duration ending at `end`, not `during`?"""
    if end is not None and _BOUND_AFTER.match(text, end):
        return True
    before = text[max(0, at - 24) : at]
    if not before.strip() or before.rstrip()[-1:] in ",;:.(—–-":
        return True
    w = _WORD_BEFORE.search(before)
    return bool(w) and w.group(1).lower() in OVER_BOUND_AFTER  # `25% over four years`: during


#: After a duration, words that make `over` before it a bound: a point counted back (`over a year ago`),
#: an amount of something (`over 25 years of experience`).
_BOUND_AFTER = re.compile(r"[\s-]*(?:ago|earlier|later|before(?!\s+[a-z]+ing\b)|previously|old|of)\b", re.IGNORECASE)  # (not `before convicting him`)


def _h_quarters(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`the last three quarters`, `three consecutive quarters`, `in 11 quarters`, `within two quarters` (`<=`): a
    duration of 3N months (ISO 8601 has no quarters)."""
    n = _num(m["num"] or m["num2"] or m["num3"])
    if n is None or n != int(n):
        return []
    months = 3 * int(n)
    row = _found(m.start(), m.end(), "duration", value=float(months), unit="month", duration=f"P{months}M")
    return [replace(row, qualifier=QUALIFIERS[m["q"].lower()]) if m["q"] else row]


#: Rough length of each unit in seconds, to order and add the parts of a composite duration.
_SECONDS = {"year": 31557600.0, "month": 2629800.0, "week": 604800.0, "day": 86400.0, "hour": 3600.0,
            "minute": 60.0, "second": 1.0, "decade": 315576000.0, "century": 3155760000.0,
            "millennium": 31557600000.0}


_MORE_RE = lazy(caseless(rf"""
    (?:\s*,\s*(?!an?\b)|\s+)(?:and\s+)?           # ', ' or ' and '; not ', a week after' (a new phrase)
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
