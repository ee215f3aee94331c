#!/usr/bin/env python3
"""Write data/gold/quantities-wire10-dev.jsonl from the hand annotations below (issue 9/10, round 10, branch wire10).

Fresh dev gold (no test half) in the manner of agency wire copy and market reports, in forms the earlier wire sets had
not written: results tables with balance-sheet lines and Japanese/UK/Australian results, dividend notices whose pay,
record, effective, expiry and due dates lie ahead of the story (`payable Jan 15` written in November), money-market
operations and repos, two-way forex quotes with an abbreviated offer (`141.90/00 yen`, `6.0850/0900`), futures with
fractions, cent ranges and delivery months (`with February off the 2.00-cent limit`, `the nearby October`), bonds with
coupons and maturities (`7-1/2 pct bonds due 2016`), commodity prices and inventories, trade and output figures with a
previous period's figure after `after`, central-bank moves `effective Friday`, shipping and energy, and agency
attributions. It also holds the lead's probe sentences (ref 2020-06-15). Every sentence was written by hand for this
file by one numfacts developer (none copied from a news source, the issue or the existing gold; names and places are
real, figures plausible, not facts), and annotated with the conventions of data/gold/README.md and
README-registers.md BEFORE numfacts was run on it.
Usage: build_quantities_wire10_gold.py [OUT.jsonl]
"""
from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, IX, ME, OPT, PP, SET, C, D, M, P, R, f, write

CASES: list[dict] = []
FX = ["money", "ratio"]  # a bare exchange rate per another currency: detection only (README-registers)


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"wire10-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})


def BPX(s, c=None, occ=None):
    """A bond price or price move in points of par: detection only, change/role written (as wire9)."""
    return f(s, ["money", "percent", "count", "measure", "ratio"], q=None, of=True, c=c, occ=occ)


def FXR(s, c=None, occ=None):
    return f(s, FX, q=None, of=True, c=c, occ=occ)


def MQ(s, lo, hi, unit=None, c=None, **k):
    """A two-way quote or a range of money (`141.90/00 yen`, `0.50 to 1.20 cents`): one range row."""
    return f(s, "money", None, q="range", lo=lo, hi=hi, unit=unit, c=c, **k)


def MC(s, v, c=None, **k):
    """Cents with no currency written anywhere in the sentence: value, no unit (as fresh4)."""
    return f(s, "money", v, c=c, **k)


B = "barrel per day"
T = "tonne"

# --- results tables -----------------------------------------------------------------------------------------------
add("rt01", "1987-04-21", "Shr 38 cts vs 31 cts; Net 4,812,000 vs 3,906,000; Revs 88.7 mln vs 79.4 mln; Avg shrs 12.7 mln vs 12.6 mln.",
    [M("38 cts", 0.38, "USD"), M("31 cts", 0.31, "USD"), M("4,812,000", 4812000, "USD"), M("3,906,000", 3906000, "USD"),
     M("88.7 mln", 88.7e6, "USD"), M("79.4 mln", 79.4e6, "USD"), C("12.7 mln", 12.7e6, e="shares"), C("12.6 mln", 12.6e6)])
add("rt02", "2020-06-15", "Avg shrs 12.4 mln vs 11.9 mln.",
    [C("12.4 mln", 12.4e6, e="shares"), C("11.9 mln", 11.9e6)])
add("rt03", "1987-03-26", "Qtr Shr loss three cts vs profit 12 cts; Net loss 208,000 vs profit 911,000; Sales 14.6 mln vs 15.2 mln; Six mths Shr profit four cts vs profit 26 cts.",
    [OPT("Qtr", "date"), M("three cts", 0.03, "USD"), M("12 cts", 0.12, "USD"), M("208,000", 208000, "USD"), M("911,000", 911000, "USD"),
     M("14.6 mln", 14.6e6, "USD"), M("15.2 mln", 15.2e6, "USD"), DU("Six mths", 6, "month", "P6M"), M("four cts", 0.04, "USD"),
     M("26 cts", 0.26, "USD")])
add("rt04", "1987-05-06", "Oper shr 1.05 dlrs vs 87 cts; Oper net 14.3 mln vs 11.6 mln; Revs 301.5 mln vs 276.0 mln.",
    [M("1.05 dlrs", 1.05, "USD"), M("87 cts", 0.87, "USD"), M("14.3 mln", 14.3e6, "USD"), M("11.6 mln", 11.6e6, "USD"),
     M("301.5 mln", 301.5e6, "USD"), M("276.0 mln", 276e6, "USD")])
add("rt05", "1987-02-18", "Year Shr 2.61 dlrs vs 2.05 dlrs; Net 31,402,000 vs 24,117,000; Revs 1.02 billion vs 918.6 mln. NOTE: 1986 net includes gain of 4.1 mln dlrs, or 34 cts a shr, from sale of unit.",
    [OPT("Year", "date"), M("2.61 dlrs", 2.61, "USD"), M("2.05 dlrs", 2.05, "USD"), M("31,402,000", 31402000, "USD"), M("24,117,000", 24117000, "USD"),
     M("1.02 billion", 1.02e9, "USD"), M("918.6 mln", 918.6e6, "USD"), D("1986", "1986"), M("4.1 mln dlrs", 4.1e6, "USD"), M("34 cts", 0.34, "USD")])
add("rt06", "1987-04-28", "Shr 22 cts vs 19 cts; Net 3.1 mln vs 2.7 mln; Revs 46.2 mln vs 40.8 mln. NOTE: Share results adjusted for 3-for-2 split paid in January.",
    [M("22 cts", 0.22, "USD"), M("19 cts", 0.19, "USD"), M("3.1 mln", 3.1e6, "USD"), M("2.7 mln", 2.7e6, "USD"), M("46.2 mln", 46.2e6, "USD"),
     M("40.8 mln", 40.8e6, "USD"), R("3-for-2", 1.5), D("January", "1987-01")])
add("rt07", "1987-05-14", "Pretax profit 62.4 mln stg vs 51.7 mln; Turnover 1.24 billion vs 1.09 billion; Earnings per share 14.6p vs 12.1p; Interim dividend 3.5p vs 3.0p.",
    [M("62.4 mln stg", 62.4e6, "GBP"), M("51.7 mln", 51.7e6, "GBP"), M("1.24 billion", 1.24e9, "GBP"), M("1.09 billion", 1.09e9, "GBP"),
     M("14.6p", 0.146, "GBP"), M("12.1p", 0.121, "GBP"), M("3.5p", 0.035, "GBP"), M("3.0p", 0.03, "GBP")])
add("rt08", "1987-06-11", "Year to March 31 parent net 18.92 billion yen vs 16.40 billion; Sales 612.5 billion vs 587.3 billion; Current profit 40.11 billion vs 35.86 billion.",
    [D("March 31", "1987-03-31"), M("18.92 billion yen", 18.92e9, "JPY"), M("16.40 billion", 16.4e9, "JPY"), M("612.5 billion", 612.5e9, "JPY"),
     M("587.3 billion", 587.3e9, "JPY"), M("40.11 billion", 40.11e9, "JPY"), M("35.86 billion", 35.86e9, "JPY")])
