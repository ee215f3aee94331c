"""More shapes of writing for the table-driven finder (numfacts.lang.finder), each read from an
optional key of a language's `forms` table; a language without the key is not affected. The
candidates (`candidates`) are weighed with the finder's own by length (they win ties);
numfacts.lang.joins then joins rows (ranges, a day and its clock, changes).

- `numeric_date_patterns`: `{d}.{m}.{y}`, `{d}.{m}.`, `{d}.{m}` (`3.3.2016`, `22.04.`; `3.5` stays a number);
- `decades` (`1990er-Jahren`, `90er-Jahre` -> `199`), `split_years` (`2024/25`), `season_names` with
  `weekday_before` (`Herbst 2022`, `vergangenen Winter`), `weekend` (`Wochenende` -> `YYYY-Www-WE`,
  by the tense: `future_cues`, `past_cues`), `every_n` (`alle vier Jahre` -> a set `P4Y`), a set
  of a year followed by a year (`im Jahr 2022` is the year);
- `ordinal_stems` + `ordinal_endings` (`dritte`, `siebenundzwanzigster`; `zweiten Februar` is a
  date; ordinals of 1 and capitalised ones inside names are left out), `ordinal_digit_point`
  (`den 3. Platz`, not the point that ends a sentence, nor `1. FC Köln`: `ordinal_not_before`), and after
  the verbs of `ordinal_point_after` (`wurde 3. unter 120`, `landete als 7.`);
- clocks: `clock_colon_times` (`19:56:30`), `clock_word_hours` (`acht Uhr vierzig`), `clock_shifts` and
  `clock_minute_links` (`halb acht`, `drei Minuten vor 8`);
- `plural_counts` (`Dutzende`), `multiplier_words` (`verdoppelt` 2), `fold_suffix` (`Dreifache` 3);
- spans that give no row (`NONE`): scores (`1:3`), `glued_letter_ids` (`2G`), `id_suffixes`
  (`Hauptstraße 12`); `4:2 Stimmen`, `378 zu 247 Stimmen` are vote tallies (`tally_nouns`): two counts.

Helpers the finder calls: `glued_value`/`glued_pattern` (`numbers_glued`: `fünfundzwanzigtausend`),
`parse_digits` (`comma_is_decimal`), `negative` (`negative_words`: `minus 12 Grad`, `-18 Grad`, `moins 12
degrés`; not after `negative_not_after`: `au moins`),
`index_points` (`points_max`: `18.175 Punkte` of an index is a count), `future` and `tense_year`
(the tense that picks a weekday or the year of a month).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ..mention import Found
from ..sentences import split_sentences

_SP = r"[ \u00a0\u202f]+"


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A regex built from a language's tables, compiled once (the lang modules route every pattern
    they build through it, so each is compiled once per language and kept, whatever else fills the
    `re` module's cache). Never a pattern holding a document's text: the cache would grow with them."""
    return re.compile(pattern, flags)


def _alt(words: object) -> str:
    """Words and phrases as one alternation, longest first; spaces match any run of spaces (the one
    helper of the finder's modules: finder._alt adds a word's end). Built once per list of words (a
    table's, so once per language), not on every call."""
    return _alternation(tuple(map(str, words)))  # type: ignore[call-overload]


def word_before(text: str, at: int, marks: str) -> bool:
    """Whether the last character before `at` that is not a space is a word character or one of
    `marks`: what `re.search(r"[\\w<marks>]\\s*$", text[:at])` says, without copying or scanning the
    text before (`\\s` is `str.isspace`, `\\w` is `str.isalnum` or `_`)."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_" or text[k - 1] in marks)


@cache
def last_chars(words: tuple[str, ...]) -> re.Pattern[str]:
    """The last characters of `words` (a phrase's last word's), as one class read in any case."""
    ends = sorted({w.split()[-1][-1] for w in words if w.split()})
    return rx("[" + "".join(map(re.escape, ends)) + "]", re.IGNORECASE) if ends else rx("(?!)")


def word_may_end(last: re.Pattern[str], text: str, lo: int, at: int) -> bool:
    """Whether `text[lo:at]` may end with a word whose last character `last` matches, then spaces: false
    where a pattern `(?:<words>)[ \u00a0]*$` (or more spaces, or more words before) searched in that
    window cannot match (`$` also stands before a last newline), so the search can be skipped."""
    for end in (at, at - 1) if text[at - 1 : at] == "\n" else (at,):
        k = end
        while k > lo and text[k - 1] in " \u00a0":
            k -= 1
        if k > lo and last.match(text, k - 1):
            return True
    return False


def word_alt(words: object, bound: bool = True) -> str:
    """`_alt`, by default ending at a word's end (the finder's and the date finder's alternation)."""
    return _alt(words) + (r"(?![\w])" if bound else "")


def lookup(mapping: dict, key: str) -> object:
    """A table's value for `key`, its spaces collapsed, as written or else in any case."""
    k = " ".join(key.split())
    if k in mapping:
        return mapping[k]
    low = {str(a).lower(): v for a, v in mapping.items()}
    return low.get(k.lower())


def day_of(date: str | None) -> str | None:
    """The day of a date row that a clock after it can take: `2025-03-12`, or `2025-03-12TAF` (a day with its
    part: `ayer por la tarde`, `hier soir`); else None."""
    return date[:10] if date and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?", date) else None


