"""Dates and times for the table-driven finder (numfacts.lang.finder), from a language's `forms`
table: day-month(-year) and month-year dates, periods (`el primer semestre`, `im ersten Quartal
2024`), relative days and periods (`ayer`, `la semaine dernière`, `Vorquartal`), weekdays resolved
by the tense, sets (`cada año`, `dos veces al año`), intervals (`entre el 2005 y el 2007`, `du 1er
au 15 août`), clock times (`14.30 Uhr`, `à 18 h 30`) and a day with its clock (`mardi à 18h`).
Every regex is built from the tables and compiled once (shapes.rx).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..mention import Found
from ..temporal.calendar import easter_sunday
from . import phrases, shapes
from .shapes import _SP, _lowered, rx
from .shapes import lookup as _lookup
from .shapes import word_alt as _alt

if TYPE_CHECKING:
    from .finder import Grammar


def _shift(ref: dt.date, unit: str, n: int) -> str:
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        y, w, _ = (ref + dt.timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        k = ref.year * 12 + ref.month - 1 + n
        return f"{k // 12}-{k % 12 + 1:02d}"
    if unit == "quarter":  # `le trimestre précédent`
        k = ref.year * 4 + (ref.month - 1) // 3 + n
        return f"{k // 4}-Q{k % 4 + 1}"
    return str(ref.year + n)


def _intervals(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """`entre el 2005 y el 2007`, `zwischen Januar 2003 und Januar 2004`, `2000 à 2003`: two dates
    joined by a range word are one interval row (`2005/2007`); `le 11 et le 23 août` too."""
    r = g.t["range"]
    more = "".join(f"|{re.escape(w)}" for w in r.get("date_articles", ()))  # `bis zum 30. April`
    art = "(?:(?:el|la|le|les|l'|den|dem|der" + more + "){_SP})?".replace("{_SP}", _SP)
    join = rf"{_SP}(?:(?P<and>{_alt(r['and'], False)})|(?P<to>{_alt(r['to'], False)})){_SP}{art}$"
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "date" and f.kind == "date" and prev.date and f.date:
            m = re.search(join, text[prev.end : f.start] + " ", re.IGNORECASE) if prev.end < f.start else None
            lead = rx(rf"(?<![\w])(?:{_alt(r['between'], False)}){_SP}{art}$", re.IGNORECASE).search(text[max(0, prev.start - 20) : prev.start])
            if m and m.start() == 0 and (m.group("to") or lead):
                start, end = prev.date, f.date
                written = text[prev.start : prev.end]  # a month or a day of a month, its year not written
                wd = rx(rf"(?<![\w]){_alt(g.t['weekdays'])}", re.IGNORECASE)
                if (len(start) == len(end) == 10 and not rx(r"\d").search(written + text[f.start : f.end])
                        and wd.search(written) and wd.search(text, f.start, f.end)):
                    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)  # `entre el lunes y el miércoles`:
                    end = (a + dt.timedelta(days=(b.weekday() - a.weekday()) % 7)).isoformat()  # the next one after the first
                elif end < start and len(start) == len(end) >= 7:
                    if shapes.future(g.t, text, prev.start) is False:  # told in the past: the start lies a year back
                        if (len(start) == 7 or rx(r"\d").search(written)) and not rx(r"\d{4}").search(written):
                            start = f"{int(start[:4]) - 1}{start[4:]}"  # `zwischen Januar und Juni` said in March: last year's
                    elif not rx(r"\d{4}").search(text[f.start : f.end]):
                        end = f"{int(end[:4]) + 1}{end[4:]}"  # `du 15 septembre au 15 mars`: the March after
                out[-1] = Found(prev.start, f.end, "date", date=f"{start}/{end}")
                continue
        if (prev is not None and prev.kind == "date" and f.kind == "date" and rx(r"\d{4}").fullmatch(prev.date or "")
                and rx(r"\d{4}").fullmatch(f.date or "") and rx(r"[-–/]").fullmatch(text[prev.end : f.start]) and prev.date < f.date):
            out[-1] = Found(prev.start, f.end, "date", date=f"{prev.date}/{f.date}")  # `2024-2025`
            continue
        yy = rx(r"[-–/](\d\d)(?![\d\w])").match(text[f.end : f.end + 4]) if f.kind == "date" and rx(r"\d{4}").fullmatch(f.date or "") else None
        if yy and int(yy.group(1)) == (int(f.date[2:]) + 1) % 100:  # type: ignore[index]
            out.append(Found(f.start, f.end + yy.end(), "date", date=f"{f.date}/{f.date[:2]}{yy.group(1)}"))  # `2024/25`  # type: ignore[index]
            continue
        if f.kind == "date" and f.date and len(f.date) == 10 and prev is not None and prev.kind in ("count", "ordinal") and prev.value:
            m = re.fullmatch(r"\.?" + join[:-1], text[prev.end : f.start], re.IGNORECASE)  # `1. bis 15. August`
            day = rx(r"\d{1,2}(?P<s>\D*)").fullmatch(text[prev.start : prev.end])
            if (m and prev.value == int(prev.value) and 1 <= prev.value <= 31 and day
                    and day.group("s") in ("", *g.t["day_ordinal_suffix"])):  # `du 1er au 15 août`
                out[-1] = Found(prev.start, f.end, "date", date=f"{f.date[:8]}{int(prev.value):02d}/{f.date}")
                continue
        out.append(f)
    return out


def _dates(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    t, out = g.t, []
    ci = 0 if t["months_capitalised"] else re.IGNORECASE
    day_lead = rx(rf"(?<![\w])(?P<w>{_alt(t['weekday_before'], False)}){_SP}$", re.IGNORECASE)  # built once per text, not per date
    for m in g.date_dmy.finditer(text):
        gd = m.groupdict()  # read once for the day and the month
        d = next(v for k, v in gd.items() if k.startswith("d") and v)
        mon = int(_lookup(t["months"], next(v for k, v in gd.items() if k.startswith("m") and v)))  # type: ignore[arg-type]
        year, end = m.group("y") or shapes.tense_year(t, text, m.start(), ref, mon) or shapes.nearest_year(ref, mon), m.end()
        way = None if m.group("y") else g.way_after.match(text, end)
        lead = (day_lead.search(text, max(0, m.start() - 20), m.start())
                if not (m.group("y") or way) and t["weekday_before"] and ref is not None else None)
        if way and ref is not None:  # `le 5 mars dernier`
            end, k = way.end(), int(_lookup(t["weekday_after"], way.group("w")))  # type: ignore[arg-type]
            year = str(ref.year - (k < 0 and (mon, int(d)) > (ref.month, ref.day)) + (k > 0 and (mon, int(d)) < (ref.month, ref.day)))
        elif lead and _lookup(t["weekday_before"], lead.group("w")) and ref is not None:  # `el pasado 3 de mayo`, `el próximo 20 de febrero`
            k, way = int(_lookup(t["weekday_before"], lead.group("w"))), lead  # type: ignore[arg-type]
            year = str(ref.year - (k < 0 and (mon, int(d)) > (ref.month, ref.day)) + (k > 0 and (mon, int(d)) < (ref.month, ref.day)))
        elif (not m.group("y") and ref is not None and t.get("future_leads")
              and rx(rf"(?<![\w])(?:{_alt(t['future_leads'])}){_SP}$", re.IGNORECASE).search(text, max(0, m.start() - 12), m.start())
              and shapes.future(t, text, m.start()) is not False):  # `Ab dem 14. Dezember fährt`: the next one to come
            year, way = str(ref.year + ((ref.month - mon) * 31 + ref.day - int(d) > 31)), True  # a day in the last month stays
        if 1 <= int(d) <= 31:
            date = f"{year}-{mon:02d}-{int(d):02d}"
            told = m.group("y") or (way and ref is not None)
            out.append(Found(m.start(), end, "date", date=date if told else phrases.by_tense(g, text, m.start(), date, ref)))
    if t.get("day_words"):  # `el primero de mayo`, `le premier janvier`: a day written as a word
        dmy = "|".join(p.replace(" ", _SP).replace("{d}", f"(?P<d{i}>{_alt(t['day_words'], False)})").replace("{m}", f"(?P<m{i}>{_alt(t['months'])})")
                       for i, p in enumerate(t["day_month"]))
        for m in rx(rf"(?<![\w])(?:{dmy})(?:,?{_SP}(?:{_alt(t['date_links'], False)}{_SP})?(?P<y>\d{{4}})(?!\d))?", re.IGNORECASE).finditer(text):
            d = int(_lookup(t["day_words"], next(v for k, v in m.groupdict().items() if k.startswith("d") and v)))  # type: ignore[arg-type]
            mon = int(_lookup(t["months"], next(v for k, v in m.groupdict().items() if k.startswith("m") and v)))  # type: ignore[arg-type]
            date = f"{m.group('y') or shapes.tense_year(t, text, m.start(), ref, mon) or shapes.nearest_year(ref, mon)}-{mon:02d}-{d:02d}"
            out.append(Found(m.start(), m.end(), "date", date=date if m.group("y") else phrases.by_tense(g, text, m.start(), date, ref)))
    if t.get("numeric_dates"):  # day first: `21/04/2016`, `22/04`
        for m in rx(r"(?<![\w/.,-])(?P<d>[0-3]?\d)(?P<s>[/.-])(?P<m>[01]?\d)(?:(?P=s)(?P<y>\d{4}|\d{2}))?(?![\w/]|[.,-]\d)").finditer(text):
            d, mon, y = int(m.group("d")), int(m.group("m")), m.group("y")
            if not (1 <= d <= 31 and 1 <= mon <= 12) or (not y and (len(m.group("m")) < 2 or m.group("s") != "/")):
                continue
            year = (y if len(y) == 4 else f"20{y}") if y else shapes.nearest_year(ref, mon)
            out.append(Found(m.start(), m.end(), "date", date=f"{year}-{mon:02d}-{d:02d}"))
    month_lead = rx(rf"(?<![\w])(?P<w>{_alt(t['weekday_before'], False)}){_SP}(?:{_alt(t.get('month_links', ()), False)}{_SP})?$",
                    re.IGNORECASE)  # built once per text, not per month
    for m in g.date_my.finditer(text):
        gd = m.groupdict()
        name = next(v for k, v in gd.items() if k.startswith("m") and v)
        mon = int(_lookup(t["months"], name))  # type: ignore[arg-type]
        year = (next((v for k, v in gd.items() if k.startswith("y") and v), None)
                or shapes.tense_year(t, text, m.start(), ref, mon) or shapes.nearest_year(ref, mon))
        if name.lower() in ("mayo", "mai") and gd.get("mo") is not None and text[m.end() : m.end() + 1] == "-":
            continue
        end = m.end()
        way = g.way_after.match(text, end) if gd.get("mo") is not None else None
        lead = (month_lead.search(text, max(0, m.start() - 30), m.start()) if gd.get("mo") is not None and t["weekday_before"] else None)
        if way and ref is not None:  # `en mars dernier`
            end, k = way.end(), int(_lookup(t["weekday_after"], way.group("w")))  # type: ignore[arg-type]
            year = str(ref.year - (k < 0 and mon >= ref.month) + (k > 0 and mon <= ref.month))
        elif lead and ref is not None and _lookup(t["weekday_before"], lead.group("w")):  # `im kommenden Juli`, `el pasado mes de junio`
            k = int(_lookup(t["weekday_before"], lead.group("w")))  # type: ignore[arg-type]
            year, way = str(ref.year - (k < 0 and mon >= ref.month) + (k > 0 and mon <= ref.month)), lead
        date = f"{year}-{mon:02d}"
        written = any(v for k, v in gd.items() if k.startswith("y")) or (way and ref is not None)
        out.append(Found(m.start(), end, "date", date=date if written else phrases.by_tense(g, text, m.start(), date, ref)))
    seasons = t.get("seasons", {})
    for m in rx(rf"(?<![\w])(?:(?P<b>{_alt(t.get('season_before', []), False)}){_SP})?(?P<s>{_alt(seasons)})"
                         rf"(?:{_SP}(?P<y>\d{{4}})(?!\d)|{_SP}(?P<w>{_alt(t['weekday_after'])}))?", ci).finditer(text):
        linked = bool(t.get("season_time_links")) and rx(rf"(?<![\w])(?:{_alt(t.get('season_time_links', []))})(?:{_SP}|(?<=['’]))$",
                                                      re.IGNORECASE).search(text, max(0, m.start() - 16), m.start())
        if ref is None and not m.group("y") or not (m.group("y") or m.group("b") or m.group("w") or linked):
            continue  # `en hiver` in general; `avant l'été` is a date (`season_time_links`)
        k = int(_lookup(t["weekday_after"], m.group("w"))) if m.group("w") else 0  # type: ignore[arg-type]
        out.append(Found(m.start(), m.end(), "date", date=f"{m.group('y') or ref.year + k}-{_lookup(seasons, m.group('s'))}"))  # type: ignore[union-attr]
    marks = _alt([*t.get("ordinal_suffixes", []), *t.get("century_marks", [])], False)
    for m in rx(rf"(?<![\w])(?P<r>[XVI]+|[1-9]\d?)(?:{marks}){_SP}(?:{_alt(t.get('century_words', []))})(?![\w])").finditer(text):
        n = _roman(m.group("r")) if not m.group("r").isdigit() else int(m.group("r"))
        if n:
            out.append(Found(m.start(), m.end(), "date", date=f"{n - 1:02d}"))  # `le XXe siècle`, `21e siècle`, `im 19. Jahrhundert`: 19, 20, 18
    for m in rx(rf"(?<![\w])(?:{_alt(t.get('century_before', []))}){_SP}(?P<r>[XVI]+|[1-9]\d?)(?![\w])").finditer(text):
        n = _roman(m.group("r")) if not m.group("r").isdigit() else int(m.group("r"))
        if n and t.get("century_before"):
            out.append(Found(m.start(), m.end(), "date", date=f"{n - 1:02d}"))  # `el siglo XIX`: 18
    for m in rx(rf"(?<![\w])(?:{_alt(t.get('decade_words', []), False)}){_SP}(?P<y>1\d\d0|20\d0|[1-9]0)(?![\w])", ci).finditer(text):
        y = m.group("y")
        out.append(Found(m.start(), m.end(), "date", date=y[:3] if len(y) == 4 else "19" + y[0]))  # `les années 90`: 199
    ords = "|".join(re.escape(o) for o in sorted(t["period_ordinals"], key=len, reverse=True)) or "(?!)"
    periods = rx(rf"(?<![\w])(?P<o>{ords}){_SP}(?P<p>{_alt(t['periods'])})(?:{_SP}(?:{_alt(t['date_links'], False) if t['date_links'] else '(?!)'}{_SP})?(?P<y>\d{{4}})(?!\d))?", re.IGNORECASE)
    for m in periods.finditer(text):  # el primer semestre, im ersten Quartal 2024
        n, kind = int(_lookup(t["period_ordinals"], m.group("o"))), str(_lookup(t["periods"], m.group("p")))  # type: ignore[arg-type]
        if n <= (2 if kind == "H" else 4):
            year = m.group("y") or (str(ref.year) if ref else "XXXX")
            if not m.group("y") and ref is not None:  # `a baissé au troisième trimestre`, written in February: last year's
                size = 6 if kind == "H" else 3
                way, first = phrases.tense(g, text, m.start()), (n - 1) * size + 1
                if not way and t.get("future_cues"):  # German: `stieg im dritten Quartal`, `ist ... gesunken`
                    way = {True: 1, False: -1, None: 0}[shapes.future(t, text, m.start())]
                year = str(ref.year - (way < 0 and first > ref.month))  # (a future one stays: the nearest verb may be another's)
            out.append(Found(m.start(), m.end(), "date", date=f"{year}-{kind}{n}"))
    if t.get("fiscal_words"):  # `Geschäftsjahr 2024/25`, `Geschäftsjahres 2025`: the fiscal year named by the year it ends in
        fiscal = rx(rf"(?<![\w])(?:{_alt(t['fiscal_words'])}){_SP}(?P<a>(?:19|20)\d\d)(?:[/-](?P<b>\d\d(?:\d\d)?))?(?![\w/-])")
        for m in fiscal.finditer(text):
            a, b = int(m.group("a")), m.group("b")
            if b is None or int(b) in (a + 1, (a + 1) % 100):  # `2024/25`, `2024/2025`; `2024/27` is no fiscal year
                out.append(Found(m.start(), m.end(), "date", date=f"FY{a + 1 if b else a}"))
    if t.get("week_number_words"):  # `KW 12`, `Kalenderwoche 12/2020`, `12. Kalenderwoche`: an ISO week
        wk = _alt(t["week_number_words"], False)
        weeks = rx(rf"(?<![\w])(?:(?:{wk})(?:{_SP})?(?P<n>[1-9]\d?)|(?P<m>[1-9]\d?)\.{_SP}(?:{wk})(?![\w]))(?:(?:/|{_SP})(?P<y>(?:19|20)\d\d))?(?![\w.,/]\d)")
        for m in weeks.finditer(text):
            n = int(m.group("n") or m.group("m"))
            if n > 53:
                continue
            if m.group("y") or ref is None:
                year = m.group("y") or "XXXX"
            else:  # by the tense, as a month without its year: the last such week in the past, the next in the future
                # (read from the noun: a sentence splitter may cut after `12.`)
                ahead, now = shapes.future(t, text, m.start("n") if m.group("n") else m.end() - 1), ref.isocalendar()[1]
                year = str(ref.year + (1 if ahead and n < now else -1 if ahead is False and n > now else 0))
            out.append(Found(m.start(), m.end(), "date", date=f"{year}-W{n:02d}"))
    rel_set = {*t["relative_days"], *t["relative_periods"], *t["sets"], *t.get("relative_day_parts", ()), *t.get("fixed_dates", ()),
               *t.get("fixed_durations", ())}
    weekday_set = rx(rf"(?<![\w]){_alt(t.get('weekday_sets', ()), False)}{_SP}$", re.IGNORECASE)  # built once per text, not per day
    for m in g.phrases.finditer(text):
        if m.group("rel"):
            key = m.group("rel")
            if (key[:1].isupper() and key not in rel_set and shapes.word_before(text, m.start(), ",;")):
                continue  # `am Morgen` (the morning), not `morgen`: a capital only opens a sentence
            if _lookup(t.get("relative_days_not_after", {}), key) and rx(rf"(?<![\w]){_alt(_lookup(t['relative_days_not_after'], key), False)}{_SP}$", re.IGNORECASE).search(text[max(0, m.start() - 12) : m.start()]):
                continue  # `por la mañana` is a part of the day, not tomorrow
            if _lookup(t.get("fixed_durations", {}), key) is not None:  # `el último año`: P1Y; not `la última semana de julio`
                iso = str(_lookup(t["fixed_durations"], key))
                if iso.startswith("PT") or not rx(rf"{_SP}(?:{_alt(t['date_links'], False)})(?![\w])", re.IGNORECASE).match(text, m.end()):
                    n = rx(r"PT?(\d+(?:\.\d+)?)([YMWDHS])").fullmatch(iso)  # `media hora`: 0.5 hour
                    unit = dict(zip("YWDHS", ("year", "week", "day", "hour", "second"))).get(n.group(2)) if n else None
                    unit = ("minute" if iso.startswith("PT") else "month") if n and n.group(2) == "M" else unit
                    out.append(Found(m.start(), m.end(), "duration", value=float(n.group(1)) if n else None, unit=unit, duration=iso))
            elif _lookup(t.get("fixed_dates", {}), key) is not None:  # `los años noventa`
                out.append(Found(m.start(), m.end(), "date", date=str(_lookup(t["fixed_dates"], key))))
            elif _lookup(t["sets"], key) is not None:
                if g.date_my.match(text, m.end() + 1) and text[m.end() : m.end() + 1] == " ":
                    continue  # `im Monat April`: the month, no set
                often = _often(t["_lang"]).search(text, max(0, m.start() - 40), m.start()) if t.get("frequency_words") else None
                out.append(Found(often.start() if often else m.start(), m.end(), "set", duration=str(_lookup(t["sets"], key))))
            elif ref is None:
                out.append(Found(m.start(), m.end(), "date"))
            elif _lookup(t.get("relative_day_parts", {}), key) is not None:  # `esta tarde`: 2024-06-05TAF
                n, part = _lookup(t["relative_day_parts"], key)  # type: ignore[misc]
                kind = "time" if ":" in part else "date"  # `heute Mittag`: a clock (`12:00`), not a part of the day
                out.append(Found(m.start(), m.end(), kind, date=f"{_shift(ref, 'day', n)}T{part}"))
            elif _lookup(t["relative_days"], key) is not None:
                out.append(Found(m.start(), m.end(), "date", date=_shift(ref, "day", int(_lookup(t["relative_days"], key))),  # type: ignore[arg-type]
                                 modifier=_anchored(t, key)))
            else:
                unit, n = _lookup(t["relative_periods"], key)  # type: ignore[misc]
                link = rx(rf"{_SP}(?:{_alt(t['date_links'], False)}){_SP}", re.IGNORECASE).match(text, m.end()) if t["date_links"] else None
                if unit == "month" and link and g.date_my.match(text, link.end()):
                    continue  # `el próximo mes de julio`: the month written after it
                if unit == "year" and n == 0 and rx(rf"{_SP}\d{{4}}(?!\d)").match(text, m.end()):
                    continue  # `Ende des Jahres 2020`: the year written after it
                date = phrases.weekend(g, text, m.start(), ref, n) if unit == "weekend" else _shift(ref, unit, n)
                out.append(Found(m.start(), m.end(), "date", date=date, modifier=_anchored(t, key)))
            continue
        day = int(_lookup(t["weekdays"], m.group("wd")))  # type: ignore[arg-type]
        each = weekday_set.search(text[max(0, m.start() - 12) : m.start()])
        if each and not m.group("wb"):  # `los jueves`, `todos los lunes`: every week
            out.append(Found(m.start() - len(each.group()), m.end(), "set", duration="P1W"))
            continue
        way = _lookup(t["weekday_before"], m.group("wb")) if m.group("wb") else None
        way = _lookup(t["weekday_after"], m.group("wa")) if m.group("wa") else way
        if ref is None:
            out.append(Found(m.start(), m.end(), "date"))
            continue
        back = (ref.weekday() - day) % 7
        if way == -1 and back == 0:
            back = 7
        ahead = (7 - back) % 7 or (7 if way == 1 else 0)  # `nächsten Montag` said on a Monday: a week on
        if way == 0 and t.get("tense"):  # `este viernes`: this week's, before or after by the tense
            way = phrases.tense(g, text, m.start()) or None
        if way is None:  # a bare weekday: by the tense words of the table (`future_cues`, `past_cues`)
            tense = shapes.future(t, text, m.start())
            way = None if tense is None else 1 if tense else 0
        if way is None:  # else the one the tense points to, else the nearest (`fallen am Donnerstag aus`)
            way = phrases.tense(g, text, m.start()) or (1 if back >= 4 else None)
        date = ref + dt.timedelta(days=ahead) if way == 1 else ref - dt.timedelta(days=back)
        end, part = _day_part(t, text, m)
        out.append(Found(m.start(), end, "date", date=date.isoformat() + part))  # `domingo por la tarde`: ...TAF
    if t.get("year_prefixes"):  # `mi-2025`: the year (a hyphen before a figure otherwise hides it)
        out += [Found(m.start(), m.end(), "date", date=m.group("y"))
                for m in rx(rf"(?<![\w])(?:{_alt(t['year_prefixes'], False)})(?P<y>(?:19|20)\d\d)(?![\w])", re.IGNORECASE).finditer(text)]
    return _past_neighbours(g, text, out + phrases.seasons(g, text, ref) + _nth_weekdays(g, text, ref), ref)


def _past_neighbours(g: Grammar, text: str, found: list[Found], ref: dt.date | None) -> list[Found]:
    """`se ubicó en 4,3 % en agosto, por debajo del 4,6 % de julio` on 2020-06-15: a month (or a day of
    it) written without its year in the month after `ref`, which stays `ref`'s year when read alone, is
    last year's when its sentence has another date without a year that its tense moved back a year (a
    past sentence: `agosto` 2019-08), unless the month's own tense looks ahead; a whole month is also
    last year's when its own tense is past (`En julio se vendieron`: July has not come yet)."""
    if ref is None:
        return found
    y1, m1 = divmod(ref.year * 12 + ref.month, 12)  # the month after ref (0-based month)
    nxt = f"{y1}-{m1 + 1:02d}"
    back = str(ref.year - 1)
    cands = {(f.start, f.end) for f in found if f.kind == "date" and f.date and f.date[:7] == nxt and len(f.date) in (7, 10)
             and not f.modifier and not rx(r"\d{4}").search(text, f.start, f.end)}  # not `al mes siguiente` (anchored later)
    if not cands:
        return found
    stops = [m.start() for m in rx(r"[.!?;]\s").finditer(text)]  # sentence ends, found once: each date's sentence by halves
    moved = {bisect.bisect_left(stops, f.start) for f in found if f.kind == "date" and f.date and f.date.startswith(back)
             and len(f.date) in (7, 10) and not f.modifier and not rx(r"\d").search(text, f.start, f.end)}
    out = []
    for f in found:
        if (f.start, f.end) in cands and ((way := phrases.tense(g, text, f.start)) < 0 and len(f.date or "") == 7
                                          or way <= 0 and bisect.bisect_left(stops, f.start) in moved):
            f = replace(f, date=str(int(f.date[:4]) - 1) + f.date[4:])  # type: ignore[index]
        out.append(f)
    return out


