#!/usr/bin/env python3
"""Write data/gold/quantities-wire9-dev.jsonl from the hand annotations below (issue 9, round 9).

Fresh dev gold (no test half) in the manner of agency copy and market reports that the earlier sets had not
written: telegraphic 1980s results tables (`1st qtr Shr loss nine cts vs profit 14 cts`, `Yr`, `Avg shrs`, NOTE
lines, `All figures in Canadian dlrs`), dividend declarations (`Qtly div 18 cts vs 18 cts prior, pay June 1, record
May 15`, `(2022: 7.5p)`), USDA and exchange commodity lines (`Hog slaughter estimated at 305,000 head vs 298,000 week
ago`, bushels, bales, bags, `per mmBtu`, contract months), forex fixings and crosses (`138.62/67 yen`, `euro/yen`),
bonds in 32nds (`up 5/32 ... at 96-10/32`), money-market rates and central-bank tenders and repos, trade balances,
unemployment and inflation, mergers, shipping and freight (`WS 62.5`, `$17,905 a day`), index closes and market lists
with negative figures, and 2020s wire market wraps. Every sentence was written by hand for this file by one numfacts
developer (none copied from a news source, the issue or the existing gold; names and places are real, figures
plausible, not facts), refs 1985-2024, and annotated with the conventions of data/gold/README.md and
README-registers.md BEFORE numfacts was run on it.
Usage: build_quantities_wire9_gold.py [OUT.jsonl]
"""
from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, IX, ME, OPT, PP, SET, C, D, M, P, R, f, write

CASES: list[dict] = []
FX = ["money", "ratio"]  # a bare exchange rate per another currency: detection only (README-registers)


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"wire9-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})


def BPX(s, c=None, occ=None):
    """A bond price or price move in points of par (`5/32`, `96-10/32`, `0.62`): detection only, change/role written."""
    return f(s, ["money", "percent", "count", "measure", "ratio"], q=None, of=True, c=c, occ=occ)


def FXR(s, c=None, occ=None):
    return f(s, FX, q=None, of=True, c=c, occ=occ)


# --- telegraphic agency copy: results tables, NOTE lines, USDA lines ----------------------------------------------
add("nw01", "1987-04-22", "1st qtr Shr loss nine cts vs profit 14 cts; Net loss 612,000 vs profit 955,000; Revs 31.4 mln vs 33.0 mln.",
    [DO("1st qtr"), M("nine cts", 0.09, "USD"), M("14 cts", 0.14, "USD"), M("612,000", 612000, "USD"), M("955,000", 955000, "USD"),
     M("31.4 mln", 31.4e6, "USD"), M("33.0 mln", 33e6, "USD")])
add("nw02", "1987-02-26", "Yr Shr 2.14 dlrs vs 1.87 dlrs; Net 22.9 mln vs 19.6 mln; Revs 410.2 mln vs 377.5 mln; Avg shrs 10.7 mln vs 10.5 mln.",
    [M("2.14 dlrs", 2.14, "USD"), M("1.87 dlrs", 1.87, "USD"), M("22.9 mln", 22.9e6, "USD"), M("19.6 mln", 19.6e6, "USD"),
     M("410.2 mln", 410.2e6, "USD"), M("377.5 mln", 377.5e6, "USD"), C("10.7 mln", 10.7e6, e="shares"), C("10.5 mln", 10.5e6)])
add("nw03", "1987-04-29", "NOTE: Qtr net includes tax credits of 410,000 dlrs, or four cts a shr, vs 275,000 dlrs, or three cts a shr.",
    [M("410,000 dlrs", 410000, "USD"), M("four cts", 0.04, "USD"), M("275,000 dlrs", 275000, "USD"), M("three cts", 0.03, "USD")])
add("nw04", "1987-03-05", "NOTE: 1986 results restated for discontinued operations; Yr-ago qtr net excludes extraordinary loss of 1.9 mln dlrs.",
    [D("1986", "1986"), OPT("Yr-ago qtr", "date"), M("1.9 mln dlrs", 1.9e6, "USD")])
add("nw05", "1987-03-11", "Shr profit 22 cts vs loss 1.07 dlrs; Net profit 2,416,000 vs loss 11,735,000; Revs 67.8 mln vs 59.3 mln. NOTE: Prior yr net includes 9.8 mln dlr writedown.",
    [M("22 cts", 0.22, "USD"), M("1.07 dlrs", 1.07, "USD"), M("2,416,000", 2416000, "USD"), M("11,735,000", 11735000, "USD"),
     M("67.8 mln", 67.8e6, "USD"), M("59.3 mln", 59.3e6, "USD"), OPT("Prior yr", "date"), M("9.8 mln dlr", 9.8e6, "USD")])
add("nw06", "1987-05-07", "Shr 41 cts vs 36 cts; Net 18.3 mln vs 16.0 mln; Revs 402.6 mln vs 385.1 mln. NOTE: All figures in Canadian dlrs.",
    [M("41 cts", 0.41, "CAD"), M("36 cts", 0.36, "CAD"), M("18.3 mln", 18.3e6, "CAD"), M("16.0 mln", 16e6, "CAD"),
     M("402.6 mln", 402.6e6, "CAD"), M("385.1 mln", 385.1e6, "CAD")])
add("nw07", "1987-03-19", "Qtly div 18 cts vs 18 cts prior, pay June 1, record May 15.",
    [SET("Qtly", "P3M"), M("18 cts", 0.18, "USD"), M("18 cts", 0.18, "USD", occ=1), D("June 1", "1987-06-01"), D("May 15", "1987-05-15")])
add("nw08", "1987-05-20", "Semi-annual div 32 cts vs 28 cts prior; Pay July 2; Record June 12. NOTE: Company also declared a three-for-two stock split.",
    [SET("Semi-annual", "P6M"), M("32 cts", 0.32, "USD"), M("28 cts", 0.28, "USD"), D("July 2", "1987-07-02"), D("June 12", "1987-06-12"),
     R("three-for-two", 1.5)])
add("nw09", "1987-03-24", "Final div 4.2p, making 6.5p for the year vs 5.7p; pretax profit 38.4 mln stg vs 31.9 mln.",
    [M("4.2p", 0.042, "GBP"), M("6.5p", 0.065, "GBP"), OPT("the year", "date"), M("5.7p", 0.057, "GBP"), M("38.4 mln stg", 38.4e6, "GBP"),
     M("31.9 mln", 31.9e6, "GBP")])
add("nw10", "1987-03-30", "Qtr ended Feb 28 shr 67 cts vs 52 cts; net 5,912,000 vs 4,588,000; sales 129.3 mln vs 110.8 mln.",
    [D("Feb 28", "1987-02-28"), M("67 cts", 0.67, "USD"), M("52 cts", 0.52, "USD"), M("5,912,000", 5912000, "USD"), M("4,588,000", 4588000, "USD"),
     M("129.3 mln", 129.3e6, "USD"), M("110.8 mln", 110.8e6, "USD")])
