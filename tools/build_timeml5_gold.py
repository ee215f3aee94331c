#!/usr/bin/env python3
"""Write data/gold/temporal-timeml5-dev.jsonl from the hand annotations below (issue #10, round 6).

Registers not written before: late-1980s Wall Street Journal business stories (fiscal quarters and
years, year-earlier periods, `the nine months`, `through Sept. 30`), 2010s international wire news
(AFP/Reuters/AP: `late on Friday`, `hours later`, `the following day`, `by 2030`, `a decade-long
war`), and sports, weather and court news (`the 90th minute`, `overnight Tuesday`, `from 2005 to
2009`, sentences). Passages written for this file and annotated by TimeML (TIMEX3) extents with the
project's value format, before numfacts was run on them; this script only spells the facts out
(offsets by `occ`, as score_cases.py finds them). Usage: build_timeml5_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml5")

# (a) late-1980s Wall Street Journal business stories
add("1989-10-24", "NEW YORK -- Hartwell Industries Inc. said net income in its fiscal first quarter, ended Sept. 30, rose 18% to $14.2 million, or 61 cents a share, from $12 million, or 52 cents a share, in the year-earlier period. Revenue in the latest quarter climbed 9% to $311 million. The Cleveland-based maker of valves said it expects fiscal 1990 earnings to top last year's record.",
    [D("fiscal first quarter", "FY1990-Q1", of=True), D("Sept. 30", "1989-09-30"), D("the year-earlier period", "1988-Q3", of=True), D("the latest quarter", "1989-Q3", of=True),
     D("fiscal 1990", "FY1990"), D("last year", "1988")])
add("1988-07-19", "Regional Bancorp posted second-quarter profit of $48.3 million, up from $39.1 million a year ago. For the six months, earnings rose 21% to $92.6 million. The bank holding company said loan demand slowed in June but picked up again in the first two weeks of July.",
    [D("second-quarter", "1988-Q2"), D("a year ago", "1987-Q2", of=True), U("the six months", "P6M", 6, "month"), D("June", "1988-06"), D("the first two weeks of July", "1988-07", of=True)])
add("1987-11-05", "Computer maker Delmont Systems said its board approved a 2-for-1 stock split, payable Dec. 15 to holders of record Nov. 20. Delmont also raised its quarterly dividend to 12 cents from 10 cents. In the nine months ended Sept. 30, the company earned $1.87 a share, compared with $1.22 in the 1986 period. Shares of Delmont have fallen 31% since the Oct. 19 crash.",
    [D("Dec. 15", "1987-12-15"), D("Nov. 20", "1987-11-20"), S("quarterly", "P3M"), U("the nine months", "P9M", 9, "month"), D("Sept. 30", "1987-09-30"),
     D("the 1986 period", "1986", of=True), D("Oct. 19", "1987-10-19")])
add("1989-04-18", "WASHINGTON -- Airline traffic rose 4.2% in March from a year earlier, the Air Transport Association said yesterday. For the first quarter, traffic was up 3.1%. Carriers expect demand to remain strong through the summer, though jet fuel costs have climbed for three straight months.",
    [D("March", "1989-03"), D("a year earlier", "1988-03", of=True), D("yesterday", "1989-04-17"), D("the first quarter", "1989-Q1"), D("the summer", "1989-SU"),
     U("three straight months", "P3M", 3, "month")])
add("1988-02-02", "DETROIT -- Auto makers' sales in the Jan. 21-31 period fell 8.6% from last year's pace, the slowest selling rate for the period since 1983. Industry analysts said the weakness reflected the October market collapse and predicted a sluggish first half of 1988. \"We'll be lucky to sell 10 million cars this year,\" said one Detroit economist.",
    [D("Jan. 21-31", "1988-01-21/1988-01-31"), D("last year", "1987"), D("1983", "1983"), D("October", "1987-10"), D("first half of 1988", "1988-H1"), D("this year", "1988")])
add("1989-08-08", "WASHINGTON -- Consumer installment credit grew at a 6.5% annual rate in June, after a revised 4.9% rate in May, the Federal Reserve Board said. Last month's figures will be released early next month. Economists said borrowing has slowed steadily since the start of the year, reflecting higher interest rates.",
    [Opt("annual", kind="set"), D("June", "1989-06"), D("May", "1989-05"), D("Last month", "1989-07"), D("early next month", "1989-09"), D("the start of the year", "1989")])
add("1987-10-21", "NEW YORK -- Stock prices rebounded yesterday in the heaviest trading ever, a day after the Dow Jones Industrial Average plunged 508 points. The average gained 102.27 points, its biggest one-day advance. Since its Aug. 25 peak, the Dow has lost about a third of its value. Brokerage firms said they would keep extended hours through the end of the week.",
    [D("yesterday", "1987-10-20"), Opt("a day", kind=["duration", "date"]), U("one-day", "P1D", 1, "day"), D("Aug. 25", "1987-08-25"), D("the end of the week", "1987-W43")])
add("1988-10-27", "PORTLAND, Ore. -- Pacific Timber Co. reported a third-period loss of $8.2 million, reversing a profit of $5.6 million in the 1987 quarter. The company blamed the loss on a strike that idled its mills for 11 weeks during the summer. Pacific Timber said it expects to return to profitability in the fourth quarter and to complete its restructuring by the end of the decade.",
    [D("third-period", "1988-Q3", of=True), D("the 1987 quarter", "1987-Q3", of=True), U("11 weeks", "P11W", 11, "week"), D("the summer", "1988-SU"), D("the fourth quarter", "1988-Q4"),
     D("the end of the decade", "198")])
add("1989-12-12", "Chemical makers are bracing for a slowdown in the 1990s after three years of record profits. Dow Chemical said it will cut capital spending 12% next year, and analysts expect industry earnings to fall through at least mid-1990. \"The cycle has peaked,\" said an analyst who has followed the industry since the early 1970s.",
    [D("the 1990s", "199"), U("three years", "P3Y", 3, "year"), D("next year", "1990"), D("mid-1990", "1990"), D("the early 1970s", "197")])
add("1989-01-31", "WHITE PLAINS, N.Y. -- Texaco Inc. said fourth-quarter net income soared to $344 million from $91 million in the 1987 fourth quarter, which included charges tied to its bankruptcy. For all of 1988, Texaco earned $1.3 billion. The company said it completed the sale of its Canadian unit last month and would resume share buybacks in the current quarter.",
    [D("fourth-quarter", "1988-Q4"), D("the 1987 fourth quarter", "1987-Q4"), D("1988", "1988"), D("last month", "1988-12"), D("the current quarter", "1989-Q1")])
add("1988-05-10", "NEW YORK -- The Treasury will auction $9.75 billion of 30-year bonds tomorrow, the last leg of its quarterly refunding. Yields on the bonds rose to 9.12% late Monday, the highest since mid-January. Dealers expect the auction to draw strong demand from Japanese investors, who bought about a third of the 10-year notes sold last week.",
    [U("30-year", "P30Y", 30, "year"), D("tomorrow", "1988-05-11"), S("quarterly", "P3M"), D("late Monday", "1988-05-09"), D("mid-January", "1988-01"), U("10-year", "P10Y", 10, "year"),
     D("last week", "1988-W18")])
add("1987-07-14", "LOS ANGELES -- Home Savings of America posted record earnings for the June quarter and said it expects to open 40 branches over the next 18 months. Thrift executives said deposit growth had slowed since the spring, when rates on certificates of deposit began to climb. Federal regulators have closed 23 savings institutions so far this year.",
    [D("the June quarter", "1987-Q2"), U("the next 18 months", "P18M", 18, "month"), D("the spring", "1987-SP"), D("this year", "1987")])
add("1989-07-25", "WASHINGTON -- Orders for durable goods fell 1.2% in June, the second decline in three months, the Commerce Department said. The government's fiscal year runs through Sept. 30, and budget analysts said the deficit for fiscal 1989 would come to about $150 billion. The White House hopes to balance the budget by fiscal 1993.",
    [D("June", "1989-06"), U("three months", "P3M", 3, "month"), Opt("fiscal year"), D("Sept. 30", "1989-09-30"), D("fiscal 1989", "FY1989"), D("fiscal 1993", "FY1993")])

# (b) 2010s international wire news
add("2014-11-08", "KABUL (AFP) - A suicide bomber killed at least 12 people at a volleyball match in eastern Afghanistan late on Friday, officials said on Saturday. The attack came hours after the country's new president vowed to end the decade-long war with the Taliban. Afghan forces will take full charge of security when NATO's combat mission ends on December 31.",
    [D("Friday", "2014-11-07"), D("Saturday", "2014-11-08"), U("hours", "PTXH"), U("decade-long", "P10Y"), D("December 31", "2014-12-31")])
add("2015-06-13", "ISTANBUL (Reuters) - Turkey's ruling AK Party lost its parliamentary majority for the first time since 2002 in last Sunday's election, and coalition talks could begin in the coming days. If no government is formed within 45 days, President Tayyip Erdogan can call a snap vote, which analysts said could be held in November.",
    [D("2002", "2002"), D("last Sunday", "2015-06-07"), Opt("the coming days", kind="duration"), U("within 45 days", "P45D", 45, "day", qualifier="<="), D("November", "2015-11")])
add("2016-03-19", "BRUSSELS (AP) - Belgian police captured the prime suspect in the November Paris attacks on Friday after four months on the run, officials said. He was wounded in the leg during the raid and taken to hospital. Prosecutors said he could be handed over to France within weeks. Belgium raised its threat level for 48 hours.",
    [D("November", "2015-11"), D("Friday", "2016-03-18"), U("four months", "P4M", 4, "month"), U("weeks", "PXW"), U("48 hours", "PT48H", 48, "hour")])
add("2013-09-27", "UNITED NATIONS (AFP) - The UN Security Council is expected to vote late Friday on a resolution ordering Syria to give up its chemical weapons, diplomats said. The text, agreed on Thursday by the United States and Russia after days of haggling, sets a deadline of mid-2014 for destroying the arsenal. Inspectors are due back in Syria on Wednesday.",
    [D("late Friday", "2013-09-27"), D("Thursday", "2013-09-26"), U("days", "PXD"), D("mid-2014", "2014"), D("Wednesday", "2013-10-02")])
add("2017-05-06", "PARIS (Reuters) - French voters choose their next president on Sunday in a runoff between Emmanuel Macron and Marine Le Pen. Campaigning officially ended at midnight on Friday, and a leak of Macron campaign emails hours later was condemned by his team. Polls showed Macron, 39, far ahead; he would be France's youngest leader since Napoleon.",
    [D("Sunday", "2017-05-07"), T("midnight on Friday", "2017-05-05T24:00", of=True), U("hours", "PTXH")])
add("2018-02-24", "JOHANNESBURG (AFP) - South Africa's new president Cyril Ramaphosa on Saturday promised to root out corruption within the next five years, a week after Jacob Zuma resigned under pressure. Ramaphosa, 65, will present his first budget in the coming week. The ANC has governed since the end of apartheid in 1994 and faces an election in 2019.",
    [D("Saturday", "2018-02-24"), U("the next five years", "P5Y", 5, "year"), U("a week", "P1W"), Opt("the coming week"), D("1994", "1994"), D("2019", "2019")])
add("2019-10-12", "ADDIS ABABA (Reuters) - Ethiopia's Prime Minister Abiy Ahmed won the Nobel Peace Prize on Friday for ending a 20-year stalemate with neighbouring Eritrea. The two countries fought a border war from 1998 to 2000 that killed tens of thousands. Abiy, who took office in April 2018, will face voters in the 2020 election, the first since he came to power.",
    [D("Friday", "2019-10-11"), U("20-year", "P20Y", 20, "year"), D("1998 to 2000", "1998/2000", qualifier="range", of=True), D("April 2018", "2018-04"), D("2020", "2020")])
add("2012-12-08", "CAIRO (AP) - Egypt's Islamist president rescinded a decree giving himself near-absolute powers late Saturday but said a referendum on the draft constitution would go ahead as planned on Dec. 15. Opposition leaders, who have staged protests for more than two weeks, are expected to respond in 48 hours. The crisis is the worst since Mubarak's ouster in early 2011.",
    [D("late Saturday", "2012-12-08"), D("Dec. 15", "2012-12-15"), U("more than two weeks", "P2W", 2, "week", qualifier=">"), U("48 hours", "PT48H", 48, "hour"), D("early 2011", "2011")])
add("2015-01-17", "NIAMEY (AFP) - Protesters torched churches in Niger's capital on Saturday, a day after at least four people died in riots over cartoons of the Prophet. The unrest began in Zinder on Friday afternoon and spread to Niamey the following day. The country's president called for calm in a televised address late in the evening.",
    [D("Saturday", "2015-01-17"), Opt("a day", kind=["duration", "date"]), PD("Friday afternoon", "2015-01-16TAF"), D("the following day", "2015-01-17", of=True), Opt("the evening", kind=["date", "time"])])
add("2016-08-20", "RIO DE JANEIRO (Reuters) - Usain Bolt completed an unprecedented 'triple-triple' on Friday night, anchoring Jamaica to victory in the 4x100 metres relay. The 30-year-old has won the 100m, 200m and relay at three straight Olympics since 2008. He said he would retire after next year's world championships in London.",
    [PD("Friday night", "2016-08-19TNI"), Opt("30-year-old", kind="duration"), D("2008", "2008"), D("next year", "2017")])
add("2011-04-09", "WASHINGTON (AP) - Congressional leaders reached a last-minute budget deal an hour before the midnight deadline on Friday, averting a government shutdown. The agreement cuts $38.5 billion from spending for the rest of the fiscal year, which ends Sept. 30. Both chambers are expected to vote on the measure next week.",
    [U("an hour", "PT1H"), Opt("midnight", kind="time"), D("Friday", "2011-04-08"), Opt("the rest of the fiscal year"), D("Sept. 30", "2011-09-30"), D("next week", "2011-W15")])
add("2019-03-02", "NEW DELHI (Reuters) - India's government said on Saturday it will cut carbon intensity by a third by 2030 and double solar capacity in the next three years. Power demand rose 7 percent in 2018, the fastest pace in a decade, and is set to keep growing through the 2020s, officials said earlier this week.",
    [D("Saturday", "2019-03-02"), D("2030", "2030"), U("the next three years", "P3Y", 3, "year"), D("2018", "2018"), U("a decade", "P10Y"), D("the 2020s", "202"), D("earlier this week", "2019-W09")])
add("2016-11-26", "HAVANA (AFP) - Fidel Castro, who led Cuba's revolution in 1959 and ruled the island for nearly half a century, died late on Friday at the age of 90, his brother Raul announced on state television. Cuba declared nine days of national mourning. His ashes will be buried in Santiago on December 4 after a four-day procession across the island.",
    [D("1959", "1959"), U("nearly half a century", "P50Y", qualifier="~"), D("Friday", "2016-11-25"), U("nine days", "P9D", 9, "day"), D("December 4", "2016-12-04"), U("four-day", "P4D", 4, "day")])
add("2014-04-05", "KABUL (Reuters) - Afghans voted on Saturday in an election that will mark the country's first democratic transfer of power, defying Taliban threats. Polls opened at 7 a.m. and were due to close at 4 p.m., but officials extended voting by an hour in several provinces. Preliminary results are not expected until April 24, and a run-off, if needed, would be held in late May.",
    [D("Saturday", "2014-04-05"), T("7 a.m.", "2014-04-05T07:00"), T("4 p.m.", "2014-04-05T16:00"), U("an hour", "PT1H"), D("April 24", "2014-04-24"), D("late May", "2014-05")])

# (c) sports, weather and court news
add("2014-03-09", "LONDON (Reuters) - Wayne Rooney struck in the 90th minute to give Manchester United a 2-1 win at West Brom on Saturday, their first away victory since December. United have won only five away games this season and sit seventh, 15 points off the top four with 10 games left. The two sides meet again in the FA Cup next month.",
    [Opt("the 90th minute"), D("Saturday", "2014-03-08"), D("December", "2013-12"), Opt("this season"), D("next month", "2014-04")])
add("2016-01-12", "NEW YORK (AP) - Heavy snow is expected to reach the city overnight Tuesday, with 8 to 12 inches forecast by Wednesday afternoon, the National Weather Service said. It would be the first major storm of this winter, which has been among the mildest on record. Temperatures are forecast to drop into the teens by the weekend.",
    [PD("overnight Tuesday", "2016-01-12TNI", of=True), PD("Wednesday afternoon", "2016-01-13TAF"), D("this winter", "2016-WI", of=True), D("the weekend", "2016-W02-WE")])
add("2017-11-28", "A former state senator was sentenced on Tuesday to five years in federal prison for taking bribes from a hospital chain from 2005 to 2009. U.S. District Judge Maria Lopez ordered him to report to prison by Jan. 15 and to pay $1.2 million in restitution within 90 days. Prosecutors had sought a seven-year term. He has 14 days to appeal.",
    [D("Tuesday", "2017-11-28"), U("five years", "P5Y", 5, "year"), D("2005 to 2009", "2005/2009", qualifier="range", of=True), D("Jan. 15", "2018-01-15"),
     U("within 90 days", "P90D", 90, "day", qualifier="<="), U("seven-year", "P7Y", 7, "year"), U("14 days", "P14D", 14, "day")])
add("2013-02-05", "BOSTON (AP) - Tyler Seguin scored twice in the third period and the Bruins beat the Rangers 4-2 on Monday night for their fifth straight win. Boston has not lost at home since Jan. 19. The Bruins play three games in four nights, starting Thursday in Buffalo.",
    [Opt("the third period"), PD("Monday night", "2013-02-04TNI"), D("Jan. 19", "2013-01-19"), Opt("four nights", kind="duration"), D("Thursday", "2013-02-07")])
add("2018-07-15", "MOSCOW (AFP) - France beat Croatia 4-2 in the World Cup final on Sunday to win the trophy for the second time, 20 years after their first triumph on home soil. Kylian Mbappe, who scored in the 65th minute, became the first teenager to score in a final since Pele in 1958. The next World Cup will be held in Qatar in 2022, in November and December for the first time.",
    [D("Sunday", "2018-07-15"), U("20 years", "P20Y", 20, "year"), Opt("the 65th minute"), D("1958", "1958"), D("2022", "2022"), D("November", "2022-11", of=True), D("December", "2022-12", of=True)])
add("2012-10-23", "GENEVA (AP) - Lance Armstrong was formally stripped of his seven Tour de France titles on Monday and banned from cycling for life. Cycling's governing body said it accepted the findings of a report that described a decade-long doping program. Armstrong, who won every Tour from 1999 to 2005, has until the end of the month to respond.",
    [D("Monday", "2012-10-22"), U("decade-long", "P10Y"), D("1999 to 2005", "1999/2005", qualifier="range", of=True), D("the end of the month", "2012-10")])
add("2019-12-17", "MELBOURNE (Reuters) - Australia sweltered through its hottest day on record on Tuesday, with the national average maximum reaching 40.9 degrees Celsius, breaking a mark set in January 2013. Forecasters warned the heatwave would last into the weekend and said the summer was likely to be drier than average. Bushfires have burned for weeks across New South Wales.",
    [D("Tuesday", "2019-12-17"), D("January 2013", "2013-01"), D("the weekend", "2019-W51-WE"), D("the summer", "2019-SU", of=True), U("weeks", "PXW")])
add("2015-09-22", "HOUSTON (AP) - A Texas man who spent 18 years on death row was freed on Monday after prosecutors dropped all charges against him. His conviction was overturned in 2014 when a witness recanted. The state's highest court had stayed his execution in 2011, hours before he was due to die. His lawyers said they would seek compensation in the coming months.",
    [U("18 years", "P18Y", 18, "year"), D("Monday", "2015-09-21"), D("2014", "2014"), D("2011", "2011"), U("hours", "PTXH"), Opt("the coming months", kind=["date", "duration"])])
add("2010-12-14", "Snow and ice snarled traffic across the region overnight, and forecasters said temperatures would stay below freezing until Thursday. The cold snap, the earliest in a decade, has already closed schools for two days this week. Road crews have used more salt so far this season than in all of last winter.",
    [Opt("overnight"), D("Thursday", "2010-12-16"), U("a decade", "P10Y"), U("two days", "P2D", 2, "day"), D("this week", "2010-W50"), Opt("this season"), D("last winter", "2009-WI", of=True)])
add("2016-05-31", "PARIS (AP) - Rain forced organizers to suspend play at the French Open on Monday for the first time in 16 years. Defending champion Stan Wawrinka's fourth-round match was halted in the second set and will resume Wednesday morning. Organizers said the tournament could run into a third week unless the weather improves within 48 hours.",
    [D("Monday", "2016-05-30"), U("16 years", "P16Y", 16, "year"), PD("Wednesday morning", "2016-06-01TMO"), Opt("a third week"), U("within 48 hours", "PT48H", 48, "hour", qualifier="<=")])
add("2015-12-08", "NEW YORK (Reuters) - A federal jury in Brooklyn convicted a former investment banker on Monday of insider trading that netted $3 million between 2010 and 2013. Sentencing was set for March 22. The charges carry a maximum of 20 years, but defense lawyers said they would ask for probation. He has been free on bail since his arrest in the spring of 2014.",
    [D("Monday", "2015-12-07"), D("2010 and 2013", "2010/2013", qualifier="range", of=True), D("March 22", "2016-03-22"), U("20 years", "P20Y", 20, "year"), D("the spring of 2014", "2014-SP")])
add("2017-01-23", "FOXBOROUGH, Mass. (AP) - Tom Brady threw for 384 yards and three touchdowns as New England routed Pittsburgh 36-17 on Sunday night to reach the Super Bowl for the ninth time. The Patriots, who have won 16 of their last 17 games, will face Atlanta in Houston on Feb. 5. Brady, who served a four-game suspension at the start of the season, has lost just twice in the playoffs since 2012.",
    [PD("Sunday night", "2017-01-22TNI"), D("Feb. 5", "2017-02-05"), Opt("the start of the season"), D("2012", "2012")])

if __name__ == "__main__":
    write(sys.argv[1], P)
