"""Recognizers-Text English DateTime specs as table-driven tests (rules: tests/peer_suites_temporal.py).

Every supported case of DateExtractor, DateParser, DatePeriodExtractor, DatePeriodParser,
DurationExtractor, DurationParser, TimeExtractor, TimeParser, SetExtractor, SetParser and
DateTimeModel is one test. The cases we fail are listed, with what we returned, in
tests/known_failures/temporal_peers.json and marked xfail(strict=True): a case that starts to
pass fails the run until the list is regenerated with tools/update_known_failures_temporal.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.peer_suites_temporal import PeerCase, all_cases, judge

KNOWN = Path(__file__).parent / "known_failures" / "temporal_peers.json"
_known: dict[str, str] = json.loads(KNOWN.read_text(encoding="utf-8")) if KNOWN.exists() else {}


def _params() -> list:
    out = []
    for case in all_cases():
        marks = []
        if case.id in _known:
            marks.append(pytest.mark.xfail(strict=True, reason=f"we return: {_known[case.id]}"[:300]))
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_peer_case(case: PeerCase) -> None:
    ok, got = judge(case)
    assert ok, f"{case.text!r}: expected {[r.get('Text') for r in case.results]}, we return {got}"
