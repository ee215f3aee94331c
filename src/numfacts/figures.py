"""Rounding-aware comparison: the interval a figure as written asserts, and whether two can both hold.

A figure is rarely exact: `78,000` is what a writer puts for anything from 77,500 to 78,500.
`figure(x)` turns a fact (a row of the `extract` table, a dict, or a text to extract) into the
interval it asserts; `agree(a, b)` is True when the two intervals overlap (both can hold), False
when they cannot, and None when they are not comparable (different kinds, currencies, or units with
no documented conversion). `explain(a, b)` gives the verdict with the gap and a one-line reason.
`check`, `compare` and `verify` all use these.

The rules, one per qualifier (h is half a unit of the last written digit, below):

| written | qualifier | interval |
|---|---|---|
| `78,000` | `=` | (v - h, v + h): 77,500 .. 78,500, ends excluded (`2.5` and `2.6` never meet) |
| `2.5 billion`, `2,500 million` | `=` | 2.45e9 .. 2.55e9 (both) |
| `93 percent` | `=` | 92.5 .. 93.5 |
| `about 2,000`, `some`, `roughly`, `an estimated` | `~` | [v - t, v + t], t = max(h, 10% of abs(v)): 1,800 .. 2,200 |
| `nearly 80,000`, `almost`, `close to` | `~` + a word of `lang/en/agree.json` "below" | [v - max(h, 10% of abs(v)), v]: 72,000 .. 80,000 |
| `just under 5%` | `<` + "below" | [v - max(h, 10% of abs(v)), v): 4.5 .. 5 |
| `just over 400`, `slightly more than` | `>` + "above_close" | (v, v + max(h, 10% of abs(v))] |
| `more than 400,000`, `over` | `>` | (v, +inf): strictly above, no rounding |
| `at least 3` | `>=` | [v, +inf) |
| `fewer than 10`, `under` | `<` | (-inf, v) |
| `up to 20 million`, `at most` | `<=` | (-inf, v] |
| `between 300 and 400`, `300-400` | `range` | (low - h(low), high + h(high)) |

Half a unit of the last written digit: for `2.5` and `9.4` a tenth (h = 0.05), for `93`, `14` one
(h = 0.5). An integer's trailing zeros count as written precision down to two significant digits:
`78,000` is rounded to the thousand (h = 500), `1,500` to the hundred, but `400,000` is read as 400
thousand to the ten thousand (h = 5,000), `100` as 95..105 and `20` as 19.5..20.5: a round figure
is not taken to mean anything within half of itself. A scale word keeps its number's precision:
`3 million` is 2.5 .. 3.5 million, `12 million` 11.5 .. 12.5 million. Number words are integers
before their scale word (`fourteen` h = 0.5, `three million` h = 0.5 million); a fraction in words
(`one in five`) is exact. Negative figures mirror: `-12` is -12.5 .. -11.5.

Units: figures of different kinds never agree or disagree (None). Money compares only in one
currency; `percent` against `percentage point` is None; measures convert only through the factors
of `CONVERSIONS` (length, mass, area, volume, speed, energy), else None. Temperatures are never
converted (no factor: an offset).

>>> agree("78,000 people", "77,600 people"), agree("2.5 billion dollars", "$2,500 million")
(True, True)
>>> agree("killed 14 people", "killed 8 people"), agree("$12 million", "$3 million")
(False, False)
>>> agree("nearly 80,000", "81,000"), agree("nearly 80,000", "79,000"), agree("more than 400,000", "390,000")
(False, True, False)
>>> agree("93 percent", "93.4 percent"), agree("5 percent", "5 percentage points")
(True, None)
>>> agree("10 miles", "16.1 kilometres"), agree("20 degrees Celsius", "68 degrees Fahrenheit")
(True, None)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import pandas as pd

from .lang import alternation, table

_QUANTITY_KINDS = ("count", "percent", "money", "measure", "ratio", "duration")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")

#: Factors to one base unit per dimension: a measure converts only through these (documented, exact
#: or to the precision shown). Units are the names the extractor gives (quantulum3's).
CONVERSIONS: dict[str, tuple[str, float]] = {
    # length, base metre
    "millimetre": ("length", 1e-3), "centimetre": ("length", 1e-2), "metre": ("length", 1.0),
    "kilometre": ("length", 1e3), "inch": ("length", 0.0254), "foot": ("length", 0.3048),
    "yard": ("length", 0.9144), "mile": ("length", 1609.344), "nautical mile": ("length", 1852.0),
    # mass, base kilogram
    "milligram": ("mass", 1e-6), "gram": ("mass", 1e-3), "kilogram": ("mass", 1.0), "tonne": ("mass", 1e3),
    "pound-mass": ("mass", 0.45359237), "pound": ("mass", 0.45359237), "ounce": ("mass", 0.028349523125),
    "short ton": ("mass", 907.18474), "long ton": ("mass", 1016.0469088), "stone": ("mass", 6.35029318),
    # area, base square metre
    "square metre": ("area", 1.0), "square kilometre": ("area", 1e6), "hectare": ("area", 1e4),
    "acre": ("area", 4046.8564224), "square mile": ("area", 2589988.110336), "square foot": ("area", 0.09290304),
    # volume, base litre
    "millilitre": ("volume", 1e-3), "litre": ("volume", 1.0), "cubic metre": ("volume", 1e3),
    "gallon": ("volume", 3.785411784), "barrel": ("volume", 158.987294928),
    # speed, base metre per second
    "metre per second": ("speed", 1.0), "kilometre per hour": ("speed", 1 / 3.6), "mile per hour": ("speed", 0.44704),
    "knot": ("speed", 1852 / 3600),
    # energy, base kilowatt hour
    "kilowatt hour": ("energy", 1.0), "megawatt hour": ("energy", 1e3), "gigawatt hour": ("energy", 1e6),
    "terawatt hour": ("energy", 1e9),
    # time (durations), base second
    "second": ("time", 1.0), "minute": ("time", 60.0), "hour": ("time", 3600.0), "day": ("time", 86400.0),
    "week": ("time", 604800.0),
}


def _close(x: float, y: float) -> bool:
    if math.isinf(x) or math.isinf(y):
        return x == y
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


@dataclass(frozen=True, slots=True)
class Figure:
    """The interval a figure asserts: low..high, each end open (excluded) or closed."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    kind: str | None = None
    unit: str | None = None
    text: str = ""

    def overlaps(self, other: Figure) -> bool:
        """True when some value lies in both intervals (ends equal to within 1e-9 relative meet)."""
        if _close(self.high, other.low):
            return not (self.high_open or other.low_open)
        if _close(other.high, self.low):
            return not (other.high_open or self.low_open)
        return not (self.high < other.low or other.high < self.low)

    def gap(self, other: Figure) -> float:
        """The distance between the two intervals (0 when they touch or overlap)."""
        return max(0.0, other.low - self.high, self.low - other.high)

    def scaled(self, factor: float, unit: str | None) -> Figure:
        return Figure(self.low * factor, self.high * factor, self.low_open, self.high_open, self.kind, unit, self.text)


