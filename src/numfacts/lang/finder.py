"""The table-driven finder: numbers, percents, money, measures, dates, durations and sets in a
language that has only tables (`lang/<lang>/forms.json`): Spanish, French and German so far.

Every word it reads comes from the language's `forms` table (number words and scales, percent and
point words, currencies before and after the figure, units, qualifiers, range words, entity links,
months, weekdays, relative dates, time units, sets); the code holds only the shapes of writing
that the languages share: digits with a decimal comma or point and thousands separators, a
figure followed by a scale, a unit or a currency, a qualifier before it. English keeps its own
finders (numfacts.quantities, numfacts.temporal).

How a number is written: a separator followed by exactly three digits groups thousands (`1.600`,
`1 500`, `1'500`, `12,000`), unless the figure starts with `0` (`0,740`); any other separator is
the decimal mark (`92,7`, `13.9`); with both a point and a comma, the last one is the decimal mark
(`30.000,00`).

>>> [(f.kind, f.value, f.unit) for f in find("Más de 400.000 personas y el 92,7 %.", "es")]
[('count', 400000.0, None), ('percent', 92.7, 'percent')]
>>> [(f.kind, f.date) for f in find("Am 3. März 2016 und im Mai.", "de", dt.date(2024, 6, 1))]
[('date', '2016-03-03'), ('date', '2024-05')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..mention import Found
from ..sentences import sentence_index, split_sentences
from . import joins, shapes, table

_SP = r"[ \u00a0\u202f]+"


def _alt(words: object, bound: bool = True) -> str:
    """Words and phrases as one alternation, longest first; spaces match any run of spaces."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[union-attr]
    body = "|".join(_SP.join(re.escape(p) for p in w.split()) for w in items) or "(?!)"
    return f"(?:{body})" + (r"(?![\w])" if bound else "")


def parse_number(raw: str) -> float | None:
    """The value of a figure written with separators (see the module docstring).

    >>> [parse_number(s) for s in ["1.600", "1 500", "92,7", "12,000", "13.9", "30.000,00", "0,740", "1'500"]]
    [1600.0, 1500.0, 92.7, 12000.0, 13.9, 30000.0, 0.74, 1500.0]
    """
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    s = s.replace(" ", "").replace("'", "")
    marks = [c for c in s if c in ".,"]
    if not marks:
        return float(s)
    if "." in marks and "," in marks:
        dec = s[max(s.rfind("."), s.rfind(","))]
        grp = "," if dec == "." else "."
        return float(s.replace(grp, "").replace(dec, "."))
    mark = marks[0]
    groups = s.split(mark)
    if len(groups) > 2 or (len(groups[-1]) == 3 and groups[0] not in ("0", "")):
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return None
    return float(s.replace(mark, "."))


@dataclass(frozen=True)
class Grammar:
    """One language's forms table and the regexes built from it."""

    t: dict
    number: re.Pattern[str]
    after: re.Pattern[str]
    before_qual: re.Pattern[str]
    cur_before: re.Pattern[str]
    date_dmy: re.Pattern[str]
    date_my: re.Pattern[str]
    words: re.Pattern[str]
    phrases: re.Pattern[str]
    ratio_each: re.Pattern[str]
    ids: re.Pattern[str]  # `Artikel 20`, `número 5`: an identifier, not a figure
    clock: re.Pattern[str]  # `14.30 Uhr`


