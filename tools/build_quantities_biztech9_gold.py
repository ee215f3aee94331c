#!/usr/bin/env python3
"""Write data/gold/quantities-biztech9-dev.jsonl from the hand annotations below (issue 9, round 9).

Fresh dev gold (no test half) in the manner of business and technology reporting, the register of the held-back
set CQE is measured on: chip and hardware launches, cloud and software earnings, startup funding, app and user
metrics, telecoms and spectrum, EVs and batteries, retail and consumer goods, airlines and travel, crypto, layoffs
and hiring, guidance, buybacks, dividends and splits, stock moves. Every sentence was written by hand for this file
by one numfacts developer (none copied from a news source, the issue or the existing gold; names are real, figures
plausible, not facts), refs 2023-2025, and annotated with the conventions of data/gold/README.md and
README-registers.md BEFORE numfacts was run on it.
Usage: build_quantities_biztech9_gold.py [OUT.jsonl]
"""
from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, IX, ME, OPT, ORD, PP, SET, B, C, D, M, P, R, f, write

CASES: list[dict] = []
AGE = ["duration", "measure", "count"]


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"biztech9-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})



# --- hw: chip and hardware launches ----------------------------------------------------------------------------
add("hw01", "2024-09-10", "The iPhone 16 Pro Max gets a 6.9-inch display, a 48MP ultra-wide camera and, Apple says, up to 33 hours of video playback.",
    [ME("6.9-inch", 6.9, "inch", e="display"), ME("48MP", 48, "megapixel", e="camera"), B("up to 33 hours", 33, "hour", "PT33H", "<=")],
    ["iPhone 16"])
add("hw02", "2024-10-22", "Qualcomm's new flagship chip clocks its two prime cores at up to 4.32GHz and, the company claims, is 45% faster than its predecessor.",
    [C("two", 2, e="prime cores"), ME("up to 4.32GHz", 4.32, "gigahertz", q="<="), P("45%", 45)])
add("hw03", "2025-01-07", "Nvidia's GeForce RTX 5090 packs 32GB of GDDR7 memory and 21,760 CUDA cores, and will sell for $1,999 when it goes on sale on January 30.",
    [ME("32GB", 32, "gigabyte", e="memory"), C("21,760", 21760, e="CUDA cores"), M("$1,999", 1999, "USD"), D("January 30", "2025-01-30")],
    ["RTX 5090", "GDDR7"])
add("hw04", "2024-06-04", "AMD said its next accelerator will deliver 35 times the inference performance of the current generation and carry 288 gigabytes of HBM3E.",
    [R("35 times", 35), ME("288 gigabytes", 288, "gigabyte", e="HBM3E")], ["HBM3E"])
add("hw05", "2023-12-14", "Intel's Core Ultra laptop chips, its first built on the Intel 4 process, combine up to 16 cores with an NPU rated at about 11 TOPS.",
    [OPT("first", "ordinal"), C("up to 16", 16, e="cores", q="<="), f("about 11 TOPS", ["measure", "count"], 11, q="~", of=True)],
    ["Intel 4"])
add("hw06", "2024-05-15", "Samsung's 990 Evo Plus SSD reads at up to 7,250 megabytes per second and comes in 1TB, 2TB and 4TB versions, from $99.99.",
    [ME("up to 7,250 megabytes per second", 7250, "megabyte per second", q="<="), ME("1TB", 1, "terabyte"), ME("2TB", 2, "terabyte"),
     ME("4TB", 4, "terabyte"), M("$99.99", 99.99, "USD")], ["990 Evo"])
add("hw07", "2024-03-18", "The Blackwell GPU crams 208 billion transistors onto two dies joined by a 10 terabytes-per-second link.",
    [C("208 billion", 208e9, e="transistors"), C("two", 2, e="dies"), ME("10 terabytes-per-second", 10, "terabyte per second", e="link")])
add("hw08", "2024-11-20", "The Pixel Watch 3's 41mm model has a 307mAh battery; the 45mm version gets 420mAh and a screen 10% larger.",
    [ME("41mm", 41, "millimetre", e="model"), ME("307mAh", 307, "milliampere-hour", e="battery"), ME("45mm", 45, "millimetre", e="version"),
     ME("420mAh", 420, "milliampere-hour"), P("10%", 10)], ["Pixel Watch 3"])
add("hw09", "2025-02-26", "The laptop weighs 1.24kg, is 14.9mm thick and its 70Wh battery is rated for 22 hours of web browsing.",
    [ME("1.24kg", 1.24, "kilogram"), ME("14.9mm", 14.9, "millimetre"), ME("70Wh", 70, "watt hour", e="battery"), DU("22 hours", 22, "hour", "PT22H")])
add("hw10", "2024-09-09", "Sony's PS5 Pro, priced at $699.99, promises GPU rendering up to 45% faster and 2TB of storage, but ships without a disc drive.",
    [M("$699.99", 699.99, "USD"), P("up to 45%", 45, q="<="), ME("2TB", 2, "terabyte", e="storage")], ["PS5"])
add("hw11", "2023-10-31", "Apple's M3 Max has a 16-core CPU, a 40-core GPU and supports up to 128GB of unified memory, the company said on Monday.",
    [C("16-core", 16, e="core"), C("40-core", 40, e="core"), ME("up to 128GB", 128, "gigabyte", q="<=", e="memory"), DO("Monday")], ["M3 Max"])
add("hw12", "2024-08-28", "Huawei's tri-fold phone unfolds into a 10.2-inch tablet and its 5,600mAh battery charges at 66W, for a starting price of 19,999 yuan ($2,800).",
    [ME("10.2-inch", 10.2, "inch", e="tablet"), ME("5,600mAh", 5600, "milliampere-hour", e="battery"), ME("66W", 66, "watt"),
     M("19,999 yuan", 19999, "CNY"), M("$2,800", 2800, "USD", q=None)])
add("hw13", "2025-03-04", "TSMC plans to start volume production at 2nm in the second half of 2025, with capacity of about 50,000 wafers a month by year-end.",
    [ME("2nm", 2, "nanometre"), DO("the second half of 2025"), C("about 50,000", 50000, q="~", e="wafers"), OPT("a month", "set"), DO("year-end")])
add("hw14", "2024-01-09", "LG's 97-inch wireless OLED TV streams 4K video at 120Hz and will cost about $30,000.",
    [ME("97-inch", 97, "inch", e="TV"), ME("120Hz", 120, "hertz"), M("about $30,000", 30000, "USD", q="~")], ["4K"])
add("hw15", "2024-06-18", "The supercomputer's 9,408 Nvidia chips deliver 1.2 exaflops, making it the fifth-fastest system in the world.",
    [C("9,408", 9408, e="Nvidia chips"), f("1.2 exaflops", ["measure", "count"], 1.2, of=True), ORD("fifth-fastest", 5)])
