"""Direction of change: whether the sentence states a figure as a rise or a fall, and its role.

`change` is `up` or `down`; `role` is `by` (the size of the change), `to` (the new level) or
`from` (the old level). Both stay None unless the sentence says so. The words come from the
language's `change` table (`lang/en/change.json`); this module holds only the grammar:

* a change word right before the figure, after fillers: `rose 5%`, `fell an annualized 3.2%`,
  `closed up 150 points`;
* a change noun right after it: `a 6 percent drop`, `a 10% increase in sales`; or `higher`/`lower`:
  `3% higher`;
* a role word before it (`by`, `to`, `from`, `versus`, `compared with`) whose clause has a change
  word before it, over the other figures of the same change: `fell from $84 to $79`,
  `cut rates by 25 basis points`, `rose 12 percent to $4.5 billion from $4.0 billion`;
* a change noun, `of`, the figure: `an increase of 5%`;
* a sign in a list of market moves: `Nikkei -0.8%` (down, by).

Each figure looks at a bounded window of its own sentence (a few tokens each side), so the step is
linear in the document.

>>> from .mention import Found
>>> text = "Shares fell from $84 to $79, a 6 percent drop."
>>> [(text[f.start:f.end], f.change, f.role) for f in attach_changes(text, [(0, len(text))],
...     [Found(17, 20, "money", 84.0), Found(24, 27, "money", 79.0), Found(31, 40, "percent", 6.0)])]
[('$84', 'down', 'from'), ('$79', 'down', 'to'), ('6 percent', 'down', 'by')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .lang import LanguageError, table
from .mention import Found, replace

#: Kinds whose figures can rise or fall.
CHANGEABLE = frozenset({"count", "percent", "money", "measure", "ratio", "duration"})
#: Kinds a bare sign (`-0.8%`) makes a change: a market list, not a temperature.
_SIGNED = frozenset({"count", "percent", "money", "ratio"})
_TIMES = frozenset({"date", "time"})  # `than a year ago`, `than in 2019`: a change over time
_TIMES_OR_SPAN = _TIMES | {"duration"}
_AS_WORDS = frozenset({"set"})  # kinds whose figures are read as words (`at an annual rate`)
_MAX_FILLERS = 7  # fillers between a role word and its figure (`to a seasonally adjusted annual rate of`)
_MAX_WORDS = 10  # plain words between a change word and a role word (`raised the target range ... to`)
_MAX_STEPS = 20  # tokens looked at backwards from a role word
_SPEC_WINDOW = 30  # tokens either side of a specification's verb searched for an old level, a size or a time


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's change table, ready for look-up."""

    verbs: dict[str, str]  # word -> "up" / "down"
    nouns: dict[str, str]
    adverbs: dict[str, str]
    needs_role: frozenset[str]
    adverb_before: frozenset[str]
    roles: tuple[tuple[tuple[str, ...], str], ...]  # (words, role), longest first
    roles_first: frozenset[str]  # the first word of each role phrase
    roles_by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # last word -> (phrase, role), longest first
    roles_need_verb: frozenset[tuple[str, ...]]
    roles_need_range: frozenset[tuple[str, ...]]
    clause_idioms: dict[str, frozenset[str]]  # clause word -> the words after it that make an idiom of it
    of: frozenset[str]
    copulas: frozenset[str]
    fillers: frozenset[str]
    rate_before: tuple[tuple[str, ...], ...]
    rate_after: frozenset[str]
    rate_last: frozenset[str]  # the last word of each rate phrase
    noun_modifiers: frozenset[str]
    determiners: frozenset[str]
    steady: frozenset[str]
    clause_words: frozenset[str]
    joiners: frozenset[str]
    bound_before_to: frozenset[str]
    signs: dict[str, str]
    at: frozenset[str]
    carry_verbs: frozenset[str]
    passive: frozenset[str]
    than: frozenset[str]
    than_time: frozenset[str]
    group_comparison: frozenset[str]
    object_determiners: frozenset[str]
    other_verbs: frozenset[str]
    count_needs_role: frozenset[str]
    sign_not_after: frozenset[str]
    adjective_forms: frozenset[str]
    count_only: frozenset[str]
    completed_objects: frozenset[str]
    basis_nouns: frozenset[str]
    value_nouns: frozenset[str]
    count_loss_nouns: frozenset[str]
    count_loss_objects: frozenset[str]  # `the loss of 5,000 jobs`: things held, whose loss is a fall (not `lives`)
    role_possessives: frozenset[str]  # `from their December peak of`: a possessive right after a role word  # `the loss of 2.2 million customers`: a fall of a count only
    with_level_verbs: frozenset[str]  # `to end March with 269.6 million`: the new level after `with`  # `a gain of $277 billion in market value`: a change in value, not an item of accounts  # `at constant currencies`: a steady word before one names a basis, no steady figure  # `closed 129 deals`: closing these completes them, no fall
    level_bounds: frozenset[str]
    comparatives: dict[str, str]  # `11% more than a year ago`
    time_comparatives: dict[str, str]  # those and `12% cheaper than a year ago`: only before `than` and a time
    comparative_adjectives: tuple[str, ...]  # endings: `20% more efficient` compares a quality
    comparative_not_before: frozenset[str]  # `30% more over her opponent`: a comparison
    base_markers: frozenset[str]  # `to`, `will`: a multiplier verb after one is a change (`forecast to triple`)
    before_only: frozenset[str]  # `off`: not after a figure (`20% off`)
    comparative_adverbs: frozenset[str]  # `higher`, `lower`: adverbs that are comparatives
    up_to_verbs: frozenset[str]  # `ticked up to 3.9%`: a change, not a bound
    from_words: frozenset[str]  # one-word `from` roles: `up to 14.7% from 4.4%` is a change, not a bound
    versus_words: frozenset[str]  # `rose 11.2 pct vs 10.9 pct`: after a size of a change, a size compared
    off_after: frozenset[str]  # `laid off 1,800 workers`
    one_way: dict[str, str]  # `shot up 62%`: a particle verb that states only this direction
    reverse: dict[str, str]  # `gave up 1,011 points`: a verb whose particle states the other direction
    after_nouns: dict[str, str]  # `a 3.4 million-barrel draw`: nouns of change read only after their figure
    restatements: frozenset[tuple[str, ...]]  # `, equivalent to`: the same figure in another unit
    account_followers: tuple[tuple[str, ...], ...]  # `a 2.6 mln dlr gain on sale`: words after an accounts item
    swing_verbs: frozenset[str]  # `swung to a deficit of`: the noun after the verb gives the direction
    move_verbs: frozenset[str]  # `has gone from $1,450 to $1,625`: the levels give the direction
    span_preps: frozenset[str]  # `in under 20 minutes`: a bounded duration after them is the time taken, no level
    sum_verbs: frozenset[str]  # `adds up to £1,800`: with `up to` after them, a total
    prepositions: frozenset[str]  # `a 1.1% in growth`: no noun between a figure and its change noun
    aside_verbs: frozenset[str]  # `, the company said,`: an attribution set between a level and its change
    swing_nouns: dict[tuple[str, ...], str]  # `deficit` -> down, `surplus` -> up
    perfect: frozenset[str]  # `have`, `has`, `had`: auxiliaries of an active perfect, not of a passive
    participles: frozenset[str]  # past participles not in -ed: `cut`, `lost`
    participle_followers: frozenset[str]  # `2,000 jobs cut last year`: words after a participle that ends its phrase
    level_words: frozenset[str]  # `high`, `low`, `peak`: a level named by the span before it
    superlatives: frozenset[str]  # `, the lowest in three years,`: an aside between a level and its old level
    asides: frozenset[tuple[str, str]]  # `according to`: an aside between a level and its change
    absolute: frozenset[str]  # `with shares in the miner off 3.1pc`
    absolute_near: frozenset[str]  # `offset by volumes down 2.1%`: after a short noun phrase only
    count_nouns: dict[tuple[str, ...], str]  # `1,000 job cuts`
    count_nouns_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (phrase, direction), in table order
    not_for_money: frozenset[str]  # `a gain of 12.3 mln dlrs`: an item of the accounts
    limit_nouns: frozenset[str]  # `rose the 4-cent daily limit`: the figure is the size of the move
    previous_period: frozenset[str]  # `rose 8.8 pct in February, after 8.6 pct in January`: the previous period's size
    level_bound_phrases: tuple[str, ...]  # `spiked as high as 10%`: a level reached (role to), not a size
    tally_entities: frozenset[str]  # `votes`: a ratio row with one is a vote tally, never a change (`lost 55 to 79`)
    token: re.Pattern[str]


