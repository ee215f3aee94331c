"""Step 5, a unit carried over: a bare figure that repeats the unit of the figure before it.

Newswire and business pages write the unit once: `rose to 4.8 billion dlrs from 4.1 billion`,
`2.3 mln tonnes this year and 2.9 mln last year`, `3.9 mln vs 3.5 mln dlrs` is written both ways.
A bare count takes the kind and unit of the money, measure or percentage just before it when the
two are joined by a linking word (from, to, and, vs, against, compared with) in the same clause,
nothing names what the bare figure counts, and the two are of one order of magnitude.

>>> from .. import quantities
>>> [(f.kind, f.value, f.unit) for f in quantities.find_quantities("It rose to 4.8 billion dlrs from 4.1 billion.", [])]
[('money', 4800000000.0, 'USD'), ('money', 4100000000.0, 'USD')]

An exchange rate is quoted in the currency the clause names: `the rupee ... to 83.34 against the
dollar` is 83.34 INR; the currencies markets quote the other way (`the euro rose to 1.0850 against
the dollar`) are priced in the currency after `against` (1.085 USD).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from .._regex import lazy
from ..lang import table
from ..mention import Found, replace
from ..numbers import AND
from ..units import CURRENCY_CENTS
from .filters import counted_noun_after, counted_noun_before
from .national import national_code
from .words import CURRENCIES, LANG, Q, alt, lower_words, may_hold, search_before
from .words import SPACES_NL as _SPACES_NL

_LINK = re.compile(rf"\b{alt(Q['carry_links'])}\b", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(rf"[ \u00a0]+{alt(Q['carry_partitive_after'])}[ \u00a0]+\d", re.IGNORECASE)
_COMPARED_AFTER = re.compile(rf"[ \u00a0]+{alt(Q['carry_compared_after'])}\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?\n]\s|[()]")
#: Words opening another clause: `rose to ₹5,445 crore, while its subscriber base grew to 47.09 crore`.
_CLAUSE_OPENER = re.compile(rf"\b{alt(Q['carry_breaks'])}\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_CARRIED_KINDS = ("money", "measure", "percent")
_LABEL_BEFORE = re.compile(rf"\b{alt(Q['money_labels'])}[ \u00a0]+$", re.IGNORECASE)
_SCALE_IN = re.compile(rf"(?<=[\d\s]){alt(Q['scale_words_after'])}(?![a-z])", re.IGNORECASE)
#: `45 cts a share,`: a per-share figure set between a total and the total it is compared with.
_PER_SHARE_ASIDE = re.compile(rf"[ \u00a0]+(?:{alt(Q['per_share_words'])})[ \u00a0]*,", re.IGNORECASE)
_RATE_BASE = re.compile(rf"\b{alt(Q['rate_words'])}[ \u00a0]+(\d{{1,3}}(?:,\d{{3}})+|\d+)\s*$")


def carry_units(text: str, found: list[Found]) -> list[Found]:
    """`found` with each bare count that repeats the previous figure's unit given that unit."""
    out = _results_line_heads(text, list(found))
    for i in range(1, len(out)):
        f, prev = out[i], out[i - 1]
        quote = f.kind == "count" and f.qualifier == "range" and "/" in text[f.start : f.end]
        if quote and f.low is not None:
            f = replace(f, value=f.low)  # "150.60/70 at the opening": a shortened two-way quote, sized by its bid
        if _millions_like(text, prev, f):
            out[i] = replace(f, kind="count", unit=None, value=float(Decimal(repr(f.value)) * 1000000))
            continue  # `adds 8.05m subs in Q2 vs 4.87m expected`: the same count's millions, not metres
        if f.kind != "count" or f.entity is not None or f.value is None or (f.qualifier == "range" and not quote):
            continue
        label = _label_before(text, f.start)
        if prev.kind == "count" and i >= 2 and label:
            prev = out[i - 2]  # "shr 1.58 dlrs vs 1.25 dlrs; net 84.6 mln vs 66.1 mln"
        if (i >= 2 and prev.kind == "money" and (scale := _scale_word(text[f.start : f.end])) is not None
                and _scale_word(text[prev.start : prev.end]) is None
                and out[i - 2].kind in _CARRIED_KINDS and _scale_word(text[out[i - 2].start : out[i - 2].end]) == scale
                and _PER_SHARE_ASIDE.match(text, prev.end) and f.start - out[i - 2].end <= 60
                and not _SENTENCE_END.search(text, out[i - 2].end, f.start)):
            prev = out[i - 2]  # "12.3 mln dlrs, or 45 cts a share, vs 10.1 mln": over the per-share aside
        item = _list_item_measure(text, out, i)
        if item is not None:  # "corn 5.58 billion bushels vs 5.01 billion; wheat 1.73 billion vs 1.96 billion"
            out[i] = replace(f, kind=item.kind, unit=item.unit)
            continue
        if prev.kind not in _CARRIED_KINDS and not _is_rate(text, prev):
            continue
        gap = text[prev.end : f.start]
        if label and prev.kind == "money" and len(gap) < 80 and not _SENTENCE_END.search(gap):
            out[i] = replace(f, kind="money", unit=prev.unit)  # "net 84.6 mln": money in the digest's currency
            continue
        link = _LINK.search(gap) or (_scale_word(text[f.start : f.end]) and _COMPARED_AFTER.match(text, f.end))
        clause_end = _CLAUSE_END.search(gap.replace("(", " ").replace(")", " ") if prev.kind == "ratio" else gap)
        wide = 60 if prev.kind == "ratio" or (_scale_word(text[f.start : f.end]) is not None
                                               and _scale_word(text[prev.start : prev.end]) == _scale_word(text[f.start : f.end])) else 40
        if len(gap) > wide or clause_end or not link or _CLAUSE_OPENER.search(gap) or _verb_after_link(gap):
            continue
        if prev.kind == "percent" and link.group().lower() in ("to", "from"):
            if prev.unit == "basis point" and _spread_level(text, f):
                out[i] = replace(f, kind="percent", unit=prev.unit)  # "widened 5 basis points to 137": a spread
                continue
            level = out[i - 2] if i >= 2 else None  # "19.5 million tonnes, down 22% from a record 24.4 million"
            scale = _scale_word(text[f.start : f.end])
            if (level is not None and level.kind in _CARRIED_KINDS and scale is not None
                    and _scale_word(text[level.start : level.end]) == scale and len(text[level.end : f.start]) <= 40
                    and not _CLAUSE_END.search(text[level.end : f.start]) and not counted_noun_after(text, f.end)
                    and not counted_noun_before(text, f.start)):  # `users grew 23% to 602m`: a count
                out[i] = replace(f, kind=level.kind, unit=level.unit)
            continue  # "spiked 35% to 19.2", "rose 20% from 50": the change, and levels in their own unit
        part = _PARTITIVE_AFTER.match(text, f.end)
        whole = out[i + 1] if part and i + 1 < len(out) and out[i + 1].start == part.end() - 1 else None
        if (counted_noun_after(text, f.end) or (whole is not None and whole.kind == "count")) and not quote:
            continue  # "$5 million and 30 staff": the figure names its own noun; "and 196 of the 465 seats" (not "2 of the 3GB")
        base = prev.value if prev.value is not None else prev.high
        if base and prev.kind == "ratio":
            base *= _rate_base(text, prev)  # 12.4 per 100,000: compare with the 12.4
        same_scale = _scale_word(text[prev.start : prev.end]) == _scale_word(text[f.start : f.end]) is not None
        moved = (prev.kind == "measure" and gap.strip().lower() == "to" and f.value is not None and base
                 and abs(f.value) > abs(base) and _MOVED_BY.search(text, max(0, prev.start - 12), prev.start))
        if not base or not (same_scale or moved or 0.1 <= abs(f.value / base) <= 10):
            continue  # `stocks fell 4,350 tonnes to 184,275`: a level far above the move is still in tonnes
        if prev.kind == "ratio":  # "6 per 1,000 live births, against the national average of 28"
            out[i] = replace(f, kind="ratio", value=f.value / _rate_base(text, prev))
        else:
            out[i] = replace(f, kind=prev.kind, unit=prev.unit)
    _rates_back(text, out)
    return [replace(f, value=None) if f.qualifier == "range" and f.value is not None else f for f in out]