@cache
def grammar(lang: str) -> Grammar:
    t = dict(table(lang, "forms"))
    t["_lang"] = lang
    calendar = table(lang, "calendar")  # built from dateparser's locale data (numfacts.lang.build)
    t["months"] = {**calendar["months"], **t["months"]}
    t["weekdays"] = {**calendar["weekdays"], **t["weekdays"]}
    ci = 0 if t["months_capitalised"] else re.IGNORECASE
    words = _alt(t["numbers"])
    digits = r"\d+(?:(?:[.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*"
    number = re.compile(rf"(?<![\w.,])(?<![^\W\d_]-)(?:(?P<d>{digits})|(?P<w>{shapes.glued_pattern(t)}|{words}(?:(?:[ -]|{_SP}{_alt(t['and'], False)}{_SP}){words})*))"
                        rf"(?:{_SP}?(?P<scale>{_alt(t['scales'], False)})(?![^\W\d_]))?", re.IGNORECASE)
    cur_after = _alt(t["currency_after"], False)
    link = _alt(t["currency_link"], False) if t["currency_link"] else "(?!)"
    after = re.compile(
        rf"""[ \u00a0\u202f]*(?:
            (?P<pct>{_alt(t['percent'], False)})(?![^\W\d_])
          | (?P<pts>{_alt(t['points'])})
          | (?:{link}[ \u00a0\u202f]*)?(?P<cur>{cur_after})(?![^\W\d_])
          | (?P<unit>{_alt(t['units'])})
          | (?P<time>{_alt(t['time_units'])})
        )""", re.VERBOSE | ci)
    before_qual = re.compile(rf"(?<![\w])(?P<q>{_alt(t['qualifiers'], False)})[ \u00a0\u202f]*$", re.IGNORECASE)
    cur_before = re.compile(rf"(?P<c>{_alt(t['currency_before'], False)})[ \u00a0]?$")
    months = _alt(t["months"])
    suffix = "(?:" + "|".join(map(re.escape, t["day_ordinal_suffix"])) + ")?" if t["day_ordinal_suffix"] else ""
    year_link = f"(?:{_alt(t['date_links'], False)}{_SP})?" if t["date_links"] else ""
    dmy = "|".join(p.replace(" ", _SP).replace("{d}", rf"(?P<d{i}>\d{{1,2}}){suffix}").replace("{m}", f"(?P<m{i}>{months})")
                   for i, p in enumerate(t["day_month"]))
    date_dmy = re.compile(rf"(?<![\w.])(?:{dmy})(?:,?{_SP}{year_link}(?P<y>\d{{4}})(?!\d))?", ci)
    my = "|".join(p.replace(" ", _SP).replace("{m}", f"(?P<m{i}>{months})").replace("{y}", rf"(?P<y{i}>\d{{4}})(?!\d)")
                  for i, p in enumerate(t["month_year"]))
    date_my = re.compile(rf"(?<![\w])(?:{my}|(?P<mo>{months}))", ci)
    wd = _alt(t["weekdays"])
    rel_words = [*t["relative_days"], *t["relative_periods"], *t["sets"]]
    rel = _alt(rel_words + [w[:1].upper() + w[1:] for w in rel_words])  # also opening a sentence
    phrases = re.compile(rf"(?<![\w])(?:(?P<rel>{rel})|(?:(?P<wb>{_alt(t['weekday_before'], False)}){_SP})?(?P<wd>{wd})"
                         rf"(?:{_SP}(?P<wa>{_alt(t['weekday_after'])}))?)", ci)
    each = _alt(t["each_ordinal"], False) if t["each_ordinal"] else "(?!)"
    ratio_each = re.compile(rf"(?<![\w])(?P<e>{each}){_SP}(?P<o>{_alt(t['ordinals'])})", re.IGNORECASE)
    ids = re.compile(rf"(?<![\w])(?:{_alt(t['id_words'], False)})[ \u00a0]*$", re.IGNORECASE)
    clock = re.compile(rf"(?<![\w.,])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?{_SP}{_alt(t['clock_after'])}")
    return Grammar(t, number, after, before_qual, cur_before, date_dmy, date_my, re.compile(words, re.IGNORECASE),
                   phrases, ratio_each, ids, clock)


def _lookup(mapping: dict, key: str) -> object:
    k = " ".join(key.split())
    if k in mapping:
        return mapping[k]
    low = {str(a).lower(): v for a, v in mapping.items()}
    return low.get(k.lower())


