#!/usr/bin/env python3
"""Write data/gold/quantities-wire8-dev.jsonl from the hand annotations below (issue 9, round 8).

Fresh dev gold (no test half) in the two registers the project fears most: short newswire copy in agency
style (datelines, `said on Tuesday`, `rose 3.2 pct`, `mln`, `bln`, `dlrs`, `vs`, results lines with `Qtr`, `shr`,
`Oper net`, forex and commodity quotes, share prices in fractions `up 1/2 at 12-3/8`) and market close reports
(stocks, bonds, currencies, commodities: `closed up 0.8% at`, `yields fell 4 bps to`, `the euro was flat at
$1.0850`, `Brent settled 42 cents lower`). Every sentence was written by hand for this file by one numfacts
developer (none copied from a news source, the issue or the existing gold; names and places are real, figures
plausible, not facts), refs 1985-2024, and annotated with the conventions of data/gold/README.md and
README-registers.md BEFORE numfacts was run on it.
Usage: build_quantities_wire8_gold.py [OUT.jsonl]
"""
from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, IX, ME, OPT, PP, SET, C, D, M, P, R, write

CASES: list[dict] = []


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"wire8-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})


# --- newswire: agency copy, results lines, quotes ---------------------------------------------------------------
add("nw01", "1986-03-18", "TOKYO, March 18 - Japan's current account surplus rose to 5.34 bln dlrs in February from 3.95 bln in January, the Finance Ministry said on Tuesday.",
    [D("March 18", "1986-03-18"), M("5.34 bln dlrs", 5.34e9, "USD", c="ut"), D("February", "1986-02"), M("3.95 bln", 3.95e9, "USD", c="uf"),
     D("January", "1986-01"), DO("Tuesday")])
add("nw02", "1987-04-09", "Qtr shr profit 12 cts vs loss five cts; net profit 1,845,000 vs loss 712,000; revs 24.6 mln vs 19.8 mln.",
    [M("12 cts", 0.12, "USD"), M("five cts", 0.05, "USD"), M("1,845,000", 1845000, "USD"), M("712,000", 712000, "USD"),
     M("24.6 mln", 24.6e6, "USD"), M("19.8 mln", 19.8e6, "USD")])
add("nw03", "1988-02-11", "Oper net 8,912,000 vs 7,403,000; oper shr 1.02 dlrs vs 86 cts; avg shrs 8,731,000 vs 8,608,000.",
    [M("8,912,000", 8912000, "USD"), M("7,403,000", 7403000, "USD"), M("1.02 dlrs", 1.02, "USD"), M("86 cts", 0.86, "USD"),
     C("8,731,000", 8731000, e="shares"), C("8,608,000", 8608000)])
add("nw04", "1986-10-29", "Year shr 3.41 dlrs vs 2.97 dlrs; net 146.3 mln vs 127.5 mln; sales 2.18 bln vs 1.96 bln.",
    [M("3.41 dlrs", 3.41, "USD"), M("2.97 dlrs", 2.97, "USD"), M("146.3 mln", 146.3e6, "USD"), M("127.5 mln", 127.5e6, "USD"),
     M("2.18 bln", 2.18e9, "USD"), M("1.96 bln", 1.96e9, "USD")])
add("nw05", "1987-06-23", "NEW YORK, June 23 - Texaco Inc fell 1-1/8 to 34-3/4 in heavy trading, while Exxon was up 1/2 at 88-3/8.",
    [D("June 23", "1987-06-23"), M("1-1/8", 1.125, "USD", c="db"), M("34-3/4", 34.75, "USD", c="dt"), M("1/2", 0.5, "USD", c="ub"),
     M("88-3/8", 88.375, "USD", c="ut")])
add("nw06", "1985-09-24", "The dollar closed at 2.8450 marks in Frankfurt, down from 2.9320 on Monday, after the weekend's Group of Five accord.",
    [M("2.8450 marks", 2.845, "DEM", c="dt"), M("2.9320", 2.932, "DEM", c="df"), DO("Monday")])