_GLUED_M = re.compile(r"\d[mM]$")


def _millions_like(text: str, prev: Found, f: Found) -> bool:
    """`8.05m subs ... vs 4.87m expected`: a bare `Nm` read as metres, joined by a linking word in its clause to a count
    written `Nm` (millions) just before, is millions of the same thing."""
    if (f.kind != "measure" or f.unit != "metre" or f.value is None or f.qualifier == "range" or prev.kind != "count"
            or not _GLUED_M.search(text[f.start : f.end]) or not _GLUED_M.search(text[prev.start : prev.end])):
        return False
    gap = text[prev.end : f.start]
    return len(gap) <= 40 and _LINK.search(gap) is not None and not _CLAUSE_END.search(gap) and not _CLAUSE_OPENER.search(gap)


_BREAK_VERB = re.compile(rf"\b{alt(Q['carry_break_verbs'])}\b")


def _verb_after_link(gap: str) -> bool:
    """Whether a verb of a level stands after the last linking word of `gap`: another clause's object
    (`and Weixin's combined MAU reached 1.37 billion`), not the figure the link joins.

    >>> _verb_after_link(" yuan, and Weixin's combined MAU reached "), _verb_after_link(" dlrs from ")
    (True, False)
    """
    ends = [m.end() for m in _LINK.finditer(gap)]
    return bool(ends) and _BREAK_VERB.search(gap, ends[-1]) is not None


