#!/usr/bin/env python3
"""Write data/gold/temporal-timeml2-dev.jsonl from the hand annotations below (issue #10, round 2).

General AP/NYT/BBC-style news of 1998-2012 (politics, disasters, trials, sport, science), written for
this file and annotated by TimeML (TIMEX3) extents with the project's value format, before numfacts
was run on them; this script only spells the facts out (offsets by `occ`, as score_cases.py finds
them). Usage: build_timeml2_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml2")

add("1998-08-12", "NAIROBI, Kenya (AP) — Rescue workers pulled the last survivor from the rubble of the embassy on Sunday. The next day, FBI agents arrived to begin a 10-day search of the site, and officials said the work could last for weeks.",
    [D("Sunday", "1998-08-09"), D("The next day", "1998-08-10"), U("10-day", "P10D", 10, "day"), U("weeks", "PXW", unit="week")])
add("1999-11-03", "Voters in Mississippi went to the polls Tuesday in a governor's race that was still too close to call early this morning. It was the first time in 30 years that neither candidate won a majority of the vote, and the state House will decide the race in January.",
    [D("Tuesday", "1999-11-02"), PD("early this morning", "1999-11-03TMO"), U("30 years", "P30Y", 30, "year"), D("January", "2000-01")])
add("2000-12-14", "WASHINGTON (AP) — Al Gore conceded the presidential election last night, 36 days after the Nov. 7 vote, ending a legal battle that had gone on for five weeks. George W. Bush will be sworn in on Jan. 20.",
    [PD("last night", "2000-12-13TNI"), U("36 days", "P36D", 36, "day"), D("Nov. 7", "2000-11-07"), U("five weeks", "P5W", 5, "week"), D("Jan. 20", "2001-01-20")])
add("2001-09-18", "Wall Street reopened yesterday for the first time since the Sept. 11 attacks, after the longest shutdown since the Great Depression. The Dow fell 684 points, its biggest one-day drop in points ever.",
    [D("yesterday", "2001-09-17"), D("Sept. 11", "2001-09-11"), U("one-day", "P1D", 1, "day")])
add("2002-04-09", "The trial of the former mayor opened Monday in federal court and is expected to last three months. Jury selection took the previous week, and the judge said she would hear opening statements the following morning.",
    [D("Monday", "2002-04-08"), U("three months", "P3M", 3, "month"), D("the previous week", "2002-W14"), PD("the following morning", "2002-04-09TMO", of=True)])
add("2003-03-21", "BAGHDAD, Iraq (AP) — U.S. and British forces pushed deep into southern Iraq on Friday. Airstrikes began early Thursday, explosions shook the capital overnight, and officials said the campaign could go on for weeks.",
    [D("Friday", "2003-03-21"), D("early Thursday", "2003-03-20"), Opt("overnight"), U("weeks", "PXW", unit="week")])
add("2004-08-27", "ATHENS, Greece (AP) — The International Olympic Committee said Thursday it would store doping samples from the summer of 2004 for eight years. The Olympics are held every four years, and the next Summer Games open in Beijing in August 2008.",
    [D("Thursday", "2004-08-26"), D("the summer of 2004", "2004-SU"), U("eight years", "P8Y", 8, "year"), S("every four years", "P4Y"), D("August 2008", "2008-08")])
add("2005-01-05", "Aid workers said Tuesday that the death toll from the Dec. 26 tsunami had passed 150,000. The United Nations will hold a donors' conference in Geneva next week, and relief efforts are expected to last for years.",
    [D("Tuesday", "2005-01-04"), D("Dec. 26", "2004-12-26"), D("next week", "2005-W02"), U("years", "PXY", unit="year")])
add("2005-08-31", "NEW ORLEANS (AP) — Floodwaters rose overnight in New Orleans, two days after Hurricane Katrina struck the Gulf Coast. Officials said Tuesday that it could take months to pump the city dry.",
    [Opt("overnight"), U("two days", "P2D", 2, "day"), D("Tuesday", "2005-08-30"), U("months", "PXM", unit="month")])
add("2006-07-19", "JERUSALEM (AP) — Israeli warplanes struck targets in Lebanon again Wednesday. The fighting began July 12, when Hezbollah guerrillas captured two soldiers; two days later, Israel imposed a blockade on Lebanese ports.",
    [D("Wednesday", "2006-07-19"), D("July 12", "2006-07-12"), D("two days later", "2006-07-14")])
add("2007-02-15", "A federal jury in Washington began deliberating Wednesday in the perjury trial of I. Lewis Libby, after closing arguments that lasted more than five hours. The jury was seated on Jan. 23, and the judge told jurors they would not sit on Friday.",
    [D("Wednesday", "2007-02-14"), U("more than five hours", "PT5H", 5, "hour", qualifier=">"), D("Jan. 23", "2007-01-23"), D("Friday", "2007-02-16")])
add("2008-11-05", "CHICAGO (AP) — Barack Obama was elected the nation's first black president Tuesday night, winning states that had voted Republican for decades. He will take office on Jan. 20 and has promised to name his Cabinet early next week.",
    [D("Tuesday", "2008-11-04"), D("decades", kind="duration", of=True), D("Jan. 20", "2009-01-20"), D("early next week", "2008-W46")])
add("2009-04-22", "Scientists said yesterday that Arctic sea ice has shrunk faster over the past decade than at any time since satellite records began in the late 1970s. The study, published in this week's issue of the journal Nature, predicts ice-free summers by the 2030s.",
    [D("yesterday", "2009-04-21"), U("the past decade", "P10Y"), D("the late 1970s", "197"), D("this week", "2009-W17"), D("the 2030s", "203")])
add("2010-01-14", "PORT-AU-PRINCE, Haiti (AP) — Rescuers dug through the rubble Wednesday after Tuesday's earthquake, the worst to strike the country in more than 200 years. Aid flights began arriving within 48 hours of the quake.",
    [D("Wednesday", "2010-01-13"), D("Tuesday", "2010-01-12"), U("more than 200 years", "P200Y", 200, "year", qualifier=">"), U("48 hours", "PT48H", 48, "hour")])
add("2010-06-03", "BP said Wednesday that it had cut a leaking pipe a mile under the Gulf of Mexico, 44 days after the April 20 explosion on the Deepwater Horizon rig. The company hopes to cap the well by the end of June, and relief wells will not be finished until August.",
    [D("Wednesday", "2010-06-02"), U("44 days", "P44D", 44, "day"), D("April 20", "2010-04-20"), D("the end of June", "2010-06"), D("August", "2010-08")])
add("2011-03-15", "TOKYO (AP) — A third explosion rocked a crippled nuclear plant early Tuesday, four days after Friday's earthquake and tsunami. The government ordered residents within 20 kilometers to stay indoors, and rolling blackouts will continue through the end of April.",
    [D("early Tuesday", "2011-03-15"), U("four days", "P4D", 4, "day"), D("Friday", "2011-03-11"), D("the end of April", "2011-04")])
add("2011-10-21", "SIRTE, Libya (AP) — Moammar Gadhafi, who ruled Libya for 42 years, was killed Thursday as revolutionary fighters overran his hometown. The country's interim leaders said they would declare liberation on Sunday and hold elections within eight months.",
    [U("42 years", "P42Y", 42, "year"), D("Thursday", "2011-10-20"), D("Sunday", "2011-10-23"), U("eight months", "P8M", 8, "month")])
add("2012-07-24", "LONDON (AP) — The 2012 Olympics open Friday night with a ceremony that organizers have planned for seven years. London last hosted the Games in 1948, and security forces will patrol the Olympic Park 24 hours a day during the 17-day event.",
    [D("2012", "2012"), D("Friday", "2012-07-27"), U("seven years", "P7Y", 7, "year"), D("1948", "1948"), U("24 hours", "PT24H", 24, "hour"), S("a day", "P1D"), U("17-day", "P17D", 17, "day")])
add("2012-12-27", "Rescue teams searched on Wednesday for survivors of a Christmas Day avalanche in the Alps. It was the region's deadliest storm since the winter of 1999, and forecasters warned of more snow over the weekend.",
    [D("Wednesday", "2012-12-26"), D("Christmas Day", "2012-12-25"), D("the winter of 1999", "1999-WI"), D("the weekend", "2012-W52-WE")])
add("2004-11-24", "KIEV, Ukraine (AP) — Tens of thousands of protesters filled the capital again today, disputing Sunday's runoff vote. The Supreme Court said it would hear the opposition's appeal on Monday, and the protests are expected to continue through the weekend.",
    [D("today", "2004-11-24"), D("Sunday", "2004-11-21"), D("Monday", "2004-11-29"), D("the weekend", "2004-W48-WE")])
add("2008-08-18", "BEIJING (AP) — Michael Phelps won his eighth gold medal of the Games on Sunday, breaking a record Mark Spitz had held since 1972. Phelps, who trained six hours a day for the past four years, said he would take a few months off.",
    [D("Sunday", "2008-08-17"), D("1972", "1972"), U("six hours", "PT6H", 6, "hour"), S("a day", "P1D"), U("the past four years", "P4Y", 4, "year"), Opt("a few months", "duration")])
add("2009-10-09", "OSLO, Norway (AP) — President Barack Obama won the Nobel Peace Prize on Friday, less than nine months after taking office. The committee praised his diplomacy over the past year, and the prize will be presented on Dec. 10 in Oslo.",
    [D("Friday", "2009-10-09"), U("less than nine months", "P9M", 9, "month", qualifier="<"), U("the past year", "P1Y"), D("Dec. 10", "2009-12-10")])
add("2006-11-08", "Democrats won control of the House in Tuesday's midterm elections for the first time in 12 years. The party last held a majority in 1994, and its leaders said they would choose a new speaker later this month.",
    [D("Tuesday", "2006-11-07"), U("12 years", "P12Y", 12, "year"), D("1994", "1994"), D("later this month", "2006-11")])
add("2002-10-24", "Police arrested two men early Thursday in the sniper shootings that had terrorized the Washington area for three weeks. The suspects had been stopped by police in Baltimore the day before, but were let go.",
    [D("early Thursday", "2002-10-24"), U("three weeks", "P3W", 3, "week"), D("the day before", "2002-10-23")])
add("2003-12-15", "Saddam Hussein was captured Saturday night near his hometown of Tikrit, U.S. officials said yesterday. He had been on the run since April, when Baghdad fell, and was found in a hole just 6 feet deep.",
    [D("Saturday", "2003-12-13"), D("yesterday", "2003-12-14"), D("April", "2003-04")])
add("2005-04-09", "VATICAN CITY (AP) — Pope John Paul II was buried Friday after a funeral attended by hundreds of thousands of pilgrims. He died April 2 after a 26-year papacy, and the cardinals will begin choosing his successor on April 18.",
    [D("Friday", "2005-04-08"), D("April 2", "2005-04-02"), U("26-year", "P26Y", 26, "year"), D("April 18", "2005-04-18")])
add("2007-08-02", "MINNEAPOLIS (AP) — An interstate bridge collapsed into the Mississippi River during the evening rush hour Wednesday, killing at least seven people. The 40-year-old bridge had been declared structurally deficient in 1990, and inspectors found cracks the following year.",
    [D("Wednesday", "2007-08-01"), Opt("40-year-old", "duration"), D("1990", "1990"), D("the following year", "1991")])
add("2010-11-03", "Republicans regained control of the House in Tuesday's elections, winning more than 60 seats in the biggest swing since 1948. The new Congress will convene in January, and the lame-duck session begins Nov. 15.",
    [D("Tuesday", "2010-11-02"), D("1948", "1948"), D("January", "2011-01"), D("Nov. 15", "2010-11-15")])
add("2009-06-26", "LOS ANGELES (AP) — Michael Jackson died Thursday afternoon at the age of 50. He had been rehearsing for weeks for a series of 50 concerts in London that were to begin July 13, his first major shows in more than a decade.",
    [D("Thursday", "2009-06-25"), U("weeks", "PXW", unit="week"), D("July 13", "2009-07-13"), U("more than a decade", "P10Y", qualifier=">")])
add("2011-05-02", "WASHINGTON (AP) — Osama bin Laden was killed Sunday in a raid on a compound in Pakistan where he had lived for five years. He had eluded capture since December 2001, when he escaped from Tora Bora.",
    [D("Sunday", "2011-05-01"), U("five years", "P5Y", 5, "year"), D("December 2001", "2001-12")])
add("1999-12-31", "Y2K fears ease as 2000 arrives in Asia\nNEW YORK (AP) — Engineers reported few problems as midnight passed in New Zealand and Australia, where the new year began 17 hours before it reaches New York. Officials had prepared for the date change for more than five years.",
    [D("2000", "2000"), T("midnight", of=True), D("the new year", "2000", of=True), U("17 hours", "PT17H", 17, "hour"), U("more than five years", "P5Y", 5, "year", qualifier=">")])
add("2008-09-16", "NEW YORK (AP) — Lehman Brothers filed for bankruptcy protection Monday, and stocks suffered their worst day since the attacks of 2001. The 158-year-old firm had spent the weekend seeking a buyer.",
    [D("Monday", "2008-09-15"), D("2001", "2001"), Opt("158-year-old", "duration"), D("the weekend", "2008-W37-WE")])
add("2012-11-07", "CHICAGO (AP) — President Barack Obama won a second term Tuesday night, defeating Mitt Romney after a campaign that lasted more than a year. He faces a deadline at the end of December to avert automatic tax increases.",
    [D("Tuesday", "2012-11-06"), U("more than a year", "P1Y", qualifier=">"), D("the end of December", "2012-12")])
add("2012-08-14", "PASADENA, Calif. (AP) — NASA's Curiosity rover will spend the next two years searching for signs that Mars could once have supported life, scientists said Monday. The rover landed Aug. 6 after an eight-month journey and will begin drilling later this year.",
    [U("the next two years", "P2Y", 2, "year"), D("Monday", "2012-08-13"), D("Aug. 6", "2012-08-06"), U("eight-month", "P8M", 8, "month"), D("later this year", "2012")])
add("1998-12-20", "WASHINGTON (AP) — The House impeached President Clinton yesterday, only the second time in the nation's history and the first since 1868. The Senate is expected to begin a trial early next year, possibly in mid-January.",
    [D("yesterday", "1998-12-19"), D("1868", "1868"), D("early next year", "1999"), D("mid-January", "1999-01")])
add("1999-03-18", "LAUSANNE, Switzerland (AP) — The IOC expelled six members Wednesday in the worst scandal of its 105-year history. An inquiry found that bidders for the 2002 Winter Games had paid members' expenses since the mid-1990s, and the committee will adopt new rules by the end of the year.",
    [D("Wednesday", "1999-03-17"), U("105-year", "P105Y", 105, "year"), D("2002", "2002"), D("the mid-1990s", "199"), D("the end of the year", "1999")])
add("2007-06-28", "LONDON (BBC) — Gordon Brown became prime minister yesterday, ending Tony Blair's decade in office. Mr Blair, who won three elections in 10 years, will take up a Middle East role next month.",
    [D("yesterday", "2007-06-27"), U("decade", "P10Y"), U("10 years", "P10Y", 10, "year"), D("next month", "2007-07")])
add("2010-04-16", "Flights across northern Europe were grounded again today as ash from an Icelandic volcano drifted south. The volcano, dormant since 1823, began erupting Wednesday, and officials said the airspace would stay closed until at least Saturday morning.",
    [D("today", "2010-04-16"), D("1823", "1823"), D("Wednesday", "2010-04-14"), D("Saturday", "2010-04-17")])
add("2009-07-22", "SHANGHAI (AP) — Millions of people across Asia watched the longest total solar eclipse of the 21st century today, as day turned to night for more than six minutes. No eclipse will last as long until 2132, astronomers said.",
    [D("the 21st century", "20"), D("today", "2009-07-22"), U("more than six minutes", "PT6M", 6, "minute", qualifier=">"), D("2132", "2132")])
add("2006-08-25", "PRAGUE, Czech Republic (AP) — Astronomers voted Thursday to strip Pluto of its status as a planet, 76 years after it was discovered. The decision ended a decades-old debate and leaves the solar system with eight planets, fewer than in the 19th century, when astronomers counted asteroids.",
    [D("Thursday", "2006-08-24"), U("76 years", "P76Y", 76, "year"), D("decades-old", kind="duration", of=True), D("the 19th century", "18")])
add("2009-12-08", "COPENHAGEN (AP) — Delegates from 192 nations opened a two-week climate summit on Monday, the end of a year-long effort to reach a new treaty. Negotiators have until Dec. 18 to reach a deal, and the agreement would take effect in 2012.",
    [U("two-week", "P2W", 2, "week"), D("Monday", "2009-12-07"), U("year-long", "P1Y", 1, "year"), D("Dec. 18", "2009-12-18"), D("2012", "2012")])
add("2005-12-20", "A transit strike shut down New York's subways and buses this morning after talks broke down shortly after midnight. It is the first citywide transit strike since 1980, when workers walked out for 11 days in April.",
    [PD("this morning", "2005-12-20TMO"), T("midnight", of=True), D("1980", "1980"), U("11 days", "P11D", 11, "day"), D("April", "1980-04", of=True)])
add("2006-10-09", "Monday, Oct. 9, 2006\nSEOUL, South Korea (AP) — North Korea said it conducted its first nuclear test today, three months after it test-fired seven missiles on July 5. The U.N. Security Council will meet later today.",
    [D("Monday, Oct. 9, 2006", "2006-10-09"), D("today", "2006-10-09"), U("three months", "P3M", 3, "month"), D("July 5", "2006-07-05"), D("later today", "2006-10-09")])
add("2008-12-12", "DETROIT (AP) — General Motors said it could run out of cash by the end of the month without federal aid, and it does not expect car sales to recover until mid-2009. Earlier this month, the company asked Congress for $18 billion in loans.",
    [D("the end of the month", "2008-12"), D("mid-2009", "2009"), D("Earlier this month", "2008-12")])
add("2004-12-28", "COLOMBO, Sri Lanka (AP) — Officials said yesterday that more than 12,000 people had died in Sunday's tsunami, twice the toll reported the previous day.",
    [D("yesterday", "2004-12-27"), D("Sunday", "2004-12-26"), D("the previous day", "2004-12-26")])

write(sys.argv[1], P)