add("nw07", "1989-07-12", "West German consumer prices rose 0.2 pct in June for a year-on-year rise of 3.1 pct, the Federal Statistics Office said.",
    [P("0.2 pct", 0.2, c="ub"), D("June", "1989-06"), P("3.1 pct", 3.1, c="ub")])
add("nw08", "1987-03-02", "OPEC output fell to about 15.8 mln bpd in February, down 600,000 bpd from January, a Reuters survey showed.",
    [ME("about 15.8 mln bpd", 15.8e6, "barrel per day", q="~", c="dt"), D("February", "1987-02"), ME("600,000 bpd", 600000, "barrel per day", c="db"),
     D("January", "1987-01")])
add("nw09", "1990-08-03", "Brent crude for September rose 1.85 dlrs to 23.40 dlrs a barrel on the Iraqi invasion of Kuwait.",
    [D("September", "1990-09"), M("1.85 dlrs", 1.85, "USD", c="ub"), M("23.40 dlrs", 23.40, "USD", c="ut")])
add("nw10", "1986-05-14", "The company said it raised its quarterly dividend to 22 cts a share from 18 cts, payable June 15 to holders of record May 30.",
    [SET("quarterly", "P3M"), M("22 cts", 0.22, "USD", c="ut"), M("18 cts", 0.18, "USD", c="uf"), D("June 15", "1986-06-15"), D("May 30", "1986-05-30")])
add("nw11", "1988-11-22", "LONDON, Nov 22 - Sterling ended at 1.8375/85 dlrs, up nearly a cent from Monday's close of 1.8290.",
    [D("Nov 22", "1988-11-22"), M("1.8375/85 dlrs", None, "USD", q="range", lo=1.8375, hi=1.8385, c="ut"),
     M("nearly a cent", 0.01, "USD", q="~", c="ub"), DO("Monday"), M("1.8290", 1.829, "USD", c="uf")])
add("nw12", "1987-08-27", "U.S. durable goods orders jumped 3.9 pct in July to 106.94 bln dlrs after a 0.8 pct drop in June, the Commerce Department said.",
    [P("3.9 pct", 3.9, c="ub"), D("July", "1987-07"), M("106.94 bln dlrs", 106.94e9, "USD", c="ut"), P("0.8 pct", 0.8, c="db"), D("June", "1987-06")])
add("nw13", "1992-09-17", "The Bank of England raised its minimum lending rate two points to 12 pct on Wednesday, then to 15 pct, before suspending sterling's ERM membership.",
    [PP("two points", 2, c="ub"), P("12 pct", 12, c="ut"), DO("Wednesday"), P("15 pct", 15, c="ut")])
add("nw14", "1986-12-04", "Zambia's copper output fell 7.4 pct to 463,000 tonnes in the year to March 31, the state mining company said.",
    [P("7.4 pct", 7.4, c="db"), ME("463,000 tonnes", 463000, "tonne", c="dt"), DO("the year to March 31")])
add("nw15", "1987-01-20", "Six mths to Dec 31 net 3.25 mln stg vs 2.71 mln; turnover 48.6 mln vs 41.2 mln; interim div 2.5p vs 2.2p.",
    [DU("Six mths", 6, "month", "P6M"), D("Dec 31", "1986-12-31"), M("3.25 mln stg", 3.25e6, "GBP"), M("2.71 mln", 2.71e6, "GBP"),
     M("48.6 mln", 48.6e6, "GBP"), M("41.2 mln", 41.2e6, "GBP"), M("2.5p", 0.025, "GBP"), M("2.2p", 0.022, "GBP")])
add("nw16", "1991-04-08", "Australia's trade balance swung to a surplus of 412 mln Australian dlrs in February from a deficit of 98 mln in January.",
    [M("412 mln Australian dlrs", 412e6, "AUD", c="ut"), D("February", "1991-02"), M("98 mln", 98e6, "AUD", c="uf"), D("January", "1991-01")])