add("hw16", "2023-09-12", "The Galaxy tablet's 14.6-inch screen peaks at 930 nits, and Samsung claims 16 hours of battery life from its 11,200mAh cell.",
    [ME("14.6-inch", 14.6, "inch", e="screen"), ME("930 nits", 930, "candela per square metre"), DU("16 hours", 16, "hour", "PT16H"),
     ME("11,200mAh", 11200, "milliampere-hour", e="cell")])

# --- cl: cloud and software earnings ---------------------------------------------------------------------------
add("cl01", "2024-10-30", "Microsoft's Azure and other cloud services revenue grew 33% in the September quarter, ahead of the 31% growth the company had guided for.",
    [P("33%", 33, c="ub"), DO("the September quarter"), P("31%", 31, c="ub")])
add("cl02", "2024-10-29", "Alphabet's cloud unit posted operating income of $1.95 billion, up from $266 million a year earlier, on revenue of $11.35 billion.",
    [M("$1.95 billion", 1.95e9, "USD", c="ut"), M("$266 million", 266e6, "USD", c="uf"), DO("a year earlier"), M("$11.35 billion", 11.35e9, "USD")])
add("cl03", "2024-12-09", "Oracle's remaining performance obligations jumped 50% to $97 billion, though revenue of $14.06 billion fell short of the $14.1 billion analysts expected.",
    [P("50%", 50, c="ub"), M("$97 billion", 97e9, "USD", c="ut"), M("$14.06 billion", 14.06e9, "USD"), M("$14.1 billion", 14.1e9, "USD")])
add("cl04", "2024-08-28", "Salesforce raised the low end of its fiscal 2025 revenue forecast to $37.7 billion, keeping the top at $38 billion.",
    [DO("fiscal 2025"), M("$37.7 billion", 37.7e9, "USD", c="ut"), M("$38 billion", 38e9, "USD")])
add("cl05", "2025-02-26", "Snowflake's product revenue rose 28% year over year to $943 million, and net revenue retention slipped to 126% from 127% in the prior quarter.",
    [P("28%", 28, c="ub"), OPT("year over year", "date"), M("$943 million", 943e6, "USD", c="ut"), P("126%", 126, c="dt"), P("127%", 127, c="df"),
     DO("the prior quarter")])
add("cl06", "2024-03-07", "CrowdStrike ended the quarter with $3.44 billion of annual recurring revenue, 34% more than a year ago, and 298 customers paying more than $1 million a year.",
    [DO("the quarter"), M("$3.44 billion", 3.44e9, "USD", c="ut"), SET("annual", "P1Y"), P("34%", 34, c="ub"), OPT("a year ago", "date"),
     C("298", 298, e="customers"), M("more than $1 million", 1e6, "USD", q=">"), OPT("a year", "set", occ=1)])
add("cl07", "2023-11-29", "Workday's subscription revenue climbed 18.1 percent from $1.51 billion to $1.79 billion, the company said.",
    [P("18.1 percent", 18.1, c="ub"), M("$1.51 billion", 1.51e9, "USD", c="uf"), M("$1.79 billion", 1.79e9, "USD", c="ut")])
add("cl08", "2024-05-22", "SAP's cloud backlog grew 28% at constant currencies to €14.2bn, and the German group now expects cloud revenue of €17bn to €17.3bn for the year.",
    [P("28%", 28, c="ub"), M("€14.2bn", 14.2e9, "EUR", c="ut"), M("€17bn to €17.3bn", None, "EUR", q="range", lo=17e9, hi=17.3e9), DO("the year")])
add("cl09", "2025-01-29", "ServiceNow's subscription gross margin was 84.5%, down 50 basis points sequentially, while free cash flow margin came in at 47%.",
    [P("84.5%", 84.5, c="dt"), BP("50 basis points", 50, c="db"), P("47%", 47)])
add("cl10", "2024-11-21", "Nvidia's data-centre revenue more than doubled to $30.8bn, accounting for nearly nine-tenths of the $35.1bn the company took in.",
    [R("more than doubled", 2, q=">", c="ub"), M("$30.8bn", 30.8e9, "USD", c="ut"), R("nearly nine-tenths", 0.9, q="~"), M("$35.1bn", 35.1e9, "USD")])
add("cl11", "2024-06-12", "Adobe's digital media segment added $487 million of net new annualized recurring revenue, lifting the total to $16.76 billion.",
    [M("$487 million", 487e6, "USD", c="ub"), SET("annualized", "P1Y"), M("$16.76 billion", 16.76e9, "USD", c="ut")])
add("cl12", "2023-08-24", "Shares of the software maker tumbled 14% after it forecast third-quarter billings of $1.15 billion to $1.17 billion, well below the $1.24 billion consensus.",
    [P("14%", 14, c="db"), DO("third-quarter"), M("$1.15 billion to $1.17 billion", None, "USD", q="range", lo=1.15e9, hi=1.17e9), M("$1.24 billion", 1.24e9, "USD")])
add("cl13", "2025-02-05", "Palantir's US commercial revenue surged 64% to $214 million, and it closed 129 deals worth at least $1 million in the fourth quarter.",
    [P("64%", 64, c="ub"), M("$214 million", 214e6, "USD", c="ut"), C("129", 129, e="deals"), M("at least $1 million", 1e6, "USD", q=">="), DO("the fourth quarter")])

# --- fu: startup funding rounds and valuations ------------------------------------------------------------------
add("fu01", "2024-09-04", "Safe Superintelligence, founded three months ago, has raised $1bn in cash from investors including Andreessen Horowitz.",
    [D("three months ago", "2024-06", of=True), M("$1bn", 1e9, "USD")])
add("fu02", "2024-07-18", "Paris-based Mistral AI closed a €600m Series B at a post-money valuation of about €5.8bn, nearly three times what it was worth in December.",
    [M("€600m", 600e6, "EUR"), M("about €5.8bn", 5.8e9, "EUR", q="~"), R("nearly three times", 3, q="~"), D("December", "2023-12")], ["Series B"])
add("fu03", "2024-12-17", "Databricks is raising $10 billion in a Series J round that values the data company at $62 billion, up from $43 billion last year.",
    [M("$10 billion", 10e9, "USD"), M("$62 billion", 62e9, "USD", c="ut"), M("$43 billion", 43e9, "USD", c="uf"), D("last year", "2023")], ["Series J"])
add("fu04", "2023-05-10", "The fintech was valued at $1.8 billion in a down round, a 60 per cent discount to its 2021 peak of $4.5 billion.",
    [M("$1.8 billion", 1.8e9, "USD", c="dt"), P("60 per cent", 60, c="db"), D("2021", "2021"), M("$4.5 billion", 4.5e9, "USD", c="df")])
