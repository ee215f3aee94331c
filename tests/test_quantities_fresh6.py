"""Issue 9, round 6 (branch num6): families missed on fresh business and technology news of 2015-2024
(data/gold/quantities-fresh6-dev.jsonl: autos, airlines, pharma, energy, retail, property, telecoms,
chips and AI, labour, company results). Cases as data, our own sentences beyond the gold, with guards
for the readings the rules must not take.
"""

from __future__ import annotations

import pytest

from tests.test_quantities import No, Q, _check, _rows, q

#: `up to X from Y`: an old level after the figure makes `up to` a rise and its new level, not a bound.
UP_TO_FROM = [
    q("Layoffs spread, sending the jobless rate up to 14.7% from 4.4% in March.", "14.7%", "percent", value=14.7,
      qualifier="=", change="up", role="to"),
    q("Layoffs spread, sending the jobless rate up to 14.7% from 4.4% in March.", "4.4%", "percent", value=4.4,
      change="up", role="from"),
    q("Core inflation is now up to 3.1% from 2.9% a month earlier.", "3.1%", "percent", value=3.1, qualifier="=",
      change="up", role="to"),
    q("Mortgage costs are up to $2,140, from $1,870 a year ago.", "$2,140", "money", value=2140, qualifier="=",
      change="up", role="to"),
    # guards: a bound stays a bound
    q("Discounts of up to 20% from the list price apply.", "up to 20%", "percent", high=20, qualifier="<="),
    q("The fund can raise up to $5 billion from investors.", "up to $5 billion", "money", high=5e9, qualifier="<="),
]

#: `by about X to Y`: a change and its new level, however the size is qualified, not a range.
BY_QUALIFIED_TO = [
    q("Daily users fell for the first time, by about half a million to 1.929 billion.", "1.929 billion", "count",
      value=1.929e9, change="down", role="to"),
    q("Daily users fell for the first time, by about half a million to 1.929 billion.", "about half a million",
      "count", value=5e5, qualifier="~", change="down", role="by"),
    q("The shares rose by roughly $2 to $17.99.", "$17.99", "money", value=17.99, change="up", role="to"),
    q("It raised her salary by nearly $30,000 to $347,000.", "nearly $30,000", "money", value=30000, change="up",
      role="by"),
    q("Output was cut by more than 200 to 4,100 cars a day.", "4,100", "count", value=4100, change="down",
      role="to"),
    # guard: a range after `by` stays a range when its ends are close
    q("Prices were cut by 10 to 15 percent.", "10 to 15 percent", "percent", low=10, high=15, qualifier="range"),
]

#: Crowns of the Nordic and Czech currencies, after their nationality adjective only.
CROWNS = [
    q("Wegovy sales more than tripled to 31.3 billion Danish crowns.", "31.3 billion Danish crowns", "money",
      value=3.13e10, unit="DKK"),
    q("Volvo earned 4.2 billion Swedish crowns in the quarter.", "4.2 billion Swedish crowns", "money", value=4.2e9,
      unit="SEK"),
    q("Equinor paid 12 billion Norwegian crowns in dividends.", "12 billion Norwegian crowns", "money", value=1.2e10,
      unit="NOK"),
    q("The plant cost 5 billion Czech crowns.", "5 billion Czech crowns", "money", value=5e9, unit="CZK"),
    # guard: crowns without their adjective are things counted
    q("The jeweller sold three crowns at the auction.", "three", "count", value=3, entity="crowns"),
]

#: A counted subject before the level (`users grew 23% to 602m`) keeps the figure a count, not money
#: carried from an earlier amount in the sentence.
COUNTED_LEVELS = [
    q("It posted operating income of €68m, and monthly active users grew 23% to 602m.", "602m", "count",
      value=6.02e8, change="up", role="to"),
    q("Revenue was $3.1bn, and subscribers rose 9% to 41m.", "41m", "count", value=4.1e7),
    # guard: a bare level after a money level still takes its currency
    q("Sales were £4.2bn, up 6% from £3.96bn, and profit rose 12% to 640m.", "£3.96bn", "money", value=3.96e9,
      unit="GBP"),
]

#: Temperatures glued to C before the noun they qualify (`the 1.5C goal`).
CELSIUS_BEFORE_NOUN = [
    q("The pledges would limit warming to 2.4C, well above the 1.5C goal.", "1.5C", "measure", value=1.5,
      unit="degree Celsius"),
    q("Keeping to a 2C rise now looks unlikely.", "2C", "measure", value=2, unit="degree Celsius"),
    q("Countries missed the 1.5C target again.", "1.5C", "measure", value=1.5, unit="degree Celsius"),
]

