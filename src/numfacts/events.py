"""The event a figure reports: the verb or noun that governs it (`killed 14 people`, `14 were killed`,
`$12 million in damage`), as the whole word of `lang/<lang>/events.json`.

`event_of(sentence, start, end, neighbours)` looks in the figure's own clause: first the event word
right before it (`killed 14`, `and injured 46 others`: within 25 characters, with no comma,
semicolon or conjunction such as `and`, `or`, `after` between), then the first after it (`14 people were killed`, `$12 million in damage`),
never past another figure, a comma or a semicolon. Both sides stop at other figures, so in
`killed 14 people, including three children, and injured 46 others` 14 is `killed` and 46 is
`injured`; a part joined by `including` (three children) takes its whole's event.

>>> s = "The blast killed 14 people, including three children, and injured 46 others."
>>> [event_of(s, s.index(x), s.index(x) + len(x), [s.index(y) for y in ("14", "three", "46") if y != x])
...  for x in ("14", "three", "46")]
['killed', 'killed', 'injured']
>>> s = "Some 30 people were wounded and $12 million in damage was caused."
>>> event_of(s, s.index("30"), s.index("30") + 2, [s.index("$12")]), event_of(s, s.index("$12"), s.index("$12") + 12, [s.index("30")])
('injured', 'damage')
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang import table

_PART = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\W*(?:\w+\s+){0,2}$", re.I)
#: Words that may stand between a governing verb and its figure: `killed at least 14`, `injured some 46 others`.
_GAP_BEFORE = 25


@lru_cache(maxsize=8)
def _events(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    words = {}
    for shown, forms in table(lang, "events")["events"].items():
        for form in forms:
            words[form.lower()] = shown
    alts = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) + r")\b", re.I), words


def event_of(sentence: str, start: int, end: int, others: list[int] | tuple[int, ...] = (), *, lang: str = "en",
             _depth: int = 0) -> str:
    """The event word governing the figure at sentence[start:end] ('' when none); `others`: where the
    sentence's other figures start (offsets in `sentence`)."""
    pattern, words = _events(lang)
    before_limit = max([o for o in others if o < start] + [0])
    after_limit = min([o for o in others if o >= end] + [len(sentence)])
    before = sentence[max(before_limit, start - _GAP_BEFORE):start]
    before = re.split(r"[,;:]|\b(?:and|or|but|while|as|after|when)\b", before)[-1]
    hits = list(pattern.finditer(before))
    if hits:
        return words[re.sub(r"\s+", " ", hits[-1].group().lower())]
    after = re.split(r"[,;:]", sentence[end:after_limit])[0]
    hit = pattern.search(after)
    if hit:
        return words[re.sub(r"\s+", " ", hit.group().lower())]
    whole = [o for o in others if o < start]
    if whole and _depth == 0 and _PART.search(sentence[:start]):
        w = max(whole)
        return event_of(sentence, w, w + 1, [o for o in others if o != w] + [start], lang=lang, _depth=1)
    return ""


__all__ = ["event_of"]