add("fu05", "2024-02-21", "Figure AI is in talks to raise about $500 million, with Microsoft putting in $95 million and OpenAI $5 million, at a pre-money valuation of roughly $1.9 billion.",
    [M("about $500 million", 500e6, "USD", q="~"), M("$95 million", 95e6, "USD"), M("$5 million", 5e6, "USD"), M("roughly $1.9 billion", 1.9e9, "USD", q="~")])
add("fu06", "2025-03-03", "Seed-stage start-ups raised a median $3.6m last year, 12% more than in 2023, according to PitchBook.",
    [M("$3.6m", 3.6e6, "USD", c="ut"), D("last year", "2024"), P("12%", 12, c="ub"), D("2023", "2023")])
add("fu07", "2024-04-25", "Revolut's secondary share sale values the neobank at $45bn, making its co-founders' 25% and 20% stakes worth billions.",
    [M("$45bn", 45e9, "USD"), P("25%", 25), P("20%", 20), f("billions", ["count", "money"], None, of=True)])
add("fu08", "2024-10-02", "OpenAI's $6.6 billion round, led by Thrive Capital, values it at $157 billion, or about 40 times its projected revenue for next year.",
    [M("$6.6 billion", 6.6e9, "USD"), M("$157 billion", 157e9, "USD"), R("about 40 times", 40, q="~"), D("next year", "2025")])
add("fu09", "2023-11-15", "The Bengaluru edtech, once valued at $22 billion, is now worth less than $3 billion, according to one of its investors, who wrote its stake down by 86%.",
    [M("$22 billion", 22e9, "USD"), M("less than $3 billion", 3e9, "USD", q="<"), OPT("one", "count"), P("86%", 86, c="db")])
add("fu10", "2024-06-27", "Global venture funding reached $79 billion in the second quarter, a 16% rise from the first three months and the highest since the third quarter of 2022.",
    [M("$79 billion", 79e9, "USD", c="ut"), DO("the second quarter"), P("16%", 16, c="ub"), DO("the first three months"), DO("the third quarter of 2022")])
add("fu11", "2025-01-22", "The deal gives the Japanese conglomerate a 40% stake for ¥3tn, and lifts its total investment in the chip designer to about $30bn.",
    [P("40%", 40), M("¥3tn", 3e12, "JPY"), M("about $30bn", 30e9, "USD", q="~", c="ut")])
add("fu12", "2024-08-06", "Of the 1,200 unicorns minted since 2015, about a fifth have not raised a penny since 2021.",
    [C("1,200", 1200, e="unicorns"), D("2015", "2015"), R("about a fifth", 0.2, q="~"), D("2021", "2021")])

# --- ap: app and user metrics ------------------------------------------------------------------------------------
add("ap01", "2024-10-30", "Meta said 3.29 billion people used at least one of its apps each day in September, up 5% year over year.",
    [C("3.29 billion", 3.29e9, e="people", c="ut"), OPT("at least one", "count"), SET("each day", "P1D"), D("September", "2024-09"), P("5%", 5, c="ub"),
     OPT("year over year", "date")])
add("ap02", "2023-07-10", "Threads signed up 100 million users in its first five days, faster than ChatGPT, which took two months to reach that mark.",
    [C("100 million", 100e6, e="users"), OPT("first", "ordinal"), DU("five days", 5, "day", "P5D"), DU("two months", 2, "month", "P2M")])
add("ap03", "2025-01-21", "Netflix added a record 18.9 million paid memberships in the quarter, taking its total to 301.6 million.",
    [C("18.9 million", 18.9e6, e="paid memberships", c="ub"), DO("the quarter"), C("301.6 million", 301.6e6, c="ut")])
add("ap04", "2024-11-06", "Duolingo's daily active users rose 54% to 34.1 million, and paid subscribers topped 8.6 million.",
    [SET("daily", "P1D"), P("54%", 54, c="ub"), C("34.1 million", 34.1e6, c="ut"), C("8.6 million", 8.6e6, q=None)])
add("ap05", "2024-04-23", "Spotify's monthly active users climbed to 615 million, 3 million short of its own forecast, while premium subscribers grew 14% to 239 million.",
    [SET("monthly", "P1M"), C("615 million", 615e6, c="ut"), C("3 million", 3e6), P("14%", 14, c="ub"), C("239 million", 239e6, c="ut")])
add("ap06", "2024-12-05", "The game passed 10 million downloads within 48 hours of launch and averaged 2.3 million concurrent players on Sunday.",
    [C("10 million", 10e6, e="downloads"), B("within 48 hours", 48, "hour", "PT48H", "<="), C("2.3 million", 2.3e6, e="concurrent players"), DO("Sunday")])
add("ap07", "2025-02-13", "Reddit's daily active uniques grew 39% to 101.7 million, while average revenue per user slid 2% to $4.13.",
    [SET("daily", "P1D"), P("39%", 39, c="ub"), C("101.7 million", 101.7e6, c="ut"), P("2%", 2, c="db"), M("$4.13", 4.13, "USD", c="dt")])
add("ap08", "2024-08-01", "Roblox bookings rose 22% to $1.13 billion as daily users hit 79.5 million, spending 16.7 billion hours on the platform.",
    [P("22%", 22, c="ub"), M("$1.13 billion", 1.13e9, "USD", c="ut"), SET("daily", "P1D"), C("79.5 million", 79.5e6), f("16.7 billion hours", ["duration", "count"], 16.7e9, of=True)])
add("ap09", "2023-09-19", "Nine in 10 US teens have a smartphone and roughly a third say they are online almost constantly, a Pew survey of 1,453 teenagers found.",
    [R("Nine in 10", 0.9), R("roughly a third", 1 / 3, q="~"), C("1,453", 1453, e="teenagers")])
add("ap10", "2024-02-07", "Snap's user base grew by 8 million in the quarter to 414 million, but North American users were flat at 100 million.",
    [C("8 million", 8e6, c="ub"), DO("the quarter"), C("414 million", 414e6, c="ut"), C("100 million", 100e6)])

# --- tc: telecoms and spectrum -------------------------------------------------------------------------------------
add("tc01", "2024-06-26", "India's spectrum auction drew bids of just ₹11,340 crore over two days, with Bharti Airtel taking 97 MHz of airwaves.",
    [M("₹11,340 crore", 1.134e11, "INR"), DU("two days", 2, "day", "P2D"), ME("97 MHz", 97, "megahertz", e="airwaves")])
add("tc02", "2022-01-14", "AT&T spent $23.4 billion on C-band licences, and Verizon, which bid $45.5 billion, won an average of 161 megahertz nationwide.",
    [M("$23.4 billion", 23.4e9, "USD"), M("$45.5 billion", 45.5e9, "USD"), ME("161 megahertz", 161, "megahertz")])
add("tc03", "2024-10-23", "T-Mobile added 865,000 postpaid phone customers, beating estimates of 814,000, and cut postpaid phone churn to 0.86%.",
    [C("865,000", 865000, e="postpaid phone customers", c="ub"), C("814,000", 814000), P("0.86%", 0.86, c="dt")])
