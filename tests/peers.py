"""Peer test suites for numbers and units, as data: load, map to our contract, match, score.

Two peers are read from the repo's `data/peers/`:

* Microsoft Recognizers-Text (MIT), English specs: `Number/English/{NumberModel, PercentModel,
  OrdinalModel, NumberRangeModel}.json` and `NumberWithUnit/English/{CurrencyModel, DimensionModel,
  TemperatureModel, AgeModel}.json`;
* quantulum3's own test cases (MIT), `quantulum3/quantities.json`.

Each peer case becomes a `PeerCase`: the input text, what numfacts must find (`Expect`, one per
peer result) and what it must not find (`Reject`). `check` runs `numfacts.extract(text)` and lists
the problems; `pass_rates` scores every suite (tools/eval.py calls it). The matching rules are
written out in the docstring of tests/test_peers_numbers.py.

Case ids are stable: `<suite>-<index in the peer's file>-<slug of the input>`.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RT_DIR = ROOT / "data" / "peers" / "recognizers-text"
QUANTULUM_FILE = ROOT / "data" / "peers" / "quantulum3" / "quantities.json"

#: Kinds that carry a number (the contract's non-temporal kinds).
NUMBER_KINDS = frozenset({"count", "percent", "money", "measure", "ratio", "ordinal"})
#: Kinds whose rows have a `value` a bare peer number may land in (`$20` -> money 20, `3 years` -> 3).
VALUE_KINDS = NUMBER_KINDS | {"duration", "set"}

# --------------------------------------------------------------------------------------------
# The records


@dataclass(frozen=True)
class Expect:
    """One peer result: some row overlapping [start, end) must satisfy all of this."""

    start: int
    end: int  # exclusive
    kinds: frozenset[str]
    values: tuple[float, ...] = ()  # row value must equal one of these (empty: not checked)
    low: float | None = None  # bounds (for ranges and one-sided bounds)
    high: float | None = None
    qualifiers: frozenset[str] | None = None  # allowed qualifiers (None: not checked)
    units: frozenset[str] | None = None  # allowed units, lower case (None: not checked)
    bounds: str = ""  # "", "both" (low and high), "low" (low only) or "high" (high only)
    label: str = ""  # how the failure message names what was expected


@dataclass(frozen=True)
class Reject:
    """No row of `kinds` may overlap [start, end) (the whole text when start is None)."""

    kinds: frozenset[str]
    start: int | None = None
    end: int | None = None
    bound_only: bool = False  # only rows with a low or high bound count
    why: str = ""


@dataclass(frozen=True)
class PeerCase:
    suite: str
    index: int
    id: str
    text: str
    expects: tuple[Expect, ...] = ()
    rejects: tuple[Reject, ...] = ()
    note: str = ""  # why the case departs from the peer's expectation, if it does


@dataclass
class _Builder:
    """Collects the expectations of one case."""

    expects: list[Expect] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Small helpers


def slug(text: str, width: int = 32) -> str:
    """A short, readable, id-safe slug of an input text.

    >>> slug("The number is between 20 and 30.")
    'the-number-is-between-20-and-30'
    >>> slug("€10M in my savings account... sorry")
    '10m-in-my-savings-account-sorry'
    >>> slug("   ")
    'empty'
    """
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(s) > width:
        s = s[:width].rsplit("-", 1)[0] if "-" in s[:width] else s[:width]
    return s.strip("-") or "empty"


def close(a: float | None, b: float | None) -> bool:
    """Numbers agree within a relative tolerance of 1e-3.

    >>> close(0.666666666666667, 2 / 3), close(100, 100.2), close(None, 1), close(0, 1e-12)
    (True, False, False, True)
    """
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-3, abs_tol=1e-9)


def parse_interval(text: str) -> tuple[float | None, bool, float | None, bool]:
    """A Recognizers-Text range value as (low, low_closed, high, high_closed).

    >>> parse_interval("[300,400)")
    (300.0, True, 400.0, False)
    >>> parse_interval("(,100]")
    (None, False, 100.0, True)
    >>> parse_interval("(0.5,)")
    (0.5, False, None, False)
    """
    m = re.fullmatch(r"([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])", text.strip())
    if not m:
        raise ValueError(f"not an interval: {text!r}")
    low = float(m.group(2)) if m.group(2) else None
    high = float(m.group(3)) if m.group(3) else None
    return low, m.group(1) == "[", high, m.group(4) == "]"


def _fmt(x: object) -> str:
    if x is None:
        return "?"
    if isinstance(x, float):
        return f"{x:.6g}"
    return str(x)


def _describe_row(row: dict) -> str:
    """A compact description of one row, for failure messages."""
    if row.get("low") is not None or row.get("high") is not None:
        num = f"{_fmt(row.get('low'))}..{_fmt(row.get('high'))}"
    else:
        num = _fmt(row.get("value"))
    bits = [row["kind"], row.get("qualifier") or "", num, row.get("unit") or ""]
    return f"{' '.join(b for b in bits if b and b != '=')} {row['text']!r}"


# --------------------------------------------------------------------------------------------
# Running numfacts


@functools.lru_cache(maxsize=4096)
def extract_rows(text: str) -> tuple[dict, ...]:
    """numfacts' rows for `text` (no reference date), as plain dicts with None for missing values."""
    import numfacts  # imported late so that collecting the tests never fails on an import

    df = numfacts.extract(text, reference_date=None, lang="en")  # English specs: never detected
    rows = []
    for rec in df.to_dict("records"):
        rows.append({k: (None if _isna(v) else v) for k, v in rec.items()})
    return tuple(rows)


