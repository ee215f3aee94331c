#!/usr/bin/env python3
"""Write data/gold/quantities-wire11-dev.jsonl from the hand annotations below (issues 9/10, round 11, branch wire11).

Fresh dev gold (no test half) in agency and market-report styles the earlier wire sets had not written: grain and
softs desk reports (cents and fractions a bushel, `up 3-1/4 cents`, ranges of cents), metals (`spot gold`, LME
stocks and cancelled warrants), FX fixings and cross rates, bond auctions (high yield, bid-to-cover, tails,
when-issued), money-market rates (SOFR, SONIA, Euribor, repo), shipping and freight indices, oil inventory reports
(API/EIA draws and builds, Cushing), crop progress and weather reports, telegraphic corporate briefs (`Q3 EPS 0.42 vs
est 0.39`, `sees FY rev $1.1-1.2 bln`, `qtrly div 15 cts`), economic calendar lines (`CPI +0.3% m/m, +3.1% y/y;
f'cast +0.2%`), election and parliament wire copy, and Australian and Canadian market wraps (A$, C$, ASX 200, TSX),
with their dates and times (notices, `for settlement on`, delivery months, GMT/ET clocks). Every sentence was written
by hand for this file by one numfacts developer (none copied from a news source, the issues or the existing gold;
names and places are real, figures plausible, not facts), and annotated with the conventions of data/gold/README.md
and README-registers.md BEFORE numfacts was run on it.
Usage: build_quantities_wire11_gold.py [OUT.jsonl]
"""
from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, IX, ME, OPT, PP, SET, C, D, M, P, R, f, write

CASES: list[dict] = []
FX = ["money", "ratio"]  # a bare exchange rate per another currency: detection only (README-registers)


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"wire11-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})


def FXR(s, c=None, occ=None):
    return f(s, FX, q=None, of=True, c=c, occ=occ)


def MQ(s, lo, hi, unit=None, c=None, **k):
    """A two-way quote or a range of money (`5 to 7 cents`): one range row."""
    return f(s, "money", None, q="range", lo=lo, hi=hi, unit=unit, c=c, **k)


def MC(s, v, c=None, **k):
    """Cents with no currency written anywhere in the sentence: value, no unit (as fresh4)."""
    return f(s, "money", v, c=c, **k)


def T(s, date, kind="time", **k):
    return f(s, kind, q=None, date=date, **k)


B = "barrel"
BD = "barrel per day"
TN = "tonne"
BU = "bushel"

# --- grains desk ---------------------------------------------------------------------------------------------------
add("gr01", "2025-05-20", "CBOT July corn settled up 3-1/4 cents at $4.52-1/2 a bushel, while December rose 2-3/4 cents to $4.61.",
    [D("July", "2025-07"), M("3-1/4 cents", 0.0325, "USD", c="ub"), M("$4.52-1/2", 4.525, "USD", c="ut"), D("December", "2025-12"),
     M("2-3/4 cents", 0.0275, "USD", c="ub"), M("$4.61", 4.61, "USD", c="ut")])
add("gr02", "2025-05-20", "Soybeans finished 5 to 7 cents higher, with the most-active July contract at $10.48-3/4.",
    [MQ("5 to 7 cents", 0.05, 0.07, "USD", c="ub"), D("July", "2025-07"), M("$10.48-3/4", 10.4875, "USD", c="ut")])
add("gr03", "2024-11-12", "Kansas City hard red winter wheat for March delivery fell 8-1/2 cents, or 1.4%, to $5.88-1/4 per bushel.",
    [D("March", "2025-03"), M("8-1/2 cents", 0.085, "USD", c="db"), P("1.4%", 1.4, c="db"), M("$5.88-1/4", 5.8825, "USD", c="dt")])
add("gr04", "2025-03-14", "Paris milling wheat for May closed down 2.25 euros at 226.50 euros a tonne on Euronext.",
    [D("May", "2025-05"), M("2.25 euros", 2.25, "EUR", c="db"), M("226.50 euros", 226.5, "EUR", c="dt")])
add("gr05", "2024-07-24", "Corn futures hit a four-year low of $3.97 a bushel before recovering to close 1-1/2 cents firmer.",
    [DO("four-year", "duration"), M("$3.97", 3.97, "USD"), M("1-1/2 cents", 0.015, "USD", c="ub")])
add("gr06", "2025-02-12", "The USDA cut its estimate of U.S. corn ending stocks to 1.54 billion bushels from 1.74 billion, below the 1.66 billion analysts expected.",
    [ME("1.54 billion bushels", 1.54e9, BU, c="dt"), ME("1.74 billion", 1.74e9, BU, c="df"), ME("1.66 billion", 1.66e9, BU)])
add("gr07", "2025-04-09", "Export inspections of soybeans totalled 612,440 tonnes in the week to April 3, against 498,210 tonnes a week earlier.",
    [ME("612,440 tonnes", 612440, TN), DO("the week to April 3"), ME("498,210 tonnes", 498210, TN), DO("a week earlier")])
add("gr08", "2024-10-02", "Oats ended unchanged at $3.76-1/4 while rough rice lost 11 cents to $16.02 per hundredweight.",
    [M("$3.76-1/4", 3.7625, "USD"), M("11 cents", 0.11, "USD", c="db"), M("$16.02", 16.02, "USD", c="dt")])
add("gr09", "2025-05-20", "Dalian soymeal rose 1.1% to 2,934 yuan a ton, and palm oil on Bursa Malaysia gained 45 ringgit to 3,912 ringgit a tonne.",
    [P("1.1%", 1.1, c="ub"), M("2,934 yuan", 2934, "CNY", c="ut"), M("45 ringgit", 45, "MYR", c="ub"), M("3,912 ringgit", 3912, "MYR", c="ut")])
add("gr10", "2025-01-15", "Wheat traders said the market shrugged off Egypt's purchase of 240,000 tonnes, paid at $262.50 a tonne c&f.",
    [ME("240,000 tonnes", 240000, TN), M("$262.50", 262.5, "USD")])

# --- softs ------------------------------------------------------------------------------------------------------------
add("sf01", "2024-09-05", "ICE raw sugar for October settled 0.41 cent, or 2.1%, lower at 19.87 cents per lb.",
    [D("October", "2024-10"), MC("0.41 cent", 0.0041, c="db"), P("2.1%", 2.1, c="db"), MC("19.87 cents", 0.1987, c="dt")])
