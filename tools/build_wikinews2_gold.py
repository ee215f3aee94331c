#!/usr/bin/env python3
"""Write data/gold/temporal-wikinews2-dev.jsonl: 8 whole Wikinews articles (data/corpus/wikinews.jsonl,
CC BY 4.0, Wikinews contributors) that no other gold file uses, annotated by hand with the Wikinews
conventions of data/gold/README-temporal.md (issue #10 round 3), before numfacts was run on them.

Picked by rule: articles with a date before 2013, 500-1,100 characters, at least 3 date cue words,
shuffled with random.Random(20261202); the first 10, less 2 whose rows had been seen in a digest
review. Usage: build_wikinews2_gold.py OUT.jsonl
"""

import json
import sys
from pathlib import Path

from gold_facts import D, Opt, T, U, write  # noqa: F401  (tools/ is on sys.path when run)

ROOT = Path(__file__).resolve().parents[1]
DOCS = {d["id"]: d for d in map(json.loads, (ROOT / "data/corpus/wikinews.jsonl").open(encoding="utf-8"))}
P: list[dict] = []


def add(doc_id: str, facts: list[dict], reject=()) -> None:
    d = DOCS[doc_id]
    P.append({"id": doc_id, "ref": d["date"][:10], "text": d["text"], "facts": facts, "reject": list(reject)})


add("wikinews-231311", [T("1:35 AM", "2010-12-23T01:35"), D("Thursday", "2010-12-23"), Opt("recently"),
                        Opt("a couple of decades", "duration"), D("1963", "1963")])
add("wikinews-44574", [D("early Wednesday", "2006-07-05"), D("May 25, 2006", "2006-05-25"), D("October 23", "2006-10-23"),
                       Opt("the rest of his life", "duration"), D("2001", "2001")])
add("wikinews-79368", [D("September 11, 2001", "2001-09-11"), D("last week", "2007-W36"),
                       U("24 hours", "PT24H", 24, "hour"), D("2004", "2004"), D("September 7, 2007", "2007-09-07")])
add("wikinews-18563", [Opt("overnight"), U("2 days", "P2D", 2, "day"), D("Friday", "2005-08-12"), D("January", "2006-01"),
                       D("next year", "2006")])
add("wikinews-17702", [U("six months", "P6M", 6, "month"), D("January-July", "2005-01/2005-07"), D("2005", "2005"),
                       D("the same period of 2004", "2004", of=True), Opt("this period"),
                       D("January and July 2004", "2004-01/2004-07"), D("January 1, 2005", "2005-01-01"),
                       D("2007", "2007"), D("2005", "2005", occ=2)])
add("wikinews-24422", [D("Thursday", "2005-10-20"), U("36 hours", "PT36H", 36, "hour"), D("Wednesday", "2005-10-19")])
add("wikinews-82997", [D("October 22", "2007-10-22"), D("1993", "1993"), D("last week", "2007-W42"), D("this week", "2007-W43"),
                       Opt("Right now"), D("Monday", "2007-10-22")])
add("wikinews-119162", [D("Thursday", "2009-01-08"), U("nearly a year", "P1Y", qualifier="~"), D("April", "2008-04"),
                        D("December", "2008-12")])

write(sys.argv[1], P)