def _word_value(g: Grammar, text: str) -> float | None:
    whole = _lookup(g.t["numbers"], text)  # a phrase of the table: `eine halbe`
    if whole is not None:
        return float(whole)  # type: ignore[arg-type]
    total = current = 0.0
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        v = _lookup(g.t["numbers"], w)
        if v is None:
            v = shapes.glued_value(g.t, w)
        if v is None:
            parts = [_lookup(g.t["numbers"], p) for p in w.split("-")]
            if w.lower() in [a.lower() for a in g.t["and"]]:
                continue
            if None in parts:
                return None
            for p in parts:
                current = current * p if p == 100 and current else current + p  # type: ignore[operator]
            continue
        v = float(v)  # type: ignore[arg-type]
        if v == 100:
            current = (current or 1) * 100
        elif v == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += v
    return total + current


def _entity(g: Grammar, text: str, i: int, need_link: bool) -> str | None:
    """The words after a figure: what it counts (`personas`, `districts scolaires`)."""
    rest = text[i : i + 80]
    m = re.match(r"[ \u00a0]*", rest)
    j = m.end() if m else 0
    linked = False
    for link in sorted(g.t["entity_links"], key=len, reverse=True):
        if rest[j:].lower().startswith(link.lower()) and (link.endswith(("'", "’")) or rest[j + len(link) : j + len(link) + 1] == " "):
            j += len(link)
            linked = True
            while j < len(rest) and rest[j] == " ":
                j += 1
            break
    if need_link and not linked:
        return None
    if rest[j : j + 1] in (".", ";", ":", "!", "?") and re.match(r"[.;:!?][ \u00a0]+[A-ZÀ-Ý]", rest[j:]):
        return None  # `auf 17. Viele kamen`: the next sentence is no entity
    stops = {w.lower() for w in g.t["entity_stops"]}
    out: list[str] = []
    for w in re.finditer(r"[^\W\d_][\w'’-]*", rest[j:]):
        if g.t["entity_capitalised"] and not w.group()[:1].isupper():
            nxt = re.match(r" ([^\W\d_][\w'’-]*)", rest[j + w.end() :])
            if (not out and nxt and nxt.group(1)[:1].isupper() and nxt.group(1).lower() not in stops
                    and w.group().lower().endswith(tuple(g.t.get("adjective_endings", ()))) and w.group().lower() not in stops):
                continue  # `1.432 neue Fälle`: an adjective before the noun
            break  # German nouns are capitalised: `gestiegen` is no entity
        if rest[j + w.start() - 1 : j + w.start()] not in ("", " ") and out:
            break
        if w.group().lower() in stops or len(out) == 2:
            break
        out.append(w.group())
        if re.match(r"[ ]?[^\w ]", rest[j + w.end() :]):
            break
    return " ".join(out) or None


_ISO = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "0Y", "century": "00Y"}


def _duration_iso(value: float, unit: str) -> str:
    n = int(value) if float(value).is_integer() else value
    if unit in ("hour", "minute", "second"):
        return f"PT{n}{unit[0].upper()}"
    if unit == "decade":
        return f"P{n * 10}Y"
    if unit == "century":
        return f"P{n * 100}Y"
    return f"P{n}{_ISO[unit]}"