add("sf02", "2025-03-14", "Arabica coffee jumped 14.35 cents to $4.0220 a lb, near the record high of $4.2995 set last month.",
    [M("14.35 cents", 0.1435, "USD", c="ub"), M("$4.0220", 4.022, "USD", c="ut"), M("$4.2995", 4.2995, "USD"), D("last month", "2025-02")])
add("sf03", "2024-09-05", "London cocoa for December fell 212 pounds to 4,980 pounds a tonne, while New York cocoa dropped 3.6%.",
    [D("December", "2024-12"), M("212 pounds", 212, "GBP", c="db"), M("4,980 pounds", 4980, "GBP", c="dt"), P("3.6%", 3.6, c="db")])
add("sf04", "2025-05-27", "Cotton futures for July edged up 0.18 cent to 65.42 cents a pound, with volume at about 21,300 lots.",
    [D("July", "2025-07"), MC("0.18 cent", 0.0018, c="ub"), MC("65.42 cents", 0.6542, c="ut"), C("about 21,300", 21300, e="lots", q="~")])
add("sf05", "2024-11-12", "Robusta coffee rose $96, or 2%, to $4,870 a tonne, as Vietnam's exports in October slumped 38% year on year.",
    [M("$96", 96, "USD", c="ub"), P("2%", 2, c="ub"), M("$4,870", 4870, "USD", c="ut"), D("October", "2024-10"), P("38%", 38, c="db")])
add("sf06", "2025-02-12", "Frozen concentrated orange juice fell by the 10-cent limit to $4.38 a lb.",
    [M("10-cent", 0.1, "USD", c="db"), M("$4.38", 4.38, "USD", c="dt")])

# --- metals ---------------------------------------------------------------------------------------------------------
add("mt01", "2025-04-09", "Spot gold was up 0.6% at $3,002.18 an ounce by 0914 GMT, after touching a record $3,057.21 last week.",
    [P("0.6%", 0.6, c="ub"), M("$3,002.18", 3002.18, "USD", c="ut"), T("0914 GMT", "2025-04-09T09:14Z"), M("$3,057.21", 3057.21, "USD"),
     D("last week", "2025-W14")])
add("mt02", "2024-07-24", "U.S. gold futures for August delivery slipped 0.2% to $2,407.60, and spot silver fell 1.1% to $29.05.",
    [D("August", "2024-08"), P("0.2%", 0.2, c="db"), M("$2,407.60", 2407.6, "USD", c="dt"), P("1.1%", 1.1, c="db"), M("$29.05", 29.05, "USD", c="dt")])
add("mt03", "2025-05-20", "Three-month copper on the London Metal Exchange rose 0.8% to $9,512 a metric ton.",
    [DO("Three-month", "duration"), P("0.8%", 0.8, c="ub"), M("$9,512", 9512, "USD", c="ut")])
add("mt04", "2025-05-20", "LME copper stocks fell 2,350 tonnes to 168,775 tonnes, the lowest since February, daily data showed.",
    [ME("2,350 tonnes", 2350, TN, c="db"), ME("168,775 tonnes", 168775, TN, c="dt"), D("February", "2025-02"), SET("daily", "P1D")])
add("mt05", "2024-10-02", "Cancelled warrants for aluminium, metal earmarked for delivery, jumped to 41% of LME stocks from 29%.",
    [P("41%", 41, e="LME stocks", c="ut"), P("29%", 29, c="uf")])
add("mt06", "2025-03-14", "Platinum added $8.70 to $989.40, while palladium eased 0.3% to $968.15.",
    [M("$8.70", 8.7, "USD", c="ub"), M("$989.40", 989.4, "USD", c="ut"), P("0.3%", 0.3, c="db"), M("$968.15", 968.15, "USD", c="dt")])
add("mt07", "2024-11-12", "The London afternoon gold price was set at $2,598.30 an ounce, against $2,617.05 in the morning.",
    [M("$2,598.30", 2598.3, "USD"), M("$2,617.05", 2617.05, "USD")])
add("mt08", "2025-01-15", "Shanghai Futures Exchange nickel for March surged 4.6% to 128,310 yuan a ton, its steepest gain in nine weeks.",
    [D("March", "2025-03"), P("4.6%", 4.6, c="ub"), M("128,310 yuan", 128310, "CNY", c="ut"), DU("nine weeks", 9, "week", "P9W")])

# --- FX fixings and crosses --------------------------------------------------------------------------------------------
add("fx01", "2025-05-20", "The People's Bank of China set the yuan midpoint at 7.1937 per dollar, weaker than the previous fix of 7.1890.",
    [f("7.1937 per dollar", "money", 7.1937, unit="CNY"), f("7.1890", "money", 7.189, unit="CNY")])
add("fx02", "2024-11-12", "The euro fell 0.5% to $1.0602, its lowest in a year, while sterling slid to $1.2735.",
    [P("0.5%", 0.5, c="db"), M("$1.0602", 1.0602, "USD", c="dt"), DO("a year", "duration"), M("$1.2735", 1.2735, "USD", c="dt")])
add("fx03", "2025-04-09", "The dollar dropped 1.2% to 144.85 yen and 0.8% to 0.8190 Swiss franc.",
    [P("1.2%", 1.2, c="db"), M("144.85 yen", 144.85, "JPY", c="dt"), P("0.8%", 0.8, c="db"), M("0.8190 Swiss franc", 0.819, "CHF", c="dt")])
add("fx04", "2024-07-24", "The euro/sterling cross was little changed at 83.95 pence, and the euro bought 165.30 yen.",
    [M("83.95 pence", 0.8395, "GBP"), M("165.30 yen", 165.3, "JPY")])
add("fx05", "2025-03-14", "The Reserve Bank of India's reference rate was 86.95 rupees to the dollar, and the rupee closed at 86.9750.",
    [f("86.95 rupees", "money", 86.95, unit="INR"), f("86.9750", "money", 86.975, unit="INR")])
add("fx06", "2025-02-12", "The WM/Reuters 4 p.m. London fix put sterling at $1.2441, up from $1.2389 the day before.",
    [T("4 p.m.", "2025-02-12T16:00"), M("$1.2441", 1.2441, "USD", c="ut"), M("$1.2389", 1.2389, "USD", c="uf"), DO("the day before")],
    reject=["WM/Reuters"])
