#!/usr/bin/env python3
"""Write data/gold/quantities-fresh7-dev.jsonl from the hand annotations below (issue 9, round 7).

Fresh dev gold (no test half) in registers the earlier sets did not write: shipping and logistics,
crypto and fintech, sports business, climate and emissions, agriculture, mining and metals,
insurance and catastrophes, public finance, deals and listings, media and games, food and consumer
prices, drug trials and prices, Indian telecoms, labour reports. Every sentence was written by hand
for this file by one numfacts developer (none copied from a news source, the issue or the existing
gold; names are real, figures plausible, not facts) and annotated with the conventions of
data/gold/README.md and README-registers.md BEFORE numfacts was run on it.
Usage: build_quantities_fresh7_gold.py [OUT.jsonl]
"""

from __future__ import annotations

import sys

from quantities_gold import BP, DO, DU, ME, OPT, ORD, PP, SET, C, D, M, P, R, f, write

CASES: list[dict] = []


def add(cid, ref, text, facts, reject=()):
    CASES.append({"id": f"fresh7-{cid}", "ref": ref, "text": text, "facts": facts, "reject": list(reject)})


# --- shipping and logistics -------------------------------------------------------------------------------------
add("sh01", "2024-02-15", "Maersk expects container volumes to grow by 2.5% to 4.5% this year, after global demand slid 0.8% in 2023.",
    [P("2.5% to 4.5%", None, q="range", lo=2.5, hi=4.5, c="ub"), D("this year", "2024"), P("0.8%", 0.8, c="db"), D("2023", "2023")])
add("sh02", "2024-01-19", "Spot rates for a 40-foot container from Shanghai to Rotterdam have more than tripled since mid-December to $4,406, Drewry said.",
    [ME("40-foot", 40, "foot", e="container"), R("more than tripled", 3, q=">", c="ub"), DO("mid-December"), M("$4,406", 4406, "USD", c="ut")])
add("sh03", "2023-11-08", "The 24,346-TEU MSC Irina, the world's largest container ship, is 399.9 metres long and 61.3 metres wide.",
    [C("24,346-TEU", 24346, e="TEU"), ME("399.9 metres", 399.9, "metre"), ME("61.3 metres", 61.3, "metre")])
add("sh04", "2024-03-05", "Suez Canal transits fell to 1,362 ships in February from 2,068 a year earlier, a 34% drop, as carriers rerouted around the Cape of Good Hope.",
    [C("1,362", 1362, e="ships", c="dt"), D("February", "2024-02"), C("2,068", 2068, c="df"), DO("a year earlier"), P("34%", 34, c="db")])
add("sh05", "2023-08-10", "The Port of Los Angeles handled 806,940 TEUs in July, down 17% from a year earlier.",
    [C("806,940", 806940, e="TEUs", c="dt"), D("July", "2023-07"), P("17%", 17, c="db"), DO("a year earlier")])
add("sh06", "2022-10-03", "Shipowners ordered 2.6 million TEU of container capacity in the first nine months, bringing the orderbook to a record 7.1 million TEU, or 28% of the existing fleet.",
    [C("2.6 million", 2.6e6, e="TEU"), DO("the first nine months", "duration"), C("7.1 million", 7.1e6, e="TEU", c="ut"), P("28%", 28, c="ut")])
add("sh07", "2024-05-22", "Baltic Dry index jumps 4.6pc to 1,987 points, highest in nine months",
    [P("4.6pc", 4.6, c="ub"), DO("1,987 points", ["count", "measure"], c="ut"), DU("nine months", 9, "month", "P9M")])
add("sh08", "2023-06-14", "The Panama Canal authority cut the maximum draught for neopanamax vessels to 44 feet from 50 feet, reducing the cargo a ship can carry by up to 40%.",
    [ME("44 feet", 44, "foot", c="dt"), ME("50 feet", 50, "foot", c="df"), P("up to 40%", 40, q="<=", c="db")])
add("sh09", "2023-09-27", "Capesize rates averaged $16,200 a day last week, while a 180,000-deadweight-tonne bulker changed hands for $58 million.",
    [M("$16,200", 16200, "USD"), SET("a day", "P1D"), D("last week", "2023-W38"), ME("180,000-deadweight-tonne", 180000, "tonne", e="bulker"), M("$58 million", 58e6, "USD")])
add("sh10", "2024-03-07", "DHL Group's parcel volumes in Germany edged up 1.3% to 1.65 billion items, while its express unit shipped 10% fewer time-definite international parcels per day.",
    [P("1.3%", 1.3, c="ub"), C("1.65 billion", 1.65e9, e="items", c="ut"), P("10%", 10, c="db")])
add("sh11", "2023-03-09", "Air cargo demand, measured in cargo tonne-kilometres, slumped 14.9% in January from a year earlier; capacity rose 4.9%.",
    [P("14.9%", 14.9, c="db"), D("January", "2023-01"), DO("a year earlier"), P("4.9%", 4.9, c="ub", occ=1)])
add("sh12", "2024-01-10", "A dozen carriers have diverted some 300 ships carrying about $200bn of goods, adding 10 to 14 days to Asia-Europe voyages.",
    [C("A dozen", 12, e="carriers"), C("some 300", 300, e="ships", q="~"), M("about $200bn", 2e11, "USD", q="~"),
     f("10 to 14 days", "duration", q="range", lo=10, hi=14, unit="day")])

# --- crypto and fintech -----------------------------------------------------------------------------------------
add("cx01", "2024-03-14", "Bitcoin hit a record $73,750 on Thursday, more than double its price of six months ago, lifting the value of all cryptocurrencies above $2.7 trillion.",
    [M("$73,750", 73750, "USD"), D("Thursday", "2024-03-14"), DO("more than double", "ratio"), DO("six months ago"),
     M("above $2.7 trillion", 2.7e12, "USD", q=">", c="ut")])
add("cx02", "2022-11-11", "FTX owes its 50 biggest creditors about $3.1bn, with the largest single claim topping $226m, court filings showed.",
    [C("50", 50, e="biggest creditors"), M("about $3.1bn", 3.1e9, "USD", q="~"), M("$226m", 226e6, "USD", q=None)])
