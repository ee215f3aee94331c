"""Issues 9/10, probe round 16 (branch probe16): everyday English forms found wrong when probed
(data/gold/quantities-probe16-dev.jsonl). Cases as data, our own sentences beyond the gold, with
guards for the readings the rules must not take.
"""

from __future__ import annotations

import pytest

from tests.test_quantities import Q, _check, _rows, q

F, C = "degree fahrenheit", "degree Celsius"

#: A bare `the 60s` after a temperature cue (this sentence or the one before): the whole ten, the unit of the
#: band or degree figure before it, else Fahrenheit from a top of 50.
BARE_BANDS = [
    q("Temperatures will reach the low 90s on Thursday before a cold front drops them into the 60s.", "the 60s",
      "measure", low=60, high=69, qualifier="range", unit=F, change="down", role="to"),
    q("Highs in the mid-80s today will give way to lows in the 50s overnight.", "the 50s", "measure", low=50,
      high=59, unit=F),
    q("After lows in the upper 40s Fahrenheit, the valley could fall into the 30s.", "the 30s", "measure", low=30,
      high=39, unit=F, change="down", role="to"),
    q("Daytime highs around 32C on Tuesday will ease to the 20s by the weekend.", "the 20s", "measure", low=20,
      high=29, unit=C),
    q("Forecasters expect temperatures in the 70s across the state.", "the 70s", "measure", low=70, high=79, unit=F),
    q("A heat wave is coming. Highs will sit in the 100s for days.", "the 100s", "measure", low=100, high=109,
      unit=F),
    q("Temperatures hit 95 degrees on Monday. By Friday the mercury will be back in the 70s.", "the 70s", "measure",
      low=70, high=79),
    q("Wind chills will make it feel like the 10s Celsius.", "the 10s Celsius", "measure", low=10, high=19, unit=C),
]

#: An airliner's number after `the` and before a verb in a sentence about air travel is the plane.
MODELS_COUNTS = [
    q("The 47 passengers were taken to a nearby hotel.", "47", "count", value=47, entity="passengers"),
    q("The 747 passengers were taken to hotels.", "747", "count", value=747, entity="passengers"),
    q("The 35 remained in custody on Monday.", "35", "count", value=35),
    q("The 2,000 who came stood in the rain.", "2,000", "count", value=2000),
    q("The 757 voted for the motion.", "757", "count", value=757),
    q("The airline's 747 pilots voted to strike.", "747", "count", value=747, entity="pilots"),
    q("The 747 carried 416 passengers and 18 crew.", "416", "count", value=416, entity="passengers"),
]

#: A reading on a named scale: a measure in `Richter magnitude`, the scale word before it in the span.
SCALES = [
    q("A magnitude 6.4 earthquake struck off the coast.", "magnitude 6.4", "measure", value=6.4,
      unit="Richter magnitude", entity="earthquake"),
    q("An earthquake of magnitude 4.2 shook the island.", "magnitude 4.2", "measure", value=4.2,
      unit="Richter magnitude"),
    q("A magnitude-5.5 aftershock rattled the region.", "magnitude-5.5", "measure", value=5.5,
      unit="Richter magnitude", entity="aftershock"),
    q("The quake registered 6.9 on the Richter scale.", "6.9", "measure", value=6.9, unit="Richter magnitude"),
    q("The USGS said the tremor had a preliminary magnitude 5.0 reading.", "magnitude 5.0", "measure", value=5.0),
    q("The 7.8-magnitude quake struck at dawn.", "7.8-magnitude", "measure", value=7.8, entity="quake"),
]

#: Passive and noun forms of a vote tally: one ratio, entity `votes` or the noun written after it.
TALLIES = [
    q("The board approved the plan by a vote of 7-2.", "7-2", "ratio", value=3.5, entity="votes", change=None),
    q("The measure cleared the Senate 68-32 on Thursday.", "68-32", "ratio", value=68 / 32, entity="votes"),
    q("The justices upheld the law on a 5-4 vote.", "5-4", "ratio", value=1.25, entity="vote"),
    q("In a 7-1 ruling, the court struck down the ban.", "7-1", "ratio", value=7.0, entity="ruling"),
    q("Commissioners rejected the rezoning in a 4-3 decision.", "4-3", "ratio", value=4 / 3, entity="decision"),
    q("The council passed the budget 11-2 after a long debate.", "11-2", "ratio", value=5.5, entity="votes"),
]