def clock_on(day: str, part_date: str, clock: str) -> str:
    """A clock date (`...T05:00`, a range `.../...T07:00`) moved to `day`; a day's afternoon, evening or
    night (`part_date` ending in `TAF`, `TEV`, `TNI`) makes a morning hour of the clock the afternoon's."""
    part = part_date[11:] if len(part_date) == 13 else ""

    def one(c: str) -> str:
        h = int(c[11:13])
        if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
            h += 12
        return f"{day}T{h:02d}{c[13:]}"

    return "/".join(one(c) if len(c) >= 16 and c[10] == "T" else c for c in clock.split("/"))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    items = sorted(set(words), key=lambda w: (-len(w), w))  # equal lengths in a fixed order, whatever the hash seed
    return "(?:" + ("|".join(_SP.join(re.escape(p) for p in w.split()) for w in items) or "(?!)") + ")"


#: Letters whose cases `re.IGNORECASE` matches by more than `str.lower` (a dotless or dotted i, a long
#: s, a micro sign, a sharp s, a Kelvin sign...): a word holding one is left to the plain alternation.
_ODD_CASES = frozenset("ıİſµÿ\u212a\u212b\u1e9e")


def _plain_case(c: str) -> bool:
    """Whether `re.IGNORECASE` matches `c` exactly where `str.lower` agrees (ASCII and the Latin-1 and
    Latin Extended-A letters with one lower and one upper case), or `c` has no case."""
    if c in _ODD_CASES:
        return False
    low, up = c.lower(), c.upper()
    if low == up == c or c == "ß":  # `ß` has no upper case of one letter: it matches itself and `ẞ`, both lower-cased `ß`
        return True
    return ord(c) < 0x180 and len(low) == len(up) == 1 and low.upper() == up and up.lower() == low


@cache
def _trie(words: tuple[str, ...], fold: bool, literal: bool = False) -> str | None:
    """The tree of `trie_alt`; with `literal`, a space is one space (as `re.escape` writes it), not any
    run of spaces; None where the words are not all plain in case (`_plain_case`) or one is blank."""
    items = set(words)
    if any(not w.split() for w in items) or (fold and not all(_plain_case(c) for w in items for c in w)):
        return None
    tree: dict = {}
    for w in items:
        node = tree
        for unit in (list(w.lower() if fold else w) if literal else
                     [u for k, tok in enumerate(w.split()) for u in ([None] if k else []) + list(tok.lower() if fold else tok)]):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(_SP if u is None else re.escape(u)) + emit(sub) for u, sub in sorted(((u, v) for u, v in node.items() if u != ""),
                                                                                        key=lambda kv: (kv[0] is None, kv[0] or ""))]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + (emit(tree) or "(?!)") + ")"


def trie_alt(words: object, fold: bool) -> str:
    """`_alt(words)` as a prefix tree, for a pattern compiled with `re.IGNORECASE` when `fold` (the
    words' cases merged), else for one compiled without: the same matches, each first letter tried
    once instead of every word in turn. Where two words match at one place one is a prefix of the
    other, and the tree tries the longer first, as the alternation does (longest first)."""
    return _trie(tuple(map(str, words)), fold) or _alternation(tuple(map(str, words)))  # type: ignore[call-overload]


def _get(t: dict, key: str, lower: bool = False) -> object | None:
    for k, v in t.items():
        if k == key or (lower and k.lower() == key.lower()):
            return v
    return None


@cache
def _pieces(lang: str, numbers: tuple, ands: tuple) -> tuple[str, dict]:
    table = {k.lower(): float(v) for k, v in numbers}
    for a in ands:
        table.setdefault(a.lower(), 0.0)
    # every pattern holding the pieces is IGNORECASE: their tree (longest first, as the sorted alternation)
    tree = _trie(tuple(table), True, True)
    return tree or "(?:" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + ")", table


def glued_value(t: dict, word: str) -> float | None:
    """The value of number words written as one (`einhunderteinunddreißig` 131), or None.

    >>> t = {"numbers_glued": True, "and": ["und"], "numbers": {"ein": 1, "drei": 3, "dreißig": 30,
    ...      "hundert": 100, "tausend": 1000, "fünf": 5, "zwanzig": 20}}
    >>> [glued_value(t, w) for w in ["einhunderteinunddreißig", "fünfundzwanzigtausend", "dreiundachtzig"]]
    [131.0, 25000.0, None]
    """
    if not t.get("numbers_glued"):
        return None
    pieces, by_first, ands = _glued_index(tuple(t["numbers"].items()), tuple(t["and"]))
    w = word.lower()
    best: dict[int, list[str] | None] = {0: []}
    for i in range(len(w)):  # the segmentation with the fewest pieces (longest words first)
        if best.get(i) is None:
            continue
        for p in by_first.get(w[i], ()):  # the pieces in their order, those starting with the letter at `i`
            if w.startswith(p, i) and (best.get(i + len(p)) is None or len(best[i + len(p)]) > len(best[i]) + 1):  # type: ignore[arg-type]
                best[i + len(p)] = [*best[i], p]  # type: ignore[misc]
    parts = best.get(len(w))
    if not parts or len(parts) < 2:
        return None
    total = current = 0.0
    for p in parts:
        v = pieces[p]
        if v == 0 and p in ands:
            continue
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        else:
            current += v
    return total + current


@cache
def _glued_index(numbers: tuple, ands: tuple) -> tuple[dict, dict[str, list[str]], frozenset[str]]:
    """`glued_value`'s pieces, the same grouped by their first letter (in order), and the `and` words
    lower-cased: built once per table, not per word."""
    _, pieces = _pieces("", numbers, ands)
    by_first: dict[str, list[str]] = {}
    for p in pieces:
        if p:  # an empty piece never shortens a segmentation
            by_first.setdefault(p[0], []).append(p)
    return pieces, by_first, frozenset(a.lower() for a in ands)


