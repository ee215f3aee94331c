"""The quantity finder's cheap tests before a regex (first characters, word starts, lower-cased
windows, cached unit look-ups) never change what the regex finds: each is compared with the plain
regex at every position of news text, the adversarial inputs and a few edge strings."""

import json
from pathlib import Path

import pytest

from numfacts import context
from numfacts.quantities import carry, classify, filters, ranges, read, stats
from numfacts.quantities.words import may_hold
from numfacts.temporal import resolve

ROOT = Path(__file__).resolve().parents[1]

EDGES = [
    "≥\n65 and < 3 and ≈ \n4, minus\n5, minus \n6, $ \n4, US\u00a0dollars 5 Kelvin 5 \u212a 3 ſeats",
    "5 to 7, 5 To 7, 5 AND 7, 5\u00a0to 7, 5 – 7, 5—7, 4-for-1, 8 per 1,000, 3 times higher, 2 TIMES",
    "net 84.6 mln vs 66.1 mln; Revs 12 mln; users rose 8% to 5M users; fell by a third and a quarter",
    "A$5 and HK$ 3, NZ$4 then $2; 5 % and 6%, won 3-1 in the final, a 51-49 Vote, VOTED 6-3, 5 Sterling, 4 pounds, 3 EUROS, 2 Yen, 1 rupees",
    "1.5 Million, 2 bn, 3 K, 4 crore, 5 lakh, 6 tn, 7 thousand, 8 MLN\n",
    "EURO/YEN climbed 0.6% to 162.41, the dollar slid 1.1% against THE yen to 147.30, Sterling/dollar at 1.27;"
    " the Swedish crown weakened to 11.62 per euro, the Norwegian crown to 11.49; up 1/2 at 88-3/8, the\u00a0rand at 18",
    "Dow fell 30 points, or 1%. The xDow 3 points, 4%; a Dowager's 3 points 5% and the S&P 500 rose 2 points in the poll; "
    "postponed to Sept. 21, set a hearing for 10 a.m. on Feb. 3, SETS FOR 4, \u017fet for 5, booKed to \u212a, slated\tto\n"
    " until 9 a.m. Monday, till 10:30 PM\nFriday, until 4 am\u00a0Friday, until 5 P.M. , through 7pm\tMay, until \u212a",
    "Bob's 5 x_5 7 ab1's 8 the\n9 A \n4 ITS 3 l'S 2 '’s 1 O’s 6 \u212a's 7 5 \n8 x'5 9 _'s 4 Dow's  \n5",
    "Hang\u00a0Seng 9 points, 2%. Nikkei_ 4 points, 3%. index-linked 2 points, 6% Average 1 points",
]


def _texts() -> list[str]:
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    import adversarial

    with open(ROOT / "data" / "corpus" / "wikinews.jsonl", encoding="utf-8") as fh:
        news = [json.loads(line)["text"] for _, line in zip(range(5), fh)]
    return [*EDGES, *news, *(make(1000) for _, make in adversarial.BUILDERS.values())]


TEXTS = _texts()


def _span(m):
    return m.span() if m else None


def _open_end_plain(text, start):
    """`resolve._open_end_before` as written before its pretest: the clock searched for always."""
    clock = resolve._CLOCK_TAIL.search(text, max(0, start - 20), start)
    before = text[max(0, start - 30) : clock.start() if clock else start].split()
    if not before or before[-1].lower() not in resolve.OPEN_END_PREPS:
        return False
    return len(before) < 2 or (before[-2].isalpha() and before[-2].islower())


def _groups(m):
    return (m.span(), m.groupdict()) if m else None


