"""The result record: one frozen, slotted dataclass per numeric mention.

`Found` is what a finder step (quantities, temporal) reports for one span of the document;
`Mention` is the finished row, with document, sentence and context attached.
The table's columns are `COLUMNS`, in order, with the pandas dtypes in `DTYPES`.
"""

from __future__ import annotations

from dataclasses import dataclass

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
