"""Step 5, a currency several countries share read by the country the sentence names.

Pesos, crowns, rupees (`Rs`), dinars, riyals and shillings are the money of several countries; the words
table gives each one default (`pesos` MXN, `Rs` INR). A country, its adjective or its capital written in the
same sentence names which (the nearest before the figure, else the first after it):
`Colombia's ended flat at 4,390 pesos` is COP, `Norway's fund made a profit of 1.48 trillion crowns` NOK,
`Pakistan's rupee held ..., and Lucky Cement's profit rose 21% to Rs 29.5 billion` PKR. `crowns`, which
alone is no currency (`three crowns`), becomes one only so. The same lookup serves the currency named before
an exchange rate (`Chile's peso weakened to 983 per dollar`: CLP; `Egypt's pound ... 48.3 to the dollar`: EGP).

Not (yet) one reader with the es/fr finder's `currency_countries` (lang/shapes.py `country_currency`); what
differs, each of which changes rows if merged as it stands:
- table: here `words` (surface -> family) + `countries` (family -> {country word: code}) + `rates_only`; there
  one entry per surface word, {code: [country words]}, repeated for `peso`/`pesos`/`$`.
- scope and choice: here the sentence around the figure (300 characters either side), the nearest country
  word before the figure, else the first after; there the whole document, the first code in table order
  whose words it names anywhere (one scan per document and word).
- here also: a bare digit count before `crowns` becomes money, `Mexican pesos` (adjective in the span) is
  left alone, a rate's currency word (`rate=True`, carry.py) opens the `rates_only` families (`pound`);
  there `$` is a shared word (`US$` stays USD) and an adjective after the word is a currency_after entry.

>>> from .. import quantities
>>> [(f.kind, f.unit) for f in quantities.find_quantities("Colombia's peso ended flat at 4,390 pesos.", [])]
[('money', 'COP')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..mention import Found, replace
from .words import CURRENCIES, alt

_NATIONAL = CURRENCIES.get("national", {"words": {}, "countries": {}, "rates_only": []})
_FAMILY: dict[str, str] = dict(_NATIONAL["words"])
_FAMILY_LOWER: dict[str, str] = {w.lower(): fam for w, fam in _FAMILY.items() if w.isalpha()}
_RATES_ONLY = frozenset(_NATIONAL["rates_only"])
_COUNTRIES: dict[str, dict[str, str]] = _NATIONAL["countries"]
_COUNTRY = re.compile(rf"(?<![\w-])(?P<c>{alt({c for cs in _COUNTRIES.values() for c in cs})})(?![\w-])")
#: Where a country word may start: its first letter with no word character or `-` before it (a class
#: first, so the engine skips in C; `_COUNTRY` itself opens with its look-behind, tried at every position).
_COUNTRY_FIRST = re.compile(
    rf"[{re.escape(''.join(sorted({c[0] for cs in _COUNTRIES.values() for c in cs})))}](?<![\w-].)" if _COUNTRIES else r"(?!)"
)
_SENTENCE_END = re.compile(r"[.!?\n]\s")
#: An amount's currency word right after it (`4,390 pesos`, `1.48 trillion crowns`), or `Rs` before it.
_WORD_AFTER = re.compile(rf"[ \u00a0]+(?P<w>{alt(w for w in _FAMILY if w.isalpha())})(?!\w)", re.IGNORECASE)
_PREFIX_FIRST = re.compile(rf"(?P<w>{alt(w for w in _FAMILY if not w.isalpha() or w[0].isupper())})[ \u00a0]?\d")


def _countries(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """`_COUNTRY.finditer(text, lo, hi)`, tried only where `_COUNTRY_FIRST` says a country word may start."""
    end = lo
    for c in _COUNTRY_FIRST.finditer(text, lo, hi):
        p = c.start()
        if p < end:
            continue
        m = _COUNTRY.match(text, p, hi)
        if m is not None:
            end = m.end()
            yield m


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence around `pos` (at most 300 characters either side)."""
    lo = max(0, pos - 300)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    end = _SENTENCE_END.search(text, pos, pos + 300)
    return (cut[-1] if cut else lo), (end.start() + 1 if end else min(len(text), pos + 300))


def national_code(text: str, pos: int, word: str, default: str | None, *, rate: bool = False) -> str | None:
    """The currency of the currency word `word` (at `pos`) for the country its sentence names, else `default`.

    >>> national_code("Chile's peso weakened", 8, "peso", "MXN")
    'CLP'
    """
    family = _FAMILY.get(word) or _FAMILY_LOWER.get(word.lower())
    if family is None or (family in _RATES_ONLY and not rate):
        return default
    countries = _COUNTRIES.get(family, {})
    lo, hi = _sentence(text, pos)
    before = [m for m in _countries(text, lo, pos) if m["c"] in countries]
    if before:
        return countries[before[-1]["c"]]
    after = next((m for m in _countries(text, pos, hi) if m["c"] in countries), None)
    return countries[after["c"]] if after else default


def national_currencies(text: str, found: list[Found]) -> list[Found]:
    """Money in a currency several countries share takes the currency of the country its sentence names; a
    bare count in digits before `crowns` is money when a crown country is named."""
    if next(_countries(text, 0, len(text)), None) is None:
        return found
    out = list(found)
    for i, f in enumerate(out):
        if f.kind == "money" and f.unit:
            span = text[f.start : f.end]
            m = _PREFIX_FIRST.match(span)
            word = m["w"] if m else span.rsplit(None, 1)[-1] if " " in span else None
            if word is None or not (_FAMILY.get(word) or _FAMILY_LOWER.get(word.lower())):
                continue
            if " " in span and _COUNTRY.search(span):
                continue  # `Mexican pesos`: the adjective is written with the word
            code = national_code(text, f.start, word, f.unit)
            if code != f.unit:
                out[i] = replace(f, unit=code)
        elif f.kind == "count" and f.value is not None and f.qualifier != "range" and text[f.start].isdigit():
            m = _WORD_AFTER.match(text, f.end)
            if not m or _FAMILY_LOWER.get(m["w"].lower()) != "crown":
                continue
            code = national_code(text, f.start, m["w"], None)
            if code:
                out[i] = replace(f, end=m.end(), kind="money", unit=code, entity=None)
    return out