add("fx07", "2024-10-02", "The Swiss franc strengthened to 0.9350 per euro, while the Norwegian crown weakened to 11.72 per euro.",
    [f("0.9350 per euro", "money", 0.935, unit="CHF", c="ut"), f("11.72 per euro", "money", 11.72, unit="NOK", c="dt")])
add("fx08", "2025-01-15", "The Turkish lira hit a record low of 35.45 against the dollar, having lost about 17% this year.",
    [f("35.45", "money", 35.45, unit="TRY", c="dt"), P("about 17%", 17, q="~", c="db"), D("this year", "2025")])
add("fx09", "2024-09-05", "One-month implied volatility on euro/dollar rose to 6.8%, the highest since early August.",
    [DO("One-month", "duration"), P("6.8%", 6.8, c="ut"), DO("early August")])
add("fx10", "2025-05-27", "Bank of Japan data showed Japan spent 9.79 trillion yen intervening in the currency market between April 26 and May 9.",
    [M("9.79 trillion yen", 9.79e12, "JPY"), DO("between April 26 and May 9")])

# --- bond auctions ---------------------------------------------------------------------------------------------------
add("au01", "2025-05-20", "The Treasury sold $42 billion of 10-year notes at a high yield of 4.435%, tailing the 4.421% when-issued level by 1.4 basis points.",
    [M("$42 billion", 42e9, "USD"), DO("10-year", "duration"), P("4.435%", 4.435), P("4.421%", 4.421), BP("1.4 basis points", 1.4)])
add("au02", "2025-05-20", "The bid-to-cover ratio was 2.48, compared with an average of 2.56 over the last six auctions, and indirect bidders took 71.2%.",
    [R("2.48", 2.48), R("2.56", 2.56), C("six", 6, e="auctions"), P("71.2%", 71.2)])
add("au03", "2024-11-12", "Germany's finance agency sold 3.39 billion euros of a 2034 Bund, short of the 4 billion euro target, at an average yield of 2.37%.",
    [M("3.39 billion euros", 3.39e9, "EUR"), D("2034", "2034"), M("4 billion euro", 4e9, "EUR"), P("2.37%", 2.37)])
add("au04", "2025-02-12", "Japan's 30-year auction drew a bid-to-cover of 3.13 times, the lowest in four months, with a tail of 0.36 point.",
    [DO("30-year", "duration"), R("3.13 times", 3.13), DU("four months", 4, "month", "P4M"),
     f("0.36 point", ["money", "percent", "count", "measure", "ratio"], q=None, of=True)])
add("au05", "2024-10-02", "Britain's DMO auctioned 4.25 billion pounds of the 4-1/8% 2029 gilt, bids covering the amount 3.02 times.",
    [M("4.25 billion pounds", 4.25e9, "GBP"), P("4-1/8%", 4.125), D("2029", "2029"), R("3.02 times", 3.02)])
add("au06", "2025-04-09", "The 3-year note sale stopped through by 0.8 bp at 3.784%, and dealers were left with 10.9% of the issue, down from 15.4% last month.",
    [DO("3-year", "duration"), BP("0.8 bp", 0.8), P("3.784%", 3.784), P("10.9%", 10.9, e="issue", c="dt"), P("15.4%", 15.4, c="df"), D("last month", "2025-03")])
add("au07", "2025-01-15", "India raised 320 billion rupees through state debt sales at cut-off yields of 7.05% to 7.18%.",
    [M("320 billion rupees", 320e9, "INR"), f("7.05% to 7.18%", "percent", None, q="range", lo=7.05, hi=7.18, unit="percent")])
add("au08", "2024-09-05", "Italy's Treasury will offer up to 8.5 billion euros of BTPs at mid-month auctions, it said on Thursday.",
    [M("up to 8.5 billion euros", 8.5e9, "EUR", q="<="), OPT("mid-month", "date"), DO("Thursday")])
add("au09", "2025-05-27", "Results of the $69 billion two-year sale are due at 1:00 p.m. ET, with the five-year auction on Wednesday.",
    [M("$69 billion", 69e9, "USD"), DO("two-year", "duration"), T("1:00 p.m. ET", "2025-05-27T13:00"), DO("five-year", "duration"),
     D("Wednesday", "2025-05-28")])
add("au10", "2024-07-24", "The 20-year bond reopening priced at 4.63%, nearly 2 basis points above the pre-sale yield, with a 2.43 bid-to-cover.",
    [DO("20-year", "duration"), P("4.63%", 4.63), BP("nearly 2 basis points", 2, q="~"), R("2.43", 2.43)])

# --- money markets ---------------------------------------------------------------------------------------------------
add("mm01", "2025-05-20", "The Secured Overnight Financing Rate was 4.30% on Monday, with volume of $2.68 trillion, New York Fed data showed.",
    [P("4.30%", 4.3), D("Monday", "2025-05-19"), M("$2.68 trillion", 2.68e12, "USD")])
add("mm02", "2024-11-12", "Three-month Euribor fixed at 3.042%, down from 3.058%, while the 12-month rate dipped to 2.519%.",
    [DO("Three-month", "duration"), P("3.042%", 3.042, c="dt"), P("3.058%", 3.058, c="df"), DO("12-month", "duration"), P("2.519%", 2.519, c="dt")])
add("mm03", "2025-03-14", "SONIA was 4.4547%, and sterling overnight interbank rates traded in a 4.40/4.50% range.",
    [P("4.4547%", 4.4547), f("4.40/4.50%", "percent", None, q="range", lo=4.4, hi=4.5, unit="percent")])
add("mm04", "2024-10-02", "Usage of the Fed's overnight reverse repo facility climbed to $379.3 billion, the most since early July.",
    [M("$379.3 billion", 379.3e9, "USD", c="ut"), DO("early July")])
add("mm05", "2025-02-12", "India's weighted average call rate eased to 6.38% from 6.52%, as banks parked Rs 1.12 lakh crore with the RBI.",
    [P("6.38%", 6.38, c="dt"), P("6.52%", 6.52, c="df"), M("Rs 1.12 lakh crore", 1.12e12, "INR")])