add("cx03", "2024-01-25", "Spot bitcoin ETFs have drawn net inflows of $759 million in the eight trading days since launch, even as Grayscale's fund bled $4.3 billion.",
    [M("$759 million", 759e6, "USD"), DO("eight trading days", "duration"), M("$4.3 billion", 4.3e9, "USD", c="db")])
add("cx04", "2022-06-18", "Ether slid 8% to below $1,000 for the first time since January 2021, and has lost three-quarters of its value this year.",
    [P("8%", 8, c="db"), M("below $1,000", 1000, "USD", q="<", c="dt"), OPT("first", "ordinal"), D("January 2021", "2021-01"),
     R("three-quarters", 0.75, c="db"), D("this year", "2022")])
add("cx05", "2023-05-03", "Stablecoin issuer Tether reported net profit of $1.48bn for the first quarter and excess reserves of $2.44bn, up from $960m at the end of December.",
    [M("$1.48bn", 1.48e9, "USD"), DO("the first quarter"), M("$2.44bn", 2.44e9, "USD", c="ut"), M("$960m", 960e6, "USD", c="uf"), DO("the end of December")])
add("cx06", "2023-09-20", "Klarna narrowed its first-half operating loss by 97% to SEK 37m ($3.3m) as revenue rose 21% to SEK 10bn.",
    [DO("first-half"), P("97%", 97, c="db"), M("SEK 37m", 37e6, "SEK", c="dt"), M("$3.3m", 3.3e6, "USD", q=None, c="dt"),
     P("21%", 21, c="ub"), M("SEK 10bn", 1e10, "SEK", c="ut")])
add("cx07", "2021-07-30", "Robinhood priced its IPO at $38 a share, the bottom of its $38-$42 range, valuing the broker at about $32 billion.",
    [M("$38", 38, "USD"), M("$38-$42", None, "USD", q="range", lo=38, hi=42), M("about $32 billion", 3.2e10, "USD", q="~")])
add("cx08", "2024-04-22", "The bitcoin halving cut the reward for mining a block to 3.125 BTC from 6.25 BTC.",
    [OPT("halving", "ratio"), DO("3.125 BTC", ["money", "count"], c="dt"), DO("6.25 BTC", ["money", "count"], c="df")])
add("cx09", "2023-12-05", "Revolut said it now has more than 40 million retail customers worldwide and processed transactions worth £22bn in November alone.",
    [C("more than 40 million", 4e7, e="retail customers", q=">"), M("£22bn", 2.2e10, "GBP"), D("November", "2023-11")])
add("cx10", "2024-02-08", "PayPal will cut about 2,500 jobs, or roughly 9% of its workforce, after total payment volume rose 15% to $409.8 billion in the fourth quarter.",
    [C("about 2,500", 2500, e="jobs", q="~", c="db"), P("roughly 9%", 9, q="~", c="db"), P("15%", 15, c="ub"),
     M("$409.8 billion", 409.8e9, "USD", c="ut"), DO("the fourth quarter")])
add("cx11", "2024-06-12", "Crypto hacks: $1.38 billion stolen in H1, roughly double the $657 million lost a year earlier",
    [M("$1.38 billion", 1.38e9, "USD"), DO("H1"), R("roughly double", 2, q="~"), M("$657 million", 657e6, "USD"), DO("a year earlier")])

# --- sports business --------------------------------------------------------------------------------------------
add("sp01", "2023-08-14", "Chelsea agreed to pay Brighton a British record £115m for Moises Caicedo, eclipsing the £106.8m they paid Benfica for Enzo Fernandez in January.",
    [M("£115m", 115e6, "GBP"), M("£106.8m", 106.8e6, "GBP"), D("January", "2023-01")])
add("sp02", "2023-06-06", "Saudi side Al-Hilal has offered Lionel Messi a two-year deal worth €400m a season, more than 10 times his wages at Paris Saint-Germain.",
    [DU("two-year", 2, "year", "P2Y"), M("€400m", 400e6, "EUR"), R("more than 10 times", 10, q=">")])
add("sp03", "2024-02-02", "The NFL's salary cap will jump to a record $255.4 million per team in 2024, up $30.6 million, or nearly 14%, from last season.",
    [M("$255.4 million", 255.4e6, "USD", c="ut"), D("2024", "2024"), M("$30.6 million", 30.6e6, "USD", c="ub"),
     P("nearly 14%", 14, q="~", c="ub"), OPT("last season", "date")])
add("sp04", "2023-11-30", "Manchester United's revenue rose 11% to a record £648.4m in the year to June 30, but the club still made a net loss of £28.7m.",
    [P("11%", 11, c="ub"), M("£648.4m", 648.4e6, "GBP", c="ut"), DO("the year to June 30"), M("£28.7m", 28.7e6, "GBP")])
add("sp05", "2022-09-02", "Premier League clubs spent a record £1.92bn in the summer transfer window, almost half of the £4.1bn spent across Europe's big five leagues.",
    [M("£1.92bn", 1.92e9, "GBP"), R("almost half", 0.5, q="~"), M("£4.1bn", 4.1e9, "GBP"), OPT("five", "count")])
add("sp06", "2022-06-15", "The Indian Premier League's media rights fetched Rs 48,390 crore for five seasons, or about Rs 118 crore a match.",
    [M("Rs 48,390 crore", 4.839e11, "INR"), C("five", 5, e="seasons"), M("about Rs 118 crore", 1.18e9, "INR", q="~")])
add("sp07", "2023-06-08", "Attendance at Major League Baseball games is up 6% to an average of 28,543 a game, the highest since 2018.",
    [P("6%", 6, c="ub"), C("28,543", 28543, c="ut"), D("2018", "2018")])
add("sp08", "2023-07-31", "Shohei Ohtani, whose 39 home runs lead the majors, is expected to command a contract of at least $500 million over 10 years.",
    [C("39", 39, e="home runs"), M("at least $500 million", 5e8, "USD", q=">="), DU("10 years", 10, "year", "P10Y")])