def _shift(ref: dt.date, unit: str, n: int) -> str:
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        y, w, _ = (ref + dt.timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "month":
        k = ref.year * 12 + ref.month - 1 + n
        return f"{k // 12}-{k % 12 + 1:02d}"
    return str(ref.year + n)


def _numbers(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    t, out = g.t, []
    for m in g.number.finditer(text):
        raw, start, end = m.group("d") or m.group("w"), m.start(), m.end()
        value = shapes.parse_digits(t, raw) if m.group("d") else _word_value(g, raw)
        a = g.after.match(text, end)
        article = m.group("w") and raw.lower() in t["articles"] and not m.group("scale")
        if value is None or (article and not (a and a.group("time"))):
            continue  # `un`, `une`, `ein` count only before a time unit: `hace un año`
        if g.ids.search(text, max(0, start - 20), start):
            continue
        if m.group("scale"):
            value *= float(_lookup(t["scales"], m.group("scale")))  # type: ignore[arg-type]
        kind, unit, entity, duration, date = "count", None, None, None, None
        cb = g.cur_before.search(text, max(0, start - 4), start)
        if cb and m.group("d"):
            kind, unit, start = "money", t["currency_before"][cb.group("c")], cb.start()
        if a and a.group("pct"):
            kind, unit, end = "percent", "percent", a.end()
        elif a and a.group("pts") and not shapes.index_points(t, a.group("pts"), value):
            kind, unit, end = "percent", "percentage point", a.end()
        elif a and a.group("cur"):
            kind, unit, end = "money", _lookup(t["currency_after"], a.group("cur")), a.end()
            value *= float(_lookup(t.get("currency_scale", {}), a.group("cur")) or 1)  # type: ignore[arg-type]  # `9,6 Cent`
        elif a and a.group("unit") and kind == "count":
            kind, unit, end = "measure", _lookup(t["units"], a.group("unit")), a.end()
        elif a and a.group("time") and kind == "count":
            unit = _lookup(t["time_units"], a.group("time"))
            ago = re.search(rf"(?<![\w])(?:{_alt(t['ago_before'], False)}){_SP}$", text[max(0, start - 12) : start], re.IGNORECASE)
            if ago and ref is not None and float(value).is_integer():
                n = int(value) * (10 if unit == "decade" else 1)
                grain = "year" if unit in ("decade", "century") else unit
                date = _shift(ref, "day", -7 * n if grain == "week" else -n) if grain in ("day", "week") else _shift(ref, grain, -n)
                out.append(Found(start - len(ago.group()), a.end(), "date", date=date))
                continue
            kind, end = "duration", a.end()
            duration = _duration_iso(value, unit)  # type: ignore[arg-type]
        elif (m.group("d") and not m.group("scale") and re.fullmatch(r"(1[89]|20)\d\d", raw)
              and not text[end : end + 1].isdigit()):
            out.append(Found(start, end, "date", date=raw))
            continue
        if kind in ("measure", "percent") and value is not None:
            neg = shapes.negative(t, text, start)  # `minus 12 Grad`, `-18 Grad`
            if neg is not None:
                start, value = neg, -value
        q, low, high = "=", None, None
        qm = g.before_qual.search(text, max(0, start - 30), start)
        if qm:
            q = str(_lookup(t["qualifiers"], qm.group("q")))
            start = qm.start()
        pq = re.match(rf"{_SP}(?P<p>{_alt(t['post_qualifiers'])})", text[end:])
        if pq:
            q, end = str(_lookup(t["post_qualifiers"], pq.group("p"))), end + pq.end()
        if q in (">", ">="):
            low = value
        elif q in ("<", "<="):
            high = value
        if kind in ("count", "measure"):
            entity = _entity(g, text, end, need_link=False)
        elif kind == "percent":
            entity = _entity(g, text, end, need_link=True)
        if entity and not pq:  # `1 000 personnes ou davantage`
            at = text.find(entity, end) + len(entity)
            pq = re.match(rf"{_SP}(?P<p>{_alt(t['post_qualifiers'])})", text[at:])
            if pq:
                q, end = str(_lookup(t["post_qualifiers"], pq.group("p"))), at + pq.end()
                low, high = (value, None) if q in (">", ">=") else (None, value)
        out.append(Found(start, end, kind, value=value, low=low, high=high, qualifier=q, unit=unit,  # type: ignore[arg-type]
                         entity=entity, duration=duration))
    return _ranges(g, text, out)


def _ranges(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """`0,31–0,94 millones de dólares`: two figures joined by a dash are one range row."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        dash = prev is not None and re.fullmatch(r"[ ]?[–-][ ]?", text[prev.end : f.start])
        if dash and prev.kind == "count" and f.kind in ("money", "measure", "percent"):  # type: ignore[union-attr]
            prev = Found(prev.start, prev.end, f.kind, value=prev.value * _scale_of(text, f), unit=f.unit)  # type: ignore[union-attr, operator]
        to_words = _alt([*g.t["change"]["to"], *g.t["range"]["to"]], False)
        if (prev is not None and prev.kind == "count" and not prev.entity and f.kind in ("money", "measure", "percent")
                and prev.value is not None and re.fullmatch(rf"{_SP}{to_words}{_SP}", text[prev.end : f.start], re.IGNORECASE)
                and re.fullmatch(r"[\d.,' ]+", text[prev.start : prev.end])):
            out[-1] = Found(prev.start, prev.end, f.kind, value=prev.value * _scale_of(text, f), qualifier=prev.qualifier,
                            low=prev.low, high=prev.high, unit=f.unit)  # von 2,6 auf 4,1 Milliarden Euro
        if (dash and prev is not None and prev.kind in ("count", "money", "measure", "percent") and f.kind == prev.kind
                and prev.value is not None):
            out[-1] = Found(prev.start, f.end, f.kind, low=prev.value, high=f.value, qualifier="range", unit=f.unit,
                            entity=f.entity)
            continue
        if (prev is not None and prev.kind == "count" and f.kind in ("money", "measure", "percent", "duration")
                and re.fullmatch(r"[ ]?[–-][ ]?", text[prev.end : f.start]) and prev.value is not None
                and f.value is not None and prev.value < f.value):
            out[-1] = Found(prev.start, f.end, f.kind, low=prev.value, high=f.value, qualifier="range", unit=f.unit)
            continue
        out.append(f)
    return out


def _scale_of(text: str, f: Found) -> float:
    """The scale a figure's own words give it: 1e6 for `0.94 millones de dólares`."""
    m = re.search(r"\d+(?:[.,'’ ]\d+)*", text[f.start : f.end])
    base = parse_number(m.group()) if m else None
    return f.value / base if base and f.value and f.value / base > 1 and m.group() != text[f.start : f.end] else 1.0  # type: ignore[union-attr]


def _intervals(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """`entre el 2005 y el 2007`, `zwischen Januar 2003 und Januar 2004`, `2000 à 2003`: two dates
    joined by a range word are one interval row (`2005/2007`); `le 11 et le 23 août` too."""
    r = g.t["range"]
    art = "(?:(?:el|la|le|les|l'|den|dem|der){_SP})?".replace("{_SP}", _SP)
    join = rf"{_SP}(?:(?P<and>{_alt(r['and'], False)})|(?P<to>{_alt(r['to'], False)})){_SP}{art}$"
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "date" and f.kind == "date" and prev.date and f.date:
            m = re.search(join, text[prev.end : f.start] + " ", re.IGNORECASE) if prev.end < f.start else None
            lead = re.search(rf"(?<![\w])(?:{_alt(r['between'], False)}){_SP}{art}$", text[max(0, prev.start - 20) : prev.start],
                             re.IGNORECASE)
            if m and m.start() == 0 and (m.group("to") or lead):
                start = prev.date
                written = text[prev.start : prev.end]  # a month or a day of a month, its year not written
                if (f.date < start and len(start) == len(f.date) and (len(start) == 7 or (len(start) == 10 and re.search(r"\d", written)))
                        and not re.search(r"\d{4}", written)):
                    start = f"{int(start[:4]) - 1}{start[4:]}"  # `zwischen Januar und Juni` said in March: last year's
                out[-1] = Found(prev.start, f.end, "date", date=f"{start}/{f.date}")
                continue
        if f.kind == "date" and f.date and len(f.date) == 10 and prev is not None and prev.kind == "count" and prev.value:
            m = re.fullmatch(r"\.?" + join[:-1], text[prev.end : f.start], re.IGNORECASE)  # `1. bis 15. August`
            if m and prev.value == int(prev.value) and 1 <= prev.value <= 31 and text[prev.start : prev.end].isdigit():
                out[-1] = Found(prev.start, f.end, "date", date=f"{f.date[:8]}{int(prev.value):02d}/{f.date}")
                continue
        out.append(f)
    return out


def _dates(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    t, out = g.t, []
    for m in g.date_dmy.finditer(text):
        d = next(v for k, v in m.groupdict().items() if k.startswith("d") and v)
        mon = int(_lookup(t["months"], next(v for k, v in m.groupdict().items() if k.startswith("m") and v)))  # type: ignore[arg-type]
        year = m.group("y") or shapes.tense_year(t, text, m.start(), ref, mon) or _nearest_year(ref, mon)
        if 1 <= int(d) <= 31:
            out.append(Found(m.start(), m.end(), "date", date=f"{year}-{mon:02d}-{int(d):02d}"))
    for m in g.date_my.finditer(text):
        gd = m.groupdict()
        name = next(v for k, v in gd.items() if k.startswith("m") and v)
        mon = int(_lookup(t["months"], name))  # type: ignore[arg-type]
        year = (next((v for k, v in gd.items() if k.startswith("y") and v), None)
                or shapes.tense_year(t, text, m.start(), ref, mon) or _nearest_year(ref, mon))
        if name.lower() in ("mayo", "mai") and gd.get("mo") is not None and text[m.end() : m.end() + 1] == "-":
            continue
        out.append(Found(m.start(), m.end(), "date", date=f"{year}-{int(_lookup(t['months'], name)):02d}"))  # type: ignore[arg-type]
    ords = "|".join(re.escape(o) for o in sorted(t["period_ordinals"], key=len, reverse=True)) or "(?!)"
    periods = re.compile(rf"(?<![\w])(?P<o>{ords}){_SP}(?P<p>{_alt(t['periods'])})(?:{_SP}(?:{_alt(t['date_links'], False) if t['date_links'] else '(?!)'}{_SP})?(?P<y>\d{{4}})(?!\d))?",
                         re.IGNORECASE)
    for m in periods.finditer(text):  # el primer semestre, im ersten Quartal 2024
        n, kind = int(_lookup(t["period_ordinals"], m.group("o"))), str(_lookup(t["periods"], m.group("p")))  # type: ignore[arg-type]
        if n <= (2 if kind == "H" else 4):
            year = m.group("y") or (str(ref.year) if ref else "XXXX")
            out.append(Found(m.start(), m.end(), "date", date=f"{year}-{kind}{n}"))
    rel_set = {*t["relative_days"], *t["relative_periods"], *t["sets"]}
    for m in g.phrases.finditer(text):
        if m.group("rel"):
            key = m.group("rel")
            if (key[:1].isupper() and key not in rel_set and re.search(r"[\w,;]\s*$", text[: m.start()])):
                continue  # `am Morgen` (the morning), not `morgen`: a capital only opens a sentence
            if _lookup(t["sets"], key) is not None:
                out.append(Found(m.start(), m.end(), "set", duration=str(_lookup(t["sets"], key))))
            elif ref is None:
                out.append(Found(m.start(), m.end(), "date"))
            elif _lookup(t["relative_days"], key) is not None:
                out.append(Found(m.start(), m.end(), "date", date=_shift(ref, "day", int(_lookup(t["relative_days"], key)))))  # type: ignore[arg-type]
            else:
                unit, n = _lookup(t["relative_periods"], key)  # type: ignore[misc]
                out.append(Found(m.start(), m.end(), "date", date=_shift(ref, unit, n)))
            continue
        day = int(_lookup(t["weekdays"], m.group("wd")))  # type: ignore[arg-type]
        way = _lookup(t["weekday_before"], m.group("wb")) if m.group("wb") else None
        way = _lookup(t["weekday_after"], m.group("wa")) if m.group("wa") else way
        if ref is None:
            out.append(Found(m.start(), m.end(), "date"))
            continue
        back = (ref.weekday() - day) % 7
        if way == -1 and back == 0:
            back = 7
        ahead = (7 - back) % 7 or (7 if way == 1 else 0)  # `nächsten Montag` said on a Monday: a week on
        if way is None:  # a bare weekday: by the tense words of the table (`future_cues`, `past_cues`)
            tense = shapes.future(t, text, m.start())
            way = None if tense is None else 1 if tense else 0
        if way is None and back >= 4:  # else the nearest one (`fallen am Donnerstag aus`)
            way = 1
        date = ref + dt.timedelta(days=ahead) if way == 1 else ref - dt.timedelta(days=back)
        out.append(Found(m.start(), m.end(), "date", date=date.isoformat()))
    return out


def _nearest_year(ref: dt.date | None, month: int) -> str:
    """The year of a month written without one: the one putting it nearest the reference date."""
    if ref is None:
        return "XXXX"
    k = month - ref.month
    return str(ref.year + (1 if k < -6 else -1 if k > 6 else 0))


def _clocks(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    day = ref.isoformat() if ref else "XXXX-XX-XX"
    return [Found(m.start(), m.end(), "time", date=f"{day}T{int(m.group('h')):02d}:{m.group('mi') or '00'}")
            for m in g.clock.finditer(text)]


def _ratios(g: Grammar, text: str) -> list[Found]:
    out = []
    for m in g.ratio_each.finditer(text):
        n = float(_lookup(g.t["ordinals"], m.group("o")))  # type: ignore[arg-type]
        start, q = m.start(), "="
        qm = g.before_qual.search(text, max(0, start - 30), start)
        if qm:
            start, q = qm.start(), str(_lookup(g.t["qualifiers"], qm.group("q")))
        out.append(Found(start, m.end(), "ratio", value=1 / n, qualifier=q, entity=_entity(g, text, m.end(), False)))
    per = _alt(g.t["per"], False) if g.t["per"] else "(?!)"
    num = rf"(?:\d+|{g.words.pattern})"
    for m in re.finditer(rf"(?<![\w])(?P<a>{num}){_SP}{per}{_SP}(?P<b>{num})(?![\w]|[.,]\d)", text, re.IGNORECASE):
        a, b = _value(g, m.group("a")), _value(g, m.group("b"))
        if a is not None and b and a <= b:  # `sechs von zehn`, not `bis 2028 von 18,6`
            out.append(Found(m.start(), m.end(), "ratio", value=a / b, qualifier="=", entity=_entity(g, text, m.end(), False)))
    rate = _alt(g.t["rate_per"], False)
    digits = r"\d+(?:[.,'’ \u00a0]\d{3})*"
    for m in re.finditer(rf"(?<![\w.,])(?P<a>\d+(?:[.,]\d+)?)(?:{_SP}(?P<n>[^\W\d_]+))?{_SP}{rate}{_SP}(?P<b>{digits})(?![\w])",
                         text, re.IGNORECASE):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is not None and b and b >= 10 and str(int(b)).rstrip("0") == "1":  # per 100, 1000, 100 000
            out.append(Found(m.start(), m.end(), "ratio", value=a / b, qualifier="=", entity=_entity(g, text, m.end(), False)))
    frac = _alt(g.t["fractions"])
    dets = [*g.t["articles"], *g.t.get("fraction_determiners", ())]  # `die Hälfte`
    for m in re.finditer(rf"(?<![\w])(?P<a>{g.words.pattern}|{_alt(dets, False)}){_SP}(?P<f>{frac})", text, re.IGNORECASE):
        a = 1.0 if m.group("a").lower() in [d.lower() for d in dets] else _value(g, m.group("a"))
        d = _lookup(g.t["fractions"], m.group("f"))
        if a is not None and d:
            start, q = m.start(), "="
            qm = g.before_qual.search(text, max(0, start - 30), start)
            if qm:
                start, q = qm.start(), str(_lookup(g.t["qualifiers"], qm.group("q")))
            out.append(Found(start, m.end(), "ratio", value=a / float(d), qualifier=q,  # type: ignore[arg-type]
                             entity=_entity(g, text, m.end(), True)))
    return out


def _value(g: Grammar, s: str) -> float | None:
    return float(s) if s.isdigit() else _word_value(g, s)


_CHANGED = ("count", "percent", "money", "measure")


def _changes(g: Grammar, text: str, found: list[Found], lang: str) -> list[Found]:
    """`change` and `role` of the figures a sentence states as a rise or a fall: a change word of the
    table (`subió`, `a chuté`, `gestiegen`) in the figure's clause, and the word before the figure
    saying its role: the size (`un 45 %`, `um 38 Prozent`), the new level (`a`, `à`, `auf`), or the
    old one (`de`, `von`: the old level when a new level follows, else the size)."""
    c = g.t["change"]
    out: list[Found] = []
    spans = split_sentences(text, lang) if any(f.kind in _CHANGED for f in found) else []
    for i, f in enumerate(found):
        if f.kind not in _CHANGED:
            out.append(f)
            continue
        s0, s1 = spans[sentence_index(spans, f.start)] if spans else (0, len(text))
        clause = text[s0:s1]
        words = re.findall(r"[^\W\d_]+", clause)
        ups = [w for w in words if w.startswith(tuple(c["up"])) or w.lower().startswith(tuple(c["up"]))]
        downs = [w for w in words if w.startswith(tuple(c["down"])) or w.lower().startswith(tuple(c["down"]))]
        before = re.findall(r"[^\W\d_]+['’]?", text[max(s0, f.start - 12) : f.start])
        word = before[-1].lower() if before else ""
        role = "by" if word in c["by"] else "to" if word in c["to"] else None
        if word in c["from_or_by"]:
            later = [o for o in found[i + 1 :] if o.start < s1 and (o.kind == f.kind or f.kind == "count")]
            to_follows = any(re.findall(r"[^\W\d_]+", text[max(s0, o.start - 8) : o.start])[-1:] == [w] for o in later
                             for w in c["to"])
            role = "from" if to_follows else "by"
        if role is None or not (ups or downs):
            out.append(f)
            continue
        change = "up" if len(ups) >= len(downs) and ups else "down"
        out.append(Found(f.start, f.end, f.kind, value=f.value, low=f.low, high=f.high, qualifier=f.qualifier,
                         unit=f.unit, entity=f.entity, date=f.date, duration=f.duration, change=change, role=role))
    return out


def find(text: str, lang: str, ref: dt.date | None = None) -> list[Found]:
    """Every figure and time expression of `text`, read with `lang`'s tables, in document order;
    where two overlap, the longer one wins (a date over the numbers inside it)."""
    g = grammar(lang)
    cands = _clocks(g, text, ref) + _dates(g, text, ref) + _ratios(g, text) + _numbers(g, text, ref)
    cands = shapes.candidates(g.t, text, ref) + cands  # more shapes (each asked for by a key of the table) win ties
    cands.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for f in cands:
        if all(f.end <= o.start or o.end <= f.start for o in taken):
            taken.append(f)
    taken = joins.merge(g.t, text, sorted(taken, key=lambda f: (f.start, f.end)))
    return joins.comparisons(g.t, text, _changes(g, text, _intervals(g, text, taken), lang))


__all__ = ["find", "grammar", "parse_number"]
