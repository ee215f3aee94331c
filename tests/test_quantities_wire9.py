"""Issue 9, round 9 (branch wire9): families missed on fresh agency copy and market reports
(data/gold/quantities-wire9-dev.jsonl). Cases as data, our own sentences beyond the gold, with guards for the
readings the rules must not take; gaps decided against stay strict xfails with their reason.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.test_quantities import No, Q, _rows, q
from tests.test_quantities import _check as _check_fields

#: A table line's figure before a singular unit and `ago` (`vs 298,000 week ago`) is a count; the unit and `ago`
#: are the date. Before, `312,000 year ago` was a span of 312,000 years (and crashed the extraction).
DATED_FIGURES = [
    q("Cattle slaughter estimated at 118,000 head vs 121,000 week ago and 125,000 year ago.", "121,000", "count",
      value=121000),
    q("Cattle slaughter estimated at 118,000 head vs 121,000 week ago and 125,000 year ago.", "125,000", "count",
      value=125000),
    q("Cattle slaughter estimated at 118,000 head vs 121,000 week ago and 125,000 year ago.", "year ago", "date",
      date="2015"),
    q("Hog receipts 9,500 vs 8,700 day ago.", "8,700", "count", value=8700),
    # guards: a span in the plural, a small figure
    q("The cave was painted 2,000 years ago.", "2,000 years ago", "date"),
    q("Sales slowed 2 month ago.", "2 month ago", "date", date="2016-10"),
]

#: A labelled scaled figure of a results line with no money in its sentence is money: in the currency of the
#: block's NOTE (`NOTE: ... 2.6 mln dlr gain`), else with no currency written.
RESULTS_LINES = [
    q("Oper income 7.7 mln vs 6.2 mln; revs 98.1 mln vs 90.4 mln.", "7.7 mln", "money", value=7.7e6),
    q("Oper income 7.7 mln vs 6.2 mln; revs 98.1 mln vs 90.4 mln.", "90.4 mln", "money", value=90.4e6),
    q("Net loss 1.2 mln vs loss 3.4 mln. NOTE: Prior yr includes 900,000 dlr charge.", "1.2 mln", "money",
      value=1.2e6, unit="USD"),
    q("Net loss 1.2 mln vs loss 3.4 mln. NOTE: Prior yr includes 900,000 dlr charge.", "3.4 mln", "money",
      value=3.4e6, unit="USD"),
    # guards: no label; a figure with its noun; money only in a later plain sentence
    q("It sold 1.2 mln vs 1.1 mln a year ago.", "1.2 mln", "count", value=1.2e6),
    q("Net 1.5 mln shares vs 1.2 mln.", "1.5 mln", "count", value=1.5e6),
    q("Net 1.4 mln vs 1.1 mln. Sales rose to 5 mln dlrs.", "1.4 mln", "money", value=1.4e6, unit=None),
]

#: `NOTE: All figures in Canadian dlrs`: the note names the currency of the block's dollars before it.
NOTED_CURRENCY = [
    q("Shr 22 cts vs 19 cts; net 4.1 mln vs 3.6 mln. NOTE: Figures in Australian dlrs.", "22 cts", "money",
      value=0.22, unit="AUD"),
    q("Shr 22 cts vs 19 cts; net 4.1 mln vs 3.6 mln. NOTE: Figures in Australian dlrs.", "3.6 mln", "money",
      value=3.6e6, unit="AUD"),
    q("Net 9.9 mln vs 8.1 mln; revs 77 mln dlrs vs 70 mln. Note: amounts in New Zealand dollars.", "77 mln dlrs",
      "money", value=77e6, unit="NZD"),
    # guards: another paragraph; an amount named as U.S. dollars
    q("Net 5 mln dlrs.\n\nShr 10 cts vs 8 cts. NOTE: All figures in Canadian dlrs.", "5 mln dlrs", "money",
      value=5e6, unit="USD"),
    q("Revs 40 mln U.S. dlrs vs 35 mln. NOTE: Other figures in Canadian dlrs.", "40 mln U.S. dlrs", "money",
      value=40e6, unit="USD"),
]

#: A bare scaled figure compared with an earlier amount of the same scale after `estimates of`, `forecasts of`,
#: `above`, `below`, over a per-share aside: it repeats that amount's unit.
CARRIED_ESTIMATES = [
    q("Profit rose to 220 mln stg, or 9.1p a share, against market forecasts of 205 mln.", "205 mln", "money",
      value=205e6, unit="GBP"),
    q("Stocks were put at 310 million bushels, below estimates of 325 million.", "325 million", "measure",
      value=325e6, unit="bushel"),
    q("Output reached 1.2 million tonnes, above expectations of 1.1 million.", "1.1 million", "measure",
      value=1.1e6, unit="tonne"),
    # guards: a figure naming its own noun, no shared scale
    q("The fund raised 40 mln dlrs, above estimates of 12 analysts.", "12", "count", value=12),
]

#: A bare figure after the currency it is quoted in is an exchange rate in that currency.
QUOTED_RATES = [
    q("Sterling/yen rose 0.4% to 191.20 in early trade.", "191.20", "money", value=191.2, unit="JPY"),
    q("The dollar eased against the Swiss franc to 0.8710 in Zurich.", "0.8710", "money", value=0.871, unit="CHF"),
    q("The Danish crown held at 7.46 per euro, the Swedish crown at 11.30.", "11.30", "money", value=11.3,
      unit="SEK"),
    q("The Danish crown held at 7.46 per euro, the Swedish crown at 11.30.", "7.46", "money", value=7.46,
      unit="DKK"),
    q("The rupee fell against the dollar to 83.30 on Monday.", "83.30", "money", value=83.3, unit="INR"),
    q("The dollar rose 0.4% against the yen to 146.45.", "146.45", "money", value=146.45, unit="JPY"),
    q("Brazil's real firmed to 4.95 per dollar.", "4.95", "money", value=4.95, unit="BRL"),
    # guards: no currency before the level; a pair of numbers; a figure with its noun
    q("Sales rose against the year to 150 stores.", "150", "count", value=150),
    q("The 24/7 service grew to 150 users.", "150", "count", value=150),
    q("The euro/dollar desk grew to 40 traders.", "40", "count", value=40),
]

#: `pounds` in a sentence about currencies are sterling.
POUNDS = [
    q("The euro was steady at 0.8590 pounds.", "0.8590 pounds", "money", value=0.859, unit="GBP"),
    q("The baby weighed 7 pounds.", "7 pounds", "measure", value=7, unit="pound-mass"),
]

#: An index name ending in a number keeps it even before a plural noun.
NUMBERED_INDEXES = [
    No("S&P 500 futures rose 0.3% in Asian trade.", "500"),
    No("Russell 2000 futures slipped 0.5%.", "2000"),
    No("Shares of FTSE 250 companies fell 1%.", "250"),
    q("Polls give Labour 40 seats in the north.", "40", "count", value=40, entity="seats"),
]

#: Ratio statistics of markets (`a bid-to-cover ratio of 1.41`), a currency as a compound (`the 58-franc bid`),
#: Worldscale points (`WS 55`), a level far above its move (`fell 4,350 tonnes to 184,275`).
MARKET_FIGURES = [
    q("The auction drew a bid-to-cover ratio of 2.45, the highest since May.", "2.45", "ratio", value=2.45),
    q("The put/call ratio was 0.85 at the close.", "0.85", "ratio", value=0.85),
    q("Shares closed just below the 58-franc bid.", "58-franc", "money", value=58, unit="CHF"),
    q("It traded at 0.95 franc per dollar.", "0.95 franc", "money", value=0.95, unit="CHF"),
    q("Rates on the route rose from WS 55 last week.", "55", "count", value=55),
    q("LME stocks fell 4,350 tonnes to 184,275.", "184,275", "measure", value=184275, unit="tonne", change="down",
      role="to"),
    q("VLCC rates climbed to WS 62.5, equivalent to about $38,000 a day.", "about $38,000", "money", change="up",
      role="to"),
    # guards: a percentage after a ratio's name; a figure far from a move with its own noun
    q("The loan-to-deposit ratio of 92% was high.", "92%", "percent", value=92),
    q("He ran 5 miles to 300 people.", "300", "count", value=300, entity="people"),
]

#: `overnight` before a money-market noun is a loan's tenor, not a night.
OVERNIGHT = [
    No("Norway raised its overnight lending rate to 14 pct.", "overnight"),
    No("The overnight rate ranged between 7 and 9 pct.", "overnight"),
    No("The Fed's overnight reverse repo facility drew $1.9 trillion.", "overnight"),
    q("Prices rose overnight in Asia.", "overnight", "date"),
]

#: Change and role in market and agency copy.
CHANGES = [
    q("Gilts fell, with the 30-year yield up 6 basis points at 4.61%.", "6 basis points", "percent", change="up",
      role="by"),
    q("Gilts fell, with the 30-year yield up 6 basis points at 4.61%.", "4.61%", "percent", change="up", role="to"),
    q("Silver was last down 0.7% at $28.10.", "0.7%", "percent", change="down", role="by"),
    q("Silver was last down 0.7% at $28.10.", "$28.10", "money", change="down", role="to"),
    q("The Kospi gave up 2.1% to 2,560 on Friday.", "2.1%", "percent", change="down", role="by"),
    q("Stocks showed a 3.4 million-barrel draw last week.", "3.4 million-barrel", "measure", change="down",
      role="by"),
    q("Analysts expected a 2.1 million-barrel build.", "2.1 million-barrel", "measure", change="up", role="by"),
    q("Europe: FTSE 100 -0.4%, CAC 40 -0.6%, IBEX 35 +0.2%.", "-0.6%", "percent", value=-0.6, change="down",
      role="by"),
    q("Nickel closed at $16,950 a tonne, $230 lower.", "$16,950", "money", change="down", role="to"),
    q("The yield was quoted at 4.05%, 3 basis points higher.", "4.05%", "percent", change="up", role="to"),
    q("The trade account swung to a surplus of 2.1 bln dlrs in May from a deficit of 300 mln in April.",
      "2.1 bln dlrs", "money", change="up", role="to"),
    q("The trade account swung to a surplus of 2.1 bln dlrs in May from a deficit of 300 mln in April.",
      "300 mln", "money", change="up", role="from"),
    q("The group swung into a net loss of $45 million from a profit of $12 million.", "$45 million", "money",
      change="down", role="to"),
    q("The group swung into a net loss of $45 million from a profit of $12 million.", "$12 million", "money",
      change="down", role="from"),
    q("The trade balance swung to a surplus of 412 mln dlrs from a deficit of 98 mln.", "412 mln dlrs", "money",
      value=412e6, change="up", role="to"),
    q("U.S. crude settled at minus $37.63 a barrel, a drop of $55.90.", "minus $37.63", "money", value=-37.63,
      change="down", role="to"),
    q("Output rose 0.2 pct in May after a 0.3 pct April rise.", "0.3 pct", "percent", change="up", role="by"),
    q("The dollar rose 0.4% to 1.3650 Canadian dollars and 17.10 Mexican pesos.", "17.10 Mexican pesos", "money",
      change="up", role="to"),
    q("Shares closed at $45, a $5 gain on the day.", "$5", "money", change="up", role="by"),
    # guards: no move stated
    q("The group posted a deficit of $4 billion.", "$4 billion", "money", change=None, role=None),
    q("Intel swung to a net loss of $1.6 billion, compared with a profit of $1.5 billion.", "$1.6 billion", "money",
      change=None, role=None),
    q("Net includes a 4.2 mln dlr gain on the sale of its unit.", "4.2 mln dlr", "money", change=None, role=None),
    q("The cap was set at 1.20 francs, a level it held for years.", "1.20 francs", "money", change=None, role=None),
    q("He gave up 20 minutes of his time.", "20 minutes", "duration", change=None),
]

GAPS = [
    q("Rotterdam soymeal 196.00 dlrs vs 197.75, oil 381 vs 384.", "381", "money", value=381, unit="USD"),
    q("The dollar opened at 143.62/67 yen, up from New York's late 143.10/20.", "143.10/20", "money", low=143.1,
      high=143.2, unit="JPY"),
    q("The bond was up 5/32, or about 1.56 dlrs per 1,000 dlr face amount.", "about 1.56 dlrs", "money", value=1.56,
      unit="USD"),
    q("The mark/yen cross was quoted at 78.02.", "78.02", "money", value=78.02, unit="JPY"),
    q("The inversion deepened to minus 52 basis points from minus 44 bps.", "minus 52 basis points", "percent",
      change="down", role="to"),
    q("Distillate stocks drew 2.3 million barrels last week.", "2.3 million barrels", "measure", change="down",
      role="by"),
]

NOT_FACTS_GAPS = [No("The bank bought 512 mln stg of bills in band two at 9-7/8 pct.", "two")]

KNOWN_GAPS: dict[str, str] = {
    "381": "a list of prices after the first (`soymeal 196.00 dlrs vs 197.75, oil 381 vs 384`): only the `vs` pair "
        "joined to the priced figure carries its currency; the later labelled pairs have no label the results-line "
        "rule knows (commodity names are open-ended)",
    "143.10/20": "a bare two-way quote with no unit after it is no figure at all (`143.10/20`: the slash reader wants "
        "a unit or a percent); carrying the earlier quote's currency would first need the slash quote read bare",
    "about 1.56 dlrs": "`X dlrs per 1,000 dlr face amount` is read as a rate `per 1,000` (a ratio); a money "
        "denominator is rare enough outside bond copy that the rate rule was left alone",
    "78.02": "`mark` (singular) is no currency word: it would turn `a mark of` and `the 50 mark` into money",
    "minus 52 basis points": "`deepened` states no direction by itself (a deficit that deepens grows; a negative "
        "spread that deepens falls): left without a change word",
    "2.3 million barrels": "`drew` as a verb is a stock draw only for stocks of a commodity (`the show drew 5 "
        "million viewers` is no fall); the noun `draw` is read",
}


def _params(cases: list[Q]) -> list[object]:
    return [pytest.param(c, id=f"{c.kind}-{c.text}-{c.sentence[:24]}") for c in cases]


def _check(case: Q) -> None:
    """`tests.test_quantities._check`, with None meaning a null field."""
    _check_fields(Q(case.sentence, case.text, case.kind, {k: v for k, v in case.fields.items() if v is not None}))
    nulls = [k for k, v in case.fields.items() if v is None]
    if nulls:
        row = next(r for r in _rows(case.sentence) if r["text"] == case.text)
        assert all(pd.isna(row[k]) for k in nulls), {k: row[k] for k in nulls}


@pytest.mark.parametrize("case", _params(DATED_FIGURES))
def test_dated_figures(case: Q) -> None:
    _check(case)


def test_far_span_ago_gives_no_date() -> None:
    """`312,000 years ago` lies before year 1: a date row with no calendar date, not an error."""
    rows = _rows("The fossil was laid down 312,000 years ago.")
    hit = [r for r in rows if r["text"] == "312,000 years ago"]
    assert hit and hit[0]["kind"] == "date" and pd.isna(hit[0]["date"])


@pytest.mark.parametrize("case", _params(RESULTS_LINES))
def test_results_lines(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(NOTED_CURRENCY))
def test_noted_currency(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(CARRIED_ESTIMATES))
def test_carried_estimates(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(QUOTED_RATES))
def test_quoted_rates(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(POUNDS))
def test_pounds(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", [c for c in NUMBERED_INDEXES if isinstance(c, Q)], ids=lambda c: c.sentence)
def test_numbered_index_guard(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", [c for c in NUMBERED_INDEXES if isinstance(c, No)], ids=lambda c: c.sentence)
def test_numbered_indexes(case: No) -> None:
    assert case.text not in [r["text"] for r in _rows(case.sentence)]


@pytest.mark.parametrize("case", _params(CHANGES))
def test_changes(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.kind}-{c.text}", marks=[
    pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c.text])]) for c in GAPS])
def test_known_gaps(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(MARKET_FIGURES))
def test_market_figures(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", [c for c in OVERNIGHT if isinstance(c, No)], ids=lambda c: c.sentence)
def test_overnight_tenor(case: No) -> None:
    assert case.text not in [r["text"] for r in _rows(case.sentence)]


@pytest.mark.parametrize("case", [c for c in OVERNIGHT if isinstance(c, Q)], ids=lambda c: c.sentence)
def test_overnight_night(case: Q) -> None:
    _check(case)


@pytest.mark.xfail(strict=True, reason="a spelled number after a name word (`band two`, the Bank of England's "
                   "money-market bands) is read as a count: the identifier rule reads digits only (`Band 2`)")
@pytest.mark.parametrize("case", NOT_FACTS_GAPS, ids=[c.sentence for c in NOT_FACTS_GAPS])
def test_not_facts_gaps(case: No) -> None:
    assert case.text not in [r["text"] for r in _rows(case.sentence)]