add("tc04", "2024-11-12", "Vodafone's German service revenue fell 6.2% in the half, hit by the loss of about 2.2 million TV customers after a change in tenancy law.",
    [P("6.2%", 6.2, c="db"), DO("the half"), C("about 2.2 million", 2.2e6, q="~", e="TV customers", c="db")])
add("tc05", "2025-03-03", "The satellite service offers download speeds of 50 to 250 Mbps for $120 a month, against typical 5G speeds of about 200 Mbps.",
    [ME("50 to 250 Mbps", None, "megabit per second", q="range", lo=50, hi=250), M("$120", 120, "USD"), OPT("a month", "set"),
     ME("about 200 Mbps", 200, "megabit per second", q="~")], ["5G"])
add("tc06", "2023-07-27", "Jio's average revenue per user held at ₹180.5 a month while its subscriber base swelled by 9.2 million to 448.5 million.",
    [M("₹180.5", 180.5, "INR"), OPT("a month", "set"), C("9.2 million", 9.2e6, c="ub"), C("448.5 million", 448.5e6, c="ut")])
add("tc07", "2024-04-24", "BT will cut as many as 55,000 jobs by 2030, about 40% of its workforce, as fibre and AI take over.",
    [C("as many as 55,000", 55000, q="<=", e="jobs", c="db"), D("2030", "2030"), P("about 40%", 40, q="~", e="workforce", c="db")])
add("tc08", "2024-09-30", "Ofcom says 85% of UK premises can now get gigabit broadband, up from 78% a year ago, but 1 in 20 still cannot get 30Mbps.",
    [P("85%", 85, e="UK premises", c="ut"), P("78%", 78, c="uf"), OPT("a year ago", "date"), R("1 in 20", 0.05), ME("30Mbps", 30, "megabit per second")])

# --- ev: EV and battery makers -----------------------------------------------------------------------------------
add("ev01", "2025-01-02", "Tesla delivered 1.79 million vehicles in 2024, its first annual decline, down 1.1% from 1.81 million a year earlier.",
    [C("1.79 million", 1.79e6, e="vehicles", c="dt"), D("2024", "2024"), OPT("first", "ordinal"), SET("annual", "P1Y"), P("1.1%", 1.1, c="db"),
     C("1.81 million", 1.81e6, c="df"), DO("a year earlier")])
add("ev02", "2025-01-01", "BYD sold a record 4.27 million vehicles last year, up 41%, and aims for more than 5 million in 2025.",
    [C("4.27 million", 4.27e6, e="vehicles", c="ut"), D("last year", "2024"), P("41%", 41, c="ub"), C("more than 5 million", 5e6, q=">"), D("2025", "2025")])
add("ev03", "2024-03-28", "Xiaomi's SU7 sedan has a range of up to 800km on a single charge and starts at 215,900 yuan, about $30,000 less than a Model 3.",
    [ME("up to 800km", 800, "kilometre", q="<="), M("215,900 yuan", 215900, "CNY"), M("about $30,000", 30000, "USD", q="~")], ["SU7", "Model 3"])
add("ev04", "2024-10-15", "The pickup's 123kWh pack gives an EPA-estimated 320 miles of range, and it can add 100 miles in about 10 minutes at a 350kW charger.",
    [ME("123kWh", 123, "kilowatt hour", e="pack"), ME("320 miles", 320, "mile", e="range"), ME("100 miles", 100, "mile"),
     B("about 10 minutes", 10, "minute", "PT10M", "~"), ME("350kW", 350, "kilowatt", e="charger")])
add("ev05", "2024-07-24", "CATL's net profit rose 10.4% to 22.86 billion yuan in the first half, even as revenue slid 12% on falling lithium prices.",
    [P("10.4%", 10.4, c="ub"), M("22.86 billion yuan", 22.86e9, "CNY", c="ut"), DO("the first half"), P("12%", 12, c="db")])
add("ev06", "2024-11-14", "Lithium carbonate prices have plunged about 80% from their 2022 high to roughly $10,000 a tonne.",
    [P("about 80%", 80, q="~", c="db"), D("2022", "2022"), M("roughly $10,000", 10000, "USD", q="~", c="dt")])
add("ev07", "2025-02-06", "Rivian expects to deliver 46,000 to 51,000 vehicles this year, after 51,579 in 2024, and to lose $1.7 billion to $1.9 billion on an adjusted basis.",
    [C("46,000 to 51,000", None, q="range", lo=46000, hi=51000, e="vehicles"), D("this year", "2025"), C("51,579", 51579), D("2024", "2024"),
     M("$1.7 billion to $1.9 billion", None, "USD", q="range", lo=1.7e9, hi=1.9e9)])
add("ev08", "2024-05-14", "The US will quadruple tariffs on Chinese electric vehicles to 100% from 25% this year.",
    [R("quadruple", 4, c="ub"), P("100%", 100, c="ut"), P("25%", 25, c="uf"), D("this year", "2024")])
add("ev09", "2023-09-20", "Northvolt's Swedish plant was producing at less than 1 GWh a year, against a planned capacity of 16 GWh.",
    [ME("less than 1 GWh", 1, "gigawatt hour per year", q="<"), OPT("a year", "set"), ME("16 GWh", 16, "gigawatt hour")])
add("ev10", "2024-12-10", "EVs made up 23.2% of new cars sold in Germany in November, while Norway's share hit a record 95%.",
    [P("23.2%", 23.2, e="new cars"), D("November", "2024-11"), P("95%", 95)])
add("ev11", "2025-01-20", "Battery pack prices fell 20% in 2024 to $115 per kilowatt-hour, the steepest drop since 2017, BloombergNEF said.",
    [P("20%", 20, c="db"), D("2024", "2024"), M("$115", 115, "USD", c="dt"), D("2017", "2017")])
add("ev12", "2024-04-02", "Tesla's first-quarter deliveries tumbled 8.5% to 386,810, roughly 65,000 fewer than Wall Street had expected.",
    [DO("first-quarter"), P("8.5%", 8.5, c="db"), C("386,810", 386810, c="dt"), C("roughly 65,000", 65000, q="~")])

# --- rt: retail and consumer goods -------------------------------------------------------------------------------
add("rt01", "2024-11-19", "Walmart's US comparable sales rose 5.3% as transactions grew 3.1% and the average ticket edged up 2.1%.",
    [P("5.3%", 5.3, c="ub"), P("3.1%", 3.1, c="ub"), P("2.1%", 2.1, c="ub")])
add("rt02", "2024-10-04", "Costco's annual membership fee in the US and Canada went up by $5 to $65 on Sept. 1, the first increase in seven years.",
    [SET("annual", "P1Y"), M("$5", 5, "USD", c="ub"), M("$65", 65, "USD", c="ut"), D("Sept. 1", "2024-09-01"), OPT("first", "ordinal"),
     DU("seven years", 7, "year", "P7Y")])
