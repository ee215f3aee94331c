"""tools/eval.py: gold files by register and half, and `change`/`role` scored as extra fields."""

from __future__ import annotations

import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import eval as ev  # noqa: E402  tools/ is not a package

NAMES = [
    pytest.param("quantities-dev.jsonl", ("wikinews", "dev"), ["quantities"], id="wikinews-quantities"),
    pytest.param("temporal-test.jsonl", ("wikinews", "test"), ["temporal"], id="wikinews-temporal"),
    pytest.param("quantities-fomc-test.jsonl", ("fomc", "test"), ["quantities", "temporal"], id="fomc"),
    pytest.param("quantities-uk_business-dev.jsonl", ("uk_business", "dev"), ["quantities", "temporal"], id="underscore"),
    pytest.param("temporal-mmwr-dev.jsonl", ("mmwr", "dev"), ["temporal"], id="temporal-register"),
    pytest.param("seed-article.jsonl", None, ["all", "quantities", "temporal"], id="seed"),
    pytest.param("attribution.jsonl", None, ["all"], id="other"),
    pytest.param("quantities-fomc.jsonl", None, ["all"], id="no-half"),
]


@pytest.mark.parametrize("name, where, scopes", NAMES)
def test_register_and_scopes_from_the_file_name(name: str, where: tuple | None, scopes: list[str]) -> None:
    assert ev.register_of(name) == where
    assert list(ev.scopes_of(name)) == scopes


TEXT = "Shares fell from $84 to $79, a 6 percent drop, and 3 people left."
CASE = {"id": "c", "ref": "2020-01-01", "text": TEXT, "reject": [], "facts": [
    {"s": "$84", "kind": "money", "value": 84, "unit": "USD", "change": "down", "role": "from"},
    {"s": "$79", "kind": "money", "value": 79, "unit": "USD", "change": "down", "role": "to"},
    {"s": "6 percent", "kind": "percent", "value": 6, "unit": "percent", "change": "down", "role": "by"},
    {"s": "3", "kind": "count", "value": 3},
]}


def row(s: str, kind: str, value: float, **kw: object) -> dict:
    start = TEXT.index(s)
    return {"start": start, "end": start + len(s), "text": s, "kind": kind, "value": value, **kw}


ROWS = {"c": [
    row("$84", "money", 84, unit="USD", change="down", role="from"),
    row("$79", "money", 79, unit="USD", change="up", role="to"),        # wrong direction
    row("6 percent", "percent", 6, unit="percent", change=None, role=None),  # none given
    row("3", "count", 3, change="up", role="by"),                       # a change the text does not state
]}


def test_direction_scored_with_absent_as_null() -> None:
    s = ev.score([CASE], ROWS, direction=True)
    assert (s["tp"], s["fp"], s["fn"]) == (4, 0, 0)
    assert s["strict_recall"] == 1.0  # the official fields are all right: direction is extra
    assert s["fields"]["change"] == {"hits": 1, "total": 4, "accuracy": 0.25}
    assert s["fields"]["role"] == {"hits": 2, "total": 4, "accuracy": 0.5}
    assert s["fields"]["change_stated"] == {"hits": 1, "total": 3, "accuracy": 1 / 3}


def test_direction_not_scored_without_flag() -> None:
    s = ev.score([CASE], ROWS)
    assert not {"change", "role", "change_stated"} & set(s["fields"])


def test_has_direction() -> None:
    assert ev.has_direction([CASE])
    assert not ev.has_direction([{"facts": [{"s": "3", "kind": "count"}]}])


def test_register_rows_are_compact() -> None:
    s = ev.score([CASE], ROWS, direction=True)
    entries = [{"file": "quantities-fomc-dev.jsonl", "scope": "quantities", "register": "fomc", "half": "dev", "overall": s},
               {"file": "seed-article.jsonl", "scope": "all", "register": None, "half": None, "overall": s}]
    rows = ev.register_rows(entries)
    assert len(rows) == 1 and rows[0][:5] == ["fomc", "dev", "quantities", "quantities", "4"]
    assert rows[0][8] == "-" and rows[0][10] == "-"  # exact-span F1 and TIMEX value: temporal scopes only
    assert rows[0][-3:] == ["0.250", "0.500", "0.333"]
    assert len(rows[0]) == len(ev.REG_COLS)
