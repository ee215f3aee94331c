"""The fact constructors and the writer shared by the hand-annotated gold builders
(`tools/build_timeml_gold.py`, `tools/build_timeml2_gold.py`): each call spells one fact of the
gold case format (`s`, `kind`, `occ`, value fields; `optional_fields`, `optional`); `passages` gives the
list they fill and its `add`."""

import json
from collections.abc import Callable


def D(s, date=None, occ=0, kind="date", of=False, **kw):  # noqa: N802  a date fact
    f = {"s": s, "kind": kind, "occ": occ}
    if date is not None:
        f["date"] = date
    if of:
        f["optional_fields"] = True
    f.update(kw)
    return f


def T(s, date=None, occ=0, of=False):  # noqa: N802  a time
    return D(s, date, occ, kind="time", of=of)


def PD(s, date, occ=0, of=False):  # noqa: N802  a part of a day: date or time
    return D(s, date, occ, kind=["date", "time"], of=of)


def U(s, dur, value=None, unit=None, occ=0, of=False, **kw):  # noqa: N802  a duration
    f = {"s": s, "kind": "duration", "occ": occ, "duration": dur}
    if value is not None:
        f["value"] = value
        f["unit"] = unit
    if of:
        f["optional_fields"] = True
    f.update(kw)
    return f


def S(s, dur, occ=0, of=False):  # noqa: N802  a set
    f = {"s": s, "kind": "set", "occ": occ, "duration": dur}
    if of:
        f["optional_fields"] = True
    return f


def Opt(s, kind="date", occ=0):  # noqa: N802  an optional fact
    return {"s": s, "kind": kind, "occ": occ, "optional": True}


def passages(prefix: str) -> tuple[list[dict], Callable[..., None]]:
    """An empty passage list and the `add(ref, text, facts, reject=())` that appends to it, ids `<prefix>-01`, ..."""
    out: list[dict] = []

    def add(ref, text, facts, reject=()):
        out.append({"id": f"{prefix}-{len(out)+1:02d}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})
    return out, add


def write(out: str, passages: list[dict]) -> None:
    """Write the passages as JSONL, checking each fact's `occ` against its text."""
    with open(out, "w") as fh:
        for c in passages:
            for f in c["facts"]:
                n = c["text"].count(f["s"])
                assert n > f["occ"], (c["id"], f["s"])
            fh.write(json.dumps(c) + "\n")
    print(len(passages), "passages", sum(len(c["facts"]) for c in passages), "facts")
