#!/usr/bin/env python3
"""Write data/gold/quantities-biztech11-dev.jsonl from the hand annotations below (issue 9, round 11).

Fresh dev gold (no test half) in the manner of business and technology news, the register of the held-back set CQE
is measured on, from sub-registers the earlier sets did not write: earnings press releases (GAAP and non-GAAP
per-share items, guidance ranges `$1.02 to $1.06`, margins in basis points), telecoms (subscribers, ARPU, churn,
fibre premises, data traffic), airline traffic (load factor, passenger-kilometres, seat-kilometres, unit revenue),
EV and battery specifications, semiconductor nodes, wafers and memory bandwidth, pharma trial results and deal
milestones, retail same-store sales, app users and downloads, IPO price bands and oversubscription, M&A offers per
share and premiums, crypto prices and holdings, venture rounds, capex plans, headcount cuts, data-centre power and
storage and bandwidth units, British and Asian business pages, and headline shorthand (`+9% y/y`, `QoQ`, `+520bps`,
`3.5x`, `$30-35bn`, `1H24`, `FY27`, `8.05m subs`, `+256k`, `₹6,506 cr`). Sentences that only say `flat`,
`in line`, `a record`, `mid-single digits` or `low teens` carry no fact for those words.
Every sentence was written by hand for this file by one numfacts developer (none copied from a news source, the
issue or the existing gold; names are real, figures plausible, not facts), and annotated with the conventions of
data/gold/README.md and README-registers.md BEFORE numfacts was run on it.

Choices made here: passenger-kilometres, seat-miles, TOPS and exahashes are detection-only (kinds count|measure);
crypto amounts in coins (`27,200 bitcoin`, `401,000 ETH`) detection-only (money|count) as in fresh7; an estimate
(`vs 4.87m expected`, `below the 1.4% analysts expected`) and a first-day price compared with the offer price
(`17% above the 352p offer price`) state no change; a level after `swung to ... from` and `taking ... to` is a
change's `to`, the old level its `from`.
Usage: build_quantities_biztech11_gold.py [OUT.jsonl]
"""
from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, ME, OPT, PP, RG, SET, B, C, D, M, P, R, f, write

CASES: list[dict] = []


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"biztech11-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})




def DET(s, kinds, v=None, **k):
    """Detection only: the kinds are truly ambiguous (passenger-kilometres, coins, TOPS)."""
    return f(s, kinds, v, q=None, of=True, **k)


# --- er: earnings press releases -----------------------------------------------------------------------------------
add("er01", "2025-02-26", "Fourth-quarter GAAP diluted EPS was $0.89, and non-GAAP diluted EPS was $1.12, up 14% year over year.",
    [DO("Fourth-quarter"), M("$0.89", 0.89, "USD"), M("$1.12", 1.12, "USD", c="ut"), P("14%", 14, c="ub"),
     OPT("year over year", "date")])
add("er02", "2024-11-20", "For the first quarter of fiscal 2026, the company expects revenue of $1.45 billion to $1.49 billion and non-GAAP EPS of $1.02 to $1.06.",
    [DO("the first quarter of fiscal 2026"), RG(M, "$1.45 billion to $1.49 billion", 1.45e9, 1.49e9, "USD"),
     RG(M, "$1.02 to $1.06", 1.02, 1.06, "USD")])
add("er03", "2025-05-07", "Adjusted EBITDA margin expanded 230 basis points to 18.4%, while free cash flow was $412 million, compared to $298 million in the prior-year period.",
    [BP("230 basis points", 230, c="ub"), P("18.4%", 18.4, c="ut"), M("$412 million", 412e6, "USD"), M("$298 million", 298e6, "USD"),
     OPT("the prior-year period", "date")])
add("er04", "2024-10-24", "Total revenue grew 9% y/y to €2.31bn, in line with consensus, and organic growth was 6.8%.",
    [P("9%", 9, c="ub"), M("€2.31bn", 2.31e9, "EUR", c="ut"), P("6.8%", 6.8, c="ub")])
add("er05", "2025-01-30", "Net interest income fell 3% QoQ to $14.9bn as net interest margin narrowed 6bps to 2.61%.",
    [P("3%", 3, c="db"), M("$14.9bn", 14.9e9, "USD", c="dt"), BP("6bps", 6, c="db"), P("2.61%", 2.61, c="dt")])
add("er06", "2024-07-31", "The board declared a quarterly dividend of $0.52 per share, payable on September 15 to holders of record on August 30.",
    [SET("quarterly", "P3M"), M("$0.52", 0.52, "USD"), D("September 15", "2024-09-15"), D("August 30", "2024-08-30")])
add("er07", "2025-03-12", "Full-year revenue was a record $6.04 billion, up 11%, with GAAP net income of $702 million, or $2.31 per diluted share.",
    [DO("Full-year"), M("$6.04 billion", 6.04e9, "USD", c="ut"), P("11%", 11, c="ub"), M("$702 million", 702e6, "USD"),
     M("$2.31", 2.31, "USD")])
add("er08", "2025-04-29", "Gross margin was 44.1% on a GAAP basis and 46.0% on a non-GAAP basis, versus 42.7% and 45.2%, respectively, a year ago.",
    [P("44.1%", 44.1), P("46.0%", 46.0), P("42.7%", 42.7), P("45.2%", 45.2), OPT("a year ago", "date")])
add("er09", "2024-08-08", "The company raised its FY25 adjusted EPS guidance to $4.55-$4.65 from $4.40-$4.55.",
    [D("FY25", "FY2025"), RG(M, "$4.55-$4.65", 4.55, 4.65, "USD", c="ut"), RG(M, "$4.40-$4.55", 4.40, 4.55, "USD", c="uf")])
add("er10", "2025-02-05", "For 2025 we expect capital expenditures of $1.2bn-$1.4bn and a tax rate in the mid-teens.",
    [D("2025", "2025"), RG(M, "$1.2bn-$1.4bn", 1.2e9, 1.4e9, "USD")])
add("er11", "2024-11-06", "Subscription revenue rose 22% to ¥48.6 billion, while operating income was flat at ¥9.1 billion.",
    [P("22%", 22, c="ub"), M("¥48.6 billion", 48.6e9, "JPY", c="ut"), M("¥9.1 billion", 9.1e9, "JPY")])
add("er12", "2025-05-15", "Profit before tax for FY25 rose 18% to £1.02bn, and the board proposed a final dividend of 21.4p, taking the full-year payout to 31.2p.",
    [D("FY25", "FY2025"), P("18%", 18, c="ub"), M("£1.02bn", 1.02e9, "GBP", c="ut"), M("21.4p", 0.214, "GBP"), DO("full-year"),
     M("31.2p", 0.312, "GBP", c="ut")])
add("er13", "2024-10-30", "Revenue from operations stood at ₹41,764 crore, up 5.1% QoQ and 8.7% YoY in constant currency terms.",
    [M("₹41,764 crore", 4.1764e11, "INR", c="ut"), P("5.1%", 5.1, c="ub"), P("8.7%", 8.7, c="ub")])