#: `; wheat `, `; soybean oil `: the head of the next item of a `;` list, a word or two and no figure.
_ITEM_VERSUS = re.compile(rf"[ \u00a0]+{alt(Q['results_line_versus'])}[ \u00a0]+\d", re.IGNORECASE)
_ITEM_HEAD = re.compile(r";[ \u00a0]+[A-Za-z][\w-]*(?:[ \u00a0][A-Za-z][\w-]*)?[ \u00a0]+$")


def _list_item_measure(text: str, out: list[Found], i: int) -> Found | None:
    """The measure a bare scaled figure heading an item of a `;` list repeats: an earlier measure of the sentence
    with the same scale word (`U.S. grain stocks: corn 5.58 billion bushels vs 5.01 billion; wheat 1.73 billion`)."""
    f = out[i]
    scale = _scale_word(text[f.start : f.end])
    if scale is None or not _ITEM_HEAD.search(text, max(0, f.start - 30), f.start) or not _ITEM_VERSUS.match(text, f.end):
        return None  # the item is a comparison as the first one (`wheat 1.73 billion vs 1.96 billion`)
    for j in range(i - 1, max(-1, i - 7), -1):
        g = out[j]
        if _SENTENCE_END.search(text, g.end, f.start) or f.start - g.end > 200:
            return None
        if g.kind == "measure" and g.unit and _scale_word(text[g.start : g.end]) == scale:
            return g
    return None


#: The join between a bare figure and the rate right after it: `from 4.5 to 6.1 per 100,000`, `5.2 and 7.9 per 1,000`.
_RATE_PAIR_JOIN = re.compile(rf"[ \u00a0]*,?[ \u00a0]+{alt(Q['rate_pair_joins'])}[ \u00a0]+(?:{alt(Q['rate_pair_fillers'])}[ \u00a0]+)?",
                             re.IGNORECASE)


def _rates_back(text: str, out: list[Found]) -> None:
    """A bare figure joined to a rate right after it is a rate on the same base (in place): `rose from 4.5 to
    6.1 per 100,000` (4.5e-05), `rates of 5.2 and 7.9 per 1,000 women` (0.0052); within ten times the rate."""
    for i in range(len(out) - 2, -1, -1):
        f, nxt = out[i], out[i + 1]
        if (f.kind != "count" or f.entity is not None or f.value is None or f.qualifier != "=" or not _is_rate(text, nxt)
                or nxt.value is None or not text[nxt.start].isdigit() or not _BARE_FIGURE.fullmatch(text, f.start, f.end)
                or f.end + 40 < nxt.start or not _RATE_PAIR_JOIN.fullmatch(text, f.end, nxt.start)):
            continue
        base = _rate_base(text, nxt)
        if nxt.value and 0.1 <= abs(f.value / (nxt.value * base)) <= 10:
            out[i] = replace(f, kind="ratio", value=f.value / base)


#: The join before a member of a list whose unit follows its last member: `3, 4 and 5 per cent`.
_LIST_JOIN = re.compile(rf"[ \u00a0]*,[ \u00a0]*(?:{alt(Q['unit_list_joins'])}[ \u00a0]+)?|[ \u00a0]+{alt(Q['unit_list_joins'])}[ \u00a0]+",
                        re.IGNORECASE)
_BARE_FIGURE = re.compile(r"\d[\d,.]*")


#: After the last member, more of the list: a comma and a figure (`18C, 19F`), so no unit closes it.
_LIST_RUNS_ON = re.compile(rf"[ \u00a0]*,[ \u00a0]*(?:{alt(Q['unit_list_joins'])}[ \u00a0]+)?\d")