@cache
def words(lang: str = "en") -> _Words:
    """The change words of `lang`, read once from its table."""
    t = table(lang, "change")

    def by_direction(up: str, down: str) -> dict[str, str]:
        return {**{w: "up" for w in t[up]}, **{w: "down" for w in t[down]}}

    roles = sorted(((tuple(p.split()), r) for r, ps in t["roles"].items() for p in ps), key=lambda x: -len(x[0]))
    count_nouns = {**{tuple(p.split()): "down" for p in t["down_count_nouns"]},
                   **{tuple(p.split()): "up" for p in t["up_count_nouns"]}}
    abbreviations = "|".join(re.escape(a) for a in sorted(t.get("abbreviations", ()), key=len, reverse=True))
    token = re.compile(
        (rf"(?:{abbreviations})(?!\w)|" if abbreviations else "")
        + r"[^\W\d_](?:[\w'’\u2010\u2011-]*\w)?(?:(?<=s)['’](?!\w))?"  # a word, hyphenated words whole: year-on-year,
        # all-time; a plural's possessive with its apostrophe: `taking battery-electric cars' share to 15.2%`
        r"|\d(?:[\d.,]*\d)?"  # a number no finder took (not its closing comma)
        r"|[^\w\s]",  # punctuation, one character
        re.IGNORECASE,
    )
    return _Words(
        verbs=by_direction("up_verbs", "down_verbs"),
        nouns=by_direction("up_nouns", "down_nouns"),
        adverbs=by_direction("up_adverbs", "down_adverbs"),
        needs_role=frozenset(t["needs_role"]),
        adverb_before=frozenset(t["adverb_before"]),
        roles=tuple(roles),
        roles_first=frozenset(p[0] for p, _ in roles),
        roles_need_verb=frozenset(tuple(p.split()) for p in t.get("roles_need_verb", ())),
        roles_need_range=frozenset(tuple(p.split()) for p in t.get("roles_need_range", ())),
        clause_idioms={k: frozenset(v) for k, v in t.get("clause_idioms", {}).items()},
        roles_by_last={last: tuple(r for r in roles if r[0][-1] == last) for last in {p[-1] for p, _ in roles}},
        of=frozenset(t["of"]),
        copulas=frozenset(t.get("copulas", ())),
        fillers=frozenset(t["fillers"]),
        rate_before=tuple(sorted((tuple(p.split()) for p in t["rate_before"]), key=len, reverse=True)),
        rate_after=frozenset(t["rate_after"]),
        rate_last=frozenset(p.split()[-1] for p in t["rate_before"]),
        noun_modifiers=frozenset(t["noun_modifiers"]),
        determiners=frozenset(t["determiners"]),
        steady=frozenset(t["steady"]),
        clause_words=frozenset(t["clause_words"]),
        joiners=frozenset(t["joiners"]),
        bound_before_to=frozenset(t["bound_before_to"]),
        signs={**{s: "up" for s in t["up_signs"]}, **{s: "down" for s in t["down_signs"]}},
        at=frozenset(t["at"]),
        carry_verbs=frozenset(t["carry_verbs"]),
        passive=frozenset(t["passive"]),
        than=frozenset(t["than"]),
        than_time=frozenset(t["than_time"]),
        group_comparison=frozenset(t.get("group_comparison", ())),
        object_determiners=frozenset(t.get("object_determiners", ())),
        other_verbs=frozenset(t["other_verbs"]),
        count_needs_role=frozenset(t["count_needs_role"]),
        sign_not_after=frozenset(t["sign_not_after"]),
        adjective_forms=frozenset(t["adjective_forms"]),
        count_only=frozenset(t["count_only"]),
        completed_objects=frozenset(t.get("completed_objects", ())),
        basis_nouns=frozenset(t.get("basis_nouns", ())),
        value_nouns=frozenset(t.get("value_nouns", ())),
        count_loss_nouns=frozenset(t.get("count_loss_nouns", ())),
        count_loss_objects=frozenset(t.get("count_loss_objects", ())),
        role_possessives=frozenset(t.get("role_possessives", ())),
        with_level_verbs=frozenset(t.get("with_level_verbs", ())),
        level_bounds=frozenset(t["level_bounds"]),
        comparatives=by_direction("up_comparatives", "down_comparatives"),
        time_comparatives={**by_direction("up_comparatives", "down_comparatives"),
                           **by_direction("up_time_comparatives", "down_time_comparatives")},
        comparative_adjectives=tuple(t.get("comparative_adjectives", ())),
        comparative_not_before=frozenset(t.get("comparative_not_before", ())),
        base_markers=frozenset(t.get("base_markers", ())),
        off_after=frozenset(t["off_after"]),
        one_way={v: d for d, vs in t["one_way_particles"].items() for v in vs},
        reverse={v: d for d, vs in t.get("reverse_particles", {}).items() for v in vs},
        swing_verbs=frozenset(t.get("swing_verbs", ())),
        move_verbs=frozenset(t.get("move_verbs", ())),
        span_preps=frozenset(t.get("span_preps", ())),
        sum_verbs=frozenset(t.get("sum_verbs", ())),
        swing_nouns={**{tuple(n.split()): "up" for n in t.get("swing_up_nouns", ())},
                     **{tuple(n.split()): "down" for n in t.get("swing_down_nouns", ())}},
        participles=frozenset(t["participles"]),
        perfect=frozenset(t["perfect"]),
        participle_followers=frozenset(t["participle_followers"]),
        superlatives=frozenset(t["superlatives"]),
        level_words=frozenset(t["level_words"]),
        asides=frozenset(tuple(p.split()[:2]) for p in t["asides"]),
        before_only=frozenset(t["adverbs_before_only"]),
        comparative_adverbs=frozenset(t["comparative_adverbs"]),
        up_to_verbs=frozenset(t["up_to_verbs"]),
        from_words=frozenset(p for p in t["roles"]["from"] if " " not in p),
        versus_words=frozenset(t.get("versus_words", ())),
        absolute=frozenset(t["absolute"]),
        absolute_near=frozenset(t.get("absolute_near", ())),
        count_nouns=count_nouns,
        not_for_money=frozenset(t["nouns_not_for_money"]),
        limit_nouns=frozenset(t.get("limit_nouns", ())),
        previous_period=frozenset(t.get("previous_period_words", ())),
        level_bound_phrases=tuple(p + " " for p in t.get("level_bound_phrases", ())),
        after_nouns={n: d for d, ns in t.get("after_only_nouns", {}).items() for n in ns},
        restatements=frozenset(tuple(p.split()) for p in t.get("restatements", ())),
        account_followers=tuple(tuple(p.split()) for p in t.get("account_noun_followers", ())),
        prepositions=frozenset(t.get("prepositions", ())),
        aside_verbs=frozenset(t.get("aside_verbs", ())),
        count_nouns_by_first=_by_first(count_nouns),
        tally_entities=frozenset([*(q := table(lang, "quantities")).get("tally_nouns", ()), *([q["votes_entity"]] if "votes_entity" in q else [])]),
        token=token,
    )