add("er14", "2025-01-23", "EBIT margin for Q3 was 21.3%, a 40 bps sequential improvement, and the attrition rate eased to 12.9%.",
    [DO("Q3"), P("21.3%", 21.3, c="ut"), BP("40 bps", 40, c="ub"), P("12.9%", 12.9, c="dt")])
add("er15", "2024-08-01", "Net sales for 1H25 declined 4.6% to €10.8 billion, and the group now expects FY25 organic growth of 1% to 3%, down from 3% to 5% previously.",
    [DO("1H25"), P("4.6%", 4.6, c="db"), M("€10.8 billion", 10.8e9, "EUR", c="dt"), DO("FY25"),
     RG(P, "1% to 3%", 1, 3, c="dt"), RG(P, "3% to 5%", 3, 5, c="df")])

# --- tc: telecoms --------------------------------------------------------------------------------------------------
add("tc01", "2025-01-27", "Jio's ARPU rose to ₹203.3 in the December quarter from ₹195.1 in the previous quarter, while its subscriber base touched 48.2 crore.",
    [M("₹203.3", 203.3, "INR", c="ut"), DO("the December quarter"), M("₹195.1", 195.1, "INR", c="uf"), OPT("the previous quarter", "date"),
     C("48.2 crore", 4.82e8)])
add("tc02", "2024-10-22", "Verizon reported 239,000 postpaid phone net additions in the quarter, and postpaid phone churn rose to 0.89% from 0.85% a year earlier.",
    [C("239,000", 239000, e="postpaid phone net additions"), DO("the quarter"), P("0.89%", 0.89, c="ut"), P("0.85%", 0.85, c="uf"),
     OPT("a year earlier", "date")])
add("tc03", "2024-11-13", "Vodafone's German service revenue fell 2.3%, and the unit lost 69,000 broadband customers, fewer than the 97,000 it shed in the prior quarter.",
    [P("2.3%", 2.3, c="db"), C("69,000", 69000, e="broadband customers", c="db"), C("97,000", 97000, c="db"),
     OPT("the prior quarter", "date")])
add("tc04", "2025-02-06", "Deutsche Telekom's T-Mobile US unit added 1.7 million postpaid customers in Q4, and group adjusted EBITDA AL rose 6.4% to €43.0bn for the year.",
    [C("1.7 million", 1.7e6, e="postpaid customers", c="ub"), DO("Q4"), P("6.4%", 6.4, c="ub"), M("€43.0bn", 43.0e9, "EUR", c="ut"),
     DO("the year")])
add("tc05", "2024-07-25", "BT's Openreach has passed 14 million premises with full fibre and now adds about 80,000 premises a week, while broadband line losses slowed to 148,000.",
    [C("14 million", 14e6, e="premises"), C("about 80,000", 80000, q="~", e="premises", c="ub"), OPT("a week", "set"),
     C("148,000", 148000, c="dt")])
add("tc06", "2024-08-09", "Indonesia's Telkomsel has 159.3 million subscribers, and its data traffic grew 14.6% to 9,100 petabytes in the first half.",
    [C("159.3 million", 159.3e6, e="subscribers"), P("14.6%", 14.6, c="ub"), ME("9,100 petabytes", 9100, "petabyte", c="ut"),
     DO("the first half")])
add("tc07", "2025-03-04", "Airtel's smartphone customer base grew by 5.2 million to 27.6 crore, and ARPU hit a record ₹245.",
    [C("5.2 million", 5.2e6, c="ub"), C("27.6 crore", 2.76e8, c="ut"), M("₹245", 245, "INR")])
add("tc08", "2024-09-05", "Ofcom said average UK fixed broadband speeds rose 13% to 69.4Mbit/s, with full fibre now reaching 57% of homes.",
    [P("13%", 13, c="ub"), ME("69.4Mbit/s", 69.4, "megabit per second", c="ut"), P("57%", 57, e="homes")])
add("tc09", "2024-10-17", "China Mobile's 5G network customers reached 534 million, or 53% of its mobile base, and its handset ARPU was 49.1 yuan.",
    [C("534 million", 534e6), P("53%", 53), M("49.1 yuan", 49.1, "CNY")], ["5G"])
add("tc10", "2024-11-28", "Safaricom's M-Pesa now has 34.2 million monthly active customers, who make an average of 32 transactions a month.",
    [C("34.2 million", 34.2e6, e="monthly active customers"), SET("monthly", "P1M"), C("32", 32, e="transactions"), OPT("a month", "set")])

# --- al: airline traffic and aircraft --------------------------------------------------------------------------------
add("al01", "2024-11-08", "IAG's passenger load factor was 86.4% in the third quarter, 0.6 points higher than a year earlier, while capacity in ASKs rose 5.2%.",
    [P("86.4%", 86.4, c="ut"), DO("the third quarter"), PP("0.6 points", 0.6, c="ub"), OPT("a year earlier", "date"),
     P("5.2%", 5.2, c="ub")])
add("al02", "2024-08-12", "Revenue passenger kilometres climbed 8.9% to 31.6 billion, outpacing a 7.1% increase in available seat kilometres.",
    [P("8.9%", 8.9, c="ub"), DET("31.6 billion", ["count", "measure"], 31.6e9, c="ut"), P("7.1%", 7.1, c="ub")])
add("al03", "2025-01-14", "Delta flew 51.2 billion revenue passenger miles in the quarter, and its unit revenue, or TRASM, rose 2.8% to 20.36 cents.",
    [DET("51.2 billion", ["count", "measure"], 51.2e9), DO("the quarter"), P("2.8%", 2.8, c="ub"),
     M("20.36 cents", 0.2036, "USD", c="ut")])
add("al04", "2024-11-07", "IndiGo's yield fell 5.4% year on year to ₹5.03 per kilometre, and fuel made up 38% of its costs.",
    [P("5.4%", 5.4, c="db"), OPT("year on year", "date"), M("₹5.03", 5.03, "INR", c="dt"), P("38%", 38, e="costs")])
add("al05", "2024-07-12", "Heathrow handled a record 7.5 million passengers in June, and 83.9 million over the past 12 months.",
    [C("7.5 million", 7.5e6, e="passengers"), D("June", "2024-06"), C("83.9 million", 83.9e6, e="passengers"),
     DO("the past 12 months", "duration")])
add("al06", "2025-02-27", "Qantas's domestic capacity will grow by 3% in the second half, while international seat-kilometre capacity rises 10%-12%.",
    [P("3%", 3, c="ub"), DO("the second half"), RG(P, "10%-12%", 10, 12, c="ub")])
add("al07", "2024-10-15", "Singapore Airlines carried 3.3 million passengers in September, 7.8% more than a year earlier, filling 88.6% of its seats.",
    [C("3.3 million", 3.3e6, e="passengers", c="ut"), D("September", "2024-09"), P("7.8%", 7.8, c="ub"), OPT("a year earlier", "date"),
     P("88.6%", 88.6, e="seats")])