add("sp09", "2024-01-17", "Tickets for the final sold out within 48 minutes, with face-value prices ranging between €125 and €950.",
    [DO("within 48 minutes", "duration"), M("between €125 and €950", None, "EUR", q="range", lo=125, hi=950)])
add("sp10", "2023-10-12", "The 24-team league's franchise values averaged $3.4bn, up 29% from last year, led by a club worth $6.6bn.",
    [C("24-team", 24, e="team"), M("$3.4bn", 3.4e9, "USD", c="ut"), P("29%", 29, c="ub"), D("last year", "2022"), M("$6.6bn", 6.6e9, "USD")])
add("sp11", "2024-08-12", "Paris 2024 sold 9.5 million tickets, beating the previous high of 8.3 million set at Atlanta 1996.",
    [DO("2024"), C("9.5 million", 9.5e6, e="tickets"), C("8.3 million", 8.3e6), DO("1996")])

# --- climate and emissions --------------------------------------------------------------------------------------
add("cl01", "2023-12-05", "Global fossil CO2 emissions are projected to rise 1.1% to 36.8 billion tonnes this year, the Global Carbon Project said.",
    [P("1.1%", 1.1, c="ub"), ME("36.8 billion tonnes", 36.8e9, "tonne", c="ut"), D("this year", "2023")], ["CO2"])
add("cl02", "2024-01-09", "Last year was 1.48C warmer than the pre-industrial average, with almost half of days more than 1.5C above it, Copernicus said.",
    [D("Last year", "2023"), ME("1.48C", 1.48, "degree Celsius"), R("almost half", 0.5, q="~"), ME("more than 1.5C", 1.5, "degree Celsius", q=">")])
add("cl03", "2023-09-19", "Arctic sea ice shrank to 4.23 million square kilometres this month, the sixth-lowest extent in 45 years of satellite records.",
    [ME("4.23 million square kilometres", 4.23e6, "square kilometre", c="dt"), D("this month", "2023-09"), ORD("sixth", 6),
     DU("45 years", 45, "year", "P45Y")])
add("cl04", "2024-04-25", "EU carbon prices have slumped by a third since February 2023 to about €65 a tonne.",
    [R("a third", 1 / 3, c="db"), D("February 2023", "2023-02"), M("about €65", 65, "EUR", q="~", c="dt")])
add("cl05", "2023-06-05", "Atmospheric CO2 peaked at 424 parts per million in May, up 3 ppm on a year earlier and roughly 50% above pre-industrial levels.",
    [ME("424 parts per million", 424, "parts-per-million", c="ut"), D("May", "2023-05"), ME("3 ppm", 3, "parts-per-million", c="ub"),
     DO("a year earlier"), P("roughly 50%", 50, q="~")], ["CO2"])
add("cl06", "2022-11-07", "Rich nations have yet to meet a 2009 pledge to provide $100bn a year in climate finance; they delivered $83.3bn in 2020.",
    [D("2009", "2009"), M("$100bn", 1e11, "USD"), SET("a year", "P1Y"), M("$83.3bn", 83.3e9, "USD"), D("2020", "2020")])
add("cl07", "2024-02-14", "China added 217 GW of solar panels in 2023, more than the entire US fleet, and coal's share of its power mix fell below 60% for the first time.",
    [ME("217 GW", 217, "gigawatt", e="solar panels", c="ub"), D("2023", "2023"), P("below 60%", 60, q="<", c="dt"), OPT("first", "ordinal")])
add("cl08", "2023-08-02", "Sea levels along the Gulf coast have risen by about 15 cm since 2010, roughly double the global average rate.",
    [ME("about 15 cm", 15, "centimetre", q="~", c="ub"), D("2010", "2010"), R("roughly double", 2, q="~")])
add("cl09", "2023-06-28", "The Canadian wildfires have burned more than 8 million hectares so far this year, releasing an estimated 160 million tonnes of carbon.",
    [ME("more than 8 million hectares", 8e6, "hectare", q=">"), D("this year", "2023"),
     ME("an estimated 160 million tonnes", 1.6e8, "tonne", q="~", e="carbon")])
add("cl10", "2024-03-19", "Heat pump sales in Europe fell 5% last year to 2.64 million units, halting a decade of growth.",
    [P("5%", 5, c="db"), D("last year", "2023"), C("2.64 million", 2.64e6, e="units", c="dt"), DU("a decade", 10, "year", "P10Y")])
add("cl11", "2023-11-20", "The UN says current policies point to warming of 2.5C to 2.9C this century, and emissions must fall 42% by 2030 to keep 1.5C within reach.",
    [ME("2.5C to 2.9C", None, "degree Celsius", q="range", lo=2.5, hi=2.9), DO("this century"), P("42%", 42, c="db"), D("2030", "2030"),
     ME("1.5C", 1.5, "degree Celsius")])

# --- agriculture ------------------------------------------------------------------------------------------------
add("ag01", "2023-09-12", "The USDA cut its soybean yield estimate to 50.9 bushels an acre from 52.0, trimming the crop forecast to 4.15 billion bushels.",
    [ME("50.9 bushels an acre", 50.9, "bushel per acre", c="dt"), ME("52.0", 52.0, "bushel per acre", c="df"),
     ME("4.15 billion bushels", 4.15e9, "bushel", c="dt")])
add("ag02", "2024-06-20", "The government raised the minimum support price for paddy by Rs 117 to Rs 2,300 per quintal for the kharif season.",
    [M("Rs 117", 117, "INR", c="ub"), M("Rs 2,300", 2300, "INR", c="ut")])
add("ag03", "2023-07-18", "Russia's exit from the grain deal put at risk some 33 million tonnes of Ukrainian exports, and wheat futures jumped 8.5% to $7.23 a bushel.",
    [ME("some 33 million tonnes", 3.3e7, "tonne", q="~", e="Ukrainian exports"), P("8.5%", 8.5, c="ub"), M("$7.23", 7.23, "USD", c="ut")])