add("nw17", "1987-10-20", "The Dow Jones industrial average plunged 508 points, or 22.6 pct, to 1,738.74, on volume of a record 604.3 mln shares.",
    [IX("508 points", c="db"), P("22.6 pct", 22.6, c="db"), IX("1,738.74", c="dt"), C("604.3 mln", 604.3e6, e="shares")])
add("nw18", "1988-06-30", "Cash gold was fixed at 436.50 dlrs an ounce in London this afternoon, against 439.75 dlrs at the morning fix.",
    [M("436.50 dlrs", 436.5, "USD"), D("this afternoon", "1988-06-30", of=True), M("439.75 dlrs", 439.75, "USD")])
add("nw19", "1989-03-15", "Chicago soybeans closed 4-1/2 to 6 cents lower, with May at 7.42-1/2 dlrs a bushel.",
    [M("4-1/2 to 6 cents", None, "USD", q="range", lo=0.045, hi=0.06, c="db"), D("May", "1989-05"), M("7.42-1/2 dlrs", 7.425, "USD", c="dt")])
add("nw20", "1986-07-09", "Canadian housing starts fell to a seasonally adjusted annual rate of 183,000 units in June from 201,000 in May, CMHC said.",
    [SET("annual", "P1Y"), C("183,000", 183000, e="units", c="dt"), D("June", "1986-06"), C("201,000", 201000, c="df"), D("May", "1986-05")])
add("nw21", "1995-01-26", "MANILA, Jan 26 - The peso firmed to 24.62 to the dollar from 24.75 on Wednesday as central bank intervention continued.",
    [D("Jan 26", "1995-01-26"), DO("24.62 to the dollar", ["money", "ratio"], c="ut"), DO("24.75", ["money", "ratio"], c="uf"), DO("Wednesday")])
add("nw22", "1987-05-19", "Citicorp said it would add three bln dlrs to its loan loss reserve, producing a second-quarter loss of about 2.5 bln dlrs.",
    [M("three bln dlrs", 3e9, "USD", c="ub"), DO("second-quarter"), M("about 2.5 bln dlrs", 2.5e9, "USD", q="~")])
add("nw23", "1986-11-13", "Japanese bank lending rose 11.2 pct year-on-year in October vs 10.9 pct in September, the Bank of Japan said.",
    [P("11.2 pct", 11.2, c="ub"), D("October", "1986-10"), P("10.9 pct", 10.9), D("September", "1986-09")])
add("nw24", "1990-02-06", "The bank will issue 200 mln Swiss francs of five-year notes with a 6-5/8 pct coupon, priced at 101-1/4.",
    [M("200 mln Swiss francs", 200e6, "CHF"), DU("five-year", 5, "year", "P5Y"), P("6-5/8 pct", 6.625), OPT("101-1/4", "money")])
add("nw25", "1988-09-08", "U.S. weekly jobless claims fell 14,000 to 292,000 in the week ended Sept 3, the Labor Department said.",
    [SET("weekly", "P1W"), C("14,000", 14000, c="db"), C("292,000", 292000, c="dt"), DO("the week ended Sept 3")])
add("nw26", "1987-12-10", "Nine mths shr loss 1.34 dlrs vs profit 41 cts; net loss 18.7 mln vs profit 5.6 mln; revs 301.5 mln vs 288.0 mln.",
    [DU("Nine mths", 9, "month", "P9M"), M("1.34 dlrs", 1.34, "USD"), M("41 cts", 0.41, "USD"), M("18.7 mln", 18.7e6, "USD"),
     M("5.6 mln", 5.6e6, "USD"), M("301.5 mln", 301.5e6, "USD"), M("288.0 mln", 288e6, "USD")])
add("nw27", "1993-06-17", "NEW DELHI, June 17 - India's wholesale price inflation eased to 6.9 pct in the week to June 5 from 7.1 pct a week earlier.",
    [D("June 17", "1993-06-17"), P("6.9 pct", 6.9, c="dt"), DO("the week to June 5"), P("7.1 pct", 7.1, c="df"), DO("a week earlier")])