add("al08", "2024-06-20", "Boeing delivered 24 jets in May, down from 29 in April, while Airbus handed over 53 aircraft.",
    [C("24", 24, e="jets", c="dt"), D("May", "2024-05"), C("29", 29, c="df"), D("April", "2024-04"), C("53", 53, e="aircraft")])
add("al09", "2024-04-25", "United plans to fly 5,600 departures a day this summer on about 1,050 aircraft, a seat capacity increase of 8% to 9%.",
    [C("5,600", 5600, e="departures"), OPT("a day", "set"), DO("this summer"), C("about 1,050", 1050, q="~", e="aircraft"),
     RG(P, "8% to 9%", 8, 9, c="ub")])
add("al10", "2024-10-02", "Wizz Air's September load factor slipped 1.4 percentage points to 92.3%, and the airline has grounded about 40 jets for engine inspections.",
    [D("September", "2024-09"), PP("1.4 percentage points", 1.4, c="db"), P("92.3%", 92.3, c="dt"),
     C("about 40", 40, q="~", e="jets")])

# --- ev: EVs, cars and batteries --------------------------------------------------------------------------------------
add("ev01", "2025-01-02", "Tesla delivered 495,570 vehicles in the fourth quarter, bringing its 2024 total to 1.79 million, its first annual decline.",
    [C("495,570", 495570, e="vehicles"), DO("the fourth quarter"), D("2024", "2024"), C("1.79 million", 1.79e6),
     OPT("first", "ordinal"), SET("annual", "P1Y")])
add("ev02", "2024-10-01", "Li Auto delivered 53,709 vehicles in September, up 48.9% year-over-year, bringing cumulative deliveries to 1,005,678.",
    [C("53,709", 53709, e="vehicles", c="ut"), D("September", "2024-09"), P("48.9%", 48.9, c="ub"), OPT("year-over-year", "date"),
     C("1,005,678", 1005678, c="ut")])
add("ev03", "2024-09-19", "The new pack stores 85kWh, charges from 10% to 80% in 18 minutes and gives a WLTP range of 550km.",
    [ME("85kWh", 85, "kilowatt hour"), RG(P, "from 10% to 80%", 10, 80), DU("18 minutes", 18, "minute", "PT18M"),
     ME("550km", 550, "kilometre")])
add("ev04", "2024-04-23", "BYD's Blade battery 2.0 is expected to reach an energy density of 190Wh/kg, up from about 150Wh/kg.",
    [ME("190Wh/kg", 190, "watt hour per kilogram", c="ut"), ME("about 150Wh/kg", 150, "watt hour per kilogram", q="~", c="uf")],
    ["2.0"])
add("ev05", "2025-03-03", "European EV registrations rose 34% in February, taking battery-electric cars' market share to 15.2% from 12.0%.",
    [P("34%", 34, c="ub"), D("February", "2025-02"), P("15.2%", 15.2, c="ut"), P("12.0%", 12.0, c="uf")])
add("ev06", "2024-07-16", "Hyundai will invest 12 trillion won to build 1 million EVs a year in Korea by 2030, about a third of its global target.",
    [M("12 trillion won", 12e12, "KRW"), C("1 million", 1e6, e="EVs"), OPT("a year", "set"), D("2030", "2030"),
     R("about a third", 1 / 3, q="~")])
add("ev07", "2024-05-22", "Stellantis will sell the Leapmotor T03 for under €20,000, with a 37.3kWh battery good for 265km.",
    [M("under €20,000", 20000, "EUR", q="<"), ME("37.3kWh", 37.3, "kilowatt hour", e="battery"), ME("265km", 265, "kilometre")],
    ["T03"])
add("ev08", "2024-10-01", "Maruti Suzuki's domestic wholesales fell 4% to 1,44,962 units in September, while exports rose 17% to 27,728 units.",
    [P("4%", 4, c="db"), C("1,44,962", 144962, e="units", c="dt"), D("September", "2024-09"), P("17%", 17, c="ub"),
     C("27,728", 27728, e="units", c="ut")])
add("ev09", "2024-11-15", "The 800-volt platform supports 350kW charging, adding 300km of range in about 10 minutes.",
    [ME("800-volt", 800, "volt", e="platform"), ME("350kW", 350, "kilowatt"), ME("300km", 300, "kilometre", c="ub"),
     B("about 10 minutes", 10, "minute", "PT10M", "~")])
add("ev10", "2024-02-22", "Rivian expects to produce 57,000 vehicles in 2024, flat from last year, and will cut about 10% of salaried staff.",
    [C("57,000", 57000, e="vehicles"), D("2024", "2024"), D("last year", "2023"), P("about 10%", 10, q="~", e="salaried staff", c="db")])
add("ev11", "2024-12-12", "Mercedes' solid-state prototype cells hold 450 Wh/kg, about 25% more energy than today's packs.",
    [ME("450 Wh/kg", 450, "watt hour per kilogram"), P("about 25%", 25, q="~")])

# --- sc: semiconductors ----------------------------------------------------------------------------------------------
add("sc01", "2024-12-10", "TSMC's November revenue jumped 34% to NT$276.1 billion, and its 3nm process now accounts for about a fifth of wafer sales.",
    [D("November", "2024-11"), P("34%", 34, c="ub"), M("NT$276.1 billion", 276.1e9, "TWD", c="ut"), ME("3nm", 3, "nanometre"),
     R("about a fifth", 0.2, q="~")])
add("sc02", "2024-06-04", "Samsung plans to expand HBM capacity 2.5x this year and start mass production of 1c DRAM at its Pyeongtaek line.",
    [R("2.5x", 2.5, c="ub"), D("this year", "2024")], ["1c"])
add("sc03", "2025-01-16", "TSMC guided 2025 capex to $38 billion-$42 billion, up from $29.8 billion in 2024, with 70% going to advanced nodes.",
    [D("2025", "2025"), RG(M, "$38 billion-$42 billion", 38e9, 42e9, "USD", c="ut"), M("$29.8 billion", 29.8e9, "USD", c="uf"),
     D("2024", "2024"), P("70%", 70)])
add("sc04", "2024-09-09", "Micron's HBM3E 12-high stack offers 36GB of capacity and more than 1.2TB/s of bandwidth.",
    [DET("12-high", ["count", "measure"], 12), ME("36GB", 36, "gigabyte"), ME("more than 1.2TB/s", 1.2, "terabyte per second", q=">")],
    ["HBM3E"])
add("sc05", "2024-03-19", "Nvidia's Blackwell GPU packs 208 billion transistors and consumes up to 1,200W, against 700W for the H100.",
    [C("208 billion", 208e9, e="transistors"), ME("up to 1,200W", 1200, "watt", q="<="), ME("700W", 700, "watt")], ["H100"])
add("sc06", "2024-08-20", "Intel's 18A node will offer up to 15% better performance per watt than Intel 3, with wafer starts of 10,000 a month in 2025.",
    [P("up to 15%", 15, q="<="), C("10,000", 10000, e="wafer starts"), OPT("a month", "set"), D("2025", "2025")], ["18A", "Intel 3"])