add("rt03", "2025-01-09", "Tesco's like-for-like sales grew 4.1% over the nine weeks to Jan 4, and its market share reached 28.4%, its highest since 2016.",
    [P("4.1%", 4.1, c="ub"), DO("the nine weeks to Jan 4"), P("28.4%", 28.4), D("2016", "2016")])
add("rt04", "2024-05-20", "Target will cut prices on about 5,000 everyday items, some by as much as 25%, after first-quarter comparable sales declined 3.7%.",
    [C("about 5,000", 5000, q="~", e="everyday items"), P("as much as 25%", 25, q="<=", c="db"), DO("first-quarter"), P("3.7%", 3.7, c="db")])
add("rt05", "2024-02-29", "Nike will lay off 2% of its workforce, or more than 1,500 people, as it pursues $2 billion in cost savings over three years.",
    [P("2%", 2, e="workforce", c="db"), C("more than 1,500", 1500, q=">", e="people", c="db"), M("$2 billion", 2e9, "USD"), DU("three years", 3, "year", "P3Y")])
add("rt06", "2024-07-25", "Unilever's underlying sales grew 4.1%, with volumes up 3.4% and prices 0.7% higher.",
    [P("4.1%", 4.1, c="ub"), P("3.4%", 3.4, c="ub"), P("0.7%", 0.7, c="ub")])
add("rt07", "2024-08-08", "H&M's gross margin widened 2.2 percentage points to 56.3%, but sales in local currencies were flat in June and July.",
    [PP("2.2 percentage points", 2.2, c="ub"), P("56.3%", 56.3, c="ut"), D("June", "2024-06"), D("July", "2024-07")])
add("rt08", "2024-03-21", "Dollar General plans to open 800 stores, remodel 1,500 and relocate 85 in fiscal 2024, bringing its count to roughly 20,800.",
    [C("800", 800, e="stores"), C("1,500", 1500), C("85", 85), DO("fiscal 2024"), C("roughly 20,800", 20800, q="~")])
add("rt09", "2023-10-26", "L'Oreal's sales in North Asia dropped 3.4% in the third quarter, against a 10.8% rise in Europe.",
    [P("3.4%", 3.4, c="db"), DO("the third quarter"), P("10.8%", 10.8, c="ub")])
add("rt10", "2024-06-03", "A 12-pack of Coca-Cola now costs about $8.99 at many grocers, up roughly a third from $6.79 in 2021.",
    [f("12-pack", "count", 12, of=True), M("about $8.99", 8.99, "USD", q="~", c="ut"), R("roughly a third", 1 / 3, q="~", c="ub"), M("$6.79", 6.79, "USD", c="uf"),
     D("2021", "2021")])
add("rt11", "2025-03-06", "Shares of the retailer plunged 22% to $31.40, their lowest in four years, after it said comparable sales would fall by a low-single-digit percentage.",
    [P("22%", 22, c="db"), M("$31.40", 31.4, "USD", c="dt"), DU("four years", 4, "year", "P4Y")])

# --- ai: airlines and travel -------------------------------------------------------------------------------------
add("ai01", "2024-07-11", "Delta cut its third-quarter profit forecast to $1.70 to $2.00 a share, below the $2.05 analysts had pencilled in.",
    [DO("third-quarter"), M("$1.70 to $2.00", None, "USD", q="range", lo=1.7, hi=2.0, c="dt"), M("$2.05", 2.05, "USD")])
add("ai02", "2024-12-19", "Ryanair carried 14.3 million passengers in November, up 9%, with its load factor flat at 92%.",
    [C("14.3 million", 14.3e6, e="passengers", c="ut"), D("November", "2024-11"), P("9%", 9, c="ub"), P("92%", 92)])
add("ai03", "2024-07-01", "TSA screened a record 3.01 million travellers on Sunday, beating the previous high of 2.99 million set a week earlier.",
    [C("3.01 million", 3.01e6, e="travellers"), DO("Sunday"), C("2.99 million", 2.99e6), DO("a week earlier")])
add("ai04", "2023-11-13", "Emirates ordered 90 more Boeing 777X jets at Dubai Airshow, a deal worth $52 billion at list prices.",
    [C("90", 90, e="jets"), M("$52 billion", 52e9, "USD")], ["777X"])
add("ai05", "2024-05-28", "The average domestic round-trip fare fell 5.9% to $383, while jet fuel was 12% cheaper than a year ago.",
    [P("5.9%", 5.9, c="db"), M("$383", 383, "USD", c="dt"), P("12%", 12, c="db"), OPT("a year ago", "date")])
add("ai06", "2025-02-27", "Airbus delivered 766 jets last year, short of its original target of 800, and aims for about 820 in 2025.",
    [C("766", 766, e="jets"), D("last year", "2024"), C("800", 800), C("about 820", 820, q="~"), D("2025", "2025")])
add("ai07", "2024-08-02", "Marriott's revenue per available room rose 3% worldwide but slid 3.6% in Greater China, where occupancy dipped to 68%.",
    [P("3%", 3, c="ub"), P("3.6%", 3.6, c="db"), P("68%", 68, c="dt")])
add("ai08", "2024-03-07", "The A321XLR can fly 4,700 nautical miles with up to 220 passengers, burning 30% less fuel per seat than older jets.",
    [ME("4,700 nautical miles", 4700, "nautical mile"), C("up to 220", 220, q="<=", e="passengers"), P("30%", 30)], ["A321XLR"])
add("ai09", "2024-10-17", "Booking Holdings' room nights grew 8% to 323 million, and gross bookings reached $41.7 billion, 7% more than last year.",
    [P("8%", 8, c="ub"), C("323 million", 323e6, e="room nights", c="ut"), M("$41.7 billion", 41.7e9, "USD", c="ut"), P("7%", 7, c="ub"), D("last year", "2023")])

# --- cr: crypto ---------------------------------------------------------------------------------------------------
add("cr01", "2024-12-05", "Bitcoin topped $100,000 for the first time, having more than doubled this year.",
    [M("$100,000", 100000, "USD", q=None), OPT("first", "ordinal"), R("more than doubled", 2, q=">", c="ub"), D("this year", "2024")])
add("cr02", "2024-08-05", "Ether slumped as much as 22% to $2,111 on Monday, while bitcoin fell 7.1% and the crypto market shed about $270 billion.",
    [P("as much as 22%", 22, q="<=", c="db"), M("$2,111", 2111, "USD", c="dt"), DO("Monday"), P("7.1%", 7.1, c="db"), M("about $270 billion", 270e9, "USD", q="~", c="db")])
add("cr03", "2024-03-12", "US spot bitcoin ETFs have drawn net inflows of $10.4bn since their January debut, with BlackRock's fund alone holding 195,985 BTC.",
    [M("$10.4bn", 10.4e9, "USD"), D("January", "2024-01"), C("195,985", 195985, e="BTC")])