def _by_first(phrases: dict[tuple[str, ...], str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """`phrases` grouped by their first word, each group in the dict's order."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, d in phrases.items():
        out.setdefault(phrase[0], []).append((phrase, d))
    return {k: tuple(v) for k, v in out.items()}


_FIG = "\x00"  # the token standing for a figure


@dataclass(slots=True)
class _Sentence:
    """A sentence as tokens: lower-case words, punctuation, and `_FIG` for each figure."""

    low: list[str]
    orig: list[str]
    fig: list[int]  # index into `found` for a figure token, else -1
    kind: list[str]  # the figure's kind for a figure token, else ""


def _tokens(text: str, lo: int, hi: int, figs: list[tuple[int, Found]], w: _Words) -> tuple[_Sentence, dict[int, int]]:
    low: list[str] = []
    orig: list[str] = []
    fig: list[int] = []
    kind: list[str] = []
    where: dict[int, int] = {}
    pos = lo
    for i, f in figs:
        if f.start < pos or f.kind in _AS_WORDS:
            continue  # inside the figure before it; `an annual rate of`: a set read as its words
        _words_between(text, pos, f.start, w.token, low, orig, fig, kind)
        where[i] = len(low)
        low.append(_FIG)
        orig.append(text[f.start : f.end])
        fig.append(i)
        kind.append(f.kind)
        pos = f.end
    _words_between(text, pos, max(hi, pos), w.token, low, orig, fig, kind)
    return _Sentence(low, orig, fig, kind), where


def _words_between(text: str, a: int, b: int, token: re.Pattern[str], low: list[str], orig: list[str],
                   fig: list[int], kind: list[str]) -> None:
    """Append the tokens of text[a:b] (no figure among them); `token` has no groups: findall gives strings."""
    words = token.findall(text, a, b)
    orig.extend(words)
    low.extend(map(str.lower, words))
    fig.extend([-1] * len(words))
    kind.extend([""] * len(words))


def _ends_with(low: list[str], j: int, phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return j - n + 1 >= 0 and tuple(low[j - n + 1 : j + 1]) == phrase


def _role_at(low: list[str], j: int, w: _Words) -> tuple[str, int] | None:
    """(role, index before it) when a role phrase ends at token j."""
    for phrase, role in w.roles_by_last.get(low[j], ()):
        if _ends_with(low, j, phrase):
            return role, j - len(phrase)
    return None


def _adverb_ok(s: _Sentence, k: int, w: _Words) -> bool:
    """`up`/`down` at k states a change (`closed up`, `Nikkei down`, `STOXX 600 up`), not a particle
    (`set up`, `shot down`)."""
    if k == 0:
        return True
    before, orig = s.low[k - 1], s.orig[k - 1]
    if before == _FIG or not before[0].isalpha():
        return True
    if before in w.one_way:
        return w.one_way[before] == s.low[k]  # `shot up 62%`, `wrote down ... by $1bn`; not `shot down 3 drones`
    for i in range(k - 2, max(-1, k - 5), -1):  # `wrote its stake down by 86%`: the verb's object between
        if s.low[i] in w.one_way:
            if all(x[:1].isalpha() and x not in w.verbs for x in s.low[i + 1 : k]):
                return w.one_way[s.low[i]] == s.low[k]
            break
    if before in w.joiners and k + 1 < len(s.low) and s.low[k + 1] == _FIG:
        return True  # `closed at US$45.10, and up US$2.03`: a joined change; not `aged 18 and up`
    if before in w.off_after:
        return s.low[k] == "off"  # `laid off 1,800 workers`; not `lay down`
    return before in w.adverb_before or before.endswith("ly") or orig[:1].isupper() or _absolute(s, k, w)


def _absolute(s: _Sentence, k: int, w: _Words) -> bool:
    """`with shares in the miner off 3.1pc`, `with exports up 5%`: `with` and a noun phrase (no verb)
    before the adverb at k; also over an earlier such phrase joined by `and` (`with banks down 1.1% and
    miners up 0.9%`)."""
    for i in range(k - 1, max(-1, k - 12), -1):
        tok = s.low[i]
        if tok in w.absolute or tok in w.carry_verbs:
            return True  # `with exports up 5%`; `sending May robusta down 85 stg`
        if tok in w.absolute_near:  # `offset by volumes down 2.1%`; not `by setting up one subsidiary`
            return k - i <= 3 and all(x[:1].isalpha() and not x.endswith(("ing", "ed")) for x in s.low[i + 1 : k])
        if tok == _FIG and i + 1 < k and s.low[i + 1] in w.joiners and i > 0 and s.low[i - 1] in w.adverbs:
            continue  # `banks down 1.1% and`: the phrase before, with its own adverb and figure
        if tok in w.adverbs and i + 1 < k and s.low[i + 1] == _FIG:
            continue
        if tok == _FIG and s.kind[i] in _TIMES_OR_SPAN and i + 1 < k and s.low[i + 1][:1].isalpha():
            continue  # `with the 10-year yield down 9 basis points`: a span naming the noun
        if tok == _FIG or not tok[0].isalpha() or _other_verb(s, i, w) or tok in w.verbs or _past(s, i, w):
            return False
    return False


def _other_verb(s: _Sentence, i: int, w: _Words) -> bool:
    """Token i is a verb of another clause; a capitalised word inside the sentence is a name (`May robusta`)."""
    return s.low[i] in w.other_verbs and not (i > 0 and s.orig[i][:1].isupper())


def _direction(s: _Sentence, k: int, w: _Words, *, direct: bool) -> str | None:
    """The direction a change word at k states; `direct`: a figure follows it with no role word."""
    word = s.low[k]
    if word in w.adverbs and k > 0 and w.reverse.get(s.low[k - 1]) == word:
        if k + 1 < len(s.low) and s.kind[k + 1] == "count" and s.low[k + 2 : k + 3] != ["points"]:
            return None  # `gave up 12 automatic rifles`: a surrender, no fall of a figure
        return "down" if w.adverbs[word] == "up" else "up"  # `gave up 1,011 points`
    if word in w.adverbs:
        if (word in w.bound_before_to and not direct and k + 1 < len(s.low) and s.low[k + 1] == "to"
                and not (k > 0 and s.low[k - 1] in w.up_to_verbs) and not _old_level_after(s, k + 2, w)):
            return None  # `up to 5%` is a bound; not `ticked up to 3.9%`
        if _adverb_ok(s, k, w):
            return w.adverbs[word]
    if word in w.verbs:
        if direct and word in w.needs_role:
            return None
        if word in w.sum_verbs and s.low[k + 1 : k + 3] == ["up", "to"]:
            return None  # `which adds up to £1,800 a year`: a total, no rise
        if word in w.adjective_forms and k > 0 and s.low[k - 1] in w.determiners:
            return None  # `a close 51-49 vote`, `a lower 5% rate`
        if k > 0 and s.low[k - 1] == _FIG and word not in w.nouns and s.kind[k - 1] not in _TIMES \
                and s.kind[k - 1] != "duration":
            return None  # `9,400 contracts`: the word after a figure is what it counts (not `in August rose`,
            # `in the past 12 months rose`)
        return w.verbs[word]
    return None


def _old_level_after(s: _Sentence, i: int, w: _Words) -> bool:
    """A figure at i followed by its old level (`up to 14.7% from 4.4%`)."""
    low = s.low
    if i >= len(low) or low[i] != _FIG:
        return False
    j = i + 2 if i + 1 < len(low) and low[i + 1] == "," else i + 1
    return j + 1 < len(low) and low[j] in w.from_words and low[j + 1] == _FIG


def _governor(s: _Sentence, k: int, w: _Words, role: str = "") -> tuple[str, str] | None:
    """(direction, word) of the change word that governs a role word standing at k + 1: the nearest
    verb or adverb before it in its clause (over other figures of the same change), else the nearest
    noun. The search stops at a clause word, at another verb, and (for `by`) at another figure."""
    low = s.low
    noun = None
    plain = 0
    carry = False
    aside = -1
    for i in range(k, max(-1, k - _MAX_STEPS), -1):
        if i >= aside >= 0:
            continue  # inside `(0.5%)` in `rose by £1,800 (0.5%) to £368,000`
        tok = low[i]
        right = low[i + 1] if i + 1 < len(low) else ""
        if tok == ")" and i == k:
            aside = _aside_start(s, i, w)
            if aside >= 0:
                continue
        if tok == _FIG:
            word = s.orig[i].lower().split()[-1]
            if word in w.verbs:  # `halved since May to $510`, `more than tripled to`: a multiplier that is a change word
                return w.verbs[word], word
            if (role == "by" and s.kind[i] in CHANGEABLE and not (s.kind[i] == "count" and i > 0 and low[i - 1] in w.determiners)
                    and not (s.kind[i] == "duration" and _compound(s, i))):  # not `raised its five-year plan by`
                break  # `rises to 40 percent in suburbs hit by several weeks`: the size comes first (not `raised its
                # three key rates by`: the count of the verb's object)
            continue
        if not tok[0].isalnum():
            if tok == "," and (right == _FIG or right in w.roles_first or right in w.joiners or carry
                               or (right in w.at and _FIG in low[max(0, i - 2) : i])
                               or (right in w.determiners and i + 2 < len(low) and low[i + 2] in w.superlatives)):
                carry = False  # `slowed to 1.6% in September, the lowest in three years, from 2%`: over the aside
                continue
            if tok == "(" and right in w.roles_first:
                continue  # `lowered its guidance (to $3.10-$3.20 a share, from ...)`: an aside opened by its role
            break
        if tok in w.steady and right not in w.basis_nouns:  # not `grew 28% at constant currencies to`: a basis
            return None
        if (tok in w.verbs and not _in_of_phrase(s, i, w) and not _ing_adjective(s, i, w)) or tok in w.adverbs:
            d = _direction(s, i, w, direct=False)
            if d is not None:
                return d, tok
        if tok in w.nouns and noun is None:
            noun = (w.nouns[tok], tok)
        if tok in w.clause_words and right in w.clause_idioms.get(tok, ()):
            continue  # `fell 9% after hours to $101.25`: an idiom, no clause
        own = i > 0 and low[i - 1] == _FIG and s.kind[i - 1] == "count"  # `18.9 million paid members`: the count's noun
        if tok in w.clause_words or not own and ((_other_verb(s, i, w) and not _noun_use(s, i, w)) or _past(s, i, w)):
            break
        gloss = (tok == "or" and i > 0 and low[i - 1] == "," and i + 2 < len(low) and low[i + 2] == ","
                 and right[:1].isalpha())  # `raised by 200,000 barrels per day, or bpd, to`: a unit's abbreviation
        if tok in w.joiners and not (right == _FIG or right in w.roles_first or gloss):
            break
        carry = carry or tok in w.carry_verbs  # `..., taking the range to 3.25%`
        if (i > 0 and low[i - 1] == _FIG) or tok in w.roles_first:
            continue  # the figure's own noun: `9,400 contracts from`; `by 75 basis points`
        plain += 1
        if plain > _MAX_WORDS:
            break
    return noun


def _ing_adjective(s: _Sentence, i: int, w: _Words) -> bool:
    """A change word in -ing between a determiner or another verb and a plain noun is an adjective of that noun
    (`outnumbered declining ones 912 to 603`, `the rising prices`), not the verb of the figures after it (`, lifting
    exports to 13.8 mln tonnes`, `rising to 5%`, `falling sharply to` stay verbs)."""
    tok, right = s.low[i], s.low[i + 1] if i + 1 < len(s.low) else ""
    if not (i > 0 and (s.low[i - 1] in w.determiners or _past(s, i - 1, w) or s.low[i - 1] in w.other_verbs)):
        return False
    return (tok.endswith("ing") and right[:1].isalpha() and not right.endswith("ly") and right not in w.roles_first
            and right not in w.fillers and right not in w.adverbs and right not in w.at and right not in w.of
            and right not in w.joiners and right not in w.clause_words and right not in w.verbs)


def _noun_use(s: _Sentence, i: int, w: _Words) -> bool:
    """A verb form used as a noun: after a determiner or a hyphenated modifier (`its ad-free plan`), or
    after a determiner and one plain adjective when no `to` follows (`its individual plan by $1`; not
    `the company plans to`)."""
    if i > 0 and (s.low[i - 1] in w.determiners or ("-" in s.low[i - 1] and s.low[i - 1][0].isalpha())
                  or _modifier_figure(s, i - 1)):
        return True  # also `its 2025 plan`, `its five-year plan`: a year or a compound figure modifies the noun
    before = s.low[i - 1] if i > 0 else ""
    return (i > 1 and (s.low[i - 2] in w.determiners or _modifier_figure(s, i - 2)) and before[:1].isalpha() and before not in w.verbs
            and before not in w.other_verbs and not (i + 1 < len(s.low) and s.low[i + 1] == "to"))


def _modifier_figure(s: _Sentence, i: int) -> bool:
    """Token i is a figure that modifies a noun after it: a year or date (`its 2025 plan`), a compound adjective
    (`its five-year capital plan`)."""
    return s.low[i] == _FIG and (s.kind[i] in _TIMES or _compound(s, i))


def _in_of_phrase(s: _Sentence, i: int, w: _Words) -> bool:
    """A verb form in a figure's `of` phrase is a noun: `2.8 per cent of gross advances`, `10% of gains`."""
    if i > 1 and s.low[i - 1] in w.of:
        return s.low[i - 2] == _FIG
    before = s.low[i - 1] if i > 0 else ""
    return (i > 2 and s.low[i - 2] in w.of and s.low[i - 3] == _FIG and before[:1].isalpha()
            and before not in w.verbs and before not in w.adverbs)


def _past(s: _Sentence, i: int, w: _Words) -> bool:
    """A lower-case past form that is no change word: a verb of another clause (`hired`, `agreed`)."""
    tok = s.low[i]
    return (len(tok) > 4 and tok.endswith("ed") and s.orig[i][:1].islower() and "-" not in tok
            and tok not in w.fillers and tok not in w.verbs and tok not in w.adverb_before)


def _noun_before_of(s: _Sentence, j: int, w: _Words, kind: str = "", t: int = -1) -> str | None:
    """`an increase of`, `a rise in prices of`: a change noun right before `of` at j, or before
    `in` and a few words (not: `gain a profit of`; not `a gain of 12.3 mln dlrs`, an item of accounts, unless
    the figure at t is a change in value: `a gain of $277 billion in market value`)."""
    if j > 0 and s.low[j - 1] in w.nouns:
        if kind == "money" and s.low[j - 1] in w.not_for_money and not _in_value(s, t, w):
            return None
        return w.nouns[s.low[j - 1]]
    if (j > 1 and s.low[j - 1] in w.after_nouns and s.low[j - 2] in w.determiners and kind == "measure"):
        return w.after_nouns[s.low[j - 1]]  # `a draw of 2.1 million barrels`: the stock noun with its article, a measure
    if j > 0 and s.low[j - 1] in w.count_loss_nouns and (
            kind == "count" and t >= 0 and any(x in w.count_loss_objects for x in s.low[t + 1 : t + 4])
            or kind == "money" and _in_value(s, t, w)):
        return "down"  # `the loss of 2.2 million customers`, `a loss of $50bn in market value`; not `the loss of 18 lives`
    for i in range(j - 2, max(-1, j - 7), -1):
        tok = s.low[i]
        if tok == _FIG or not tok[0].isalnum() or tok in w.clause_words:
            return None
        if tok in w.nouns and s.low[i + 1] == "in":
            return w.nouns[tok]
    return None


def _with_level(s: _Sentence, j: int, w: _Words) -> tuple[str, int] | None:
    """`with` at j after a verb of ending and its object (`to end March with`, `leaving Disney+ with`): the new
    level's role `to`, the governor searched before the verb."""
    if s.low[j] != "with":
        return None
    for i in range(j - 1, max(-1, j - 4), -1):
        if s.low[i] in w.with_level_verbs:
            k = i if s.low[i] in w.carry_verbs else i - 1  # `, leaving`: a carry verb crosses its comma
            return ("to", k) if k >= 0 and _governor(s, k, w, "to") else None  # no change before: no role
        if not (s.low[i] == _FIG and s.kind[i] in _TIMES or s.low[i] != _FIG and s.low[i][0].isalnum()
                or s.low[i] in ("+", "&")):  # `the year`, `Disney+`, `AT&T`
            return None
    return None


def _in_value(s: _Sentence, t: int, w: _Words) -> bool:
    """`in market value`, `in value` after the figure at t (t < 0: no figure)."""
    low = s.low
    if t < 0 or t + 2 >= len(low) or low[t + 1] != "in":
        return False
    return low[t + 2] in w.value_nouns or (t + 3 < len(low) and low[t + 2] == "market" and low[t + 3] in w.value_nouns)


def _skip_entity(s: _Sentence, t: int, f: Found) -> int:
    """The token after figure t and its entity's words (`150 points higher`, `25 basis points cut`)."""
    n = t + 1
    if f.entity and f.kind == "count":
        for word in f.entity.lower().split():
            if n < len(s.low) and s.low[n] == word:
                n += 1
            else:
                return t + 1
    return n


def _after(s: _Sentence, t: int, f: Found, w: _Words) -> str | None:
    """`a 6 percent drop`, `a 10% annual increase`, `3% higher`, `55,000 jobs were added`: a change
    word right after the figure."""
    low = s.low
    if f.kind == "count" and t + 1 < len(low):
        for phrase, d in w.count_nouns_by_first.get(low[t + 1], ()):
            if tuple(low[t + 1 : t + 1 + len(phrase)]) == phrase:
                return d  # `1,000 job cuts`, `2,000 layoffs`: the size of a fall
    n = _skip_entity(s, t, f)
    if n + 4 < len(low) and low[n] == "," and low[n + 1] == "or" and low[n + 2] == _FIG and low[n + 3] == "," \
            and low[n + 4] in w.comparative_adverbs:
        n += 4  # `settled 87 cents, or 1.1%, higher at $78.30`: the move, its restatement, then its direction
    elif t >= 2 and low[t - 1] == "or" and low[t - 2] == "," and n + 1 < len(low) and low[n] == "," \
            and low[n + 1] in w.comparative_adverbs:
        n += 1  # `..., or 1.1%, higher at`
    d = _more_than_time(s, n, w)
    if d:
        return d  # `11% more than a year ago`, `5.9 million more than in March`
    if (f.kind == "percent" and f.qualifier not in ("<=", "<") and n + 1 < len(low) and low[n] in w.comparatives
            and low[n + 1][0].isalnum()
            and low[n + 1] not in w.comparative_not_before and not low[n + 1].endswith(w.comparative_adjectives)
            and not any(x in w.than for x in low[n + 1 : n + 9])):
        return w.comparatives[low[n]]  # `shipped 10% fewer parcels`, `sold 0.3% less by volume`; not `20% less fuel
        # than rivals`, `10% more efficient`, `had three percent less.`, `won 30% more over her opponent`, `packs up
        # to 30% more transistors` (a bound: what a product can do)
    if (n < len(low) and low[n] in w.before_only and t > 0
            and (low[t - 1] in w.off_after or w.verbs.get(low[t - 1]) == "down")):
        return w.adverbs[low[n]]  # `shaved about $1.6 billion off revenue`, `wiped $30bn off its value`
    if (n < len(low) and low[n] in w.adverbs and low[n] not in w.before_only
            and (low[n] not in w.bound_before_to or n + 1 < len(low) and low[n + 1] in w.at)
            and not (f.kind == "count" and _compound(s, t) and n + 1 < len(low) and low[n + 1].isalpha()
                     and low[n + 1] not in w.than and low[n + 1] not in w.roles_first and low[n + 1] not in w.at)):
        # not `the 465-member lower house`: an adjective between a compound count and its noun
        if low[n] in w.comparative_adverbs:
            return None if _comparison(s, n + 1, w) else w.adverbs[low[n]]
        if n + 1 >= len(low) or not low[n + 1][0].isalnum() or low[n + 1] in (
            "on", "from", "at", "in", "year", "compared", "versus", "vs", "vs.", "against"
        ):
            return w.adverbs[low[n]]
    for _ in range(3):
        if n >= len(low):
            return None
        if low[n] in w.nouns or low[n] in w.after_nouns:
            if low[n] in w.after_nouns:
                return w.after_nouns[low[n]]  # `a 3.4 million-barrel draw`
            if f.kind == "count" and not (t > 0 and low[t - 1] in w.determiners):
                return None  # `one cut`, `two increases`: a count of changes, not a change
            if f.kind == "money" and low[n] in w.not_for_money and any(
                    tuple(low[n + 1 : n + 1 + len(p)]) == p for p in w.account_followers):
                return None  # `a 2.6 mln dlr gain on sale of land`: an item of the accounts
            return w.nouns[low[n]]
        if low[n] in w.noun_modifiers or ("-" in low[n] and low[n][0].isalpha()) or (
                low[n] == _FIG and s.kind[n] in _TIMES and n + 1 < len(low) and low[n + 1] in w.nouns):
            n += 1  # `a 0.4 pct February gain`: the month names the change
            continue
        if (f.kind in ("percent", "money", "ratio") and t > 0 and low[t - 1] in ("a", "an") and low[n].isalpha()
                and n + 1 < len(low) and low[n + 1] in w.nouns and low[n] not in w.clause_words and low[n] not in w.verbs
                and low[n] not in w.prepositions):  # not `a 1.5m tidal surge` (a measure's own noun), `a 1.1% in growth`
            n += 1  # `a 15% power reduction`, `a 20% pay rise`: the noun the change is of
            continue
        break
    if _compound(s, t):
        return None  # `a 16-foot high sculpture was added`
    word = _passive_word(s, t, w)  # `55,000 jobs were added`: a change verb after the figure's noun
    if f.kind == "count" and word in w.count_needs_role:
        return None  # `two cases were dropped`
    if word in w.count_only and (f.kind != "count" or any(x in w.completed_objects for x in s.low[t + 1 : t + 3])):
        return None  # `the $5bn acquisition closed in March`, `120 deals closed`: completed, no fall (not `300 stores closed`)
    return w.verbs[word] if word else None


def _more_than_time(s: _Sentence, n: int, w: _Words) -> str | None:
    """`more than a year ago` at n: a comparative, `than` and a time within a few words."""
    if n + 1 < len(s.low) and s.low[n] == _FIG and s.kind[n] in _TIMES_OR_SPAN:
        head = s.orig[n].lower().split()[:2]  # `more than a year ago`, `more than a year` taken as a duration
        if len(head) == 2 and head[0] in w.comparatives and head[1] in w.than and s.low[n + 1] in w.than_time:
            return w.comparatives[head[0]]
        return None
    if n + 1 >= len(s.low) or s.low[n] not in w.time_comparatives or s.low[n + 1] not in w.than:
        return None
    for k in range(n + 2, min(len(s.low), n + 6)):
        if s.low[k] in w.than_time and s.low[n] in w.comparatives or s.kind[k] in _TIMES:
            return w.time_comparatives[s.low[n]]  # `cheaper than a year ago`; not `smaller than ... the last version`
        if s.orig[k][:1].isupper():
            break  # `more than Lopez Obrador in the July 2 vote`: a comparison with someone
    return None


def _higher_than_time(s: _Sentence, n: int, w: _Words) -> str | None:
    """`higher than a year ago` at n: `higher`/`lower`, `than` and a time right after."""
    if n + 1 >= len(s.low) or s.low[n] not in w.comparative_adverbs or s.low[n + 1] not in w.than:
        return None
    if any(s.low[k] in w.than_time or s.kind[k] in _TIMES for k in range(n + 2, min(len(s.low), n + 5))):
        return w.adverbs[s.low[n]]
    return None


def _comparison(s: _Sentence, i: int, w: _Words) -> bool:
    """`five times higher for females (38.2 per 100,000) than for males`: `than` within a few words
    (over a parenthesis), and no time after it (`than a year ago` is a change); `2.5 times higher among
    unvaccinated adults`: a group compared."""
    if i < len(s.low) and s.low[i] in w.group_comparison:
        return True
    for j in range(i, min(len(s.low), i + 16)):
        if s.low[j] in w.than:
            after = range(j + 1, min(len(s.low), j + 5))
            return not any(s.low[k] in w.than_time or s.kind[k] in _TIMES for k in after)
        if s.low[j] in ",;:" and "respectively" not in s.low[j - 1 : j + 2]:
            return False  # `21.7 times higher, respectively, in X than in Y` goes on
    return False


def _passive_word(s: _Sentence, t: int, w: _Words) -> str | None:
    """The change verb of `55,000 jobs were added` after the figure at t, if any."""
    low = s.low
    n = t + 1
    while (n < len(low) and n <= t + 2 and low[n][0].isalpha() and low[n] not in w.passive and low[n] not in w.verbs
           and (s.orig[n].islower() or (n + 1 < len(low) and s.orig[n + 1][:1].islower() and low[n + 1] not in w.passive))
           and low[n] not in w.joiners and low[n] not in w.clause_words and low[n] not in w.other_verbs):
        n += 1  # the figure's noun
    if n == t + 1 or n >= len(low):
        return None
    if low[n] not in w.passive:  # `with 50,200 jobs added`, `2,000 jobs cut last year`: a participle after the noun
        after = low[n + 1] if n + 1 < len(low) else "."
        before = low[t - 1] if t > 0 else ""
        if (_participle(low[n], w) and (low[n] in w.participles or before in w.absolute or before in w.determiners)
                and (not after[0].isalnum() or after in w.participle_followers or (after == _FIG and s.kind[n + 1] in _TIMES))):
            return low[n]  # not `4,500 people rallied in Hobart`: a past tense, the figure's own verb
        return None
    be = False
    while n < len(low) and low[n] in w.passive:
        be = be or low[n] not in w.perfect
        n += 1
    if n < len(low) and _participle(low[n], w):
        if not be and n + 1 < len(low) and low[n + 1] in w.determiners:
            return None  # `13 soldiers have lost their lives`: an active verb and its object
        return low[n]
    return None


def _participle(word: str, w: _Words) -> bool:
    """A change verb's past participle: `added`, `cut`, `lost`."""
    return word in w.verbs and (word.endswith("ed") or word in w.participles)


_COMPOUND_END = re.compile(r"-[^\W\d_]+$")


def _compound(s: _Sentence, i: int) -> bool:
    """Token i is a figure written as a compound adjective: `497-seat`, `15,000-strong`."""
    return s.low[i] == _FIG and "-" in s.orig[i] and _COMPOUND_END.search(s.orig[i]) is not None  # not `1-1/2 cents`


def _level_after(s: _Sentence, t: int, w: _Words) -> str | None:
    """`hit $2.40, up from $1.80`; `at $1.0742, up 0.3%`; `is 90%, a 30% increase`: the figure
    before a comma and a change is the new level."""
    low = s.low
    if (_compound(s, t) and not (t + 1 < len(low) and low[t + 1] == ",")) or s.kind[t] == "duration":
        return None  # `the 497-seat Bundestag, down from 244`: a figure inside a name (not `$1.8-billion, up from`)
    if t >= 3 and low[t - 1] in w.determiners and low[t - 2] in w.of and low[t - 3] == _FIG and s.kind[t - 3] == s.kind[t]:
        return None  # `14 of the 50 states ..., up from nine`: the whole of a share; the level is the share
    n = t + 1
    while n < len(low) and n <= t + 12 and (low[n][0].isalnum() or _compound(s, n) or s.kind[n] in _TIMES
                                             or (low[n] == "/" and n == t + 1)  # `$96/MWh, down 27pc`
                                             or (n == t + 3 and low[n] == _FIG and s.kind[n] == s.kind[t] and low[t + 1] in w.of
                                                 and low[t + 2] in w.determiners)):  # `14 of the 50 states, up from nine`
        if n > t + 6 and (low[n] in w.clause_words or low[n] in w.verbs or low[n] in w.other_verbs
                          or (low[n] == _FIG and s.kind[n] not in _TIMES)):
            return None  # past six words, only the figure's own phrase (`of iron ore from the Pilbara in the December quarter`)
        n += 1  # `per lb`, `on the day`, `seats in the 497-seat Bundestag`, `units in March`
    if t + 3 < len(low) and low[t + 1] in w.passive and low[t + 2] in w.adverbs and low[t + 2] not in w.before_only \
            and low[t + 3] == _FIG and s.kind[t + 3] == "percent" and s.kind[t] != "percent":
        return w.adverbs[low[t + 2]]  # `revenue of $56.5 billion was up 13%`: the level, and its change as a share
    if n + 2 < len(low) and low[n] == "(" and s.kind[t] != "percent":
        m = n + 2 if low[n + 1] in w.signs else n + 1
        sign = low[n + 1] if m == n + 2 else s.orig[n + 1][:1]
        if m < len(low) and low[m] == _FIG and sign in w.signs and (s.kind[m] == "percent" or (
                s.kind[m] == s.kind[t] and n == t + 1 and m + 1 < len(low) and low[m + 1] == ")")):
            return w.signs[sign]  # `revenue $62.9bn (+20%)`, `claims 227,000 (-5,000)`: a level and its signed change
    if (n + 3 < len(low) and low[n] == "(" and low[n + 1] == _FIG and low[n + 2] == ")" and s.kind[t] == "money"
            and s.kind[n + 1] == "money"):
        n += 3  # `1.9 billion Kuwaiti dinars ($6.2 billion), up 5%`: over the level's conversion
    if n + 1 >= len(low) or low[n] != ",":
        return None
    n += 1
    n = _skip_aside(s, n, w)  # `$1.47 million in October, according to CoreLogic, up 5.1 per cent`
    if n >= len(low):
        return None
    if low[n] == "or" and n + 1 < len(low) and low[n + 1] == _FIG and s.kind[n + 1] == s.kind[t]:
        return _level_after(s, n + 1, w)  # `£9,900 an acre, or about £24,500 per hectare, up from £8,700`: a restated level
    k = n + 1 if low[n] in w.signs else n  # the signed figure: `+` apart, or `-0.5%` written as one
    sign = low[n] if k > n else s.orig[n][:1]
    if (k < len(low) and low[k] == _FIG and sign in w.signs and s.kind[k] == "percent" and s.kind[t] != "percent"
            and (k + 1 == len(low) or low[k + 1] in (";", ",", ".", ")"))):
        return w.signs[sign]  # `Q4 GMV $94.46 BLN, +26%;`, `Hang Seng 17,000, -0.5%`: a level and its signed change
    if low[n] == _FIG:  # `7.8 million tonnes in January, 11% more than a year ago`; `73.6%, 8 points higher than five years ago`
        return _more_than_time(s, n + 1, w) or _higher_than_time(s, n + 1, w)
    if n > t + 8 and not (n + 2 < len(low) and low[n] in w.adverbs and low[n + 1] == "from" and low[n + 2] == _FIG
                          and s.kind[n + 2] == s.kind[t]) and not _share_of_level(s, t, n, w):
        return None  # a long phrase: only `, up from` and a figure of its kind (`a 70% chance of a cut in March, up from 40%`),
        # or a level's change in percent (`47.7 million tonnes of iron ore in the March quarter, down 3%`)
    if low[n] in w.adverbs and low[n] not in w.comparative_adverbs:
        if low[n] in w.before_only and not (n + 1 < len(low) and low[n + 1] == _FIG):
            return None  # `270,000 tons of oil, off the coast`
        if n + 2 < len(low) and low[n + 1] == "from" and low[n + 2] == _FIG and s.kind[n + 2] != s.kind[t]:
            return None  # `in the 13 weeks to December, down from $208 million`: another figure's level
        return w.adverbs[low[n]]
    if low[n] in w.verbs and n + 1 < len(low) and low[n + 1] == "from":
        return w.verbs[low[n]]  # `a limit of 65 mph, increased from 55 mph`
    if (low[n] in w.adverb_before and n + 2 < len(low) and low[n + 1] in w.adverbs and low[n + 1] not in w.before_only
            and low[n + 2] == "from"):
        return w.adverbs[low[n + 1]]  # `175,000 jobs, revised down from 196,000`
    if low[n] in w.determiners:
        m = n + 1
        while m < len(low) and m < n + 3 and (low[m] in w.noun_modifiers or ("-" in low[m] and low[m][0].isalpha())):
            m += 1  # `a year-on-year rise of 9.2%`
        if m + 2 < len(low) and low[m] in w.nouns and low[m + 1] in w.of and low[m + 2] == _FIG and (
                s.kind[m + 2] == "percent" or s.kind[t] == s.kind[m + 2] == "count"):
            return w.nouns[low[m]]  # `$5.2 billion, an increase of 12% over the prior year`; `won 412, a gain of 211`
    if (low[n] in w.determiners and n + 1 < len(low) and low[n + 1] == _FIG
            and s.kind[n + 1] in (s.kind[t], "percent")):  # not `900Mbps download speeds, a £3 rise`: the price's rise
        for m in range(n + 2, min(len(low), n + 5)):
            if low[m] in w.nouns:
                return w.nouns[low[m]]
            if low[m] in w.after_nouns:
                return w.after_nouns[low[m]]  # `31%, a 150 bps improvement`
            if low[m] not in w.noun_modifiers:
                break
    return None


def _skip_aside(s: _Sentence, n: int, w: _Words) -> int:
    """The token after an attribution aside at n (`according to CoreLogic,`, `the company said,`), or after an appositive that
    names the change (`its first annual decline,`, `the lowest in years,`), else n."""
    low = s.low
    if n + 2 < len(low) and low[n] in w.determiners:
        named = False
        for m in range(n + 1, min(len(low), n + 8)):
            if low[m] == ",":
                return m + 1 if named else n
            if low[m] == _FIG and s.kind[m] in CHANGEABLE and s.kind[m] != "duration" or low[m] != _FIG and not low[m][0].isalnum():
                return n  # `, a 6% drop,`: a change of its own, read as such
            named = named or low[m] in w.nouns or low[m] in w.superlatives or low[m] in w.aside_verbs
        return n
    if n + 2 < len(low) and low[n][0].isalpha() and low[n + 1] in w.aside_verbs and low[n + 2] == ",":
        return n + 3  # `, Nvidia said, up from`
    if not (n + 2 < len(low) and (low[n], low[n + 1]) in w.asides):
        return n
    for m in range(n + 2, min(len(low), n + 8)):
        if low[m] == ",":
            return m + 1
        if low[m] == _FIG or not low[m][0].isalnum():
            return n
    return n


def _share_of_level(s: _Sentence, t: int, n: int, w: _Words) -> bool:
    """`, down 3%` / `, up 27% on a year earlier` at n after a level at t that is no percent, and no
    other figure that can change between them: the level's change as a share."""
    low = s.low
    return (s.kind[t] != "percent" and n + 1 < len(low) and low[n] in w.adverbs and low[n] not in w.comparative_adverbs
            and low[n + 1] == _FIG and s.kind[n + 1] == "percent"
            and not any(low[x] == _FIG and s.kind[x] in CHANGEABLE for x in range(t + 1, n)))


def _rate(s: _Sentence, j: int, t: int, w: _Words) -> int | None:
    """`grew at an annual rate of 2.4%`, `grew at a 2.4% annual rate`: index before the phrase."""
    if s.low[j] not in w.rate_last:
        return None
    for phrase in w.rate_before:
        if _ends_with(s.low, j, phrase):
            if phrase[-1] not in w.of:
                n = t + 1
                while n < len(s.low) and s.low[n] in w.noun_modifiers and s.low[n] not in w.rate_after:
                    n += 1
                if not (n < len(s.low) and s.low[n] in w.rate_after):
                    continue
            return j - len(phrase)
    return None


#: A vote tally's span: two figures joined (`55 to 79`, `48-52`), not `more than half`.
_TALLY_SPAN = re.compile(r"\d[ \u00a0]*(?:[-–]|to\b)")


def _judge(s: _Sentence, t: int, f: Found, w: _Words) -> tuple[str | None, str | None]:
    """(change, role) of the figure at token t, from the words around it."""
    if _span_before_level(s, t, w):
        return None, None  # `jump to 21-month high of 66,000`: the span names the high, the 66,000 is the level
    if (f.kind == "ratio" and f.entity is not None and f.entity.lower() in w.tally_entities
            and _TALLY_SPAN.search(s.orig[t])):
        return None, None  # `the motion was lost 55 to 79`: a vote tally states no change
    if f.kind == "ratio":
        word = s.orig[t].lower().split()[-1]
        if word in w.verbs and (word.endswith(("ed", "ing")) or t > 0 and s.low[t - 1] in w.base_markers):
            return w.verbs[word], "by"  # `have more than doubled this year`, `halved since May`, `forecast to triple`
    d = _after(s, t, f, w)
    if d:
        return d, "by"
    low = s.low
    j = t - 1
    passed = False
    for _ in range(_MAX_FILLERS + 1):
        if j < 0:
            break
        hit = _role_at(low, j, w) or _with_level(s, j, w)
        if hit:
            role, k = hit
            gov = _governor(s, k, w, role) if k >= 0 else None
            if gov and tuple(low[k + 1 : j + 1]) in w.roles_need_verb and gov[1] not in w.verbs and gov[1] not in w.adverbs:
                gov = None  # `the job growth number for June to reach 125,000`: a forecast, no change
            if gov and f.qualifier != "range" and tuple(low[k + 1 : j + 1]) in w.roles_need_range:
                gov = None  # `crashed into about a dozen vehicles`: no level (`fell into the 30s` is one)
            if gov and role == "to" and k >= 0 and low[k] == gov[1] and _spec(s, k, f, gov[1], w):
                gov = None  # `the chip boosts to 5.7GHz`: a specification in the present, no change
            if gov and gov[1] in w.count_only and (role != "to" or not _count_moved(s, k, gov[1])):
                gov = None  # `closed its doors to 500 refugees`, `to close at 14,000.41 points`; not `closed 120
                # stores, taking the total to 2,300`
            return (gov[0], role) if gov else (None, None)
        if low[j] in w.at:  # `up 0.6% at 478.2 points`
            gov = _governor(s, j - 1, w) if j > 0 else None
            if gov and gov[1] in w.adverbs:
                return gov[0], "to"
            break
        if (low[j] in w.copulas and j > 0 and low[j - 1] in w.nouns and f.kind not in ("measure", "duration")
                and not (f.kind == "money" and low[j - 1] in w.not_for_money)):  # (`The drop was 40 metres`: a height)
            later = _level_after(s, t, w)  # `The gain was 175,000 jobs, revised down from 196,000`: a revised level
            return (later, "to") if later else (w.nouns[low[j - 1]], "by")  # `organic growth was 6.8%`: the size
        if low[j] in w.of and not (j + 1 < t and low[j + 1] in w.determiners):  # not `size of the two rallies`
            d = _noun_before_of(s, j, w, f.kind, t)
            if d:
                return d, "by"
            if f.kind == "money" and j > 0 and low[j - 1] in w.not_for_money:
                break  # `a gain of 12.3 mln dlrs`: no change
        k = _rate(s, j, t, w)
        if k is not None and k >= 0:
            d = _direction(s, k, w, direct=True)
            return (d, "by") if d else (None, None)
        if (low[j] != _FIG and low[j][0].isalnum() and f.kind != "duration"
                and (f.kind == "ratio" or not _compound(s, t) or w.limit_nouns.intersection(low[t + 1 : t + 3]))
                and not (f.kind == "count" and low[j] in w.count_needs_role) and not _modifies_object(s, t, w)):
            d = _direction(s, j, w, direct=True)
            bound = d is not None and (s.orig[t].split(" ")[0].lower() in w.level_bounds or passed
                                       or s.orig[t].lower().startswith(w.level_bound_phrases))
            nxt = low[t + 1] if t + 1 < len(low) else ""
            if d and low[j] in w.count_only and (f.kind != "count" or bound or nxt == "-" or nxt in w.completed_objects):
                d = None  # `close 300 stores`; not `closes above 21k points`, `closed a 50-mile-long road`, `closed 129 deals`
            if d:
                return d, "to" if bound else "by"  # `rose 5%`, `fell below 3%`; not `closed 27-year Games`
        if j == t - 1 and low[j] in w.level_bounds and j > 0 and low[j - 1] in w.verbs and f.kind != "count":
            passed = True  # `surged past $100,000`: a bound word the figure's reading left out, before its verb
            j -= 1
            continue
        if _possessive_time(s, j) and (_role_at(low, j - 3, w) or ("", 0))[0] == "from":
            j -= 3  # `down 4.5% from last year's record $64.05`: the time owns the old level
            continue
        if (low[j] not in w.fillers and not _span_before_level(s, j, w)
                and not (low[j] in w.role_possessives and j > 0 and _role_at(low, j - 1, w))):  # `from their peak of`
            break
        j -= 1
    if (t > 0 and s.orig[t].split(" ")[0].lower() in w.level_bounds and low[t - 1][0].isalpha()
            and not (f.kind == "duration" and low[t - 1] in w.span_preps)):  # not `climbed ... in under 20 minutes`: the time taken
        gov = _governor(s, t - 1, w, "to")  # `lifting the value of all cryptocurrencies above $2.7 trillion`
        if gov and gov[1] in w.verbs and gov[1] not in w.count_only and gov[1] not in w.nouns and f.unit not in _AGE_UNITS:
            return gov[0], "to"  # not `an increase for persons under 21`
    d = _level_after(s, t, w)
    if d:
        return d, "to"
    d = _of_noun_after(s, t, w)
    return (d, "by") if d else (None, None)


_AGE_UNITS = frozenset({"year", "month", "week", "day"})  # `under 21`: an age, no level of a change


def _count_moved(s: _Sentence, k: int, verb: str) -> bool:
    """A count stands between the verb (nearest before token k) and k: `open 120 stores ... to`."""
    for i in range(k, max(-1, k - _MAX_STEPS), -1):
        if s.low[i] == verb:
            return False
        if s.low[i] == _FIG and s.kind[i] == "count":
            return True
    return False


def _possessive_time(s: _Sentence, j: int) -> bool:
    """Tokens j-2..j are a date or span and its `'s` (`last year's`, `2022's`)."""
    return (j >= 2 and s.low[j] == "s" and s.low[j - 1] in ("'", "’") and s.low[j - 2] == _FIG
            and s.kind[j - 2] in ("date", "duration"))


def _spec(s: _Sentence, k: int, f: Found, verb: str, w: _Words) -> bool:
    """A measure reached by a verb in the present right before `to` (`boosts to 5.7GHz`, `expands to 2TB`; not
    `triples its capacity to`) in a sentence with no old level, no size of a change and no time: a specification."""
    if not (f.kind == "measure" and verb in w.verbs and verb.endswith("s") and not verb.endswith("ss")):
        return False
    lo, hi = max(0, k - _SPEC_WINDOW), k + _SPEC_WINDOW  # the clause around the verb: linear in a long sentence
    return not any(t in w.from_words or t == "by" for t in s.low[lo:hi]) and not any(x in _TIMES for x in s.kind[lo:hi])


def _span_before_level(s: _Sentence, t: int, w: _Words) -> bool:
    """Token t is a span written as a compound before a level word: `a 21-month high of`, `a 4-year low`; or a
    date that names the level (`from their December peak of`, `its 2021 high of`)."""
    return (s.low[t] == _FIG and (s.kind[t] == "date" or s.kind[t] == "duration" and _compound(s, t)) and t + 1 < len(s.low)
            and s.low[t + 1] in w.level_words)


def _modifies_object(s: _Sentence, t: int, w: _Words) -> bool:
    """`to advance the $95 billion aid package`: a figure after `the` and before a plain noun modifies the
    verb's object; it is no size of a change."""
    low = s.low
    if w.limit_nouns.intersection(low[t + 1 : t + 3]):
        return False  # `rose the 4-cent daily limit`, `off the 2.00-cent limit`: the size of the move
    return (t > 0 and low[t - 1] in w.object_determiners and t + 1 < len(low) and low[t + 1][:1].isalpha() and s.orig[t + 1].islower()
            and low[t + 1] not in w.roles_first and low[t + 1] not in w.clause_words and low[t + 1] not in w.joiners
            and low[t + 1] not in w.adverbs and low[t + 1] not in w.nouns and low[t + 1] not in w.at)


def _of_noun_after(s: _Sentence, t: int, w: _Words) -> str | None:
    """`50-75bps of easing`, `25 basis points of Fed cuts`: `of` and a change noun after the figure."""
    low = s.low
    if t + 2 >= len(low) or low[t + 1] not in w.of:
        return None
    for n in range(t + 2, min(len(low), t + 4)):
        if low[n] in w.nouns:
            return w.nouns[low[n]]
        if not (low[n] in w.noun_modifiers or s.orig[n][:1].isupper()):
            return None
    return None


def _sign(text: str, f: Found, w: _Words) -> str | None:
    """`-0.8%`, `+0.3%` in a list of market moves: the sign written on the figure."""
    first = text[f.start : f.start + 1]
    if first in w.signs:
        at = f.start
    elif f.start > 0 and text[f.start - 1] in w.signs:
        at = f.start - 1
    else:
        return None
    head = text[max(0, at - 3) : at]
    if at > 0 and not head[-1:].isspace() and head[-1:] not in "(:":
        return None  # `2015-16`, `5-7%`: a hyphen, not a sign
    prev = head.rstrip()[-1:]
    glued = (f.kind == "percent" and f.value is not None and f.value < 0 and text[at + 1 : at + 2].isdigit()
             and head[-1:].isspace())  # `CAC 40 -0.9%`; not `U.S.C.331 -335`, `737 -800`
    if (prev.isdigit() and w.signs[text[at]] != "up" and not glued) or prev in w.signs:
        return None  # `5 - 7%`: a range (a range is never written with `+`: `ASX 200 +0.2%` is a move)
    word = text[max(0, at - 12) : at].split()[-1:]
    if word and word[0].strip("([{").lower() in w.sign_not_after:
        return None  # `UTC +9`: a time zone
    return w.signs[text[at]]


def _inherit(s: _Sentence, t: int, f: Found, prev: tuple[int, Found, str | None, str | None], found: list[Found],
             w: _Words) -> tuple[str | None, str | None]:
    """A figure that shares the change of the figure before it:
    `rose 0.3% in May and 0.2% in April` (same kind, joined), `gained 929 points, or 1.3%`,
    `cut 5,000 jobs, about 15 pct of its staff` (by), `increased from 60 to 110 (83%)` (by)."""
    pt, pf, pc, pr = prev
    low = s.low
    between = range(pt + 1, t)
    if pt < t - 8 or not all(_plain(s, x, found, w) or low[x] in ",(" or low[x] in w.joiners for x in between):
        return None, None
    gap = [low[x] for x in between if low[x] != _FIG]
    if gap and gap[-1] in w.joiners and pf.kind == f.kind and pf.unit == f.unit and "," not in gap:
        return pc, pr  # `0.3% in May and 0.2% in April`
    if gap == ["and"] and pf.kind == f.kind == "money" and pr == "to":
        return pc, pr  # `up 0.5% at 1.3592 Canadian dollars and 17.05 Mexican pesos`: one move quoted twice
    if len(gap) >= 2 and gap[0] == "," and tuple(gap[1:]) in w.restatements and pr in ("to", "by"):
        return pc, pr  # `climbed to WS 62.5, equivalent to about $38,000 a day`: the same level in money
    if gap[-2:] == [",", "or"]:
        if f.kind == "percent" and pf.kind != "percent" and pr == "to" and t + 1 < len(low) and low[t + 1] in w.of:
            return None, None  # `rose 73% to $39.1 billion, or 88% of total sales`: a share of the whole
        return pc, pr  # `929 points, or 1.3%`
    if f.kind == "percent" and gap and gap[-1] == "or" and pr == "by" and pf.kind != "percent":
        return pc, "by"  # `up 210,000 or 0.7%`, `cut 1,200 jobs or 8% of staff`: the same change as a share
    share = (f.kind == "ratio" and f.value is not None and f.value < 1 and t + 2 < len(low) and low[t + 1] in w.of
             and low[t + 2] in w.determiners)  # `about a sixth of its workforce`, not `half of which`
    if ((f.kind == "percent" or share) and gap and gap[-1] == "," and pr == "by" and gap.count(",") == 1):
        return pc, "by"  # `cut 5,000 jobs, about 15 pct of its staff`, `..., about a sixth of its workforce`
    if f.kind == "percent" and gap == ["("] and pr == "to" and pf.kind != "percent":
        return pc, "by"  # `from 60 to 110 (83%)`
    if (gap[-1:] == ["("] and len(gap) <= 2 and pr == "by" and pf.kind != f.kind and "percent" in (f.kind, pf.kind)
            and _closes_after(s, t)):
        return pc, "by"  # `rose by £1,800 (0.5%)`, `fell 22 points (1.68%)`: the same change restated
    if (f.kind in ("count", "money") and pf.kind == "percent" and pr == "by" and gap and gap[-1] == ","
            and gap.count(",") == 1 and any(g in w.of for g in gap)):
        return pc, "by"  # `trim 10% of its summer schedule, about 30,000 flights`: the same cut as a number
    if (f.qualifier == "range" and pr == "to" and pf.kind == f.kind and s.orig[t].lower().split()[0] in w.from_words
            and (not gap or gap[-1] == "," or "," not in gap)):
        return pc, "from"  # `to between $1.45 and $1.70 a share, from $1.80 to $2.00`, `to $8.30 to $8.90 a share
        # from $9 to $9.70`: the old range
    if gap == ["("] and pf.kind == f.kind == "money" and pf.unit != f.unit:
        return pc, pr  # `to 260.3 billion yuan (US$36.7 billion)`: the same figure in another currency
    return None, None


def _closes_after(s: _Sentence, t: int) -> bool:
    """The figure at token t is all that stands in its parenthesis: `)` follows it."""
    return t + 1 < len(s.low) and s.low[t + 1] == ")"


def _aside_start(s: _Sentence, i: int, w: _Words) -> int:
    """The index of the `(` that opens a short aside closed by the `)` at token i and holding one figure
    and no verb (`(0.5%)`, `(about $12 million)`), else -1 (not `(VAT)`: a name, whose words may look
    like change words)."""
    low = s.low
    for p in range(i - 1, max(-1, i - 6), -1):
        if low[p] == "(":
            inner = low[p + 1 : i]
            return p if inner.count(_FIG) == 1 and not any(x in w.verbs or x in w.clause_words for x in inner) else -1
        if low[p] in ")," or low[p] in w.roles_first:
            return -1
    return -1


def _versus_size(s: _Sentence, t: int, f: Found, prev: tuple[int, Found, str | None, str | None], w: _Words) -> bool:
    """Token t follows `vs` / `versus` and the figure before it, of the same kind and unit, is the size of a change
    (`rose 3.1 pct in May vs 2.8 pct in April`): the two sizes are compared; the later one is no old level."""
    pt, pf, _, pr = prev
    return pr == "by" and pf.kind == f.kind and pf.unit == f.unit and t - 1 > pt and s.low[t - 1] in w.versus_words


def _previous_period(s: _Sentence, t: int, f: Found, prev: tuple[int, Found, str | None, str | None], w: _Words) -> bool:
    """Token t follows `after` / `following`, and the figure before it, of the same kind and unit with no other
    changeable figure between, is the size of a change (`rose a preliminary 8.8 pct in February from a year earlier,
    after 8.6 pct in January`): the figure is the previous period's size of the same change."""
    pt, pf, pc, pr = prev
    if pc is None or pr != "by" or pf.kind != f.kind or pf.unit != f.unit or not (0 < t - pt <= 12):
        return False
    return s.low[t - 1] in w.previous_period and all(x != _FIG or s.kind[i] not in CHANGEABLE
                                                    for i, x in enumerate(s.low[pt + 1 : t - 1], pt + 1))


def _changeable(figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found]) -> Iterator[tuple[int, Found, int, Found]]:
    """The figures of a kind that can change and with a token in the sentence, in order: (index, found, token, its row
    in `out` as it stands when reached, so a row rewritten before is seen rewritten)."""
    for i, f in figs:
        t = where.get(i)
        if t is not None and f.kind in CHANGEABLE:
            yield i, f, t, out[i]


def _gapped(s: _Sentence, figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found], w: _Words) -> None:
    """A clause whose verb is left out after `and` or a comma takes the change of the clause before it, role by role:
    `cut its discount rate to 3.0 pct from 3.5 pct and its Lombard rate to 5.0 pct from 5.5 pct`, `exports rose 37.5 pct
    to 21.4 billion dlrs and imports 15.6 pct to 19.1 billion`, `IBM rose 2-3/8 to 157-1/2, Exxon 1-1/4 to 87-5/8` (the
    size before such a level is then read by the pass after this one). Only over plain words: no verb, no clause word."""
    low = s.low
    last: dict[str, tuple[int, str, str]] = {}  # role -> (token, change, kind) of the last figure read with that role
    for i, f, t, o in _changeable(figs, where, out):
        if o.change:
            if o.role in ("to", "from"):
                last[o.role] = (t, o.change, f.kind)
            continue
        hit = _role_at(low, t - 1, w) if t > 0 else None
        if hit is None or hit[0] not in ("to", "from") or hit[1] != t - 2:
            continue  # one word right before the figure: `to`, `from`
        role = hit[0]
        prior = last.get(role)
        if prior is None or prior[2] != f.kind or t - prior[0] > 14:
            continue
        between = low[prior[0] + 1 : t - 1]
        if not any(x in w.joiners or x == "," for x in between):
            continue
        if any(x[:1].isalpha() and (x in w.verbs or x in w.other_verbs or x in w.clause_words or x in w.steady
                                    or x.endswith(("ed", "ing")))
               for x in between):
            continue
        out[i] = replace(o, change=prior[1], role=role)
        last[role] = (t, prior[1], f.kind)


