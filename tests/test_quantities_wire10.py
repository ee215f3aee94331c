"""Issue 9, round 10 (branch wire10): families missed on fresh agency wire copy and market reports
(data/gold/quantities-wire10-dev.jsonl). Cases as data, our own sentences beyond the gold, with guards for the
readings the rules must not take; gaps decided against stay strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from tests.test_quantities import No, Q, _rows, q
from tests.test_quantities import _check as _check_fields

#: A previous period's figure after `after` / `following`, past the size of a change of the same kind and unit, is
#: that period's size of the same change (the contract's `by`): `rose 8.8 pct in February, after 8.6 pct in January`.
PREVIOUS_PERIOD = [
    q("Japan's M-2 money supply rose a preliminary 8.8 pct in February from a year earlier, after 8.6 pct in January.",
      "8.6 pct", "percent", value=8.6, change="up", role="by"),
    q("Exports fell 3.3% in May from a year earlier, following 3.5% in April.", "3.5%", "percent", value=3.5,
      change="down", role="by"),
    q("Retail sales grew 2.1 pct in March, after 1.4 pct in February.", "1.4 pct", "percent", change="up", role="by"),
    # guards: another kind or unit after `after`; a changeable figure between
    q("Sales rose 5% in May, after 300 stores closed.", "300", "count", change=None, role=None),
    q("Output rose 2 pct, to 40 mln tonnes, after 3 pct in May.", "3 pct", "percent", change=None),
]

#: A clause with its verb left out (gapped) after `and` or a comma takes the change of the clause before it, role by
#: role: `cut its discount rate to 3.0 pct from 3.5 pct and its Lombard rate to 5.0 pct from 5.5 pct`.
GAPPED = [
    q("The Bundesbank cut its discount rate to 3.0 pct from 3.5 pct and its Lombard rate to 5.0 pct from 5.5 pct.",
      "5.0 pct", "percent", change="down", role="to"),
    q("The Bundesbank cut its discount rate to 3.0 pct from 3.5 pct and its Lombard rate to 5.0 pct from 5.5 pct.",
      "5.5 pct", "percent", change="down", role="from"),
    q("Exports rose 37.5 pct to 21.4 billion dlrs and imports 15.6 pct to 19.1 billion.", "15.6 pct", "percent",
      change="up", role="by"),
    q("Exports rose 37.5 pct to 21.4 billion dlrs and imports 15.6 pct to 19.1 billion.", "19.1 billion", "money",
      change="up", role="to"),
    q("Among active stocks, IBM rose 2-3/8 to 157-1/2, Exxon 1-1/4 to 87-5/8.", "87-5/8", "money", value=87.625,
      change="up", role="to"),
    q("Among active stocks, IBM rose 2-3/8 to 157-1/2, Exxon 1-1/4 to 87-5/8.", "1-1/4", "money", value=1.25,
      change="up", role="by"),
    q("The level had dropped to 18,000, and then to 8,500 by the end of 2005.", "8,500", "count", change="down",
      role="to"),
    # guards: a clause with its own verb; a clause word between
    q("Sales rose to $5 billion and the company expects profit to $1 billion.", "$1 billion", "money", change=None),
    q("Revenue rose to $8 billion, while costs of $2 billion were flat.", "$2 billion", "money", change=None),
]

#: Levels of a futures report: `with May at 7.42-1/2 dlrs`, `and March at 2.86-1/2` after the move of the sentence;
#: the size of a limit move (`rose the 4-cent daily limit`); a level after `at` and `, up from`.
FUTURES_LEVELS = [
    q("Beans closed 4-1/2 to 6 cents lower, with May at 7.42-1/2 dlrs a bushel.", "7.42-1/2 dlrs", "money",
      value=7.425, change="down", role="to"),
    q("Wheat for December delivery traded at 2.79-1/4 dlrs, down 1-3/4 cents, and March at 2.86-1/2.", "2.86-1/2",
      "money", value=2.865, change="down", role="to"),
    q("Coffee futures rose the 4-cent daily limit in the March position.", "4-cent", "money", value=0.04, change="up",
      role="by"),
    q("Pork bellies finished limit-down, with February off the 2.00-cent limit at 58.37 cents.", "2.00-cent", "money",
      change="down", role="by"),
    q("Fed funds opened at 6-3/4 pct, up from Monday's average of 6.62 pct.", "6-3/4 pct", "percent", value=6.75,
      change="up", role="to"),
    # guards: a level in another kind; a date with no move before it
    q("Sales rose 5% in May, with June at $4 million.", "$4 million", "money", change=None),
    q("Cattle futures were quoted with April at 63.45 cents.", "63.45 cents", "money", change=None),
]

#: `as high as` after a change verb names a level reached (role to); `as much as` stays a size.
LEVEL_BOUNDS = [
    q("Repo rates spiked as high as 10% on Tuesday.", "as high as 10%", "percent", qualifier="<=", change="up",
      role="to"),
    q("Brent rose as high as $80.10 a barrel before easing.", "as high as $80.10", "money", change="up", role="to"),
    q("The shares rose as much as 5.1% in early trade.", "as much as 5.1%", "percent", change="up", role="by"),
]

#: An -ing change word between a verb or a determiner and a plain noun is an adjective, not the verb of the figures
#: after the noun; a count of the verb's object after a determiner does not stop the search for its verb.
ADJECTIVES_AND_OBJECTS = [
    q("Advancing issues outnumbered declining ones 912 to 603.", "603", "count", change=None, role=None),
    q("The ECB raised its three key rates by 25 basis points.", "25 basis points", "percent", change="up", role="by"),
    # guards: a participle clause is a verb; a count that is the size stops the search
    q("Australia shipped wheat in May, lifting exports for the season to 13.8 mln tonnes.", "13.8 mln tonnes",
      "measure", change="up", role="to"),
    q("Prices were rising sharply to 5%.", "5%", "percent", change="up", role="to"),
]

#: Results tables: labels of a bank's balance sheet are money; `Avg shrs` counts shares; `three-for-one` is a split.
RESULTS_TABLES = [
    q("Net 48.6 mln vs 44.1 mln; Assets 11.8 billion vs 10.9 billion.", "11.8 billion", "money", value=11.8e9),
    q("Net 8.6 mln dlrs vs 4.1 mln; Deposits 2.74 billion vs 2.12 billion.", "2.74 billion", "money", value=2.74e9),
    q("Loans 7.20 billion vs 6.51 billion.", "7.20 billion", "money", value=7.2e9),
    q("Avg shrs 12.4 mln vs 11.9 mln.", "12.4 mln", "count", value=12.4e6, entity="shares"),
    q("Stock split three-for-one, effective Jan 4.", "three-for-one", "ratio", value=3.0),
    q("A 3-for-1 split, the board said.", "3-for-1", "ratio", value=3.0),
    # guards: a score and a thousands group after `to`
    q("They won 3 to 1, a big upset.", "3", "count", value=3),
    q("It gave 2 for 1,000 people.", "1,000", "count", value=1000),
]

#: `pounds of` before a thing bought with money is money, not a weight: `5 billion pounds of long-dated gilts`.
POUNDS_OF_MONEY = [
    q("The Bank of England will buy up to 5 billion pounds of long-dated gilts a day.", "up to 5 billion pounds",
      "money", high=5e9, unit="GBP", qualifier="<="),
    q("The chancellor announced 2 billion pounds of tax cuts.", "2 billion pounds", "money", value=2e9, unit="GBP"),
    # guards: a weight of a food, a weight word in the sentence
    q("The farm sold 3 million pounds of beef.", "3 million pounds", "measure", value=3e6, unit="pound-mass"),
    q("He lost 5 pounds of fat in a month.", "5 pounds", "measure", value=5, unit="pound-mass"),
]

#: Lists of wire copy: one more share move after a name (`..., Exxon 1-1/4 to 87-5/8 and General Motors 3/4 to 82`);
#: an item of a `;` list compared as the first one repeats its measure (`corn 5.58 billion bushels vs 5.01 billion;
#: wheat 1.73 billion vs 1.96 billion`); a table's scaled figure before `year ago` keeps its scale word.
WIRE_LISTS = [
    q("In active stocks, IBM rose 2-3/8 to 157-1/2, Exxon 1-1/4 to 87-5/8 and General Motors 3/4 to 82.", "3/4", "money", value=0.75,
      unit="USD", change="up", role="by"),
    q("In active stocks, IBM rose 2-3/8 to 157-1/2, Exxon 1-1/4 to 87-5/8 and General Motors 3/4 to 82.", "82", "money", value=82,
      unit="USD", change="up", role="to"),
    q("Stocks on March 1: corn 5.58 billion bushels vs 5.01 billion; wheat 1.73 billion vs 1.96 billion.",
      "1.73 billion", "measure", value=1.73e9, unit="bushel"),
    q("Exports 3.1 mln tonnes vs 2.9 mln; imports 1.2 mln vs 1.1 mln.", "1.1 mln", "measure", value=1.1e6,
      unit="tonne"),
    q("Corn 5.58 billion bushels vs 5.01 billion year ago.", "5.01 billion", "measure", value=5.01e9, unit="bushel"),
    # guards: an item with no comparison; a fraction with no money move before it
    q("Output 3.1 mln tonnes; staff 1.2 mln in all.", "1.2 mln", "count", value=1.2e6),
    q("About 1/2 to 3 of them, and Jones 1/2 to 2.", "2", "count", value=2),
]

#: A figure glued to a member noun before `index`/`average` names an index: no figure.
INDEX_NAMES = [
    No("The Tokyo stock market's 225-share average plunged 3,836.48 points.", "225-share"),
    No("The Bond Buyer's 20-bond index fell to 6.83 pct.", "20-bond"),
    No("London's FT 30-share index closed 12.4 points up.", "30-share"),
]
#: Guards: a count glued to another noun before `average` stays a count.
INDEX_GUARDS = [
    q("Visitors viewed 217 pages, compared to 52-page average over all.", "52-page", "count", value=52),
]

#: Left as they are (strict xfails): a measure's unit carried over a clause with its own subject and verb; a currency
#: pair in ISO codes; `to a post-war low of` with a verb that is no change word.
GAPS = [
    q("Distillate stocks fell 4.7 mln barrels to 108.1 mln, while crude stocks rose 3.4 mln to 331.2 mln.", "3.4 mln",
      "measure", value=3.4e6, unit="barrel"),
    q("USD/JPY fell 2.5% to 157.40 after the data.", "157.40", "money", value=157.4, unit="JPY"),
    q("The yen's strength pushed the dollar to a post-war low of 149.98 yen.", "149.98 yen", "money", change="down",
      role="to"),
]
KNOWN_GAPS: dict[str, str] = {
    "3.4 mln": "`while` opens another clause: the carry stops there (it must, for `rose to ₹5,445 crore, while its "
               "subscriber base grew to 47.09 crore`); a parallel clause of the same measure is not told apart",
    "157.40": "currency pairs are read in words (`euro/yen`), not in ISO codes (`USD/JPY`); left to the currency round",
    "149.98 yen": "`pushed ... to a post-war low of`: `pushed` is no change word and `post-war` no filler; the level "
                  "word `low` gives no direction on its own",
}


def _params(cases: list[Q]) -> list[object]:
    return [pytest.param(c, id=f"{c.kind}-{c.text}-{c.sentence[:30]}") for c in cases]


@pytest.mark.parametrize("case", _params(PREVIOUS_PERIOD))
def test_previous_period(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(GAPPED))
def test_gapped_clauses(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(FUTURES_LEVELS))
def test_futures_levels(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(LEVEL_BOUNDS))
def test_level_bounds(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(ADJECTIVES_AND_OBJECTS))
def test_adjectives_and_objects(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(RESULTS_TABLES))
def test_results_tables(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(POUNDS_OF_MONEY))
def test_pounds_of_money(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(WIRE_LISTS))
def test_wire_lists(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", INDEX_NAMES, ids=lambda c: c.sentence[:40])
def test_index_names(case: No) -> None:
    assert case.text not in [r["text"] for r in _rows(case.sentence)]


@pytest.mark.parametrize("case", _params(INDEX_GUARDS))
def test_index_guards(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.kind}-{c.text}", marks=[
    pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c.text])]) for c in GAPS])
def test_known_gaps(case: Q) -> None:
    _check_fields(case)
