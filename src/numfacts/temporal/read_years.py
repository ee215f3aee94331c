"""Reading years and longer periods: years in context, year ranges, decades, centuries, quarters
and halves, seasons, and modified dates (`late 2016`, `mid-November`).

A bare four-digit number is a year only in date context (see the package docstring).
"""

from __future__ import annotations

import re

from ..mention import Found
from ..numbers import parse_ordinal
from ..quantities.bands import is_temperature_decade
from . import calendar as cal
from .patterns import BRANCH_RE, DECADE_WORDS, MODIFIERS, SEASONS
from .resolve import (
    _Ctx,
    _found,
    _is_future,
    _rel_year,
    _relative,
    _resolve_core,
    _sentence_bounds,
    _since_before,
    _tense,
    _year_of,
    nearest_month_either_way,
)
from .words import (
    COUNTED_NOUNS,
    HALF_CONTEXT_WORDS,
    MONTHS,
    OF_YEAR_FOLLOWERS,
    OF_YEAR_QUANTITY_WORDS,
    PAST_PREPS,
    PERIOD_WORDS_BEFORE_HALF,
    RESULTS_NOUNS,
    SEASON_DEADLINE_PREPS,
    TEMPERATURE_WORDS,
    YEAR_PLURALS,
)

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4, "last": 4}


_NOUN_AFTER = re.compile(r"\s+[a-z]")
_WORDS_BEFORE = re.compile(r"[a-z]+")  # `the third-quarter figures`: a word after the adjective


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    start = m.start()
    if m["qh"]:
        letter, n = ("Q" if m["qh"] == "Q" else "H"), int(m["n"])
        year = _year_of(m["year2"]) if m["year2"] else None
        if letter == "H" and n > 2:
            return []
    elif m["mon"]:  # the June quarter: the quarter that ends in that month
        letter, n, year = "Q", MONTHS[m["mon"].lower()] // 3, None
    elif m["year3"]:  # the 1987 fourth quarter, the 1988 fiscal first half
        letter = "Q" if m["what3"].lower() == "quarter" else "H"
        n, year = _ORD[m["ord3"].lower()], int(m["year3"])
        if letter == "H" and n > 2:
            return []
    elif m["hmon"] or m["hrel"]:  # the second half of May, the first half of next month: that month (TimeML: its START / END)
        return [_found(start, m.end(), "date", date=_half_month(m, ctx), modifier="START" if _ORD[m["ord"].lower()] == 1 else "END")]
    else:
        letter = "Q" if m["what"].lower() in ("quarter", "qtr") else "H"  # qtr: wire tables' `3rd qtr`
        n = _ORD[m["ord"].lower()]
        adjective = "-" in m["hy"] or len(m["what"]) > 4  # second-half profit, the second half-year: a period
        if m["ord"].lower() == "last" and letter == "Q" and not m["year"] and not m["rel"] and not m["the"] \
                and not m.group().lower().startswith("the"):
            date = _relative(ref, "last", "quarter", False) if ref else None
            return [_found(start, m.end(), "date", date=date)]
        if letter == "H":
            n = 2 if n >= 2 else 1
        year = int(m["year"]) if m["year"] else _rel_year(ref, m["rel"]) if (m["rel"] or m["the"]) else None
    explicit = year is not None or m["rel"] or m["the"]
    if letter == "H" and not explicit:
        if m["qh"]:  # a bare H2 is a half-year after `in`, `the`, `for` ... (else hydrogen, a road, a tax form)
            before = text[max(0, start - 12) : start].split()
            explicit = bool(before) and before[-1].lower() in PERIOD_WORDS_BEFORE_HALF
        else:  # second-half profit; `the second half` in a sentence of figures (not `... of the match`)
            explicit = adjective or (m.group().lower().startswith("the") and not _OF_AFTER.match(text, m.end())
                                     and _about_figures(text, start, m.end()))
        if not explicit:
            return []
    if year is None and ref is not None:
        past = not _is_future(text, m.start(), m.end())
        if letter == "Q" and not past and _RESULTS_AFTER.match(text, m.end()):
            # `will report third-quarter results`: a quarter's results come after it, the nearest either way
            back, ahead = cal.nearest_quarter(ref, n, past=True), cal.nearest_quarter(ref, n, past=False)
            now = ref.year * 4 + (ref.month - 1) // 3
            year, n = min((ahead, back), key=lambda yq: abs(yq[0] * 4 + yq[1] - 1 - now))
        elif letter == "Q":
            year, n = cal.nearest_quarter(ref, n, past=past)
        else:
            year, n = cal.nearest_half(ref, n, past=past)
    date = f"{year}-{letter}{n}" if year is not None else None
    if (m["fis"] or m["fy"] or m["fy3"] or m["fis2"]) and date:  # its fiscal third quarter, the first quarter of fiscal 1996: the fiscal form
        date = "FY" + date
    if m["hy"] == "-" and not (m["year"] or m["rel"] or m["the"]) and m.group()[:4].lower() == "the " \
            and _NOUN_AFTER.match(text, m.end()):
        start = m.start("fis") if m["fis"] else m.start("ord")  # the third-quarter figures: `the` is the noun's (TimeML)
    return [_found(start, m.end(), "date", date=date)]


