"""Counts, percentages, money, measures, ratios and ordinals: cases as data.

Each `Q(...)` names a sentence, the mention's surface (`text` column) and the fields it must have;
each `No(...)` a sentence and a surface that must give no row at all. Known gaps are strict xfails
with their reason.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

import numfacts


class Q(NamedTuple):
    sentence: str
    text: str
    kind: str
    fields: dict[str, Any]


class No(NamedTuple):
    sentence: str
    text: str


def q(sentence: str, text: str, kind: str, **fields: Any) -> Q:
    return Q(sentence, text, kind, fields)


COUNTS = [
    q("78,000 civilians have been evacuated.", "78,000", "count", value=78000, entity="civilians", qualifier="="),
    q("It has claimed the lives of more than 400,000 people.", "more than 400,000", "count", value=400000, low=400000, qualifier=">", entity="people"),
    q("Over the past night, 2,124 civilians, including 1,007 children, were evacuated.", "1,007", "count", value=1007, entity="children"),
    q("Some 291 militants laid down their weapons.", "Some 291", "count", value=291, qualifier="~", entity="militants"),
    q("the evacuation of about 8,000 civilians", "about 8,000", "count", value=8000, qualifier="~", entity="civilians"),
    q("Jets flew 1,200 new sorties.", "1,200", "count", value=1200, entity="new sorties"),
    q("The town has 1.5 million residents.", "1.5 million", "count", value=1.5e6, entity="residents"),
    q("The app has 47.6m users.", "47.6m", "count", value=47.6e6, entity="users"),
    q("We received 3k letters.", "3k", "count", value=3000, entity="letters"),
    q("Five soldiers were killed.", "Five", "count", value=5, entity="soldiers"),
    q("It landed hundreds of kilometres away.", "hundreds of kilometres", "measure", value=100, qualifier="~", unit="kilometre"),
    q("One reporter questioned what could happen.", "One", "count", value=1, entity="reporter"),
    q("The EFF says AT&T turned over 2 databases.", "2", "count", value=2, qualifier="=", entity="databases"),
    q("It took over three and a half million hours.", "over three and a half million hours", "duration", value=3.5e6, low=3.5e6, qualifier=">"),
    q("I want a hundred and two of them.", "a hundred and two", "count", value=102),
    q("They arrested two dozen protesters.", "two dozen", "count", value=24, entity="protesters"),
    q("Half a million people marched.", "Half a million", "count", value=5e5, entity="people"),
    q("At least 20 people died.", "At least 20", "count", value=20, low=20, qualifier=">=", entity="people"),
    q("Up to 20 million people are affected.", "Up to 20 million", "count", value=2e7, high=2e7, qualifier="<="),
    q("Fewer than 50 voters turned up.", "Fewer than 50", "count", value=50, high=50, qualifier="<", entity="voters"),
    q("Nearly 300 homes were lost.", "Nearly 300", "count", value=300, qualifier="~", entity="homes"),
    q("An estimated 5,000 fans attended.", "An estimated 5,000", "count", value=5000, qualifier="~", entity="fans"),
    q("Roughly 40 ships sank.", "Roughly 40", "count", value=40, qualifier="~", entity="ships"),
    q("Between 300 and 400 people were there.", "Between 300 and 400", "count", low=300, high=400, qualifier="range", entity="people"),
    q("The crowd was 300 to 400 people strong.", "300 to 400", "count", low=300, high=400, qualifier="range"),
    q("They killed anywhere from 13 to 100 people.", "from 13 to 100", "count", low=13, high=100, qualifier="range", entity="people"),
    q("The toll rose from 7 to 20.", "7", "count", value=7, qualifier="="),
    q("An F-16 carrying two 500 lb bombs struck.", "two", "count", value=2, entity="bombs"),
    q("Bush will send 21,500 more US troops.", "21,500", "count", value=21500, entity="US troops"),
    q("Tariffs will collect near $26 million.", "near $26 million", "money", value=2.6e7, qualifier="~", unit="USD"),
    q("Tens of thousands of people fled.", "Tens of thousands", "count", value=10000, qualifier="~", entity="people"),
    q("Thousands of passengers were stranded.", "Thousands", "count", value=1000, qualifier="~", entity="passengers"),
    q("Three other British soldiers were hurt.", "Three", "count", value=3, entity="British soldiers"),
    q("The death toll rose to 300.", "300", "count", value=300, entity="toll"),
    q("More than 1,000 people were evacuated, including 1,500 children.", "1,500", "count", value=1500, entity="children"),
    q("Nearly 10,000 troops were deployed.", "Nearly 10,000", "count", value=10000, qualifier="~", entity="troops"),
    q("Police arrested 12 people.", "12", "count", value=12, entity="people"),
    q("It has a 7,500-seat theatre.", "7,500-seat", "count", value=7500, entity="seat"),
    q("The lottery is held in 12 U.S. states.", "12", "count", value=12, entity="U.S. states"),
    q("Half of the total number of councillors are up for election.", "Half", "ratio", value=0.5, entity="councillors"),
    q("They want 1,500 or more signatures.", "1,500 or more", "count", value=1500, low=1500, qualifier=">=", entity="signatures"),
    q("Scores of people fled the fire.", "Scores", "count", value=20, qualifier="~", entity="people"),
    q("Police said 3 men, aged 19, 21 and 24, were charged.", "21", "measure", value=21, unit="year"),
]

PERCENTS = [
    q("The army has retaken over 93 percent of the city.", "over 93 percent", "percent", value=93, low=93, qualifier=">", unit="percent", entity="city"),
    q("Turnout was 93%.", "93%", "percent", value=93, unit="percent"),
    q("Margin 7 pct vs 6 pct.", "7 pct", "percent", value=7, unit="percent"),
    q("Prices rose 93 per cent.", "93 per cent", "percent", value=93, unit="percent"),
    q("Shares fell 4.5 pct on Monday.", "4.5 pct", "percent", value=4.5, unit="percent"),
    q("Unemployment rose by 0.3 percentage points.", "0.3 percentage points", "percent", value=0.3, unit="percentage point"),
    q("Growth of 10-15% is expected.", "10-15%", "percent", low=10, high=15, qualifier="range", unit="percent"),
    q("Between 5% and 10% of voters agreed.", "Between 5% and 10%", "percent", low=5, high=10, qualifier="range", entity="voters"),
    q("Prices rose 5%-7% last year.", "5%-7%", "percent", low=5, high=7, qualifier="range"),
    q("The jobless rate was 7.9%.", "7.9%", "percent", value=7.9, entity="rate"),
    q("about 52 percent of voters", "about 52 percent", "percent", value=52, qualifier="~", entity="voters"),
    q("a 20-percent rise", "20-percent", "percent", value=20, unit="percent", entity="rise"),
    q("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", "percent", value=0.25, unit="percentage point"),
    q("His rating fell from 50 to 45%.", "50", "percent", value=50, unit="percent"),
    q("They control 80% of the world's trade.", "80%", "percent", value=80, entity="trade"),
    # a list of three or more with the unit written once after the last: every member takes it
    q("Rates rose by 3, 4 and 5 per cent in turn.", "3", "percent", value=3, unit="percent"),
    q("Growth of 2, 3 and 4 percent is forecast.", "2", "percent", value=2, unit="percent"),
    q("Prices rose 1.5, 2 and 2.5% respectively.", "1.5", "percent", value=1.5, unit="percent"),
    q("Fares may rise 2, 3 or 4 per cent.", "2", "percent", value=2, unit="percent"),
    q("Rates of 1, 2, 3 and 4 pct were set.", "2", "percent", value=2, unit="percent"),
]

MONEY = [
    q("The deal is worth $2.5 billion.", "$2.5 billion", "money", value=2.5e9, unit="USD"),
    q("It lost $18bn last year.", "$18bn", "money", value=1.8e10, unit="USD"),
    q("The club paid £6.4billion.", "£6.4billion", "money", value=6.4e9, unit="GBP"),
    q("The fund holds £350m.", "£350m", "money", value=3.5e8, unit="GBP"),
    q("Payout 14 cts vs 11 cts prior.", "14 cts", "money", value=0.14, unit="USD"),  # a capitalised label, then cents
    q("Sales hit €1.2 million.", "€1.2 million", "money", value=1.2e6, unit="EUR"),
    q("Istithmar paid US$942.3 million for the company.", "US$942.3 million", "money", value=942.3e6, unit="USD"),
    q("The firm made 4 billion yen in profits.", "4 billion yen", "money", value=4e9, unit="JPY"),
    q("It costs 500 euros.", "500 euros", "money", value=500, unit="EUR"),
    q("Qantas will lose A$20m a day.", "A$20m", "money", value=2e7, unit="AUD"),
    q("Fees of up to £180 were charged.", "up to £180", "money", value=180, high=180, qualifier="<=", unit="GBP"),
    q("Aid of more than $5 million arrived.", "more than $5 million", "money", value=5e6, low=5e6, qualifier=">", unit="USD"),
    q("Budgets of $5-10 million are common.", "$5-10 million", "money", low=5e6, high=1e7, qualifier="range", unit="USD"),
    q("It sells for 99 cents.", "99 cents", "money", value=0.99, unit="USD"),
    q("The fine was 2 million rupees.", "2 million rupees", "money", value=2e6, unit="INR"),
    q("Billions of dollars were lost.", "Billions of dollars", "money", value=1e9, qualifier="~", unit="USD"),
    q("They raised 300 million Swiss francs.", "300 million Swiss francs", "money", value=3e8, unit="CHF"),
    q("Jet owes Rs850 crore.", "Rs850 crore", "money", value=8.5e9, unit="INR"),
    q("It cost 10-15 million Swedish kronor.", "10-15 million Swedish kronor", "money", low=1e7, high=1.5e7, unit="SEK"),
    q("The firm paid GBP 750 million.", "GBP 750 million", "money", value=7.5e8, unit="GBP"),
    q("Fines of NZ$ 1.2 million and $414,595 were paid.", "$414,595", "money", value=414595, unit="NZD"),
    q("Italy's debt is $2.174T.", "$2.174T", "money", value=2.174e12, unit="USD"),
    q("It sold for 250 million Dutch guilders.", "250 million Dutch guilders", "money", value=2.5e8, unit="NLG"),
    q("Shares closed at a 12-cent discount.", "12-cent", "money", value=0.12, unit="USD"),
    q("The club was fined 25,000 pounds.", "25,000 pounds", "money", value=25000, unit="GBP"),
    q("Fines of 40 Egyptian pounds were paid.", "40 Egyptian pounds", "money", value=40, unit="EGP"),
]

MEASURES = [
    q("Temperatures fell to -19C overnight.", "-19C", "measure", value=-19, unit="degree Celsius"),
    q("It was minus 12 degrees Celsius.", "minus 12 degrees Celsius", "measure", value=-12, unit="degree Celsius"),
    q("A 10,000-tonne ship docked.", "10,000-tonne", "measure", value=10000, unit="tonne"),
    q("The 2.7-kilometre tunnel opened.", "2.7-kilometre", "measure", value=2.7, unit="kilometre"),
    q("Winds reached 120 mph.", "120 mph", "measure", value=120, unit="mile per hour"),
    q("The fire burned 5,000 hectares.", "5,000 hectares", "measure", value=5000, unit="hectare"),
    q("It covers 3 square kilometres.", "3 square kilometres", "measure", value=3, unit="square kilometre"),
    q("The plane flew 9,420 nautical miles.", "9,420 nautical miles", "measure", value=9420, unit="nautical mile"),
    q("The tunnel runs along a 700m stretch.", "700m", "measure", value=700, unit="metre"),
    q("Output is 1,000 barrels per day.", "1,000 barrels per day", "measure", value=1000, unit="barrel per day"),
    q("A 300MW plant was built.", "300MW", "measure", value=300, unit="megawatt"),
    q("He carried 20 kg of rice.", "20 kg", "measure", value=20, unit="kilogram", entity="rice"),
    q("The heat reached 45 degrees.", "45 degrees", "measure", value=45, unit="degree Celsius"),
    q("The 5.8 magnitude quake struck.", "5.8 magnitude", "measure", value=5.8),
    q("Rain fell at six inches per hour.", "six inches per hour", "measure", value=6, unit="inch per hour"),
    q("The car can run at 188 miles an hour.", "188 miles an hour", "measure", value=188, unit="mile per hour"),
    q("He drove on a six-mile track.", "six-mile", "measure", value=6, unit="mile", entity="track"),
    q("The baby is over two pounds.", "over two pounds", "measure", value=2, low=2, qualifier=">", unit="pound-mass"),
    q("It was 90 fahrenheit in Texas.", "90 fahrenheit", "measure", value=90, unit="degree fahrenheit"),
    q("It takes 10 1/2 miles.", "10 1/2 miles", "measure", value=10.5, unit="mile"),
    q("They held a 1/4 mile race.", "1/4 mile", "measure", value=0.25, unit="mile"),
    q("An F-16 carrying two 500 lb bombs struck.", "500 lb", "measure", value=500, unit="pound-mass", entity="bombs"),
    q("They own a 454 kg battery pack.", "454 kg", "measure", value=454, unit="kilogram", entity="battery pack"),
    # a capitalised adverb opening the sentence names nothing (not `Boeing 737`)
    q("Yesterday 35 millimetres of rain fell.", "35 millimetres", "measure", value=35, unit="millimetre"),
    q("Overall 12 kg of rice was sold.", "12 kg", "measure", value=12, unit="kilogram"),
    q("Boards of 3, 4 and 5 metres were cut.", "3", "measure", value=3, unit="metre"),
    q("Drifts of 10, 20 and 30 cm were measured.", "10", "measure", value=10, unit="centimetre"),
    # a list of counted things keeps each member's own noun
    q("He has 3 children, 4 dogs and 5 cats.", "3", "count", value=3, entity="children"),
    # a list that runs on past a glued letter is a list of codes: no unit closes it
    q("The serotypes were 9V, 14, 16, 18C, 19F and 23F.", "14", "count", value=14),
]

RATIOS = [
    q("One in five Americans owns a gun.", "One in five", "ratio", value=0.2, entity="Americans"),
    q("Two-thirds of voters agreed.", "Two-thirds", "ratio", value=2 / 3, entity="voters"),
    q("A fifth of the budget went on arms.", "A fifth", "ratio", value=0.2, entity="budget"),
    q("Around half of all children have a profile.", "Around half", "ratio", value=0.5, qualifier="~", entity="children"),
    q("three out of four doctors agree", "three out of four", "ratio", value=0.75, entity="doctors"),
    q("It needs a 2/3 majority.", "2/3", "ratio", value=2 / 3),
    q("Still, 1/6th of this voting group is undecided.", "1/6th", "ratio", value=1 / 6, entity="voting group"),
    q("Afghanistan produced twelve times more opium.", "twelve times", "ratio", value=12),
]

ORDINALS = [
    q("It was the 21st attack this year.", "21st", "ordinal", value=21),
    q("The stock fell for the fourth straight day.", "fourth", "ordinal", value=4),
    q("He finished twenty-third.", "twenty-third", "ordinal", value=23),
    q("They marked the 100th anniversary.", "100th", "ordinal", value=100, entity="anniversary"),
    q("It was the University's second-biggest milestone.", "second", "ordinal", value=2),
]

NOT_FACTS = [
    No("The F-16 crashed.", "16"),
    No("COVID-19 spread fast.", "19"),
    No("Flight MH17 was shot down.", "17"),
    No("Leaders of the G7 met.", "7"),
    No("He bought an iPhone 14.", "14"),
    No("The Boeing 737 is grounded.", "737"),
    No("Article 5 was invoked.", "5"),
    No("A Category 4 storm hit.", "4"),
    No("They drove down Route 66.", "66"),
    No("Call +44 20 7946 0958 now.", "7946"),
    No("Call 555-123-4567 today.", "555"),
    No("See www.presstv.co.uk for more.", "presstv"),
    No("Write to press2016@example.com today.", "2016"),
    No("Arsenal won 3-1 on Sunday.", "3-1"),
    No("The 777-200LR can fly far.", "777"),
    No("It was one of the best days.", "one"),
    No("Version 2.0 shipped.", "2.0"),
    No("He lives at No. 10 Downing Street.", "10"),
    No("The 5G network launched.", "5G"),
    No("the Standard & Poor's 500 index dropped", "500"),
    No("Call 0800-77-90-15 for the UK.", "0800"),
    No("He won the Mega Millions lottery.", "Millions"),
    No("He represents the 22nd District of Ohio.", "22nd"),
    No("It was the end of the Fifth Republic.", "Fifth"),
    No("The deal with Yahoo!7 was signed.", "7"),
    No("It is the only one without detention.", "one"),
    No("This is one we thought about.", "one"),
]


def _rows(sentence: str) -> list[dict[str, Any]]:
    df = numfacts.extract(sentence, reference_date="2016-12-11")
    return df.to_dict("records")


def _close(a: Any, b: float) -> bool:
    return a is not None and a == a and abs(float(a) - b) <= 1e-6 * max(1.0, abs(b))


def _check(case: Q) -> None:
    rows = _rows(case.sentence)
    hits = [r for r in rows if r["text"] == case.text]
    assert hits, f"no row {case.text!r}; rows: {[(r['text'], r['kind']) for r in rows]}"
    row = hits[0]
    assert row["kind"] == case.kind
    for name, want in case.fields.items():
        got = row[name]
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            assert _close(got, want), f"{name}: got {got!r}, want {want!r}"
        else:
            assert got == want, f"{name}: got {got!r}, want {want!r}"


KNOWN_GAPS: dict[str, str] = {
    "count-Scores": "`scores of` is no vague count yet: `scores` alone is a noun (test scores), so it needs an of-only entry",
    "measure-21": "an age list (`aged 19, 21 and 24`) gives only its first member the age unit; the rest stay counts",
}


def _params(cases: list[Q]) -> list[Any]:
    out = []
    for c in cases:
        cid = f"{c.kind}-{c.text}"
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[cid])] if cid in KNOWN_GAPS else []
        out.append(pytest.param(c, id=cid, marks=marks))
    return out


@pytest.mark.parametrize("case", _params(COUNTS))
def test_counts(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(PERCENTS))
def test_percents(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(MONEY))
def test_money(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(MEASURES))
def test_measures(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(RATIOS))
def test_ratios(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params(ORDINALS))
def test_ordinals(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", [pytest.param(c, id=f"not-{c.sentence[:30]}") for c in NOT_FACTS])
def test_not_facts(case: No) -> None:
    rows = _rows(case.sentence)
    start = case.sentence.find(case.text)
    end = start + len(case.text)
    overlapping = [(r["text"], r["kind"]) for r in rows if r["start"] < end and start < r["end"]]
    assert overlapping == [], f"{case.text!r} must give no row"


def test_date_parts_are_never_counts() -> None:
    rows = _rows("A picture taken on December 11, 2016 shows a tank; the war flared up in March 2011.")
    assert [(r["text"], r["kind"]) for r in rows] == [("December 11, 2016", "date"), ("March 2011", "date")]