def glued_pattern(t: dict) -> str:
    """A regex for number words written as one word, or `(?!)`."""
    if not t.get("numbers_glued"):
        return "(?!)"
    p, _ = _pieces("", tuple(t["numbers"].items()), tuple(t["and"]))
    return rf"{p}(?:{p})+(?![\w])"


def nearest_year(ref: dt.date | None, month: int) -> str:
    """The year of a month written without one: the one putting it nearest the reference date."""
    if ref is None:
        return "XXXX"
    k = month - ref.month
    return str(ref.year + (1 if k < -6 else -1 if k > 6 else 0))


def _numeric_dates(t: dict, text: str, ref: dt.date | None) -> list[Found]:
    out = []
    for p in t.get("numeric_date_patterns", ()):
        pat = (re.escape(p).replace(r"\{d\}", r"(?P<d>[0-3]?\d)").replace(r"\{m\}", r"(?P<m>[01]?\d)")
              .replace(r"\{y\}", r"(?P<y>\d{4})"))
        for m in rx(rf"(?<![\w.,]){pat}(?![\w]|[.,]\d)").finditer(text):
            d, mo = int(m.group("d")), int(m.group("m"))
            y = m.groupdict().get("y")
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            if not y and len(m.group("m")) < 2 and not m.group().endswith("."):
                continue  # `3.5` is a decimal; `22.04` and `3.5.` are dates
            out.append(Found(m.start(), m.end(), "date", date=f"{y or nearest_year(ref, mo)}-{mo:02d}-{d:02d}"))
    return out


