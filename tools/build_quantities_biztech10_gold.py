#!/usr/bin/env python3
"""Write data/gold/quantities-biztech10-dev.jsonl from the hand annotations below (issue 9, round 10).

Fresh dev gold (no test half) in the manner of business and technology news from outlets around the world, the
register of the held-back set CQE is measured on, with a weight on currencies of many countries (zloty, forint,
koruna, dirham, rand, shilling, naira, cedi, baht, ringgit, rupiah, dong, hryvnia, lei, Egyptian pound, taka, lira,
shekel, riyal, krona, crowns, reais, pesos of several countries, dinars, roubles, Pakistani rupees), exchange rates
quoted per dollar or euro, earnings, guidance, funding rounds, chips, phones, EVs, telecoms, commodities, M&A,
layoffs, valuation multiples, buybacks and user numbers, plus the lead's probe sentences (ids `pr..`, ref
2020-06-15). Every sentence was written by hand for this file by one numfacts developer (none copied from a news
source, the issue or the existing gold; names are real, figures plausible, not facts), and annotated with the
conventions of data/gold/README.md and README-registers.md BEFORE numfacts was run on it.

Choice made here (the lead's, issue 9 round 10): an exchange rate quoted per dollar or per euro whose currency the
sentence names (`The Kenyan shilling weakened to 153 per dollar`, `the forint slipped to 394.5 per euro`) is kind
`money` in that currency, scored (no longer detection only), its change that of the currency's verb.
Usage: build_quantities_biztech10_gold.py [OUT.jsonl]
"""
from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, ME, OPT, RG, SET, B, C, D, M, P, R, f, write

CASES: list[dict] = []


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"biztech10-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})




# --- pr: the lead's probe sentences (ref 2020-06-15) --------------------------------------------------------------
PR = "2020-06-15"
add("pr01", PR, "Sales reached SFr 8.4bn, while Roche booked CHF 2.1 billion and Nestle Fr. 93 million.",
    [M("SFr 8.4bn", 8.4e9, "CHF"), M("CHF 2.1 billion", 2.1e9, "CHF"), M("Fr. 93 million", 93e6, "CHF")])
add("pr02", PR, "PGE earned 1.1 billion zlotys in the quarter, while Orlen lost 2.3 billion zlotys.",
    [M("1.1 billion zlotys", 1.1e9, "PLN"), DO("the quarter"), M("2.3 billion zlotys", 2.3e9, "PLN")])
add("pr03", PR, "The Kenyan shilling weakened to 153 per dollar, while Mexico's peso rose 0.4% to 17.21 per dollar.",
    [M("153 per dollar", 153, "KES", c="dt"), P("0.4%", 0.4, c="ub"), M("17.21 per dollar", 17.21, "MXN", c="ut")])
add("pr04", PR, "The startup raised a $120 million Series C round led by Sequoia, valuing it at $1.1 billion.",
    [M("$120 million", 120e6, "USD"), M("$1.1 billion", 1.1e9, "USD")], ["Series C"])
add("pr05", PR, "The Swiss building-materials group booked sales of SFr 8.4bn last year, up 2.5%.",
    [M("SFr 8.4bn", 8.4e9, "CHF", c="ut"), D("last year", "2019"), P("2.5%", 2.5, c="ub")])
add("pr06", PR, "Sterling opened at 1.4720 dlrs, up from 1.4690 at yesterday's close.",
    [M("1.4720 dlrs", 1.472, "USD", c="ut"), M("1.4690", 1.469, "USD", c="uf"), D("yesterday", "2020-06-14", of=True)])
add("pr07", PR, "Shr 1.22 dlrs vs 98 cts. Net 14.3 mln vs 11.6 mln.",
    [M("1.22 dlrs", 1.22, "USD"), M("98 cts", 0.98, "USD"), M("14.3 mln", 14.3e6, "USD"), M("11.6 mln", 11.6e6, "USD")])
add("pr08", PR, "OPEC said output would be raised by 200,000 barrels per day, or bpd, to 1.5 mln bpd.",
    [ME("200,000 barrels per day", 200000, "barrel per day", c="ub"), ME("1.5 mln bpd", 1.5e6, "barrel per day", c="ut")])
add("pr09", PR, "Nvidia guided to Q4 revenue of $20bn, plus or minus 2%, well above the $17.9bn analysts expected.",
    [DO("Q4"), M("$20bn", 20e9, "USD"), f("plus or minus 2%", "percent", 2, of=True), M("$17.9bn", 17.9e9, "USD")])

# --- fx: currencies of many countries, and rates per dollar or euro ---------------------------------------------
add("fx01", "2024-07-12", "Poland's zloty firmed 0.3% to 3.93 per euro, while Hungary's forint slipped to 394.5 per euro and the Czech koruna held at 25.30.",
    [P("0.3%", 0.3, c="ub"), M("3.93 per euro", 3.93, "PLN", c="ut"), M("394.5 per euro", 394.5, "HUF", c="dt"), M("25.30", 25.3, "CZK")])
add("fx02", "2024-03-14", "Emirates NBD's net profit climbed 7% to Dh21.5 billion, and the lender set aside Dh1.2 billion for bad loans.",
    [P("7%", 7, c="ub"), M("Dh21.5 billion", 21.5e9, "AED", c="ut"), M("Dh1.2 billion", 1.2e9, "AED")])
add("fx03", "2023-08-22", "The rand weakened past R19 to the dollar for the first time since June, hurting importers such as Shoprite, which reported trading profit of R10.2 billion.",
    [M("R19", 19, "ZAR", c="dt"), OPT("first", "ordinal"), D("June", "2023-06"), M("R10.2 billion", 10.2e9, "ZAR")])
add("fx04", "2024-11-20", "Safaricom's Ethiopian unit widened its loss to 15.2 billion Kenyan shillings, while group net income rose 14% to KSh 42.7 billion.",
    [M("15.2 billion Kenyan shillings", 15.2e9, "KES", c="ut"), P("14%", 14, c="ub"), M("KSh 42.7 billion", 42.7e9, "KES", c="ut")])