def _half_month(m: re.Match[str], ctx: _Ctx) -> str | None:
    """The month of `the second half of May` (the occurrence the tense points to) or of `the first half of next month`."""
    text, ref, _ = ctx
    if m["hyear"]:
        return f"{int(m['hyear'])}-{MONTHS[m['hmon'].lower().rstrip('.')]:02d}"
    if ref is None:
        return None
    if m["hrel"]:
        first = cal.shift_months(ref.replace(day=1), {"last": -1, "next": 1}.get(m["hrel"].lower(), 0))
        return f"{first.year}-{first.month:02d}"
    month = MONTHS[m["hmon"].lower().rstrip(".")]
    tense = _tense(text, m.start(), m.end())
    got = nearest_month_either_way(ref, month) if tense is None else cal.nearest_month(ref, month, past=tense != "future")
    return f"{got.year}-{got.month:02d}"


_OF_AFTER = re.compile(r"\s+of\b")
_RESULTS_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                                   sorted(RESULTS_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _about_figures(text: str, start: int, end: int) -> bool:
    """Does the sentence around [start, end) report figures (a digit, or a word such as `sales`)?"""
    s0, s1 = _sentence_bounds(text, start, end)
    sentence = text[s0:s1]
    return any(c.isdigit() for c in sentence) or bool(HALF_CONTEXT_WORDS.intersection(re.findall(r"[a-z]+", sentence.lower())))


def _h_mod(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text, ref, _ = ctx
    mod = MODIFIERS[" ".join(m["mod"].lower().split())]
    future = _is_future(text, m.start(), m.end())
    if not future and _tense(text, m.start(), m.end()) is None and not _since_before(text, m.start()):
        future = None  # no tense in view (`is due in mid-April`, `until the end of August`): the nearest, as a month alone
    date = _resolve_core(m["rest"], ref, future)
    if m["rest"].lower().split() == ["the", "decade"]:  # `In the 1950s, ...; by the end of the decade`: that decade
        s0, _ = _sentence_bounds(text, m.start(), m.end())  # (named in this sentence or the one before)
        p0 = _sentence_bounds(text, s0 - 1, s0)[0] if s0 > 1 else s0
        named = _DECADE_NAMED.findall(text, p0, m.start())
        if named:
            date = named[-1][:3]
    return [_found(m.start(), m.end(), "date", date=date, modifier=mod)]


_DECADE_NAMED = re.compile(r"(?<![\w$-])(1\d\d0|20\d0)(?='?s\b)")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    if m["full"]:
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["dmod"] or "").lower())
        century = m["full"].startswith("1") and m["full"][2] == "0"  # the (late) 1800s: the century, TimeML's `18`
        return [_found(m.start(), m.end(), "date", date=m["full"][:2 if century else 3], modifier=mod)]
    if m["two"]:
        if TEMPERATURE_WORDS.intersection(_WORDS_BEFORE.findall(m.string[max(0, m.start() - 40) : m.start()].lower())[-4:]):
            return []  # `lows in the 20s`: temperatures
        if m.group().lower().startswith("the") and is_temperature_decade(m.string, m.start(), m.end()):
            return []  # `the low 90s ... a cold front drops them into the 60s`: a band (numfacts.quantities.bands)
        first = m.group().split()[0].lower()
        start = m.start() if first != "the" else m.start("two") - (m.string[m.start("two") - 1] in "'’")
        mod = {"early": "START", "mid": "MID", "late": "END"}.get(first)
        return [_found(start, m.end(), "date", date="19" + m["two"][0], modifier=mod)]
    return [_found(m.start() + 4, m.end(), "date", date=f"19{DECADE_WORDS[m['word'].lower()]}")]