def _isna(v: object) -> bool:
    try:
        import pandas as pd

        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _overlaps(row: dict, start: int | None, end: int | None) -> bool:
    if start is None or end is None:
        return True
    return row["start"] < end and start < row["end"]


def _satisfies(row: dict, exp: Expect) -> bool:
    if row["kind"] not in exp.kinds:
        return False
    low, high = row.get("low"), row.get("high")
    if exp.values and not any(close(x, v) for v in exp.values for x in (row.get("value"), low, high)):
        # a bound or an end of a range may carry the peer's number: `eight to 10 feet`; a compound
        # duration carries each part in its ISO 8601 value: `21 years and 6 months` -> P21Y6M
        return bool(exp.units) and _in_compound_duration(row, exp.values[0], exp.units)
    if exp.bounds == "both":
        if low is None or high is None:
            return False
        if not (close(min(low, high), min(exp.low, exp.high)) and close(max(low, high), max(exp.low, exp.high))):
            return False
    elif exp.bounds == "low":
        if not close(low, exp.low) or high is not None:
            return False
    elif exp.bounds == "high":
        if not close(high, exp.high) or low is not None:
            return False
    if exp.qualifiers is not None and row.get("qualifier") not in exp.qualifiers:
        return False
    if exp.units is not None and not _unit_ok((row.get("unit") or "").lower(), exp.units, row["end"] > exp.end):
        return False
    return True


_ISO_PART = {"year": ("", "Y"), "month": ("", "M"), "week": ("", "W"), "day": ("", "D"),
             "hour": ("T", "H"), "minute": ("T", "M"), "second": ("T", "S")}


def _in_compound_duration(row: dict, value: float, units: frozenset[str]) -> bool:
    """Whether a duration row's ISO value holds `value` of `units` as one of its parts.

    >>> _in_compound_duration({"kind": "duration", "duration": "P3Y2M14DT16H"}, 16, frozenset({"hour"}))
    True
    >>> _in_compound_duration({"kind": "duration", "duration": "P21Y6M"}, 6, frozenset({"minute"}))
    False
    """
    iso = row.get("duration")
    if row["kind"] != "duration" or not iso or len(units) != 1 or next(iter(units)) not in _ISO_PART:
        return False
    section, letter = _ISO_PART[next(iter(units))]
    date_part, _, time_part = iso[1:].partition("T")
    part = time_part if section else date_part
    return any(close(float(n), value) for n in re.findall(r"([0-9.]+)" + letter, part))