def list_units(text: str, found: list[Found]) -> list[Found]:
    """`found` with the bare members of a list of three or more figures given the percent or measure
    unit written once after the last: `rose by 3, 4 and 5 per cent`, `3, 4 and 5 metres`."""
    out = list(found)
    for i in range(len(out) - 1, 1, -1):
        last = out[i]
        if last.kind not in ("percent", "measure") or not text[last.start].isdigit() or _LIST_RUNS_ON.match(text, last.end):
            continue  # `6B, 14, 16, 18C, 19F, 22F`: codes, the list runs on past the unit
        members, commas = [], 0
        for j in range(i - 1, -1, -1):
            f, nxt = out[j], out[j + 1] if j + 1 < i else last
            join = _LIST_JOIN.fullmatch(text, f.end, nxt.start)
            if (join is None or f.kind not in ("count", last.kind) or f.entity is not None or f.qualifier != "="
                    or (f.kind == last.kind and f.unit != last.unit)
                    or not _BARE_FIGURE.fullmatch(text, f.start, f.end if f.kind == "count" else f.start + 1)):
                break
            commas += "," in join.group()
            members.append(j)
        if commas == 0 or len(members) < 2:
            continue  # `4 and 5 per cent`: a pair is read as a range or by the unit rules
        for j in members:
            if out[j].kind == "count" and out[j].value is not None:
                out[j] = replace(out[j], kind=last.kind, unit=last.unit)
    return out


_CURRENCY_PHRASE = alt(list(CURRENCIES["words"]) + [f"{a} {n}" for a, n, _ in CURRENCIES["adjectives"]])
_CURRENCY_CODE = {**CURRENCIES["words"], **{f"{a} {n}": c for a, n, c in CURRENCIES["adjectives"]}}
_SINGLE_CURRENCY = {w: c for w, c in CURRENCIES["words"].items() if " " not in w and not w.endswith("s")}
_QUOTED_AGAINST = re.compile(rf"[ \u00a0]+(?:{alt(Q['exchange_rate_links'])})[ \u00a0]+(?:the[ \u00a0]+)?"
                             rf"(?:{alt(Q['exchange_rate_countries'])}[ \u00a0]+)?(?P<c>{alt(_SINGLE_CURRENCY)})\b", re.IGNORECASE)
_BASE_QUOTED = frozenset(Q["exchange_rate_base_currencies"])
_CURRENCY_NAMED = re.compile(rf"\bthe[ \u00a0]+(?P<c>{alt(_SINGLE_CURRENCY)})\b", re.IGNORECASE)
_CURRENCY_FIRST = re.compile(rf"[ \u00a0]*(?P<c>{alt(_SINGLE_CURRENCY)})\b", re.IGNORECASE)


def exchange_rates(text: str, found: list[Found]) -> list[Found]:
    """`The rupee fell 12 paise to 83.34 against the US dollar`: a bare figure quoted against
    another currency is the price of the currency the clause names, in that currency."""
    out = list(found)
    for i, f in enumerate(out):
        carried = f.kind == "percent" and _BARE_FIGURE.fullmatch(text, f.start, f.end) is not None  # `to 35%, ... 28.1 per dollar`
        if (f.kind != "count" and not carried) or f.entity is not None or text[f.end : f.end + 1] not in _SPACES_NL:
            continue  # `_QUOTED_AGAINST` starts with a space
        against = _QUOTED_AGAINST.match(text, f.end)
        if not against:
            continue
        lo = max(0, f.start - 80)
        cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, f.start)]
        start = cut[-1] if cut else lo
        named = list(_CURRENCY_NAMED.finditer(text, start, f.start))
        if not named and (cut or lo == 0) and (first := _CURRENCY_FIRST.match(text, start, f.start)):
            named = [first]  # a headline: `Rupee settles 8 paise higher at 85.48 against US dollar`
        elif not named and (semi := text.rfind(";", start, f.start)) >= 0 and (
                first := _CURRENCY_FIRST.match(text, semi + 1, f.start)):
            named = [first]  # a list of markets: `Hang Seng -1.5%; yuan steady at 7.0213 per dollar`
        if not named:  # `the Swedish crown weakened to 11.62 per euro`, `South Africa's rand firmed to 18.42 per dollar`
            named = list(_NAMED_BEFORE.finditer(text, start, f.start))
        if named:
            word = " ".join(named[-1].group("c").lower().split())
            unit = national_code(text, named[-1].start("c"), word, _CURRENCY_CODE[word], rate=True)  # `Chile's peso`
            if unit in _BASE_QUOTED:  # `the euro rose to 1.0850 against the dollar`: dollars per euro
                unit = _SINGLE_CURRENCY[against.group("c").lower()]
            out[i] = replace(f, kind="money", unit=unit)
            if i + 1 < len(out) and _quote_repeated(text, out[i], out[i + 1], against.end()):
                out[i + 1] = replace(out[i + 1], kind="money", unit=unit)
    return out


