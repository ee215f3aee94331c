"""Vocabulary and regular expressions of the temporal tagger (pure data; each branch compiled on
first use).

Each *branch* is one kind of expression (a full date, a duration, a year after a preposition ...),
written once with named groups and compiled on its own (`BRANCH_RE`). `TRIGGER` finds the digits
and words every expression contains; `DISPATCH` maps each word a branch can start with to the
branches to try there, so `scan.find_temporal` tries only those. Order matters: at one position the
first branch that matches wins, so the longer, more specific branches come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .._regex import caseless, trie
from ..lang import alternation
from ..numbers import SCALE_WORDS, TENS_WORDS, UNITS_WORDS, WORDS
from .words import (
    DECADE_WORDS,
    DURATION_MORE_LEADS,
    DURATION_MORE_WORDS,
    FISCAL_WORDS,
    FREQUENCY_WORDS,
    FUTURE_NOUNS_AFTER_MONTH,
    FUTURES_COMMODITIES,
    HOLIDAY_NAME_NOUNS,
    HOLIDAYS_FIXED,
    HOLIDAYS_MOVABLE,
    MODIFIERS,
    MONTH_ABBREVIATIONS,
    MONTH_ABBREVIATIONS_ALSO_WORDS,
    MONTHS,
    MONTHS_CAPITALISED_ONLY,
    NTH_DAY_CLAUSE_AFTER,
    NTH_DAY_INFINITIVE_AFTER,
    NTH_DAY_INFINITIVE_NOT_BEFORE,
    NTH_DAY_MONTH_REL,
    NTH_DAY_PREPS,
    NTH_DAY_SET,
    OVERNIGHT_NOT_BEFORE,
    PARTS_OF_DAY,
    PERIOD_NOUNS_BEFORE_TO,
    PLURAL_OF_NOT_BEFORE,
    PREVIOUS_WORDS,
    QUALIFIERS,
    QUARTER_DURATION_PREPS,
    QUARTER_RUN_WORDS,
    RANGE_NOUNS_AFTER,
    REFERENCE_WORDS,
    REPORT_NOUNS_AFTER_MONTH,
    REPORT_WORDS_AFTER_ABBREVIATED_MONTH,
    SAME_PERIOD_NOUNS,
    SCALES_BEFORE_SINGULAR_AGO,
    SCHEDULED_BEFORE_FOR,
    SEASON_FOLLOWERS,
    SEASON_NAME_NOUNS,
    SEASON_PREPS,
    SEASON_SUBJECT_VERBS,
    SEASONS,
    SEASONS_AS_SUBJECT,
    SEASONS_CAPITALISED_ONLY,
    SHORT_PLURAL_OF_PREPS,
    UNITS,
    VAGUE_AFTER,
    VAGUE_PREPS,
    VERB_OBJECTS_AFTER_MONTH,
    WEEKDAYS,
    WHOLE_PERIOD_WORDS,
    YEAR_AFTER_FOR_VERBS,
    YEAR_DETERMINERS,
    YEAR_END_PREPS,
    YEAR_NOUNS_BARE,
    YEAR_PREPS_EXTRA,
    ZONES,
)

_alt = alternation
#: `within two quarters` (a bound, in the row), `in 11 quarters` (a preposition, out of it): see the qdur branch.
_QDUR_BOUNDS = alternation([w for w in QUARTER_DURATION_PREPS if w in QUALIFIERS])
_QDUR_AFTER = "|".join(rf"(?<=\b{w}\s)" for w in QUARTER_DURATION_PREPS if w not in QUALIFIERS)

#: Before an alternation of words: fail at once where no letter starts (a digit), instead of trying
#: every word. Exact: every word of the tables starts with a letter.
LETTER = r"(?=[^\W\d_])"


def _lettered(alternatives: str, words: Iterable[str] = ()) -> str:
    """`alternatives` grouped behind a check of the first letter: one of the initials of `words` (in
    either case: a superset of the letters the alternatives start with), else any letter.

    >>> _lettered("one|two", ["one", "two"])
    '(?:(?=[OTot])(?:one|two))'
    """
    initials = sorted({c for w in words for c in (w[:1].lower(), w[:1].upper())})
    check = f"(?=[{''.join(initials)}])" if initials and all(c.isalpha() for c in initials) else LETTER
    return f"(?:{check}(?:{alternatives}))"


#: The number words (`numbers.WORDS`) behind the letter check.
_WORDS = LETTER + WORDS

# -- fragments (no named groups: they are reused inside branches) --------------------------------

#: `for` after a word of scheduling (`planned for May`): one fixed-width look-behind per word.
_SCHEDULED_FOR = "(?:" + "|".join(f"(?<=\\b{re.escape(w)}\\s)" for w in sorted(SCHEDULED_BEFORE_FOR)) + ")for"
#: `for` after a futures commodity (`raw sugar for October`, `nickel for March`): the delivery month ahead.
_COMMODITY_FOR = "(?:" + "|".join(f"(?<=\\b{re.escape(w)}\\s)" for w in sorted(FUTURES_COMMODITIES)) + ")for"

def _title(words) -> str:
    """Words in their capitalised and upper-case spellings only (case kept: `(?-i:...)`)."""
    return "(?-i:" + "|".join(sorted({v for w in words for v in (w.capitalize(), w.upper())}, key=lambda v: (-len(v), v))) + ")"


_FULL_MONTHS = [w for w in MONTHS if w not in MONTH_ABBREVIATIONS and w not in MONTHS_CAPITALISED_ONLY]
_ABBREVIATIONS = [w for w in MONTH_ABBREVIATIONS if w not in MONTHS_CAPITALISED_ONLY]
#: The month abbreviations capitalised, longest first (read in `(?-i:...)`: `Jan`, not `jan`).
_ABBREVIATIONS_TITLE = "|".join(sorted((w.capitalize() for w in _ABBREVIATIONS), key=len, reverse=True))
#: Every month word of the table, longest first, with no case rule: for checks on text already
#: read as a date (`anchor`: does a row name its month; `scan`: a month before a dash).
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
#: Month names of a quarter's last month (`the June quarter`, `the Sept. quarter`), full or abbreviated.
#: `after days of haggling`, `during hours of talks`: days and hours of a noun are a span after these prepositions
#: only (`days of action`, `days of forward cover`, `hours of weekly work` are events and measures).
_AFTER_SHORT_OF = "(?:" + "|".join(f"(?<={w}\\s)" for w in SHORT_PLURAL_OF_PREPS) + ")"
#: `the year to March`, `the 12 months to May`: a period noun and `to` right before the month (fixed-width lookbehinds).
_PERIOD_BEFORE_TO = "(?:" + "|".join(f"(?<=\\b{w}\\sto\\s)" for w in PERIOD_NOUNS_BEFORE_TO) + ")"
#: Nouns after a month that make it a futures contract month (`May delivery`, `March crude`): `May`/`March` are months there.
_FUTURES_NOUNS = "|".join(sorted({*FUTURE_NOUNS_AFTER_MONTH, *FUTURES_COMMODITIES}, key=len, reverse=True))
_QUARTER_END_MONTHS = _alt([w for w, n in MONTHS.items() if n % 3 == 0])
MONTH = rf"""(?:
      (?:{_alt(_FULL_MONTHS)})\b                       # full names, any case
    | {_title(MONTHS_CAPITALISED_ONLY)}\b                # May and March only capitalised (verbs)
    | (?-i:{_ABBREVIATIONS_TITLE})(?:\.|\b)  # abbreviations, capitalised
)"""
MONTH_FULL = rf"""(?:
      (?:{_alt(_FULL_MONTHS)})\b
    | (?-i:{"|".join(w.capitalize() for w in MONTHS_CAPITALISED_ONLY)})\b
)"""
#: A month abbreviation in any casing that starts with a capital (MAr, MAR, Mar): before a day.
MONTH_ODD_CASE = rf"(?-i:(?:{'|'.join(sorted((w[0].upper() + ''.join(f'[{c}{c.upper()}]' for c in w[1:]) for w in _ABBREVIATIONS), key=len, reverse=True))})\.?)"
WEEKDAY = rf"{_lettered(_alt(WEEKDAYS), WEEKDAYS)}\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|,\d{3}(?!\d)|\.\d)"  # 1..31 with an ordinal suffix, not May 2,000 nor Aug 2.2%
YEAR_BARE = r"(?:1[0-9]\d\d|20\d\d|2100)(?![\w%$]|[.,:/]\d)"  # a year right after mid- / late
YEAR = r"""(?:
    (?<![\w$£€¥#.,/:@-])                 # not inside a token, an amount or an identifier
    (?:1[0-9]\d\d|20\d\d|2100)            # 1000-2100
    (?![\w%$]|[.,:/]\d)                   # not 2016.5, 2016/7, 2,016, 2016%
)"""
DAY_WORDS = (
    r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
SEASON = rf"(?:{_alt(w for w in SEASONS if w not in SEASONS_CAPITALISED_ONLY)}|(?-i:{'|'.join(SEASONS_CAPITALISED_ONLY)}))\b"
_HOLIDAY_NAMES = sorted([*HOLIDAYS_FIXED, *HOLIDAYS_MOVABLE], key=len, reverse=True)


def _holiday_pattern(name: str) -> str:
    """A holiday's name as written: each word capitalised, the apostrophe optional (`St.` too)."""
    words = []
    for w in name.split():
        w = re.escape(w.capitalize()).replace("'", "['’]?")
        words.append(w + r"\.?" if w in ("St", "Mt") else w)
    return r"\s+".join(words)


FISCAL = "|".join(f"(?-i:{w})" if w.isupper() else re.escape(w).replace(r"\ ", r"\s+") for w in sorted(FISCAL_WORDS, key=len, reverse=True))
HOLIDAY = "|".join(_holiday_pattern(h) for h in _HOLIDAY_NAMES)
UNIT = r"""(?:
      years?|yrs?|months?|mths?|mos\b|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?
    | decades?|century|centuries|fortnights?|millenni(?:um|a)
    | h(?![\w'’.])                           # 3h, 3 h (digits only: checked by the handler)
)(?![\w])"""
NUM = rf"""(?:
      \d{{1,3}}(?:,\d{{3}})+(?!\d)           # 1,000
    | \d+(?:\.\d+|[½¼¾])?(?![\d])            # 48, 2.5, 2½
    | (?:\d+|[a-z]+)-and-a-half             # two-and-a-half
    | half(?:\s+an?)?(?=\s)                  # half an hour, half year
    | (?:a|one|two|three)[\s-]+quarters?\s+of\s+an?(?=\s)  # three quarters of an hour
    | another(?=\s)                          # another week
    | {_WORDS}                              # forty-eight, two and a half, a dozen
    | an?\b                                 # a year, an hour
)"""
QUAL = _lettered(_alt(QUALIFIERS), QUALIFIERS)
MOD = rf"(?:{_alt(MODIFIERS)})"
ZONE = rf"""(?:
      (?-i:{"|".join(sorted(ZONES, key=len, reverse=True))})
      (?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?      # GMT+3
)(?![\w)])"""  # a zone written right after the time (not "(local time)")
#: A zone, also before a closing bracket: 0945 EST (1445 GMT).
ZONE_ANY = ZONE.replace("(?![\\w)])", "(?!\\w)")
AMPM = r"(?:[ap]\.\s?m\.|[ap]\.\s?m\b|[ap]\s?m\b)"  # a.m. | p. m. | pm | p m
ORD_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|"
    "twenty-second"
)
_CARDINALS = {w: n for w, n in UNITS_WORDS.items() if 1 <= n <= 19}
#: A day spelt as a capitalised cardinal after a month: June Seven, March Twenty-One (lower case is a count).
DAY_CARDINALS = "(?-i:" + "|".join(
    [f"{t}(?:[\\s-](?:{'|'.join(u for u, n in _CARDINALS.items() if n <= 9)}|{'|'.join(u.capitalize() for u, n in _CARDINALS.items() if n <= 9)}))?" for t in ("Twenty", "Thirty")]
    + sorted((w.capitalize() for w in _CARDINALS), key=len, reverse=True)) + ")"
_BARE_UNITS = "seconds|minutes|hours|days|weeks|months|years|decades"
_FREQ = _alt(list(FREQUENCY_WORDS) + [w.capitalize() for w in FREQUENCY_WORDS])  # Annually, ...
HOUR_WORDS = {w: n for w, n in UNITS_WORDS.items() if 1 <= n <= 12}
_HOUR_WORDS = _lettered("|".join(sorted(HOUR_WORDS, key=len, reverse=True)), HOUR_WORDS)
_MINUTE_WORDS = _lettered(r"(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|" + "|".join(
    sorted((w for w, n in UNITS_WORDS.items() if 1 <= n <= 19), key=len, reverse=True)),
    ["twenty", "thirty", "forty", "fifty", *(w for w, n in UNITS_WORDS.items() if 1 <= n <= 19)])

# -- branches, in order of priority ---------------------------------------------------------------

BRANCHES: list[tuple[str, str]] = [
    # a half-hour delay | a quarter-century of rule | the past half-century: a fraction of a unit, hyphenated
    ("halfunit", r"""
        (?<![\w-])(?P<frac>half|quarter)-(?P<unit>hour|day|week|month|decade|century)(?![\w-])  # not half-year: a fiscal half
    """),
    # the April-June period | July-September | April--May 1997: a range of months joined by a dash
    ("monrange", rf"""
        (?<![\w-])
        (?:
            the\s+(?P<mon>{MONTH_FULL})\s*(?:--|-|–)\s*(?P<mon2>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR}))?\s+(?:{_alt(RANGE_NOUNS_AFTER)})\b
          | (?P<monb>{MONTH_FULL})\s*(?:--|-|–)\s*(?P<mon2b>{MONTH_FULL})(?:,?\s+(?P<yearb>{YEAR}))?
        )
    """),
    # from 3 to 19 this month | between 5 and 9 March | 3-19 March 2016 | March 3 to 19: days of one month
    ("dayrange", rf"""
        (?<![\w-])
        (?:(?P<prep>from|between)\s+)?
        (?:
            (?P<art>the\s+(?=\d))?(?P<d1>{DAY})\s*(?:to|and|-|–|until|till|through)\s*(?:(?<=\s)the\s+(?=\d))?(?P<d2>{DAY})\s+  # the 3rd to the 17th of
            (?:(?:of\s+)?(?P<rel>this|next|last)\s+month|(?:of\s+)?(?P<mon>{MONTH_FULL}|(?-i:{"|".join(w.capitalize() for w in _ABBREVIATIONS)})\.?)(?:,?\s+(?P<year>{YEAR}))?)
          | (?P<mon2>{MONTH_FULL}|(?-i:{"|".join(w.capitalize() for w in _ABBREVIATIONS)})\.?)\s+(?P<d3>{DAY})
            \s*(?:to|and|--|-|–|until|through)\s*(?P<d4>{DAY})\b(?!\s*(?:{MONTH}|%|percent|per\b|pct|[.,]\d))(?:,?\s+(?P<year2>{YEAR}))?
        )
    """),
    # the first week of March | the last week of July 2017 | the third week of this month | the
    # second week of 2015 | the week of November 30th: one week, its ISO value
    ("weekof", rf"""
        (?<![\w-])(?:the\s+)?
        (?:
            (?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week(?P<we>end)?\s+(?:of|in)\s+
            (?:(?P<mon>{MONTH_FULL}|(?-i:{_ABBREVIATIONS_TITLE})\b\.?)(?:,?\s+(?P<year>{YEAR}))?
              | (?P<rel>this|next|last)\s+(?P<what>month|year)\b
              | the\s+(?P<rel2>following|next|previous|current|same)\s+month\b  # the first week of the following month
              | (?P<year2>{YEAR})
            )
          | week\s+(?:of|(?:beginning|commencing|starting)(?:\s+on)?)\s+  # the week of / beginning (on) 4 February
            (?P<day>(?:the\s+)?(?:{MONTH}\s*{DAY}|{DAY}\s+(?:of\s+)?{MONTH}))
        )
    """),
    # the first Tuesday in November | the last Friday of July 2017 | the second Monday of next month
    ("nthwd", rf"""
        (?<![\w-])(?:the\s+)?
        (?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+
        (?:(?P<mon>{MONTH_FULL}|(?-i:{_ABBREVIATIONS_TITLE})\b\.?)
             (?![\s.-]*\d(?!\d\d\d))(?:,?\s+(?P<year>{YEAR}))?
          | (?P<rel>this|next|last|previous)\s+month\b)
    """),
    # the month of January | the month of Sept 2017: a month
    ("monthof", rf"""
        (?<![\w-])(?:the\s+)?month\s+of\s+
        (?P<mon>{MONTH_FULL}|(?-i:{_ABBREVIATIONS_TITLE})\b\.?)
        (?![\s.-]*\d(?!\d\d\d))(?:,?\s+(?P<year>{YEAR}))?
    """),
    # December 11, 2016 | Sunday, Dec. 11 | the December 11th
    ("md", rf"""
        (?:(?P<wd>{WEEKDAY}),?\s+)?             # an optional weekday
        (?P<mdthe>the\s+)?                      # the Nov. 7 vote: `the` is the noun's (TimeML)
        (?P<mon>{MONTH}|{MONTH_ODD_CASE})(?:\s*|-)     # month (MAr 12: odd case before a day)
        (?:(?P<day>{DAY})\b(?!(?<=\d)\s*[-–]\s*\d{{1,2}}\b(?![.,:/-]?\d))|(?P<dayw>{_lettered(DAY_WORDS, re.findall('[a-z]+', DAY_WORDS))})\b|(?P<dayc>{DAY_CARDINALS})\b)  # day: 11, 11th, eleventh, Seven; not the start of `Jan. 21-31` (dayrange)
        (?:(?:\s*,\s*|\s+)(?:of\s+)?(?P<year>{YEAR}))?  # , 2016 | of 2016
    """),
    # 11 December 2016 | Sunday 11 December | the 11th of December
    ("dm", rf"""
        (?:(?P<wd>{WEEKDAY}),?\s+)?
        (?:the\s+)?
        (?:(?<![\d,.])(?P<day>{DAY})(?:\s+of\s+|[\s-]*)  # day, optional 'of'
           |(?P<dayw>{_lettered(DAY_WORDS, re.findall('[a-z]+', DAY_WORDS))})\s+of\s+)      # fourth of
        (?P<mon>{MONTH}|(?:{_alt(a for a in _ABBREVIATIONS if a not in MONTH_ABBREVIATIONS_ALSO_WORDS)})\b\.?)  # month, abbreviated in any case
        (?:,?\s*(?:of\s+)?(?P<year>{YEAR}))?    # year
    """),
    # 2016-12-11 | 2016/12/11 | 2016-W49
    ("iso", r"""
        (?<![\w./-])
        (?P<y>1\d{3}|20\d\d)[-/.](?:
            (?P<m>0?[1-9]|1[0-2])[-/.](?P<d>0?[1-9]|[12]\d|3[01])   # Y-M-D
            (?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?            # T04:17
          | W(?P<w>0[1-9]|[1-4]\d|5[0-3])                        # ISO week
        )
        (?![\w/-]|\.\d)
    """),
    # 12/11/2016 | 12-11-2016 | 11.12.2016 | 9/11 (never 6-1/16, a fraction: 6 1/16)
    ("num", r"""
        (?<![\w./,:$-])
        (?:
            (?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})  # with a year
          | (?P<nine>9/11)                                               # the attacks
          | (?<=on\s)(?P<a2>\d{1,2})/(?P<b2>\d{1,2})                          # on 12/11
        )
        (?![\w/]|[.,-]\d)
    """),
    # 0945 EST | 2200 GMT | 0800 to 1030 local time | 0600 hrs: four-digit clocks, a zone or `hrs` after
    ("milclock", rf"""
        (?<![\w:.,$£€¥#/-])
        (?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)
        (?:\s*(?:-|–|to|until|till)\s*(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d))?
        (?:\s*(?P<zone>{ZONE_ANY})|\s*(?P<local>local\s+time)\b|(?<=\bat\s\d{{4}})(?=\s+on\s|\s*[,.;](?:\s|$))|\s*(?P<hrs>hrs|(?<=0\d\d\d)\s?hours)\b)
    """),
    # 4 to 7pm | 9-11am | between 9 and 11.30am: a range of hours, the am/pm written once at the end
    ("hourrange", rf"""
        (?<![\w:.,$/-])
        (?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5]\d))?\s*(?P<join>-|–|to|until|till|and)\s*
        (?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<m2>[0-5]\d))?\s*(?P<ap>{AMPM})
        (?:\s?(?P<zone>{ZONE}))?
    """),
    # 10:30 GMT | 4:17 a.m.
    ("clock", rf"""
        (?<![\w:.,$])
        (?P<h>[01]?\d|2[0-4])[:](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?   # 10:30(:15)
        (?![\d:]|\.\d|,\d)
        (?:\s*(?P<ap>{AMPM}))?
        (?:\s?(?P<zone>{ZONE}))?
    """),
    # 7.50pm | 4 p.m.
    ("ampm", rf"""
        (?<![\w:.,$])
        (?P<h>1[0-2]|0?[1-9])(?:[.:]?(?P<m>[0-5]\d))?\s*
        (?P<ap>{AMPM})
        (?:\s?(?P<zone>{ZONE}))?
    """),
    # seven o'clock | half past eight | a quarter to 8 | ten past 9 | 8 in the morning
    ("wordtime", rf"""
        (?<![\w-])(?<!\d[.,])  # not the decimals of $2,617.05 in the morning
        (?:
            (?:
                (?:(?P<half>half)|(?:a\s+|(?P<three>three)[\s-]+)?(?P<quarter>quarters?)|(?P<mins>{_MINUTE_WORDS}|[1-5]?\d)\s+min(?:ute)?s?)
                \s+(?P<dir>past|to)\s+                                  # half past, three quarters past, 20 minutes to
              | (?P<mins2>{_MINUTE_WORDS}|[1-5]?\d)\s+(?P<dir2>past)\s+   # ten past
              | (?P<mins3>{_MINUTE_WORDS})\s+(?P<dir3>to)\s+     # ten to ... only before a clock word (4 to 7pm: a range)
                (?=(?:{_HOUR_WORDS}|1[0-2]|0?[1-9])\s*(?:{AMPM}|o['’]?\s?clock|in\s+the\s+(?:morning|afternoon|evening|night))|(?:midnight|noon|midday)\b)
            )
            (?:(?P<h>{_HOUR_WORDS}|1[0-2]|0?[1-9])(?:\b|(?={AMPM}))      # half past 8pm
               |(?P<mn>midnight|noon|midday)\b)                        # ten to midnight, quarter past noon
          | (?P<h2>{_HOUR_WORDS}|1[0-2]|0?[1-9])                   # an hour alone: seven o'clock, 8 in the morning
            (?=\s+(?:o['’]?\s?clock|in\s+the\s+(?:morning|afternoon|evening|night)))
          | (?P<h3>{_HOUR_WORDS})[\s-]+(?P<mins4>{_MINUTE_WORDS}|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))  # seven thirty pm
            (?=\s*{AMPM}|\s+in\s+the\s+(?:morning|afternoon|evening|night))
        )
        (?:\s*(?P<ap>{AMPM})|\s+(?P<oc>o['’]?\s?clock))?
        (?:\s+in\s+the\s+(?P<part>morning|afternoon|evening|night))?
    """),
    # noon | midnight | 12 noon
    ("noon", r"(?<![\w-])(?:12\s+)?(?P<w>noon|mid[\s-]?day|mid[\s-]?night|mid[\s-]?(?P<part>morning|afternoon))\b(?!-[a-z])"),  # (not the midnight-sun tours)
    # fiscal 1994 | FY2025 | FY 2024/25 | Q2FY24 | 4Q22 | 1H 2023: reporting periods
    ("fiscal", rf"""
        (?<![\w-])
        (?:
            (?-i:(?P<q>Q[1-4]|H[12]|[1-4]Q|[12]H))\s*(?:(?-i:FY)|fiscal\s+)\s*'?(?P<fy>\d{{4}}|\d\d)(?![\w%]|[.,]\d)   # Q2FY24
          | (?-i:(?P<q2>[1-4]Q|[12]H))\s*'?(?P<y2>(?:19|20)\d\d|\d\d)(?![\w%]|[.,]\d)         # 4Q22, 1H2023
          | (?P<fw>{FISCAL})\s*(?P<fy2>(?:19|20)\d\d|'?\d\d)(?:\s*[/-]\s*(?P<fy3>\d{{4}}|\d\d))?(?![\w%]|[.,]\d)  # fiscal 1994
        )
    """),
    # the first quarter of 2023 | Q1 2023 | the second half of 2016
    ("quarter", rf"""
        (?:the\s+)?(?P<fis>fiscal\s+)?
        (?:
            (?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?P<hy>[\s-]+)(?:(?P<fis2>fiscal)\s+)?(?P<what>quarter|qtr|half(?:[\s-]year)?)\b
            (?:(?:\s+(?:of|in)\s+|,?\s+)      # of / in / a comma
               (?:(?P<fy>fiscal\s+)?(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year|(?P<the>the)\s+year)
             |(?<=half)\s+of\s+(?:(?P<hmon>{MONTH_FULL})(?:,?\s+(?P<hyear>{YEAR}))?|(?P<hrel>this|last|next|the)\s+month)\b)?  # the second half of May
          | (?-i:(?P<qh>[QH])(?P<n>[1-4]))\b(?:\s*(?P<year2>{YEAR}|'\d\d))?
          | (?<=the\s)(?P<year3>(?:19|20)\d\d)\s+(?P<fy3>fiscal\s+)?(?P<ord3>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<what3>quarter|half)\b
          | (?<=the\s)(?P<mon>{_QUARTER_END_MONTHS})\.?[\s-]+quarter\b   # the June quarter: the quarter that ends in June
        )
    """),
    # late 2016 | mid-November | early last year | the end of November | earlier this year
    ("mod", rf"""
        (?:the\s+(?=(?:early|late|mid)[\s-]+(?:{SEASON})))?   # the early summer of 2000 (TimeML's extent)
        (?P<mod>{MOD})[\s-]*(?:in\s+(?=the\s+(?:year|month|week)\b|{YEAR_BARE}))?   # earlier in the year; end-March, end-1986 (the table's `end-`)
        (?P<rest>
            (?:this|last|next|the\s+past|the\s+coming)\s+(?:year|month|week|decade|century|quarter|{SEASON})
          | the\s+(?:year|month|week|decade|century)
          | the\s+current\s+(?:year|month|week|quarter)
          | (?:the\s+)?(?:first|second|third|fourth|final)\s+(?:quarter|half)(?:\s+of\s+(?:fiscal\s+)?{YEAR})?\b
          | (?:fiscal\s+|(?-i:FY)\s*){YEAR}(?![\w%]|[.,]\d)
          | {MONTH_FULL}(?:,?\s+{YEAR})?
          | (?:the\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?
          | (?:the\s+)?(?:1\d\d0|20\d0)'?s\b
          | {YEAR_BARE}
        )
    """),
    # the 1990s | the '90s | the nineties | 1980s
    ("decade", rf"""
        (?<![\w$-])
        (?:
            (?:the\s+(?:(?P<dmod>early|mid|late)[\s-]+)?)?(?P<full>1\d\d0|20\d0)'?s\b   # (the) (mid-)1990s
          | (?:the|early|mid|late)\s+'?(?P<two>[1-9]0)'?s\b
          | the\s+(?:nineteen[\s-])?(?P<word>{"|".join(DECADE_WORDS)})\b
        )
    """),
    # the 19th century | the twenty-first century
    ("century", rf"""
        (?:the\s+(?:(?P<cmod>early|mid|late)[\s-]+)?)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORD_WORDS})[\s-]+centur(?:y|ies)\b
    """),
    # summer 2018 | the summer of 2018
    ("season", rf"""
        (?:the\s+)?(?P<season>{SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR})(?:[-–/](?=\d\d\b)(?P<y2>\d\d)(?!\s*(?:%|percent)))?  # the winter of 2015-16
    """),
    # in the summer | by spring | during the winter: a season alone, resolved by the tense
    ("bseason", rf"""
        (?<![\w-])
        (?:
            (?P<prep>{_alt(SEASON_PREPS)})\s+(?P<the>the\s+)?(?P<season>{SEASON})
            (?=\s*(?:[,.;:)!?]|$)|\s+(?:{_alt(SEASON_FOLLOWERS)})\b)
          | (?P<the2>the)\s+(?P<season2>{_alt(SEASONS_AS_SUBJECT)})(?=\s+(?:{_alt(SEASON_SUBJECT_VERBS)})\b)  # the summer was hot
        )
    """),
    # the same period last year | the same quarter a year earlier | the year-earlier quarter
    ("same", rf"""
        (?<![\w-])
        (?:
            the\s+same\s+(?P<what>{_alt(SAME_PERIOD_NOUNS)})\s+(?:(?:of|in)\s+)?(?P<rel>last\s+year|a\s+year\s+(?:earlier|ago|before)
                                                                           |the\s+(?:previous|{_alt(PREVIOUS_WORDS)})\s+year)
          | the\s+same\s+(?P<what3>{_alt(SAME_PERIOD_NOUNS)})\s+(?:of|in)\s+(?P<year>(?:1[89]|20)\d\d)(?![\w%-]|[.,]\d)
          | the\s+(?:year|prior[\s-]year)[\s-](?:earlier|ago)\s+(?P<what2>{_alt(SAME_PERIOD_NOUNS)})
        )\b
    """),
    # next week Sunday | this week on Friday | Friday next week | Tuesday of next week
    ("wdweek", rf"""
        (?:
            (?P<rel>this|next|last)\s+week,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})
          | (?:on\s+)?(?P<wd2>{WEEKDAY})(?:,?\s+|\s+of\s+)(?P<rel2>this|next|last)\s+week\b
        )
    """),
    # this/last/next year | last Sunday | this summer | next month | this morning
    # by year-end | since year end | this year-end: the end of a year (after a preposition or this/last/next)
    ("yearend", rf"""
        (?<![\w-])(?:(?P<prep>{_alt(YEAR_END_PREPS)})\s+)?(?:(?P<rel>this|last|next)\s+)?year[- ]end\b(?![\w-])
    """),
    ("rel", rf"""
        (?:the\s+(?=previous|current|latest|new\s+year\b|(?:{_alt(PREVIOUS_WORDS)})\s|following\s+{WEEKDAY}))?  # the previous quarter, the current year (RT: `coming week`)
        (?:(?:early|late)\s+(?=this\s+(?:morning|afternoon|evening)\b))?  # early this morning (TimeML's extent)
        (?P<rel>this\s+past|this|last|next|coming|previous|current|past(?=\s+{WEEKDAY})|latest(?=\s+quarter\b)
               |(?<=\bthe\s)(?:{_alt(PREVIOUS_WORDS)})  # the prior quarter: the previous
               |(?<=\bthe\s)following(?=\s+{WEEKDAY})  # the following Tuesday: after a day named before (temporal.anchor)
               |(?<=\bthe\s)new(?=\s+year\b(?!['’]|s\b|\s+(?-i:[A-Z]))))\s+  # this past weekend: the last; the new year (not
               # New Year's Day, the New Year Honours)
        (?P<what>(?:fiscal|financial)\s+year|year|month|week(?:end)?|quarter|decade|century|{SEASON}
                |(?:{WEEKDAY}|{MONTH_FULL})(?![\s-]*\d)  # "this May 22" is a day, read by the month-day branch
                |morning|afternoon|evening)     # "Last year 35 people died": the year, then a count
        (?:\s+(?P<part>morning|afternoon|evening|night))?
        (?![\w-])                             # "the coming months" is no month
        (?!\s+(?-i:{_alt(SEASON_NAME_NOUNS)})\b)  # next Summer Games: an event's name
    """),
    # several years | the past few months | in recent years | the coming weeks: vague durations (TimeML PXY); a couple of weeks
    ("vague", r"""
        (?<![\w-])
        (?P<q>several|many|a\s+few|(?P<couple>a\s+couple\s+of)|few|recent|the\s+(?:past|last|next|coming)(?:\s+(?:few|several))?)\s+
        (?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?![\w-])
    """),
    # for years | within weeks | hours later: bare plural units, vague durations (TimeML PXY, PTXH)
    ("bare", rf"""
        (?<![\w-])
        (?:
            (?P<prep>{_alt(VAGUE_PREPS)})\s+(?P<unit>{_BARE_UNITS})\b(?![\w-])(?!\s+(?:of\s+)?(?:old|\d|ago)\b)
          | (?P<unit2>{_BARE_UNITS})(?=\s+(?:{_alt(VAGUE_AFTER)})\b)
          | (?P<unit3>weeks|months|years|decades|{_AFTER_SHORT_OF}(?:hours|days))(?=\s+of\s+(?!(?:{_alt(PLURAL_OF_NOT_BEFORE)})\b)[a-z]{{3,}})  # years of war
        )
    """),
    # all day | a whole year | an entire week: a duration of one unit
    ("whole", rf"""
        (?<![\w-])(?P<w>{_alt(WHOLE_PERIOD_WORDS)})\s+(?P<unit>day|week|month|year)\b(?![\w-])(?!\s+(?:of|round|long)\b)
    """),
    # Christmas | New Year's Eve | Thanksgiving 2016 | Easter: holidays, resolved to their day
    ("holiday", rf"""
        (?<![\w-])
        (?-i:(?P<h>{HOLIDAY}))
        (?![\w-])(?P<name>\s+(?-i:{"|".join(HOLIDAY_NAME_NOUNS)}))?
        (?:,?\s+(?P<year>{YEAR_BARE}))?
    """),
    # yesterday | today | tonight | overnight | the past night | last night | yesterday morning
    ("deictic", rf"""
        (?<![\w-])
        (?:
            the\s+(?P<far>week(?:end)?|month|year)\s+(?P<fardir>after\s+next|before\s+last)  # the week after next
          | (?:the\s+day\s+(?P<shift>before|after)\s+)?(?:(?P<dmod>early|late|earlier|later)\s+)?
            (?P<word>yesterday|today|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?
          | (?:(?:early|late)\s+(?=last\s+night|tonight))?(?P<night>tonight|overnight(?!\s+{WEEKDAY}\b)(?!\s+(?:{_alt(OVERNIGHT_NOT_BEFORE)})\b)|(?:the\s+)?past\s+night|last\s+night)
          | (?P<weekend>the\s+weekend)
        )(?!-)\b
    """),
    # two days earlier | a week ago | three years later
    ("ago", rf"""
        (?P<num>{NUM})(?P<scale>\s+(?:{_alt(SCALES_BEFORE_SINGULAR_AGO)})(?=\s+(?:year|month|week|day)\s+ago\b))?[\s-]*(?P<unit>{UNIT})
        (?P<more>(?:(?:\s*,\s*|\s+)(?:and\s+)?(?:\d+|{_WORDS}|an?)[\s-]*{UNIT}){{1,3}})?  # 1 month 21 days
        \s+(?P<dir>ago|(?:earlier|later)(?!\s+than\b)|from\s+now|hence
                |before(?!\s+[\w"“(]))           # 'days before the vote', 'before Thanksgiving': a duration
        (?:(?<=ago)\s+(?P<today>today|tonight)\b)?       # five years ago today: that day
        (?:(?<=ago)\s+this\s+(?P<thismon>{_alt(_FULL_MONTHS)})\b)?  # 25 years ago this September: that month
    """),
    # frequencies: every year | each day | twice a week | three times a year | per year
    ("set", rf"""
        (?:
            (?:(?P<freq>once|twice|thrice|(?:(?<![\d,.])\d+|{_WORDS})\s+times)\s+)?  # not the 200 of `1,200 times a minute`
            (?P<every>every|each|per|a|an)\s+(?:other\s+|(?<=every\s)(?P<nth>second|third|fourth|fifth|sixth|[2-9](?:nd|rd|th))\s+(?=\w))?(?:(?P<num>\d+|{_WORDS})\s+
                |(?<=every\s)(?P<shalf>half)[\s-]+(?=hour\b))?  # every half hour: PT30M
            (?P<unit>year|annum|month|week|day|hour|minute|second|night|morning|evening|afternoon|weekend
                    |decade|fortnight|quarter|{WEEKDAY}|years|months|weeks|days|hours|minutes|seconds)\b
          | (?:(?P<freq2>once|twice|thrice|(?:(?<![\d,.])\d{{1,2}}|{_alt(UNITS_WORDS)})\s+times)\s+)?  # twice daily, three times weekly: one set
            (?-i:(?P<adv>{_FREQ}))\b(?!\s+(?-i:[A-Z])(?!(?-i:[A-Z.])+\b))  # not the Daily Telegraph, the daily O Dia (daily ED logs is)
          | (?:on\s+)?(?P<wds>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)\b
          | (?:every|each)\s+(?P<season>{SEASON})                          # every summer: a season a year
        )
    """),
    # the last three quarters | the past two fiscal quarters: a duration of quarters (with `the` and a direction only:
    # `three quarters of the vote` is a fraction)
    ("qdur", rf"""
        (?P<the>the)\s+(?P<rel>past|last|next|previous|coming|first|final)\s+(?P<num>{NUM})\s+(?:(?:fiscal|financial|consecutive|straight)\s+)?quarters\b(?![\w-])
      | (?<![\w-])(?P<num2>{NUM})\s+(?:{_alt(QUARTER_RUN_WORDS)})\s+(?:(?:fiscal|financial)\s+)?quarters\b(?![\w-])  # three consecutive quarters
      | (?<![\w-])(?:(?P<q>{_QDUR_BOUNDS})\s+|{_QDUR_AFTER})(?P<num3>{NUM})\s+quarters\b(?![\w-]|\s+of\b)  # in 11 quarters
    """),
    # durations: within 48 hours | the last 24 hours | a 15-year mission | two to three years | the past decade
    ("dur", rf"""
        (?:(?P<q>{QUAL})\s+)?
        (?:(?P<the>the)\s+(?![^.,;]{{1,30}}?\s(?:ago|earlier|later)\b|(?:1\d|20)\d\d\b)  # `the three years ago`: the ago branch's; `the 2008 Year`
           (?:(?P<rel>past|last|next|coming|previous|preceding|following|first|final)\s+)?)?
        (?:(?P<more>{_alt(DURATION_MORE_LEADS)})\s+(?=\d|{_WORDS}))?  # another 3 weeks, a further 14 days (`another week`: NUM's)
        (?P<num>{NUM})
        (?:\s*(?P<rng>to|-|–|or|and)\s*(?P<num2>\d+(?:\.\d+)?|{_WORDS}))?
        (?:\s+(?P<lead>and\s+(?:a\s+)?(?:half|(?P<lq>quarter))))?
        (?:\s+(?:consecutive|straight|successive|full|additional|extra|further|trading|business|working|calendar|{_alt(DURATION_MORE_WORDS)}
                |(?:fiscal|financial)(?=\s+years\b)))?  # 25 consecutive hours, 78 trading days
        (?P<sep>[\s-]*)
        (?P<unit>{UNIT})
        (?P<half>\s+and\s+a\s+(?:half|(?P<hq>quarter)))?
        (?P<tail>\s+or\s+(?:less|fewer|more|longer))?       # 3 years or less
        (?P<of>(?<=s)\s+of\s+the\s+(?:(?:fiscal|financial|calendar|current)\s+)?year\b)?  # the first six months of the (fiscal) year (`of 1990`: a row of its own)
        (?!-old|\s+old\b|-olds\b|s?\s*-\s*long\b(?=\s+\w+\s+old))
      | (?P<the2>the)\s+(?P<rel2>past|last|next|previous|following)\s+(?P<unit2>year|month|week|decade|century|fortnight)\b(?!\s+of\s+(?:the\s+)?(?:{MONTH}|\d|this|last|next|that|its|their))
      | (?<![\w-])(?:the|its|their|his|her|this|that)\s+(?P<lunit>year|month|week|day|hour|decade|century|centuries|years|months|weeks|days|hours|decades)-long\b(?!-)  # the decade-long war
      | the\s+(?:(?P<rel3>next|following|previous)\s+(?P<part3>day|morning|afternoon|evening|night)|(?P<unit4>day|week|month|year)\s+(?P<rel4>before|after)(?!\s+[\w"“(]))\b(?!-)  # the next day, the year before: counted from a date named before (temporal.anchor)
      | the\s+(?P<rel5>following|previous)\s+weekend\b(?!-)  # the following weekend: that of a day named before (temporal.anchor)
    """),
    # March 2011 | Dec. 2016
    ("my", rf"""
        (?P<mon>{MONTH})(?:,?\s+(?:of\s+)?|-)(?P<year>{YEAR_BARE})
    """),
    # 2015-2016 | 1939–45
    ("yrange", r"""
        (?<![\w$£€¥#.,/:@-])(?P<y1>1[0-9]\d\d|20\d\d)\s*(?:--|[-–—/])\s*(?P<y2>(?:1[0-9]\d\d|20\d\d)|\d\d)(?![\w%]|[.,:/-]\d)
    """),
    # years after a preposition: in 1937 | since 1900 | between 2010 and 2012 | in the year 2000
    ("yprep", rf"""
        (?<![\w-])
        (?P<prep>in|since|by|until|till|through|throughout|from|before|after|during|between|circa|c\.
                 |year|spring|summer|autumn|winter|(?-i:fall)|{_alt(YEAR_PREPS_EXTRA)})
        \s+(?:the\s+(?:year\s+)?(?!\d+\s+(?:fiscal\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)\b)|year\s+)?
        (?P<year>{YEAR})(?!\s*{ZONE_ANY})(?!(?<=0)['’]s\b)                          # not a clock: by 1130 GMT; not a decade: in the 1930's
        (?:
            (?P<list>(?:\s*,\s*{YEAR}){{1,12}},?\s+(?:and|or)\s+{YEAR})                      # in 2005, 2006 and 2007
          | \s*(?P<conn>--|-|–|—|/|to|and|or|until|through|till)\s*(?P<y2>{YEAR}|(?<=[-–—/])(?:(?:1[0-9]|20)\d\d|\d\d)(?![\w%]|[.,:/]\d))
        )?
    """),
    # the crisis of 1987 | all of 1993: a year after `of` (`a total of 2000`, `of 2000 people`: counts)
    ("yof", rf"""
        (?<![\w-])of\s+(?P<year>{YEAR})(?!\s*(?:--|[-–—/])\s*\d)
    """),
    # the 2011 census | 2016's election | (2009) | 2016 was | the party's 2019 manifesto
    ("ynoun", rf"""
        (?:
            (?P<det>{_alt(["the", *YEAR_DETERMINERS])})\s+(?P<year>{YEAR})(?=\s+(?P<noun>[A-Za-z][\w-]*))
          | (?P<year2>{YEAR})(?=['’]s\b)
          | (?<=\()(?P<year3>{YEAR})(?=\))
          | (?P<year4>{YEAR})(?=\s+(?:was|is|has|had|saw|will|marked|marks|brought|began|ended)\b)
          | (?<=,\s)(?P<year5>{YEAR})(?=\s*[,.;)])
          | (?<=\()(?P<year6>{YEAR})(?=\s+(?P<noun6>[a-z][\w-]*))          # (1999 population: ...)
          | (?P<year7>{YEAR})(?=\s+(?:{_alt(YEAR_NOUNS_BARE)})\b)          # 1993 data were compared
          | (?:(?<=\bto\s)|(?<=\bfor\s)|(?<=\band\s))(?P<year8>{YEAR})(?=\s+\(\s*\d)  # from 1993 (25%) to 1999 (23%)
          | (?<=\b[Ff]or\s)(?P<year9>{YEAR})(?=[,;)]\s|\.(?:\s|$)|\s+(?:{_alt(YEAR_AFTER_FOR_VERBS)})\b)  # For 2010, ... | a shortfall for 2007. | income for 2017 rose
          | (?<=[A-Za-z]['’]s\s)(?P<year10>{YEAR})(?=\s+(?P<noun10>[A-Za-z][\w-]*))  # the legislature's 2016 session
        )
    """),
    # on the 15th | Friday the 15th
    ("nth", rf"""
        (?<![\w-])
        (?:
            (?P<prep>{_alt(NTH_DAY_PREPS)})\s+(?P<the>the\s+)
            (?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b
            (?:(?P<each>\s+(?:{_alt(NTH_DAY_SET)}))\b
               |\s+of\s+(?P<mrel>{_alt(NTH_DAY_MONTH_REL)})\s+month\b   # the 18th of next month
               |(?!\s+(?:of\s+)?{MONTH}|\s+(?!(?:{_alt(NTH_DAY_CLAUSE_AFTER)})\b
                                            |(?:{_alt(NTH_DAY_INFINITIVE_AFTER)})\s+(?!(?:{_alt(NTH_DAY_INFINITIVE_NOT_BEFORE)})\b)[a-z])\w|-))
          | (?P<wd>{WEEKDAY}),?\s+the\s+(?:(?P<day2>{DAY})\b|(?P<dayw>{_lettered(DAY_WORDS, re.findall('[a-z]+', DAY_WORDS))})\b(?!\s+(?!of\b)[a-z]))(?!\s+(?:of\s+)?{MONTH})  # not `Wednesday, the first time`
        )
    """),
    # week 51 | MMWR week 12 | epidemiologic week 8: a surveillance week (temporal.anchor)
    ("weeknum", r"""
        (?<![\w-])
        (?:(?-i:MMWR|CDC)\s+|epidemiologic(?:al)?\s+)?week\s+(?P<n>\d{1,2})\b(?![.,:/-]?\d|\s*(?:%|-|–|to\b|through\b))
    """),
    # in the quarter | for the year | during the period: a period named before (temporal.anchor)
    ("anaphor", r"""
        (?<![\w-])(?:(?:in|for|during|over|throughout)\s+(?P<the>the)\s+(?:quarter|year|period)\b
        (?![\s-]*(?:\d|'\d|[\[(-]|of\b|to\b|up\s+to\b|ended\b|ending\b|leading\b|ahead\b|before\b|after\b|previous\b|when\b|in\s+which\b
                  |that\b|which\b|from\b|since\b|until\b|till\b|through\b|between\b))
        |(?P<that>that)\s+(?:same\s+(?=month\b))?(?:year|month)\b(?![\s-]*(?:\d|'\d|-|old\b)))  # In 1991 ... That year; in May, and that same month
    """),
    # Sunday | Sunday's | Sunday night
    ("weekday", rf"""
        (?:(?<![\w-])|(?<=(?i:day|ues|urs)-)(?={WEEKDAY}))  # (Monday-Tuesday: a range's end after a weekday's dash)
        (?:(?P<dmod>early|late)\s+|(?P<ovn>overnight)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?
        (?:\s+(?P<wk>week)(?![\w'’-])(?!\s+(?:of|ago|before|after|earlier|later|and|or|to|through|until|ends?|days?)\b))?  # British `Thursday week`
    """),
    # recently | in the past, | the future: PAST_REF / FUTURE_REF (TimeML), a noun standing alone
    ("vref", rf"""
        (?<![\w-])(?P<w>{_alt(REFERENCE_WORDS)})\b(?![\w-])
        (?!\s+(?:of|(?:{_alt(UNITS)})s?|\d|few|several|couple|night|decade|century|two|three|four|five|six|seven|eight|nine|ten)\b)
    """),
    # calling October an optimistic estimate: a month name alone, capitalised, not a person's name
    ("bmonth", rf"""
        (?<![\w-])(?P<prep>)
        (?:(?<=\bthe\s)|(?!(?-i:{"|".join(w.capitalize() for w in _FULL_MONTHS)})\s+(?-i:[A-Z][a-z])))  # the November Paris attacks: no name
        (?P<mon>(?-i:{"|".join(w.capitalize() for w in _FULL_MONTHS)})
               |(?-i:{"|".join(w.capitalize() for w in MONTHS_CAPITALISED_ONLY)})(?=\s+(?:{"|".join(REPORT_NOUNS_AFTER_MONTH)})\b)  # March sales
               |(?-i:{"|".join(w.capitalize() for w in MONTHS_CAPITALISED_ONLY)})(?=\s+(?:(?:and|or)\s+{MONTH_FULL}\s+)?(?:{_FUTURES_NOUNS})\b)  # May cocoa, March and May positions
               |(?:(?<=\band\s)|(?<=\bwith\s))(?-i:{"|".join(w.capitalize() for w in MONTHS_CAPITALISED_ONLY)})(?=\s+at\s+\d)  # ..., and March at 2.86-1/2
               |(?-i:{_ABBREVIATIONS_TITLE})(?=\s+(?:(?:{"|".join(REPORT_WORDS_AFTER_ABBREVIATED_MONTH)})\b|\+\d))  # Oct PPI, Dec +0.4%
               |{_PERIOD_BEFORE_TO}(?-i:{"|".join(w.capitalize() for w in MONTHS_CAPITALISED_ONLY)})  # the year to March
                (?!\s+(?:{_alt(VERB_OBJECTS_AFTER_MONTH)})\b))  # (not to March on Washington)
        \b(?![\s-]*\d(?!\d{{0,2}},\d{{3}}(?!\d))|['’]s\b(?!\s+(?:[a-z-]+\s+)?(?:{"|".join(REPORT_NOUNS_AFTER_MONTH)})\b))  # January's figures
        (?P<mon2>)(?P<then>)(?P<year>)
    """),
    # at 7, beside a part of the day (this morning at 7, at 7 in the evening): the handler checks it
    ("athour", rf"""
        (?<=\bat\s)(?P<h>1[0-2]|0?[1-9]|{_HOUR_WORDS})\b(?![:.,'’-]\d|\s*(?:{AMPM}|o['’]?\s?clock|in\s+the\b))
    """),
    # in November | since November | from June to August | since March 3,000 homes | until June 40 flights (a number that is no day)
    ("month", rf"""
        (?<![\w-])
        (?P<prep>in|since|by|until|till|through|throughout|from|before|after|during|between
                 |around|early|late|mid|last|this|next
                 |{_SCHEDULED_FOR}|{_COMMODITY_FOR})
        \s+(?P<mon>{MONTH_FULL}|(?-i:{_ABBREVIATIONS_TITLE})\b\.?)(?!\.?\s*(?!(?:3[2-9]|[4-9]\d)(?![\d.,:/-]))\d(?!\d{{0,2}},\d{{3}}(?!\d))|,\s*(?:1[0-9]\d\d|20\d\d)\b|\s+of\s+(?:1[0-9]\d\d|20\d\d)\b)
        (?:\s*(?:to|and|or|until|till|through|-|–)\s*(?P<mon2>{MONTH_FULL})(?!\s*\d))?  # June to August
        (?=(?P<then>\s*(?:to|and|or|until|till|through|-|–)\s*{MONTH},?\s+(?P<year>{YEAR}))?)  # ... May 2015
    """),
]

_FLAGS = re.IGNORECASE | re.VERBOSE
_CASE_RUN = re.compile(r"(?:\[([a-zA-Z])([a-zA-Z])\]){3,}(?![?*+{])")
_CASE_PAIR = re.compile(r"\[([a-zA-Z])([a-zA-Z])\]")


def compact(pattern: str) -> str:
    """`caseless(pattern)` with each run of 3+ spelt-out letters after the first written as one
    ASCII case-folded literal: `[dD][eE][cC]` -> `[dD](?ai:ec)`. The same matches (ASCII folding
    only: not the Kelvin sign, as the classes), the first letter still a class the engine skips on,
    and about a third less to compile (patterns are compiled at run time, per process).

    >>> compact("december|years?")
    '[dD](?ai:ecember)|[yY](?ai:ear)[sS]?'
    """
    def squeeze(m: re.Match[str]) -> str:
        pairs = _CASE_PAIR.findall(m.group())
        if any(a.swapcase() != b for a, b in pairs):
            return m.group()
        return f"[{pairs[0][0]}{pairs[0][1]}](?ai:{''.join(a.lower() for a, _ in pairs[1:])})"

    return _CASE_RUN.sub(squeeze, caseless(pattern))


class _Compiled(dict):
    """Each branch compiled on its own, case spelt out (see `_regex.caseless`: faster), on first use:
    compiling all of them costs about 0.15 s, which a one-line run should not pay. Read-only in use:
    a look-up fills a branch's slot once; the sources never change."""

    def __init__(self, sources: dict[str, str]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        compiled = self[name] = re.compile(compact(self._sources[name]))
        return compiled


BRANCH_RE: dict[str, re.Pattern[str]] = _Compiled(dict(BRANCHES))

# -- dispatch: which branches can start with a given word -----------------------------------------

_NUMBER_WORDS = [*UNITS_WORDS, *TENS_WORDS, "a", "an", "half", "another", "dozens", "hundreds", "thousands",
                 "millions", "billions"]
_MONTH_WORDS = list(MONTHS)
_WEEKDAY_WORDS = list(WEEKDAYS)
_DAY_WORD_LIST = re.findall(r"[a-z]{2,}", DAY_WORDS)  # not the s of [\s-]
_PREPS = ["in", "since", "by", "until", "till", "through", "throughout", "from", "before", "after", "during", "between", "around"]
#: The first words a branch's match can start with: "#y" is a number of four digits (a year's
#: shape: 2016, 1990s), "#" any other number written in digits.
BRANCH_STARTS: dict[str, list[str]] = {
    "md": [*_WEEKDAY_WORDS, "the", *_MONTH_WORDS],
    "dm": [*_WEEKDAY_WORDS, "the", "#", *_DAY_WORD_LIST],
    "iso": ["#y"], "num": ["#"], "clock": ["#"], "ampm": ["#", "#y"], "hourrange": ["#"],
    "noon": ["#", "noon", "midday", "midnight", "mid", "midmorning", "midafternoon"],
    "fiscal": ["q", "h", "#", *(w.split()[0].lower() for w in FISCAL_WORDS)],
    "milclock": ["#", "#y"],
    "monrange": ["the", *_FULL_MONTHS, *MONTHS_CAPITALISED_ONLY],
    "dayrange": ["from", "between", "the", "#", *_MONTH_WORDS],
    "halfunit": ["half", "quarter"],
    "yearend": [*YEAR_END_PREPS, "this", "last", "next"],
    "whole": sorted({w.split()[0] for w in WHOLE_PERIOD_WORDS}),
    "bare": [*VAGUE_PREPS, "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"],
    "quarter": ["the", "fiscal", "first", "second", "third", "fourth", "final", "last", "#", "q", "h"],
    "mod": ["early", "earlier", "late", "later", "mid", "middle", "the", "end", "beginning", "start", "turn"],
    "decade": ["#y", "the", "early", "mid", "late"],
    "century": ["the", "#", *ORD_WORDS.replace("-", "|").split("|")],
    "season": ["the", *SEASONS],
    "bseason": [*SEASON_PREPS, "the"],
    "same": ["the"],
    "rel": ["this", "last", "next", "coming", "previous", "current", "past", "the", "early", "late"],
    "vague": ["several", "many", "a", "few", "recent", "the"],
    "wdweek": ["this", "next", "last", "on", *_WEEKDAY_WORDS],
    "deictic": ["yesterday", "today", "tomorrow", "tonight", "overnight", "the", "past", "last", "early", "late", "earlier", "later"],
    "holiday": sorted({h.split()[0].split("'")[0] for h in _HOLIDAY_NAMES}),
    "set": ["once", "twice", "thrice", "#", "#y", *_NUMBER_WORDS, "every", "each", "per", *FREQUENCY_WORDS, "semi",
            "on", *(w + "s" for w in _WEEKDAY_WORDS)],  # (not `Monday`: only `on Mondays`, `Mondays` start a set)
    "ago": ["#", "#y", *_NUMBER_WORDS],
    "qdur": ["the", "#", *UNITS_WORDS, *TENS_WORDS, *(w for w in QUARTER_DURATION_PREPS if w in QUALIFIERS)],
    "dur": [*{w.split()[0].rstrip(".") for w in QUALIFIERS}, "the", "#", "#y", *_NUMBER_WORDS, "its", "their", "his", "her",
            "this", "that"],
    "my": _MONTH_WORDS,
    "yrange": ["#y"],
    "yprep": [*_PREPS, "circa", "c", "year", *SEASONS, *YEAR_PREPS_EXTRA],
    "ynoun": ["the", "#y", *YEAR_DETERMINERS],
    "yof": ["of"],
    "weekday": [*_WEEKDAY_WORDS, "early", "late", "overnight"],
    "month": [*_PREPS, "early", "late", "mid", "last", "this", "next", "for"],
    "vref": sorted({w.split()[0] for w in REFERENCE_WORDS}),
    "bmonth": [*_FULL_MONTHS, *MONTHS_CAPITALISED_ONLY, *_ABBREVIATIONS],
    "wordtime": ["half", "a", "quarter", "#", *HOUR_WORDS, *[w for w, n in UNITS_WORDS.items() if 13 <= n <= 19],
                 "twenty", "thirty", "forty", "fifty"],
    "nth": [*NTH_DAY_PREPS, *_WEEKDAY_WORDS],
    "weeknum": ["week", "mmwr", "cdc", "epidemiologic", "epidemiological"],
    "anaphor": ["in", "for", "during", "over", "throughout", "that"],
    "weekof": ["the", "first", "second", "third", "fourth", "fifth", "last", "final", "#", "week"],
    "monthof": ["the", "month"],
    "nthwd": ["the", "first", "second", "third", "fourth", "fifth", "last", "final", "#"],
    "athour": ["#", *HOUR_WORDS],
}
DISPATCH: dict[str, tuple[str, ...]] = {}
for _word in sorted({w for ws in BRANCH_STARTS.values() for w in ws}):
    DISPATCH[_word] = tuple(name for name, _ in BRANCHES if _word in BRANCH_STARTS[name])


#: Where DISPATCH gives at least this many branches (`a`: 7, `in`: 6; numbers and `the` go through
#: their pre-tests, `GATES`, instead) to a word seen more than `FIRST_OF_AFTER` times in a document,
#: they are tried at once (`FIRST_OF`). The combined regex costs about 60 ms to compile and saves
#: about 5 µs a use: only a text dense with one word (a table, a hostile input) pays it back.
FIRST_OF_MIN = 4
FIRST_OF_AFTER = 1000
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


class _FirstOf(dict):
    """Branch names (a DISPATCH entry) -> one regex, the alternation of those branches in their
    order, each in a group `b<i>`: `match(...).lastgroup` names the first branch that matches there,
    as trying them one by one would (an alternation tries its alternatives in order), in one call
    into C. Inner group names are dropped; branches of which one refers back to a group map to None
    (try them one by one). Compiled on first use, once for all the words that share the branches."""

    def __missing__(self, names: tuple[str, ...]) -> re.Pattern[str] | None:
        bodies = [compact(_SOURCES[name]) for name in names]
        if any("(?P=" in b or "(?(" in b or re.search(r"\\[1-9]", b) for b in bodies):
            self[names] = None
            return None
        compiled = self[names] = re.compile("|".join(f"(?P<b{i}>{_NAMED_GROUP.sub('(?:', b)})" for i, b in enumerate(bodies)))
        return compiled


_SOURCES = dict(BRANCHES)
FIRST_OF: dict[tuple[str, ...], re.Pattern[str] | None] = _FirstOf()


# -- pre-tests: which branches can match at a number ----------------------------------------------

#: A cheap necessary condition for a branch to match at a number written in digits (the DISPATCH
#: keys "#" and "#y"): what must follow the digits. Written for IGNORECASE | VERBOSE, like the
#: branches. A branch with no pre-test here is always tried; a branch whose pattern changes must keep
#: its pre-test a superset (tests/test_fast_paths.py checks each against its branch).
#: NUM's forms that start with a digit, as NUM writes them (bounded: not `\d[\d,.]*`, which would run
#: to the end of `1,1,1,...` at every number in it).
_UNIT_AFTER_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+|[½¼¾])?(?!\d)|\d+-and-a-half)"
_MONTH_PREFIXES_ANY = "|".join(sorted({w[:2] for w in [*MONTHS, *MONTH_ABBREVIATIONS]}))
#: The letters every alternative of UNIT starts with (tests/test_fast_paths_temporal.py checks them).
UNIT_FIRST = "ydwhmscf"
#: UNIT behind a look-ahead at its first letter: the engine tries UNIT's alternatives only at those letters.
_UNIT_AHEAD = rf"(?=[{UNIT_FIRST}]){UNIT}"
NUMBER_PRETESTS: dict[str, str] = {
    "dayrange": r"\d\d?(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till|through)\s*(?:the\s+)?\d\d?(?:st|nd|rd|th)?\s+"
                rf"(?:(?:this|next|last)\s+month|of|{_MONTH_PREFIXES_ANY})",
    "weekof": r"[1-5](?:st|nd|rd|th)\s+week",
    "nthwd": r"[1-5](?:st|nd|rd|th)\s+[^\W\d_]",
    "dm": r"\d\d?(?:st|nd|rd|th)?(?:\s+of\s+|[\s-]*)(?:"
          + "|".join(sorted({w[:2] for w in [*MONTHS, *MONTH_ABBREVIATIONS]})) + ")",
    "num": r"\d\d?[/.-]\d",
    "milclock": r"\d{4}(?:\s*(?:-|–|to|until|till|local|hrs|hours|(?-i:["
                + "".join(sorted({z[0] for z in ZONES})) + r"]))|(?<=\bat\s\d{4})(?=\s+on\s|\s*[,.;]))",
    "hourrange": r"\d\d?(?:[:.]\d\d)?\s*(?:-|–|to|until|till|and)\s*\d\d?(?:[:.]\d\d)?\s*[ap]",
    "clock": r"\d\d?:\d",
    "ampm": r"\d\d?(?:[.:]?\d\d)?\s*[ap]",
    "wordtime": r"\d\d?\s+(?:min|past|o|in\s)",
    "noon": r"12\s+(?:noon|mid)",
    "fiscal": r"(?-i:[1-4]Q|[12]H)",
    "quarter": r"[1-4](?:st|nd|rd|th)[\s-]+(?:quarter|qtr|half)|(?:19|20)\d\d\s+(?:fiscal\s+)?(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))[\s-]+(?:quarter|half)",
    "century": r"\d\d?(?:st|nd|rd|th)[\s-]+centur",
    "ago": rf"{_UNIT_AFTER_DIGITS}(?:\s+(?:{_alt(SCALES_BEFORE_SINGULAR_AGO)}))?[\s-]*{_UNIT_AHEAD}",
    "set": r"\d+\s+times",
    "qdur": rf"{_UNIT_AFTER_DIGITS}\s+(?:[^\W\d_]+\s+){{0,2}}quarters",
    "dur": rf"""{_UNIT_AFTER_DIGITS}(?:\s*(?:to|-|–|or|and)\s*(?:\d|{LETTER})  # a range: the branch reads on to its unit (a number word starts with a letter: LETTER compiles in no time, _WORDS in 6 ms a gate)
               |\s+and\s+(?:a\s+)?(?:half|quarter)|[\s-]*{_UNIT_AHEAD}
               |\s+(?:consecutive|straight|successive|full|additional|extra|further|trading|business|working|calendar|fiscal|financial
                      |{_alt(DURATION_MORE_WORDS)}))""",
    "athour": r"(?<=\bat\s)\d",
    "iso": r"\d{4}[-/.]",
    "decade": r"\d{3}0'?s",
    "yrange": r"\d{4}\s*(?:--|[-–—/])",
}
_ORDINALS_OF_WEEK = "first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th)"
_MONTH_PREFIXES = "|".join(sorted({w[:2] for w in [*MONTHS, *MONTH_ABBREVIATIONS]}))
_AFTER_THE = lambda words: "|".join(sorted({w.split()[1] for w in words if len(w.split()) > 1 and w.split()[0] == "the"}))  # noqa: E731
#: The same at `the`: what the word after it must be for each branch dispatched there.
THE_PRETESTS: dict[str, str] = {
    "monrange": rf"the\s+(?:{_MONTH_PREFIXES})",
    "weekof": rf"the\s+(?:{_ORDINALS_OF_WEEK}|week)",
    "nthwd": rf"the\s+(?:{_ORDINALS_OF_WEEK})",
    "monthof": r"the\s+month",
    "md": rf"the\s+(?:{_MONTH_PREFIXES})",
    "dm": rf"the\s+(?:\d|{'|'.join(sorted(set(_DAY_WORD_LIST), key=lambda w: (-len(w), w)))})",
    "quarter": rf"the\s+(?:fiscal|first|second|third|fourth|final|last|[1-4](?:st|nd|rd|th)|(?-i:[QH][1-4])|(?:19|20)\d\d\s|{_QUARTER_END_MONTHS})",
    "mod": rf"the\s+(?:early|late|mid|{_AFTER_THE(MODIFIERS)})",
    "decade": rf"the\s+(?:early|mid|late|\d|'|nineteen|{_alt(DECADE_WORDS)})",
    "century": rf"the\s+(?:(?:early|mid|late)[\s-]+)?(?:\d|{ORD_WORDS})",
    "season": rf"the\s+(?:{SEASON})",
    "same": r"the\s+(?:same|year|prior)",
    "rel": rf"the\s+(?:previous|current|latest|new\s+year|following|{_alt(PREVIOUS_WORDS)})",
    "vague": r"the\s+(?:past|last|next|coming)",
    "deictic": r"the\s+(?:day|past|week|month|year)",
    "qdur": r"the\s+(?:past|last|next|previous|coming|first|final)",
    "dur": rf"the(?:\s+(?:past|last|next|coming|previous|preceding|following|first|final|day|week|month|year|{NUM}|[^\W\d_]+-long)|-and-a-half)",
    "ynoun": r"the\s+\d",
    "vref": rf"the\s+(?:{_AFTER_THE(REFERENCE_WORDS)})",
    "bseason": rf"the\s+(?:{'|'.join(sorted({w[:2] for w in SEASONS}))})",
}
#: The same at `a` / `an` (about one word in fifty of news): what the next word must be. After `a`,
#: NUM (`numbers.WORDS`) reads on only into `a half`, `a dozen`, `a quarter of`, `a hundred` ...
_A_NUMBER_NEXT = _alt(["half", "quarter", "dozen", "and", *SCALE_WORDS])
_A_DUR_NEXT = _alt(["to", "or", "estimated", "consecutive", "straight", "successive", "full", "additional", "extra",
                    "further", "trading", "business", "working", "calendar", "fiscal", "financial"])