def _dated_levels(s: _Sentence, figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found],
                  w: _Words) -> None:
    """`Beans closed 4-1/2 to 6 cents lower, with May at 7.42-1/2 dlrs`, `traded at 2.79-1/4 dlrs, down 1-3/4 cents, and
    March at 2.86-1/2`: a level after `with`/`and` and a date (a contract month) and `at` is the new level of the move
    stated before it in the sentence (its direction, role to), when the move is of the same kind."""
    low = s.low
    moved: tuple[str, str] | None = None  # (change, kind) of the last size or level of a move
    for i, f, t, o in _changeable(figs, where, out):
        if o.change:
            if o.role in ("by", "to"):
                moved = (o.change, f.kind)
            continue
        if (moved and moved[1] == f.kind and t >= 3 and low[t - 1] in w.at and low[t - 2] == _FIG
                and s.kind[t - 2] == "date" and (low[t - 3] in w.absolute or low[t - 3] in w.joiners)):
            out[i] = replace(o, change=moved[0], role="to")


def _plain(s: _Sentence, x: int, found: list[Found], w: _Words) -> bool:
    """Token x is a plain word or a date (`in May`), nothing that could start another clause."""
    if s.low[x] == _FIG:
        return found[s.fig[x]].kind not in CHANGEABLE
    return s.low[x][0].isalnum() and s.low[x] not in w.clause_words