add("fx05", "2024-05-02", "Thailand's baht slid 0.6% to 36.95 per dollar and the Malaysian ringgit eased to 4.7550, while Indonesia's rupiah hit 16,250, its weakest in four years.",
    [P("0.6%", 0.6, c="db"), M("36.95 per dollar", 36.95, "THB", c="dt"), M("4.7550", 4.755, "MYR", c="dt"), M("16,250", 16250, "IDR"),
     DU("four years", 4, "year", "P4Y")])
add("fx06", "2024-02-29", "Vietnam's exports rose 19% to $64.3 billion in the first two months, and the central bank set the dong's reference rate at 24,000 per dollar.",
    [P("19%", 19, c="ub"), M("$64.3 billion", 64.3e9, "USD", c="ut"), DO("the first two months"), M("24,000 per dollar", 24000, "VND")])
add("fx07", "2024-06-14", "Nigeria's naira closed at ₦1,478 per dollar on the official market, against about ₦1,485 in parallel trading.",
    [M("₦1,478", 1478, "NGN"), M("about ₦1,485", 1485, "NGN", q="~")])
add("fx08", "2024-08-30", "Ghana's cedi has lost 22% against the dollar this year to trade near 15.6 cedis, the Bank of Ghana said.",
    [P("22%", 22, c="db"), D("this year", "2024"), M("near 15.6 cedis", 15.6, "GHS", q="~", c="dt")])
add("fx09", "2024-04-10", "Ukraine's central bank sold $620 million in a week to hold the hryvnia near 39.4 per dollar.",
    [M("$620 million", 620e6, "USD"), DO("a week", "duration"), M("near 39.4 per dollar", 39.4, "UAH", q="~")])
add("fx10", "2024-09-19", "Romania's budget deficit widened to 73.5 billion lei, or 4.2% of GDP, in the first eight months.",
    [M("73.5 billion lei", 73.5e9, "RON", c="ut"), P("4.2%", 4.2, e="GDP", c="ut"), DO("the first eight months")])
add("fx11", "2024-07-25", "Egypt's pound has steadied at around 48.3 to the dollar since the March devaluation, and remittances rose 45% to $2.7 billion in May.",
    [M("around 48.3 to the dollar", 48.3, "EGP", q="~"), D("March", "2024-03"), P("45%", 45, c="ub"), M("$2.7 billion", 2.7e9, "USD", c="ut"),
     D("May", "2024-05")])
add("fx12", "2024-10-03", "Bangladesh's central bank raised the taka's crawling-peg midpoint to Tk 120 per dollar from Tk 117.",
    [M("Tk 120", 120, "BDT", c="ut"), M("Tk 117", 117, "BDT", c="uf")])
add("fx13", "2024-12-18", "Mexico's peso fell 1.1% to 20.32 per dollar and Chile's peso weakened to 983 per dollar, while Colombia's ended flat at 4,390 pesos.",
    [P("1.1%", 1.1, c="db"), M("20.32 per dollar", 20.32, "MXN", c="dt"), M("983 per dollar", 983, "CLP", c="dt"), M("4,390 pesos", 4390, "COP")])
add("fx14", "2024-06-04", "Philippine conglomerate Ayala posted net income of 12.9 billion pesos, up 11%, as the peso held near 58.7 per dollar.",
    [M("12.9 billion pesos", 12.9e9, "PHP", c="ut"), P("11%", 11, c="ub"), M("near 58.7 per dollar", 58.7, "PHP", q="~")])
add("fx15", "2023-10-26", "Turkey's central bank raised its key rate by 500 basis points to 35%, and the lira slid to a record low of 28.1 per dollar.",
    [BP("500 basis points", 500, c="ub"), P("35%", 35, c="ut"), M("28.1 per dollar", 28.1, "TRY", c="dt")])
add("fx16", "2024-02-13", "Teva's revenue rose 7% to $4.2 billion, Israel's shekel strengthened to 3.63 per dollar, and Bank Leumi earned NIS 9.3 billion for the year.",
    [P("7%", 7, c="ub"), M("$4.2 billion", 4.2e9, "USD", c="ut"), M("3.63 per dollar", 3.63, "ILS", c="ut"), M("NIS 9.3 billion", 9.3e9, "ILS"),
     DO("the year")])
add("fx17", "2024-05-07", "Saudi Aramco's first-quarter net income fell 14% to 102.3 billion riyals ($27.3 billion).",
    [DO("first-quarter"), P("14%", 14, c="db"), M("102.3 billion riyals", 102.3e9, "SAR", c="dt"), M("$27.3 billion", 27.3e9, "USD", c="dt")])
add("fx18", "2024-10-24", "The Swedish krona fell to 10.62 per dollar, and Ericsson's sales dropped 4% to SEK 61.8 billion.",
    [M("10.62 per dollar", 10.62, "SEK", c="dt"), P("4%", 4, c="db"), M("SEK 61.8 billion", 61.8e9, "SEK", c="dt")])
add("fx19", "2024-08-15", "Norway's $1.7 trillion sovereign fund made a first-half profit of 1.48 trillion crowns, or about 8.6%.",
    [M("$1.7 trillion", 1.7e12, "USD"), DO("first-half"), M("1.48 trillion crowns", 1.48e12, "NOK"), P("about 8.6%", 8.6, q="~")])
add("fx20", "2024-11-06", "Novo Nordisk now expects sales to grow 23%-27% at constant exchange rates, and its operating profit was DKK 29.4 billion in the quarter.",
    [RG(P, "23%-27%", 23, 27, c="ub"), M("DKK 29.4 billion", 29.4e9, "DKK"), DO("the quarter")])
add("fx21", "2024-09-05", "Petrobras will pay R$17 billion in dividends, and the Brazilian real weakened 0.8% to 5.63 per dollar.",
    [M("R$17 billion", 17e9, "BRL"), P("0.8%", 0.8, c="db"), M("5.63 per dollar", 5.63, "BRL", c="dt")])
add("fx22", "2024-07-31", "Russia's central bank set the rouble at 85.9 per dollar, and Sberbank's net profit rose 6% to 407 billion roubles in the quarter.",
    [M("85.9 per dollar", 85.9, "RUB"), P("6%", 6, c="ub"), M("407 billion roubles", 407e9, "RUB", c="ut"), DO("the quarter")])
