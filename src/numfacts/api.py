"""The public API: `extract` for one text, `extract_frame` for a DataFrame of documents."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from .errors import DocumentError, InputError
from .lang import LANGUAGES, LanguageError
from .mention import Mention
from .pipeline import Options, extract_document
from .table import to_frame


def extract(
    text: str,
    reference_date: object = None,
    doc_id: str = "text",
    *,
    day_first: bool = False,
    lang: str | None = None,
) -> pd.DataFrame:
    """Every numeric fact in `text`, one row each, as a DataFrame with the contract's columns.

    `lang` is the text's language (`en`, `es`, `fr`, `de`: `numfacts.lang.LANGUAGES`); None detects
    it. The `lang` column says which language was used. Another code raises `LanguageError`.

    >>> df = extract("Over 10,000 civilians fled on Sunday.", reference_date="2016-12-11")
    >>> df[["text", "kind", "value", "qualifier", "entity", "date"]].to_dict("records")[0]["value"]
    10000.0
    >>> extract("Plus de 400 civils ont fui dimanche.")["lang"].tolist()
    ['fr']
    """
    if not isinstance(text, str):
        raise DocumentError(doc_id, f"text must be a str, not {type(text).__name__}")
    return to_frame(extract_document(text, doc_id=doc_id, reference_date=reference_date,
                                     reference_source="option", options=_options(day_first, lang)))


def _options(day_first: bool, lang: str | None) -> Options:
    """The run's options; an unknown `lang` is the caller's error, raised before any document is read."""
    if lang is not None and lang not in LANGUAGES:
        raise LanguageError(f"unknown language {lang!r} (languages: {', '.join(sorted(LANGUAGES))})")
    return Options(day_first=day_first, lang=lang)


def iter_frame_mentions(
    articles: pd.DataFrame, text: str = "text", id: str | None = "id", date: str | None = "date",
    *, reference_date: object = None, day_first: bool = False, lang: str | None = None,
) -> Iterator[Mention | DocumentError]:
    """Mentions of every row of `articles`, or a DocumentError for a row that failed.

    A `lang` column, where there is one, gives each row's language; `lang` serves the rows without.
    """
    if text not in articles.columns:
        raise InputError("<frame>", f"no text column {text!r} (columns: {', '.join(map(str, articles.columns))})")
    has_id = id is not None and id in articles.columns
    has_date = date is not None and date in articles.columns
    options = _options(day_first, lang)
    has_lang = "lang" in articles.columns
    for index, row in articles.iterrows():
        doc_id = str(row[id]) if has_id else str(index)
        body = row[text]
        if not isinstance(body, str):
            yield DocumentError(doc_id, f"text is {'missing' if pd.isna(body) else type(body).__name__}, not a string")
            continue
        own = row[date] if has_date else None
        own_missing = own is None or (not isinstance(own, str) and pd.isna(own)) or own == ""
        try:
            yield from extract_document(
                body, doc_id=doc_id,
                reference_date=reference_date if own_missing else own,
                reference_source=("option" if reference_date is not None else None) if own_missing else "input",
                lang=row["lang"] if has_lang and isinstance(row["lang"], str) else None, options=options,
            )
        except DocumentError as exc:
            yield exc


def extract_frame(
    articles: pd.DataFrame, text: str = "text", id: str | None = "id", date: str | None = "date",
    *, reference_date: object = None, day_first: bool = False, lang: str | None = None, errors: str = "raise",
) -> pd.DataFrame:
    """One DataFrame for many documents: `doc_id` is the `id` column (or the row index), so it joins
    back to `articles`. A row's `date` column is its reference date; `reference_date` serves the rest.

    errors="raise" raises the first DocumentError; errors="skip" leaves failed rows out (their
    errors are on the returned frame's `attrs["errors"]`, never silently dropped).
    """
    mentions, failed = [], []
    for item in iter_frame_mentions(articles, text, id, date, reference_date=reference_date, day_first=day_first,
                                     lang=lang):
        if isinstance(item, DocumentError):
            if errors == "raise":
                raise item
            failed.append(item)
        else:
            mentions.append(item)
    df = to_frame(mentions)
    df.attrs["errors"] = [str(e) for e in failed]
    return df