add("ag04", "2024-01-12", "Brazil's soybean harvest is now seen at 155.3 million metric tons, down 6.8 million from last month's estimate and 4% below last season's 160 million.",
    [ME("155.3 million metric tons", 155.3e6, "tonne", c="dt"), ME("6.8 million", 6.8e6, "tonne", c="db"), D("last month", "2023-12"),
     P("4%", 4, c="db"), ME("160 million", 1.6e8, "tonne", c="df")])
add("ag05", "2023-10-25", "Cocoa prices have nearly doubled this year to more than $3,500 a tonne as West African output is forecast to drop by about 11%.",
    [R("nearly doubled", 2, q="~", c="ub"), D("this year", "2023"), M("more than $3,500", 3500, "USD", q=">", c="ut"), P("about 11%", 11, q="~", c="db")])
add("ag06", "2024-05-08", "Farmland in England now sells for an average of £9,900 an acre, or about £24,500 per hectare, up from £8,700 an acre five years ago.",
    [M("£9,900", 9900, "GBP", c="ut"), M("about £24,500", 24500, "GBP", q="~", c="ut"), M("£8,700", 8700, "GBP", c="uf"), DO("five years ago")])
add("ag07", "2023-09-05", "Australia's winter crop is forecast to fall 34% to 45.1 million tonnes as El Nino brings drier weather, after three record harvests.",
    [P("34%", 34, c="db"), ME("45.1 million tonnes", 45.1e6, "tonne", c="dt"), C("three", 3, e="record harvests")])
add("ag08", "2024-02-27", "The country's dairy herd shrank by 47,000 head to 2.62 million in the year to December, the smallest since 1981.",
    [C("47,000", 47000, e="head", c="db"), C("2.62 million", 2.62e6, c="dt"), DO("the year to December"), D("1981", "1981")])
add("ag09", "2023-04-04", "Fertiliser prices have fallen roughly 40 per cent from their peak, but urea still costs about $420 per tonne, about a third more than in 2020.",
    [P("roughly 40 per cent", 40, q="~", c="db"), M("about $420", 420, "USD", q="~", c="ut"), R("about a third", 1 / 3, q="~", c="ub"),
     D("2020", "2020")])
add("ag10", "2023-12-12", "Rice yields in the trial plots averaged 6.8 tonnes per hectare, against 4.5 t/ha for farmers using conventional seed.",
    [ME("6.8 tonnes per hectare", 6.8, "tonne per hectare"), ME("4.5 t/ha", 4.5, "tonne per hectare")])
add("ag11", "2024-03-28", "US farmers intend to plant 90 million acres of corn this year, 4.6 million fewer than in 2023, the USDA said.",
    [ME("90 million acres", 9e7, "acre", e="corn", c="dt"), D("this year", "2024"), ME("4.6 million", 4.6e6, "acre", c="db"), D("2023", "2023")])

# --- mining and metals ------------------------------------------------------------------------------------------
add("mn01", "2024-02-22", "Newmont produced 5.5 million ounces of gold last year at all-in sustaining costs of $1,444 an ounce, and plans to sell assets worth $2bn.",
    [ME("5.5 million ounces", 5.5e6, "ounce", e="gold"), D("last year", "2023"), M("$1,444", 1444, "USD"), M("$2bn", 2e9, "USD")])
add("mn02", "2023-07-26", "Rio Tinto's first-half underlying earnings fell 43% to $5.8 billion, and it halved its interim dividend to $1.77 a share.",
    [DO("first-half"), P("43%", 43, c="db"), M("$5.8 billion", 5.8e9, "USD", c="dt"), R("halved", 0.5, c="db"), M("$1.77", 1.77, "USD", c="dt")])
add("mn03", "2023-11-02", "Lithium carbonate prices in China have slid more than 70% from a record of 597,500 yuan a tonne last November to about 160,000 yuan.",
    [P("more than 70%", 70, q=">", c="db"), M("597,500 yuan", 597500, "CNY", c="df"), D("last November", "2022-11"),
     M("about 160,000 yuan", 160000, "CNY", q="~", c="dt")])
add("mn04", "2024-03-13", "The drill hole intersected 42 metres grading 3.1 grams per tonne gold, including 8 metres at 11.4 g/t.",
    [ME("42 metres", 42, "metre"), ME("3.1 grams per tonne", 3.1, "gram per tonne"), ME("8 metres", 8, "metre"), ME("11.4 g/t", 11.4, "gram per tonne")])
add("mn05", "2023-05-16", "Copper fell 1.2% to $8,150 a tonne on the London Metal Exchange, while stocks in LME warehouses rose 9,350 tonnes to 85,725 tonnes.",
    [P("1.2%", 1.2, c="db"), M("$8,150", 8150, "USD", c="dt"), ME("9,350 tonnes", 9350, "tonne", c="ub"), ME("85,725 tonnes", 85725, "tonne", c="ut")])
add("mn06", "2024-01-17", "BHP's iron ore output edged up 1% to 64.4 million tonnes in the December quarter, and it kept its full-year guidance of 254-264.5 Mt.",
    [P("1%", 1, c="ub"), ME("64.4 million tonnes", 64.4e6, "tonne", c="ut"), DO("the December quarter"), DO("full-year"),
     ME("254-264.5 Mt", None, "tonne", q="range", lo=254e6, hi=264.5e6)])
add("mn07", "2023-10-05", "Gold slipped below $1,820 an ounce, its lowest in seven months, as 10-year Treasury yields rose 12 basis points to 4.8%.",
    [M("below $1,820", 1820, "USD", q="<", c="dt"), DU("seven months", 7, "month", "P7M"), DO("10-year", "duration"),
     BP("12 basis points", 12, c="ub"), P("4.8%", 4.8, c="ut")])
add("mn08", "2024-05-14", "Anglo American rejected a £31.1bn takeover proposal from BHP, saying it undervalued the miner; the offer was worth £25.08 a share.",
    [M("£31.1bn", 31.1e9, "GBP"), M("£25.08", 25.08, "GBP")])
