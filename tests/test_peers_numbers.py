"""The peers' own test suites for numbers and units, run against `numfacts.extract(text)`.

Cases are data (tests/peers.py loads them from data/peers/); each case is one pytest param whose
id is `<suite>-<index in the peer's file>-<slug of the input>`. Cases numfacts fails today are
strict xfails whose reason says what we returned; their ids live in
tests/known_failures/numbers_peers.json, rewritten by tools/update_known_failures_numbers.py.

Which cases
-----------
Recognizers-Text (data/peers/recognizers-text, English): NumberModel, PercentModel, OrdinalModel,
NumberRangeModel, CurrencyModel, DimensionModel, TemperatureModel, AgeModel. A case is left out
when its `NotSupported` or `NotSupportedByDesign` names python, except in OrdinalModel and
NumberRangeModel, where the peer's Python port lacks the whole model (53 of 54 and 85 of 87 cases
carry the flag), so the flag says nothing about the case: there only `NotSupportedByDesign: python`
leaves a case out. Many inputs are chat-style or lower-cased tokenised newswire; they are kept.
quantulum3 (data/peers/quantulum3/quantities.json): all 101 cases.

How a peer result is matched (every suite)
------------------------------------------
A peer result is matched when some numfacts row overlaps its span (the peer's `End` is
inclusive) and satisfies the suite's rule below; numbers agree within a relative tolerance of
1e-3; units are compared case-insensitively. A case passes when every result is matched and no
forbidden row appears. Extra rows elsewhere are not penalised, except in cases where the peer
finds nothing: there numfacts must return no row of the suite's kinds anywhere in the text.
Results without a value (a bare `dollar`, `fahrenheit`, `mcg`) are not numeric facts and are
dropped.

A row matches a peer number through its value or, for a bound or a range row, through one of
its ends (`eight to 10 feet` -> a measure range 8..10 matches their `10 feet`). A unit may be
refined by a rate the peer's span leaves out (`500,000 barrels a day` -> `barrel per day` matches
their `barrel` at `500,000 barrels`). A compound duration matches each of its parts through its
ISO 8601 value (`twenty-one years and six months` -> P21Y6M matches their 21 years and 6 months).

* number: a row of any valued kind (count, percent, money, measure, ratio, ordinal, duration,
  set) whose value equals theirs (`$20` -> a money row of 20 matches their number 20). No
  results: no count or ratio row.
* percent: kind percent, value equal (`240 percent` -> 240). No results: no percent row.
* ordinal: kind ordinal, value equal. Their `ordinal.relative` results (`next`, `last`,
  `previous`) are no ordinals for us: no ordinal row may overlap them. No results: no ordinal row.
* numberrange: their interval `[a,b)`, `(a,]`... `[a,b]` with both ends -> a row with low a and
  high b (open or closed not checked, the order of the ends neither); one end only -> that bound
  alone (the other null) with the contract's qualifier: `(a,` -> `>`, `[a,` -> `>=`, `,b)` ->
  `<`, `,b]` -> `<=`; `[a,a]` -> a row with value a. Any valued kind, as for number. No
  results: no row with a bound.
* currency: kind money, value equal, unit the ISO code: their `isoCurrency` when given, else
  Dollar -> any dollar code (USD, CAD, AUD, HKD...), Pound -> GBP, Franc -> FRF/CHF/BEF/...,
  Peseta -> ESP, Finnish markka -> FIM, Netherlands guilder -> NLG, Rupee -> INR/PKR/...;
  Cent/Sen (any code) and Pence/Penny (GBP) in either the main unit (50 cents -> 0.5) or as
  written (50). No results: no money row.
* dimension, temperature: kind measure, value equal, unit their name in quantulum3's spelling
  (`Kilometer` -> `kilometre`, `Square meter` -> `square metre`, `Pound` -> `pound-mass`,
  `Milliliter` -> `millilitre` or `cubic centimetre`, `Ton` -> `ton`/`tonne`, `Metric ton` ->
  `tonne`, `C` -> `degree Celsius`, `F` -> `degree fahrenheit`, `Degree` -> any degree). No
  results: no measure row.
* age: `N years old` -> a duration (or measure) row of N with unit year (month, week, day
  likewise); `age 87` -> a count, duration or measure row of 87. No results: no number row.
* quantulum3: each expected quantity, located by its surface, must be matched by a row with its
  value and: `dimensionless` -> kind count or ratio (a 4-digit year such as `1979` -> a date row
  overlapping it, since a year is a date in our contract); `percentage` -> percent; second ...
  year -> duration with that unit; other time units (megayear) -> duration or measure with that
  unit; pound sterling -> money GBP, dollar -> money in a dollar code, euro -> EUR, penny/cent/
  dime -> money in the main unit or as written; `dollar per X` -> money in dollars or measure
  `dollar per X`; dozen/baker's dozen/gross -> a count of 12/13/144 times the value; `count per
  week` (`four times per week`) -> any set, count or measure row; any other unit -> kind measure
  with that unit name (`cubic centimetre` ~ `millilitre`, `pound-mass` ~ `pound`). A quantity with
  an `uncertainty` is a range: low = value - uncertainty, high = value + uncertainty (except
  `+/-`, a measurement error, where the value is matched). No results: no number row at all.

Where the peer contradicts our contract (tests/peers.py `RT_OVERRIDES`, `Q_IDENTIFIERS`)
-----------------------------------------------------------------------------------------
Identifiers and names are never rows in our contract, nor are the parts of a date or a phone
number. So these peer results are inverted: no row of the suite's kinds may overlap them:
NumberModel 1 (an IP address), 143 (the parts of 5/17/2018), 144 (a phone number), 189
(SCP-173), 198 and 199 (exercise numbers), 224 (`version two`); OrdinalModel 51 and 52 (`and a
third` is a fraction, as NumberModel 222 says); quantulum3 3 (`Voyager 2`), 4 (`English 101`),
47 (`South 32 Ltd`), 61 (`Core i7 860`). quantulum3 24 (`rose from about $350 per kg to $680
per kg`) and 94 (`reduced from 44 mg to 50 mg`) are changes, not ranges: each end is expected as
a value (`Q_CHANGES`). NumberRangeModel 69 is left out: the peer expects
nothing from `from 200 to 300`, a bug (case 70 finds the same range).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import peers

KNOWN_FAILURES_FILE = Path(__file__).resolve().parent / "known_failures" / "numbers_peers.json"
KNOWN_FAILURES: dict[str, str] = (
    json.loads(KNOWN_FAILURES_FILE.read_text(encoding="utf-8")) if KNOWN_FAILURES_FILE.exists() else {}
)


def _params(suite: str) -> list:
    """One pytest param per case of `suite`, known failures marked as strict xfails."""
    params = []
    for case in peers.load_suite(suite):
        reason = KNOWN_FAILURES.get(case.id)
        marks = (pytest.mark.xfail(strict=True, reason=reason),) if reason else ()
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


NUMBER_CASES = _params("number")
PERCENT_CASES = _params("percent")
ORDINAL_CASES = _params("ordinal")
NUMBER_RANGE_CASES = _params("numberrange")
CURRENCY_CASES = _params("currency")
DIMENSION_CASES = _params("dimension")
TEMPERATURE_CASES = _params("temperature")
AGE_CASES = _params("age")
QUANTULUM_CASES = _params("quantulum3")


def assert_passes(case: peers.PeerCase) -> None:
    problems = peers.check(case)
    assert not problems, f"{case.text!r}: " + " | ".join(problems)


@pytest.mark.parametrize("case", NUMBER_CASES)
def test_recognizers_number(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", PERCENT_CASES)
def test_recognizers_percent(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", ORDINAL_CASES)
def test_recognizers_ordinal(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", NUMBER_RANGE_CASES)
def test_recognizers_number_range(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", CURRENCY_CASES)
def test_recognizers_currency(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", DIMENSION_CASES)
def test_recognizers_dimension(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", TEMPERATURE_CASES)
def test_recognizers_temperature(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", AGE_CASES)
def test_recognizers_age(case: peers.PeerCase) -> None:
    assert_passes(case)


@pytest.mark.parametrize("case", QUANTULUM_CASES)
def test_quantulum3(case: peers.PeerCase) -> None:
    assert_passes(case)


# --------------------------------------------------------------------------------------------
# The harness itself


def test_case_ids_are_unique_and_known_failures_are_current() -> None:
    ids = [case.id for case in peers.all_cases()]
    assert len(ids) == len(set(ids))
    stale = sorted(set(KNOWN_FAILURES) - set(ids))
    assert not stale, f"known failures for cases that no longer exist: {stale[:5]}"


SUITE_SIZES = [
    # (suite, cases kept from the peer's file)
    pytest.param("number", 211, id="number"),
    pytest.param("percent", 17, id="percent"),
    pytest.param("ordinal", 54, id="ordinal"),
    pytest.param("numberrange", 84, id="numberrange"),
    pytest.param("currency", 130, id="currency"),
    pytest.param("dimension", 82, id="dimension"),
    pytest.param("temperature", 40, id="temperature"),
    pytest.param("age", 19, id="age"),
    pytest.param("quantulum3", 101, id="quantulum3"),
]


@pytest.mark.parametrize(("suite", "size"), SUITE_SIZES)
def test_suite_sizes(suite: str, size: int) -> None:
    assert len(peers.load_suite(suite)) == size


def _row(start: int, end: int, kind: str, value: float | None = None, *, low: float | None = None,
         high: float | None = None, qualifier: str = "=", unit: str | None = None, text: str = "") -> dict:
    return {"start": start, "end": end, "kind": kind, "value": value, "low": low, "high": high,
            "qualifier": qualifier, "unit": unit, "text": text}


MONEY_75M = peers.PeerCase("t", 0, "t-0", "$ 75 million of bonds", (
    peers.Expect(0, 12, frozenset({"money"}), values=(75e6,), units=frozenset({"usd"}), label="money 75e6"),))
OVER_30 = peers.PeerCase("t", 1, "t-1", "He is over thirty years old.", (
    peers.Expect(6, 17, peers.VALUE_KINDS, low=30, bounds="low", qualifiers=frozenset({">"}), label="bound > 30"),))
NOTHING = peers.PeerCase("t", 2, "t-2", "All 70 of us.", (), (peers.Reject(frozenset({"money"}), why="none"),))
BETWEEN = peers.PeerCase("t", 3, "t-3", "between 44 and 50 mg", (
    peers.Expect(0, 20, frozenset({"measure"}), low=44, high=50, bounds="both", units=frozenset({"milligram"}),
                 label="range"),))

MATCHER_CASES = [
    pytest.param(MONEY_75M, [_row(0, 12, "money", 75e6, unit="USD")], 0, id="money-matches"),
    pytest.param(MONEY_75M, [_row(0, 12, "money", 75e6, unit="EUR")], 1, id="money-wrong-currency"),
    pytest.param(MONEY_75M, [_row(2, 4, "count", 75)], 1, id="money-only-a-count"),
    pytest.param(MONEY_75M, [], 1, id="money-nothing"),
    pytest.param(OVER_30, [_row(6, 27, "duration", None, low=30, qualifier=">", unit="year")], 0, id="bound-matches"),
    pytest.param(OVER_30, [_row(6, 27, "count", None, low=30, qualifier=">=")], 1, id="bound-wrong-qualifier"),
    pytest.param(OVER_30, [_row(11, 17, "count", 30)], 1, id="bound-missing"),
    pytest.param(NOTHING, [_row(4, 6, "count", 70)], 0, id="empty-count-allowed"),
    pytest.param(NOTHING, [_row(4, 6, "money", 70)], 1, id="empty-money-forbidden"),
    pytest.param(BETWEEN, [_row(0, 20, "measure", None, low=50, high=44, qualifier="range", unit="milligram")], 0,
                 id="range-any-order"),
    pytest.param(BETWEEN, [_row(0, 20, "measure", None, low=44, high=50, unit="gram")], 1, id="range-wrong-unit"),
]


@pytest.mark.parametrize(("case", "rows", "n_problems"), MATCHER_CASES)
def test_matcher(case: peers.PeerCase, rows: list[dict], n_problems: int) -> None:
    assert len(peers.check(case, rows)) == n_problems