add("mm06", "2025-01-15", "The ECB allotted 10.8 billion euros in its seven-day refinancing operation at a fixed 3.15%.",
    [M("10.8 billion euros", 10.8e9, "EUR"), DO("seven-day", "duration"), P("3.15%", 3.15)])
add("mm07", "2024-09-05", "Three-month commercial paper rates for top-rated issuers were 5.02%, 12 bps above the T-bill yield.",
    [DO("Three-month", "duration"), P("5.02%", 5.02), BP("12 bps", 12)])
add("mm08", "2025-04-09", "Hong Kong's one-month interbank offered rate jumped 61 basis points to 4.73%, the biggest one-day rise since 2022.",
    [DO("one-month", "duration"), BP("61 basis points", 61, c="ub"), P("4.73%", 4.73, c="ut"), DO("one-day", "duration"), D("2022", "2022")])

# --- shipping and freight --------------------------------------------------------------------------------------------
add("sh01", "2025-05-20", "The Baltic Exchange's main sea freight index rose 37 points, or 2.1%, to 1,812 on Tuesday.",
    [IX("37 points", c="ub"), P("2.1%", 2.1, c="ub"), IX("1,812", c="ut"), D("Tuesday", "2025-05-20")])
add("sh02", "2025-05-20", "Average daily earnings for capesizes, which carry 150,000-tonne cargoes, gained $614 to $23,507.",
    [SET("daily", "P1D"), ME("150,000-tonne", 150000, TN, e="cargoes"), M("$614", 614, "USD", c="ub"), M("$23,507", 23507, "USD", c="ut")])
add("sh03", "2024-07-24", "The Drewry World Container Index fell 1% to $5,834 per 40-foot container, still 233% above a year earlier.",
    [P("1%", 1, c="db"), M("$5,834", 5834, "USD", c="dt"), ME("40-foot", 40, "foot", e="container"), P("233%", 233, c="ub"), DO("a year earlier")])
add("sh04", "2024-10-02", "Panamax rates slipped $120 a day to $12,350, while the supramax index shed 9 points to 1,204.",
    [M("$120", 120, "USD", c="db"), SET("a day", "P1D"), M("$12,350", 12350, "USD", c="dt"), IX("9 points", c="db"), IX("1,204", c="dt")])
add("sh05", "2025-01-15", "VLCC rates on the Middle East-China route climbed to WS 71.5, earning owners about $48,000 a day.",
    [f("WS 71.5", ["count", "measure", "ratio"], q=None, of=True, c="ut"), M("about $48,000", 48000, "USD", q="~"), SET("a day", "P1D")])
add("sh06", "2025-03-14", "Transits through the Panama Canal averaged 33 vessels a day in February, up from 22 a year earlier.",
    [C("33", 33, e="vessels", c="ut"), SET("a day", "P1D"), D("February", "2025-02"), C("22", 22, c="uf"), DO("a year earlier")])
add("sh07", "2024-11-12", "The Shanghai Containerized Freight Index jumped 9.7% to 2,303.38 points in the week to Friday.",
    [P("9.7%", 9.7, c="ub"), IX("2,303.38 points", c="ut"), DO("the week to Friday")])

# --- oil inventories -------------------------------------------------------------------------------------------------
add("oi01", "2025-05-20", "U.S. crude inventories rose by 2.5 million barrels in the week ended May 16, according to market sources citing API figures.",
    [ME("2.5 million barrels", 2.5e6, B, c="ub"), DO("the week ended May 16")])
add("oi02", "2025-05-27", "Analysts polled ahead of the EIA report expect a draw of 2.1 million barrels, with distillate stocks seen down 400,000 barrels.",
    [ME("2.1 million barrels", 2.1e6, B, c="db"), ME("400,000 barrels", 400000, B, c="db")])
add("oi03", "2024-07-24", "Crude stocks fell 3.7 million barrels to 436.5 million, against forecasts for a 1.6 million-barrel draw, the EIA said.",
    [ME("3.7 million barrels", 3.7e6, B, c="db"), ME("436.5 million", 436.5e6, B, c="dt"), ME("1.6 million-barrel", 1.6e6, B, c="db")])
add("oi04", "2024-10-02", "Stocks at the Cushing, Oklahoma, hub fell 1.1 million barrels to 22.7 million, near operational minimums.",
    [ME("1.1 million barrels", 1.1e6, B, c="db"), ME("22.7 million", 22.7e6, B, c="dt")])
add("oi05", "2025-01-15", "Gasoline inventories posted a 5.9 million-barrel build, far above the 1.4 million barrels expected, and refinery runs rose 98,000 bpd.",
    [ME("5.9 million-barrel", 5.9e6, B, c="ub"), ME("1.4 million barrels", 1.4e6, B, c="ub"), ME("98,000 bpd", 98000, BD, c="ub")])
add("oi06", "2025-02-12", "Refinery utilisation slipped 0.9 percentage point to 84.9% of capacity, and exports averaged 3.86 million bpd.",
    [PP("0.9 percentage point", 0.9, c="db"), P("84.9%", 84.9, e="capacity", c="dt"), ME("3.86 million bpd", 3.86e6, BD)])
add("oi07", "2024-09-05", "Brent crude futures were down 41 cents, or 0.6%, at $72.29 a barrel by 1306 GMT.",
    [M("41 cents", 0.41, "USD", c="db"), P("0.6%", 0.6, c="db"), M("$72.29", 72.29, "USD", c="dt"), T("1306 GMT", "2024-09-05T13:06Z")])
add("oi08", "2025-04-09", "Japan's commercial crude stocks dropped 4.1% to 9.72 million kilolitres in the week to April 5, the Petroleum Association of Japan said.",
    [P("4.1%", 4.1, c="db"), ME("9.72 million kilolitres", 9.72e6, "cubic metre", c="dt"), DO("the week to April 5")])
add("oi09", "2024-11-12", "Saudi Aramco kept its December Arab Light official selling price to Asia at a premium of $1.70 a barrel over Oman/Dubai.",
    [D("December", "2024-12"), M("$1.70", 1.7, "USD")])
add("oi10", "2025-05-20", "U.S. natural gas futures for June delivery rose 9.2 cents, or 2.8%, to $3.372 per million British thermal units.",
    [D("June", "2025-06"), M("9.2 cents", 0.092, "USD", c="ub"), P("2.8%", 2.8, c="ub"), M("$3.372", 3.372, "USD", c="ut")])

