"""The pipeline, top to bottom, for one document.

0. settle the language                          (given, or detected: numfacts.lang.detect)
1. split sentences, keeping offsets             (sentences.py)
2. settle the reference date                    (temporal/: given, or inferred from the text)
3. find dates, times, durations and sets        (temporal/)
4. find counts, percentages, money, measures    (quantities/), skipping what step 3 claimed
   (3-4 for a language with tables only: numfacts.lang.finder, qualifiers and entities included)
5. attach qualifier and entity                  (context.py)
6. which way each figure moved: change and role (change.py), then who said it (attribution.py)
7. one frozen `Mention` per fact                (mention.py), turned into a table by table.py
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from . import attribution, change, context, quantities, sentences, temporal
from .errors import DocumentError
from .lang import LANGUAGES, finder
from .lang.detect import detect_language
from .mention import Found, Mention
from .numbers import tidy
from .refdate import read_date
from .triggers import candidate_starts


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for one run; every default is fixed, none depends on the machine."""

    day_first: bool = False  # 03/04/2016 is March 4 unless day_first
    lang: str | None = None  # the language of every document without its own; None: detect it


def resolve_language(text: str, lang: object, doc_id: str | None = None) -> str:
    """The language a document is read in: `lang` when given (a code of `LANGUAGES`), else detected.

    >>> resolve_language("Over 400,000 fled.", "fr"), resolve_language("Über 400.000 sind geflohen.", None)
    ('fr', 'de')
    >>> resolve_language("x", "xx", "a.txt")
    Traceback (most recent call last):
    numfacts.errors.DocumentError: a.txt: unknown language 'xx' (languages: de, en, es, fr)
    """
    if lang is None or lang == "" or (isinstance(lang, float) and lang != lang):
        return detect_language(text)
    code = str(lang).strip().lower()
    if code not in LANGUAGES:
        raise DocumentError(doc_id or "text", f"unknown language {lang!r} (languages: {', '.join(sorted(LANGUAGES))})")
    return code


def parse_reference_date(value: object, doc_id: str | None = None, *, day_first: bool = False) -> dt.date | None:
    """A reference date from a string (any form `numfacts.refdate` reads), a date, a datetime or a
    pandas Timestamp; None for none. A month (``2024-03``) gives its first day.

    >>> parse_reference_date("2016-12-11"), parse_reference_date(None), parse_reference_date("")
    (datetime.date(2016, 12, 11), None, None)
    >>> parse_reference_date("2016-12-11T10:00:00Z"), parse_reference_date("Thu, 14 Mar 2024 09:30:00 GMT")
    (datetime.date(2016, 12, 11), datetime.date(2024, 3, 14))
    """
    found = read_date(value, doc_id, day_first=day_first)
    return found.date if found is not None else None


def _settle_reference(text: str, value: object, doc_id: str, day_first: bool) -> dt.date | None:
    """The day relative expressions resolve against: the given date; for a month, the date the
    text gives when it falls in that month, else the month's first day (see `numfacts.refdate`)."""
    found = read_date(value, doc_id, day_first=day_first)
    if found is None or not found.month_only:
        return found.date if found is not None else None
    inferred = temporal.infer_reference_date(text, day_first=day_first)
    if inferred is not None and (inferred.year, inferred.month) == (found.date.year, found.date.month):
        return inferred
    return found.date


def extract_document(
    text: str,
    *,
    doc_id: str,
    reference_date: object = None,
    reference_source: str | None = None,
    lang: str | None = None,
    options: Options = Options(),
) -> list[Mention]:
    """Every numeric mention of one document, in document order.

    `lang` is the document's own language (a corpus row's); `options.lang` serves documents without
    one; without either the language is detected. Each step gets it as a parameter.
    """
    lang = resolve_language(text, lang if lang else options.lang, doc_id)
    spans = _cap_sentences(text, sentences.split_sentences(text, lang))
    # one scan finds where either English finder's triggers may start (and a full date, for the reference)
    candidates = candidate_starts(text) if lang in OWN_FINDERS else None
    ref = _settle_reference(text, reference_date, doc_id, options.day_first)
    if ref is None:
        ref = temporal.infer_reference_date(text, day_first=options.day_first, candidates=candidates)
        reference_source = "inferred" if ref is not None else None
    elif reference_source is None:
        reference_source = "option"
    if lang in OWN_FINDERS:
        found = change.attach_changes(text, spans, _english_finders(text, ref, options, candidates))
    else:  # a language with tables only: one table-driven finder, qualifiers and entities included
        found = finder.find(text, lang, ref)
    who = attribution.attributions(text, spans, found, lang)
    ref_iso = ref.isoformat() if ref else None
    out = []
    sentence_text: dict[int, str] = {}  # one string per sentence, shared by its rows
    starts = [s0 for s0, _ in spans]  # `sentences.sentence_index`, by the starts alone
    whole = (0, len(text))
    source_of_ref = reference_source if ref_iso else None
    for f, source in zip(found, who):
        sid = bisect.bisect_right(starts, f.start) - 1
        if sid < 0:
            sid = 0
        s0, s1 = spans[sid] if spans else whole
        if f.end > s1:  # a mention running over a cut in an over-long sentence keeps its whole text
            sentence_text[-1 - sid] = text[s0 : f.end]
            sid_text = -1 - sid
        else:
            sid_text = sid
        if sid_text not in sentence_text:
            sentence_text[sid_text] = text[s0:s1]
        out.append(  # by position, in `_ROW_ORDER` (a call with 22 keywords costs a third more per row)
            Mention(
                doc_id, sid, f.start, f.end, text[f.start : f.end],
                f.kind, tidy(f.value), None if f.low is None else tidy(f.low), None if f.high is None else tidy(f.high), f.qualifier, f.unit,
                f.entity, f.date, f.duration, sentence_text[sid_text],
                f.change, f.role,
                f.modifier, source, ref_iso,
                source_of_ref, lang,
            )
        )
    return out