add("nw11", "1987-04-16", "Shr primary 1.12 dlrs vs 88 cts; shr diluted 1.04 dlrs vs 84 cts; net 14,207,000 vs 11,160,000.",
    [M("1.12 dlrs", 1.12, "USD"), M("88 cts", 0.88, "USD"), M("1.04 dlrs", 1.04, "USD"), M("84 cts", 0.84, "USD"),
     M("14,207,000", 14207000, "USD"), M("11,160,000", 11160000, "USD")])
add("nw12", "1987-02-04", "Nine mths 1986 net loss 3.3 mln vs loss 7.1 mln; revs 56.0 mln vs 48.2 mln. NOTE: 1985 nine mths includes 2.6 mln dlr gain on sale of land.",
    [DU("Nine mths", 9, "month", "P9M"), D("1986", "1986"), M("3.3 mln", 3.3e6, "USD"), M("7.1 mln", 7.1e6, "USD"), M("56.0 mln", 56e6, "USD"),
     M("48.2 mln", 48.2e6, "USD"), D("1985", "1985"), DU("nine mths", 9, "month", "P9M"), M("2.6 mln dlr", 2.6e6, "USD")])
add("nw13", "1987-04-14", "Japan's customs-cleared trade surplus in March narrowed 12.6 pct from a year earlier to 7.21 bln dlrs, the Finance Ministry said.",
    [D("March", "1987-03"), P("12.6 pct", 12.6, c="db"), DO("a year earlier"), M("7.21 bln dlrs", 7.21e9, "USD", c="dt")])
add("nw14", "1987-04-20", "Belgium's unemployment rate fell to 12.3 pct of the working population at end-March from 12.6 pct at end-February, the labour ministry said.",
    [P("12.3 pct", 12.3, e="working population", c="dt"), DO("end-March"), P("12.6 pct", 12.6, c="df"), DO("end-February")])
add("nw15", "1987-04-16", "Britain's unemployment fell 44,100 in March to a seasonally adjusted 3.07 mln, or 11.1 pct of the workforce, the Employment Department said.",
    [C("44,100", 44100, c="db"), D("March", "1987-03"), C("3.07 mln", 3.07e6, c="dt"), P("11.1 pct", 11.1, e="workforce", c="dt")])
add("nw16", "1987-04-24", "U.S. consumer prices rose 0.4 pct in March after a 0.4 pct February gain, putting the annual inflation rate at 5.3 pct for the first quarter, the Labor Department said.",
    [P("0.4 pct", 0.4, c="ub"), D("March", "1987-03"), P("0.4 pct", 0.4, c="ub", occ=1), D("February", "1987-02"), SET("annual", "P1Y"),
     P("5.3 pct", 5.3), D("the first quarter", "1987-Q1")])
add("nw17", "1987-04-10", "Canada's jobless rate edged down to 9.4 pct in March from 9.6 pct in February as 52,000 jobs were added, Statistics Canada said.",
    [P("9.4 pct", 9.4, c="dt"), D("March", "1987-03"), P("9.6 pct", 9.6, c="df"), D("February", "1987-02"), C("52,000", 52000, e="jobs", c="ub")])
add("nw18", "1987-04-03", "The Bank of France injected liquidity at 7-3/4 pct via a 24-hour repurchase tender, unchanged from last week.",
    [P("7-3/4 pct", 7.75), DO("24-hour", "duration"), D("last week", "1987-W13")])
add("nw19", "1987-04-14", "The Bundesbank allotted 14.2 bln marks in a 28-day securities repurchase pact at a fixed rate of 3.80 pct, to replace an outgoing 11.9 bln.",
    [M("14.2 bln marks", 14.2e9, "DEM"), DO("28-day", "duration"), P("3.80 pct", 3.8), M("11.9 bln", 11.9e9, "DEM")])
add("nw20", "1987-04-29", "The Bank of England bought 512 mln stg of bills in band two at 9-7/8 pct, and gave the market late help of 130 mln stg.",
    [M("512 mln stg", 512e6, "GBP"), P("9-7/8 pct", 9.875), M("130 mln stg", 130e6, "GBP")], reject=["band two"])
add("nw21", "1987-05-06", "Sterling's trade-weighted index closed at 72.4, down 0.3 from the opening and unchanged from Tuesday.",
    [IX("72.4", c="dt"), IX("0.3", c="db"), DO("Tuesday")])
add("nw22", "1987-04-29", "The dollar was fixed at 1.8032 marks in Frankfurt, against 1.8104 on Tuesday, and the Bundesbank did not intervene.",
    [M("1.8032 marks", 1.8032, "DEM"), M("1.8104", 1.8104, "DEM"), DO("Tuesday")])
add("nw23", "1987-05-04", "OSLO, May 4 - Norway's central bank raised its overnight lending rate to 14 pct from 12 pct to defend the crown, bankers said.",
    [D("May 4", "1987-05-04"), P("14 pct", 14, c="ut"), P("12 pct", 12, c="uf")])
add("nw24", "1987-04-28", "Soviet gold sales in Zurich were estimated at 40 to 50 tonnes in the first quarter, dealers said.",
    [ME("40 to 50 tonnes", None, "tonne", q="range", lo=40, hi=50), D("the first quarter", "1987-Q1")])
add("nw25", "1987-02-10", "Chile's copper output rose 4.1 pct to 1.40 mln tonnes in 1986, while molybdenum output fell 2.3 pct to 16,200 tonnes.",
    [P("4.1 pct", 4.1, c="ub"), ME("1.40 mln tonnes", 1.4e6, "tonne", c="ut"), D("1986", "1986"), P("2.3 pct", 2.3, c="db"),
     ME("16,200 tonnes", 16200, "tonne", c="dt")])
add("nw26", "1987-03-25", "The Treasury sold 9.75 bln dlrs of two-year notes at an average yield of 6.52 pct, with bids totalling 27.4 bln dlrs, or 2.81 times the amount offered.",
    [M("9.75 bln dlrs", 9.75e9, "USD"), DO("two-year", "duration"), P("6.52 pct", 6.52), M("27.4 bln dlrs", 27.4e9, "USD"), R("2.81 times", 2.81)])
add("nw27", "1987-04-02", "Italy Feb trade deficit 1,245 bln lire vs Jan surplus 612 bln.",
    [D("Feb", "1987-02"), M("1,245 bln lire", 1.245e12, "ITL"), D("Jan", "1987-01"), M("612 bln", 612e9, "ITL")])
add("nw28", "1987-05-15", "Dutch Q1 GDP up 0.6 pct qtr-on-qtr, 2.1 pct yr-on-yr - CBS.",
    [DO("Q1"), P("0.6 pct", 0.6, c="ub"), P("2.1 pct", 2.1, c="ub")])
add("nw29", "1987-05-12", "Oper revs 212.6 mln vs 198.3 mln; oper income 18.4 mln vs 15.9 mln. NOTE: 1987 qtr includes 40 days of operations of Kent Corp, acquired Feb 19.",
    [M("212.6 mln", 212.6e6, "USD"), M("198.3 mln", 198.3e6, "USD"), M("18.4 mln", 18.4e6, "USD"), M("15.9 mln", 15.9e6, "USD"),
     DO("1987 qtr"), DU("40 days", 40, "day", "P40D"), D("Feb 19", "1987-02-19")])
