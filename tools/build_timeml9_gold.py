#!/usr/bin/env python3
"""Write data/gold/temporal-timeml9-dev.jsonl from the hand annotations below (issue #10, round 10).

1990s-2000s agency news in registers no earlier file wrote: court and trial reporting (sentences, adjournments, parole),
aviation accidents and their investigations (flight times, local times, zones), space missions (launch windows,
mission elapsed time), elections abroad (runoffs, polling hours), labour disputes (strike days, contract expiry),
disaster timelines (aftershocks, hours after the quake), finance features (maturities, government fiscal years), medical
research (follow-up periods), history features (centuries, eras), entertainment (release dates, runs of shows) and
sports season schedules. Written for this file and annotated by TimeML (TIMEX3) extents with the project's value format
(data/gold/README-temporal.md) before numfacts was run on them; this script only spells the facts out (offsets by
`occ`, as score_cases.py finds them). Usage: build_timeml9_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml9")

# (a) courts
add("1996-11-14", "NEW ORLEANS (AP) - A federal judge on Wednesday sentenced a former state senator to 27 months in prison for taking kickbacks and ordered him to report to prison by Jan. 6. The judge also fined him $50,000 and imposed three years of supervised release. The trial, which began Sept. 9, lasted five weeks. Prosecutors said the payments ran from 1989 through 1993.",
    [D("Wednesday", "1996-11-13"), U("27 months", "P27M", 27, "month"), D("Jan. 6", "1997-01-06"), U("three years", "P3Y", 3, "year"), D("Sept. 9", "1996-09-09"),
     U("five weeks", "P5W", 5, "week"), D("1989 through 1993", "1989/1993")])
add("2003-02-25", "The judge adjourned the hearing until 10 a.m. Thursday after the defense asked for more time to review 4,000 pages of documents turned over late Monday. Jury selection, originally set for March 3, has been pushed back two weeks. The defendant, who has been held since his arrest on Oct. 24, 2002, faces up to 20 years in prison if convicted.",
    [T("10 a.m. Thursday", "2003-02-27T10:00"), D("late Monday", "2003-02-24"), D("March 3", "2003-03-03"), U("two weeks", "P2W", 2, "week"), D("Oct. 24, 2002", "2002-10-24"),
     U("up to 20 years", "P20Y", 20, "year", qualifier="<=")])
add("2007-08-08", "ALBANY, N.Y. (AP) - The state parole board on Tuesday denied release to a man who killed a convenience store clerk in 1979, saying he could reapply in two years. He has served 28 years of a life sentence and was first eligible for parole in 2004. His next hearing will be in August 2009.",
    [D("Tuesday", "2007-08-07"), D("1979", "1979"), U("two years", "P2Y", 2, "year"), U("28 years", "P28Y", 28, "year"), D("2004", "2004"), D("August 2009", "2009-08")])
add("1995-10-03", "LOS ANGELES (AP) - The jury in the O.J. Simpson murder trial reached its verdict Monday after less than four hours of deliberations, and Judge Lance Ito ordered it sealed until 10 a.m. today. Testimony began on Jan. 24, and the trial lasted 133 days. Jurors have been sequestered since January, a record 266 days.",
    [D("Monday", "1995-10-02"), U("less than four hours", "PT4H", 4, "hour", qualifier="<"), T("10 a.m. today", "1995-10-03T10:00"), D("Jan. 24", "1995-01-24"),
     U("133 days", "P133D", 133, "day"), D("January", "1995-01"), U("266 days", "P266D", 266, "day")])
# (b) aviation
add("1996-07-19", "EAST MORICHES, N.Y. (AP) - TWA Flight 800 took off from Kennedy Airport at 8:19 p.m. Wednesday bound for Paris and vanished from radar screens about 12 minutes later, at 8:31 p.m. The Boeing 747 was scheduled to land in Paris at 9:45 a.m. local time Thursday. Investigators said Friday that recovering the flight data recorders could take weeks. The plane had been delayed more than an hour at the gate.",
    [T("8:19 p.m. Wednesday", "1996-07-17T20:19"), U("about 12 minutes later", "PT12M", 12, "minute", qualifier="~"), T("8:31 p.m.", "1996-07-17T20:31"),
     T("9:45 a.m. local time Thursday", "1996-07-18T09:45"), D("Friday", "1996-07-19"), U("weeks", "PXW", unit="week"), U("more than an hour", "PT1H", qualifier=">")],
    reject=["Flight 800", "Boeing 747"])
add("2000-02-02", "The National Transportation Safety Board said Tuesday that Alaska Airlines Flight 261 crashed into the Pacific Monday at 4:21 p.m. PST, about 11 minutes after the crew reported trouble with the stabilizer. The MD-83 had left Puerto Vallarta at 1:37 p.m. local time. The board expects to issue a preliminary report within 30 days, but a final report typically takes 12 to 18 months.",
    [D("Tuesday", "2000-02-01"), D("Monday", "2000-01-31"), T("4:21 p.m. PST", "2000-01-31T16:21-08:00"), U("about 11 minutes", "PT11M", 11, "minute", qualifier="~"),
     T("1:37 p.m. local time", "2000-01-31T13:37"), U("within 30 days", "P30D", 30, "day", qualifier="<="), U("12 to 18 months", "P18M", of=True, qualifier="range")],
    reject=["Flight 261", "MD-83"])
add("2002-07-03", "BERLIN (Reuters) - The two planes collided over southern Germany at 2135 GMT on Monday (11:35 p.m. local time), less than a minute after a Swiss controller told the Russian jet to descend. German investigators said on Wednesday that a preliminary report would be ready in about a month. The Tupolev had left Moscow at 1848 GMT.",
    [T("2135 GMT on Monday", "2002-07-01T21:35Z"), T("11:35 p.m. local time", "2002-07-01T23:35"), U("less than a minute", "PT1M", qualifier="<"), D("Wednesday", "2002-07-03"),
     U("about a month", "P1M", qualifier="~"), T("1848 GMT", "2002-07-01T18:48Z")])
# (c) space
add("1998-10-29", "CAPE CANAVERAL, Fla. (AP) - Discovery and its crew of seven, including 77-year-old John Glenn, are scheduled to lift off at 2 p.m. EST today, at the opening of a two-and-a-half-hour launch window. The mission is to last nine days, with landing set for Nov. 7 at 12:04 p.m. Glenn last flew in space on Feb. 20, 1962, when he circled the Earth three times in less than five hours.",
    [T("2 p.m. EST today", "1998-10-29T14:00-05:00"), U("two-and-a-half-hour", "PT2.5H", of=True), U("nine days", "P9D", 9, "day"), D("Nov. 7", "1998-11-07"), T("12:04 p.m.", "1998-11-07T12:04"),
     D("Feb. 20, 1962", "1962-02-20"), U("less than five hours", "PT5H", 5, "hour", qualifier="<")])
add("2003-02-01", "HOUSTON (AP) - Mission Control lost contact with Columbia at 9 a.m. EST Saturday, 16 minutes before the shuttle was to land at the end of a 16-day mission. It was 15 days, 22 hours and 20 minutes into the flight. NASA said it would name an investigation board within 24 hours. The last fatal accident, the Challenger explosion, came on Jan. 28, 1986, 73 seconds after launch.",
    [T("9 a.m. EST Saturday", "2003-02-01T09:00-05:00"), U("16 minutes", "PT16M", 16, "minute"), U("16-day", "P16D", 16, "day"), U("15 days, 22 hours and 20 minutes", "P15DT22H20M"),
     U("within 24 hours", "PT24H", 24, "hour", qualifier="<="), D("Jan. 28, 1986", "1986-01-28"), U("73 seconds", "PT73S", 73, "second")])
add("2005-07-12", "NASA managers on Tuesday cleared Discovery for launch at 3:51 p.m. EDT Wednesday, the first shuttle flight since the Columbia disaster 29 months ago. The launch window is only about 10 minutes long. If the weather does not cooperate, NASA has until July 31 to launch before the window closes until September. The 12-day mission will include three spacewalks.",
    [D("Tuesday", "2005-07-12"), T("3:51 p.m. EDT Wednesday", "2005-07-13T15:51-04:00"), D("29 months ago", "2003-02"), U("about 10 minutes", "PT10M", 10, "minute", qualifier="~"),
     D("July 31", "2005-07-31"), D("September", "2005-09"), U("12-day", "P12D", 12, "day")])
# (d) elections abroad
add("2002-04-22", "PARIS (AP) - Jean-Marie Le Pen will face President Jacques Chirac in a runoff on May 5, after Sunday's first round knocked out Prime Minister Lionel Jospin. Polls closed at 8 p.m. in Paris and other big cities and at 6 p.m. elsewhere. Turnout was 72 percent, the lowest for a presidential first round since 1958. Chirac, first elected in 1995, is seeking a second term, which for the first time will last five years instead of seven.",
    [D("May 5", "2002-05-05"), D("Sunday", "2002-04-21"), T("8 p.m.", of=True), T("6 p.m.", of=True), D("1958", "1958"), D("1995", "1995"), U("five years", "P5Y", 5, "year"),
     Opt("seven", kind="duration")])
add("1999-06-01", "JAKARTA, Indonesia (Reuters) - Polling stations will open at 8 a.m. local time next Monday and close at 2 p.m., election officials said on Tuesday. It will be Indonesia's first free parliamentary election since 1955. Counting is expected to take up to 10 days, and the new assembly will choose a president in November. The campaign, which began May 19, ends Friday.",
    [T("8 a.m. local time next Monday", "1999-06-07T08:00"), T("2 p.m.", "1999-06-07T14:00"), D("Tuesday", "1999-06-01"), D("1955", "1955"),
     U("up to 10 days", "P10D", 10, "day", qualifier="<="), D("November", "1999-11"), D("May 19", "1999-05-19"), D("Friday", "1999-06-04")])
add("2004-12-04", "KIEV, Ukraine (AP) - Ukraine's Supreme Court on Friday annulled the Nov. 21 presidential runoff and ordered a new vote within three weeks, setting it for Dec. 26. Viktor Yushchenko, who led the first round on Oct. 31, will face Prime Minister Viktor Yanukovych again. Protesters have blocked government buildings for 13 days. Polls will be open from 8 a.m. to 10 p.m. on election day.",
    [D("Friday", "2004-12-03"), D("Nov. 21", "2004-11-21"), U("within three weeks", "P3W", 3, "week", qualifier="<="), D("Dec. 26", "2004-12-26"), D("Oct. 31", "2004-10-31"),
     U("13 days", "P13D", 13, "day"), T("8 a.m. to 10 p.m.", "2004-12-26T08:00/2004-12-26T22:00", of=True), Opt("election day")])
# (e) labour
add("1997-08-05", "ATLANTA (AP) - The Teamsters' strike against United Parcel Service entered its second day Tuesday with no talks scheduled. The union's five-year contract expired at midnight Thursday, and 185,000 workers walked off the job at 12:01 a.m. Monday. Both sides said they were ready to resume bargaining by the end of the week. The last national strike at UPS, in 1994, lasted one day.",
    [Opt("its second day"), D("Tuesday", "1997-08-05"), U("five-year", "P5Y", 5, "year"), T("midnight Thursday", "1997-07-31T24:00", of=True), T("12:01 a.m. Monday", "1997-08-04T00:01"),
     D("the end of the week", "1997-W32"), D("1994", "1994"), U("one day", "P1D", 1, "day")])
add("2005-12-20", "NEW YORK (AP) - Subway and bus workers walked off the job at 3 a.m. today, the first citywide transit strike since an 11-day walkout in April 1980. Their contract expired at 12:01 a.m. Friday, but the union kept working for three days while talks went on. Under state law, each striking worker loses two days' pay for every day on strike. The mayor said the strike would cost the city as much as $400 million a day.",
    [T("3 a.m. today", "2005-12-20T03:00"), U("11-day", "P11D", 11, "day"), D("April 1980", "1980-04"), T("12:01 a.m. Friday", "2005-12-16T00:01"), U("three days", "P3D", 3, "day"),
     Opt("two days'", kind="duration"), Opt("every day", kind="set"), Opt("a day", kind="set")])
add("1998-06-08", "FLINT, Mich. (AP) - About 3,400 workers at a General Motors metal stamping plant went on strike Friday, and the company said parts shortages could idle assembly plants by midweek. The local's contract expired last year, and talks have dragged on since March. The national UAW contract with GM runs until Sept. 14, 1999. A 1996 strike at two Dayton brake plants lasted 17 days.",
    [D("Friday", "1998-06-05"), D("midweek", "1998-W24", of=True), D("last year", "1997"), D("March", "1998-03"), D("Sept. 14, 1999", "1999-09-14"), D("1996", "1996"),
     U("17 days", "P17D", 17, "day")])
# (f) disasters
add("1999-08-18", "IZMIT, Turkey (AP) - Rescuers dug through the rubble for a second day Wednesday as the death toll from Tuesday's earthquake passed 2,000. The magnitude-7.4 quake struck at 3:02 a.m. Tuesday (0002 GMT), when most people were asleep, and lasted 45 seconds. More than 250 aftershocks followed in the first 24 hours, the strongest about 10 hours after the main shock. It was the deadliest quake in Turkey since 1939.",
    [Opt("a second day"), D("Wednesday", "1999-08-18"), D("Tuesday", "1999-08-17"), T("3:02 a.m. Tuesday", "1999-08-17T03:02"), T("0002 GMT", "1999-08-17T00:02Z"),
     U("45 seconds", "PT45S", 45, "second"), U("the first 24 hours", "PT24H", 24, "hour"), U("about 10 hours", "PT10H", 10, "hour", qualifier="~"), D("1939", "1939")])
add("2004-12-27", "COLOMBO, Sri Lanka (Reuters) - The waves reached Sri Lanka's east coast about two hours after the quake struck off Sumatra at 7:59 a.m. local time Sunday, and there was no warning system. Officials said on Monday that it could take weeks to count the dead. The Pacific has had a tsunami warning center in Hawaii since 1949, but the Indian Ocean has none. The last great wave in the region came in August 1883, after Krakatoa erupted.",
    [U("about two hours", "PT2H", 2, "hour", qualifier="~"), T("7:59 a.m. local time Sunday", "2004-12-26T07:59"), D("Monday", "2004-12-27"), U("weeks", "PXW", unit="week"),
     D("1949", "1949"), D("August 1883", "1883-08")])
# (g) finance
add("2001-05-10", "NEW YORK (Reuters) - The Treasury sold $10 billion of 10-year notes due 2011 at a yield of 5.24 percent on Wednesday, and will auction 30-year bonds maturing in February 2031 next month. The benchmark 10-year note due February 2011 fell 12/32. Dealers expect the Treasury to stop selling 30-year bonds before the end of fiscal 2002 as budget surpluses shrink the debt.",
    [U("10-year", "P10Y", 10, "year"), D("2011", "2011"), D("Wednesday", "2001-05-09"), U("30-year", "P30Y", 30, "year"), D("February 2031", "2031-02"), D("next month", "2001-06"),
     U("10-year", "P10Y", 10, "year", occ=1), D("February 2011", "2011-02"), U("30-year", "P30Y", 30, "year", occ=1), D("the end of fiscal 2002", "FY2002")], reject=["12/32"])
add("1998-02-03", "TOKYO (Reuters) - Japan's government will issue 15.6 trillion yen of new bonds in the fiscal year starting April 1, the Finance Ministry said, as it tries to cut the deficit to 3 percent of gross domestic product by fiscal 2003. The budget for fiscal 1998 must pass the Diet by March 31. The ministry also plans to sell six-month bills every month from May.",
    [D("the fiscal year", "FY1998", of=True), D("April 1", "1998-04-01"), D("fiscal 2003", "FY2003"), D("fiscal 1998", "FY1998"), D("March 31", "1998-03-31"),
     U("six-month", "P6M", 6, "month"), S("every month", "P1M"), D("May", "1998-05")])
add("2006-09-14", "CHICAGO (AP) - The city priced $300 million of general obligation bonds on Wednesday, with maturities running from 2008 to 2036. The longest bonds, due Jan. 1, 2036, yield 4.61 percent. Interest is payable semiannually on Jan. 1 and July 1, beginning Jan. 1, 2007. The bonds can be called after 10 years.",
    [D("Wednesday", "2006-09-13"), D("2008 to 2036", "2008/2036"), D("Jan. 1, 2036", "2036-01-01"), S("semiannually", "P6M"), Opt("Jan. 1", occ=1), Opt("July 1"),
     D("Jan. 1, 2007", "2007-01-01"), U("10 years", "P10Y", 10, "year")])
# (h) medical research
add("2002-07-10", "Women taking the hormone combination had a 26 percent higher risk of invasive breast cancer after an average of 5.2 years of follow-up, researchers reported Tuesday. The trial, which enrolled 16,608 women from 1993 to 1998, was planned to run until 2005 but was stopped on May 31 when the risk passed a preset boundary. Participants will be followed for several more years. The results appear in the July 17 issue of the Journal of the American Medical Association.",
    [U("5.2 years", "P5.2Y", 5.2, "year"), D("Tuesday", "2002-07-09"), D("1993 to 1998", "1993/1998"), D("2005", "2005"), D("May 31", "2002-05-31"), Opt("several more years", kind="duration"),
     D("July 17", "2002-07-17")])
add("2008-03-27", "After a median follow-up of 4.2 years, patients given the drug had 31 percent fewer heart attacks than those on placebo, according to a study presented Sunday. Patients took the pill once a day. The benefit appeared within six months and lasted through the end of the trial in December 2007. The company plans to seek approval in the first half of 2009.",
    [U("4.2 years", "P4.2Y", 4.2, "year"), D("Sunday", "2008-03-23"), S("once a day", "P1D", of=True), U("within six months", "P6M", 6, "month", qualifier="<="), D("December 2007", "2007-12"),
     D("the first half of 2009", "2009-H1")])
add("1994-04-14", "LONDON (Reuters) - Men who quit smoking before age 50 halve their risk of dying in the next 15 years, according to a study of 34,000 British doctors followed since 1951. The study, published in this week's British Medical Journal, found that lifelong smokers died on average eight years earlier than nonsmokers.",
    [U("the next 15 years", "P15Y", 15, "year"), D("1951", "1951"), D("this week", "1994-W15"), U("eight years", "P8Y", 8, "year")])
# (i) history features
add("2000-11-26", "The house on Elm Street was built in the late 1800s by a railroad family and stayed in their hands for most of the 20th century. In the 1920s it served as a boarding house, and during the Depression it was divided into apartments. The city bought it in 1976 and restored it over the next decade. It will reopen as a museum next spring, more than 120 years after its first owners moved in.",
    [D("the late 1800s", "18"), D("the 20th century", "19"), D("the 1920s", "192"), Opt("the Depression"), D("1976", "1976"), U("the next decade", "P10Y"), D("next spring", "2001-SP"),
     U("more than 120 years", "P120Y", 120, "year", qualifier=">")])
add("1992-10-12", "Five hundred years ago today, Christopher Columbus landed in the Bahamas. In the 15th century, Europeans knew little of the Atlantic beyond the Azores. Spain agreed to finance the voyage in the spring of 1492, months after the fall of Granada in January. By the mid-16th century, Spanish fleets were crossing the ocean twice a year. The anniversary celebrations, planned since the early 1980s, have drawn protests across the Americas.",
    [D("Five hundred years ago today", "1492-10-12"), D("the 15th century", "14"), D("the spring of 1492", "1492-SP"), U("months", "PXM", unit="month"), D("January", "1492-01", of=True),
     D("the mid-16th century", "15"), S("twice a year", "P1Y", of=True), D("the early 1980s", "198")])
# (j) entertainment
add("1997-05-16", "LOS ANGELES (AP) - \"The Lost World: Jurassic Park\" opens in 3,281 theaters next Friday, the start of the Memorial Day weekend, four years after the original set a box-office record. The film opens in Britain on July 18. The Broadway revival of \"Chicago,\" which opened Nov. 14, has been extended through Jan. 3, 1998. \"Cats,\" in its 15th year, will become the longest-running show in Broadway history on June 19.",
    [D("next Friday", "1997-05-23"), Opt("the Memorial Day weekend"), U("four years", "P4Y", 4, "year"), D("July 18", "1997-07-18"), D("Nov. 14", "1996-11-14"), D("Jan. 3, 1998", "1998-01-03"),
     Opt("its 15th year"), D("June 19", "1997-06-19")])
add("2004-05-06", "NEW YORK (AP) - NBC's \"Friends\" ends its 10-season run tonight with a two-hour finale at 8 p.m. EDT, preceded by an hour-long retrospective. The show premiered Sept. 22, 1994. Reruns will go on in syndication for years. A spinoff, \"Joey,\" starts in the fall, on Thursdays at 8 p.m.",
    [Opt("10-season", kind="duration"), PD("tonight", "2004-05-06TNI"), U("two-hour", "PT2H", 2, "hour"), T("8 p.m. EDT", "2004-05-06T20:00-04:00"), U("hour-long", "PT1H"),
     D("Sept. 22, 1994", "1994-09-22"), U("years", "PXY", unit="year"), D("the fall", "2004-FA"), S("Thursdays at 8 p.m.", "P1W", of=True)])
# (k) sports schedules
add("2001-04-01", "The baseball season opens tonight in San Juan, Puerto Rico, where Toronto plays Texas at 8:05 p.m. EDT, and the other 28 teams start Monday. Each team plays 162 games over 26 weeks, and the regular season ends Oct. 7. The All-Star Game is July 10 in Seattle. The World Series would start Oct. 20 and could run as late as Oct. 28.",
    [PD("tonight", "2001-04-01TNI"), T("8:05 p.m. EDT", "2001-04-01T20:05-04:00"), D("Monday", "2001-04-02"), U("26 weeks", "P26W", 26, "week"), Opt("the regular season"),
     D("Oct. 7", "2001-10-07"), D("July 10", "2001-07-10"), D("Oct. 20", "2001-10-20"), D("Oct. 28", "2001-10-28")])
add("2005-02-17", "NEW YORK (AP) - The National Hockey League canceled the rest of its season on Wednesday, the first time since 1919 that the Stanley Cup will not be awarded. Players have been locked out since Sept. 16, 2004, when the collective bargaining agreement expired. The lockout has lasted 154 days. The commissioner said he hoped to have a deal in place for the 2005-06 season, which would begin in October.",
    [Opt("the rest of its season"), D("Wednesday", "2005-02-16"), D("1919", "1919"), D("Sept. 16, 2004", "2004-09-16"), U("154 days", "P154D", 154, "day"), D("2005-06", "2005/2006"),
     D("October", "2005-10")])

if __name__ == "__main__":
    write(sys.argv[1], P)
