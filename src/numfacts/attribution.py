"""Attribution: who a figure comes from, when its sentence or its quotation says so.

Forms read: `according to X`, `as reported by X`, `X said`, `said X`, `X told ...`, `X announced`,
`says Moscow`, and quotations whose speaker is named before or after the quote (a quote may run
over several sentences).

Convention (the gold data's, `data/gold/README-attribution.md`): the source as the text names it,
without a leading article, and for a person the name without titles or roles:
`Russian Defense Ministry spokesperson Major General Igor Konashenkov` -> `Igor Konashenkov`,
`the Syrian Observatory for Human Rights` -> `Syrian Observatory for Human Rights`. A pronoun
(`he said`) is not resolved: the attribution stays None.

>>> text = 'Over 10,000 fled, the Syrian Observatory for Human Rights said.'
>>> attributions(text, [(0, len(text))], [Found(0, 11, "count", 10000.0)])
['Syrian Observatory for Human Rights']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._regex import caseless, trie
from .mention import Found
from .sentences import sentence_index

_VERBS = (  # speech verbs, every tense we meet in news
    "said|says|say|told|tells|tell|announced|announces|announce|reported|reports|estimated|estimates"
    "|claimed|claims|stated|states|added|adds|noted|notes|confirmed|confirms|explained|explains"
    "|warned|warns|insisted|insists|revealed|reveals|wrote|writes|predicted|predicts"
)

#: A speech cue in a sentence: a speech verb, `according to`, or `(as) reported by`.
_CUE = re.compile(
    caseless(
        rf"""
    (?<![\w])(?:
        (?P<acc>according[ \u00a0]+to)                      # according to X
      | (?P<by>(?:reported|estimated|announced)[ \u00a0]+by)  # as reported by X
      | (?P<verb>{trie(_VERBS.split("|"))})                 # X said / said X
    )\b
    """
    )
)  # case spelt out and the verbs as a prefix tree: the engine skips most positions at once

#: A quotation: straight or curly marks, never over a line break (3,000 characters at most).
_QUOTE = re.compile(
    r"""
    [“"]                       # opening mark
    (?P<q>[^“”"\n]{1,3000})    # the quoted words: no mark, no line break inside
    [”"]                       # closing mark
    """,
    re.VERBOSE,
)

#: After a closing quote: `, said X` / `, X said` / `X added` (the speaker named after the quote).
_AFTER_QUOTE = re.compile(
    rf"""
    [ \u00a0]*,?[ \u00a0]*                          # optional comma
    (?:
        (?P<verb>{_VERBS})\b                        # said X
      | (?P<subj>[^,.;:!?“”"\n]{{1,120}}?)          # X (no punctuation) ...
        [ \u00a0]+(?:{_VERBS})\b                    # ... said
    )
    """,
    re.VERBOSE,
)

#: Before an opening quote: `X said, "` / `X told reporters: "`.
_BEFORE_QUOTE = re.compile(
    rf"""
    \b(?P<verb>{_VERBS})\b       # the speech verb
    [^,.;:!?“”"\n]{{0,40}}       # `reporters`, `NBC that`
    [,:]?[ \u00a0]*$             # comma or colon just before the quote
    """,
    re.VERBOSE,
)

#: Where a forward phrase (`said X`, `according to X`) ends: punctuation or a function word.
_FORWARD_END = re.compile(
    r"""
    [,.;:!?“”"()\[\]\n]                           # punctuation ends it
    | [ \u00a0](?=(?:on|in|at|from|which|who|that|with|as|during|after|before|when|while
                  |today|yesterday|tonight|last|this|and|to|in|into|about|because|if|but
                  |earlier|later|recently|on)\b)  # a function word starts the rest
    """,
    re.VERBOSE,
)

_BOUNDARY_CHARS = ",;:()“”\"\n"
_BOUNDARY_WORDS = frozenset(
    ["that", "while", "but", "and", "when", "which", "who", "whom", "where", "because", "if", "after", "before", "since", "as", "so", "then", "although", "though", "whereas", "whether", "how", "what"]
)
_AUX = frozenset(
    ["has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "later", "previously", "earlier", "reportedly", "further", "then", "would", "will", "may", "might", "could", "should", "can", "officially", "publicly", "first", "once", "again", "still", "already", "not", "never", "today", "yesterday", "tonight", "recently", "now"]
)
#: Adverbs that may open a clause before its subject: `Recently Venezuela announced`.
_OPENERS = frozenset(["recently", "earlier", "later", "meanwhile", "however", "also", "yesterday", "today", "now", "then", "still"])
_DETERMINERS = frozenset(["the", "a", "an", "so-called", "this", "these", "those", "its", "their", "his", "her", "our"])
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "who", "which", "one", "someone"])
_PARTICLES = frozenset(["of", "for", "the", "de", "del", "la", "le", "von", "van", "bin", "al", "al-", "and", "da", "di", "du", "y"])
_TITLES = frozenset(
    ["president", "minister", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "general", "major", "colonel", "captain", "lieutenant", "commander", "senator", "sen.", "rep.", "representative", "governor", "mayor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "professor", "prof.", "ceo", "cfo", "chairman", "chairwoman", "chair", "director", "manager", "secretary", "envoy", "ambassador", "premier", "chancellor", "king", "queen", "prince", "princess", "judge", "justice", "chief", "officer", "analyst", "inspector", "sergeant", "admiral", "deputy", "head", "leader", "coordinator", "counsel", "superintendent", "sheriff", "pope", "cardinal", "bishop", "rabbi", "imam", "sheikh", "ayatollah", "coach", "executive", "founder", "president-elect", "vice-president", "spokesperson,", "economist", "researcher", "scientist", "official", "lawyer", "attorney", "aide", "adviser", "advisor", "sir", "dame", "lord", "lady", "baroness", "baron", "rev.", "reverend", "father", "sister", "brother"]
)
_GENERIC = frozenset(["figures", "data", "statistics", "estimates", "estimate", "report", "reports", "survey", "count", "tally"])
_SOURCE_OF = re.compile(r"\b(?:reports?|statement|estimates?|figures|data)[ \u00a0]+(?:from|by|of)[ \u00a0]+(?P<x>.+)$")


@dataclass(frozen=True, slots=True)
class _Cue:
    """A speech cue of a sentence: where its verb stands and whom it names (None: a pronoun, nobody)."""

    at: int
    who: str | None


def _words(phrase: str) -> list[str]:
    return phrase.replace("\u00a0", " ").split()


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def person_name(phrase: str) -> str:
    """The name after the last title or role word, when a name follows it; else the phrase.

    >>> person_name("Russian Defense Ministry spokesperson Major General Igor Konashenkov")
    'Igor Konashenkov'
    >>> person_name("UN Special Envoy for Syria Staffan de Mistura")
    'Staffan de Mistura'
    >>> person_name("Mr Thomson"), person_name("East Timorese Prime Minister"), person_name("Reuters")
    ('Thomson', 'East Timorese Prime Minister', 'Reuters')
    """
    words = _words(phrase)
    last = max((i for i, w in enumerate(words) if w.lower().strip(",") in _TITLES), default=-1)
    if last < 0:
        return phrase
    tail = words[last + 1 :]
    if len(tail) >= 3 and tail[0] in ("for", "of") and _is_cap(tail[1]):
        tail = tail[2:]  # Envoy for Syria Staffan de Mistura
    if tail and _is_cap(tail[0]) and all(_is_cap(w) or w in _PARTICLES for w in tail):
        return " ".join(tail)
    return phrase


def clean_source(phrase: str) -> str | None:
    """A speaker phrase as the attribution: no article, no auxiliary, no title; None for a pronoun.

    >>> clean_source("The so-called Syrian Observatory for Human Rights")
    'Syrian Observatory for Human Rights'
    >>> clean_source("The Iraqi Government has"), clean_source("he"), clean_source("It is")
    ('Iraqi Government', None, None)
    >>> clean_source("a report from Sky News from aerial observation")
    'Sky News'
    """
    words = [w.strip("'’") if w in ("'", "’") else w for w in _words(phrase.strip(" ,.;:-–—"))]
    while words and words[-1].lower() in _AUX:
        words.pop()
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() in _OPENERS):
        words.pop(0)
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS) or words[0].lower() in _PRONOUNS:
        return None
    if any(w[:1].isdigit() for w in words[:2]):
        return None  # `42% said ...`: the figure is the subject, not a source
    text = " ".join(words)
    m = _SOURCE_OF.search(text)
    if m:
        caps: list[str] = []
        for w in _words(m.group("x")):
            if not (_is_cap(w) or (caps and w in _PARTICLES)):
                break
            caps.append(w)
        if caps:
            return " ".join(caps).rstrip(" ,.")
    if len(words) > 1 and words[-1] in _GENERIC and any(_is_cap(w) for w in words[:-1]):
        words.pop()  # the Commerce Department figures -> Commerce Department (not: Office for National Statistics)
    if not any(_is_cap(w) for w in words) and len(words) > 3:
        return None  # a long lower-case clause, not a source
    return person_name(" ".join(words))


def _name_goes_on(before: list[str], after: str) -> bool:
    """`and` between `before` and `after` joins one organisation's name, not two phrases: a capitalised
    word follows, and the name before it has a lower-case `of` or `for` between capitalised words
    (`Centers for Disease Control and Prevention`, `Department of Health and Human Services`)."""
    if not (after[:1].isupper() and before and _is_cap(before[-1])):
        return False
    for k in range(len(before) - 1, 0, -1):
        w = before[k]
        if not (_is_cap(w) or w in _PARTICLES):
            return False
        if w in ("of", "for") and _is_cap(before[k - 1]):
            return True
    return False


def _forward(sentence: str, i: int) -> str | None:
    """The source phrase starting at `i` (after `said`, `according to`)."""
    rest = sentence[i : i + 200]
    m = _FORWARD_END.search(rest)
    while m and rest.startswith("and ", m.start() + 1) and _name_goes_on(_words(rest[: m.start()]), rest[m.start() + 5 :]):
        m = _FORWARD_END.search(rest, m.start() + 5)  # the Centers for Disease Control and Prevention
    phrase = rest[: m.start()] if m else rest
    words = _words(phrase)
    if len(words) > 1 and " ".join(words[:2]).lower() in ("an estimate", "a report", "an analysis", "a statement",
                                                           "a survey", "a study") and "by" in words[:4]:
        words = words[words.index("by") + 1 :]  # according to an estimate by X
    who = clean_source(" ".join(words)) if words else None
    # said Afghanistan's Public Health Minister, Sayed Mohammad Amin Fatemi.
    if who and m and rest[m.start()] == "," and person_name(who) == who and _has_title(who):
        after = rest[m.end() :]
        m2 = re.match(r"[ \u00a0]*([A-Z][^,.;:!?“”\"()\n]{1,60})[.,]?", after)
        if m2 and all(_is_cap(w) or w in _PARTICLES for w in _words(m2.group(1))):
            return m2.group(1).strip()
    return who


def _has_title(phrase: str) -> bool:
    return any(w.lower() in _TITLES for w in _words(phrase))


def _is_appositive(phrase: str) -> bool:
    """A role set off by commas after a name: `the general manager of Movieplex`, `a BNP analyst`,
    `National's housing spokesman`.

    >>> _is_appositive(" the general manager of Movieplex"), _is_appositive(" Mahmoud Elkhafif")
    (True, False)
    """
    words = _words(phrase)
    if not words:
        return False
    if words[0].lower() in ("a", "an", "the"):
        return True
    return any(w.lower() in _TITLES for w in words) and not (_is_cap(words[-1]) and words[-1].lower() not in _TITLES)


def _backward(sentence: str, v: int) -> str | None:
    """The subject phrase ending just before the verb at `v` (`X said`, `X has announced`)."""
    head = sentence[max(0, v - 200) : v].rstrip(" \u00a0,")
    cut = max(head.rfind(c) for c in _BOUNDARY_CHARS)
    if cut > 0 and head[cut] == "," and _is_appositive(head[cut + 1 :]):
        # Robert Longhi, the general manager of Movieplex, said: the name before the role
        name = head[:cut].rstrip(" \u00a0")
        start = max(name.rfind(c) for c in _BOUNDARY_CHARS) + 1
        who = name[start:].strip()
        if who and all(_is_cap(w) or w in _PARTICLES for w in _words(who)) and clean_source(who):
            return clean_source(who)
    head = head[cut + 1 :]
    words = _words(head)
    start = 0
    for k in range(len(words) - 1, -1, -1):
        if words[k] == "and" and k + 1 < len(words) and _name_goes_on(words[:k], words[k + 1]):
            continue  # the Department of Health and Human Services
        if words[k] in _BOUNDARY_WORDS:  # lower-case only: `While` at the start is no boundary word
            start = k + 1
            break
    words = words[start:]
    if not words:
        return None
    return clean_source(" ".join(words))


def _cues(sentence: str) -> list[_Cue]:
    """Every speech cue of one sentence, in order, with the source it names."""
    out = []
    for m in _CUE.finditer(sentence):
        if m.group("acc") or m.group("by"):
            out.append(_Cue(m.start(), _forward(sentence, m.end())))
            continue
        before = sentence[: m.start()].rstrip(" \u00a0")
        verb = m.group("verb").lower()
        if verb.startswith(("estimat", "report")) and _last_word(before).lower() in _DETERMINERS:
            continue  # an estimated range, the reported deaths: adjectives, not speech
        if _last_word(_strip_adverbs(before)).lower() in ("is", "was", "were", "are", "be", "been", "being"):
            continue  # the plan was said to ...: a passive names no source
        if verb in ("told", "tells", "tell") and before.endswith(","):
            out.append(_Cue(m.start(), _backward(sentence, len(before) - 1)))  # X, a minister, told Y
        elif before.endswith((",", "”", '"')) or not before:  # inversion: `..., said X`, `" said X`
            who = _forward(sentence, m.end())
            if who is None and before.endswith(","):
                who = _backward(sentence, len(before))  # Robert Longhi, the manager, said that ...
            if who is None and not before:
                continue
            out.append(_Cue(m.start(), who))
        else:
            out.append(_Cue(m.start(), _backward(sentence, m.start())))
    return out


def _strip_adverbs(text: str) -> str:
    """`The plan was also` -> `The plan was`: adverbs between the auxiliary and the verb go."""
    words = _words(text[-60:])
    while words and words[-1].lower() in ("also", "reportedly", "previously", "earlier", "later", "widely", "further"):
        words.pop()
    return " ".join(words)


def _last_word(text: str) -> str:
    words = _words(text[-40:])
    return words[-1] if words else ""


def _pick(cues: list[_Cue], at: int) -> str | None:
    """The source for a figure at `at`: the nearest naming cue before it, else the nearest after it."""
    before = [c for c in cues if c.at <= at and c.who]
    if before:
        return before[-1].who
    after = [c for c in cues if c.at > at and c.who]
    return after[0].who if after else None


def quote_speakers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of each quotation whose speaker is named just after or before it.

    >>> quote_speakers('"Over 2,124 left. Some 291 surrendered," said Major General Igor Konashenkov.')
    [(0, 40, 'Igor Konashenkov')]
    """
    out = []
    for q in _QUOTE.finditer(text):
        who = None
        m = _AFTER_QUOTE.match(text, q.end())
        if m and m.group("verb"):
            who = _forward(text, m.end())
        elif m:
            who = clean_source(m.group("subj"))
        if who is None:
            line_start = text.rfind("\n", max(0, q.start() - 200), q.start()) + 1  # bounded: linear time
            head = text[max(line_start, q.start() - 200) : q.start()]
            mb = _BEFORE_QUOTE.search(head)
            if mb:
                who = _backward(head, mb.start())
        if who:
            out.append((q.start(), q.end(), who))
    return out


def attributions(text: str, spans: list[tuple[int, int]], found: list[Found]) -> list[str | None]:
    """Who each figure comes from, when its sentence or the quotation it stands in says so."""
    quotes = quote_speakers(text)
    out: list[str | None] = []
    cues: dict[int, list[_Cue]] = {}
    qi = 0
    for f in found:  # found is in document order; so are the quotes
        while qi < len(quotes) and quotes[qi][1] <= f.start:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] <= f.start:
            out.append(quotes[qi][2])
            continue
        if not spans:
            out.append(None)
            continue
        i = sentence_index(spans, f.start)
        s0, s1 = spans[i]
        if i not in cues:
            cues[i] = _cues(text[s0:s1])
        out.append(_pick(cues[i], f.start - s0))
    return expand_surnames(out)


def expand_surnames(sources: list[str | None]) -> list[str | None]:
    """A bare surname becomes the full name the same document gives elsewhere.

    >>> expand_surnames(["Igor Konashenkov", "Konashenkov", None, "Moscow"])
    ['Igor Konashenkov', 'Igor Konashenkov', None, 'Moscow']
    """
    full: dict[str, str] = {}
    for s in sources:
        words = _words(s) if s else []
        if 2 <= len(words) <= 5 and all(_is_cap(w) or w in _PARTICLES for w in words) and _is_cap(words[-1]):
            full.setdefault(words[-1], s)  # type: ignore[arg-type]
    return [full.get(s, s) if s and " " not in s else s for s in sources]


__all__ = ["attributions", "clean_source", "expand_surnames", "person_name", "quote_speakers"]