add("nw30", "1987-03-03", "Shr loss four cts vs loss 11 cts; Net loss 302,000 vs loss 827,000; Revs 5,618,000 vs 4,960,000.",
    [M("four cts", 0.04, "USD"), M("11 cts", 0.11, "USD"), M("302,000", 302000, "USD"), M("827,000", 827000, "USD"),
     M("5,618,000", 5618000, "USD"), M("4,960,000", 4960000, "USD")])
add("nw31", "1987-11-05", "BP's third-quarter replacement cost profit rose 28 pct to 390 mln stg, or 7.2p a share, against City forecasts of 360 mln.",
    [DO("third-quarter"), P("28 pct", 28, c="ub"), M("390 mln stg", 390e6, "GBP", c="ut"), M("7.2p", 0.072, "GBP", c="ut"), M("360 mln", 360e6, "GBP")])
add("nw32", "1987-06-09", "Hog slaughter estimated at 305,000 head vs 298,000 week ago and 312,000 year ago.",
    [C("305,000", 305000, e="head"), C("298,000", 298000), DO("week ago"), C("312,000", 312000), DO("year ago")])
add("nw33", "1987-03-17", "USDA: U.S. corn export inspections 28,431,000 bushels vs 31,106,000 previous week.",
    [ME("28,431,000 bushels", 28431000, "bushel"), ME("31,106,000", 31106000, "bushel"), DO("previous week")])
add("nw34", "1987-06-16", "Rotterdam cash soybeans 224.50 dlrs per tonne vs 226.00, meal 196.00 vs 197.75, oil 381 vs 384.",
    [M("224.50 dlrs", 224.5, "USD"), M("226.00", 226, "USD"), M("196.00", 196, "USD"), M("197.75", 197.75, "USD"), M("381", 381, "USD"),
     M("384", 384, "USD")])
add("nw35", "1987-05-13", "Kuwait's crude oil output averaged 1.1 mln barrels per day (bpd) in April, above its OPEC quota of 948,000 bpd, industry sources said.",
    [ME("1.1 mln barrels per day", 1.1e6, "barrel per day"), D("April", "1987-04"), ME("948,000 bpd", 948000, "barrel per day")])
add("nw36", "1987-06-25", "The Argentine Grain Board estimated the 1986/87 wheat crop at 8.8 mln tonnes, down from 8.9 mln in 1985/86.",
    [DO("1986/87"), ME("8.8 mln tonnes", 8.8e6, "tonne", c="dt"), ME("8.9 mln", 8.9e6, "tonne", c="df"), DO("1985/86")])

# --- dividend declarations ------------------------------------------------------------------------------------------
add("dv01", "2024-01-30", "The board declared a quarterly dividend of 21 cents per share, payable on March 14 to shareholders of record at the close of business on February 28.",
    [SET("quarterly", "P3M"), M("21 cents", 0.21, "USD"), D("March 14", "2024-03-14"), D("February 28", "2024-02-28")])
add("dv02", "1988-11-10", "Regular quarterly 40 cts a share; extra 10 cts; both payable Dec 15 to holders of record Nov 30.",
    [SET("quarterly", "P3M"), M("40 cts", 0.40, "USD"), M("10 cts", 0.10, "USD"), D("Dec 15", "1988-12-15"), D("Nov 30", "1988-11-30")])
add("dv03", "1989-06-08", "The company lifted its annual dividend by 9.5 pct to 2.30 dlrs a share, its 31st consecutive yearly increase.",
    [SET("annual", "P1Y"), P("9.5 pct", 9.5, c="ub"), M("2.30 dlrs", 2.3, "USD", c="ut"), f("31st", "ordinal", 31), SET("yearly", "P1Y")])
add("dv04", "2024-05-02", "Shell declared an interim dividend of 34.4 cents, up 4% from a year earlier, and a $3.5 billion buyback for the quarter.",
    [M("34.4 cents", 0.344, "USD", c="ut"), P("4%", 4, c="ub"), DO("a year earlier"), M("$3.5 billion", 3.5e9, "USD"), OPT("the quarter", "date")])
add("dv05", "2023-02-20", "Ex-dividend date is March 3; the payout of 1.10 euros per share compares with 0.95 euros last year.",
    [D("March 3", "2023-03-03"), M("1.10 euros", 1.1, "EUR"), M("0.95 euros", 0.95, "EUR"), D("last year", "2022")])
add("dv06", "2023-03-08", "The directors recommend a final dividend of 8.25p per share (2022: 7.5p), bringing the total for the year to 12.0p.",
    [M("8.25p", 0.0825, "GBP"), D("2022", "2022"), M("7.5p", 0.075, "GBP"), OPT("the year", "date"), M("12.0p", 0.12, "GBP")])
add("dv07", "2024-05-08", "Toyota raised its year-end dividend to 45 yen a share from 35 yen, for an annual payout of 75 yen.",
    [M("45 yen", 45, "JPY", c="ut"), M("35 yen", 35, "JPY", c="uf"), SET("annual", "P1Y"), M("75 yen", 75, "JPY")])

# --- commodities -----------------------------------------------------------------------------------------------------
add("cm01", "2024-06-11", "CBOT July wheat settled 6-3/4 cents lower at $5.81-1/2 a bushel, and December corn lost 3-1/4 cents to $4.62.",
    [D("July", "2024-07"), M("6-3/4 cents", 0.0675, "USD", c="db"), M("$5.81-1/2", 5.815, "USD", c="dt"), D("December", "2024-12"),
     M("3-1/4 cents", 0.0325, "USD", c="db"), M("$4.62", 4.62, "USD", c="dt")])
add("cm02", "1990-02-09", "New York cotton futures for May delivery rose 1.45 cents to 81.30 cents a lb, and the USDA pegged the crop at 14.2 mln bales.",
    [D("May", "1990-05"), M("1.45 cents", 0.0145, "USD", c="ub"), M("81.30 cents", 0.813, "USD", c="ut"), C("14.2 mln", 14.2e6, e="bales")])
add("cm03", "1987-05-12", "London daily raw sugar price was set at 148.50 dlrs a tonne, up 2.00 dlrs, with whites at 174.00 dlrs.",
    [M("148.50 dlrs", 148.5, "USD", c="ut"), M("2.00 dlrs", 2.0, "USD", c="ub"), M("174.00 dlrs", 174.0, "USD")])
add("cm04", "1987-03-09", "India will import 500,000 tonnes of white sugar between April and June, trade sources said.",
    [ME("500,000 tonnes", 500000, "tonne", e="white sugar"), DO("April and June")])
add("cm05", "1987-05-26", "Brazil's 1987/88 coffee crop is forecast at 35.2 mln 60-kg bags, against 24.6 mln bags in 1986/87, the IBC said.",
    [DO("1987/88"), C("35.2 mln", 35.2e6, e="bags"), ME("60-kg", 60, "kilogram", e="bags"), C("24.6 mln", 24.6e6, e="bags"), DO("1986/87")])
