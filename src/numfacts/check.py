"""Consistency warnings: figures of one document that do not add up.

`check(df)` takes the table `numfacts.extract` returns (one or many documents) and gives one row
per warning, with the facts it concerns (their row labels in `df` and their offsets):

| check | what |
|---|---|
| `part_exceeds_whole` | `1,000 people were evacuated, including 1,500 children`; `1,500 of the 1,000 residents` |
| `percent_over_100` | `120 percent of the city` (a share of a whole above 100) |
| `shares_sum` | shares of one whole in one sentence summing to more than 100 (a sum below 100 is not flagged: the rest may go unsaid) |
| `entity_values` | one entity and event given different values in one document (two death tolls), same time frame |
| `range_inverted` | a range whose low exceeds its high |
| `change_mismatch` | a stated change disagreeing with its own from and to values (`rose 20% from 50 to 70`, `fell to 5% from 4%`), as the table's `change` and `role` columns give them |

Figures are compared as intervals, rounding-aware (`numfacts.agree`): `78,000` and `77,800` can
both hold; the event of a toll is the word governing it (`numfacts.events`).

>>> import numfacts
>>> df = numfacts.extract("1,000 people were evacuated, including 1,500 children.")
>>> check(df)[["check", "message"]].to_dict("records")
[{'check': 'part_exceeds_whole', 'message': 'part larger than its whole: 1,500 children within 1,000 people'}]
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from .events import event_of
from .figures import Figure, figure

#: The warnings table's columns.
WARNING_COLUMNS = ("doc_id", "check", "message", "rows", "starts", "texts", "sentence_id")

_QUANTITY_KINDS = ("count", "percent", "money", "measure", "ratio")

#: Between a whole and its part: `1,000 people, including 1,500 children`.
_INCLUDING = re.compile(
    r"""
    (?:including|among[ ]them|among[ ]whom|of[ ]whom|of[ ]which|of[ ]them|among[ ]which)  # the link
    \W*                                                                             # a comma, a colon
    (?:[a-z]+[ ]){0,2}$                                                             # `some`, `at least`
    """,
    re.VERBOSE,
)

#: Between a part and its whole: `1,500 of the 1,000 residents`, `30 out of 20`.
_PART_OF = re.compile(
    r"""
    ^[ ](?:[a-z]+[ ]){0,2}?           # `people`, `were` (two words at most)
    (?:out[ ]of|of)[ ]                # the link
    (?:the[ ]|its[ ]|their[ ]|a[ ]total[ ]of[ ])?$  # an article
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Row:
    label: object
    doc_id: str
    sentence_id: int
    start: int
    end: int
    text: str
    kind: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    entity: str | None
    date: str | None
    duration: str | None
    sentence: str
    sentence_start: int
    attribution: str | None
    change: str | None = None  # the table's `change` and `role` columns (numfacts.change)
    role: str | None = None

    @property
    def amount(self) -> float | None:
        """The value, else the bound (low for `more than`, high for `up to`)."""
        for v in (self.value, self.low, self.high):
            if v is not None:
                return v
        return None

    def figure(self) -> Figure | None:
        """The interval the mention asserts, rounding-aware (numfacts.figures.figure)."""
        return figure({"kind": self.kind, "unit": self.unit, "text": self.text, "value": self.value, "low": self.low,
                       "high": self.high, "qualifier": self.qualifier})

    def words(self) -> str:
        """The mention with its entity: `1,500 children`, `120 percent of city`."""
        if not self.entity or self.entity in self.text:
            return self.text
        return f"{self.text} of {self.entity}" if self.kind == "percent" else f"{self.text} {self.entity}"


def _val(x: object) -> float | None:
    if x is None or x is pd.NA:
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _str(x: object) -> str | None:
    if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)):
        return None
    return str(x)


def _rows(df: pd.DataFrame) -> list[_Row]:
    out = []
    has_attr = "attribution" in df.columns
    for label, r in zip(df.index, df.to_dict("records")):
        sentence = _str(r.get("sentence")) or ""
        start = int(r["start"])
        # where the sentence starts in the document: the mention's text is inside it
        offset = sentence.find(str(r["text"])) if sentence else -1
        sentence_start = start - offset if offset >= 0 else start
        out.append(_Row(
            label=label, doc_id=str(r["doc_id"]), sentence_id=int(r["sentence_id"]), start=start, end=int(r["end"]),
            text=str(r["text"]), kind=str(r["kind"]), value=_val(r.get("value")), low=_val(r.get("low")),
            high=_val(r.get("high")), qualifier=_str(r.get("qualifier")) or "=", unit=_str(r.get("unit")),
            entity=_str(r.get("entity")), date=_str(r.get("date")), duration=_str(r.get("duration")),
            sentence=sentence, sentence_start=sentence_start,
            attribution=_str(r.get("attribution")) if has_attr else None,
            change=_str(r.get("change")), role=_str(r.get("role")),
        ))
    return out


