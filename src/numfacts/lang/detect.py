"""Which language a document is written in, when the caller does not say: py3langid, offline.

py3langid (a fork of langid.py; its naive Bayes model over byte n-grams ships inside the package)
scores the opening of the text, at most `SAMPLE` characters: enough for a sure call on news (one
sentence is, see docs/languages.md), and a fixed cost however long the document. A language
numfacts has no tables for (`LANGUAGES`) falls back to English, and so does a text with no letters.

The model is loaded once per process, on the first call (about a second), and never changed after:
a read-only cache, not state.

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

from functools import cache

from . import LANGUAGES

#: How many characters of a document are scored (its opening; cut at a space).
SAMPLE = 600

#: The language of a text that gives no evidence, or of a language numfacts cannot read.
FALLBACK = "en"


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
    lang, _ = _identifier().classify(sample)
    return lang if lang in LANGUAGES else FALLBACK


__all__ = ["FALLBACK", "SAMPLE", "detect_language"]
