"""Words belong to a language: one JSON table per language and topic, apart from the code.

The tables live in `src/numfacts/lang/<code>/<topic>.json` (`en/numbers.json`, `en/currencies.json`,
`en/temporal.json`, ...). Each file is one JSON object; by convention its `"_about"` key says what
the table holds and where its words came from. A finder reads a table once with `table(lang, topic)`
and builds its regexes from it, so adding a language means adding tables (and tests), not code.

The returned object is read-only (a `types.MappingProxyType` over the parsed JSON) and cached per
(lang, topic): the tables are package data, identical for every caller, so the cache is not state
that any caller can change.

>>> sorted(LANGUAGES)
['de', 'en', 'es', 'fr']
>>> table("en", "_selftest")["_about"]
'A table used only by the doctest of numfacts.lang.'
>>> table("en", "_selftest")["words"] = 1
Traceback (most recent call last):
...
TypeError: 'mappingproxy' object does not support item assignment
>>> table("xx", "numbers")
Traceback (most recent call last):
...
numfacts.lang.LanguageError: no language table 'xx/numbers' (languages: de, en, es, fr)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import NumfactsError

#: Languages the project has tables for (a folder with `sentences.json`): a document's `lang` must be
#: one of these. Adding a language is adding its folder of tables.
LANGUAGES = frozenset(
    p.name for p in resources.files(__package__).iterdir() if p.is_dir() and p.joinpath("sentences.json").is_file()
)


class LanguageError(NumfactsError, ValueError):
    """A language or a language table that numfacts does not have."""


def alternation(words: Iterable[str], space: str = r"\s+", wildcard: bool = False) -> str:
    r"""The words of a table as the branches of one regex, escaped, longest first (so `U.S. dollars`
    is tried before `U.S.`), a space in a phrase matching `space`. Not grouped: callers wrap it.
    With `wildcard`, a `*` ending a word stands for any word characters (`percent*`).

    >>> alternation(["bn", "billion", "new york"])
    'new\\s+york|billion|bn'
    >>> alternation(["U.S.", "U.S. dollars"], space=" ")
    'U\\.S\\. dollars|U\\.S\\.'
    >>> alternation(["rose", "increas*"], wildcard=True)
    'increas\\w*|rose'
    """
    def branch(w: str) -> tuple[int, str]:
        star = wildcard and w.endswith("*")
        body = re.escape(w[:-1] if star else w).replace(r"\ ", space)
        return len(body), body + (r"\w*" if star else "")
    return "|".join(b for _, b in sorted(map(branch, words), key=lambda x: -x[0]))


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@cache
def table(lang: str, topic: str) -> MappingProxyType:
    """The read-only table `topic` of language `lang` (`src/numfacts/lang/<lang>/<topic>.json`)."""
    try:
        raw = resources.files(__package__).joinpath(lang, f"{topic}.json").read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise LanguageError(f"no language table '{lang}/{topic}' (languages: {', '.join(sorted(LANGUAGES))})") from exc
    return _freeze(json.loads(raw))


__all__ = ["LANGUAGES", "LanguageError", "alternation", "table"]
