"""Attribution: who a figure comes from, when its sentence or its quotation says so.

Forms read: `according to X`, `as reported by X`, `X said`, `said X`, `X told ...`, `X announced`,
`says Moscow`, and quotations whose speaker is named before or after the quote (a quote may run
over several sentences).

Convention (the gold data's, `data/gold/README-attribution.md`): the source as the text names it,
without a leading article, and for a person the name without titles or roles:
`Russian Defense Ministry spokesperson Major General Igor Konashenkov` -> `Igor Konashenkov`,
`the Syrian Observatory for Human Rights` -> `Syrian Observatory for Human Rights`. A pronoun
(`he said`) is not resolved: the attribution stays None.

The words (speech verbs, cue phrases, titles, function words) are those of the document's
language, from `lang/<lang>/attribution.json`: `según X`, `X a déclaré`, `laut X`, `sagte X`.

>>> text = 'Over 10,000 fled, the Syrian Observatory for Human Rights said.'
>>> attributions(text, [(0, len(text))], [Found(0, 11, "count", 10000.0)])
['Syrian Observatory for Human Rights']
>>> text = 'Más de 10.000 personas huyeron, según el Observatorio Sirio de Derechos Humanos.'
>>> attributions(text, [(0, len(text))], [Found(0, 13, "count", 10000.0)], "es")
['Observatorio Sirio de Derechos Humanos']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from ._regex import caseless, trie
from .lang import table
from .mention import Found

_SP = "[ \u00a0]+"
#: Characters that end a subject phrase read backwards from its verb (quotes of every language).
_BOUNDARY_CHARS = ",;:()“”\"\n«»„"


def _alternation(words: list[str]) -> str:
    """Words and phrases as one alternation: single words as a prefix tree, phrases spelt out."""
    phrases = sorted((w for w in words if " " in w), key=len, reverse=True)
    parts = [_SP.join(re.escape(x) for x in ph.split()) for ph in phrases]
    singles = [w for w in words if " " not in w]
    if singles:
        parts.append(trie(singles))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _first_letters(*lists: list[str]) -> str:
    """A class body holding the first character of every word of `lists`, in both cases (what
    `caseless` makes of it), for a look-ahead that fails at once where no cue word starts.

    >>> _first_letters(["said", "Été"], ["according to"])
    'ASasÉé'
    """
    return re.escape("".join(sorted({c for words in lists for w in words for c in (w[0], w[0].swapcase())})))


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The attribution words of one language (`lang/<lang>/attribution.json`) and the regexes built from them."""

    cue: re.Pattern[str]
    quote: re.Pattern[str]
    after_quote: re.Pattern[str]
    before_quote: re.Pattern[str]
    forward_end: re.Pattern[str]
    source_of: re.Pattern[str]
    told: frozenset[str]
    adjective_verbs: tuple[str, ...]
    passive: frozenset[str]
    adverbs: frozenset[str]
    estimate_by: frozenset[str]
    by_word: str
    of_words: frozenset[str]
    boundary_words: frozenset[str]
    aux: frozenset[str]
    openers: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    particles: frozenset[str]
    titles: frozenset[str]
    generic: frozenset[str]
    name_and: str  # `and` inside a name: `Department of Health and Human Services`
    capitalised_titles: bool  # False: inside a phrase a capitalised word is a name (`Bruno Le Maire`), not `maire`
    lower_ends_source: bool  # a lower-case word (a verb) ends a source read forward (German: nouns are capitalised)
    subject_after: frozenset[str]  # articles after a verb that open its inverted subject (verb second)