def _anchored(t: dict, key: str) -> str | None:
    """`SHIFT` for a relative date counted from a date of the text (`anchored_relatives`: `el año anterior`,
    `le trimestre précédent`), which finder.find then moves as English `the previous year`
    (temporal.anchor.shift_relatives); else None."""
    return "SHIFT" if key.lower() in _lowered(tuple(t.get("anchored_relatives", ()))) else None


def _nth_weekdays(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    """`el primer domingo de marzo`, `le dernier vendredi de juin`, `am ersten Sonntag im März 2026`:
    the n-th (or, with -1, the last) weekday of a month (`nth_weekday_ordinals`, `nth_weekday_links`),
    its year written, else by the tense, else the nearest."""
    t = g.t
    if not t.get("nth_weekday_ordinals") or ref is None:
        return []
    out = []
    link = rf"(?:{_alt(t['nth_weekday_links'], False)})"
    pat = (rf"(?<![\w])(?P<o>{_alt(t['nth_weekday_ordinals'])}){_SP}(?P<wd>{_alt(t['weekdays'])}){_SP}{link}"
           rf"(?:{_SP}|(?<=')|(?<=’))(?P<m>{_alt(t['months'])})(?:{_SP}(?:{_alt(t['date_links'], False) if t['date_links'] else '(?!)'}{_SP})?(?P<y>\d{{4}})(?!\d))?")
    for m in rx(pat, re.IGNORECASE).finditer(text):
        n = int(_lookup(t["nth_weekday_ordinals"], m.group("o")))  # type: ignore[arg-type]
        day, mon = int(_lookup(t["weekdays"], m.group("wd"))), int(_lookup(t["months"], m.group("m")))  # type: ignore[arg-type]
        year = int(m.group("y") or shapes.tense_year(t, text, m.start(), ref, mon) or shapes.nearest_year(ref, mon))
        first = dt.date(year, mon, 1)
        if n > 0:
            date = first + dt.timedelta(days=(day - first.weekday()) % 7 + 7 * (n - 1))
        else:
            last = dt.date(year + mon // 12, mon % 12 + 1, 1) - dt.timedelta(days=1)
            date = last - dt.timedelta(days=(last.weekday() - day) % 7)
        if date.month == mon:
            out.append(Found(m.start(), m.end(), "date", date=date.isoformat()))
    return out


def _day_part(t: dict, text: str, m: re.Match[str]) -> tuple[int, str]:
    """The end of a weekday's row with the part of the day written after it (`domingo por la noche`,
    `dimanche soir`: `weekday_parts`) or in it (`Montagabend`: `weekday_compound_parts`), and the
    TimeML part to add to its date (`T` + `NI`...: one row, as English `Tuesday night`), unless a
    clock follows, which then joins the day itself (no part)."""
    clock, compound, parts = _day_part_patterns(t["_lang"])
    word = m.group("wd").lower()
    inside = next((code for suffix, code in compound if not suffix.startswith("_") and word.endswith(suffix)), None)
    if inside is not None:
        return m.end(), "" if clock.match(text, m.end()) else "T" + inside
    after = parts.match(text, m.end()) if parts is not None else None
    if after is None or clock.match(text, after.end()):
        return m.end(), ""
    return after.end(), "T" + str(_lookup(t["weekday_parts"], after.group().strip()))


@cache
def _day_part_patterns(lang: str) -> tuple[re.Pattern[str], list[tuple[str, str]], re.Pattern[str] | None]:
    """`_day_part`'s clock after a day, compound parts (longest first) and parts after a day, built once per language."""
    from .finder import grammar  # the finder imports this module; built once per language

    t = grammar(lang).t
    return (rx(r",?[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,2}\d"),
            sorted(t.get("weekday_compound_parts", {}).items(), key=lambda kv: -len(kv[0])),
            rx(rf"{_SP}(?:{_alt(t.get('weekday_parts', {}))})", re.IGNORECASE) if t.get("weekday_parts") else None)


def holidays(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    """Named days (`holidays`: a month and day, or `easter` and days after Easter Sunday): `Navidad`,
    `lundi de Pentecôte`, `Pfingstmontag 2024`; without its year, the one the tense points to."""
    hol = g.t.get("holidays")
    if not hol:
        return []
    out = []
    not_after = rx(rf"(?<![\w])(?:{_alt(g.t.get('holiday_not_after', ()), False)}){_SP}$", re.IGNORECASE)
    for m in rx(rf"(?<![\w-])(?P<h>{_alt(hol)})(?:{_SP}(?P<y>\d{{4}})(?!\d))?").finditer(text):
        spec = _lookup(hol, m.group("h"))
        if not m.group("y") and not_after.search(text, max(0, m.start() - 8), m.start()):
            continue  # `le marché de Noël`, `las vacaciones de Navidad`: a season's name, no day

        def day(year: int, spec: tuple = spec) -> dt.date:  # type: ignore[type-arg]
            return easter_sunday(year) + dt.timedelta(days=spec[1]) if spec[0] == "easter" else dt.date(year, spec[0], spec[1])
        if m.group("y"):
            out.append(Found(m.start(), m.end(), "date", date=day(int(m.group("y"))).isoformat()))
        elif ref is not None:
            ahead = shapes.future(g.t, text, m.start()) if g.t.get("future_cues") else None  # German: `kam`, `wird`
            year = (int(phrases.by_tense(g, text, m.start(), day(ref.year).isoformat(), ref)[:4]) if ahead is None
                    else ref.year + (1 if ahead and day(ref.year) < ref else -1 if not ahead and day(ref.year) > ref else 0))
            out.append(Found(m.start(), m.end(), "date", date=day(year).isoformat()))
    return out


@cache
def _often(lang: str) -> re.Pattern[str]:
    """A frequency before a set (`dos veces al año`, `trois fois par semaine`, `zweimal im Jahr`):
    a figure and one of `frequency_words` (glued to it or not), read as part of the set."""
    from .finder import grammar  # the finder imports this module; built once per language

    g = grammar(lang)
    return rx(rf"(?<![\w])(?:\d+|{shapes._alt(g.t['numbers'])})(?:{_SP})?{_alt(g.t['frequency_words'], False)}{_SP}$", re.IGNORECASE)


def _roman(r: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10}
    n = sum(-vals[a] if vals[a] < vals[b] else vals[a] for a, b in zip(r, r[1:])) + vals[r[-1]]
    return n if 0 < n <= 30 else None


@cache
def _clock_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """_clocks' regexes, built once per language: a clock word before (`à`), a range word between two
    clocks, a named hour after a clock word (`à midi`), a part of the day after (`du soir`)."""
    from .finder import grammar  # the finder imports this module; built once per language

    t = grammar(lang).t
    return (rx(rf"(?<![\w])(?:{_alt(t.get('clock_before', []), False)}){_SP}$", re.IGNORECASE),
            rx(rf"{_SP}(?:{_alt([*t['range']['and'], *t['range']['to']], False)}){_SP}$", re.IGNORECASE),
            rx(rf"(?<![\w])(?:{_alt(t.get('clock_before', []), False)}){_SP}(?P<w>{_alt(t.get('clock_words', {}))})", re.IGNORECASE),
            rx(rf"{_SP}(?P<p>{_alt(t.get('clock_parts', {}))})", re.IGNORECASE),
            rx(rf"{_SP}(?P<f>{_alt(t.get('clock_fractions', {}))})", re.IGNORECASE),
            rx(rf"{_SP}{_alt(t.get('clock_word_not_before', []))}", re.IGNORECASE))


def _clocks(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    """`14.30 Uhr`; `à 18 h 30`, `vers 6h`, `à 18 heures` (a clock word before it: `clock_before`),
    and after them `et 9 h`; without one, `3 h 10` is a duration when its mark is in `clock_durations`."""
    day = ref.isoformat() if ref else "XXXX-XX-XX"
    out = [Found(m.start(), m.end(), "time", date=f"{day}T{int(m.group('h')):02d}:{m.group('mi') or '00'}")
           for m in g.clock.finditer(text)]
    before, chain, named, part, fraction, of = _clock_patterns(g.t["_lang"])
    fractions = g.t.get("clock_fractions", {})
    mark_words = [w for w in g.t.get("clock_marks", ()) if len(w) > 1]  # `sept heures vingt-sept minutes`: the minutes in words
    mins = _alt([w for w, v in g.t["time_units"].items() if v == "minute"]) if mark_words else "(?!)"
    conj = _alt(g.t["and"], False)  # `sept heures et vingt-sept minutes`, `vingt et une minutes`
    minute_word = rx(rf"{_SP}(?:(?P<et>{conj}){_SP})?(?P<w>[^\W\d_]+(?:-[^\W\d_]+)*(?:{_SP}{conj}{_SP}[^\W\d_]+)?)"
                     rf"(?:(?P<u>{_SP}{mins})|(?![ \u00a0]*[^\W\d_]))", re.IGNORECASE)
    from .finder import _word_value
    durations = {w.lower() for w in g.t.get("clock_durations", [])}
    weekday = rx(rf"(?<![\w])(?:{_alt(g.t['weekdays'])}){_SP}$", re.IGNORECASE)  # `jusqu'à jeudi 6 h`: a clock
    minus = (rx(rf"{_SP}(?:{_alt(g.t['clock_minus'], False)}){_SP}(?P<n>\d{{1,2}}|[^\W\d_]+(?:-[^\W\d_]+)*)(?:{_SP}{mins})?(?![\w-])", re.IGNORECASE)
             if g.t.get("clock_minus") else None)
    for m in named.finditer(text):  # `à midi`, `à midi et demi`
        hm, fm = _lookup(g.t["clock_words"], m.group("w")), fraction.match(text, m.end()) if fractions else None
        if fm:
            hm = _clock_plus(hm, int(_lookup(fractions, fm.group("f"))))  # type: ignore[arg-type]
        out.append(Found(m.start("w"), fm.end() if fm else m.end(), "time", date=f"{day}T{hm}"))
    if g.t.get("clock_colon"):  # `15:30`
        out += [Found(m.start(), m.end(), "time", date=f"{day}T{int(m.group(1)):02d}:{m.group(2)}")
                for m in rx(r"(?<![\w.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:,.]\d)(?!\d)").finditer(text)]
    for m in g.hour_mark.finditer(text):
        word = not m.group("h").isdigit()  # `à huit heures et quart`: only with a clock word, not `à deux heures de Paris`
        h, mi = int(m.group("h")) if not word else int(_word_value(g, " ".join(m.group("h").split())) or 0), m.group("mi") or "00"
        fm = fraction.match(text, m.end()) if fractions and not m.group("mi") else None  # `9 heures et quart`, `10 heures moins le quart`
        if fm:
            h, mi = (int(x) for x in _clock_plus(f"{h:02d}:00", int(_lookup(fractions, fm.group("f")))).split(":"))  # type: ignore[arg-type]
            mi = f"{mi:02d}"
        end = fm.end() if fm else m.end()
        less = minus.match(text, end) if minus is not None and not (fm or m.group("mi")) else None
        k = (float(less.group("n")) if less.group("n").isdigit() else _word_value(g, " ".join(less.group("n").split()))) if less else None
        if less and k is not None and k.is_integer() and 0 < k < 60:  # `neuf heures moins dix`: 08:50
            h, mi = (int(x) for x in _clock_plus(f"{h:02d}:00", -int(k)).split(":"))  # type: ignore[assignment]
            mi, end, fm = f"{mi:02d}", less.end(), less  # type: ignore[assignment]
        if word and not (fm or m.group("mi")) and (mw := minute_word.match(text, end)):  # `à vingt heures trente,`
            k = _word_value(g, " ".join(mw.group("w").split()))
            if k is not None and k.is_integer() and 0 < k < 60 and (mw.group("u") or not mw.group("et")):
                mi, end = f"{int(k):02d}", mw.end()
        prev = out[-1] if out else None
        pm = part.match(text, end)  # `8 heures du soir`
        if word and not (pm or fm) and of.match(text, end):
            continue
        if pm or before.search(text, max(0, m.start() - 12), m.start()) or weekday.search(text, max(0, m.start() - 16), m.start()) or (
                prev is not None and prev.kind == "time" and chain.fullmatch(text, prev.end, m.start())):
            h += int(_lookup(g.t["clock_parts"], pm.group("p"))) if pm and h < 12 else 0  # type: ignore[arg-type]
            out.append(Found(m.start(), pm.end() if pm else end, "time", date=f"{day}T{h:02d}:{mi}"))
        elif word:
            continue
        elif m.group("mark").lower() in durations and (nxt := g.hour_mark.search(text, m.end())) and (
                chain.fullmatch(text + " ", m.end(), nxt.start()) and before.search(text, max(0, nxt.start() - 12), nxt.start())):
            out.append(Found(m.start(), m.end(), "time", date=f"{day}T{h:02d}:{mi}"))  # `de 8 h à 12 h`
        elif m.group("mark").lower() in durations:
            iso = f"PT{h}H" + (f"{int(mi)}M" if int(mi) else "")
            out.append(Found(m.start(), m.end(), "duration", value=None if int(mi) else h, unit=None if int(mi) else "hour",
                             duration=iso))
    return out


def _clock_plus(hm: str, minutes: int) -> str:
    """`09:00` moved by `minutes` (negative: before), within the day."""
    h, mi = map(int, hm.split(":"))
    total = (h * 60 + mi + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def _day_times(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """`1er mars à 18 h 30`, `samedi vers 14 h 15`: a day and the clock time after it (a comma between) are one time."""
    parts = rf"(?:{_SP}(?:{_alt(g.t['weekday_parts'])}))?" if g.t.get("weekday_parts") else ""  # `lundi soir à 20 h`
    link = rx(rf"{parts},?{_SP}(?:(?P<w>{_alt(g.t.get('clock_before', []), False)}){_SP})?", re.IGNORECASE)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (f.kind == "date" and f.date and len(f.date) == 10 and prev is not None and prev.kind == "date" and prev.date
                and len(prev.date) == 10 and re.fullmatch(_SP, text[prev.end : f.start]) and g.phrases.fullmatch(text, prev.start, prev.end)
                and g.date_dmy.match(text, f.start)):
            out[-1] = Found(prev.start, f.end, f.kind, date=f.date)  # `mardi 5 mars`: the date written
            continue
        prev = out[-1] if out else None
        if (f.kind == "time" and f.date and prev is not None and prev.kind == "date" and (day := shapes.day_of(prev.date))
                and (lk := link.fullmatch(text, prev.end, f.start)) and (lk.group("w") or text[f.start].isdigit())):
            out[-1] = Found(prev.start, f.end, "time", date=shapes.clock_on(day, prev.date, f.date))  # type: ignore[arg-type]  # both ends of `von 5 bis 6 Uhr`
            continue
        out.append(f)
    return out
