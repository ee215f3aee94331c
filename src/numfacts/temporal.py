"""Dates, times, durations and sets (placeholder: the temporal tagger replaces this)."""

from __future__ import annotations

import datetime as dt

from .mention import Found


def infer_reference_date(text: str) -> dt.date | None:
    """The document's own date, when a dateline or a full date in the text gives it."""
    return None


def find_temporal(text: str, ref: dt.date | None, *, day_first: bool = False) -> list[Found]:
    """Every temporal expression in `text`, normalised against `ref`."""
    return []