def _h_century(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    n = parse_ordinal(m["ord"])
    if not n or n > 21:
        return []
    start = m.start()
    if start != m.start("ord") and _ADJECTIVE_AFTER.match(m.string, m.end("ord")):
        start = m.start("ord")  # `the 20th-century mean`: the determiner is the noun's
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["cmod"] or "").lower())  # the mid-16th century
    return [_found(start, m.end(), "date", date=f"{n - 1:02d}", modifier=mod)]  # `the 19th century`, as TimeML


#: A hyphenated century before its noun: `20th-century mean`.
_ADJECTIVE_AFTER = re.compile(r"-centur(?:y|ies)\s+[a-z]")


def _h_season(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    of = "of" in m.string[m.end("season") : m.start("year")].lower()  # the summer of 2004, but `the fall 1999`: fall 1999
    end = m.end() if m["y2"] and int(m["y2"]) == (int(m["year"]) + 1) % 100 else m.end("year")  # the winter of 2015-16: begun in 2015
    return [_found(m.start() if of else m.start("season"), end, "date", date=f"{m['year']}-{SEASONS[m['season'].lower()]}")]


def _h_season_alone(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`by summer`, `in the spring`: the season the tense points to (the last one, or the coming one)."""
    text, ref, _ = ctx
    date = None
    group = "season" if m["season"] else "season2"  # season2: `the summer was`, no preposition
    if (m["prep"] or "").lower() == "from" and (m[group] == "fall" or m[group][:1].isupper()):
        return []  # `profit from the fall`, `from Spring, Texas`: a drop, a place
    if ref is not None:
        prep = (m["prep"] or "").lower()
        at = m.start("the") if m["the"] else m.start(group)  # `starts in the fall`: the row's `the` is no attributive `the`
        future = prep in SEASON_DEADLINE_PREPS or (prep not in PAST_PREPS and _is_future(text, at, m.end(group)))
        how = "future" if future else "past"
        year, code = cal.nearest_season(ref, SEASONS[m[group].lower()], how)
        date = f"{year}-{code}"
    start = m.start("the") if m["the"] else m.start("the2") if m["the2"] else m.start("season")
    return [_found(start, m.end(group), "date", date=date)]


def _h_same_period(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`the same period last year`, `the year-earlier quarter`: a period a year before one the text
    names (TimeML anchors it there); without that anchor the value is the year before ref's."""
    ref = ctx[1]
    what = (m["what"] or m["what3"] or "").lower()  # (not `the year-ago quarter`: no period of the text is named)
    shift = "SHIFT" if what in ("month", "quarter", "half") and ref is not None else None  # (temporal.anchor: the named one)
    if m["year"]:  # the same period of 2004: that year
        return [_found(m.start(), m.end(), "date", date=m["year"], modifier=shift)]
    return [_found(m.start(), m.end(), "date", date=str(ref.year - 1) if ref else None, modifier=shift)]


def _h_year_range(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    y1 = int(m["y1"])
    y2 = _year_of(m["y2"], near=y1)
    if len(m["y2"]) == 2 and y2 - y1 > 30:  # 2016-11 is November 2016, not 2016 to 2111
        month = int(m["y2"])
        return [_found(m.start(), m.end(), "date", date=f"{y1}-{month:02d}")] if 1 <= month <= 12 else []
    if not y1 < y2 <= y1 + 100:
        return []
    return [_found(m.start(), m.end(), "date", date=f"{y1}/{y2}", qualifier="range")]  # 2015-16: one interval


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _h_year_prep(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    text = ctx[0]
    prep, year = m["prep"].lower(), int(m["year"])
    last_end = m.end("y2") if m["y2"] else m.end("year")
    if _next_word(text, last_end).lower() in COUNTED_NOUNS:
        return []
    if prep in ("from", "between", "by", "into") and year < 1900:
        return []
    out = [_found(m.start("year"), m.end("year"), "date", date=str(year))]
    if m["list"]:  # in 2005, 2006 and 2007: a row a year
        out += [_found(m.start("list") + y.start(), m.start("list") + y.end(), "date", date=y.group())
                for y in _YEAR_IN_LIST.finditer(m["list"])]
    if m["y2"]:
        y2 = _year_of(m["y2"], near=year)
        if y2 <= year and prep in ("from", "between"):
            return []
        if m["conn"] in ("--", "-", "–", "—", "/"):  # in 2015-16: one interval, as written
            return [_found(m.start("year"), m.end("y2"), "date", date=f"{year}/{y2}", qualifier="range")]
        out.append(_found(m.start("y2"), m.end("y2"), "date", date=str(y2)))
    return out


_YEAR_IN_LIST = re.compile(r"\d{4}")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
_AFTER_YEAR = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+([A-Za-z]+)")


def _of_year(text: str, start: int, end: int) -> bool:
    """`the crisis of 1987`, `all of 1993,`: a year; `a total of 2000`, `of 2000 people`: a count."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in OF_YEAR_QUANTITY_WORDS:
        return False
    after = _AFTER_YEAR.match(text, end)
    return bool(after) and (after.group(1) is None or after.group(1).lower() in OF_YEAR_FOLLOWERS)


def _h_year_of(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`the crisis of 1987`, `all of 1993,`: a year; `a total of 2000`, `of 2000 people`: none
    (`Week 52 of 2000 ended`: the year as the other year readers read it)."""
    if _of_year(ctx[0], m.start(), m.end()):
        return [_found(m.start("year"), m.end("year"), "date", date=m["year"])]
    other = BRANCH_RE["ynoun"].match(ctx[0], m.start("year"))
    return _h_year_noun(other, ctx) if other else []


def _h_year_end(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """`by year-end` (ref's year), `since year end` (the year before), `last year-end`: a year, modifier END."""
    if not m["prep"] and not m["rel"]:
        return []
    ref = ctx[1]
    rel = (m["rel"] or "").lower()
    shift = {"last": -1, "next": 1}.get(rel, -1 if not rel and m["prep"].lower() == "since" else 0)
    start = m.start("rel") if m["rel"] else m.end() - len("year-end")  # the preposition is not the row's
    return [_found(start, m.end(), "date", date=str(ref.year + shift) if ref else None, modifier="END")]


def _h_fiscal(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    """Reporting periods, in TIMEX3's fiscal form. A fiscal year is named by the calendar year it ends in
    (`FY2025`, `fiscal 2025`, `FY2024/25` -> `FY2025`); its quarters and halves keep the fiscal
    numbering (`Q2FY24` -> `FY2024-Q2`), as the company's calendar is not known. `4Q22` -> `2022-Q4`."""
    if m["q"] or m["q2"]:
        q = (m["q"] or m["q2"]).upper()
        letter, n = (q[0], int(q[1])) if q[0] in "QH" else (q[1], int(q[0]))
        year = _year_of(m["fy"] or m["y2"])
        fiscal = "FY" if m["fy"] else ""
        return [_found(m.start(), m.end(), "date", date=f"{fiscal}{year}-{letter}{n}")]
    year = _year_of(m["fy2"])
    if m["fy3"]:  # FY2024/25: the year it ends in
        end = _year_of(m["fy3"], near=year)
        if not year < end <= year + 1:
            return []
        year = end
    return [_found(m.start(), m.end(), "date", date=f"FY{year}")]


def _h_year_noun(m: re.Match[str], ctx: _Ctx) -> list[Found]:
    for g in ("year", "year2", "year3", "year4", "year5", "year6", "year7", "year8", "year9", "year10"):
        if m[g]:
            break
    year = int(m[g])
    if g in ("year", "year6", "year10"):
        noun = m["noun"] or m["noun6"] or m["noun10"]
        low = noun.lower()
        if low in COUNTED_NOUNS or (
                noun[0].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics"))
                and low not in YEAR_PLURALS):
            return []
        if (g != "year" or m["det"].lower() != "the") and year < 1900:  # a 1500 ...: a year in passing only if modern
            return []
    elif g in ("year4", "year5", "year6", "year7", "year8", "year9") and year < 1900:
        return []
    return [_found(m.start(g), m.end(g), "date", date=str(year))]