def _unit_ok(unit: str, allowed: frozenset[str], row_goes_further: bool) -> bool:
    """The row's unit is allowed, or refines an allowed one by a rate the peer's span left out.

    >>> _unit_ok("barrel per day", frozenset({"barrel"}), True), _unit_ok("mile per hour", frozenset({"mile"}), False)
    (True, False)
    """
    if unit in allowed:
        return True
    return row_goes_further and any(unit.startswith(a + " per ") for a in allowed)


def check(case: PeerCase, rows: Iterable[dict] | None = None) -> list[str]:
    """What numfacts got wrong on `case` (an empty list when it passes)."""
    if rows is None:
        try:
            rows = extract_rows(case.text)
        except Exception as exc:  # a crash is a failure of the case, reported as such
            return [f"raised {type(exc).__name__}: {exc}"]
    rows = list(rows)
    problems = []
    for exp in case.expects:
        near = [r for r in rows if _overlaps(r, exp.start, exp.end)]
        if any(_satisfies(r, exp) for r in near):
            continue
        got = "; ".join(_describe_row(r) for r in near) or "nothing"
        problems.append(f"{exp.label} at {case.text[exp.start:exp.end]!r}: got {got}")
    for rej in case.rejects:
        bad = [
            r for r in rows
            if r["kind"] in rej.kinds and _overlaps(r, rej.start, rej.end)
            and (not rej.bound_only or r.get("low") is not None or r.get("high") is not None)
        ]
        if bad:
            where = f" at {case.text[rej.start:rej.end]!r}" if rej.start is not None else ""
            problems.append(f"unwanted{where} ({rej.why}): " + "; ".join(_describe_row(r) for r in bad))
    return problems


# --------------------------------------------------------------------------------------------
# Recognizers-Text


#: suite name -> file under data/peers/recognizers-text.
RT_FILES: dict[str, str] = {
    "number": "Number/English/NumberModel.json",
    "percent": "Number/English/PercentModel.json",
    "ordinal": "Number/English/OrdinalModel.json",
    "numberrange": "Number/English/NumberRangeModel.json",
    "currency": "NumberWithUnit/English/CurrencyModel.json",
    "dimension": "NumberWithUnit/English/DimensionModel.json",
    "temperature": "NumberWithUnit/English/TemperatureModel.json",
    "age": "NumberWithUnit/English/AgeModel.json",
}

#: Suites whose whole model is unsupported by the peer's Python port, so that `NotSupported:
#: python` marks the port, not the case: their cases are kept (see the test module docstring).
RT_KEEP_UNSUPPORTED = frozenset({"ordinal", "numberrange"})

#: What a case with no results forbids, per suite (kinds; and whether only bounded rows count).
RT_EMPTY_REJECT: dict[str, tuple[frozenset[str], bool]] = {
    "number": (frozenset({"count", "ratio"}), False),
    "percent": (frozenset({"percent"}), False),
    "ordinal": (frozenset({"ordinal"}), False),
    "numberrange": (NUMBER_KINDS, True),
    "currency": (frozenset({"money"}), False),
    "dimension": (frozenset({"measure"}), False),
    "temperature": (frozenset({"measure"}), False),
    "age": (NUMBER_KINDS | {"duration"}, False),
}

#: Cases where the peer's expectation contradicts our contract or is a peer bug.
#: "reject": their results must NOT be rows of the suite's kinds; "skip": the case is left out.
RT_OVERRIDES: dict[str, tuple[str, str]] = {
    "number-1": ("reject", "an IP address is an identifier, not a number (contract)"),
    "number-143": ("reject", "a date: its day, month and year are one date row, not numbers (contract)"),
    "number-144": ("reject", "a phone number is not a numeric fact (contract)"),
    "number-189": ("reject", "SCP-173 is an identifier (contract)"),
    "number-198": ("reject", "exercise numbers are identifiers, like 'Article 5' (contract)"),
    "number-199": ("reject", "exercise numbers are identifiers, like 'Article 5' (contract)"),
    "number-224": ("reject", "'version two' is an identifier, like 'Article 5' (contract)"),
    "ordinal-51": ("reject", "'a third' in 'forty two and a third' is a fraction (NumberModel-222 agrees)"),
    "ordinal-52": ("reject", "'a thirtieth' in '... and a thirtieth' is a fraction (NumberModel-223 agrees)"),
    "numberrange-69": ("skip", "peer bug: no result, yet 'from 200 to 300' is a range (case 70 finds one)"),
}