add("cr04", "2022-11-11", "FTX, once valued at $32 billion, filed for bankruptcy owing as many as 1 million creditors, court papers showed.",
    [M("$32 billion", 32e9, "USD"), C("as many as 1 million", 1e6, q="<=", e="creditors")])
add("cr05", "2024-04-20", "The halving cut the block reward to 3.125 bitcoin from 6.25, roughly every four years.",
    [OPT("halving", "ratio"), f("3.125 bitcoin", ["money", "count"], 3.125, of=True, c="dt"), f("6.25", ["money", "count"], 6.25, of=True, c="df"),
     DO("roughly every four years", "set")])
add("cr06", "2025-01-15", "Coinbase's stock rallied 5.9% to $291.58 after trading volume on the exchange jumped 137% quarter on quarter.",
    [P("5.9%", 5.9, c="ub"), M("$291.58", 291.58, "USD", c="ut"), P("137%", 137, c="ub")])
add("cr07", "2023-06-06", "Binance's US affiliate saw its market share slide to 0.9% from about 2% in April as volumes dried up.",
    [P("0.9%", 0.9, c="dt"), P("about 2%", 2, q="~", c="df"), D("April", "2023-04")])
add("cr08", "2024-06-20", "Stablecoins in circulation are worth about $160bn, of which tether accounts for roughly 70 per cent.",
    [M("about $160bn", 160e9, "USD", q="~"), P("roughly 70 per cent", 70, q="~")])

# --- jb: layoffs and hiring --------------------------------------------------------------------------------------
add("jb01", "2023-01-20", "Alphabet is cutting about 12,000 jobs, roughly 6% of its workforce, in the biggest layoff in its 25-year history.",
    [C("about 12,000", 12000, q="~", e="jobs", c="db"), P("roughly 6%", 6, q="~", e="workforce", c="db"), DO("25-year", "duration")])
add("jb02", "2023-03-14", "Meta will lay off another 10,000 employees and close about 5,000 open roles, four months after it cut 11,000.",
    [C("10,000", 10000, e="employees", c="db"), C("about 5,000", 5000, q="~", e="open roles", c="db"), DO("four months after", ["date", "duration"]),
     C("11,000", 11000, c="db")])
add("jb03", "2024-08-01", "Intel will shed more than 15% of its 124,800 staff and slash capital spending by over 20% next year.",
    [P("more than 15%", 15, q=">", c="db"), C("124,800", 124800, e="staff"), P("over 20%", 20, q=">", c="db"), D("next year", "2025")])
add("jb04", "2024-02-09", "Tech companies have announced 34,000 job cuts so far in 2024, according to a tracker, against 263,000 in all of 2023.",
    [C("34,000", 34000, e="job cuts", c="db"), D("2024", "2024"), C("263,000", 263000), D("2023", "2023")])
add("jb05", "2024-09-25", "Foxconn is hiring 50,000 seasonal workers for its Zhengzhou plant, paying bonuses of up to 7,000 yuan to those who stay 90 days.",
    [C("50,000", 50000, e="seasonal workers"), M("up to 7,000 yuan", 7000, "CNY", q="<="), DU("90 days", 90, "day", "P90D")])
add("jb06", "2024-05-08", "The chief executive, 56, will step down after 11 years, and his successor, who is 48, joins from Microsoft.",
    [DO("56", AGE), DU("11 years", 11, "year", "P11Y"), DO("48", AGE)])
add("jb07", "2025-01-10", "Employers added 256,000 jobs in December, the most since March, and the unemployment rate edged down to 4.1% from 4.2%.",
    [C("256,000", 256000, e="jobs", c="ub"), D("December", "2024-12"), D("March", "2024-03"), P("4.1%", 4.1, c="dt"), P("4.2%", 4.2, c="df")])
add("jb08", "2024-01-31", "PayPal will cut 2,500 roles, or about 9% of its global workforce of around 27,200.",
    [C("2,500", 2500, e="roles", c="db"), P("about 9%", 9, q="~", e="global workforce", c="db"), C("around 27,200", 27200, q="~")])

# --- gd: guidance, estimates, buybacks, dividends, splits --------------------------------------------------------
add("gd01", "2024-10-31", "Apple authorised a $110 billion share buyback, the largest in US history, and raised its quarterly dividend 4% to 25 cents a share.",
    [M("$110 billion", 110e9, "USD"), SET("quarterly", "P3M"), P("4%", 4, c="ub"), M("25 cents", 0.25, "USD", c="ut")])
add("gd02", "2024-05-22", "Nvidia announced a 10-for-1 stock split and raised its quarterly cash dividend by 150% to 1 cent a share on a post-split basis.",
    [R("10-for-1", 10), SET("quarterly", "P3M"), P("150%", 150, c="ub"), M("1 cent", 0.01, "USD", c="ut")])
add("gd03", "2024-02-06", "Chipotle's board approved a 50-for-1 split, which would cut the price of one share from about $2,900 to roughly $58.",
    [R("50-for-1", 50), OPT("one", "count"), M("about $2,900", 2900, "USD", q="~", c="df"), M("roughly $58", 58, "USD", q="~", c="dt")])
add("gd04", "2024-04-25", "Alphabet declared its first-ever dividend of 20 cents a share and a $70 billion buyback, sending the stock up 10% after hours.",
    [OPT("first-ever", "ordinal"), M("20 cents", 0.2, "USD"), M("$70 billion", 70e9, "USD"), P("10%", 10, c="ub")])
add("gd05", "2025-01-29", "Meta guided first-quarter revenue to $39.5 billion-$41.8 billion, the midpoint of which was below the $41.7 billion consensus.",
    [DO("first-quarter"), M("$39.5 billion-$41.8 billion", None, "USD", q="range", lo=39.5e9, hi=41.8e9), M("$41.7 billion", 41.7e9, "USD")])
add("gd06", "2024-07-30", "Microsoft posted per-share earnings of $2.95, beating the $2.93 expected, on revenue up 15 percent at $64.7 billion.",
    [M("$2.95", 2.95, "USD"), M("$2.93", 2.93, "USD"), P("15 percent", 15, c="ub"), M("$64.7 billion", 64.7e9, "USD", c="ut")])
add("gd07", "2024-10-24", "The company now sees full-year adjusted earnings of $4.10 to $4.25 a share, up from its prior guidance of $3.95 to $4.15.",
    [DO("full-year"), M("$4.10 to $4.25", None, "USD", q="range", lo=4.10, hi=4.25, c="ut"), M("$3.95 to $4.15", None, "USD", q="range", lo=3.95, hi=4.15, c="uf")])