add("nw28", "1986-02-25", "Nippon Steel will cut crude steel output by about 1.5 mln tonnes, or five pct, in the year starting April 1.",
    [ME("about 1.5 mln tonnes", 1.5e6, "tonne", q="~", c="db"), P("five pct", 5, c="db"), DO("the year starting April 1")])
add("nw29", "1989-10-13", "Volume on the New York Stock Exchange totalled 251.2 mln shares, with decliners leading advancers 1,640 to 160.",
    [C("251.2 mln", 251.2e6, e="shares"), OPT("1,640 to 160", "ratio")])
add("nw30", "1987-07-30", "Talking Point: the company's shares rose 2-1/4 dlrs to 41-7/8 after it reported second-quarter earnings up 37 pct.",
    [M("2-1/4 dlrs", 2.25, "USD", c="ub"), M("41-7/8", 41.875, "USD", c="ut"), DO("second-quarter"), P("37 pct", 37, c="ub")])
add("nw31", "1996-04-16", "Hong Kong's Hang Seng index closed 127.35 points higher at 11,082.64, with turnover of 5.92 bln HK dlrs.",
    [IX("127.35 points", c="ub"), IX("11,082.64", c="ut"), M("5.92 bln HK dlrs", 5.92e9, "HKD")])
add("nw32", "1988-04-28", "Coffee futures for July slipped 1.20 cents to 126.45 cents a lb in New York, their lowest since January.",
    [D("July", "1988-07"), M("1.20 cents", 0.012, "USD", c="db"), M("126.45 cents", 1.2645, "USD", c="dt"), D("January", "1988-01")])
add("nw33", "1985-11-07", "The Bundesbank left its discount rate at four pct and its Lombard rate at 5-1/2 pct, a spokesman said.",
    [P("four pct", 4), P("5-1/2 pct", 5.5)])
add("nw34", "1998-08-27", "MOSCOW, Aug 27 - The rouble fell to 13.00 per dollar from 9.33 on Wednesday after the central bank halted trading, dealers said.",
    [D("Aug 27", "1998-08-27"), DO("13.00 per dollar", ["money", "ratio"], c="dt"), DO("9.33", ["money", "ratio"], c="df"), DO("Wednesday")])
add("nw35", "1987-02-17", "Shr 58 cts vs 51 cts; net 4.7 mln vs 4.1 mln; revs 61.2 mln vs 55.4 mln. NOTE: 1986 net includes gain of 620,000 dlrs, or eight cts a share.",
    [M("58 cts", 0.58, "USD"), M("51 cts", 0.51, "USD"), M("4.7 mln", 4.7e6, "USD"), M("4.1 mln", 4.1e6, "USD"), M("61.2 mln", 61.2e6, "USD"),
     M("55.4 mln", 55.4e6, "USD"), D("1986", "1986"), M("620,000 dlrs", 620000, "USD"), M("eight cts", 0.08, "USD")])
add("nw36", "2001-09-17", "The Federal Reserve cut its federal funds target by half a percentage point to 3.0 pct before Wall Street reopened.",
    [PP("half a percentage point", 0.5, c="db"), P("3.0 pct", 3.0, c="dt")])

# --- market close reports ---------------------------------------------------------------------------------------
add("mk01", "2023-07-12", "The FTSE 100 closed up 0.8% at 7,416.11, its best day in a month, as miners rallied on hopes of Chinese stimulus.",
    [P("0.8%", 0.8, c="ub"), IX("7,416.11", c="ut"), DO("a month", "duration")])
add("mk02", "2024-03-28", "The 10-year Treasury yield fell 4 bps to 4.196%, while the two-year yield was little changed at 4.59%.",
    [DO("10-year", "duration"), BP("4 bps", 4, c="db"), P("4.196%", 4.196, c="dt"), DO("two-year", "duration"), P("4.59%", 4.59)])