# --- crop progress and weather -----------------------------------------------------------------------------------------
add("cw01", "2025-05-20", "Corn planting was 78% complete as of Sunday, compared with 70% a year ago and a five-year average of 75%, the USDA said.",
    [P("78%", 78), D("Sunday", "2025-05-18"), P("70%", 70), DO("a year ago"), DO("five-year", "duration"), P("75%", 75)])
add("cw02", "2024-07-24", "The USDA rated 68% of the soybean crop in good-to-excellent condition, up 1 point from the previous week.",
    [P("68%", 68, e="soybean crop", c="ut"), PP("1 point", 1, c="ub"), DO("the previous week")])
add("cw03", "2025-01-15", "Argentine soy areas could get 20 to 40 millimetres of rain over the next 10 days, with highs of 38C in the north.",
    [ME("20 to 40 millimetres", None, "millimetre", q="range", lo=20, hi=40), DU("the next 10 days", 10, "day", "P10D"),
     ME("38C", 38, "degree Celsius")])
add("cw04", "2024-09-05", "Brazil's Conab pegged the 2024/25 soybean crop at 166.1 million tonnes, up 12.5% from the drought-hit season.",
    [DO("2024/25"), ME("166.1 million tonnes", 166.1e6, TN, c="ut"), P("12.5%", 12.5, c="ub")])
add("cw05", "2025-05-27", "Temperatures in the Corn Belt will reach the low 90s this weekend, with 1 to 2 inches of rain forecast for Iowa.",
    [f("the low 90s", "measure", None, q="range", lo=90, hi=93, unit="degree fahrenheit"), D("this weekend", "2025-W22-WE"),
     ME("1 to 2 inches", None, "inch", q="range", lo=1, hi=2)])
add("cw06", "2025-03-14", "India's winter wheat harvest is forecast at a record 115.4 million tonnes, against 113.3 million last season.",
    [ME("115.4 million tonnes", 115.4e6, TN), ME("113.3 million", 113.3e6, TN), OPT("last season", "date")])
add("cw07", "2024-10-02", "Frost hit about 15% of coffee areas in Minas Gerais, where temperatures fell to minus 2 degrees Celsius overnight.",
    [P("about 15%", 15, q="~", e="coffee areas"), ME("minus 2 degrees Celsius", -2, "degree Celsius", c="dt"), OPT("overnight", "date")])
add("cw08", "2025-04-09", "Winter wheat conditions in Kansas improved, with 47% rated good to excellent versus 41% a week earlier.",
    [P("47%", 47, c="ut"), P("41%", 41, c="uf"), DO("a week earlier")])
add("cw09", "2024-11-12", "The cyclone dumped up to 300 mm of rain on Queensland's sugar belt, with winds gusting to 150 km/h.",
    [ME("up to 300 mm", 300, "millimetre", q="<="), ME("150 km/h", 150, "kilometre per hour")])

# --- telegraphic corporate briefs --------------------------------------------------------------------------------------
add("cb01", "2024-10-24", "TESLA Q3 EPS $0.72 vs est $0.58; rev $25.18 bln vs est $25.37 bln",
    [DO("Q3"), M("$0.72", 0.72, "USD"), M("$0.58", 0.58, "USD"), M("$25.18 bln", 25.18e9, "USD"), M("$25.37 bln", 25.37e9, "USD")])
add("cb02", "2025-02-12", "CISCO SEES Q3 REV $13.9-14.1 BLN, EST $13.6 BLN; SEES FY ADJ EPS $3.60-3.66",
    [DO("Q3"), MQ("$13.9-14.1 BLN", 13.9e9, 14.1e9, "USD"), M("$13.6 BLN", 13.6e9, "USD"), DO("FY"), MQ("$3.60-3.66", 3.6, 3.66, "USD")])
add("cb03", "2025-05-20", "HOME DEPOT Q1 comparable sales -0.3%; keeps FY sales growth view of about 2.8%",
    [DO("Q1"), P("-0.3%", -0.3, c="db"), DO("FY"), P("about 2.8%", 2.8, q="~", c="ub")])
add("cb04", "2024-11-12", "Acme Corp declares qtrly div 15 cts/shr, payable Dec 16 to holders of record Dec 2",
    [SET("qtrly", "P3M"), M("15 cts", 0.15, "USD"), D("Dec 16", "2024-12-16"), D("Dec 2", "2024-12-02")])
add("cb05", "2025-01-15", "UNITED AIRLINES SEES Q1 ADJ EPS $0.75-1.25 VS EST $0.80; Q4 ADJ EPS $3.26",
    [DO("Q1"), MQ("$0.75-1.25", 0.75, 1.25, "USD"), M("$0.80", 0.8, "USD"), DO("Q4"), M("$3.26", 3.26, "USD")])
add("cb06", "2024-07-24", "ALPHABET Q2 CLOUD REV $10.35 BLN, UP 29% Y/Y; CAPEX $13.2 BLN",
    [DO("Q2"), M("$10.35 BLN", 10.35e9, "USD", c="ut"), P("29%", 29, c="ub"), M("$13.2 BLN", 13.2e9, "USD")])
add("cb07", "2025-03-14", "Adobe Q1 adj EPS 5.08 vs est 4.97; rev 5.71 bln vs est 5.66 bln",
    [DO("Q1"), M("5.08", 5.08, "USD"), M("4.97", 4.97, "USD"), M("5.71 bln", 5.71e9, "USD"), M("5.66 bln", 5.66e9, "USD")])
add("cb08", "2024-09-05", "BROADCOM BOARD APPROVES QTRLY DIV OF $0.53/SHR; SEES Q4 REV ABOUT $14 BLN",
    [SET("QTRLY", "P3M"), M("$0.53", 0.53, "USD"), DO("Q4"), M("ABOUT $14 BLN", 14e9, "USD", q="~")])
add("cb09", "2025-04-09", "Walgreens to cut about 1,200 jobs, close 14 distribution sites by end of FY26",
    [C("about 1,200", 1200, e="jobs", q="~", c="db"), C("14", 14, e="distribution sites", c="db"), DO("end of FY26")])
