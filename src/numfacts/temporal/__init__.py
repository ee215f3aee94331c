"""Dates, times, durations and sets, with TIMEX3-style values that keep the written granularity.

The steps, one module each: `scan` finds the expressions (one compiled scan, branch regexes from
`patterns`, built from the language table that `words` reads); the readers `read_days`,
`read_years` and `read_spans` turn each branch's match into rows; `resolve` gives relative
expressions their value against the reference date, with the pure arithmetic of `calendar`;
`anchor` gives months, days and weeks the year of the dates written beside them and anaphoric
periods (`the quarter`) the period named before them; `reference` infers a document's date when
none is given. No clock, no locale, and no dateparser
at run time: every rule is our own deterministic code (dateparser misread too many news spans to
be worth its cost).

Decisions worth knowing:

* Spans leave out prepositions (`in 1937` -> `1937`, `since November` -> `November`) but keep, as
  TimeML does, modifiers (`mid-November`, `late 2016`, `late yesterday`, `early Thursday`), a
  duration's qualifier words (`within 48 hours`), and the `the` of a day, a quarter, a decade or
  century and a duration (`the 15th`, `the first quarter of 2023`, `the 1990s`, `the 20th century`,
  `the past 12 months`); `the coming week` is `coming week`, as Recognizers-Text tags it.
* A month or day without a year, a weekday, `last year` ... are resolved to the occurrence nearest
  the reference date that fits the sentence's tense (future when the sentence says will / 'll /
  to be / next / upcoming / scheduled ..., otherwise past, as news reports mostly are).
  Without a reference date such rows keep `date` None.
* `$9.6 billion a day`: the `a day` is a row of kind `set` with duration `P1D` (also `per year`,
  `three times a week`, `every year`, `daily`, `annually`).
* A duration never becomes a date: `the last 24 hours` is duration `PT24H`; `two days earlier`
  and `a week ago` are dates. Ages (`10-year-old`, `10 years old`) are left to the quantity finder.
* A bare four-digit number is a year only in date context: after in / since / until / before /
  after / during / between / from / by ..., in `the 2011 census`, `2016's`, `(2009)`, `2016 was`,
  beside a month or a season, or in a range `2015-16`; never before a counted noun (`in 2000 cases`).
* Times (`4:17 a.m.`, `7.50pm`, `10:30 GMT`, `noon`) take the day of a day-level date in the same
  sentence (`2016-12-11T04:17`), else the reference date's (news reports the times of the day
  it is written; TimeML anchors them there too), else stay partial (`XXXX-XX-XXT04:17`). Hours are
  written with minutes, as TimeML does (`7pm` -> `T19:00`). Parts of days
  (`this morning`, `the past night`) are dates with a TIMEX part: `2016-12-11TMO`; after a weekday
  too, one row (`Friday evening` -> `2016-12-09TEV`, `the night of March 3` -> `...TNI`).
* A range is one row, qualifier `range`, its value the ISO 8601 interval of its two ends
  (`between 2012 and 2016` -> `2012/2016`, `0800 to 1030 local time`); lists stay apart.
* A written zone stays in the value (`0945 EST` -> `T09:45-05:00`, `GMT` -> `Z`); a clock right
  before its day, or a four-digit clock on either side of it, is one row (`9 PM Friday`, `2200 GMT on
  Thursday`).
* A fiscal year is named by the year it ends in: `FY2025`, `Q2FY24` -> `FY2024-Q2`.
"""

from __future__ import annotations

from .reference import infer_reference_date
from .scan import find_temporal

__all__ = ["find_temporal", "infer_reference_date"]
