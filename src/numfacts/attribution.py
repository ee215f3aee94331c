"""Attribution: who a figure comes from, when its sentence or its quotation says so.

Forms read: `according to X`, `X said`, `said X`, `X told ...`, `X announced`, `says Moscow`,
and quotations whose speaker is named before or after the quote (a quote may run over several
sentences).

>>> text = 'Over 10,000 fled, the Syrian Observatory for Human Rights said.'
>>> attributions(text, [(0, len(text))], [Found(0, 11, "count", 10000.0)])
['Syrian Observatory for Human Rights']
"""

from __future__ import annotations

import re

from .mention import Found
from .sentences import sentence_index

_SPEECH_VERBS = (
    r"said|says|say|told|tells|announced|announces|reported|reports|estimated|estimates|claimed|claims"
    r"|stated|states|added|adds|noted|notes|confirmed|confirms|explained|according"
)
_NAME = r"(?:[A-Z][\w.'’-]*|of|the|for|and|de|al-|bin|von|van|del|la|le)(?:[ \u00a0]+(?:[A-Z][\w.'’-]*|of|the|for|and|on|de|al-|bin|von|van|del|la|le))*"
_ACCORDING = re.compile(rf"according[ \u00a0]+to[ \u00a0]+(?:an?[ \u00a0]+\w+[ \u00a0]+by[ \u00a0]+)?(?P<who>(?:the[ \u00a0]+)?{_NAME})")
_SAID_BY = re.compile(rf"(?:{_SPEECH_VERBS})[ \u00a0]+(?P<who>(?:the[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?{_NAME})")
_BY_SAID = re.compile(rf"(?P<who>(?:[Tt]he[ \u00a0]+)?{_NAME})[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?(?:{_SPEECH_VERBS})\b")
_QUOTE = re.compile(r"[“\"](?P<q>[^“”\"]{1,3000}?)[”\"]")


def _clean_who(who: str) -> str | None:
    who = re.sub(r"^(?:the|The)[ \u00a0]+", "", who.strip(" ,.;:"))
    who = re.sub(r"[ \u00a0]+(?:of|the|for|and|on|de|al-|bin|von|van|del|la|le)$", "", who)
    if not who or who.lower() in ("he", "she", "it", "they", "we", "i", "this", "that", "there", "on", "in"):
        return None
    if who.split()[0] in ("On", "In", "At", "But", "And", "Following", "Since", "After", "Before", "Earlier"):
        return None
    return who


def _speaker_of(sentence: str) -> str | None:
    for rx in (_ACCORDING, _SAID_BY, _BY_SAID):
        for m in rx.finditer(sentence):
            who = _clean_who(m.group("who"))
            if who and who[0].isupper():
                return who
    return None


def attributions(text: str, spans: list[tuple[int, int]], found: list[Found]) -> list[str | None]:
    """Who each figure comes from, when its sentence or the quotation it stands in says so."""
    quotes = []
    for q in _QUOTE.finditer(text):
        tail = text[q.end() : q.end() + 160]
        head = text[max(0, q.start() - 160) : q.start()]
        who = None
        m = re.match(rf"[ \u00a0,]*(?:{_SPEECH_VERBS})[ \u00a0]+(?P<who>(?:[a-z]+[ \u00a0]+)?{_NAME})", tail)
        m2 = re.match(rf"[ \u00a0,]*(?P<who>{_NAME})[ \u00a0]+(?:{_SPEECH_VERBS})\b", tail)
        m3 = re.search(rf"(?P<who>{_NAME})[ \u00a0]+(?:{_SPEECH_VERBS})[ \u00a0,:]*$", head)
        for mm in (m, m2, m3):
            if mm:
                who = _clean_who(mm.group("who"))
                if who:
                    break
        if who:
            quotes.append((q.start(), q.end(), who))
    out: list[str | None] = []
    cache: dict[int, str | None] = {}
    for f in found:
        who = next((w for a, b, w in quotes if a <= f.start < b), None)
        if who is None and spans:
            i = sentence_index(spans, f.start)
            if i not in cache:
                s0, s1 = spans[i]
                cache[i] = _speaker_of(text[s0:s1])
            who = cache[i]
        out.append(who)
    return out