@dataclass(frozen=True, slots=True)
class Agreement:
    """The verdict on two figures: `agrees` True, False or None (not comparable), the gap, why."""

    agrees: bool | None
    gap: float | None
    reason: str
    a: Figure | None
    b: Figure | None


def _get(x: Any, key: str) -> Any:
    v = x.get(key) if isinstance(x, Mapping) else getattr(x, key, None)
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def half_unit(written: str) -> float:
    """Half a unit of the last written digit of a number as written (`78,000`, `2.5`, `.75`).

    >>> half_unit("78,000"), half_unit("2.5"), half_unit("93"), half_unit("400,000"), half_unit("100"), half_unit("20")
    (500.0, 0.05, 0.5, 5000.0, 5.0, 0.5)
    """
    digits = written.replace(",", "")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".", 1)[1])
    digits = digits.lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0 ** max(0, min(trailing, len(digits) - 2))


@cache
def _words(kind: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternation(table("en", "agree")[kind]) + r")\b", re.I)


def _precision(text: str, value: float, which: int = 0) -> float:
    """Half a unit of the first (which=0) or last (-1) number written in `text`, in `value`'s scale
    (`2.5` in `2.5 billion` -> 0.05e9). Without digits: a number in words is an integer before its
    scale word (`fourteen` 0.5, `three million` 0.5e6), a fraction in words (`one in five`) exact (0).

    >>> _precision("fourteen", 14.0), _precision("three million", 3e6), _precision("one in five", 0.2)
    (0.5, 500000.0, 0.0)
    """
    tokens = _NUMBER.findall(text or "")
    if not tokens:
        if not float(value).is_integer():
            return 0.0
        scale = next((s for s in (1e12, 1e9, 1e6, 1e3) if value and float(value / s).is_integer()), 1.0)
        return 0.5 * scale
    token = tokens[which]
    n = float(token.replace(",", ""))
    scale = abs(value / n) if n else 1.0
    if not math.isfinite(scale) or scale == 0:
        scale = 1.0
    return half_unit(token) * scale


