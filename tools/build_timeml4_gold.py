#!/usr/bin/env python3
"""Write data/gold/temporal-timeml4-dev.jsonl from the hand annotations below (issue #10, round 5).

TimeML-style news of 1989-1998 (AP/Reuters wire, business and earnings, politics, disasters, and
ABC/CNN evening-news transcripts), written for this file and annotated by TimeML (TIMEX3) extents
with the project's value format, before numfacts was run on them; this script only spells the facts
out (offsets by `occ`, as score_cases.py finds them). Round 5 follows the contract's rule that a
weekday or relative day followed by a part of the day is one row with TimeML's value
(`Tuesday night` -> `...TNI`). Greetings (`Good evening`) are rejects. Usage: build_timeml4_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml4")

add("1989-03-15", "WASHINGTON (AP) — The House Ways and Means Committee approved a bill Tuesday night that would cut the capital gains tax for three years. Committee chairman Dan Rostenkowski said the full House could vote on the measure as early as next week. Similar proposals have failed twice before.",
    [PD("Tuesday night", "1989-03-14TNI"), U("three years", "P3Y", 3, "year"), D("next week", "1989-W12")])
add("1989-11-09", "BERLIN (Reuters) — East Germany opened its border with West Germany tonight, and thousands of East Berliners streamed through checkpoints that had been sealed for 28 years. The announcement came at a news conference shortly before 7 p.m. local time. Officials said crossings would be allowed for the next few days without visas.",
    [PD("tonight", "1989-11-09TNI"), U("28 years", "P28Y", 28, "year"), T("7 p.m. local time", "1989-11-09T19:00", of=True), U("the next few days", "PXD", of=True)])
add("1990-02-07", "NEW YORK (AP) — Stock prices fell sharply this afternoon as investors worried about rising interest rates. The Dow Jones industrial average closed down 43.83 points at 2,602.70, its lowest level since Dec. 4. Trading volume, at 178 million shares, was the heaviest this week. Analysts said the market had lost about 10 percent of its value in the past month.",
    [PD("this afternoon", "1990-02-07TAF"), D("Dec. 4", "1989-12-04"), D("this week", "1990-W06"), U("the past month", "P1M", 1, "month")])
add("1990-07-11", "DETROIT (AP) — General Motors Corp. said its second-quarter earnings fell 37 percent from a year earlier, to $1.1 billion, as sales of its cars and trucks slumped. For the first half, GM earned $2.3 billion, compared with $3.4 billion in the same period last year. GM, which pays a quarterly dividend of 75 cents a share, said it would idle four plants for two weeks in August.",
    [D("second-quarter", "1990-Q2"), D("a year earlier", "1989-Q2", of=True), D("the first half", "1990-H1"), D("the same period last year", "1989-H1", of=True),
     S("quarterly", "P3M"), U("two weeks", "P2W", 2, "week"), D("August", "1990-08")])
add("1991-04-24", "LOS ANGELES (AP) — Jurors in the police beating trial will begin deliberations Friday morning after the judge reads them their instructions, court officials said. Closing arguments ended yesterday afternoon. The trial, moved out of the city last fall, has lasted nearly two months.",
    [PD("Friday morning", "1991-04-26TMO"), PD("yesterday afternoon", "1991-04-23TAF"), D("last fall", "1990-FA"), U("nearly two months", "P2M", 2, "month", qualifier="~")])
add("1991-09-19", "MOSCOW (Reuters) — The Soviet Union will need to import as much as 40 million tonnes of grain this winter, a senior agriculture official said Thursday. The harvest, hurt by a dry summer, is expected to be the smallest since 1985. Bread lines have grown longer in recent weeks, and rationing may begin before the New Year.",
    [D("this winter", "1991-WI"), D("Thursday", "1991-09-19"), D("summer", "1991-SU", of=True), D("1985", "1985"), Opt("recent weeks"), D("the New Year", "1992", of=True)])
add("1992-01-14", "WASHINGTON (AP) — The nation's unemployment rate rose to 7.1 percent in December, the highest in more than five years, the Labor Department reported Friday. Economists expect the jobless rate to keep climbing through the first quarter before the recovery takes hold in the spring.",
    [D("December", "1991-12"), U("more than five years", "P5Y", 5, "year", qualifier=">"), D("Friday", "1992-01-10"), D("the first quarter", "1992-Q1"), D("the spring", "1992-SP")])
add("1992-06-03", "PETER JENNINGS, ABC NEWS: Good evening. We begin this evening with the primaries. Voters in California and five other states went to the polls today, and by the time polls closed at 8 o'clock Pacific time, Governor Clinton had all but secured the nomination. He has campaigned in the state for six weeks. Tomorrow night, a closer look at Ross Perot.",
    [PD("this evening", "1992-06-03TEV"), D("today", "1992-06-03"), T("8 o'clock Pacific time", "1992-06-03T20:00-07:00", of=True), U("six weeks", "P6W", 6, "week"), PD("Tomorrow night", "1992-06-04TNI")],
    reject=["Good evening"])
add("1992-12-22", "NEW YORK (AP) — Retailers reported sluggish sales over the weekend and said they were counting on a late rush of shoppers before Christmas. Sales at stores open at least a year were running about 4 percent ahead of last year's pace, according to an industry survey released Monday.",
    [D("the weekend", "1992-W51-WE"), D("Christmas", "1992-12-25"), U("at least a year", "P1Y", 1, "year", qualifier=">="), D("last year", "1991"), D("Monday", "1992-12-21")])
add("1993-03-30", "WACO, Texas (AP) — The standoff between federal agents and an armed religious group entered its second month today. Negotiators spoke by telephone with the group's leader for about three hours late Sunday, and the FBI said talks would resume this evening. Agents have cut the electricity to the compound twice since March 12.",
    [D("today", "1993-03-30"), U("about three hours", "PT3H", 3, "hour", qualifier="~"), D("late Sunday", "1993-03-28"), PD("this evening", "1993-03-30TEV"), D("March 12", "1993-03-12")])
add("1993-08-12", "TOKYO (Reuters) — The dollar fell to a postwar low of 100.40 yen in Tokyo trading on Thursday before recovering slightly in the afternoon. At 1530 GMT the dollar stood at 101.15 yen in London. Dealers said the U.S. currency had lost 15 percent against the yen since January.",
    [D("Thursday", "1993-08-12"), PD("the afternoon", "1993-08-12TAF", of=True), T("1530 GMT", "1993-08-12T15:30Z"), D("January", "1993-01")])
add("1994-01-18", "LOS ANGELES (AP) — A powerful earthquake rocked Southern California at 4:31 a.m. yesterday, killing at least 33 people. The quake, which lasted about 30 seconds, was the strongest to hit the city this century. Aftershocks continued through the night, and officials warned that more could follow in the coming days.",
    [T("4:31 a.m. yesterday", "1994-01-17T04:31"), U("about 30 seconds", "PT30S", 30, "second", qualifier="~"), D("this century", "19", of=True), Opt("the night"), Opt("the coming days", kind="duration")])
add("1994-10-05", "WASHINGTON (AP) — The government ended fiscal 1994 last Friday with a deficit of about $203 billion, the smallest in four years, the Congressional Budget Office said today. The deficit for fiscal 1993 was $255 billion. The office expects the gap to widen again in fiscal 1996 unless Congress acts early next year.",
    [D("fiscal 1994", "FY1994"), D("last Friday", "1994-09-30"), U("four years", "P4Y", 4, "year"), D("today", "1994-10-05"), D("fiscal 1993", "FY1993"), D("fiscal 1996", "FY1996"), D("early next year", "1995")])
add("1995-02-22", "MEXICO CITY (Reuters) — Mexico's peso closed at 5.95 to the dollar on Tuesday, weaker than a week ago, as investors fretted over the $20 billion U.S. rescue package announced last month. The currency has lost nearly 45 percent of its value since Dec. 20, when the government devalued it. Officials said interest rates would stay high for the next six months.",
    [D("Tuesday", "1995-02-21"), D("a week ago", "1995-W07", of=True), D("last month", "1995-01"), D("Dec. 20", "1994-12-20"), U("the next six months", "P6M", 6, "month")])
add("1995-07-06", "WASHINGTON (AP) — The Federal Reserve cut a key short-term interest rate today for the first time in nearly three years, lowering the federal funds rate to 5.75 percent. The central bank had raised rates seven times between February 1994 and February 1995. The decision was announced at 2:15 p.m. EDT, after a two-day meeting.",
    [D("today", "1995-07-06"), U("nearly three years", "P3Y", 3, "year", qualifier="~"), D("February 1994 and February 1995", "1994-02/1995-02", qualifier="range"),
     T("2:15 p.m. EDT", "1995-07-06T14:15-04:00"), U("two-day", "P2D", 2, "day")])
add("1995-11-28", "NEW YORK (AP) — Shoppers crowded malls over the Thanksgiving weekend, giving retailers their strongest start to the holiday season in several years. Sales on Friday rose 6 percent from a year ago, according to a survey. Stores will stay open until midnight every night through Christmas Eve.",
    [D("the Thanksgiving weekend", "1995-W47-WE", of=True), Opt("the holiday season"), U("several years", "PXY", of=True), D("Friday", "1995-11-24"), D("a year ago", "1994", of=True),
     Opt("midnight", kind="time"), S("every night", "P1D", of=True), D("Christmas Eve", "1995-12-24")])
add("1996-03-12", "ATLANTA (AP) — Bob Dole swept the Super Tuesday primaries today, moving within reach of the Republican nomination. Polls in Florida and Texas closed at 7 p.m. CST. Dole has won 16 of the 20 contests held since the Iowa caucuses last month, and aides said he expected to clinch the nomination by the end of March.",
    [Opt("Super Tuesday"), D("today", "1996-03-12"), T("7 p.m. CST", "1996-03-12T19:00-06:00"), D("last month", "1996-02"), D("the end of March", "1996-03")])
add("1996-08-29", "CHICAGO (AP) — President Clinton will accept his party's nomination tonight in a speech that aides said would last about an hour. Earlier this week, Clinton traveled by train from West Virginia to Michigan. Democrats have not held their convention in Chicago since 1968.",
    [PD("tonight", "1996-08-29TNI"), U("about an hour", "PT1H", 1, "hour", qualifier="~"), D("Earlier this week", "1996-W35"), D("1968", "1968")])
add("1996-06-27", "WASHINGTON (Reuters) — The U.S. economy grew at a 2.3 percent annual rate in the first three months of 1996, the Commerce Department said on Thursday, revising up its earlier estimate. Growth averaged 2 percent a year over the past decade, and economists expect it to slow in the second half.",
    [Opt("annual", kind="set"), D("the first three months of 1996", "1996-Q1", of=True), D("Thursday", "1996-06-27"), S("a year", "P1Y"), U("the past decade", "P10Y"), D("the second half", "1996-H2")])
add("1997-01-08", "CHICAGO (AP) — A blizzard dumped 18 inches of snow on the Midwest overnight, closing O'Hare International Airport for the first time in a decade. Flights resumed shortly after noon. Forecasters said temperatures would stay below zero through the weekend, and another storm could arrive early next week.",
    [Opt("overnight"), U("a decade", "P10Y"), T("noon", "1997-01-08T12:00", of=True), D("the weekend", "1997-W02-WE"), D("early next week", "1997-W03")])
add("1997-05-21", "LONDON (Reuters) — British Airways said pretax profit rose 9 percent to 640 million pounds in the 12 months to March 31. The airline, which reports results twice a year, said passenger numbers had risen in each of the last 12 months. Shares closed 12 pence higher at 650 pence.",
    [U("the 12 months", "P12M", 12, "month"), D("March 31", "1997-03-31"), S("twice a year", "P1Y", of=True), U("the last 12 months", "P12M", 12, "month")])
add("1997-10-16", "BERNARD SHAW, CNN ANCHOR: Good evening. Wall Street had another wild ride today. The Dow rose more than 100 points in the first hour of trading, then gave it all back by the closing bell at 4 o'clock Eastern. It was the third straight session of big swings. Lou Dobbs will have more on what it means for your retirement savings in a moment.",
    [D("today", "1997-10-16"), Opt("the first hour"), T("4 o'clock Eastern", "1997-10-16T16:00-04:00", of=True), Opt("a moment", kind="duration")],
    reject=["Good evening"])
add("1998-01-07", "WASHINGTON (AP) — The Senate will return from its holiday recess on Jan. 27, the same day President Clinton delivers his State of the Union address. Senators have been away since mid-November. Majority Leader Trent Lott said Monday evening that campaign finance legislation would be taken up by early March.",
    [D("Jan. 27", "1998-01-27"), Opt("the same day"), D("mid-November", "1997-11"), PD("Monday evening", "1998-01-05TEV"), D("early March", "1998-03")])
add("1998-02-25", "SAN FRANCISCO (Reuters) — Heavy rains from El Nino storms have caused more than $300 million in damage in California since the start of the year, state officials said Wednesday. February is already the wettest month on record in San Francisco, with 13.7 inches of rain. More storms are expected Thursday night and Friday.",
    [D("the start of the year", "1998", of=True), D("Wednesday", "1998-02-25"), D("February", "1998-02"), PD("Thursday night", "1998-02-26TNI"), D("Friday", "1998-02-27")])
add("1998-06-10", "TOKYO (AP) — Japan's economy shrank 0.7 percent in the fiscal year that ended March 31, its first annual contraction in 23 years, the government reported Friday. Economists expect the slump to continue in the April-June quarter, and some warned that recovery may not come until 1999 or 2000.",
    [Opt("the fiscal year"), D("March 31", "1998-03-31"), Opt("annual", kind="set"), U("23 years", "P23Y", 23, "year"), D("Friday", "1998-06-05"), D("the April-June quarter", "1998-Q2"), D("1999", "1999"), D("2000", "2000")])
add("1998-09-17", "NEW YORK (AP) — Consumer prices rose a modest 0.1 percent last month, the Labor Department said today, keeping inflation on track for its lowest annual rate since 1986. Over the past 12 months, prices have risen 1.6 percent. The Federal Reserve's policy committee meets again on Sept. 29, and many analysts expect a rate cut by the end of the year.",
    [D("last month", "1998-08"), D("today", "1998-09-17"), Opt("annual", kind="set"), D("1986", "1986"), U("the past 12 months", "P12M", 12, "month"), D("Sept. 29", "1998-09-29"), D("the end of the year", "1998")])
add("1998-12-02", "WASHINGTON (AP) — The House Judiciary Committee will vote on articles of impeachment next week, possibly as early as Tuesday, its chairman said this morning. The committee has held hearings two days a week since Nov. 19. Independent counsel Kenneth Starr testified for more than 12 hours two weeks ago.",
    [D("next week", "1998-W50"), D("Tuesday", "1998-12-08"), PD("this morning", "1998-12-02TMO"), S("two days a week", "P1W", of=True), D("Nov. 19", "1998-11-19"),
     U("more than 12 hours", "PT12H", 12, "hour", qualifier=">"), D("two weeks ago", "1998-W47", of=True)])
add("1990-12-27", "WASHINGTON (AP) — Holiday sales were the weakest in more than a decade, retailers said today, as the recession kept shoppers at home in the days before Christmas. Sales for December are expected to be about 2 percent below last year's levels. Retailers now pin their hopes on the January clearance sales.",
    [U("more than a decade", "P10Y", qualifier=">"), D("today", "1990-12-27"), Opt("the days"), D("Christmas", "1990-12-25"), D("December", "1990-12"), D("last year", "1989"), D("January", "1991-01")])
add("1993-11-24", "NEW YORK (AP) — Airlines expect about 4.5 million passengers to fly over the Thanksgiving holiday, up 3 percent from last year. Today is expected to be the busiest travel day. Forecasters said snow could delay flights in the Northeast this evening and early Thursday morning.",
    [Opt("the Thanksgiving holiday"), D("last year", "1992"), D("Today", "1993-11-24"), PD("this evening", "1993-11-24TEV"), PD("early Thursday morning", "1993-11-25TMO")])
add("1997-12-30", "HONG KONG (Reuters) — Health officials began slaughtering all 1.2 million chickens in the territory on Monday after a bird flu virus killed four people this year. Poultry imports have fallen by a third over the past year. Officials said the markets would stay closed until at least the Lunar New Year in early February.",
    [D("Monday", "1997-12-29"), D("this year", "1997"), U("the past year", "P1Y", 1, "year"), Opt("the Lunar New Year"), D("early February", "1998-02")])
add("1989-07-05", "WASHINGTON (AP) — Fireworks shows drew record crowds on the Fourth of July, the National Park Service said today. An estimated 500,000 people gathered on the Mall Tuesday night to watch the display, held each year since 1947, which lasted 25 minutes.",
    [D("the Fourth of July", "1989-07-04"), D("today", "1989-07-05"), PD("Tuesday night", "1989-07-04TNI"), S("each year", "P1Y"), D("1947", "1947"), U("25 minutes", "PT25M", 25, "minute")])
add("1994-04-14", "WASHINGTON (AP) — Americans rushed to file their income tax returns before the deadline at midnight Friday, and the Internal Revenue Service said it expected to receive about 20 million returns this week alone. The IRS sends most refunds within six weeks. Last year, 87 million returns had been filed by the end of April.",
    [T("midnight Friday", "1994-04-15T24:00", of=True), D("this week", "1994-W15"), U("within six weeks", "P6W", 6, "week", qualifier="<="), D("Last year", "1993"), D("the end of April", "1993-04")])
add("1996-10-02", "SEATTLE (AP) — Boeing Co. said it will raise production of its 737 jetliners to 21 a month by the second quarter of 1997. Orders have surged in recent years as airlines replace aging fleets bought in the 1970s. Its shares have risen 60 percent since 1995. The company expects to deliver about 340 planes this year and 400 in 1997.",
    [S("a month", "P1M", of=True), D("the second quarter of 1997", "1997-Q2"), Opt("recent years"), D("the 1970s", "197"), D("1995", "1995"), D("this year", "1996"), D("1997", "1997", occ=1)],
    reject=["737"])
add("1990-10-03", "BERLIN (AP) — East and West Germany were united at midnight, ending 45 years of division. Hundreds of thousands of people celebrated in front of the Reichstag through the night. Chancellor Helmut Kohl said the first all-German elections would be held on Dec. 2, and that the country faced years of difficult rebuilding.",
    [T("midnight", "1990-10-03T00:00", of=True), U("45 years", "P45Y", 45, "year"), Opt("the night"), D("Dec. 2", "1990-12-02"), U("years", "PXY", unit="year", occ=1)])
add("1989-10-25", "DETROIT (Reuters) — Ford Motor Co. said today its third-quarter earnings fell 41 percent to $760 million, the lowest since the third quarter of 1986. Ford said it expects car sales to stay weak through the end of the year and into the first months of 1990. Earnings for the first nine months were $3.9 billion.",
    [D("today", "1989-10-25"), D("third-quarter", "1989-Q3"), D("the third quarter of 1986", "1986-Q3"), D("the end of the year", "1989"), D("the first months of 1990", "1990", of=True),
     U("the first nine months", "P9M", 9, "month", of=True)])

if __name__ == "__main__":
    write(sys.argv[1], P)