_SET_NEXT = _alt(sorted({"other", "a", "an", "half", "quarter", "dozen", "dozens", "thousands", "hundreds", "millions",
                         "billions", *UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "year", "annum", "month", "week", "day",
                         "hour", "minute", "second", "night", "morning", "evening", "afternoon", "decade",
                         "fortnight", *WEEKDAYS}))
A_PRETESTS: dict[str, str] = {
    "wordtime": r"a\s+quarter",
    "vague": r"a\s+(?:few|couple)",
    "whole": rf"an?\s+(?:{_alt(sorted({w.split()[1] for w in WHOLE_PERIOD_WORDS if w.split()[0] in ('a', 'an')}))})",
    "ago": rf"an?(?:[\s-]*{_UNIT_AHEAD}|[\s-]+(?:{_A_NUMBER_NEXT}))",
    "set": rf"an?(?:[\s-]+half|\s+(?:\d|{_SET_NEXT}))",
    "dur": rf"an?(?:\s*[-–]|[\s-]*{_UNIT_AHEAD}|\s+(?:{_A_NUMBER_NEXT}|{_A_DUR_NEXT}))",
    "ynoun": r"an?\s+\d",
}
_SEASON_PREFIXES = "|".join(sorted({w[:2] for w in SEASONS}))
#: The same at a preposition (`in`, `by`, `for`, `on` ...: the words in `_PREP_KEYS`): the word after it.
PREP_PRETESTS: dict[str, str] = {
    "yprep": r"[^\W\d_]+\s+(?:the\s+|year\s+){0,2}\d",
    "month": rf"[^\W\d_]+\s+(?:{_MONTH_PREFIXES})",
    "bseason": rf"[^\W\d_]+\s+(?:the\s+)?(?:{_SEASON_PREFIXES})",
    "bare": rf"[^\W\d_]+\s+(?:{_BARE_UNITS})",
    "anaphor": r"[^\W\d_]+\s+the\s+(?:quarter|year|period)",
    "nth": r"[^\W\d_]+\s+the\s+\d",
    "yearend": r"[^\W\d_]+\s+(?:(?:this|last|next)\s+)?year[- ]end",
    "wdweek": rf"on\s+(?:{_alt(sorted({w[:2] for w in WEEKDAYS}))})",
    "set": rf"on\s+(?:{_alt(sorted(w for w in WEEKDAYS if w.endswith('day')))})s\b",  # on Mondays (its only form at `on`)
}
#: Prepositions pre-tested with PREP_PRETESTS.
_PREP_KEYS = ("in", "by", "for", "on", "since", "from", "after", "before", "until", "till", "during", "through",
              "throughout", "into", "at")
