"""Units of measure and currencies: surface text -> canonical name.

Measures use quantulum3's unit database (its canonical names: `kilometre`, `degree Celsius`,
`mile per hour`), read once and cached; currencies map to ISO 4217 codes from a table of our own,
because quantulum3 reads `$2bn` as "dollar bit newton".

>>> measure_unit("km"), measure_unit("kilometres"), measure_unit("mph"), measure_unit("°C")
('kilometre', 'kilometre', 'mile per hour', 'degree Celsius')
>>> measure_unit("tonnes"), measure_unit("sq km"), measure_unit("in"), measure_unit("hours")
('tonne', 'square kilometre', None, None)
>>> currency_code("£"), currency_code("US$"), currency_code("euros"), currency_code("Australian dollars")
('GBP', 'USD', 'EUR', 'AUD')
>>> currency_code("Swedish kronor"), currency_code("Egyptian pounds"), currency_code("Danish krone")
('SEK', 'EGP', 'DKK')
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .lang import table

_CUR = table("en", "currencies")
#: Currency symbols and codes written before the amount.
CURRENCY_PREFIXES: dict[str, str] = dict(_CUR["prefixes"])
#: Currency words written after the amount (lower case, singular and plural).
CURRENCY_WORDS: dict[str, str] = dict(_CUR["words"])
#: A nationality adjective before a currency word: "Swedish kronor", "Egyptian pounds".
CURRENCY_ADJECTIVES: dict[tuple[str, str], str] = {(a, w): c for a, w, c in _CUR["adjectives"]}
#: Nouns of those pairs that are a currency only after their adjective: `Danish crowns`, not `three crowns`.
CURRENCY_ADJECTIVE_ONLY: frozenset[str] = frozenset(_CUR.get("adjective_required", ()))
#: Sub-units: value is divided by 100 into the main currency.
CURRENCY_CENTS: dict[str, str] = dict(_CUR["cents"])

#: Unit names we never take from quantulum3: time (temporal's work), money, counts, and names
#: that are ordinary English words after a number.
_EXCLUDED_NAMES = {
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "millennium",
    "fortnight", "lustrum", "dimensionless", "count", "pair", "set", "dozen", "baker's dozen",
    "gross", "great gross", "long hundred", "quarter", "percentage", "per mille", "unk", "span",
    "turn", "shake", "drop", "cup", "mill", "rad", "tex", "league", "kip", "rhe", "gal", "quad",
    "cent", "dime", "penny", "centavo", "rappen", "pixel", "nibble", "bit", "ell", "cubit", "stere",
    "basis point", "henry", "darcy", "gray", "gauss", "maxwell", "jansky", "langley", "barn",
    "nucleotide", "base pair", "speed of light", "earth mass", "solar mass", "curie", "roentgen",
    "rutherford", "poise", "stokes", "denier", "minute of arc", "second of arc", "peck", "bar",
    "ton per day", "standard cubic feet per minute", "statmho", "faraday", "board-foot",
}
#: Symbols that are English words or too ambiguous after a number.
_EXCLUDED_SYMBOLS = {
    "in", "at", "a", "A", "s", "S", "h", "H", "d", "D", "l", "L", "K", "k", "b", "B", "M", "T", "t",
    "P", "p", "N", "n", "Pa", "J", "W", "V", "g", "G", "cd", "mol", "ha", "yr", "yrs", "mo", "min",
    "hr", "hrs", "sec", "wk", "c", "C", "F", "f", "mi", "pt", "qt", "oz", "st", "St", "am", "pm",
    "AM", "PM", "us", "ms", "ct", "lb", "lbs", "ft", "m", "mm", "cm", "km", "kg", "mph", "Gy", "Sv",
    "bp", "bps", "my", "Bq", "Ci", "da", "E", "e", "R", "r", "X", "x", "Y", "y", "Z", "z", "O", "o",
    "I", "i", "U", "u", "v", "w", "Ω", "an", "AN", "ML", "ml", "dB", "db",
}
#: Our own additions and overrides (symbols that are safe after a number, in news).
_EXTRA = {
    "km": "kilometre", "kms": "kilometre", "kilometers": "kilometre", "kilometer": "kilometre",
    "m": "metre", "meters": "metre", "meter": "metre", "cm": "centimetre", "mm": "millimetre",
    "kg": "kilogram", "kgs": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound-mass",
    "lbs": "pound-mass", "ft": "foot", "mi": "mile", "mph": "mile per hour", "km/h": "kilometre per hour",
    "kmh": "kilometre per hour", "kph": "kilometre per hour", "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour", "miles per hour": "mile per hour",
    "°C": "degree Celsius", "ºC": "degree Celsius", "C": "degree Celsius", "°F": "degree fahrenheit",
    "F": "degree fahrenheit", "ºF": "degree fahrenheit", "degrees Celsius": "degree Celsius",
    "degrees celsius": "degree Celsius", "degrees centigrade": "degree Celsius",
    "degrees Fahrenheit": "degree fahrenheit", "degrees fahrenheit": "degree fahrenheit",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "sq km": "square kilometre",
    "sq. km": "square kilometre", "km2": "square kilometre", "km²": "square kilometre",
    "sq mi": "square mile", "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "square miles": "square mile", "square metres": "square metre", "square meters": "square metre",
    "square feet": "square foot", "sq ft": "square foot", "tons": "ton", "tonnes": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "megawatts": "megawatt", "MW": "megawatt",
    "GW": "gigawatt", "kW": "kilowatt", "kWh": "kilowatt hour", "MWh": "megawatt hour",
    "GWh": "gigawatt hour", "TWh": "terawatt hour", "barrels": "barrel", "bbl": "barrel",
    "oz": "ounce", "ounces": "ounce", "litres": "litre", "liters": "litre", "liter": "litre",
    "gallons": "gallon", "knots": "knot", "ton": "ton", "GB": "gigabyte", "MB": "megabyte", "TB": "terabyte",
    "kB": "kilobyte", "KB": "kilobyte", "GHz": "gigahertz", "MHz": "megahertz", "kHz": "kilohertz",
    "Mbps": "megabit per second", "Gbps": "gigabit per second", "kbps": "kilobit per second",
    "Tbps": "terabit per second", "Mbit/s": "megabit per second", "Gbit/s": "gigabit per second",
    "kbit/s": "kilobit per second", "Tbit/s": "terabit per second", "Mb/s": "megabit per second",
    "Gb/s": "gigabit per second", "terabits per second": "terabit per second",
    "gigabits per second": "gigabit per second", "megabits per second": "megabit per second",
    "mAh": "milliampere-hour", "kV": "kilovolt", "megatons": "megaton", "kilotons": "kiloton",
    "millimetres": "millimetre", "millimeters": "millimetre", "centimetres": "centimetre",
    "centimeters": "centimetre", "metres": "metre", "yards": "yard", "inches": "inch", "feet": "foot",
    "miles": "mile", "nautical miles": "nautical mile", "light years": "light-year",
    "light-years": "light-year", "calories": "calorie", "kilocalories": "kilocalorie",
    "decibels": "decibel", "volts": "volt", "watts": "watt", "kilowatts": "kilowatt",
    "gigawatts": "gigawatt", "horsepower": "horsepower", "hp": "horsepower", "acres": "acre",
    "cubic metres": "cubic metre", "cubic meters": "cubic metre", "cubic feet": "cubic foot",
    "parts per million": "parts-per-million", "ppm": "parts-per-million", "ppb": "parts-per-billion",
    "grams": "gram", "kilograms": "kilogram", "kilos": "kilogram", "milligrams": "milligram",
    "micrograms": "microgram", "pounds": "pound-mass", "stone": "stone", "carats": "carat",
    "megapixels": "megapixel", "terabytes": "terabyte", "gigabytes": "gigabyte", "megabytes": "megabyte",
    "Richter": "Richter magnitude", "magnitude": "Richter magnitude", "degrees": "degree angle",
    "degree": "degree angle", "°": "degree angle", "bpd": "barrel per day",
    "barrels per day": "barrel per day", "barrels a day": "barrel per day", "dwt": "tonne", "b/d": "barrel per day",
    "bbl/d": "barrel per day",
    "deadweight tonnes": "tonne", "deadweight tonne": "tonne", "deadweight tons": "tonne", "deadweight ton": "tonne",
    "metres per second": "metre per second", "m/s": "metre per second", "kilojoules": "kilojoule",
    "joules": "joule", "pascals": "pascal", "hectopascals": "hectopascal", "hPa": "hectopascal",
    "millibars": "millibar", "mb": "millibar", "sieverts": "sievert", "millisieverts": "millisievert",
    "mSv": "millisievert", "becquerels": "becquerel",
    "fahrenheit": "degree fahrenheit", "Fahrenheit": "degree fahrenheit", "farenheit": "degree fahrenheit",
    "celsius": "degree Celsius", "Celsius": "degree Celsius", "celcius": "degree Celsius",
    "centigrade": "degree Celsius", "degrees C": "degree Celsius", "degrees F": "degree fahrenheit",
    "degree C": "degree Celsius", "degree F": "degree fahrenheit", "deg C": "degree Celsius",
    "deg F": "degree fahrenheit", "deg c": "degree Celsius", "deg f": "degree fahrenheit",
    "degrees c": "degree Celsius", "degrees f": "degree fahrenheit", "deg celsius": "degree Celsius",
    "degrees farenheit": "degree fahrenheit", "degrees celcius": "degree Celsius",
    "ml": "millilitre", "mL": "millilitre", "millilitres": "millilitre", "milliliters": "millilitre",
    "kmph": "kilometre per hour", "km/hr": "kilometre per hour", "km/hour": "kilometre per hour",
    "kilometre per hour": "kilometre per hour", "mi/h": "mile per hour", "miles/hour": "mile per hour",
    "m2": "square metre", "m²": "square metre", "sq m": "square metre", "sq. m": "square metre",
    "sq. ft": "square foot", "sq miles": "square mile", "cup": "cup", "cups": "cup",
    "dL": "decilitre", "dl": "decilitre", "decilitres": "decilitre", "deciliters": "decilitre",
    "Wh": "watt hour", "mGy": "milligray", "Gy": "gray", "MJ": "megajoule", "GJ": "gigajoule",
    "megawatt hours": "megawatt hour", "gigawatt hours": "gigawatt hour", "terawatt hours": "terawatt hour",
    "megawatt-hours": "megawatt hour", "gigawatt-hours": "gigawatt hour", "terawatt-hours": "terawatt hour",
    "MB/s": "megabyte per second", "GB/s": "gigabyte per second", "TB/s": "terabyte per second",
    "square millimetres": "square millimetre", "square millimeters": "square millimetre", "sq mm": "square millimetre",
    "mm2": "square millimetre", "mm²": "square millimetre", "square centimetres": "square centimetre",
    "square centimeters": "square centimetre", "cm2": "square centimetre", "cm²": "square centimetre",
}
_WORD = re.compile(r"^[a-z][a-z -]*$")
#: Short symbols (three letters or fewer) are kept only when listed here: `5 MP`, `5 TV`, `5 Mt`
#: are members of parliament, televisions and mountains, not megapixels, teravolts and megatonnes.
_SHORT_OK = {
    "mph", "kph", "dwt", "kmh", "psi", "rpm", "ppm", "ppb", "kWh", "MWh", "GWh", "TWh", "MW", "GW", "kW",
    "GB", "MB", "TB", "kB", "KB", "GHz", "MHz", "kHz", "Hz", "hPa", "kPa", "MPa", "mAh", "kV", "mg",
    "mcg", "µg", "μg", "cc", "bbl", "bpd", "oz", "lb", "lbs", "kg", "kgs", "km", "kms", "cm", "mm",
    "ft", "yd", "mi", "ha", "dB", "kcal", "mL", "ml", "kJ", "MJ", "GJ", "eV", "keV", "MeV", "GeV",
    "TeV", "mSv", "m", "g", "C", "F", "°C", "°F", "ºC", "ºF", "°", "µm", "μm", "nm", "atm", "mb",
    "sq km", "km2", "km²", "m2", "m²", "m/s", "km/h", "hp", "Wh", "mGy", "Gy", "sq m", "sq ft", "sq mi",
    "mi/h", "km/hr", "kmph", "sq mm", "mm2", "mm²", "cm2", "cm²", "deg C", "deg F", "deg c", "deg f", "ton", "dL", "dl", "cup",
}
_NOT_UNITS = {"candle", "candles", "pond", "ponds", "nit", "nits", "dollar", "euro", "fur", "dam",
              "thermie", "mho", "mhoes", "barad", "barads", "barie", "baries", "barrie", "barries",
              "bary", "baryd", "baryds", "baryed", "baryeds", "baryes", "gaj", "gajs", "franklin"}


def build_measure_table() -> dict[str, str]:
    """surface -> canonical unit name, from quantulum3's names, surfaces and symbols, then ours.

    Importing quantulum3 takes seconds (it builds inflect and typeguard machinery), so this runs
    at build time (`tools/build_units.py` writes `_units.json`); `tests/test_units.py` checks that the
    shipped table still equals what the installed quantulum3 gives.
    """
    from quantulum3 import load

    units = load.units("en_US")
    table: dict[str, str] = {}
    for surface, found in list(units.surfaces.items()) + list(units.symbols.items()):
        names = {u.name for u in found}
        if len(names) != 1:
            continue
        name = names.pop()
        if name in _EXCLUDED_NAMES or surface in _EXCLUDED_SYMBOLS or name in CURRENCY_WORDS:
            continue
        if any(c.isdigit() for c in surface) or len(surface) < 2 and surface not in ("m", "g"):
            continue
        if "dollar" in name or "euro" in name or name.endswith(("yen", "yuan", "rupee", "ruble", "franc",
                                                                 "peso", "real", "rand", "won", "sterling")):
            continue
        table[surface.lower() if _WORD.match(surface.lower()) and surface.islower() else surface] = name
    for name in units.names:
        if name not in _EXCLUDED_NAMES and name not in table and " " not in name:
            table.setdefault(name, name)
    table.update(_EXTRA)
    kept = {k: v for k, v in table.items()
            if k not in _NOT_UNITS and (len(k) > 3 or k in _SHORT_OK or not k.isalpha() and k in _EXTRA)}
    return dict(sorted(kept.items()))


@lru_cache(maxsize=1)
def _measure_table() -> dict[str, str]:
    """The shipped table (built from quantulum3 by tools/build_units.py)."""
    data = resources.files("numfacts").joinpath("_units.json").read_text(encoding="utf-8")
    table: dict[str, str] = json.loads(data)
    return table


def measure_unit(surface: str) -> str | None:
    """The canonical unit name for a unit as written, or None when it is not a measure unit."""
    table = _measure_table()
    s = surface.strip()
    if s in table:
        return table[s]
    low = s.lower()
    if low in table and (low == s or s[:1].isupper() and s[1:].islower() or len(s) > 3):
        return table[low]
    if "-" in s[1:-1] and s.replace("-", " ") in table:
        return table[s.replace("-", " ")]  # `500,000-square-foot`: a unit of two words hyphenated as a modifier
    top, per, bottom = s.partition("-per-")
    if per and top and bottom:  # `10 terabytes-per-second`: a unit per a unit or a time, hyphenated
        a = measure_unit(top)  # `top` holds no `-per-`: one level down at most
        b = _TIME_UNITS.get(bottom.lower()) or (None if "-per-" in bottom else measure_unit(bottom))
        return f"{a} per {b}" if a and b and " per " not in a else None
    return None


#: Time units as written -> their singular name (`second`, `hours` -> `hour`), the denominators of a rate.
_TIME_UNITS: dict[str, str] = dict(table("en", "quantities")["time_units"])


@lru_cache(maxsize=1)
def measure_surfaces_by_length() -> tuple[str, ...]:
    """Every measure surface, longest first (for the unit regex)."""
    return tuple(sorted(_measure_table(), key=len, reverse=True))


def currency_code(surface: str) -> str | None:
    """ISO 4217 code of a currency symbol, code or word; None when not a currency."""
    s = surface.strip()
    if s in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[s]
    words = " ".join(s.lower().split())
    if words in CURRENCY_WORDS:
        return CURRENCY_WORDS[words]
    adjective, _, noun = words.rpartition(" ")
    singular = noun[:-1] if noun.endswith("s") else noun
    return CURRENCY_ADJECTIVES.get((adjective, noun)) or CURRENCY_ADJECTIVES.get((adjective, singular + "s"))