add("cb10", "2025-05-27", "NVIDIA Q1 REV $44.06 BLN, EST $43.31 BLN; GROSS MARGIN 60.5% VS 78.4% YR AGO; H20 CHARGE $4.5 BLN",
    [DO("Q1"), M("$44.06 BLN", 44.06e9, "USD"), M("$43.31 BLN", 43.31e9, "USD"), P("60.5%", 60.5), P("78.4%", 78.4), DO("YR AGO"),
     M("$4.5 BLN", 4.5e9, "USD")], reject=["H20"])
add("cb11", "2024-10-02", "Nike withdraws FY25 guidance; Q1 rev $11.59 bln, down 10%, vs est $11.65 bln",
    [DO("FY25"), DO("Q1"), M("$11.59 bln", 11.59e9, "USD", c="dt"), P("10%", 10, c="db"), M("$11.65 bln", 11.65e9, "USD")])
add("cb12", "2025-02-12", "SHOPIFY Q4 GMV $94.46 BLN, +26%; MERCHANT SOLUTIONS REV UP 35% TO $2.02 BLN",
    [DO("Q4"), M("$94.46 BLN", 94.46e9, "USD", c="ut"), P("+26%", 26, c="ub"), P("35%", 35, c="ub"), M("$2.02 BLN", 2.02e9, "USD", c="ut")])
add("cb13", "2024-11-12", "Target Corp board authorizes new $15 bln buyback; qtrly div raised 1.8% to $1.12/shr",
    [M("$15 bln", 15e9, "USD"), SET("qtrly", "P3M"), P("1.8%", 1.8, c="ub"), M("$1.12", 1.12, "USD", c="ut")])
add("cb14", "2025-01-15", "JPMORGAN Q4 NET INTEREST INCOME $23.5 BLN; SEES 2025 NII ABOUT $94 BLN; CET1 RATIO 15.7%",
    [DO("Q4"), M("$23.5 BLN", 23.5e9, "USD"), D("2025", "2025"), M("ABOUT $94 BLN", 94e9, "USD", q="~"), P("15.7%", 15.7)], reject=["CET1"])
add("cb15", "2024-07-24", "Visa Q3 payments volume up 7% in constant dollars; cross-border volume ex-Europe +14%",
    [DO("Q3"), P("7%", 7, c="ub"), P("+14%", 14, c="ub")])

# --- economic calendar ------------------------------------------------------------------------------------------------
add("ec01", "2024-07-11", "US CPI +0.3% m/m, +3.1% y/y; f'cast +0.2%, +3.0%",
    [P("+0.3%", 0.3, c="ub"), P("+3.1%", 3.1, c="ub"), P("+0.2%", 0.2, c="ub"), P("+3.0%", 3.0, c="ub")])
add("ec02", "2025-05-02", "US nonfarm payrolls +177K (f'cast +138K, prior revised +185K); unemployment rate 4.2% (f'cast 4.2%)",
    [C("+177K", 177000, c="ub"), C("+138K", 138000, c="ub"), C("+185K", 185000, c="ub"), P("4.2%", 4.2), P("4.2%", 4.2, occ=1)])
add("ec03", "2025-02-12", "UK Q4 GDP +0.1% q/q (f'cast -0.1%); Dec +0.4% m/m",
    [DO("Q4"), P("+0.1%", 0.1, c="ub"), P("-0.1%", -0.1, c="db"), D("Dec", "2024-12"), P("+0.4%", 0.4, c="ub")])
add("ec04", "2025-04-09", "German March industrial orders unchanged at 0.0% m/m, exports -2.4%; prior revised to +1.9% from +1.8%",
    [D("March", "2025-03"), P("0.0%", 0.0), P("-2.4%", -2.4, c="db"), P("+1.9%", 1.9, c="ub"), P("+1.8%", 1.8, c="ub")])
add("ec05", "2024-09-05", "US initial jobless claims 227,000 (-5,000); continuing claims 1.838 mln (-22,000)",
    [C("227,000", 227000, c="dt"), C("-5,000", -5000, c="db"), C("1.838 mln", 1.838e6, c="dt"), C("-22,000", -22000, c="db")])
add("ec06", "2025-03-14", "ISM manufacturing PMI 50.3 in Feb vs 50.9 in Jan; prices paid 62.4, highest since June 2022",
    [IX("50.3"), D("Feb", "2025-02"), IX("50.9"), D("Jan", "2025-01"), IX("62.4"), D("June 2022", "2022-06")])
add("ec07", "2025-05-20", "Australia Q1 wage price index +0.9% q/q, +3.4% y/y; RBA seen cutting 25 bps at 1430 AEST",
    [DO("Q1"), P("+0.9%", 0.9, c="ub"), P("+3.4%", 3.4, c="ub"), BP("25 bps", 25, c="db"), T("1430 AEST", "2025-05-20T14:30+10:00")])
add("ec08", "2024-11-12", "Japan Oct PPI +3.4% y/y vs 3.0% f'cast, highest in 15 months",
    [D("Oct", "2024-10"), P("+3.4%", 3.4, c="ub"), P("3.0%", 3.0, c="ub"), DU("15 months", 15, "month", "P15M")])
add("ec09", "2025-01-15", "Canada Dec housing starts 231,507 units, SAAR, vs f'cast 250,000; Nov revised 264,195",
    [D("Dec", "2024-12"), C("231,507", 231507, e="units"), C("250,000", 250000), D("Nov", "2024-11"), C("264,195", 264195)])
add("ec10", "2024-10-02", "Euro zone Sept flash HICP 1.8% y/y (f'cast 1.8%, Aug 2.2%); core 2.7%",
    [D("Sept", "2024-09"), P("1.8%", 1.8), P("1.8%", 1.8, occ=1), D("Aug", "2024-08"), P("2.2%", 2.2), P("2.7%", 2.7)])
add("ec11", "2025-05-27", "Data due Tuesday: US durable goods (0830 ET), Conference Board confidence (1000 ET), 2-yr note auction (1300 ET)",
    [DO("Tuesday"), T("0830 ET", "2025-05-27T08:30"), T("1000 ET", "2025-05-27T10:00"), DO("2-yr", "duration"),
     T("1300 ET", "2025-05-27T13:00")])