#: Determiners before a year (`this 2016 budget`, YEAR_DETERMINERS) or a `-long` period (`its decade-long war`).
DETERMINER_PRETESTS: dict[str, str] = {
    "ynoun": r"[^\W\d_]+\s+\d",
    "month": PREP_PRETESTS["month"],
    "yearend": PREP_PRETESTS["yearend"],
    "wdweek": r"this\s+week",
    "anaphor": r"that\s+(?:year|month|same\s+month)\b",  # (only `that` leads `anaphor`)
}


def _dur_after(key: str) -> str:
    """`dur`'s pre-test at a preposition or a determiner: a qualifier that starts with it (`in excess
    of`, `at least`), a `-long` period after it (`its decade-long`), or NUM's `[a-z]+-and-a-half`."""
    seconds = sorted({q.split()[1] for q in QUALIFIERS if len(q.split()) > 1 and q.split()[0] == key})
    return rf"{key}(?:-and-a-half|\s+[^\W\d_]+-long" + (rf"|\s+(?:{_alt(seconds)})" if seconds else "") + ")"


def _qualified(key: str, branch: str) -> str:
    """`dur`'s or `qdur`'s pre-test at the first word of a qualifier (`over`, `about`, `more` ...) that
    no other pre-tests read: the branch reads on through the qualifier to a number, and a number in
    digits there must pass its own pre-test (`over 400,000 people`: neither branch is tried); or the
    word is NUM's `[a-z]+-and-a-half`."""
    phrases = [q for q in QUALIFIERS if q.split()[0].rstrip(".") == key] if branch == "dur" else [key]
    return rf"{key}-and-a-half|(?:{_alt(phrases)})\s+(?:(?![\d\s])|{NUMBER_PRETESTS[branch]})"


