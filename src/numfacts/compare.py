"""Cross-document comparison: the same entity and kind in several documents, side by side.

`compare(df)` groups the quantity rows of a table holding several documents (`doc_id`) by kind,
entity (its head word, singular), unit and event (`killed`, `evacuated` ... near the figure), keeps
the groups found in at least two documents, and gives one row per group: the figures of each
document in a column of its own, and `disagree` set when two documents' figures cannot both hold
(`about` allows 10%, `more than` any larger figure).

>>> import pandas as pd, numfacts
>>> a = numfacts.extract("Some 8,000 civilians were evacuated.", doc_id="press-tv")
>>> b = numfacts.extract("Only 2,000 civilians were evacuated.", doc_id="reuters")
>>> compare(pd.concat([a, b]))[["kind", "entity", "event", "press-tv", "reuters", "disagree"]].to_dict("records")
[{'kind': 'count', 'entity': 'civilian', 'event': 'evacuat', 'press-tv': 'Some 8,000', 'reuters': '2,000', 'disagree': True}]
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from .check import _EVENT, _after, _before, _Row, _rows

_KINDS = ("count", "percent", "money", "measure", "ratio")
KEY_COLUMNS = ("kind", "entity", "unit", "event")


def _head(entity: str) -> str:
    """The entity's head word, lower case, singular.

    >>> _head("Syrian civilians"), _head("children"), _head("city")
    ('civilian', 'children', 'city')
    """
    word = entity.lower().split()[-1] if entity.split() else entity.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _event(r: _Row) -> str:
    m = _EVENT.search(_after(r, 60).lower()) or _EVENT.search(_before(r, 30).lower())
    return m.group("e") if m else ""


def _disagree(rows: list[_Row]) -> bool:
    """True when two rows from different documents give figures that cannot both hold."""
    for a in rows:
        for b in rows:
            if a.doc_id < b.doc_id:
                ia, ib = a.interval(), b.interval()
                if ia and ib and (ia[1] < ib[0] or ib[1] < ia[0]):
                    return True
    return False


def compare(df: pd.DataFrame, *, min_documents: int = 2) -> pd.DataFrame:
    """One row per (kind, entity, unit, event) found in at least `min_documents` documents.

    Columns: `kind`, `entity`, `unit`, `event`, one column per document (its figures, `; `
    between them, empty where it has none), `documents`, and `disagree`.
    """
    docs = list(dict.fromkeys(str(d) for d in df["doc_id"])) if len(df) else []
    groups: dict[tuple[str, str, str, str], list[_Row]] = defaultdict(list)
    for r in _rows(df):
        if r.kind in _KINDS and r.entity and r.amount is not None:
            groups[(r.kind, _head(r.entity), r.unit or "", _event(r))].append(r)
    records = []
    for key, rows in groups.items():
        present = {r.doc_id for r in rows}
        if len(present) < min_documents:
            continue
        rec: dict[str, object] = dict(zip(KEY_COLUMNS, key))
        for d in docs:
            rec[d] = "; ".join(r.text for r in rows if r.doc_id == d)
        rec["documents"] = len(present)
        rec["disagree"] = _disagree(rows)
        records.append(rec)
    out = pd.DataFrame(records, columns=[*KEY_COLUMNS, *docs, "documents", "disagree"])
    out = out.sort_values(["disagree", "documents", "kind", "entity"], ascending=[False, False, True, True],
                          kind="stable").reset_index(drop=True)
    for col in (*KEY_COLUMNS, *docs):
        out[col] = out[col].astype("string")
    out["documents"] = out["documents"].astype("Int64")
    out["disagree"] = out["disagree"].astype("boolean")
    return out


__all__ = ["KEY_COLUMNS", "compare"]
