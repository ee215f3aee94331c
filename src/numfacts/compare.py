"""Cross-document comparison: the same entity and kind in several documents, side by side.

`compare(df)` groups the quantity rows of a table holding several documents (`doc_id`) by kind,
entity (its head word, singular), unit and event (the verb or noun governing the figure, as a whole
word: `killed` for `killed 14 people` and for `14 were killed`; numfacts.events), keeps the groups
found in at least two documents, and gives one row per group: the figures of each document in a
column of its own, and `disagree` set when two documents' figures cannot both hold under the
rounding-aware rule of `numfacts.agree` (`78,000` is 77,500..78,500, `about` allows 10%, `more
than` any larger figure). A count needs an entity; money, percentages and measures without one
group by their event and unit (`$12 million in damage` against `$3 million in damage`).

>>> import pandas as pd, numfacts
>>> a = numfacts.extract("Some 8,000 civilians were evacuated.", doc_id="press-tv")
>>> b = numfacts.extract("Only 2,000 civilians were evacuated.", doc_id="reuters")
>>> compare(pd.concat([a, b]))[["kind", "entity", "event", "press-tv", "reuters", "disagree"]].to_dict("records")
[{'kind': 'count', 'entity': 'civilian', 'event': 'evacuated', 'press-tv': 'Some 8,000', 'reuters': '2,000', 'disagree': True}]
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from .check import _Row, _rows
from .events import event_of
from .figures import agree

_KINDS = ("count", "percent", "money", "measure", "ratio")
KEY_COLUMNS = ("kind", "entity", "unit", "event")


def _head(entity: str) -> str:
    """The entity's head word, lower case, singular.

    >>> _head("Syrian civilians"), _head("children"), _head("city")
    ('civilian', 'children', 'city')
    """
    word = entity.lower().split()[-1] if entity.split() else entity.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _events(rows: list[_Row]) -> dict[object, str]:
    """Each quantity row's event word (numfacts.events), its sentence's other figures as bounds."""
    by_sentence: dict[tuple[str, int], list[_Row]] = defaultdict(list)
    for r in rows:
        if r.kind in _KINDS:
            by_sentence[(r.doc_id, r.sentence_id)].append(r)
    out = {}
    for sent in by_sentence.values():
        for r in sent:
            others = [o.start - o.sentence_start for o in sent if o is not r]
            out[r.label] = event_of(r.sentence, r.start - r.sentence_start, r.end - r.sentence_start, others)
    return out


def _disagree(rows: list[_Row]) -> bool:
    """True when two rows from different documents give figures that cannot both hold (numfacts.agree)."""
    for a in rows:
        for b in rows:
            if a.doc_id < b.doc_id and agree(_fact(a), _fact(b)) is False:
                return True
    return False


def _fact(r: _Row) -> dict:
    return {"kind": r.kind, "unit": r.unit, "text": r.text, "value": r.value, "low": r.low, "high": r.high,
            "qualifier": r.qualifier}


def compare(df: pd.DataFrame, *, min_documents: int = 2) -> pd.DataFrame:
    """One row per (kind, entity, unit, event) found in at least `min_documents` documents.

    Columns: `kind`, `entity`, `unit`, `event`, one column per document (its figures, `; `
    between them, empty where it has none), `documents`, and `disagree`.
    """
    docs = list(dict.fromkeys(str(d) for d in df["doc_id"])) if len(df) else []
    groups: dict[tuple[str, str, str, str], list[_Row]] = defaultdict(list)
    rows = _rows(df)
    events = _events(rows)
    for r in rows:
        if r.kind not in _KINDS or r.amount is None:
            continue
        event = events[r.label]
        if r.entity or (r.kind != "count" and event):
            groups[(r.kind, _head(r.entity) if r.entity else "", r.unit or "", event)].append(r)
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