#: Qualifier words with no pre-tests of their own (not prepositions, determiners or `a`, `an`).
_QUALIFIER_KEYS = sorted({q.split()[0].rstrip(".") for q in QUALIFIERS} - {"in", "at", "an", "the", "a"})


_WEEKDAY_PREFIXES = _alt(sorted({w[:2] for w in WEEKDAYS}))
#: The same at an ordinal (`first`, `last` ...): the word after it (`last` also leads `last week`,
#: `last night`, `last year-end`, `last November`, read with PREP_PRETESTS' tests).
ORDINAL_PRETESTS: dict[str, str] = {
    "weekof": r"[^\W\d_]+\s+week",
    "nthwd": rf"[^\W\d_]+\s+(?:{_WEEKDAY_PREFIXES})",
    "dm": r"[^\W\d_]+\s+of\b",
    "quarter": r"[^\W\d_]+[\s-]+(?:fiscal\s+)?(?:quarter|qtr|half)",
    "century": r"[^\W\d_]+[\s-]+centur",
    "wdweek": r"last\s+week",
    "deictic": r"last\s+night",
    "yearend": PREP_PRETESTS["yearend"],
    "bare": PREP_PRETESTS["bare"],
    "month": PREP_PRETESTS["month"],
}
_ORDINAL_KEYS = ("first", "second", "third", "fourth", "fifth", "last", "final")
#: DISPATCH key -> its pre-tests (by branch name); `May` and `March` (a verb, a noun in lower case)
#: lead their branches capitalised only.
PRETESTS: dict[str, dict[str, str]] = {
    **{k: {b: _qualified(k, b) for b in ("qdur", "dur") if b in DISPATCH[k]} for k in _QUALIFIER_KEYS},
    **{k.lower(): dict.fromkeys(DISPATCH[k.lower()], r"(?-i:[A-Z])") for k in MONTHS_CAPITALISED_ONLY},
    **{k: ORDINAL_PRETESTS for k in _ORDINAL_KEYS},
    "#": NUMBER_PRETESTS, "#y": NUMBER_PRETESTS, "the": THE_PRETESTS, "a": A_PRETESTS, "an": A_PRETESTS,
    **{k: {**PREP_PRETESTS, "dur": _dur_after(k)} for k in _PREP_KEYS},
    **{k: {**DETERMINER_PRETESTS, "dur": _dur_after(k)} for k in sorted(set(YEAR_DETERMINERS) - {"a", "an"})},
}


