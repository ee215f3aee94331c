"""How right is dateparser on the date spans of our temporal gold, next to numfacts' own tagger?

For every scored `date` fact of data/gold/temporal-{dev,test}.jsonl, dateparser is given the gold
span itself (the best case for it: no search, no false candidates), with the article's date as
RELATIVE_BASE, languages=['en'] and its period output; its value is written at the period's
granularity (day, month, year) and compared with the gold value. numfacts is scored on the same
facts through the pipeline (the row overlapping the gold span). Prints both accuracies.

    .venv/bin/python bench/dateparser_spans.py
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys
import warnings

from dateparser.date import DateDataParser

from numfacts.pipeline import extract_document

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from score_cases import spans  # noqa: E402  the official scorer's: each fact's (start, end, fact), by `occ`


def dateparser_value(parser: DateDataParser, span: str) -> str | None:
    data = parser.get_date_data(span)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if period == "year":
        return f"{d.year}"
    if period == "month":
        return f"{d.year}-{d.month:02d}"
    if period == "time":
        return d.strftime("%Y-%m-%dT%H:%M")
    return d.strftime("%Y-%m-%d")


def main() -> None:
    warnings.simplefilter("ignore")
    total = dp_ok = nf_ok = 0
    for name in ("temporal-dev.jsonl", "temporal-test.jsonl"):
        for line in (ROOT / "data" / "gold" / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            ref = dt.datetime.fromisoformat(case["ref"])
            parser = DateDataParser(languages=["en"], settings={
                "RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True})
            rows = extract_document(case["text"], doc_id=case["id"], reference_date=case["ref"])
            for start, end, fact in spans(case)[0]:
                kinds = fact["kind"] if isinstance(fact["kind"], list) else [fact["kind"]]
                if "date" not in kinds or "date" not in fact or fact.get("optional") or fact.get("optional_fields"):
                    continue
                total += 1
                dp_ok += dateparser_value(parser, fact["s"]) == fact["date"]
                ours = [r.date for r in rows if r.start < end and start < r.end and r.kind == "date"]
                nf_ok += fact["date"] in ours
    print(f"date facts: {total}")
    print(f"dateparser on the gold spans: {dp_ok}/{total} = {dp_ok / total:.3f}")
    print(f"numfacts (its own spans):     {nf_ok}/{total} = {nf_ok / total:.3f}")


if __name__ == "__main__":
    main()
