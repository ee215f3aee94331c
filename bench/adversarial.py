"""Adversarial inputs for the benchmark: texts built to make a regex or a loop go superlinear.

Each builder returns exactly `size` UTF-8 bytes (ASCII, except `single_line`, which is cut on a
character boundary at or below `size`), so seconds per KB compare across cases.

>>> texts = build(1)
>>> sorted(len(t.encode("utf-8")) for t in texts.values() if t) == [1000] * len([t for t in texts.values() if t])
True
>>> build(1)["commas"][:12], build(1)["brackets"][:3], build(1)["brackets"][-3:]
('1,1,1,1,1,1,', '(((', ')))')
>>> build(1)["anchored_es"][:24], build(1)["anchored_fr"][:22]
('subió un 3 % en 2019, de', 'a augmenté de 4,9 % en')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: number words cycled by `number_words`: units, teens, tens and scales, so a greedy
#: number-word grammar sees one endless compound number
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
    "and", "a", "half",
)


def repeat(unit: str, size: int) -> str:
    """`unit` repeated and cut to exactly `size` characters.

    >>> repeat("ab", 5)
    'ababa'
    """
    return (unit * (size // len(unit) + 1))[:size]


#: Plain words put between the figures of a case (about 120 bytes, no number).
FILLER = (" among the many reports that were read by the desk on the day, the figure was given by the"
          " officials and then checked by the editors. ")


def among(figures: str, size: int) -> str:
    """`figures` then plain words, repeated to `size` characters.

    >>> among("5%", 10)
    '5% among t'
    """
    return repeat(figures + FILLER, size)


def nested_brackets(size: int) -> str:
    """`((((...))))`: size // 2 openers, then closers up to `size` characters.

    >>> nested_brackets(5)
    '(()))'
    """
    half = size // 2
    return "(" * half + ")" * (size - half)


def single_line(texts: Iterable[str], size: int) -> str:
    """News articles joined into one line (newlines become spaces), at most `size` UTF-8 bytes.

    >>> single_line(["a\\nb", "c"], 4)
    'a b '
    """
    parts, total = [], 0
    for text in texts:
        flat = " ".join(text.split()) + " "
        parts.append(flat)
        total += len(flat.encode("utf-8"))
        if total >= size:
            break
    data = "".join(parts).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")  # drop a character cut in half


#: Round 12's forms at their near misses (issue 10, branch time12), then the forms themselves: anchored relatives that look
#: back over the rows before them (`the previous March`, `the same month a year earlier`, `the following Tuesday`), halves
#: of months, ordinal days before `to`/`and`, `until after`, twice daily, plural weekday sets, in one text with no stop.
TIMEML12_UNIT = ("on the 14th to the 18th of next mont the 23rd and the second half of Ma the prior quarte the previous Marc "
                 "the same month a year earlie the following Tuesda until after the twice dail on Friday the winter of 2015-1 "
                 "for 2017 rose midnight-sun January's figure a week early this yea in March the previous March the same "
                 "month a year earlier in the third quarter the prior quarter on Monday the following Tuesday on the 14th to "
                 "decide the 22nd of next month and the 25th postponed until after the Labor Day holiday twice daily on Fridays ")


def anchored_relatives(size: int) -> str:
    """`TIMEML12_UNIT` repeated to `size` characters: every anchored relative reads back over the rows before it,
    within a reach of characters, so the cost stays linear in a text without stops.

    >>> anchored_relatives(40)
    'on the 14th to the 18th of next mont the'
    """
    return repeat(TIMEML12_UNIT, size)
#: branch lang12b's forms, each cut short or run together (no full stop): German quarters after a past verb, calendar
#: weeks, fiscal years, `Vortag`, parts of a period at both ends of a range, sports points; English `a couple of`,
#: minutes to midnight, `Thursday week`, a day before a relative year, a day word after a figure
ROUND12 = {
    "de": ("der Umsatz stieg im dritten Quartal und ist im zweiten Quartal gesunken KW 12 KW1 40. Kalenderwoche "
           "Kalenderwoche 12/20 Geschäftsjahr 2024/2 Geschäftsjahr 2024/25 am Vortag von Anfang März bis Ende Juni "
           "zwischen Anfang 2020 und Mitte Bayern gewann das Derby und hat 28 Punkte und "),
    "en": ("a couple of a couple of hundred a couple of weekz ten to midnight quarter past noo Thursday week Thursday "
           "weeks the 1st of April next yea the 3rd of March last year rose to 450 yesterday and "),
}


def round12(lang: str, size: int) -> str:
    """Branch lang12b's forms in `lang` run together to `size` characters.

    >>> round12("en", 40)
    'a couple of a couple of hundred a couple'
    """
    return repeat(ROUND12[lang], size)


#: branch probe17's forms, each cut short and run together with no stop: months after ref beside months a past verb moved
#: back (every one a candidate of the same endless sentence), bare figures after a measure with a carry word or link,
#: `$ US` / `$ CA`, counts after `dont` / `davon` / `de los cuales` / `contra`, `plus tôt` / `zuvor`
ROUND13 = {
    "es": ("se ubicó en 4,3 % en agosto, por debajo del 4,6 % de julio y la mínima de 22 y de 33 en Córdoba 37 heridos, de los "
           "cuales 12 permanecen 180 votos contra 150 y 168 en contra, 5.300 de ellos a primera hora y menos 4 "),
    "fr": ("s'est établie à 1,2 % en août, contre 1,5 % en juillet la minimale de 27 et 9 à Marseille 0,73 $ US 4 $ CA 312 voix "
           "contre 205 dont 1 100 d'entre eux une semaine plus tôt 1,2 Md$ au premier "),
    "de": ("lag im August bei 1,4 Prozent, nach 1,6 Prozent im Juli der Tiefstwert bei 17 und auf minus 4 knapp 24.000 "
           "Mitarbeiter, davon gut 9.000 darunter 12.000 ein Jahr zuvor zwei Jahre früher als "),
}


def round13(lang: str, size: int) -> str:
    """Branch probe17's forms in `lang` run together to `size` characters (one sentence as long as the text).

    >>> round13("de", 40)
    'lag im August bei 1,4 Prozent, nach 1,6 '
    >>> round13("es", 5000).count(". ")
    0
    """
    return repeat(ROUND13[lang], size)


#: name -> (description, builder of `size` bytes)
#: Issues 9/10, branch wire11: one desk report's new forms, each cut short and repeated with no stop: measures running
#: into a claimed date (`tonnes a week earlier`), levels before signed changes, `pounds of` over modifiers, month
#: abbreviations before data words, `/shr`, bid-to-cover, `of the N`, settlement dates, decimals before clock words.
WIRE11_DESK = ("498,210 tonnes a week earlier 1.1 million barrels a day earlier $94.46 bln, +26%; claims 227,000 (-5,000) "
               "17,000, -0.5%, won 412, a gain of 211 a draw of 2.1 million barrels seen down 400,000 barrels 3 cents "
               "firmer 4.25 billion pounds of the 4-1/8% 2029 gilt pounds of the a b c Oct PPI Dec +0.4% Nov revised "
               "Sept flash Aug 2.2% $2,617.05 in the morning $0.53/shr a 2.43 bid-to-cover 196 of the 465 at 1.3950 "
               "to the greenback cleared the Senate 62-35 voted 303 to 258 to sugar for October for settlement on May "
               "27 its lowest in a year 233% above a year earlier Secured Overnight Financing vs est 4.97 est ")


def wire11_desk(size: int) -> str:
    """`WIRE11_DESK` repeated to `size` characters (no stop anywhere: one sentence as long as the text).

    >>> wire11_desk(40)
    '498,210 tonnes a week earlier 1.1 millio'
    >>> len(wire11_desk(5000)), wire11_desk(5000).count("tonnes a week earlier"), wire11_desk(5000).count(". ")
    (5000, 9, 0)
    """
    return repeat(WIRE11_DESK, size)


#: Branch probe16's forms in one endless sentence: bare bands after a temperature cue, airliner numbers before a verb,
#: readings on a named scale (each band looks back over two sentences and forward a bounded reach; no stop anywhere).
PROBE16_FORMS = ("temperatures drop into the 60s and the low 90s then the 100s, the 747 carried 416 passengers, a magnitude "
                 "6.4 quake and a magnitude-5.5 aftershock registered 6.9 on the Richter scale by a vote of 7-2, 312 (25.9%) "
                 "voted 1,102 to 398 voted 70-29 drew 200-500 people ")


def probe16_forms(size: int) -> str:
    """`PROBE16_FORMS` repeated to `size` characters (no stop: one sentence as long as the text).

    >>> probe16_forms(30)
    'temperatures drop into the 60s'
    >>> len(probe16_forms(5000)), probe16_forms(5000).count("the 60s"), probe16_forms(5000).count(". ")
    (5000, 19, 0)
    """
    return repeat(PROBE16_FORMS, size)


BUILDERS: dict[str, tuple[str, Callable[[int], str]]] = {
    "commas": ("1,1,1,... (one endless grouped number)", lambda n: repeat("1,", n)),
    "spaces": ("1 1 1 ... (numbers separated by spaces)", lambda n: repeat("1 ", n)),
    "digits": ("digits with no break", lambda n: repeat("1234567890", n)),
    "more_than": ("more than more than ... (endless qualifier)", lambda n: repeat("more than ", n)),
    "number_words": ("one two three ... hundred thousand million", lambda n: repeat(" ".join(NUMBER_WORDS) + " ", n)),
    "dollars": ("$$$... (currency signs, no number)", lambda n: repeat("$", n)),
    "brackets": ("((((...)))) deeply nested brackets", nested_brackets),
    "dots": ("1.1.1.... (endless decimal / version string)", lambda n: repeat("1.", n)),
    "slashes": ("1/1/1/... (endless date or fraction)", lambda n: repeat("1/", n)),
    "dashes": ("1-1-1-... (endless range)", lambda n: repeat("1-", n)),
    "percent_run": ("1% 1% ... (percent after percent)", lambda n: repeat("1% ", n)),
    # the new temporal patterns (issue #10), each at its near miss: matched almost to the end, then failed
    "year_list": ("in 2005, 2006, 2007, ... (an endless list of years, no `and`)", lambda n: "in " + repeat("2005, ", n - 3)),
    "fiscal": ("Q2FY 4QX FY-X in H9 FYI ... (reporting periods cut short)", lambda n: repeat("Q2FY 4QX FY-X in H9 FYI ", n)),
    "clocks": ("0945 ESTX 1445 GM 0800 to 1030 loc ... (four-digit clocks, no zone)", lambda n: repeat("0945 ESTX 1445 GM 0800 to 1030 loc ", n)),
    "day_ranges": ("from 3 to 19 this moth ... (day ranges with no month)", lambda n: repeat("from 3 to 19 this moth ", n)),
    "vague_plurals": ("for years hours later ... (bare plural units, every one a row)", lambda n: repeat("for years hours later within weeks ", n)),
    "timeml_forms": ("the past three the same period last by the summer camp of 1987 people ... (TimeML forms cut short)",
                     lambda n: repeat("the past three the same period last by the summer camp of 1987 people late Tuesdays ", n)),
    "fresh4_forms": ("the past the future of planned for Mayor the last three quarterz ... (round-4 forms cut short)",
                     lambda n: repeat("the past the future of planned for Mayor the last three quarterz about noonday over "
                                      "three yearsz of August and the end of fiscal nineteen lately ", n)),
    "change_chain": ("rose 1% to 2% from 3% and ... (one change after another: change and role)",
                     lambda n: repeat("rose by a further 1% to a record 2% from 3%, up 4% and ", n)),
    # issue 9's forms. A near-miss run (no row) shows a pattern's backtracking; a form that is a
    # fact is repeated between plain words (`among`), so the case measures the pattern's cost per
    # figure at about the density of figures in market and health reports, not the cost of rows.
    "indian_groups": ("11,11,11,... (Indian grouping that never ends in three digits)", lambda n: repeat("11,", n)),
    "mixed_fractions": ("1-1/1-1/1-... (hyphenated mixed fractions run together)", lambda n: repeat("1-1/", n)),
    "slash_quotes": ("1.1/1.1/1.1/... (bid/offer quotes run together)", lambda n: repeat("1.1/", n)),
    "list_markers": ("1) a 2) a 1) a ... (numbered list items run together)", lambda n: repeat("1) a 2) a ", n)),
    "price_fractions": ("1.11-1/1.11-1/... (grain quotes in fractions of a cent run together)",
                        lambda n: repeat("1.11-1/", n)),
    "exponents": ("1e1e1e1... (an exponent that never ends)", lambda n: repeat("1e", n)),
    "powers": ("1x10^1x10^1... (powers of ten run together)", lambda n: repeat("1x10^", n)),
    "double_dashes": ("1--1--1--... (typeset ranges)", lambda n: repeat("1--", n)),
    "citations": ("(1)(1,2)(1)... (references in brackets)", lambda n: repeat("(1)(1,2)", n)),
    "splits": ("1-for-1-for-1... (splits run together)", lambda n: repeat("1-for-", n)),
    "signs": ("<<<<...1 (qualifier signs before a figure)", lambda n: repeat("<" * 60 + ">=1 ", n)),
    "rate_words": ("1 a/a/a/... (a rate whose noun never ends)", lambda n: "1 " + repeat("a/", n - 2)),
    "scientific": ("6.02x10^23 and 3.4e5 among words", lambda n: among("6.02x10^23 atoms and 3.4e5 cells", n)),
    "glued_codes": ("EUR30m, Rs.48.1 crore, $US2.4m among words", lambda n: among("EUR30m, Rs.48.1 crore and $US2.4m", n)),
    "rates": ("5.4 deaths per 1,000 among words", lambda n: among("5.4 deaths per 1,000 live births, against 6.1", n)),
    "carried": ("4.8 billion dlrs from 4.1 billion among words", lambda n: among("rose to 4.8 billion dlrs from 4.1 billion", n)),
    "compound_measures": ("6ft 2in, 11st 4lb among words", lambda n: among("6ft 2in and 11st 4lb", n)),
    "tallies": ("voted 51-49, ruled 6-3 among words", lambda n: among("voted 51-49 and ruled 6-3", n)),
    "suspended": ("one- and one- and ... (suspended hyphens that never reach their noun)", lambda n: repeat("one- and ", n)),
    "capital_counts": ("gives Democrats 51 seats among words", lambda n: among("gives Democrats 51 seats", n)),
    "odds_ratios": ("(OR=2.4; 95% CI=1.6--3.5) among words", lambda n: among("(OR=2.4; 95% CI=1.6--3.5)", n)),
    "rate_asides": ("rates per 100,000 persons (1,848 and 1,122) among words",
                    lambda n: among("rates per 100,000 persons (1,848 and 1,122, respectively)", n)),
    "compared_figures": ("223 seats, down from 244 against 230 among words",
                         lambda n: among("223 seats, down from 244 against 230", n)),
    "exchange_rates": ("the rupee at 83.34 against the dollar among words",
                       lambda n: among("the rupee fell to 83.34 against the dollar", n)),
    "of_its": ("100 of its 300 stores among words", lambda n: among("close 100 of its 300 stores", n)),
    "anaphors": ("Q1 2016 in the quarter for the year during the period ... (anaphors after anaphors)",
                 lambda n: repeat("Q1 2016 in the quarter for the year during the period ", n)),
    "month_lists": ("January, February, March, ... (a list of months that never reaches its year)",
                    lambda n: "in " + repeat("January, February, March, April, ", n - 3)),
    "weeks": ("week 1 (week 2) MMWR week 3 ... (surveillance weeks, no date)", lambda n: repeat("week 1 (week 2) MMWR week 3 ", n)),
    "bound_chain": ("more than 1 and less than 2 and more than ... (bounds joined without end)",
                    lambda n: repeat("more than 1 and less than 2 but ", n)),
    "and_fractions": ("one and a half and a quarter and ... (fractions after `and` without end)",
                      lambda n: repeat("one and a half and a quarter and three quarters ", n)),
    "part_clocks": ("morning at 7 evening at 8 ... (parts of the day before bare hours)",
                    lambda n: repeat("morning at 7 evening at 8 in the night at 9 afternoon 7:00 ", n)),
    "week_of": ("the first week of the first week of ... (weeks of weeks)",
                lambda n: repeat("the first week of the month of the week of ", n)),
    "hour_ranges": ("4 to 7pm 9-11am 10pm to 6am ... (ranges of hours run together)",
                    lambda n: repeat("4 to 7pm 9-11am 10pm to 6am 9am-5pm ", n)),
    "set_clocks": ("9am every Sunday 3pm every day ... (sets and clocks run together)",
                   lambda n: repeat("9am every Sunday 3pm every day at ", n)),
    # issue 9, branch num: poll points, tallies, change objects, comparative multipliers
    "poll_points": ("poll 1 points 2 points 3% ... (bare points in a percent sentence with no full stop)",
                    lambda n: repeat("poll 1 points 2 points 3% 4-point ", n)),
    "tally_runs": ("won 1, took 2, with 3, ... (bare tally counts, one after another)",
                   lambda n: repeat("won 1 seats, took 2, with 3 and ", n)),
    "change_objects": ("cut its staff by 1 to 2 by 3 to ... (a change verb's object and roles run together)",
                       lambda n: repeat("cut its staff by 1 to 2 by 3 to ", n)),
    "multiplier_words": ("more than twice the double its triple what ... (multipliers before objects)",
                         lambda n: repeat("more than twice the double its triple what ", n)),
    "whole_periods": ("all all the whole the entire all day of ... (whole-period words that never reach their unit)",
                      lambda n: repeat("all all the whole the entire an entire all day of all year round ", n)),
    "year_ends": ("by this year- since year end- at next year en ... (year-end words cut short)",
                  lambda n: repeat("by this year- since year end- at next year en by last ", n)),
    "week_beginning": ("the week beginning on the week commencing 4 ... (weeks of a day that never comes)",
                       lambda n: repeat("the week beginning on the week commencing 4 the week starting ", n)),
    "half_units": ("a half-a quarter-half-hou ... (fractions of units cut short)",
                   lambda n: repeat("a half-a quarter-half-hou quarter- half-centur a half-", n)),
    "abbreviation_stops": ("Gen. W. Corp. p.m. Nov. U.S. on Monday ... (full stops that end no sentence before dates)",
                           lambda n: repeat("Gen. W. Corp. p.m. Friday Nov. U.S. wheat meets on Monday ", n)),
    # issue 9, branch num4: counted subjects, results lists, compared multiples, conversions, fractions of a cent
    "subject_millions": ("users hit users rose to 5m users ... (counted subjects before `m`, near misses between)",
                         lambda n: repeat("users hit users rose to the runners sprinted 5m ", n)),
    "results_lists": ("Final seats: Labour 412, Conservatives 121, Lib Dems 72 among words",
                      lambda n: among("Final seats: Labour 412, Conservatives 121, Lib Dems 72", n)),
    "compared_times": ("1 times more compared with 2 times ... (multiples compared, with no full stop)",
                       lambda n: repeat("1 times average earnings compared with about 2 times versus ", n)),
    "conversions": ("A$1.1 billion ($730 million) among words", lambda n: among("A$1.1 billion ($730 million)", n)),
    "cent_fractions": ("a third of a cent and half a cent among words", lambda n: among("up a third of a cent, half a cent", n)),
    "zone_words": ("at 7 p.m. Eastern Standard at 8 p.m. Tokyo the night of ... (zones in words and day parts cut short)",
                   lambda n: repeat("at 7 p.m. Eastern Standard at 8 p.m. Tokyo the night of Tuesday Night the April-June ", n)),
    # issue 9, branch num5: shortened quotes, colon ratios, hyphenated points, subjects over a percent change
    "short_quotes": ("1.8170/80 1.8170/80/80 149.85/9 ... (shortened two-way quotes run together, no unit)",
                     lambda n: repeat("1.8170/80 1.8170/80/80 149.85/9 150.60/70, ", n)),
    "colon_ratios": ("1:2 1:2:3 1:2 bonu ... (colon figures with share words cut short)",
                     lambda n: repeat("1:2 1:2:3 ratio of 3:1:2 1:2 bonu 1:2 split", n)),
    "hyphen_points": ("a quarter-point a half-poin a three-quarter- ... (hyphenated points cut short)",
                      lambda n: repeat("a quarter-point a half-poin a three-quarter- an eighth-point-", n)),
    "subject_percent_millions": ("users rose 8% to users rose 8% sequentially ... (subjects over a change, no figure)",
                                 lambda n: repeat("users rose 8% sequentially to users rose 8%, to 5M ", n)),
    "period_words": ("the 1987 fourth the June the decade- the summer overnight the Jan. 21- ... (round-6 period forms cut short)",
                     lambda n: repeat("in the 1987 fourth the June qua the decade-lon their months- the summer wa overnight "
                                      "Tue the Jan. 21-3 after days of the latest qua ordered him to runs throu ", n)),
    # issue 9, branch num6: up to X from Y, by about X to Y, spec verbs, bracketed roles, hyphenated units, model names
    "spec_and_brackets": ("boosts to 5GHz up to 8% from 4% (to $3-$4, from ( by about 2 to 9 ... (one sentence, no stop)",
                          lambda n: repeat("boosts to 5GHz up to 8% from 4% (to $3-$4, from ( by about 2 to 9 "
                                           "the 737 Max 40-square-foot hazard ratio of 0.7 will seat 180 to 220 seats ", n)),
    # issue 10, branch time7: attribution tails, dates a plan is set for, possessive years, season sets, bracketed zones
    "attribution_tails": ("will meet on May 4, the campaigns said set a hearing for 9 a.m. on ... (tails and plans, no stop)",
                          lambda n: repeat("will meet on May 4, the campaigns said Friday set a hearing for 9 a.m. on March 2, "
                                           "postponed to Jan. 5, said the party's 2016 session into 2019 every summer (kick-off "
                                           "12:30 BST expected by Friday nearly four weeks ago the 20th-century mean ", n)),
    # issue 9, branch num7: base-form multipliers, fractions before comparatives, subjects over a place, carried
    # units before `fewer than`, glued C in a warming sentence
    "multiplier_verbs": ("to double to triple could halve to double digits a third more ... (one sentence, no stop)",
                         lambda n: repeat("to double to triple could halve will to double digits a third more a fifth "
                                          "above 10 times his by more than half by almost by half a surged past ", n)),
    "subjects_over_place": ("subscribers at the company dipped by 1.8m to ... (counted subjects, places, no stop)",
                            lambda n: repeat("subscribers at the company dipped by 1.8m to users in the ", n)),
    "carried_fewer": ("90 million acres of corn, 4.6 million fewer than ... (no stop)",
                      lambda n: repeat("90 million acres of corn, 4.6 million fewer than 2 million less ", n)),
    "warming_celsius": ("warming of 2.5C to 2.9C this 1.5C within ... (glued C, no stop)",
                        lambda n: repeat("warming of 2.5C to 2.9C this 1.5C within 1C ", n)),
    "trade_units": ("254-264.5 Mt 5 Mt. Vernon 40 bcm 3.1 g/t 4.5 t/ha 45 miles per gallon ... (no stop)",
                    lambda n: repeat("254-264.5 Mt 5 Mt. Vernon 40 bcm 3.1 g/t/t 4.5 t/ha 45 miles per gallon per "
                                     "3 grams per tonne, or 2 grams per 4 mb/d 5 MtCO2e 6 gCO2/kWh/ 7 mtpa £8pcm £9pa ", n)),
    # branch lang7 (Spanish, French, German): n-th weekdays of a month, a unit and a half, `und mehr als` before the
    # next figure; each written with enough of its language's function words to be read in that language
    "nth_weekdays_es": ("el primer domingo de marz y el último viernes de la ... (n-th weekdays whose month never comes)",
                        lambda n: repeat("el primer domingo de marz y el último viernes de la semana con el segundo lunes de ", n)),
    "nth_weekdays_de": ("am ersten Sonntag im Mär und der letzten Freitag im ... (n-th weekdays whose month never comes)",
                        lambda n: repeat("am ersten Sonntag im Mär und der letzten Freitag im Jahr mit dem dritten Montag des ", n)),
    "unit_halves_es": ("un kilómetro y medi dos kilos y medio millón y ... (units and a half cut short)",
                       lambda n: repeat("un kilómetro y medi dos kilos y medio millón y 3 km y medio de los ", n)),
    "und_mehr_als_de": ("110 km/h und mehr als 7 Meter und mehr als ... (bounds after post-qualifiers, no full stop)",
                        lambda n: repeat("mit 110 km/h und mehr als 7 Meter und mehr als der Kredit über 5 Mio. Euro und ", n)),
    "compound_durations_es": ("dos horas y 40 minutos y 3 horas y entre las 9 y las ... (durations and clock ranges chained)",
                              lambda n: repeat("la obra de dos horas y 40 minutos y 3 horas y entre las 9 y las 14 y las ", n)),
    "clock_minutes_de": ("um zehn vor neun um fünf nach acht zehn vor neun Zeugen ... (minutes before the hour, no stop)",
                         lambda n: repeat("der Zug um zehn vor neun und um fünf nach acht mit zehn vor neun Zeugen und ", n)),
    # issue 10, branch time8: the following/previous weekend and week shifts, timetable nouns, `earlier than`, weeks ago
    "anchored_weeks": ("the following weekend the previous week at the close takes effect earlier than two weeks ago ... (no stop)",
                       lambda n: repeat("on May 5 since 1985 the following weekend the previous week the following wee "
                                        "at the close Friday takes effect on the start earlier than the a week ago ", n)),
    # issue 10, branch time9: `that year` and `the end of the decade` looking back for their anchor, capitalised March/May
    # before figures, temperatures before a decade, split and plain years before `fiscal year`, a plan's `to` past its
    # day, `a.m.` before a zone, -ed words after `the`
    "anchors_and_plans": ("in the 1950s That year that yea March sales May figures lows in the 20s by the end of the decade ... (no stop)",
                          lambda n: repeat("in the 1950s That year that yea March sales May figures lows in the 20s by the end of "
                                           "the decade the 2002-03 fiscal yea the year 2000 fiscal year agreed early Tuesday to "
                                           "cut from April 1 at 8:30 a.m. EDT Friday the demilitarized ", n)),
    # branch perfl: number words chained, `de` before figures that never reach a new level, dates and clocks
    # alternating, ranges in one endless sentence (Spanish, French, German; no full stop)
    "word_chains_de": ("dreihundertdreiunddreißigtausenddreihundertdreiunddreißig und zweitausend ... (compound number words)",
                       lambda n: repeat("die Stadt hat dreihundertdreiunddreißigtausenddreihundertdreiunddreißig und "
                                        "zweitausendvierhundert Einwohner und ", n)),
    "mil_mil_es": ("el pueblo de mil mil mil millones mil quinientos ... (`de` before figures with no `a` after)",
                   lambda n: repeat("el pueblo de mil mil mil millones mil quinientos y la ", n)),
    "vingt_chains_fr": ("quatre-vingt-dix-neuf quatre-vingt-dix-sept mille ... (hyphenated number words run together)",
                        lambda n: repeat("le village de quatre-vingt-dix-neuf quatre-vingt-dix-sept mille et les ", n)),
    "dates_clocks_es": ("el lunes 3 de marzo a las nueve y media de la mañana el martes a las 18.30 horas ... (no stop)",
                        lambda n: repeat("el lunes 3 de marzo a las nueve y media de la mañana el martes a las 18.30 horas y el ", n)),
    "dates_clocks_fr": ("le lundi 3 mars à neuf heures et demie le mardi à 18 h 30 ... (dates and clocks, no stop)",
                        lambda n: repeat("le lundi 3 mars à neuf heures et demie le mardi à 18 h 30 et le jeudi 5 avril vers midi et ", n)),
    "dates_clocks_de": ("am Montag, dem 3. März um halb neun und am Dienstag um 18.30 Uhr ... (dates and clocks, no stop)",
                        lambda n: repeat("am Montag, dem 3. März um halb neun und am Dienstag um 18.30 Uhr und am 5. April gegen Mittag und ", n)),
    "ranges_fr": ("les prix de 3 % à 5 % et entre 10 et 20 euros avec plus de 7,5 millions ... (ranges, no stop)",
                  lambda n: repeat("les prix de 3 % à 5 % et entre 10 et 20 euros avec plus de 7,5 millions de ", n)),
    # issue 9, branch num8: results-line heads before `vs`, repeated exchange-rate quotes, basis-point spread levels,
    # fraction moves before a price, decimal odds, `vs` after a size of a change, currencies after `;`
    "wire_quotes": ("Oper net 8,912,000 vs 7,403,000 up 1/2 at 88-3/8; yuan at 7.02 per dollar from 7.1 ... (no stop)",
                    lambda n: repeat("Oper net 8,912,000 vs 7,403,000 up 1/2 at 88-3/8 widened 5 bps to 137 a 1.32-to-1 "
                                     "rose 3.1 pct vs 2.8 pct; yuan at 7.02 per dollar from 7.1 and 5 HK dlrs ", n)),
    # branch en8: every n-th unit, clocks beside dated day parts, a unit and a quarter, quarters of an hour, cents after
    # an amount, colon ratios of a vote
    "quarters_and_cents": ("every second every 3rd tonight at 8:30 an hour and a quar three quarters of an 5 dollars and 50 ... (no stop)",
                           lambda n: repeat("every second every 3rd da tonight at 8:30 this evening at half past an hour and a "
                                            "quar three quarters of an 2 and a quarter 5 dollars and 50 cents and a majority of 3:", n)),
    # branch lang9b: German separable change verbs with their particle far after the figure, edges of the year
    # before a written year, duration adjectives, a bare figure restating a percent; English `the week after next`,
    # a share's whole before `up from`, plural timetable verbs before a clock and its day
    "separable_de": ("der Umsatz büßte im Quartal 3,1 Prozent ein gab 4 Prozent nach Ende des Jahres 2020 zweiwöchige ... (no stop)",
                     lambda n: repeat("der Umsatz büßte im Quartal 3,1 Prozent ein und gab 4 Prozent nach und legte um 2 Prozent "
                                      "Ende des Jahres 2020 zweiwöchige 3-tägigen bei 9 Prozent heute sind es 15 mindestens aber "
                                      "schrumpfte im Quartal 6 Prozent zog um ein Zehntel an ", n)),
    "after_next_en": ("the week after next the year before last 14 of the 50 states, up from nine Doors open at 6:30 p.m. ... (no stop)",
                      lambda n: repeat("the week after next the year before las the weekend after 14 of the 50 states, up from "
                                       "nine of the 30 Doors open at 6:30 p.m. Friday and polls close at 8 the month after ", n)),
    # branch probe10: runs of quarters, ordinal days after a preposition (no noun after), `is due`, a weekday's
    # possessive before a market noun, `later than`
    "quarters_days_due": ("in 11 quarters three consecutive within two quarters to the 20th that is due Friday's close ... (no stop)",
                          lambda n: repeat("in 11 quarters three consecutive quarte within two quarters of to the 20th that "
                                           "on the 15th of each is due in falls due Friday's close record two months later than ", n)),
    # issue 9, branch wire9: rates quoted after their currency (pairs, `against the`, a currency named again), results
    # notes naming a currency, labelled scaled figures before `vs`, index names ending in a number, figures before a
    # singular unit and `ago`, levels before `, N higher`, swings to a deficit
    "quoted_after_currency": ("euro/yen climbed 0.6% to 162.4 against the yen to 147 the Swedish crown to 11 NOTE: figures in ... (no stop)",
                              lambda n: repeat("euro/yen climbed 0.6% to 162.4 against the yen to 147 at 11.62 per euro the "
                                               "Swedish crown to 11 revs 3.1 mln vs 2.9 mln NOTE: figures in Canadian dlrs "
                                               "S&P 500 futures 298,000 week ago closed at 1,012 stg, 15 stg higher swung to "
                                               "a deficit of 4 bln from a surplus of 2 bln WS 55 overnight rate ", n)),
    # issue 9, branch num9: hyphenated rate units chained, a model number after a possessive, `with` after a verb of
    # ending, appositives naming a change, particles over an object, guidance words between `from` and a level
    "biztech_changes": ("rose 2.5 percent from its prior guidance of $3.95 to $4.15, its first annual decline, down ... (no stop)",
                        lambda n: repeat("rose 2.5 percent from its prior guidance of $3.95 to $4.15, its first annual decline, "
                                         "down 1.1% wrote its stake down by 86% about a fifth fifteenfold 33 times expected the "
                                         "loss of 2 customers closed 12 deals at constant currencies to €14bn a gain of $2bn in "
                                         "market value to end the year with 31 million Samsung's 990 Evo RTX 5090 packs 32GB "
                                         "Boeing 777X an EPA-estimated 320 miles 10 terabytes-per-second-per-hour-per-", n)),
    "per_chains": ("10 terabytes-per-second-per-second-per-second-... (one hyphenated token, no space)",
                   lambda n: "10 " + repeat("terabytes-per-second-per-", n - 3)),
    # branch lang9a: Mexican `mil` between digits, Roman ordinals after a determiner, `G$`, one point after an article in a
    # sentence with a percent, a direction word before a day and month, an approximate number before a time unit (no stop)
    "mil_roman_points_es": ("la XV la 4 mil 200 mil 300 mdd un punto del 3 % el pasado 3 de mayo una veintena de años ... (no stop)",
                            lambda n: repeat("la XV la XXIII 4 mil 200 mil 300 mdd y S/ 5 un punto del 3 % el pasado 3 de mayo "
                                             "una veintena de años la década de 20 la 5G recortó en 5 pb, a 3 %, un 3 % más, y ", n)),
    "roman_giga_points_fr": ("la XVe le IIIe 2,5 G$ d'un point à 7 % une dizaine de jours le 14-Juillet ... (no stop)",
                             lambda n: repeat("la XVe le IIIe 2,5 G$ et 3 G d'un point à 7 % une dizaine de jours le 14-Juillet "
                                              "et la 4G a abaissé de 5 pb, à 3 %, soit 5 centimes de plus, et ", n)),
    # branch probe12: ages with a unit written, a bare figure before a rate and a rate before a bare figure, ranges of
    # rates, words that end a noun phrase, a bare count before a word of place after `and` (no full stop)
    "rates_ages_en": ("children aged 6-59 months from 4.5 to 6.1 per 100,000 population between 2.5 and 3.1 per 1,000 ... (no stop)",
                      lambda n: repeat("children aged 6-59 months rose from 4.5 to 6.1 per 100,000 population and between 2.5 "
                                       "and 3.1 per 1,000 residents or 12.1 per 1,000 live births to 9.8 in 2019 and 2.5 tonnes "
                                       "of cocaine worth the quake struck 1,500 staff in the UK and 12,000 worldwide and ", n)),
    # branch probe11: weekday ranges with a week modifier and dashes, parts of the day and clocks with days at both
    # ends, `the year to March` (lookbehinds), month-day ranges across a month joined by a dash
    "ranges_probe11": ("Monday-Tuesday-Wednesday last week Friday night until Monday morning 10 p.m. Friday and 5 a.m. ... (no stop)",
                       lambda n: repeat("Monday-Tuesday-Wednesday-Thursday last week Friday night until Monday morning "
                                        "between 10 p.m. Friday and 5 a.m. Monday the year to March the 12 months to May "
                                        "Dec. 28-Jan. 3-Feb. 4-Mar. 5 to March on ", n)),
    # issue 10, branch time10: modified centuries, `ago today`, a clock before `local time` and its day, `until` before a
    # clock, `a second` before a noun, a past verb before `, and will`
    "centuries_local_time": ("the mid-16th centu the late 1800s years ago today at 9:45 a.m. local time Thursday until 10 a.m. ... (no stop)",
                             lambda n: repeat("the mid-16th centu the late 18th the late 1800s five years ago today ago tonight "
                                              "at 9:45 a.m. local time Thursday until 10 a.m. until 10 a.m. Thursday a second "
                                              "term sold on Wednesday, and will for launch setting it for starts in the fall ", n)),
    # issue 10, branch time11: `N more <unit>` and its lead words, `the new year`, hyphenated end-/start- modifiers, weekends
    # of a month, `every half hour`, guidance and deadline cues, a name before `votes`, each cut short (no stop)
    "more_units_new_year": ("another 3 weekz 12 more dayz a further 14 the new yea end-Jun the first weekend of Jul ... (no stop)",
                            lambda n: repeat("another 3 weekz two more yearz a further 14 an extra two 12 more fewer the new yea "
                                             "the New Year Honours end-Jun start-20 the first weekend of Jul the first week of "
                                             "the following mont every half hou guided to Q has until Oct Britain votes on "
                                             "days left last year's for lost 2024 revenu £10 a day after ", n)),
    # issues 9/10, branch wire10: futures months alone and before commodities in one long futures report, notice labels
    # before dates and clocks, `end-` months, a scaled figure before `year ago`, gapped clauses, `;` list items, share
    # moves after names, `pounds of` gilts (no stop)
    "wire_futures_notices": ("Hog futures closed lower, with April off the limit, Nymex March crude and May at 2.86-1/2, pay ... (no stop)",
                             lambda n: repeat("Hog futures closed 0.50 to 1.20 cents lower, with April off the limit, Nymex March "
                                              "crude and May at 2.86-1/2, pay April 10, record March 20, effective Friday, expires "
                                              "at 1600 EST on December 14, end-March vs 5.01 billion year ago; wheat 1.73 billion "
                                              "vs 1.96 billion and its Lombard rate to 5.0 pct from 5.5 pct, Exxon 1-1/4 to 87-5/8 "
                                              "and General Motors 3/4 to 82 after 8.6 pct in January 5 billion pounds of gilts ", n)),
    # branch biz10: glued single-letter currencies with and without their country named, shared currency words with
    # countries before them, a results table's bare figures, a unit's glossed abbreviation (no stop)
    "currencies_biz10": ("R19 R2 P80.2 billion N95 Chile's 4,390 pesos Norway's 1.48 trillion crowns Net 14.3 mln vs 11.6 mln ... (no stop)",
                         lambda n: repeat("R19 R2 Route R62 P80.2 billion N95 N1.2 trillion Chile's 4,390 pesos and Norway's "
                                          "1.48 trillion crowns and Rs 29.5 billion Shr 1.22 dlrs vs 98 cts Net 14.3 mln vs 11.6 "
                                          "mln raised by 200,000 barrels per day, or bpd, to 1.5 mln bpd and ", n)),
    "anchored_relatives": ("the previous March the same month a year earlier the following Tuesday the 14th to ... (no stop)",
                           anchored_relatives),
    "wire11_desk": ("498,210 tonnes a week earlier $94.46 bln, +26%; claims 227,000 (-5,000) Oct PPI $0.53/shr ... (no stop)",
                    wire11_desk),
    "round12_de": ("im dritten Quartal ... gesunken KW 12 KW1 40. Kalenderwoche Geschäftsjahr 2024/2 am Vortag von Anfang März bis Ende ... (no stop)",
                   lambda n: round12("de", n)),
    "round12_en": ("a couple of a couple of hundred ten to midnight Thursday week the 1st of April next yea ... (no stop)",
                   lambda n: round12("en", n)),
    "currencies_biz10_named": ("the rand R19 R2 ... South Africa Philippine Nigeria (every glued letter read, no stop)",
                               lambda n: "The rand, South Africa, Philippine, Nigeria: " + repeat("R19 R2.5 P80.2 billion N1.2 trillion 4,390 pesos ", n - 45)),
    # branch biz11: results-flash shorthand (a level before `, +N%` and after `+N% y/y to`), tranches of an issue's
    # multiple after `subscribed`, `Nm vs Nm`, a link before another clause's verb, plural possessives, bit rates (no stop)
    "results_flash_biz11": ("rev $30.8bn, +112% YoY, +17% QoQ to $4bn subscribed 69.5 times, the QIB book 198 times ... (no stop)",
                            lambda n: repeat("rev $30.8bn, +112% YoY, +17% QoQ to $4bn; op margin 27.2%, +520bps vs 165k est "
                                             "subscribed 69.5 times overall, the retail book 13.4x and the QIB book 198 times 8.05m "
                                             "subs vs 4.87m and its MAU reached 1.37 billion taking the cars' share to 15.2% from "
                                             "its five-year plan by 12% swung to an operating profit of 6 from 69.4Mbit/s 72 GPUs ", n)),
    # branch lang12a: relative periods counted from a date before them, `después del` / `après` the level before, a new subject
    # reaching a level after another's change word, snow or rain that fell, sums of scales, `un mes de` a month, a lead word
    # before a duration, `suba`, bare `points` and `de moitié`, all in one endless sentence (no stop)
    "probe16_forms": ("temperatures drop into the 60s ... the 747 carried 416 passengers, a magnitude 6.4 quake ... (no stop)",
                      probe16_forms),
    "anchored_es": ("subió un 3 % en 2019, después del 2 % del año anterior y el dólar superó los 1.450 pesos; cayeron 40 ... (no stop)",
                    lambda n: repeat("subió un 3 % en 2019, después del 2 % del año anterior y el dólar superó los 1.450 pesos, "
                                     "cayeron 40 milímetros de lluvia en los últimos tres días de un mes de agosto, 9 billones 300 "
                                     "mil millones de pesos y una suba de 15 pesos al día siguiente frente al trimestre anterior, ", n)),
    "round13_es": ("se ubicó en 4,3 % en agosto, por debajo del 4,6 % de julio y la mínima de 22 ... 37 heridos, de los cuales 12 (no stop)",
                   lambda n: round13("es", n)),
    "round13_fr": ("contre 1,5 % en juillet la minimale de 27 et 9 0,73 $ US 312 voix contre 205 dont 1 100 ... (no stop)",
                   lambda n: round13("fr", n)),
    "round13_de": ("im August ..., nach 1,6 Prozent im Juli der Tiefstwert bei 17 24.000 Mitarbeiter, davon gut 9.000 ... (no stop)",
                   lambda n: round13("de", n)),
    "anchored_fr": ("a augmenté de 4,9 % en décembre, après 5,2 % au trimestre précédent et le pétrole a atteint 90 dollars ... (no stop)",
                    lambda n: repeat("a augmenté de 4,9 % en décembre 2019, après 5,2 % au trimestre précédent et le pétrole a "
                                     "atteint 90 dollars, il est tombé 35 centimètres de neige un mois de février avec 21 points, "
                                     "a baissé de moitié le lendemain de l'année précédente, ", n)),
}


def fit(text: str, size: int) -> str:
    """`text` cut to exactly `size` UTF-8 bytes, padded with spaces where a character cut in half
    leaves it short (cases with accented letters repeat by characters, not bytes).

    >>> fit("é" * 3, 5), len(fit("é" * 3, 5).encode("utf-8"))
    ('éé ', 5)
    """
    data = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return data + " " * (size - len(data.encode("utf-8")))


def build(kb: float, news: Iterable[str] = ()) -> dict[str, str]:
    """Every adversarial text at `kb` * 1000 bytes; `single_line` is empty without `news` texts."""
    size = int(kb * 1000)
    out = {name: fit(make(size), size) for name, (_, make) in BUILDERS.items()}
    out["single_line"] = single_line(news, size)
    return out


def describe(name: str) -> str:
    """One-line description of an adversarial case."""
    if name == "single_line":
        return "news articles concatenated into one line"
    if name == "long_line":
        return "news articles on one line, megabytes long (growth with document length)"
    return BUILDERS[name][0]