add("cm06", "2023-03-07", "Ivory Coast cocoa arrivals at ports reached 1.12 million tonnes by Sunday, up 6% from the same period last season, exporters estimated.",
    [ME("1.12 million tonnes", 1.12e6, "tonne", c="ut"), DO("Sunday"), P("6%", 6, c="ub"), OPT("the same period last season", "date")])
add("cm07", "2023-10-04", "Spot gold was quoted at $1,821.40 an ounce at 0430 GMT, off $6.35, while platinum gained 0.9% to $872.",
    [M("$1,821.40", 1821.4, "USD", c="dt"), DO("0430 GMT", "time"), M("$6.35", 6.35, "USD", c="db"), P("0.9%", 0.9, c="ub"), M("$872", 872, "USD", c="ut")])
add("cm08", "1987-06-03", "The London afternoon silver fix was 6.1450 dlrs an ounce, 4.5 cents below the morning fix of 6.19 dlrs.",
    [M("6.1450 dlrs", 6.145, "USD"), M("4.5 cents", 0.045, "USD"), M("6.19 dlrs", 6.19, "USD")])
add("cm09", "1987-05-19", "LME three-months copper closed at 1,012 stg a tonne, 15.50 stg higher on the day, as stocks fell 4,350 tonnes to 184,275.",
    [OPT("three-months", "duration"), M("1,012 stg", 1012, "GBP", c="ut"), M("15.50 stg", 15.5, "GBP", c="ub"), ME("4,350 tonnes", 4350, "tonne", c="db"),
     ME("184,275", 184275, "tonne", c="dt")])
add("cm10", "2024-02-06", "Nymex natural gas for March delivery fell 11.4 cents, or 4.2%, to $2.598 per mmBtu, after a mild-weather forecast.",
    [D("March", "2024-03"), M("11.4 cents", 0.114, "USD", c="db"), P("4.2%", 4.2, c="db"), M("$2.598", 2.598, "USD", c="dt")])
add("cm11", "2023-11-15", "Distillate stockpiles, which include diesel and heating oil, drew 2.3 million barrels against forecasts for a 1.1 million-barrel build.",
    [ME("2.3 million barrels", 2.3e6, "barrel", c="db"), ME("1.1 million-barrel", 1.1e6, "barrel", c="ub")])
add("cm12", "2023-06-05", "Saudi Arabia will cut its crude output by 1 million barrels per day to about 9 million bpd in July, the energy ministry said.",
    [ME("1 million barrels per day", 1e6, "barrel per day", c="db"), ME("about 9 million bpd", 9e6, "barrel per day", q="~", c="dt"), D("July", "2023-07")])
add("cm13", "2024-05-10", "Malaysian palm oil stocks at end-April rose 8.1% from March to 1.67 million tonnes, the MPOB said.",
    [DO("end-April"), P("8.1%", 8.1, c="ub"), D("March", "2024-03"), ME("1.67 million tonnes", 1.67e6, "tonne", c="ut")])
add("cm14", "2024-04-23", "Arabica for July settled up 4.35 cents at $2.2185 per lb, while London robusta added $57 to $4,120 a tonne.",
    [D("July", "2024-07"), M("4.35 cents", 0.0435, "USD", c="ub"), M("$2.2185", 2.2185, "USD", c="ut"), M("$57", 57, "USD", c="ub"),
     M("$4,120", 4120, "USD", c="ut")])
add("cm15", "2024-01-12", "The USDA forecast U.S. soybean ending stocks at 445 million bushels, above trade estimates of 432 million, and raised its yield estimate to 52.0 bushels per acre.",
    [ME("445 million bushels", 445e6, "bushel"), ME("432 million", 432e6, "bushel"), ME("52.0 bushels per acre", 52.0, "bushel per acre", c="ut")])
add("cm16", "2023-07-20", "Iron ore for delivery in China slipped $1.50 to $118.20 a dry metric tonne, and Dalian's most-traded September contract fell 1.3% to 842 yuan.",
    [M("$1.50", 1.5, "USD", c="db"), M("$118.20", 118.2, "USD", c="dt"), D("September", "2023-09"), P("1.3%", 1.3, c="db"),
     M("842 yuan", 842, "CNY", c="dt")])
add("cm17", "2024-05-15", "Aluminium on the LME hit $2,650 a tonne, with the cash-to-three-months spread at a $12 contango.",
    [M("$2,650", 2650, "USD"), OPT("three-months", "duration"), M("$12", 12, "USD")])
add("cm18", "2023-09-14", "Wheat export prices: U.S. No. 2 hard red winter $268 a tonne FOB Gulf, French 11.5% protein 232 euros, Black Sea 12.5% $226.",
    [M("$268", 268, "USD"), P("11.5%", 11.5), M("232 euros", 232, "EUR"), P("12.5%", 12.5), M("$226", 226, "USD")], reject=["No. 2"])

# --- forex fixings and cross rates ---------------------------------------------------------------------------------------
add("fx01", "1987-06-02", "The dollar opened in Tokyo at 143.62/67 yen, up from New York's late 143.10/20.",
    [M("143.62/67 yen", None, "JPY", q="range", lo=143.62, hi=143.67, c="ut"), M("143.10/20", None, "JPY", q="range", lo=143.10, hi=143.20, c="uf")])
add("fx02", "1987-05-27", "Sterling was fixed at 1.6385 dlrs at the London fix, and at 2.9510 marks, 9.82 French francs and 2.4470 Swiss francs.",
    [M("1.6385 dlrs", 1.6385, "USD"), M("2.9510 marks", 2.951, "DEM"), M("9.82 French francs", 9.82, "FRF"), M("2.4470 Swiss francs", 2.447, "CHF")])
add("fx03", "1987-05-21", "The Bank of Japan fixed the dollar at 140.35 yen for customs purposes, and the mark/yen cross was quoted at 78.02.",
    [M("140.35 yen", 140.35, "JPY"), FXR("78.02")])
add("fx04", "2024-01-25", "Euro/yen climbed 0.6% to 162.41, while sterling/dollar slipped to 1.2684 and dollar/Swiss franc was unchanged at 0.8612.",
    [P("0.6%", 0.6, c="ub"), FXR("162.41", c="ut"), FXR("1.2684", c="dt"), FXR("0.8612")])
add("fx05", "2024-02-13", "The dollar index rose 0.3% to 104.22, with the greenback up 0.5% at 1.3592 Canadian dollars and 17.05 Mexican pesos.",
    [P("0.3%", 0.3, c="ub"), IX("104.22", c="ut"), P("0.5%", 0.5, c="ub"), M("1.3592 Canadian dollars", 1.3592, "CAD", c="ut"),
     M("17.05 Mexican pesos", 17.05, "MXN", c="ut")])
add("fx06", "2022-05-12", "Hong Kong's central bank bought HK$3.1 billion of local currency as it hit the weak end of its 7.75-7.85 trading band.",
    [M("HK$3.1 billion", 3.1e9, "HKD"), FXR("7.75-7.85")])