add("sc07", "2025-02-11", "GlobalFoundries expects first-quarter revenue of $1.575 billion, plus or minus $25 million, with utilisation in the high 70s.",
    [DO("first-quarter"), M("$1.575 billion", 1.575e9, "USD"), f("plus or minus $25 million", "money", 25e6, of=True),
     OPT("the high 70s", "percent")])
add("sc08", "2024-11-07", "China's chip imports rose 11% to 416 billion units in the first ten months, worth $316 billion.",
    [P("11%", 11, c="ub"), C("416 billion", 416e9, e="units", c="ut"), DO("the first ten months"), M("$316 billion", 316e9, "USD")])
add("sc09", "2024-07-17", "ASML booked €5.6 billion of orders, including €2.5 billion for EUV tools that cost about €180 million apiece.",
    [M("€5.6 billion", 5.6e9, "EUR"), M("€2.5 billion", 2.5e9, "EUR"), M("about €180 million", 180e6, "EUR", q="~")])
add("sc10", "2025-03-20", "The 2nm wafers cost roughly $30,000 each, about 50% more than 3nm ones, and yields are said to be above 60%.",
    [ME("2nm", 2, "nanometre"), M("roughly $30,000", 30000, "USD", q="~"), P("about 50%", 50, q="~"), ME("3nm", 3, "nanometre"),
     P("above 60%", 60, q=">")])
add("sc11", "2024-05-30", "The chip runs at 3.8GHz across 12 cores and delivers 45 TOPS for AI tasks on a 3-nanometer process.",
    [ME("3.8GHz", 3.8, "gigahertz"), C("12", 12, e="cores"), DET("45 TOPS", ["count", "measure"], 45),
     ME("3-nanometer", 3, "nanometre")])

# --- ph: pharma trials and deals ---------------------------------------------------------------------------------------
add("ph01", "2024-11-05", "In the Phase 3 trial, the drug cut the risk of major cardiovascular events by 20% compared with placebo, and patients lost 15.2% of body weight over 68 weeks.",
    [P("20%", 20, c="db"), P("15.2%", 15.2, e="body weight", c="db"), DU("68 weeks", 68, "week", "P68W")], ["Phase 3"])
add("ph02", "2025-01-08", "The biotech will receive $75 million upfront and is eligible for up to $1.3 billion in development and sales milestones, plus tiered royalties in the high single digits.",
    [M("$75 million", 75e6, "USD"), M("up to $1.3 billion", 1.3e9, "USD", q="<=")])
add("ph03", "2024-09-16", "Median progression-free survival was 18.4 months versus 9.9 months with chemotherapy, a hazard ratio of 0.52.",
    [DO("18.4 months", "duration"), DO("9.9 months", "duration"), R("0.52", 0.52)])
add("ph04", "2024-04-25", "AstraZeneca's oncology sales rose 26% at constant exchange rates to $4.8bn, and it now expects core EPS growth in the low teens.",
    [P("26%", 26, c="ub"), M("$4.8bn", 4.8e9, "USD", c="ut")])
add("ph05", "2024-08-08", "Eli Lilly raised its 2024 revenue guidance by $3 billion to between $45.4 billion and $46.6 billion after Mounjaro sales tripled.",
    [D("2024", "2024"), M("$3 billion", 3e9, "USD", c="ub"), RG(M, "between $45.4 billion and $46.6 billion", 45.4e9, 46.6e9, "USD", c="ut"),
     R("tripled", 3, c="ub")])
add("ph06", "2024-12-02", "Enrolment in the 1,200-patient study is complete, with topline data expected in 2H25.",
    [C("1,200-patient", 1200, e="patient"), DO("2H25")])
add("ph07", "2025-02-05", "Novo Nordisk's Wegovy sales more than doubled to DKK 58.2bn in 2024, and it guided to sales growth of 16%-24% at CER for 2025.",
    [R("more than doubled", 2, q=">", c="ub"), M("DKK 58.2bn", 58.2e9, "DKK", c="ut"), D("2024", "2024"), RG(P, "16%-24%", 16, 24, c="ub"),
     D("2025", "2025")])
add("ph08", "2024-10-03", "The FDA approved the therapy, which will carry a list price of $2.1 million per patient, after it eliminated severe pain crises in 93.5% of trial participants.",
    [M("$2.1 million", 2.1e6, "USD"), P("93.5%", 93.5, e="trial participants")])
add("ph09", "2024-06-25", "The vaccine was 83.7% effective against RSV in adults 60 and older over two seasons.",
    [P("83.7%", 83.7), f("60 and older", ["duration", "measure", "count"], of=True), OPT("two seasons", "duration")])
add("ph10", "2024-03-14", "Merck agreed to pay $680 million for the eye-drug developer, a 77% premium, plus up to $620 million in contingent payments.",
    [M("$680 million", 680e6, "USD"), P("77%", 77), M("up to $620 million", 620e6, "USD", q="<=")])

# --- rt: retail ----------------------------------------------------------------------------------------------------------
add("rt01", "2024-11-19", "Walmart U.S. comparable sales rose 5.3%, with transactions up 3.1% and average ticket up 2.2%, and e-commerce grew 22%.",
    [P("5.3%", 5.3, c="ub"), P("3.1%", 3.1, c="ub"), P("2.2%", 2.2, c="ub"), P("22%", 22, c="ub")])
add("rt02", "2025-01-09", "Tesco's like-for-like sales grew 4.1% over the six weeks to 4 January, and the grocer reiterated full-year retail adjusted operating profit guidance of about £2.9bn.",
    [P("4.1%", 4.1, c="ub"), DO("the six weeks to 4 January", "duration"), DO("full-year"), M("about £2.9bn", 2.9e9, "GBP", q="~")])
add("rt03", "2024-08-21", "Target's same-store sales rose 2% after four quarters of declines, and its operating margin widened to 6.4% from 5.3%.",
    [P("2%", 2, c="ub"), DO("four quarters", "duration"), P("6.4%", 6.4, c="ut"), P("5.3%", 5.3, c="uf")])
add("rt04", "2024-10-14", "Avenue Supermarts' standalone revenue rose 14.4% to ₹14,050 crore in Q2FY25, with 387 stores at the end of September.",
    [P("14.4%", 14.4, c="ub"), M("₹14,050 crore", 1.405e11, "INR", c="ut"), DO("Q2FY25"), C("387", 387, e="stores"),
     DO("the end of September")])
add("rt05", "2024-06-28", "Nike expects fiscal 2025 revenue to fall by low single digits, with first-half sales down mid-single digits.",
    [DO("fiscal 2025"), DO("first-half")])
add("rt06", "2024-09-12", "Kroger's identical sales excluding fuel rose 1.2%, below the 1.4% analysts expected, and it now sees 1.25% to 2.25% for the year.",
    [P("1.2%", 1.2, c="ub"), P("1.4%", 1.4), RG(P, "1.25% to 2.25%", 1.25, 2.25), DO("the year")])
add("rt07", "2024-06-27", "H&M's sales in local currencies rose 3% in June, while its gross margin improved to 56.3% from 53.2%.",
    [P("3%", 3, c="ub"), D("June", "2024-06"), P("56.3%", 56.3, c="ut"), P("53.2%", 53.2, c="uf")])
