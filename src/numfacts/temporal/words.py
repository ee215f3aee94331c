"""The words of the temporal tagger, read from the language table `lang/<lang>/temporal.json`.

Only the vocabulary lives in the table (months, weekdays, units, qualifiers, holidays, tense cues,
fiscal words ...); `patterns` builds its regular expressions from these names, so another language
needs a new table, not new code. English is the only table today.

>>> MONTHS["sept"], WEEKDAYS["thurs"], SEASONS["fall"], UNITS["fortnight"]
(9, 3, 'FA', ('week', 'W', 2))
>>> "cases" in COUNTED_NOUNS, "elections" in YEAR_PLURALS
(True, True)
"""

from __future__ import annotations

from ..lang import table

LANG = "en"
_T = table(LANG, "temporal")
_S = table(LANG, "sentences")

MONTHS: dict[str, int] = dict(_T["months"])
#: Month names read as months only when capitalised (May, March are also verbs).
MONTHS_CAPITALISED_ONLY: tuple[str, ...] = _T["months_capitalised_only"]
MONTH_ABBREVIATIONS: tuple[str, ...] = _T["month_abbreviations"]
#: Abbreviations that are also words (`mar`): read as months only when capitalised.
MONTH_ABBREVIATIONS_ALSO_WORDS: tuple[str, ...] = _T["month_abbreviations_also_words"]
WEEKDAYS: dict[str, int] = dict(_T["weekdays"])
SEASONS: dict[str, str] = dict(_T["seasons"])
SEASONS_CAPITALISED_ONLY: tuple[str, ...] = _T["seasons_capitalised_only"]
PARTS_OF_DAY: dict[str, str] = dict(_T["parts_of_day"])
#: Duration units: canonical unit name, ISO letter, how many of that letter one unit is.
UNITS: dict[str, tuple[str, str, int]] = {k: tuple(v) for k, v in _T["units"].items()}  # type: ignore[misc]
#: Adverbs of frequency: the ISO period of one repetition.
FREQUENCY_WORDS: dict[str, str] = dict(_T["frequency_words"])
#: Words that bound a number, mapped to the contract's qualifier.
QUALIFIERS: dict[str, str] = dict(_T["qualifiers"])
#: Modifiers before a date: early 2016, mid-November, the end of the year.
MODIFIERS: dict[str, str | None] = dict(_T["modifiers"])
DECADE_WORDS: dict[str, int] = dict(_T["decade_words"])
#: Words between a number and its unit (`12 more days`) and before the number (`another 3 weeks`) of a duration.
DURATION_MORE_WORDS: tuple[str, ...] = tuple(_T["duration_more_words"])
DURATION_MORE_LEADS: tuple[str, ...] = tuple(_T["duration_more_leads"])
#: Tense cues (`resolve.tense`): irregular past forms and adverbs; future words; the words before
#: `to` that make it future (`plans to`); the words after which a past form is no simple past.
PAST_WORDS = frozenset(_T["past_words"])
FUTURE_WORDS = frozenset(_T["future_words"])
#: Words before `as early as` / `as soon as` that make the weekday after it the coming one.
EARLIEST_AFTER = frozenset(_T["earliest_after"])
FUTURE_BEFORE_TO = frozenset(_T["future_before_to"])
NOT_PAST_AFTER = frozenset(_T["not_past_after"])
#: `could have`, `might have`: a past, not a future (`could have operated on Saturday`); `would have
#: to` stays future.
MODALS_BEFORE_HAVE = frozenset(_T["modals_before_have"])
#: Nouns that make a four-digit number a count, not a year: `in 2000 cases`, `the 1500 people`.
COUNTED_NOUNS = frozenset(_T["counted_nouns"])
#: Plural nouns after `the 2016` that still make it a year: `the 2016 elections`.
YEAR_PLURALS = frozenset(_T["year_plurals"])
#: Holidays: fixed (month, day), and movable by rule (`nth_weekday` month weekday n,
#: `last_weekday` month weekday, `easter` days-after-Easter-Sunday).
HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in _T["holidays_fixed"].items()}  # type: ignore[misc]
HOLIDAYS_MOVABLE: dict[str, tuple] = {k: tuple(v) for k, v in _T["holidays_movable"].items()}
#: Capitalised nouns that make a holiday or weekday a name: the Good Friday Agreement, the Sunday Times.
HOLIDAY_NAME_NOUNS: tuple[str, ...] = _T["holiday_name_nouns"]
WEEKDAY_NAME_NOUNS: tuple[str, ...] = _T["weekday_name_nouns"]
#: Time zones and their UTC offsets as ISO 8601 writes them (`Z` for UTC; None: a zone of no one offset).
ZONES: dict[str, str | None] = dict(_T["zones"])
#: Zone regions in words after a clock (`Eastern time`): [standard offset, daylight offset].
ZONE_REGIONS: dict[str, tuple[str, str]] = {k: tuple(v) for k, v in _T["zone_regions"].items()}  # type: ignore[misc]
ZONE_STANDARD_DAYLIGHT: tuple[str, str] = tuple(_T["zone_standard_daylight"])  # type: ignore[assignment]
ZONE_BARE_REGIONS = frozenset(_T["zone_bare_regions"])
ZONE_NOT_PLACE = frozenset(_T["zone_not_place"])
#: `two days a week`: the words that open the set of an occurrence set.
OCCURRENCE_SET_LEADS: tuple[str, ...] = tuple(_T["occurrence_set_leads"])
RATE_SECOND_FOLLOWERS = frozenset(_T["rate_second_followers"])
SPAN_PREPS_BEFORE_A = frozenset(_T["span_preps_before_a"])
#: Verbs after `to` that make it future: `the year to end September 30`, `is to be held`.
FUTURE_AFTER_TO = frozenset(_T["future_after_to"])
#: Present-tense verbs of a timetable (`meets Thursday`, `arrives on Monday`): a future cue.
SCHEDULED_PLURAL = frozenset(_T["scheduled_plural"])  # `Doors open Friday`: a cue only after a plural subject
SCHEDULED_PLURAL_NOT_AFTER = frozenset(_T["scheduled_plural_not_after"])
SCHEDULED_PLURAL_NOT_BEFORE = frozenset(_T["scheduled_plural_not_before"])  # `Stocks end higher on Friday`: a report
SCHEDULED_PRESENT = frozenset(_T["scheduled_present"]) | SCHEDULED_PLURAL
#: Of those, the ones that are a cue only right before their date (`due Monday`, `the opener is Sept. 10`).
SCHEDULED_NEXT_TO_DATE = frozenset(_T["scheduled_next_to_date"])
#: Nouns after a present `take(s)` that make a future cue: `takes effect on Jan. 1`.
FUTURE_AFTER_TAKE = frozenset(_T["future_after_take"])
#: The forms of `take` before those nouns.
TAKE_FORMS = frozenset(_T["take_forms"])
#: Words that end a figure right before a bound word: the bound compares the figure (`11 percent more than a year ago`).
FIGURE_WORDS_BEFORE_BOUND: tuple[str, ...] = tuple(_T["figure_words_before_bound"])
#: `three quarters of an hour`: the number of quarters each word before `quarter(s) of` counts.
QUARTER_COUNTS: dict[str, int] = dict(_T["quarter_counts"])
#: Words before a timetable word that make it a noun (`at the close Friday`): no cue.
SCHEDULED_NOT_AFTER = frozenset(_T["scheduled_not_after"])
#: Timetable verbs that are verbs only after a name (`Myanmar votes on Sunday`; `postal votes` is a noun).
SCHEDULED_AFTER_NAME = frozenset(_T["scheduled_after_name"])
SCHEDULED_RELATIVE = frozenset(_T["scheduled_relative"])
ED_ADJECTIVE_AFTER = frozenset(_T["ed_adjective_after"])
DAY_BEFORE_TO = frozenset(_T["day_before_to"])
PLAN_BEFORE_DAY = frozenset(_T["plan_verbs_before_day"]) | FUTURE_BEFORE_TO
#: Past words that are no tense before `than` (`earlier than planned`).
NO_CUE_BEFORE_THAN = frozenset(_T["no_cue_before_than"])
#: Participles after a form of `be` that are a future cue (`was expected over the weekend`).
FUTURE_AFTER_BE = frozenset(_T["future_after_be"])
#: Words after a present `be` only that make it future: `is set for Friday`, `are scheduled for May`.
FUTURE_AFTER_PRESENT_BE = frozenset(_T["future_after_present_be"])
PRESENT_BE = frozenset(_T["present_be"])
BE_FORMS = frozenset(_T["be_forms"])
#: Nouns after `for` that are a future cue (`for shipment ... in April`).
FUTURE_AFTER_FOR = frozenset(_T["future_after_for"])
#: Words after `due` that make it future at any distance from the date (`due back in Syria on Wednesday`).
FUTURE_AFTER_DUE = frozenset(_T["future_after_due"])
#: Present verbs before a timetable word (`due`) that make it future at any distance: `is due in mid-January`.
DUE_AFTER_PRESENT = frozenset(_T["due_after_present"])
#: `ordered him to`: a directive verb, an object pronoun, then `to` is a future cue.
DIRECTIVE_VERBS = frozenset(_T["directive_verbs"])
OBJECT_PRONOUNS = frozenset(_T["object_pronouns"])
#: `runs through Sept. 30`: a present verb of a period, then a word of its end, is a future cue.
OPEN_END_VERBS = frozenset(_T["open_end_verbs"])
OPEN_END_AFTER = frozenset(_T["open_end_after"])
#: `after days of haggling`: the prepositions before which `days of`/`hours of` a noun is a vague span.
SHORT_PLURAL_OF_PREPS: tuple[str, ...] = tuple(_T["short_plural_of_preps"])
#: Words right before a weekday that make it the coming one (`a hearing for Saturday`).
FUTURE_PREPS_BEFORE_DAY = frozenset(_T["future_preps_before_day"])
#: Words before `year-end` that make it a date: `by year-end`, `since year end`.
YEAR_END_PREPS: tuple[str, ...] = _T["year_end_preps"]
#: Words before a bare unit that make it a duration of one: `all day`, `the whole year`.
WHOLE_PERIOD_WORDS: tuple[str, ...] = _T["whole_period_words"]
#: Words after `due to` that make it `because of` (`due to the tornado`), no future cue.
BECAUSE_OF_AFTER_DUE_TO = frozenset(_T["because_of_after_due_to"])
#: Words that name a fiscal year (`fiscal 1994`, `FY2025`, `next financial year`).
FISCAL_WORDS: tuple[str, ...] = _T["fiscal_words"]
#: Words before a bare `H1`/`H2` that make it a half-year (`in H2`), not hydrogen.
PERIOD_WORDS_BEFORE_HALF = frozenset(_T["period_words_before_half"])
#: Bare plural units read as vague durations after these words (`for years`) or before (`hours later`).
VAGUE_PREPS: tuple[str, ...] = _T["vague_preps"]
VAGUE_AFTER: tuple[str, ...] = _T["vague_after"]
#: `the overnight rate`, `overnight repo`: a money-market tenor, no night
OVERNIGHT_NOT_BEFORE: tuple[str, ...] = _T["overnight_not_before"]
#: `years of war` is a vague duration (PXY); not before these words (`years of age`), nor after PLURAL_OF_NOT_AFTER.
PLURAL_OF_NOT_BEFORE: tuple[str, ...] = _T["plural_of_not_before"]
PLURAL_OF_NOT_AFTER = frozenset(_T["plural_of_not_after"])
#: Words before a year and a noun that make it a year in passing: `a 2014 ceasefire`, `her 2019 bid`.
YEAR_DETERMINERS: tuple[str, ...] = _T["year_determiners"]
TEMPERATURE_WORDS = frozenset(_T["temperature_words"])
REPORT_NOUNS_AFTER_MONTH: tuple[str, ...] = tuple(_T["report_nouns_after_month"])
REPORT_WORDS_AFTER_ABBREVIATED_MONTH: tuple[str, ...] = (*REPORT_NOUNS_AFTER_MONTH, *_T["report_words_after_abbreviated_month"])
#: `the year to March`: period nouns before `to` that make a capitalised `March`/`May` after it a month, and the
#: words after it that still make it a verb (`to March on Washington`).
PERIOD_NOUNS_BEFORE_TO: tuple[str, ...] = tuple(_T["period_nouns_before_to"])
VERB_OBJECTS_AFTER_MONTH: tuple[str, ...] = tuple(_T["verb_objects_after_month"])
#: More words before a bare year: `due 2031`.
YEAR_PREPS_EXTRA: tuple[str, ...] = _T["year_preps_extra"]
#: Nouns after which a bare four-digit number is a year with no determiner: `1993 data`.
YEAR_NOUNS_BARE: tuple[str, ...] = _T["year_nouns_bare"]
#: Words that join the two ends of a range, each with the word that must stand before the first end
#: ('' for none): `2012 to 2016`, `between 2012 and 2016`, `1996--1999`.
RANGE_WORDS: dict[str, str] = dict(_T["range_words"])
#: Nouns after a range that belong to it: `the April-June period`.
RANGE_NOUNS_AFTER: tuple[str, ...] = _T["range_nouns_after"]
#: Words that make a following number of years an age (a measure, no temporal row): `aged 5--9 years`.
AGE_WORDS: tuple[str, ...] = _T["age_words"]
#: Words before a date that put it in the past whatever the tense: `closed since Friday, will reopen`.
PAST_PREPS = frozenset(_T["past_preps"])
PERFECT_AUXILIARIES = frozenset(_T["perfect_auxiliaries"])
#: Prepositions after which a past form is an adjective (`for lost instruction`), and the past cues that are adverbs.
PARTICIPLE_AFTER = frozenset(_T["participle_after"])
PAST_ADVERBS = frozenset(_T["past_adverbs"])
#: Words before `left` that make it `remaining` (`11 days left`).
LEFT_AFTER = frozenset(_T["left_after"])
#: Guidance verbs (`guided to Q4 revenue`): future before GUIDANCE_AFTER.
GUIDANCE_VERBS = frozenset(_T["guidance_verbs"])
GUIDANCE_AFTER = frozenset(_T["guidance_after"])
#: `have until Oct. 15`: a deadline to come.
DEADLINE_HAVE = frozenset(_T["deadline_have"])
#: Words before a date that leave its direction to the nearest occurrence: `adjourned until July 22`.
OPEN_END_PREPS = frozenset(_T["open_end_preps"])
NTH_DAY_OPEN_PREPS = frozenset(_T["nth_day_open_preps"])
CLOCK_EXACT_AFTER: tuple[str, ...] = tuple(_T["clock_exact_after"])  # `at 9 sharp`: a clock on the hour  # `from the 20th`: an open start, the nearest either way
#: `to the 20th`, `until the 30th`: prepositions before an ordinal day of the month, words that may follow it, and
#: words that make it a set (`the 15th of each month`).
NTH_DAY_PREPS: tuple[str, ...] = tuple(_T["nth_day_preps"])
NTH_DAY_RANGE_END_PREPS: tuple[str, ...] = tuple(_T["nth_day_range_end_preps"])  # `May 10 to the 11th`
#: `Friday's close`: nouns after a weekday's possessive that make it a past session.
SESSION_NOUNS_AFTER_DAY = frozenset(_T["session_nouns_after_day"])
#: `three consecutive quarters`, `in 11 quarters`: a run of quarters, a duration of 3N months.
QUARTER_RUN_WORDS: tuple[str, ...] = tuple(_T["quarter_run_words"])
QUARTER_DURATION_PREPS: tuple[str, ...] = tuple(_T["quarter_duration_preps"])
NTH_DAY_CLAUSE_AFTER: tuple[str, ...] = tuple(_T["nth_day_clause_after"])
NTH_DAY_SET: tuple[str, ...] = tuple(_T["nth_day_set"])
#: `the prior quarter`, `the preceding year`: read as `the previous ...`.
PREVIOUS_WORDS: tuple[str, ...] = tuple(_T["previous_words"])
WEEKDAY_ANCHOR_WORDS: dict[str, int] = {**dict(_T["weekday_anchor_words"]), **{w: -1 for w in PREVIOUS_WORDS}}
#: `Net income for 2017 rose`: verbs after `for` and a year that make it a date.
YEAR_AFTER_FOR_VERBS: tuple[str, ...] = tuple(_T["year_after_for_verbs"])
#: `postponed until after the Labor Day holiday`: a date still to come, whatever the tense.
AHEAD_BEFORE_DATE: tuple[str, ...] = tuple(_T["ahead_before_date"])
AHEAD_DELAY_VERBS: tuple[str, ...] = tuple(_T["ahead_delay_verbs"])
#: `meets on the 14th to decide`: an infinitive after a bare ordinal day (not `to the 25th`); `the 18th of next month`.
NTH_DAY_INFINITIVE_AFTER: tuple[str, ...] = tuple(_T["nth_day_infinitive_after"])
NTH_DAY_INFINITIVE_NOT_BEFORE: tuple[str, ...] = tuple(_T["nth_day_infinitive_not_before"])
NTH_DAY_MONTH_REL: dict[str, int] = dict(_T["nth_day_month_rel"])
NTH_DAY_ELIDED_NOUNS: tuple[str, ...] = tuple(_T["nth_day_elided_nouns"])
#: A year after `of` (`the crisis of 1987`): the quantity words before `of` that make it a count, and
#: the words that may follow the year.
OF_YEAR_QUANTITY_WORDS = frozenset(_T["of_year_quantity_words"])
OF_YEAR_FOLLOWERS = frozenset(_T["of_year_followers"])
#: A season without a year (`by summer,`): the words before it and the words that may follow it.
SEASON_PREPS: tuple[str, ...] = _T["season_preps"]
#: `the summer was hot`: seasons read with `the` before one of these verbs, with no preposition.
SEASONS_AS_SUBJECT: tuple[str, ...] = tuple(_T["seasons_as_subject"])
SEASON_SUBJECT_VERBS: tuple[str, ...] = tuple(_T["season_subject_verbs"])
SEASON_FOLLOWERS: tuple[str, ...] = _T["season_followers"]
#: `the next Summer Games`: a capitalised season before these nouns names an event, not a date.
SEASON_NAME_NOUNS: tuple[str, ...] = _T["season_name_nouns"]
#: A season without a year after these words is the coming one: `wait until fall`.
SEASON_DEADLINE_PREPS = frozenset(_T["season_deadline_preps"])
#: `the same period last year`, `the year-earlier quarter`: the period nouns.
SAME_PERIOD_NOUNS: tuple[str, ...] = _T["same_period_nouns"]
#: `August delivery`, `the March contract`: a month before these nouns is the next one.
FUTURE_NOUNS_AFTER_MONTH = frozenset(_T["future_nouns_after_month"])
#: `July wheat`, `Nymex March crude`: a month before these names a futures contract (the next such month).
FUTURES_COMMODITIES = frozenset(_T["futures_commodities"])
#: Words that make a sentence a futures report, where a month alone names a delivery month (`with April off the limit`).
FUTURES_CUES = frozenset(_T["futures_cues"])
#: `vs 5.01 billion year ago`, `1.5 mln week ago`: a scale word between a table's figure and a singular unit.
SCALES_BEFORE_SINGULAR_AGO: tuple[str, ...] = tuple(_T["scales_before_singular_ago"])
#: `finished in 2:03:45`, `a record of 2:01:39`: a clock with seconds after these words is an elapsed time.
ELAPSED_CLOCK_BEFORE: tuple[str, ...] = tuple(_T["elapsed_clock_before"])
#: `the second half` without a year is a half-year in a sentence with one of these words or a digit.
HALF_CONTEXT_WORDS = frozenset(_T["half_context_words"])
#: Words before a full stop that never end a sentence (`Nov. 7`, `Gen. Noriega`, `Corp.`), and the
#: clock abbreviations that do not before a day or month (`4:05 p.m. Friday`), from `sentences.json`.
NON_ENDING_ABBREVIATIONS = frozenset(_S["titles"]) | frozenset(_S["abbreviations"]) | frozenset(_S["before_digit"])
CLOCK_ABBREVIATIONS = frozenset(_S["clock"])
#: Words that open a sentence after a dotted initialism (`... in the U.S. The next day`), not a name (`U.S. Customs`).
SENTENCE_OPENERS = frozenset(_S["openers"])
AFTER_CLOCK = frozenset(_S["after_clock"])
#: Words TimeML values as PAST_REF / FUTURE_REF (`recently`, `in the past,`, `the future`).
REFERENCE_WORDS: dict[str, str] = dict(_T["reference_words"])
#: Words before `for` that make the month after it a planned date (`planned for May`).
SCHEDULED_BEFORE_FOR = frozenset(_T["scheduled_before_for"])
#: `pay April 10`, `payable Jan 15`, `effective Friday`, `expires Feb 28`: a notice's date is one to come; `record`
#: only after the words of FORWARD_LABEL_RECORD_BEFORE; none after FORWARD_LABEL_NOT_AFTER (`became effective`).
FORWARD_LABELS_BEFORE_DATE: tuple[str, ...] = tuple(_T["forward_labels_before_date"])
FORWARD_LABEL_RECORD_BEFORE: tuple[str, ...] = tuple(_T["forward_label_record_before"])
FORWARD_LABEL_NOT_AFTER: tuple[str, ...] = tuple(_T["forward_label_not_after"])
#: Reporting verbs of an attribution after a date (`..., the campaigns said`): no tense cue for it.
ATTRIBUTION_TAIL_VERBS: tuple[str, ...] = tuple(_T["attribution_tail_verbs"])
#: Words right after a comma that open a clause, not an attribution (`..., and said`).
ATTRIBUTION_TAIL_NOT_BEFORE: tuple[str, ...] = tuple(_T["attribution_tail_not_before"])
#: Words after the reporting verb that open the reported clause (`..., he said he will retire`): no tail.
ATTRIBUTION_TAIL_NOT_AFTER: tuple[str, ...] = tuple(_T["attribution_tail_not_after"])
#: Conjunctions after `, it said,` that end a parenthetical attribution (`..., it said, and it will ...`).
ATTRIBUTION_TAIL_END_BEFORE: tuple[str, ...] = tuple(_T["attribution_tail_end_before"])
#: Prepositions after `expected` that make the date right after them one to come (`expected by Saturday`).
FUTURE_AFTER_EXPECTED = frozenset(_T["future_after_expected"])
#: Words after which `over` before a duration is a bound (`for over 80 years`); else it means `during`.
OVER_BOUND_AFTER = frozenset(_T["over_bound_after"])
#: Words right before a weekday that make it the coming one, possessive too (`ahead of Wednesday's`).
FUTURE_PHRASES_BEFORE_DAY: tuple[str, ...] = _T["future_phrases_before_day"]
#: Nouns after a quarter that name its results (`will report third-quarter results`).
RESULTS_NOUNS: tuple[str, ...] = _T["results_nouns"]
