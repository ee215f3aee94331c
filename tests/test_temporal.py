"""The temporal tagger: dates, times, durations and sets, table-driven.

Each positive case names a text, the exact span we must return and the fields it must carry;
each negative case names a span that must overlap no temporal row. REF is a Sunday.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from numfacts.temporal import find_temporal, infer_reference_date

REF = dt.date(2016, 12, 11)
ROOT = Path(__file__).resolve().parents[1]


def P(text: str, span: str, id: str, ref: dt.date | None = REF, day_first: bool = False, **want: object):
    return pytest.param(text, span, want, ref, day_first, id=id)


ABSOLUTE_DATES = [
    P("It happened on December 11, 2016 in Aleppo.", "December 11, 2016", "month-day-year", kind="date", date="2016-12-11"),
    P("It happened on 11 December 2016.", "11 December 2016", "day-month-year", kind="date", date="2016-12-11"),
    P("Talks resumed on Dec. 11 in Geneva.", "Dec. 11", "abbrev-no-year", kind="date", date="2016-12-11"),
    P("The file is dated 2016-12-11.", "2016-12-11", "iso", kind="date", date="2016-12-11"),
    P("The file is dated 12/11/2016.", "12/11/2016", "numeric-month-first", kind="date", date="2016-12-11"),
    P("The file is dated 12/11/2016.", "12/11/2016", "numeric-day-first", day_first=True, kind="date", date="2016-11-12"),
    P("The file is dated 25/12/2016.", "25/12/2016", "numeric-day-over-12", kind="date", date="2016-12-25"),
    P("Sunday, December 11, 2016: the city fell.", "Sunday, December 11, 2016", "weekday-date", kind="date", date="2016-12-11"),
    P("It fell on the 11th of December 2016.", "the 11th of December 2016", "ordinal-of-month", kind="date", date="2016-12-11"),
    P("Since the 9/11 attacks, security rose.", "9/11", "nine-eleven", kind="date", date="2001-09-11"),
    P("The conflict flared up in March 2011.", "March 2011", "month-year", kind="date", date="2011-03"),
    P("The war began in 1937.", "1937", "in-year", kind="date", date="1937"),
    P("Nothing changed since 1900.", "1900", "since-year", kind="date", date="1900"),
    P("The 2011 census counted them.", "2011", "the-year-noun", kind="date", date="2011"),
    P("The report (2009) says so.", "2009", "year-in-brackets", kind="date", date="2009"),
    P("In the 2016 election, turnout fell.", "2016", "in-the-year-election", kind="date", date="2016"),
    P("Between 2010 and 2012 prices rose.", "2010 and 2012", "between-years", kind="date", date="2010/2012", qualifier="range"),
    P("The 2015-16 season was long.", "2015-16", "year-range-short", kind="date", date="2015/2016", qualifier="range"),
    P("It rained in the 1990s.", "the 1990s", "decade", kind="date", date="199"),
    P("It rained in the mid-1950s.", "the mid-1950s", "decade-mid", kind="date", date="195", modifier="MID"),
    P("It rained in the late '90s.", "late '90s", "decade-short", kind="date", date="199", modifier="END"),
    P("Built in the 19th century.", "the 19th century", "century", kind="date", date="18"),
    P("Sales in the first quarter of 2023 fell.", "the first quarter of 2023", "quarter", kind="date", date="2023-Q1"),
    P("Profits in Q3 2016 rose.", "Q3 2016", "quarter-q", kind="date", date="2016-Q3"),
    P("Work starts in summer 2018.", "summer 2018", "season-year", kind="date", date="2018-SU"),
    P("Data for 2016-W49 are out.", "2016-W49", "iso-week", kind="date", date="2016-W49"),
    P("The plan for Dec-2018 is ready.", "Dec-2018", "month-dash-year", kind="date", date="2018-12"),
    P("It fell on May twenty-first, 2016.", "May twenty-first, 2016", "ordinal-word-day", kind="date", date="2016-05-21"),
    P("The data for 2016-11 are out.", "2016-11", "year-month-dash", kind="date", date="2016-11"),
    P("The first half of 2016 was calm.", "The first half of 2016", "half-year", kind="date", date="2016-H1"),
]

RELATIVE_DATES = [
    P("On Sunday, militants told Reuters.", "Sunday", "weekday-past", kind="date", date="2016-12-11"),
    P("The talks will resume on Tuesday.", "Tuesday", "weekday-future", kind="date", date="2016-12-13"),
    P("They met on Friday.", "Friday", "weekday-past-friday", kind="date", date="2016-12-09"),
    P("They meet on Friday next week.", "Friday next week", "weekday-next-week", kind="date", date="2016-12-16"),
    P("He left last Friday.", "last Friday", "last-weekday", kind="date", date="2016-12-09"),
    P("He left yesterday.", "yesterday", "yesterday", kind="date", date="2016-12-10"),
    P("He arrives today.", "today", "today", kind="date", date="2016-12-11"),
    P("He arrives tomorrow.", "tomorrow", "tomorrow", kind="date", date="2016-12-12"),
    P("Prices rose last year.", "last year", "last-year", kind="date", date="2015"),
    P("Prices rose this month.", "this month", "this-month", kind="date", date="2016-12"),
    P("Talks resume next week.", "next week", "next-week", kind="date", date="2016-W50"),
    P("He left a week ago.", "a week ago", "week-ago", kind="date", date="2016-W48"),  # the ISO week (round 8)
    P("He had left two days earlier.", "two days earlier", "days-earlier", kind="date", date="2016-12-09"),
    P("We met 1 month 21 days ago.", "1 month 21 days ago", "composite-ago", kind="date", date="2016-10-21"),
    P("It began three years ago.", "three years ago", "years-ago", kind="date", date="2013"),
    P("Prices rose earlier this year.", "earlier this year", "earlier-this-year", kind="date", date="2016"),
    P("It opens in late 2016.", "late 2016", "late-year", kind="date", date="2016", modifier="END"),
    P("It began in mid-November.", "mid-November", "mid-month", kind="date", date="2016-11", modifier="MID"),
    P("It was agreed at the end of November.", "the end of November", "end-of-month", kind="date", date="2016-11", modifier="END"),
    P("It slowed in early last year.", "early last year", "early-last-year", kind="date", date="2015", modifier="START"),
    P("78,000 civilians escaped since November.", "November", "since-month", kind="date", date="2016-11"),
    P("It rained from June to August.", "June to August", "month-range", kind="date", date="2016-06/2016-08", qualifier="range"),
    P("It rained between March and May 2015.", "March and May 2015", "month-range-year-after", kind="date", date="2015-03/2015-05"),
    P("The vote was held in August.", "August", "month-past", kind="date", date="2016-08"),
    P("The vote will be held in August.", "August", "month-future", kind="date", date="2017-08"),
    P("Microsoft did not confirm it, calling October an optimistic estimate.", "October", "bare-month", kind="date", date="2016-10"),
    P("The launch is two days before Thanksgiving.", "two days", "days-before-event", kind="duration", duration="P2D"),
    P("It rained for 25 consecutive hours.", "25 consecutive hours", "consecutive-hours", kind="duration", duration="PT25H"),
    P("Sales fell from the previous year.", "the previous year", "previous-year", kind="date", date="2015"),
    P("They struck this May 22, at midnight.", "May 22", "this-month-day", kind="date", date="2016-05-22"),
    P("On Wednesday, Microsoft announced that the next version will ship.", "Wednesday", "weekday-past-verb-nearest", kind="date", date="2016-12-07"),
    P("Fuel cuts begin Sunday.", "Sunday", "weekday-is-reference-day", kind="date", date="2016-12-11"),
    P("They will leave within a fortnight.", "within a fortnight", "fortnight", kind="duration", duration="P2W", value=2.0, unit="week"),
    P("In two and half years in office he won.", "two and half years", "and-half-without-a", kind="duration", duration="P2.5Y"),
    P("Talks will go on in the coming months.", "the coming months", "vague-coming-months", kind="duration", duration="PXM"),
    P("It took several years.", "several years", "vague-several-years", kind="duration", duration="PXY", qualifier="~"),
    P("He was convicted over the September 11 attacks.", "September 11", "september-11-attacks", kind="date", date="2001-09-11"),
    P("The riots began in December, 2005.", "December, 2005", "month-comma-year", kind="date", date="2005-12"),
    P("Three years ago his son was born.", "Three years ago", "ago-then-words", kind="date", date="2013"),
    P("Annually the station produces power.", "Annually", "set-capitalised", kind="set", duration="P1Y"),
    P("It will have $55 billion in annual revenue.", "annual", "set-annual", kind="set", duration="P1Y"),
    P("He was released on Christmas Eve.", "Christmas Eve", "holiday-past", kind="date", date="2015-12-24"),
    P("The store will open at Easter.", "Easter", "holiday-future", kind="date", date="2017-04-16"),
    P("Sales rose on Thanksgiving 2015.", "Thanksgiving 2015", "holiday-year", kind="date", date="2015-11-26"),
    P("The vote was held in August.", "August", "month-past-spring-ref", ref=dt.date(2013, 3, 5), kind="date", date="2012-08"),
    P("Over the past night, 2,124 left.", "the past night", "past-night", kind="date", date="2016-12-10TNI"),
    P("Hundreds fled overnight.", "overnight", "overnight", kind="date", date="2016-12-10TNI"),
    P("Talks collapsed over the weekend.", "the weekend", "the-weekend-past", kind="date", date="2016-W49-WE"),
    P("Talks will resume at the weekend.", "the weekend", "the-weekend-future", ref=dt.date(2016, 12, 7), kind="date", date="2016-W49-WE"),
    P("The 2016/17 budget passed.", "2016/17", "split-year-slash", kind="date", date="2016/2017", qualifier="range"),
    P("Officials met this morning.", "this morning", "this-morning", kind="date", date="2016-12-11TMO"),
    P("They return next March.", "next March", "next-month-name", kind="date", date="2017-03"),
    P("They met this September.", "this September", "this-month-name", kind="date", date="2016-09"),
    P("He returns the day after tomorrow.", "the day after tomorrow", "day-after-tomorrow", kind="date", date="2016-12-13"),
    P("He left past Monday.", "past Monday", "past-weekday", kind="date", date="2016-12-05"),
    P("They meet next Monday afternoon.", "next Monday afternoon", "weekday-part", kind="date", date="2016-12-12TAF"),
    P("They meet on Friday the 15th.", "Friday the 15th", "weekday-the-nth", ref=dt.date(2017, 9, 1), kind="date", date="2017-09-15"),
    P("It was published on the 15th.", "the 15th", "on-the-nth", kind="date", date="2016-11-15"),
    P("Sales in the third quarter rose.", "the third quarter", "quarter-no-year", kind="date", date="2016-Q3"),
    P("He left on Sunday.", "Sunday", "weekday-no-ref", ref=None, kind="date", date=None),
    P("It began in August.", "August", "month-no-ref", ref=None, kind="date", date=None),
    # a relative period right before a count: the period, then the count (not `week 35`, not nothing)
    P("Last year 88,000 people went to hospital.", "Last year", "last-year-then-count", kind="date", date="2015"),
    P("Last week 35 people died.", "Last week", "last-week-then-count", kind="date", date="2016-W48"),
    P("Next month 12 stores will open.", "Next month", "next-month-then-count", kind="date", date="2017-01"),
    P("This morning 12 people were hurt.", "This morning", "this-morning-then-count", kind="date", date="2016-12-11TMO"),
]

TIMES = [
    P("The alarm went off at 10:30:15.", "10:30:15", "clock-seconds-at", kind="time", date="2016-12-11T10:30:15"),
    P("The quake struck in 04:17:22 GMT.", "04:17:22 GMT", "clock-seconds-in-with-zone", kind="time", date="2016-12-11T04:17:22Z"),
    P("The quake struck at 4:17 a.m. on December 11, 2016.", "4:17 a.m.", "clock-am-with-day", kind="time", date="2016-12-11T04:17"),
    P("The quake struck at 4:17 a.m.", "4:17 a.m.", "clock-am-partial", kind="time", date="2016-12-11T04:17"),
    P("The train left at 7.50pm yesterday.", "7.50pm yesterday", "dotted-pm", kind="time", date="2016-12-10T19:50"),
    P("Voting closed at 10:30 GMT.", "10:30 GMT", "clock-zone", kind="time", date="2016-12-11T10:30Z"),
    P("Voting closed at noon today.", "noon today", "noon-today", kind="time", date="2016-12-11T12:00"),
    P("The curfew starts at seven o'clock.", "seven o'clock", "word-oclock", kind="time", date="2016-12-11T07:00"),
    P("They met at half past eight.", "half past eight", "half-past", kind="time", date="2016-12-11T08:30"),
    P("They met at a quarter to 8 in the morning.", "a quarter to 8 in the morning", "quarter-to", kind="time", date="2016-12-11T07:45"),
    P("They met at 8 o'clock in the evening.", "8 o'clock in the evening", "oclock-evening", kind="time", date="2016-12-11T20:00"),
    P("They met at 8 in the evening.", "8 in the evening", "hour-in-the-evening", kind="time", date="2016-12-11T20:00"),
    P("The curfew starts at midnight.", "midnight", "midnight", kind="time", date="2016-12-11T00:00"),
    P("It started at 9am on Monday, 5 December 2016.", "9am", "am-no-dots", kind="time", date="2016-12-05T09:00"),
    P("At about 5:30 a.m. Wednesday morning, a blast hit.", "about 5:30 a.m. Wednesday morning", "day-from-part-of-day", kind="time", date="2016-12-07T05:30"),
]

DURATIONS = [
    # a clock with seconds after `in`, `of`, `clocked`: a race time, not a time of day
    P("Kipchoge finished in 2:03:45.", "2:03:45", "race-time-finished-in", kind="duration", duration="PT2H3M45S", unit="hour", value=2.0625),
    P("The marathon record of 2:01:39 still stands.", "2:01:39", "race-time-record-of", kind="duration", duration="PT2H1M39S"),
    P("He clocked 1:59:40 in Vienna.", "1:59:40", "race-time-clocked", kind="duration", duration="PT1H59M40S"),
    P("She won the 10km in 0:31:05.", "0:31:05", "race-time-under-an-hour", kind="duration", duration="PT31M5S"),
    P("It must be done within 48 hours.", "within 48 hours", "within-hours", kind="duration", duration="PT48H", value=48.0, unit="hour", qualifier="<=", high=48.0),
    P("The siege lasted three months.", "three months", "months", kind="duration", duration="P3M", value=3.0, unit="month", qualifier="="),
    P("It is a 15-year mission.", "15-year", "adjectival-years", kind="duration", duration="P15Y", value=15.0, unit="year"),
    P("It took a decade.", "a decade", "decade", kind="duration", duration="P10Y", unit="decade"),
    P("He served two and a half years.", "two and a half years", "two-and-a-half", kind="duration", duration="P2.5Y", value=2.5),
    P("He waited 2 weeks.", "2 weeks", "weeks", kind="duration", duration="P2W", unit="week"),
    P("He waited 3 days.", "3 days", "days", kind="duration", duration="P3D", unit="day"),
    P("He waited 5 minutes.", "5 minutes", "minutes", kind="duration", duration="PT5M", unit="minute"),
    P("He waited 30 seconds.", "30 seconds", "seconds", kind="duration", duration="PT30S", unit="second"),
    P("The lap took 3h in the rain.", "3h", "hours-abbrev", kind="duration", duration="PT3H", unit="hour"),
    P("He waited another week.", "another week", "another", kind="duration", duration="P1W"),
    P("It took less than five minutes.", "less than five minutes", "less-than", kind="duration", duration="PT5M", qualifier="<", high=5.0),
    P("It lasted more than two years.", "more than two years", "more-than", kind="duration", duration="P2Y", qualifier=">", low=2.0),
    P("It lasted about 10 years.", "about 10 years", "about", kind="duration", duration="P10Y", qualifier="~"),
    P("It lasted nearly a week.", "nearly a week", "nearly", kind="duration", duration="P1W", qualifier="~"),
    P("It lasted some 20 days.", "some 20 days", "some", kind="duration", duration="P20D", qualifier="~"),
    P("Over the last 24 hours, 10,000 fled.", "the last 24 hours", "last-24-hours", kind="duration", duration="PT24H", qualifier="="),
    P("In the past 24 hours, 10,000 fled.", "the past 24 hours", "past-24-hours", kind="duration", duration="PT24H"),
    P("In the past decade, little changed.", "the past decade", "the-past-decade", kind="duration", duration="P10Y"),
    P("It takes half an hour.", "half an hour", "half-an-hour", kind="duration", duration="PT0.5H", value=0.5),
    P("The flight took three hours and 20 minutes.", "three hours and 20 minutes", "composite", kind="duration", duration="PT3H20M", unit="hour"),
    P("He was jailed for four years and eight months.", "four years and eight months", "composite-years", kind="duration", duration="P4Y8M"),
    P("It took two-and-a-half years.", "two-and-a-half years", "hyphenated-half", kind="duration", duration="P2.5Y"),
    P("It takes 10-15 years.", "10-15 years", "range", kind="duration", qualifier="range", low=10.0, high=15.0, unit="year"),
    P("It takes two to three years.", "two to three years", "word-range", kind="duration", qualifier="range", low=2.0, high=3.0),
]

SETS = [
    P("It happens every year.", "every year", "every-year", kind="set", duration="P1Y"),
    P("It happens each day.", "each day", "each-day", kind="set", duration="P1D"),
    P("It is published weekly.", "weekly", "weekly", kind="set", duration="P1W"),
    P("It is held annually.", "annually", "annually", kind="set", duration="P1Y"),
    P("The war costs $9.6 billion a day.", "a day", "money-a-day", kind="set", duration="P1D"),
    P("About 300 people per year die.", "per year", "per-year", kind="set", duration="P1Y"),
    P("They meet twice a week.", "twice a week", "twice-a-week", kind="set", duration="P1W", value=2.0),
    P("They meet every two weeks.", "every two weeks", "every-two-weeks", kind="set", duration="P2W"),
    P("They meet every Monday.", "every Monday", "every-weekday", kind="set", duration="P1W", date="XXXX-WXX-1"),
    P("Shops close on Sundays.", "on Sundays", "plural-weekday", kind="set", duration="P1W", date="XXXX-WXX-7"),
]

#: Issue #10: years in passing, reporting periods, clocks, direction, ranges, vague plurals, odd casing.
NEWSROOM = [
    P("Rebels broke a 2014 ceasefire.", "2014", "year-after-a", kind="date", date="2014"),
    P("Her 2019 re-election bid failed.", "2019", "year-after-her", kind="date", date="2019"),
    P("He cited a 1998 treaty.", "1998", "year-after-a-treaty", kind="date", date="1998"),
    P("The bonds are due 2031.", "2031", "due-year", kind="date", date="2031"),
    P("Floods hit in 2005, 2006 and 2007.", "2006", "year-list-middle", kind="date", date="2006"),
    P("Floods hit in 2005, 2006 and 2007.", "2007", "year-list-last", kind="date", date="2007"),
    P("The 1999/2000 season was wet.", "1999/2000", "split-year-slash-full", kind="date", date="1999/2000", qualifier="range"),
    P("The 2021-22 budget passed.", "2021-22", "split-year-dash", kind="date", date="2021/2022", qualifier="range"),
    P("It was built in 2008-2012.", "2008-2012", "year-range-after-in", kind="date", date="2008/2012", qualifier="range"),
    P("Sales fell in fiscal 1994.", "fiscal 1994", "fiscal-year", kind="date", date="FY1994"),
    P("Revenue will grow next fiscal year.", "next fiscal year", "next-fiscal-year", kind="date", date="FY2017"),
    P("Guidance for FY2025 was cut.", "FY2025", "fy-glued", kind="date", date="FY2025"),
    P("Guidance for FY 2024/25 was cut.", "FY 2024/25", "fy-split-ends", kind="date", date="FY2025"),
    P("Profit in Q2FY24 rose.", "Q2FY24", "fiscal-quarter", kind="date", date="FY2024-Q2"),
    P("Profit in 4Q22 rose.", "4Q22", "quarter-number-first", kind="date", date="2022-Q4"),
    P("Margins improved in 1H2023.", "1H2023", "half-number-first", kind="date", date="2023-H1"),
    P("Margins will improve in H2.", "H2", "bare-half-future", ref=dt.date(2016, 5, 1), kind="date", date="2016-H2"),
    P("Second-half profit fell.", "Second-half", "second-half-adjective", kind="date", date="2016-H2"),
    P("Profit rose in the second half-year.", "the second half-year", "half-year", kind="date", date="2016-H2"),
    P("The loan runs six mths.", "six mths", "mths", kind="duration", duration="P6M"),
    P("Profit fell at the end of last year.", "the end of last year", "end-of-last-year", kind="date", date="2015", modifier="END"),
    P("Sales rose from the same period a year earlier.", "the same period a year earlier", "a-year-earlier", kind="date", date="2015"),
    P("Trading opened at 0945 EST (1445 GMT).", "0945 EST", "mil-clock-est", kind="time", date="2016-12-11T09:45-05:00"),
    P("Trading opened at 0945 EST (1445 GMT).", "1445 GMT", "mil-clock-gmt-bracket", kind="time", date="2016-12-11T14:45Z"),
    P("The deadline is 2200 GMT.", "2200 GMT", "mil-clock-gmt", kind="time", date="2016-12-11T22:00Z"),
    P("Polls will close at 1100 EDT June 3.", "1100 EDT June 3", "mil-clock-with-date", kind="time", date="2017-06-03T11:00-04:00"),
    P("Polls closed at 2200 GMT on Thursday.", "2200 GMT on Thursday", "mil-clock-on-weekday", kind="time", date="2016-12-08T22:00Z"),
    P("Flights are expected to resume at 0600 on Thursday.", "0600 on Thursday", "mil-clock-at-on", kind="time", date="2016-12-15T06:00"),
    P("Troops moved at 0600 hrs.", "0600 hrs", "mil-clock-hrs", kind="time", date="2016-12-11T06:00"),
    P("Talks ran at 9:30 a.m. CET.", "9:30 a.m. CET", "ampm-zone-offset", kind="time", date="2016-12-11T09:30+01:00"),
    P("Shelling lasted midday.", "midday", "midday", kind="time", date="2016-12-11T12:00"),
    P("A dividend payable July 15 was declared.", "July 15", "payable-future", kind="date", date="2017-07-15"),
    P("Sales in the first nine months of the fiscal year rose 4%.", "the first nine months of the fiscal year",
      "months-of-the-fiscal-year", kind="duration", duration="P9M"),
    P("The next release is due in mid-April.", "mid-April", "modified-month-no-tense-nearest", ref=dt.date(2024, 3, 13),
      kind="date", date="2024-04"),
    P("In early January, U.S. Customs officials reported the seizure.", "early January", "initialism-no-sentence-end",
      ref=dt.date(2009, 10, 3), kind="date", date="2009-01"),
    P("More meetings are set for the 22nd July.", "the 22nd July", "are-set-future", ref=dt.date(2006, 7, 20), kind="date",
      date="2006-07-22"),
    P("A hearing is scheduled for Friday.", "Friday", "is-scheduled-future", ref=dt.date(2009, 1, 10), kind="date",
      date="2009-01-16"),
    P("It reported on the year to end September 30.", "September 30", "to-end-future", kind="date", date="2017-09-30"),
    P("The offer is valid until March 10.", "March 10", "no-tense-nearest", kind="date", date="2017-03-10"),
    P("The hearing was adjourned until December 22.", "December 22", "until-past-tense-nearest", kind="date",
      date="2016-12-22"),
    P("He was held until November 30 and then freed.", "November 30", "until-past-tense-nearest-back", kind="date",
      date="2016-11-30"),
    P("It asked the court to sit daily until the end of January.", "the end of January", "until-end-of-month-nearest",
      kind="date", date="2017-01"),
    P("It forecast growth in the final quarter.", "the final quarter", "forecast-quarter", ref=dt.date(2016, 8, 1), kind="date", date="2016-Q4"),
    P("Police said he was shot on Friday evening.", "Friday evening", "friday-evening-past", kind="date", date="2016-12-09TEV"),
    P("The exchange, closed since Friday, will reopen.", "Friday", "since-weekday-past", kind="date", date="2016-12-09"),
    P("It said flights would be grounded from Monday to Wednesday.", "Monday to Wednesday", "weekday-range-would", kind="date", date="2016-12-12/2016-12-14", qualifier="range"),
    P("Profit for the April-June period rose.", "the April-June period", "month-dash-range", kind="date", date="2016-04/2016-06", qualifier="range"),
    P("Cases rose during 1996--1999.", "1996--1999", "double-hyphen-years", kind="date", date="1996/1999", qualifier="range"),
    P("Cases rose during September--December 1999.", "September--December 1999", "months-year-once", kind="date", date="1999-09/1999-12", qualifier="range"),
    P("Growth slowed earlier in the year.", "earlier in the year", "earlier-in-the-year", kind="date", date="2016"),
    P("Bills of 3 years or less were bought.", "3 years or less", "or-less", kind="duration", qualifier="<=", duration="P3Y"),
    P("Strikes are planned from 3 to 19 this month.", "3 to 19 this month", "day-range-this-month", kind="date", date="2016-12-03/2016-12-19", qualifier="range"),
    P("The fair ran 3-19 March 2016.", "3-19 March 2016", "day-range-month-year", kind="date", date="2016-03-03/2016-03-19", qualifier="range"),
    P("The fair ran March 3 to 19, 2015.", "March 3 to 19, 2015", "day-range-month-first", kind="date", date="2015-03-03/2015-03-19", qualifier="range"),
    P("The curfew runs 0800 to 1030 local time.", "0800 to 1030 local time", "clock-range", kind="time", date="2016-12-11T08:00/2016-12-11T10:30", qualifier="range"),
    P("He served between 2012 and 2016.", "2012 and 2016", "between-years-one-row", kind="date", date="2012/2016", qualifier="range"),
    P("He served from 5 March 2001 to 9 June 2002.", "5 March 2001 to 9 June 2002", "from-date-to-date", kind="date", date="2001-03-05/2002-06-09", qualifier="range"),
    P("The family waited for years.", "years", "for-years", kind="duration", duration="PXY", qualifier="~", unit="year"),
    P("Hours later the ceasefire collapsed.", "Hours", "hours-later", kind="duration", duration="PTXH"),
    P("Within weeks the town fell.", "weeks", "within-weeks", kind="duration", duration="PXW"),
    P("Over the past week, prices rose.", "the past week", "the-past-week", kind="duration", duration="P1W"),
    P("The flight took 3 hours, 12 minutes and 40 seconds.", "3 hours, 12 minutes and 40 seconds", "compound-duration",
      kind="duration", duration="PT3H12M40S", unit="hour", value=3.211111),
    P("The vote will be on June Seven.", "June Seven", "spelled-day", kind="date", date="2017-06-07"),
    P("Shares listed on MAr 12, 2015.", "MAr 12, 2015", "odd-case-month", kind="date", date="2015-03-12"),
    P("Results come on FEB 3, 2015.", "FEB 3, 2015", "upper-case-month", kind="date", date="2015-02-03"),
    # a month, then a count at the start of the clause: a grouped count (3,000) or one over 31 is no day
    P("Since March 3,000 homes have lost power.", "March", "since-month-then-thousands", kind="date", date="2016-03"),
    P("In December 2,500 people were laid off.", "December", "in-month-then-thousands", kind="date", date="2016-12"),
    P("By October 10,000 had signed.", "October", "by-month-then-ten-thousands", kind="date", date="2016-10"),
    P("Since May 125,000 jobs have gone.", "May", "since-month-then-hundred-thousands", kind="date", date="2016-05"),
    P("Until June 40 flights a day will run.", "June", "until-month-then-number-over-31", kind="date", date="2017-06"),
    P("Calling October 2,000 times a day.", "October", "bare-month-then-thousands", kind="date", date="2016-10"),
]

D = dt.date
#: TimeML news (issue #10, data/gold/temporal-timeml-dev.jsonl): TimeML's extents keep `the`, `late`,
#: `early`; periods a year before a named one; seasons, halves and years in passing without a year.
TIMEML_NEWS = [
    # extent: modifiers and determiners belong to the expression
    P("Ford said late yesterday that profit fell.", "late yesterday", "late-yesterday", kind="date", date="2016-12-10", modifier="END"),
    P("Troops crossed the border early Thursday.", "early Thursday", "early-weekday", kind="date", date="2016-12-08", modifier="START"),
    P("The 20th century ended quietly.", "The 20th century", "the-century", kind="date", date="19"),
    P("Output fell in the previous quarter.", "the previous quarter", "the-previous-quarter", ref=D(1991, 5, 16), kind="date", date="1991-Q1"),
    P("Its fiscal third quarter ended June 25.", "fiscal third quarter", "fiscal-quarter-words", ref=D(1993, 7, 15), kind="date", date="FY1993-Q3"),
    # durations vs dates: `the past 12 months` is a duration, its `the` in the extent
    P("Over the past 12 months, prices rose 1.4 percent.", "the past 12 months", "the-past-12-months", kind="duration", duration="P12M", qualifier="="),
    P("For the first nine months, the bank earned $412 million.", "the first nine months", "first-nine-months", kind="duration", duration="P9M", value=9.0),
    P("Revenue for the first six months of the year was flat.", "the first six months of the year", "first-months-of-the-year", kind="duration", duration="P6M"),
    P("It will spend the next four years rebuilding.", "the next four years", "the-next-four-years", kind="duration", duration="P4Y"),
    P("It earned $50 million in the three months ended Sept. 30.", "the three months", "the-three-months", kind="duration", duration="P3M"),
    # a period a year before another (anaphora): one row, the year before ref's without its anchor
    P("Profit fell from the same period last year.", "the same period last year", "same-period-last-year", kind="date", date="2015"),
    P("The loss compared with one in the year-earlier quarter.", "the year-earlier quarter", "year-earlier-quarter", kind="date", date="2015"),
    # seasons and halves without a year, by the tense
    P("The recession will end by summer, officials said.", "summer", "season-alone-future", ref=D(1991, 5, 16), kind="date", date="1991-SU"),
    P("Most banks finished testing in the summer.", "the summer", "season-alone-past", ref=D(1999, 12, 20), kind="date", date="1999-SU"),
    P("Economists expect growth to resume in the spring, but not much.", "the spring", "season-alone-next-year", ref=D(1991, 12, 31), kind="date", date="1992-SP"),
    P("The vote will have to wait until fall, he said.", "fall", "season-deadline-is-next", ref=D(2005, 6, 23), kind="date", date="2005-FA"),
    P("Intel forecast higher sales in the second half.", "the second half", "the-second-half-figures", ref=D(1996, 7, 19), kind="date", date="1996-H2"),
    # decades and centuries as anchors of modifiers
    P("It will spend $1.5 billion a year through the end of the decade.", "the end of the decade", "end-of-the-decade", ref=D(1998, 1, 27), kind="date", date="199", modifier="END"),
    # years after `of`; AP abbreviated months after a preposition
    P("For all of 1993, sales grew 6.1 percent.", "1993", "all-of-year", kind="date", date="1993"),
    P("It was the biggest rise since the crisis of 1987, traders said.", "1987", "noun-of-year", kind="date", date="1987"),
    P("It was the highest finish since Aug. 2.", "Aug. 2", "since-abbreviated-month-day", ref=D(1991, 2, 6), kind="date", date="1990-08-02"),
    # anchoring: a futures month is the next one; `agreed` is a past form
    P("Crude oil for August delivery rose 31 cents.", "August", "futures-month", ref=D(1994, 6, 30), kind="date", date="1994-08"),
    P("OPEC agreed late Wednesday to hold output steady.", "late Wednesday", "agreed-is-past", ref=D(1994, 6, 30), kind="date", date="1994-06-29"),
    P("It marks the 2008 Year of the Frog.", "2008", "the-year-then-unit-word", kind="date", date="2008"),
    P("Yes, you could have operated on Saturday.", "Saturday", "could-have-is-past", ref=D(2010, 4, 21), kind="date", date="2010-04-17"),
    P("A re-ballot would have to occur before June 10.", "June 10", "would-have-to-is-future", ref=D(2008, 3, 20), kind="date", date="2008-06-10"),
    P("Traders said prices could climb higher over the weekend.", "the weekend", "could-is-future", ref=D(1990, 8, 3), kind="date", date="1990-W31-WE"),
    P("Opium output soared since the three years ago.", "three years ago", "the-before-ago", kind="date", date="2013"),
    P("Iraq invaded Kuwait in August of 1990, however.", "August of 1990", "month-of-year", kind="date", date="1990-08"),
    # a deadline lies ahead
    P("The union has set a strike deadline of Wednesday.", "Wednesday", "deadline-is-ahead", ref=D(1990, 6, 25),
      kind="date", date="1990-06-27"),
    # a clock right before its day is one row (TimeML; issue #10): `9 PM Friday evening`
    P("He was shot at 9 PM Friday evening.", "9 PM Friday evening", "clock-before-weekday", kind="time", date="2016-12-09T21:00"),
    P("The strike began at 12:01 a.m. Wednesday.", "12:01 a.m. Wednesday", "clock-before-weekday-am",
      kind="time", date="2016-12-07T00:01"),
    P("Trading resumes at 6 a.m. today.", "6 a.m. today", "clock-before-today", kind="time", date="2016-12-11T06:00"),
    P("Polls open Friday at 9pm.", "9pm", "day-at-clock-stays-apart", kind="time", date="2016-12-16T21:00"),  # a plural
    # timetable verb after a plural subject speaks of the coming Friday (`Polls open`, as `opens`; branch lang9b)
    # a clock with no day in its sentence takes the day the sentence before names
    P("Stocks plunged yesterday. The exchange closed at 3:30 p.m. EST.", "3:30 p.m. EST", "clock-day-of-previous-sentence",
      kind="time", date="2016-12-10T15:30-05:00"),
    P("The last, on March 27, killed two. It happened at 9:45pm local time.", "9:45pm local time", "clock-background-date-not-taken",
      kind="time", date="2016-12-11T21:45"),
]

#: Health-statistics periods (MMWR style, issue #10): month ranges written with a hyphen, surveillance
#: weeks, years in comparisons and tables, and dates anchored on the dates written beside them.
HEALTH_PERIODS = [
    P("Isolates were reported during July-August 1999.", "July-August 1999", "hyphen-month-range-year",
      kind="date", date="1999-07/1999-08", qualifier="range"),
    P("No cases occurred during March-May 1999 at the hospital.", "March-May 1999", "hyphen-month-range-mid",
      kind="date", date="1999-03/1999-05"),
    P("Deaths during October 1998-April 1999 were reviewed.", "October 1998-April 1999", "hyphen-month-year-range",
      kind="date", date="1998-10/1999-04"),
    P("Activity during October 3, 1999-February 26, 2000, was low.", "October 3, 1999-February 26, 2000",
      "hyphen-day-range", kind="date", date="1999-10-03/2000-02-26"),
    P("Cases rose during January 2020–March 2021.", "January 2020–March 2021", "dash-month-range", kind="date",
      date="2020-01/2021-03"),
    P("Fertility fell between the 1960s and late 1980s.", "the 1960s and late 1980s", "decade-range",
      kind="date", date="196/198"),
    P("Data were abstracted from daily ED logs.", "daily", "daily-before-acronym", kind="set", duration="P1D"),
    P("Activity peaked during the week ending December 25, 1999 (week 51).", "week 51", "week-beside-date",
      kind="date", date="1999-W51"),
    P("Activity peaked on January 15, 2000 (week 2).", "week 2", "week-after-new-year", kind="date", date="2000-W02"),
    P("Activity peaked during the week ending January 1 (week 52).", "week 52", "week-before-new-year",
      ref=dt.date(2000, 3, 10), kind="date", date="1999-W52"),
    P("Cases peaked in MMWR week 12.", "MMWR week 12", "mmwr-week-from-ref", kind="date", date="2016-W12"),
    P("Cases rose in epidemiologic week 50.", "epidemiologic week 50", "epi-week-last-year", ref=dt.date(2016, 3, 1),
      kind="date", date="2015-W50"),
    P("Data from 4 days in September 1998 (September 13 and 15) were compared.", "September 13",
      "same-month-takes-year", kind="date", date="1998-09-13"),
    P("In March 2011, protests began; on March 15, troops fired.", "March 15", "same-month-in-sentence",
      kind="date", date="2011-03-15"),
    P("Cases occurred during January, February, and December 2000.", "January", "month-list-year-at-end",
      kind="date", date="2000-01"),
    P("Sales rose in January, February and March 2019.", "February", "month-list-and", kind="date", date="2019-02"),
    P("The rate fell from 1993 (25.0% [95% CI= + 0.7]) to 1999 (23.5%).", "1999", "year-before-bracketed-figure",
      kind="date", date="1999"),
    P("Data for 2000 (23.3%) suggest a decline.", "2000", "for-year-before-figure", kind="date", date="2000"),
    P("1993 data were compared with 1999 data.", "1999", "year-before-data", kind="date", date="1999"),
    P("For 2010, the proposed objective is 90%.", "2010", "for-year-comma", kind="date", date="2010"),
    P("It anticipates a $22 million shortfall for 2007.", "2007", "for-year-full-stop", kind="date", date="2007"),
    P("Born 1930, he served as emir.", "1930", "born-year", kind="date", date="1930"),
    P("It is in Suffolk County (1999 population: 1,383,847).", "1999", "bracketed-year-noun", kind="date",
      date="1999"),
]

#: Anaphoric periods (TimeML): the period of that kind named last before them.
ANAPHORS = [
    P("Profit rose in the first quarter of 2019. Revenue for the quarter was $3 million.", "the quarter",
      "the-quarter", kind="date", date="2019-Q1"),
    P("The company earned $2 million in 2018. For the year, sales rose 4%.", "the year", "the-year", kind="date",
      date="2018"),
    P("Sales fell in the fourth quarter of 2015; in the year, they rose.", "the year", "the-year-of-quarter",
      kind="date", date="2015"),
    P("From March 1 through April 30, 2020, 300 cases were reported. During the period, 12 died.", "the period",
      "the-period-range", kind="date", date="2020-03-01/2020-04-30"),
    P("Output shrank in July-September, the government said. It fell 2.6 percent in the quarter.", "the quarter",
      "the-quarter-of-months", ref=dt.date(1998, 11, 16), kind="date", date="1998-Q3"),
    P("Police will guard the Christmas holidays, fearing attacks like those on Christmas Eve 2000.", "Christmas",
      "holiday-keeps-its-own-year", ref=dt.date(2005, 12, 10), kind="date", date="2005-12-25"),
    P("During 1997--1999, 338 cases were reported; during the period, none was imported.", "the period",
      "the-period-years", kind="date", date="1997/1999"),
]

#: Dates counted from a date of the text, anchored on the last one named before them (TimeML), else on ref.
RELATIVE_TO_TEXT = [
    P("Rescuers found the last survivor on Sunday. The next day, FBI agents arrived.", "The next day",
      "the-next-day-after-weekday", ref=dt.date(1998, 8, 12), kind="date", date="1998-08-10"),
    P("Police arrested two men early Thursday. They had been stopped in Baltimore the day before, but were let go.",
      "the day before", "the-day-before", ref=dt.date(2002, 10, 24), kind="date", date="2002-10-23"),
    P("The strike began on March 3, 2004. The following day, the mines closed.", "The following day",
      "the-following-day-after-date", ref=dt.date(2004, 4, 1), kind="date", date="2004-03-04"),
    P("The vote was held on May 9, and the results came the day after.", "the day after",
      "the-day-after", ref=dt.date(2010, 6, 1), kind="date", date="2010-05-10"),
    P("The fighting began July 12; two days later, Israel imposed a blockade.", "two days later",
      "n-days-later", ref=dt.date(2006, 7, 19), kind="date", date="2006-07-14"),
    P("The plant opened in March 1995. Three years later it closed.", "Three years later",
      "n-years-later", ref=dt.date(2004, 1, 5), kind="date", date="1998"),
    P("The bridge was declared deficient in 1990, and inspectors found cracks the following year.",
      "the following year", "the-following-year", ref=dt.date(2007, 8, 2), kind="date", date="1991"),
    P("He was arrested in June 2001 and charged the previous month with fraud.", "the previous month",
      "the-previous-month", ref=dt.date(2003, 1, 5), kind="date", date="2001-05"),
    P("Talks resumed yesterday, two weeks after they collapsed.", "yesterday", "yesterday-stays",
      ref=dt.date(2009, 3, 4), kind="date", date="2009-03-03"),
    P("The results came out. The next day, shares fell.", "The next day", "the-next-day-without-antecedent",
      ref=dt.date(2009, 3, 4), kind="date", date="2009-03-05"),
    P("Talks broke down in 1999, and resumed two years ago.", "two years ago", "ago-stays-on-ref",
      ref=dt.date(2009, 3, 4), kind="date", date="2007"),
    P("He was arrested Monday. Around 10pm the previous night, he fled.", "Around 10pm the previous night",
      "clock-with-the-previous-night", ref=dt.date(2005, 8, 17), kind="time", date="2005-08-14T22:00"),
    P("He was arrested Monday after a fight the previous evening.", "the previous evening", "the-previous-evening",
      ref=dt.date(2002, 4, 9), kind="date", date="2002-04-07TEV"),
    P("The trial opened Monday, and the judge heard statements the following morning.", "the following morning",
      "the-following-morning", ref=dt.date(2002, 4, 9), kind="date", date="2002-04-09TMO"),
]

#: A participle after stay/remain is no past tense: `will stay closed until Saturday` looks ahead.
STAY_PARTICIPLE = [
    P("The airspace will stay closed until at least Saturday.", "Saturday", "will-stay-closed-until-weekday",
      ref=dt.date(2010, 4, 16), kind="date", date="2010-04-17"),
    P("The schools will remain closed until Monday.", "Monday", "will-remain-closed-until-weekday",
      ref=dt.date(2010, 4, 16), kind="date", date="2010-04-19"),
    P("The schools were closed on Monday.", "Monday", "were-closed-weekday-stays-past",
      ref=dt.date(2010, 4, 16), kind="date", date="2010-04-12"),
]

#: TimeML extents: modifiers belong to the expression, determiners of a noun the date qualifies do not.
TIMEML_EXTENTS = [
    P("The race was still too close to call early this morning.", "early this morning", "early-this-morning",
      ref=dt.date(1999, 11, 3), kind="date", date="1999-11-03TMO"),
    P("The Security Council will meet later today.", "later today", "later-today", ref=dt.date(2006, 10, 9),
      kind="date", date="2006-10-09"),
    P("The talks ended earlier today.", "earlier today", "earlier-today", ref=dt.date(2006, 10, 9), kind="date",
      date="2006-10-09"),
    P("The deal was struck late last night.", "late last night", "late-last-night", ref=dt.date(2006, 10, 9),
      kind="date", date="2006-10-08TNI"),
    P("Doping samples from the summer of 2004 will be kept.", "the summer of 2004", "the-season-of-year",
      kind="date", date="2004-SU"),
    P("Gore conceded 36 days after the Nov. 7 vote.", "Nov. 7", "the-is-the-nouns", ref=dt.date(2000, 12, 14),
      kind="date", date="2000-11-07"),
    P("Wall Street reopened after the Sept. 11 attacks.", "Sept. 11", "the-is-the-nouns-sept-11",
      ref=dt.date(2001, 9, 18), kind="date", date="2001-09-11"),
    P("It was the end of a year-long effort.", "year-long", "a-year-long", kind="duration", duration="P1Y",
      value=1.0, unit="year"),
    P("Workers began a month-long strike.", "month-long", "a-month-long", kind="duration", duration="P1M"),
    P("The city endured a months-long siege.", "months-long", "a-months-long-is-vague", kind="duration",
      duration="PXM", unit="month"),
]

POSITIVE = (ABSOLUTE_DATES + RELATIVE_DATES + TIMES + DURATIONS + SETS + NEWSROOM + TIMEML_NEWS + HEALTH_PERIODS + ANAPHORS
            + RELATIVE_TO_TEXT + TIMEML_EXTENTS + STAY_PARTICIPLE)


@pytest.mark.parametrize("text, span, want, ref, day_first", POSITIVE)
def test_finds(text: str, span: str, want: dict, ref: dt.date | None, day_first: bool) -> None:
    start = text.index(span)
    rows = find_temporal(text, ref, day_first=day_first)
    got = [f for f in rows if (f.start, f.end) == (start, start + len(span))]
    assert got, f"no row for {span!r}; got {[(text[f.start:f.end], f.kind) for f in rows]}"
    row = got[0]
    for field, value in want.items():
        assert getattr(row, field) == value, f"{field}: {getattr(row, field)!r} != {value!r}"


def N(text: str, span: str, id: str):
    return pytest.param(text, span, id=id)


NEGATIVE = [
    N("Rates were left unchanged Wednesday, the first time in a year.", "the first", "weekday-then-ordinal-noun"),
    N("Shares fell on Monday the second day running.", "the second", "weekday-then-ordinal-noun-no-comma"),
    N("The next Summer Games open in Beijing in August 2008.", "next Summer", "season-of-an-event-name"),
    N("Revenue in the year to March rose.", "the year", "year-to-month-no-anaphor"),
    N("In 2015 sales rose; in the period that followed they fell.", "the period", "period-that-no-anaphor"),
    N("Weeks 2-5 of the trial: week 3 to 4 were hard.", "week 3", "week-range-not-a-week"),
    N("He paid for 2000 (tax included).", "2000", "for-count-before-bracket"),
    N("Home sales fell 16% since 1968. Prices fell too. Sales rose 4.9% for the year.", "the year", "the-year-too-far"),

    N("June Carter sang.", "June", "month-name-is-a-person"),
    N("The Good Friday Agreement held.", "Friday", "good-friday-agreement"),
    N("Prices are now lower than they were recently.", "now", "now-is-no-row"),
    N("The Daily Telegraph reports it.", "Daily", "daily-telegraph"),
    N('"This is a day of happiness and joy," he said.', "a day", "a-day-named"),
    N("He paid $48 for it.", "48", "money"),
    N("We went home.", "We", "we-pronoun"),
    N("He may come back.", "may", "may-verb"),
    N("They will March on the capital.", "March", "march-verb-no-context"),
    N("Some 2000 people attended.", "2000", "counted-noun"),
    N("He scored twice in the second half.", "second half", "match-half-no-date"),
    N("A total of 2000 votes were cast.", "2000", "total-of-count"),
    N("The children went to summer camp and in summer school.", "summer school", "season-before-noun"),
    N("Investors were able to profit from the fall. Gold rose.", "fall", "fall-is-a-decline"),
    N("Streaming may be a culprit in the fall in music sales.", "fall", "fall-in-sales"),
    N("Donica, from Spring, Texas, was assigned to the unit.", "Spring", "spring-texas"),
    N("In 2000 cases the test failed.", "2000", "in-year-counted-noun"),
    N("The F-16 crashed.", "16", "aircraft"),
    N("COVID-19 spread fast.", "19", "disease-name"),
    N("The crowd of 2,000 cheered.", "2,000", "count-with-comma"),
    N("About 1500 people came.", "1500", "count-bare"),
    N("Call 555-1234 now.", "555-1234", "phone"),
    N("A 10-year-old boy died.", "10-year-old", "age-adjective"),
    N("The boy is 10 years old.", "10 years", "age-predicate"),
    N("The Sunday Times reported it.", "Sunday", "newspaper"),
    N("The car drove at 50 miles an hour.", "an hour", "speed"),
    N("Prices rose from 1500 to 2000.", "1500", "from-count"),
    N("Arsenal won 3-1 at home.", "3-1", "score"),
    N("Prices rose by 5 to 10 percent.", "5 to 10", "number-range-not-time"),
    N("In the second half, they scored.", "second half", "match-half"),
    N("It was the twenty second attempt.", "twenty second", "ordinal-not-seconds"),
    N("They began a second 24-hour strike.", "a second", "a-second-ordinal"),
    N("In May 2,000 people marched.", "2,000", "may-then-thousands"),
    N("Since March 3,000 homes have lost power.", "3,000", "month-then-thousands-no-day"),
    N("Until June 40 flights a day will run.", "40", "month-then-number-over-31-no-day"),
    N("He ran a 1500 metre race.", "1500", "count-after-a"),
    N("A 2000 mile trip.", "2000", "count-miles-after-a"),
    N("Shares traded after hours on Monday.", "hours", "after-hours"),
    N("H2 fuel cells are cheap.", "H2", "hydrogen"),
    N("In the second half, they scored.", "second", "second-half-match"),
    N("Prices rose 3 to 5 pct in March.", "3 to 5", "range-before-percent"),
    N("He is 2000 miles away.", "2000", "count-miles"),
    N("Fed funds were trading at 6-1/16 pct.", "6-1/16", "mixed-separators-fraction"),
    N("The bond rose 1-1/32 to 99-3/32.", "1-1/32", "mixed-separators-bond-price"),
]


def X(text: str, span: str, id: str, reason: str, **want: object):
    return pytest.param(text, span, want, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


#: Forms decided against: each stays visible with its reason.
DECIDED_AGAINST = [
    X("Sales in the quarter fell.", "the quarter", "anaphoric-quarter-without-antecedent",
      "an anaphoric `the quarter` names a period of the text, not of the reference date: with no quarter "
      "named before it, it is no row", date="2016-Q4"),
]


@pytest.mark.parametrize("text, span, want", DECIDED_AGAINST)
def test_decided_against(text: str, span: str, want: dict) -> None:
    start = text.index(span)
    rows = [f for f in find_temporal(text, REF) if (f.start, f.end) == (start, start + len(span))]
    assert rows and all(getattr(rows[0], k) == v for k, v in want.items())


@pytest.mark.parametrize("text, span", NEGATIVE)
def test_not_temporal(text: str, span: str) -> None:
    start = text.index(span)
    end = start + len(span)
    rows = find_temporal(text, REF)
    bad = [(text[f.start:f.end], f.kind) for f in rows if f.start < end and start < f.end]
    assert not bad


def test_year_in_full_date_is_one_row() -> None:
    text = "It happened on December 11, 2016."
    rows = find_temporal(text, REF)
    assert [(text[f.start:f.end], f.kind) for f in rows] == [("December 11, 2016", "date")]


def test_between_years_is_one_interval() -> None:
    text = "Between 2010 and 2012 prices rose, in 2005, 2006 and 2007 too."
    assert [f.date for f in find_temporal(text, REF)] == ["2010/2012", "2005", "2006", "2007"]


INFER = [
    pytest.param("WASHINGTON, Dec. 11 (Reuters) - On December 9, 2016, talks ...", dt.date(2016, 12, 11), id="dateline-no-year"),
    pytest.param("Sunday, December 11, 2016\nAleppo ...", dt.date(2016, 12, 11), id="opening-date"),
    pytest.param("LONDON, March 3, 2012 - Prices rose.", dt.date(2012, 3, 3), id="dateline-with-year"),
    pytest.param("It began on 1 June 2011 and ended on 3 May 2012.", dt.date(2012, 5, 3), id="latest-full-date"),
    pytest.param("It began in March 2011.", None, id="month-only"),
    pytest.param("No date here at all.", None, id="none"),
]


@pytest.mark.parametrize("text, want", INFER + [
    pytest.param("Filed 12/11/16 and amended 3/1/17.", dt.date(2017, 3, 1), id="two-digit-years"),
    pytest.param("From 5 March 2001 to 9 June 2002, and on Sunday, the 11th of December, 2016.", dt.date(2016, 12, 11),
                 id="long-forms"),
    pytest.param("Prices rose 5% on Sunday, 400,000 people fled, " * 20 + "on 3 May 2012.", dt.date(2012, 5, 3),
                 id="date-after-many-numbers"),
])
def test_infer_reference_date(text: str, want: dt.date | None) -> None:
    assert infer_reference_date(text) == want


@pytest.mark.parametrize("text, want", INFER)
def test_infer_reference_date_reads_only_near_years(text: str, want: dt.date | None) -> None:
    """The scan for a document's date reads only the candidates a year follows: the same date as a
    scan of every candidate (equal on all 7,898 bundled corpus documents, both day orders)."""
    from numfacts.temporal import reference
    from numfacts.triggers import candidate_starts

    sample = "8 rose. " + "and so on " * 8 + "on 3 May 2012; 9 after."
    assert [sample[p:p + 5] for p in reference._near_years(sample, candidate_starts(sample))] == ["3 May", "May 2", "2012;"]
    assert infer_reference_date(text) == want


def _seed_cases() -> list:
    out = []
    for line in (ROOT / "data/gold/seed-article.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for fact in case["facts"]:
            kinds = fact["kind"] if isinstance(fact["kind"], list) else [fact["kind"]]
            if set(kinds) & {"date", "time", "duration", "set"} and not fact.get("optional"):
                out.append(pytest.param(case, fact, id=f"{fact['s']}#{fact.get('occ', 0)}"))
    return out


@pytest.mark.parametrize("case, fact", _seed_cases())
def test_seed_article(case: dict, fact: dict) -> None:
    text = case["text"]
    pos = -1
    for _ in range(fact.get("occ", 0) + 1):
        pos = text.find(fact["s"], pos + 1)
    end = pos + len(fact["s"])
    kinds = fact["kind"] if isinstance(fact["kind"], list) else [fact["kind"]]
    rows = [f for f in find_temporal(text, dt.date.fromisoformat(case["ref"])) if f.start < end and pos < f.end]
    assert len(rows) == 1 and rows[0].kind in kinds, rows
    if not fact.get("optional_fields"):
        for field in ("date", "duration", "value", "qualifier", "unit"):
            if field in fact:
                assert getattr(rows[0], field) == fact[field]


def test_seed_article_has_no_extra_temporal_rows() -> None:
    case = json.loads((ROOT / "data/gold/seed-article.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = case["text"]
    spans = []
    for fact in case["facts"]:
        pos = -1
        for _ in range(fact.get("occ", 0) + 1):
            pos = text.find(fact["s"], pos + 1)
        spans.append((pos, pos + len(fact["s"])))
    rows = find_temporal(text, dt.date.fromisoformat(case["ref"]))
    extra = [text[f.start:f.end] for f in rows if not any(f.start < e and s < f.end for s, e in spans)]
    assert extra == []


def test_no_clock_dependence() -> None:
    """The same text and reference date give the same rows, and no ref gives no relative date."""
    text = "Yesterday, 48 hours after the vote on Sunday, prices rose."
    assert find_temporal(text, REF) == find_temporal(text, REF)
    assert [f.date for f in find_temporal(text, None) if f.kind == "date"] == [None, None]


_ONE = r"(?:FY\d{4}|\d{4}|X{4}|\d{2,3})(?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI|XX|WXX))?(?:-(?:\d\d|XX|\d|WE))?(?:T(?:\d\d(?::\d\d){0,2}(?:Z|[+-]\d\d:\d\d)?|MO|AF|EV|NI))?"
_TIMEX_RE = rf"{_ONE}(?:/{_ONE})?"  # one value (a fiscal one too: FY2007, the contract's form), or an interval of two (2012/2016)


def test_invariants_on_corpus_sample() -> None:
    """On 300 Wikinews articles: spans in bounds and disjoint, kinds and TIMEX values well formed."""
    import re

    lines = (ROOT / "data/corpus/wikinews.jsonl").read_text(encoding="utf-8").splitlines()[::18]
    for line in lines:
        doc = json.loads(line)
        text = doc["text"]
        ref = dt.date.fromisoformat(doc["date"][:10]) if doc.get("date") else None
        rows = find_temporal(text, ref)
        last_end = 0
        for f in rows:
            assert 0 <= last_end <= f.start < f.end <= len(text), (doc["id"], f)
            last_end = f.end
            assert f.kind in ("date", "time", "duration", "set")
            if f.date is not None:
                assert re.fullmatch(_TIMEX_RE, f.date) or re.fullmatch(r"T(?:\d\d(?::\d\d)?|MO|AF|EV|NI)|(?:PAST|FUTURE)_REF", f.date), f.date
            if f.duration is not None:
                # ISO 8601, or TimeML's X for a vague length ("several years" -> PXY, "decades" -> PXDE)
                assert re.fullmatch(r"P(?:[\d.]+[YMWD])*(?:T(?:[\d.]+[HMS])+)?|PT?X(?:[YMWDHS]|DE|CE)", f.duration), f.duration


@pytest.mark.parametrize("text, want", [
    pytest.param("They meet in Montreal from September 21 to 23, officials said.", [("September 21 to 23", "date")], id="day-range"),
    pytest.param("He died in Coventry at 0810 on Thursday.", [("0810 on Thursday", "time")], id="clock-on-day"),
])
def test_date_parts_give_no_count(text: str, want: list) -> None:
    """The day and clock numbers inside a range or a clock are no counts: the whole is one temporal row."""
    import numfacts

    df = numfacts.extract(text, reference_date="2016-12-11")
    assert list(zip(df["text"], df["kind"].astype(str))) == want


#: A count "in" a year is a count and a date, not a ratio (`one in 2000 births` stays a ratio).
COUNT_IN_YEAR = [
    pytest.param("States reporting fell from 14 in 1997 to eight in 1999.", [("1997", "date"), ("1999", "date")],
                 id="count-in-year-to-count-in-year"),
    pytest.param("Eight lineages circulated in 2001, compared with eight in 2000.", [("2000", "date")],
                 id="count-in-year-end-of-sentence"),
    pytest.param("The defect occurs in 1 in 2000 births.", [("1 in 2000", "ratio")], id="one-in-2000-births-ratio"),
]


@pytest.mark.parametrize("text, want", COUNT_IN_YEAR)
def test_count_in_year_is_no_ratio(text: str, want: list) -> None:
    import numfacts

    rows = numfacts.extract(text, reference_date="2002-04-12")
    got = set(zip(rows["text"], rows["kind"]))
    assert set(want) <= got, got


#: Ages are measures, not durations (MMWR style), and an age word does not swallow a later period.
AGES = [
    pytest.param("Among children <5 years of age, 12 were ill.", "<5 years", "measure", id="years-of-age"),
    pytest.param("Infants 12 months of age were tested.", "12 months", "measure", id="months-of-age"),
    pytest.param("Children aged 6 months–17 years were vaccinated.", "6 months", "measure", id="aged-months"),
    pytest.param("Adults aged ≥18 years during the 12 months preceding the survey.", "the 12 months", "duration",
                 id="period-after-age"),
    pytest.param("Among persons aged ≥65 years, 12 died within 30 days of diagnosis.", "within 30 days", "duration",
                 id="duration-after-age-clause"),
]


@pytest.mark.parametrize("text, span, kind", AGES)
def test_ages_are_no_durations(text: str, span: str, kind: str) -> None:
    import numfacts

    rows = numfacts.extract(text, reference_date="2002-04-12")
    assert (span, kind) in set(zip(rows["text"], rows["kind"])), rows[["text", "kind"]].to_string()