add("rt08", "2024-05-07", "Zalando's gross merchandise volume was flat at €3.4 billion, and active customers fell by 400,000 to 49.7 million.",
    [M("€3.4 billion", 3.4e9, "EUR"), C("400,000", 400000, c="db"), C("49.7 million", 49.7e6, c="dt")])

# --- ap: apps and users ----------------------------------------------------------------------------------------------------
add("ap01", "2025-01-15", "Threads now has 320 million monthly active users, having added about 100 million in the past six months.",
    [C("320 million", 320e6, e="monthly active users"), SET("monthly", "P1M"), C("about 100 million", 100e6, q="~", c="ub"), DO("the past six months", "duration")])
add("ap02", "2024-10-02", "Temu was downloaded 47 million times worldwide in September, per Appfigures, about 2x Shein's total.",
    [C("47 million", 47e6), D("September", "2024-09"), R("about 2x", 2, q="~")])
add("ap03", "2024-07-23", "Spotify's MAUs grew 14% y/y to 626 million, and premium subscribers rose to 246 million, ahead of guidance of 245 million.",
    [P("14%", 14, c="ub"), C("626 million", 626e6, c="ut"), C("246 million", 246e6, c="ut"), C("245 million", 245e6)])
add("ap04", "2024-11-07", "Duolingo's daily active users jumped 54% to 37.2 million, and paid subscribers reached 8.6 million, or 8.8% of MAUs.",
    [SET("daily", "P1D"), P("54%", 54, c="ub"), C("37.2 million", 37.2e6, c="ut"), C("8.6 million", 8.6e6), P("8.8%", 8.8, e="MAUs")])
add("ap05", "2024-09-02", "PhonePe processed 6.9 billion UPI transactions in August, a 48% market share, worth ₹10.2 lakh crore.",
    [C("6.9 billion", 6.9e9, e="UPI transactions"), D("August", "2024-08"), P("48%", 48), M("₹10.2 lakh crore", 10.2e12, "INR")])
add("ap06", "2025-03-06", "The game has passed 100 million players and earned $1.2bn from in-app purchases in its first 18 months.",
    [C("100 million", 100e6, e="players"), M("$1.2bn", 1.2e9, "USD"), DO("first 18 months", "duration")])
add("ap07", "2024-06-18", "TikTok Shop's US GMV hit $9bn in 1H24, roughly 3x the level a year earlier, with average order values around $35.",
    [M("$9bn", 9e9, "USD"), DO("1H24"), R("roughly 3x", 3, q="~"), OPT("a year earlier", "date"), M("around $35", 35, "USD", q="~")])
add("ap08", "2024-11-01", "Roblox's bookings rose 34% to $1.13 billion as daily users climbed 27% to 88.9 million, who spent 20.7 billion hours on the platform.",
    [P("34%", 34, c="ub"), M("$1.13 billion", 1.13e9, "USD", c="ut"), SET("daily", "P1D"), P("27%", 27, c="ub"), C("88.9 million", 88.9e6, c="ut"),
     DET("20.7 billion hours", ["duration", "count", "measure"], 20.7e9)])

# --- ip: IPOs ----------------------------------------------------------------------------------------------------------------
add("ip01", "2024-10-10", "Hyundai Motor India set a price band of ₹1,865-1,960 a share for its ₹27,870 crore IPO, the country's largest ever.",
    [RG(M, "₹1,865-1,960", 1865, 1960, "INR"), M("₹27,870 crore", 2.787e11, "INR")])
add("ip02", "2024-08-09", "The issue was subscribed 69.5 times overall, with the retail portion booked 13.4x and the QIB book 198 times.",
    [R("69.5 times", 69.5), R("13.4x", 13.4), R("198 times", 198)])
add("ip03", "2023-09-14", "Arm priced its IPO at $51 a share, the top of its $47-$51 range, raising $4.87 billion and valuing the chip designer at $54.5 billion.",
    [M("$51", 51, "USD"), RG(M, "$47-$51", 47, 51, "USD"), M("$4.87 billion", 4.87e9, "USD"), M("$54.5 billion", 54.5e9, "USD")])
add("ip04", "2024-05-16", "Shares of the London-listed firm opened at 412p, 17% above the 352p offer price, giving it a market value of about £3.1bn.",
    [M("412p", 4.12, "GBP"), P("17%", 17), M("352p", 3.52, "GBP"), M("about £3.1bn", 3.1e9, "GBP", q="~")])
add("ip05", "2024-03-21", "Reddit's shares soared 48% in their market debut to close at $50.44, well above the IPO price of $34.",
    [P("48%", 48, c="ub"), M("$50.44", 50.44, "USD", c="ut"), M("$34", 34, "USD")])
add("ip06", "2024-06-27", "The Shenzhen IPO drew retail bids for 4,000 times the shares on offer, after the company cut its fundraising target to 1.2 billion yuan.",
    [R("4,000 times", 4000), M("1.2 billion yuan", 1.2e9, "CNY", c="dt")])
add("ip07", "2024-11-20", "The Saudi operator's IPO was covered 130 times, with the institutional tranche priced at 13.25 riyals, the top of a 12.50-13.25 riyal range.",
    [R("130 times", 130), M("13.25 riyals", 13.25, "SAR"), RG(M, "12.50-13.25 riyal", 12.5, 13.25, "SAR")])
add("ip08", "2025-02-04", "The Tokyo listing raised ¥73.5 billion at ¥1,700 a share, valuing the firm at 13.8 times forecast earnings.",
    [M("¥73.5 billion", 73.5e9, "JPY"), M("¥1,700", 1700, "JPY"), R("13.8 times", 13.8)])

# --- ma: mergers and acquisitions -----------------------------------------------------------------------------------------------
add("ma01", "2024-10-28", "The buyer will pay $48.50 per share in cash, a 29% premium to the unaffected price of $37.60 on Oct. 4, for an enterprise value of about $6.7 billion.",
    [M("$48.50", 48.5, "USD"), P("29%", 29), M("$37.60", 37.6, "USD"), D("Oct. 4", "2024-10-04"),
     M("about $6.7 billion", 6.7e9, "USD", q="~")])
add("ma02", "2024-09-05", "Under the terms, shareholders will receive 0.4 new shares plus 215 pence in cash for each share, valuing the group at 615p a share.",
    [C("0.4", 0.4, e="new shares"), M("215 pence", 2.15, "GBP"), M("615p", 6.15, "GBP")])
add("ma03", "2024-01-16", "Synopsys will pay $35 billion for Ansys, or $390.19 a share, made up of $197.00 in cash and 0.345 Synopsys shares.",
    [M("$35 billion", 35e9, "USD"), M("$390.19", 390.19, "USD"), M("$197.00", 197.0, "USD"), C("0.345", 0.345, e="Synopsys shares")])
add("ma04", "2024-07-22", "The bid, a 53% premium to the three-month volume-weighted average price, values the target at 14.2x 2025 EBITDA.",
    [P("53%", 53), DO("three-month", "duration"), R("14.2x", 14.2), D("2025", "2025")])
