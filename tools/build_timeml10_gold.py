#!/usr/bin/env python3
"""Write data/gold/temporal-timeml10-dev.jsonl from the hand annotations below (issue #10, round 11).

2015-2024 news in registers no earlier file wrote: legislative calendars (sitting days, recesses), diplomatic schedules,
statistics release calendars, restructuring plans (`by end-2025`, `end-June`), company guidance and outlooks (the
occurrence a forecast points to), school calendars, public-health advisories, transport timetables and strikes,
science embargoes, weather warnings, price caps and tax deadlines, sports transfer windows and seasons, obituaries,
infrastructure milestones, software end-of-support notices and election calendars abroad; with the lead's probe
sentences of round 11 (`12 more days`, `the new year`, `the first week of the following month`, `guided to Q4`).
Written for this file and annotated by TimeML (TIMEX3) extents with the project's value format
(data/gold/README-temporal.md) before numfacts was run on them; this script only spells the facts out (offsets by
`occ`, as score_cases.py finds them). Usage: build_timeml10_gold.py OUT.jsonl

One edit after the first run: eight clocks written with `on` before their day (`7 a.m. on Tuesday`, `16:00 GMT on
Wednesday`) were annotated as one fact; the project's convention (temporal/__init__.py, scan._join_clocks) joins only a
clock right before its day or a four-digit wire clock (`2200 GMT on Thursday`), so they were split into clock and day;
and three clocks whose day is named only in the sentence before (`Polls open at 6 a.m.`) were given `optional_fields`, as
the earlier files annotate them (timeml9-11 `8 p.m.`).
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml10")

# (a) legislative calendars
add("2020-06-15", "LONDON - Parliament will sit for 12 more days before the Easter recess. The Leader of the House said on Monday that the finance bill would return for its report stage on June 30, giving MPs another 3 weeks to table amendments. The session, which opened in December, may now run for two more years.",
    [U("12 more days", "P12D", 12, "day"), Opt("the Easter recess"), D("Monday", "2020-06-15"), D("June 30", "2020-06-30"), U("another 3 weeks", "P3W", 3, "week"),
     D("December", "2019-12"), U("two more years", "P2Y", 2, "year")])
add("2019-01-14", "WASHINGTON - The Senate returns from its holiday break on Tuesday with 11 legislative days left before the Feb. 15 funding deadline. Leaders want a vote by the end of next week, and the House has scheduled a recess for the week of Jan. 21. Lawmakers have extended the deadline three times since September.",
    [D("Tuesday", "2019-01-15"), Opt("11 legislative days", kind="duration"), D("Feb. 15", "2019-02-15"), D("the end of next week", "2019-W04"), D("the week of Jan. 21", "2019-W04"),
     D("September", "2018-09")])
add("2021-09-02", "BRUSSELS - The European Parliament's plenary session opens on Monday, Sept. 13, and runs for four days in Strasbourg. MEPs must vote on the budget before the end of October; the Council adopts its position in the first half of next month. The new rules would apply from 1 January 2023, with a transition period of 18 months.",
    [D("Monday, Sept. 13", "2021-09-13"), U("four days", "P4D", 4, "day"), D("the end of October", "2021-10"), D("the first half of next month", "2021-10"), D("1 January 2023", "2023-01-01"),
     U("18 months", "P18M", 18, "month")])
# (b) diplomatic schedules
add("2020-06-15", "The minister will visit Beijing later this month and Washington in the new year. She last travelled to China in 2018, and talks on the trade pact have been stalled for 18 months.",
    [D("later this month", "2020-06"), D("the new year", "2021"), D("2018", "2018"), U("18 months", "P18M", 18, "month")])
add("2023-05-17", "TOKYO - Leaders of the Group of Seven arrive in Hiroshima on Friday for a three-day summit, the first hosted by Japan since 2016. The prime minister will hold talks with his Indian counterpart on the sidelines on Saturday afternoon. A joint statement is expected late Sunday.",
    [D("Friday", "2023-05-19"), U("three-day", "P3D", 3, "day"), D("2016", "2016"), PD("Saturday afternoon", "2023-05-20TAF"), D("late Sunday", "2023-05-21")])
# (c) statistics release calendars
add("2020-06-15", "The agency publishes the figures quarterly, typically in the first week of the following month. Its next release, covering April to June, is due on July 7, and the annual benchmark revision follows in September.",
    [S("quarterly", "P3M"), D("the first week of the following month", of=True), D("April to June", "2020-04/2020-06"), D("July 7", "2020-07-07"), Opt("annual", kind="set"),
     D("September", "2020-09")])
add("2024-02-09", "The statistics office will publish its first estimate of fourth-quarter GDP at 7 a.m. on Tuesday, six weeks after the end of the period. Monthly figures for December come out the same day. The office moved to a 45-day release cycle in 2022.",
    [D("fourth-quarter", "2023-Q4"), T("7 a.m.", "2024-02-13T07:00"), D("Tuesday", "2024-02-13"), U("six weeks", "P6W", 6, "week"), Opt("the end of the period"), S("Monthly", "P1M"), D("December", "2023-12"),
     Opt("the same day"), U("45-day", "P45D", 45, "day"), D("2022", "2022")])
# (d) restructuring plans
add("2020-06-15", "PARIS - The group will cut 1,500 jobs by the end of 2025, it said on Monday, and will shut its Lyon plant by end-2025. A first round of 400 redundancies is to be agreed with unions by end-June, and the last production line will stop in mid-March.",
    [D("the end of 2025", "2025"), D("Monday", "2020-06-15"), D("end-2025", "2025"), D("end-June", "2020-06"), D("mid-March", "2021-03")])
add("2022-11-23", "The social media company said it would complete the layoffs over the next three months and pay affected staff 16 weeks of base salary, plus two more weeks for every year of service. Workers will keep health insurance for six months. The company has frozen hiring through the first quarter.",
    [U("the next three months", "P3M", 3, "month"), U("16 weeks", "P16W", 16, "week"), U("two more weeks", "P2W", 2, "week"), Opt("every year", kind="set"), U("six months", "P6M", 6, "month"),
     D("the first quarter", "2023-Q1")])
add("2018-03-08", "The retailer will close 60 stores over the next 18 months, starting with 12 at the end of March, and expects to take a charge of $80 million in fiscal 2019. Its lease on the flagship store expires in January 2021. Another 25 stores are under review until the summer.",
    [U("the next 18 months", "P18M", 18, "month"), D("the end of March", "2018-03"), D("fiscal 2019", "FY2019"), D("January 2021", "2021-01"), D("the summer", "2018-SU")])
# (e) guidance and outlooks
add("2020-06-15", "Shares rose 4% after it guided to Q4 revenue of $20bn, above analysts' forecasts. The chipmaker expects gross margins to widen in the fourth quarter and sees full-year sales growing about 12%. Its outlook for the second half assumes no new lockdowns.",
    [D("Q4", "2020-Q4"), D("the fourth quarter", "2020-Q4"), Opt("full-year", kind="duration"), D("the second half", "2020-H2")])
add("2023-10-30", "The drugmaker now forecasts 2024 revenue of $58 billion to $61 billion and expects to return to growth in the second half of next year. For the current quarter it sees earnings of 40 cents to 45 cents a share. It cut its full-year outlook for the second time in three months.",
    [D("2024", "2024"), D("the second half of next year", "2024-H2"), D("the current quarter", "2023-Q4"), Opt("full-year", kind="duration"), U("three months", "P3M", 3, "month")])
add("2019-04-25", "The carmaker guided to an operating margin of 7% to 8% for 2019, weighted toward the final quarter, and said first-half deliveries would be flat. It expects to break even in Q3 and said its new model would reach dealers by late summer.",
    [D("2019", "2019"), D("the final quarter", "2019-Q4"), D("first-half", "2019-H1"), D("Q3", "2019-Q3"), D("late summer", "2019-SU")])
add("2021-06-07", "The airline sees capacity recovering to 80% of 2019 levels by the fourth quarter and expects to be cash-positive in the third. Bookings for July and August are running at twice last year's pace, it said, and it will give a fuller outlook with its results on July 29.",
    [D("2019", "2019"), D("the fourth quarter", "2021-Q4"), Opt("the third"), D("July", "2021-07"), D("August", "2021-08"), D("last year", "2020"), D("July 29", "2021-07-29")])
# (f) school calendars
add("2022-08-18", "Pupils in Scotland return to class next Tuesday, while schools in England go back in the first week of September. The autumn half-term runs from Oct. 24 to Oct. 28, and the Christmas holidays begin on Dec. 21. Teachers get five training days a year.",
    [D("next Tuesday", "2022-08-23"), D("the first week of September", "2022-W35", of=True), Opt("The autumn half-term"), D("Oct. 24 to Oct. 28", "2022-10-24/2022-10-28"),
     Opt("the Christmas holidays"), D("Dec. 21", "2022-12-21"), Opt("five training days", kind="duration"), S("a year", "P1Y")])
add("2021-12-01", "The district will add 10 more minutes to each school day starting in January to make up for lost instruction. The spring semester ends June 10, a week later than planned, and summer school will run for six weeks. Board members vote on the change at 7 p.m. Thursday.",
    [U("10 more minutes", "PT10M", 10, "minute"), Opt("each school day", kind="set"), D("January", "2022-01"), Opt("The spring semester"), D("June 10", "2022-06-10"),
     U("a week", "P1W", 1, "week"), U("six weeks", "P6W", 6, "week"), T("7 p.m. Thursday", "2021-12-02T19:00")])
add("2023-01-10", "Universities will delay the start of the second term by another fortnight because of the strike, with lectures now resuming on Jan. 30. Exams set for the week beginning May 15 will go ahead, the vice-chancellor said on Monday night.",
    [Opt("the second term"), U("another fortnight", "P2W"), D("Jan. 30", "2023-01-30"), D("the week beginning May 15", "2023-W20"), PD("Monday night", "2023-01-09TNI")])
# (g) public-health advisories
add("2020-02-27", "Travellers returning from the affected regions should stay at home for 14 days, health officials said on Thursday. Symptoms usually appear within five days but can take up to two weeks. The advice will be reviewed every 48 hours.",
    [U("14 days", "P14D", 14, "day"), D("Thursday", "2020-02-27"), U("within five days", "P5D", 5, "day", qualifier="<="), U("up to two weeks", "P2W", 2, "week", qualifier="<="),
     S("every 48 hours", "PT48H")])
add("2018-12-19", "Flu activity is expected to peak in the next three to four weeks, the agency said. Adults should get a booster every 10 years, and children under 9 receiving the vaccine for the first time need two doses at least four weeks apart. Clinics will be closed on Christmas Day and on Jan. 1.",
    [U("the next three to four weeks", "P4W", of=True, qualifier="range"), S("every 10 years", "P10Y"), U("at least four weeks", "P4W", 4, "week", qualifier=">="), Opt("Christmas Day"),
     D("Jan. 1", "2019-01-01")])
add("2016-07-05", "A heat advisory is in effect from noon Wednesday until 8 p.m. Friday, with highs in the upper 90s. Residents should avoid strenuous activity between 10 a.m. and 4 p.m. and check on elderly neighbours twice a day. Cooling centres will stay open for 12 more hours each day.",
    [T("noon Wednesday until 8 p.m. Friday", "2016-07-06T12:00/2016-07-08T20:00"), T("10 a.m. and 4 p.m.", of=True), S("twice a day", "P1D", of=True), U("12 more hours", "PT12H", 12, "hour"),
     S("each day", "P1D")])
# (h) transport timetables and strikes
add("2022-03-24", "Rail services will run every 20 minutes on weekdays from May 15, up from every half hour, the operator said. The last train from the city will leave at 23:45 instead of 23:10. Engineering work will close the line for another 9 days in April.",
    [S("every 20 minutes", "PT20M"), Opt("weekdays", kind="set"), D("May 15", "2022-05-15"), S("every half hour", "PT30M"), T("23:45", of=True), T("23:10", of=True),
     U("another 9 days", "P9D", 9, "day"), D("April", "2022-04")])
add("2024-06-12", "Train drivers will strike for 48 hours from 00:01 on Friday, June 21, the union said. Only one in five trains will run, and services will finish by 6 p.m. on both days. A further walkout is planned for the first weekend of July.",
    [U("48 hours", "PT48H", 48, "hour"), T("00:01", "2024-06-21T00:01"), D("Friday, June 21", "2024-06-21"), T("6 p.m.", of=True), D("the first weekend of July", "2024-W27-WE", of=True)])
add("2017-10-26", "Clocks go back one hour at 2 a.m. on Sunday, when British Summer Time ends. Bus timetables will change from Monday, with the night service running every 30 minutes until the end of March.",
    [U("one hour", "PT1H", 1, "hour"), T("2 a.m.", "2017-10-29T02:00"), D("Sunday", "2017-10-29"), D("Monday", "2017-10-30"), S("every 30 minutes", "PT30M"), D("the end of March", "2018-03")])
# (i) science embargoes and missions
add("2015-11-03", "The study, under embargo until 16:00 GMT on Wednesday, followed 12,000 adults for a median of 7.5 years. Participants were surveyed every two years between 2002 and 2012. The authors will present the results at a briefing an hour before the embargo lifts.",
    [T("16:00 GMT", "2015-11-04T16:00Z"), D("Wednesday", "2015-11-04"), U("7.5 years", "P7.5Y", 7.5, "year"), S("every two years", "P2Y"), D("2002 and 2012", "2002/2012"), Opt("an hour", kind="duration")])
add("2022-06-08", "Astronomers will release the first images from the telescope at 10:30 a.m. EDT on July 12, six months after launch. The observatory, which spent three decades in development, is designed to operate for at least 10 years. The mission team has been calibrating the instruments since late January.",
    [T("10:30 a.m. EDT", "2022-07-12T10:30-04:00"), D("July 12", "2022-07-12"), U("six months", "P6M", 6, "month"), U("three decades", "P30Y"), U("at least 10 years", "P10Y", 10, "year", qualifier=">="),
     D("late January", "2022-01")])
# (j) weather warnings
add("2023-01-10", "The Met Office has issued a yellow warning for rain from 6 a.m. to 9 p.m. on Thursday, with 40mm expected in some places. Colder air will follow over the weekend, and there could be snow on high ground by early next week. January has already been wetter than average.",
    [T("6 a.m. to 9 p.m.", "2023-01-12T06:00/2023-01-12T21:00"), D("Thursday", "2023-01-12"), D("the weekend", "2023-W02-WE"), D("early next week", "2023-W03"), D("January", "2023-01")])
add("2018-03-08", "The storm is forecast to bring 12 to 18 inches of snow between Friday night and Saturday afternoon, the third nor'easter in 10 days. Flights have been cancelled through midday Saturday. The last storm of this size hit in February 1978.",
    [D("Friday night and Saturday afternoon", "2018-03-09TNI/2018-03-10TAF"), U("10 days", "P10D", 10, "day"), T("midday Saturday", "2018-03-10T12:00"), D("February 1978", "1978-02")])
add("2022-08-18", "The drought that began in the spring is the worst since 1976, and hosepipe bans will stay in force until at least the end of October. Reservoir levels fell by another 5 per cent in the past fortnight. Forecasters expect below-average rainfall for the next two months.",
    [D("the spring", "2022-SP"), D("1976", "1976"), D("the end of October", "2022-10"), U("the past fortnight", "P2W"), U("the next two months", "P2M", 2, "month")])
# (k) price caps and tax deadlines
add("2022-08-18", "Ofgem will announce the new price cap on Aug. 26, and it will take effect on Oct. 1. From next year the cap will be updated every three months instead of twice a year. Households have already seen bills rise by 54% since April.",
    [D("Aug. 26", "2022-08-26"), D("Oct. 1", "2022-10-01"), D("next year", "2023"), S("every three months", "P3M"), S("twice a year", "P1Y", of=True), D("April", "2022-04")])
add("2023-01-10", "Self-assessment tax returns for the 2021-22 tax year must be filed online by midnight on Jan. 31. Late filers face an immediate £100 penalty, and a further £10 a day after three months. HMRC said 5.4 million people had yet to file with three weeks to go.",
    [D("2021-22", "2021/2022"), T("midnight", "2023-01-31T24:00", of=True), D("Jan. 31", "2023-01-31"), S("a day", "P1D"), U("three months", "P3M", 3, "month"), U("three weeks", "P3W", 3, "week")])
add("2019-04-25", "Taxpayers who filed for an extension have until Oct. 15 to submit their returns, six more months than the usual April deadline. Refunds typically arrive within 21 days of e-filing, the IRS said, and it processed 105 million returns in the first 15 weeks of the season.",
    [D("Oct. 15", "2019-10-15"), U("six more months", "P6M", 6, "month"), Opt("April"), U("within 21 days", "P21D", 21, "day", qualifier="<="), U("the first 15 weeks", "P15W", 15, "week")])
# (l) sports calendars
add("2024-02-09", "The transfer window closed at 11 p.m. on Feb. 1, and clubs spent £100m less than a year ago. The next window opens on June 14 and runs for 11 weeks. The striker signed an 18-month contract with the option of a further year.",
    [T("11 p.m.", "2024-02-01T23:00"), D("Feb. 1", "2024-02-01"), D("a year ago", "2023", of=True), D("June 14", "2024-06-14"), U("11 weeks", "P11W", 11, "week"), U("18-month", "P18M", 18, "month"),
     U("a further year", "P1Y")])
add("2023-10-30", "The season opens on Saturday with 82 games for each team over the next 24 weeks. The All-Star break falls in mid-February, and the playoffs start on April 20. Last season the champions clinched the title with two more wins than the runners-up.",
    [D("Saturday", "2023-11-04"), U("the next 24 weeks", "P24W", 24, "week"), D("mid-February", "2024-02"), D("April 20", "2024-04-20"), Opt("Last season")])
# (m) obituaries
add("2021-12-01", "Jean Morel, who led the orchestra for three decades, died on Sunday at his home in Lyon. He was 91. Born in Algiers in 1930, he made his debut in the autumn of 1952 and conducted his last concert in May 2019. A memorial will be held early next month.",
    [U("three decades", "P30Y"), D("Sunday", "2021-11-28"), D("1930", "1930"), D("the autumn of 1952", "1952-FA"), D("May 2019", "2019-05"), D("early next month", "2022-01")])
add("2016-07-05", "The novelist, who died Monday aged 84, published her first book in 1961 and her last just two years ago. She spent four more years on her final trilogy than her publisher had expected, finishing it in the summer of 2014.",
    [D("Monday", "2016-07-04"), D("1961", "1961"), D("two years ago", "2014"), U("four more years", "P4Y", 4, "year"), D("the summer of 2014", "2014-SU")])
# (n) infrastructure milestones
add("2017-10-26", "The new bridge is due to open in the second half of 2019, 18 months later than first planned. Work on the approach roads will start in the new year and take about 30 months. Tolls will be charged for 25 years after opening.",
    [D("the second half of 2019", "2019-H2"), U("18 months", "P18M", 18, "month"), D("the new year", "2018"), U("about 30 months", "P30M", 30, "month", qualifier="~"),
     U("25 years", "P25Y", 25, "year")])
add("2022-03-24", "The airport's third runway will not be ready before 2030, the operator said, and the terminal upgrade has slipped to end-2024. Passenger numbers are not expected to return to pre-pandemic levels until mid-2025.",
    [D("2030", "2030"), D("end-2024", "2024"), D("mid-2025", "2025")])
# (o) software end-of-support notices
add("2024-06-12", "Support for the old operating system ends on Oct. 14, 2025, after which it will receive no more security updates. Businesses can buy extended updates for up to three more years, priced per device per year. The company released the system in July 2015.",
    [D("Oct. 14, 2025", "2025-10-14"), U("up to three more years", "P3Y", 3, "year", qualifier="<="), S("per year", "P1Y"), D("July 2015", "2015-07")])
add("2021-09-02", "The bank will switch off its old mobile app at the end of the month, and customers have 28 days to move to the new one. Cheque imaging will be added in Q1 2022, followed by a redesign in H2.",
    [D("the end of the month", "2021-09"), U("28 days", "P28D", 28, "day"), D("Q1 2022", "2022-Q1"), D("H2", "2022-H2", of=True)])
# (p) election calendars abroad
add("2015-11-03", "Myanmar votes on Sunday in its first openly contested election in 25 years. Polls open at 6 a.m. and close at 4 p.m., and official results may take up to two weeks. The new parliament convenes in February, and a president will be chosen by the end of March.",
    [D("Sunday", "2015-11-08"), U("25 years", "P25Y", 25, "year"), T("6 a.m.", "2015-11-08T06:00", of=True), T("4 p.m.", "2015-11-08T16:00", of=True), U("up to two weeks", "P2W", 2, "week", qualifier="<="),
     D("February", "2016-02"), D("the end of March", "2016-03")])
add("2020-02-27", "Israelis go to the polls on Monday for the third time in less than a year. Voting ends at 10 p.m., when exit polls will be published. If no government is formed within 28 days, the president may hand the mandate to another candidate for a further 14 days.",
    [D("Monday", "2020-03-02"), U("less than a year", "P1Y", qualifier="<"), T("10 p.m.", "2020-03-02T22:00", of=True), U("within 28 days", "P28D", 28, "day", qualifier="<="),
     U("a further 14 days", "P14D", 14, "day")])

if __name__ == "__main__":
    write(sys.argv[1], P)
