#!/usr/bin/env python3
"""Write data/gold/temporal-timeml-dev.jsonl from the hand annotations below (issue #10).

The passages were written, and each fact annotated by TimeML (TIMEX3) guidelines with the
project's value format, before numfacts was run on them; this script only spells the facts out
(offsets are found by `occ`, as score_cases.py does). Usage: build_timeml_gold.py OUT.jsonl
"""

import sys

from gold_facts import PD, D, Opt, S, T, U, passages, write  # noqa: F401  (tools/ is on sys.path when run)

P, add = passages("timeml")

add("1990-10-17", "Ford Motor Co. said yesterday that its third-quarter profit fell 68 percent from a year earlier, as sales of cars and trucks slumped. The company said it expects weak demand to persist through the end of the year and into next spring.",
    [D("yesterday", "1990-10-16"), D("third-quarter", "1990-Q3"), D("a year earlier", "1989-Q3", of=True),
     D("the end of the year", "1990"), D("next spring", "1991-SP")])
add("1991-02-06", "Stock prices rose sharply Wednesday as investors bet that the Federal Reserve would cut interest rates again this week. The Dow Jones industrial average closed at 2,730.69, up 28.71 points, its highest finish since Aug. 2. Trading was heavy, with 201 million shares changing hands on the New York Stock Exchange by 4 p.m. EST.",
    [D("Wednesday", "1991-02-06"), D("this week", "1991-W06"), D("Aug. 2", "1990-08-02"), T("4 p.m. EST", "1991-02-06T16:00-05:00")])
add("1989-11-02", "For the first nine months, the bank earned $412 million, or $3.10 a share, compared with $380 million in the same period last year. Analysts expect earnings to improve in the fourth quarter as loan losses decline.",
    [U("the first nine months", "P9M", 9, "month"), D("the same period last year", of=True), D("the fourth quarter", "1989-Q4")])
add("1992-04-28", "The unemployment rate in the 1980s averaged 7.3 percent, compared with 6.2 percent in the 1970s, the report said. It predicted that the economy would add jobs at a modest pace over the next few years.",
    [D("the 1980s", "198"), D("the 1970s", "197"), Opt("the next few years", ["date", "duration"])])
add("1993-07-15", "Apple Computer Inc. said late yesterday that net income for its fiscal third quarter, which ended June 25, fell 97 percent to $1.7 million. In fiscal 1992, the company earned $530 million. Apple said it would cut 2,500 jobs over the next year.",
    [D("late yesterday", "1993-07-14"), D("fiscal third quarter", "FY1993-Q3", of=True), D("June 25", "1993-06-25"),
     D("fiscal 1992", "FY1992"), U("the next year", "P1Y", 1, "year")])
add("1994-01-12", "Retail sales rose 1.2 percent in December, the Commerce Department said today, capping the strongest gain in five years. For all of 1993, sales grew 6.1 percent, the biggest increase since 1988.",
    [D("December", "1993-12"), D("today", "1994-01-12"), U("five years", "P5Y", 5, "year"), D("1993", "1993"), D("1988", "1988")])
add("1995-08-03", "Shares of Spyglass Data Corp. more than doubled in their first day of trading Wednesday, closing at $58.25 after the company priced 5 million shares at $28 each late Tuesday. Underwriters said demand was the strongest they had seen for a technology issue this year, and the stock of rival Mosaic Inc. hit a 52-week high.",
    [Opt("their first day"), D("Wednesday", "1995-08-02"), D("late Tuesday", "1995-08-01"), D("this year", "1995"), U("52-week", "P52W", 52, "week")])
add("1996-03-21", "The Treasury's 30-year bond rose 19/32 point, pushing its yield down to 6.61 percent from 6.66 percent on Wednesday. The yield has climbed nearly three-quarters of a point since mid-February, when it touched a two-year low.",
    [U("30-year", "P30Y", 30, "year"), D("Wednesday", "1996-03-20"), D("mid-February", "1996-02"), U("two-year", "P2Y", 2, "year")])
add("1997-10-28", "The Dow Jones industrial average plunged 554.26 points yesterday, its biggest point drop ever, as a sell-off that began in Hong Kong last week swept through world markets. The New York Stock Exchange halted trading twice, and at 3:30 p.m. EST closed for the day.",
    [D("yesterday", "1997-10-27"), D("last week", "1997-W43"), T("3:30 p.m. EST", "1997-10-27T15:30-05:00"), Opt("the day")])