CHECKS = {
    "currency word": lambda t, p: _span(read._cur_word(t, p)) == _span(read._CUR_WORD.match(t, p)),
    "scale word": lambda t, p: not read._SCALE_AFTER.match(t, p) or read.may_start(t, p, read._SCALE_STARTS)
    or (t[p : p + 1] in read._CUR_SEPARATORS and read.may_start(t, p + 1, read._SCALE_STARTS)),
    "range joiner": lambda t, p: not ranges._RANGE_JOIN.match(t, p) or ranges._may_join(t, p),
    "currency before": lambda t, p: not read._CUR_BEFORE.search(t, max(0, p - 6), p) or read.ends_before(t, p, read._CUR_LAST),
    "sign before": lambda t, p: not classify._SYMBOL_BEFORE.search(t, max(0, p - 3), p) or read.ends_before(t, p, classify._SYMBOL_LAST),
    "by before": lambda t, p: classify._by_before(t, p) == bool(classify._BY_BEFORE.search(t, max(0, p - 30), p)),
    "subject before": lambda t, p: filters.counted_noun_before(t, p)
    == bool(filters._SUBJECT_BEFORE.search(t, max(0, p - 60), p)),
    "label before": lambda t, p: _span(carry._label_before(t, p)) == _span(carry._LABEL_BEFORE.search(t, max(0, p - 12), p)),
    "minus before": lambda t, p: not classify._MINUS_BEFORE.search(t, max(0, p - 12), p)
    or may_hold(classify._MINUS_LOWER, t[max(0, p - 12) : p]),
    "score words": lambda t, p: not ranges._SCORE_CONTEXT.search(t, p, p + 180) or may_hold(ranges._SCORE_LOWER, t[p : p + 180]),
    "vote words": lambda t, p: not filters.VOTE_CONTEXT.search(t, p, p + 40) or may_hold(filters.VOTE_LOWER, t[p : p + 40]),
    "after a figure": lambda t, p: bool(classify._JOINED.match(t, p)) == any(
        x.match(t, p) for x in (read._RATIO_JOIN, classify._SPLIT, classify._RATE, read._TIMES, classify._TIMES_WORD)),
    "unit rest": lambda t, p: bool(read._UNIT_REST.match(t, p)) == any(
        x.match(t, p) for x in (read._CONTEXT_UNIT, read._PAIR_PERCENT, read._PAIR_CURRENCY, read._TIME_UNIT, read._OF_A_CENT,
                                read._CENTS)),
    "cached unit": lambda t, p: read._match_unit(t, p) == _unit_here(t, p),
    "dollar kinds": lambda t, p: not read._DOLLAR_KIND.findall(t, max(0, p - 300), p)
    or bool(read._DOLLAR_KIND_END.search(t, max(0, p - 300), p)),
    "percent figure": lambda t, p: not read._FIGURE_PERCENT.match(t, p) or bool(read._POINTS_PERCENT_CONTEXT.match(t, p)),
    "index words": lambda t, p: all(
        t[a:b] == read._sentence_around(t, p, e) and read._index_word_at(t, a, b, t[a:b]) == read._index_word_in(t[a:b])
        for e in (p, min(len(t), p + 3)) for a, b in [read._sentence_bounds(t, p, e)]),
    "quoted rate": lambda t, p: not carry._QUOTED_BEFORE.search(t, max(0, p - 100), p) or carry._may_quote(t[max(0, p - 100) : p]),
    "ratio names": lambda t, p: not stats._NAME.search(t[max(0, p - 40) : p]) or may_hold(stats._NAME_LOWER, t[max(0, p - 40) : p]),
    "scheduled before": lambda t, p: resolve._scheduled_before(t, p) == bool(resolve._SCHEDULED_BEFORE.search(t, max(0, p - 80), p)),
    "clock before until": lambda t, p: resolve._open_end_before(t, p) == _open_end_plain(t, p),
    "adjectival before": lambda t, p: context._adjectival_before(t[max(0, p - 12) : p])
    == bool(context._ADJECTIVAL_BEFORE.search(t[max(0, p - 12) : p])),
    "share price words": lambda t, p: not classify._SHARE_PRICE.search(read._sentence_around(t, p, p))
    or may_hold(classify._SHARE_PRICE_LOWER, read._sentence_around(t, p, p)),
    "quoted rate starts": lambda t, p: _groups(carry._quoted_before(t, max(0, p - 100), p))
    == _groups(carry._QUOTED_BEFORE.search(t, max(0, p - 100), p)),
}


def test_quoted_rate_gate_reads_plain_words():
    """`_may_quote` reads the currency phrases' first and last letters in lower case: every phrase is
    ASCII with no `*` ending (any other would need the search)."""
    assert all(w.isascii() and w and not w.endswith("*") and w == w.strip() for w in carry._CUR_WORDS)
    assert carry._may_quote("euro/yen to") and carry._may_quote("EURO/YEN to") and not carry._may_quote("up 1/2 at")


def _unit_here(text: str, pos: int):
    """`_match_unit` as it read before its cache: the look-up on the whole text from `pos`."""
    found = read._unit_at(text[pos:])
    return None if found is None else (found[0], found[1], found[2] + pos, found[3])


@pytest.mark.parametrize("name", list(CHECKS))
def test_prefilter_is_exact(name):
    check = CHECKS[name]
    bad = [(i, p, t[max(0, p - 20) : p + 20]) for i, t in enumerate(TEXTS) for p in range(len(t) + 1) if not check(t, p)]
    assert bad == []