def figure(x: Any, *, lang: str = "en") -> Figure | None:
    """The interval a fact asserts: `x` is a table row (Series, dict, Mention) or a text to extract.

    >>> f = figure("nearly 80,000 people")
    >>> (f.low, f.high, f.low_open, f.high_open)
    (72000.0, 80000.0, False, False)
    >>> f = figure("between 300 and 400 people"); (f.low, f.high)
    (295.0, 405.0)
    """
    if isinstance(x, str):
        from .api import extract

        df = extract(x)
        df = df[df["kind"].isin(_QUANTITY_KINDS)]
        if not len(df):
            return None
        x = df.iloc[0].to_dict()
    kind, unit, text = _get(x, "kind"), _get(x, "unit"), str(_get(x, "text") or "")
    value, low, high = _get(x, "value"), _get(x, "low"), _get(x, "high")
    q = str(_get(x, "qualifier") or "=")
    v = next((float(y) for y in (value, low, high) if y is not None), None)
    if v is None:
        return None
    if q == "range" and low is not None and high is not None:
        h_low, h_high = _precision(text, float(low), 0), _precision(text, float(high), -1)
        return Figure(float(low) - h_low, float(high) + h_high, True, True, kind=kind, unit=unit, text=text)
    h = _precision(text, v)
    wide = max(h, 0.1 * abs(v))
    if q == "~":
        if _words("below").search(text):
            return Figure(v - wide, v, kind=kind, unit=unit, text=text)
        return Figure(v - wide, v + wide, kind=kind, unit=unit, text=text)
    if q == ">":
        high_end = v + wide if _words("above_close").search(text) else math.inf
        return Figure(v, high_end, low_open=True, kind=kind, unit=unit, text=text)
    if q == ">=":
        return Figure(v, math.inf, kind=kind, unit=unit, text=text)
    if q == "<" and _words("below").search(text):  # `just under 5%`: below it, and close
        return Figure(v - wide, v, high_open=True, kind=kind, unit=unit, text=text)
    if q == "<":
        return Figure(-math.inf, v, high_open=True, kind=kind, unit=unit, text=text)
    if q == "<=":
        return Figure(-math.inf, v, kind=kind, unit=unit, text=text)
    return Figure(v - h, v + h, h > 0, h > 0, kind=kind, unit=unit, text=text)


def exact(value: float, *, kind: str | None = None, unit: str | None = None, written: str | None = None) -> Figure:
    """A reference figure: `value` with the precision of `written` (its shortest text by default).

    >>> e = exact(9.4, kind="percent", unit="percent"); (round(e.low, 2), round(e.high, 2))
    (9.35, 9.45)
    """
    text = written if written is not None else (str(int(value)) if float(value).is_integer() else repr(float(value)))
    h = half_unit(text.lstrip("-"))
    return Figure(value - h, value + h, True, True, kind=kind, unit=unit, text=text)


def _same_footing(a: Figure, b: Figure) -> tuple[Figure, Figure, str] | str:
    """The two figures in one unit, or the reason they cannot be compared."""
    ka, kb = a.kind or "", b.kind or ""
    if ka and kb and ka != kb and {ka, kb} != {"count", "measure"}:
        return f"different kinds ({ka}, {kb})"
    ua, ub = (a.unit or "").strip(), (b.unit or "").strip()
    if ua == ub:
        return a, b, ""
    if ka == "money" or kb == "money":
        return f"different currencies ({ua or '?'}, {ub or '?'})"
    if not ua or not ub or ua not in CONVERSIONS or ub not in CONVERSIONS:
        return f"different units ({ua or 'none'}, {ub or 'none'}) with no documented conversion"
    (da, fa), (db, fb) = CONVERSIONS[ua], CONVERSIONS[ub]
    if da != db:
        return f"different dimensions ({ua}: {da}, {ub}: {db})"
    return a.scaled(fa / fb, ub), b, f" ({ua} converted to {ub})"


def explain(a: Any, b: Any) -> Agreement:
    """Whether `a` and `b` can both hold, with the gap between them and a one-line reason.

    >>> e = explain("killed 14 people", "killed 8 people"); (e.agrees, e.gap, e.reason)
    (False, 5.0, '14 (13.5..14.5) and 8 (7.5..8.5) cannot both hold: 5 apart')
    """
    fa = a if isinstance(a, Figure) else figure(a)
    fb = b if isinstance(b, Figure) else figure(b)
    if fa is None or fb is None:
        return Agreement(None, None, "no figure to compare", fa, fb)
    footing = _same_footing(fa, fb)
    if isinstance(footing, str):
        return Agreement(None, None, footing, fa, fb)
    ca, cb, note = footing
    if ca.overlaps(cb):
        return Agreement(True, 0.0, f"{fa.text} ({_span(ca)}) and {fb.text} ({_span(cb)}) can both hold{note}", fa, fb)
    gap = ca.gap(cb)
    return Agreement(False, gap, f"{fa.text} ({_span(ca)}) and {fb.text} ({_span(cb)}) cannot both hold: "
                                 f"{_num(gap)} apart{note}", fa, fb)


def agree(a: Any, b: Any) -> bool | None:
    """True when figures `a` and `b` can both hold, False when they cannot, None when not comparable."""
    return explain(a, b).agrees


def _num(x: float) -> str:
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"


def _span(f: Figure) -> str:
    if math.isinf(f.high) and not math.isinf(f.low):
        return f"{'above' if f.low_open else 'at least'} {_num(f.low)}"
    if math.isinf(f.low) and not math.isinf(f.high):
        return f"{'below' if f.high_open else 'at most'} {_num(f.high)}"
    return f"{_num(f.low)}..{_num(f.high)}"


__all__ = ["CONVERSIONS", "Agreement", "Figure", "agree", "exact", "explain", "figure", "half_unit"]
