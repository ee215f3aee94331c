#!/usr/bin/env python3
"""Write data/gold/temporal-timeml12-dev.jsonl from the hand annotations below (issue #10, round 12).

2013-2024 news in registers written afresh, with other phrasing than the earlier files: court reports, trials and
sentencing, inquests, obituaries, sports previews, weather warnings and seasonal outlooks, hurricane advisories, space
missions and science results, rail, metro and air-traffic strikes, transit timetables, school calendars, history
features and anniversaries, travel, theatre, museum and orchestra notices, agriculture and commodities, and economic
releases; rich in anchored relatives (`the prior quarter`, `the previous August`, `that same month`, `the following
Tuesday`, `the week before`), a day of the month alone (`on the 14th`), halves and quarters without a year, holidays
and seasons ahead and behind, durations, sets, clocks with zones, `until after`, `as of`, `no later than`, fuzzy
references; with the lead's five probe sentences of round 12 (passages timeml12-01 ... 05).
Written for this file and annotated by TimeML (TIMEX3) extents with the project's value format
(data/gold/README-temporal.md) before numfacts was run on them; this script only spells the facts out (offsets by
`occ`, as score_cases.py finds them). Usage: build_timeml12_gold.py OUT.jsonl

New in this file: a holiday whose date the calendar fixes (`Labor Day`, `Easter`, `Thanksgiving`, `Christmas`) is
scored with its value, the occurrence the sentence points to (`postponed until after the Labor Day holiday` -> the
next one); an anchored relative whose anchor is a date of its sentence or the one before is scored (`the prior
quarter` after `the third quarter`, `the previous March` after `March`, `the following Tuesday` after `Monday`).

One edit after the first run: `three and a half years later` was a duration where `Four days later` in the same passage is
a date or a duration (the earlier files annotate `N days later` both ways); it is now the same (kind date or duration,
`optional_fields`).
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml12")


def V(s, dur, unit, occ=0, **kw):  # a vague duration: unit, no value
    return {"s": s, "kind": "duration", "occ": occ, "duration": dur, "unit": unit, **kw}


# (0) the lead's probe sentences (ref 2020-06-15, a Monday)
add("2020-06-15", "The board meets again on the 14th to decide whether to extend the program through 2027.",
    [D("the 14th", "2020-07-14"), D("2027", "2027")])
add("2020-06-15", "The plant has been idle since last winter and won't restart before the second half.",
    [D("last winter", "2019-WI", of=True), D("the second half", "2020-H2")])
add("2020-06-15", "Output rose 3% in the third quarter from the prior quarter.",
    [D("the third quarter", "2019-Q3"), D("the prior quarter", "2019-Q2")])
add("2020-06-15", "The index gained 2% in March, its best month since the previous March.",
    [D("March", "2020-03"), D("the previous March", "2019-03")])
add("2020-06-15", "The hearing was postponed until after the Labor Day holiday.",
    [D("Labor Day", "2020-09-07")])

# (a) court reports, trials and sentencing
add("2019-03-21", "DENVER - A federal judge on Wednesday set jury selection in the fraud trial for the 8th, two weeks later than prosecutors had asked. The defense had sought a delay until after Easter, saying it received 40,000 pages of records only last month. The judge gave both sides until 5 p.m. Friday to file witness lists.",
    [D("Wednesday", "2019-03-20"), D("the 8th", "2019-04-08"), U("two weeks", "P2W", 2, "week"), D("Easter", "2019-04-21"), D("last month", "2019-02"),
     T("5 p.m. Friday", "2019-03-22T17:00")])
add("2017-10-06", "A former county treasurer who diverted $1.2 million in tax receipts over six years was sentenced Thursday to 46 months in federal prison. He must report to prison no later than Jan. 8 and will then serve three years of supervised release. Restitution is payable in monthly installments of $2,000 starting the following month.",
    [U("six years", "P6Y", 6, "year"), D("Thursday", "2017-10-05"), U("46 months", "P46M", 46, "month"), D("Jan. 8", "2018-01-08"), U("three years", "P3Y", 3, "year"),
     Opt("monthly", kind="set"), D("the following month", "2018-02")])
add("2022-02-24", "Testimony in the trial resumes on Monday after a juror tested positive for the virus on the 17th. The judge told jurors the case should go to them no later than March 10 and that deliberations could run to the following Tuesday. Prosecutors, who rested their case last Friday, have called 31 witnesses since Jan. 31.",
    [D("Monday", "2022-02-28"), D("the 17th", "2022-02-17"), D("March 10", "2022-03-10"), D("the following Tuesday", "2022-03-15"), D("last Friday", "2022-02-18"),
     D("Jan. 31", "2022-01-31")])
add("2018-04-26", "A grand jury will hear evidence in the case the week of May 14, and prosecutors have until the end of the month to decide whether to seek the death penalty. The suspect, arrested on the 3rd, has been held without bail since his arraignment the following day.",
    [D("the week of May 14", "2018-W20"), D("the end of the month", "2018-04"), D("the 3rd", "2018-04-03"), D("the following day", "2018-04-04")])
add("2014-11-06", "Jurors deliberated for about 11 hours over two days before convicting him on Wednesday afternoon. Sentencing was set for Feb. 12; he faces up to 20 years on each count. His co-defendant pleaded guilty in the spring and will be sentenced the week before.",
    [U("about 11 hours", "PT11H", 11, "hour", qualifier="~"), U("two days", "P2D", 2, "day"), PD("Wednesday afternoon", "2014-11-05TAF"), D("Feb. 12", "2015-02-12"),
     U("up to 20 years", "P20Y", 20, "year", qualifier="<="), D("the spring", "2014-SP"), D("the week before", "2015-W06")])
add("2021-05-12", "The inquest into the crash was adjourned until after the summer, with a pre-inquest review fixed for the 28th. The coroner said a full hearing, expected to last three weeks, was unlikely to start before the new year.",
    [D("the summer", "2021-SU"), D("the 28th", "2021-05-28"), U("three weeks", "P3W", 3, "week"), D("the new year", "2022")])
add("2024-10-10", "As of Wednesday, 212 defendants had been charged in the scheme, and 140 have been sentenced since the first guilty plea in 2021. The judge scheduled the remaining trials for the first half of next year.",
    [D("Wednesday", "2024-10-09"), D("2021", "2021"), D("the first half of next year", "2025-H1")])

# (b) obituaries
add("2021-11-29", "Marguerite Olsen, who ran the town's only bookstore for 38 years, died on Saturday at her home in Duluth. She was 91. Born July 4, 1930, she opened the shop the spring after the war ended and closed it in 1984. A memorial service will be held on the 11th.",
    [U("38 years", "P38Y", 38, "year"), D("Saturday", "2021-11-27"), D("July 4, 1930", "1930-07-04"), Opt("the spring"), D("1984", "1984"), D("the 11th", "2021-12-11")])
add("2016-04-22", "The jazz trumpeter Walter Haines died Thursday in New Orleans. He was 79. Haines played six nights a week at the Blue Room from 1958 until the club burned down in the winter of 1972. In the 1990s he toured Japan every autumn, and his last recording came out in the fall of 2011.",
    [D("Thursday", "2016-04-21"), S("six nights a week", "P1W", of=True), D("1958", "1958"), D("the winter of 1972", "1972-WI"), D("the 1990s", "199"),
     S("every autumn", "P1Y", of=True), D("the fall of 2011", "2011-FA")])

# (c) sports previews
add("2023-09-07", "The Bears open their season at home against Green Bay on Sunday at 3:25 p.m. CT, the first of three straight division games. Chicago has lost eight of its last nine against the Packers and has not beaten them at Soldier Field since December 2018. The bye comes in the sixth week, after the Oct. 5 trip to Washington.",
    [D("Sunday", "2023-09-10"), T("3:25 p.m. CT", "2023-09-10T15:25-05:00", of=True), D("December 2018", "2018-12"), Opt("the sixth week"), D("Oct. 5", "2023-10-05")])
add("2019-06-28", "Wimbledon starts on Monday, and the defending champion has not played a grass-court match since the Halle final on the 23rd. Qualifying finished on Thursday. The men's final is scheduled for the second Sunday of July.",
    [D("Monday", "2019-07-01"), D("the 23rd", "2019-06-23"), D("Thursday", "2019-06-27"), D("the second Sunday of July", "2019-07-14")])
add("2022-11-17", "The World Cup opens in Qatar on Sunday, the first to be played in November and December, and the final is on the 18th of next month. England play their first game on Monday at 4 p.m. local time, 1 p.m. in London.",
    [D("Sunday", "2022-11-20"), D("November", "2022-11"), D("December", "2022-12"), D("the 18th of next month", "2022-12-18"), D("Monday", "2022-11-21"),
     T("4 p.m. local time", "2022-11-21T16:00"), T("1 p.m.", "2022-11-21T13:00")])

# (d) weather
add("2018-01-03", "A winter storm warning is in effect from 7 p.m. Thursday until 1 p.m. Friday for the coast, with 8 to 14 inches of snow possible. Wind chills could reach 25 below zero by the weekend. Forecasters said it could be the coldest first week of January since 1996, with no thaw expected until the middle of next week.",
    [T("7 p.m. Thursday until 1 p.m. Friday", "2018-01-04T19:00/2018-01-05T13:00"), D("the weekend", "2018-W01-WE"), D("first week of January", "2018-W01", of=True), D("1996", "1996"),
     D("the middle of next week", "2018-W02")])
add("2021-07-19", "Temperatures will climb into the mid-90s by Wednesday afternoon, and the heat advisory issued at 11:40 a.m. CDT today runs through 8 p.m. Thursday. Highs have topped 90 degrees every day since the 9th, the longest streak since July last year. Relief arrives with a cold front late in the week.",
    [PD("Wednesday afternoon", "2021-07-21TAF"), T("11:40 a.m. CDT today", "2021-07-19T11:40-05:00"), T("8 p.m. Thursday", "2021-07-22T20:00"), S("every day", "P1D"),
     D("the 9th", "2021-07-09"), D("July last year", "2020-07"), Opt("late in the week")])
add("2024-03-14", "Forecasters expect El Nino to fade by early summer, with La Nina conditions possible from the autumn. This winter was the warmest on record for the contiguous United States, beating the record set in the winter of 2015-16. The outlook for April through June favors above-normal temperatures in the East.",
    [D("early summer", "2024-SU"), D("the autumn", "2024-FA"), D("This winter", "2023-WI", of=True), D("the winter of 2015-16", "2015-WI", of=True), D("April through June", "2024-04/2024-06")])
add("2017-10-06", "Hurricane Nate was centered 60 miles east of Cozumel at 1500 GMT and moving north at 21 mph. It is expected to make landfall on the U.S. Gulf Coast late Saturday or early Sunday, the first hurricane to hit Louisiana since Isaac in August 2012. A hurricane watch is in effect until further notice.",
    [T("1500 GMT", "2017-10-06T15:00Z", of=True), D("late Saturday", "2017-10-07"), D("early Sunday", "2017-10-08"), D("August 2012", "2012-08")])

# (e) space and science
add("2024-10-10", "NASA now targets Monday for the launch of Europa Clipper, with an instantaneous window at 12:06 p.m. EDT. The spacecraft will take five and a half years to reach Jupiter, arriving in April 2030, and will fly past Mars in February 2025 and Earth in December 2026. The launch slipped from the 10th after Hurricane Milton moved across Florida.",
    [Opt("now"), D("Monday", "2024-10-14"), T("12:06 p.m. EDT", "2024-10-14T12:06-04:00"), U("five and a half years", "P5.5Y", 5.5, "year"), D("April 2030", "2030-04"),
     D("February 2025", "2025-02"), D("December 2026", "2026-12"), D("the 10th", "2024-10-10")])
add("2015-07-13", "New Horizons will make its closest approach to Pluto at 7:49 a.m. EDT on Tuesday, nine and a half years after it left Cape Canaveral. Confirmation that it survived will not reach Earth until about 9 p.m. that night, because signals take four and a half hours to cross the distance. The first close-up images are due the following day.",
    [T("7:49 a.m. EDT", "2015-07-14T07:49-04:00"), D("Tuesday", "2015-07-14"), U("nine and a half years", "P9.5Y", 9.5, "year"), T("about 9 p.m.", "2015-07-14T21:00", of=True),
     Opt("that night"), U("four and a half hours", "PT4.5H", 4.5, "hour"), D("the following day", "2015-07-15")])
add("2022-11-17", "NASA's Orion capsule, launched at 1:47 a.m. EST Wednesday, will fly within 80 miles of the lunar surface on Monday and splash down off San Diego on Dec. 11 after 25 days in space. The launch came after two scrubs in late August and early September and a retreat from Hurricane Ian in the last week of September.",
    [T("1:47 a.m. EST Wednesday", "2022-11-16T01:47-05:00"), D("Monday", "2022-11-21"), D("Dec. 11", "2022-12-11"), U("25 days", "P25D", 25, "day"), D("late August", "2022-08"),
     D("early September", "2022-09"), D("the last week of September", "2022-W39")])
add("2020-08-12", "Results from the vaccine trial's first phase, published on Tuesday, showed antibodies persisting for at least 90 days. A second phase with 30,000 volunteers starts later this month, and interim data are expected no later than the end of the year. The researchers plan to follow participants for two years.",
    [D("Tuesday", "2020-08-11"), U("at least 90 days", "P90D", 90, "day", qualifier=">="), D("later this month", "2020-08"), D("the end of the year", "2020"),
     U("two years", "P2Y", 2, "year")])

# (f) strikes and timetables
add("2022-06-17", "Rail workers will walk out on June 21 and again on the 23rd and the 25th in the biggest strike on Britain's railways since 1989. Talks broke down on Thursday, and the union said further action was possible through the summer. Inflation hit 9.1% in May, and that same month the Bank of England raised rates for a fifth time.",
    [D("June 21", "2022-06-21"), D("the 23rd", "2022-06-23"), D("the 25th", "2022-06-25"), D("1989", "1989"), D("Thursday", "2022-06-16"), D("the summer", "2022-SU"),
     D("May", "2022-05"), D("that same month", "2022-05")])
add("2019-12-05", "PARIS - Metro and rail traffic will be severely disrupted at least until Monday, the RATP said, as the strike against the pension reform entered its first day. Unions want the walkout to continue until the government withdraws the plan, and a second national day of protest is set for the following Tuesday. The last comparable strike, in 1995, lasted three weeks.",
    [D("Monday", "2019-12-09"), Opt("its first day"), D("the following Tuesday", "2019-12-10"), D("1995", "1995"), U("three weeks", "P3W", 3, "week")])
add("2023-03-01", "Air traffic controllers in France plan to strike for 24 hours from 6 a.m. next Tuesday, forcing airlines to cancel a fifth of flights at Paris airports. Travelers can rebook free of charge until March 20. The last such walkout, on Jan. 19, grounded 1,400 flights.",
    [U("24 hours", "PT24H", 24, "hour"), T("6 a.m. next Tuesday", "2023-03-07T06:00"), D("March 20", "2023-03-20"), D("Jan. 19", "2023-01-19")])
add("2021-07-19", "From Sept. 5, the night bus will run every 20 minutes on Fridays and Saturdays, and the last train will leave the terminal at 00:45 instead of 23:50. The changes were approved at a board meeting on the 14th and will be reviewed after six months.",
    [D("Sept. 5", "2021-09-05"), S("every 20 minutes", "PT20M"), S("Fridays", "P1W", of=True), S("Saturdays", "P1W", of=True), T("00:45", of=True), T("23:50", of=True),
     D("the 14th", "2021-07-14"), U("six months", "P6M", 6, "month")])

# (g) school calendars
add("2020-08-12", "Students in the district will return to classrooms on the 31st, two weeks later than planned, and learn online on Fridays until at least the end of the first quarter. Winter break runs from Dec. 21 through Jan. 1, and the last day of school moves to June 11.",
    [D("the 31st", "2020-08-31"), U("two weeks", "P2W", 2, "week"), S("Fridays", "P1W", of=True), Opt("the end of the first quarter"), D("Dec. 21 through Jan. 1", "2020-12-21/2021-01-01"),
     D("June 11", "2021-06-11")])
add("2017-05-30", "Graduation for the Class of 2017 is set for the 10th at 10 a.m., with a rain date the following Sunday. Summer school begins July 5 and runs six weeks, and fall classes start the day after Labor Day.",
    [Opt("2017"), D("the 10th", "2017-06-10"), T("10 a.m.", "2017-06-10T10:00"), D("the following Sunday", "2017-06-11"), D("July 5", "2017-07-05"), U("six weeks", "P6W", 6, "week"),
     Opt("the day after"), D("Labor Day", "2017-09-04")])
add("2022-08-03", "Schools in England will close for Christmas on Dec. 16 and reopen on Jan. 4, after a two-week break. Half-term falls in the last week of October.",
    [D("Christmas", "2022-12-25"), D("Dec. 16", "2022-12-16"), D("Jan. 4", "2023-01-04"), U("two-week", "P2W", 2, "week"), Opt("Half-term"), D("the last week of October", "2022-W43")])

# (h) history features
add("2019-07-16", "Fifty years ago today, Apollo 11 lifted off from Kennedy Space Center at 9:32 a.m. EDT. Four days later, Neil Armstrong stepped onto the lunar surface, and the crew splashed down in the Pacific on the 24th. The program ended three and a half years later with Apollo 17 in December 1972.",
    [D("Fifty years ago today", "1969-07-16"), T("9:32 a.m. EDT", "1969-07-16T09:32-04:00"), D("Four days later", "1969-07-20", kind=["date", "duration"], of=True), D("the 24th", "1969-07-24"),
     D("three and a half years later", kind=["date", "duration"], of=True), D("December 1972", "1972-12")],
    reject=["Apollo 11", "Apollo 17"])
add("2023-01-18", "The bridge, opened to traffic on the 14th of May 1937, was the longest suspension span in the world until 1964. It closed for 18 months in the 1980s for a new deck, and tolls, collected in both directions until 1968, are now taken only southbound. A centennial celebration is planned for the spring of 2037.",
    [D("the 14th of May 1937", "1937-05-14"), D("1964", "1964"), U("18 months", "P18M", 18, "month"), D("the 1980s", "198"), D("1968", "1968"), Opt("now"), D("the spring of 2037", "2037-SP")])

# (i) travel
add("2018-04-26", "Iceland's highland roads usually open in late June, and the ferry to the Westfjords runs twice daily from May 15 until the end of September. Book no later than the 1st of May for the midnight-sun tours, which run from the summer solstice until mid-July.",
    [Opt("late June"), S("twice daily", "P1D", of=True), D("May 15 until the end of September", "2018-05-15/2018-09"), D("the 1st of May", "2018-05-01"), Opt("the summer solstice"),
     D("mid-July", "2018-07")])
add("2022-10-20", "Travelers heading abroad over the Thanksgiving holiday should apply for passports by the end of this month: processing times are running at eight to 11 weeks, down from 18 weeks in the spring. The State Department said on Tuesday it had cleared its backlog of 1.7 million applications as of Oct. 1.",
    [D("Thanksgiving", "2022-11-24"), D("the end of this month", "2022-10"), U("eight to 11 weeks", "P8W", of=True, qualifier="range"), U("18 weeks", "P18W", 18, "week"),
     D("the spring", "2022-SP"), D("Tuesday", "2022-10-18"), D("Oct. 1", "2022-10-01")])
add("2019-06-28", "Visitors to Venice will pay an entry fee of up to 10 euros from next summer, on top of a 3-euro day-tripper tax to be introduced on July 1. Large cruise ships have been banned from the Giudecca Canal since the start of the month.",
    [D("next summer", "2020-SU"), D("July 1", "2019-07-01"), D("the start of the month", "2019-06")])

# (j) arts
add("2014-11-06", "The revival, which opened on Sunday at the Lyceum after 23 previews, runs two hours and 40 minutes with one intermission. Its limited engagement ends Jan. 4, though producers hinted at an extension into the spring. The original production closed in 1987 after 1,100 performances.",
    [D("Sunday", "2014-11-02"), U("two hours and 40 minutes", "PT2H40M"), D("Jan. 4", "2015-01-04"), D("the spring", "2015-SP"), D("1987", "1987")])
add("2021-05-12", "The retrospective, the museum's first major show since it reopened in March, covers five decades of the painter's work, from her student sketches of the late 1960s to canvases finished weeks before her death in 2019. It is on view through Sept. 6 and stays open late on Thursdays.",
    [D("March", "2021-03"), U("five decades", "P50Y"), D("the late 1960s", "196"), V("weeks", "PXW", "week"), D("2019", "2019"), D("Sept. 6", "2021-09-06"), S("Thursdays", "P1W", of=True)])
add("2018-11-15", "The orchestra's 2018-19 season, its first under the new music director, runs through May and includes 14 premieres. Tickets for the Dec. 31 gala go on sale at 10 a.m. Monday. Last season, concerts sold at 92% of capacity.",
    [D("2018-19", "2018/2019"), D("May", "2019-05"), D("Dec. 31", "2018-12-31"), T("10 a.m. Monday", "2018-11-19T10:00"), Opt("Last season")])

# (k) agriculture and commodities
add("2019-09-25", "Farmers had planted 96% of the soybean crop by the end of June, the slowest pace since the Agriculture Department began keeping records in 1980. Harvest is 7% complete, against a five-year average of 22% for the date, and an early frost forecast for the second week of October could cut yields. The department's next crop report comes out Monday at 4 p.m. Eastern time.",
    [D("the end of June", "2019-06"), D("1980", "1980"), U("five-year", "P5Y", 5, "year"), D("the second week of October", "2019-W41"), D("Monday", "2019-09-30"),
     T("4 p.m. Eastern time", "2019-09-30T16:00", of=True)])
add("2023-01-18", "Argentina's wheat harvest, wrapped up in the first half of the month, came in at 12.4 million tons, the smallest since the 2008-09 season, and planting of the new crop begins in the second half of May.",
    [D("the first half of the month", "2023-01"), D("2008-09", "2008/2009"), D("the second half of May", "2023-05")])
add("2016-08-30", "The corn harvest in Iowa typically starts in the third week of September, but growers expect to begin a week early this year after a warm July. Prices have fallen for four straight months and are down 18% from the prior August.",
    [Opt("the third week of September"), U("a week", "P1W", 1, "week"), D("this year", "2016"), D("July", "2016-07"), U("four straight months", "P4M", 4, "month"),
     D("the prior August", "2015-08")])

# (l) economic releases and company news: anchored quarters, halves, months and years
add("2018-11-15", "Japan's economy shrank at an annualized 1.2% rate in the July-September quarter, after growing 3% in the previous quarter, as typhoons and an earthquake hit output. Economists expect a rebound in the October-December quarter. It was the second contraction this year, after a decline in the first quarter.",
    [Opt("annualized", kind="set"), D("the July-September quarter", "2018-Q3"), D("the previous quarter", "2018-Q2"), D("the October-December quarter", "2018-Q4"), D("this year", "2018"),
     D("the first quarter", "2018-Q1")])
add("2024-04-03", "The carmaker delivered 386,810 vehicles in the first three months, down 8.5% from the same quarter of the prior year, and said deliveries in the second quarter would be flat. Production at its Berlin plant, halted since the 5th after an arson attack, is set to resume on the 18th.",
    [U("the first three months", "P3M", 3, "month"), D("the same quarter of the prior year", "2023-Q1", of=True), D("the second quarter", "2024-Q2"), D("the 5th", "2024-03-05"),
     D("the 18th", "2024-04-18")])
add("2020-02-05", "Retail sales in the euro zone fell 1.6% in December from November and rose 1.3% from the same month a year earlier. For the fourth quarter as a whole, sales were up 0.1% on the prior quarter, and Eurostat will publish January's figures on March 4.",
    [D("December", "2019-12"), D("November", "2019-11"), D("the same month a year earlier", "2018-12"), D("the fourth quarter", "2019-Q4"), D("the prior quarter", "2019-Q3"),
     D("January", "2020-01"), D("March 4", "2020-03-04")])
add("2022-08-03", "The brewer said volumes in the second half would be lower than in the first, as drought in the Rhine valley pushes up barley costs. It raised prices twice in the previous 12 months and will do so again in October, the third increase since the prior October.",
    [D("the second half", "2022-H2"), Opt("the first"), U("the previous 12 months", "P12M", 12, "month"), D("October", "2022-10"), D("the prior October", "2021-10")])
add("2013-04-24", "Boeing's Dreamliners, grounded since mid-January, could return to service within weeks, the company said, after regulators approved a battery fix on Friday. United plans to resume flights on May 20, and All Nippon Airways expects its first revenue flight in early June.",
    [D("mid-January", "2013-01"), V("within weeks", "PXW", "week", qualifier="<="), D("Friday", "2013-04-19"), D("May 20", "2013-05-20"), D("early June", "2013-06")])
add("2016-08-30", "The company, which recently moved its headquarters to Dublin, said it would name a new chief executive in the coming weeks. As of June 30 it had 4,200 employees, and it plans to add 300 more by the end of next year.",
    [D("recently", "PAST_REF"), Opt("the coming weeks"), D("June 30", "2016-06-30"), D("the end of next year", "2017")])
add("2023-01-18", "Management expects margins to recover in the second half, after a weak first half hurt by energy costs. The council meets on the 26th to approve the plant's new permit.",
    [D("the second half", "2023-H2"), D("first half", "2023-H1", of=True), D("the 26th", "2023-01-26")])
add("2019-09-25", "Home prices in August were 3.2% higher than the previous August, and sales have risen for seven straight months. The next report, due on the 22nd of next month, will cover September.",
    [D("August", "2019-08"), D("the previous August", "2018-08"), U("seven straight months", "P7M", 7, "month"), D("the 22nd of next month", "2019-10-22"), D("September", "2019-09")])
add("2018-04-26", "Net income for 2017 rose to $410 million from $355 million the prior year, and the company said it would hold its dividend until after the annual meeting on the 15th of next month.",
    [D("2017", "2017"), D("the prior year", "2016"), Opt("annual", kind="set"), D("the 15th of next month", "2018-05-15")])
add("2022-10-20", "The port handled 1.1 million containers in September, 9% fewer than in the same month of 2021 and the lowest since the pandemic began. Volumes typically peak in the weeks before Christmas, and the port will stay open around the clock until Dec. 23.",
    [D("September", "2022-09"), D("the same month of 2021", "2021-09"), Opt("the weeks before Christmas"), Opt("around the clock"), D("Dec. 23", "2022-12-23")])

if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else "data/gold/temporal-timeml12-dev.jsonl", P)