#: The fields `extract_document` passes to `Mention` by position, in this order: a change of
#: `Mention`'s fields stops the import here rather than filling the wrong column.
_ROW_ORDER = ("doc_id", "sentence_id", "start", "end", "text", "kind", "value", "low", "high", "qualifier", "unit",
              "entity", "date", "duration", "sentence", "change", "role", "modifier", "attribution", "reference_date",
              "reference_source", "lang")
if tuple(Mention.__dataclass_fields__) != _ROW_ORDER:
    raise ImportError(f"numfacts.pipeline builds Mention by position in the order {_ROW_ORDER}: update it")


#: Languages with their own finders (numfacts.temporal, numfacts.quantities, numfacts.context); the
#: others are read by the table-driven numfacts.lang.finder from `lang/<lang>/forms.json`.
OWN_FINDERS = frozenset({"en"})


def _english_finders(text: str, ref: dt.date | None, options: Options, candidates: list[int] | None) -> list[Found]:
    times = temporal.find_temporal(text, ref, day_first=options.day_first, candidates=candidates)
    amounts = quantities.find_quantities(text, taken=[(f.start, f.end) for f in times], candidates=candidates)
    times = _drop_inside(times, amounts)  # "1,000 barrels per day": the rate belongs to the unit
    amounts = _drop_crossing(amounts, times)  # "one in five years ago": the date wins
    found = sorted(times + amounts, key=lambda f: (f.start, f.end))
    return context.attach_entities(text, quantities.join_bounds(text, context.attach_qualifiers(text, found)))


#: A "sentence" longer than this (a page with no full stop, a table) is cut at white space, so that
#: no row carries a huge sentence; every row's `sentence` still contains its mention.
MAX_SENTENCE = 1000


def _cap_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split spans longer than MAX_SENTENCE at the last white space before the limit.

    >>> _cap_sentences("a " * 800, [(0, 1599)])
    [(0, 999), (1000, 1599)]
    """
    out = []
    for s0, s1 in spans:
        while s1 - s0 > MAX_SENTENCE:
            cut = max(text.rfind(" ", s0 + MAX_SENTENCE // 2, s0 + MAX_SENTENCE), text.rfind("\n", s0 + MAX_SENTENCE // 2, s0 + MAX_SENTENCE))
            if cut <= s0:
                cut = s0 + MAX_SENTENCE
            end = cut
            while end > s0 and text[end - 1].isspace():
                end -= 1
            out.append((s0, end))
            s0 = cut
            while s0 < s1 and text[s0].isspace():
                s0 += 1
        if s0 < s1:
            out.append((s0, s1))
    return out


def _drop_crossing(found: list[Found], keep: list[Found]) -> list[Found]:
    """`found` without the spans that overlap one of `keep`'s without containing it."""
    spans = sorted((k.start, k.end) for k in keep)
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    if all(b0 <= b1 for b0, b1 in zip(ends, ends[1:])):  # spans one after another (the finders' rows):
        out = []  # the last span starting before f, and the last starting inside it, say all
        for f in found:
            i, j = bisect.bisect_left(starts, f.start) - 1, bisect.bisect_left(starts, f.end) - 1
            if not ((i >= 0 and ends[i] > f.start) or (j > i and ends[j] > f.end)):
                out.append(f)
        return out
    out = []
    for f in found:
        i = bisect.bisect_left(starts, f.end) - 1  # spans starting before f ends
        crossing = False
        while i >= 0 and not crossing:
            a, b = spans[i]
            if b <= f.start and a < f.start - 2000:
                break
            crossing = a < f.end and f.start < b and not (f.start <= a and b <= f.end)
            i -= 1
        if not crossing:
            out.append(f)
    return out


def _drop_inside(inner: list[Found], outer: list[Found]) -> list[Found]:
    """`inner` without the spans that lie wholly inside one of `outer`'s."""
    spans = sorted((o.start, o.end) for o in outer)
    starts = [a for a, _ in spans]
    kept = []
    for f in inner:
        i = bisect.bisect_right(starts, f.start) - 1  # the outer span starting last at or before f
        if not (i >= 0 and spans[i][1] >= f.end):
            kept.append(f)
    return kept


__all__ = ["Found", "Mention", "Options", "extract_document", "parse_reference_date", "resolve_language"]
