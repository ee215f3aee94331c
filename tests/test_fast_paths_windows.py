"""The temporal readers' document-level shortcuts in long texts (issue #14): each answers as the window
search it stands for, on texts drawn by hypothesis and padded past `resolve._LONG_TEXT`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numfacts.temporal.read_days import _FUTURES_CUE, _futures_sentence
from numfacts.temporal.resolve import (
    _ATTRIBUTION_TAIL,
    _FORWARD_LABEL,
    _LONG_TEXT,
    _attribution_tail,
    _forward_label_before,
    _sentence_bounds,
)
from tests.test_fast_paths import SETTINGS
from tests.test_prefilters import TEXTS

PIECES = st.lists(st.sampled_from([
    "futures", "Futures", "FUTURES", "xfutures", "futuresx", "futures-", "-futures", "limit", "limit-down", "limit-up",
    "contract", "contracts", "Nymex", "CBOT", "April", "May", "off", "the", "closed", "lower", "with", ",", ".", ". ",
    "\n", "Sales", "fell", "1999", "delivery", "deliveries", "nearby", "x" * 240, "word " * 40,
]), min_size=1, max_size=30)


@SETTINGS
@given(pieces=PIECES, glue=st.sampled_from([" ", "", "-", ". "]), pad=st.integers(0, 600))
def test_futures_sentence_as_its_window_search(pieces: list[str], glue: str, pad: int) -> None:
    body = glue.join(pieces)
    text = "Sales fell. " * ((_LONG_TEXT + 40) // 12) + "z" * pad + " " + body + " " + "It rose. " * 40
    at = len(text) - len(body) - 9 * 40 - 1
    for start in range(at, at + len(body) + 1, max(1, len(body) // 40)):
        for end in (start, min(len(text), start + 5)):
            s0, s1 = _sentence_bounds(text, start, end, 250, 250)
            assert _futures_sentence(text, start, end) == (_FUTURES_CUE.search(text, s0, s1) is not None)


LABELS = [
    "Qtly div 15 cts vs 15 cts prior, pay April 10, record March 20; holders of record Dec 31 (record\tMay 2",
    "The law became effective Jan 1, EFFECTIVE Friday, was due Nov 1, expires at 1600 EST on December 14, "
    "payable\u00a0Jan 15; Matures May 3; redeemable from June 4; exercisable as of July 5, expirING 6 \u212a 7 PAY 8",
    "repay 5, prepayable 6, overdue 7, recorded 8, a record 9, :record 10, ;record\n11 ſeptember payable",
]


@pytest.mark.parametrize("text", [*LABELS, *TEXTS], ids=range(len(LABELS) + len(TEXTS)))
def test_forward_label_gate_is_exact(text: str) -> None:
    bad = [p for p in range(len(text) + 1)
           if _forward_label_before(text, p) != bool(_FORWARD_LABEL.search(text, max(0, p - 40), p))]
    assert bad == []


def _plain_attribution_tail(text: str, s0: int, start: int, end: int, stop: int) -> tuple[int, int] | None:
    """`resolve._attribution_tail` as written before its comma test."""
    if len(text[s0:start].split()) < 2:
        return None
    m = _ATTRIBUTION_TAIL.match(text, end, stop)
    return (m.start("tail"), m.end("verb")) if m else None


TAILS = [
    "They will meet on Dec. 17, the campaigns said. It ran through Thursday, said the Met Office, and more.",
    'They met before May," he told reporters. In a statement Friday, the champion said he will retire, it said,',
    "x " * 30 + ", officials said" + " y" * 30 + "," + " z" * 25 + ", the company announced on Monday.",
]


@pytest.mark.parametrize("text", [*TAILS, *TEXTS[:14]], ids=range(len(TAILS) + 14))
def test_attribution_tail_comma_test_is_exact(text: str) -> None:
    step = max(1, len(text) // 400)
    bad = [(s0, a, b, e) for a in range(0, len(text), step) for s0 in (max(0, a - 150), max(0, a - 3))
           for b in (a, min(len(text), a + 4)) for e in (min(len(text), b + 100), len(text))
           if _attribution_tail(text, s0, a, b, e) != _plain_attribution_tail(text, s0, a, b, e)]
    assert bad == []