add("mk03", "2024-01-16", "The euro was flat at $1.0850, while the dollar rose 0.4% against the yen to 146.45.",
    [M("$1.0850", 1.085, "USD"), P("0.4%", 0.4, c="ub"), DO("146.45", ["money", "ratio"], c="ut")])
add("mk04", "2022-11-29", "Brent settled 42 cents lower at $83.03 a barrel, and U.S. West Texas Intermediate crude fell 24 cents to $77.20.",
    [M("42 cents", 0.42, "USD", c="db"), M("$83.03", 83.03, "USD", c="dt"), M("24 cents", 0.24, "USD", c="db"), M("$77.20", 77.2, "USD", c="dt")])
add("mk05", "2008-10-13", "The Dow Jones industrial average soared 936.42 points, or 11.1%, to 9,387.61, its largest one-day point gain.",
    [IX("936.42 points", c="ub"), P("11.1%", 11.1, c="ub"), IX("9,387.61", c="ut"), DO("one-day", "duration")])
add("mk06", "2019-08-05", "Spot gold climbed 1.6% to $1,464.05 per ounce, having earlier touched its highest since May 2013 at $1,467.56.",
    [P("1.6%", 1.6, c="ub"), M("$1,464.05", 1464.05, "USD", c="ut"), D("May 2013", "2013-05"), M("$1,467.56", 1467.56, "USD")])
add("mk07", "2016-06-24", "Sterling plunged as much as 11% to $1.3229, its weakest since 1985, as Britain voted to leave the EU.",
    [P("as much as 11%", 11, q="<=", c="db"), M("$1.3229", 1.3229, "USD", c="dt"), D("1985", "1985")])
add("mk08", "2024-05-02", "Germany's 10-year Bund yield rose 3 bp to 2.58%, and the gap over Italian BTPs widened 5 basis points to 137.",
    [DO("10-year", "duration"), BP("3 bp", 3, c="ub"), P("2.58%", 2.58, c="ut"), BP("5 basis points", 5, c="ub"), BP("137", 137, c="ut")])
add("mk09", "2021-03-04", "The Nasdaq Composite ended down 2.11% at 12,723.47, now almost 10% below its Feb. 12 record close.",
    [P("2.11%", 2.11, c="db"), IX("12,723.47", c="dt"), P("almost 10%", 10, q="~"), DO("Feb. 12")])
add("mk10", "2023-10-26", "Copper on the LME slipped 0.4% to $7,953 a metric ton, while zinc added $21 to $2,437.50.",
    [P("0.4%", 0.4, c="db"), M("$7,953", 7953, "USD", c="dt"), M("$21", 21, "USD", c="ub"), M("$2,437.50", 2437.5, "USD", c="ut")])
add("mk11", "2018-12-24", "The S&P 500 fell 2.7% to 2,351.10, leaving it down nearly 20% from its September peak.",
    [P("2.7%", 2.7, c="db"), IX("2,351.10", c="dt"), P("nearly 20%", 20, q="~", c="db"), D("September", "2018-09")])
add("mk12", "2024-08-05", "Japan's Nikkei share average crashed 12.4% to 31,458.42, its biggest one-day point drop ever, shedding 4,451.28 points.",
    [P("12.4%", 12.4, c="db"), IX("31,458.42", c="dt"), DO("one-day", "duration"), IX("4,451.28 points", c="db")])
add("mk13", "2020-04-20", "U.S. crude for May delivery settled at minus $37.63 a barrel, a drop of $55.90, as storage space ran short.",
    [D("May", "2020-05"), M("minus $37.63", -37.63, "USD", c="dt"), M("$55.90", 55.9, "USD", c="db")])
add("mk14", "2023-03-13", "Two-year Treasury yields tumbled 61 basis points to 3.98%, the steepest three-day fall since October 1987.",
    [DO("Two-year", "duration"), BP("61 basis points", 61, c="db"), P("3.98%", 3.98, c="dt"), DO("three-day", "duration"), D("October 1987", "1987-10")])
