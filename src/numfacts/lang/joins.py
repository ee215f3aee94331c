"""Joins for the table-driven finder (numfacts.lang.finder), on its rows in document order, each
asked for by a key of the language's `forms` table (numfacts.lang.shapes finds the candidates):

- `zwischen 3 und 5 Grad`, `von 10 bis 15 Jahren`, `3 bis 5 Prozent`, `von 18 bis 20 Uhr`: a bare
  figure joined by a range word to a figure with a unit (or a clock) is one `range` row; the lead
  word (`range.between`, `range.from`) is part of it; `2019-2022` is one interval (`split_years`);
- `Montag gegen 18.30 Uhr`: a day and the clock after it (`clock_links`) are one `time` row, and
  `8 Uhr abends` takes its part of the day (`clock_day_part_shifts`); `Mittwoch, den 20. März` is one date;
- `die Zahl der Arbeitslosen ... auf 2,81 Millionen`: a count takes the entity named before it
  (`entity_before`);
- `3 Cent weniger als`, `ein Plus von 12 Prozent`: the size of a change and the level it qualifies
  (`comparison_after`, `change_nouns`; see `comparisons`);
- `64 milliards d'euros en 2030, contre 50,5 milliards`: a scaled figure that names no noun takes the
  currency of a scaled sum before it in its sentence (`carried`; every language).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import cache

from ..mention import Found
from ..sentences import sentence_index
from .changes import _CHANGED as _DIFF
from .phrases import _with
from .shapes import _SP, NONE, _alt, _get, _spans, clock_on, day_of, rx

_UNITS = ("count", "money", "measure", "percent", "duration")


#: How many of the second unit make one of the first, for the durations written as two (`2 horas y 40 minutos`).
_PER = {("year", "month"): 12, ("day", "hour"): 24, ("hour", "minute"): 60, ("hour", "second"): 3600, ("minute", "second"): 60}
_ISO_PART = re.compile(r"P(?:(?P<d>\d+)(?P<du>[YMWD]))?(?:T(?P<t>\d+)(?P<tu>[HMS]))?")


def _compound(prev: Found, f: Found) -> Found | None:
    """Two durations in whole numbers of a larger and a smaller unit, written one after the other (the
    caller checks the `y` / `et` / `und` between them), as one: `PT2H40M`, value in the larger unit."""
    if not (prev.kind == f.kind == "duration" and prev.unit and f.unit and (prev.unit, f.unit) in _PER and f.qualifier == "="
            and prev.value is not None and f.value is not None and prev.duration and f.duration):
        return None
    a, b = _ISO_PART.fullmatch(prev.duration), _ISO_PART.fullmatch(f.duration)
    if not a or not b or not (a.group("d") or a.group("t")) or not (b.group("d") or b.group("t")):
        return None
    date = "".join(m.group("d") + m.group("du") for m in (a, b) if m.group("d"))
    clock = "".join(m.group("t") + m.group("tu") for m in (a, b) if m.group("t"))
    iso = "P" + date + ("T" + clock if clock else "")
    return Found(prev.start, f.end, "duration", value=prev.value + f.value / _PER[(prev.unit, f.unit)], low=prev.low, high=prev.high,
                 qualifier=prev.qualifier, unit=prev.unit, duration=iso)


def merge(t: dict, text: str, found: list[Found]) -> list[Found]:
    """Word ranges and a day with its clock, joined (see the module docstring)."""
    from .finder import _scale_of  # the finder imports this module

    r = t["range"]
    joins = rf"{_SP}(?:(?P<and>{_alt(r['and'])})|(?P<to>{_alt(r['to'])})){_SP}"
    out: list[Found] = []
    and_gap = rx(rf",?{_SP}(?:{_alt(r['and'])}){_SP}|,{_SP}", re.IGNORECASE)  # built once per text, not per row
    for f in found:
        if f.kind == NONE:
            continue
        f = _restated(t, text, out, f)
        prev = out[-1] if out else None
        both = _compound(prev, f) if prev is not None and and_gap.fullmatch(text[prev.end : f.start]) else None
        if both is not None:  # `dos horas y cuarenta minutos`, `zwei Jahre und drei Monate`: one duration
            out[-1] = both
            continue
        if (prev is not None and prev.kind == "count" and f.kind in ("count", "money") and prev.value is not None
                and f.value is not None and prev.qualifier == "=" == f.qualifier and rx(r"[ \u00a0]").fullmatch(text[prev.end : f.start])
                and (big := _scale_of(text, prev)) > 1 and 1 < _scale_of(text, f) < big and f.value < big):
            out[-1] = replace(f, start=prev.start, value=prev.value + f.value)  # `9 billones 300 mil millones de pesos`: one sum
            continue
        if (prev is not None and r.get("from") and f.kind in _UNITS and prev.kind in ("count", f.kind) and prev.value is not None
                and f.value is not None and not prev.entity and prev.qualifier == "=" == f.qualifier
                and (prev.kind == "count" or prev.unit == f.unit)):
            gap = re.fullmatch(joins, text[prev.end : f.start], re.IGNORECASE)
            leads = r["between"] if gap and gap.group("and") else [*r["between"], *r.get("from", ())]
            lead = rx(rf"(?<![\w]){_alt(leads)}{_SP}$", re.IGNORECASE).search(text[max(0, prev.start - 12) : prev.start]) if gap else None
            c = t["change"]
            moved = lead and lead.group().strip().lower() in [w.lower() for w in r.get("from", ())] and any(
                w.lower().startswith((*c["up"], *c["down"], *c.get("moves", ())))
                for w in rx(r"[^\W\d_]+").findall(text[max(0, prev.start - 40) : prev.start]))  # `pasó de 1.080 a 1.134 euros`
            if gap and (lead or gap.group("to")) and (f.kind != "count" or lead) and not moved:
                low = prev.value * (_scale_of(text, f) if prev.kind == "count" else 1.0)
                out[-1] = Found(prev.start - len(lead.group()) if lead else prev.start, f.end, f.kind, low=low,
                                high=f.value, qualifier="range", unit=f.unit, entity=f.entity)
                continue
        if (prev is not None and r.get("from") and f.kind == "time" and prev.kind == "count" and f.date and "T" in f.date and "/" not in f.date
                and prev.value is not None and prev.value.is_integer() and 0 <= prev.value <= 24 and not prev.entity
                and text[prev.start : prev.end].isdigit()):  # `zwischen 9 und 17 Uhr`, `18 bis 20 Uhr`
            gap = re.fullmatch(joins, text[prev.end : f.start], re.IGNORECASE)
            lead = rx(rf"(?<![\w]){_alt([*r['between'], *r.get('from', ())])}{_SP}$", re.IGNORECASE).search(text[max(0, prev.start - 12) : prev.start])
            if gap and (gap.group("to") or lead):
                day = f.date[: f.date.index("T")]
                out[-1] = Found(prev.start - len(lead.group()) if lead else prev.start, f.end, "time",
                                date=f"{day}T{int(prev.value):02d}:00/{f.date}", qualifier="range")
                continue
        if (prev is not None and f.kind == prev.kind == "time" and prev.date and f.date and "T" in prev.date and "T" in f.date
                and "/" not in prev.date + f.date and prev.date[:10] == f.date[:10] and prev.date < f.date):  # `de 9 h à 14 h`
            art = rf"(?:{_alt(r['articles'])}{_SP})?" if r.get("articles") else ""  # `entre las 9 y las 14 horas`
            gap = re.fullmatch(joins + art, text[prev.end : f.start], re.IGNORECASE)
            leads = [*r["between"], *r.get("from", ()), *t.get("clock_range_from", ())]
            lead = rx(rf"(?<![\w]){_alt(leads)}{_SP}{art}$", re.IGNORECASE).search(text[max(0, prev.start - 16) : prev.start])
            if gap and lead and (gap.group("to") or lead.group().split()[0].lower() in [w.lower() for w in r["between"]]):
                out[-1] = Found(prev.start - len(lead.group()), f.end, "time", date=f"{prev.date}/{f.date}", qualifier="range")
                continue
        if (prev is not None and f.kind == prev.kind == "date" and "year_links" in t and prev.date and f.date
                and rx(r"\d{4}-\d\d(?:-\d\d)?").fullmatch(prev.date) and rx(r"\d{4}").fullmatch(f.date)
                and not rx(r"\d").search(text[f.start : f.end]) and not rx(r"\d{4}").search(text[prev.start : prev.end])
                and rx(rf",?{_SP}(?:{_alt(t['year_links'])}{_SP})?", re.IGNORECASE).fullmatch(text[prev.end : f.start])):
            out[-1] = Found(prev.start, f.end, "date", date=f.date + prev.date[4:])  # `mars de l'année dernière`, `im März nächsten Jahres`
            continue
        if (prev is not None and prev.kind == "date" and f.kind == "count" and prev.date and len(prev.date) == 10
                and rx(rf"[ \u00a0]*(?:[,.;:!?)]|$)|{_SP}(?:{_alt([*t.get('clock_leads', ()), *t.get('clock_before', ()), *t.get('clock_links', ())])})(?![\w])",
                       re.IGNORECASE).match(text, f.end)
                and f.value is not None and f.value.is_integer() and 1 <= f.value <= 31 and rx(r"\d{1,2}").fullmatch(text[f.start : f.end])
                and rx(r",?[ \u00a0]").fullmatch(text[prev.end : f.start])
                and rx(rf"(?:{_alt(t.get('weekday_before', {}))}{_SP})?{_alt(t['weekdays'])}", re.IGNORECASE).fullmatch(text[prev.start : prev.end])):
            day = _weekday_day(prev.date, int(f.value))  # `el jueves 13`, `jeudi 13`: the day of that number on that weekday
            if day:
                out[-1] = Found(prev.start, f.end, "date", date=day)
                continue
        if (prev is not None and f.kind == "date" and prev.kind == "date" and t.get("split_years")
                and rx(r"\d{4}").fullmatch(str(prev.date)) and rx(r"\d{4}").fullmatch(str(f.date))
                and rx(r"[ ]?[-–][ ]?").fullmatch(text[prev.end : f.start]) and int(str(prev.date)) < int(str(f.date))):
            out[-1] = Found(prev.start, f.end, "date", date=f"{prev.date}/{f.date}", qualifier="range")  # `2019-2022`
            continue
        if f.kind == "time" and f.date and "T" in f.date and t.get("clock_day_part_shifts"):  # `8 Uhr abends`
            dp = rx(rf"{_SP}(?P<p>{_alt(t['clock_day_part_shifts'])})(?![\w])", re.IGNORECASE).match(text, f.end)
            if dp:
                h, add = int(f.date[f.date.index("T") + 1 :][:2]), int(_get(t["clock_day_part_shifts"], dp.group("p"), lower=True))  # type: ignore[arg-type]
                h = h + add if add and h < 12 else h
                f = Found(f.start, dp.end(), "time", date=f"{f.date[: f.date.index('T')]}T{h:02d}{f.date[f.date.index('T') + 3 :]}")
        if (prev is not None and t.get("clock_links") and f.kind == "time" and prev.kind == "date" and (day := day_of(prev.date))
                and f.date and rx(rf",?{_SP}(?:{_alt(t.get('clock_links', ()))}{_SP})?", re.IGNORECASE).fullmatch(text[prev.end : f.start])):
            out[-1] = Found(prev.start, f.end, "time", date=clock_on(day, prev.date, day + f.date[f.date.index("T"):]))  # type: ignore[arg-type]
            continue
        if (prev is not None and t.get("clock_day_links") and f.kind == "date" and prev.kind == "time" and (day := day_of(f.date))
                and prev.date and "T" in prev.date and "/" not in prev.date and not _has_day(t, text[prev.start : prev.end])
                and (rx(rf",?{_SP}(?:{_alt(t['clock_day_links'])}){_SP}", re.IGNORECASE).fullmatch(text[prev.end : f.start])
                     or (re.fullmatch(_SP, text[prev.end : f.start]) and rx(rf"{_alt(t['weekdays'])}(?:{_SP}{_alt(t.get('weekday_parts', ()))})?",
                                                                           re.IGNORECASE).fullmatch(text, f.start, f.end)))):
            out[-1] = Found(prev.start, f.end, "time", date=clock_on(day, f.date, day + prev.date[prev.date.index("T"):]))  # type: ignore[arg-type]  # `à 18 h le 3 mai`, `à 15 h jeudi`
            continue
        if (prev is not None and f.kind == "date" and prev.kind == "date" and f.date and len(f.date) == 10
                and rx(r"\d").search(text[f.start : f.end])
                and t.get("weekday_date_links") and _get(t["weekdays"], text[prev.start : prev.end], lower=True) is not None
                and rx(rf",?{_SP}(?:{_alt(t.get('weekday_date_links', ()))}{_SP})?", re.IGNORECASE).fullmatch(text[prev.end : f.start])):
            out[-1] = Found(prev.start, f.end, "date", date=f.date)  # `Mittwoch, den 20. März`: one date
            continue
        out.append(f)
    return _entities_carried(t, text, _entities_before(t, text, _exceptions(t, text, out)))


def weekday_years(t: dict, text: str, found: list[Found], ref: dt.date | None) -> list[Found]:
    """`lunes 8 de septiembre`, `Montag, dem 8. September` without a year: when the year the tense
    chose puts the day on another weekday, the year before or after where the weekday fits, if that
    day lies within 200 days of `ref` (else the writer slipped, and the tense's year stays)."""
    if ref is None:
        return found
    days = t.get("weekdays", {})
    named = rx(rf"(?<![\w]){_alt(days)}(?![\w])", re.IGNORECASE) if days else None  # built once per text, not per date
    out = []
    for f in found:
        d = f.date or ""
        if f.kind in ("date", "time") and rx(r"\d{4}-\d\d-\d\d").match(d) and "/" not in d and not rx(r"\d{4}").search(text[f.start : f.end]):
            w = named.search(text, f.start, f.end) if named is not None else None
            want = _get(days, w.group(), lower=True) if w else None
            y, mo, da = int(d[:4]), int(d[5:7]), int(d[8:10])
            if want is not None and _weekday(y, mo, da) not in (None, want):
                fit = next((yy for yy in (y + 1, y - 1) if _weekday(yy, mo, da) == want
                            and abs((dt.date(yy, mo, da) - ref).days) <= 200), None)
                if fit is not None:
                    f = replace(f, date=f"{fit}{d[4:]}")
        out.append(f)
    return out


def _weekday(y: int, mo: int, da: int) -> int | None:
    try:
        return dt.date(y, mo, da).weekday()
    except ValueError:
        return None


def _weekday_day(weekday_date: str, n: int) -> str | None:
    """The day numbered `n` that falls on the weekday of `weekday_date`, in its month or the one
    before or after (the nearest), or None."""
    base = dt.date.fromisoformat(weekday_date)
    fits = []
    for shift in (0, 1, -1):
        y, mo = divmod(base.year * 12 + base.month - 1 + shift, 12)
        if _weekday(y, mo + 1, n) == base.weekday():
            fits.append(dt.date(y, mo + 1, n))
    return min(fits, key=lambda d: abs((d - base).days)).isoformat() if fits else None


def _restated(t: dict, text: str, out: list[Found], f: Found) -> Found:
    """`lag der Anteil bei 9 Prozent, heute sind es 15`: a bare count right after a word of
    `restate_before` restates the last percent, sum or measure of its sentence, in its unit."""
    words = t.get("restate_before")
    if f.kind != "count" or f.entity or f.value is None:
        return f
    if not words or f.qualifier != "=" or not rx(rf"(?<![\w]){_alt(words)}{_SP}$", re.IGNORECASE).search(text, max(0, f.start - 30), f.start):
        return _unit_carried(t, text, out, f)
    for o in reversed(out[-8:]):
        if rx(r"[.!?;]\s").search(text, o.end, f.start):
            break
        if o.kind in ("percent", "money", "measure") and o.unit and o.value is not None:
            return replace(f, kind=o.kind, unit=o.unit)
    return f


def _unit_carried(t: dict, text: str, out: list[Found], f: Found) -> Found:
    """`será de 38 grados y la mínima de 22`, `12 degrés à Nice et 9 à Marseille`, `bei 31 Grad, der
    Tiefstwert bei 17`: a bare count right after a measure of its sentence, no figure between, is a
    measure in its unit when the words between name the measured quantity again (`unit_carry_words`:
    `mínima`, `minimale`, `Tiefstwert`) or end in a link (`unit_carry_links`: `y de`, `et`, `und`);
    a sign word just before it (`unit_carry_minus`: `minus 4`) makes it negative."""
    nouns, links = t.get("unit_carry_words"), t.get("unit_carry_links")
    if not (nouns or links) or f.unit or f.low is not None or f.high is not None or not out:
        return f
    prev = out[-1]
    if prev.kind != "measure" or not prev.unit or prev.value is None or f.start - prev.end > 60:
        return f
    gap = text[prev.end : f.start]
    if rx(r"[\d.!?;:()]").search(gap):
        return f
    if not ((nouns and rx(rf"(?<![\w]){_alt(nouns)}(?![\w])", re.IGNORECASE).search(gap))
            or (links and rx(rf"(?<![\w])(?:{_alt(links)}){_SP}$", re.IGNORECASE).search(gap))):
        return f
    start, value = f.start, f.value
    sign = t.get("unit_carry_minus")
    m = rx(rf"(?<![\w])(?:{_alt(sign)}){_SP}$", re.IGNORECASE).search(text, max(0, f.start - 16), f.start) if sign else None
    if m and value is not None and value > 0:
        start, value = m.start(), -value
    return replace(f, start=start, kind="measure", unit=prev.unit, value=value)


def _day_names(t: dict) -> re.Pattern[str]:
    """The weekdays, months and relative days of a table as one pattern: built once per language for
    the finder's tables (they hold `_lang`), else per call."""
    if "_lang" in t:
        return _day_names_of(t["_lang"])
    words = [*t.get("weekdays", {}), *t.get("months", {}), *t.get("relative_days", {})]
    return rx(rf"(?<![\w]){_alt(words)}(?![\w])", re.IGNORECASE)


@cache
def _day_names_of(lang: str) -> re.Pattern[str]:
    from .finder import grammar  # the finder imports this module

    return _day_names({k: v for k, v in grammar(lang).t.items() if k != "_lang"})


def _has_day(t: dict, raw: str) -> bool:
    """Whether a clock's row already names its day (a weekday, a month or `demain`)."""
    return bool(_day_names(t).search(raw)) or bool(rx(r"\d[./]\d").search(raw.replace(":", "")) and rx(r"\d{1,2}[./]\d{1,2}[./]").search(raw))


def carried(text: str, found: list[Found]) -> list[Found]:
    """A count written with a scale word and no noun after it (`50,5 milliards`, `11,9 Mrd.`) is money
    in the currency of the last scaled sum before it in its sentence (`64 milliards d'euros`)."""
    from .finder import _scale_of  # the finder imports this module

    out: list[Found] = []
    money: Found | None = None
    for f in found:
        if money is not None and rx(r"[.!?;]\s").search(text[money.end : f.start]):
            money = None  # another sentence
        if f.kind == "money" and _scale_of(text, f) > 1:
            money = f
        elif (money is not None and f.kind == "count" and not f.entity and f.value is not None and f.low is None is f.high
              and _scale_of(text, f) > 1):
            f = Found(f.start, f.end, "money", value=f.value, qualifier=f.qualifier, unit=money.unit, low=f.low, high=f.high)
        out.append(f)
    return out


def _exceptions(t: dict, text: str, found: list[Found]) -> list[Found]:
    """`eine Umfrage unter 2.000 Befragten`: a qualifier word that is no bound after the words of
    `qualifier_exceptions` (`unter` a survey's people), or right after an ordinal (`Dritte unter 120`)."""
    ex = t.get("qualifier_exceptions")
    if not ex:
        return found
    out = []
    for f in found:
        for word, after in ex.items():
            m = rx(rf"{re.escape(word)}{_SP}", re.IGNORECASE).match(text[f.start : f.end])
            placed = (m and f.qualifier != "=" and f.kind == "count"  # only then looked for: a long line stays linear
                      and any(p.kind == "ordinal" and 0 <= f.start - p.end <= 14 and not rx(r"[,;:.!?]").search(text[p.end : f.start])
                              for p in found))  # `3. unter 120`, `den 21. Platz unter 300 Läufern`: among
            if m and f.qualifier != "=" and (placed or rx(rf"(?<![\w]){_alt(after)}\w*{_SP}$").search(text[max(0, f.start - 40) : f.start])):
                f = Found(f.start + m.end(), f.end, f.kind, value=f.value, qualifier="=", unit=f.unit, entity=f.entity,
                          date=f.date, duration=f.duration, change=f.change, role=f.role)
        out.append(f)
    return out


def _entities_before(t: dict, text: str, found: list[Found]) -> list[Found]:
    """`Die Zahl der Arbeitslosen stieg um 42.000`: a count with no entity after it takes the one a
    phrase of `entity_before` names earlier in its sentence, with no comma between."""
    if not t.get("entity_before") or not any(f.kind == "count" and not f.entity for f in found):
        return found
    before = rx(rf"(?<![\w]){_alt(t['entity_before'])}{_SP}(?P<e>[^\W\d_][\w-]*)", re.IGNORECASE)
    spans = _spans(text, t["_lang"])  # split once per text (shapes' memo)
    out = []
    for f in found:
        if f.kind == "count" and not f.entity and f.value is not None:
            k = sentence_index(spans, f.start)  # the last sentence starting at or before the figure, found by halves
            s0 = max(spans[k][0] if spans and spans[k][0] <= f.start else 0, f.start - 300)  # its sentence, 300 characters at most
            hits = [m for m in before.finditer(text, s0, f.start) if not rx(r"[,;:–]\s").search(text[m.end() : f.start])]
            if hits and hits[-1].group("e")[:1].isupper():
                f = Found(f.start, f.end, f.kind, value=f.value, low=f.low, high=f.high, qualifier=f.qualifier, unit=f.unit,
                          entity=hits[-1].group("e"), date=f.date, duration=f.duration)
        out.append(f)
    return out


def _entities_carried(t: dict, text: str, found: list[Found]) -> list[Found]:
    """`37 heridos, de los cuales 12`, `312 voix contre 205`, `24.000 Mitarbeiter, davon gut 9.000`,
    `42.000 estudiantes, 5.300 de ellos`: a count after a word of `entity_carry.before` or before one of
    `entity_carry.after` counts the noun of the count before it in its sentence, unless it names its own
    (a plural noun: `dont 400 agriculteurs`; a verb read as a noun, `12 permanecen`, is none)."""
    carry = t.get("entity_carry")
    if not carry or not any(f.kind == "count" and f.entity for f in found):
        return found
    before = rx(rf"(?<![\w])(?:{_alt(carry['before'])}),?{_SP}$", re.IGNORECASE)
    after = rx(rf"{_SP}(?:{_alt(carry['after'])})(?![\w])", re.IGNORECASE)
    plural = tuple(t.get("entity_plural_endings", ()))
    out: list[Found] = []
    prev: Found | None = None  # the last count before
    for f in found:
        if f.kind == "count" and f.value is not None and f.unit is None and f.qualifier != "range":
            if (prev is not None and prev.entity and f.start - prev.end <= 200 and not rx(r"[.!?;]\s").search(text, prev.end, f.start)
                    and prev.entity != f.entity):
                by_after = after.match(text, f.end) is not None
                by_before = not by_after and before.search(text, max(0, f.start - 30), f.start) is not None
                own = (f.entity is not None and not by_after and (t.get("entity_capitalised") or not plural or f.value == 1
                                                                   or f.entity.split()[-1].lower().endswith(plural)))
                if (by_after or by_before) and not own:
                    f = replace(f, entity=prev.entity)
        if f.kind == "count":
            prev = f
        out.append(f)
    return out


def comparisons(t: dict, text: str, found: list[Found]) -> list[Found]:
    """A difference and the level it qualifies (`comparison_after`, `change_nouns`):
    `3 Cent weniger als`, `0,8 Prozent im Minus`, `3,4 Prozentpunkte über dem Wert` are the size of
    a change (`by`); so is a figure right after a change noun (`ein Wachstum zwischen 1 und 2
    Prozent`) or after `um` in a sentence with a change word (`stiegen um ein Drittel`). Then the
    figure stated just before such a difference in its sentence (`1,84 Euro je Liter, 3 Cent
    weniger`, `24,8 Mio. Passagiere, ein Plus von 12 Prozent`) is the new level (`to`), unless the
    sentence already has one."""
    cmp, nouns = t.get("comparison_after"), t.get("change_nouns")
    if not cmp or not any(f.kind in _DIFF for f in found):
        return found
    c = t["change"]

    def way(word: str) -> str | None:
        up = word.startswith(tuple(c["up"])) or word.lower().startswith(tuple(c["up"]))
        down = word.startswith(tuple(c["down"])) or word.lower().startswith(tuple(c["down"]))
        return "up" if up and not down else "down" if down and not up else None

    spans = _spans(text, t["_lang"])  # split once per text (shapes' memo)
    out = list(found)
    ways_of: dict[tuple[int, int], set[str]] = {}
    cue = rx(rf"(?:{_SP}[^\W\d_][\w-]*)?{_SP}(?P<w>{_alt(cmp)})(?![\w])", re.IGNORECASE)
    lvl = t.get("level_after_comparison")
    level = rx(rf"{_SP}(?:{_alt(lvl)}){_SP}", re.IGNORECASE) if lvl else None
    noun = rx(rf"(?<![\w])(?P<n>{_alt(nouns or ())}){_SP}(?:(?:{_alt(c['from_or_by'])}|{_alt(c['by'])}){_SP})?$")
    starts = [o.start for o in out]
    ordered = all(a <= b for a, b in zip(starts, starts[1:]))  # (rows keep their starts) then a sentence's rows are found by halves
    to_at = sorted(o.start for o in out if o.role == "to")  # the starts of the rows that are a new level, kept as rows change

    def put(j: int, new: Found) -> None:
        if out[j].role == "to":
            to_at.remove(out[j].start)
        if new.role == "to":
            bisect.insort(to_at, new.start)
        out[j] = new

    for i, f in enumerate(out):
        if f.kind not in _DIFF:
            continue
        k = sentence_index(spans, f.start)  # the one sentence that can hold the figure, found by halves
        s0, s1 = spans[k] if spans and spans[k][0] <= f.start < spans[k][1] else (0, len(text))
        m = cue.match(text, f.end)
        m = m if m and m.end() <= s1 else None
        after = out[i + 1] if i + 1 < len(out) else None
        if (m and after is not None and after.kind in _DIFF and after.start >= m.start("w")
                and not text[m.end() : max(m.end(), after.start)].strip()):
            m = None  # `110 km/h und mehr als sieben Meter`: the bound of the next figure; not `mehr als ein Jahr zuvor`
        n = noun.search(text[max(s0, f.start - 30) : f.start])
        if f.change is None:
            if (s0, s1) not in ways_of:  # once per sentence, not per figure
                ways_of[(s0, s1)] = {w for w in map(way, rx(r"[^\W\d_]+").findall(text[s0:s1])) if w}
            before = rx(r"[^\W\d_]+").findall(text[max(s0, f.start - 12) : f.start])
            ways = set(ways_of[(s0, s1)])
            if m:
                put(i, f := _with(f, str(_get(cmp, m.group("w"), lower=True)), "by"))
                lv = (level.match(text, m.end()) if level is not None and after is not None and after.kind in _DIFF[:-1]
                      and after.change is None else None)
                if lv and lv.end() == after.start:  # `1,1 Prozent tiefer bei 15.820 Punkten`: the new level
                    put(i + 1, _with(after, str(f.change), "to"))
                    continue
            elif n and way(n.group("n")):
                put(i, f := _with(f, str(way(n.group("n"))), "by"))
            elif before and way(before[-1]) and f.kind != "ratio":  # `Die Aktie verlor 3,5 Prozent`
                put(i, f := _with(f, str(way(before[-1])), "by"))
                continue
            elif f.kind == "ratio" and before and before[-1].lower() in c["by"] and len(ways) == 1:
                put(i, f := _with(f, ways.pop(), "by"))
            else:
                continue
        elif not (f.role == "by" and (m or n)):
            continue
        k = bisect.bisect_left(to_at, s0)
        if k < len(to_at) and to_at[k] < s1:  # a row of the sentence is a new level already
            continue
        if ordered:  # the last row before `i` from `s0` on, of a kind with a level and no change
            j = next((j for j in range(i - 1, bisect.bisect_left(starts, s0) - 1, -1)
                      if out[j].kind in _DIFF[:-1] and out[j].change is None), None)
            prev = [j] if j is not None else []
        else:
            prev = [j for j in range(i) if s0 <= out[j].start and out[j].kind in _DIFF[:-1] and out[j].change is None]
        if prev:
            put(prev[-1], _with(out[prev[-1]], str(f.change), "to"))
    return out


def period_parts(t: dict, text: str, found: list[Found]) -> list[Found]:
    """A part of a period written right before its year or month (`Ende 2026`, `Anfang 2027`, `Mitte
    Mai`; the table's `period_part_leads`) belongs to the date's span; the value stays the year or
    month (as `the end of 2026` is `2026`)."""
    leads = t.get("period_part_leads")
    if not leads or not any(f.kind == "date" for f in found):
        return found
    lead = rx(rf"(?<![\w])(?:{_alt(leads)}){_SP}$")
    out = list(found)
    for i, f in enumerate(out):
        if f.kind == "date" and f.date and rx(r"\d{4}(?:-\d\d)?").fullmatch(f.date):
            m = lead.search(text, max(0, f.start - 16), f.start)
            if m and (i == 0 or out[i - 1].end <= m.start()):
                out[i] = replace(f, start=m.start())
    return out


def weekday_in_week(t: dict, text: str, found: list[Found]) -> list[Found]:
    """A weekday right before the week it lies in (`Donnerstag kommender Woche`; the table's
    `weekday_week_links` may stand between them): one date, that day of that ISO week."""
    if "weekday_week_links" not in t or not t.get("weekdays"):
        return found
    links = t["weekday_week_links"]
    gap = rx(rf"{_SP}(?:(?:{_alt(links)}){_SP})?" if links else _SP, re.IGNORECASE)
    day = rx(rf"(?:{_alt(t['weekdays'])})", re.IGNORECASE)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "date" and f.kind == "date" and prev.date and f.date
                and rx(r"\d{4}-\d\d-\d\d").fullmatch(prev.date) and (w := rx(r"(\d{4})-W(\d\d)").fullmatch(f.date))
                and day.fullmatch(text, prev.start, prev.end) and gap.fullmatch(text, prev.end, f.start)):
            wd = dt.date.fromisoformat(prev.date).isoweekday()
            try:
                when = dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), wd)
            except ValueError:
                out.append(f)
                continue
            out[-1] = replace(prev, end=f.end, date=when.isoformat())
            continue
        out.append(f)
    return out


