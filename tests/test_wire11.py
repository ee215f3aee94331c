"""Issues 9 and 10, round 11 (branch wire11): families missed on the fresh agency and market-report gold
(data/gold/quantities-wire11-dev.jsonl). Cases as data, our own sentences beyond the gold, with guards for the
readings the rules must not take; gaps decided against stay strict xfails with their reason.
"""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.lang.detect import detect_language
from numfacts.temporal import find_temporal
from tests.finder_checks import assert_no_row, assert_span_row
from tests.test_quantities import Q, _rows, q
from tests.test_quantities import _check as _check_fields

#: Telegraphic briefs are English: newsroom abbreviations (`bln`, `mln`, `dlrs`, `qtr`, `adj`) are English-only
#: function words, and `est` right before a figure is English `estimate`, not French `est`.
DETECT = [
    pytest.param("Adobe Q1 adj EPS 5.08 vs est 4.97; rev 5.71 bln vs est 5.66 bln", "en", id="eps-vs-est"),
    pytest.param("NVIDIA Q1 REV $44.06 BLN, EST $43.31 BLN", "en", id="caps-est-dollar"),
    pytest.param("UNITED AIRLINES SEES Q1 ADJ EPS $0.75-1.25 VS EST $0.80", "en", id="caps-adj-range"),
    pytest.param("Oracle qtr rev 14.1 bln dlrs vs est 14.3 bln", "en", id="qtr-dlrs"),
    # guards: French with `est` before words, and before a figure inside French prose
    pytest.param("Le chômage est en baisse et la croissance est de 2 % selon l'Insee.", "fr", id="fr-est-words"),
    pytest.param("Le taux est 7,3 % pour les entreprises du secteur, selon les données publiées par l'Insee.", "fr",
                 id="fr-est-figure"),
]


@pytest.mark.parametrize("text, lang", DETECT)
def test_briefs_detected_english(text: str, lang: str) -> None:
    assert detect_language(text) == lang


#: A measure is read up to a date the temporal finder claimed inside its unit (`tonnes a week earlier`): no rate in
#: tonnes per week that the date then drops; a claimed span wholly inside the unit stays the unit's.
CUT_BEFORE_DATE = [
    q("Exports totalled 612,440 tonnes, against 498,210 tonnes a week earlier.", "498,210 tonnes", "measure",
      value=498210, unit="tonne"),
    q("Output was 5.2 mln bushels a year ago.", "5.2 mln bushels", "measure", value=5.2e6, unit="bushel"),
    q("It pumped 1.1 million barrels a day earlier this month.", "1.1 million barrels", "measure", unit="barrel"),
    # guard: a rate stays a rate
    q("Output was 1,000 barrels a day.", "1,000 barrels a day", "measure", unit="barrel per day"),
]

#: A level before its signed change (`$94.46 bln, +26%`, `claims 227,000 (-5,000)`, `17,000, -0.5%`) and before `, a
#: gain of N` of its kind is the new level; `a draw/build of N barrels` is a stock change; firmer/easier/softer and
#: `seen down` state a change.
CHANGES = [
    q("Shopify Q4 GMV $94.46 bln, +26%; merchant revenue up 35%", "$94.46 bln", "money", change="up", role="to"),
    q("Initial jobless claims 227,000 (-5,000); continuing claims 1.838 mln (-22,000)", "227,000", "count",
      change="down", role="to"),
    q("Initial jobless claims 227,000 (-5,000); continuing claims 1.838 mln (-22,000)", "1.838 mln", "count",
      change="down", role="to"),
    q("The Hang Seng closed at 17,000, -0.5%, and the Kospi at 2,600, +0.4%.", "17,000", "count", change="down",
      role="to"),
    q("Labour had won 412, a gain of 211.", "412", "count", change="up", role="to"),
    q("Analysts expect a draw of 2.1 million barrels.", "2.1 million barrels", "measure", change="down", role="by"),
    q("The EIA reported a build of 1.3 million barrels in crude stocks.", "1.3 million barrels", "measure", change="up",
      role="by"),
    q("Distillate stocks seen down 400,000 barrels.", "400,000 barrels", "measure", change="down", role="by"),
    q("Corn futures recovered to close 1-1/2 cents firmer.", "1-1/2 cents", "money", change="up", role="by"),
    q("Wheat ended 2 to 4 cents easier.", "2 to 4 cents", "money", change="down", role="by"),
    q("Soybeans closed 3 cents softer at $10.12.", "$10.12", "money", change="down", role="to"),
    # guards: a steady level before another subject's signed move; no change without a move; a draw in sport
    q("German orders unchanged at 0.0% m/m, exports -2.4%", "0.0%", "percent", change=None, role=None),
    q("Orders were 1.5%, exports -2.4%", "1.5%", "percent", change=None),
    q("The match was a draw of 2 goals each.", "2", "count", change=None),
    q("Some 30 mortars and more than 20 shells landed around 6 p.m. IST (+3 UTC).", "more than 20", "count",
      change=None),
    q("The index closed at 4,210, registering a gain of 41.5 points on the week.", "4,210", "count", change="up",
      role="to"),
    q("Prices were easier for 300 families.", "300", "count", change=None),
]