add("ec12", "2024-07-24", "China Q2 GDP +4.7% y/y, slowest in five quarters (f'cast +5.1%; Q1 +5.3%)",
    [DO("Q2"), P("+4.7%", 4.7, c="ub"), DU("five quarters", 15, "month", "P15M"), P("+5.1%", 5.1, c="ub"), DO("Q1"), P("+5.3%", 5.3, c="ub")])
add("ec13", "2025-03-14", "US retail sales +0.2% m/m in Feb, ex-autos +0.3%; Jan revised to -1.2% from -0.9%",
    [P("+0.2%", 0.2, c="ub"), D("Feb", "2025-02"), P("+0.3%", 0.3, c="ub"), D("Jan", "2025-01"), P("-1.2%", -1.2, c="db"), P("-0.9%", -0.9, c="db")])

# --- elections and parliament ------------------------------------------------------------------------------------------
add("el01", "2024-07-05", "With 648 of 650 seats declared, Labour had won 412, a gain of 211, and the Conservatives 121, down 244.",
    [C("648", 648), C("650", 650, e="seats"), C("412", 412, c="ut"), C("211", 211, c="ub"), C("121", 121, c="dt"), C("244", 244, c="db")])
add("el02", "2024-11-12", "The bill cleared the Senate 62-35 late on Monday and now goes to the House, which passed a similar measure 286-140 in June.",
    [R("62-35", 62 / 35, e="votes"), DO("Monday"), R("286-140", 286 / 140, e="votes"), D("June", "2024-06")])
add("el03", "2025-02-12", "Turnout was 82.5%, the highest since 1987, and the Greens took 11.6% of the party vote, down 3.1 points.",
    [P("82.5%", 82.5), D("1987", "1987"), P("11.6%", 11.6, e="party vote", c="dt"), PP("3.1 points", 3.1, c="db")])
add("el04", "2024-10-02", "The no-confidence motion failed by 197 votes to 310, with 12 abstentions.",
    [C("197", 197, e="votes"), C("310", 310), C("12", 12, e="abstentions")])
add("el05", "2025-04-09", "Under the coalition deal the Social Democrats get seven of the 17 cabinet posts, including finance.",
    [C("seven", 7), C("17", 17, e="cabinet posts")])
add("el06", "2024-11-12", "Preliminary results gave the ruling party 44.2% and 196 of the 465 seats, short of the 233 needed for a majority.",
    [P("44.2%", 44.2), C("196", 196), C("465", 465, e="seats"), C("233", 233)])
add("el07", "2025-01-15", "Parliament approved the 2025 budget on third reading by 219 votes to 153, with a deficit target of 2.8% of GDP.",
    [D("2025", "2025"), OPT("third", "ordinal"), C("219", 219, e="votes"), C("153", 153), P("2.8%", 2.8, e="GDP")])
add("el08", "2024-07-24", "A poll of 1,042 likely voters put Harris at 48% and Trump at 47%, within the margin of error of plus or minus 3 points.",
    [C("1,042", 1042, e="likely voters"), P("48%", 48), P("47%", 47), f("plus or minus 3 points", "percent", 3, unit="percentage point", of=True)])
add("el09", "2025-05-20", "Counting was halted at 0300 local time with 91% of polling stations reporting.",
    [DO("0300 local time", "time"), P("91%", 91, e="polling stations")])
add("el10", "2024-09-05", "The upper house has 245 members, 12 of them nominated by the president, and the ruling alliance controls 117.",
    [C("245", 245, e="members"), C("12", 12), C("117", 117)])
add("el11", "2025-03-14", "MPs voted 303 to 258 to back the amendment, a government majority of 45, down from 174 at the general election.",
    [R("303 to 258", 303 / 258, e="votes"), C("45", 45, c="dt"), C("174", 174, c="df")])

# --- Australian market wraps -------------------------------------------------------------------------------------------
add("aw01", "2025-05-20", "The S&P/ASX 200 closed up 0.7%, or 57.6 points, at 8,343.7, its best finish since February 20.",
    [P("0.7%", 0.7, c="ub"), IX("57.6 points", c="ub"), IX("8,343.7", c="ut"), D("February 20", "2025-02-20")], reject=["200"])
add("aw02", "2025-05-20", "The Australian dollar rose 0.4% to 64.72 US cents after the RBA cut its cash rate by 25 basis points to 3.85%.",
    [P("0.4%", 0.4, c="ub"), M("64.72 US cents", 0.6472, "USD", c="ut"), BP("25 basis points", 25, c="db"), P("3.85%", 3.85, c="dt")])
add("aw03", "2024-11-12", "BHP shares fell 2.3% to A$41.18 as iron ore futures in Singapore dropped US$2.10 to US$101.35 a tonne.",
    [P("2.3%", 2.3, c="db"), M("A$41.18", 41.18, "AUD", c="dt"), M("US$2.10", 2.1, "USD", c="db"), M("US$101.35", 101.35, "USD", c="dt")])
add("aw04", "2025-02-12", "Commonwealth Bank posted first-half cash profit of A$5.13 billion, up 2%, and an interim dividend of A$2.25 a share.",
    [DO("first-half"), M("A$5.13 billion", 5.13e9, "AUD", c="ut"), P("2%", 2, c="ub"), M("A$2.25", 2.25, "AUD")])
add("aw05", "2024-10-02", "Miners added 1.9%, lifting the index 41 points, while the big four banks shed between 0.4% and 1.1%.",
    [P("1.9%", 1.9, c="ub"), IX("41 points", c="ub"), OPT("four", "count"),
     f("between 0.4% and 1.1%", "percent", None, q="range", lo=0.4, hi=1.1, unit="percent", c="db")])
add("aw06", "2025-04-09", "Australian three-year bond futures rose 14 ticks to 96.52, implying a yield of 3.48%.",
    [DO("three-year", "duration"), f("14 ticks", ["count", "measure"], q=None, of=True, c="ub"),
     f("96.52", ["money", "percent", "count", "measure", "ratio"], q=None, of=True, c="ut"), P("3.48%", 3.48)])
add("aw07", "2025-01-15", "Woodside slumped 4.6% to A$23.88 after saying fourth-quarter output fell 2% to 50.7 million barrels of oil equivalent.",
    [P("4.6%", 4.6, c="db"), M("A$23.88", 23.88, "AUD", c="dt"), DO("fourth-quarter"), P("2%", 2, c="db"),
     ME("50.7 million barrels", 50.7e6, B, e="oil equivalent", c="dt")])