def period_of_year(t: dict, text: str, found: list[Found]) -> list[Found]:
    """A quarter, half or month right before the year it lies in, joined by a word of
    `period_year_links` (`dritten Quartal des kommenden Jahres`): one date, the period of that year."""
    links = t.get("period_year_links")
    if not links:
        return found
    gap = rx(rf"{_SP}(?:{_alt(links)}){_SP}", re.IGNORECASE)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "date" and f.kind == "date" and prev.date and f.date
                and rx(r"\d{4}-(?:[QH]\d|\d\d)").fullmatch(prev.date) and rx(r"\d{4}").fullmatch(f.date)
                and gap.fullmatch(text, prev.end, f.start)):
            out[-1] = replace(prev, end=f.end, date=f.date + prev.date[4:])
            continue
        out.append(f)
    return out


__all__ = ["comparisons", "merge", "period_of_year", "period_parts", "weekday_in_week"]


def cents(t: dict, text: str, found: list[Found]) -> list[Found]:
    """A whole amount and its cents are one amount: `9 euros con 90 céntimos`, `1 euro et 15 centimes`,
    `3 Euro und 50 Cent` (a link of `cent_links` or none) and `1 euro 20`, `3 Euro 50` (two bare digits
    right after a currency word). The cents take the whole's unit; only where the table has `cent_links`."""
    if not t.get("cent_links"):
        return found
    small = [w for w, v in t.get("currency_scale", {}).items() if v == 0.01]
    cent_end = rx(rf"(?<![\w]){_alt(small)}$", re.IGNORECASE)
    link = rx(rf"{_SP}(?:(?P<l>{_alt(t['cent_links'])}){_SP})?", re.IGNORECASE)
    stops = {w.lower() for w in t.get("entity_stops", ())}
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is None or prev.kind != "money" or prev.value is None or not prev.value.is_integer() or prev.qualifier != "="
                or prev.low is not None or not text[prev.end - 1 : prev.end].isalpha() or cent_end.search(text, prev.start, prev.end)
                or not (gap := link.fullmatch(text, prev.end, f.start))):
            out.append(f)
            continue
        raw = text[f.start : f.end]
        if (f.kind == "money" and f.unit == prev.unit and f.value is not None and 0 < f.value < 1 and f.qualifier == "="
                and cent_end.search(text, f.start, f.end)):
            out[-1] = replace(prev, end=f.end, value=prev.value + f.value)
        elif (f.kind == "count" and not gap.group("l") and re.fullmatch(r"\d\d", raw) and not f.entity
                and ((w := rx(r"[ \u00a0]*([^\W\d_]+)").match(text, f.end)) is None or w.group(1).lower() in stops)):
            out[-1] = replace(prev, end=f.end, value=prev.value + int(raw) / 100)
        else:
            out.append(f)
    return out


def dated_weekday(t: dict, text: str, found: list[Found]) -> list[Found]:
    """A weekday written after its full date, set off by a comma (`el 14 de febrero de 2024, miércoles`,
    `le 14 février 2024, un mercredi`, `am 14. Februar 2024, einem Mittwoch`) is part of that date when it
    names the date's weekday; another weekday stays a row of its own."""
    days = t.get("weekdays", {})
    if not days:
        return found
    gap = rx(rf",{_SP}(?:(?:{_alt(t.get('articles', ()))}){_SP})?", re.IGNORECASE)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "date" and f.kind == "date" and prev.date and rx(r"\d{4}-\d\d-\d\d").fullmatch(prev.date)
                and gap.fullmatch(text, prev.end, f.start) and rx(_alt(days), re.IGNORECASE).fullmatch(text, f.start, f.end)
                and _get(days, text[f.start : f.end], lower=True) == _weekday(*map(int, prev.date.split("-")))):
            out[-1] = replace(prev, end=f.end)
            continue
        out.append(f)
    return out
