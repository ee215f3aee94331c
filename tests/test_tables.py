"""Every word table is valid JSON with no key written twice: `json` keeps the last of two equal keys
silently, so a second `list_joins` once replaced the first rule's words without a trace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TABLES = sorted((Path(__file__).resolve().parents[1] / "src" / "numfacts").glob("**/*.json"))


def _no_twice(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    assert not twice, f"keys written twice: {twice}"
    return dict(pairs)


@pytest.mark.parametrize("path", TABLES, ids=[str(p.relative_to(p.parents[2])) for p in TABLES])
def test_no_key_written_twice(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_twice)


def test_the_check_catches_a_key_written_twice() -> None:
    with pytest.raises(AssertionError, match="list_joins"):
        json.loads('{"list_joins": ["and"], "list_joins": ["and", "or"]}', object_pairs_hook=_no_twice)