add("rt09", "1987-03-12", "Shr 71 cts vs 64 cts; Net 22.8 mln vs 20.4 mln; Revs 512.7 mln vs 488.1 mln. NOTE: Amounts in Canadian currency.",
    [M("71 cts", 0.71, "CAD"), M("64 cts", 0.64, "CAD"), M("22.8 mln", 22.8e6, "CAD"), M("20.4 mln", 20.4e6, "CAD"), M("512.7 mln", 512.7e6, "CAD"),
     M("488.1 mln", 488.1e6, "CAD")])
add("rt10", "1987-04-09", "Nine mths Shr 1.83 dlrs vs 1.51 dlrs; Net 9,655,000 vs 7,980,000; Backlog 212 mln dlrs vs 186 mln dlrs.",
    [DU("Nine mths", 9, "month", "P9M"), M("1.83 dlrs", 1.83, "USD"), M("1.51 dlrs", 1.51, "USD"), M("9,655,000", 9655000, "USD"),
     M("7,980,000", 7980000, "USD"), M("212 mln dlrs", 212e6, "USD"), M("186 mln dlrs", 186e6, "USD")])
add("rt11", "1987-05-01", "Shr loss 2.41 dlrs vs profit 18 cts; Net loss 36.2 mln vs profit 2.7 mln, after writedowns of 41.5 mln dlrs; Revs 166.0 mln vs 181.9 mln.",
    [M("2.41 dlrs", 2.41, "USD"), M("18 cts", 0.18, "USD"), M("36.2 mln", 36.2e6, "USD"), M("2.7 mln", 2.7e6, "USD"), M("41.5 mln dlrs", 41.5e6, "USD"),
     M("166.0 mln", 166e6, "USD"), M("181.9 mln", 181.9e6, "USD")])
add("rt12", "1987-03-31", "Shr 1.12 dlrs vs 1.02 dlrs; Net 48.6 mln vs 44.1 mln; Assets 11.8 billion vs 10.9 billion; Deposits 8.74 billion vs 8.12 billion; Loans 7.20 billion vs 6.51 billion.",
    [M("1.12 dlrs", 1.12, "USD"), M("1.02 dlrs", 1.02, "USD"), M("48.6 mln", 48.6e6, "USD"), M("44.1 mln", 44.1e6, "USD"), M("11.8 billion", 11.8e9, "USD"),
     M("10.9 billion", 10.9e9, "USD"), M("8.74 billion", 8.74e9, "USD"), M("8.12 billion", 8.12e9, "USD"), M("7.20 billion", 7.2e9, "USD"),
     M("6.51 billion", 6.51e9, "USD")])
add("rt13", "1987-02-25", "Deutsche Bank group 1986 operating profit 2.17 billion marks vs 2.38 billion; Dividend unchanged at 12 marks a share.",
    [D("1986", "1986"), M("2.17 billion marks", 2.17e9, "DEM"), M("2.38 billion", 2.38e9, "DEM"), M("12 marks", 12, "DEM")])
add("rt14", "1987-06-04", "Year to March 31 group net 128.6 mln Australian dlrs vs 104.3 mln; final div 11 cents making 20 cents vs 17 cents.",
    [D("March 31", "1987-03-31"), M("128.6 mln Australian dlrs", 128.6e6, "AUD"), M("104.3 mln", 104.3e6, "AUD"), M("11 cents", 0.11, "AUD"),
     M("20 cents", 0.2, "AUD"), M("17 cents", 0.17, "AUD")])
add("rt15", "1987-04-23", "Qtr ended March 31 oper shr profit 15 cts vs loss 42 cts; oper net profit 1,118,000 vs loss 3,046,000. NOTE: Oper net excludes tax credits of 655,000 dlrs vs nil.",
    [D("March 31", "1987-03-31"), M("15 cts", 0.15, "USD"), M("42 cts", 0.42, "USD"), M("1,118,000", 1118000, "USD"), M("3,046,000", 3046000, "USD"),
     M("655,000 dlrs", 655000, "USD")])
add("rt16", "1987-10-22", "3rd qtr Shr 54 cts vs 47 cts; Net 6.8 mln vs 5.9 mln; Nine mths Shr 1.49 dlrs vs 1.30 dlrs; Net 18.7 mln vs 16.3 mln; Avg shrs 12.56 mln vs 12.51 mln.",
    [DO("3rd qtr"), M("54 cts", 0.54, "USD"), M("47 cts", 0.47, "USD"), M("6.8 mln", 6.8e6, "USD"), M("5.9 mln", 5.9e6, "USD"),
     DU("Nine mths", 9, "month", "P9M"), M("1.49 dlrs", 1.49, "USD"), M("1.30 dlrs", 1.3, "USD"), M("18.7 mln", 18.7e6, "USD"), M("16.3 mln", 16.3e6, "USD"),
     C("12.56 mln", 12.56e6, e="shares"), C("12.51 mln", 12.51e6)])

# --- dividend notices: pay, record, effective, expiry and due dates lie ahead -------------------------------------
add("dv01", "2020-06-15", "Qtly div 15 cts vs 15 cts prior, pay April 10, record March 20.",
    [SET("Qtly", "P3M"), M("15 cts", 0.15, "USD"), M("15 cts", 0.15, "USD", occ=1), D("April 10", "2021-04-10"), D("March 20", "2021-03-20")])
add("dv02", "1987-11-20", "Quarterly dividend 27 cts vs 25 cts, payable Jan 15, record Dec 31.",
    [SET("Quarterly", "P3M"), M("27 cts", 0.27, "USD"), M("25 cts", 0.25, "USD"), D("Jan 15", "1988-01-15"), D("Dec 31", "1987-12-31")])
add("dv03", "1987-12-08", "Special dividend 1.50 dlrs a share, payable Jan 8 to holders of record Dec 22; regular quarterly dividend of 20 cts also declared.",
    [M("1.50 dlrs", 1.5, "USD"), D("Jan 8", "1988-01-08"), D("Dec 22", "1987-12-22"), SET("quarterly", "P3M"), M("20 cts", 0.2, "USD")])
add("dv04", "1987-09-15", "The company raised its quarterly dividend to 33 cts a share from 30 cts, effective with the payment due Nov 1 to holders of record Oct 9.",
    [SET("quarterly", "P3M"), M("33 cts", 0.33, "USD", c="ut"), M("30 cts", 0.3, "USD", c="uf"), D("Nov 1", "1987-11-01"), D("Oct 9", "1987-10-09")])
add("dv05", "1987-07-02", "Omits quarterly dividend; paid 10 cts in prior quarter.",
    [SET("quarterly", "P3M"), M("10 cts", 0.1, "USD"), OPT("prior quarter", "date")])
add("dv06", "1987-10-28", "Stock split three-for-one, effective Jan 4; new quarterly rate 12 cts, pay Jan 20, record Jan 6.",
    [R("three-for-one", 3), D("Jan 4", "1988-01-04"), SET("quarterly", "P3M"), M("12 cts", 0.12, "USD"), D("Jan 20", "1988-01-20"),
     D("Jan 6", "1988-01-06")])