#: Levels and their changes written in results copy: a signed share in brackets, `was up`, `off` after a
#: cutting verb, the number restating a cut share, an old guidance range, `by` before a noun and its move.
RESULTS_CHANGES = [
    q("Apple: revenue $62.9bn (+20%), iPhone $37.2bn (+29%), gross margin 38.3%", "$37.2bn", "money", value=3.72e10,
      change="up", role="to"),
    q("Wearables $9.3bn (-8%) and services $24.2bn (+14%).", "$9.3bn", "money", value=9.3e9, change="down", role="to"),
    q("Revenue of $56.5 billion was up 13% sequentially.", "$56.5 billion", "money", value=5.65e10, change="up",
      role="to"),
    q("Deliveries of 1.8 million were down 1% on the year.", "1.8 million", "count", value=1.8e6, change="down",
      role="to"),
    q("A stronger dollar shaved about $1.6 billion off revenue.", "about $1.6 billion", "money", value=1.6e9,
      change="down", role="by"),
    q("The sell-off wiped $30bn off the bank's market value.", "$30bn", "money", value=3e10, change="down", role="by"),
    q("The airline will trim 10% of its summer schedule, about 30,000 flights.", "about 30,000", "count",
      value=30000, change="down", role="by"),
    q("The group will cut 6% of its staff, some 12,000 jobs.", "some 12,000", "count", value=12000, change="down",
      role="by"),
    q("Ford cut its forecast to between $1.45 and $1.70 a share, from $1.80 to $2.00 previously.",
      "from $1.80 to $2.00", "money", low=1.8, high=2.0, change="down", role="from"),
    q("Price rises of 11.3% were offset by volumes down 2.1%.", "2.1%", "percent", value=2.1, change="down",
      role="by"),
    q("The company lowered its guidance (to $3.10-$3.20 a share, from $3.25-$3.35).", "$3.10-$3.20", "money",
      low=3.1, high=3.2, change="down", role="to"),
    q("Sales of $5bn (from $4bn) were flat.", "$4bn", "money", value=4e9, change=None),
    q("Fuel and freight pushed costs up by about $1 billion.", "about $1 billion", "money", value=1e9, change="up",
      role="by"),
    # guards: no change where none is stated
    q("The stake, worth $2 billion (about 5% of the group), was sold.", "$2 billion", "money", value=2e9,
      change=None),
    q("Prices rose 5% in the year to March, 30,000 homes were sold.", "30,000", "count", value=30000, change=None),
    q("The deal was approved by shareholders up and down the country with 5,000 votes.", "5,000", "count",
      value=5000, change=None),
    q("It cuts tax by setting up one subsidiary to run its stores.", "one", "count", value=1, change=None),
    q("Police are working to track down 63 of the released offenders.", "63", "count", value=63, change=None),
]

#: Forms of product and trial copy: a verb among the name words (`seat`), a range from zero after a bound,
#: a ratio statistic joined by `of`.
PRODUCT_AND_TRIAL = [
    q("The A321XLR will seat 180 to 220 passengers.", "180 to 220", "count", low=180, high=220, qualifier="range",
      entity="passengers"),
    q("The widebody seats 300 passengers in two classes.", "300", "count", value=300, entity="passengers"),
    q("The bank will issue 5 bonds this year.", "5", "count", value=5),
    q("It can tow up to 10,000 lb and sprint from zero to 60 mph in 4.4 seconds.", "from zero to 60 mph", "measure",
      low=0, high=60, qualifier="range", unit="mile per hour"),
    q("The drug showed a hazard ratio of 0.74 against placebo.", "0.74", "ratio", value=0.74),
    q("Smokers had a relative risk of 2.3.", "2.3", "ratio", value=2.3),
    q("It ordered 300 Max jets last year.", "300", "count", value=300),
    q("Blackstone bought the 2.1 million-square-foot portfolio.", "2.1 million-square-foot", "measure", value=2.1e6,
      unit="square foot"),
    q("The 500,000-square-foot warehouse opens in May.", "500,000-square-foot", "measure", value=5e5,
      unit="square foot"),
    q("A 20-square-metre flat rents for €900.", "20-square-metre", "measure", value=20, unit="square metre"),
]

