"""Shared spelling of hand-annotated quantity facts for the gold builders (`build_quantities_*_gold.py`):
one short function per kind, so a builder's cases read as the sentence and its facts. Used at build
time only; the facts it writes follow data/gold/README.md.

>>> P("5%", 5, c="ub")
{'s': '5%', 'kind': 'percent', 'value': 5, 'qualifier': '=', 'unit': 'percent', 'change': 'up', 'role': 'by'}
"""
from __future__ import annotations

import json

CH = {"ub": ("up", "by"), "ut": ("up", "to"), "uf": ("up", "from"),
      "db": ("down", "by"), "dt": ("down", "to"), "df": ("down", "from")}


def f(s, kind, v=None, q="=", unit=None, e=None, c=None, lo=None, hi=None, occ=None, date=None, dur=None,
      opt=False, of=False):
    """One fact; q '>'/'>=' give low (and value), '<'/'<=' give high only, 'range' low and high."""
    d = {"s": s}
    if occ:
        d["occ"] = occ
    d["kind"] = kind
    if of:
        d["optional_fields"] = True
    if opt:
        d["optional"] = True
    if q in (">", ">="):
        lo = v if lo is None else lo
    if q in ("<", "<="):
        hi, v = (v if hi is None else hi), None
    if v is not None:
        d["value"] = v
    if lo is not None:
        d["low"] = lo
    if hi is not None:
        d["high"] = hi
    if q is not None and not of and not opt:
        d["qualifier"] = q
    if unit:
        d["unit"] = unit
    if e:
        d["entity"] = e
    if date:
        d["date"] = date
    if dur:
        d["duration"] = dur
    if c:
        d["change"], d["role"] = CH[c]
    return d


def C(s, v, e=None, **k):
    return f(s, "count", v, e=e, **k)


def P(s, v, **k):
    return f(s, "percent", v, unit="percent", **k)


def PP(s, v, **k):
    return f(s, "percent", v, unit="percentage point", **k)


def BP(s, v, **k):
    return f(s, "percent", v, unit="basis point", **k)


def M(s, v, unit, **k):
    return f(s, "money", v, unit=unit, **k)


def ME(s, v, unit, **k):
    return f(s, "measure", v, unit=unit, **k)


def R(s, v, **k):
    return f(s, "ratio", v, **k)


def ORD(s, v, e=None, **k):
    return f(s, "ordinal", v, e=e, **k)


def D(s, date, **k):
    return f(s, "date", q=None, date=date, **k)


def DO(s, kind="date", **k):
    return f(s, kind, q=None, of=True, **k)


def DU(s, v, unit, dur, **k):
    return f(s, "duration", v, q=None, unit=unit, dur=dur, **k)


def B(s, v, unit, dur, q, **k):
    """A bounded or approximate duration (`within 24 hours`, `about 10 minutes`)."""
    return f(s, "duration", v, q=q, unit=unit, dur=dur, **k)


def RG(maker, s, lo, hi, *a, **k):
    """A range `lo`..`hi` of a kind made by `maker` (M, P, C, ME)."""
    return maker(s, None, *a, q="range", lo=lo, hi=hi, **k)


def SET(s, dur):
    return f(s, "set", q=None, dur=dur, opt=True)


def OPT(s, kind, **k):
    return f(s, kind, q=None, opt=True, **k)



def IX(s, c=None, occ=None):
    """An index level or index-point move: detection only, change/role still written."""
    return f(s, ["count", "measure"], q=None, of=True, c=c, occ=occ)


def write(cases: list[dict], out: str) -> None:
    """Write `cases` as JSON lines to `out` (ids must be unique) and say how many."""
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(out, "w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{out}: {len(cases)} cases, {sum(len(c['facts']) for c in cases)} facts")