add("dv07", "1987-08-05", "The 12 cts dividend paid on June 15 was the company's first since 1982.",
    [M("12 cts", 0.12, "USD"), D("June 15", "1987-06-15"), f("first", "ordinal", 1), D("1982", "1982")])
add("dv08", "2020-06-15", "The initial quarterly dividend of 8 cents a share is payable May 1, 2021, to holders of record on April 9.",
    [SET("quarterly", "P3M"), M("8 cents", 0.08, "USD"), D("May 1, 2021", "2021-05-01"), D("April 9", "2021-04-09")])
add("dv09", "1987-12-15", "Interim dividend 2.8p vs 2.4p, payable Feb 2 to shareholders on the register on Jan 8.",
    [M("2.8p", 0.028, "GBP"), M("2.4p", 0.024, "GBP"), D("Feb 2", "1988-02-02"), D("Jan 8", "1988-01-08")])
add("dv10", "1987-11-30", "The one-for-four rights issue at 245p a share closes on Jan 12, with dealings in the new shares due to start Jan 13.",
    [R("one-for-four", 0.25), M("245p", 2.45, "GBP"), D("Jan 12", "1988-01-12"), D("Jan 13", "1988-01-13")])

# --- money markets and repos --------------------------------------------------------------------------------------
add("mm01", "1987-04-07", "The Fed added temporary reserves indirectly via 1.5 billion dlrs of customer repurchase agreements when fed funds were trading at 6-1/16 pct.",
    [M("1.5 billion dlrs", 1.5e9, "USD"), P("6-1/16 pct", 6.0625)])
add("mm02", "1987-04-22", "The Bundesbank set a 35-day securities repurchase tender at a minimum bid rate of 3.80 pct, with funds credited on April 22 and repaid May 27.",
    [DO("35-day", "duration"), P("3.80 pct", 3.8), D("April 22", "1987-04-22"), D("May 27", "1987-05-27")])
add("mm03", "1987-06-10", "The Bank of England provided 289 mln stg assistance in the morning session, buying bills in band one at 8-7/8 pct.",
    [M("289 mln stg", 289e6, "GBP"), P("8-7/8 pct", 8.875)], reject=["band one"])
add("mm04", "1987-06-10", "The bank forecast a shortage of around 550 mln stg in the money market today, revised from 500 mln.",
    [M("around 550 mln stg", 550e6, "GBP", q="~"), D("today", "1987-06-10"), M("500 mln", 500e6, "GBP")])
add("mm05", "1987-03-16", "Call money in Tokyo was quoted at 3.8750 pct, against 3.9375 pct on Saturday, and the three-month CD rate was 4.10/4.00 pct.",
    [P("3.8750 pct", 3.875), P("3.9375 pct", 3.9375), DO("Saturday"), DO("three-month", "duration"),
     f("4.10/4.00 pct", "percent", None, q="range", lo=4.10, hi=4.00, unit="percent")])
add("mm06", "1987-05-19", "Fed funds opened at 6-3/4 pct, up from Monday's average of 6.62 pct, and were expected to trade between 6-5/8 and 6-7/8 pct.",
    [P("6-3/4 pct", 6.75, c="ut"), DO("Monday"), P("6.62 pct", 6.62, c="uf"), f("between 6-5/8 and 6-7/8 pct", "percent", None, q="range", lo=6.625, hi=6.875, unit="percent")])
add("mm07", "2023-06-14", "Overnight SOFR printed at 5.06% on Tuesday on volume of $1.44 trillion, after 5.05% on Monday.",
    [P("5.06%", 5.06), DO("Tuesday"), M("$1.44 trillion", 1.44e12, "USD"), P("5.05%", 5.05), DO("Monday")])
add("mm08", "1987-03-02", "The Swiss National Bank drained 700 mln Swiss francs via foreign exchange swaps due to mature on March 31.",
    [M("700 mln Swiss francs", 700e6, "CHF"), D("March 31", "1987-03-31")])
add("mm09", "1987-10-21", "The Fed injected 2.2 billion dlrs of reserves through overnight system repurchases, its second such move in two days.",
    [M("2.2 billion dlrs", 2.2e9, "USD"), f("second", "ordinal", 2), DU("two days", 2, "day", "P2D")])
add("mm10", "2019-09-18", "The New York Fed's overnight repo operation accepted $75 billion of the $80.05 billion in bids submitted, after rates spiked as high as 10%.",
    [M("$75 billion", 75e9, "USD"), M("$80.05 billion", 80.05e9, "USD"), f("as high as 10%", "percent", 10, q="<=", unit="percent", c="ut")])

# --- forex: two-way quotes and fixings ---------------------------------------------------------------------------
add("fx01", "1987-04-14", "The dollar closed at 141.90/00 yen in Tokyo, down from 143.25 at the opening.",
    [MQ("141.90/00 yen", 141.90, 142.00, "JPY", c="dt"), M("143.25", 143.25, "JPY", c="df")])
add("fx02", "1987-05-08", "Sterling ended at 1.6690/00 dlrs against 1.6615/25 on Thursday.",
    [MQ("1.6690/00 dlrs", 1.6690, 1.6700, "USD"), MQ("1.6615/25", 1.6615, 1.6625, "USD"), DO("Thursday")])
add("fx03", "1987-06-16", "In Frankfurt the dollar was fixed at 1.8260 marks, up from 1.8125 on Monday, and the Bundesbank sold 42.3 mln dlrs at the fixing.",
    [M("1.8260 marks", 1.826, "DEM", c="ut"), M("1.8125", 1.8125, "DEM", c="uf"), DO("Monday"), M("42.3 mln dlrs", 42.3e6, "USD")])
add("fx04", "1987-03-20", "The dollar was quoted at 1.5120/30 Swiss francs and 6.0850/0900 French francs in late Zurich trading.",
    [MQ("1.5120/30 Swiss francs", 1.5120, 1.5130, "CHF"), MQ("6.0850/0900 French francs", 6.0850, 6.0900, "FRF")])
add("fx05", "1987-02-23", "The yen's strength pushed the dollar to a post-war low of 149.98 yen intraday, before it recovered to 152.10 by the close.",
    [M("149.98 yen", 149.98, "JPY", c="dt"), M("152.10", 152.10, "JPY", c="ut")])
add("fx06", "2024-07-11", "USD/JPY fell 2.5% to 157.40 after U.S. CPI, its biggest one-day drop since December 2022.",
    [P("2.5%", 2.5, c="db"), FXR("157.40", c="dt"), DO("one-day", "duration"), D("December 2022", "2022-12")])
add("fx07", "1987-05-29", "The Bank of Italy fixed the dollar at 1,298.50 lire, against 1,301.25 previously, and the mark at 714.88 lire.",
    [M("1,298.50 lire", 1298.5, "ITL"), M("1,301.25", 1301.25, "ITL"), M("714.88 lire", 714.88, "ITL")])