add("1998-05-14", "Consumer prices edged up 0.3 percent in April, the Labor Department reported this morning. Over the past 12 months, prices have risen 1.4 percent, the smallest increase since 1986. Economists expect inflation to stay low for the rest of the year.",
    [D("April", "1998-04"), PD("this morning", "1998-05-14TMO"), U("the past 12 months", "P12M", 12, "month"), D("1986", "1986"),
     Opt("the rest of the year", ["date", "duration"])])
add("1990-06-25", "Talks between the union and the company broke off over the weekend and will resume tonight, a federal mediator said. The contract, which covers 40,000 workers, expired at midnight Friday, and the union has set a strike deadline of 12:01 a.m. Wednesday.",
    [D("the weekend", "1990-W25-WE"), PD("tonight", "1990-06-25TNI"), T("midnight Friday", "1990-06-22T24:00", of=True), T("12:01 a.m. Wednesday", "1990-06-27T00:01")])
add("1991-09-10", "Housing starts fell 2.5 percent in August to an annual rate of 1.02 million units, the lowest level since last winter. Builders said they expect activity to pick up by mid-October and to strengthen in the coming months if mortgage rates keep falling.",
    [D("August", "1991-08"), Opt("annual", "set"), D("last winter", "1990-WI", of=True), D("mid-October", "1991-10"), Opt("the coming months", ["date", "duration"])])
add("1992-12-01", "General Motors Corp. said it will close 12 more plants by the end of 1995 and cut its white-collar staff each year until then. The company lost $4.5 billion in 1991 and another $1.1 billion in the first quarter of this year.",
    [D("the end of 1995", "1995"), S("each year", "P1Y"), Opt("then"), D("1991", "1991"), D("the first quarter of this year", "1992-Q1")])
add("1993-03-04", "Two years ago, the company was on the brink of bankruptcy. Today, it earns more than $50 million a quarter and pays a dividend each quarter, and its chairman says the turnaround will be complete by next March.",
    [D("Two years ago", "1991"), D("Today", "1993-03-04", of=True), S("a quarter", "P3M"), S("each quarter", "P3M"), D("next March", "1994-03")])
add("1994-11-09", "Republicans won control of the House for the first time in four decades in yesterday's elections, and the party's leaders said they would bring a balanced-budget amendment to a vote in the first 100 days of the new Congress, which convenes in January.",
    [U("four decades", "P40Y"), D("yesterday", "1994-11-08"), U("the first 100 days", "P100D", 100, "day"), D("January", "1995-01")])
add("1995-01-30", "The peso has lost about 40 percent of its value against the dollar since Dec. 20, when the government abandoned its defense of the currency. On Friday, the peso closed at 5.7 to the dollar, and traders said it could weaken further this week.",
    [D("Dec. 20", "1994-12-20"), D("Friday", "1995-01-27"), D("this week", "1995-W05")])
add("1996-07-19", "Intel Corp. said second-quarter earnings rose 7 percent to $1.07 billion, and it forecast higher sales in the second half as personal computer makers prepare for the back-to-school season. Revenue for the first six months of the year was $9.4 billion.",
    [D("second-quarter", "1996-Q2"), D("the second half", "1996-H2"), Opt("the back-to-school season"),
     U("the first six months of the year", "P6M", occ=0, of=True, kind=["duration", "date"])])
add("1997-04-11", "The Federal Reserve raised short-term interest rates last month for the first time in more than two years, and many economists expect another increase when policy makers meet May 20. Bond yields have risen in recent weeks to their highest level since last summer.",
    [D("last month", "1997-03"), U("more than two years", "P2Y", 2, "year", qualifier=">"), D("May 20", "1997-05-20"),
     Opt("in recent weeks", ["date", "duration"]), D("last summer", "1996-SU")])
add("1998-09-02", "The Dow rebounded 288.36 points yesterday, a day after its second-biggest point drop ever, as bargain hunters returned before the 4 p.m. EDT close. The average is still down 19 percent from its record close of 9,337.97 on July 17 and has fallen in four of the past five weeks.",
    [D("yesterday", "1998-09-01"), Opt("a day", ["duration", "date"]), T("4 p.m. EDT", "1998-09-01T16:00-04:00"), D("July 17", "1998-07-17"),
     U("the past five weeks", "P5W", 5, "week")])
add("1999-12-20", "Computer programmers worked through the weekend to fix the last of the year 2000 problems, and utility executives said they expect no serious disruptions at midnight on Dec. 31. Most large banks finished testing their systems in the summer.",
    [D("the weekend", "1999-W50-WE"), Opt("the year 2000"), T("midnight", "1999-12-31T24:00", of=True), D("Dec. 31", "1999-12-31"), D("the summer", "1999-SU")])