def _swing_noun(s: _Sentence, t: int, w: _Words) -> tuple[str, int] | None:
    """(direction, index of the determiner) when `a|an [...] <swing noun> of` ends right before token t."""
    if t < 3 or s.low[t - 1] not in w.of:
        return None
    for phrase, d in w.swing_nouns.items():
        j = t - 1 - len(phrase)
        if j >= 1 and tuple(s.low[j : t - 1]) == phrase:
            k = j - 1
            while k > 0 and (s.low[k] in w.fillers or s.low[k] == _FIG or _COMPOUND_END.search(s.low[k])) and (
                    s.low[k] not in w.determiners):
                k -= 1  # `a record deficit of`, `a fourth-quarter net loss of`, `a first-half loss of`
            if s.low[k] in w.determiners:
                return d, k
    return None


def _swings(s: _Sentence, figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found], w: _Words) -> None:
    """`swung to a deficit of $4.5 billion in January from a surplus of $2.7 billion`: the new balance is the level
    (down/to for a deficit or a loss, up/to for a surplus or a profit), the old one after `from` the old level."""
    if not w.swing_verbs:
        return
    level: tuple[int, str] | None = None
    for i, f in figs:
        t = where.get(i)
        if t is None or f.kind not in ("money", "count", "percent") or out[i].change:
            continue
        got = _swing_noun(s, t, w)
        if got is None:
            continue
        d, k = got
        before = s.low[max(0, k - 3) : k]
        if before[-1:] and before[-1] in ("to", "into") and any(b in w.swing_verbs for b in before[:-1]):
            level = (i, d)
        elif level is not None and before[-1:] and before[-1] in w.from_words and d != level[1]:
            # only with its old level after `from`: `swung to a net loss of $1.6 billion, compared with a profit of
            # $1.5 billion` compares the two (a plain comparison states no change)
            out[level[0]] = replace(out[level[0]], change=level[1], role="to")
            out[i] = replace(out[i], change=level[1], role="from")
            level = None