add("fx07", "2023-09-01", "The PBOC set the yuan midpoint at 7.1043 per dollar, 112 pips stronger than Reuters' estimate of 7.1155.",
    [FXR("7.1043 per dollar"), f("112 pips", ["count", "measure"], q=None, of=True), FXR("7.1155")])
add("fx08", "2023-10-05", "The Swedish crown weakened to 11.62 per euro, the Norwegian crown to 11.49, and the euro was steady at 0.8665 pounds.",
    [FXR("11.62 per euro", c="dt"), FXR("11.49", c="dt"), M("0.8665 pounds", 0.8665, "GBP")])
add("fx09", "2024-03-20", "South Africa's rand firmed 1.1% to 18.42 per dollar, its strongest in six weeks.",
    [P("1.1%", 1.1, c="ub"), FXR("18.42 per dollar", c="ut"), DU("six weeks", 6, "week", "P6W")])

# --- bonds, money markets, central-bank operations ----------------------------------------------------------------------
add("bd01", "1987-05-14", "The Treasury's 30-year bond was up 5/32, or about 1.56 dlrs per 1,000 dlr face amount, at 96-10/32 to yield 8.97 pct.",
    [DO("30-year", "duration"), BPX("5/32", c="ub"), M("about 1.56 dlrs", 1.56, "USD", q="~", c="ub"), OPT("1,000 dlr", "money"),
     BPX("96-10/32", c="ut"), P("8.97 pct", 8.97)])
add("bd02", "2024-04-10", "The benchmark 10-year note fell 17/32 to 98-24/32, pushing its yield up to 4.44% from 4.37%.",
    [DO("10-year", "duration"), BPX("17/32", c="db"), BPX("98-24/32", c="dt"), P("4.44%", 4.44, c="ut"), P("4.37%", 4.37, c="uf")])
add("bd03", "2024-02-01", "Gilts rallied, with the 10-year yield down 9 basis points at 4.12% and the March long gilt future up 0.62 at 98.15.",
    [DO("10-year", "duration"), BP("9 basis points", 9, c="db"), P("4.12%", 4.12, c="dt"), D("March", "2024-03"), BPX("0.62", c="ub"),
     BPX("98.15", c="ut")])
add("bd04", "1987-05-11", "Three-month sterling interbank rates eased to 8-15/16 pct from 9-1/16 pct, and the overnight rate ranged between 7 and 9-1/2 pct.",
    [DO("Three-month", "duration"), P("8-15/16 pct", 8.9375, c="dt"), P("9-1/16 pct", 9.0625, c="df"),
     P("between 7 and 9-1/2 pct", None, q="range", lo=7, hi=9.5)])
add("bd05", "2023-11-07", "The ECB allotted 402.7 billion euros at its weekly main refinancing operation, at a fixed rate of 4.50%, to 512 bidders.",
    [M("402.7 billion euros", 402.7e9, "EUR"), SET("weekly", "P1W"), P("4.50%", 4.5), C("512", 512, e="bidders")])
add("bd06", "2023-06-02", "The Fed's overnight reverse repo facility drew $1.92 trillion from 101 counterparties on Thursday, down from $2.04 trillion a day earlier.",
    [M("$1.92 trillion", 1.92e12, "USD", c="dt"), C("101", 101, e="counterparties"), DO("Thursday"), M("$2.04 trillion", 2.04e12, "USD", c="df"),
     DO("a day earlier")])
add("bd07", "2023-09-19", "Euribor three-month rate fixed at 3.912%, versus 3.905% on Monday, and the six-month tenor at 3.861%.",
    [DO("three-month", "duration"), P("3.912%", 3.912), P("3.905%", 3.905), DO("Monday"), DO("six-month", "duration"), P("3.861%", 3.861)])
add("bd08", "2024-01-12", "The RBI's seven-day variable rate repo auction drew bids worth Rs 1.04 lakh crore against a notified amount of Rs 75,000 crore.",
    [DO("seven-day", "duration"), M("Rs 1.04 lakh crore", 1.04e12, "INR"), M("Rs 75,000 crore", 7.5e11, "INR")])
add("bd09", "2024-03-13", "Italy sold 3.5 bln euros of 10-year BTPs at a gross yield of 3.87%, 18 bps below last month's auction, with a bid-to-cover ratio of 1.41.",
    [M("3.5 bln euros", 3.5e9, "EUR"), DO("10-year", "duration"), P("3.87%", 3.87), BP("18 bps", 18), D("last month", "2024-02"), R("1.41", 1.41)])
add("bd10", "2023-10-31", "Japan's 10-year JGB yield touched 0.955%, its highest since May 2013, before the BOJ offered to buy 300 billion yen of bonds at a fixed rate.",
    [DO("10-year", "duration"), P("0.955%", 0.955), D("May 2013", "2013-05"), M("300 billion yen", 300e9, "JPY")])
add("bd11", "2023-07-03", "The gap between two-year and 10-year yields deepened to minus 52 basis points from minus 44 bps on Friday, the deepest inversion since March.",
    [DO("two-year", "duration"), DO("10-year", "duration"), BP("minus 52 basis points", -52, c="dt"), BP("minus 44 bps", -44, c="df"), DO("Friday"),
     D("March", "2023-03")])
add("bd12", "1987-04-13", "Dealers said 91-day Treasury bills were bid at 5.62 pct, 4 basis points lower, at the weekly auction, which raised 6.6 bln dlrs.",
    [DO("91-day", "duration"), P("5.62 pct", 5.62, c="dt"), BP("4 basis points", 4, c="db"), SET("weekly", "P1W"), M("6.6 bln dlrs", 6.6e9, "USD")])
add("bd13", "2024-03-05", "Spain's Treasury placed 4.21 bln euros of 12-month bills at an average 3.38%, compared with 3.53% at the previous auction.",
    [M("4.21 bln euros", 4.21e9, "EUR"), DO("12-month", "duration"), P("3.38%", 3.38), P("3.53%", 3.53)])
add("bd14", "2023-12-14", "Brazil's central bank cut the Selic by 50 bps to 11.75% in a unanimous vote, its fourth straight half-point reduction.",
    [BP("50 bps", 50, c="db"), P("11.75%", 11.75, c="dt"), f("fourth", "ordinal", 4), PP("half-point", 0.5, c="db")])
add("bd15", "2023-11-24", "Turkey's central bank raised its one-week repo rate by 500 basis points to 40%, its sixth hike since June.",
    [DO("one-week", "duration"), BP("500 basis points", 500, c="ub"), P("40%", 40, c="ut"), f("sixth", "ordinal", 6), D("June", "2023-06")])

# --- trade, jobs, prices ----------------------------------------------------------------------------------------------------
add("ec01", "2023-03-10", "South Korea's current account swung to a deficit of $4.5 billion in January from a surplus of $2.7 billion in December, the Bank of Korea said.",
    [M("$4.5 billion", 4.5e9, "USD", c="dt"), D("January", "2023-01"), M("$2.7 billion", 2.7e9, "USD", c="df"), D("December", "2022-12")])