add("ma05", "2024-11-26", "The deal, worth A$5.9bn including debt, equals A$4.20 per share, and the board will recommend it absent a superior proposal.",
    [M("A$5.9bn", 5.9e9, "AUD"), M("A$4.20", 4.2, "AUD")])
add("ma06", "2024-08-20", "The acquirer raised its offer to 1,370 rupees a share from 1,210 rupees, lifting the deal's value by roughly 13% to ₹7,640 crore.",
    [M("1,370 rupees", 1370, "INR", c="ut"), M("1,210 rupees", 1210, "INR", c="uf"), P("roughly 13%", 13, q="~", c="ub"),
     M("₹7,640 crore", 7.64e10, "INR", c="ut")])
add("ma07", "2024-01-10", "HPE expects the $14 billion Juniper deal to add to non-GAAP EPS in year one and yield $450 million of annual run-rate savings within 36 months.",
    [M("$14 billion", 14e9, "USD"), OPT("year one", "date"), M("$450 million", 450e6, "USD"), SET("annual", "P1Y"),
     B("within 36 months", 36, "month", "P36M", "<=")])
add("ma08", "2024-06-05", "The offer of €11.20 a share is 4.3% below where the stock closed on Tuesday, and investors holding 18.5% have already rejected it.",
    [M("€11.20", 11.2, "EUR"), P("4.3%", 4.3), D("Tuesday", "2024-06-04"), P("18.5%", 18.5)])

# --- cr: crypto ---------------------------------------------------------------------------------------------------------------------
add("cr01", "2024-12-05", "Bitcoin topped $100,000 for the first time, up about 140% this year, lifting the total crypto market cap to $3.7 trillion.",
    [M("$100,000", 100000, "USD", q=None), OPT("first", "ordinal"), P("about 140%", 140, q="~", c="ub"), D("this year", "2024"),
     M("$3.7 trillion", 3.7e12, "USD", c="ut")])
add("cr02", "2024-08-05", "Ether plunged 21% to $2,270 in 24 hours, wiping out $1.1bn of leveraged long positions.",
    [P("21%", 21, c="db"), M("$2,270", 2270, "USD", c="dt"), DU("24 hours", 24, "hour", "PT24H"), M("$1.1bn", 1.1e9, "USD")])
add("cr03", "2024-03-14", "Spot bitcoin ETFs drew net inflows of $1.05 billion on Wednesday, bringing their assets to nearly $60 billion.",
    [M("$1.05 billion", 1.05e9, "USD"), D("Wednesday", "2024-03-13"), M("nearly $60 billion", 60e9, "USD", q="~", c="ut")])
add("cr04", "2025-02-22", "Hackers stole about 401,000 ETH, worth roughly $1.5bn, from the Dubai-based exchange.",
    [DET("about 401,000 ETH", ["money", "count"], 401000), M("roughly $1.5bn", 1.5e9, "USD", q="~")])
add("cr05", "2024-06-11", "Tether's USDT supply passed 112 billion tokens, while Circle's USDC held at about $32bn in circulation.",
    [f("112 billion", "count", 112e9, q=None, e="tokens"), M("about $32bn", 32e9, "USD", q="~")])
add("cr06", "2024-11-11", "MicroStrategy bought 27,200 bitcoin for about $2.03 billion, or $74,463 per coin, taking its holdings to 279,420 BTC.",
    [DET("27,200 bitcoin", ["money", "count"], 27200), M("about $2.03 billion", 2.03e9, "USD", q="~"), M("$74,463", 74463, "USD"),
     DET("279,420 BTC", ["money", "count"], 279420, c="ut")])
add("cr07", "2025-03-10", "Solana slumped 11% to $125.40, down more than 50% from its January peak, as daily DEX volumes dropped to $2.1bn.",
    [P("11%", 11, c="db"), M("$125.40", 125.4, "USD", c="dt"), P("more than 50%", 50, q=">", c="db"), D("January", "2025-01"),
     SET("daily", "P1D"), M("$2.1bn", 2.1e9, "USD", c="dt")])
add("cr08", "2024-07-01", "Bitcoin's hashrate hit a record 640 exahashes per second, while miners' revenue fell to $45 per petahash a day.",
    [DET("640 exahashes per second", ["measure", "count"], 640), M("$45", 45, "USD", c="dt"), OPT("a day", "set")])

# --- vc: venture rounds ----------------------------------------------------------------------------------------------------------------
add("vc01", "2024-06-11", "Mistral AI raised €600m in equity and debt at a post-money valuation of about €5.8bn, roughly 3x its valuation in December.",
    [M("€600m", 600e6, "EUR"), M("about €5.8bn", 5.8e9, "EUR", q="~"), R("roughly 3x", 3, q="~"), D("December", "2023-12")])
add("vc02", "2024-10-08", "HR software maker Darwinbox raised $140 million in a round led by Partners Group and KKR, at a valuation just under $1 billion.",
    [M("$140 million", 140e6, "USD"), M("just under $1 billion", 1e9, "USD", q="<")])
add("vc03", "2024-10-15", "The seed round of $8.5M was led by Index, with participation from 20 angels, bringing total funding to $11M.",
    [M("$8.5M", 8.5e6, "USD"), C("20", 20, e="angels"), M("$11M", 11e6, "USD", c="ut")])
add("vc04", "2025-01-21", "European VC funding fell 5% to $51bn in 2024, with AI start-ups taking a record 25% share.",
    [P("5%", 5, c="db"), M("$51bn", 51e9, "USD", c="dt"), D("2024", "2024"), P("25%", 25)])
add("vc05", "2024-05-29", "xAI raised $6bn in a Series B at a pre-money valuation of $18bn.",
    [M("$6bn", 6e9, "USD"), M("$18bn", 18e9, "USD")], ["Series B"])
add("vc06", "2024-09-04", "Tokyo-based Sakana AI raised ¥30 billion ($214 million) in a Series A round, valuing it at about ¥220 billion.",
    [M("¥30 billion", 30e9, "JPY"), M("$214 million", 214e6, "USD"), M("about ¥220 billion", 220e9, "JPY", q="~")], ["Series A"])
add("vc07", "2024-08-13", "The climate-tech fund closed at $1.15bn, exceeding its $900m target, and will write cheques of $20m to $75m.",
    [M("$1.15bn", 1.15e9, "USD"), M("$900m", 900e6, "USD"), RG(M, "$20m to $75m", 20e6, 75e6, "USD")])
add("vc08", "2024-02-14", "Down rounds made up 23% of all US venture deals in Q4, the highest share since 2018, Carta data show.",
    [P("23%", 23, e="US venture deals"), DO("Q4"), D("2018", "2018")])

# --- cx: capex plans ----------------------------------------------------------------------------------------------------------------------
add("cx01", "2024-10-31", "Meta now expects 2024 capital expenditures of $38-40 billion, up from a prior range of $37-40 billion, and significant growth in 2025.",
    [D("2024", "2024"), RG(M, "$38-40 billion", 38e9, 40e9, "USD", c="ut"), RG(M, "$37-40 billion", 37e9, 40e9, "USD", c="uf"),
     D("2025", "2025")])