add("mk15", "2012-07-26", "Spanish 10-year yields eased 28 bps to 7.34% after Draghi's pledge, while Italian yields slid 25 bps to 6.21%.",
    [DO("10-year", "duration"), BP("28 bps", 28, c="db"), P("7.34%", 7.34, c="dt"), BP("25 bps", 25, c="db"), P("6.21%", 6.21, c="dt")])
add("mk16", "2024-02-14", "Stocks at a glance: Dow -0.4%, S&P 500 +0.9%, Nasdaq +1.3%, Russell 2000 +2.4%; 10-yr 4.26%, oil $77.87.",
    [P("-0.4%", -0.4, c="db"), OPT("500", "count"), P("+0.9%", 0.9, c="ub"), P("+1.3%", 1.3, c="ub"), OPT("2000", "count"), P("+2.4%", 2.4, c="ub"),
     DO("10-yr", "duration"), P("4.26%", 4.26), M("$77.87", 77.87, "USD")])
add("mk17", "2022-09-26", "The pound slumped to a record low of $1.0350 in Asian trade, down almost 5% on the day, before recovering to $1.0690.",
    [M("$1.0350", 1.035, "USD", c="dt"), P("almost 5%", 5, q="~", c="db"), M("$1.0690", 1.069, "USD", c="ut")])
add("mk18", "2015-01-15", "The Swiss franc soared as much as 30% against the euro after the SNB scrapped its cap of 1.20 francs per euro.",
    [P("as much as 30%", 30, q="<=", c="ub"), DO("1.20 francs per euro", ["money", "ratio"])])
add("mk19", "2024-04-12", "Gold hit a record $2,431.29 an ounce before retreating, and silver rose 1.1% to $28.32, its highest in three years.",
    [M("$2,431.29", 2431.29, "USD"), P("1.1%", 1.1, c="ub"), M("$28.32", 28.32, "USD", c="ut"), DU("three years", 3, "year", "P3Y")])
add("mk20", "2023-08-23", "India's Nifty 50 ended 0.25% higher at 19,444, while the S&P BSE Sensex added 213.27 points to close at 65,433.30.",
    [P("0.25%", 0.25, c="ub"), IX("19,444", c="ut"), IX("213.27 points", c="ub"), IX("65,433.30", c="ut")])
add("mk21", "2019-05-13", "Chicago soybean futures fell 11-1/4 cents to $7.92-3/4 a bushel, the lowest since 2008, as trade talks stalled.",
    [M("11-1/4 cents", 0.1125, "USD", c="db"), M("$7.92-3/4", 7.9275, "USD", c="dt"), D("2008", "2008")])
add("mk22", "2021-12-15", "Australia's S&P/ASX 200 finished 38.4 points lower at 7,288.3, and the Aussie dollar eased 0.3% to 71.05 U.S. cents.",
    [IX("38.4 points", c="db"), IX("7,288.3", c="dt"), P("0.3%", 0.3, c="db"), M("71.05 U.S. cents", 0.7105, "USD", c="dt")])
add("mk23", "2022-06-13", "The S&P 500 sank 3.9% into a bear market, 21.8% below its January high, and the VIX jumped 4.6 points to 34.0.",
    [P("3.9%", 3.9, c="db"), P("21.8%", 21.8, c="db"), D("January", "2022-01"), IX("4.6 points", c="ub"), IX("34.0", c="ut")])
add("mk24", "2023-11-08", "U.S. crude stocks rose by 11.9 million barrels last week to 421.9 million barrels, the EIA said.",
    [ME("11.9 million barrels", 11.9e6, "barrel", c="ub"), D("last week", "2023-W44"), ME("421.9 million barrels", 421.9e6, "barrel", c="ut")])
add("mk25", "2024-01-31", "U.S. natural gas futures slid 7% to $2.08 per mmBtu, their lowest close since April 2023.",
    [P("7%", 7, c="db"), M("$2.08", 2.08, "USD", c="dt"), D("April 2023", "2023-04")])