@cache
def _grammar(lang: str = "en") -> _Grammar:
    t = table(lang, "attribution")
    verbs = _alternation(list(t["verbs"]))
    opening, closing = (re.escape(x) for x in t["quotes"])
    first = _first_letters(t["verbs"], t["according"], t["by"])
    # a word start (`\b` before a word character is `(?<!\w)`, and tested before the look-ahead, faster), then
    # a cue's first letter: most positions fail here
    start = r"\b(?=[" + first + "])" if re.fullmatch(r"\w+", re.sub(r"\\(.)", r"\1", first)) else rf"(?=[{first}])(?<![\w])"
    cue = re.compile(caseless(rf"""
        {start}
        (?:
            (?P<acc>{_alternation(list(t["according"]))})   # according to X, según X, laut X
          | (?P<by>{_alternation(list(t["by"]))})           # as reported by X
          | (?P<verb>{verbs})                               # X said / said X
        )(?!\w)
        """))  # case spelt out and the verbs as a prefix tree: the engine skips most positions at once
    quote = re.compile(rf"[{opening}](?P<q>[^{opening}{closing}\n]{{1,3000}})[{closing}]")  # never over a line break
    after_quote = re.compile(rf"""
        [ \u00a0]*,?[ \u00a0]*                              # optional comma
        (?:
            (?P<verb>{verbs})(?!\w)                         # said X
          | (?P<subj>[^,.;:!?{opening}{closing}\n]{{1,120}}?)  # X (no punctuation) ...
            [ \u00a0]+(?:{verbs})(?!\w)                     # ... said
        )
        """, re.VERBOSE)
    before_quote = re.compile(rf"""
        (?<!\w)(?P<verb>{verbs})(?!\w)                      # the speech verb
        [^,.;:!?{opening}{closing}\n]{{0,40}}               # `reporters`, `NBC that`
        [,:]?[ \u00a0]*$                                    # comma or colon just before the quote
        """, re.VERBOSE)
    forward_end = re.compile(rf"""
        [,.;:!?{opening}{closing}()\[\]\n]                  # punctuation ends it
        | [ \u00a0](?={_alternation(list(t["forward_end"]))}(?!\w))  # a function word starts the rest
        """, re.VERBOSE)
    source_of = re.compile(rf"(?<!\w)(?:{'|'.join(t['source_nouns'])})[ \u00a0]+(?:{'|'.join(t['source_of'])})[ \u00a0]+(?P<x>.+)$")
    sets = {f: frozenset(t[f]) for f in ("told", "passive", "adverbs", "estimate_by", "of_words", "boundary_words",
                                          "aux", "openers", "determiners", "pronouns", "particles", "titles", "generic",
                                          "subject_after")}
    return _Grammar(cue=cue, quote=quote, after_quote=after_quote, before_quote=before_quote, forward_end=forward_end,
                    source_of=source_of, name_and=t["name_and"], lower_ends_source=bool(t["lower_ends_source"]),
                    capitalised_titles=bool(t["capitalised_titles"]), adjective_verbs=tuple(t["adjective_verbs"]), by_word=t["by_word"], **sets)


@dataclass(frozen=True, slots=True)
class _Cue:
    """A speech cue of a sentence: where its verb stands and whom it names (None: a pronoun, nobody)."""

    at: int
    who: str | None


def _words(phrase: str) -> list[str]:
    return phrase.replace("\u00a0", " ").split()


def _is_cap(word: str) -> bool:
    if word[1:2] in ("'", "’"):
        word = word[2:]  # l'Économie, d'Italia
    return word[:1].isupper() or word[:1].isdigit()


def person_name(phrase: str, lang: str = "en") -> str:
    """The name after the last title or role word, when a name follows it; else the phrase.

    >>> person_name("Russian Defense Ministry spokesperson Major General Igor Konashenkov")
    'Igor Konashenkov'
    >>> person_name("UN Special Envoy for Syria Staffan de Mistura")
    'Staffan de Mistura'
    >>> person_name("Mr Thomson"), person_name("East Timorese Prime Minister"), person_name("Reuters")
    ('Thomson', 'East Timorese Prime Minister', 'Reuters')
    """
    g = _grammar(lang)
    words = _words(phrase)
    last = max((i for i, w in enumerate(words) if w.lower().strip(",") in g.titles
                and (g.capitalised_titles or not i or not w[:1].isupper() or len(w.strip(",")) <= 4)), default=-1)
    if last < 0:
        return phrase
    tail = words[last + 1 :]
    if len(tail) >= 3 and tail[0] in g.of_words and _is_cap(tail[1]):
        tail = tail[2:]  # Envoy for Syria Staffan de Mistura
    if tail and _is_cap(tail[0]) and all(_is_cap(w) or w in g.particles for w in tail):
        return " ".join(tail)
    return phrase


