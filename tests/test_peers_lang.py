"""Recognizers-Text Spanish, French and German specs as table-driven tests (rules: tests/peers_lang.py).

Every supported case of the Number, NumberWithUnit and DateTime specs of each language is one
test. The cases we fail are listed, with what we returned, in tests/known_failures/lang_peers.json
and marked xfail(strict=True): a case that starts to pass fails the run until the list is
regenerated with tools/update_known_failures_lang.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.peers_lang import all_number_cases, all_temporal_cases, check_number, judge_temporal

KNOWN = Path(__file__).parent / "known_failures" / "lang_peers.json"
_known: dict[str, str] = json.loads(KNOWN.read_text(encoding="utf-8")) if KNOWN.exists() else {}


def _marks(case_id: str) -> list:
    if case_id in _known:
        return [pytest.mark.xfail(strict=True, reason=f"we return: {_known[case_id]}"[:300])]
    return []


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=_marks(c.id)) for c in all_number_cases()])
def test_number_case(case) -> None:  # type: ignore[no-untyped-def]
    problems = check_number(case)
    assert not problems, f"{case.text!r}: " + "; ".join(problems)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=_marks(c.id)) for c in all_temporal_cases()])
def test_temporal_case(case) -> None:  # type: ignore[no-untyped-def]
    ok, got = judge_temporal(case)
    assert ok, f"{case.case.text!r}: expected {[r.get('Text') for r in case.case.results]}, we return {got}"