def _between(a: _Row, b: _Row) -> str:
    """The sentence's text between mention a and mention b (same sentence, a before b)."""
    i, j = a.end - a.sentence_start, b.start - b.sentence_start
    return a.sentence[i:j] if 0 <= i <= j <= len(a.sentence) else ""


def _after(a: _Row, n: int = 40) -> str:
    i = a.end - a.sentence_start
    return a.sentence[i : i + n]


def _fmt(x: float) -> str:
    """A number as a reader writes it.

    >>> _fmt(1500.0), _fmt(2.5), _fmt(-20.0)
    ('1,500', '2.5', '-20')
    """
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.4g}"


def _warn(check: str, message: str, rows: list[_Row]) -> dict:
    return {"doc_id": rows[0].doc_id, "check": check, "message": message, "rows": [r.label for r in rows],
            "starts": [r.start for r in rows], "texts": [r.text for r in rows], "sentence_id": rows[0].sentence_id}


def _part_whole(sent: list[_Row]) -> list[dict]:
    out = []
    counts = [r for r in sent if r.kind == "count" and r.amount is not None]
    for a, b in itertools.pairwise(counts):
        gap = _between(a, b)
        if _INCLUDING.search(gap):  # whole a, including part b
            whole, part = a, b
        elif _PART_OF.match(gap):  # part a of whole b
            part, whole = a, b
        else:
            continue
        wi, pi = whole.figure(), part.figure()
        if wi and pi and not wi.overlaps(pi) and pi.low >= wi.high:
            out.append(_warn("part_exceeds_whole",
                             f"part larger than its whole: {part.words()} within {whole.words()}", [whole, part]))
    return out


def _percents(sent: list[_Row]) -> list[dict]:
    out = []
    shares = []
    for r in sent:
        if r.kind != "percent" or r.amount is None or (r.unit or "percent") != "percent":
            continue
        is_change = r.change is not None  # `rose 150 percent`: a change, not a share of a whole
        of_whole = bool(re.match(r"\s+of\b", _after(r, 10))) or (r.entity is not None and not is_change)
        if of_whole and not is_change and r.amount > 100 and r.qualifier in ("=", "~", ">", ">="):
            out.append(_warn("percent_over_100", f"a share above 100 percent: {r.words()}", [r]))
        if not is_change and r.qualifier in ("=", "~"):
            shares.append(r)
    if len(shares) >= 2:
        total = sum(r.amount for r in shares)  # type: ignore[misc]
        entities = {r.entity for r in shares if r.entity}
        one_whole = len(entities) <= 1 or not all(r.entity for r in shares)
        listed = ", ".join(r.text for r in shares)
        if one_whole and total > 101 and all(r.amount <= 100 for r in shares):  # type: ignore[operator]
            out.append(_warn("shares_sum", f"shares of one whole sum to {_fmt(total)} percent: {listed}", shares))
    return out


def _ranges(sent: list[_Row]) -> list[dict]:
    return [_warn("range_inverted", f"range whose low exceeds its high: {r.text} ({_fmt(r.low)} > {_fmt(r.high)})", [r])
            for r in sent if r.low is not None and r.high is not None and r.low > r.high]


def _chains(sent: list[_Row]) -> list[dict[str, _Row]]:
    """The stated changes of a sentence: runs of rows with one direction and each role once
    (`fell from $84 to $79, a 6 percent drop` -> from, to, by)."""
    chains: list[dict[str, _Row]] = []
    cur: dict[str, _Row] = {}
    direction = None
    for r in sent:
        if r.role is None or r.change is None or r.amount is None or r.kind not in _QUANTITY_KINDS + ("duration",):
            continue
        if r.role in cur or r.change != direction:
            if cur:
                chains.append(cur)
            cur, direction = {}, r.change
        cur[r.role] = r
    if cur:
        chains.append(cur)
    return chains


#: Units of a change between two percentages, in percentage points: `by 25 basis points from 5.25% to 5%`.
_POINTS = {"percentage point": 1.0, "basis point": 0.01}


def _meet(lo: float, hi: float, f: Figure) -> bool:
    """True when the interval lo..hi meets the figure's interval (ends within 1e-9 relative meet)."""
    return f.overlaps(Figure(lo, hi))