_CUR = rf"(?:{_CURRENCY_PHRASE})"
#: Before a bare figure, the currency it is quoted in: a pair (`euro/yen climbed 0.6% to 162.41`: yen), the
#: currency after `against` (`the dollar slid against the yen to 147.30`), or a currency named again in a list of
#: quotes (`the Swedish crown weakened to 11.62 per euro, the Norwegian crown to 11.49`).
_QUOTED_BEFORE = lazy(
    rf"(?:\b(?P<a>{_CUR})/(?P<b>{_CUR})\b(?P<pair>(?:[^;:!?()\n\d/]|\d+(?:\.\d+)?%){{0,60}}?)"
    rf"|\b{alt(Q['exchange_rate_links'][:1])}[ \u00a0]+the[ \u00a0]+(?P<against>{_CUR})(?:[ \u00a0]+[a-z]+)?"
    rf"|\bthe[ \u00a0]+(?P<again>{_CUR})(?:[ \u00a0]+[a-z]+)?)"
    rf"[ \u00a0]+(?:{alt(Q['exchange_rate_levels'])})[ \u00a0]+$", re.IGNORECASE)
_PER_CURRENCY = lazy(rf"\b(?:{alt(Q['exchange_rate_links'])})[ \u00a0]+(?:the[ \u00a0]+)?{_CUR}\b", re.IGNORECASE)
_NAMED_BEFORE = lazy(rf"(?:\bthe|['’]s)[ \u00a0]+(?P<c>{_CUR})\b", re.IGNORECASE)


def quoted_rates(text: str, found: list[Found]) -> list[Found]:
    """A bare figure after the currency it is quoted in is an exchange rate in that currency: `euro/yen climbed
    0.6% to 162.41` (JPY), `the dollar slid 1.1% against the yen to 147.30` (JPY; `the rupee fell against the dollar
    to 83.30` is INR, as `exchange_rates` reads `83.34 against the dollar`), `..., the Norwegian crown to 11.49`
    after a quote per another currency (NOK)."""
    if "/" not in text and not may_hold(_RATE_LOWER, text):
        return found
    out = list(found)
    for i, f in enumerate(out):
        if f.kind != "count" or f.entity is not None or f.value is None or f.qualifier == "range":
            continue
        if counted_noun_after(text, f.end) or not text[f.start].isdigit():
            continue
        if not _LEVEL_BEFORE.search(text, max(0, f.start - 5), f.start):
            continue
        cut = [m.end() for m in _SENTENCE_END.finditer(text, max(0, f.start - 100), f.start)]
        lo = cut[-1] if cut else max(0, f.start - 100)
        m = _quoted_before(text, lo, f.start) if _may_quote(text[lo : f.start]) else None
        if m is None:
            continue
        if m["b"]:
            unit = _CURRENCY_CODE.get(" ".join(m["b"].lower().split()))
        elif m["against"]:
            unit = _CURRENCY_CODE.get(" ".join(m["against"].lower().split()))
            named = list(_NAMED_BEFORE.finditer(text, lo, m.start()))
            first = _CURRENCY_CODE.get(" ".join(named[-1]["c"].lower().split())) if named else None
            if first is not None and first not in _BASE_QUOTED and first != "USD" and first != unit:
                unit = first  # `the rupee fell against the dollar to 83.30`: rupees per dollar
        else:
            if not _PER_CURRENCY.search(text, lo, m.start()):
                continue  # `the Norwegian crown to 11.49` only in a list of quotes
            unit = _CURRENCY_CODE.get(" ".join(m["again"].lower().split()))
        if unit:
            out[i] = replace(f, kind="money", unit=unit)
    return out


_RATE_LOWER = lower_words(["against", "per"])
#: The letters a currency phrase of `_QUOTED_BEFORE` ends and starts with (lower case, ASCII).
#: ASCII phrases only: a window holding another (`złoty`) is not ASCII and is searched whole.
_CUR_WORDS = [w.lower() for w in [*CURRENCIES["words"], *(f"{a} {n}" for a, n, _ in CURRENCIES["adjectives"])] if w.isascii()]
_CUR_LAST = frozenset(w[-1] for w in _CUR_WORDS)
_CUR_FIRST = frozenset(w[0] for w in _CUR_WORDS)


def _may_quote(window: str) -> bool:
    """Whether `_QUOTED_BEFORE` may match in `window`: each of its branches holds `the` and a space, or
    a currency, `/`, a currency (`euro/yen`). The search tries every currency at every position (about
    70 us for 100 characters); for ASCII the test is a few `str` calls (any other text is searched).

    >>> _may_quote("euro/yen climbed 0.6% to"), _may_quote("rose against the yen to"), _may_quote("up 1/2 at")
    (True, True, False)
    """
    if not window.isascii():
        return True
    low = window.lower()
    if "the " in low:
        return True
    i = low.find("/", 1)
    while i >= 0:
        if low[i - 1] in _CUR_LAST and low[i + 1 : i + 2] in _CUR_FIRST:
            return True
        i = low.find("/", i + 1)
    return False