add("mn09", "2023-08-30", "The mine will process 12 million tonnes of ore a year over a 23-year life, employing about 1,800 people at peak.",
    [ME("12 million tonnes", 1.2e7, "tonne", e="ore"), SET("a year", "P1Y"), DU("23-year", 23, "year", "P23Y"), C("about 1,800", 1800, e="people", q="~")])
add("mn10", "2024-04-17", "Indonesia's nickel output has tripled since 2019, giving it more than half of global supply.",
    [R("tripled", 3, c="ub"), D("2019", "2019"), R("more than half", 0.5, q=">")])
add("mn11", "2023-06-21", "Silver rallied 3 percent to $23.54 an ounce, while platinum shed $14 to $964.",
    [P("3 percent", 3, c="ub"), M("$23.54", 23.54, "USD", c="ut"), M("$14", 14, "USD", c="db"), M("$964", 964, "USD", c="dt")])

# --- insurance and catastrophes ---------------------------------------------------------------------------------
add("in01", "2024-03-26", "Insured losses from natural catastrophes totalled $108bn in 2023, the fourth year in a row above $100bn, Swiss Re said.",
    [M("$108bn", 1.08e11, "USD"), D("2023", "2023"), ORD("fourth", 4, e="year"), M("above $100bn", 1e11, "USD", q=">")])
add("in02", "2023-03-09", "Hannover Re's combined ratio rose to 100.4% from 96.8%, while gross premiums grew 23.5% to €33.3 billion.",
    [P("100.4%", 100.4, c="ut"), P("96.8%", 96.8, c="uf"), P("23.5%", 23.5, c="ub"), M("€33.3 billion", 33.3e9, "EUR", c="ut")])
add("in03", "2024-08-20", "Florida homeowners' premiums jumped 42% in two years to an average of $6,000 a year, nearly three times the national average.",
    [P("42%", 42, c="ub"), DU("two years", 2, "year", "P2Y"), M("$6,000", 6000, "USD", c="ut"), SET("a year", "P1Y"), R("nearly three times", 3, q="~")])
add("in04", "2023-02-24", "Allianz expects operating profit of 14.2 billion euros, plus or minus 1 billion euros, for the year.",
    [M("14.2 billion euros", 14.2e9, "EUR"), DO("1 billion euros", "money"), OPT("the year", "date")])
add("in05", "2023-09-01", "Hurricane Idalia caused between $2.5 billion and $5 billion of insured damage, according to catastrophe modellers, with winds of up to 125 mph at landfall.",
    [M("between $2.5 billion and $5 billion", None, "USD", q="range", lo=2.5e9, hi=5e9), ME("up to 125 mph", 125, "mile per hour", q="<=")])
add("in06", "2024-03-27", "Lloyd's of London posted a pre-tax profit of £10.7bn, up from £3.9bn, and its combined ratio fell 7.1 points to 84%.",
    [M("£10.7bn", 10.7e9, "GBP", c="ut"), M("£3.9bn", 3.9e9, "GBP", c="uf"), PP("7.1 points", 7.1, c="db"), P("84%", 84, c="dt")])
add("in07", "2023-09-11", "One in four claims is now linked to water damage, the insurer said, and its average payout climbed to £3,200 from £2,600.",
    [R("One in four", 0.25, e="claims"), M("£3,200", 3200, "GBP", c="ut"), M("£2,600", 2600, "GBP", c="uf")])
add("in08", "2024-04-09", "The reinsurer set aside $750m to $1bn for losses from the Baltimore bridge collapse, which could cost the industry up to $4 billion.",
    [M("$750m to $1bn", None, "USD", q="range", lo=7.5e8, hi=1e9), M("up to $4 billion", 4e9, "USD", q="<=")])
add("in09", "2022-12-15", "India's life insurers collected new premiums of Rs 3.23 lakh crore in April-November, 16.7 per cent higher than a year ago.",
    [M("Rs 3.23 lakh crore", 3.23e12, "INR", c="ut"), DO("April-November"), P("16.7 per cent", 16.7, c="ub"), DO("a year ago")])
add("in10", "2023-07-12", "Claims for storm damage quadrupled to 25,000 in the six weeks after the floods.",
    [R("quadrupled", 4, c="ub"), C("25,000", 25000, c="ut"), DO("the six weeks", "duration")])

# --- public finance ---------------------------------------------------------------------------------------------
add("pf01", "2024-02-01", "Finance Minister Nirmala Sitharaman pegged the fiscal deficit at 5.1% of GDP for 2024-25, down from 5.8% in the current year, and gross borrowing at Rs 14.13 lakh crore.",
    [P("5.1%", 5.1, c="dt"), DO("2024-25"), P("5.8%", 5.8, c="df"), DO("the current year"), M("Rs 14.13 lakh crore", 14.13e12, "INR")])
add("pf02", "2023-11-22", "The OBR expects public sector net debt to peak at 93.2% of GDP in 2026-27, while borrowing this year is forecast at £123.9bn, £8.7bn less than in March.",
    [P("93.2%", 93.2), DO("2026-27"), DO("this year"), M("£123.9bn", 123.9e9, "GBP", c="dt"), M("£8.7bn", 8.7e9, "GBP", c="db"), D("March", "2023-03")])
add("pf03", "2023-06-05", "The debt ceiling deal suspends the $31.4 trillion limit until January 2025 and caps non-defense spending at roughly $637 billion next year.",
    [M("$31.4 trillion", 31.4e12, "USD"), D("January 2025", "2025-01"), M("roughly $637 billion", 637e9, "USD", q="~"), D("next year", "2024")])
add("pf04", "2024-04-11", "Germany's tax take rose 4.6% to €915.9bn last year, about €14bn short of what had been budgeted.",
    [P("4.6%", 4.6, c="ub"), M("€915.9bn", 915.9e9, "EUR", c="ut"), D("last year", "2023"), M("about €14bn", 14e9, "EUR", q="~")])
add("pf05", "2023-11-02", "Japan's government will spend more than ¥17 trillion ($113bn) on an economic package, including handouts of ¥70,000 per low-income household.",
    [M("more than ¥17 trillion", 17e12, "JPY", q=">"), M("$113bn", 113e9, "USD", q=None), M("¥70,000", 70000, "JPY")])
