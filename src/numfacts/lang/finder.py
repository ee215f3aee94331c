"""The table-driven finder: numbers, percents, money, measures, dates, durations and sets in a
language that has only tables (`lang/<lang>/forms.json`): Spanish, French and German so far.

Every word it reads comes from the language's `forms` table (number words and scales, percent and
point words, currencies before and after the figure, units, qualifiers, range words, entity links,
months, weekdays, relative dates, time units, sets); the code holds only the shapes of writing
that the languages share: digits with a decimal comma or point and thousands separators, a
figure followed by a scale, a unit or a currency, a qualifier before it. Dates, clock times and
sets are read by numfacts.lang.dates, more forms by .phrases, .shapes and .joins, changes by
.changes; `find` gathers them. English keeps its own finders (numfacts.quantities, numfacts.temporal).

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

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..mention import Found
from . import changes, joins, phrases, shapes, table
from .dates import _clocks, _dates, _day_times, _intervals, _shift, holidays
from .shapes import _SP, rx

_alt = shapes.word_alt


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
    ordinal_suffix: re.Pattern[str]  # `3e`, `11ème`, `1.º`
    title: re.Pattern[str]  # `Premier ministre`: an ordinal word in a title
    approx: re.Pattern[str]  # `dizaine`: a number word that makes a figure approximate
    hour_mark: re.Pattern[str]  # `18 h 30`, `18h`, `à 18 heures`
    way_after: re.Pattern[str]  # `dernier` after a date: `le 5 mars dernier`
    count_subject: re.Pattern[str]  # `le nombre`: what a bare count later in the sentence counts


@cache
def grammar(lang: str) -> Grammar:
    t = dict(table(lang, "forms"))
    t["_lang"] = lang
    calendar = table(lang, "calendar")  # built from dateparser's locale data (numfacts.lang.build)
    names = {**calendar["months"], **t["months"]}  # the month names; the grammar's months add their abbreviations
    t["months"] = {**names, **t.get("month_abbreviations", {})}  # (a key of the grammar's own copy: the table is never written)
    t["weekdays"] = {**calendar["weekdays"], **t["weekdays"]}
    t["numbers"] = {**t["numbers"], **t.get("approx_numbers", {}), **t.get("ordinal_words", {})}  # `une dizaine`, `vingt-cinquième`
    ci = 0 if t["months_capitalised"] else re.IGNORECASE
    words = shapes.trie_alt(t["numbers"], True) + r"(?![\w])"  # `_alt(t["numbers"])`: every use is IGNORECASE
    digits = r"\d+(?:(?:[.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*"
    if t.get("digit_thousands"):  # `4 mil 200 millones`, `12 mil 500`: Mexican thousands in words between digits
        digits += rf"(?:{_SP}(?:{_alt(t['digit_thousands'], False)}){_SP}\d{{1,3}}(?!\d|[.,'’]\d))?"
    glued = shapes.glued_pattern(t)
    inner = (rf"(?:{glued}|{words}|{shapes.trie_alt(t['scale_words'], True)}(?![\w]))" if t.get("scale_words") else words)  # `tres millones cincuenta mil`, `zwei Millionen dreihunderttausend`
    no_frac = rf"(?!{_SP}(?:{_alt(t['fractions'], False)})(?![\w]))"  # `six millions et deux tiers`: the fraction's own number
    # a scale after a space, or glued when it has two letters or is a capital before a currency sign: `12,3Mds€`, `5M€`, not `5m`;
    # a scale of one or two letters only as written (`3 M€`, `5 k€`), never another case (`1,80 m` is metres)
    short = [w for w in t["scales"] if len(w) <= 2]
    scales = _alt([w for w in t["scales"] if len(w) > 2], False) + (f"|(?-i:{_alt(short, False)})" if short else "")
    if t.get("scales_before_currency"):  # `2,5 G$` (Quebec): a letter that is a scale only before a currency sign
        scales += rf"|(?-i:{_alt(t['scales_before_currency'], False)})(?=[ \u00a0\u202f]?[€$£])"
        t["scales"] = {**t["scales"], **t["scales_before_currency"]}
    number = rx(rf"(?<![\w.,])(?<!\d:)(?<![^\W\d_]-)(?:(?P<neg>[-−+](?=\d))?(?P<d>{digits})|(?P<w>{shapes.glued_pattern(t)}|{words}(?:(?:[ -]|{_SP}{_alt(t['and'], False)}{_SP}|-{_alt(t['and'], False)}-){inner}{no_frac})*)(?!-(?!{_alt(t['currency_after'], False)})[^\W\d_]))"
                        rf"(?:(?:{_SP}|(?=[^\W\d_]{{2}}|(?-i:[A-Zk])[€$£]))(?P<scale>{scales})(?![^\W\d_]))?", re.IGNORECASE)
    # the words after a figure as prefix trees (`shapes.trie_alt`: the same matches as `_alt`, each first letter tried once)
    fold = bool(ci)
    cur_after = shapes.trie_alt(t["currency_after"], fold)
    units = shapes.trie_alt(t["units"], fold) + r"(?![\w])"
    one = [u for u in t["units"] if len(u) == 1 and u.isalpha()] if ci else []
    if one:  # a one-letter unit only as written: `200 g` is grams, `la 5G` no
        units = rf"(?:{shapes.trie_alt([u for u in t['units'] if u not in one], fold)}(?![\w])|(?-i:{shapes.trie_alt(one, False)}(?![\w])))"
    link = shapes.trie_alt(t["currency_link"], fold) if t["currency_link"] else "(?!)"
    after = rx(rf"""[ \u00a0\u202f]*(?:
            (?P<pct>{shapes.trie_alt(t['percent'], fold)})(?![^\W\d_])
          | (?P<bps>{shapes.trie_alt(t.get('basis_points', []), fold)}(?![\w]))
          | (?P<tenths>{shapes.trie_alt(t.get('points_scaled', ()), fold)}(?![\w]))
          | (?P<pts>{shapes.trie_alt(t['points'], fold)}(?![\w]))
          | (?:{link}[ \u00a0\u202f]*)?(?P<cur>{cur_after})(?![^\W\d_])
          | (?P<unit>{units})
          | {link}(?:[ \u00a0\u202f]+|(?<=['’]))(?P<lunit>{units})
          | (?P<time>{shapes.trie_alt(t['time_units'], fold)}(?![\w]))
        )""", re.VERBOSE | ci)
    before_qual = rx(rf"(?<![\w])(?P<q>{shapes.trie_alt(t['qualifiers'], True)})[ \u00a0\u202f]*$", re.IGNORECASE)
    cur_before = rx(rf"(?P<c>{_alt(t['currency_before'], False)})[ \u00a0]?$")
    bare_months = shapes.trie_alt(names, bool(ci)) + r"(?![\w])"  # a month alone; its abbreviations (`Feb.`, `févr.`, `sept.`) only beside a day or a year
    months = shapes.trie_alt(t["months"], bool(ci)) + r"(?![\w])"  # `_alt(t["months"])`, as a tree
    suffix = "(?:" + "|".join(map(re.escape, t["day_ordinal_suffix"])) + ")?" if t["day_ordinal_suffix"] else ""
    year_link = f"(?:{_alt(t['date_links'], False)}{_SP})?" if t["date_links"] else ""
    dmy = "|".join(p.replace(" ", _SP).replace("{d}", rf"(?P<d{i}>\d{{1,2}}){suffix}").replace("{m}", f"(?P<m{i}>{months})")
                   for i, p in enumerate(t["day_month"]))
    date_dmy = rx(rf"(?<![\w.])(?:{dmy})(?:,?{_SP}{year_link}(?P<y>\d{{4}})(?!\d))?", ci)
    my = "|".join(p.replace(" ", _SP).replace("{m}", f"(?P<m{i}>{months})").replace("{y}", rf"(?P<y{i}>\d{{4}})(?!\d)")
                  for i, p in enumerate(t["month_year"]))
    date_my = rx(rf"(?<![\w])(?:{my}|(?P<mo>{bare_months}))", ci)
    wd = shapes.trie_alt(t["weekdays"], bool(ci)) + r"(?![\w])"  # `_alt(t["weekdays"])`, as a tree
    rel_words = [*t["relative_days"], *t["relative_periods"], *t["sets"], *t.get("relative_day_parts", ()), *t.get("fixed_dates", ()),
                 *t.get("fixed_durations", ())]
    rel = shapes.trie_alt(rel_words + [w[:1].upper() + w[1:] for w in rel_words], bool(ci)) + r"(?![\w])"  # also opening a sentence
    wb = [*t["weekday_before"], *(w[:1].upper() + w[1:] for w in t["weekday_before"])]  # `Letzten Freitag` opening a sentence
    phrases = rx(rf"(?<![\w])(?:(?P<rel>{rel})|(?:(?P<wb>{shapes.trie_alt(wb, bool(ci))}){_SP})?(?P<wd>{wd})"
                         rf"(?:{_SP}(?P<wa>{shapes.trie_alt(t['weekday_after'], bool(ci))}(?![\w])))?)", ci)
    each = _alt(t["each_ordinal"], False) if t["each_ordinal"] else "(?!)"
    ratio_each = rx(rf"(?<![\w])(?P<e>{each}){_SP}(?P<o>{_alt(t['ordinals'])})", re.IGNORECASE)
    ids = rx(rf"(?<![\w])(?:{shapes.trie_alt(t['id_words'], True)})[ \u00a0]*$", re.IGNORECASE)
    clock = rx(rf"(?<![\w.,])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?{_SP}{_alt(t['clock_after'])}")
    ordinal_suffix = rx(rf"(?:{_alt(t.get('ordinal_suffixes', []))})")
    title = re.compile(_alt(t.get("ordinal_titles", [])), re.IGNORECASE)
    approx = rx(rf"(?<![\w]){_alt(t.get('approx_numbers', {}))}", re.IGNORECASE)
    hour_words = [w for w, v in t["numbers"].items() if 1 <= v <= 23] if t.get("clock_fractions") else []  # `à huit heures et quart`
    hour_words += t.get("clock_hour_words", []) if hour_words else []  # `vingt et une heures`
    hour_word = rf"|(?<![\w-]){shapes.trie_alt(hour_words, True)}(?![\w])" if hour_words else ""  # `_alt(hour_words)` as a tree
    hour_mark = rx(rf"(?<![\w.,])(?P<h>[01]?\d|2[0-3]{hour_word})(?:{_SP})?(?P<mark>{shapes.trie_alt(t.get('clock_marks', []), True)})"
                           rf"(?:(?:{_SP})?(?P<mi>[0-5]\d)(?!\d))?(?![^\W\d_])", re.IGNORECASE)
    return Grammar(t, number, after, before_qual, cur_before, date_dmy, date_my, re.compile(words, re.IGNORECASE),
                   phrases, ratio_each, ids, clock, ordinal_suffix, title, approx, hour_mark,
                   rx(rf"{_SP}(?P<w>{_alt(t['weekday_after'])})", ci),
                   rx(rf"(?<![\w])(?:{_alt(t.get('count_subjects', []), False)})(?=[ \u00a0]*(?:de|d'|d’|des)[ \u00a0]*)", re.IGNORECASE))


_lookup = shapes.lookup


@cache
def _word_sets(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The `and` words and the `approx_numbers` of `lang`, lower-cased once per language."""
    t = grammar(lang).t
    return frozenset(a.lower() for a in t["and"]), frozenset(a.lower() for a in t.get("approx_numbers", {}))


def _word_value(g: Grammar, text: str) -> float | None:
    # `_table` is `_lookup` with each table lower-cased once per language (not per word)
    whole = _table(g, "numbers", text)
    if whole is not None:
        return float(whole)  # type: ignore[arg-type]  # `medio millón`
    total = current = big = 0.0
    ands, approx = _word_sets(g.t["_lang"])
    scale_words = g.t.get("scale_words", ())
    for w in rx(r"[^\W\d_]+(?:-[^\W\d_]+)*").findall(text):
        if w.lower() in ands:
            continue
        known = _table(g, "numbers", w) is not None
        if scale_words and not known and _table(g, "scale_words", w):
            big += (total + current or 1) * float(_table(g, "scales", w))  # type: ignore[arg-type]  # `tres millones cincuenta mil`
            total = current = 0.0
            continue
        glued = shapes.glued_value(g.t, w) if not known else None
        parts, vals = ([], [(glued, w.lower())]) if glued is not None else ([p for p in w.split("-") if p.lower() not in ands], [])
        while parts:  # `quatre-vingt-deux`: the longest known prefix first
            k = next((k for k in range(len(parts), 0, -1) if _table(g, "numbers", "-".join(parts[:k])) is not None), 0)
            if not k:
                return None
            vals.append((float(_table(g, "numbers", "-".join(parts[:k]))), "-".join(parts[:k]).lower()))  # type: ignore[arg-type]
            parts = parts[k:]
        for v, word in vals:
            if v == 100 or (word in approx and v < 1000):
                current = (current or 1) * v  # `trois cents`, `une dizaine`
            elif v >= 1000:
                total += (current or 1) * v
                current = 0
            else:
                current += v
    return big + total + current


@cache
def _entity_words(lang: str) -> tuple[list[str], frozenset[str]]:
    """The entity links of `lang`, longest first, and the words that stop an entity (`el 2,8 % de julio`)."""
    t = grammar(lang).t
    return sorted(t["entity_links"], key=len, reverse=True), frozenset(w.lower() for w in (*t["entity_stops"], *t["months"], *t["weekdays"]))


@cache
def _links_by_first(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The entity links of `lang` (longest first, as `_entity_words` gives them) with their lower-case forms,
    by the first character of that form: a link `low.startswith` can match is among those of `low[:1]`."""
    out: dict[str, list[tuple[str, str]]] = {}
    for link in _entity_words(lang)[0]:
        out.setdefault(link.lower()[:1], []).append((link, link.lower()))
    return {k: tuple(v) for k, v in out.items()}


def _entity(g: Grammar, text: str, i: int, need_link: bool) -> str | None:
    """The words after a figure: what it counts (`personas`, `districts scolaires`)."""
    rest = text[i : i + 80]
    m = rx(r"[ \u00a0]*").match(rest)
    j = m.end() if m else 0
    linked = False
    low = rest[j:].lower()
    links, stops = _entity_words(g.t["_lang"])
    for link, lowered in _links_by_first(g.t["_lang"]).get(low[:1], ()):  # only the links `low` can start with
        if low.startswith(lowered) and (link.endswith(("'", "’")) or rest[j + len(link) : j + len(link) + 1] == " "):
            j += len(link)
            linked = True
            while j < len(rest) and rest[j] == " ":
                j += 1
            break
    if need_link and not linked:
        return None
    figure = g.number.match(rest, j) if linked else None
    if figure and figure.group("d"):  # `ein Drittel der 2,1 Mio. Studierenden`: the noun after the figure
        j = figure.end() + (rest[figure.end() : figure.end() + 1] == ".")
        while j < len(rest) and rest[j] in " \u00a0":
            j += 1
    if rest[j : j + 1] in (".", ";", ":", "!", "?") and rx(r"[.;:!?][ \u00a0]+[A-ZÀ-Ý]").match(rest[j:]):
        return None  # `auf 17. Viele kamen`: the next sentence is no entity
    out: list[str] = []
    for w in rx(r"[^\W\d_][\w'’-]*").finditer(rest[j:]):
        if g.t["entity_capitalised"] and not w.group()[:1].isupper():
            nxt = rx(r" ([^\W\d_][\w'’-]*)").match(rest[j + w.end() :])
            if (not out and nxt and nxt.group(1)[:1].isupper() and nxt.group(1).lower() not in stops
                    and w.group().lower().endswith(tuple(g.t.get("adjective_endings", ()))) and w.group().lower() not in stops):
                continue  # `1.432 neue Fälle`: an adjective before the noun
            break  # German nouns are capitalised: `gestiegen` is no entity
        if rest[j + w.start() - 1 : j + w.start()] not in ("", " ") and out:
            break
        comp = rx(r" ([^\W\d_][\w'’-]*)").match(rest[j + w.end() :]) if len(out) == 1 else None
        if (comp and w.group().lower() in g.t.get("entity_complements", ()) and comp.group(1).islower()
                and comp.group(1) not in stops and not phrases.is_verb(g, comp.group(1))):
            out += [w.group(), comp.group(1)]  # `450 centros de salud`, `500 puestos de trabajo`
            break
        if w.group().lower() in stops or len(out) == 2 or (out and phrases.is_verb(g, w.group())):
            break
        plural = g.t.get("entity_plural_endings")
        if (plural and len(out) == 1 and out[0].lower().endswith(tuple(plural)) and not w.group().lower().endswith(tuple(plural))
                and w.group().islower() and not w.group().lower().startswith(tuple(k for k in links if k.endswith(("'", "’"))))):
            break  # `personas fueron`, `encuestados creen`, `Français estiment`: an adjective agrees with its plural noun, a verb need not
        out.append(w.group())
        if rx(r"[ ]?[^\w ]").match(rest[j + w.end() :]):
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


def _number_matches(g: Grammar, text: str) -> Iterator[re.Match[str]]:
    """The figures of `text`, a number in words ending before an `and` that joins no tens and units:
    `seis y ocho semanas` is two figures (a range after `entre`), `treinta y dos`, `soixante et onze` one."""
    pos = 0
    ands = _frx(g.t["_lang"], "num_and")
    while (m := g.number.search(text, pos)) is not None:
        if m.group("w"):
            for j in ands.finditer(text, m.start("w"), m.end("w")):
                left = rx(r"([^\W\d_]+)[ ]*$").search(text, m.start("w"), j.start())
                right = rx(r"[^\W\d_]+").match(text, j.end())
                lv = _lookup(g.t["numbers"], left.group(1)) if left else None
                rv = _lookup(g.t["numbers"], right.group()) if right else None
                if lv is not None and rv is not None and not (float(lv) in range(20, 100, 10) and 0 < float(rv) < 20):  # type: ignore[arg-type]
                    m = g.number.match(text, m.start(), j.start()) or m
                    break
        yield m
        pos = max(m.end(), pos + 1)


@cache
def _lowered(lang: str, name: str) -> tuple[dict, dict]:
    """Table `name` of `lang`'s grammar (a list as a mapping to 1) and the same keyed in lower case."""
    m = grammar(lang).t.get(name, {})
    m = dict.fromkeys(m, 1) if isinstance(m, (list, tuple)) else m
    return m, {str(a).lower(): v for a, v in m.items()}


def _table(g: Grammar, name: str, key: str) -> object:
    """`lookup(g.t[name], key)` with the lower-cased table built once per language, not per figure."""
    m, low = _lowered(g.t["_lang"], name)
    k = " ".join(key.split())
    return m[k] if k in m else low.get(k.lower())


#: The patterns `_numbers` tries beside each figure, as (pattern, flags) of a language's table: each
#: compiled once per language by `_frx` (built per figure, the pattern's text and its cache key cost
#: more than the match).
_FIGURE_RX = {
    "lead": lambda t: (rf"{_SP}{_alt(t.get('time_unit_leads', ()))}(?=[ \u00a0])", re.IGNORECASE),
    "lead_before": lambda t: (rf"(?<![\w])(?:{_alt(t.get('time_unit_leads_before', ()), False)}){_SP}$", re.IGNORECASE),
    "month_named": lambda t: (rf"{_SP}(?:{_alt(t.get('month_name_links', ()), False)})(?:{_SP}|(?<=['’]))(?:{_alt(t['months'])})", re.IGNORECASE),
    "scale_half": lambda t: (rf"{_SP}{_alt(t.get('and_half', ()))}(?!{_SP}{_alt(t['scales'])})", re.IGNORECASE),
    "every": lambda t: (rf"(?<![\w])(?:{_alt(t.get('set_every', []), False)}){_SP}$", re.IGNORECASE),
    "each": lambda t: (rf"(?<![\w]){_alt(t.get('set_each', ()), False)}{_SP}$", re.IGNORECASE),
    "later": lambda t: (rf"{_SP}{_alt(t['ago_after'])}(?![ \u00a0]+{_alt(t.get('ago_after_not_before', ()))})", re.IGNORECASE),
    "ago": lambda t: (rf"(?<![\w])(?:{_alt(t['ago_before'], False)}){_SP}(?:{_alt(t['qualifiers'], False)}{_SP})?$", re.IGNORECASE),
    "since": lambda t: (rf"(?<![\w]){_alt(t.get('ago_not_after', ()), False)}{_SP}$", re.IGNORECASE),
    "half": lambda t: (rf"{_SP}{_alt(t.get('and_half', ()))}", re.IGNORECASE),
    "quarter": lambda t: (rf"{_SP}{_alt(t.get('and_quarter', ()))}", re.IGNORECASE),
    "below": lambda t: (rf"{_SP}{_alt(t.get('below_zero', ()))}", re.IGNORECASE),
    "unit_half": lambda t: (rf"{_SP}{_alt(t.get('and_half', ()))}(?!{_SP}(?:{_alt(t['scales'])}|\d))", re.IGNORECASE),
    "post": lambda t: (rf"{_SP}(?P<p>{_alt(t['post_qualifiers'])})", 0),
    "post_bound": lambda t: (rf"{_alt(t['qualifiers'])}", 0),
    "num_and": lambda t: (rf"[ -](?:{_alt(t['and'], False)})[ -]", re.IGNORECASE),
    "range_to": lambda t: (rf"{_SP}{_alt([*t['change']['to'], *t['range']['to']], False)}{_SP}", re.IGNORECASE),
    "scaled_digits": lambda t: (rf"[\d.,' ]+(?:{_alt(t['scales'], False)})?", 0),
    "range_lead": lambda t: (rf"(?<![\w])(?:{_alt([*t['range']['between'], *t['range'].get('from', ())], False)}){_SP}$", re.IGNORECASE),
    "weekday_before": lambda t: (rf"(?<![\w])(?:{_alt(t['weekdays'], False)}){_SP}$", re.IGNORECASE),
    "range_join": lambda t: (rf"{_SP}(?:(?P<and>{_alt(t['range']['and'], False)})|(?P<to>{_alt(t['range']['to'], False)})){_SP}", re.IGNORECASE),
    "range_between": lambda t: (rf"(?<![\w])(?:{_alt(t['range']['between'], False)}){_SP}$", re.IGNORECASE),
    "from_or_by": lambda t: (rf"(?<![\w])(?:{_alt(t['change']['from_or_by'], False)}){_SP}?$", re.IGNORECASE),
    "ahead": lambda t: (rf"(?<![\w])(?:{_alt(t['ahead_before'], False)}){_SP}$", re.IGNORECASE),
    "compared": lambda t: (rf"(?:{_alt(t['percent'], False)}|{_alt(t['points'], False)})[ \u00a0]*$", re.IGNORECASE),
}


@cache
def _frx(lang: str, name: str) -> re.Pattern[str]:
    """Pattern `name` of `_FIGURE_RX` for `lang`, compiled on first use."""
    return rx(*_FIGURE_RX[name](grammar(lang).t))


def _numbers(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    t, out = g.t, []
    for m in _number_matches(g, text):
        raw, start, end = m.group("d") or m.group("w"), m.start(), m.end()
        parts = raw.split()
        if (m.group("w") and len(parts) > 1 and parts[0].lower() in t["articles"] and _table(g, "numbers", raw) is None
                and float(_table(g, "numbers", parts[1]) or 0) < 100 and not _table(g, "scale_words", parts[1])
                and _table(g, "approx_numbers", parts[1]) is None):  # `une dizaine` keeps its article
            raw = raw[len(parts[0]) :].lstrip()  # `un veinticinco por ciento`: the article is no figure
            start = m.start() + len(m.group("w")) - len(raw)
        if (m.group("w") and not m.group("scale") and len(parts) > 2 and parts[-1].lower() in t["articles"]
                and _table(g, "scales", parts[-2]) is not None and str(parts[-2]).lower().endswith(("s", "n"))):
            raw = raw[: raw.rstrip().rfind(parts[-1])].rstrip()  # `mil millones un año antes`: the article belongs to the unit
            end = start + len(raw)
        value = shapes.parse_digits(t, raw) if m.group("d") else _word_value(g, raw)
        if m.group("neg") and m.group("neg") != "+" and value is not None:
            value = -value  # `-5 °C`
        a = g.after.match(text, end)
        lead = _frx(t["_lang"], "lead").match(text, end) if not (a and a.group()) else None
        if lead and (b := g.after.match(text, lead.end())) and b.group("time"):
            a = b  # `los dos últimos años`
        if not (a and a.group()) and m.group("w") and t["currency_link"] and g.approx.search(raw):  # `une quinzaine de jours`: about 15 days
            link = rx(rf"{_SP}(?:{_alt(t['currency_link'], False)})(?:{_SP}|(?<=['’]))", re.IGNORECASE).match(text, end)
            if link and (b := g.after.match(text, link.end())) and b.group("time"):
                a = b
        if m.group("d") and not m.group("scale") and not (a and a.group()) and rx(r"[A-Z]").match(text, end) and not g.ordinal_suffix.match(text, end):
            continue  # `la 5G`, `3D`: a figure glued to a capital it does not read is part of a name
        article = m.group("w") and raw.lower() in t["articles"] and not m.group("scale")
        if value is None or (article and not (a and (a.group("time") or a.group("cur") or (a.group("pct") and value == 1)
                                                      or (a.group("unit") and _unit_half(g, text, a.end())) or _article_points(g, text, start, a)))):
            continue  # `un`, `une`, `ein` count only before a time unit, a currency or a unit and a half: `hace un año`, `d'un euro`
        if (_ends_before(t["_lang"], "id_words", text, max(0, start - 20), start) and g.ids.search(text, max(0, start - 20), start)) or (m.group("d") and g.date_dmy.match(text, m.start("d"))):
            continue  # `Artikel 20`; `hasta el 22 de mayo`: the day of a date, no count
        last = raw.split()[-1] if m.group("w") else ""
        spelled = _table(g, "scale_words", last) and len(raw.split()) > 1
        if m.group("scale") or spelled:
            scale = float(_table(g, "scales", m.group("scale") or last))  # type: ignore[arg-type]
            value *= scale if m.group("scale") else 1
            half = _frx(t["_lang"], "scale_half").match(text, end)
            if half:  # `dos millones y medio`
                value, end = value + scale / 2, half.end()
                a = g.after.match(text, end)
        kind, unit, entity, duration, date = "count", None, None, None, None
        last = rx(r"[ \u00a0\u202f-]+").split(raw)[-1] if m.group("w") else ""
        suffix = g.ordinal_suffix.match(text, end) if m.group("d") and not m.group("scale") else None
        if (suffix or _table(g, "ordinal_words", last) is not None) and not m.group("scale"):  # `3e`, `vingt-cinquième`
            if suffix:
                end = suffix.end()
            elif raw.split()[0].lower() in t["articles"] and last != raw:
                continue  # `un centième` is a fraction
            elif last.lower() in t.get("ordinal_alone", ()) and last != raw:  # `les deux premiers`: the ordinal alone
                tu = g.after.match(text, end)
                n = _word_value(g, raw[: -len(last)].strip()) if tu and tu.group("time") else None
                if n and tu:  # `les cinq premiers mois`: five months
                    unit = str(_table(g, "time_units", tu.group("time")))
                    out.append(Found(start, tu.end(), "duration", value=n, unit=unit, duration=_duration_iso(n, unit)))
                    continue
                start, value = end - len(last), 1.0
            if not g.title.match(text, start):  # `Premier ministre` is a title
                out.append(Found(start, end, "ordinal", value=value, qualifier="="))
            continue
        if m.group("d") and text[start - 1 : start] in ("-", "−") and not text[max(0, start - 2) : start - 1].strip(" (\u00a0"):
            value, start = -value, start - 1  # `-1,2 %`, `−3 grados`
        cb = g.cur_before.search(text, max(0, start - 4), start)
        if cb and m.group("d"):
            kind, unit, start = "money", shapes.country_currency(t, text, cb.group("c"), t["currency_before"][cb.group("c")]), cb.start()
        if a and a.group("pct"):
            kind, unit, end = "percent", "percent", a.end()
            if value > 100 and rx(r"\d{1,3},\d{3}").fullmatch(raw) and "," not in t["thousands"]:
                value = float(raw.replace(",", "."))  # `3,718 %` where the comma is the decimal mark
        elif a and a.group("bps") and kind == "count":
            kind, unit, end = "percent", "basis point", a.end()
        elif (a and a.group("pts") and (value < 100 or t.get("points_bare")) and kind == "count"  # `7 960 points` is an index level
              and not _bare_points(g, text, start, a, value) and not shapes.index_points(t, a.group("pts"), value)):
            kind, unit, end = "percent", "percentage point", a.end()
        elif a and a.group("pts") and (not t.get("points_bare") or t.get("points_bare_span")) and not t.get("points_max"):
            entity, end = a.group("pts").strip(), a.end()
        elif a and a.group("cur"):
            kind, unit, end = "money", shapes.country_currency(t, text, a.group("cur"), _table(g, "currency_after", a.group("cur"))), a.end()  # type: ignore[arg-type]
            if unit in t.get("comma_decimal_currencies", ()) and m.group("d") and rx(r"\d{1,3},\d{3}").fullmatch(raw):
                value = float(raw.replace(",", "."))  # `1,589 euros el litro`: a euro amount keeps the decimal comma
            value *= float(_table(g, "currency_scale", a.group("cur")) or 1)  # type: ignore[arg-type]  # `9,6 Cent`
        elif (a and a.group("tenths") and kind == "count"):  # `tres décimas`: 0.3 percentage points
            kind, unit, end = "percent", "percentage point", a.end()
            value = round(value * float(_table(g, "points_scaled", a.group("tenths"))), 9)  # type: ignore[arg-type]
        elif a and (a.group("unit") or (a.group("lunit") and (m.group("scale") or spelled))) and kind == "count":  # `1,5 million de tonnes`
            kind, unit, end = "measure", _table(g, "units", a.group("unit") or a.group("lunit")), a.end()
            half = _unit_half(g, text, end) if a.group("unit") and not m.group("scale") else None
            if half:  # `un kilómetro y medio`, `trois mètres et demi`: 1.5, 3.5
                value, end = value + 0.5, half
        elif a and a.group("time") and kind == "count" and not (len(a.group("time")) == 1 and not a.group()[:1].isspace()
                                                               and _table(g, "time_units", a.group("time")) == "second"):  # `80s`, not `9,58 s`
            unit = _table(g, "time_units", a.group("time"))
            every = _frx(t["_lang"], "every").search(text[max(0, start - 14) : start])
            if every and float(value).is_integer():  # `tous les trois jours`
                out.append(Found(start - len(every.group()), a.end(), "set", duration=_duration_iso(value, unit)))  # type: ignore[arg-type]
                continue
            each = _frx(t["_lang"], "each").search(text[max(0, start - 10) : start])
            if each:  # `cada dos años`, `cada 15 minutos`
                out.append(Found(start - len(each.group()), a.end(), "set", duration=_duration_iso(value, unit)))  # type: ignore[arg-type]
                continue
            later = _frx(t["_lang"], "later").match(text, a.end())
            if later and ref is not None and float(value).is_integer():  # `un año antes`
                grain = "year" if unit in ("decade", "century") else unit
                n = int(value) * (10 if unit == "decade" else 1)
                date = _shift(ref, "day", -7 * n if grain == "week" else -n) if grain in ("day", "week") else _shift(ref, grain, -n)
                out.append(Found(start, later.end(), "date", date=date))
                continue
            ago = _frx(t["_lang"], "ago").search(text[max(0, start - 30) : start])  # `vor gut einem Jahr`, `hace casi dos años`
            since = ago and _frx(t["_lang"], "since").search(text[max(0, start - len(ago.group()) - 12) : start - len(ago.group())])
            if ago and not since and ref is not None and float(value).is_integer():
                n = int(value) * (10 if unit == "decade" else 1)
                grain = "year" if unit in ("decade", "century") else unit
                date = _shift(ref, "day", -7 * n if grain == "week" else -n) if grain in ("day", "week") else _shift(ref, grain, -n)
                out.append(Found(start - len(ago.group()), a.end(), "date", date=date))
                continue
            ahead = _ahead(g, text, start) if unit in ("day", "week", "month", "year") else None
            if ahead is not None and ref is not None and float(value).is_integer():  # `dans deux semaines`, `in zwei Wochen, ... wird`
                n = int(value) * (10 if unit == "decade" else 1)
                grain = "year" if unit in ("decade", "century") else unit
                date = _shift(ref, "day", 7 * n if grain == "week" else n) if grain in ("day", "week") else _shift(ref, grain, n)
                out.append(Found(ahead, a.end(), "date", date=date))
                continue
            kind, end = "duration", a.end()
            if unit == "month" and value == 1 and t.get("month_name_links") and _frx(t["_lang"], "month_named").match(text, end):
                continue  # `un mois de février`, `un mes de agosto`: the month named, no duration
            half = _frx(t["_lang"], "half").match(text, end)
            quarter = _frx(t["_lang"], "quarter").match(text, end)
            if half:  # `dos horas y media`
                value, end = value + 0.5, half.end()
            elif quarter and value.is_integer():  # `tres horas y cuarto`, `trois heures et quart`
                value, end = value + 0.25, quarter.end()
            duration = _duration_iso(value, unit)  # type: ignore[arg-type]
            pre = _frx(t["_lang"], "lead_before").search(text, max(0, start - 16), start) if t.get("time_unit_leads_before") else None
            if pre:  # `los últimos cinco años`, `in den letzten fünf Jahren`: the word before the figure is the span's
                start = pre.start()
        elif (m.group("d") and not m.group("scale") and rx(r"(1[89]|20)\d\d").fullmatch(raw)
              and not text[end : end + 1].isdigit()):
            out.append(Found(start, end, "date", date=raw))
            continue
        if kind in ("measure", "percent") and value is not None:
            neg = shapes.negative(t, text, start)  # `minus 12 Grad`, `-18 Grad`
            if neg is not None:
                start, value = neg, -value
        below = _frx(t["_lang"], "below").match(text, end) if kind == "measure" else None
        if below:  # `5 grados bajo cero`
            value, end = -value, below.end()
        q, low, high = "~" if m.group("w") and g.approx.search(raw) else "=", None, None
        qm = g.before_qual.search(text, max(0, start - 30), start) if _ends_before(t["_lang"], "qualifiers", text, max(0, start - 30), start) else None
        if qm and not _compared(g, text, qm.start()):
            q = str(_table(g, "qualifiers", qm.group("q")))
            start = qm.start()
        pq = _post_qualifier(g, text, end)
        if pq:
            q, end = str(_table(g, "post_qualifiers", pq.group("p"))), pq.end()
        if q in (">", ">="):
            low = value
        elif q in ("<", "<="):
            high = value
        if kind in ("count", "measure") and not entity:
            entity = _entity(g, text, end, need_link=False)
            subject = None if entity or kind != "count" or not t.get("count_subjects") else _subject_before(g, text, start)
            if subject and not rx(r"[.;!?]").search(text[subject.end() : start]):  # `Le nombre de naissances ... à 678 000`
                entity = _entity(g, text, subject.end(), need_link=True)
        elif kind == "percent":
            entity = _entity(g, text, end, need_link=True)
        if entity and not pq:  # `1 000 personnes ou davantage`
            at = text.find(entity, end) + len(entity)
            pq = _post_qualifier(g, text, at)
            if pq:
                q, end = str(_table(g, "post_qualifiers", pq.group("p"))), pq.end()
                low, high = (value, None) if q in (">", ">=") else (None, value)
        out.append(Found(start, end, kind, value=value, low=low, high=high, qualifier=q, unit=unit,  # type: ignore[arg-type]
                         entity=entity, duration=duration))
    return _ranges(g, text, out)


@cache
def _last_chars(lang: str, name: str) -> re.Pattern[str]:
    """The last characters of the words of table `name` of `lang`, as a class read in any case."""
    return shapes.last_chars(tuple(grammar(lang).t.get(name, ())))


def _ends_before(lang: str, name: str, text: str, lo: int, at: int) -> bool:
    """Whether a word of table `name` may end in `text[lo:at]` right before the spaces that close it
    (`shapes.word_may_end`): checked before a search of `(?:<words>)[ \u00a0]*$` in that window, which
    tries every position of it. tests/test_fast_paths_lang_cuts.py checks it against the search."""
    return shapes.word_may_end(_last_chars(lang, name), text, lo, at)


@lru_cache(maxsize=2)
def _subject_starts(lang: str, text: str) -> list[int]:
    """Every position where `count_subject` matches in the whole text, in order (a memo, the last two texts)."""
    pattern, out, pos = grammar(lang).count_subject, [], 0
    while (m := pattern.search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def _subject_before(g: Grammar, text: str, start: int) -> re.Match[str] | None:
    """`count_subject` searched in the 160 characters before a figure; not searched where no match of the
    whole text starts in them (a match within the window, its look-ahead read up to the figure, is a
    match of the whole text: the pattern has no end anchor). tests/test_fast_paths_lang_cuts.py checks it."""
    s0 = max(0, start - 160)
    starts = _subject_starts(g.t["_lang"], text)
    i = bisect.bisect_left(starts, s0)
    if i == len(starts) or starts[i] >= start:
        return None
    return g.count_subject.search(text, s0, start)


def _unit_half(g: Grammar, text: str, at: int) -> int | None:
    """The end of `y medio` / `et demi` (`and_half`) right after a unit at `at`, or None; not before a
    scale word (`y medio millón`) or a figure."""
    half = _frx(g.t["_lang"], "unit_half").match(text, at)
    return half.end() if half and g.t.get("and_half") else None


def _post_qualifier(g: Grammar, text: str, at: int) -> re.Match[str] | None:
    """`oder mehr`, `ou plus` right after a figure (matched at `at`), unless its last word opens
    a bound of the next figure (`110 km/h und mehr als sieben Meter`, `ou plus de dix`)."""
    pq = _frx(g.t["_lang"], "post").match(text, at)
    if pq and _frx(g.t["_lang"], "post_bound").match(text, pq.start("p") + pq.group("p").rfind(pq.group("p").split()[-1])):
        return None
    return pq


def _ahead(g: Grammar, text: str, start: int) -> int | None:
    """Where `dentro de` / `dans` / `in` (table `ahead_before`) begins right before a number of days,
    weeks, months or years that is a date that far in the future, or None; with `ahead_not_past` the
    sentence must not speak of the past (German `in` is also a duration: `In zwei Stunden fielen`)."""
    words = g.t.get("ahead_before")
    if not words:
        return None
    m = _frx(g.t["_lang"], "ahead").search(text[max(0, start - 14) : start])
    if not m or (g.t.get("ahead_not_past") and shapes.future(g.t, text, start) is False):
        return None
    return start - len(m.group())


def _article_points(g: Grammar, text: str, at: int, a: re.Match[str]) -> bool:
    """`un punto porcentual`, `d'un point de pourcentage`, `un punto básico`: one point after an article; a bare
    `un punto` / `d'un point` only in a sentence with a percent (`bajó un punto, al 11 %`), not `un punto de encuentro`."""
    if a.group("bps") or (a.group("pts") and " " in a.group("pts").strip()):
        return True
    if not a.group("pts"):
        return False
    lo, hi = max(0, at - 300), at + 300  # the sentence, looked at within 300 characters: a long line stays linear
    s0 = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at), lo - 1) + 1
    s1 = min([j for j in (text.find(". ", at, hi), text.find("\n", at, hi)) if j >= 0] or [hi])
    return bool(rx(_alt(g.t["percent"], False), re.IGNORECASE).search(text, s0, s1))


def _bare_points(g: Grammar, text: str, at: int, a: re.Match[str], value: float) -> bool:
    """`57 puntos` with no percent in its sentence and no `menos`/`más` after: the points of a score."""
    if " ".join(a.group("pts").lower().split()) not in {w.lower() for w in g.t.get("points_bare", ())}:
        return False
    if value > 100:
        return True  # `10.500 puntos`: an index, not percentage points
    if g.t.get("points_bare_whole") and not float(value).is_integer():
        return False  # `2,5 Punkte`: a score has whole points
    s0, s1 = phrases._sentence(text, at)
    if (g.t.get("points_changed_percent") and phrases.change_word_in(g.t["_lang"], text, s0, s1)
            and not _score_word_in(g.t["_lang"], text, s0, s1)):
        return False  # `Die Quote stieg um 2 Punkte`: points that rise or fall are percentage points (not beside `Rang`, `Spieltag`)
    compared = rx(rf"{_SP}{_alt(g.t.get('points_compared', ()))}", re.IGNORECASE).match(text, a.end())
    return not (compared or _percent_in(g.t["_lang"], text, s0, s1))


@lru_cache(maxsize=64)
def _score_word_in(lang: str, text: str, s0: int, s1: int) -> bool:
    """Whether a word of `points_score_words` stands in `text[s0:s1]` (asked once per sentence, not per
    figure in it; never searched for a language without such words)."""
    words = grammar(lang).t.get("points_score_words", ())
    return bool(words) and bool(rx(_alt(words), 0).search(text, s0, s1))


@lru_cache(maxsize=64)
def _percent_in(lang: str, text: str, s0: int, s1: int) -> bool:
    """Whether a percent word stands in `text[s0:s1]` (asked once per sentence, not per figure in it)."""
    return bool(rx(_alt(grammar(lang).t["percent"], False), re.IGNORECASE).search(text, s0, s1))


def _compared(g: Grammar, text: str, at: int) -> bool:
    """`dos puntos por debajo del 5,7 %`: the qualifier words compare the figure before with this one."""
    return bool(_frx(g.t["_lang"], "compared").search(text[max(0, at - 25) : at]))


def _ranges(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """`0,31–0,94 millones de dólares`: two figures joined by a dash are one range row."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        dash = prev is not None and rx(r"[ ]?[–-][ ]?").fullmatch(text[prev.end : f.start])
        if dash and prev.kind == "count" and f.kind in ("money", "measure", "percent"):  # type: ignore[union-attr]
            prev = Found(prev.start, prev.end, f.kind, value=prev.value * _scale_of(text, f), unit=f.unit)  # type: ignore[union-attr, operator]
        scaled = (f.kind == "count" and f.value is not None and prev is not None and prev.value is not None and _scale_of(text, f) > 1
                  and prev.value * _scale_of(text, f) <= f.value)  # `creció de 46 a 48 millones`: 46 million
        if (prev is not None and prev.kind == "count" and not prev.entity and (f.kind in ("money", "measure", "percent", "duration") or scaled)
                and prev.value is not None and _frx(g.t["_lang"], "range_to").fullmatch(text[prev.end : f.start])
                and not _clockish(text, prev, f)
                and _frx(g.t["_lang"], "scaled_digits").fullmatch(text[prev.start : prev.end])):
            v = prev.value * _scale_of(text, f)
            out[-1] = Found(prev.start, prev.end, f.kind, value=v, qualifier=prev.qualifier, low=prev.low, high=prev.high, unit=f.unit,
                            duration=_duration_iso(v, f.unit) if f.kind == "duration" and f.unit else None)  # von 2,6 auf 4,1 Milliarden Euro
        if prev is not None and _joined_range(g, text, prev, f):  # `entre 35 et 38 degrés`, `de 10 à 15 ans`
            lead = _frx(g.t["_lang"], "range_lead").search(text[max(0, prev.start - 12) : prev.start])  # `von 1 bis 2 Prozent`
            scale = _scale_of(text, f)
            if scale == 1.0 and g.words.fullmatch(text[prev.start : prev.end]):  # `entre dos y tres millones`: 2 million
                scale = next((float(v) for w in text[f.start : f.end].split() if (v := _lookup(g.t["scales"], w))), 1.0)  # type: ignore[arg-type]
            bare = prev.kind == "count" and (f.kind != "count" or (scale > 1 and prev.value * scale <= f.value  # type: ignore[operator]
                                                                    and (rx(r"[\d.,' ]+").fullmatch(text[prev.start : prev.end])
                                                                         or g.words.fullmatch(text[prev.start : prev.end]))))
            low = prev.value * (scale if bare else 1.0)  # type: ignore[operator]  # `zwischen 3 und 5 Millionen`: 3 million
            out[-1] = Found(lead.start() + max(0, prev.start - 12) if lead else prev.start, f.end, f.kind, low=low, high=f.value,
                            qualifier="range", unit=f.unit, entity=f.entity)
            continue
        if (dash and prev is not None and prev.kind == f.kind == "count" and prev.value is not None and f.value is not None
                and prev.value >= f.value and rx(r"\d{1,2}[–-]\d{1,2}").fullmatch(text[prev.start : f.end])):
            out.pop()  # `ganó 3-1`, `2-2`: a score, no figure (as English reads `won 3-1`)
            continue
        if (dash and prev is not None and prev.kind in ("count", "money", "measure", "percent") and f.kind == prev.kind
                and prev.value is not None):
            out[-1] = Found(prev.start, f.end, f.kind, low=prev.value, high=f.value, qualifier="range", unit=f.unit,
                            entity=f.entity)
            continue
        if (prev is not None and prev.kind == "count" and f.kind in ("money", "measure", "percent", "duration")
                and rx(r"[ ]?[–-][ ]?").fullmatch(text[prev.end : f.start]) and prev.value is not None
                and f.value is not None and prev.value < f.value):
            out[-1] = Found(prev.start, f.end, f.kind, low=prev.value, high=f.value, qualifier="range", unit=f.unit)
            continue
        out.append(f)
    return out


def _clockish(text: str, prev: Found, f: Found) -> bool:
    """`de 6.00 a 10.00 horas`: hours written with their minutes are clock times, not durations."""
    return f.kind == "duration" and bool(rx(r"\d[.:][0-5]\d(?!\d)").search(text[prev.start : f.end]))


def _joined_range(g: Grammar, text: str, prev: Found, f: Found) -> bool:
    """Whether two figures make one range: `entre A et B`, or `A à B`, also after an approximation
    (`environ A à B`) (`de A à B` only when no change word is near: `passé de 1,5 à 3 milliards` is an
    old and a new level)."""
    kinds = ("count", "money", "measure", "percent", "duration")
    if (prev.kind not in kinds or f.kind not in kinds or prev.value is None or f.value is None or prev.qualifier not in ("=", "~")
            or f.qualifier != "=" or not (prev.kind == f.kind or (prev.kind == "count" and not prev.entity))):
        return False
    if g.date_dmy.match(text, f.start) or g.clock.match(text, f.start) or _clockish(text, prev, f):
        return False  # `del 1 al 15 de agosto`: a day range; `de 6.00 a 10.00 horas`: clock times
    if _frx(g.t["_lang"], "weekday_before").search(text, max(0, prev.start - 14), prev.start):
        return False  # `jeudi 13 à 18 h`: a weekday's day, then its clock
    join = _frx(g.t["_lang"], "range_join").fullmatch(text[prev.end : f.start])
    if not join or (prev.qualifier == "~" and not join.group("to")):
        return False  # `environ 3 000 à 4 000`, `rund 3.000 bis 4.000`: an approximate range is a range
    if join.group("and"):
        return bool(_frx(g.t["_lang"], "range_between").search(text[max(0, prev.start - 12) : prev.start]))
    c = g.t["change"]
    if prev.qualifier == "~" or _frx(g.t["_lang"], "from_or_by").search(text[max(0, prev.start - 6) : prev.start]):
        s0 = max(text.rfind(p, max(0, prev.start - 41), prev.start) for p in ".;!?,")  # one farther back is cut at 40 alike
        words = [w.lower() for w in rx(r"[^\W\d_]+").findall(text[max(s0 + 1, prev.start - 40) : prev.start])]  # `est passé de`
        if any(w.startswith((*c["up"], *c.get("neutral", ()), *c.get("moves", ()))) for w in words):
            return False
        down = any(w.startswith(tuple(c["down"])) for w in words)
        return not down or prev.value < f.value  # type: ignore[operator]  # `a baissé de 10 à 15 %`: a fall of 10 to 15 %, no rise
    return True


def _scale_of(text: str, f: Found) -> float:
    """The scale a figure's own words give it: 1e6 for `0.94 millones de dólares`."""
    m = rx(r"\d+(?:[.,'’ ]\d+)*").search(text[f.start : f.end])
    base = parse_number(m.group()) if m else None
    return f.value / base if base and f.value and f.value / base > 1 and m.group() != text[f.start : f.end] else 1.0  # type: ignore[union-attr]


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
    not_nouns = {w.lower() for w in [*g.t["scales"], *g.t["units"], *g.t["time_units"], *g.t["currency_after"], *g.t["entity_stops"],
                                     *g.t["percent"], *g.t["points"]]}
    after_b = rx(rf"{_SP}?(?:{_alt([*g.t['time_units'], *g.t['units'], *g.t['percent'], *g.t['points']])}|{_alt(g.t['scales'], False)})(?![^\W\d_])",
                 re.IGNORECASE)  # `ein Defizit von 17 Mrd. Euro` is no ratio; `un salarié sur dix gagne` is (no `g` unit)
    for m in rx(rf"(?<![\w])(?<!\d[.,])(?P<a>{num})(?:{_SP}(?P<n>[^\W\d_]+))?{_SP}{per}{_SP}(?P<b>{num})(?![\w]|[.,]\d)", re.IGNORECASE).finditer(text):
        a, b = _value(g, m.group("a")), _value(g, m.group("b"))
        if m.group("n") and (m.group("n").lower() in not_nouns or after_b.match(text, m.end())):
            continue  # `2 milliards sur cinq ans` is no ratio
        if m.group("n") and g.t.get("entity_capitalised") and text[m.end() : m.end() + 4].lstrip(" \u00a0")[:1].isupper():
            continue  # `eine Geldstrafe von 90 Tagessätzen`: a noun after the second figure is its own (`von` is `of`)
        if a is not None and b and a <= b:  # `sechs von zehn`, not `bis 2028 von 18,6`
            qm = g.before_qual.search(text, max(0, m.start() - 30), m.start())  # `Près de 9 Français sur 10`
            out.append(Found(qm.start() if qm else m.start(), m.end(), "ratio", value=a / b,
                             qualifier=str(_lookup(g.t["qualifiers"], qm.group("q"))) if qm else "=",
                             entity=m.group("n") or _entity(g, text, m.end(), False)))
    rate = _alt(g.t["rate_per"], False)
    digits = r"\d+(?:[.,'’ \u00a0]\d{3})*"
    for m in rx(rf"(?<![\w.,])(?P<a>\d+(?:[.,]\d+)?)(?:{_SP}(?P<n>[^\W\d_]+))?{_SP}{rate}{_SP}(?P<b>{digits}|{g.words.pattern})(?![\w])", re.IGNORECASE).finditer(text):  # `6,6 nacimientos por cada mil habitantes`
        a = parse_number(m.group("a"))
        b = parse_number(m.group("b")) if m.group("b")[:1].isdigit() else _word_value(g, m.group("b"))
        written = " ".join(m.group()[m.end("a") - m.start() :].split()[-2:]).lower()  # `5 por 100` is a percent
        if a is not None and b and b >= 10 and str(int(b)).rstrip("0") == "1" and written not in g.t["percent"]:  # per 100, 1000, 100 000
            out.append(Found(m.start(), m.end(), "ratio", value=a / b, qualifier="=", entity=_entity(g, text, m.end(), False)))
    mult = g.t.get("multipliers", {})
    for m in rx(rf"(?<![\w])(?:(?P<w>{_alt(mult.get('words', {}))})|(?P<by>{_alt(mult.get('by', {}), False)}){_SP}(?P<n>{num})(?![\w])"
                         rf"|(?<![\w.,])(?P<k>{num}){_SP}(?:{_alt(mult.get('times', []))})(?!{_SP}(?:{_alt(g.t['sets'])})|/))", re.IGNORECASE).finditer(text):  # `cinq fois par jour` is a frequency
        if m.group("w"):
            v = float(_lookup(mult["words"], m.group("w")))  # type: ignore[arg-type]
        else:
            n = _value(g, m.group("n") or m.group("k"))
            if not n or (m.group("k") and (n < 2 or _lookup(g.t.get("ordinal_words", {}), m.group("k")) is not None)):
                continue  # `pour la quatrième fois` is an ordinal
            v = n ** float(_lookup(mult["by"], m.group("by"))) if m.group("by") else n  # type: ignore[arg-type]
        out.append(Found(m.start(), m.end(), "ratio", value=v, qualifier="="))
    frac = _alt(g.t["fractions"])
    dets = [*g.t["articles"], *g.t.get("fraction_articles", []), *g.t.get("fraction_determiners", ())]  # `die Hälfte`
    links = _alt(g.t.get("point_fraction_links", ()), False)
    point = rf"(?:{_SP}(?:{links}{_SP}?)?|-)(?P<p>{_alt(g.t['points'])})(?![\w])" if links else "(?!)"
    glued = _alt(g.t.get("point_fraction_words", {}))
    for m in rx(rf"(?<![\w])(?:(?:(?P<a>{g.words.pattern}|{_alt(dets, False)}){_SP})?(?P<f>{frac})(?P<pt>{point})?|(?:{_alt(dets, False)}{_SP})?(?P<g>{glued})(?![\w]))",
                re.IGNORECASE).finditer(text):
        if m.group("g"):  # `einen Viertelprozentpunkt`
            a, d = 1.0, 1 / float(_lookup(g.t["point_fraction_words"], m.group("g")))  # type: ignore[arg-type]
        else:
            if not m.group("a") and not m.group("pt"):
                continue  # a fraction alone needs its article or number, unless points follow: `medio punto`
            a = 1.0 if not m.group("a") or m.group("a").lower() in [d.lower() for d in dets] else _value(g, m.group("a"))
            d = _lookup(g.t["fractions"], m.group("f"))
        if a is not None and d:
            start, q = m.start(), "="
            qm = g.before_qual.search(text, max(0, start - 30), start)
            if qm:
                start, q = qm.start(), str(_lookup(g.t["qualifiers"], qm.group("q")))
            whole = rx(rf"(?<![\w])(?P<n>\d+|{g.words.pattern}(?:[ -](?:{g.words.pattern}))*){_SP}(?:{_alt(g.t['and'], False)}){_SP}$", re.IGNORECASE).search(
                text, max(0, m.start() - 40), m.start()) if m.group("a") and not m.group("pt") else None
            n = _value(g, whole.group("n")) if whole else None
            if whole and n is not None and not qm:  # `cinq et un quart`, `sechs und zwei Drittel Millionen`: a whole and a fraction
                sc = rx(rf"{_SP}(?P<s>{_alt(g.t['scales'], False)})(?![\w])").match(text, m.end())
                scale = float(_lookup(g.t["scales"], sc.group("s"))) if sc else 1.0  # type: ignore[arg-type]
                out.append(Found(whole.start(), sc.end() if sc else m.end(), "count", value=(n + a / float(d)) * scale, qualifier="="))  # type: ignore[arg-type]
                continue
            if m.group("pt") or m.group("g"):  # `un cuarto de punto`, `un demi-point`: a fraction of a percentage point
                out.append(Found(start, m.end(), "percent", value=a / float(d), qualifier=q, unit="percentage point"))  # type: ignore[arg-type]
                continue
            out.append(Found(start, m.end(), "ratio", value=a / float(d), qualifier=q,  # type: ignore[arg-type]
                             entity=_entity(g, text, m.end(), True)))
    return out


def _value(g: Grammar, s: str) -> float | None:
    return float(s) if s.isdigit() else _word_value(g, s)


def find(text: str, lang: str, ref: dt.date | None = None) -> list[Found]:
    """Every figure and time expression of `text`, read with `lang`'s tables, in document order;
    where two overlap, the longer one wins (a date over the numbers inside it)."""
    g = grammar(lang)
    cands = (_clocks(g, text, ref) + phrases.clocks(g, text, ref) + _dates(g, text, ref) + _ratios(g, text)
             + phrases.ordinals(g, text) + phrases.numeric_dates(g, text) + phrases.ratio_words(g, text) + phrases.vague(g, text)
             + phrases.vague_durations(g, text) + phrases.split_years(g, text) + phrases.multipliers(g, text)
             + holidays(g, text, ref) + _numbers(g, text, ref))
    cands = shapes.candidates(g.t, text, ref) + cands  # more shapes (each asked for by a key of the table) win ties
    cands.sort(key=lambda f: (-(f.end - f.start), f.kind not in ("date", "time"), f.start))  # a tie: the date
    taken: list[Found] = []
    starts: list[tuple[int, int]] = []  # (start, end) of the rows taken, in order: they never overlap
    for f in cands:
        k = bisect.bisect_left(starts, (f.start, f.end))
        if (k == 0 or starts[k - 1][1] <= f.start) and (k == len(starts) or f.end <= starts[k][0]):
            starts.insert(k, (f.start, f.end))
            taken.append(f)
    taken = joins.cents(g.t, text, joins.merge(g.t, text, sorted(taken, key=lambda f: (f.start, f.end))))
    found = joins.carried(text, phrases.word_ranges(g, text, taken))
    found = phrases.modified_dates(g, text, phrases.join_days(g, text, _day_times(g, text, _intervals(g, text, joins.period_parts(g.t, text, found)))))
    found = phrases.carried_days(g, text, found, ref)
    found = joins.comparisons(g.t, text, phrases.noun_changes(g, text, phrases.comparisons(g, text, changes.changes(g, text, found, lang))))
    found = joins.weekday_years(g.t, text, joins.dated_weekday(g.t, text, found), ref)
    found = joins.period_parts(g.t, text, joins.period_of_year(g.t, text, joins.weekday_in_week(g.t, text, found)))
    if any(f.modifier == "SHIFT" for f in found):  # `el año anterior` after `en 2023`: 2022, as English `the previous year`
        from ..temporal.anchor import shift_relatives

        found = shift_relatives(text, found, ref)
    return [_bounded(f) for f in found]


def _bounded(f: Found) -> Found:
    """A bound's interval where its finder left it out: `Plus d'un Français sur deux` has low 0.5."""
    if f.value is None or f.low is not None or f.high is not None or f.qualifier not in (">", ">=", "<", "<="):
        return f
    return replace(f, low=f.value) if f.qualifier in (">", ">=") else replace(f, high=f.value)


__all__ = ["find", "grammar", "parse_number"]