add("fx08", "2023-08-22", "Spot euro traded at $1.0890 and sterling at $1.2765, while one-month implied volatility on the yen slipped to 9.2%.",
    [M("$1.0890", 1.089, "USD"), M("$1.2765", 1.2765, "USD"), DO("one-month", "duration"), P("9.2%", 9.2, c="dt")])
add("fx09", "1987-11-10", "The Australian dollar finished at 68.25 U.S. cents, up from 67.60 cents on Monday.",
    [M("68.25 U.S. cents", 0.6825, "USD", c="ut"), M("67.60 cents", 0.676, "USD", c="uf"), DO("Monday")])
add("fx10", "2022-03-08", "The rouble slumped to a record low of 150 per dollar in Moscow trading, down 30% since the start of the year.",
    [FXR("150 per dollar", c="dt"), P("30%", 30, c="db"), DO("the start of the year")])

# --- futures: fractions, cent ranges, delivery months -------------------------------------------------------------
add("fu01", "2020-06-15", "Hog futures closed 0.50 to 1.20 cents lower, with April off the limit.",
    [MQ("0.50 to 1.20 cents", 0.005, 0.012, c="db"), D("April", "2021-04")])
add("fu02", "1987-03-10", "Live cattle futures settled 0.20 to 0.72 cent higher, with April at 63.45 cents a lb and June at 60.10.",
    [MQ("0.20 to 0.72 cent", 0.002, 0.0072, c="ub"), D("April", "1987-04"), MC("63.45 cents", 0.6345, c="ut"), D("June", "1987-06"),
     MC("60.10", 0.601, c="ut")])
add("fu03", "1987-05-05", "CBOT soybeans ended 4-1/2 to 7 cents higher, July at 5.06-3/4 dlrs a bushel, after the USDA said planting was 21 pct complete.",
    [MQ("4-1/2 to 7 cents", 0.045, 0.07, c="ub"), D("July", "1987-07"), M("5.06-3/4 dlrs", 5.0675, "USD", c="ut"), P("21 pct", 21)])
add("fu04", "1987-04-15", "New York cocoa for May delivery fell 28 dlrs to 1,912 dlrs a tonne, while September sugar rose 0.15 cent to 7.02 cents a lb.",
    [D("May", "1987-05"), M("28 dlrs", 28, "USD", c="db"), M("1,912 dlrs", 1912, "USD", c="dt"), D("September", "1987-09"),
     MC("0.15 cent", 0.0015, c="ub"), MC("7.02 cents", 0.0702, c="ut")])
add("fu05", "1987-06-22", "Comex August gold settled at 452.10 dlrs an ounce, up 3.40 dlrs, and the July silver contract gained 8.5 cents.",
    [D("August", "1987-08"), M("452.10 dlrs", 452.1, "USD", c="ut"), M("3.40 dlrs", 3.4, "USD", c="ub"), D("July", "1987-07"),
     M("8.5 cents", 0.085, "USD", c="ub")])
add("fu06", "1987-01-28", "Nymex March crude was off 18 cents at 18.42 dlrs a barrel, and the heating oil contract for February slid 0.61 cent to 49.80 cents a gallon.",
    [D("March", "1987-03"), M("18 cents", 0.18, "USD", c="db"), M("18.42 dlrs", 18.42, "USD", c="dt"), D("February", "1987-02"),
     M("0.61 cent", 0.0061, "USD", c="db"), M("49.80 cents", 0.498, "USD", c="dt")])
add("fu07", "1987-08-12", "Chicago wheat for December delivery traded at 2.79-1/4 dlrs, down 1-3/4 cents, and March at 2.86-1/2.",
    [D("December", "1987-12"), M("2.79-1/4 dlrs", 2.7925, "USD", c="dt"), M("1-3/4 cents", 0.0175, "USD", c="db"), D("March", "1988-03"),
     M("2.86-1/2", 2.865, "USD", c="dt")])
add("fu08", "1987-11-03", "Frozen pork belly futures finished mostly limit-down, with February off the 2.00-cent limit at 58.37 cents.",
    [D("February", "1988-02"), MC("2.00-cent", 0.02, c="db"), MC("58.37 cents", 0.5837, c="dt")])
add("fu09", "2024-10-15", "Brent crude futures for December settled down $3.21, or 4.1%, at $74.25 a barrel, while U.S. WTI for November lost $3.11 to $70.58.",
    [D("December", "2024-12"), M("$3.21", 3.21, "USD", c="db"), P("4.1%", 4.1, c="db"), M("$74.25", 74.25, "USD", c="dt"), D("November", "2024-11"),
     M("$3.11", 3.11, "USD", c="db"), M("$70.58", 70.58, "USD", c="dt")])
add("fu10", "1987-02-17", "Coffee futures rose the 4-cent daily limit in the March and May positions, to 1.2410 dlrs and 1.2635 dlrs a lb.",
    [MC("4-cent", 0.04, c="ub"), SET("daily", "P1D"), D("March", "1987-03"), D("May", "1987-05"), M("1.2410 dlrs", 1.241, "USD", c="ut"),
     M("1.2635 dlrs", 1.2635, "USD", c="ut")])
add("fu11", "2024-03-19", "The May cocoa contract in New York hit a record $8,750 a tonne, up 108% since January 1.",
    [D("May", "2024-05"), M("$8,750", 8750, "USD", c="ut"), P("108%", 108, c="ub"), D("January 1", "2024-01-01")])
add("fu12", "1987-09-29", "Deferred contracts were steady, but the nearby October, which expires Friday, dropped 95 points to 66.20 cents.",
    [D("October", "1987-10"), D("Friday", "1987-10-02"), IX("95 points", c="db"), MC("66.20 cents", 0.662, c="dt")])
add("fu13", "1987-05-27", "Sugar No. 11 for July closed 0.08 cent lower at 6.91 cents, with volume at 14,211 lots.",
    [D("July", "1987-07"), MC("0.08 cent", 0.0008, c="db"), MC("6.91 cents", 0.0691, c="dt"), C("14,211", 14211, e="lots")], reject=["No. 11"])
add("fu14", "2024-05-21", "Copper futures on Comex for July delivery rose as high as $5.1990 a lb, a record, before paring gains to trade up 1.2%.",
    [D("July", "2024-07"), f("as high as $5.1990", "money", 5.199, q="<=", unit="USD", c="ut"), P("1.2%", 1.2, c="ub")])
add("fu15", "1987-06-30", "Soybean oil for the August contract was quoted at 15.62 cents a lb, and the December at 16.05 cents.",
    [D("August", "1987-08"), MC("15.62 cents", 0.1562), D("December", "1987-12"), MC("16.05 cents", 0.1605)])

# --- bonds ---------------------------------------------------------------------------------------------------------
add("bd01", "1987-04-01", "The Treasury's 7-1/2 pct bonds due 2016 fell 1-1/8 points to 93-3/4 to yield 8.08 pct, up from 7.98 pct on Tuesday.",
    [P("7-1/2 pct", 7.5), D("2016", "2016"), BPX("1-1/8 points", c="db"), BPX("93-3/4", c="dt"), P("8.08 pct", 8.08, c="ut"),
     P("7.98 pct", 7.98, c="uf"), DO("Tuesday")])