def _moves(s: _Sentence, figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found], w: _Words) -> None:
    """`has gone from $1,450 to $1,625`: a verb of the table's `move_verbs` (no direction of its own) a few words
    before `from X to Y` of one kind and unit; the two levels give the direction (X from, Y to)."""
    if not w.move_verbs:
        return
    for i, f in figs:
        t = where.get(i)
        if (t is None or t < 2 or t + 2 >= len(s.low) or s.low[t - 1] not in w.from_words or s.low[t + 1] != "to"
                or s.low[t + 2] != _FIG or out[i].change or not set(s.low[max(0, t - 5) : t - 1]) & w.move_verbs):
            continue
        j = s.fig[t + 2]
        g = out[j]
        if (g.change or g.kind != f.kind or g.unit != f.unit or f.value is None or g.value is None or f.value == g.value
                or f.kind not in CHANGEABLE):
            continue
        way = "up" if g.value > f.value else "down"
        out[i], out[j] = replace(out[i], change=way, role="from"), replace(g, change=way, role="to")


def _level_at_after_size(s: _Sentence, figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found], w: _Words) -> None:
    """`were down by a third year on year, at 4.2 million units`: a figure after `, at` whose clause stated the size of a
    change a few words before (no other figure between) is that change's new level."""
    low = s.low
    last: tuple[int, int] | None = None  # (token, index into out) of the last figure seen
    for i, f in figs:
        t = where.get(i)
        if t is None:
            continue
        if (last is not None and not out[i].change and f.kind in CHANGEABLE and t >= 2 and low[t - 1] in w.at and low[t - 2] == ","
                and t - last[0] <= 8 and out[last[1]].role == "by" and out[last[1]].change
                and not any(x in w.clause_words or x == ";" for x in low[last[0] + 1 : t - 2])):
            out[i] = replace(out[i], change=out[last[1]].change, role="to")
        if f.kind in CHANGEABLE:
            last = (t, i)  # `fell 2% in May, at`: a date between is no figure of the change