#: Other wire forms: tallies after `cleared`/`adopted` and `A to B to`; amounts per share glued with `/shr`; the
#: bid-to-cover named before or after its figure; `greenback` as the dollar of a quote; a figure before `of the N`
#: takes no carried unit; `pounds of` a gilt over its coupon and maturity is money.
FORMS = [
    q("The bill cleared the Senate 62-35 late on Monday.", "62-35", "ratio", value=62 / 35, entity="votes"),
    q("The committee adopted the report 9-2.", "9-2", "ratio", value=4.5),
    q("MPs voted 303 to 258 to back the amendment.", "303 to 258", "ratio", value=303 / 258),
    q("Broadcom approves qtrly div of $0.53/shr.", "$0.53", "money", value=0.53, unit="USD"),
    q("Dividend 15 cts/share.", "15 cts", "money", value=0.15),
    q("The sale priced at 4.63%, with a 2.43 bid-to-cover.", "2.43", "ratio", value=2.43, unit=None),
    q("The bid-to-cover was 2.31.", "2.31", "ratio", value=2.31),
    q("Bid-to-cover 2.48 vs 2.56 average.", "2.48", "ratio", value=2.48),
    q("The Canadian dollar was trading 0.2% lower at 1.3950 to the greenback.", "1.3950", "money", unit="CAD",
      change="down", role="to"),
    q("The yen weakened to 151.20 against the greenback.", "151.20", "money", unit="JPY"),
    q("Results gave the ruling party 44.2% and 196 of the 465 seats.", "196", "count", value=196),
    q("It won 40% and 12 out of 20 districts.", "12 out of 20", "ratio", value=0.6),
    q("Britain's DMO auctioned 4.25 billion pounds of the 4-1/8% 2029 gilt, bids covering it 3.02 times.",
      "4.25 billion pounds", "money", unit="GBP"),
    q("The ship carried 5 million pounds of the finest frozen beef.", "5 million pounds", "measure", unit="pound-mass"),
    # guards: the carried unit still reaches a bare figure of the same thing, and a part of a whole in that unit
    q("She pays for the 5 GB plan and 2 of the 5GB are for night use only.", "2", "measure", unit="gigabyte"),
    q("Sales rose 5% to 4.1 billion dlrs from 3.9 billion.", "3.9 billion", "money", unit="USD", change="up",
      role="from"),
]


def _params(cases: list[Q]) -> list[object]:
    return [pytest.param(c, id=f"{c.kind}-{c.text}-{c.sentence[:30]}") for c in cases]


@pytest.mark.parametrize("case", _params(CUT_BEFORE_DATE))
def test_measure_cut_before_date(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(CHANGES))
def test_changes(case: Q) -> None:
    _check_fields(case)


@pytest.mark.parametrize("case", _params(FORMS))
def test_wire_forms(case: Q) -> None:
    _check_fields(case)


def test_sports_score_stays_out() -> None:
    assert "3-1" not in [r["text"] for r in _rows("Arsenal won 3-1 at home.")]


def P(text: str, span: str, id: str, ref: dt.date, **want: object):  # noqa: N802 (named as a case list reads)
    return pytest.param(text, span, want, ref, id=id)