add("1990-04-05", "Sales of new homes fell 5.6 percent in February to the lowest level in eight years, the government said Wednesday. Sales in January were revised up, and the median price of a new home was $118,000, down from $127,000 a year earlier.",
    [D("February", "1990-02"), U("eight years", "P8Y", 8, "year"), D("Wednesday", "1990-04-04"), D("January", "1990-01"), D("a year earlier", "1989-01", of=True)])
add("1991-05-16", "Gross domestic product shrank at a 2.8 percent annual rate in the first quarter, after falling 1.6 percent in the previous quarter, the first back-to-back declines since 1982. The administration insists the recession will end by summer.",
    [Opt("annual", "set"), D("the first quarter", "1991-Q1"), D("the previous quarter", "1990-Q4", of=True), D("1982", "1982"), D("summer", "1991-SU")])
add("1992-08-07", "The jobless rate fell to 7.7 percent in July from 7.8 percent in June, the Labor Department said this morning. Nonfarm payrolls increased by 160,000 jobs after a decline of 117,000 the month before.",
    [D("July", "1992-07"), D("June", "1992-06"), PD("this morning", "1992-08-07TMO"), D("the month before", "1992-06", of=True)])
add("1993-10-26", "Digital Equipment Corp. posted a loss of $83 million for its fiscal first quarter ended Oct. 2, compared with a loss of $260 million in the year-earlier quarter. The computer maker has lost money in eight of the past ten quarters.",
    [D("fiscal first quarter", "FY1994-Q1", of=True), D("Oct. 2", "1993-10-02"), D("the year-earlier quarter", of=True), Opt("the past ten quarters", ["duration", "date"])])
add("1994-06-30", "OPEC ministers agreed late Wednesday to hold output steady for the rest of the year, and will meet again in November in Bali. Crude oil for August delivery rose 31 cents to $19.68 a barrel in New York trading, its highest price since last September.",
    [D("late Wednesday", "1994-06-29"), Opt("the rest of the year", ["date", "duration"]), D("November", "1994-11"), D("August", "1994-08"), D("last September", "1993-09")])
add("1995-03-08", "The dollar fell to a postwar low of 88.50 yen in Tokyo this afternoon, extending a slide that began late last month. The yen has gained 12 percent since early January, and traders said the Bank of Japan bought dollars twice this week but failed to halt the decline, which has accelerated since the start of the month.",
    [PD("this afternoon", "1995-03-08TAF"), D("late last month", "1995-02"), D("early January", "1995-01"), D("this week", "1995-W10"), D("the start of the month", "1995-03")])
add("1996-11-06", "President Clinton won a second term yesterday, becoming the first Democrat re-elected since Franklin D. Roosevelt in 1936 and the last president elected in the 20th century. He promised to balance the budget by 2002 and to spend the next four years expanding education.",
    [D("yesterday", "1996-11-05"), D("1936", "1936"), D("the 20th century", "19"), D("2002", "2002"), U("the next four years", "P4Y", 4, "year")])
add("1997-01-15", "Chrysler Corp. said it would pay a special dividend of $1 a share on March 1 to holders of record Feb. 7, and raise its quarterly dividend by 20 percent. The automaker earned a record $3.5 billion in 1996.",
    [D("March 1", "1997-03-01"), D("Feb. 7", "1997-02-07"), S("quarterly", "P3M"), D("1996", "1996")])
add("1998-01-27", "Pacific Gas & Electric Co. said fourth-quarter profit rose 12 percent, and that it plans to spend $1.5 billion annually on new power lines through the end of the decade, its biggest building program in a decade. The utility's shares rose 50 cents to $31.25 in composite trading on the New York Stock Exchange yesterday.",
    [D("fourth-quarter", "1997-Q4"), S("annually", "P1Y"), D("the end of the decade", "199"), U("a decade", "P10Y"), D("yesterday", "1998-01-26")])
add("1999-03-30", "The Dow Jones industrial average closed above 10,000 for the first time yesterday, a milestone that took just under three years to reach after it first topped 5,000 in November 1995. The index has more than tripled this decade.",
    [D("yesterday", "1999-03-29"), U("just under three years", "P3Y", 3, "year", qualifier="<"), D("November 1995", "1995-11"), D("this decade", "199")])
add("1990-08-03", "Oil prices jumped more than $4 a barrel yesterday after Iraqi troops invaded Kuwait early Thursday. It was the biggest one-day rise since the Persian Gulf crisis of 1987, and traders said prices could climb higher over the weekend.",
    [D("yesterday", "1990-08-02"), D("early Thursday", "1990-08-02"), U("one-day", "P1D", 1, "day"), D("1987", "1987"), D("the weekend", "1990-W31-WE")])