add("aw08", "2024-07-24", "New Zealand's benchmark S&P/NZX 50 index eased 0.2% to 12,158.41, and the kiwi bought 59.30 US cents.",
    [P("0.2%", 0.2, c="db"), IX("12,158.41", c="dt"), M("59.30 US cents", 0.593, "USD")], reject=["50"])

# --- Canadian market wraps ---------------------------------------------------------------------------------------------
add("ca01", "2025-05-20", "Toronto's S&P/TSX composite index ended up 112.45 points, or 0.44%, at 25,971.93, a record closing high.",
    [IX("112.45 points", c="ub"), P("0.44%", 0.44, c="ub"), IX("25,971.93", c="ut")])
add("ca02", "2025-05-20", "The Canadian dollar was trading 0.2% lower at 1.3950 to the greenback, or 71.68 U.S. cents.",
    [P("0.2%", 0.2, c="db"), f("1.3950", "money", 1.395, unit="CAD", c="dt"), M("71.68 U.S. cents", 0.7168, "USD", c="dt")])
add("ca03", "2024-11-12", "Shopify jumped 21% to C$168.40 after reporting third-quarter revenue of US$2.16 billion, up 26%.",
    [P("21%", 21, c="ub"), M("C$168.40", 168.4, "CAD", c="ut"), DO("third-quarter"), M("US$2.16 billion", 2.16e9, "USD", c="ut"), P("26%", 26, c="ub")])
add("ca04", "2025-03-14", "Canadian government bond yields were higher across a steeper curve, with the 10-year up 6.1 basis points at 3.004%.",
    [DO("10-year", "duration"), BP("6.1 basis points", 6.1, c="ub"), P("3.004%", 3.004, c="ut")])
add("ca05", "2025-01-15", "Western Canada Select heavy crude for February delivery at Hardisty settled at $12.60 a barrel below the WTI benchmark.",
    [D("February", "2025-02"), M("$12.60", 12.6, "USD")])
add("ca06", "2024-10-02", "The energy sector climbed 2.6% as oil rose, while the materials group, which includes gold miners, lost 0.8%.",
    [P("2.6%", 2.6, c="ub"), P("0.8%", 0.8, c="db")])
add("ca07", "2025-04-09", "The Bank of Canada held its key overnight rate at 2.75%, after seven straight cuts totalling 225 basis points.",
    [P("2.75%", 2.75), C("seven", 7, e="cuts", c="db"), BP("225 basis points", 225, c="db")])
add("ca08", "2024-07-24", "Canadian retail sales fell 0.8% in May to C$66.1 billion, Statistics Canada said, and a flash estimate pointed to a 0.1% drop in June.",
    [P("0.8%", 0.8, c="db"), D("May", "2024-05"), M("C$66.1 billion", 66.1e9, "CAD", c="dt"), P("0.1%", 0.1, c="db"), D("June", "2024-06")])

# --- notices, settlement, delivery, clocks --------------------------------------------------------------------------------
add("dt01", "2025-05-20", "The notes, priced at 99.742 to yield 4.83%, are for settlement on May 27.",
    [f("99.742", ["money", "percent", "count", "measure", "ratio"], q=None, of=True), P("4.83%", 4.83), D("May 27", "2025-05-27")])
add("dt02", "2024-11-12", "First notice day for the December contract is Nov. 29, and trading in it ends Dec. 13.",
    [OPT("First", "ordinal"), D("December", "2024-12"), D("Nov. 29", "2024-11-29"), D("Dec. 13", "2024-12-13")])
add("dt03", "2025-02-12", "The Bank of England's next rate decision is due at 1200 GMT on March 20.",
    [T("1200 GMT on March 20", "2025-03-20T12:00Z")])
add("dt04", "2025-04-09", "Trading in the shares was halted at 10:42 a.m. ET and resumed about an hour later.",
    [T("10:42 a.m. ET", "2025-04-09T10:42"), DU("about an hour later", 1, "hour", "PT1H")])
add("dt05", "2024-09-05", "The tender offer of $38 a share in cash will expire at 5:00 p.m. New York City time on October 3, 2024.",
    [M("$38", 38, "USD"), DO("5:00 p.m. New York City time", "time"), D("October 3, 2024", "2024-10-03")])
add("dt06", "2025-01-15", "The payroll report, due at 8:30 a.m. EST on Friday, is expected to show 160,000 jobs added in December.",
    [T("8:30 a.m. EST on Friday", "2025-01-17T08:30-05:00"), C("160,000", 160000, e="jobs", c="ub"), D("December", "2024-12")])
add("dt07", "2024-07-24", "Aluminium for cash delivery on the LME traded at $2,275 a tonne, and the three-month contract at $2,331.",
    [M("$2,275", 2275, "USD"), DO("three-month", "duration"), M("$2,331", 2331, "USD")])
add("dt08", "2025-05-27", "The rights issue of one new share for every four held is priced at 85p, with dealings expected to begin at 8.00am on 12 June.",
    [R("one new share for every four", 0.25), M("85p", 0.85, "GBP"), DO("8.00am", "time"), D("12 June", "2025-06-12")])
add("dt09", "2024-10-02", "Bids for the 91-day Treasury bills close at 2 p.m. Thursday, with settlement the following Monday.",
    [DO("91-day", "duration"), T("2 p.m. Thursday", "2024-10-03T14:00"), DO("the following Monday")])
add("dt10", "2025-03-14", "Exchanges in Hong Kong and Singapore will close early, at noon local time, on Christmas Eve.",
    [DO("noon local time", "time"), DO("Christmas Eve")])
add("dt11", "2024-11-12", "OPEC+ will hold its next meeting online on Dec. 1, two days later than planned, sources said.",
    [D("Dec. 1", "2024-12-01"), DU("two days", 2, "day", "P2D")])
add("dt12", "2025-02-12", "Coupon payments on the 5-1/4% notes due 2030 are made semi-annually on Feb. 15 and Aug. 15.",
    [P("5-1/4%", 5.25), D("2030", "2030"), SET("semi-annually", "P6M"), DO("Feb. 15"), DO("Aug. 15")])

if __name__ == "__main__":
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-wire11-dev.jsonl")