add("pf06", "2024-03-06", "Hunt cut national insurance by a further 2p to 8p, a move costing £10bn a year.",
    [DO("2p", ["money", "percent"], c="db"), DO("8p", ["money", "percent"], c="dt"), M("£10bn", 1e10, "GBP"), SET("a year", "P1Y")])
add("pf07", "2023-10-20", "The US budget deficit widened to $1.7 trillion in fiscal 2023, up $320 billion, or 23%, from the prior year.",
    [M("$1.7 trillion", 1.7e12, "USD", c="ut"), DO("fiscal 2023"), M("$320 billion", 320e9, "USD", c="ub"), P("23%", 23, c="ub"), DO("the prior year")])
add("pf08", "2024-01-18", "Italy sold €10bn of a new 15-year bond, drawing orders of more than €150bn, about 15 times the amount on offer.",
    [M("€10bn", 1e10, "EUR"), DO("15-year", "duration"), M("more than €150bn", 150e9, "EUR", q=">"), R("about 15 times", 15, q="~")])
add("pf09", "2023-08-02", "Fitch cut the US rating by one notch to AA+, citing debt it expects to rise to 118% of GDP by 2025 from 112.9% this year.",
    [OPT("one", "count"), P("118%", 118, c="ut"), D("2025", "2025"), P("112.9%", 112.9, c="uf"), D("this year", "2023")])
add("pf10", "2024-02-29", "Council tax in England will rise by an average of 5.1%, or £106, taking the typical Band D bill to £2,171.",
    [P("5.1%", 5.1, c="ub"), M("£106", 106, "GBP", c="ub"), M("£2,171", 2171, "GBP", c="ut")])
add("pf11", "2023-12-13", "Argentina devalued the peso by 54% to 800 per dollar and halved the number of ministries to nine.",
    [P("54%", 54, c="db"), DO("800", ["money", "ratio"], c="dt"), R("halved", 0.5, c="db"), C("nine", 9, c="dt")])

# --- deals and listings -----------------------------------------------------------------------------------------
add("ma01", "2023-10-11", "Exxon agreed to buy Pioneer Natural Resources for $59.5 billion in stock, or $253 a share, an 18% premium to Pioneer's 30-day average price.",
    [M("$59.5 billion", 59.5e9, "USD"), M("$253", 253, "USD"), P("18%", 18), DU("30-day", 30, "day", "P30D")])
add("ma02", "2024-09-03", "The deal values the company at 8.2 times forward earnings, against an industry average of about 11.",
    [R("8.2 times", 8.2), R("about 11", 11, q="~")])
add("ma03", "2023-09-14", "Arm's shares soared 25% on their debut, giving the chip designer a market value of more than $65bn after its IPO priced at $51 each.",
    [P("25%", 25, c="ub"), M("more than $65bn", 65e9, "USD", q=">"), M("$51", 51, "USD")])
add("ma04", "2024-09-11", "Bajaj Housing Finance's Rs 6,560-crore IPO was subscribed 63.6 times, with bids worth more than Rs 3.2 lakh crore.",
    [M("Rs 6,560-crore", 6.56e10, "INR"), R("63.6 times", 63.6), M("more than Rs 3.2 lakh crore", 3.2e12, "INR", q=">")])
add("ma05", "2023-12-18", "Nippon Steel will pay $55 a share in cash for U.S. Steel, a 40% premium, valuing the deal at $14.9bn including debt.",
    [M("$55", 55, "USD"), P("40%", 40), M("$14.9bn", 14.9e9, "USD")])
add("ma06", "2024-01-03", "Global dealmaking slumped 17% to $2.9 trillion last year, the lowest in a decade, with private equity buyouts down by almost a third.",
    [P("17%", 17, c="db"), M("$2.9 trillion", 2.9e12, "USD", c="dt"), D("last year", "2023"), DU("a decade", 10, "year", "P10Y"),
     R("almost a third", 1 / 3, q="~", c="db")])
add("ma07", "2023-05-17", "The board rejected the 750p-a-share approach, which valued the group at £4.2bn, as opportunistic; its shares closed up 31% at 688p.",
    [M("750p", 7.5, "GBP"), M("£4.2bn", 4.2e9, "GBP"), P("31%", 31, c="ub"), M("688p", 6.88, "GBP", c="ut")])
add("ma08", "2024-07-09", "The IPO of 11.9 million shares priced at the top of a $16-$18 range, raising $214 million.",
    [C("11.9 million", 11.9e6, e="shares"), M("$16-$18", None, "USD", q="range", lo=16, hi=18), M("$214 million", 214e6, "USD")])
add("ma09", "2023-04-24", "Shareholders will receive 0.2496 of a new share plus 1.50 euros in cash for each share held.",
    [DO("0.2496", ["ratio", "count"]), M("1.50 euros", 1.5, "EUR")])
add("ma10", "2022-08-19", "Twitter holders get $54.20 per share; Musk's financing included $12.5bn of margin loans, later cut to $6.25bn.",
    [M("$54.20", 54.2, "USD"), M("$12.5bn", 12.5e9, "USD", c="df"), M("$6.25bn", 6.25e9, "USD", c="dt")])
add("ma11", "2024-03-22", "Reddit raised $748 million in its IPO, selling 22 million shares at $34 apiece, and closed its first day up 48%.",
    [M("$748 million", 748e6, "USD"), C("22 million", 22e6, e="shares"), M("$34", 34, "USD"), OPT("first", "ordinal"), P("48%", 48, c="ub")])

# --- media and games --------------------------------------------------------------------------------------------
add("me01", "2023-07-24", "Barbie took $155 million in North America on its opening weekend, and $337 million worldwide, the biggest debut of the year.",
    [M("$155 million", 155e6, "USD"), M("$337 million", 337e6, "USD"), OPT("the year", "date")])
add("me02", "2023-10-13", "Microsoft closed its $69bn purchase of Activision after a 21-month battle with regulators.",
    [M("$69bn", 69e9, "USD"), DU("21-month", 21, "month", "P21M")])