class Gate:
    """The pre-tests of one DISPATCH key as one regex: each passing pre-test sets its empty group,
    so one match call in C says which of the key's branches can match at a word (`branches`); the
    others are skipped, the branches with no pre-test always kept, the order kept."""

    __slots__ = ("_gated", "_kept", "_names", "regex")

    def __init__(self, names: tuple[str, ...], tests: dict[str, str]) -> None:
        self._names = names
        self._gated = [n in tests for n in names]
        self.regex = re.compile("".join(f"(?:(?={compact(tests[n])})(?P<g{i}>)|)" for i, n in enumerate(names) if n in tests))
        self._kept: dict[tuple[str | None, ...], tuple[str, ...]] = {}  # a memo: which pre-tests passed -> branches

    def branches(self, text: str, pos: int) -> tuple[str, ...]:
        """The branches to try at `pos`, in DISPATCH order."""
        passed = self.regex.match(text, pos).groups()  # type: ignore[union-attr]  # it always matches (empty)
        kept = self._kept.get(passed)
        if kept is None:
            flags = iter(passed)
            kept = tuple(n for n, gated in zip(self._names, self._gated) if not gated or next(flags) is not None)
            if len(self._kept) < 4096:
                self._kept[passed] = kept
        return kept


class _Gates(dict):
    """DISPATCH key -> its `Gate`, or None for a key with no pre-tests; compiled on first use (a few ms)."""

    def __missing__(self, key: str) -> Gate | None:
        names, tests = DISPATCH.get(key, ()), PRETESTS.get(key, {})
        gate = self[key] = Gate(names, tests) if any(n in tests for n in names) else None
        return gate