def clean_source(phrase: str, lang: str = "en") -> str | None:
    """A speaker phrase as the attribution: no article, no auxiliary, no title; None for a pronoun.

    >>> clean_source("The so-called Syrian Observatory for Human Rights")
    'Syrian Observatory for Human Rights'
    >>> clean_source("The Iraqi Government has"), clean_source("he"), clean_source("It is")
    ('Iraqi Government', None, None)
    >>> clean_source("a report from Sky News from aerial observation")
    'Sky News'
    """
    g = _grammar(lang)
    words = [w.strip("'’") if w in ("'", "’") else w for w in _words(phrase.strip(" ,.;:-–—"))]
    while words and words[-1].lower() in g.aux:
        words.pop()
    while words and (words[0].lower() in g.determiners or words[0].lower() in g.openers):
        words.pop(0)
    if words and "'" in words[0][:3] and words[0].split("'")[0].lower() + "'" in g.determiners:
        words[0] = words[0].split("'", 1)[1]  # l'Insee -> Insee
    if not words or (len(words) == 1 and words[0].lower() in g.pronouns) or words[0].lower() in g.pronouns:
        return None
    if any(w[:1].isdigit() for w in words[:2]):
        return None  # `42% said ...`: the figure is the subject, not a source
    text = " ".join(words)
    m = g.source_of.search(text)
    if m:
        caps: list[str] = []
        for w in _words(m.group("x")):
            if not (_is_cap(w) or (caps and w in g.particles)):
                break
            caps.append(w)
        if caps:
            return " ".join(caps).rstrip(" ,.")
    if len(words) > 1 and words[-1] in g.generic and any(_is_cap(w) for w in words[:-1]):
        words.pop()  # the Commerce Department figures -> Commerce Department (not: Office for National Statistics)
    if not any(_is_cap(w) for w in words) and len(words) > 3:
        return None  # a long lower-case clause, not a source
    return person_name(" ".join(words), lang)


def _name_goes_on(before: list[str], after: str, g: _Grammar) -> bool:
    """`and` between `before` and `after` joins one organisation's name, not two phrases: a capitalised
    word follows, and the name before it has a lower-case `of` or `for` between capitalised words
    (`Centers for Disease Control and Prevention`, `Department of Health and Human Services`)."""
    if not (after[:1].isupper() and before and _is_cap(before[-1])):
        return False
    for k in range(len(before) - 1, 0, -1):
        w = before[k]
        if not (_is_cap(w) or w in g.particles):
            return False
        if w in g.of_words and _is_cap(before[k - 1]):
            return True
    return False


def _forward(sentence: str, i: int, lang: str = "en") -> str | None:
    """The source phrase starting at `i` (after `said`, `according to`)."""
    g = _grammar(lang)
    rest = sentence[i : i + 200]
    m = g.forward_end.search(rest)
    and_ = g.name_and + " "
    while m and rest.startswith(and_, m.start() + 1) and _name_goes_on(_words(rest[: m.start()]), rest[m.start() + 1 + len(and_) :], g):
        m = g.forward_end.search(rest, m.start() + 1 + len(and_))  # the Centers for Disease Control and Prevention
    phrase = rest[: m.start()] if m else rest
    words = _words(phrase)
    if g.lower_ends_source:  # Laut dem Statistischen Bundesamt stieg ...: the verb ends the source
        cut = next((k for k, w in enumerate(words) if k and w[:1].islower() and w not in g.particles
                    and w.lower() not in g.determiners), len(words))
        words = words[:cut]
    if len(words) > 1 and " ".join(words[:2]).lower() in g.estimate_by and g.by_word in words[:4]:
        words = words[words.index(g.by_word) + 1 :]  # according to an estimate by X
    who = clean_source(" ".join(words), lang) if words else None
    # said Afghanistan's Public Health Minister, Sayed Mohammad Amin Fatemi.
    if who and m and rest[m.start()] == "," and person_name(who, lang) == who and _has_title(who, lang):
        after = rest[m.end() :]
        m2 = re.match(r"[ \u00a0]*([A-Z][^,.;:!?“”\"()\n]{1,60})[.,]?", after)
        if m2 and all(_is_cap(w) or w in g.particles for w in _words(m2.group(1))):
            return m2.group(1).strip()
    return who