add("me03", "2024-02-07", "Nintendo has sold 139.36 million Switch consoles, edging past the Game Boy's lifetime total of 118.69 million.",
    [C("139.36 million", 139.36e6, e="Switch consoles"), C("118.69 million", 118.69e6)])
add("me04", "2023-05-05", "Streaming subscribers at the company dipped by 1.8m to 96.1m in the quarter, while advertising revenue slid 12pc.",
    [C("1.8m", 1.8e6, c="db"), C("96.1m", 96.1e6, c="dt"), DO("the quarter"), P("12pc", 12, c="db")])
add("me05", "2024-02-13", "The Super Bowl drew an average audience of 123.4 million viewers, up 7%, and a 30-second ad cost about $7 million.",
    [C("123.4 million", 123.4e6, e="viewers", c="ut"), P("7%", 7, c="ub"), DU("30-second", 30, "second", "PT30S"), M("about $7 million", 7e6, "USD", q="~")])
add("me06", "2023-09-08", "Taylor Swift's Eras tour is expected to gross more than $1 billion across 146 shows, with average ticket prices of $254.",
    [M("more than $1 billion", 1e9, "USD", q=">"), C("146", 146, e="shows"), M("$254", 254, "USD")])
add("me07", "2024-03-12", "Spotify paid out $9bn to rights holders in 2023, roughly two-thirds of every dollar it made, it said.",
    [M("$9bn", 9e9, "USD"), D("2023", "2023"), R("roughly two-thirds", 2 / 3, q="~")])
add("me08", "2024-03-21", "Global recorded-music revenue grew 10.2% to $28.6bn, with streaming accounting for 67.3% of the total, up 1.2 percentage points.",
    [P("10.2%", 10.2, c="ub"), M("$28.6bn", 28.6e9, "USD", c="ut"), P("67.3%", 67.3, c="ut"), PP("1.2 percentage points", 1.2, c="ub")])
add("me09", "2024-06-19", "The game sold 10 million copies in its first three days, making it the fastest-selling title in the publisher's 35-year history.",
    [C("10 million", 1e7, e="copies"), OPT("first", "ordinal"), DU("three days", 3, "day", "P3D"), DU("35-year", 35, "year", "P35Y")])
add("me10", "2023-03-13", "Everything Everywhere All at Once won seven Oscars, and its box office has climbed to about $104 million on a budget of roughly $25 million.",
    [C("seven", 7, e="Oscars"), M("about $104 million", 104e6, "USD", q="~", c="ut"), M("roughly $25 million", 25e6, "USD", q="~")])
add("me11", "2024-05-15", "Ad-supported plans now make up 40% of new sign-ups, and the cheapest tier costs £4.99 a month, against £10.99 for standard.",
    [P("40%", 40), M("£4.99", 4.99, "GBP"), SET("a month", "P1M"), M("£10.99", 10.99, "GBP")])

# --- food and consumer prices -----------------------------------------------------------------------------------
add("fd01", "2023-06-20", "A 200g bar of the chocolate now costs £2.75, up from £1.90 two years ago, while the pack of biscuits shrank from 300g to 270g.",
    [ME("200g", 200, "gram", e="bar"), M("£2.75", 2.75, "GBP", c="ut"), M("£1.90", 1.9, "GBP", c="uf"), DO("two years ago"),
     ME("300g", 300, "gram", c="df"), ME("270g", 270, "gram", c="dt")])
add("fd02", "2023-02-14", "Egg prices have jumped 70.1% in a year, the biggest rise of any food item, with a dozen large eggs averaging $4.82 in January.",
    [P("70.1%", 70.1, c="ub"), DO("a year", "duration"), C("a dozen", 12, e="large eggs"), M("$4.82", 4.82, "USD"), D("January", "2023-01")])
add("fd03", "2024-02-15", "Nestle raised prices by 7.5% on average last year but sold 0.3% less by volume, and expects organic growth of around 4% in 2024.",
    [P("7.5%", 7.5, c="ub"), D("last year", "2023"), P("0.3%", 0.3, c="db"), P("around 4%", 4, q="~", c="ub"), D("2024", "2024")])
add("fd04", "2023-10-18", "UK food inflation slowed to 12.2% in September from 14.5% in August, its lowest since July last year.",
    [P("12.2%", 12.2, c="dt"), D("September", "2023-09"), P("14.5%", 14.5, c="df"), D("August", "2023-08"), D("July last year", "2022-07")])
add("fd05", "2024-03-01", "California's $20-an-hour minimum wage for fast-food workers takes effect in April, up from $16.",
    [M("$20-an-hour", 20, "USD", c="ut"), D("April", "2024-04"), M("$16", 16, "USD", c="uf")])
add("fd06", "2023-08-02", "Kraft Heinz shipped 2.5% fewer cases in the quarter, but net sales rose 3.6% to $6.72bn as prices climbed 8.4 percentage points.",
    [P("2.5%", 2.5, c="db"), DO("the quarter"), P("3.6%", 3.6, c="ub"), M("$6.72bn", 6.72e9, "USD", c="ut"), PP("8.4 percentage points", 8.4, c="ub")])
add("fd07", "2024-03-19", "Unilever will cut about 7,500 jobs, mostly office roles, to save EUR800 million over three years.",
    [C("about 7,500", 7500, e="jobs", q="~", c="db"), M("EUR800 million", 8e8, "EUR"), DU("three years", 3, "year", "P3Y")])
add("fd08", "2023-11-16", "The average Thanksgiving dinner for 10 cost $61.17 this year, down 4.5% from last year's record $64.05.",
    [C("10", 10), M("$61.17", 61.17, "USD", c="dt"), D("this year", "2023"), P("4.5%", 4.5, c="db"), D("last year", "2022"),
     M("$64.05", 64.05, "USD", c="df")])
add("fd09", "2024-04-12", "India's retail inflation eased to 4.85% in March, with vegetable prices still up 28.3% year-on-year.",
    [P("4.85%", 4.85, c="dt"), D("March", "2024-03"), P("28.3%", 28.3, c="ub")])