_LEVEL_BEFORE = re.compile(rf"\b(?:{alt(Q['exchange_rate_levels'])})[ \u00a0]+$", re.IGNORECASE)
_CUR_LONGEST = max(map(len, _CUR_WORDS))
_AGAINST = Q["exchange_rate_links"][0].lower()


def _quoted_before(text: str, lo: int, end: int) -> re.Match[str] | None:
    """`_QUOTED_BEFORE.search(text, lo, end)`, tried only where a match may start (tests/test_prefilters.py):
    in ASCII, each branch starts at `the`, at the link before it, or at most a currency's length before a
    `/` after a currency's last letter; the first start that matches is the search's (any other text is searched)."""
    window = text[lo:end]
    if not window.isascii():
        return _QUOTED_BEFORE.search(text, lo, end)
    low = window.lower()
    starts: set[int] = set()
    for word in ("the", _AGAINST):
        i = low.find(word)
        while i >= 0:
            starts.add(lo + i)
            i = low.find(word, i + 1)
    i = low.find("/", 1)
    while i >= 0:
        if low[i - 1] in _CUR_LAST:
            starts.update(range(lo + max(0, i - _CUR_LONGEST), lo + i))
        i = low.find("/", i + 1)
    for p in sorted(starts):
        if m := _QUOTED_BEFORE.match(text, p, end):
            return m
    return None


def _quote_repeated(text: str, quote: Found, f: Found, after: int) -> bool:
    """`fell to 13.00 per dollar from 9.33`: a bare figure linked to an exchange rate just quoted, within
    half or twice it, is the same rate at another time."""
    if f.kind != "count" or f.entity is not None or f.value is None or f.qualifier == "range" or not quote.value:
        return False
    gap = text[after : f.start]
    return (after <= f.start and len(gap) <= 30 and _LINK.search(gap) is not None and not _CLAUSE_END.search(gap)
            and not _CLAUSE_OPENER.search(gap) and 0.5 <= f.value / quote.value <= 2
            and not counted_noun_after(text, f.end))


#: Cents written without their currency (`784 cents`) and with it (`11 Australian cents`).
_BARE_CENTS = re.compile(rf"[\d \u00a0-](?:{alt(w for w, c in CURRENCY_CENTS.items() if c == 'USD' and w.isalpha())})$")
_NAMED_CENTS = re.compile(rf"\b(?:{alt(w for w in CURRENCY_CENTS if ' ' in w)})$")


def named_cents(text: str, found: list[Found]) -> list[Found]:
    """`rose 11 Australian cents to 784 cents`: bare cents after cents of a named currency, in the
    same sentence, are cents of that currency."""
    out = list(found)
    named: Found | None = None
    for i, f in enumerate(out):
        if named is not None and _SENTENCE_END.search(text, named.end, f.start):
            named = None
        if f.kind != "money":
            continue
        surface = text[f.start : f.end]
        if _NAMED_CENTS.search(surface):
            named = f
        elif named is not None and _BARE_CENTS.search(surface) and f.unit == "USD":
            out[i] = replace(f, unit=named.unit)
    return out


_CHANGE_WORDS = table(LANG, "change")
_MOVE_GAP = re.compile(rf"(?:[ \u00a0]+an?[ \u00a0]+[a-z]+)?,?[ \u00a0]+"
                       rf"(?:{alt(_CHANGE_WORDS['up_adverbs'] + _CHANGE_WORDS['down_adverbs'])})[ \u00a0]+", re.IGNORECASE)
_BARE_FRACTION = re.compile(r"\d{1,2}/\d{1,2}")
_CENTS_END = re.compile(rf"[\d \u00a0-](?:{alt(w for w in CURRENCY_CENTS if w.isalpha())})$", re.IGNORECASE)


_AND_GAP = re.compile(rf"[ \u00a0]+(?:{AND}[ \u00a0]+)?", re.IGNORECASE)