add("cx02", "2025-02-07", "Amazon signalled capex of about $100bn in 2025, versus $83bn in 2024, most of it for AWS data centres.",
    [M("about $100bn", 100e9, "USD", q="~"), D("2025", "2025"), M("$83bn", 83e9, "USD"), D("2024", "2024")])
add("cx03", "2024-11-07", "Reliance plans to spend ₹75,000 crore on new energy over three years, and its capex for 1HFY25 was ₹64,000 crore.",
    [M("₹75,000 crore", 7.5e11, "INR"), DU("three years", 3, "year", "P3Y"), DO("1HFY25"), M("₹64,000 crore", 6.4e11, "INR")])
add("cx04", "2024-09-26", "Micron's fiscal 2025 capex will be in the mid-30% range of revenue, or roughly $12bn-$13bn.",
    [DO("fiscal 2025"), OPT("mid-30%", "percent"), RG(M, "$12bn-$13bn", 12e9, 13e9, "USD")])
add("cx05", "2024-07-26", "SK Hynix will invest about 9.4 trillion won in its first Yongin fab, with construction starting in March 2025.",
    [M("about 9.4 trillion won", 9.4e12, "KRW", q="~"), OPT("first", "ordinal"), D("March 2025", "2025-03")])
add("cx06", "2024-04-30", "The utility raised its five-year capital plan by 12% to €43bn, with grids taking 60% of the total.",
    [DO("five-year", "duration"), P("12%", 12, c="ub"), M("€43bn", 43e9, "EUR", c="ut"), P("60%", 60, e="total")])

# --- hc: headcount -----------------------------------------------------------------------------------------------------------------------------
add("hc01", "2025-01-15", "Meta will cut about 5% of its workforce, roughly 3,600 of its 72,000 employees, targeting low performers.",
    [P("about 5%", 5, q="~", e="workforce", c="db"), C("roughly 3,600", 3600, q="~", c="db"), C("72,000", 72000, e="employees")])
add("hc02", "2024-08-01", "Intel will eliminate more than 15,000 roles, about 15% of its staff, as part of a $10 billion cost-reduction plan for 2025.",
    [C("more than 15,000", 15000, q=">", e="roles", c="db"), P("about 15%", 15, q="~", e="staff", c="db"), M("$10 billion", 10e9, "USD"),
     D("2025", "2025")])
add("hc03", "2024-10-10", "TCS added 5,726 employees in the quarter, taking headcount to 6,12,724, while attrition rose to 12.3%.",
    [C("5,726", 5726, e="employees", c="ub"), DO("the quarter"), C("6,12,724", 612724, c="ut"), P("12.3%", 12.3, c="ut")])
add("hc04", "2024-05-23", "The bank plans to shed 8,000 positions by FY27, a 9% reduction in headcount, saving £1.5bn a year.",
    [C("8,000", 8000, e="positions", c="db"), D("FY27", "FY2027"), P("9%", 9, c="db"), M("£1.5bn", 1.5e9, "GBP"), OPT("a year", "set")])
add("hc05", "2024-11-22", "Bosch will cut up to 5,550 jobs in Germany, including 3,800 at its auto-parts unit by the end of 2027.",
    [C("up to 5,550", 5550, q="<=", e="jobs", c="db"), C("3,800", 3800, e="jobs", c="db"), DO("the end of 2027")])
add("hc06", "2024-02-06", "Snap will lay off about 10% of its 5,367 full-time workers, and Okta is cutting 400 jobs, or 7% of staff.",
    [P("about 10%", 10, q="~", c="db"), C("5,367", 5367, e="full-time workers"), C("400", 400, e="jobs", c="db"),
     P("7%", 7, e="staff", c="db")])

# --- dc: data centres, power, storage, bandwidth ---------------------------------------------------------------------------------------------------
add("dc01", "2024-09-20", "Microsoft signed a 20-year deal to buy 835 megawatts from the restarted reactor, enough for roughly 800,000 homes.",
    [DO("20-year", "duration"), ME("835 megawatts", 835, "megawatt"), C("roughly 800,000", 800000, q="~", e="homes")])
add("dc02", "2025-01-22", "The Stargate venture will invest $100 billion immediately and up to $500 billion over four years, starting with a 1.2GW campus in Texas.",
    [M("$100 billion", 100e9, "USD"), M("up to $500 billion", 500e9, "USD", q="<="), DU("four years", 4, "year", "P4Y"),
     ME("1.2GW", 1.2, "gigawatt")])
add("dc03", "2024-12-20", "Data centres could consume 6.7% to 12% of US electricity by 2028, up from 4.4% in 2023, the report found.",
    [RG(P, "6.7% to 12%", 6.7, 12, c="ut"), D("2028", "2028"), P("4.4%", 4.4, c="uf"), D("2023", "2023")])
add("dc04", "2024-07-23", "Ireland's data centres used 21% of metered electricity last year, or 6.3 TWh, up 20%, the statistics office said.",
    [P("21%", 21, e="metered electricity", c="ut"), D("last year", "2023"), ME("6.3 TWh", 6.3, "terawatt hour", c="ut"), P("20%", 20, c="ub")])
add("dc05", "2024-11-19", "The new rack draws 132kW and links 72 GPUs over 1.8TB/s connections, with liquid cooling removing 80% of the heat.",
    [ME("132kW", 132, "kilowatt"), C("72", 72, e="GPUs"), ME("1.8TB/s", 1.8, "terabyte per second"), P("80%", 80, e="heat")])
add("dc06", "2024-03-27", "The subsea cable will carry 300 terabits per second over 12,000 km, linking eight countries.",
    [ME("300 terabits per second", 300, "terabit per second"), ME("12,000 km", 12000, "kilometre"), C("eight", 8, e="countries")])
add("dc07", "2024-10-30", "Equinix has 57 projects under way in 33 metros, adding about 26,000 cabinets of capacity, and its PUE averaged 1.39.",
    [C("57", 57, e="projects"), C("33", 33, e="metros"), C("about 26,000", 26000, q="~", e="cabinets", c="ub"), R("1.39", 1.39)])
add("dc08", "2025-02-11", "Vantage plans a 1.4-gigawatt campus in Texas costing more than $25 billion, with the first building due in 2H26.",
    [ME("1.4-gigawatt", 1.4, "gigawatt", e="campus"), M("more than $25 billion", 25e9, "USD", q=">"), OPT("first", "ordinal"), DO("2H26")])
add("dc09", "2024-08-27", "Seagate began shipping 32TB hard drives, while Solidigm's 122.88TB SSD is the densest yet.",
    [ME("32TB", 32, "terabyte"), ME("122.88TB", 122.88, "terabyte")])
add("dc10", "2024-05-08", "India's data-centre capacity will double to about 1.8GW by 2026 from 950MW now, needing investment of ₹50,000 crore.",
    [R("double", 2, c="ub"), ME("about 1.8GW", 1.8, "gigawatt", q="~", c="ut"), D("2026", "2026"), ME("950MW", 950, "megawatt", c="uf"),
     M("₹50,000 crore", 5e11, "INR")])