add("fd10", "2023-05-31", "Aldi plans to open 120 stores this year, taking its total to more than 2,300 in 36 states.",
    [C("120", 120, e="stores"), D("this year", "2023"), C("more than 2,300", 2300, q=">"), C("36", 36, e="states")])

# --- drug trials and prices -------------------------------------------------------------------------------------
add("ph01", "2022-11-30", "The drug slowed cognitive decline by 27% over 18 months, and brain swelling was seen in 12.6% of patients.",
    [P("27%", 27, c="db"), DU("18 months", 18, "month", "P18M"), P("12.6%", 12.6)])
add("ph02", "2024-01-02", "Drugmakers raised US list prices on more than 500 medicines this month, with a median increase of 4.5%.",
    [C("more than 500", 500, e="medicines", q=">"), D("this month", "2024-01"), P("4.5%", 4.5, c="ub")])
add("ph03", "2023-06-27", "The gene therapy, priced at $3.5 million per patient, is given as a one-time infusion; about 1 in 10,000 boys are born with the disease.",
    [M("$3.5 million", 3.5e6, "USD"), OPT("one", "count"), R("about 1 in 10,000", 1e-4, q="~", e="boys")])
add("ph04", "2024-04-30", "Median overall survival was 25.5 months versus 16.5 months with chemotherapy, a 38% reduction in the risk of death.",
    [DU("25.5 months", 25.5, "month", "P25.5M"), DU("16.5 months", 16.5, "month", "P16.5M"), P("38%", 38, c="db")])
add("ph05", "2023-08-29", "Medicare will negotiate prices for 10 drugs that accounted for $50.5 billion, or about 20%, of Part D spending.",
    [C("10", 10, e="drugs"), M("$50.5 billion", 50.5e9, "USD"), P("about 20%", 20, q="~")])
add("ph06", "2023-03-16", "Sanofi cut the price of its most widely used insulin by 78%, capping out-of-pocket costs at $35 a month.",
    [P("78%", 78, c="db"), M("$35", 35, "USD", q=None), SET("a month", "P1M")])
add("ph07", "2023-12-13", "Enrolment in the late-stage study was halted at 1,150 of a planned 1,600 patients after an interim look showed no benefit.",
    [C("1,150", 1150), C("1,600", 1600, e="patients")])

# --- Indian telecoms --------------------------------------------------------------------------------------------
add("tl01", "2024-07-18", "Bharti Airtel's ARPU rose to ₹211 from ₹200 a year earlier, and it added 7.8 lakh subscribers in June.",
    [M("₹211", 211, "INR", c="ut"), M("₹200", 200, "INR", c="uf"), DO("a year earlier"), C("7.8 lakh", 780000, e="subscribers", c="ub"), D("June", "2024-06")])
add("tl02", "2023-02-08", "Vodafone Idea's subscriber base shrank by 13.6 lakh to 23.4 crore in December, its 13th straight monthly loss.",
    [C("13.6 lakh", 1.36e6, c="db"), C("23.4 crore", 2.34e8, c="dt"), D("December", "2022-12"), ORD("13th", 13), OPT("monthly", "set")])
add("tl03", "2024-03-19", "Average mobile data use per smartphone in Western Europe reached 21 GB a month in 2023 and is forecast to triple by 2029.",
    [ME("21 GB a month", 21, "gigabyte per month"), D("2023", "2023"), R("triple", 3, c="ub"), D("2029", "2029")])

# --- labour reports ---------------------------------------------------------------------------------------------
add("lb01", "2024-06-07", "Nonfarm payrolls rose by 272,000 last month, well above the 190,000 forecast, though unemployment ticked up to 4% for the first time since January 2022.",
    [C("272,000", 272000, c="ub"), D("last month", "2024-05"), C("190,000", 190000), P("4%", 4, c="ut"), OPT("first", "ordinal"), D("January 2022", "2022-01")])
add("lb02", "2023-11-30", "Initial jobless claims edged up 7,000 to a seasonally adjusted 218,000 for the week ended Nov. 25, while continuing claims hit 1.93 million, the highest in two years.",
    [C("7,000", 7000, c="ub"), C("218,000", 218000, c="ut"), DO("the week ended Nov. 25"), C("1.93 million", 1.93e6), DU("two years", 2, "year", "P2Y")])
add("lb03", "2024-05-14", "Regular pay growth held at 6% in the three months to March, while the jobless rate rose to 4.3% and vacancies fell for the 22nd consecutive period to 898,000.",
    [P("6%", 6), DO("the three months to March"), P("4.3%", 4.3, c="ut"), ORD("22nd", 22), C("898,000", 898000, c="dt")])
add("lb04", "2023-01-23", "Tech companies have shed more than 150,000 jobs in the past year, and Spotify alone is letting go of roughly 6% of its 9,800 staff.",
    [C("more than 150,000", 150000, e="jobs", q=">", c="db"), DO("the past year", "duration"), P("roughly 6%", 6, q="~", c="db"), C("9,800", 9800, e="staff")])
add("lb05", "2024-02-22", "Average weekly earnings in Australia rose 4.2pc to $1,838.10, while the wage price index grew 1.0pc in the quarter and 4.2pc over the year.",
    [SET("weekly", "P1W"), P("4.2pc", 4.2, c="ub"), M("$1,838.10", 1838.1, "USD", c="ut"), P("1.0pc", 1.0, c="ub"), DO("the quarter"),
     P("4.2pc", 4.2, c="ub", occ=1), DO("the year", "duration")])
add("lb06", "2024-01-23", "Union membership fell to 10.0% of workers last year, half the rate of 1983, when comparable records were first kept.",
    [P("10.0%", 10.0, c="dt"), D("last year", "2023"), R("half", 0.5), D("1983", "1983"), OPT("first", "ordinal")])


def main() -> None:
    write(CASES, sys.argv[1] if len(sys.argv) > 1 else "data/gold/quantities-fresh7-dev.jsonl")


if __name__ == "__main__":
    main()
