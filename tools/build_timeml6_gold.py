#!/usr/bin/env python3
"""Write data/gold/temporal-timeml6-dev.jsonl from the hand annotations below (issue #10, round 7).

Late-1990s/2000s wire and broadcast news (politics, business, courts, disasters, sport, science), written
for this file and annotated by TimeML (TIMEX3) extents with the project's value format
(data/gold/README-temporal.md) before numfacts was run on them; this script only spells the facts out
(offsets by `occ`, as score_cases.py finds them). Usage: build_timeml6_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml6")

# (a) politics and government
add("1998-03-12", "WASHINGTON (AP) - The Senate voted 55-44 on Wednesday night to keep the highway bill moving, two days after Republican leaders had pulled it from the floor. Majority Leader Trent Lott said he hoped to finish the measure by the end of next week. Senators have debated road funding for the past three years without a final vote.",
    [PD("Wednesday night", "1998-03-11TNI"), U("two days", "P2D", 2, "day"), D("the end of next week", "1998-W12"), U("the past three years", "P3Y", 3, "year")])
add("1999-11-04", "DES MOINES, Iowa (AP) - Vice President Al Gore will debate former Sen. Bill Bradley in Hanover, N.H., on Dec. 17, the campaigns said Thursday. The two Democrats have traded barbs for weeks, and Gore aides said the vice president now plans to campaign in New Hampshire every week until the Feb. 1 primary.",
    [D("Dec. 17", "1999-12-17"), D("Thursday", "1999-11-04"), U("weeks", "PXW"), D("now", "PRESENT_REF"), S("every week", "P1W"), D("Feb. 1", "2000-02-01")])
add("1997-06-18", "LONDON (Reuters) - Britain's new Labour government will publish its first budget on July 2, Chancellor Gordon Brown said on Tuesday. Brown, who took office six weeks ago, has promised a windfall tax on the privatised utilities. Labour was last in power in the late 1970s, when it was forced to seek an IMF loan.",
    [D("July 2", "1997-07-02"), D("Tuesday", "1997-06-17"), D("six weeks ago", "1997-W19", of=True), D("the late 1970s", "197")])
add("2001-02-07", "JERUSALEM (AP) - Ariel Sharon swept to victory in Tuesday's election for prime minister, ending Ehud Barak's government after 20 months. Sharon, 72, said he would try to form a national unity government in the coming weeks. Barak had called the early vote in December, days after he resigned.",
    [D("Tuesday", "2001-02-06"), U("20 months", "P20M", 20, "month"), Opt("the coming weeks", kind="duration"), D("December", "2000-12"), U("days", "PXD")])
add("1996-10-30", "WASHINGTON (AP) - With six days left before the election, President Clinton led Bob Dole by 14 points in a poll released late Tuesday. The Dole campaign plans to spend $8 million on television ads this week and next. Clinton was to campaign in Florida on Thursday and in California over the weekend.",
    [U("six days", "P6D", 6, "day"), D("late Tuesday", "1996-10-29"), D("this week", "1996-W44"), D("Thursday", "1996-10-31"), D("the weekend", "1996-W44-WE")])
add("2003-04-15", "WASHINGTON (Reuters) - The House is expected to vote on the president's $726 billion tax cut plan later this month, a senior aide said on Monday. Lawmakers return from a two-week Easter recess on April 29. Republicans hope to send a bill to the White House by Memorial Day.",
    [D("later this month", "2003-04"), D("Monday", "2003-04-14"), U("two-week", "P2W", 2, "week"), Opt("Easter"), D("April 29", "2003-04-29"), Opt("Memorial Day")])
add("2000-11-09", "TALLAHASSEE, Fla. (AP) - Florida began a machine recount of its presidential ballots on Thursday, a day after George W. Bush's lead in the state shrank to fewer than 2,000 votes. Officials said the recount should be finished by 5 p.m. Thursday. Overseas absentee ballots will be accepted for 10 days after the election.",
    [D("Thursday", "2000-11-09"), U("a day", "P1D"), T("5 p.m. Thursday", "2000-11-09T17:00"), U("10 days", "P10D", 10, "day")])
add("2005-08-31", "BAGHDAD (Reuters) - Iraqis will vote on a draft constitution on Oct. 15, the electoral commission said on Wednesday. If voters approve it, elections for a full-term parliament will follow in mid-December. The charter has been debated since the spring, and Sunni leaders said they needed more time.",
    [D("Oct. 15", "2005-10-15"), D("Wednesday", "2005-08-31"), D("mid-December", "2005-12"), D("the spring", "2005-SP")])
add("2002-05-21", "DILI, East Timor (AP) - East Timor became the world's newest nation at midnight Sunday, after more than two years of United Nations rule. The former Portuguese colony was occupied by Indonesia for 24 years. UN troops will stay for at least a year.",
    [T("midnight Sunday", "2002-05-19T24:00", of=True), U("more than two years", "P2Y", 2, "year", qualifier=">"), U("24 years", "P24Y", 24, "year"),
     U("at least a year", "P1Y", 1, "year", qualifier=">=")])
# (b) business and markets
add("1998-12-09", "NEW YORK (Reuters) - Stocks fell sharply on Tuesday as investors worried that fourth-quarter earnings would disappoint. The Dow Jones industrial average closed down 45 points at 8,880, its third decline in four sessions. The index is still up about 12 percent since Jan. 1.",
    [D("Tuesday", "1998-12-08"), D("fourth-quarter", "1998-Q4"), D("Jan. 1", "1998-01-01")])
add("1999-07-14", "NEW YORK (AP) - J.P. Morgan & Co. said second-quarter profit rose 58 percent from a year ago, when trading losses in Asia hurt results. For the first half, the bank earned $1.1 billion. Morgan said it would buy back up to $1 billion of stock over the next 12 months.",
    [D("second-quarter", "1999-Q2"), D("a year ago", "1998-Q2", of=True), D("the first half", "1999-H1"), U("the next 12 months", "P12M", 12, "month")])
add("2004-01-28", "SEATTLE (AP) - Boeing said Wednesday it delivered 281 commercial jets last year, fewer than Airbus for the first time. The company expects deliveries to fall to about 285 in 2004 before recovering in 2005 and 2006. Boeing shares have lost a third of their value since early 2001.",
    [D("Wednesday", "2004-01-28"), D("last year", "2003"), D("2004", "2004"), D("2005", "2005"), D("2006", "2006"), D("early 2001", "2001")])
add("1997-09-03", "TOKYO (Reuters) - Japanese stocks ended the week's first session lower on Tuesday, and dealers said the market would stay weak until the government's tax plan is clear. The Nikkei average has fallen 9 percent since mid-June. The Bank of Japan's quarterly tankan survey is due on Oct. 1.",
    [D("Tuesday", "1997-09-02"), D("mid-June", "1997-06"), S("quarterly", "P3M"), D("Oct. 1", "1997-10-01")])
add("2006-03-22", "DETROIT (Reuters) - General Motors Corp. will offer buyouts to 113,000 hourly workers, the automaker said Wednesday. Workers have until June 23 to decide. GM lost $10.6 billion in 2005, its worst annual loss since 1992, and has cut its dividend twice in the past year.",
    [D("Wednesday", "2006-03-22"), Opt("hourly", kind="set"), D("June 23", "2006-06-23"), D("2005", "2005"), S("annual", "P1Y"), D("1992", "1992"), U("the past year", "P1Y", 1, "year")])
add("1998-06-25", "SAN FRANCISCO (Reuters) - Intel Corp. warned late Wednesday that its second-quarter revenue would be flat with the previous quarter because of weak demand in Asia. The chipmaker will report results on July 14. Its shares fell $3 in after-hours trading.",
    [D("late Wednesday", "1998-06-24"), D("second-quarter", "1998-Q2"), D("the previous quarter", "1998-Q1", of=True), D("July 14", "1998-07-14")])
add("2001-09-27", "NEW YORK (AP) - The New York Stock Exchange reopened last week after its longest closing since 1933, and traders said volume had been heavy every day since. Airline stocks have lost more than half their value in the 16 days since the attacks. Analysts expect third-quarter earnings to be the worst in a decade.",
    [D("last week", "2001-W38"), D("1933", "1933"), S("every day", "P1D"), U("the 16 days", "P16D", 16, "day"), D("third-quarter", "2001-Q3"), U("a decade", "P10Y")])
add("2003-10-08", "HOUSTON (Reuters) - Oil prices rose for a fourth straight day on Tuesday after OPEC ministers said they would consider cutting output at their next meeting in December. U.S. crude has climbed 11 percent since late September. Analysts said prices could stay above $30 a barrel through the winter.",
    [Opt("a fourth straight day", kind="duration"), D("Tuesday", "2003-10-07"), D("December", "2003-12"), D("late September", "2003-09"), D("the winter", "2003-WI")])
add("2007-06-05", "SAN FRANCISCO (AP) - Apple's iPhone will go on sale at 6 p.m. local time on June 29, the company said Monday. Apple expects to sell 10 million of the phones in 2008. The device was first shown in January at a trade show in San Francisco.",
    [T("6 p.m. local time", "2007-06-29T18:00"), D("June 29", "2007-06-29"), D("Monday", "2007-06-04"), D("2008", "2008"), D("January", "2007-01")])
# (c) courts and crime
add("1999-02-17", "ALBANY, N.Y. (AP) - A state judge on Tuesday sentenced a former Albany bank officer to six years in prison for embezzling $2 million over a decade. The 52-year-old must also repay the money within five years of his release. His lawyer said he would appeal by the end of the month.",
    [D("Tuesday", "1999-02-16"), U("six years", "P6Y", 6, "year"), U("a decade", "P10Y"), Opt("52-year-old", kind="duration"), U("within five years", "P5Y", 5, "year", qualifier="<="),
     D("the end of the month", "1999-02")])
add("2002-11-13", "WASHINGTON (Reuters) - Jury selection in the trial of the suspected Washington-area sniper will begin in the fall of 2003, a Virginia judge ruled on Tuesday. The two suspects were arrested Oct. 24 at a rest stop in Maryland after a three-week shooting spree. Prosecutors said they would seek the death penalty.",
    [D("the fall of 2003", "2003-FA"), D("Tuesday", "2002-11-12"), D("Oct. 24", "2002-10-24"), U("three-week", "P3W", 3, "week")])
add("2004-07-08", "HOUSTON (AP) - Former Enron chief executive Kenneth Lay surrendered to the FBI early Thursday and pleaded not guilty to fraud charges. Lay, 62, was released on a $500,000 bond. His trial is not likely to start before next year, his lawyers said. Enron collapsed in December 2001.",
    [D("early Thursday", "2004-07-08"), D("next year", "2005"), D("December 2001", "2001-12")])
add("1997-12-02", "DENVER (AP) - Jury selection in the trial of Terry Nichols entered its third week on Monday. Prosecutors expect opening statements by the middle of the month. Timothy McVeigh was convicted in June and sentenced to death on Aug. 14 for the 1995 bombing in Oklahoma City.",
    [Opt("its third week"), D("Monday", "1997-12-01"), D("the middle of the month", "1997-12"), D("June", "1997-06"), D("Aug. 14", "1997-08-14"), D("1995", "1995")])
add("2005-03-16", "LOS ANGELES (Reuters) - Closing arguments in the Michael Jackson trial are unlikely before May, the judge told jurors on Tuesday. Testimony has run for nearly three weeks. Jackson, 46, spent a night in the hospital last week with the flu.",
    [D("May", "2005-05"), D("Tuesday", "2005-03-15"), U("nearly three weeks", "P3W", 3, "week", qualifier="~"), Opt("a night", kind="duration"), D("last week", "2005-W10")])
# (d) disasters and weather
add("2000-04-19", "MEXICO CITY (AP) - The Popocatepetl volcano spewed ash and rock early Tuesday in its biggest eruption in 1,200 years, forcing the evacuation of nearby villages. Civil defense officials said the volcano could stay active for months. A smaller eruption in December 1994 drove 75,000 people from their homes.",
    [D("early Tuesday", "2000-04-18"), U("1,200 years", "P1200Y", 1200, "year"), U("months", "PXM"), D("December 1994", "1994-12")])
add("2006-11-01", "MANILA (Reuters) - Typhoon Cimaron, the strongest storm to hit the Philippines in a decade, slammed into the main island of Luzon on Sunday night. At least 19 people were killed. Forecasters said another storm could reach the country early next week.",
    [U("a decade", "P10Y"), PD("Sunday night", "2006-10-29TNI"), D("early next week", "2006-W45")])
add("1998-09-16", "MIAMI (AP) - Tropical Storm Hermine was expected to come ashore in Louisiana by Saturday morning, forecasters said. At 11 a.m. EDT, the storm was 200 miles south of New Orleans. It is the eighth named storm of the Atlantic season, which runs until Nov. 30.",
    [PD("Saturday morning", "1998-09-19TMO"), T("11 a.m. EDT", "1998-09-16T11:00-04:00"), Opt("the Atlantic season"), D("Nov. 30", "1998-11-30")])
add("2003-07-24", "PARIS (AFP) - France's worst heat wave in half a century entered its third week on Thursday, with temperatures above 35 degrees forecast for the weekend. Officials said the hot spell could last until mid-August. Every summer since 1998 has been warmer than the 30-year average.",
    [U("half a century", "P50Y"), Opt("its third week"), D("Thursday", "2003-07-24"), D("the weekend", "2003-W30-WE"), D("mid-August", "2003-08"), S("Every summer", "P1Y", of=True), D("1998", "1998"),
     U("30-year", "P30Y", 30, "year")])
add("2001-05-30", "ANCHORAGE, Alaska (AP) - A magnitude 6.1 earthquake shook southern Alaska at 3:42 a.m. Wednesday, but no damage was reported. It was the strongest quake in the region in 10 years. Seismologists said aftershocks could continue for days.",
    [T("3:42 a.m. Wednesday", "2001-05-30T03:42"), U("10 years", "P10Y", 10, "year"), U("days", "PXD")])
# (e) sport
add("2008-10-15", "PHILADELPHIA (AP) - The Phillies beat the Dodgers 5-1 on Wednesday night to reach the World Series for the first time since 1993. Game 1 is set for next Wednesday in Philadelphia. Cole Hamels, who won two games in the series, has not lost at home in more than two months.",
    [PD("Wednesday night", "2008-10-15TNI"), D("1993", "1993"), D("next Wednesday", "2008-10-22"), U("more than two months", "P2M", 2, "month", qualifier=">")])
add("1999-05-06", "LONDON (Reuters) - Manchester United need one win from their last two matches to clinch the Premier League title for the fifth time in seven years. Alex Ferguson's side play Tottenham on the final day of the season, May 16, a week before the FA Cup final. United have not lost in the league since December.",
    [U("seven years", "P7Y", 7, "year"), Opt("the final day of the season"), D("May 16", "1999-05-16"), U("a week", "P1W"), D("December", "1998-12")])
add("2004-10-20", "ATHENS (Reuters) - The International Olympic Committee will inspect Beijing's venues twice a year until the 2008 Games, its president said on Tuesday. Jacques Rogge said the Athens Games in August were a success despite fears that work would not be finished on time.",
    [S("twice a year", "P1Y", of=True), D("2008", "2008"), D("Tuesday", "2004-10-19"), D("August", "2004-08")])
add("2002-02-26", "SALT LAKE CITY (AP) - The Winter Games ended Sunday night with a ceremony at Rice-Eccles Stadium, closing 17 days of competition. Organizers said they would release a final budget in the spring. The next Winter Olympics will be held in Turin in 2006.",
    [PD("Sunday night", "2002-02-24TNI"), U("17 days", "P17D", 17, "day"), D("the spring", "2002-SP"), D("2006", "2006")])
add("1996-07-19", "ATLANTA (AP) - The Centennial Olympic Games open Friday night before a crowd of 85,000, 100 years after the first modern Games in Athens. Athletes from 197 nations will compete for 16 days. Organizers said ticket sales had topped $400 million by Thursday.",
    [PD("Friday night", "1996-07-19TNI"), U("100 years", "P100Y", 100, "year"), U("16 days", "P16D", 16, "day"), D("Thursday", "1996-07-18")])
# (f) science and health
add("2007-01-10", "WASHINGTON (Reuters) - The past year was the warmest on record in the United States, government scientists said on Tuesday. The average temperature in 2006 was 55 degrees, 2.2 degrees above the 20th-century mean. Seven of the 10 warmest years have come since the mid-1990s.",
    [U("The past year", "P1Y", 1, "year"), D("Tuesday", "2007-01-09"), D("2006", "2006"), D("20th-century", "19"), D("the mid-1990s", "199")])
add("2005-12-28", "GENEVA (Reuters) - The World Health Organization said on Wednesday that bird flu had killed 71 people in Asia since late 2003. Officials fear the virus could spread more widely in the coming months as birds migrate. Health ministers will meet in Beijing in mid-January to raise funds.",
    [D("Wednesday", "2005-12-28"), D("late 2003", "2003"), Opt("the coming months", kind="duration"), D("mid-January", "2006-01")])
add("2000-01-12", "PASADENA, Calif. (AP) - NASA engineers said Tuesday they had given up hope of hearing from the Mars Polar Lander, which went silent on Dec. 3. The agency will review its Mars program over the next two months. A new orbiter is scheduled for launch in April 2001.",
    [D("Tuesday", "2000-01-11"), D("Dec. 3", "1999-12-03"), U("the next two months", "P2M", 2, "month"), D("April 2001", "2001-04")])
add("1996-02-14", "BOSTON (AP) - Doctors at Massachusetts General Hospital said Tuesday that a new drug cut the risk of a second heart attack by a third in a five-year study. Patients took the drug twice a day. Researchers said results of a larger trial would be ready in about 18 months.",
    [D("Tuesday", "1996-02-13"), U("five-year", "P5Y", 5, "year"), S("twice a day", "P1D", of=True), U("about 18 months", "P18M", 18, "month", qualifier="~")])
# (g) broadcast news
add("2000-08-23", "Good evening. The wildfires in the West grew again today, and firefighters say they do not expect relief until the rains come in the fall. More than 6 million acres have burned this year, twice the average of the past decade. We begin tonight in Montana.",
    [D("today", "2000-08-23"), D("the fall", "2000-FA"), D("this year", "2000"), U("the past decade", "P10Y"), PD("tonight", "2000-08-23TNI")], reject=["Good evening"])
add("1999-02-17", "In the past, the Fed has moved rates only after inflation showed up in the numbers. Tonight, some economists say the central bank may act as soon as next month. The Fed's policy committee meets again March 30, and Chairman Alan Greenspan testifies before Congress next Tuesday.",
    [D("the past", "PAST_REF"), PD("Tonight", "1999-02-17TNI"), D("next month", "1999-03"), D("March 30", "1999-03-30"), D("next Tuesday", "1999-02-23")])
add("2003-04-15", "Baghdad was calmer today than at any time since the war began nearly four weeks ago. Looting has slowed, and the Marines say they expect to hand over the city to an interim authority in the coming days. The president will address the nation Thursday evening at 8 o'clock Eastern time.",
    [D("today", "2003-04-15"), D("nearly four weeks ago", "2003-W12", of=True), Opt("the coming days", kind="duration"), PD("Thursday evening", "2003-04-17TEV"), T("8 o'clock Eastern time", "2003-04-17T20:00-04:00", of=True)])

add("2002-02-26", "CARACAS, Venezuela (Reuters) - Venezuela's currency fell 19 percent on Tuesday, a day after the government ended a six-year policy of defending the bolivar. The central bank had spent $7 billion of reserves on the currency since late last year. A year ago, one dollar bought 750 bolivars. Officials said earlier this month that the change was not being considered.",
    [D("Tuesday", "2002-02-26"), U("a day", "P1D"), U("six-year", "P6Y", 6, "year"), D("late last year", "2001"), D("A year ago", "2001"), D("earlier this month", "2002-02")])
add("1999-05-06", "TOKYO (AP) - Sony Corp. said Thursday it would cut 17,000 jobs worldwide over the next four years, the biggest restructuring in its history. The company said it had recently completed a review of its 1990s expansion. Sony's annual profit fell 7 percent in the year to March 31. \"We must prepare for the future,\" its president said.",
    [D("Thursday", "1999-05-06"), U("the next four years", "P4Y", 4, "year"), D("recently", "PAST_REF"), D("1990s", "199"), S("annual", "P1Y"), Opt("the year", kind="duration"), D("March 31", "1999-03-31"),
     D("the future", "FUTURE_REF")])
add("2006-11-01", "SAN JOSE, Calif. (AP) - A jury on Tuesday acquitted a former software executive of securities fraud after deliberating for four days. The verdict came a week after the judge dismissed two of the charges. The executive had been arrested in August 2004 and spent the day before his arrest meeting with auditors, testimony showed. Prosecutors, who review such cases annually, said they would not appeal.",
    [D("Tuesday", "2006-10-31"), U("four days", "P4D", 4, "day"), U("a week", "P1W"), D("August 2004", "2004-08"), D("the day before", "2004-08", of=True), S("annually", "P1Y")])

if __name__ == "__main__":
    write(sys.argv[1], P)