add("fx23", "2024-03-20", "Kuwait's Zain posted revenue of 1.9 billion Kuwaiti dinars ($6.2 billion), up 5%.",
    [M("1.9 billion Kuwaiti dinars", 1.9e9, "KWD", c="ut"), M("$6.2 billion", 6.2e9, "USD", c="ut"), P("5%", 5, c="ub")])
add("fx24", "2024-05-15", "Indonesia's Bank Central Asia earned Rp 12.9 trillion in the first quarter, up 11.7% year on year.",
    [M("Rp 12.9 trillion", 12.9e12, "IDR", c="ut"), DO("the first quarter"), P("11.7%", 11.7, c="ub"), OPT("year on year", "date")])
add("fx25", "2024-08-28", "Fonterra lifted its farmgate milk price forecast to NZ$8.25 a kilogram from NZ$7.75, and the New Zealand dollar rose to 62.3 US cents.",
    [M("NZ$8.25", 8.25, "NZD", c="ut"), M("NZ$7.75", 7.75, "NZD", c="uf"), M("62.3 US cents", 0.623, "USD", c="ut")])
add("fx26", "2024-11-07", "Shopify's revenue climbed 26% to $2.16 billion, and the Canadian dollar dipped to C$1.3950 per US dollar.",
    [P("26%", 26, c="ub"), M("$2.16 billion", 2.16e9, "USD", c="ut"), M("C$1.3950", 1.395, "CAD", c="dt")])
add("fx27", "2024-07-30", "CEZ's net profit dropped 41% to 23.4 billion crowns, the Czech utility said, and the koruna weakened to 25.2 per euro.",
    [P("41%", 41, c="db"), M("23.4 billion crowns", 23.4e9, "CZK", c="dt"), M("25.2 per euro", 25.2, "CZK", c="dt")])
add("fx28", "2024-04-30", "Pakistan's rupee held at 278.3 per dollar, and Lucky Cement's profit rose 21% to Rs 29.5 billion.",
    [M("278.3 per dollar", 278.3, "PKR"), P("21%", 21, c="ub"), M("Rs 29.5 billion", 29.5e9, "PKR", c="ut")])
add("fx29", "2024-09-12", "The dollar bought 142.4 yen and the euro $1.1030, while sterling rose to $1.3120.",
    [M("142.4 yen", 142.4, "JPY"), M("$1.1030", 1.103, "USD"), M("$1.3120", 1.312, "USD", c="ut")])
add("fx30", "2024-06-27", "Hungary's OTP Bank earned HUF 255 billion in the quarter, and its shares rose 2.4% to 17,950 forints.",
    [M("HUF 255 billion", 255e9, "HUF"), DO("the quarter"), P("2.4%", 2.4, c="ub"), M("17,950 forints", 17950, "HUF", c="ut")])
add("fx31", "2024-10-29", "PKO BP's net profit rose 18% to PLN 2.6bn, and its shares slid 3% to 58.10 zł.",
    [P("18%", 18, c="ub"), M("PLN 2.6bn", 2.6e9, "PLN", c="ut"), P("3%", 3, c="db"), M("58.10 zł", 58.1, "PLN", c="dt")])

# --- ea: earnings -----------------------------------------------------------------------------------------------
add("ea01", "2024-10-30", "Alphabet's third-quarter revenue rose 15% to $88.27 billion, and Google Cloud's operating income jumped to $1.95 billion from $266 million.",
    [DO("third-quarter"), P("15%", 15, c="ub"), M("$88.27 billion", 88.27e9, "USD", c="ut"), M("$1.95 billion", 1.95e9, "USD", c="ut"),
     M("$266 million", 266e6, "USD", c="uf")])
add("ea02", "2024-11-14", "Tencent's net profit climbed 47% to 53.2 billion yuan, beating the 47.3 billion yuan analysts had expected.",
    [P("47%", 47, c="ub"), M("53.2 billion yuan", 53.2e9, "CNY", c="ut"), M("47.3 billion yuan", 47.3e9, "CNY")])
add("ea03", "2024-10-17", "TSMC posted third-quarter net income of NT$325.26 billion, up 54.2% from a year earlier, on revenue of US$23.5 billion.",
    [DO("third-quarter"), M("NT$325.26 billion", 325.26e9, "TWD", c="ut"), P("54.2%", 54.2, c="ub"), DO("a year earlier"),
     M("US$23.5 billion", 23.5e9, "USD")])
add("ea04", "2024-07-25", "SK Hynix reported an operating profit of 5.47 trillion won, its highest in six years, as HBM sales more than tripled.",
    [M("5.47 trillion won", 5.47e12, "KRW"), DU("six years", 6, "year", "P6Y"), R("more than tripled", 3, q=">", c="ub")])
add("ea05", "2024-05-08", "Toyota's operating profit for the year to March more than doubled to a record ¥5.35 trillion, and it forecast ¥4.3 trillion this year.",
    [DO("the year to March"), R("more than doubled", 2, q=">", c="ub"), M("¥5.35 trillion", 5.35e12, "JPY", c="ut"), M("¥4.3 trillion", 4.3e12, "JPY"),
     D("this year", "2024", of=True)])
add("ea06", "2024-07-25", "Nestle's shares fell 5.1% to Fr. 89.12 after it cut its sales outlook, and first-half net profit slipped 9.2% to SFr 5.6 billion.",
    [P("5.1%", 5.1, c="db"), M("Fr. 89.12", 89.12, "CHF", c="dt"), DO("first-half"), P("9.2%", 9.2, c="db"), M("SFr 5.6 billion", 5.6e9, "CHF", c="dt")])
add("ea07", "2024-08-01", "Shell's adjusted earnings reached $6.3 billion in the second quarter, above the $5.9 billion forecast, and it kept buybacks at $3.5 billion a quarter.",
    [M("$6.3 billion", 6.3e9, "USD"), DO("the second quarter"), M("$5.9 billion", 5.9e9, "USD"), M("$3.5 billion", 3.5e9, "USD"), OPT("a quarter", "set")])
add("ea08", "2024-11-05", "Palantir lifted its annual revenue forecast to between $2.805 billion and $2.809 billion.",
    [SET("annual", "P1Y"), RG(M, "between $2.805 billion and $2.809 billion", 2.805e9, 2.809e9, "USD", c="ut")])
