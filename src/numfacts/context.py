"""Entity and attribution (placeholder)."""

from __future__ import annotations

from .mention import Found


def attach_entities(text: str, found: list[Found]) -> list[Found]:
    return found


def attributions(text: str, spans: list[tuple[int, int]], found: list[Found]) -> list[str | None]:
    return [None] * len(found)
