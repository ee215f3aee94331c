"""Typed errors. Each carries the document it concerns and, where known, the position."""

from __future__ import annotations


class NumfactsError(Exception):
    """Base class of every error numfacts raises on purpose."""


class DocumentError(NumfactsError):
    """A document could not be read or processed; names the document and the reason.

    >>> str(DocumentError("notes.txt", "not valid UTF-8", position=17))
    'notes.txt: not valid UTF-8 (at offset 17)'
    """

    def __init__(self, doc_id: str, reason: str, *, position: int | None = None) -> None:
        self.doc_id = doc_id
        self.reason = reason
        self.position = position
        where = f" (at offset {position})" if position is not None else ""
        super().__init__(f"{doc_id}: {reason}{where}")


class InputError(DocumentError):
    """An input (file, corpus row, column) is missing, unreadable or of an unknown format."""


class ReferenceDateError(NumfactsError, ValueError):
    """A reference date that cannot be read (an ISO date, or one of the forms `numfacts.refdate` reads)."""

    def __init__(self, value: object, doc_id: str | None = None, *,
                 readable: str = "a date in the form YYYY-MM-DD") -> None:
        self.value = value
        self.doc_id = doc_id
        where = f"{doc_id}: " if doc_id else ""
        super().__init__(f"{where}reference date {value!r} is not {readable}")


class DocumentTimeout(DocumentError):
    """A document took longer than its time budget to extract (`numfacts extract --timeout`).

    >>> str(DocumentTimeout("big.txt", 60.0))
    'big.txt: took longer than 60 s'
    >>> DocumentTimeout("a", 0.25).reason
    'took longer than 0.25 s'
    """

    def __init__(self, doc_id: str, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(doc_id, f"took longer than {seconds:g} s")