add("ea09", "2024-02-15", "Airbnb swung to a fourth-quarter net loss of $349 million from a profit of $1.57 billion, hit by a $1 billion tax charge.",
    [DO("fourth-quarter"), M("$349 million", 349e6, "USD", c="dt"), M("$1.57 billion", 1.57e9, "USD", c="df"), M("$1 billion", 1e9, "USD")])
add("ea10", "2023-07-28", "Intel posted net income of $1.5 billion, compared with a loss of $8.8 billion a year earlier, and revenue of $12.9 billion, down 15%.",
    [M("$1.5 billion", 1.5e9, "USD"), M("$8.8 billion", 8.8e9, "USD"), DO("a year earlier"), M("$12.9 billion", 12.9e9, "USD", c="dt"), P("15%", 15, c="db")])
add("ea11", "2024-10-29", "Adjusted earnings per share came in at $1.08, against consensus of 97 cents.",
    [M("$1.08", 1.08, "USD"), M("97 cents", 0.97, "USD")])
add("ea12", "2024-08-22", "Xiaomi's adjusted net profit rose 20.1% to 6.2 billion yuan as smartphone shipments grew 28% to 42.2 million units.",
    [P("20.1%", 20.1, c="ub"), M("6.2 billion yuan", 6.2e9, "CNY", c="ut"), P("28%", 28, c="ub"), C("42.2 million", 42.2e6, e="units", c="ut")])
add("ea13", "2024-04-18", "Infosys posted a net profit of Rs 7,969 crore for the March quarter, up 30% from a year ago.",
    [M("Rs 7,969 crore", 7.969e10, "INR", c="ut"), DO("the March quarter"), P("30%", 30, c="ub"), OPT("a year ago", "date")])
add("ea14", "2024-07-23", "Texas Instruments' revenue fell 16% to $3.82 billion, its seventh straight quarterly decline.",
    [P("16%", 16, c="db"), M("$3.82 billion", 3.82e9, "USD", c="dt"), OPT("seventh", "ordinal"), SET("quarterly", "P3M")])
add("ea15", "2024-10-31", "Amazon's operating income jumped 56% to $17.4 billion, and AWS sales grew 19% to $27.5 billion.",
    [P("56%", 56, c="ub"), M("$17.4 billion", 17.4e9, "USD", c="ut"), P("19%", 19, c="ub"), M("$27.5 billion", 27.5e9, "USD", c="ut")])

# --- gd: guidance -----------------------------------------------------------------------------------------------
add("gd01", "2024-08-28", "Salesforce kept its fiscal 2025 revenue outlook at $37.7 billion to $38 billion, growth of 8% to 9%.",
    [DO("fiscal 2025"), RG(M, "$37.7 billion to $38 billion", 37.7e9, 38e9, "USD", c="ut"), RG(P, "8% to 9%", 8, 9, c="ub")])
add("gd02", "2024-07-30", "AMD expects third-quarter revenue of about $6.7 billion, plus or minus $300 million, implying growth of roughly 16%.",
    [DO("third-quarter"), M("about $6.7 billion", 6.7e9, "USD", q="~"), f("plus or minus $300 million", "money", 300e6, of=True),
     P("roughly 16%", 16, q="~", c="ub")])
add("gd03", "2024-01-25", "Tesla warned that volume growth may be notably lower this year, after deliveries rose 38% to 1.81 million in 2023.",
    [D("this year", "2024"), P("38%", 38, c="ub"), C("1.81 million", 1.81e6, c="ut"), D("2023", "2023")])
add("gd04", "2024-02-01", "Meta forecast first-quarter sales of $34.5 billion to $37 billion and total expenses of $94 billion to $99 billion for 2024.",
    [DO("first-quarter"), RG(M, "$34.5 billion to $37 billion", 34.5e9, 37e9, "USD"), RG(M, "$94 billion to $99 billion", 94e9, 99e9, "USD"),
     D("2024", "2024")])
add("gd05", "2025-01-30", "Apple expects gross margin of 46.5% to 47.5% in the March quarter.",
    [RG(P, "46.5% to 47.5%", 46.5, 47.5), DO("the March quarter")])
add("gd06", "2024-11-20", "Target cut its full-year profit forecast to $8.30 to $8.90 a share from $9 to $9.70.",
    [DO("full-year"), RG(M, "$8.30 to $8.90", 8.3, 8.9, "USD", c="dt"), RG(M, "$9 to $9.70", 9, 9.7, "USD", c="df")])
add("gd07", "2024-10-21", "SAP raised its 2024 cloud revenue outlook to €17.0 billion-€17.3 billion.",
    [D("2024", "2024"), RG(M, "€17.0 billion-€17.3 billion", 17.0e9, 17.3e9, "EUR", c="ut")])
add("gd08", "2024-11-08", "Airbnb sees fourth-quarter revenue of $2.39 billion to $2.44 billion, roughly in line with the $2.42 billion expected.",
    [DO("fourth-quarter"), RG(M, "$2.39 billion to $2.44 billion", 2.39e9, 2.44e9, "USD"), M("$2.42 billion", 2.42e9, "USD")])

# --- fu: funding rounds --------------------------------------------------------------------------------------------
add("fu01", "2024-05-21", "Scale AI raised $1 billion in a Series F round that values the data-labelling start-up at $13.8 billion, nearly double its 2021 valuation.",
    [M("$1 billion", 1e9, "USD"), M("$13.8 billion", 13.8e9, "USD"), R("nearly double", 2, q="~"), D("2021", "2021")], ["Series F"])
add("fu02", "2024-06-11", "Munich-based Helsing closed a €450m funding round at a valuation of €4.5bn, triple what investors paid last year.",
    [M("€450m", 450e6, "EUR"), M("€4.5bn", 4.5e9, "EUR"), R("triple", 3), D("last year", "2023")])
add("fu03", "2024-08-30", "Quick-commerce firm Zepto raised $340 million at a $5 billion valuation, up from $3.6 billion in June.",
    [M("$340 million", 340e6, "USD"), M("$5 billion", 5e9, "USD", c="ut"), M("$3.6 billion", 3.6e9, "USD", c="uf"), D("June", "2024-06")])