add("gd08", "2023-11-02", "Adjusted per-share earnings of 83 cents compared with the 72 cents Wall Street had forecast, the company said.",
    [M("83 cents", 0.83, "USD"), M("72 cents", 0.72, "USD")])
add("gd09", "2024-03-01", "Analysts polled by LSEG expect revenue to grow in the mid-single digits this year, after double-digit growth in each of the past three years.",
    [D("this year", "2024"), DO("the past three years", "duration")])
add("gd10", "2024-12-03", "Berkshire Hathaway holds a record $325.2 billion in cash, up from $276.9 billion three months earlier, after selling about a quarter of its Apple stake.",
    [M("$325.2 billion", 325.2e9, "USD", c="ut"), M("$276.9 billion", 276.9e9, "USD", c="uf"), DO("three months earlier"), R("about a quarter", 0.25, q="~")])
add("gd11", "2025-02-20", "Walmart forecast annual sales growth of 3% to 4%, short of the 4.1% analysts expected, and its shares slid 6.5%.",
    [SET("annual", "P1Y"), P("3% to 4%", None, q="range", lo=3, hi=4, c="ub"), P("4.1%", 4.1, c="ub"), P("6.5%", 6.5, c="db")])
add("gd12", "2024-07-17", "ASML trades at about 35x forward earnings, against an average of 28x over the past decade.",
    [R("about 35x", 35, q="~"), R("28x", 28), DO("the past decade", "duration")])
add("gd13", "2024-09-12", "Oracle targets revenue of at least $104 billion in fiscal 2029, 2.5x this year's figure, with cloud infrastructure growing more than 30% annually.",
    [M("at least $104 billion", 104e9, "USD", q=">="), DO("fiscal 2029"), R("2.5x", 2.5), D("this year", "2024", of=True), P("more than 30%", 30, q=">", c="ub"),
     SET("annually", "P1Y")])
add("gd14", "2024-08-29", "The board raised the annual dividend by 8 percent to ¥58 and set a share buyback of up to ¥150 billion, or 2.3% of shares outstanding.",
    [SET("annual", "P1Y"), P("8 percent", 8, c="ub"), M("¥58", 58, "JPY", c="ut"), M("up to ¥150 billion", 150e9, "JPY", q="<="), P("2.3%", 2.3, e="shares outstanding")])
add("gd15", "2025-02-27", "Earnings before interest and tax are seen at €1.1bn-€1.3bn, down from €1.6bn, with a margin of between 9% and 10%.",
    [M("€1.1bn-€1.3bn", None, "EUR", q="range", lo=1.1e9, hi=1.3e9, c="dt"), M("€1.6bn", 1.6e9, "EUR", c="df"),
     P("between 9% and 10%", None, q="range", lo=9, hi=10)])
add("gd16", "2024-11-07", "Qualcomm returned $2.4 billion to shareholders in the quarter, including $1.5 billion of buybacks and $947 million in dividends.",
    [M("$2.4 billion", 2.4e9, "USD"), DO("the quarter"), M("$1.5 billion", 1.5e9, "USD"), M("$947 million", 947e6, "USD")])

# --- sm: stock moves and market value -----------------------------------------------------------------------------
add("sm01", "2024-06-18", "Nvidia's market value climbed to $3.34 trillion, overtaking Microsoft, as its shares rose 3.5% to $135.58.",
    [M("$3.34 trillion", 3.34e12, "USD", c="ut"), P("3.5%", 3.5, c="ub"), M("$135.58", 135.58, "USD", c="ut")])
add("sm02", "2025-01-27", "Shares in the chipmaker plunged 17% on Monday, wiping nearly $593 billion off its value, the biggest one-day loss for any US company.",
    [P("17%", 17, c="db"), DO("Monday"), M("nearly $593 billion", 593e9, "USD", q="~", c="db"), DO("one-day", "duration")])
add("sm03", "2024-08-05", "The Nikkei 225 tumbled 12.4% to 31,458.42, its worst day since 1987, before rebounding 10.2% the next session.",
    [P("12.4%", 12.4, c="db"), IX("31,458.42", c="dt"), D("1987", "1987"), P("10.2%", 10.2, c="ub")], ["Nikkei 225"])
add("sm04", "2024-11-06", "Tesla stock jumped 14.8% to $288.53, adding about $120bn to Elon Musk's net worth on paper.",
    [P("14.8%", 14.8, c="ub"), M("$288.53", 288.53, "USD", c="ut"), M("about $120bn", 120e9, "USD", q="~", c="ub")])
add("sm05", "2024-04-30", "Shares of the chip-equipment maker were little changed at €870, having gained about 32% so far this year.",
    [M("€870", 870, "EUR"), P("about 32%", 32, q="~", c="ub"), D("this year", "2024")])
add("sm06", "2024-09-03", "Nvidia slid 9.5% on Tuesday, erasing $279 billion of market value, a record one-day loss for a US stock.",
    [P("9.5%", 9.5, c="db"), DO("Tuesday"), M("$279 billion", 279e9, "USD", c="db"), DO("one-day", "duration")])
add("sm07", "2024-07-25", "Alphabet fell 5% and Meta edged 0.6% lower, while the Nasdaq Composite lost 3.6%, its steepest drop since October 2022.",
    [P("5%", 5, c="db"), P("0.6%", 0.6, c="db"), P("3.6%", 3.6, c="db"), D("October 2022", "2022-10")])
add("sm08", "2024-12-11", "Broadcom's shares are up 70% in 2024 and trade at 33 times expected earnings, against 22 times for the S&P 500.",
    [P("70%", 70, c="ub"), D("2024", "2024"), R("33 times", 33), R("22 times", 22)], ["S&P 500"])
add("sm09", "2023-05-31", "Nvidia became the first chipmaker to be worth $1 trillion after its stock rallied 24% in one session following a blowout sales forecast.",
    [OPT("first", "ordinal"), M("$1 trillion", 1e12, "USD"), P("24%", 24, c="ub"), DO("one session", "duration")])
add("sm10", "2024-10-16", "ASML's shares sank 16% in two days, knocking €50bn off the Dutch firm's value, after bookings of €2.6bn came in at less than half the €5.6bn expected.",
    [P("16%", 16, c="db"), DU("two days", 2, "day", "P2D"), M("€50bn", 50e9, "EUR", c="db"), M("€2.6bn", 2.6e9, "EUR"), R("less than half", 0.5, q="<"),
     M("€5.6bn", 5.6e9, "EUR")])
add("sm11", "2024-02-23", "The stock, which was flat for most of the session, closed up 16.4% at $785.38, a gain of $277 billion in market value.",
    [P("16.4%", 16.4, c="ub"), M("$785.38", 785.38, "USD", c="ut"), M("$277 billion", 277e9, "USD", c="ub")])