GATES: dict[str, Gate | None] = _Gates()


#: Words one of which every temporal expression contains (with digits): where to look.
TRIGGER_WORDS = [
    *MONTHS, *WEEKDAYS, *(w + "s" for w in WEEKDAYS if w.endswith("day")), *SEASONS, *PARTS_OF_DAY,
    *DECADE_WORDS, *FREQUENCY_WORDS, *(u for u in UNITS if (len(u) > 2 or u in ("hr", "yr", "wk")) and u != "centurie"),
    *(u + "s" for u in UNITS if len(u) > 2 and not u.startswith(("centur", "millenni"))),
    "hrs", "yrs", "wks", "mos", "centuries",
    *(h for h in _HOLIDAY_NAMES if " " not in h and "'" not in h),  # multi-word holidays: through their day word
    "yesterday", "today", "tomorrow", "overnight", "night", "noon", "midday", "midnight", "weekend", "weekends",
    "midmorning", "midafternoon", "pm", "am", "p.m", "a.m",  # seven thirty pm
    "quarter", "quarters", "qtr", "half", "annum", "clock", "valentine", "period",
    *(w.split()[-1] for w in REFERENCE_WORDS),  # recently, the past, the future
]


#: Digits, or a trigger word standing alone.  (`3h` is found through its digits.)
TRIGGER = re.compile(r"\d+(?:[.,:/-]\d+)*|(?<![A-Za-z])" + caseless(trie(TRIGGER_WORDS)) + r"\b")
#: Only the words some branch starts with (and numbers): what `find_temporal` tries, found in C
#: instead of looping over every word in Python. A key is matched only where it is a whole word
#: or the letters before a number (Q1, FY2016), as `dispatch_key` reads it.
DISPATCH_WORD = re.compile(
    r"(?<!\w)(?:\d\w*|(?:" + caseless(trie(sorted(k for k in DISPATCH if not k.startswith("#")))) + r")(?![A-Za-z])\w*)"
)
#: The letters a word starts with (Q1 -> Q, FY2016 -> FY), for dispatch.
LETTERS = re.compile(r"[A-Za-z]+")


