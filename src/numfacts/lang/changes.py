"""The change step of the table-driven finder (numfacts.lang.finder): which figures a sentence states
as a rise or a fall (`change` up/down) and whether each is the size of the change, the old level or
the new one (`role` by/from/to), read from the language's `change` table (`up`, `down`, `by`,
`to`, `from_or_by`; optional `from`, `neutral`, `moves`, `clause_breaks`, `by_after_change_word`,
`to_after_change_word`, `not_by`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..mention import Found
from ..sentences import sentence_index
from .shapes import _SP, _alt, _spans, last_chars, rx, word_may_end

if TYPE_CHECKING:
    from .finder import Grammar

_CHANGED = ("count", "percent", "money", "measure", "ratio")
_LEVEL_REACH = 400  # characters after an old level (`de 3 %`) where its new level (`à 5 %`) is looked for


def changes(g: Grammar, text: str, found: list[Found], lang: str) -> list[Found]:
    """`change` and `role` of the figures a sentence states as a rise or a fall: a change word of the
    table (`subió`, `a chuté`, `gestiegen`) in the figure's clause, and the word before the figure
    saying its role: the size (`un 45 %`, `um 38 Prozent`), the new level (`a`, `à`, `auf`), or the
    old one (`de`, `von`: the old level when a new level follows, else the size)."""
    c = g.t["change"]
    out: list[Found] = []
    spans_for = _CHANGED + (("duration",) if c.get("duration_roles") else ())
    spans = _spans(text, lang) if any(f.kind in spans_for for f in found) else ()  # split once per text (shapes' memo)
    parts, at = [], 0
    for o in found:  # words inside figures (`moins de 1 000`) are no change words
        if o.start >= at and o.kind != "ratio":  # `a doublé` stays a change word
            parts += [text[at : o.start], " " * (o.end - o.start)]
            at = o.end
    masked = "".join(parts) + text[at:]
    fill = c.get("fillers")
    fillers = rx(rf"(?:(?<![\w])(?:{_alt(fill)})[ \u00a0]*)+$", re.IGNORECASE) if fill else None
    arts = _alt(g.t["range"]["articles"]) if g.t["range"].get("articles") else "(?!)"
    to_phrase = (rx(rf"(?<![\w])(?:{_alt(c['to_phrases'])})[ \u00a0]+(?:(?:{arts})[ \u00a0]+)?$", re.IGNORECASE)
                 if c.get("to_phrases") else None)
    fill_end = last_chars(tuple(fill or ()))  # where neither can end, their searches are skipped
    to_end = last_chars((*c.get("to_phrases", ()), *g.t["range"].get("articles", ())))
    from_end = last_chars(tuple(c.get("from_phrases", ())))
    seen: dict[tuple[int, int], tuple[list[str], list[str], list[str]]] = {}
    neutral_of: dict[tuple[int, int], list[str]] = {}
    fell_of: dict[tuple[int, int], tuple[bool, bool]] = {}  # per clause: only a verb of falling, a precipitation named
    marks_of: dict[tuple[int, int], tuple[list[int], list[str]]] = {}  # per clause: change words' starts and ways
    starts = [o.start for o in found]  # in order
    last_by = [-1, 0]  # the start of the last percent row stated as a size (`by`), and how many rows of `out` it has seen

    def pct_by(s0: int) -> bool:  # a percent size earlier in the sentence from `s0` (`out` is in order)
        for o in out[last_by[1] :]:
            if o.unit == "percent" and o.role == "by":
                last_by[0] = o.start
        last_by[1] = len(out)
        return last_by[0] >= s0

    level_marks: list[int] = []  # filled by `_new_level` when first needed
    semis = _semicolons(text) if any(f.kind in _CHANGED for f in found) else []  # where `;` cuts a clause, found once per text
    clauses: dict[tuple[int, int], str] = {}
    for i, f in enumerate(found):
        if f.kind not in spans_for:
            out.append(f)
            continue
        if f.kind == "duration":  # `verkürzt sich um 25 Minuten auf knapp vier Stunden`: only right after `um`/`auf`
            w0 = rx(r"[^\W\d_]+").findall(text[max(0, f.start - 12) : f.start])[-1:]
            role = "by" if w0 and w0[0].lower() in c["by"] else "to" if w0 and w0[0].lower() in c["to"] else None
            later = [o for o in found[i + 1 : i + 4] if o.kind == "duration"
                     and [w.lower() for w in rx(r"[^\W\d_]+").findall(text[max(0, o.start - 12) : o.start])[-1:]]
                     in [[w] for w in c["to"]]]  # `Auf` as `auf`, as the role above reads it
            if role not in c["duration_roles"] or (role == "by" and not later):
                out.append(f)  # not `die Uhren um eine Stunde zurückgestellt`: a size needs its new level
                continue
        s0, s1 = spans[sentence_index(spans, f.start)] if spans else (0, len(text))
        s0, s1 = _clause(semis, s0, s1, f.start, f.end)  # `caerán un 3 %; 12 muertos`
        clause = clauses.get((s0, s1))
        if clause is None:  # one string per clause, not a copy per figure: a long clause stays linear
            clause = clauses[(s0, s1)] = masked[s0:s1]
        if (s0, s1) not in seen:  # once per clause, not per figure: a long clause stays linear
            cw = rx(r"[^\W\d_]+").findall(clause)
            up_w, down_w = c.get("up_words", ()), c.get("down_words", ())  # whole words only (`suba`, not `subasta`)
            seen[(s0, s1)] = (cw, [w for w in cw if _stem(w, c["up"]) or w.lower() in up_w], [w for w in cw if _stem(w, c["down"]) or w.lower() in down_w])
            _separable(c, cw, *seen[(s0, s1)][1:])
        words, ups, downs = seen[(s0, s1)]
        pre = text[max(s0, f.start - 40) : f.start]
        bare = fillers.sub("", pre) if fillers is not None and word_may_end(fill_end, pre, 0, len(pre)) else pre  # `um durchschnittlich 1,9 Prozent`, `se paga ya a`
        before = rx(r"[^\W\d_]+['’]?").findall(bare[-12:])
        word = before[-1].lower() if before else ""
        role = "by" if word in c["by"] else "to" if word in c["to"] else "from" if word in c.get("from", ()) else None
        if (role in (None, "by") and to_phrase is not None and word_may_end(to_end, bare, 0, len(bare)) and to_phrase.search(bare)
                and not (f.unit == "percent" and pct_by(s0))):
            role = "to"  # `bajó 2,3 puntos ... y se sitúa en el 24,8 %`; not after `subió un 0,3 %`: another rate; `hasta situarse en`
        if word in g.t["range"].get("articles", ()) and rx(r"[^\W\d_]+['’]?[ \u00a0]*$").search(bare):  # the article right before the figure
            wide = before if len(bare) <= 12 else rx(r"[^\W\d_]+['’]?").findall(bare[-30:])
            if len(wide) > 1 and wide[-2].lower() in c["to"]:
                role = "to"  # `hasta los 10.500 puntos`, `alcanzaron las 8.300 unidades`
        if word in c["from_or_by"]:
            new = _new_level(g, text, found, i, s0, s1, level_marks)
            against = (new is not None and new.value is not None and f.value is not None and bool(ups) != bool(downs)
                       and (new.value > f.value if downs else new.value < f.value))
            role = "from" if new is not None and not against else "by"  # `a reculé de 2 % à 7,1 %`: a fall by 2 % to 7,1 %
            if role == "by" and word in c.get("by_after_change_word", ()) and not (
                    len(before) > 1 and (before[-2].lower().startswith(tuple(c["up"]) + tuple(c["down"]))
                                         or before[-2].lower() in (*c.get("up_words", ()), *c.get("down_words", ())))):
                role = None  # `un total de 1.543`: not a size; `una caída del 1,8 %` is
        after = (rx(rf"(?<![\w])(?:{_alt(c['from_phrases'])}){_SP}$", re.IGNORECASE).search(text, max(s0, f.start - 40), f.start)
                 if role != "from" and c.get("from_phrases") and word_may_end(from_end, text, max(s0, f.start - 40), f.start) else None)
        if after and c.get("nouns") and rx(rf"{_SP}(?:[^\W\d_]{{1,3}}['’]?[ \u00a0\u202f]*)?(?:{_alt(c['nouns'])})(?![\w])", re.IGNORECASE).match(text, f.end):
            after = None  # `tras el 2 % de aumento de los precios`: the size of another change (a short word between), no level
        if after and bisect.bisect_left(_change_marks(tuple(c["up"]) + tuple(c["down"]), clause), after.start() - s0):
            role = "from"  # `subieron un 4,9 % en diciembre, después del 5,2 % de noviembre`: the level before (as `après 5,2 %`)
        if role == "to" and c.get("against") and rx(rf"(?<![\w])(?:{_alt(c['against'])})[ \u00a0]*$", re.IGNORECASE).search(bare):
            role = None  # `crecieron un 3 %, frente al 1 % de noviembre`: a level compared, no new level
        if role == "to" and word in c.get("to_after_change_word", ()) and not _after_change(g, out, f, s0, clause):
            role = None  # `una subida del 3,8 %, que beneficiará a casi 10 millones`
        lead = rx(r"[^\W\d_]+").match(text[f.start : f.end])
        if (role is None and word.startswith(tuple(c["up"]) + tuple(c["down"])) and word not in c.get("not_by", ())
                and not (f.qualifier == "<=" and lead is not None and lead.group().lower() in c["to"])):
            role = "by"  # `se ha reducido 3,2 puntos`, `subió 2 puntos`; not `chuteront jusqu'à moins 10 degrés`
        if role is None and f.kind == "percent" and lead is not None and lead.group().lower() in c["by"]:
            role = "by"  # `bajó los tipos un cuarto de punto`: the article opens the figure
        if role is None and c.get("separable") and (ups or downs) and _particle_after(c, text, f.end):
            role = "by"  # `büßte im dritten Quartal 3,1 Prozent ein`: the particle closes the clause after the size
        if role is None and c.get("verb_final") and (ups or downs) and _verb_final_after(c, text, f.end):
            role = "by"  # `sollen 2026 zwischen 1,5 und 2 Prozent steigen`: the change verb closes the clause after the size
        if role is None and c.get("by_after_verb") and f.kind == "percent" and (ups or downs) and _verb_before(g, c, text, s0, f):
            role = "by"  # `schrumpfte im dritten Quartal 6 Prozent`: the size right after its verb
        bound = (role is None and f.qualifier == "<=" and lead is not None and lead.group().lower() in c["to"]
                 and _after_change(g, out, f, s0, clause, alone=False))
        if bound:  # `bajó ..., hasta el 3,5 %`: the new level, not a bound
            role = "to"
        if role in ("from", "to") and (s0, s1) not in neutral_of:
            neutral_of[(s0, s1)] = [w for w in words if w.lower().startswith(tuple(c.get("neutral", ())))]
        neutral = neutral_of[(s0, s1)] if role in ("from", "to") else []
        other = _other(found, starts, i, s0, s1, role) if neutral else None  # only a neutral change word needs it
        sign = text[f.start] if f.kind in ("percent", "money") and rx(r"[+−-]\d").match(text[f.start : f.start + 2]) else ""
        if sign and role is None:  # `+5,2 %`, `-3 %`: a change by as much
            out.append(dataclasses.replace(f, change="up" if sign == "+" else "down", role="by"))
            continue
        if role == "to" and (ups or downs) and c.get("new_subjects") and _new_subject(c, text, clause, s0, f, before):
            out.append(f)  # `El Merval se desplomó un 7,2 % y el riesgo país superó los 1.100 puntos`: another subject's level
            continue
        if (s0, s1) not in fell_of:
            fell_of[(s0, s1)] = _fallen(c, words, downs)
        only_fall, rain = fell_of[(s0, s1)]
        if f.kind == "measure" and only_fall and not ups and (rain or any(w.lower() in c["precipitation"]["words"] for w in text[f.start : f.end].split())):
            out.append(f)  # `Il est tombé 35 centimètres de neige`, `cayeron 40 litros de lluvia`: snow or rain that fell
            continue
        moved = _moved(g, text, found, i, role, clause) if role in ("from", "to") and not (ups or downs) else None
        if role is None or not (ups or downs or moved or (neutral and other is not None and f.value is not None and other.value != f.value)):
            out.append(f)
            continue
        if moved:  # `pasó de 1.134 a 1.184 euros` (`change.moves`)
            change = moved
        elif ups and downs and role in ("from", "to") and (pair := _other(found, starts, i, s0, s1, role)) is not None and (
                f.value is not None and pair.value is not None and pair.value != f.value):
            change = "up" if (pair.value > f.value) == (role == "from") else "down"  # `rebajó su previsión de crecimiento del 2,1 % al 1,8 %`
        elif ups and downs:  # both: the change word nearest before the figure, else the first after it
            if (s0, s1) not in marks_of:  # once per clause: a long clause of many figures stays linear
                up_set, down_set = set(ups), set(downs)
                hits = [(s0 + w.start(), "up" if w.group() in up_set else "down") for w in rx(r"[^\W\d_]+").finditer(clause)
                        if w.group() in up_set or w.group() in down_set]
                marks_of[(s0, s1)] = ([at for at, _ in hits], [d for _, d in hits])
            at_list, ways = marks_of[(s0, s1)]
            k = bisect.bisect_left(at_list, f.start)
            change = ways[k - 1] if k else ways[0]
        elif ups or downs:
            change = "up" if ups else "down"
        else:  # `est passé de 7,1 % à 7,5 %` (`change.neutral`)
            change = "up" if (other.value > f.value) == (role == "from") else "down"  # type: ignore[union-attr, operator]
        if bound:
            f = Found(f.start, f.end, f.kind, value=f.value, qualifier="=", unit=f.unit, entity=f.entity)
        out.append(Found(f.start, f.end, f.kind, value=f.value, low=f.low, high=f.high, qualifier=f.qualifier,
                         unit=f.unit, entity=f.entity, date=f.date, duration=f.duration, change=change, role=role))
    return out


def _new_subject(c: dict, text: str, clause: str, s0: int, f: Found, before: list[str]) -> bool:
    """Whether the level `f` reached by a verb of the `to` list with no direction of its own (`superó los`, `a atteint`)
    follows a new subject joined after the clause's last change word (`new_subjects`: `y el`, `et le`): that change
    word is another subject's."""
    verbs = [w.lower() for w in before[-2:] if len(w) > 3 and w.lower() in c["to"]]
    if not verbs:
        return False
    at = _change_marks(tuple(c["up"]) + tuple(c["down"]), clause)
    k = bisect.bisect_left(at, f.start - s0)
    if not k:
        return False
    joins = _subject_marks(tuple(c["new_subjects"]), clause)
    j = bisect.bisect_right(joins, at[k - 1])
    return j < len(joins) and joins[j] < f.start - s0