add("bd02", "1987-05-07", "The World Bank priced a 300 mln dlr eurobond carrying a 7-3/4 pct coupon and maturing in 1994 at 101-1/4 pct.",
    [M("300 mln dlr", 300e6, "USD"), P("7-3/4 pct", 7.75), D("1994", "1994"), BPX("101-1/4 pct")])
add("bd03", "1987-10-20", "Long gilts rose by as much as 2-1/2 points as dealers bet on lower rates, and the 10 pct Treasury 1997 stock yielded 9.62 pct.",
    [BPX("as much as 2-1/2 points", c="ub"), P("10 pct", 10), DO("1997"), P("9.62 pct", 9.62)])
add("bd04", "2020-06-15", "The 10-year Treasury yield rose 3 basis points to 0.73% after touching 0.64% last week, its lowest since mid-May.",
    [DO("10-year", "duration"), BP("3 basis points", 3, c="ub"), P("0.73%", 0.73, c="ut"), P("0.64%", 0.64), D("last week", "2020-W24"), DO("mid-May")])
add("bd05", "1987-06-17", "Japan's No. 89 bond, the benchmark 10-year issue, closed at a yield of 3.995 pct, down from 4.030 pct on Tuesday.",
    [DO("10-year", "duration"), P("3.995 pct", 3.995, c="dt"), P("4.030 pct", 4.03, c="df"), DO("Tuesday")], reject=["No. 89"])
add("bd06", "1987-02-11", "The Treasury will sell 9.0 billion dlrs of 10-year notes on Thursday, with the notes to be dated Feb 17 and mature Feb 15, 1997.",
    [M("9.0 billion dlrs", 9e9, "USD"), DO("10-year", "duration"), DO("Thursday"), D("Feb 17", "1987-02-17"), D("Feb 15, 1997", "1997-02-15")])
add("bd07", "2024-02-02", "Spreads on the Italian 10-year BTP over Bunds narrowed 6 bps to 151 bps, the tightest in two years.",
    [DO("10-year", "duration"), BP("6 bps", 6, c="db"), BP("151 bps", 151, c="dt"), DU("two years", 2, "year", "P2Y")])
add("bd08", "1987-03-25", "Municipal bond yields eased about 5 basis points, while the Bond Buyer's 20-bond index fell to 6.83 pct from 6.89 pct.",
    [BP("about 5 basis points", 5, q="~", c="db"), P("6.83 pct", 6.83, c="dt"), P("6.89 pct", 6.89, c="df")], reject=["20-bond"])
add("bd09", "2022-09-28", "The Bank of England said it would buy up to 5 billion pounds of long-dated gilts a day for 13 working days, sending the 30-year yield down more than 100 basis points.",
    [M("up to 5 billion pounds", 5e9, "GBP", q="<="), SET("a day", "P1D"), DO("13 working days", "duration"), DO("30-year", "duration"),
     BP("more than 100 basis points", 100, q=">", c="db")])
add("bd10", "1987-12-02", "The Treasury's 52-week bills sold at an average discount rate of 6.51 pct, the highest since November 1985, and a coupon-equivalent yield of 6.96 pct.",
    [DO("52-week", "duration"), P("6.51 pct", 6.51), D("November 1985", "1985-11"), P("6.96 pct", 6.96)])

# --- commodity prices and inventories ------------------------------------------------------------------------------
add("cm01", "1987-04-09", "U.S. grain stocks on April 1: corn 5.58 billion bushels vs 5.01 billion year ago; wheat 1.73 billion vs 1.96 billion.",
    [D("April 1", "1987-04-01"), ME("5.58 billion bushels", 5.58e9, "bushel"), ME("5.01 billion", 5.01e9, "bushel"), DO("year ago"),
     ME("1.73 billion", 1.73e9, "bushel"), ME("1.96 billion", 1.96e9, "bushel")])
add("cm02", "1987-05-20", "Zambia's copper production in the year to March fell 6.4 pct to 463,000 tonnes, ZCCM said.",
    [DO("the year to March"), P("6.4 pct", 6.4, c="db"), ME("463,000 tonnes", 463000, T, c="dt")])
add("cm03", "1987-06-08", "The ICO indicator price for coffee averaged 104.72 U.S. cents a lb on Friday, against 105.18 on Thursday.",
    [M("104.72 U.S. cents", 1.0472, "USD"), DO("Friday"), M("105.18", 1.0518, "USD"), DO("Thursday")])
add("cm04", "1987-03-18", "The API said distillate fuel stocks fell 4.7 mln barrels to 108.1 mln in the week ended March 13, while crude stocks rose 3.4 mln to 331.2 mln.",
    [ME("4.7 mln barrels", 4.7e6, "barrel", c="db"), ME("108.1 mln", 108.1e6, "barrel", c="dt"), DO("the week ended March 13"),
     ME("3.4 mln", 3.4e6, "barrel", c="ub"), ME("331.2 mln", 331.2e6, "barrel", c="ut")])
add("cm05", "1987-05-11", "Tin prices on the Kuala Lumpur market rose 24 cents to 16.42 ringgit per kilo on a resumption of Chinese buying.",
    [M("24 cents", 0.24, "MYR", c="ub"), M("16.42 ringgit", 16.42, "MYR", c="ut")])
add("cm06", "1987-04-30", "LME aluminium stocks fell 8,425 tonnes to 121,500, nickel rose 36 to 5,412 and zinc stocks were unchanged at 32,850 tonnes.",
    [ME("8,425 tonnes", 8425, T, c="db"), ME("121,500", 121500, T, c="dt"), ME("36", 36, T, c="ub"), ME("5,412", 5412, T, c="ut"),
     ME("32,850 tonnes", 32850, T)])
add("cm07", "1987-07-14", "Rubber was quoted at 238.50 Malaysian cents a kilo in Kuala Lumpur, up 1.50 cents, and Singapore RSS1 at 192.25 Singapore cents.",
    [M("238.50 Malaysian cents", 2.385, "MYR", c="ut"), M("1.50 cents", 0.015, "MYR", c="ub"), M("192.25 Singapore cents", 1.9225, "SGD")], reject=["RSS1"])
add("cm08", "1987-02-26", "Bolivia's tin output fell to 10,200 tonnes in 1986 from 16,100 in 1985, the mining ministry said.",
    [ME("10,200 tonnes", 10200, T, c="dt"), D("1986", "1986"), ME("16,100", 16100, T, c="df"), D("1985", "1985")])
add("cm09", "2024-01-31", "Ghana's cocoa regulator cut its 2023/24 crop forecast to between 650,000 and 700,000 tonnes, down from 820,000 tonnes.",
    [DO("2023/24"), f("between 650,000 and 700,000 tonnes", "measure", None, q="range", lo=650000, hi=700000, unit=T, c="dt"),
     ME("820,000 tonnes", 820000, T, c="df")])
add("cm10", "1987-08-25", "Thai rice export prices for 100 pct grade B white rice rose five dlrs to 215 dlrs a tonne FOB Bangkok.",
    [P("100 pct", 100), M("five dlrs", 5, "USD", c="ub"), M("215 dlrs", 215, "USD", c="ut")])
