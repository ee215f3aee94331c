"""More forms for the table-driven finder (numfacts.lang.finder), each read from optional keys of a
language's `forms.json`; a language without a key simply does not read that form.

* `tense`: the tense of the verb nearest a date (`past` / `future` word endings; `neutral` ones, a
  conditional `devrait`, say neither), so that a weekday
  or a day without its year takes the occurrence the tense points to;
* `clock_leads`, `clock_suffix`, `clock_day_parts`, `clock_minutes`, `clock_named`: clock times
  (`a las 18.30 horas`, `a las 9 de la mañana`, `las ocho y media`, `mediodía`), joined to the day
  written just before them (`el próximo jueves a las 18.30 horas` is one time);
* `relative_day_parts`: `esta tarde`, `anoche` (`2024-06-05TAF`); `fixed_dates`: `los años noventa`;
  a `weekend` unit in `relative_periods` (`el fin de semana`: `2024-W43-WE`);
* `ordinal_forms`, `ordinal_marks`: ordinals (`tercer`, `vigésimo quinto`, `1.º`, `5ª`);
* `range` `from` words: `entre 38 y 42 grados`, `de 10 a 15 euros` are one range row (not when the
  clause states a change: `pasó de 1.080 a 1.134 euros`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..mention import Found
from .shapes import _SP, _TENSE_SPAN, _alt, clock_on, day_of, rx, trie_alt
from .shapes import lookup as _lookup

if TYPE_CHECKING:
    from .finder import Grammar

_WORD = rx(r"[^\W\d_]+")


def _sentence(text: str, i: int) -> tuple[int, int]:
    """The bounds of the sentence around `i`: after the last `. ` or newline before it, up to the next
    one (what `rfind` and `find` from `i` say, read from the text's cuts found once: a long line with
    no full stop stays linear)."""
    dots, lines = _cuts(text)
    k, n = bisect.bisect_right(dots, i - 2), bisect.bisect_right(lines, i - 1)
    a = max(dots[k - 1] if k else -1, lines[n - 1] if n else -1)
    k, n = bisect.bisect_left(dots, i), bisect.bisect_left(lines, i)
    b = [j for j in (dots[k] if k < len(dots) else -1, lines[n] if n < len(lines) else -1) if j >= 0]
    return a + 1, min(b) if b else len(text)


@lru_cache(maxsize=2)
def _clause_marks(text: str) -> list[int]:
    """Where `,`, `;` and `:` stand in the text being read, in order (a memo, the last two texts); a mark
    between two digits (`21,8 %`, `9:30`) is no clause break."""
    return [j for j in (m.start() for m in re.finditer(r"[,;:]", text))
            if not (0 < j < len(text) - 1 and text[j - 1].isdigit() and text[j + 1].isdigit())]


@lru_cache(maxsize=2)
def _cuts(text: str) -> tuple[list[int], list[int]]:
    """Where `. ` and where a newline stand in the text being read, in order (a memo of a pure
    function, holding the last two texts only)."""
    out: tuple[list[int], list[int]] = ([], [])
    for cut, at in zip((". ", "\n"), out):
        j = text.find(cut)
        while j >= 0:
            at.append(j)
            j = text.find(cut, j + 1)
    return out


def tense(g: Grammar, text: str, i: int) -> int:
    """-1 past, 1 future, 0 unknown: the tense of the verb nearest position `i` in its clause (between
    commas), else in its sentence within `reach` characters (`devraient atteindre 38 degrés jeudi, a
    prévenu Météo-France`: the forecast's verb, not the report's)."""
    t = g.t.get("tense")
    if not t:
        return 0
    # The sentence and clause bounds are needed only within `_TENSE_SPAN` of `i` (and back to the word
    # start before it), so each search stops there: a long line with no full stop stays linear.
    sp = text.rfind(" ", 0, max(i - _TENSE_SPAN, 0))  # the word start `lo` moves back to
    b0 = max(sp, 0)
    # the cuts around `i` from the text's cuts found once (by halves): what `rfind` and `find` of `. `, a
    # newline and `,;:` say in the window
    dots, lines = _cuts(text)
    marks = _clause_marks(text)
    k, n = bisect.bisect_right(dots, i - 2) - 1, bisect.bisect_right(lines, i - 1) - 1
    s0 = max(dots[k] if k >= 0 and dots[k] >= b0 else -1, lines[n] if n >= 0 and lines[n] >= b0 else -1) + 1  # exact when it is at or after `b0`
    lo = max(s0, sp)
    k, n = bisect.bisect_left(dots, i), bisect.bisect_left(lines, i)
    ends = [j for j in (dots[k] if k < len(dots) and dots[k] <= i + _TENSE_SPAN else -1,
                        lines[n] if n < len(lines) and lines[n] <= i + _TENSE_SPAN else -1) if j >= 0]
    hi = min(min(ends) if ends else len(text), i + _TENSE_SPAN)
    k = bisect.bisect_left(marks, i)
    c0 = (marks[k - 1] if k and marks[k - 1] >= lo else -1) + 1 or lo  # a clause start before `lo` acts as `lo`
    c1 = marks[k] if k < len(marks) and marks[k] < hi else hi
    starts, ends, lows = _verb_words(text, g.t["_lang"])[:3]
    vidx, vpos, vway = _tense_marks(text, g.t["_lang"])
    a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)  # the words of the window
    cut = b - 1 if b > a and ends[b - 1] > hi else None  # a word cut at `hi` is read as cut
    reach = t.get("reach", 40)
    # The nearest verb that tells a tense or is neutral, the clause's first, then within `reach`; on a
    # tie, the first. Words inside the window read as they do in the whole text (`_tense_marks`), so
    # only the nearest on each side of `i`, of the clause's bounds, are candidates, with the window's
    # first word and a word cut at `hi`, read afresh (no word before the first; the cut one cut).
    pa, pb = bisect.bisect_right(vidx, a), bisect.bisect_left(vidx, cut if cut is not None else b)
    q, l2, r2 = bisect.bisect_left(vpos, i, pa, pb), bisect.bisect_left(vpos, c0, pa, pb) - 1, bisect.bisect_left(vpos, c1, pa, pb)
    cands = [(vpos[n], vway[n]) for n in (q - 1, q, l2, r2) if pa <= n < pb]
    for j in (a, cut):
        if j is not None and j < b:
            k, neutral = _verb(t, text[starts[j] : hi].lower() if j == cut else lows[j], lows[j - 1] if j > a else "")
            if k is not None and (k or neutral):
                cands.append((starts[j], k))
    best, way = None, 0
    for w0, k in cands:
        inside = c0 <= w0 < c1
        if inside or abs(w0 - i) <= reach:
            key = (abs(w0 - i) - (10**6 if inside else 0), w0)
            if best is None or key < best:
                best, way = key, k
    if best is None and t.get("verbless_clause_links") and pa < q <= pb and vpos[q - 1] >= lo and _verbless_linked(t, text, c0, i):
        way = vway[q - 1]  # a clause with no verb (`, mardi.`, `, dos décimas menos que en septiembre`): the sentence's verb before it
    return way


def _verbless_linked(t: dict, text: str, c0: int, i: int) -> bool:
    """Whether a clause with no verb reads in its sentence's tense: the date opens it (`, mardi.`, `, el martes.`) or a
    comparison links it back (`verbless_clause_links`: `, dos décimas menos que en septiembre`); not `, con entrada en
    vigor en enero`, which looks ahead of the verb before it."""
    words = [w.lower() for w in _WORD.findall(text[c0:i])]
    return len(words) <= 1 or bool(set(words) & set(t["verbless_clause_links"]))


@lru_cache(maxsize=2)
def _tense_marks(text: str, lang: str) -> tuple[list[int], list[int], list[int]]:
    """The words of the text being read that `tense` can pick, each read with the word before it as
    in a window that starts before it: their indices, starts and tense (-1, 1, or 0 for a neutral
    verb); a memo of a pure function, holding the last two texts only."""
    from .finder import grammar

    t = grammar(lang).t["tense"]
    starts, _, lows, verbs, read = _verb_words(text, lang)
    parts, aux_words, pairs = tuple(t.get("participles", ())), t.get("past_aux", ()), t.get("past_aux_pairs", ())
    vidx, vpos, vway = [], [], []
    for j in verbs:
        k, neutral = read[j]
        if k == 0 and not neutral and j and lows[j].endswith(parts) and (
                lows[j - 1] in aux_words or (j > 1 and f"{lows[j - 2]} {lows[j - 1]}" in pairs)):
            k = -1  # `han llegado` (see `_verb`); `s'est modérée`, `se sont établies` (`past_aux_pairs`)
        if k or neutral:
            vidx.append(j)
            vpos.append(starts[j])
            vway.append(k)
    return vidx, vpos, vway


def _verb(t: dict, low: str, aux: str) -> tuple[int | None, bool]:
    """The tense of one word (-1, 1, 0) and whether it is a neutral verb, or (None, False) when it is
    too short or no verb; `aux` is the word before it (`han llegado`)."""
    if len(low) < 4 or low in t.get("not_verbs", ()):
        return None, False
    neutral = low.endswith(tuple(t.get("neutral", ())))  # `devrait`: a conditional, the nearest verb but no tense
    k = 0 if neutral else -1 if low.endswith(tuple(t["past"])) else 1 if low.endswith(tuple(t["future"])) else 0
    if not k and not neutral and low.endswith(tuple(t.get("participles", ()))) and aux in t.get("past_aux", ()):
        k = -1  # `han llegado`, `fue aprobado`; `será aprobado` is the future of `será`
    return k, neutral


@lru_cache(maxsize=2)
def _verb_words(text: str, lang: str) -> tuple[list[int], list[int], list[str], list[int], dict[int, tuple[int | None, bool]]]:
    """The words of the text being read (starts, ends, lower-cased), the indices of those that can
    tell a tense and how each reads without the word before it (read once per text, as `tense` asks
    per date): a memo of a pure function,
    holding the last two texts only."""
    from .finder import grammar

    t = grammar(lang).t["tense"]
    words = [(w.start(), w.end(), w.group().lower()) for w in _WORD.finditer(text)]
    starts, ends, lows = [w[0] for w in words], [w[1] for w in words], [w[2] for w in words]
    parts = tuple(t.get("participles", ()))
    once: dict[str, tuple[int | None, bool]] = {}  # each distinct word read once (`_verb` is pure)
    read = {j: once[low] if low in once else once.setdefault(low, _verb(t, low, "")) for j, low in enumerate(lows) if len(low) >= 4}
    verbs = [j for j, low in enumerate(lows) if j in read and (read[j][0] or read[j][1] or (read[j][0] is not None and low.endswith(parts)))]
    return starts, ends, lows, verbs, {j: read[j] for j in verbs}


def by_tense(g: Grammar, text: str, i: int, date: str, ref: dt.date | None) -> str:
    """A day or month written without its year, moved a year where the tense says it lies on the
    other side of the reference date (`Desde el 1 de enero han llegado`, written in October)."""
    if ref is None or date.startswith("X"):
        return date
    y, m = int(date[:4]), int(date[5:7])
    gap = (y - ref.year) * 12 + m - ref.month  # months from ref; a day within a month of ref stays
    if len(date) == 10:
        days = (dt.date(y, m, int(date[8:])) - ref).days if int(date[8:]) <= 28 else gap * 30
        gap = 0 if abs(days) <= 31 else gap
    if -1 <= gap <= 1:
        return date  # near ref: it stays, whatever the tense (not read)
    way = tense(g, text, i)
    if way < 0 and gap > 1:
        return str(y - 1) + date[4:]
    if way > 0 and gap < -1:
        return str(y + 1) + date[4:]
    return date


def weekend(g: Grammar, text: str, i: int, ref: dt.date, n: int | None) -> str:
    """`el fin de semana` (by tense: the last one or the coming one), `este`, `pasado`, `próximo`
    (`next`: the next to come, this week's on a weekday, as `el próximo sábado` is the coming Saturday)."""
    if n == "next":
        n = 1 if ref.weekday() >= 5 else 0
    if n is None:
        n = 0 if ref.weekday() >= 5 or tense(g, text, i) >= 0 else -1
    y, w, _ = (ref + dt.timedelta(weeks=n)).isocalendar()
    return f"{y}-W{w:02d}-WE"


def _hour_value(g: Grammar, s: str) -> int | None:
    if s.isdigit():
        return int(s)
    from .finder import _word_value

    v = _word_value(g, s)
    return int(v) if v is not None and float(v).is_integer() else None


def clocks(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    """Clock times (see the module docstring); the day is ref's unless a day is written before."""
    t = g.t
    if not t.get("clock_leads"):
        return []
    words = g.words.pattern
    hour = rf"(?P<h>[01]?\d|2[0-4]|{words})"
    mins = rf"(?:[.:h](?P<mi>[0-5]\d)|{_SP}(?P<mw>{_alt(t['clock_minutes'])})(?![\w])|{_SP}(?P<sign>y|menos){_SP}(?P<mn>{words}))"
    ampm = rf"(?:(?:{_SP})?(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)(?![\w]))"
    part = rf"(?:{_SP}(?P<part>{_alt(t['clock_day_parts'])})(?![\w]))"
    after = rf"(?:{_SP}(?P<suf>{_alt(t['clock_suffix'])})(?![\w]))"
    lead = rf"(?<![\w])(?P<lead>{_alt(t['clock_leads'])}){_SP}"
    pat = rx(rf"{lead}{hour}(?:(?<=\d)(?![\d,])|(?<!\d)(?![\w,])){mins}?{ampm}?{part}?{after}?|(?<![\w.,])(?P<h2>[01]?\d|2[0-3])[.:](?P<mi2>[0-5]\d){_SP}"
                     rf"(?P<suf2>{_alt(t['clock_suffix'])})(?![\w])", re.IGNORECASE)
    out = []
    weak = [w.lower() for w in t.get("clock_leads_weak", ())]  # (built once per text, not per clock)
    joined = rx(rf"{_SP}(?:{_alt([*t['range'].get('and', ()), *t['range'].get('to', ())])}){_SP}$", re.IGNORECASE)
    for m in pat.finditer(text):
        if m.group("h2"):
            h, mi, start = int(m.group("h2")), int(m.group("mi2")), m.start("h2")
        else:
            h = _hour_value(g, m.group("h"))  # type: ignore[assignment]
            if h is None or h > 24:
                continue
            bare = m.group("lead").lower() in weak
            second = bool(out) and bool(joined.fullmatch(" " + text[out[-1].end : m.start()]))
            if bare and not (m.group("mi") or m.group("mw") or m.group("part") or m.group("ap") or m.group("mn") or second):
                continue  # `las 24 horas` is a duration, `las 7 comunidades` a count; not `entre las 9 y las 14 horas`
            if not (m.group("mi") or m.group("mw") or m.group("part") or m.group("ap") or m.group("suf") or m.group("mn")):
                nxt = rx(r"[ \u00a0]*([^\W\d_]+)").match(text, m.end())
                if nxt and nxt.group(1).lower() not in t["entity_stops"]:
                    continue  # `a las 7 comunidades`
            mi = int(m.group("mi") or 0)
            if m.group("mw"):
                mi = int(t["clock_minutes"][next(k for k in t["clock_minutes"] if k.lower() == " ".join(m.group("mw").lower().split()))])
            elif m.group("mn"):
                k = _hour_value(g, m.group("mn"))
                if k is None or k >= 60:
                    continue
                mi = k if m.group("sign").lower() == "y" else -k
            if mi < 0:
                h, mi = (h - 1) % 24, 60 + mi
            way = (m.group("ap") or "").lower().replace(".", "").replace(" ", "")
            if m.group("part"):
                way = str(t["clock_day_parts"][next(k for k in t["clock_day_parts"] if k.lower() == " ".join(m.group("part").lower().split()))])
            if way == "night":  # `las 10 de la noche` 22:00, `las doce de la noche` 00:00
                h = 0 if h == 12 else h + 12 if h < 12 else h
            if way == "pm" and h < 12:
                h += 12
            elif way == "am" and h == 12:
                h = 0
            start = m.start("h")
        if h == 24:
            h = 0
        end = m.end()
        day = ref.isoformat() if ref else "XXXX-XX-XX"
        out.append(Found(start, end, "time", date=f"{day}T{h:02d}:{mi:02d}"))
    for m in rx(rf"(?<![\w]){_alt(t.get('clock_named', {}))}(?![\w])", re.IGNORECASE).finditer(text):
        hm = next(v for k, v in t["clock_named"].items() if k.lower() == " ".join(m.group().lower().split()))
        out.append(Found(m.start(), m.end(), "time", date=f"{ref.isoformat() if ref else 'XXXX-XX-XX'}T{hm}"))
    return out


def numeric_dates(g: Grammar, text: str) -> list[Found]:
    """`21/04/2016`, `3-7-2017`, `13.5.2015`, `05/05/89` (the table's `numeric_date` order, e.g. `dmy`)
    and `2015/08/12`: a day, a month and a year written in figures."""
    order = g.t.get("numeric_date")
    if not order:
        return []
    out = []
    pat = r"(?<![\w.,/-])(?:(?P<Y>(?:1[89]|20)\d\d)(?P<s0>[/.-])(?P<M>\d{1,2})(?P=s0)(?P<D>\d{1,2})|(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d\d))(?![\w/]|[.,-]\d)"
    for m in re.finditer(pat, text):
        if m.group("Y"):
            y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
        else:
            parts = {order[0]: int(m.group("a")), order[1]: int(m.group("b"))}
            d, mo, y = parts.get("d", 0), parts.get("m", 0), int(m.group("y"))
            if len(m.group("y")) == 2:
                y += 2000 if y < 50 else 1900
        try:
            out.append(Found(m.start(), m.end(), "date", date=dt.date(y, mo, d).isoformat()))
        except ValueError:
            continue
    return out


def split_years(g: Grammar, text: str) -> list[Found]:
    """`el curso 2023-2024`, `la temporada 2022-23`, `2023/24`: one interval of two years in a row or
    close (`2019-2023`), in a language whose table sets `numeric_date`."""
    if not g.t.get("numeric_date"):
        return []
    out = []
    for m in rx(r"(?<![\w.,/-])(?P<a>(?:19|20)\d\d)[-–/](?P<b>(?:19|20)?\d\d)(?![\w/]|[-–.,]\d)").finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b < 100:
            b += a // 100 * 100
        if a < b <= a + 30:
            out.append(Found(m.start(), m.end(), "date", date=f"{a}/{b}"))
    return out


def modified_dates(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """A year or month written after a word placing it early, in the middle or late (`date_modifiers`:
    `finales de 2025`, `a mediados de abril`, `fin juin`, `début 2027`, `mi-avril`) is one date with it;
    the value keeps the year or month (the modifier is dropped, as `the end of 2005` is `2005`)."""
    mods = g.t.get("date_modifiers")
    if not mods:
        return found
    before = rx(rf"(?<![\w])(?:{_alt(mods)})(?:{_SP}|(?<=-))$", re.IGNORECASE)
    out, prev_end = [], 0
    for f in found:
        if f.kind == "date" and f.date and _YEAR_OR_MONTH.match(f.date):
            m = before.search(text, max(prev_end, f.start - 30), f.start)
            if m:
                f = replace(f, start=m.start())
        out.append(f)
        prev_end = f.end
    return out


_YEAR_OR_MONTH = rx(r"^\d{4}(?:-\d\d)?$")


def join_days(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """A day written just before a clock time (`el lunes a las 9`, `hoy a las 17.00 horas`) is one time;
    a weekday just before its date (`el lunes 12 de enero de 2016`) is one date."""
    link = g.t.get("clock_leads")
    if not link:
        return found
    out: list[Found] = []
    day_link = rf"{_SP}{_alt(g.t.get('clock_day_links', ()))}{_SP}"
    for f in found:
        prev = out[-1] if out else None
        if (f.kind == "date" and prev is not None and prev.kind == "time" and prev.date and f.date and len(f.date) == 10
                and re.fullmatch(day_link, text[prev.end : f.start], re.IGNORECASE)):
            out[-1] = Found(prev.start, f.end, "time", date=f.date + prev.date[10:])  # `a las 23.45 horas del sábado`
            continue
        if (f.kind == "time" and prev is not None and prev.kind in ("count", "time") and f.date and len(f.date) == 16
                and rx(r"[01]?\d[.:][0-5]\d").fullmatch(text[prev.start : prev.end])
                and rx(rf"{_SP}{_alt([*g.t['range']['to'], *g.t['range']['and']])}{_SP}(?:{_alt(g.t['clock_leads'])}{_SP})?", re.IGNORECASE).fullmatch(text[prev.end : f.start])):
            hh, mm = rx(r"[.:]").split(text[prev.start : prev.end])
            start = f"{f.date[:11]}{int(hh):02d}:{mm}"
            out[-1] = Found(prev.start, f.end, "time", date=f"{start}/{f.date}")  # `de 6.00 a 10.00 horas`
            continue
        if (f.kind == "date" and prev is not None and prev.kind == "date" and prev.date and f.date and len(f.date) == 4
                and f.date.isdigit() and len(prev.date) in (7, 10) and prev.date[4] == "-" and not rx(r"\d{4}").search(text[prev.start : prev.end])
                and rx(rf"{_SP}{_alt(g.t['date_links'])}{_SP}", re.IGNORECASE).fullmatch(text[prev.end : f.start])
                and not f.date == text[f.start : f.end]):  # `mayo del año pasado`, `el primer trimestre del año pasado`
            out[-1] = Found(prev.start, f.end, "date", date=f.date + prev.date[4:])
            continue
        if (f.kind == "date" and prev is not None and prev.kind == "date" and prev.date and f.date and len(prev.date) == 10
                and len(f.date) == 10 and rx(r",?[ \u00a0]").fullmatch(text[prev.end : f.start]) and rx(r"\d").search(text[f.start : f.end])
                and rx(rf"(?:{_alt(g.t.get('weekday_before', {}))}{_SP})?{_alt(g.t['weekdays'])}", re.IGNORECASE).fullmatch(text[prev.start : prev.end])):
            out[-1] = Found(prev.start, f.end, "date", date=f.date)
            continue
        if (f.kind == "time" and prev is not None and prev.kind == "date" and (day := day_of(prev.date))
                and f.date and rx(rf",?{_SP}{_alt(link)}{_SP}", re.IGNORECASE).fullmatch(text[prev.end : f.start])):
            out[-1] = Found(prev.start, f.end, "time", date=clock_on(day, prev.date, day + f.date[10:]))  # type: ignore[arg-type]
            continue
        out.append(f)
    return out


def carried_days(g: Grammar, text: str, found: list[Found], ref: dt.date | None) -> list[Found]:
    """A bare clock in a clause joined by `and` to a clock on a written day takes that day (`abrirán el domingo
    a las 9.00 horas y cerrarán a las 20.00`, `ouvriront dimanche à 8 heures et fermeront à 20 heures`): the
    bare clock (a figure and the words of `bare_clock_words`), read on the reference day, is moved to the day of the last
    time row before it in its sentence."""
    if ref is None or not g.t.get("bare_clock_words"):
        return found
    today = ref.isoformat()
    suffix = {w.lower() for w in g.t["bare_clock_words"]}
    joins = rx(rf"(?<![\w]){_alt(g.t['range']['and'])}(?![\w])", re.IGNORECASE)
    out, last = list(found), None
    for i, f in enumerate(out):
        if f.kind not in ("date", "time"):
            continue
        p, last = last, i
        if (p is None or f.kind != "time" or not f.date or f.date[:10] != today or len(f.date) != 16 or out[p].kind != "time"
                or not out[p].date or out[p].date[:10] == today or not re.fullmatch(r"\d{4}-\d\d-\d\dT.*", out[p].date)):
            continue
        gap = text[out[p].end : f.start]
        if (len(gap) > 60 or ". " in gap or not joins.search(gap)
                or any(w.lower() not in suffix for w in _WORD.findall(text[f.start : f.end]))):
            continue
        out[i] = replace(f, date=out[p].date[:10] + f.date[10:])
    return out


def ordinals(g: Grammar, text: str) -> list[Found]:
    """`tercer`, `vigésimo quinto` (the words add up), `1.º`, `5ª`, `30º`."""
    t = g.t
    words = t.get("ordinal_forms")
    if not words:
        return []
    out = []
    one = trie_alt(words, True)  # `_alt(words)` as a prefix tree (the pattern reads any case): each first letter tried once
    arts = [a.lower() for a in t["articles"]]
    for m in rx(rf"(?<![\w]){one}(?:{_SP}{one})*(?![\w])", re.IGNORECASE).finditer(text):
        before = _WORD.findall(text[max(0, m.start() - 8) : m.start()])
        if before and before[-1].lower() in arts:
            continue  # `un segundo`, `un cuarto`: a second, a quarter
        nxt = _WORD.match(text, m.end() + 1)
        if nxt and nxt.group().lower() in t.get("ordinal_not_before", ()):
            continue  # `de segunda mano`: second-hand
        total = 0.0
        for w in re.split(_SP, m.group()):
            v = next((v for k, v in words.items() if k.lower() == w.lower()), None)
            total += float(v or 0)
        out.append(Found(m.start(), m.end(), "ordinal", value=total))
    suf = t.get("ordinal_marks")
    if suf:
        for m in rx(rf"(?<![\w.,])(?P<n>\d{{1,4}})(?P<s>{'|'.join(re.escape(s) for s in sorted(suf, key=len, reverse=True))})(?![\w])").finditer(text):
            out.append(Found(m.start(), m.end(), "ordinal", value=float(m.group("n"))))
    return out


_AMOUNTS = ("count", "money", "measure", "percent", "duration")


@lru_cache(maxsize=128)
def change_word_in(lang: str, text: str, s0: int, s1: int, moves: bool = False) -> bool:
    """Whether a word of `text[s0:s1]` starts with a change word of the table (`up`, `down`, and with
    `moves` its `moves` too), as written or in lower case (German nouns are capitalised): read once
    per sentence, not per figure or pair of figures in it."""
    from .finder import grammar

    c = grammar(lang).t["change"]
    stems = (*c["up"], *c["down"], *(c.get("moves", ()) if moves else ()))
    return any(w.startswith(stems) or w.lower().startswith(stems) for w in _WORD.findall(text, s0, s1))


def word_ranges(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """`entre 38 y 42 grados`, `entre el 3 % y el 5 %`, `de 10 a 15 euros`: one range row."""
    r = g.t["range"]
    if not r.get("from"):
        return found
    art = rf"(?:{_alt(r.get('articles', []))}{_SP})?"
    # built once per text, not per pair of figures
    between, from_ = rx(rf"(?<![\w]){_alt(r['between'])}{_SP}{art}$", re.IGNORECASE), rx(rf"(?<![\w]){_alt(r['from'])}{_SP}{art}$", re.IGNORECASE)
    and_, to = rx(rf"{_SP}{_alt(r['and'])}{_SP}{art}", re.IGNORECASE), rx(rf"{_SP}{_alt(r['to'])}{_SP}{art}", re.IGNORECASE)
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is None or prev.kind not in _AMOUNTS or f.kind not in _AMOUNTS or prev.value is None or f.value is None
                or prev.qualifier != "=" or f.qualifier != "=" or prev.change or (prev.kind != f.kind and prev.kind != "count")
                or (prev.entity and prev.entity != f.entity)):
            out.append(f)
            continue
        mid = text[prev.end : f.start]
        lead_and = between.search(text[max(0, prev.start - 16) : prev.start])
        lead_to = from_.search(text[max(0, prev.start - 16) : prev.start])
        joined_and = and_.fullmatch(mid)
        joined_to = to.fullmatch(mid)
        if not ((lead_and and joined_and) or (lead_to and joined_to)):
            out.append(f)
            continue
        if lead_to:
            s0, s1 = _sentence(text, prev.start)
            if change_word_in(g.t["_lang"], text, s0, s1, moves=True):
                out.append(f)
                continue  # `pasó de 1.080 a 1.134 euros`: a change, not a range
        scale = 1.0
        digits = rx(r"[\d.,' ]+").fullmatch(text[prev.start : prev.end])
        if prev.kind == "count" and f.kind != "count" and digits:
            from .finder import _scale_of

            scale = _scale_of(text, f)
        start = prev.start - len(lead_and.group()) if lead_and else prev.start
        out[-1] = Found(start, f.end, f.kind, low=prev.value * scale, high=f.value, qualifier="range", unit=f.unit,
                        entity=f.entity)
    return out


def is_verb(g: Grammar, word: str) -> bool:
    """A word with a past or future ending of the `tense` table (`recibieron`): it ends an entity."""
    t = g.t.get("tense")
    low = word.lower()
    if not t:
        return False
    not_verbs, endings = _verb_endings(g.t["_lang"])
    return len(low) > 4 and low not in not_verbs and low.endswith(endings)


@cache
def _verb_endings(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """`lang`'s words that are no verb and its past and future endings, gathered once per language."""
    from .finder import grammar

    t = grammar(lang).t["tense"]
    return frozenset(t.get("not_verbs", ())), tuple(t["past"]) + tuple(t["future"])


def _qualified(g: Grammar, text: str, start: int) -> tuple[int, str]:
    qm = g.before_qual.search(text, max(0, start - 30), start)
    return (qm.start(), str(_lookup(g.t["qualifiers"], qm.group("q")))) if qm else (start, "=")


def ratio_words(g: Grammar, text: str) -> list[Found]:
    """`la mitad de los jóvenes` 0.5, `el doble` 2 (the table's `ratio_words`), with a qualifier before."""
    words = g.t.get("ratio_words")
    if not words:
        return []
    from .finder import _entity

    out = []
    for m in rx(rf"(?<![\w]){_alt(words)}(?![\w])", re.IGNORECASE).finditer(text):
        start, q = _qualified(g, text, m.start())
        value = float(_lookup(words, " ".join(m.group().split())))  # type: ignore[arg-type]
        low, high = (value, None) if q in (">", ">=") else (None, value) if q in ("<", "<=") else (None, None)
        out.append(Found(start, m.end(), "ratio", value=value, low=low, high=high, qualifier=q,
                         entity=_entity(g, text, m.end(), True)))
    return out


def multipliers(g: Grammar, text: str) -> list[Found]:
    """`cuatro veces más`, `tres veces superior` (`times_after`), `se multiplicó por tres`
    (`times_before`): a ratio, value the multiplier."""
    t = g.t
    if not (t.get("times_after") or t.get("times_before")):
        return []
    from .finder import _value

    num = rf"(?:\d+(?:,\d+)?|{_alt(t['numbers']) if t.get('times_glued') else g.words.pattern})"
    out = []
    sep = rf"(?:{_SP}|-)?" if t.get("times_glued") else _SP  # German `dreimal so hoch`, `3-mal mehr`
    pat = (rf"(?<![\w])(?:(?P<n>{num}){sep}{_alt(t.get('times_after', ()))}(?![\w])"
           rf"|{_alt(t.get('times_before', ()))}{_SP}(?P<m>{num})(?![\w]))")
    for m in re.finditer(pat, text, re.IGNORECASE):
        raw = m.group("n") or m.group("m")
        v = float(raw.replace(",", ".")) if raw[0].isdigit() else _value(g, raw)
        if v and v > 1:
            out.append(Found(m.start(), m.end(), "ratio", value=v))
    return out


def vague(g: Grammar, text: str) -> list[Found]:
    """`miles de personas` (1000, `~`), `cientos de`, `decenas de`: the table's `vague_counts`, only
    before an entity link."""
    words = g.t.get("vague_counts")
    if not words:
        return []
    from .finder import _entity

    out = []
    for m in rx(rf"(?<![\w]){_alt(words)}(?={_SP}{_alt(g.t['entity_links'])}[ \u00a0])", re.IGNORECASE).finditer(text):
        entity = _entity(g, text, m.end(), True)
        if entity:
            value = float(_lookup(words, " ".join(m.group().split())))  # type: ignore[arg-type]
            out.append(Found(m.start(), m.end(), "count", value=value, qualifier="~", entity=entity))
    return out


_CHANGED = ("count", "percent", "money", "measure")


def _with(f: Found, change: str, role: str, **kw: object) -> Found:
    fields = {k: getattr(f, k) for k in ("value", "low", "high", "qualifier", "unit", "entity", "date", "duration")}
    fields.update(kw)
    return Found(f.start, f.end, f.kind, change=change, role=role, **fields)  # type: ignore[arg-type]


_LEVEL_REACH = 400  # characters around a difference where its sentence's new level is looked for


def comparisons(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """A difference stated against an earlier time (`120.000 más que un año antes`, `1,5 puntos menos
    que en 2019`, `dos puntos por debajo del 5,7 %`): the difference is the size (`by`) of a rise or a
    fall (the table's `change.comparison`), the first figure of the sentence before it with no role the
    new level (`to`), a figure right after the comparison the old one (`from`). Against a group
    (`un 18,7 % menos que los hombres`) it is no change."""
    words = g.t["change"].get("comparison")
    if not words:
        return found
    out = list(found)
    starts = [o.start for o in out]  # in order; a figure's row keeps its start
    said = rx(rf"{_SP}(?P<w>{_alt(words)})(?![\w])", re.IGNORECASE)  # built once per text, not per figure
    unsaid = (rx(rf"{_SP}(?P<w>{_alt(g.t['change']['comparison_alone'])})(?=[ \u00a0]*(?:[.,;:)]|$))", re.IGNORECASE)
              if g.t["change"].get("comparison_alone") else None)
    for i, f in enumerate(out):
        if f.kind not in _CHANGED:
            continue
        m = said.match(text, f.end)
        alone = unsaid.match(text, f.end) if not m and unsaid is not None else None
        if not (m or alone):
            continue
        if alone:  # `66,2 millones de pasajeros, un 9,9 % más.`: against the time before, left unsaid
            way = str(_lookup(g.t["change"]["comparison_alone"], alone.group("w")))
            s0, s1 = _sentence(text, f.start)
            old, when = None, True
        else:
            way = str(words[next(k for k in words if k.lower() == " ".join(m.group("w").lower().split()))])
            at = m.end()
            s0, s1 = _sentence(text, f.start)
            j = bisect.bisect_left(starts, at, i + 1)
            nxt = out[j] if j < len(out) else None
            old = nxt if nxt is not None and nxt.kind in _CHANGED and not text[at : nxt.start].strip(" ") else None
            when = nxt is not None and nxt.kind in ("date", "time") and nxt.start - at <= 35 and nxt.start < s1
            times = g.t["change"].get("comparison_times")
            if not when and times:  # `un 18 % más que la anterior`: the time before, named without a date
                when = bool(rx(rf"{_SP}(?:{_alt(times)})(?![\w])", re.IGNORECASE).match(text, at))
        if not (old or when):
            if f.change and f.role == "by":  # `un 18,7 % menos que los hombres`: a gap between groups
                out[i] = Found(f.start, f.end, f.kind, value=f.value, low=f.low, high=f.high, qualifier=f.qualifier,
                               unit=f.unit, entity=f.entity, date=f.date, duration=f.duration)
            continue
        lo = bisect.bisect_left(starts, max(s0, f.start - _LEVEL_REACH))  # the sentence within reach: a long line stays linear
        hi = bisect.bisect_left(starts, min(s1, f.end + _LEVEL_REACH))
        if f.change and not (f.change == way and f.role == "by" and not any(out[k].role == "to" for k in range(lo, hi))):
            continue  # `un 2,7 % menos que`: a change word of its own, the same way, and no new level yet
        out[i] = _with(f, way, "by")
        if old is not None:
            out[j] = _with(old, way, "from")
        levels = [k for k in range(lo, i) if out[k].kind in _CHANGED and not out[k].role
                  and (f.unit != "percentage point" or out[k].kind == "percent")]
        plain = [k for k in levels if out[k].kind != "measure"] or levels  # `Un departamento de 60 metros cuadrados cuesta 150.000 dólares, un 10 % más`
        level = next((k for k in levels if out[k].kind == f.kind != "percent"), plain[0] if plain else None)  # `41 escaños, nueve más que`
        if level is not None:
            out[level] = _with(out[level], way, "to")
    return out


def noun_changes(g: Grammar, text: str, found: list[Found]) -> list[Found]:
    """A level followed, after a comma, by the size of its change stated as a noun (`change.nouns`:
    `2 300 passages, en hausse de 12 %`, `1.240 casos, un aumento del 18 %`, `122 millions, soit une hausse
    de 5 %`) is that change's new level (`to`): the nearest figure before the comma, in its sentence, with
    no role yet (one with a role, or none, leaves the sentence as it is)."""
    nouns = g.t["change"].get("nouns")
    if not nouns:
        return found
    noun = rx(rf"(?<![\w])(?:{_alt(nouns)})(?![\w])", re.IGNORECASE)
    out = list(found)
    for i, f in enumerate(out):
        if f.role != "by" or f.kind not in _CHANGED or not f.change:
            continue
        s0 = _sentence(text, f.start)[0]
        comma = text.rfind(",", s0, f.start)
        while comma > 0 and text[comma - 1].isdigit() and text[comma + 1 : comma + 2].isdigit():
            comma = text.rfind(",", s0, comma)
        words = _WORD.findall(text[comma + 1 : f.start]) if comma >= 0 else []
        at = next((k for k, w in enumerate(words[:4]) if noun.fullmatch(w)), None)  # a noun past the 4th word is passed by below
        if at is None or at > 3 or len(words) - at > 3:
            continue  # the noun opens the clause and its figure follows it (`, soit une hausse de 5 %`), not `, en comparación con un aumento del`
        k = i - 1
        while k >= 0 and out[k].start >= s0 and (out[k].end > comma or out[k].kind not in _CHANGED):
            k -= 1  # figures after the comma, dates and durations before it are passed by
        if k < 0 or out[k].start < s0 or out[k].role or out[k].change:
            continue
        out[k] = _with(out[k], f.change, "to")
    return out


def seasons(g: Grammar, text: str, ref: dt.date | None) -> list[Found]:
    """`el verano de 2022` (`2022-SU`), `este invierno`, `la próxima primavera`, `en otoño` (the table's
    `season_words`, `season_leads`); not a season used as an adjective (`rebajas de verano`)."""
    t = g.t
    if not t.get("season_words"):
        return []
    before = _alt(t.get("season_leads", {}))
    pat = rf"(?<![\w])(?:(?P<b>{before}){_SP})?(?P<s>{_alt(t['season_words'])})(?:{_SP}(?:{_alt(t['date_links'])}{_SP})?(?P<y>\d{{4}})(?!\d))?(?![\w])"
    out = []
    for m in re.finditer(pat, text, re.IGNORECASE):
        code = str(_lookup(t["season_words"], m.group("s")))
        if (not (m.group("b") or m.group("y")) and rx(rf"(?<![\w]){_alt(t.get('season_not_after', ()))}{_SP}$", re.IGNORECASE).search(text[max(0, m.start() - 6) : m.start()])
                and not rx(rf"(?<![\w]){_alt(t.get('season_time_links', ()))}{_SP}$", re.IGNORECASE).search(text[max(0, m.start() - 16) : m.start()])):
            continue  # `rebajas de verano` is no date; `antes del verano` is (`season_time_links`)
        if m.group("y"):
            year = m.group("y")
        elif ref is None:
            year = "XXXX"
        else:
            n = int(_lookup(t["season_leads"], m.group("b")) or 0) if m.group("b") else 0  # type: ignore[arg-type]
            year = str(ref.year + n)
        out.append(Found(m.start(), m.end(), "date", date=f"{year}-{code}"))
    return out


def vague_durations(g: Grammar, text: str) -> list[Found]:
    """`durante años`, `tras meses de negociación`, `desde hace semanas`: a duration with a unit and no
    value (`PXY`, `PXM`), the table's `vague_duration_before` then a plural time unit."""
    t = g.t
    if not t.get("vague_duration_before"):
        return []
    units = {k: v for k, v in t["time_units"].items() if k.endswith("s") and len(k) > 3}
    iso = {"year": "PXY", "month": "PXM", "week": "PXW", "day": "PXD", "hour": "PTXH", "minute": "PTXM", "decade": "PXDE"}
    out = []
    for m in rx(rf"(?<![\w]){_alt(t['vague_duration_before'])}{_SP}(?P<u>{_alt(units)})(?![\w])", re.IGNORECASE).finditer(text):
        unit = str(_lookup(units, m.group("u")))
        if unit in iso:
            out.append(Found(m.start("u"), m.end(), "duration", unit=unit, duration=iso[unit]))
    return out


__all__ = ["by_tense", "multipliers", "split_years", "vague_durations", "seasons", "comparisons", "is_verb", "ratio_words", "vague", "clocks", "join_days", "numeric_dates", "ordinals", "tense", "weekend", "word_ranges"]
