"""Counts, percentages, money, measures, ratios and ordinals (placeholder)."""

from __future__ import annotations

from .mention import Found


def find_quantities(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    return []