#: Dates and times of the wire: a capitalised month abbreviation before a data word or a signed figure (`Oct PPI`,
#: `Dec +0.4% m/m`, `Nov revised`); a month after `for` and a futures commodity is the delivery month ahead; `for
#: settlement on` a coming day; `in a year` after a figure a span, not a rate; `above a year earlier` after a figure
#: the date.
TEMPORAL = [
    P("Japan Oct PPI +3.4% y/y vs 3.0% f'cast", "Oct", "oct-ppi", dt.date(2024, 11, 12), kind="date", date="2024-10"),
    P("UK Q4 GDP +0.1% q/q; Dec +0.4% m/m", "Dec", "dec-signed", dt.date(2025, 2, 12), kind="date", date="2024-12"),
    P("Euro zone Sept flash HICP 1.8% y/y", "Sept", "sept-flash", dt.date(2024, 10, 2), kind="date", date="2024-09"),
    P("Canada Dec housing starts 231,507; Nov revised 264,195", "Nov", "nov-revised", dt.date(2025, 1, 15),
      kind="date", date="2024-11"),
    P("Feb CPI rose 0.2%.", "Feb", "feb-cpi", dt.date(2025, 3, 14), kind="date", date="2025-02"),
    P("ICE raw sugar for October settled 0.41 cent lower.", "October", "sugar-for-october", dt.date(2024, 9, 5),
      kind="date", date="2024-10"),
    P("London cocoa for December fell 212 pounds.", "December", "cocoa-for-december", dt.date(2024, 9, 5),
      kind="date", date="2024-12"),
    P("Nickel for March surged 4.6%.", "March", "nickel-for-march", dt.date(2025, 4, 15), kind="date",
      date="2026-03"),
    P("The notes are for settlement on May 27.", "May 27", "settlement-on", dt.date(2025, 5, 20), kind="date",
      date="2025-05-27"),
    P("The trade settles June 2.", "June 2", "settles", dt.date(2025, 5, 20), kind="date", date="2025-06-02"),
    P("The euro fell to $1.0602, its lowest in a year.", "a year", "lowest-in-a-year", dt.date(2024, 11, 12),
      kind="duration", duration="P1Y"),
    P("Rates were still 233% above a year earlier.", "a year earlier", "above-a-year-earlier",
      dt.date(2024, 7, 24), kind="date", date="2023"),
    P("Sales were 5% below a year earlier.", "a year earlier", "below-a-year-earlier", dt.date(2024, 7, 24),
      kind="date", date="2023"),
    # guards: a rate after money stays a set; a bound without a figure before stays a duration
    P("He earns $50,000 a year.", "a year", "money-a-year", dt.date(2024, 7, 24), kind="set", duration="P1Y"),
    P("It happened more than a year earlier.", "more than a year", "bound-no-figure", dt.date(2024, 7, 24),
      kind="duration"),
    P("Sales fell in Oct, then rose.", "Oct", "in-oct", dt.date(2024, 11, 12), kind="date", date="2024-10"),
]


@pytest.mark.parametrize("text, span, want, ref", TEMPORAL)
def test_wire11_temporal(text: str, span: str, want: dict, ref: dt.date) -> None:
    assert_span_row(text, find_temporal(text, ref), text.index(span), span, want)


#: No row: the decimals of a figure are no day or clock (`Aug 2.2%`, `$2,617.05 in the morning`); `Overnight` in a
#: rate's name; an abbreviation that is a name (`Jan Smith`).
NO_ROW = [
    pytest.param("Inflation (f'cast 1.8%, Aug 2.2%)", "2.2", id="aug-decimal"),
    pytest.param("Gold was set at $2,617.05 in the morning.", "05", id="decimal-clock"),
    pytest.param("The price was 2.05 in the morning.", "05", id="decimal-clock-bare"),
    pytest.param("The Secured Overnight Financing Rate was 4.30%.", "Overnight", id="overnight-financing"),
    pytest.param("Jan Smith said sales were strong.", "Jan", id="jan-name"),
]


@pytest.mark.parametrize("text, span", NO_ROW)
def test_no_row(text: str, span: str) -> None:
    assert_no_row(text, find_temporal(text, dt.date(2024, 11, 12)), span)


#: Left as they are (strict xfails), each with its reason.
GAPS = [
    q("Adobe Q1 adj EPS 5.08 vs est 4.97", "5.08", "money"),
    q("The bid-to-cover ratio was 2.48, compared with an average of 2.56.", "2.56", "ratio"),
    q("The report is expected to show 160,000 jobs added in December.", "160,000", "count", change="up", role="by"),
    q("Labour won 412, and the Conservatives 121, down 244.", "121", "count", change="down", role="to"),
]
KNOWN_GAPS = {
    "5.08": "a results line with no currency written anywhere: bare EPS figures stay counts (wire9 left the line's "
            "currency open; the agency's USD is not assumed)",
    "2.56": "a ratio is carried to a later bare figure only for rates per N; `an average of 2.56` takes `average` as "
            "its noun first",
    "160,000": "a participle after the noun (`jobs added`) is read only after `with`, a determiner or a -ed verb form "
               "in the table; `show` is no such word and adding it would make `show up 5%` a change",
    "121": "a party's name before a bare figure in a list after `and the`: the capitalised word is read as a name "
           "with its model number",
}


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.kind}-{c.text}", marks=[
    pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c.text])]) for c in GAPS])
def test_known_gaps(case: Q) -> None:
    _check_fields(case)