add("cm11", "2023-06-20", "Gold eased 0.4% to $1,947.41 per ounce by 1120 GMT, while silver shed 1.6% to $23.33 and palladium dropped 2.1% to $1,379.26.",
    [P("0.4%", 0.4, c="db"), M("$1,947.41", 1947.41, "USD", c="dt"), DO("1120 GMT", "time"), P("1.6%", 1.6, c="db"), M("$23.33", 23.33, "USD", c="dt"),
     P("2.1%", 2.1, c="db"), M("$1,379.26", 1379.26, "USD", c="dt")])
add("cm12", "1987-10-07", "Cotton ginnings to October 1 totalled 2.86 mln running bales, against 3.12 mln a year earlier, the Census Bureau said.",
    [D("October 1", "1987-10-01"), C("2.86 mln", 2.86e6, e="running bales"), C("3.12 mln", 3.12e6), DO("a year earlier")])
add("cm13", "1987-04-02", "Australian wool auctions sold 92 pct of the 41,200 bales offered, with the eastern market indicator up 14 cents at 621 cents a kilo.",
    [P("92 pct", 92), C("41,200", 41200, e="bales"), MC("14 cents", 0.14, c="ub"), MC("621 cents", 6.21, c="ut")])

# --- trade, output, prices: a previous period's figure after `after` ----------------------------------------------
add("ec01", "2020-06-15", "Japan's M-2 money supply rose a preliminary 8.8 pct in February from a year earlier, after 8.6 pct in January.",
    [P("8.8 pct", 8.8, c="ub"), D("February", "2020-02"), DO("a year earlier"), P("8.6 pct", 8.6, c="ub"), D("January", "2020-01")], reject=["M-2"])
add("ec02", "1987-05-28", "The West German cost of living index rose 0.1 pct in May after a 0.2 pct fall in April, leaving it 0.2 pct higher than a year ago.",
    [P("0.1 pct", 0.1, c="ub"), D("May", "1987-05"), P("0.2 pct", 0.2, c="db"), D("April", "1987-04"), P("0.2 pct", 0.2, c="ub", occ=1),
     DO("a year ago")])
add("ec03", "1987-04-27", "Italy's trade balance showed a surplus of 412 bln lire in March against a deficit of 1,610 bln lire in February.",
    [M("412 bln lire", 412e9, "ITL"), D("March", "1987-03"), M("1,610 bln lire", 1.61e12, "ITL"), D("February", "1987-02")])
add("ec04", "1987-06-12", "U.S. business inventories rose 0.6 pct in April to a seasonally adjusted 590.14 billion dlrs, after a revised 0.2 pct decline in March.",
    [P("0.6 pct", 0.6, c="ub"), D("April", "1987-04"), M("590.14 billion dlrs", 590.14e9, "USD", c="ut"), P("0.2 pct", 0.2, c="db"), D("March", "1987-03")])
add("ec05", "1987-06-03", "Brazil's industrial output fell 3.2 pct in April from March but was still 1.9 pct higher than in April last year, IBGE said.",
    [P("3.2 pct", 3.2, c="db"), D("April", "1987-04"), D("March", "1987-03"), P("1.9 pct", 1.9, c="ub"), D("April last year", "1986-04")])
add("ec06", "1987-05-13", "Housing starts fell 4.2 pct in April to a seasonally adjusted annual rate of 1.68 mln units, the lowest level since October.",
    [P("4.2 pct", 4.2, c="db"), D("April", "1987-04"), SET("annual", "P1Y"), C("1.68 mln", 1.68e6, e="units", c="dt"), D("October", "1986-10")])
add("ec07", "1987-07-07", "South Korea's exports in the first half rose 37.5 pct to 21.4 billion dlrs and imports 15.6 pct to 19.1 billion, the trade ministry said.",
    [D("the first half", "1987-H1"), P("37.5 pct", 37.5, c="ub"), M("21.4 billion dlrs", 21.4e9, "USD", c="ut"), P("15.6 pct", 15.6, c="ub"),
     M("19.1 billion", 19.1e9, "USD", c="ut")])
add("ec08", "1987-04-23", "Australia's CPI rose 2.1 pct in the March quarter for an annual rate of 9.4 pct, down from 9.8 pct in the December quarter.",
    [P("2.1 pct", 2.1, c="ub"), D("the March quarter", "1987-Q1"), SET("annual", "P1Y"), P("9.4 pct", 9.4, c="dt"), P("9.8 pct", 9.8, c="df"),
     D("the December quarter", "1986-Q4")])
add("ec09", "1987-03-06", "U.S. unemployment held at 6.7 pct in February while non-farm payrolls grew 337,000, the Labor Department said.",
    [P("6.7 pct", 6.7), D("February", "1987-02"), C("337,000", 337000, c="ub")])
add("ec10", "1987-05-15", "Industrial production rose a slight 0.1 pct in April, after a revised 0.3 pct drop in March, and capacity use slipped to 79.6 pct from 79.7 pct.",
    [P("0.1 pct", 0.1, c="ub"), D("April", "1987-04"), P("0.3 pct", 0.3, c="db"), D("March", "1987-03"), P("79.6 pct", 79.6, c="dt"),
     P("79.7 pct", 79.7, c="df")])
add("ec11", "1987-06-30", "Factory orders jumped 4.0 pct in May to 204.07 billion dlrs, the largest gain since a 4.5 pct increase in January.",
    [P("4.0 pct", 4.0, c="ub"), D("May", "1987-05"), M("204.07 billion dlrs", 204.07e9, "USD", c="ut"), P("4.5 pct", 4.5, c="ub"), D("January", "1987-01")])
add("ec12", "1987-04-16", "Japan's crude steel output in fiscal 1986 ended March 31 fell 7.2 pct from a year earlier to 96.38 mln tonnes, the lowest in 17 years.",
    [DO("fiscal 1986"), D("March 31", "1987-03-31"), P("7.2 pct", 7.2, c="db"), DO("a year earlier"), ME("96.38 mln tonnes", 96.38e6, T, c="dt"),
     DU("17 years", 17, "year", "P17Y")])
add("ec13", "1987-05-29", "Taiwan's foreign exchange reserves rose to a record 58 billion U.S. dlrs at end-April from 55.3 billion at end-March.",
    [M("58 billion U.S. dlrs", 58e9, "USD", c="ut"), DO("end-April"), M("55.3 billion", 55.3e9, "USD", c="uf"), DO("end-March")])
add("ec14", "2020-06-15", "China's industrial output grew 4.4% in May from a year earlier, after a 3.9% rise in April, while retail sales fell 2.8%.",
    [P("4.4%", 4.4, c="ub"), D("May", "2020-05"), DO("a year earlier"), P("3.9%", 3.9, c="ub"), D("April", "2020-04"), P("2.8%", 2.8, c="db")])
add("ec15", "2020-06-15", "Exports fell 3.3% in May from a year earlier, after 3.5% in April, and imports slumped 16.7%.",
    [P("3.3%", 3.3, c="db"), D("May", "2020-05"), DO("a year earlier"), P("3.5%", 3.5, c="db"), D("April", "2020-04"), P("16.7%", 16.7, c="db")])