def _changes(sent: list[_Row]) -> list[dict]:
    """A stated change that its own levels contradict: `rose 20% from 50 to 70`, `fell to 5% from 4%`.

    Each figure is the interval it asserts, as `numfacts.agree` reads it (the rounding of its digits,
    `about`); the change the two levels allow is an interval too, and the stated one must meet it."""
    out = []
    for chain in _chains(sent):
        a, b, c = chain.get("from"), chain.get("to"), chain.get("by")
        if a is None or b is None or (a.kind, a.unit) != (b.kind, b.unit):
            continue
        x0, x1 = a.amount, b.amount
        assert x0 is not None and x1 is not None and a.change is not None
        if c is None:
            if (x1 - x0) * (1 if a.change == "up" else -1) < 0:
                word = "rise" if a.change == "up" else "fall"
                out.append(_warn("change_mismatch", f"stated {word} disagrees with {a.text} to {b.text}", [a, b]))
            continue
        fa, fb, fc = a.figure(), b.figure(), c.figure()
        if fa is None or fb is None or fc is None or not all(map(math.isfinite, (fa.low, fa.high, fb.low, fb.high))):
            continue  # a bound (`more than 50`) contradicts no change
        if a.qualifier == b.qualifier == "=":  # the levels of one change share a precision: `from 5.25% to 5%` is 5.00%
            h = min(fa.high - fa.low, fb.high - fb.low) / 2
            fa, fb = Figure(x0 - h, x0 + h), Figure(x1 - h, x1 + h)
        points = c.unit in _POINTS and a.kind == "percent"  # a change of a percentage in points
        k = _POINTS[c.unit] if points else 1.0  # type: ignore[index]
        stated = Figure(fc.low * k, fc.high * k, fc.low_open, fc.high_open) if c.change == "up" \
            else Figure(-fc.high * k, -fc.low * k, fc.high_open, fc.low_open)
        options = []  # (the interval of actual changes, the change as written)
        if c.kind == "percent" and c.unit not in _POINTS and fa.low > 0:
            ends = [(y / x - 1) * 100 for x in (fa.low, fa.high) for y in (fb.low, fb.high)]
            options.append((min(ends), max(ends), f"{_fmt(round((x1 - x0) / abs(x0) * 100, 1))} percent"))
        if (c.kind, c.unit) == (a.kind, a.unit) or points:
            options.append((fb.low - fa.high, fb.high - fa.low, _fmt(x1 - x0)))  # absolute; percentage points
        if options and not any(_meet(lo, hi, stated) for lo, hi, _ in options):
            what = options[-1][2] if points else options[0][2]
            out.append(_warn("change_mismatch",
                             f"stated change {c.text} disagrees with {a.text} to {b.text} (a change of {what})",
                             [c, a, b]))
    return out


def _frame(sent: list[_Row]) -> tuple[str, ...]:
    """The sentence's time frame: its dates and durations."""
    return tuple(sorted(r.date or r.duration or r.text for r in sent if r.kind in ("date", "time", "duration")))


def _tolls(doc: dict[int, list[_Row]]) -> list[dict]:
    """One entity and event (killed, evacuated ...) with values that cannot both hold."""
    groups: dict[tuple, list[_Row]] = defaultdict(list)
    for sent in doc.values():
        frame = _frame(sent)
        quantities = [r for r in sent if r.kind in _QUANTITY_KINDS]
        for r in sent:
            if r.kind != "count" or not r.entity or r.amount is None:
                continue
            event = event_of(r.sentence, r.start - r.sentence_start, r.end - r.sentence_start,
                             [o.start - o.sentence_start for o in quantities if o is not r])
            if not event:
                continue
            entity = r.entity.lower().rstrip("s")
            groups[(entity, event, r.unit, frame)].append(r)
    out = []
    for (entity, event, _, _), rows in groups.items():
        clash = []
        for a in rows:
            for b in rows:
                ia, ib = a.figure(), b.figure()
                if a.start < b.start and ia and ib and not ia.overlaps(ib):
                    clash += [x for x in (a, b) if x not in clash]
        if clash:
            values = "; ".join(f"{r.words()}" + (f" ({r.attribution})" if r.attribution else "") for r in clash)
            out.append(_warn("entity_values", f"{entity} ({event}...) given different values: {values}", clash))
    return out


def check(df: pd.DataFrame) -> pd.DataFrame:
    """Consistency warnings for every document of `df`, one row each (columns `WARNING_COLUMNS`)."""
    docs: dict[str, dict[int, list[_Row]]] = defaultdict(lambda: defaultdict(list))
    for r in sorted(_rows(df), key=lambda r: (r.doc_id, r.start, r.end)):
        docs[r.doc_id][r.sentence_id].append(r)
    warnings: list[dict] = []
    for doc in docs.values():
        for sent in doc.values():
            warnings += _part_whole(sent) + _percents(sent) + _ranges(sent) + _changes(sent)
        warnings += _tolls(doc)
    out = pd.DataFrame(warnings, columns=list(WARNING_COLUMNS))
    for col in ("doc_id", "check", "message"):
        out[col] = out[col].astype("string")
    out["sentence_id"] = out["sentence_id"].astype("Int64")
    return out


__all__ = ["WARNING_COLUMNS", "check"]
