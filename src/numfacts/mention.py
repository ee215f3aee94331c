"""The result record: one frozen, slotted dataclass per numeric mention.

`Found` is what a finder step (quantities, temporal) reports for one span of the document;
`Mention` is the finished row, with document, sentence and context attached.
The table's columns are `COLUMNS`, in order, with the pandas dtypes in `DTYPES`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

KINDS = ("count", "percent", "money", "measure", "ratio", "ordinal", "date", "time", "duration", "set")
QUALIFIERS = ("=", "~", ">", ">=", "<", "<=", "range")


@dataclass(frozen=True, slots=True)
class Found:
    """A span a finder recognised, with its normalised values (document offsets, end exclusive)."""

    start: int
    end: int
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "="
    unit: str | None = None
    entity: str | None = None
    date: str | None = None
    duration: str | None = None
    modifier: str | None = None  # temporal modifier: START, MID, END, APPROX ... (mid-November -> MID)
    change: str | None = None  # "up" / "down": the sentence states the figure as a rise or a fall
    role: str | None = None  # in a stated change: "by" (its size), "to" (new level), "from" (old level)


@dataclass(frozen=True, slots=True)
class Mention:
    """One numeric fact: the raw text and its span beside the normalised values."""

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
    change: str | None = None
    role: str | None = None
    modifier: str | None = None
    attribution: str | None = None
    reference_date: str | None = None
    reference_source: str | None = None  # "input", "option", "inferred", or None
    lang: str | None = None  # the language the document was read in: given, or detected (numfacts.lang)


def _slot_init(cls: type) -> None:
    """Give a frozen slotted dataclass an `__init__` that stores each field through its slot's own
    setter instead of `object.__setattr__` by name (what `dataclass` writes for a frozen class): the
    same parameters, defaults and object, in about half the time. A row is built several times over
    (each step that sets a field makes a new one), so this is per-row cost."""
    fields = dataclasses.fields(cls)
    if any(f.default_factory is not dataclasses.MISSING or not f.init for f in fields):
        return  # a field this template does not write: keep the generated `__init__`
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_d{i}" for i, f in enumerate(fields))
    body = "".join(f"    _s{i}(self, {f.name})\n" for i, f in enumerate(fields))
    space = {f"_s{i}": getattr(cls, f.name).__set__ for i, f in enumerate(fields)}
    space.update({f"_d{i}": f.default for i, f in enumerate(fields) if f.default is not dataclasses.MISSING})
    exec(f"def __init__(self, {params}):\n{body}", space)  # a constant template over the field names
    space["__init__"].__qualname__, space["__init__"].__module__ = f"{cls.__qualname__}.__init__", cls.__module__
    cls.__init__ = space["__init__"]  # type: ignore[misc]


_slot_init(Found)
_slot_init(Mention)


#: The table's columns, in order: the contract's first, then our extensions.
COLUMNS: tuple[str, ...] = tuple(Mention.__dataclass_fields__)

#: pandas dtype of each column.
DTYPES: dict[str, str] = {
    "doc_id": "string",
    "sentence_id": "Int64",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "kind": "category",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "qualifier": "category",
    "unit": "string",
    "entity": "string",
    "date": "string",
    "duration": "string",
    "sentence": "string",
    "change": "string",
    "role": "string",
    "modifier": "string",
    "attribution": "string",
    "reference_date": "string",
    "reference_source": "string",
    "lang": "string",
}


_FOUND_FIELDS = tuple(Found.__dataclass_fields__)
_UNSET = object()


def _found_replace() -> Any:
    """A `replace` for `Found` with one keyword parameter per field (default: unset), each read from the
    old record when unset: no dict of changes, list or index look-ups (a constant template over the
    field names)."""
    space: dict[str, Any] = {"_Found": Found, "_U": _UNSET}
    params = ", ".join(f"{n}=_U" for n in _FOUND_FIELDS)
    args = ", ".join(f"o.{n} if {n} is _U else {n}" for n in _FOUND_FIELDS)
    exec(f"def _replace(o, /, *, {params}):\n    return _Found({args})\n", space)
    return space["_replace"]


_REPLACE_FOUND = _found_replace()


def replace(obj: Any, /, **changes: Any) -> Any:
    """`dataclasses.replace`, in about a third of the time for a `Found` (the steps after the finders
    call it per row); any other dataclass, or an unknown field, goes to `dataclasses.replace`.

    >>> replace(Found(0, 3, "count", 291.0), start=1, qualifier="~")
    Found(start=1, end=3, kind='count', value=291.0, low=None, high=None, qualifier='~', unit=None, entity=None, date=None, duration=None, modifier=None, change=None, role=None)
    """
    if type(obj) is Found:
        try:
            return _REPLACE_FOUND(obj, **changes)
        except TypeError:  # an unknown field: dataclasses.replace says which
            pass
    return dataclasses.replace(obj, **changes)