def dispatch_key(token: str) -> str:
    """The DISPATCH key of a word: its letters in lower case, or "#y" / "#" for numbers.

    >>> [dispatch_key(t) for t in ["The", "2016", "1990s", "10", "20000", "Q1", "FY2016", "1st"]]
    ['the', '#y', '#y', '#', '#', 'q', 'fy', '#']
    """
    if token[0].isdigit():
        return "#y" if len(token) >= 4 and token[:4].isdigit() and token[4:5] in ("", "s") else "#"
    if token.isalpha():
        return token.lower()
    m = LETTERS.match(token)
    return m.group().lower() if m else ""

#: Cheap checks on the text around a match.
NUMBERISH_BEFORE_RE = re.compile(
    r"""(?:\d[\d.,]*\s*(?:%|[kmb]n?|bn|tn|mn)?|once|twice|thrice|times|hundred|thousand|million|billion
          |trillion|dozen|percent|per\s+cent|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve
          |twenty|thirty|forty|fifty|hundred)\b)
        (?:\s+[^\s\d]++){0,3}?\s*$""",  # `++`: a word is read whole (a part is never followed by a space or the end),
    _FLAGS,                          # not given back letter by letter at each of three words (15 us a search)
)
_PARTS = "|".join(sorted(PARTS_OF_DAY, key=len, reverse=True))
#: A part of the day right before a clock: `in the afternoon at 7`, `evening 7:00` (`this morning at 7`
#: too: the caller checks the word before it).
PART_BEFORE_RE = re.compile(rf"(?<![\w-])(?:in\s+the\s+)?(?P<part>{_PARTS})\s+(?:at\s+)?$", re.IGNORECASE)
#: A part of the day right after `at 7`: `at 7 this morning`, `at 7 on Friday evening`, `at 9 tonight`.
PART_AFTER_RE = re.compile(
    rf"\s+(?:(?:this|tomorrow|yesterday|on\s+\w+|\w+day)\s+)?(?P<part>{_PARTS})\b", re.IGNORECASE)
#: Words that make `morning` (before a clock) a date row of its own: this morning, Friday evening.
PART_DETERMINERS_RE = re.compile(rf"\b(?:this|last|next|yesterday|tomorrow|every|each|the|{'|'.join(WEEKDAYS)})\s+$",
                                 re.IGNORECASE)
#: A number and `and` before `a quarter`, `a half`: a fraction of that number (five and a quarter).
FRACTION_AND_BEFORE_RE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(sorted([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS], key=len, reverse=True))}))\s+and\s+$",
    re.IGNORECASE)
#: The longest figure FRACTION_AND_BEFORE_RE reads before `and`: a match starts at most this far before it.
FRACTION_AND_LONGEST = max(len(w) for w in [*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS])
SPEED_UNITS = r"(?:miles?|km|kilomet(?:re|er)s?|knots?|feet|metres?|meters?|mph|kph)"
SPEED_UNITS_LONGEST = 10  # the longest word SPEED_UNITS matches (tests/test_fast_paths.py checks it)
SPEED_BEFORE_RE = re.compile(rf"{SPEED_UNITS}\s*$", re.IGNORECASE)