add("fu04", "2024-09-18", "The Nairobi-based lender raised KSh 1.3 billion in seed funding, the largest such round in East Africa this year.",
    [M("KSh 1.3 billion", 1.3e9, "KES"), D("this year", "2024")])
add("fu05", "2024-07-09", "Funding for Southeast Asian start-ups shrank 26% to $1.2bn in the first half, with Indonesian firms taking about a third.",
    [P("26%", 26, c="db"), M("$1.2bn", 1.2e9, "USD", c="dt"), DO("the first half"), R("about a third", 1 / 3, q="~")])
add("fu06", "2024-10-23", "Lagos-based Moniepoint raised $110 million in a Series C round, making it Nigeria's latest unicorn with a valuation above $1 billion.",
    [M("$110 million", 110e6, "USD"), M("above $1 billion", 1e9, "USD", q=">")], ["Series C"])
add("fu07", "2025-02-14", "Anthropic is raising $3.5 billion at a $61.5 billion valuation, more than triple the $18 billion it was valued at a year ago.",
    [M("$3.5 billion", 3.5e9, "USD"), M("$61.5 billion", 61.5e9, "USD"), R("more than triple", 3, q=">"), M("$18 billion", 18e9, "USD"),
     OPT("a year ago", "date")])
add("fu08", "2024-04-02", "Polish fintech Booksy raised 180 million zlotys, or about $45 million, from existing investors.",
    [M("180 million zlotys", 180e6, "PLN"), M("about $45 million", 45e6, "USD", q="~")])
add("fu09", "2024-12-17", "Databricks' Series J brings its total raised to about $14 billion across 11 rounds since 2013.",
    [M("about $14 billion", 14e9, "USD", q="~", c="ut"), C("11", 11, e="rounds"), D("2013", "2013")], ["Series J"])
add("fu10", "2024-03-19", "Indian start-ups raised just $7 billion in 2023, down 72% from $25 billion a year earlier, Tracxn data show.",
    [M("$7 billion", 7e9, "USD", c="dt"), D("2023", "2023"), P("72%", 72, c="db"), M("$25 billion", 25e9, "USD", c="df"), DO("a year earlier")])

# --- ch: chips ---------------------------------------------------------------------------------------------------
add("ch01", "2024-03-18", "Nvidia's Blackwell GPU packs 208 billion transistors and up to 192GB of HBM3e memory, and will cost between $30,000 and $40,000.",
    [C("208 billion", 208e9, e="transistors"), ME("up to 192GB", 192, "gigabyte", q="<=", e="memory"),
     RG(M, "between $30,000 and $40,000", 30000, 40000, "USD")], ["HBM3e"])
add("ch02", "2024-04-25", "TSMC's A16 process, due in 2026, offers 8% to 10% more speed at the same power, or a 15% to 20% power reduction.",
    [D("2026", "2026"), RG(P, "8% to 10%", 8, 10), RG(P, "15% to 20%", 15, 20, c="db")], ["A16"])
add("ch03", "2024-10-02", "Wafer starts at the fab will reach 100,000 a month by 2027, the company said, up from about 30,000 now.",
    [C("100,000", 100000, c="ut"), OPT("a month", "set"), D("2027", "2027"), C("about 30,000", 30000, q="~", c="uf")])
add("ch04", "2024-06-05", "Arm expects to hold more than 50% of the Windows PC market within five years.",
    [P("more than 50%", 50, q=">", e="Windows PC market"), B("within five years", 5, "year", "P5Y", "<=")])
add("ch05", "2024-09-05", "Broadcom's AI semiconductor revenue rose 47% to $3.1 billion, and it expects $12 billion for the fiscal year.",
    [P("47%", 47, c="ub"), M("$3.1 billion", 3.1e9, "USD", c="ut"), M("$12 billion", 12e9, "USD"), DO("the fiscal year")])
add("ch06", "2024-11-19", "The supercomputer has 9,408 AMD GPUs and delivers 1.35 exaflops, making it the fastest on the Top500 list.",
    [C("9,408", 9408, e="AMD GPUs"), f("1.35 exaflops", ["measure", "count"], 1.35, of=True)], ["Top500"])
add("ch07", "2024-12-06", "China's chip imports rose 14% to $385 billion in the first 11 months, while exports of older chips climbed 21.5%.",
    [P("14%", 14, c="ub"), M("$385 billion", 385e9, "USD", c="ut"), DO("the first 11 months"), P("21.5%", 21.5, c="ub")])
add("ch08", "2024-08-29", "Micron will spend about ¥500 billion on a plant in Hiroshima, with Tokyo chipping in up to ¥192 billion in subsidies.",
    [M("about ¥500 billion", 500e9, "JPY", q="~"), M("up to ¥192 billion", 192e9, "JPY", q="<=")])

# --- ph: phones ----------------------------------------------------------------------------------------------------
add("ph01", "2024-01-17", "Samsung's Galaxy S24 Ultra has a 6.8-inch screen, a 200MP main camera and a 5,000mAh battery, and starts at $1,299.99.",
    [ME("6.8-inch", 6.8, "inch", e="screen"), ME("200MP", 200, "megapixel", e="camera"), ME("5,000mAh", 5000, "milliampere-hour", e="battery"),
     M("$1,299.99", 1299.99, "USD")], ["S24"])
add("ph02", "2024-10-14", "Global smartphone shipments rose 4% to 316 million units in the third quarter, with Apple's share at 18%.",
    [P("4%", 4, c="ub"), C("316 million", 316e6, e="units", c="ut"), DO("the third quarter"), P("18%", 18)])
add("ph03", "2024-09-10", "Huawei's tri-fold Mate XT unfolds to a 10.2-inch screen and costs 19,999 yuan, about $2,800.",
    [ME("10.2-inch", 10.2, "inch", e="screen"), M("19,999 yuan", 19999, "CNY"), M("about $2,800", 2800, "USD", q="~")])
add("ph04", "2024-05-16", "India's smartphone market grew 11.5% to 34 million units, while average selling prices climbed to ₹21,400.",
    [P("11.5%", 11.5, c="ub"), C("34 million", 34e6, e="units", c="ut"), M("₹21,400", 21400, "INR", c="ut")])