# --- hl: headline and results-flash shorthand ----------------------------------------------------------------------------------------------------------
add("hl01", "2025-02-13", "Cisco Q2 rev +9% y/y to $14bn; EPS $0.94 vs $0.91 est.",
    [DO("Q2"), P("+9%", 9, c="ub"), M("$14bn", 14e9, "USD", c="ut"), M("$0.94", 0.94, "USD"), M("$0.91", 0.91, "USD")])
add("hl02", "2024-11-21", "Nvidia Q3 data-center rev $30.8bn, +112% YoY, +17% QoQ; Q4 guide $37.5bn ±2%.",
    [DO("Q3"), M("$30.8bn", 30.8e9, "USD", c="ut"), P("+112%", 112, c="ub"), P("+17%", 17, c="ub"), DO("Q4"), M("$37.5bn", 37.5e9, "USD"),
     f("±2%", "percent", 2, of=True)])
add("hl03", "2024-10-24", "Tesla shares +22% after Q3 margin beat; auto GM ex-credits 17.1% vs 15.7% expected.",
    [P("+22%", 22, c="ub"), DO("Q3"), P("17.1%", 17.1), P("15.7%", 15.7)])
add("hl04", "2024-07-26", "Stock trades at 3.5x EV/sales, a 40% discount to peers; net debt/EBITDA 2.1x.",
    [R("3.5x", 3.5), P("40%", 40), R("2.1x", 2.1)])
add("hl05", "2024-09-30", "Bank Nifty flat at 52,978; HDFC Bank -1.4%, ICICI Bank +0.9%.",
    [DET("52,978", ["count", "measure"]), P("-1.4%", -1.4, c="db"), P("+0.9%", 0.9, c="ub")])
add("hl06", "2025-01-10", "US payrolls +256k vs +165k est; jobless rate 4.1%.",
    [C("+256k", 256000, c="ub"), C("+165k", 165000, c="ub"), P("4.1%", 4.1)])
add("hl07", "2024-08-02", "Apple FQ3 revenue $85.8bn (+5% y/y), Services a record $24.2bn (+14%); buyback $110bn.",
    [DO("FQ3"), M("$85.8bn", 85.8e9, "USD", c="ut"), P("+5%", 5, c="ub"), M("$24.2bn", 24.2e9, "USD", c="ut"), P("+14%", 14, c="ub"),
     M("$110bn", 110e9, "USD")])
add("hl08", "2024-07-19", "Netflix adds 8.05m subs in Q2 vs 4.87m expected; op margin 27.2%, +520bps.",
    [C("8.05m", 8.05e6, e="subs", c="ub"), DO("Q2"), C("4.87m", 4.87e6), P("27.2%", 27.2, c="ut"), BP("+520bps", 520, c="ub")])
add("hl09", "2024-10-16", "ASML 2025 sales guide cut to €30-35bn from €30-40bn; shares -16%.",
    [D("2025", "2025"), RG(M, "€30-35bn", 30e9, 35e9, "EUR", c="dt"), RG(M, "€30-40bn", 30e9, 40e9, "EUR", c="df"), P("-16%", -16, c="db")])
add("hl10", "2024-10-18", "Infosys Q2FY25 PAT ₹6,506 cr, +4.7% YoY; FY25 guidance raised to 3.75-4.5% cc growth.",
    [DO("Q2FY25"), M("₹6,506 cr", 6.506e10, "INR", c="ut"), P("+4.7%", 4.7, c="ub"), D("FY25", "FY2025", occ=1), RG(P, "3.75-4.5%", 3.75, 4.5, c="ut")])
add("hl11", "2024-12-13", "Broadcom AI revenue $12.2bn in FY24, up 220%; sees SAM of $60-90bn in FY27.",
    [M("$12.2bn", 12.2e9, "USD", c="ut"), D("FY24", "FY2024"), P("220%", 220, c="ub"), RG(M, "$60-90bn", 60e9, 90e9, "USD"),
     D("FY27", "FY2027")])
add("hl12", "2024-05-02", "Eurozone Q1 GDP +0.3% q/q, beating 0.1% forecast; inflation steady at 2.4%.",
    [DO("Q1"), P("+0.3%", 0.3, c="ub"), P("0.1%", 0.1), P("2.4%", 2.4)])

# --- uk, as: British and Asian business pages ----------------------------------------------------------------------------------------------------------
add("uk01", "2024-07-16", "Ocado's retail revenue rose 13.2pc to £1.2bn in the half, with average orders per week up 13.1pc to 450,000.",
    [P("13.2pc", 13.2, c="ub"), M("£1.2bn", 1.2e9, "GBP", c="ut"), DO("the half"), P("13.1pc", 13.1, c="ub"), SET("per week", "P1W"), C("450,000", 450000, c="ut")])
add("uk02", "2024-05-16", "BT's pension deficit narrowed to £3.7bn from £5.0bn, and the group will cut up to 55,000 jobs by 2030.",
    [M("£3.7bn", 3.7e9, "GBP", c="dt"), M("£5.0bn", 5.0e9, "GBP", c="df"), C("up to 55,000", 55000, q="<=", e="jobs", c="db"),
     D("2030", "2030")])
add("as01", "2024-08-15", "Tencent's domestic games revenue grew 9% to 34.6 billion yuan, and Weixin's combined MAU reached 1.37 billion.",
    [P("9%", 9, c="ub"), M("34.6 billion yuan", 34.6e9, "CNY", c="ut"), C("1.37 billion", 1.37e9)])
add("as02", "2024-11-28", "Alibaba's shares rose 3.2% to HK$84.55 in Hong Kong, valuing the group at about HK$1.6 trillion.",
    [P("3.2%", 3.2, c="ub"), M("HK$84.55", 84.55, "HKD", c="ut"), M("about HK$1.6 trillion", 1.6e12, "HKD", q="~")])
add("as03", "2024-05-13", "SoftBank's Vision Fund posted a ¥724.3 billion gain in the quarter, its first profit in five quarters.",
    [M("¥724.3 billion", 724.3e9, "JPY"), DO("the quarter"), OPT("first", "ordinal"), DO("five quarters", "duration")])
add("as04", "2024-07-31", "Samsung's chip division swung to an operating profit of 6.45 trillion won from a loss of 4.36 trillion won a year earlier.",
    [M("6.45 trillion won", 6.45e12, "KRW", c="ut"), M("4.36 trillion won", 4.36e12, "KRW", c="uf"), OPT("a year earlier", "date")])


def check() -> None:
    """Every surface in its text, and an `occ` where a surface repeats (so the scorer finds the right one)."""
    for case in CASES:
        for fact in case["facts"]:
            n = case["text"].count(fact["s"])
            assert n, (case["id"], fact["s"])
            if n > 1 and "occ" not in fact:
                print(f"{case['id']}: {fact['s']!r} occurs {n} times, no occ", file=sys.stderr)


def main() -> None:
    check()
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-biztech11-dev.jsonl")


if __name__ == "__main__":
    main()
