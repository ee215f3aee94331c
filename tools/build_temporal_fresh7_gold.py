#!/usr/bin/env python3
"""Write data/gold/temporal-fresh7-dev.jsonl from the hand annotations below (issue #10, round 7).

Registers no earlier temporal gold file wrote: earnings releases with fiscal periods, court and
legislative calendars, sports fixtures, weather bulletins, travel advisories, product launch timelines
and obituaries with ages and years (2010-2025). Passages written for this file and annotated with the
TimeML (TIMEX3) extents and the project's value format (data/gold/README-temporal.md) before numfacts
was run on them; this script only spells the facts out. Usage: build_temporal_fresh7_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("fresh7")

# (a) earnings releases with fiscal periods
add("2023-11-21", "SANTA CLARA, Calif. -- Veritrend Systems Inc. today reported revenue of $4.2 billion for the third quarter of fiscal 2024, ended Oct. 29, 2023, up 14% from the year-ago quarter. For the first nine months of fiscal 2024, revenue was $11.9 billion. The company will hold a conference call at 2:00 p.m. Pacific time today.",
    [D("today", "2023-11-21"), D("the third quarter of fiscal 2024", "FY2024-Q3"), D("Oct. 29, 2023", "2023-10-29"), D("the year-ago quarter", "FY2023-Q3", of=True),
     U("the first nine months of fiscal 2024", "P9M", 9, "month", of=True, kind=["duration", "date"]), T("2:00 p.m. Pacific time today", "2023-11-21T14:00-08:00", of=True)])
add("2019-02-14", "MINNEAPOLIS -- Northland Grocers reported fourth-quarter fiscal 2018 earnings of 88 cents a share. The board declared a quarterly dividend of 31 cents, payable March 15, 2019, to shareholders of record on Feb. 28. For fiscal 2019, which ends Jan. 31, 2020, the company expects same-store sales growth of 2% to 3%.",
    [D("fourth-quarter fiscal 2018", "FY2018-Q4"), S("quarterly", "P3M"), D("March 15, 2019", "2019-03-15"), D("Feb. 28", "2019-02-28"), D("fiscal 2019", "FY2019"), D("Jan. 31, 2020", "2020-01-31")])
add("2024-04-25", "REDMOND -- Quarterly revenue rose 17% to $61.9 billion in the three months ended March 31, the company said on Thursday. Cloud revenue has grown by more than 20% in each of the past eight quarters. The company expects growth to continue into fiscal year 2025, which begins July 1.",
    [S("Quarterly", "P3M"), U("the three months", "P3M", 3, "month"), D("March 31", "2024-03-31"), D("Thursday", "2024-04-25"), U("the past eight quarters", "P24M", of=True), D("fiscal year 2025", "FY2025"),
     D("July 1", "2024-07-01")])
add("2012-07-26", "SEATTLE -- The online retailer posted a net profit of $7 million in the second quarter, down 96% from $191 million a year earlier. Sales rose 29% to $12.83 billion. For the current quarter, which ends in September, it forecast sales of $13.3 billion to $14.8 billion. Shares fell 3% in extended trading after the 4 p.m. close.",
    [D("the second quarter", "2012-Q2"), D("a year earlier", "2011-Q2", of=True), D("the current quarter", "2012-Q3"), D("September", "2012-09"), T("4 p.m.", "2012-07-26T16:00", of=True)])
add("2021-10-28", "FRANKFURT -- The carmaker said third-quarter deliveries fell 25% year-on-year because of the chip shortage and warned that supply would stay tight well into 2022. It cut its full-year delivery target for the second time since July. Results for the fourth quarter and full year 2021 will be published on March 10.",
    [D("third-quarter", "2021-Q3"), D("2022", "2022"), Opt("full-year", kind="duration"), D("July", "2021-07"), D("the fourth quarter", "2021-Q4"), D("full year 2021", "2021"), D("March 10", "2022-03-10")])
# (b) court calendars
add("2016-01-12", "The judge set a status conference for 10 a.m. on Feb. 3 and ordered both sides to file briefs within 21 days. Jury selection is scheduled to begin on April 18, and the trial is expected to last six to eight weeks. The defendant, who has been held without bail since last August, faces up to 20 years in prison.",
    [T("10 a.m.", "2016-02-03T10:00"), D("Feb. 3", "2016-02-03"), U("within 21 days", "P21D", 21, "day", qualifier="<="), D("April 18", "2016-04-18"), U("six to eight weeks", "P6W", of=True, qualifier="range"),
     D("last August", "2015-08"), U("up to 20 years", "P20Y", 20, "year", qualifier="<=")])
add("2022-03-03", "The Supreme Court will hear arguments in the case during its April sitting, the clerk's office said Wednesday. The justices typically issue their final opinions of the term by the end of June. Lower courts had blocked the rule for nearly two years.",
    [Opt("its April sitting"), D("Wednesday", "2022-03-02"), Opt("the term"), D("the end of June", "2022-06"), U("nearly two years", "P2Y", 2, "year", qualifier="~")])
add("2018-06-11", "Sentencing was postponed to Sept. 21 at the request of the defense, which asked for 90 days to prepare. Prosecutors had sought a hearing this month. The former mayor, 58, was convicted in March on six counts of bribery and has been free on bond since his arrest in the fall of 2016.",
    [D("Sept. 21", "2018-09-21"), U("90 days", "P90D", 90, "day"), D("this month", "2018-06"), D("March", "2018-03"), D("the fall of 2016", "2016-FA")])
add("2024-01-09", "A federal appeals court on Tuesday heard arguments over whether the former president is immune from prosecution. The three-judge panel gave no timeline for its ruling, but the trial judge has set jury selection for March 4. Either side can ask the full court to rehear the case within 45 days of a decision.",
    [D("Tuesday", "2024-01-09"), D("March 4", "2024-03-04"), U("within 45 days", "P45D", 45, "day", qualifier="<=")])
# (c) legislative calendars
add("2020-09-16", "The House is scheduled to adjourn on Oct. 2 so members can campaign, leaving two weeks to pass a stopgap spending bill before the fiscal year ends Sept. 30. The Senate will stay in session through the end of October. Lawmakers return for a lame-duck session on Nov. 16.",
    [D("Oct. 2", "2020-10-02"), U("two weeks", "P2W", 2, "week"), Opt("the fiscal year"), D("Sept. 30", "2020-09-30"), D("the end of October", "2020-10"), D("Nov. 16", "2020-11-16")])
add("2015-10-02", "The state legislature's 2016 session convenes on Jan. 12 and runs for 60 days. Budget committees will meet every other Monday until then. Lawmakers have passed a balanced budget every year since 2011, the governor's office said on Friday.",
    [D("2016", "2016"), D("Jan. 12", "2016-01-12"), U("60 days", "P60D", 60, "day"), S("every other Monday", "P2W", of=True), S("every year", "P1Y"), D("2011", "2011"), D("Friday", "2015-10-02")])
add("2023-05-05", "LONDON -- Parliament will rise for the summer recess on July 20 and return on Sept. 4, the Leader of the House announced on Thursday. MPs will sit on Fridays in June to clear a backlog of bills. The King's Speech opening the next session is expected in the autumn.",
    [D("July 20", "2023-07-20"), D("Sept. 4", "2023-09-04"), D("Thursday", "2023-05-04"), S("Fridays", "P1W", of=True), D("June", "2023-06"), D("the autumn", "2023-FA")])
# (d) sports fixtures
add("2019-08-30", "Liverpool host Newcastle at Anfield on Saturday, Sept. 14 (kick-off 12:30 BST), after the international break. Jurgen Klopp's side have won their first three league games for the first time since 1990-91. The Champions League group stage begins on Tuesday, Sept. 17.",
    [D("Saturday, Sept. 14", "2019-09-14"), T("12:30 BST", "2019-09-14T12:30+01:00"), D("1990-91", "1990/1991"), D("Tuesday, Sept. 17", "2019-09-17")])
add("2011-12-14", "The NFL released its playoff schedule on Wednesday. The wild-card round will be played Jan. 7-8, with the Super Bowl set for Feb. 5 in Indianapolis, kickoff at 6:30 p.m. EST. Teams get a week off between the conference championships and the title game.",
    [D("Wednesday", "2011-12-14"), D("Jan. 7-8", "2012-01-07/2012-01-08"), D("Feb. 5", "2012-02-05"), T("6:30 p.m. EST", "2012-02-05T18:30-05:00"), U("a week", "P1W")])
add("2022-12-20", "Lionel Messi lifted the World Cup on Sunday, 36 years after Diego Maradona led Argentina to its last title in 1986. The final, tied 3-3 after 120 minutes, was decided on penalties. Messi, 35, said he would keep playing for his country for a few more months.",
    [D("Sunday", "2022-12-18"), U("36 years", "P36Y", 36, "year"), D("1986", "1986"), U("120 minutes", "PT120M", 120, "minute"), Opt("a few more months", kind="duration")])
add("2017-04-06", "The Masters begins Thursday morning at Augusta National, with the first tee time at 8 a.m. Dustin Johnson, the world No. 1, has won his last three starts. Rain is forecast for Thursday afternoon, and officials said play could be suspended for several hours.",
    [PD("Thursday morning", "2017-04-06TMO"), T("8 a.m.", "2017-04-06T08:00"), PD("Thursday afternoon", "2017-04-06TAF"), Opt("several hours", kind="duration")])
add("2021-06-24", "Wimbledon returns on Monday after a two-year absence, with crowds at 50% of capacity for the first week. The finals will be played on July 10 and 11 in front of a full Centre Court. Roger Federer, who turns 40 in August, is seeking a ninth title.",
    [D("Monday", "2021-06-28"), U("two-year", "P2Y", 2, "year"), D("the first week", "2021-W26", of=True), D("July 10 and 11", "2021-07-10/2021-07-11", qualifier="range", of=True), D("August", "2021-08")])
# (e) weather bulletins
add("2013-11-07", "A winter storm warning takes effect at 6 p.m. Friday and expires at noon Saturday. Snow will develop Friday evening and become heavy after midnight, with 8 to 12 inches expected by Saturday morning. Temperatures will stay below freezing through the weekend.",
    [T("6 p.m. Friday", "2013-11-08T18:00"), T("noon Saturday", "2013-11-09T12:00"), PD("Friday evening", "2013-11-08TEV"), T("midnight", "2013-11-08T24:00", of=True), PD("Saturday morning", "2013-11-09TMO"),
     D("the weekend", "2013-W45-WE")])
add("2024-08-16", "At 11 a.m. AST, the center of Hurricane Ernesto was located about 190 miles south-southwest of Bermuda. Ernesto is moving toward the north near 8 mph, and this motion is expected to continue through Saturday. The next complete advisory will be issued at 5 p.m. AST.",
    [T("11 a.m. AST", "2024-08-16T11:00-04:00"), D("Saturday", "2024-08-17"), T("5 p.m. AST", "2024-08-16T17:00-04:00")])
add("2020-02-05", "Heavy rain will spread across the region tonight and continue through Thursday, the Met Office said. Rivers are expected to peak over the next 48 hours. February has already been wetter than average, after the wettest autumn since 2000.",
    [PD("tonight", "2020-02-05TNI"), D("Thursday", "2020-02-06"), U("the next 48 hours", "PT48H", 48, "hour"), D("February", "2020-02"), Opt("autumn"), D("2000", "2000")])
add("2018-09-12", "Forecasters expect Hurricane Florence to make landfall late Thursday or early Friday near the Carolina coast. Tropical-storm-force winds could arrive as early as Thursday morning. Rainfall totals could reach 40 inches in places over the next four to five days.",
    [D("late Thursday", "2018-09-13"), D("early Friday", "2018-09-14"), PD("Thursday morning", "2018-09-13TMO"), U("the next four to five days", "P4D", of=True, qualifier="range")])
# (f) travel advisories
add("2016-05-19", "The State Department on Thursday extended its travel warning for the country for another six months, citing attacks on tourists since January. Americans should avoid travel on the main highway after dark. The embassy will be closed on Monday, May 30, for Memorial Day.",
    [D("Thursday", "2016-05-19"), U("another six months", "P6M", 6, "month"), D("January", "2016-01"), Opt("after dark"), D("Monday, May 30", "2016-05-30"), Opt("Memorial Day")])
add("2022-07-18", "Passengers flying out of Heathrow should arrive three hours before departure, the airport said, after a weekend of delays. The cap of 100,000 departing passengers a day will stay in place until Sept. 11. Airlines cancelled 1,500 flights last week alone.",
    [U("three hours", "PT3H", 3, "hour"), Opt("a weekend", kind="duration"), S("a day", "P1D"), D("Sept. 11", "2022-09-11"), D("last week", "2022-W28")])
add("2014-03-27", "Travelers to the region should be vaccinated at least four weeks before departure. The advisory, first issued in 2012, is reviewed twice a year. Since the start of March, health officials have reported 49 cases.",
    [U("at least four weeks", "P4W", 4, "week", qualifier=">="), D("2012", "2012"), S("twice a year", "P1Y", of=True), D("the start of March", "2014-03")])
# (g) product launch timelines
add("2023-09-07", "Pre-orders for the new phone begin at 5 a.m. PDT on Friday, Sept. 15, with deliveries starting a week later. The company said the model will ship in India in October and in Brazil before the end of the year. Owners get two years of free repairs and monthly security updates for five years.",
    [T("5 a.m. PDT", "2023-09-15T05:00-07:00"), D("Friday, Sept. 15", "2023-09-15"), D("a week later", "2023-09-22", of=True), D("October", "2023-10"), D("the end of the year", "2023"), U("two years", "P2Y", 2, "year"),
     Opt("monthly", kind="set"), U("five years", "P5Y", 5, "year")])
add("2019-12-02", "The carmaker said production of its electric pickup will start in late 2021, a year later than planned. A cheaper version will follow in 2022. Reservations opened on Nov. 22 and the company said it had taken 250,000 orders in the first five days.",
    [D("late 2021", "2021"), U("a year", "P1Y"), D("2022", "2022"), D("Nov. 22", "2019-11-22"), U("the first five days", "P5D", 5, "day")])
add("2025-02-12", "The game studio delayed the release to the second half of 2025, citing the need for more testing. A public beta will run for two weekends in April. The original launch, set for this spring, had already slipped once from the fourth quarter of 2024.",
    [D("the second half of 2025", "2025-H2"), Opt("two weekends", kind="duration"), D("April", "2025-04"), D("this spring", "2025-SP"), D("the fourth quarter of 2024", "2024-Q4")])
# (h) obituaries with ages and years
add("2010-10-21", "Harold Whitcombe, who reported for the Evening Courier for 41 years, died on Tuesday at his home in Leeds. He was 87. Born in 1923, he joined the paper in 1949 after wartime service in the Royal Navy and retired in 1990. He is survived by his wife of 62 years.",
    [U("41 years", "P41Y", 41, "year"), D("Tuesday", "2010-10-19"), D("1923", "1923"), D("1949", "1949"), D("1990", "1990"), U("62 years", "P62Y", 62, "year")])
add("2021-01-29", "Cloris Adair, the actress whose career spanned seven decades, died Wednesday in Palm Springs. She was 94. Adair made her Broadway debut in the late 1940s and won three Emmys in the 1970s. A memorial service will be held in the spring.",
    [U("seven decades", "P70Y"), D("Wednesday", "2021-01-27"), D("the late 1940s", "194"), D("the 1970s", "197"), D("the spring", "2021-SP")])
add("2024-10-31", "Dr. Ruth Okafor, a pediatric surgeon who trained a generation of doctors in Lagos, died Oct. 24. She was 79. From 1978 to 2004 she led the surgery department at the teaching hospital, and in her 70s she still operated twice a week. A 90-minute tribute will air on Sunday evening.",
    [D("Oct. 24", "2024-10-24"), D("1978 to 2004", "1978/2004", qualifier="range", of=True), Opt("her 70s", kind="duration"), S("twice a week", "P1W", of=True), U("90-minute", "PT90M", 90, "minute"),
     PD("Sunday evening", "2024-11-03TEV")])

if __name__ == "__main__":
    write(sys.argv[1], P)
