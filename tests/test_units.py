"""The unit and currency tables."""

import pytest

from numfacts.units import _measure_table, build_measure_table, currency_code, measure_unit


def test_shipped_table_matches_quantulum3() -> None:
    """_units.json is what the installed quantulum3 gives; rebuild with tools/build_units.py."""
    assert _measure_table() == build_measure_table()


@pytest.mark.parametrize(
    "surface, unit",
    [
        pytest.param("km", "kilometre", id="km"),
        pytest.param("kilometres", "kilometre", id="kilometres"),
        pytest.param("kilometers", "kilometre", id="kilometers"),
        pytest.param("mph", "mile per hour", id="mph"),
        pytest.param("km/h", "kilometre per hour", id="km/h"),
        pytest.param("°C", "degree Celsius", id="degC"),
        pytest.param("degrees Fahrenheit", "degree fahrenheit", id="degF"),
        pytest.param("tonnes", "tonne", id="tonnes"),
        pytest.param("square kilometres", "square kilometre", id="sqkm"),
        pytest.param("hectares", "hectare", id="hectares"),
        pytest.param("MW", "megawatt", id="MW"),
        pytest.param("barrels", "barrel", id="barrels"),
        pytest.param("feet", "foot", id="feet"),
        pytest.param("lbs", "pound-mass", id="lbs"),
        pytest.param("TV", None, id="TV-not-teravolt"),
        pytest.param("MP", None, id="MP-not-megapixel"),
        pytest.param("in", None, id="in-not-inch"),
        pytest.param("hours", None, id="hours-are-durations"),
        pytest.param("people", None, id="people"),
    ],
)
def test_measure_unit(surface: str, unit: str | None) -> None:
    assert measure_unit(surface) == unit


@pytest.mark.parametrize(
    "surface, code",
    [("$", "USD"), ("US$", "USD"), ("£", "GBP"), ("€", "EUR"), ("A$", "AUD"), ("HK$", "HKD"),
     ("euros", "EUR"), ("yen", "JPY"), ("Swiss francs", "CHF"), ("rupees", "INR"), ("Rs", "INR"),
     ("pounds sterling", "GBP"), ("dollars", "USD"), ("widgets", None)],
)
def test_currency_code(surface: str, code: str | None) -> None:
    assert currency_code(surface) == code