def _week_of(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


@lru_cache(maxsize=2)
def _spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The sentences of the text being read, split once for all its figures (`future` asks per
    figure): a memo of a pure function, holding the last two texts only."""
    return tuple(split_sentences(text, lang))


#: How far (characters) from a figure `future` (and from a date, `phrases.tense`) looks for a cue of
#: tense in its clause or sentence.
_TENSE_SPAN = 300


@cache
def _lowered(words: tuple[str, ...]) -> frozenset[str]:
    """A table's words in lower case (the table's, so built once per language)."""
    return frozenset(w.lower() for w in words)


def future(t: dict, text: str, at: int) -> bool | None:
    """Whether the sentence around `at` speaks of the future (`future_cues`), the past
    (`past_cues`), or neither (None)."""
    fut, pasts, past = _lowered(tuple(t.get("future_cues", ()))), _lowered(tuple(t.get("past_cues", ()))), tuple(t.get("past_suffixes", ()))
    if not (fut or pasts or past):
        return None  # a language with no cue words in its table: no sentence says either (no window read)
    lo, hi = 0, len(text)
    spans = _spans(text, t["_lang"])
    k = bisect.bisect_right(spans, (at, len(text) + 1)) - 1  # the last sentence starting at or before `at`
    if k >= 0 and spans[k][0] <= at < spans[k][1]:
        lo, hi = spans[k]
    # a semicolon ends a clause: `endet am 5. Oktober; bis Sonntag kamen`; looked for only within the
    # span below (one farther off leaves the clause longer than the span, cut by it alike)
    lo = max(lo, text.rfind(";", max(lo, at - _TENSE_SPAN - 1), at) + 1)
    semi = text.find(";", at, min(hi, at + _TENSE_SPAN + 1))
    hi = semi if semi >= 0 else hi
    if at - lo > _TENSE_SPAN:  # a cue farther off is no clue (and a long line stays linear): whole words only
        lo = text.find(" ", at - _TENSE_SPAN, at) + 1 or at - _TENSE_SPAN
    if hi - at > _TENSE_SPAN:
        hi = max(at, text.rfind(" ", at, at + _TENSE_SPAN))
    cues = _cue_words(text, fut, pasts, past)
    if cues is not None:  # the words of the window from the text's index: those inside it, and the two it cuts
        if hi <= lo:
            return None
        low, starts, ends, n_fut, n_past = cues
        a, b = bisect.bisect_left(starts, lo), bisect.bisect_right(ends, hi)  # the words wholly inside
        cut = {low[max(starts[k], lo) : min(ends[k], hi)] for k in (a - 1, b) if 0 <= k < len(starts) and starts[k] < hi and ends[k] > lo}
        if (b > a and n_fut[b] > n_fut[a]) or cut & fut:
            return True
        if (b > a and n_past[b] > n_past[a]) or cut & pasts or (past and any(w.endswith(past) and len(w) > 7 for w in cut)):
            return False
        return None
    words = set(rx(r"[^\W\d_]+").findall(text[lo:hi].lower()))
    if words & fut:
        return True
    # `demonstrierten`: a weak verb's past
    if words & pasts or (past and any(w.endswith(past) and len(w) > 7 for w in words)):
        return False
    return None


@lru_cache(maxsize=4)
def _cue_words(text: str, fut: frozenset[str], pasts: frozenset[str], past: tuple[str, ...]) -> tuple | None:
    """The words of the text being read, lower-cased (the text, its word starts and ends), with running
    counts of those that are a cue of the future and of the past for `future`: a memo of a pure
    function, holding the last texts only; None where lower-casing a window could read otherwise
    than cutting the lower-cased text (a letter that lower-cases to two, a final sigma)."""
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text:
        return None
    starts, ends, n_fut, n_past = [], [], [0], [0]
    for m in rx(r"[^\W\d_]+").finditer(low):
        w = m.group()
        starts.append(m.start())
        ends.append(m.end())
        n_fut.append(n_fut[-1] + (w in fut))
        n_past.append(n_past[-1] + (w in pasts or bool(past and w.endswith(past) and len(w) > 7)))
    return low, starts, ends, n_fut, n_past


def tense_year(t: dict, text: str, at: int, ref: dt.date | None, month: int) -> str | None:
    """The year of a month written without one, by the tense of its sentence (`future_cues`,
    `past_cues`): the next such month in the future, the last one in the past; None when the
    sentence says neither (then the nearest month serves)."""
    if ref is None or not t.get("future_cues"):
        return None
    ahead = future(t, text, at)
    if ahead is None:
        return None
    return str(ref.year + (1 if ahead and month < ref.month else -1 if not ahead and month > ref.month else 0))


def _scan(pattern: str, part: str, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """`rx(pattern, flags).finditer(text)`, skipped where `part` matches nowhere in `text`: `part` is a
    piece every match of `pattern` holds, read with the same flags and without looking behind it (a
    suffix of the figure), so where it is absent `pattern` cannot match (one quick search instead of
    trying the whole pattern at every word of a text that never writes the suffix)."""
    if rx(part, flags).search(text) is None:
        return iter(())
    return rx(pattern, flags).finditer(text)


def _temporal(t: dict, text: str, ref: dt.date | None) -> list[Found]:
    out = []
    for p in t.get("decades", ()):
        pat = re.escape(p).replace(r"\{y\}", r"(?P<y>1[0-9]\d0|20\d0|[2-9]0)").replace(r"\ ", _SP)
        tail = re.escape(p.split("{y}", 1)[1]).replace(r"\ ", _SP) if "{y}" in p else ""  # `er-Jahren` after the year
        out += [Found(m.start(), m.end(), "date", date=m.group("y")[:3] if len(m.group("y")) == 4 else "19" + m.group("y")[0])
                for m in _scan(rf"(?<![\w]){pat}(?![\w])", rf"{tail}(?![\w])", text)]
    if t.get("sets"):  # `im Jahr 2022`: a year, not the set `im Jahr`
        out += [Found(m.start(), m.end(), "date", date=m.group("y")) for m in
                rx(rf"(?<![\w])(?:{_alt(t['sets'])}){_SP}(?P<y>\d{{4}})(?![\w]|[.,]\d)", re.IGNORECASE).finditer(text)
                if _get(t["sets"], m.group()[: m.start("y") - m.start()].strip(), lower=True) == "P1Y"]  # `2024/25`: one year running into the next
        for m in rx(r"(?<![\w.,/-])(?P<a>(?:19|20)\d\d)[/–-](?P<b>\d\d)(?![\w/]|[.,]\d)").finditer(text):
            a = int(m.group("a"))
            if int(m.group("b")) == (a + 1) % 100:
                out.append(Found(m.start(), m.end(), "date", date=f"{a}/{a + 1}"))
    seasons = t.get("season_names")
    if seasons:
        wb = rf"(?:(?P<wb>{_alt(t['weekday_before'])}){_SP})?" if t.get("weekday_before") else ""
        for m in rx(rf"(?<![\w]){wb}(?P<s>{_alt(seasons)})(?:{_SP}(?P<y>\d{{4}})(?!\d))?(?![\w])").finditer(text):
            step = _get(t["weekday_before"], m.group("wb"), lower=True) if wb and m.group("wb") else 0
            y = m.group("y") or (str(ref.year + int(step)) if ref else "XXXX")  # type: ignore[arg-type]
            out.append(Found(m.start(), m.end(), "date", date=f"{y}-{_get(seasons, m.group('s'))}"))
    if t.get("weekend"):
        for m in rx(rf"(?<![\w]){_alt(t['weekend'])}(?![\w])").finditer(text):
            if ref is None:
                out.append(Found(m.start(), m.end(), "date"))
                continue
            back = (ref.weekday() - 5) % 7
            way = rx(rf"(?<![\w])(?P<w>{_alt(t['weekday_before'])}){_SP}$", re.IGNORECASE).search(text[max(0, m.start() - 15) : m.start()]) if t.get("weekday_before") else None
            step = _get(t["weekday_before"], way.group("w"), lower=True) if way else None
            ahead = {1: True, -1: False}.get(step) if step else future(t, text, m.start())  # type: ignore[arg-type]
            if step == -1 and back == 0:
                back = 7
            if ahead is None:
                ahead = back >= 4
            day = ref + dt.timedelta(days=(7 - back) % 7) if ahead else ref - dt.timedelta(days=back)
            out.append(Found(m.start(), m.end(), "date", date=_week_of(day) + "-WE"))
    if t.get("every_n"):
        num = _alt(t["numbers"])
        units = t["time_units"]
        iso = {"day": "D", "week": "W", "month": "M", "year": "Y"}
        for m in rx(rf"(?<![\w]){_alt(t['every_n'])}{_SP}(?P<n>\d+|{num}){_SP}(?P<u>{_alt(units)})(?![\w])", re.IGNORECASE).finditer(text):
            n = m.group("n")
            v = float(n) if n.isdigit() else _get(t["numbers"], n, lower=True)
            u = _get(units, m.group("u"))
            if v and u in iso and float(v).is_integer():  # type: ignore[arg-type]
                out.append(Found(m.start(), m.end(), "set", duration=f"P{int(v)}{iso[str(u)]}"))  # type: ignore[arg-type]
            elif v and u in ("hour", "minute", "second") and float(v).is_integer():  # `alle 90 Sekunden`: PT90S  # type: ignore[arg-type]
                out.append(Found(m.start(), m.end(), "set", duration=f"PT{int(v)}{str(u)[0].upper()}"))  # type: ignore[arg-type]
    return out + _every_nth(t, text)


def _every_nth(t: dict, text: str) -> list[Found]:
    """`jeden zweiten Tag`, `jede dritte Woche` (`each_ordinal`, an ordinal, a unit) and `un jour sur deux`
    (`one_unit_in_n`: a word for one, a unit, the link, a number): a set every n days, weeks, months or years."""
    iso = {"day": "D", "week": "W", "month": "M", "year": "Y"}
    units, out = t["time_units"], []
    pats = []
    if t.get("each_ordinal") and t.get("ordinals"):
        pats.append(rx(rf"(?<![\w])(?:{_alt(t['each_ordinal'])}){_SP}(?P<o>{_alt(t['ordinals'])}){_SP}(?P<u>{_alt(units)})(?![\w])", re.IGNORECASE))
    if t.get("one_unit_in_n"):  # also a weekday: `un mardi sur deux` every other week
        one, link = t["one_unit_in_n"]["one"], t["one_unit_in_n"]["link"]
        pats.append(rx(rf"(?<![\w])(?:{_alt(one)}){_SP}(?:(?P<u>{_alt(units)})|(?P<wd>{_alt(t['weekdays'])})){_SP}(?:{_alt(link)}){_SP}"
                       rf"(?P<n>\d+|{_alt(t['numbers'])})(?![\w])", re.IGNORECASE))
    for pat in pats:
        for m in pat.finditer(text):
            n = m.groupdict().get("n")
            v = _get(t["ordinals"], m.group("o"), lower=True) if m.groupdict().get("o") else float(n) if n and n.isdigit() else _get(t["numbers"], n or "", lower=True)
            u = "week" if m.groupdict().get("wd") else _get(units, m.group("u"), lower=True)
            if isinstance(v, (int, float)) and v >= 2 and float(v).is_integer() and u in iso:
                out.append(Found(m.start(), m.end(), "set", duration=f"P{int(v)}{iso[str(u)]}"))
    return out


def _ordinals(t: dict, text: str) -> list[Found]:
    stems, ends = t.get("ordinal_stems"), t.get("ordinal_endings")
    out: list[Found] = []
    if stems and ends:
        pieces = _pieces("", tuple(t["numbers"].items()), tuple(t["and"]))[0]
        pat = rf"(?<![\w])(?P<pre>(?:{pieces})*)(?P<st>{_alt(stems)})(?:{_alt(ends)})(?![\w])"
        for m in rx(pat, re.IGNORECASE).finditer(text):
            v = float(_get(stems, m.group("st"), lower=True))  # type: ignore[arg-type]
            if m.group("pre"):
                p = m.group("pre")
                base = glued_value(t, p) if glued_value(t, p) is not None else _get(t["numbers"], p, lower=True)
                if base is None:
                    continue
                v = float(base) * v if v >= 100 else float(base) + v  # type: ignore[arg-type]
            mon = rx(rf"{_SP}(?P<m>{_alt(t['months'])})(?:{_SP}(?P<y>\d{{4}})(?!\d))?(?![\w])").match(text, m.end())
            if mon and 1 <= v <= 31 and v.is_integer():  # `am zweiten Februar`
                month = int(_get(t["months"], mon.group("m"), lower=True))  # type: ignore[arg-type]
                year = mon.group("y") or t.get("_ref_year", {}).get(month, "XXXX")
                out.append(Found(m.start(), mon.end(), "date", date=f"{year}-{month:02d}-{int(v):02d}"))
            elif ((v >= 2 or (v == 1 and _alone(t, text, m))) and not (v < 1000 and m.group()[:1].isupper() and word_before(text, m.start(), ",;)")
                                 and rx(r"[ \u00a0]+[A-ZÄÖÜ]").match(text, m.end()))):
                out.append(Found(m.start(), m.end(), "ordinal", value=v, qualifier="="))  # not `der Zweite Weltkrieg`
    if t.get("ordinal_digit_point"):
        stops = {w.lower() for w in t["entity_stops"]} | {str(w).lower() for w in t["months"]}
        ends_at = {b for _, b in _spans(text, t["_lang"])}
        arts = {w.lower() for w in t.get("ordinal_articles", ())}
        for m in rx(r"(?<![\w.,])(?P<n>\d{1,3})\.(?=[ \u00a0](?P<w>[^\W\d_][\w-]*))").finditer(text):
            w, before = m.group("w"), rx(r"[^\W\d_]+").findall(text[max(0, m.start() - 8) : m.start()])
            if w in t.get("ordinal_not_before", ()):  # `1. FC Köln`: a club's name
                out.append(Found(m.start(), m.end("w"), NONE))
            elif (w[:1].isupper() and w.lower() not in stops and int(m.group("n")) >= 1
                    and ((before and before[-1].lower() in arts) or not any(m.end() <= b <= m.end() + 1 for b in ends_at))):
                out.append(Found(m.start(), m.end(), "ordinal", value=float(m.group("n")), qualifier="="))
        verbs = t.get("ordinal_point_after", ())  # `Sie wurde 3. unter 120`, `landete als 7.`: a placing
        if verbs:
            for m in rx(rf"(?<![\w]){_alt(verbs)}[ \u00a0]+(?P<o>(?P<n>\d{{1,3}})\.)(?=[ \u00a0]+[a-zäöüß]|[ \u00a0]*[,;:!?]|[ \u00a0]*$)",
                        re.IGNORECASE).finditer(text):
                out.append(Found(m.start("o"), m.end("o"), "ordinal", value=float(m.group("n")), qualifier="="))
    return out


def _alone(t: dict, text: str, m: re.Match[str]) -> bool:
    """`die erste ohne Publikum`, `der erste, der`: the first standing for its noun (an article before
    it, no noun, figure or time word after it), an ordinal; `die erste Liga`, `in den ersten elf
    Monaten` are left to the words after them."""
    before = rx(r"[^\W\d_]+").findall(text[max(0, m.start() - 8) : m.start()])
    arts = {w.lower() for w in t.get("ordinal_articles", ())}
    nxt = rx(r"[ \u00a0]*(?P<w>[^\W\d_]+|[,;:.!?]|$)").match(text, m.end())
    word = nxt.group("w") if nxt else ""
    return (bool(before) and before[-1].lower() in arts and bool(nxt) and not word[:1].isupper() and not word.isdigit()
            and _get(t["numbers"], word, lower=True) is None and word.lower() not in {str(k).lower() for k in t["numbers"]})


def _clocks(t: dict, text: str, ref: dt.date | None) -> list[Found]:
    """`19:56`, `19:56:30 Uhr` (`clock_colon_times`); `acht Uhr`, `acht Uhr vierzig` (`clock_word_hours`)."""
    day = ref.isoformat() if ref else "XXXX-XX-XX"
    out = []
    if t.get("clock_colon_times"):
        uhr = rf"(?:{_SP}{_alt(t['clock_after'])})?" if t.get("clock_after") else ""
        for m in rx(rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<se>[0-5]\d))?{uhr}(?![\w:]|[.,]\d)").finditer(text):
            sec = f":{m.group('se')}" if m.group("se") else ""
            out.append(Found(m.start(), m.end(), "time", date=f"{day}T{int(m.group('h')):02d}:{m.group('mi')}{sec}"))
    if t.get("clock_word_hours") and t.get("clock_after"):
        glued = glued_pattern(t).removesuffix(r"(?![\w])")
        words = rf"(?:{glued}|{trie_alt(t['numbers'], True)})"  # IGNORECASE below
        for m in _scan(rf"(?<![\w])(?P<h>{words}){_SP}{_alt(t['clock_after'])}(?:{_SP}(?P<mi>{words}))?(?![\w])",
                       rf"{_SP}{_alt(t['clock_after'])}", text, re.IGNORECASE):  # `Uhr` after the hour
            h = _words(t, m.group("h"))
            mi = _words(t, m.group("mi")) if m.group("mi") else 0.0
            if h is None or not (0 <= h <= 24) or not h.is_integer() or mi is None or not (0 <= mi < 60):
                continue
            out.append(Found(m.start(), m.end(), "time", date=f"{day}T{int(h):02d}:{int(mi):02d}"))
    if t.get("clock_shifts"):  # `halb acht` 7:30, `Viertel nach 8` 8:15, `drei Minuten vor 8` 7:57
        glued = glued_pattern(t).removesuffix(r"(?![\w])")
        hour = rf"(?P<h>[01]?\d|2[0-3]|{glued}|{trie_alt(t['numbers'], True)})"  # IGNORECASE below
        mins = (rf"(?P<n>\d{{1,2}}|{trie_alt(t['numbers'], True)}){_SP}(?:(?P<mw>{_alt(t.get('clock_minute_words', ()))}){_SP})?"
                rf"(?P<r>{_alt(t.get('clock_minute_links', ()))})")
        lead = rf"(?:(?P<lead>{_alt(t.get('clock_before', ()))}){_SP})?"  # `um zehn vor neun`: the minute word left out
        for m in rx(rf"(?<![\w]){lead}(?:(?P<w>{_alt(t['clock_shifts'])})|{mins}){_SP}{hour}(?![\w]|[.,:]\d)", re.IGNORECASE).finditer(text):
            if m.group("n") and not (m.group("mw") or m.group("lead")):
                continue  # `zehn vor neun Zeugen`
            h = _words(t, m.group("h")) if not m.group("h").isdigit() else float(m.group("h"))
            shift, mi = _get(t["clock_shifts"], m.group("w"), lower=True) if m.group("w") else (  # type: ignore[misc]
                _get(t["clock_minute_links"], m.group("r"), lower=True))
            if m.group("n"):
                n = float(m.group("n")) if m.group("n").isdigit() else _words(t, m.group("n"))
                if n is None or not 0 < n < 60:
                    continue
                mi = n if shift == 0 else 60 - n
            if h is None or not (1 <= h <= 24) or not h.is_integer():
                continue
            out.append(Found(m.start("w") if m.group("w") else m.start("n"), m.end(), "time", date=f"{day}T{(int(h) + shift) % 24:02d}:{int(mi):02d}"))
    return out


@cache
def _number_words(lang: str) -> dict[str, object]:
    """`lang`'s number words in lower case, each with the value of the first entry that reads so
    (what `_get(numbers, word, lower=True)` finds), indexed once per language."""
    from .finder import grammar  # the finder imports this module

    out: dict[str, object] = {}
    for k, v in grammar(lang).t["numbers"].items():
        out.setdefault(k.lower(), v)
    return out


def _words(t: dict, s: str) -> float | None:
    v = _number_words(t["_lang"]).get(s.lower())
    return float(v) if v is not None else glued_value(t, s)  # type: ignore[arg-type]


def parse_digits(t: dict, raw: str) -> float | None:
    """A figure in digits; with `comma_is_decimal` a comma is always the decimal mark (`42,195`)."""
    from .finder import parse_number  # the finder imports this module

    words = t.get("digit_thousands")
    spaced = " " in raw or "\u00a0" in raw or "\u202f" in raw  # the split needs a space (_SP) on both sides of its word
    parts = rx(rf"{_SP}(?:{_alt(words)}){_SP}", re.IGNORECASE).split(raw) if words and spaced else [raw]
    if len(parts) == 2:  # `4 mil 200`: 4200
        head, tail = (parse_digits(t, x) for x in parts)
        return None if head is None or tail is None else head * 1000 + tail
    if t.get("comma_is_decimal") and raw.count(",") == 1:
        head, tail = raw.split(",")
        base = parse_number(head) if head else 0.0
        return None if base is None or not tail.isdigit() else base + float("0." + tail)
    return parse_number(raw)


def index_points(t: dict, word: str, value: float) -> bool:
    """Whether `18.175 Punkte` are index points (a count), not percentage points: above
    `points_max` of the word (`Punkte` of the Dax; `Prozentpunkte` have none)."""
    top = _get(t.get("points_max", {}), word, lower=True)
    return top is not None and abs(value) > float(top)  # type: ignore[arg-type]


#: The last character before a figure that `negative` can read a sign from (its cheap pretest; an empty string is
#: never in it; tests/test_prefilters.py checks it against the full reading).
NEGATIVE_ENDS = frozenset(" \u00a0\u202f\n-\u2212")


def negative(t: dict, text: str, start: int) -> int | None:
    """Where a minus before the figure at `start` begins (`minus 12`, `-18`), or None."""
    words = t.get("negative_words")
    if not words:
        return None
    pre = text[max(0, start - 12) : start]
    if pre[-1:] not in NEGATIVE_ENDS:
        return None  # a sign word ends in a space (`$` also before a final newline), a minus sign is the last character
    m = rx(rf"(?<![\w]){_alt(words)}{_SP}$", re.IGNORECASE).search(pre)
    not_after = t.get("negative_not_after")
    if m and not_after and rx(rf"(?<![\w]){_alt(not_after)}{_SP}$", re.IGNORECASE).search(text[max(0, start - len(pre) + m.start() - 12) : start - len(pre) + m.start()]):
        return None  # `au moins 12 degrés`, `al menos 5 grados`: a bound, not a sign
    if m:
        return start - len(pre) + m.start()
    if pre.endswith(("-", "−")) and (len(pre) == 1 or pre[-2] in " (") and not rx(r"[\d%]\s*$").search(pre[:-1]):
        return start - 1
    return None


NONE = "none"  # a candidate that takes its span from the others and gives no row (`1:3`, `Hauptstraße 12`)


def _blocks(t: dict, text: str) -> list[Found]:
    """Scores (`1:3`; `4:2 Stimmen` is a vote tally, two counts), house numbers (`id_suffixes`)."""
    out = []
    if t.get("clock_colon_times"):
        tally = _alt(t.get("tally_nouns", ()))
        for m in rx(rf"(?<![\w.,:])(?P<a>\d{{1,3}})(?::|{_SP}{_alt(t.get('tally_links', ()))}{_SP})(?P<b>\d{{1,3}})"
                             rf"(?![\w:]|[.,]\d)(?P<n>{_SP}{tally}(?![\w]))?").finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if m.group("n"):  # `512 zu 206 Stimmen`: two counts of votes, as `512 votes to 206` in English
                out += [Found(m.start(k), m.end(k), "count", value=float(v), qualifier="=", entity=m.group("n").strip())
                        for k, v in (("a", a), ("b", b))]
            elif ":" in m.group() and not rx(r"([01]?\d|2[0-3]):[0-5]\d").fullmatch(m.group()):
                out.append(Found(m.start(), m.end("b"), NONE))
    if t.get("glued_letter_ids"):  # `2G-Regel`, `5G`, `3D`: a figure glued to one capital letter
        out += [Found(m.start(), m.end(), NONE) for m in rx(r"(?<![\w.,])\d{1,2}[A-Z](?![A-Za-z\d])").finditer(text)]
    if t.get("id_suffixes"):
        for m in rx(rf"(?<=[^\W\d_])(?:{_alt(t['id_suffixes'])}){_SP}\d+[a-z]?(?![\w])").finditer(text):
            out.append(Found(m.start(), m.end(), NONE))
    return out


_ROMAN = re.compile(r"C?(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_ordinals(t: dict, text: str) -> list[Found]:
    """`la XV edición`, `la XVe édition`, `le IIIe congrès`: a Roman numeral after one of `roman_ordinal_leads`,
    with one of `roman_ordinal_marks` when the table has them, before a word; not a century (`XIXe siècle`),
    not a name's (`Felipe VI`, `Louis XIV`: no lead), at most 100 (`le CV du candidat` is no ordinal)."""
    marks = f"(?:{_alt(t['roman_ordinal_marks'])})" if t.get("roman_ordinal_marks") else ""
    century = _alt([*t.get("century_words", ()), *t.get("century_before", ())]) or "(?!)"
    out = []
    for m in rx(rf"(?<![\w])(?:{_alt(t['roman_ordinal_leads'])}){_SP}(?P<r>[IVXLC]+)(?P<m>{marks})(?![\w])"
                rf"(?!{_SP}(?:{century})(?![\w]))(?={_SP}[^\W\d_])", re.IGNORECASE).finditer(text):
        r = m.group("r")
        if not r.isupper() or not _ROMAN.fullmatch(r) or (len(r) == 1 and r in "LC"):
            continue
        n = sum(-_ROMAN_VALUES[a] if _ROMAN_VALUES[a] < _ROMAN_VALUES[b] else _ROMAN_VALUES[a] for a, b in zip(r, r[1:])) + _ROMAN_VALUES[r[-1]]
        if 0 < n <= 100:
            out.append(Found(m.start("r"), m.end(), "ordinal", value=float(n), qualifier="="))
    return out