add("ec16", "1987-03-19", "Money supply M-3 grew at an annual rate of 7.9 pct in the six months to February, above the 3 to 6 pct target range.",
    [SET("annual", "P1Y"), P("7.9 pct", 7.9, c="ub"), DO("the six months to February"),
     f("3 to 6 pct", "percent", None, q="range", lo=3, hi=6, unit="percent")], reject=["M-3"])

# --- central banks ----------------------------------------------------------------------------------------------
add("cb01", "1987-01-22", "The Bundesbank cut its discount rate to 3.0 pct from 3.5 pct and its Lombard rate to 5.0 pct from 5.5 pct, effective Friday.",
    [P("3.0 pct", 3.0, c="dt"), P("3.5 pct", 3.5, c="df"), P("5.0 pct", 5.0, c="dt"), P("5.5 pct", 5.5, c="df"), D("Friday", "1987-01-23")])
add("cb02", "1987-03-09", "Bank of Japan governor Satoshi Sumita said the bank's 2.5 pct discount rate, a post-war low, would stay unchanged for now.",
    [P("2.5 pct", 2.5)])
add("cb03", "1987-09-04", "The Federal Reserve raised its discount rate to 6.0 pct from 5.5 pct, its first increase in more than three years.",
    [P("6.0 pct", 6.0, c="ut"), P("5.5 pct", 5.5, c="uf"), f("first", "ordinal", 1), DO("more than three years", "duration")])
add("cb04", "1987-11-05", "Britain's banks lowered base lending rates by half a point to 9.0 pct, their second cut in two weeks, effective tomorrow.",
    [PP("half a point", 0.5, c="db"), P("9.0 pct", 9.0, c="dt"), f("second", "ordinal", 2), DU("two weeks", 2, "week", "P2W"), D("tomorrow", "1987-11-06")])
add("cb05", "2020-06-15", "The Fed said its purchases of corporate bonds, up to $250 billion, would begin on Tuesday.",
    [M("up to $250 billion", 250e9, "USD", q="<="), D("Tuesday", "2020-06-16")])
add("cb06", "1987-10-28", "The Swiss National Bank said it would allow money supply to grow 2 pct in 1988, unchanged from this year's target.",
    [P("2 pct", 2, c="ub"), D("1988", "1988"), D("this year", "1987")])
add("cb07", "2023-05-04", "The ECB raised its three key rates by 25 basis points, taking the deposit rate to 3.25%, effective from May 10.",
    [C("three", 3, e="key rates"), BP("25 basis points", 25, c="ub"), P("3.25%", 3.25, c="ut"), D("May 10", "2023-05-10")])
add("cb08", "1987-02-20", "The Bank of France raised its money market intervention rate to 8.0 pct from 7.75 pct, effective Monday.",
    [P("8.0 pct", 8.0, c="ut"), P("7.75 pct", 7.75, c="uf"), D("Monday", "1987-02-23")])
add("cb09", "2024-03-19", "The BOJ ended eight years of negative rates, setting a range of zero to 0.1% for its short-term rate, the first hike in 17 years.",
    [DU("eight years", 8, "year", "P8Y"), f("zero to 0.1%", "percent", None, q="range", lo=0, hi=0.1, unit="percent"), f("first", "ordinal", 1),
     DU("17 years", 17, "year", "P17Y")])

# --- shipping and energy -------------------------------------------------------------------------------------------
add("en01", "1987-04-02", "OPEC's output fell to an average 15.6 mln bpd in March from 16.4 mln bpd in February, a Reuters survey showed.",
    [ME("15.6 mln bpd", 15.6e6, B, c="dt"), D("March", "1987-03"), ME("16.4 mln bpd", 16.4e6, B, c="df"), D("February", "1987-02")])
add("en02", "1987-06-23", "A 130,000-tonne cargo of Iranian crude was fixed for July 10-15 loading at 2.90 dlrs a tonne to Singapore.",
    [ME("130,000-tonne", 130000, T, e="cargo"), D("July 10-15", "1987-07-10/1987-07-15"), M("2.90 dlrs", 2.9, "USD")])
add("en03", "1987-05-06", "Ecuador resumed exports of crude at 260,000 bpd after the pipeline was repaired, six weeks later than planned.",
    [ME("260,000 bpd", 260000, B), DU("six weeks", 6, "week", "P6W")])
add("en04", "1987-03-27", "North Sea Brent for May loading traded at 18.55 dlrs, up 15 cts from Thursday.",
    [D("May", "1987-05"), M("18.55 dlrs", 18.55, "USD", c="ut"), M("15 cts", 0.15, "USD", c="ub"), DO("Thursday")])
add("en05", "1987-09-08", "The Soviet Union will supply 1.2 mln tonnes of oil products to India in 1988, up from 900,000 tonnes this year, under a trade pact.",
    [ME("1.2 mln tonnes", 1.2e6, T, e="oil products", c="ut"), D("1988", "1988"), ME("900,000 tonnes", 900000, T, c="uf"), D("this year", "1987")])
add("en06", "1987-06-01", "U.S. refinery runs averaged 12.9 mln bpd last week, operating at 82.4 pct of capacity, versus 12.6 mln and 80.1 pct the week before.",
    [ME("12.9 mln bpd", 12.9e6, B), D("last week", "1987-W22"), P("82.4 pct", 82.4, e="capacity"), ME("12.6 mln", 12.6e6, B), P("80.1 pct", 80.1),
     DO("the week before")])
add("en07", "1987-05-21", "Canadian natural gas exports to the United States rose 12 pct in 1986 to 751 billion cubic feet, the National Energy Board said.",
    [P("12 pct", 12, c="ub"), D("1986", "1986"), ME("751 billion cubic feet", 751e9, "cubic foot", c="ut")])
add("en08", "1987-02-12", "The Baltic Freight Index rose 14 points to 1,287 on Wednesday, with panamax rates on the U.S. Gulf-Japan grain route at 14.25 dlrs a tonne.",
    [IX("14 points", c="ub"), IX("1,287", c="ut"), DO("Wednesday"), M("14.25 dlrs", 14.25, "USD")])
add("en09", "1987-10-15", "Saudi Arabia's output in the first nine days of October averaged 3.9 mln bpd, below its 4.133 mln bpd quota, industry sources said.",
    [DO("the first nine days of October"), ME("3.9 mln bpd", 3.9e6, B), ME("4.133 mln bpd", 4.133e6, B)])
add("en10", "2024-03-27", "Panama Canal transits were capped at 27 a day, down from 36 before the drought, and draft limits were raised to 44 feet.",
    [C("27", 27, c="dt"), SET("a day", "P1D"), C("36", 36, c="df"), ME("44 feet", 44, "foot", c="ut")])
add("en11", "1987-04-14", "Iraq's exports through the Turkish pipeline were put at 1.5 mln bpd, with a 500,000 bpd expansion due to be completed in July.",
    [ME("1.5 mln bpd", 1.5e6, B), ME("500,000 bpd", 500000, B), D("July", "1987-07")])