add("1991-12-31", "The year ended as it began, with the economy in recession. Economists surveyed this month expect growth to resume in the spring, but few see a strong recovery before 1993.",
    [D("The year", "1991"), D("this month", "1991-12"), D("the spring", "1992-SP"), D("1993", "1993")])
add("1992-10-15", "IBM said third-quarter profit fell 90 percent in the three months ended Sept. 30, and it warned that it would take a restructuring charge in the fourth quarter. The company has cut 40,000 jobs since the start of 1991 and plans to trim its work force by another 25,000 next year.",
    [D("third-quarter", "1992-Q3"), U("the three months", "P3M", 3, "month"), D("Sept. 30", "1992-09-30"), D("the fourth quarter", "1992-Q4"),
     D("the start of 1991", "1991"), D("next year", "1993")])
add("1993-06-09", "Wholesale prices were unchanged in May after rising 0.3 percent in April. In the first five months of 1993, prices rose at a 2.9 percent annual rate, compared with 0.2 percent in all of last year.",
    [D("May", "1993-05"), D("April", "1993-04"), U("the first five months of 1993", "P5M", of=True, kind=["duration", "date"]), Opt("annual", "set"), D("last year", "1992")])
add("1994-09-21", "Home builders broke ground on houses at an annual rate of 1.46 million units last month, up 3.4 percent from July, after a slump earlier this year. Starts have been strong for most of the past year, the Commerce Department said Tuesday.",
    [Opt("annual", "set"), D("last month", "1994-08"), D("July", "1994-07"), D("earlier this year", "1994"), U("the past year", "P1Y", 1, "year"), D("Tuesday", "1994-09-20")])
add("1995-10-04", "Trading in the stock was halted at 10:15 a.m. Tuesday pending an announcement, and resumed two hours later after the company said it had received a takeover offer. The shares have traded between $18 and $27 in the past 52 weeks.",
    [T("10:15 a.m. Tuesday", "1995-10-03T10:15"), U("two hours later", "PT2H", 2, "hour"), U("the past 52 weeks", "P52W", 52, "week")])
add("1996-12-12", "A Federal Reserve governor's remark last Thursday about speculative excess sent markets around the world lower. Since then, the Dow has recovered about half of the 145-point drop it suffered Friday, the day after the speech.",
    [D("last Thursday", "1996-12-05"), Opt("then"), D("Friday", "1996-12-06"), Opt("the day after the speech")])
add("1997-07-02", "Britain handed Hong Kong back to China at midnight Monday, ending 156 years of colonial rule. Financial markets in the territory will reopen Thursday after a two-day holiday.",
    [T("midnight Monday", "1997-06-30T24:00", of=True), U("156 years", "P156Y", 156, "year"), D("Thursday", "1997-07-03"), U("two-day", "P2D", 2, "day")])
add("1998-10-08", "The hedge fund lost 44 percent of its capital in August alone and has lost money in each of the past four months. Its partners met with bankers on Sept. 23 and agreed to a rescue late that night.",
    [D("August", "1998-08"), U("the past four months", "P4M", 4, "month"), D("Sept. 23", "1998-09-23"), Opt("late that night", ["date", "time"])])
add("1999-06-30", "The Federal Reserve raised its target for the federal funds rate by a quarter point today, to 5 percent, its first increase in two years. Policy makers, who meet eight times a year, next gather Aug. 24.",
    [D("today", "1999-06-30"), U("two years", "P2Y", 2, "year"), S("eight times a year", "P1Y", of=True), D("Aug. 24", "1999-08-24")])
add("1991-02-06", "Allied warplanes flew more than 2,000 missions in the 24 hours ending at 6 a.m. today, military officials said at an evening briefing. The air campaign, now in its fourth week, began at 2:30 a.m. Jan. 17.",
    [U("the 24 hours", "PT24H", 24, "hour"), T("6 a.m. today", "1991-02-06T06:00"), Opt("an evening", ["date", "time"]), Opt("now"), Opt("its fourth week"),
     T("2:30 a.m. Jan. 17", "1991-01-17T02:30")])
add("1997-04-11", "Weekly jobless claims fell by 12,000 last week, and the four-week moving average dropped to its lowest level since mid-1989. Claims are reported every Thursday.",
    [S("Weekly", "P1W"), D("last week", "1997-W14"), U("four-week", "P4W", 4, "week"), D("mid-1989", "1989"), S("every Thursday", "P1W", of=True)])

write(sys.argv[1], P)
