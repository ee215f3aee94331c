"""numfacts.agree (module numfacts.figures): the interval each qualifier asserts, and when two figures can both hold."""

from __future__ import annotations

import math

import pytest

import numfacts
from numfacts.figures import exact, explain, figure, half_unit

#: (written, low, high, low_open, high_open)
INTERVALS = [
    ("78,000 people", 77500, 78500, True, True),
    ("$2.5 billion", 2.45e9, 2.55e9, True, True),
    ("2,500 million dollars", 2.45e9, 2.55e9, True, True),
    ("93 percent", 92.5, 93.5, True, True),
    ("9.4 percent", 9.35, 9.45, True, True),
    ("14 people", 13.5, 14.5, True, True),
    ("fourteen people", 13.5, 14.5, True, True),
    ("400,000 people", 395000, 405000, True, True),
    ("about 2,000 people", 1800, 2200, False, False),
    ("some 8,000 civilians", 7200, 8800, False, False),
    ("nearly 80,000 people", 72000, 80000, False, False),
    ("almost 80,000 people", 72000, 80000, False, False),
    ("just under 5%", 4.5, 5, False, True),
    ("more than 400,000 people", 400000, math.inf, True, False),
    ("at least 3 people", 3, math.inf, False, False),
    ("fewer than 10 people", -math.inf, 10, False, True),
    ("up to 20 million people", -math.inf, 2e7, False, False),
    ("between 300 and 400 people", 295, 405, True, True),
    ("between 2.5 and 3.5 million people", 2.45e6, 3.55e6, True, True),
    ("minus 12 degrees Celsius", -12.5, -11.5, True, True),
    ("three million people", 2.5e6, 3.5e6, True, True),
    ("one in five people", 0.2, 0.2, False, False),
    ("just over 400 people", 400, 440, True, False),
]


@pytest.mark.parametrize("written,low,high,low_open,high_open", INTERVALS, ids=[c[0] for c in INTERVALS])
def test_interval(written: str, low: float, high: float, low_open: bool, high_open: bool) -> None:
    f = figure(written)
    assert f is not None
    assert (f.low, f.high, f.low_open, f.high_open) == (pytest.approx(low), pytest.approx(high), low_open, high_open)


#: (a, b, agree): True both can hold, False they cannot, None not comparable
PAIRS = [
    ("78,000 people", "77,600 people", True),
    ("78,000 people", "78,600 people", False),
    ("$2.5 billion", "$2,500 million", True),
    ("$2.5 billion", "$2,600 million", False),  # 2.45..2.55 and 2.55..2.65 billion only touch
    ("2.5 percent", "2.6 percent", False),
    ("killed 14 people", "killed 8 people", False),
    ("$12 million", "$3 million", False),
    ("nearly 80,000 people", "81,000 people", False),
    ("nearly 80,000 people", "79,000 people", True),
    ("nearly 80,000 people", "60,000 people", False),
    ("more than 400,000 people", "390,000 people", False),
    ("more than 400,000 people", "450,000 people", True),
    ("more than 400,000 people", "400,000 people", True),  # 400,000 as written reaches 405,000
    ("fewer than 10 people", "10 people", True),
    ("fewer than 10 people", "12 people", False),
    ("93 percent", "93.4 percent", True),
    ("93 percent", "94 percent", False),
    ("5 percent", "5 percentage points", None),
    ("about 2,000 people", "2,150 people", True),
    ("about 2,000 people", "2,500 people", False),
    # ranges on one side and on both
    ("between 300 and 400 people", "350 people", True),
    ("between 300 and 400 people", "500 people", False),
    ("between 300 and 400 people", "between 380 and 450 people", True),
    ("between 300 and 400 people", "between 410 and 450 people", False),
    # negative figures
    ("minus 12 degrees Celsius", "minus 11.8 degrees Celsius", True),
    ("minus 12 degrees Celsius", "12 degrees Celsius", False),
    # money: one currency only
    ("$5 million", "£5 million", None),
    ("€5 million", "5 million euros", True),
    # measures: convert only through a documented factor
    ("10 miles", "16.1 kilometres", True),
    ("10 miles", "20 kilometres", False),
    ("5 kilograms", "11 pounds", True),
    ("20 degrees Celsius", "68 degrees Fahrenheit", None),
    ("10 miles", "10 kilograms", None),
    # different kinds
    ("5 percent", "$5", None),
]


@pytest.mark.parametrize("a,b,expected", PAIRS, ids=[f"{a} ~ {b}" for a, b, _ in PAIRS])
def test_agree(a: str, b: str, expected: bool | None) -> None:
    assert numfacts.agree(a, b) is expected
    assert numfacts.agree(b, a) is expected  # symmetric


HALF_UNITS = [("78,000", 500), ("2.5", 0.05), ("93", 0.5), ("400,000", 5000), ("100", 5), ("20", 0.5),
              ("1,500", 50), ("2,500", 50), ("0.75", 0.005), ("7", 0.5)]


@pytest.mark.parametrize("written,h", HALF_UNITS, ids=[c[0] for c in HALF_UNITS])
def test_half_unit(written: str, h: float) -> None:
    assert half_unit(written) == pytest.approx(h)


def test_explain_gives_gap_and_reason() -> None:
    e = explain("$12 million", "$3 million")
    assert e.agrees is False and e.gap == pytest.approx(8e6)
    assert "cannot both hold" in e.reason
    assert "different currencies" in explain("$5 million", "£5 million").reason


def test_reference_figure_precision() -> None:
    e = exact(-728000.0, kind="count")
    assert (e.low, e.high, e.low_open) == (-728500.0, -727500.0, True)
    assert numfacts.agree("9.4 percent", exact(9.4, kind="percent", unit="percent")) is True
    assert numfacts.agree("9.5 percent", exact(9.4, kind="percent", unit="percent")) is False


def test_rows_of_a_table() -> None:
    df = numfacts.extract("Reuters said 78,000 fled; Press TV said 77,800 fled.")
    rows = df.to_dict("records")
    assert numfacts.agree(rows[0], rows[1]) is True