#: Recognizers-Text currency names -> ISO 4217 codes we accept, and the factor to the main unit.
DOLLAR_CODES = frozenset({
    "usd", "cad", "aud", "nzd", "hkd", "sgd", "twd", "jmd", "bsd", "bbd", "bzd", "ttd", "xcd",
    "lrd", "nad", "fjd", "zwd", "srd", "gyd", "bmd", "kyd", "sbd", "brl", "mxn",
})
RT_CURRENCY: dict[str, tuple[frozenset[str] | None, float]] = {
    "dollar": (DOLLAR_CODES, 1.0),
    "pound": (frozenset({"gbp"}), 1.0),
    "pence": (frozenset({"gbp"}), 0.01),
    "penny": (frozenset({"gbp"}), 0.01),
    "cent": (None, 0.01),
    "sen": (None, 0.01),
    "franc": (frozenset({"frf", "chf", "bef", "luf", "xof", "xaf"}), 1.0),
    "peseta": (frozenset({"esp"}), 1.0),
    "finnish markka": (frozenset({"fim"}), 1.0),
    "netherlands guilder": (frozenset({"nlg"}), 1.0),
    "rupee": (frozenset({"inr", "pkr", "lkr", "npr", "mur", "scr"}), 1.0),
}

#: Recognizers-Text dimension names -> the quantulum3 unit names we accept.
RT_UNITS: dict[str, frozenset[str]] = {
    "pound": frozenset({"pound-mass", "pound"}),
    "milliliter": frozenset({"millilitre", "cubic centimetre"}),
    "ton": frozenset({"ton", "tonne", "short ton", "long ton"}),
    "metric ton": frozenset({"tonne"}),
    "megabit": frozenset({"megabit"}),
    "c": frozenset({"degree celsius"}),
    "f": frozenset({"degree fahrenheit"}),
    "degree": frozenset({"degree celsius", "degree fahrenheit", "degree angle", "degree"}),
}


def quantulum_name(rt_unit: str) -> frozenset[str]:
    """The quantulum3 unit names accepted for a Recognizers-Text unit name.

    >>> sorted(quantulum_name("Kilometer per hour")), sorted(quantulum_name("Square meter"))
    (['kilometre per hour'], ['square metre'])
    >>> sorted(quantulum_name("Pound"))
    ['pound', 'pound-mass']
    """
    key = rt_unit.lower()
    if key in RT_UNITS:
        return RT_UNITS[key]
    name = re.sub(r"meter\b", "metre", key)
    name = re.sub(r"liter\b", "litre", name)
    return frozenset({name})


def _rt_span(case_text: str, res: dict) -> tuple[int, int]:
    start, end = int(res["Start"]), int(res["End"]) + 1  # End is inclusive in the specs
    return start, end


def _rt_number(res: dict) -> float | None:
    raw = (res.get("Resolution") or {}).get("value")
    if raw is None or raw == "null":
        return None
    return float(str(raw).rstrip("%"))