def _suffixed_counts(t: dict, text: str, suffix: str) -> Iterator[tuple[re.Match[str], float]]:
    """Whole numbers from 1 to 999, in digits or words, glued to `suffix` (`34-jähriger`, `zweiwöchige`),
    with their values: the matches age and duration suffixes share."""
    glued = glued_pattern(t).removesuffix(r"(?![\w])")
    pattern = rf"(?<![\w.,])(?P<n>\d{{1,3}}-|{glued}-?|{trie_alt(t['numbers'], True)}-?){suffix}(?![\w])"
    for m in _scan(pattern, rf"{suffix}(?![\w])", text, re.IGNORECASE):  # `jährige` after the figure
        n = m.group("n").rstrip("-")
        v = parse_digits(t, n) if n[:1].isdigit() else _words(t, n)
        if v and 0 < v < 1000 and float(v).is_integer():
            yield m, v


def candidates(t: dict, text: str, ref: dt.date | None) -> list[Found]:
    """Rows of the shapes above that the language's table asks for."""
    if ref is not None:
        t = {**t, "_ref_year": {mo: nearest_year(ref, mo) for mo in range(1, 13)}}
    out = _numeric_dates(t, text, ref) + _temporal(t, text, ref) + _ordinals(t, text) + _clocks(t, text, ref) + _blocks(t, text)
    if t.get("multiplier_words"):  # `verdoppelt` 2, `halbiert` 0.5 (ratios, as `doubled` in English)
        out += [Found(m.start(), m.end(), "ratio", value=float(_get(t["multiplier_words"], m.group(), lower=True)), qualifier="=")  # type: ignore[arg-type]
                for m in rx(rf"(?<![\w]){_alt(t['multiplier_words'])}(?![\w])", re.IGNORECASE).finditer(text)]
    if t.get("fold_suffix"):  # `dreifach`, `10-fache`
        glued = glued_pattern(t).removesuffix(r"(?![\w])")
        for m in _scan(rf"(?<![\w.,])(?P<n>\d+(?:,\d+)?-?|{glued}|{trie_alt(t['numbers'], True)})(?:{_alt(t['fold_suffix'])})(?![\w])",
                       rf"(?:{_alt(t['fold_suffix'])})(?![\w])", text, re.IGNORECASE):  # `fach` after the figure
            n = m.group("n").rstrip("-")
            v = parse_digits(t, n) if n[:1].isdigit() else _words(t, n)
            if v and v > 1:
                out.append(Found(m.start(), m.end(), "ratio", value=v, qualifier="="))
    if t.get("age_suffixes"):  # `34-jähriger`, `16-Jährige`, `zwölfjährige`: an age, a duration in years (as `de 34 años`)
        for m, v in _suffixed_counts(t, text, rf"(?:{_alt(t['age_suffixes'])})"):
            out.append(Found(m.start(), m.end(), "duration", value=v, unit="year", duration=f"P{int(v)}Y", qualifier="="))
    if t.get("duration_suffixes"):  # `zweiwöchige Pause`, `3-tägigen`, `15-minütige`: a length of time
        units = {k: v for k, v in t["duration_suffixes"].items() if not k.startswith("_")}
        for m, v in _suffixed_counts(t, text, rf"(?P<u>{_alt(units)}){_alt(t.get('duration_suffix_endings', ['']))}"):
            iso = str(_get(units, m.group("u"), lower=True))
            unit = {"W": "week", "D": "day", "M": "month", "TH": "hour", "TM": "minute", "TS": "second"}[iso]
            out.append(Found(m.start(), m.end(), "duration", value=v, unit=unit, qualifier="=",
                             duration=f"P{iso[:-1]}{int(v)}{iso[-1]}"))
    if t.get("roman_ordinal_leads"):
        out += _roman_ordinals(t, text)
    if t.get("plural_counts"):
        out += [Found(m.start(), m.end(), "count", qualifier="~")
                for m in rx(rf"(?<![\w]){_alt(t['plural_counts'])}(?![\w])").finditer(text)]
    return out