def _has_title(phrase: str, lang: str = "en") -> bool:
    return any(w.lower() in _grammar(lang).titles for w in _words(phrase))


def _is_appositive(phrase: str, lang: str = "en") -> bool:
    """A role set off by commas after a name: `the general manager of Movieplex`, `a BNP analyst`,
    `National's housing spokesman`.

    >>> _is_appositive(" the general manager of Movieplex"), _is_appositive(" Mahmoud Elkhafif")
    (True, False)
    """
    g = _grammar(lang)
    words = _words(phrase)
    if not words:
        return False
    if words[0].lower() in g.determiners and words[0].lower() not in g.pronouns:
        return True
    return any(w.lower() in g.titles for w in words) and not (_is_cap(words[-1]) and words[-1].lower() not in g.titles)


def _backward(sentence: str, v: int, lang: str = "en") -> str | None:
    """The subject phrase ending just before the verb at `v` (`X said`, `X has announced`)."""
    head = sentence[max(0, v - 200) : v].rstrip(" \u00a0,")
    cut = max(map(head.rfind, _BOUNDARY_CHARS))
    g = _grammar(lang)
    if cut > 0 and head[cut] == "," and _is_appositive(head[cut + 1 :], lang):
        # Robert Longhi, the general manager of Movieplex, said: the name before the role
        name = head[:cut].rstrip(" \u00a0")
        start = max(map(name.rfind, _BOUNDARY_CHARS)) + 1
        who = name[start:].strip()
        if who and all(_is_cap(w) or w in g.particles for w in _words(who)) and clean_source(who, lang):
            return clean_source(who, lang)
    head = head[cut + 1 :]
    words = _words(head)
    start = 0
    for k in range(len(words) - 1, -1, -1):
        if words[k] == g.name_and and k + 1 < len(words) and _name_goes_on(words[:k], words[k + 1], g):
            continue  # the Department of Health and Human Services
        if words[k] in g.boundary_words:  # lower-case only: `While` at the start is no boundary word
            start = k + 1
            break
    words = words[start:]
    if not words:
        return None
    return clean_source(" ".join(words), lang)


def _cues(sentence: str, lang: str = "en") -> list[_Cue]:
    """Every speech cue of one sentence, in order, with the source it names."""
    g = _grammar(lang)
    out = []
    for m in g.cue.finditer(sentence):
        if m.group("acc") or m.group("by"):
            out.append(_Cue(m.start(), _forward(sentence, m.end(), lang)))
            continue
        before = sentence[: m.start()].rstrip(" \u00a0")
        verb = m.group("verb").lower()
        if verb.startswith(g.adjective_verbs) and _last_word(before).lower() in g.determiners:
            continue  # an estimated range, the reported deaths: adjectives, not speech
        if _last_word(_strip_adverbs(before, g)).lower() in g.passive:
            continue  # the plan was said to ...: a passive names no source
        if verb in g.told and before.endswith(","):
            out.append(_Cue(m.start(), _backward(sentence, len(before) - 1, lang)))  # X, a minister, told Y
        elif before.endswith((",", "”", '"', "»", "“")) or not before:  # inversion: `..., said X`, `" said X`
            who = _forward(sentence, m.end(), lang)
            if who is None and before.endswith(","):
                who = _backward(sentence, len(before), lang)  # Robert Longhi, the manager, said that ...
            if who is None and not before:
                continue
            out.append(_Cue(m.start(), who))
        elif g.subject_after and _inverted(sentence, m, g):
            out.append(_Cue(m.start(), _forward(sentence, m.end(), lang)))  # Am Montag sagte der Minister
        else:
            out.append(_Cue(m.start(), _backward(sentence, m.start(), lang)))
    return out