add("en12", "1987-06-15", "Australia shipped 1.24 mln tonnes of wheat in May, lifting exports for the season to 13.8 mln tonnes, the Wheat Board said.",
    [ME("1.24 mln tonnes", 1.24e6, T, e="wheat"), D("May", "1987-05"), OPT("the season", "date"), ME("13.8 mln tonnes", 13.8e6, T, c="ut")])

# --- agency copy: datelines, attributions, deadlines ---------------------------------------------------------------
add("ag01", "1987-04-24", "TOKYO, April 24 - Nissan Motor Co Ltd said it will cut output by 35,000 vehicles in the six months from April because of the yen's rise.",
    [D("April 24", "1987-04-24"), C("35,000", 35000, e="vehicles", c="db"), DO("the six months from April")])
add("ag02", "1987-05-22", "Chrysler Corp said it will close its Kenosha, Wis., plant in 1988, idling 5,500 workers, and take an 80 mln dlr charge in the second quarter.",
    [D("1988", "1988"), C("5,500", 5500, e="workers"), M("80 mln dlr", 80e6, "USD"), D("the second quarter", "1987-Q2")])
add("ag03", "1987-03-13", "The European Commission granted export licences for 115,000 tonnes of soft wheat at a maximum rebate of 138.75 Ecus a tonne, traders said.",
    [ME("115,000 tonnes", 115000, T, e="soft wheat"), f("138.75 Ecus", "money", 138.75, of=True)])
add("ag04", "1987-06-05", "Union members at the mine voted 1,820 to 1,106 to accept the three-year contract, a union spokesman said.",
    [C("1,820", 1820), C("1,106", 1106), DO("three-year", "duration")])
add("ag05", "1987-08-19", "NEW YORK, Aug 19 - Texaco Inc said it has proposed paying 5.5 billion dlrs to Pennzoil over 10 years, company officials said.",
    [D("Aug 19", "1987-08-19"), M("5.5 billion dlrs", 5.5e9, "USD"), DU("10 years", 10, "year", "P10Y")])
add("ag06", "1987-02-09", "Chase Manhattan Bank cut its prime rate to 7.5 pct from 7.75 pct, effective today, a spokesman said.",
    [P("7.5 pct", 7.5, c="dt"), P("7.75 pct", 7.75, c="df"), D("today", "1987-02-09")])
add("ag07", "1987-11-16", "The offer, worth about 1.1 billion dlrs, expires at 1600 EST on December 14 unless extended, the company said.",
    [M("about 1.1 billion dlrs", 1.1e9, "USD", q="~"), f("1600 EST on December 14", "time", q=None, date="1987-12-14T16:00-05:00")])
add("ag08", "1987-12-18", "The notes, due Jan 15, 1990, were priced at 99.65 to yield 8.47 pct, the underwriters said.",
    [D("Jan 15, 1990", "1990-01-15"), BPX("99.65"), P("8.47 pct", 8.47)])
add("ag09", "1987-11-24", "The warrants are exercisable at 12 dlrs a share and expire Feb 28.",
    [M("12 dlrs", 12, "USD"), D("Feb 28", "1988-02-28")])
add("ag10", "1987-10-06", "The strike at the refinery, which began Aug 30, has cut output by about 120,000 bpd, the company said.",
    [D("Aug 30", "1987-08-30"), ME("about 120,000 bpd", 120000, B, q="~", c="db")])
add("ag11", "1987-12-04", "The new tariffs take effect Jan 1 and will raise duties to 25 pct from 10 pct on about 300 mln dlrs of imports.",
    [D("Jan 1", "1988-01-01"), P("25 pct", 25, c="ut"), P("10 pct", 10, c="uf"), M("about 300 mln dlrs", 300e6, "USD", q="~")])
add("ag12", "1987-11-12", "The contract, due to expire March 31, covers 4,100 dockworkers at 12 ports.",
    [D("March 31", "1988-03-31"), C("4,100", 4100, e="dockworkers"), C("12", 12, e="ports")])

# --- stock market reports ------------------------------------------------------------------------------------------
add("mk01", "2020-06-15", "The Dow Jones industrial average fell 762.32 points, or 2.94%, to 25,128.17 in early trade, while the S&P 500 lost 2.5% to 2,967.56.",
    [IX("762.32 points", c="db"), P("2.94%", 2.94, c="db"), IX("25,128.17", c="dt"), P("2.5%", 2.5, c="db"), IX("2,967.56", c="dt")], reject=["500"])
add("mk02", "1987-10-20", "The Tokyo stock market's 225-share average plunged 3,836.48 points, or 14.9 pct, to 21,910.08.",
    [IX("3,836.48 points", c="db"), P("14.9 pct", 14.9, c="db"), IX("21,910.08", c="dt")], reject=["225-share"])
add("mk03", "1987-03-05", "On the Paris Bourse the CAC General index rose 4.1 to 401.2, while in Milan the MIB index closed 1.1 pct lower at 1,108.",
    [IX("4.1", c="ub"), IX("401.2", c="ut"), P("1.1 pct", 1.1, c="db"), IX("1,108", c="dt")])
add("mk04", "1987-06-24", "Advancing issues outnumbered declining ones 912 to 603 on volume of 184.3 mln shares.",
    [C("912", 912), C("603", 603), C("184.3 mln", 184.3e6, e="shares")])
add("mk05", "1987-04-03", "IBM rose 2-3/8 to 157-1/2, Exxon 1-1/4 to 87-5/8 and General Motors 3/4 to 82, with 56 stocks hitting new highs.",
    [M("2-3/8", 2.375, "USD", c="ub"), M("157-1/2", 157.5, "USD", c="ut"), M("1-1/4", 1.25, "USD", c="ub"), M("87-5/8", 87.625, "USD", c="ut"),
     M("3/4", 0.75, "USD", c="ub"), M("82", 82, "USD", c="ut"), C("56", 56, e="stocks")])
add("mk06", "2020-06-15", "Europe's STOXX 600 ended down 0.8%, with travel stocks shedding 4.1% and Germany's DAX off 0.3% at 11,911.35.",
    [P("0.8%", 0.8, c="db"), P("4.1%", 4.1, c="db"), P("0.3%", 0.3, c="db"), IX("11,911.35", c="dt")], reject=["600"])
add("mk07", "2020-06-15", "The Hang Seng closed down 2.2% at 23,776.95 and the Shanghai Composite slipped 1.0%, its biggest daily drop in three weeks.",
    [P("2.2%", 2.2, c="db"), IX("23,776.95", c="dt"), P("1.0%", 1.0, c="db"), SET("daily", "P1D"), DU("three weeks", 3, "week", "P3W")])
add("mk08", "1987-05-12", "Gold shares rose on the Johannesburg exchange, with the all-gold index up 38 points at 2,171, while the rand firmed to 50.10 U.S. cents.",
    [IX("38 points", c="ub"), IX("2,171", c="ut"), M("50.10 U.S. cents", 0.501, "USD", c="ut")])

if __name__ == "__main__":
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-wire10-dev.jsonl")