__all__ = ["NONE", "candidates", "future", "glued_pattern", "glued_value", "index_points", "negative", "parse_digits", "tense_year"]


@cache
def _country_cues(lang: str, word: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    from . import table  # the finder's table, read once per language and word
    cues = lookup(dict(table(lang, "forms").get("currency_countries", {})), word) or {}
    return tuple((code, re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])"))
                 for code, words in cues.items() if not code.startswith("_"))  # type: ignore[union-attr]


def country_currency(t: dict, text: str, word: str, unit: str | None) -> str | None:
    """The currency a word that several countries use names in this document: `pesos` in a text that
    names Argentina are `ARS`; `dollars` in one that names Quebec `CAD`; else `unit`, the table's default.

    >>> country_currency({"_lang": "es"}, "En Buenos Aires el pan cuesta 3.200 pesos.", "pesos", "MXN")
    'ARS'
    >>> country_currency({"_lang": "es"}, "Pemex perdió 61.200 millones de pesos.", "pesos", "MXN")
    'MXN'
    """
    return _country_in(t["_lang"], word, text) or unit


@lru_cache(maxsize=8)
def _country_in(lang: str, word: str, text: str) -> str | None:
    """The first country code whose cue `text` names: one scan per text and word, so a text with many `$` stays linear."""
    for code, cue in _country_cues(lang, word):
        if cue.search(text):
            return code
    return None