#: Specification lines: a present-tense verb right before `to` a measure, or `goes up to`, states a maximum,
#: not a move (leftover of round 5); a move keeps its change.
SPEC_LINES = [
    q("Storage goes up to 8TB on the top model.", "up to 8TB", "measure", high=8, qualifier="<=", change=None),
    q("The chip boosts to 5.7GHz under load.", "5.7GHz", "measure", value=5.7, change=None),
    q("Memory expands to 2TB with the add-on.", "2TB", "measure", value=2, change=None),
    # guards
    q("The deal triples the company's capacity to almost 28 million tons a year.", "almost 28 million tons a year",
      "measure", change="up", role="to"),
    q("Sea level rises to 2 m by 2100 in that scenario.", "2 m", "measure", value=2, change="up", role="to"),
    q("The union wants the minimum wage to go up to GBP 6.00 an hour.", "GBP 6.00", "money", value=6,
      change="up", role="to"),
    q("Capacity rose to 12 GW last year.", "12 GW", "measure", value=12, change="up", role="to"),
]

#: An infinitive change verb before two close percents (`to grow 17% to 18%`): a forecast range; a far second
#: figure, or a finite verb, keeps the change and its level.
FORECAST_RANGES = [
    q("The carrier expects capacity to grow 17% to 18% next year.", "17% to 18%", "percent", low=17, high=18,
      qualifier="range", change="up", role="by"),
    q("The firm plans to cut 10% to 15% of staff.", "10% to 15%", "percent", low=10, high=15, qualifier="range",
      change="down", role="by"),
    # guards
    q("Rates are expected to rise 0.25% to 5.5%.", "5.5%", "percent", value=5.5, change="up", role="to"),
    q("Its share rose 17% to 18% of the market.", "18%", "percent", value=18, change="up", role="to"),
]

#: Known gaps of round 6, each a strict xfail with its reason (KNOWN_GAPS, by the mention's text). `leaving Disney+ with
#: 146.1 million` is read since round 9 (tests/test_quantities_biztech9.py, WITH_LEVEL).
GAPS = [
    q("The pill cut the risk of hospitalisation or death by 89%.", "89%", "percent", value=89, change="down",
      role="by"),
    q("Its 8-billion and 70-billion-parameter models ship today.", "8-billion", "count", value=8e9,
      entity="parameter"),
    q('"We lost $1.2 billion in the quarter," the finance chief said.', "$1.2 billion", "money", value=1.2e9,
      change=None),
]

NOT_FACTS: list[No] = [
    No("He sat in seat 14 on the flight.", "14"),
    No("Phase 3 trials began in May.", "3"),
    No("The 737 Max alone accounts for most of them.", "737"),
    No("According to the company, the 787 Dreamliner will use 20 percent less fuel.", "787"),
]

KNOWN_GAPS: dict[str, str] = {
    "89%": "the change verb's object is a noun phrase joined by `or` "
        "(`the risk of hospitalisation or death`); the governor search stops at a joiner",
    "8-billion": "a suspended compound (`8-billion and 70-billion-parameter`) shares the "
        "noun of its last member; the entity reader does not carry it back",
    "$1.2 billion": "`lost $1.2 billion in the quarter` is a net loss, not a fall; `lost` "
        "with money reads as a change (right for `lost 41% of their value`)",
}


def _params(cases: list[Q]) -> list[object]:
    out = []
    for c in cases:
        cid = f"{c.kind}-{c.text}-{c.sentence[:24]}"
        out.append(pytest.param(c, id=cid))
    return out


@pytest.mark.parametrize("case", _params(UP_TO_FROM))
def test_up_to_from(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(BY_QUALIFIED_TO))
def test_by_qualified_to(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(CROWNS))
def test_crowns(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(COUNTED_LEVELS))
def test_counted_levels(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(CELSIUS_BEFORE_NOUN))
def test_celsius_before_noun(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(RESULTS_CHANGES))
def test_results_changes(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(PRODUCT_AND_TRIAL))
def test_product_and_trial(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(FORECAST_RANGES))
def test_forecast_ranges(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(SPEC_LINES))
def test_spec_lines(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.kind}-{c.text}", marks=[
    pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c.text])]) for c in GAPS])
def test_known_gaps(case: Q) -> None:
    _check(case)


@pytest.mark.xfail(strict=True, reason="a product name and its version before a verb in -s (`Llama 3 comes in`): the "
                   "verb reads as a plural noun the figure counts, which makes `Name 3` a count (`gives Democrats 51 seats`)")
def test_known_gap_version_before_verb() -> None:
    assert not [r for r in _rows("Meta's Llama 3 comes in two sizes.") if r["text"] == "3"]


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.text}-{c.sentence[:20]}") for c in NOT_FACTS])
def test_not_facts(case: No) -> None:
    assert not [r for r in _rows(case.sentence) if r["text"] == case.text]