add("ec02", "2023-12-07", "Germany's trade surplus narrowed to 16.1 billion euros in October from 17.8 billion in September as exports fell 0.2% month on month.",
    [M("16.1 billion euros", 16.1e9, "EUR", c="dt"), D("October", "2023-10"), M("17.8 billion", 17.8e9, "EUR", c="df"), D("September", "2023-09"),
     P("0.2%", 0.2, c="db")])
add("ec03", "2024-04-04", "The U.S. goods and services deficit widened 5.1% to $64.2 billion in February, as imports rose $3.9 billion to $327.3 billion.",
    [P("5.1%", 5.1, c="ub"), M("$64.2 billion", 64.2e9, "USD", c="ut"), D("February", "2024-02"), M("$3.9 billion", 3.9e9, "USD", c="ub"),
     M("$327.3 billion", 327.3e9, "USD", c="ut")])
add("ec04", "2024-02-15", "Japan posted a trade deficit of 1.76 trillion yen in January, the 2nd straight month of red ink, against market forecasts of a 1.58 trillion yen shortfall.",
    [M("1.76 trillion yen", 1.76e12, "JPY"), D("January", "2024-01"), f("2nd", "ordinal", 2), M("1.58 trillion yen", 1.58e12, "JPY")])
add("ec05", "2023-11-30", "Euro zone inflation slowed to 2.4% in November from 2.9% in October, with core inflation easing to 3.6%, Eurostat's flash estimate showed.",
    [P("2.4%", 2.4, c="dt"), D("November", "2023-11"), P("2.9%", 2.9, c="df"), D("October", "2023-10"), P("3.6%", 3.6, c="dt")])
add("ec06", "2024-04-16", "Britain's ILO unemployment rate rose to 4.3% in the three months to February, the highest since mid-2021, as payrolled employees fell by 67,000.",
    [P("4.3%", 4.3, c="ut"), DO("the three months to February"), DO("mid-2021"), C("67,000", 67000, c="db")])
add("ec07", "2024-03-08", "Nonfarm payrolls increased by 275,000 jobs last month, while the jobless rate ticked up to 3.9% and average hourly earnings rose 0.1%.",
    [C("275,000", 275000, e="jobs", c="ub"), D("last month", "2024-02"), P("3.9%", 3.9, c="ut"), P("0.1%", 0.1, c="ub")])
add("ec08", "2024-02-15", "Australia's jobless rate eased to 3.7% in January after 64,100 full-time jobs were added, though part-time jobs fell 15,000.",
    [P("3.7%", 3.7, c="dt"), D("January", "2024-01"), C("64,100", 64100, e="full-time jobs", c="ub"), C("15,000", 15000, c="db")])
add("ec09", "2024-06-03", "Turkish annual inflation hit 75.45% in May, up from 69.80% in April, while monthly prices rose 3.37%.",
    [SET("annual", "P1Y"), P("75.45%", 75.45, c="ut"), D("May", "2024-05"), P("69.80%", 69.8, c="uf"), D("April", "2024-04"), SET("monthly", "P1M"),
     P("3.37%", 3.37, c="ub")])
add("ec10", "2023-12-04", "Swiss CPI rose 0.2% m/m and 1.4% y/y in November; economists had forecast a 1.5% rise.",
    [P("0.2%", 0.2, c="ub"), P("1.4%", 1.4, c="ub"), D("November", "2023-11"), P("1.5%", 1.5, c="ub")])
add("ec11", "2023-06-07", "China's exports fell 7.5% year-on-year in May in dollar terms while imports dropped 4.5%, leaving a surplus of $65.8 billion.",
    [P("7.5%", 7.5, c="db"), D("May", "2023-05"), P("4.5%", 4.5, c="db"), M("$65.8 billion", 65.8e9, "USD")])
add("ec12", "2023-11-15", "India's merchandise trade deficit widened to a record $31.46 billion in October from $26.31 billion a year earlier.",
    [M("$31.46 billion", 31.46e9, "USD", c="ut"), D("October", "2023-10"), M("$26.31 billion", 26.31e9, "USD", c="uf"), DO("a year earlier")])
add("ec13", "2024-02-15", "Continuing claims, a proxy for hiring, rose 14,000 to 1.82 million during the week ending Feb 3, the highest level since November.",
    [C("14,000", 14000, c="ub"), C("1.82 million", 1.82e6, c="ut"), DO("the week ending Feb 3"), D("November", "2023-11")])
add("ec14", "2024-02-29", "Poland's GDP grew 0.4% quarter-on-quarter in the fourth quarter, revised from a flash 0.6%, for annual growth of 1.0% in 2023.",
    [P("0.4%", 0.4, c="ub"), D("the fourth quarter", "2023-Q4"), P("0.6%", 0.6, c="ub"), SET("annual", "P1Y"), P("1.0%", 1.0, c="ub"), D("2023", "2023")])
add("ec15", "2024-01-26", "Spain's jobless rate fell 0.9 pct points to 11.8 pct in the fourth quarter, the lowest since 2008.",
    [PP("0.9 pct points", 0.9, c="db"), P("11.8 pct", 11.8, c="dt"), D("the fourth quarter", "2023-Q4"), D("2008", "2008")])

# --- mergers and stakes --------------------------------------------------------------------------------------------------
add("ma01", "2023-03-13", "Pfizer agreed to buy Seagen for $229 a share in cash, valuing the biotech at about $43 billion, a 33% premium to Friday's close.",
    [M("$229", 229, "USD"), M("about $43 billion", 43e9, "USD", q="~"), P("33%", 33), DO("Friday")])
add("ma02", "1985-09-04", "Hanson Trust raised its hostile offer for SCM Corp to 74 dlrs a share, or about 930 mln dlrs, from 72 dlrs.",
    [M("74 dlrs", 74, "USD", c="ut"), M("about 930 mln dlrs", 930e6, "USD", q="~", c="ut"), M("72 dlrs", 72, "USD", c="uf")])
add("ma03", "1987-06-01", "The investor group said it holds 4,205,000 shares, or 19.9 pct, of Gulf Resources and may seek control.",
    [C("4,205,000", 4205000, e="shares"), P("19.9 pct", 19.9)])
add("ma04", "1987-05-20", "The tender offer of 38.50 dlrs per share in cash for all 27.6 mln outstanding shares expires at midnight EDT on June 18.",
    [M("38.50 dlrs", 38.5, "USD"), C("27.6 mln", 27.6e6, e="outstanding shares"), DO("midnight EDT", "time"), D("June 18", "1987-06-18")])
add("ma05", "2023-10-23", "Holders will receive 0.85 of a Chevron share for each Hess share, an exchange ratio that values Hess at $171 a share.",
    [f("0.85", ["ratio", "count"], q=None, of=True), M("$171", 171, "USD")])
add("ma06", "2023-11-22", "Broadcom completed its $69 billion acquisition of VMware after Chinese regulators approved the deal, 18 months after it was announced.",
    [M("$69 billion", 69e9, "USD"), DU("18 months", 18, "month", "P18M")])
