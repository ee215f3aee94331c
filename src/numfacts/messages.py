"""The wording of what numfacts tells the user: one style for every message.

Every line numfacts writes to standard error is ``numfacts: error: ...``, ``numfacts: warning:
...`` or, for a summary, ``numfacts: ...``; counts in words agree with their number.
"""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """`number` and `noun`, the noun in the plural unless the number is one.

    >>> counted(1, "document"), counted(2, "document"), counted(0, "row"), counted(1, "fact")
    ('1 document', '2 documents', '0 rows', '1 fact')
    >>> counted(3, "disagreement"), counted(2, "shared fact")
    ('3 disagreements', '2 shared facts')
    """
    return f"{number} {noun if number == 1 else (plural or noun + 's')}"


def error_line(message: str) -> str:
    """An error message in numfacts' style.

    >>> error_line("a.txt: binary file")
    'numfacts: error: a.txt: binary file'
    """
    return f"numfacts: error: {message}"


def warning_line(message: str) -> str:
    """A warning in numfacts' style.

    >>> warning_line("a.pdf: skipped: a PDF file")
    'numfacts: warning: a.pdf: skipped: a PDF file'
    """
    return f"numfacts: warning: {message}"


__all__ = ["counted", "error_line", "warning_line"]