@lru_cache(maxsize=4)
def _subject_marks(words: tuple[str, ...], clause: str) -> list[int]:
    """Where the new subjects of `clause` (`new_subjects` followed by a word) start, in order (once per clause)."""
    return [m.start() for m in rx(rf"(?<![\w])(?:{_alt(words)})[ \u00a0]+[^\W\d_]", re.IGNORECASE).finditer(clause)]


def _fallen(c: dict, words: list[str], downs: list[str]) -> tuple[bool, bool]:
    """For a clause: whether its only fall words are a verb of falling (`precipitation.verbs`: `tombé`, `cayeron`), and
    whether it names a precipitation (`precipitation.words`: `neige`, `lluvia`); a measure in such a clause (the
    precipitation named in the clause or in the measure) is what fell, no change. Read once per clause."""
    p = c.get("precipitation")
    if not p or not downs:
        return False, False
    return all(_stem(w.lower(), p["verbs"]) for w in downs), any(w.lower() in p["words"] for w in words)


def _clause(semis: list[int], s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the figure at `start`-`end` in the sentence `s0`-`s1`: cut at the last `;` before
    it and the first after it, `semis` being where the text's `;` stand (what `text.rfind(";", s0,
    start)` and `text.find(";", end, s1)` say, found by halves: a long sentence stays linear)."""
    k, j = bisect.bisect_left(semis, start), bisect.bisect_left(semis, end)
    back, ahead = (semis[k - 1] if k and semis[k - 1] >= s0 else -1), (semis[j] if j < len(semis) and semis[j] < s1 else -1)
    return max(s0, back + 1), (ahead + 1 or s1 + 1) - 1


def _semicolons(text: str) -> list[int]:
    """Where `;` stands in `text`, in order."""
    out, j = [], text.find(";")
    while j >= 0:
        out.append(j)
        j = text.find(";", j + 1)
    return out


def _new_level(g: Grammar, text: str, found: list[Found], i: int, s0: int, s1: int, marks: list[int]) -> Found | None:
    """The first figure after `found[i]` in its sentence, up to a clause break, with a `to` word before
    it and of its kind (the new level after `de`, `von`). The figures that can end the walk (a clause
    break before them, a `to` word in their last 8 characters) are listed once per document in
    `marks` (filled here on first use), so the walk jumps between them: many figures stay linear."""
    c, f = g.t["change"], found[i]
    breaks = rx(rf"(?<![\w]){_alt(c.get('clause_breaks', ()))}(?![\w])", re.IGNORECASE)
    to = [[w] for w in c["to"]]

    def to_word(o: Found) -> bool:
        return rx(r"[^\W\d_]+").findall(text[max(s0, o.start - 8) : o.start])[-1:] in to

    def fits(o: Found) -> bool:
        return (o.kind == f.kind and o.unit == f.unit) or (f.kind == "count" and o.kind in _CHANGED)

    if not marks:  # k: a break between figure k-1 and k, or a `to` word before k (read without a sentence start)
        marks += [k for k in range(1, len(found)) if breaks.search(text[found[k - 1].start : max(found[k - 1].start, found[k].start)])
                  or rx(r"[^\W\d_]+").findall(text[max(0, found[k].start - 8) : found[k].start])[-1:] in to]
        marks.append(len(found))  # the end: never empty again
    last, k = f.end, i + 1
    while k < len(found):
        o = found[k]
        if o.start - f.end > _LEVEL_REACH:
            return None  # the new level is near the old one: a long line with no full stop stays linear
        if o.start - 8 < s0 or found[k - 1].start < f.end or k == i + 1:  # near `f`: walked as written
            if o.start >= s1 or breaks.search(text[last : max(last, o.start)]):
                return None
            last = max(last, o.start)
            if fits(o) and to_word(o):
                return o
            k += 1
            continue
        m = marks[bisect.bisect_left(marks, k)]  # figures k .. m-1 neither break nor have a `to` word
        if m >= len(found) or found[m].start >= s1 or found[m].start - f.end > _LEVEL_REACH:
            return None
        o, last = found[m], found[m - 1].start
        if breaks.search(text[last : max(last, o.start)]):
            return None
        if fits(o) and to_word(o):
            return o
        last, k = max(last, o.start), m + 1
    return None


def _other(found: list[Found], starts: list[int], i: int, s0: int, s1: int, role: str | None) -> Found | None:
    """The figure of the same kind and unit as `found[i]` nearest after it in its sentence (role
    `from`), else nearest before it: walked outwards from `i`, so a sentence of many figures stays linear."""
    f = found[i]
    ks = (range(i + 1, bisect.bisect_left(starts, s1)) if role == "from"
          else range(i - 1, bisect.bisect_left(starts, s0) - 1, -1))
    for k in ks:
        o = found[k]
        if (o is not f and o.kind == f.kind and o.unit == f.unit and o.value is not None
                and (o.start > f.start if role == "from" else o.start < f.start)):
            return o
    return None


def _separable(c: dict, words: list[str], ups: list[str], downs: list[str]) -> None:
    """A separable change verb and its particle later in the clause (`gab ... nach`, `büßte ... ein`,
    table `change.separable`): the particle joins `ups` or `downs`."""
    for particle, entry in (c.get("separable") or {}).items():
        if particle.startswith("_") or particle not in words:
            continue
        way, verbs = entry
        last = len(words) - 1 - words[::-1].index(particle)
        if set(words[:last]) & set(verbs):
            (ups if way == "up" else downs).append(particle)


def _particle_after(c: dict, text: str, end: int) -> bool:
    """The figure ending at `end` is followed by a particle of `change.separable` that closes its clause."""
    parts = [p for p in c["separable"] if not p.startswith("_")]
    return bool(rx(rf"[ \u00a0]+(?:{_alt(parts)})[ \u00a0]*(?:[.,;:!?)]|$)").match(text, end))


def _verb_final_after(c: dict, text: str, end: int) -> bool:
    """The figure ending at `end` is followed by a change verb that closes its clause (`change.verb_final`: a
    language whose infinitives and participles stand last: `soll um ... 2 Prozent steigen`)."""
    m = rx(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]*(?:[.,;:!?)]|$)").match(text, end)
    return bool(m) and (_stem(m.group(1), c["up"]) or _stem(m.group(1), c["down"]))


def _verb_before(g: Grammar, c: dict, text: str, s0: int, f: Found) -> bool:
    """A change word stands before `f` in its clause, within 40 characters, with only words between
    (no comma, no figure), and `f` is no share (no `entity_links` word after it)."""
    gap = text[max(s0, f.start - 40) : f.start]
    hits = [w for w in rx(r"[^\W\d_]+").finditer(gap) if _stem(w.group(), c["up"]) or _stem(w.group(), c["down"])]
    if not hits or rx(r"[,;:()\d]").search(gap, hits[-1].end()):
        return False
    return not rx(rf"[ \u00a0]+(?:{_alt(g.t.get('entity_links', ()))})(?![\w])", re.IGNORECASE).match(text, f.end)


def _stem(word: str, stems: list[str]) -> bool:
    """Whether `word` is a change word: it starts with a stem (`subió`, `gestiegen`), or, for a
    capitalised stem (a German noun), ends with it (`Lohnerhöhung`, `Preisanstieg`, `Umsatzplus`)."""
    key = tuple(stems)
    return (word.startswith(key) or word.lower().startswith(key)
            or (word[:1].isupper() and word.lower().endswith(_capital_stems(key))))


@lru_cache(maxsize=16)
def _capital_stems(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The capitalised stems (German nouns), lower-cased: built once per list of stems, not per word."""
    return tuple(s.lower() for s in stems if s[:1].isupper())


def _after_change(g: Grammar, done: list[Found], f: Found, s0: int, clause: str, alone: bool = True) -> bool:
    """A change word comes before `f` in its clause (`alone`: with no other figure of `done`, the figures
    before it, between them but an old level: `de 1.080 euros ... a 1.134 euros`)."""
    c = g.t["change"]
    at = _change_marks(tuple(c["up"]) + tuple(c["down"]) + tuple(c.get("moves", ())), clause)  # once per clause: a long clause stays linear
    k = bisect.bisect_left(at, f.start - s0)
    if not k or not alone:
        return bool(k)
    last = s0 + at[k - 1]
    breaks = rx(rf"(?<![\w]){_alt(c.get('clause_breaks', ()))}(?![\w])", re.IGNORECASE) if c.get("clause_breaks") else None
    return not [o for o in done[bisect.bisect_right(done, last, key=lambda o: o.start) :] if o.kind in _CHANGED and o.role != "from"
                and not (o.role == "by" and o.kind == f.kind and not (breaks and breaks.search(clause, o.end - s0, f.start - s0)))]  # `recortó ... en 50 puntos base, a 7,5 %`


@lru_cache(maxsize=4)
def _change_marks(stems: tuple[str, ...], clause: str) -> list[int]:
    """Where the words of `clause` that start with one of `stems` (change words, `moves`) start, in order."""
    return [w.start() for w in rx(r"[^\W\d_]+").finditer(clause) if w.group().lower().startswith(stems)]


def _moved(g: Grammar, text: str, found: list[Found], i: int, role: str, clause: str) -> str | None:
    """`pasó de 1.134 a 1.184 euros`: a verb of movement (`change.moves`) with no direction of its own
    takes the one the old and new levels give."""
    moves = tuple(g.t["change"].get("moves", ()))
    if not moves or not _change_marks(moves, clause):  # a word of `moves` in the clause (read once per clause)
        return None
    f = found[i]
    pair = found[i + 1 : i + 2] if role == "from" else found[i - 1 : i]
    if not pair or pair[0].kind != f.kind or pair[0].value is None or f.value is None or pair[0].value == f.value:
        return None
    old, new = (f.value, pair[0].value) if role == "from" else (pair[0].value, f.value)
    return "up" if new > old else "down"


__all__ = ["changes"]