add("mk26", "2017-11-02", "Advancing issues outnumbered decliners on the NYSE by a 1.32-to-1 ratio, and volume was 6.4 billion shares, above the 20-day average of 6.1 billion.",
    [R("1.32-to-1", 1.32), C("6.4 billion", 6.4e9, e="shares"), DO("20-day", "duration"), C("6.1 billion", 6.1e9)])
add("mk27", "2010-05-06", "The Dow briefly lost nearly 1,000 points in minutes before paring the loss to 347.80 points, or 3.2%, to end at 10,520.32.",
    [IX("nearly 1,000 points", c="db"), DO("minutes", "duration"), IX("347.80 points", c="db"), P("3.2%", 3.2, c="db"), IX("10,520.32", c="dt")])
add("mk28", "2020-03-09", "Oil suffered its worst day since 1991, with Brent settling down $10.91, or 24.1%, at $34.36 a barrel.",
    [D("1991", "1991"), M("$10.91", 10.91, "USD", c="db"), P("24.1%", 24.1, c="db"), M("$34.36", 34.36, "USD", c="dt")])
add("mk29", "2024-06-21", "The dollar index was up 0.2% at 105.80, the yen weakened past 159 per dollar and the euro fell 0.3% to $1.0672.",
    [P("0.2%", 0.2, c="ub"), IX("105.80", c="ut"), DO("159 per dollar", ["money", "ratio"], c="dt"), P("0.3%", 0.3, c="db"), M("$1.0672", 1.0672, "USD", c="dt")])
add("mk30", "2014-10-15", "Benchmark 10-year Treasury yields fell as much as 33 basis points to 1.86% intraday, before settling at 2.13%.",
    [DO("10-year", "duration"), BP("as much as 33 basis points", 33, q="<=", c="db"), P("1.86%", 1.86, c="dt"), P("2.13%", 2.13)])
add("mk31", "1999-03-29", "The Dow closed above 10,000 for the first time, gaining 184.54 points to 10,006.78 on volume of 850 million shares.",
    [IX("above 10,000"), OPT("first", "ordinal"), IX("184.54 points", c="ub"), IX("10,006.78", c="ut"), C("850 million", 850e6, e="shares")])
add("mk32", "2024-10-03", "Shanghai Composite +8.1% on the week, CSI 300 +15.7%, Hang Seng -1.5%; yuan steady at 7.0213 per dollar.",
    [P("+8.1%", 8.1, c="ub"), DO("the week", "duration"), OPT("300", "count"), P("+15.7%", 15.7, c="ub"), P("-1.5%", -1.5, c="db"),
     DO("7.0213 per dollar", ["money", "ratio"])])
add("mk33", "2023-05-31", "Palm oil futures on Bursa Malaysia fell 96 ringgit, or 2.8%, to 3,321 ringgit a tonne, a third straight monthly loss.",
    [M("96 ringgit", 96, "MYR", c="db"), P("2.8%", 2.8, c="db"), M("3,321 ringgit", 3321, "MYR", c="dt"), OPT("third", "ordinal"), SET("monthly", "P1M")])
add("mk34", "2005-12-28", "Bunds were steady, with the 10-year yield at 3.32%, while the euro traded at $1.1843 and 139.35 yen.",
    [DO("10-year", "duration"), P("3.32%", 3.32), M("$1.1843", 1.1843, "USD"), M("139.35 yen", 139.35, "JPY")])
add("mk35", "2022-03-08", "Nickel more than doubled to over $100,000 a tonne on the LME before trading was halted, after a 66% jump on Monday.",
    [R("more than doubled", 2, q=">", c="ub"), M("over $100,000", 100000, "USD", q=">", c="ut"), P("66%", 66, c="ub"), DO("Monday")])


def main() -> None:
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-wire8-dev.jsonl")


if __name__ == "__main__":
    main()