add("ma07", "2024-04-26", "The all-share merger gives BHP shareholders 58 pct of the combined group and Anglo investors the remaining 42 pct.",
    [P("58 pct", 58, e="combined group"), P("42 pct", 42)])
add("ma08", "2008-09-22", "Mitsubishi UFJ will take a 20% stake in Morgan Stanley for $9 billion, or $25.25 a share, the banks said on Monday.",
    [P("20%", 20), M("$9 billion", 9e9, "USD"), M("$25.25", 25.25, "USD"), DO("Monday")])
add("ma09", "2023-08-10", "The bidder already controls 29.9% and needs acceptances that would lift it above 50% for the offer to go unconditional.",
    [P("29.9%", 29.9), P("above 50%", 50, q=">", c="ut")])
add("ma10", "2024-02-12", "Shares of the target jumped 31% to a record 56.40 Swiss francs, just below the 58-franc bid.",
    [P("31%", 31, c="ub"), M("56.40 Swiss francs", 56.4, "CHF", c="ut"), M("58-franc", 58, "CHF")])

# --- shipping and freight ------------------------------------------------------------------------------------------------
add("sh01", "2023-09-12", "The Baltic Exchange's dry bulk index rose 41 points, or 2.7%, to 1,562, with capesize earnings up $1,240 at $17,905 a day.",
    [IX("41 points", c="ub"), P("2.7%", 2.7, c="ub"), IX("1,562", c="ut"), M("$1,240", 1240, "USD", c="ub"), M("$17,905", 17905, "USD", c="ut"),
     SET("a day", "P1D")])
add("sh02", "2023-10-12", "VLCC rates on the Middle East Gulf-China route climbed to WS 62.5, equivalent to about $38,000 a day, from WS 55 last week.",
    [IX("WS 62.5", c="ut"), M("about $38,000", 38000, "USD", q="~", c="ut"), SET("a day", "P1D"), IX("WS 55", c="uf"), D("last week", "2023-W40")])
add("sh03", "2023-08-17", "Freight rates for 40-foot containers from Shanghai to Rotterdam eased 3% to $1,520, the Drewry World Container Index showed.",
    [ME("40-foot", 40, "foot", e="containers"), P("3%", 3, c="db"), M("$1,520", 1520, "USD", c="dt")])
add("sh04", "2024-01-10", "The 1,200-TEU feeder was fixed for 12 months at $9,750 a day, a shipbroker said.",
    [C("1,200-TEU", 1200, e="TEU"), DU("12 months", 12, "month", "P12M"), M("$9,750", 9750, "USD"), SET("a day", "P1D")])
add("sh05", "2024-03-21", "Panamax timecharter rates dropped $1,100 to $12,400 a day as Brazilian soybean cargoes thinned, while supramax rates held at $11,850.",
    [M("$1,100", 1100, "USD", c="db"), M("$12,400", 12400, "USD", c="dt"), SET("a day", "P1D"), M("$11,850", 11850, "USD")])
add("sh06", "2024-05-22", "Grain freight from the U.S. Gulf to Japan was quoted at $52.75 per tonne, up $1.25 from a week ago.",
    [M("$52.75", 52.75, "USD", c="ut"), M("$1.25", 1.25, "USD", c="ub"), DO("a week ago")])

# --- index closes, market lists, contract months ---------------------------------------------------------------------------
add("ix01", "2023-10-20", "The FTSE 100 index closed 41.3 points, or 0.5 pct, lower at 7,402.1, while the FTSE 250 shed 1.1 pct.",
    [IX("41.3 points", c="db"), P("0.5 pct", 0.5, c="db"), IX("7,402.1", c="dt"), P("1.1 pct", 1.1, c="db")], reject=["FTSE 100", "FTSE 250"])
add("ix02", "2024-04-30", "At the close: Dow 37,815.92 (-1.5%), S&P 500 5,035.69 (-1.6%), Nasdaq 15,657.82 (-2.0%).",
    [IX("37,815.92", c="dt"), P("-1.5%", -1.5, c="db"), IX("5,035.69", c="dt"), P("-1.6%", -1.6, c="db"), IX("15,657.82", c="dt"),
     P("-2.0%", -2.0, c="db")], reject=["S&P 500"])
add("ix03", "2024-04-15", "European close: STOXX 600 -1.2%, DAX -1.4%, CAC 40 -0.9%, FTSE MIB -2.1%, IBEX 35 -1.6%; euro $1.0642.",
    [P("-1.2%", -1.2, c="db"), P("-1.4%", -1.4, c="db"), P("-0.9%", -0.9, c="db"), P("-2.1%", -2.1, c="db"), P("-1.6%", -1.6, c="db"),
     M("$1.0642", 1.0642, "USD")], reject=["STOXX 600", "CAC 40", "IBEX 35"])
add("ix04", "2024-04-19", "The Nikkei gave up 1,011.35 points, or 2.7 percent, to finish at 37,068.35; the broader Topix lost 1.9 percent.",
    [IX("1,011.35 points", c="db"), P("2.7 percent", 2.7, c="db"), IX("37,068.35", c="dt"), P("1.9 percent", 1.9, c="db")])
add("ix05", "2024-03-13", "The Sensex closed 1.23% lower at 72,761.89 and the Nifty settled down 1.51% at 21,997.70 after trading in a 380-point range.",
    [P("1.23%", 1.23, c="db"), IX("72,761.89", c="dt"), P("1.51%", 1.51, c="db"), IX("21,997.70", c="dt"), IX("380-point")])
add("ix06", "2024-03-26", "In Sydney the S&P/ASX 200 added 0.3 per cent to 7,792.6 as BHP rose 1.2 per cent to $44.90 and Westpac slipped 24 cents.",
    [P("0.3 per cent", 0.3, c="ub"), IX("7,792.6", c="ut"), P("1.2 per cent", 1.2, c="ub"), M("$44.90", 44.9, "USD", c="ut"),
     f("24 cents", "money", 0.24, c="db")], reject=["ASX 200"])
add("ix07", "2024-05-22", "Wall Street's main indexes ended mixed: the Dow rose 0.12%, the S&P 500 fell 0.06% and the Nasdaq lost 0.17%.",
    [P("0.12%", 0.12, c="ub"), P("0.06%", 0.06, c="db"), P("0.17%", 0.17, c="db")], reject=["S&P 500"])
add("ix08", "2024-01-11", "Losers: Ocado -9.8%, Burberry -6.2%, JD Sports -4.4%. Gainers: Rolls-Royce +3.1%, BAE +2.6%.",
    [P("-9.8%", -9.8, c="db"), P("-6.2%", -6.2, c="db"), P("-4.4%", -4.4, c="db"), P("+3.1%", 3.1, c="ub"), P("+2.6%", 2.6, c="ub")])
add("ix09", "2024-04-12", "The June S&P 500 e-mini future was down 14.5 points at 5,219.25 in early Asian trade.",
    [D("June", "2024-06"), IX("14.5 points", c="db"), IX("5,219.25", c="dt")], reject=["S&P 500"])
