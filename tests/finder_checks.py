"""The check every language's finder cases share: a row covering the surface, with the wanted fields."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import pytest


def same_value(got: object, want: object) -> bool:
    """A frame cell equals a wanted value: None matches a missing cell, floats to pytest's default tolerance."""
    if want is None:
        return got is None or (not isinstance(got, str) and pd.isna(got))  # type: ignore[arg-type]
    if isinstance(want, float):
        return got == pytest.approx(want)
    return got == want


def assert_row(text: str, rows: list, surface: str, want: dict, *, exact: bool = False) -> None:
    """Some row's text is `surface` (`exact`) or holds it, and its first such row has every field of
    `want` (floats to within 1e-6 relative)."""
    got = [f for f in rows if (text[f.start : f.end] == surface if exact else surface in text[f.start : f.end])]
    assert got, f"no row for {surface!r}: {[(text[f.start:f.end], f.kind) for f in rows]}"
    for field, value in want.items():
        have = getattr(got[0], field)
        if isinstance(value, float) or isinstance(have, float):
            assert have == pytest.approx(value, rel=1e-6), (field, have)
        else:
            assert have == value, (field, have)


def assert_no_row(text: str, rows: list, surface: str) -> None:
    """No row covers the first character of `surface` (a form that must not be read as a fact)."""
    start = text.index(surface)
    assert not [f for f in rows if f.start <= start < f.end], [(text[f.start : f.end], f.kind) for f in rows]


def assert_no_kind_over(text: str, spans: Iterable[tuple[int, int, str]], surface: str, kinds: Iterable[str]) -> None:
    """No row of one of `kinds` overlaps the first `surface` in `text`; `spans` are the rows' (start, end, kind)."""
    at = text.index(surface)
    hits = [(text[s:e], k) for s, e, k in spans if s < at + len(surface) and at < e]
    assert not [h for h in hits if h[1] in kinds], hits


def assert_span_row(text: str, rows: list, start: int, span: str, want: dict) -> None:
    """A row spans exactly `span` at `start`, and the first such row has every field of `want`."""
    got = [f for f in rows if (f.start, f.end) == (start, start + len(span))]
    assert got, f"no row for {span!r}; got {[(text[f.start:f.end], f.kind, f.date) for f in rows]}"
    for field, value in want.items():
        assert getattr(got[0], field) == value, f"{field}: {getattr(got[0], field)!r} != {value!r}"


def dated_cases(ref: object) -> tuple:
    """`P(text, span, id, ref=ref, **want)` and `X(text, span, id, reason, ref=ref, **want)`: the
    case makers of the temporal form lists, a case or a strict xfail with its reason, each giving
    `(text, span, want, ref)` to a test parametrised over them."""

    def P(text: str, span: str, id: str, ref: object = ref, **want: object):  # noqa: N802 (named as a case list reads)
        return pytest.param(text, span, want, ref, id=id)

    def X(text: str, span: str, id: str, reason: str, ref: object = ref, **want: object):  # noqa: N802
        return pytest.param(text, span, want, ref, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))

    return P, X