def _rt_expect(suite: str, text: str, res: dict, b: _Builder) -> None:
    """Turn one Recognizers-Text result into expectations of `b`."""
    start, end = _rt_span(text, res)
    resolution = res.get("Resolution") or {}
    if suite == "ordinal" and res.get("TypeName") == "ordinal.relative":
        why = "a relative ordinal (next, last) is no ordinal row"
        b.rejects.append(Reject(frozenset({"ordinal"}), start, end, why=why))
        return
    if suite == "numberrange":
        low, low_closed, high, high_closed = parse_interval(resolution["value"])
        if low is not None and high is not None and low == high:
            b.expects.append(Expect(start, end, VALUE_KINDS, values=(low,), label=f"number {_fmt(low)}"))
        elif low is not None and high is not None:
            b.expects.append(Expect(start, end, VALUE_KINDS, low=low, high=high, bounds="both",
                                    label=f"range {_fmt(low)}..{_fmt(high)}"))
        elif low is not None:
            q = ">=" if low_closed else ">"
            b.expects.append(Expect(start, end, VALUE_KINDS, low=low, bounds="low", qualifiers=frozenset({q}),
                                    label=f"bound {q} {_fmt(low)}"))
        else:
            q = "<=" if high_closed else "<"
            b.expects.append(Expect(start, end, VALUE_KINDS, high=high, bounds="high", qualifiers=frozenset({q}),
                                    label=f"bound {q} {_fmt(high)}"))
        return
    value = _rt_number(res)
    if value is None:  # a bare unit name ("dollar", "fahrenheit") is no numeric fact
        return
    if suite == "number":
        b.expects.append(Expect(start, end, VALUE_KINDS, values=(value,), label=f"number {_fmt(value)}"))
    elif suite == "percent":
        b.expects.append(Expect(start, end, frozenset({"percent"}), values=(value,), label=f"percent {_fmt(value)}"))
    elif suite == "ordinal":
        b.expects.append(Expect(start, end, frozenset({"ordinal"}), values=(value,), label=f"ordinal {_fmt(value)}"))
    elif suite == "currency":
        name = str(resolution.get("unit", "")).lower()
        iso = resolution.get("isoCurrency")
        codes, factor = (frozenset({iso.lower()}), 1.0) if iso else RT_CURRENCY.get(name, (None, 1.0))
        values = (value,) if factor == 1.0 else (value * factor, value)
        b.expects.append(Expect(start, end, frozenset({"money"}), values=values, units=codes,
                                label=f"money {_fmt(value)} {iso or resolution.get('unit')}"))
    elif suite in ("dimension", "temperature"):
        units = quantulum_name(str(resolution.get("unit", "")))
        b.expects.append(Expect(start, end, frozenset({"measure"}), values=(value,), units=units,
                                label=f"measure {_fmt(value)} {'|'.join(sorted(units))}"))
    elif suite == "age":
        unit = str(resolution.get("unit", "")).lower()
        if unit == "age":
            b.expects.append(Expect(start, end, frozenset({"count", "duration", "measure"}), values=(value,),
                                    label=f"age {_fmt(value)}"))
        else:
            b.expects.append(Expect(start, end, frozenset({"duration", "measure"}), values=(value,),
                                    units=frozenset({unit}), label=f"age {_fmt(value)} {unit}"))
    else:  # pragma: no cover - every suite is handled above
        raise ValueError(suite)


def rt_skipped(case: dict, suite: str) -> bool:
    """Whether the peer itself leaves `case` out: NotSupported (or NotSupportedByDesign) names python.

    >>> rt_skipped({"NotSupported": "javascript, python"}, "number")
    True
    >>> rt_skipped({"NotSupported": "javascript, python"}, "numberrange")
    False
    >>> rt_skipped({"NotSupportedByDesign": "javascript,python,java"}, "numberrange")
    True
    >>> rt_skipped({"NotSupportedByDesign": "java"}, "number")
    False
    """
    if "python" in str(case.get("NotSupportedByDesign", "")).lower():
        return True
    return suite not in RT_KEEP_UNSUPPORTED and "python" in str(case.get("NotSupported", "")).lower()


