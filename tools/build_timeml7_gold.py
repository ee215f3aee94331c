#!/usr/bin/env python3
"""Write data/gold/temporal-timeml7-dev.jsonl from the hand annotations below (issue #10, round 8).

1990s-2000s wire and broadcast news on topics no earlier file wrote (currency crises and central banks, elections
abroad, strikes, aviation accidents and their investigations, mergers before regulators, space, epidemics, trials,
sports seasons, weather disasters, summits, tech product cycles), with datelines carrying the date and one headline,
written for this file and annotated by TimeML (TIMEX3) extents with the project's value format
(data/gold/README-temporal.md) before numfacts was run on them; this script only spells the facts out
(offsets by `occ`, as score_cases.py finds them). Usage: build_timeml7_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml7")

# (a) currency crises and central banks
add("1992-09-17", "LONDON, Sept. 17 (Reuters) - Britain suspended its membership of the European exchange rate mechanism late Wednesday, hours after the Bank of England had raised its base rate to 15 percent. The pound, which joined the system nearly two years ago, fell overnight to 2.75 marks in New York trading. Chancellor Norman Lamont said interest rates would return to 10 percent on Thursday.",
    [D("Sept. 17", "1992-09-17"), D("late Wednesday", "1992-09-16"), U("hours", "PTXH"), D("nearly two years ago", "1990"), Opt("overnight"), D("Thursday", "1992-09-17")])
add("1997-07-03", "BANGKOK, July 3 (AP) - Thailand's central bank let the baht float on Wednesday, ending 13 years of a currency peg to a basket dominated by the dollar. The baht lost about 15 percent of its value in the first day of trading. Finance Minister Thanong Bidaya said the economy would recover in the second half of next year, and he expected the current account deficit to narrow to 5 percent of GDP by the end of the decade.",
    [D("July 3", "1997-07-03"), D("Wednesday", "1997-07-02"), U("13 years", "P13Y", 13, "year"), Opt("the first day"), D("the second half of next year", "1998-H2"), D("the end of the decade", "199")])
add("1998-08-28", "MOSCOW (Reuters) - The Moscow currency exchange suspended dollar trading for the second time this week on Thursday as the ruble slid to 10 a dollar, down from 6.3 in mid-August. The central bank said it would resume trading early next week. Russians lined up at banks overnight, and officials said withdrawals had doubled in the past ten days.",
    [D("this week", "1998-W35"), D("Thursday", "1998-08-27"), D("mid-August", "1998-08"), D("early next week", "1998-W36"), Opt("overnight"), U("the past ten days", "P10D", 10, "day")])
add("1994-12-22", "MEXICO CITY (AP) - Mexico let the peso float freely against the dollar on Thursday, two days after a 15 percent devaluation failed to halt the flight of capital. The peso has lost nearly a third of its value since Tuesday. Finance Minister Jaime Serra Puche, who took office Dec. 1, said the government would present an emergency economic plan in the first week of January.",
    [D("Thursday", "1994-12-22"), U("two days", "P2D", 2, "day"), D("Tuesday", "1994-12-20"), D("Dec. 1", "1994-12-01"), D("the first week of January", "1995-W01", of=True)])
add("1999-01-14", "SAO PAULO, Jan. 14 (Reuters) - Brazil's real fell 8 percent in two days after the central bank widened its trading band on Wednesday, and shares in Sao Paulo plunged 10 percent in the first hour of trading. The country's reserves have fallen by about $40 billion since August. Analysts expect the economy to shrink in 1999 for the first time in nearly a decade.",
    [D("Jan. 14", "1999-01-14"), U("two days", "P2D", 2, "day"), D("Wednesday", "1999-01-13"), Opt("the first hour"), D("August", "1998-08"), D("1999", "1999"),
     U("nearly a decade", "P10Y", qualifier="~")])
add("2007-08-16", "FRANKFURT (Reuters) - The European Central Bank pumped another 7.7 billion euros into money markets on Thursday, its fifth such operation in a week, as banks hoarded cash. The ECB had lent a record 95 billion euros overnight on Aug. 9. Economists still expect the bank to raise its key rate to 4.25 percent at its meeting on Sept. 6, though some now say a move may wait until the fourth quarter. Euro zone growth slowed to 0.3 percent in the April-June quarter.",
    [D("Thursday", "2007-08-16"), U("a week", "P1W"), Opt("overnight"), D("Aug. 9", "2007-08-09"), D("Sept. 6", "2007-09-06"), D("now", "PRESENT_REF"), D("the fourth quarter", "2007-Q4"),
     D("the April-June quarter", "2007-Q2")], reject=["may"])
# (b) elections abroad and summits
add("2001-10-26", "BUENOS AIRES (AP) - Argentines go to the polls Sunday in midterm congressional elections that the opposition Peronists are expected to win. Voting begins at 8 a.m. local time and polls close at 6 p.m. President Fernando de la Rua, elected two years ago, has seen his approval rating fall below 20 percent in recent weeks. The economy has been in recession since the second half of 1998.",
    [D("Sunday", "2001-10-28"), T("8 a.m. local time", "2001-10-28T08:00", of=True), T("6 p.m.", "2001-10-28T18:00", of=True), D("two years ago", "1999"), Opt("recent weeks", kind="duration"),
     D("the second half of 1998", "1998-H2")])
add("1996-04-23", "Yeltsin says June 16 vote will go ahead\nMOSCOW, April 23 (Reuters) - Russia's presidential election will go ahead on June 16 as planned, Boris Yeltsin said on Tuesday, rejecting calls from some aides to put it off for two years. Communist leader Gennady Zyuganov leads in most polls, although Yeltsin has narrowed the gap since the start of the year. If no candidate wins a majority, a runoff will be held within 15 days of the vote.",
    [D("June 16", "1996-06-16"), D("April 23", "1996-04-23"), D("June 16", "1996-06-16", occ=1), D("Tuesday", "1996-04-23"), U("two years", "P2Y", 2, "year"), D("the start of the year", "1996"),
     U("within 15 days", "P15D", 15, "day", qualifier="<=")])
add("1997-05-02", "LONDON, May 2 (AP) - Tony Blair became Britain's youngest prime minister this century on Friday after Labour won a landslide in Thursday's general election, ending 18 years of Conservative rule. Blair, 43, drove to Buckingham Palace shortly after noon. Labour last won an election in October 1974. The new government will present its first Queen's Speech in mid-May.",
    [D("May 2", "1997-05-02"), D("this century", "19"), D("Friday", "1997-05-02"), D("Thursday", "1997-05-01"), U("18 years", "P18Y", 18, "year"), T("noon", "1997-05-02T12:00", of=True),
     D("October 1974", "1974-10"), D("mid-May", "1997-05")])
add("2005-07-05", "GLENEAGLES, Scotland (Reuters) - Leaders of the Group of Eight rich nations arrive on Wednesday for a three-day summit that Prime Minister Tony Blair hopes will double aid to Africa by 2010. Blair, who chairs the G8 this year, said on Tuesday that talks on climate change had made progress in the past 48 hours. The leaders last met in Sea Island, Georgia, in June 2004.",
    [D("Wednesday", "2005-07-06"), U("three-day", "P3D", 3, "day"), D("2010", "2010"), D("this year", "2005"), D("Tuesday", "2005-07-05"), U("the past 48 hours", "PT48H", 48, "hour"),
     D("June 2004", "2004-06")])
add("1995-11-14", "WASHINGTON (AP) - About 800,000 federal workers were sent home on Tuesday as the government ran out of money at midnight, the first such shutdown in five years. President Clinton vetoed a stopgap spending bill late Monday, saying it would raise Medicare premiums in fiscal 1996. Republicans said they would balance the budget within seven years and send him a new bill by the end of the week. The fiscal year began Oct. 1.",
    [D("Tuesday", "1995-11-14"), T("midnight", of=True), U("five years", "P5Y", 5, "year"), D("late Monday", "1995-11-13"), D("fiscal 1996", "FY1996"),
     U("within seven years", "P7Y", 7, "year", qualifier="<="), D("the end of the week", "1995-W46"), Opt("The fiscal year"), D("Oct. 1", "1995-10-01")])
# (c) strikes and labour
add("1998-06-11", "FLINT, Mich. (Reuters) - A strike at a General Motors Corp. metal-stamping plant entered its second week on Thursday, and the United Auto Workers said a second walkout could begin at a parts plant as early as Saturday. GM said the strike had cost it about $70 million a day in lost production since it began last Friday. The last major strike at GM, in 1996, lasted 17 days.",
    [Opt("its second week", kind="duration"), D("Thursday", "1998-06-11"), D("Saturday", "1998-06-13"), S("a day", "P1D"), D("last Friday", "1998-06-05"), D("1996", "1996"),
     U("17 days", "P17D", 17, "day")])
add("1997-11-06", "TORONTO (AP) - Ontario's 126,000 teachers will return to their classrooms on Monday, ending a two-week walkout that closed schools across the province, union leaders said late Thursday. The strike, which began Oct. 27, was the largest in North American history. The province's education bill, passed on Monday, takes effect on Jan. 1.",
    [D("Monday", "1997-11-10"), U("two-week", "P2W", 2, "week"), D("late Thursday", "1997-11-06"), D("Oct. 27", "1997-10-27"), D("Monday", "1997-11-03", occ=1), D("Jan. 1", "1998-01-01")])
add("2002-08-30", "NEW YORK (AP) - Baseball players and owners reached a labor agreement on Friday, about three hours before players were set to strike. The four-year deal, the first since 1970 reached without a work stoppage, runs through the 2006 season. The players had set a strike date of Aug. 30 two weeks ago. The 1994-95 strike wiped out the World Series for the first time in 90 years.",
    [D("Friday", "2002-08-30"), U("about three hours", "PT3H", 3, "hour", qualifier="~"), U("four-year", "P4Y", 4, "year"), D("1970", "1970"), D("2006", "2006"), D("Aug. 30", "2002-08-30"),
     D("two weeks ago", "2002-W33"), D("1994-95", "1994/1995"), U("90 years", "P90Y", 90, "year")])
# (d) aviation accidents and investigations
add("2003-02-03", "HOUSTON (AP) - NASA investigators said Monday they were studying a piece of foam insulation that struck the shuttle Columbia's left wing 81 seconds after liftoff on Jan. 16. The shuttle broke apart over Texas at about 9 a.m. EST Saturday, 16 minutes before it was due to land in Florida. Columbia, the oldest orbiter in the fleet, had been due for an overhaul in two years. The shuttles, which first flew in 1981, will stay grounded for months, officials said.",
    [D("Monday", "2003-02-03"), U("81 seconds", "PT81S", 81, "second"), D("Jan. 16", "2003-01-16"), T("about 9 a.m. EST Saturday", "2003-02-01T09:00-05:00"), U("16 minutes", "PT16M", 16, "minute"),
     U("two years", "P2Y", 2, "year"), D("1981", "1981"), U("months", "PXM")])
add("2000-07-26", "PARIS, July 26 (Reuters) - Air France grounded its Concorde fleet on Wednesday, a day after one of the supersonic jets crashed shortly after takeoff from Charles de Gaulle airport, killing 113 people. The aircraft went down at 4:44 p.m. local time (1444 GMT) on Tuesday in Gonesse. Investigators said a preliminary report would be released within a month. The Concorde has flown commercially since January 1976 without a fatal accident.",
    [D("July 26", "2000-07-26"), D("Wednesday", "2000-07-26"), U("a day", "P1D"), T("4:44 p.m. local time", "2000-07-25T16:44"), T("1444 GMT", "2000-07-25T14:44Z"), D("Tuesday", "2000-07-25"),
     U("within a month", "P1M", qualifier="<="), D("January 1976", "1976-01")])
add("1996-07-18", "EAST MORICHES, N.Y. (AP) - Investigators searched the waters off Long Island on Thursday for the cause of the explosion that destroyed TWA Flight 800 shortly after 8:30 p.m. Wednesday. The Boeing 747, which was 25 years old, had left Kennedy Airport for Paris 12 minutes before the blast. The National Transportation Safety Board said it could take a year to determine the cause.",
    [D("Thursday", "1996-07-18"), T("8:30 p.m. Wednesday", "1996-07-17T20:30"), U("12 minutes", "PT12M", 12, "minute"), U("a year", "P1Y")], reject=["Flight 800"])
add("1998-09-03", "HALIFAX, Nova Scotia, Sept. 3 (Reuters) - Swissair Flight 111 crashed into the Atlantic late Wednesday, about 16 minutes after its pilots reported smoke in the cockpit. The MD-11 had left New York's Kennedy Airport at 8:18 p.m. EDT bound for Geneva, and mechanics had inspected it the previous day. Canadian investigators said on Thursday that recovering the flight recorders could take days, and a final report might not be ready for two years.",
    [D("Sept. 3", "1998-09-03"), D("late Wednesday", "1998-09-02"), U("about 16 minutes", "PT16M", 16, "minute", qualifier="~"), T("8:18 p.m. EDT", "1998-09-02T20:18-04:00", of=True),
     D("the previous day", "1998-09-01"), D("Thursday", "1998-09-03"), U("days", "PXD"), U("two years", "P2Y", 2, "year")], reject=["Flight 111", "MD-11"])
# (e) disasters and weather
add("1995-01-18", "KOBE, Japan (Reuters) - Rescue workers dug through collapsed buildings overnight as the death toll from Tuesday's earthquake rose above 4,000. The quake struck at 5:46 a.m. (2046 GMT Monday), as most residents slept. It was the deadliest in Japan since the Great Kanto earthquake of 1923. Aftershocks are expected to continue for weeks.",
    [Opt("overnight"), D("Tuesday", "1995-01-17"), T("5:46 a.m.", "1995-01-17T05:46", of=True), T("2046 GMT Monday", "1995-01-16T20:46Z"), D("1923", "1923"), U("weeks", "PXW")])
add("2004-03-11", "MADRID (AP) - Ten bombs tore through four commuter trains during the morning rush hour on Thursday, killing at least 190 people three days before Spain's general election. The first blast went off at 7:39 a.m. The government declared three days of national mourning, and officials said campaigning for Sunday's vote had been suspended. It was the deadliest attack in Europe since the 1988 Lockerbie bombing.",
    [Opt("the morning rush hour"), D("Thursday", "2004-03-11"), U("three days", "P3D", 3, "day"), T("7:39 a.m.", "2004-03-11T07:39"), U("three days", "P3D", 3, "day", occ=1), D("Sunday", "2004-03-14"),
     D("1988", "1988")])
add("2004-12-01", "MANILA (Reuters) - Rescuers on Wednesday struggled to reach villages cut off by floods and landslides that have killed at least 340 people in the northern Philippines since late Monday. A second storm, Nanmadol, was expected to hit the main island of Luzon on Thursday afternoon with winds of 185 kph. The weather bureau said this year's typhoon season, which usually ends in November, had been the most active in a decade.",
    [D("Wednesday", "2004-12-01"), D("late Monday", "2004-11-29"), PD("Thursday afternoon", "2004-12-02TAF"), D("this year", "2004"), Opt("November"), U("a decade", "P10Y")])
add("1993-03-15", "ATLANTA (AP) - The storm that paralyzed the East Coast over the weekend killed at least 150 people, and more than 3 million homes were still without power early Monday. Forecasters had warned of the blizzard nearly a week ahead. Airports from Atlanta to Boston were closed for most of Saturday. Temperatures should climb above freezing by midweek.",
    [D("the weekend", "1993-W10-WE"), D("early Monday", "1993-03-15"), U("nearly a week", "P1W", qualifier="~"), D("Saturday", "1993-03-13"), D("midweek", "1993-W11", of=True)])
# (f) epidemics and science
add("1995-05-12", "GENEVA (Reuters) - The World Health Organization said on Friday that an outbreak of Ebola fever in Zaire had killed at least 64 people since early April. The virus, first identified in 1976, kills up to 90 percent of those it infects, usually within two weeks. A team of experts arrived in Kikwit on Wednesday and is expected to stay there for at least a month.",
    [D("Friday", "1995-05-12"), D("early April", "1995-04"), D("1976", "1976"), U("within two weeks", "P2W", 2, "week", qualifier="<="), D("Wednesday", "1995-05-10"),
     U("at least a month", "P1M", qualifier=">=")])
add("2003-03-18", "HONG KONG (AP) - Health officials said Tuesday that a mysterious form of pneumonia had sickened more than 150 people in Asia and Canada over the past three weeks. The illness was first reported in southern China in mid-November, but Beijing did not inform the World Health Organization until last month. The WHO issued a rare global health alert on Saturday and said it would update travelers every day.",
    [D("Tuesday", "2003-03-18"), U("the past three weeks", "P3W", 3, "week"), D("mid-November", "2002-11"), D("last month", "2003-02"), D("Saturday", "2003-03-15"), S("every day", "P1D")])
add("2003-10-16", "BEIJING, Oct. 16 (Reuters) - China's first astronaut landed safely on the grasslands of Inner Mongolia at 6:23 a.m. Thursday (2223 GMT Wednesday) after 21 hours in space, making China only the third country to put a man in orbit. Officials said a second manned flight would follow within two years, and they hope to land on the moon by the end of the decade.",
    [D("Oct. 16", "2003-10-16"), T("6:23 a.m. Thursday", "2003-10-16T06:23"), T("2223 GMT Wednesday", "2003-10-15T22:23Z"), U("21 hours", "PT21H", 21, "hour"),
     U("within two years", "P2Y", 2, "year", qualifier="<="), D("the end of the decade", "200")])
add("1994-07-11", "GREENBELT, Md. (AP) - Astronomers are counting down to Saturday, when the first of 21 fragments of a comet will slam into Jupiter at 130,000 miles an hour. The collisions will continue for nearly a week, ending on July 22. The comet was discovered in March 1993 by Eugene and Carolyn Shoemaker and David Levy. \"Nothing like this has been seen in the history of astronomy,\" a NASA scientist said Monday.",
    [D("Saturday", "1994-07-16"), U("nearly a week", "P1W", qualifier="~"), D("July 22", "1994-07-22"), D("March 1993", "1993-03"), D("Monday", "1994-07-11")])
add("1999-12-30", "WASHINGTON (AP) - Federal officials said Thursday they were confident that the nation's computers would handle the date change at midnight Friday, capping a $100 billion effort over the past five years to fix the Year 2000 bug. A command center will monitor systems around the clock through the weekend. Some economists say the turn of the century will be remembered as the start of the Internet age.",
    [D("Thursday", "1999-12-30"), T("midnight Friday", "1999-12-31T24:00", of=True), U("the past five years", "P5Y", 5, "year"), Opt("Year 2000"), Opt("around the clock"),
     D("the weekend", "1999-W52-WE"), D("the turn of the century", "2000", of=True)])
# (g) trials and sentencing
add("2001-04-24", "ALEXANDRIA, Va. (AP) - A former FBI agent who spied for Moscow for more than 15 years will be sentenced on Aug. 17, a federal judge said Tuesday. His lawyers have until the end of the month to file motions. He was arrested Feb. 18 at a park in Virginia, where he had left documents for his Russian handlers twice a year since 1985, and was indicted the following week.",
    [U("more than 15 years", "P15Y", 15, "year", qualifier=">"), D("Aug. 17", "2001-08-17"), D("Tuesday", "2001-04-24"), D("the end of the month", "2001-04"), D("Feb. 18", "2001-02-18"),
     S("twice a year", "P1Y", of=True), D("1985", "1985"), D("the following week", "2001-W08")])
# (h) mergers and regulators, tech product cycles
add("1996-08-06", "NEW YORK, Aug. 6 (Reuters) - Federal regulators have 30 days to review the proposed merger of two Baby Bells, and the companies said on Tuesday they hoped to close the deal in the first quarter of next year. Shareholders of both companies will vote on the merger in late October. The companies filed for approval with the Federal Communications Commission on Friday, three months after they announced the $22 billion deal.",
    [D("Aug. 6", "1996-08-06"), U("30 days", "P30D", 30, "day"), D("Tuesday", "1996-08-06"), D("the first quarter of next year", "1997-Q1"), D("late October", "1996-10"), D("Friday", "1996-08-02"),
     U("three months", "P3M", 3, "month")])
add("2002-11-21", "BRUSSELS (Reuters) - The European Commission on Thursday opened an in-depth investigation into the planned merger of two German power companies and set a deadline of March 28 for its decision. The Commission's initial one-month review had been due to end on Friday. The companies, which announced the deal last spring, had hoped to complete it by the end of 2002. The Commission has blocked 18 mergers since 1990.",
    [D("Thursday", "2002-11-21"), D("March 28", "2003-03-28"), U("one-month", "P1M", 1, "month"), D("Friday", "2002-11-22"), D("last spring", "2002-SP"), D("the end of 2002", "2002"), D("1990", "1990")])
add("1998-03-25", "REDMOND, Wash. (Reuters) - Microsoft Corp. said on Wednesday that Windows 98 will go on sale June 25, about three years after the launch of Windows 95 drew crowds to stores at midnight. The company expects the new system to ship on more than half of new PCs by the end of the year. Microsoft's fiscal year ends June 30, and analysts expect fourth-quarter revenue of about $3.9 billion.",
    [D("Wednesday", "1998-03-25"), D("June 25", "1998-06-25"), U("about three years", "P3Y", 3, "year", qualifier="~"), T("midnight", of=True), D("the end of the year", "1998"), D("June 30", "1998-06-30"),
     D("fourth-quarter", "FY1998-Q4", of=True)], reject=["Windows 98", "Windows 95"])
add("2000-03-13", "SANTA CLARA, Calif. (AP) - Intel Corp. will ship its first one-gigahertz Pentium III chips in the second half, a quarter earlier than it had planned, the company said Monday. Rival Advanced Micro Devices said last week that it had begun shipping a 1-gigahertz Athlon. Analysts expect Intel's first-quarter sales to rise about 20 percent from the same period last year, and the chipmaker reports results on April 18 after the market closes.",
    [D("the second half", "2000-H2"), Opt("a quarter", kind="duration"), D("Monday", "2000-03-13"), D("last week", "2000-W10"), D("first-quarter", "2000-Q1"), D("the same period last year", "1999-Q1", of=True),
     D("April 18", "2000-04-18")])
add("1998-01-27", "ATLANTA (AP) - Delta Air Lines said Tuesday its profit rose 45 percent in the second quarter of its fiscal year, which ends June 30. The airline, which flies to Europe 40 times a week, plans to replace its oldest jets over the next decade as it prepares for the 21st century. Chief executive Leo Mullin, 54, took over in August. Delta's pilots have worked without a new contract since 1996, and talks resume early next month.",
    [D("Tuesday", "1998-01-27"), D("the second quarter of its fiscal year", "FY1998-Q2", of=True), D("June 30", "1998-06-30"), S("40 times a week", "P1W", of=True), U("the next decade", "P10Y"),
     D("the 21st century", "20"), D("August", "1997-08"), D("1996", "1996"), D("early next month", "1998-02")])
# (i) markets and sports seasons
add("1997-10-28", "NEW YORK, Oct. 28 (Reuters) - Wall Street rebounded on Tuesday, a day after the Dow Jones industrial average suffered its biggest point drop ever. The Dow fell 554 points on Monday, forcing the New York Stock Exchange to halt trading twice under rules adopted after the crash of October 1987, a decade earlier. Trading closed at 3:30 p.m. EST, half an hour before the normal 4 p.m. close.",
    [D("Oct. 28", "1997-10-28"), D("Tuesday", "1997-10-28"), U("a day", "P1D"), D("Monday", "1997-10-27"), D("October 1987", "1987-10"), D("a decade earlier", "1987", of=True),
     T("3:30 p.m. EST", "1997-10-27T15:30-05:00", of=True), U("half an hour", "PT30M"), Opt("4 p.m.", kind="time")])
add("1999-04-29", "NEW YORK (AP) - The New York Knicks clinched a playoff berth late Wednesday with a 95-88 victory over Miami. The regular season, cut to 50 games by a lockout that lasted 204 days, ends on May 5. The playoffs begin the following weekend, and the finals could run into late June.",
    [D("late Wednesday", "1999-04-28"), U("204 days", "P204D", 204, "day"), D("May 5", "1999-05-05"), D("the following weekend", "1999-W18-WE"), D("late June", "1999-06")], reject=["95-88"])
add("2006-02-23", "TURIN, Italy (AP) - Canada's women won hockey gold for the second straight Olympics on Monday, and their men's team was knocked out in the quarterfinals late Wednesday. The United States has won 19 medals with three days of competition left, two short of its total four years ago in Salt Lake City. The Games close Sunday night, and the 2010 Winter Olympics open in Vancouver in February 2010.",
    [D("Monday", "2006-02-20"), D("late Wednesday", "2006-02-22"), U("three days", "P3D", 3, "day"), D("four years ago", "2002"), PD("Sunday night", "2006-02-26TNI"), D("2010", "2010"),
     D("February 2010", "2010-02")])
# (j) broadcast news and reported speech
add("1991-01-17", "Good evening. The war in the Persian Gulf is now in its second day. Allied warplanes began bombing Baghdad at about 2:40 a.m. local time Thursday, less than 19 hours after the United Nations deadline expired at midnight Eastern time. The president said tonight that the campaign could last weeks, not months. We'll have a special report at 11 o'clock.",
    [D("now", "PRESENT_REF"), Opt("its second day", kind="duration"), T("about 2:40 a.m. local time Thursday", "1991-01-17T02:40"), U("less than 19 hours", "PT19H", 19, "hour", qualifier="<"),
     T("midnight Eastern time", of=True), PD("tonight", "1991-01-17TNI"), U("weeks", "PXW"), U("months", "PXM"), T("11 o'clock", "1991-01-17T23:00", of=True)], reject=["Good evening"])
add("2002-01-02", "Europe's new currency got off to a smooth start yesterday, officials said, as millions of people withdrew euro notes from cash machines in the first hours of the new year. The European Central Bank said it had shipped 15 billion notes since September. Shops will accept old currencies until the end of February, and German marks can be exchanged at the central bank for the rest of the century. The euro had fallen about 25 percent since its launch on Jan. 1, 1999.",
    [D("yesterday", "2002-01-01"), Opt("the first hours of the new year"), D("September", "2001-09"), D("the end of February", "2002-02"), Opt("the rest of the century", kind="duration"),
     D("Jan. 1, 1999", "1999-01-01")])

if __name__ == "__main__":
    write(sys.argv[1], P)