def _levels_before_sizes(s: _Sentence, figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found],
                         w: _Words) -> None:
    """`closed at 1,012 stg a tonne, 15.50 stg higher`, `bid at 5.62 pct, 4 basis points lower`, `settled at minus
    $37.63 a barrel, a drop of $55.90`: a level after `at` followed, past a comma, by the size of a move is that
    move's new level (its direction, role to)."""
    low = s.low
    for i, f in figs:
        t = where.get(i)
        if t is None or t == 0 or out[i].change or f.kind not in CHANGEABLE or low[t - 1] not in w.at:
            continue
        n = t + 1
        while n < len(low) and n - t <= 3 and low[n][:1].isalpha():
            n += 1  # `a tonne`, `a barrel`
        if n >= len(low) or low[n] != ",":
            continue
        m = n + 1
        if m < len(low) and low[m] in w.joiners:
            continue  # `closed at US$45.10, and up US$2.03`: a second predicate, read on its own
        if m + 1 < len(low) and low[m] in w.adverbs and low[m + 1] in w.from_words:
            old = next((x for x in range(m + 2, min(len(low), m + 10)) if low[x] == _FIG and s.kind[x] in CHANGEABLE), None)
            if old is not None and out[s.fig[old]].role == "from" and out[s.fig[old]].change:
                out[i] = replace(out[i], change=out[s.fig[old]].change, role="to")  # `opened at 6-3/4 pct, up from
            continue  # Monday's average of 6.62 pct`: the level of the move from the old one
        while (m < len(low) and m - n <= 4 and low[m][:1].isalpha() and low[m] not in w.clause_words
               and (low[m] in w.determiners or low[m] in w.nouns or low[m] in w.of or low[m] in w.fillers
                    or low[m] in w.noun_modifiers or low[m].endswith("ing"))):
            m += 1  # `a drop of`, `registering a gain of`; not `unchanged at 0.0% m/m, exports -2.4%`: another subject's move
        if m < len(low) and low[m] == _FIG:
            size = out[s.fig[m]]
            if size.role == "by" and size.change and size.kind in CHANGEABLE:
                out[i] = replace(out[i], change=size.change, role="to")