def load_rt_suite(suite: str) -> list[PeerCase]:
    """The cases of one Recognizers-Text suite, mapped to our contract (skipped cases left out)."""
    with open(RT_DIR / RT_FILES[suite], encoding="utf-8-sig") as fh:
        raw = json.load(fh)
    cases = []
    empty_kinds, empty_bounded = RT_EMPTY_REJECT[suite]
    for index, c in enumerate(raw):
        if rt_skipped(c, suite):
            continue
        text = c["Input"]
        key = f"{suite}-{index}"
        action, note = RT_OVERRIDES.get(key, ("", ""))
        if action == "skip":
            continue
        b = _Builder()
        results = c.get("Results") or []
        if action == "reject":
            for res in results:
                start, end = _rt_span(text, res)
                b.rejects.append(Reject(empty_kinds, start, end, bound_only=empty_bounded, why=note))
        else:
            for res in results:
                _rt_expect(suite, text, res, b)
            if not results:
                b.rejects.append(Reject(empty_kinds, bound_only=empty_bounded, why="the peer finds nothing here"))
        cases.append(PeerCase(suite, index, f"{key}-{slug(text)}", text, tuple(b.expects), tuple(b.rejects), note))
    return cases


# --------------------------------------------------------------------------------------------
# quantulum3

TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
#: quantulum3 currency unit -> accepted ISO codes (None: any) and its factor to the main unit.
Q_CURRENCY: dict[str, tuple[frozenset[str] | None, float]] = {
    "pound sterling": (frozenset({"gbp"}), 1.0),
    "dollar": (DOLLAR_CODES, 1.0),
    "euro": (frozenset({"eur"}), 1.0),
    "penny": (frozenset({"gbp"}), 0.01),
    "cent": (None, 0.01),
    "dime": (frozenset({"usd"}), 0.1),
}
#: quantulum3 "units" that are really counts: name -> how many.
Q_COUNT_UNITS = {"dozen": 12.0, "baker's dozen": 13.0, "gross": 144.0}
#: quantulum3 unit names that name the same unit as another name.
Q_ALIASES = {"cubic centimetre": frozenset({"cubic centimetre", "millilitre"}),
             "pound-mass": frozenset({"pound-mass", "pound"})}
#: Expected quantities that name an identifier: (case index, surface) -> why. They must be no row.
Q_IDENTIFIERS: dict[tuple[int, str], str] = {
    (3, "2"): "'Voyager 2' is a name (contract)",
    (4, "101"): "'English 101' is a name (contract)",
    (47, "32"): "'South 32 Ltd' is a name (contract)",
    (61, "860"): "'Core i7 860' is a product name (contract)",
}


#: Cases where `from X to Y` is a change, not a range: both ends are expected as values.
Q_CHANGES: dict[int, str] = {
    24: "'rose from about $350 per kg to $680 per kg' is a change: two prices, not a range",
    94: "'reduced from 44 mg to 50 mg' is a change: two doses, not a range",
}


def _q_find(text: str, surface: str, taken: dict[str, int]) -> tuple[int, int]:
    """The span of the next occurrence of `surface` in `text` (after the previous identical one)."""
    frm = taken.get(surface, 0)
    pos = text.find(surface, frm)
    if pos < 0:
        pos = text.lower().find(surface.lower(), frm)
    if pos < 0:
        raise ValueError(f"surface {surface!r} not in {text!r}")
    taken[surface] = pos + len(surface)
    return pos, pos + len(surface)