add("ph05", "2024-07-30", "Transsion, which sells Tecno phones across Africa, shipped 25.5 million handsets, up 41%, for a 9% global share.",
    [C("25.5 million", 25.5e6, e="handsets", c="ut"), P("41%", 41, c="ub"), P("9%", 9)])
add("ph06", "2024-02-26", "The foldable's hinge survived 400,000 folds in testing, and its 4,600mAh cells charge to 50% in 30 minutes.",
    [C("400,000", 400000, e="folds"), ME("4,600mAh", 4600, "milliampere-hour", e="cells"), P("50%", 50), DU("30 minutes", 30, "minute", "PT30M")])

# --- ev: EVs -------------------------------------------------------------------------------------------------------
add("ev01", "2024-10-02", "Tesla delivered 462,890 vehicles in the third quarter, up 6.4% from a year earlier but short of the 463,310 analysts expected.",
    [C("462,890", 462890, e="vehicles", c="ut"), DO("the third quarter"), P("6.4%", 6.4, c="ub"), DO("a year earlier"), C("463,310", 463310)])
add("ev02", "2024-07-02", "BYD's sales of battery-electric cars rose 21% to 426,039 in the second quarter, trailing Tesla's 443,956.",
    [P("21%", 21, c="ub"), C("426,039", 426039, c="ut"), DO("the second quarter"), C("443,956", 443956)])
add("ev03", "2024-06-12", "The EU will impose extra duties of up to 38.1% on Chinese EVs, on top of the existing 10% tariff.",
    [P("up to 38.1%", 38.1, q="<="), P("10%", 10)])
add("ev04", "2024-11-12", "VinFast's deliveries jumped 61% to 21,912 cars in the quarter, though its net loss widened to $550 million.",
    [P("61%", 61, c="ub"), C("21,912", 21912, e="cars", c="ut"), DO("the quarter"), M("$550 million", 550e6, "USD", c="ut")])
add("ev05", "2024-04-24", "The electric G-Class has four motors producing 587 horsepower and a 116kWh battery with a range of up to 473km.",
    [C("four", 4, e="motors"), ME("587 horsepower", 587, "horsepower"), ME("116kWh", 116, "kilowatt hour", e="battery"),
     ME("up to 473km", 473, "kilometre", q="<=")])
add("ev06", "2024-03-29", "Xiaomi took 88,898 orders for its SU7 within 24 hours of launch.",
    [C("88,898", 88898, e="orders"), B("within 24 hours", 24, "hour", "PT24H", "<=")], ["SU7"])
add("ev07", "2024-08-27", "Battery maker CATL cut cell prices by about 10% to roughly 0.4 yuan per watt-hour.",
    [P("about 10%", 10, q="~", c="db"), M("roughly 0.4 yuan", 0.4, "CNY", q="~", c="dt")])
add("ev08", "2024-11-22", "Northvolt's debts exceed $5.8 billion, against just $30 million of cash on hand, court filings show.",
    [M("$5.8 billion", 5.8e9, "USD"), M("$30 million", 30e6, "USD")])

# --- tc: telecoms --------------------------------------------------------------------------------------------------
add("tc01", "2024-06-28", "Reliance Jio will raise mobile tariffs by 12% to 25%, lifting its cheapest plan to ₹189 from ₹155.",
    [RG(P, "12% to 25%", 12, 25, c="ub"), M("₹189", 189, "INR", c="ut"), M("₹155", 155, "INR", c="uf")])
add("tc02", "2024-11-05", "Vodafone Idea lost 1.5 million subscribers in September, taking its base down to 210 million.",
    [C("1.5 million", 1.5e6, e="subscribers", c="db"), D("September", "2024-09"), C("210 million", 210e6, c="dt")])
add("tc03", "2024-05-13", "Vodacom's group revenue rose 24.5% to R150.9 billion, boosted by its operations in Kenya and Egypt.",
    [P("24.5%", 24.5, c="ub"), M("R150.9 billion", 150.9e9, "ZAR", c="ut")])
add("tc04", "2024-02-08", "Airtel Africa's customer base grew 7.9% to 151.2 million, and mobile money transaction value topped $120 billion.",
    [P("7.9%", 7.9, c="ub"), C("151.2 million", 151.2e6, c="ut"), M("$120 billion", 120e9, "USD")])
add("tc05", "2024-07-31", "MTN Nigeria swung to a first-half loss of ₦519 billion after the naira's devaluation, from a profit of ₦168.9 billion.",
    [DO("first-half"), M("₦519 billion", 519e9, "NGN", c="dt"), M("₦168.9 billion", 168.9e9, "NGN", c="df")])
add("tc06", "2024-10-29", "Telefonica Brasil's mobile ARPU rose 5.7% to R$29.90 a month, and it has 101.9 million accesses.",
    [P("5.7%", 5.7, c="ub"), M("R$29.90", 29.9, "BRL", c="ut"), OPT("a month", "set"), C("101.9 million", 101.9e6, e="accesses")])
add("tc07", "2024-09-09", "Thailand's True Corp cut 2,000 jobs and aims to save 2 billion baht a year from network sharing.",
    [C("2,000", 2000, e="jobs", c="db"), M("2 billion baht", 2e9, "THB"), OPT("a year", "set")])
add("tc08", "2024-04-18", "Starlink now has more than 3 million users in about 100 countries, and its kit costs 40,000 Philippine pesos in Manila.",
    [C("more than 3 million", 3e6, q=">", e="users"), C("about 100", 100, q="~", e="countries"), M("40,000 Philippine pesos", 40000, "PHP")])

# --- cm: commodities -----------------------------------------------------------------------------------------------
add("cm01", "2024-04-12", "Gold hit a record $2,431.29 an ounce, and silver jumped 4.2% to $28.65.",
    [M("$2,431.29", 2431.29, "USD"), P("4.2%", 4.2, c="ub"), M("$28.65", 28.65, "USD", c="ut")])