def and_cents(text: str, found: list[Found]) -> list[Found]:
    """`5 dollars and 50 cents`, `£2 and 40p`, `3 dollars 50 cents`: a whole amount and its cents right
    after it (`and` or a space between) are one amount (5.5), in the whole amount's currency."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == f.kind == "money" and prev.value is not None and f.value is not None
                and prev.value == int(prev.value) and 0 < f.value < 1 and prev.qualifier == f.qualifier == "="
                and prev.low is None and prev.high is None and _AND_GAP.fullmatch(text, prev.end, f.start)
                and _CENTS_END.search(text[f.start : f.end]) and not _CENTS_END.search(text[prev.start : prev.end])):
            out[-1] = replace(prev, end=f.end, value=round(prev.value + f.value, 2))
            continue
        out.append(f)
    return out


def price_moves(text: str, found: list[Found]) -> list[Found]:
    """`closed at 21-1/8, down 1/4`, `68-1/2 cts a lb, off 3/4`: a bare fraction moved by a change
    adverb right after a price is the move of that price, in its currency (and in cents after cents)."""
    out = list(found)
    kinds = {f.kind for f in out}
    if "ratio" not in kinds or "money" not in kinds:
        return out  # every rule below moves a ratio beside money
    for i in range(1, len(out)):
        f, prev = out[i], out[i - 1]
        if f.kind != "ratio" or f.value is None or prev.kind != "money" or prev.unit is None:
            continue
        if not _BARE_FRACTION.fullmatch(text[f.start : f.end]) or not _MOVE_GAP.fullmatch(text, prev.end, f.start):
            continue
        cents = _CENTS_END.search(text, prev.start, prev.end) is not None
        out[i] = replace(f, kind="money", unit=prev.unit, value=f.value / 100 if cents else f.value)
    for i in range(len(out) - 1):
        f, nxt = out[i], out[i + 1]
        if (f.kind == "ratio" and f.value is not None and nxt.kind == "money" and nxt.unit is not None
                and _BARE_FRACTION.fullmatch(text, f.start, f.end) and _AT_PRICE.fullmatch(text, f.end, nxt.start)
                and _MOVE_BEFORE.search(text, max(0, f.start - 12), f.start)
                and not _CENTS_END.search(text, nxt.start, nxt.end)):
            out[i] = replace(f, kind="money", unit=nxt.unit)  # "Exxon was up 1/2 at 88-3/8": the move of that price
    for i in range(2, len(out) - 1):
        f, nxt, level, move = out[i], out[i + 1], out[i - 1], out[i - 2]
        if (f.kind == "ratio" and f.value is not None and nxt.kind == "count" and nxt.entity is None
                and move.kind == level.kind == "money" and level.unit is not None and move.unit == level.unit
                and _BARE_FRACTION.fullmatch(text, f.start, f.end) and _TO_GAP.fullmatch(text, f.end, nxt.start)
                and _TO_GAP.fullmatch(text, move.end, level.start) and _NAME_GAP.fullmatch(text, level.end, f.start)):
            # "IBM rose 2-3/8 to 157-1/2, Exxon 1-1/4 to 87-5/8 and General Motors 3/4 to 82": one more move in the list
            out[i] = replace(f, kind="money", unit=level.unit)
            out[i + 1] = replace(nxt, kind="money", unit=level.unit)
    return out


_TO_GAP = re.compile(r"[ \u00a0]+to[ \u00a0]+")
#: `, Exxon ` / ` and General Motors `: the next name of a list of share moves (capitalised words only).
_NAME_GAP = re.compile(rf"(?:,|[ \u00a0]+{AND})[ \u00a0]+(?:[A-Z][\w&.'’-]*[ \u00a0]+){{1,4}}")


_AT_PRICE = re.compile(rf"[ \u00a0]+(?:{alt(_CHANGE_WORDS['move_price_links'])})[ \u00a0]+")
_MOVE_BEFORE = re.compile(rf"\b(?:{alt(_CHANGE_WORDS['up_adverbs'] + _CHANGE_WORDS['down_adverbs'])})[ \u00a0]+$",
                          re.IGNORECASE)


_VERSUS_AFTER = re.compile(rf"[ \u00a0]+(?:{alt(Q['results_line_versus'])})(?=[ \u00a0])", re.IGNORECASE)
_INTEGER = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")


def _results_line_heads(text: str, out: list[Found]) -> list[Found]:
    """`Oper net 8,912,000 vs 7,403,000; oper shr 1.02 dlrs vs 86 cts`: a labelled bare figure compared
    with `vs`, with no money before it in the sentence, is money in the currency of the next money of
    its sentence (the later figures of the line then carry it as usual)."""
    for i, f in enumerate(out):
        if f.kind != "count" or f.entity is not None or f.value is None or f.qualifier == "range":
            continue
        if not _VERSUS_AFTER.match(text, f.end) or not _label_before(text, f.start):
            continue
        if any(p.kind == "money" and not _SENTENCE_END.search(text, p.end, f.start) for p in out[max(0, i - 3) : i]):
            continue  # the usual carry from the money before it
        nxt = next((n for n in out[i + 1 : i + 6] if n.kind == "money" and n.unit), None)
        if nxt is not None and nxt.start - f.end <= 120 and not _SENTENCE_END.search(text, f.end, nxt.start):
            out[i] = replace(f, kind="money", unit=nxt.unit)
        elif _scale_word(text[f.start : f.end]) is not None and not any(
                n.kind == "money" for n in out[i + 1 : i + 6] if not _SENTENCE_END.search(text, f.end, n.start)):
            # `Oper revs 212.6 mln vs 198.3 mln; ...`: no money in its sentence, the line's note may name one
            # (`NOTE: 1985 nine mths includes 2.6 mln dlr gain`), else the table's money above it names it, else
            # its currency is not written
            later = (nxt if nxt is not None and nxt.start - f.end <= 250 and "\n\n" not in text[f.end : nxt.start]
                     and _NOTE_HEAD.search(text, f.end, nxt.start) else None)
            if later is None:  # `Shr 1.22 dlrs vs 98 cts. Net 14.3 mln vs 11.6 mln.`: the table's currency, written above
                later = next((p for p in reversed(out[max(0, i - 8) : i]) if p.kind == "money" and p.unit), None)
                if later is not None and (f.start - later.end > 400 or "\n\n" in text[later.end : f.start]):
                    later = None
            out[i] = replace(f, kind="money", unit=later.unit if later is not None else None)
    return out


_FIGURES_IN = lazy(rf"\b{alt(Q['currency_note_heads'])}[ \u00a0]+(?P<c>{_CURRENCY_PHRASE})\b", re.IGNORECASE)


def noted_currency(text: str, found: list[Found]) -> list[Found]:
    """`Shr 41 cts vs 36 cts; Net 18.3 mln vs 16.0 mln. NOTE: All figures in Canadian dlrs.`: a note naming
    the currency of a results block gives it to the block's money read as dollars (its paragraph, before the note)."""
    if not may_hold(_NOTE_LOWER, text):
        return found
    out = list(found)
    order = sorted(range(len(out)), key=lambda i: out[i].start)  # the figures by start: each note reads its block's only
    starts = [out[i].start for i in order]
    for m in _FIGURES_IN.finditer(text):
        unit = _CURRENCY_CODE.get(" ".join(m.group("c").lower().split()))
        para = text.rfind("\n\n", 0, m.start())
        lo = max(para + 2 if para >= 0 else 0, m.start() - 600)
        for i in order[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, m.start())]:
            f = out[i]
            if f.kind == "money" and f.unit == "USD" and unit and not _US_NAMED.search(text, f.start, f.end):
                out[i] = replace(f, unit=unit)
    return out