def _is_year(value: float, surface: str) -> bool:
    return bool(re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", surface.strip())) and value == int(surface)


def _q_expect(index: int, text: str, res: dict, span: tuple[int, int], b: _Builder) -> None:
    """Turn one quantulum3 expected quantity into expectations of `b`."""
    start, end = span
    unit, value, surface = res["unit"], float(res["value"]), res["surface"]
    uncertainty = res.get("uncertainty")
    ranged = bool(uncertainty) and "+/-" not in surface and "±" not in surface
    if (index, surface) in Q_IDENTIFIERS:
        b.rejects.append(Reject(NUMBER_KINDS, start, end, why=Q_IDENTIFIERS[(index, surface)]))
        return
    values: tuple[float, ...] = (value,)
    units: frozenset[str] | None
    if unit == "dimensionless" and not ranged and _is_year(value, surface):
        b.expects.append(Expect(start, end, frozenset({"date"}), label=f"year {surface}"))
        return
    if unit == "dimensionless":
        kinds, units = frozenset({"count", "ratio"}), None
    elif unit in Q_COUNT_UNITS:
        kinds, units, values = frozenset({"count"}), None, (value * Q_COUNT_UNITS[unit],)
    elif unit == "percentage":
        kinds, units = frozenset({"percent"}), None
    elif unit in TIME_UNITS:
        kinds, units = frozenset({"duration"}), frozenset({unit})
    elif res.get("entity") == "time":
        kinds, units = frozenset({"duration", "measure"}), frozenset({unit.lower()})
    elif unit in Q_CURRENCY:
        kinds, (units, factor) = frozenset({"money"}), Q_CURRENCY[unit]
        values = (value,) if factor == 1.0 else (value * factor, value)
    elif unit.startswith("dollar per "):
        kinds, units = frozenset({"money", "measure"}), DOLLAR_CODES | {unit}
    elif unit == "count per week":
        kinds, units, values = frozenset({"set", "count", "measure"}), None, ()
    else:
        kinds, units = frozenset({"measure"}), Q_ALIASES.get(unit, frozenset({unit.lower()}))
    label = f"{'|'.join(sorted(kinds))} {_fmt(value)} {unit}"
    if ranged and index in Q_CHANGES:
        for end_value in (value - float(uncertainty), value + float(uncertainty)):
            b.expects.append(Expect(start, end, kinds, values=(end_value,), units=units,
                                    label=f"{'|'.join(sorted(kinds))} {_fmt(end_value)} {unit}"))
    elif ranged:
        low, high = value - float(uncertainty), value + float(uncertainty)
        b.expects.append(Expect(start, end, kinds, low=low, high=high, bounds="both", units=units,
                                label=f"{'|'.join(sorted(kinds))} range {_fmt(low)}..{_fmt(high)} {unit}"))
    else:
        b.expects.append(Expect(start, end, kinds, values=values, units=units, label=label))


def load_quantulum_suite() -> list[PeerCase]:
    """quantulum3's own cases, mapped to our contract."""
    with open(QUANTULUM_FILE, encoding="utf-8") as fh:
        raw = json.load(fh)
    cases = []
    for index, c in enumerate(raw):
        text, results = c["req"], c["res"]
        b = _Builder()
        taken: dict[str, int] = {}
        for res in results:
            _q_expect(index, text, res, _q_find(text, res["surface"], taken), b)
        if not results:
            b.rejects.append(Reject(NUMBER_KINDS, why="the peer finds nothing here"))
        notes = [w for (i, _), w in Q_IDENTIFIERS.items() if i == index] + [Q_CHANGES.get(index, "")]
        note = "; ".join(n for n in notes if n)
        cases.append(PeerCase("quantulum3", index, f"quantulum3-{index}-{slug(text)}", text,
                              tuple(b.expects), tuple(b.rejects), note))
    return cases


# --------------------------------------------------------------------------------------------
# All suites

SUITES: dict[str, Callable[[], list[PeerCase]]] = {
    **{name: functools.partial(load_rt_suite, name) for name in RT_FILES},
    "quantulum3": load_quantulum_suite,
}


@functools.cache
def load_suite(suite: str) -> tuple[PeerCase, ...]:
    """The cases of one suite (see `SUITES`)."""
    return tuple(SUITES[suite]())


def all_cases() -> list[PeerCase]:
    """Every case of every suite, in suite order."""
    return [case for suite in SUITES for case in load_suite(suite)]


def failures() -> dict[str, str]:
    """{case id: what went wrong} for every case numfacts fails today."""
    out = {}
    for case in all_cases():
        problems = check(case)
        if problems:
            out[case.id] = "; ".join(problems)
    return out


def pass_rates() -> dict[str, tuple[int, int]]:
    """{suite: (cases passed, cases)} for every peer suite of numbers and units."""
    rates = {}
    for suite in SUITES:
        cases = load_suite(suite)
        passed = sum(1 for case in cases if not check(case))
        rates[suite] = (passed, len(cases))
    return rates