def _signed_levels(text: str, s: _Sentence, figs: list[tuple[int, Found]], where: dict[int, int], out: list[Found],
                   w: _Words) -> None:
    """Results shorthand: `rev $30.8bn, +112% YoY` (a level right before a comma and a signed size) and `rev +9% y/y to
    $14bn` (a level after a signed size and `to`): the level is that change's new one (its direction, role to)."""
    low = s.low
    for _, f, t, o in _changeable(figs, where, out):
        if o.role != "by" or not o.change or _sign(text, f, w) is None:
            continue
        b = t - 1 if t >= 1 and low[t - 1] in w.signs else t  # `, +112%`: the sign may stand apart from the figure
        level = b - 2 if b >= 2 and low[b - 1] == "," and low[b - 2] == _FIG else None
        n = t + 1
        while n < len(low) and low[n] in w.fillers:
            n += 1
        if level is None and n + 1 < len(low) and low[n] == "to" and low[n + 1] == _FIG:
            level = n + 1
        if level is None:
            continue
        g = out[s.fig[level]]
        if not g.change and g.kind in CHANGEABLE and g.kind != "duration" and _sign(text, g, w) is None:
            out[s.fig[level]] = replace(g, change=o.change, role="to")


def _signed_kind(f: Found) -> bool:
    return f.kind in _SIGNED or (f.kind == "measure" and "point" in (f.unit or ""))


def attach_changes(text: str, spans: list[tuple[int, int]], found: list[Found], lang: str = "en") -> list[Found]:
    """`found` (in document order) with `change` and `role` set where the sentence states them.
    A language without a `change` table leaves both null."""
    try:
        w = words(lang)
    except LanguageError:
        return found
    out = list(found)
    starts = [a for a, _ in spans] if spans else [0]
    bounds = spans if spans else [(0, len(text))]
    sids = [max(0, bisect.bisect_right(starts, f.start) - 1) for f in found]
    wanted = {sid for sid, f in zip(sids, found) if f.kind in CHANGEABLE}  # sentences with a figure that can change
    by_sentence: dict[int, list[tuple[int, Found]]] = {}
    for i, (sid, f) in enumerate(zip(sids, found)):
        if sid in wanted:
            by_sentence.setdefault(sid, []).append((i, f))
    for sid, figs in by_sentence.items():
        lo, hi = bounds[sid]
        s, where = _tokens(text, lo, max(hi, max(f.end for _, f in figs)), figs, w)
        prev: tuple[int, Found, str | None, str | None] | None = None
        for i, f in figs:
            if f.kind not in CHANGEABLE or i not in where:
                continue
            t = where[i]
            change, role = _judge(s, t, f, w)
            if role == "from" and prev is not None and _versus_size(s, t, f, prev, w):
                change, role = None, None  # `rose 11.2 pct in October vs 10.9 pct in September`: the earlier change
            elif change is None and prev is not None and _previous_period(s, t, f, prev, w):
                change, role = prev[2], "by"  # `rose 8.8 pct in February, after 8.6 pct in January`
            elif change is None and prev is not None and prev[2] is not None:
                change, role = _inherit(s, t, f, prev, found, w)
            if role in (None, "by") and _signed_kind(f):
                sign = _sign(text, f, w)
                if sign is None and role == "by" and f.value is not None and f.value < 0:
                    sign = "down"  # `growth of -0.5%`
                if sign:
                    change, role = sign, "by"
            if change:
                out[i] = replace(f, change=change, role=role)
            prev = (t, f, change, role)
        _swings(s, figs, where, out, w)
        _moves(s, figs, where, out, w)
        _level_at_after_size(s, figs, where, out, w)
        _levels_before_sizes(s, figs, where, out, w)
        _signed_levels(text, s, figs, where, out, w)
        _gapped(s, figs, where, out, w)
        _dated_levels(s, figs, where, out, w)
        for i, f in figs:  # `to lower the rate 25 basis points to 4-1/4 percent`: the size before its level
            t = where.get(i)
            if t is None or out[i].change or f.kind not in CHANGEABLE or t + 2 >= len(s.low):
                continue
            if s.low[t + 1] == "to" and s.low[t + 2] == _FIG:
                nxt = out[s.fig[t + 2]]
                if nxt.role == "to" and nxt.change and not _compound(s, t) and (f.kind != "duration" or nxt.kind == "duration"):
                    # not `doubled in five years to $4`: a span is no size of a money change
                    out[i] = replace(f, change=nxt.change, role="by")
    return out


__all__ = ["CHANGEABLE", "attach_changes", "words"]
