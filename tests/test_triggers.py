"""numfacts.triggers: reading each finder's trigger only at the shared candidates gives finditer's matches."""

import pytest

from numfacts.quantities.scan import _TRIGGER
from numfacts.temporal.patterns import TRIGGER
from numfacts.triggers import candidate_starts, triggers

TEXTS = {
    "news": "Some 2,124 people left on 3 May 2016, two-thirds of them; a dozen more came semi-annually.",
    "upper case": "TWO DOZEN left in MAY; Twenty came on Monday, A HALF on MONDAYS.",
    "glued": "2May 3rd 10am FY2016 Q1 1990s 12:30 4.5% x5 mid-November",
    "inside words": "Mayor Sunday's twofold Monday-ish Junes anyway a halfway semi-annually",
    "other digits": "١٢ people, ৩ days, 12,000,000.5 and 1/2",
    "a and half": "a half, a third; A dozen and a   half, a\u00a0dozen",
    "dotless i": "İstanbul on 3 May, two days",
}


@pytest.mark.parametrize("name", [*TEXTS, "kelvin"])
@pytest.mark.parametrize("pattern", [TRIGGER, _TRIGGER], ids=["temporal", "quantities"])
def test_same_matches_as_finditer(name, pattern):
    text = TEXTS.get(name, "5 \u212a on 3 May")
    got = [m.span() for m in triggers(pattern, text, candidate_starts(text))]
    assert got == [m.span() for m in pattern.finditer(text)]


def test_unsafe_lower_case_scans_as_is():
    assert candidate_starts("İstanbul, 3 May") is None and candidate_starts("5 \u212a") is None
    assert candidate_starts("Istanbul, 3 May") == [10, 12]