_NOTE_LOWER = lower_words(Q["currency_note_heads"])
_NOTE_HEAD = re.compile(rf"\b{alt(Q['results_note_heads'])}\b")
_US_NAMED = re.compile(r"U\.?S\.?|US\$|American", re.IGNORECASE)


_MOVED_BY = lazy(rf"\b{alt(_CHANGE_WORDS['up_verbs'] + _CHANGE_WORDS['down_verbs'])}[ \u00a0]+(?:by[ \u00a0]+)?$",
                       re.IGNORECASE)


def _spread_level(text: str, f: Found) -> bool:
    """A whole bare figure of 10 or more after a move in basis points is the spread's level in basis
    points (`widened 5 basis points to 137`); a yield level is written with a decimal or a sign."""
    return f.value is not None and f.value >= 10 and _INTEGER.fullmatch(text, f.start, f.end) is not None


def _label_before(text: str, start: int) -> re.Match[str] | None:
    """`_LABEL_BEFORE` right before `start`; it ends in a space (or `$` before a final newline)."""
    w = text[max(0, start - 12) : start]
    if w.isascii() and w[-1:] in _SPACES_NL:  # (ASCII: lower case is the pattern's own caseless match)
        if not (w[:-1] if w[-1] == "\n" else w).rstrip(" ").lower().endswith(_LABEL_ENDS):
            return None  # no label ends the window: the search could not match
    return search_before(_LABEL_BEFORE, _LABEL_LOWER, text, start, 12)


_LABEL_LOWER = lower_words(Q["money_labels"])
_LABEL_ENDS = tuple(sorted({w.lower() for w in Q["money_labels"]}))
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _scale_word(figure: str) -> str | None:
    if _HAS_LETTER.search(figure) is None:
        return None  # digits and marks only: no scale word (`_SCALE_IN` needs a letter)
    m = _SCALE_IN.search(figure)
    return m.group().lower() if m else None


def _is_rate(text: str, f: Found) -> bool:
    return f.kind == "ratio" and _RATE_BASE.search(text, f.start, f.end) is not None


def _rate_base(text: str, f: Found) -> float:
    m = _RATE_BASE.search(text, f.start, f.end)
    return float(m.group(1).replace(",", "")) if m else 1.0