add("sm12", "2025-03-10", "Tesla shares have fallen 45% from their December peak of $479.86, and closed down 15% at $222.15 on Monday.",
    [P("45%", 45, c="db"), D("December", "2024-12"), M("$479.86", 479.86, "USD", c="df"), P("15%", 15, c="db"), M("$222.15", 222.15, "USD", c="dt"), DO("Monday")])
add("sm13", "2024-01-04", "Apple shares have dropped about 6% this week, the worst start to a year since 2019, after two analysts cut their ratings.",
    [P("about 6%", 6, q="~", c="db"), DO("this week"), D("2019", "2019"), C("two", 2, e="analysts")])
add("sm14", "2024-05-03", "Apple's stock climbed 6% to $183.38, its biggest one-day gain in 18 months, after the iPhone maker unveiled the largest buyback in its history.",
    [P("6%", 6, c="ub"), M("$183.38", 183.38, "USD", c="ut"), DO("one-day", "duration"), DU("18 months", 18, "month", "P18M")])

# --- mx: mixed forms: headlines, shares, ratios, ages ------------------------------------------------------------
add("mx01", "2024-10-24", "Tesla Q3 profit up 17% at $2.17bn; shares leap 12% after hours",
    [DO("Q3"), P("17%", 17, c="ub"), M("$2.17bn", 2.17e9, "USD", c="ut"), P("12%", 12, c="ub")])
add("mx02", "2025-01-16", "TSMC Q4 net up 57% to NT$374.7bn, beats forecasts; sees 2025 revenue growth in mid-20s",
    [DO("Q4"), P("57%", 57, c="ub"), M("NT$374.7bn", 374.7e9, "TWD", c="ut"), D("2025", "2025"), OPT("mid-20s", "percent")])
add("mx03", "2024-09-10", "Apple's share of the global smartphone market slipped to 16% in the second quarter from 17% a year earlier, as Samsung held 19%.",
    [P("16%", 16, c="dt"), DO("the second quarter"), P("17%", 17, c="df"), DO("a year earlier"), P("19%", 19)])
add("mx04", "2024-03-25", "Reddit's founders own about 3% of the company between them, and Advance Publications, its largest holder, has a 30 per cent stake.",
    [P("about 3%", 3, q="~", e="company"), P("30 per cent", 30)])
add("mx05", "2024-06-10", "Three in four enterprise buyers plan to raise AI spending next year, and one in five expects budgets to double, the survey of 800 CIOs found.",
    [R("Three in four", 0.75), D("next year", "2025"), R("one in five", 0.2), R("double", 2, c="ub"), C("800", 800, e="CIOs")])
add("mx06", "2024-11-26", "Each Starlink dish now costs $349, half of what it did two years ago, and the network has more than 6,600 satellites in orbit.",
    [M("$349", 349, "USD", c="dt"), R("half", 0.5, c="db"), D("two years ago", "2022", of=True), C("more than 6,600", 6600, q=">", e="satellites")])
add("mx07", "2024-05-01", "Amazon Web Services' operating margin expanded to 37.6%, up from 24% a year earlier and 29.6% in the previous quarter.",
    [P("37.6%", 37.6, c="ut"), P("24%", 24, c="uf"), DO("a year earlier"), P("29.6%", 29.6, c="uf"), DO("the previous quarter")])
add("mx08", "2024-02-29", "The deal values Ansys at $35 billion, or $382 a share, a 19% premium to its closing price on Dec. 21.",
    [M("$35 billion", 35e9, "USD"), M("$382", 382, "USD"), P("19%", 19), D("Dec. 21", "2023-12-21")])
add("mx09", "2024-12-18", "Micron's outlook for $7.9 billion in revenue, plus or minus $200 million, disappointed investors who had hoped for $8.98 billion.",
    [M("$7.9 billion", 7.9e9, "USD"), f("plus or minus $200 million", "money", 200e6, of=True), M("$8.98 billion", 8.98e9, "USD")])
add("mx10", "2025-02-04", "Revenue at the gaming division fell by a tenth to ¥412.4bn, while operating profit nearly halved.",
    [R("a tenth", 0.1, c="db"), M("¥412.4bn", 412.4e9, "JPY", c="dt"), R("nearly halved", 0.5, q="~", c="db")])
add("mx11", "2024-07-02", "The two companies agreed to merge in an all-stock deal under which shareholders get 0.4 of a new share for each one they hold.",
    [C("two", 2, e="companies"), f("0.4", ["ratio", "count"], 0.4, of=True), OPT("one", "count")])
add("mx12", "2024-04-18", "Netflix will stop reporting quarterly subscriber numbers from 2025, after adding 9.33 million in the first quarter to end March with 269.6 million.",
    [SET("quarterly", "P3M"), D("2025", "2025"), C("9.33 million", 9.33e6, c="ub"), DO("the first quarter"), D("March", "2024-03"), C("269.6 million", 269.6e6, c="ut")])
add("mx13", "2023-09-14", "Arm priced its IPO at $51 a share, the top of its $47-$51 range, valuing the SoftBank-owned chip designer at $54.5 billion.",
    [M("$51", 51, "USD"), M("$47-$51", None, "USD", q="range", lo=47, hi=51), M("$54.5 billion", 54.5e9, "USD")])
add("mx14", "2024-08-22", "A 65W USB-C charger now sells for under $30, a third of the price five years ago.",
    [ME("65W", 65, "watt", e="charger"), M("under $30", 30, "USD", q="<", c="dt"), R("a third", 1 / 3, c="db"), D("five years ago", "2019", of=True)], ["USB-C"])
add("mx15", "2024-03-26", "Semiconductor stocks have nearly doubled in 12 months, and the sector's weighting in the S&P 500 has risen to 10.4%, up from 6.8%.",
    [R("nearly doubled", 2, q="~", c="ub"), DU("12 months", 12, "month", "P12M"), P("10.4%", 10.4, c="ut"), P("6.8%", 6.8, c="uf")], ["S&P 500"])
add("mx16", "2024-09-26", "The 73-year-old co-founder sold 1.2 million shares worth about $180 million under a pre-arranged trading plan.",
    [DO("73-year-old", AGE), C("1.2 million", 1.2e6, e="shares"), M("about $180 million", 180e6, "USD", q="~")])
add("mx17", "2024-11-14", "The data centre will draw up to 1 gigawatt of power, roughly what 750,000 homes use, and cover 2.2 million square feet.",
    [ME("up to 1 gigawatt", 1, "gigawatt", q="<=", e="power"), C("750,000", 750000, e="homes"), ME("2.2 million square feet", 2.2e6, "square foot")])
add("mx18", "2024-07-31", "Samsung's operating profit rose more than fifteenfold to 10.44 trillion won, its highest since the third quarter of 2022.",
    [R("more than fifteenfold", 15, q=">", c="ub"), M("10.44 trillion won", 10.44e12, "KRW", c="ut"), DO("the third quarter of 2022")])


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
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-biztech9-dev.jsonl")


if __name__ == "__main__":
    main()