#: A dash pair before a plain plural after a vote word is a range, no tally; grouped figures stay two counts (gold
#: wire10-ag04: `voted 1,820 to 1,106` two counts).
GROUPED_TALLIES = [
    q("The vote drew 200-500 people.", "200-500", "count", low=200, high=500, entity="people"),
    q("The vote drew 1,200-1,500 people.", "1,200-1,500", "count", low=1200, high=1500, entity="people"),
    q("The union voted 1,102 to 398 to accept the contract.", "1,102", "count", value=1102),
    q("The Senate voted 70-29 to advance it.", "70-29", "ratio", value=70 / 29, entity="votes"),
    q("It won a 51-49 vote.", "51-49", "ratio", value=51 / 49, entity="vote"),
]

#: A percentage in brackets after a count shares its entity; `Among`/`Of` with a count open a partitive.
SHARES = [
    q("Of the 1,204 patients enrolled, 312 (25.9%) were hospitalized.", "25.9%", "percent", value=25.9,
      entity="patients"),
    q("Among 860 respondents, 215 (25%) reported symptoms.", "215", "count", entity="respondents"),
    q("Among 860 respondents, 215 (25%) reported symptoms.", "25%", "percent", entity="respondents"),
    q("Of 96 schools surveyed, 14 [14.6%] had closed.", "14.6%", "percent", entity="schools"),
    q("Completed surveys were returned for 752 (72%) of the children.", "72%", "percent", entity="children"),
]

#: `into` before a band after a change verb gives role `to`; before a single figure no role.
INTO = [
    q("Daytime temperatures could climb into the high 30s.", "the high 30s", "measure", change="up", role="to"),
    q("Temperatures will drop into the low 60s.", "the low 60s", "measure", change="down", role="to"),
    # guards: `into` before a single figure is no level
    q("A truck crashed into about a dozen vehicles.", "about a dozen", "count", change=None, role=None),
    q("Microsoft will expand into the $40 billion online advertising market.", "$40 billion", "money", change=None),
    q("The coup plunged the country into a decade-long civil war.", "decade-long", "duration", change=None),
]

#: Known gaps (strict).
KNOWN_GAPS = [
    pytest.param(q("Members voted 1,102-398 in favour.", "1,102-398", "ratio", value=1102 / 398),
                 marks=pytest.mark.xfail(strict=True, reason="decided against: gold wire10-ag04 writes a union ballot's "
                                         "grouped figures (`voted 1,820 to 1,106`) as two counts; a tally stays 1-3 digits "
                                         "a side until the contract says otherwise"), id="grouped-tally"),
    pytest.param(q("The county recorded 57 new cases on Sunday, bringing its total to 3,418.", "3,418", "count",
                   change="up", role="to"),
                 marks=pytest.mark.xfail(strict=True, reason="`bringing its total to` states a rise only after a "
                                         "change verb (`added`); `recorded 57 new cases` is none yet"),
                 id="total-after-recorded"),
]

#: Forms that must give no row of the kind: decades stay decades, planes no counts, an order of magnitude no scale.
ABSENT = [
    ("Disco music was born in the 70s, the producer said.", "70s", "measure"),
    ("In the 60s, highs rarely topped 90 degrees.", "60s", "measure"),
    ("The town grew in the 1960s and again in the 90s.", "90s", "measure"),
    ("The 747 carried 416 passengers and 18 crew.", "747", "count"),
    ("The 737 returned to service after a 20-month grounding.", "737", "count"),
    ("Pilots said the 787 handled well in crosswinds of 40 knots.", "787", "count"),
    ("Boeing's 747 carried 416 passengers.", "747", "count"),
    ("Delta's 757 flew the route for 30 years.", "757", "count"),
    ("The airline said the 777 would fly the route three times a week.", "777", "count"),
    ("Sales grew by an order of magnitude 3 times over.", "magnitude", "measure"),
]


def _params(cases: list[Q]) -> list[object]:
    return [pytest.param(c, id=f"{c.kind}-{c.text}-{c.sentence[:24]}") for c in cases]


@pytest.mark.parametrize("case", _params(BARE_BANDS + MODELS_COUNTS + SCALES + TALLIES + GROUPED_TALLIES + SHARES + INTO) + KNOWN_GAPS)
def test_probe16_forms(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("sentence, part, kind", [pytest.param(s, p, k, id=s[:30]) for s, p, k in ABSENT])
def test_probe16_absent(sentence: str, part: str, kind: str) -> None:
    rows = _rows(sentence)
    assert not [r for r in rows if part in r["text"] and r["kind"] == kind], rows