add("cm02", "2024-10-07", "Brent crude settled up $2.30, or 3%, at $80.93 a barrel, its highest close in five weeks.",
    [M("$2.30", 2.3, "USD", c="ub"), P("3%", 3, c="ub"), M("$80.93", 80.93, "USD", c="ut"), DU("five weeks", 5, "week", "P5W")])
add("cm03", "2024-06-03", "OPEC+ agreed to extend output cuts of 3.66 million barrels per day into 2025.",
    [ME("3.66 million barrels per day", 3.66e6, "barrel per day", c="db"), D("2025", "2025")])
add("cm04", "2024-09-20", "Copper rose 1.2% to $9,450 a tonne on the London Metal Exchange, while aluminium eased to $2,480.",
    [P("1.2%", 1.2, c="ub"), M("$9,450", 9450, "USD", c="ut"), M("$2,480", 2480, "USD", c="dt")])
add("cm05", "2024-02-15", "Cocoa futures topped $6,000 a tonne for the first time, having more than doubled in a year.",
    [M("$6,000", 6000, "USD", q=None), OPT("first", "ordinal"), R("more than doubled", 2, q=">", c="ub"), DO("a year", "duration")])
add("cm06", "2024-11-22", "Malaysian palm oil futures rose 1.3% to RM4,963 a tonne, the highest since 2022.",
    [P("1.3%", 1.3, c="ub"), M("RM4,963", 4963, "MYR", c="ut"), D("2022", "2022")])
add("cm07", "2024-08-29", "Arabica coffee rose 2.8% to $2.49 a pound, while Brazil's crop was estimated at 54.8 million 60-kg bags.",
    [P("2.8%", 2.8, c="ub"), M("$2.49", 2.49, "USD", c="ut"), C("54.8 million", 54.8e6, e="bags"), ME("60-kg", 60, "kilogram", e="bags")])
add("cm08", "2024-05-09", "South Africa's platinum output fell 5.6% in March, and the metal traded near R18,200 an ounce in Johannesburg.",
    [P("5.6%", 5.6, c="db"), D("March", "2024-03"), M("near R18,200", 18200, "ZAR", q="~")])
add("cm09", "2024-12-10", "Iron ore slid 2% to $104.50 a tonne in Singapore after China's imports fell to 98.1 million tonnes in November.",
    [P("2%", 2, c="db"), M("$104.50", 104.5, "USD", c="dt"), ME("98.1 million tonnes", 98.1e6, "tonne", c="dt"), D("November", "2024-11")])
add("cm10", "2024-03-26", "US natural gas futures dropped 4% to $1.66 per mmBtu, while Dutch TTF gas traded at €27.50 per megawatt-hour.",
    [P("4%", 4, c="db"), M("$1.66", 1.66, "USD", c="dt"), M("€27.50", 27.5, "EUR")])
add("cm11", "2024-07-15", "Kazakhstan pledged to cut output by 18,000 barrels a day, to about 1.47 million bpd, by the end of September.",
    [ME("18,000 barrels a day", 18000, "barrel per day", c="db"), ME("about 1.47 million bpd", 1.47e6, "barrel per day", q="~", c="dt"),
     DO("the end of September")])

# --- ma: mergers and acquisitions ----------------------------------------------------------------------------------
add("ma01", "2024-08-14", "Mars agreed to buy Kellanova for $35.9 billion, or $83.50 a share, a 44% premium to its price before talks leaked.",
    [M("$35.9 billion", 35.9e9, "USD"), M("$83.50", 83.5, "USD"), P("44%", 44)])
add("ma02", "2024-08-19", "Couche-Tard offered $14.86 a share, or about $38.5 billion, for Seven & i, whose shares rose 23% to ¥2,100.",
    [M("$14.86", 14.86, "USD"), M("about $38.5 billion", 38.5e9, "USD", q="~"), P("23%", 23, c="ub"), M("¥2,100", 2100, "JPY", c="ut")])
add("ma03", "2024-06-24", "Novartis will buy the biotech for CHF 1.5 billion upfront plus up to CHF 600 million in milestones.",
    [M("CHF 1.5 billion", 1.5e9, "CHF"), M("up to CHF 600 million", 600e6, "CHF", q="<=")])
add("ma04", "2024-10-01", "ADNOC agreed to buy Covestro for €14.7 billion, or €62 a share, after raising its offer from €60.",
    [M("€14.7 billion", 14.7e9, "EUR"), M("€62", 62, "EUR", c="ut"), M("€60", 60, "EUR", c="uf")])
add("ma05", "2024-03-11", "Abu Dhabi's IHC sold a 5% stake in the miner for Dh10.9 billion ($3 billion).",
    [P("5%", 5), M("Dh10.9 billion", 10.9e9, "AED"), M("$3 billion", 3e9, "USD")])
add("ma06", "2024-12-23", "A Honda-Nissan merger would create the world's third-largest carmaker by sales, with 7.4 million vehicles a year.",
    [OPT("third-largest", "ordinal"), C("7.4 million", 7.4e6, e="vehicles"), OPT("a year", "set")])
add("ma07", "2024-04-30", "Orlen wrote down its stake in the petrochemicals project by 2.1 billion zlotys, cutting quarterly net profit to 3.3 billion zlotys.",
    [M("2.1 billion zlotys", 2.1e9, "PLN", c="db"), SET("quarterly", "P3M"), M("3.3 billion zlotys", 3.3e9, "PLN", c="dt")])
add("ma08", "2024-09-03", "The $12.5 billion deal values the Mexican bottler at 9.5 times Ebitda, and Femsa will pay 179 pesos a share.",
    [M("$12.5 billion", 12.5e9, "USD"), R("9.5 times", 9.5), M("179 pesos", 179, "MXN")])

# --- jb: layoffs ---------------------------------------------------------------------------------------------------
add("jb01", "2024-04-15", "Tesla will cut more than 10% of its global workforce, or about 14,000 of its 140,473 employees.",
    [P("more than 10%", 10, q=">", e="global workforce", c="db"), C("about 14,000", 14000, q="~", c="db"), C("140,473", 140473, e="employees")])
add("jb02", "2024-09-04", "Volkswagen may cut as many as 30,000 jobs in Germany, about a sixth of its domestic workforce.",
    [C("as many as 30,000", 30000, q="<=", e="jobs", c="db"), R("about a sixth", 1 / 6, q="~", c="db")])