def _inverted(sentence: str, m: re.Match[str], g: _Grammar) -> bool:
    """A verb-second clause whose subject follows the verb: an article after the verb, and none
    opening the words before it (`Am Montag sagte der Minister`, not `Der Minister sagte der Zeitung`)."""
    after = _words(sentence[m.end() : m.end() + 40])
    if not after or after[0].lower() not in g.subject_after:
        return False
    head = sentence[max(0, m.start() - 200) : m.start()]
    head = head[max(map(head.rfind, _BOUNDARY_CHARS)) + 1 :]
    words = _words(head)
    return not words or words[0].lower() not in g.determiners


def _strip_adverbs(text: str, g: _Grammar) -> str:
    """`The plan was also` -> `The plan was`: adverbs between the auxiliary and the verb go."""
    words = _words(text[-60:])
    while words and words[-1].lower() in g.adverbs:
        words.pop()
    return " ".join(words)


def _last_word(text: str) -> str:
    words = _words(text[-40:])
    return words[-1] if words else ""


def _pick(cues: list[_Cue], at: int) -> str | None:
    """The source for a figure at `at`: the nearest naming cue before it, else the nearest after it."""
    for c in reversed(cues):  # the last naming cue at or before it (no list of them built per figure)
        if c.at <= at and c.who:
            return c.who
    for c in cues:
        if c.at > at and c.who:
            return c.who
    return None


def quote_speakers(text: str, lang: str = "en", starts: list[int] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of each quotation whose speaker is named just after or before it;
    given `starts` (sorted offsets), only of the quotations one of them falls in (the rest cost a scan).

    >>> quote_speakers('"Over 2,124 left. Some 291 surrendered," said Major General Igor Konashenkov.')
    [(0, 40, 'Igor Konashenkov')]
    """
    g = _grammar(lang)
    out = []
    for q in g.quote.finditer(text):
        if starts is not None:
            i = bisect.bisect_left(starts, q.start())
            if i == len(starts) or starts[i] >= q.end():
                continue  # no fact inside: its speaker is never asked for
        who = None
        m = g.after_quote.match(text, q.end())
        if m and m.group("verb"):
            who = _forward(text, m.end(), lang)
        elif m:
            who = clean_source(m.group("subj"), lang)
        if who is None:
            line_start = text.rfind("\n", max(0, q.start() - 200), q.start()) + 1  # bounded: linear time
            head = text[max(line_start, q.start() - 200) : q.start()]
            mb = g.before_quote.search(head)
            if mb:
                who = _backward(head, mb.start(), lang)
        if who:
            out.append((q.start(), q.end(), who))
    return out


def attributions(text: str, spans: list[tuple[int, int]], found: list[Found], lang: str = "en") -> list[str | None]:
    """Who each figure comes from, when its sentence or the quotation it stands in says so."""
    quotes = quote_speakers(text, lang, sorted(f.start for f in found)) if found else []
    out: list[str | None] = []
    cues: dict[int, list[_Cue]] = {}
    starts = [s0 for s0, _ in spans]  # `sentence_index`, by the starts alone
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
        i = max(bisect.bisect_right(starts, f.start) - 1, 0)
        s0, s1 = spans[i]
        if i not in cues:
            cues[i] = _cues(text[s0:s1], lang)
        out.append(_pick(cues[i], f.start - s0))
    return expand_surnames(out, lang)


def expand_surnames(sources: list[str | None], lang: str = "en") -> list[str | None]:
    """A bare surname becomes the full name the same document gives elsewhere.

    >>> expand_surnames(["Igor Konashenkov", "Konashenkov", None, "Moscow"])
    ['Igor Konashenkov', 'Igor Konashenkov', None, 'Moscow']
    """
    full: dict[str, str] = {}
    for s in sources:
        words = _words(s) if s else []
        if 2 <= len(words) <= 5 and all(_is_cap(w) or w in _grammar(lang).particles for w in words) and _is_cap(words[-1]):
            full.setdefault(words[-1], s)  # type: ignore[arg-type]
    return [full.get(s, s) if s and " " not in s else s for s in sources]


__all__ = ["attributions", "clean_source", "expand_surnames", "person_name", "quote_speakers"]
