"""Which language a document is written in, when the caller does not say: py3langid, offline.

py3langid (a fork of langid.py; its naive Bayes model over byte n-grams ships inside the package)
scores the opening of the text, at most `SAMPLE` characters: enough for a sure call on news (one
sentence is, see docs/languages.md), and a fixed cost however long the document. A language
numfacts has no tables for (`LANGUAGES`) falls back to English, and so does a text with no letters
or too few to tell (`MARGIN`).

A clear case is settled first, without the model: a sample full of one language's function words
(`lang/<lang>/detect.json`, words of that language only) and nearly none of another's. Only the
rest goes to py3langid, whose model is loaded once per process, on the first such call (about a
second), and never changed after: a read-only cache, not state.

>>> detect_language("Más de 400.000 personas huyeron el domingo, según la ONU.")
'es'
>>> detect_language("Plus de 400 000 personnes ont fui dimanche, selon l'ONU.")
'fr'
>>> detect_language("Mehr als 400.000 Menschen sind am Sonntag geflohen, sagte die UN.")
'de'
>>> detect_language("Over 400,000 people fled on Sunday, the UN said."), detect_language("12 345")
('en', 'en')
"""

from __future__ import annotations

import re
from functools import cache

from .._regex import trie
from . import LANGUAGES, table

#: How many characters of a document are scored (its opening; cut at a space).
SAMPLE = 600

#: A text with fewer letters than this is too short for the model (`Over 400 fled.`): one language's
#: function words decide it, and without them it is read as `FALLBACK`.
SHORT = 40

#: How much likelier (natural log) the model's first language must be than its second; below it the
#: text says too little (a few words) and the fallback serves.
MARGIN = 3.0

#: The same for a text shorter than `SHORT` with no function word to settle it (`La huelga empezó
#: hace tres semanas.`): the model decides only when it is this sure.
SHORT_MARGIN = 5.0

#: Fewer letters than this (`12 dead`) are too few even for that: the fallback serves, and the model
#: is not loaded.
TINY = 15

#: The language of a text that gives no evidence, or of a language numfacts cannot read.
FALLBACK = "en"


@cache
def _function_words() -> dict[str, str]:
    """word -> language, from each language's `detect.json` (words of one language only)."""
    return {w: lang for lang in sorted(LANGUAGES) for w in table(lang, "detect")["function_words"]}


#: A word, not part of a hyphenated compound: the `al` of `al-Qaeda` or `Al-Sabah` is a name's
#: article, not Spanish `al`, and the words of `peut-être` or `Nord-Süd` are no function words;
#: nor is a word glued to a slash: the `ha` (hectares) of `4.5 t/ha` is a unit, not Spanish `ha`.
_TOKEN = re.compile(r"(?<![\w/-])[^\W\d_]+(?![\w/-])")


@cache
def _function_word_scan() -> re.Pattern[str]:
    """The tokens of `_TOKEN` that are function words, found by one scan: a word of letters only
    (no other is ever a token), standing alone as a token does."""
    words = sorted(w for w in _function_words() if re.fullmatch(r"[^\W\d_]+", w))
    return re.compile(r"(?<![\w/-])(?:" + trie(words) + r")(?![\w/-])")


@cache
def _before_figures() -> dict[str, str]:
    """word -> language whose newsroom abbreviation it is right before a figure (`detect.json`'s
    `before_figures`): `vs est 4.97` is English `estimate`, not French `est`."""
    return {w: lang for lang in sorted(LANGUAGES) for w in table(lang, "detect").get("before_figures", ())}


#: What follows a word that stands right before a figure: spaces, a currency sign, a sign, a digit.
_FIGURE_AFTER = re.compile(r"[ \t]*[$€£¥]?[ \t]*[-+]?\d")


def _clear_case(sample: str) -> str | None:
    """The language whose function words the sample is full of, when no other's come near: at least
    4 hits and 4 times the runner-up's (`the`, `of`, `said` ... against `el`, `der`, `qui` ...). A word
    of `_before_figures` right before a figure counts for the language whose abbreviation it is.

    >>> _clear_case("Adobe Q1 adj EPS 5.08 vs est 4.97; rev 5.71 bln vs est 5.66 bln")
    'en'
    """
    words = _function_words()
    before = _before_figures()
    hits: dict[str, int] = {}
    low = sample.lower()
    for m in _function_word_scan().finditer(low):  # `_TOKEN`'s tokens that are in `words`
        w = m.group()
        lang = before[w] if w in before and _FIGURE_AFTER.match(low, m.end()) else words[w]
        hits[lang] = hits.get(lang, 0) + 1
    ranked = sorted(hits.values(), reverse=True) + [0, 0]
    if ranked[0] >= 4 and ranked[0] >= 4 * ranked[1]:
        return max(hits, key=hits.__getitem__)
    letters = sum(c.isalpha() for c in sample)
    if letters < SHORT and ranked[0] and not ranked[1]:  # a few words: their function words
        return max(hits, key=hits.__getitem__)
    if letters < TINY:
        return FALLBACK
    return None


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # imported on first use: ~1 s of loading

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def detect_language(text: str) -> str:
    """The language of `text` among `LANGUAGES`; `FALLBACK` for another language or no letters."""
    sample = text[: SAMPLE + 40]
    if len(sample) > SAMPLE:
        cut = sample.rfind(" ", SAMPLE // 2)
        sample = sample[:cut] if cut > 0 else sample[:SAMPLE]
    if not any(c.isalpha() for c in sample):
        return FALLBACK
    clear = _clear_case(sample)
    if clear:
        return clear
    (lang, best), (_, second) = _identifier().rank(sample)[:2]
    short = sum(c.isalpha() for c in sample) < SHORT
    if best - second < (SHORT_MARGIN if short else MARGIN):  # `Sales rose 5%.`: too few letters to tell French from Spanish
        return FALLBACK
    return lang if lang in LANGUAGES else FALLBACK


__all__ = ["FALLBACK", "SAMPLE", "detect_language"]