add("jb03", "2024-07-18", "Infosys's headcount fell by 5,811 to 315,332 in the quarter, its sixth straight decline.",
    [C("5,811", 5811, c="db"), C("315,332", 315332, c="dt"), DO("the quarter"), OPT("sixth", "ordinal")])
add("jb04", "2023-02-24", "Ericsson will lay off about 8,500 people, or 8% of its staff, as part of a SEK 9 billion cost-cutting drive.",
    [C("about 8,500", 8500, q="~", e="people", c="db"), P("8%", 8, e="staff", c="db"), M("SEK 9 billion", 9e9, "SEK")])
add("jb05", "2024-11-07", "Nissan will cut 9,000 jobs and its global production capacity by 20% after its quarterly profit plunged 85% to ¥32.9 billion.",
    [C("9,000", 9000, e="jobs", c="db"), P("20%", 20, c="db"), SET("quarterly", "P3M"), P("85%", 85, c="db"), M("¥32.9 billion", 32.9e9, "JPY", c="dt")])
add("jb06", "2024-01-11", "Google is laying off hundreds of staff in hardware, after shedding 12,000 jobs a year ago.",
    [f("hundreds", "count", None, of=True), C("12,000", 12000, e="jobs", c="db"), OPT("a year ago", "date")])

# --- vm: valuation multiples ---------------------------------------------------------------------------------------
add("vm01", "2024-06-20", "Nvidia trades at about 45 times forward earnings, while Microsoft's multiple is 35x and the S&P 500's 21 times.",
    [R("about 45 times", 45, q="~"), R("35x", 35), R("21 times", 21)], ["S&P 500"])
add("vm02", "2024-11-25", "The offer values the company at 12.5 times its 2025 Ebitda, a 30% premium over listed peers.",
    [R("12.5 times", 12.5), D("2025", "2025"), P("30%", 30)])
add("vm03", "2024-02-28", "Palantir's stock trades at more than 20 times sales, against a median of 6.4x for software companies.",
    [R("more than 20 times", 20, q=">"), R("6.4x", 6.4)])
add("vm04", "2025-01-13", "Chinese tech stocks trade at just 10.2 times earnings, a discount of roughly 45% to the MSCI World index.",
    [R("10.2 times", 10.2), P("roughly 45%", 45, q="~")])
add("vm05", "2024-08-08", "Its price-to-earnings ratio has fallen to 18 from 32 at the start of the year.",
    [R("18", 18, c="dt"), R("32", 32, c="df"), DO("the start of the year")])

# --- bb: buybacks and dividends ------------------------------------------------------------------------------------
add("bb01", "2024-05-02", "Shell will buy back $3.5 billion of shares over the next three months and raised its dividend by 4% to $0.344 a share.",
    [M("$3.5 billion", 3.5e9, "USD"), DO("the next three months", "duration"), P("4%", 4, c="ub"), M("$0.344", 0.344, "USD", c="ut")])
add("bb02", "2024-02-22", "Walmart raised its annual dividend 9% to 83 cents a share, its biggest increase in more than a decade, and announced a 3-for-1 split.",
    [SET("annual", "P1Y"), P("9%", 9, c="ub"), M("83 cents", 0.83, "USD", c="ut"), DO("more than a decade", "duration"), R("3-for-1", 3)])
add("bb03", "2024-11-15", "Samsung will repurchase 10 trillion won of shares over a year, the first 3 trillion won within three months.",
    [M("10 trillion won", 10e12, "KRW"), DO("a year", "duration"), OPT("first", "ordinal"), M("3 trillion won", 3e12, "KRW"),
     B("within three months", 3, "month", "P3M", "<=")])
add("bb04", "2022-07-15", "Infosys completed a buyback of up to ₹9,300 crore at up to ₹1,850 a share, a 30% premium to the stock's close before the plan.",
    [M("up to ₹9,300 crore", 9.3e10, "INR", q="<="), M("up to ₹1,850", 1850, "INR", q="<="), P("30%", 30)])
add("bb05", "2024-02-06", "UBS plans to buy back up to $1 billion of shares this year and raised its dividend to 70 cents from 55 cents.",
    [M("up to $1 billion", 1e9, "USD", q="<="), D("this year", "2024"), M("70 cents", 0.7, "USD", c="ut"), M("55 cents", 0.55, "USD", c="uf")])

# --- us: user numbers ----------------------------------------------------------------------------------------------
add("us01", "2024-10-30", "WhatsApp now has more than 2 billion users, and about 200 million businesses use its app each month.",
    [C("more than 2 billion", 2e9, q=">", e="users"), C("about 200 million", 200e6, q="~", e="businesses"), SET("each month", "P1M")])
add("us02", "2024-08-29", "ChatGPT has 200 million weekly active users, twice as many as last November.",
    [C("200 million", 200e6, e="weekly active users"), R("twice", 2), D("last November", "2023-11")])
add("us03", "2025-01-28", "DeepSeek's app topped the App Store in 51 countries after 2.6 million downloads in a day.",
    [C("51", 51, e="countries"), C("2.6 million", 2.6e6, e="downloads"), DO("a day", "duration")])
add("us04", "2024-05-08", "Uber's monthly active platform consumers rose 15% to 149 million, and trips grew 21% to 2.6 billion.",
    [SET("monthly", "P1M"), P("15%", 15, c="ub"), C("149 million", 149e6, c="ut"), P("21%", 21, c="ub"), C("2.6 billion", 2.6e9, c="ut")])
add("us05", "2024-11-13", "Bluesky gained more than 1 million users in a single day, taking its total to 16 million.",
    [C("more than 1 million", 1e6, q=">", e="users", c="ub"), DO("a single day", "duration"), C("16 million", 16e6, c="ut")])
add("us06", "2024-08-01", "Paytm's monthly transacting users slipped to 7.8 crore from 10.4 crore after the RBI's curbs.",
    [SET("monthly", "P1M"), C("7.8 crore", 7.8e7, c="dt"), C("10.4 crore", 10.4e7, c="df")])


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
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-biztech10-dev.jsonl")


if __name__ == "__main__":
    main()