add("ix10", "2024-04-30", "Front-month Brent for June expired at $87.86, while the more active July contract was 51 cents higher at $88.13.",
    [D("June", "2024-06"), M("$87.86", 87.86, "USD"), D("July", "2024-07"), M("51 cents", 0.51, "USD", c="ub"), M("$88.13", 88.13, "USD", c="ut")])
add("ix11", "2024-10-08", "Hong Kong's benchmark closed at 20,926.79, a fall of 2,172.99 points, or 9.4 percent, its steepest since 2008, on turnover of HK$351 billion.",
    [IX("20,926.79", c="dt"), IX("2,172.99 points", c="db"), P("9.4 percent", 9.4, c="db"), D("2008", "2008"), M("HK$351 billion", 351e9, "HKD")])
add("ix12", "2024-06-04", "Kospi -0.6%, Taiex +1.1%, ASX 200 -0.2%, Straits Times +0.4%, Jakarta flat, Sensex -0.3%.",
    [P("-0.6%", -0.6, c="db"), P("+1.1%", 1.1, c="ub"), P("-0.2%", -0.2, c="db"), P("+0.4%", 0.4, c="ub"), P("-0.3%", -0.3, c="db")],
    reject=["ASX 200"])
add("ix13", "2024-08-05", "Composite volume was 17.8 billion shares, and decliners outnumbered advancers by about 3 to 1 on the NYSE.",
    [C("17.8 billion", 17.8e9, e="shares"), R("about 3 to 1", 3.0, q="~")])

# --- 2020s wire market wraps ----------------------------------------------------------------------------------------------
add("mw01", "2024-09-04", "Stocks fell sharply on Tuesday, with the Dow Jones Industrial Average shedding 626 points, or 1.5%, its worst session since early August.",
    [DO("Tuesday"), IX("626 points", c="db"), P("1.5%", 1.5, c="db"), DO("early August")])
add("mw02", "2024-04-29", "The yen weakened past 160 per dollar for the first time since 1990, prompting suspected intervention that lifted it to 154.54 within hours.",
    [FXR("160 per dollar"), OPT("first", "ordinal"), D("1990", "1990"), FXR("154.54", c="ut"), OPT("within hours", "duration")])
add("mw03", "2024-08-05", "Bitcoin tumbled as much as 14% to below $50,000 over the weekend before paring losses to trade near $54,200.",
    [P("as much as 14%", 14, q="<=", c="db"), M("below $50,000", 50000, "USD", q="<", c="dt"), DO("the weekend"), M("near $54,200", 54200, "USD", q="~")])
add("mw04", "2024-07-11", "Treasuries rallied after the CPI report, sending the 2-year yield down 11 basis points to 4.51%, the biggest one-day drop since March.",
    [DO("2-year", "duration"), BP("11 basis points", 11, c="db"), P("4.51%", 4.51, c="dt"), DO("one-day", "duration"), D("March", "2024-03")])
add("mw05", "2024-04-04", "Oil prices settled higher for a third straight session, with Brent futures up 68 cents, or 0.8%, at $90.65 a barrel.",
    [OPT("third", "ordinal"), M("68 cents", 0.68, "USD", c="ub"), P("0.8%", 0.8, c="ub"), M("$90.65", 90.65, "USD", c="ut")])
add("mw06", "2024-08-16", "Gold blew past $2,500 an ounce for the first time, and was last up 0.4% at $2,508.10, having gained about 21% so far this year.",
    [M("$2,500", 2500, "USD"), OPT("first", "ordinal"), P("0.4%", 0.4, c="ub"), M("$2,508.10", 2508.1, "USD", c="ut"),
     P("about 21%", 21, q="~", c="ub"), D("this year", "2024")])
add("mw07", "2024-06-18", "The pan-European STOXX 600 ended 0.3% lower at 508.84 points, with banks down 1.2% and utilities up 0.9%.",
    [P("0.3%", 0.3, c="db"), IX("508.84 points", c="dt"), P("1.2%", 1.2, c="db"), P("0.9%", 0.9, c="ub")], reject=["STOXX 600"])
add("mw08", "2024-07-24", "U.S. stock futures pointed to a lower open, with S&P 500 futures off 0.4%, Nasdaq 100 futures down 0.7% and Dow futures 95 points lower.",
    [P("0.4%", 0.4, c="db"), P("0.7%", 0.7, c="db"), IX("95 points", c="db")], reject=["S&P 500", "Nasdaq 100"])
add("mw09", "2024-08-02", "The dollar slid 1.1% against the yen to 147.30 and the euro rose 0.4% to $1.0910, its highest in two weeks.",
    [P("1.1%", 1.1, c="db"), FXR("147.30", c="dt"), P("0.4%", 0.4, c="ub"), M("$1.0910", 1.091, "USD", c="ut"), DU("two weeks", 2, "week", "P2W")])
add("mw10", "2024-06-14", "MSCI's broadest index of Asia-Pacific shares outside Japan gained 1.4%, heading for a weekly rise of 2.3%.",
    [P("1.4%", 1.4, c="ub"), SET("weekly", "P1W"), P("2.3%", 2.3, c="ub")])
add("mw11", "2024-04-15", "Volatility jumped, with the VIX up 2.8 points at 19.23 and the MOVE bond index at 121.",
    [IX("2.8 points", c="ub"), IX("19.23", c="ut"), IX("121")])
add("mw12", "2024-09-05", "Crude fell for a fourth session as OPEC+ said it would restore 180,000 barrels per day of output in October, part of 2.2 million bpd of cuts it plans to unwind.",
    [OPT("fourth", "ordinal"), ME("180,000 barrels per day", 180000, "barrel per day", e="output", c="ub"), D("October", "2024-10"),
     ME("2.2 million bpd", 2.2e6, "barrel per day", e="cuts", c="db")])
add("mw13", "2024-09-30", "Chinese blue chips jumped 8.5% and Hong Kong's Hang Seng surged 2.4% on Monday, extending last week's 13% rally.",
    [P("8.5%", 8.5, c="ub"), P("2.4%", 2.4, c="ub"), DO("Monday"), D("last week", "2024-W39"), P("13%", 13, c="ub")])
add("mw14", "2024-06-20", "The 30-year mortgage rate averaged 6.87% in the week, down from 6.95% a week earlier and 7.30% a year ago, Freddie Mac said.",
    [DO("30-year", "duration"), P("6.87%", 6.87, c="dt"), OPT("the week", "date"), P("6.95%", 6.95, c="df"), DO("a week earlier"), P("7.30%", 7.3, c="df"),
     DO("a year ago")])
add("mw15", "2024-01-05", "Bond markets now see a 63% chance of a 25-basis-point cut in March, according to the CME FedWatch tool.",
    [P("63%", 63), BP("25-basis-point", 25, c="db"), D("March", "2024-03")])


def main() -> None:
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-wire9-dev.jsonl")


if __name__ == "__main__":
    main()
