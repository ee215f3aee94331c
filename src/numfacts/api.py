"""The public API: `extract` for one text, `extract_frame` for a DataFrame of documents."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator

import pandas as pd

from .errors import DocumentError, InputError, ReferenceDateError
from .lang import LANGUAGES, LanguageError
from .mention import Mention
from .pipeline import Options, extract_document
from .reader import InputWarning
from .refdate import read_date
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
    >>> sorted(set(extract("Plus de 400 civils ont fui dimanche.")["lang"]))
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


def _frame_of(articles: pd.DataFrame | pd.Series, text: str) -> pd.DataFrame:
    """`articles` as a frame: a Series is a column of texts named `text`, on its own index."""
    if isinstance(articles, pd.Series):
        return articles.to_frame(name=text)
    return articles


def _check_columns(articles: pd.DataFrame, text: str, id: str | None, date: str | None, where: str) -> None:
    """A missing text column, or an id or date column named other than the default, is an InputError."""
    have = ", ".join(map(str, articles.columns)) or "none"
    if text not in articles.columns:
        raise InputError(where, f"no text column {text!r} (columns: {have})")
    for kind, column, default in (("id", id, "id"), ("date", date, "date")):
        if column is not None and column != default and column not in articles.columns:
            raise InputError(where, f"no {kind} column {column!r} (columns: {have})")


def own_date(value: object, doc_id: str, day_first: bool = False) -> str | None:
    """A row's own reference date, as `numfacts.refdate` reads it; an unreadable one is an
    `InputWarning` naming the document, and None (the document then falls back)."""
    try:
        found = read_date(value, doc_id, day_first=day_first)
    except ReferenceDateError:
        warnings.warn(f"{doc_id}: cannot read the date {str(value)!r}; using reference_date or the date in the "
                      "text instead", InputWarning, stacklevel=4)
        return None
    return found.iso() if found is not None else None


def iter_frame_mentions(
    articles: pd.DataFrame | pd.Series, text: str = "text", id: str | None = "id", date: str | None = "date",
    *, reference_date: object = None, day_first: bool = False, lang: str | None = None,
) -> Iterator[Mention | DocumentError]:
    """Mentions of every row of `articles`, or a DocumentError for a row that failed.

    A `lang` column, where there is one, gives each row's language; `lang` serves the rows without.
    """
    articles = _frame_of(articles, text)
    _check_columns(articles, text, id, date, "<frame>")
    has_id = id is not None and id in articles.columns
    has_date = date is not None and date in articles.columns
    options = _options(day_first, lang)
    has_lang = "lang" in articles.columns
    for index, row_id, body, row_date, row_lang in _rows(articles, id if has_id else None, text,
                                                         date if has_date else None, "lang" if has_lang else None):
        doc_id = str(row_id) if has_id else str(index)
        if not isinstance(body, str):
            yield DocumentError(doc_id, f"text is {'missing' if pd.isna(body) else type(body).__name__}, not a string")
            continue
        own = own_date(row_date, doc_id, day_first) if has_date else None
        try:
            yield from extract_document(
                body, doc_id=doc_id,
                reference_date=reference_date if own is None else own,
                reference_source=("option" if reference_date is not None else None) if own is None else "input",
                lang=row_lang if isinstance(row_lang, str) else None, options=options,
            )
        except DocumentError as exc:
            yield exc


def _rows(articles: pd.DataFrame, *columns: str | None) -> Iterator[tuple]:
    """(index, then each of `columns`' values, None for a None column) per row: what `iterrows`
    gives, read down the columns instead of building a Series per row. With an object column (a
    text column of strings) iterrows gives each value as an object, as a column does; without one it
    casts each row (an int id becomes a float beside a float column): that frame is read by iterrows."""
    types = pd.api.types
    if (isinstance(articles.columns, pd.MultiIndex) or not articles.columns.is_unique
            or not any(map(types.is_object_dtype, articles.dtypes))
            or any(types.is_extension_array_dtype(articles[c].dtype) for c in columns if c is not None)):
        # a nullable column (Int64, boolean, string) gives NA down the column, NaN in iterrows' rows
        yield from _rows_plain(articles, *columns)
        return
    n = len(articles)
    yield from zip(articles.index, *(articles[c] if c is not None else itertools.repeat(None, n) for c in columns))


def _rows_plain(articles: pd.DataFrame, *columns: str | None) -> Iterator[tuple]:
    """`_rows` by `iterrows` (the reference the fast path is tested against)."""
    for index, row in articles.iterrows():
        yield (index, *(row[c] if c is not None else None for c in columns))


def extract_frame(
    articles: pd.DataFrame | pd.Series, text: str = "text", id: str | None = "id", date: str | None = "date",
    *, reference_date: object = None, day_first: bool = False, lang: str | None = None, errors: str = "raise",
) -> pd.DataFrame:
    """One DataFrame for many documents: `doc_id` is the `id` column (or the row index), so it joins
    back to `articles`. A row's `date` column is its reference date; `reference_date` serves the rest.

    `articles` may be a Series of texts (its index gives the doc ids). A text column, or an `id`
    or `date` column named other than the defaults, that the frame lacks is an `InputError`
    listing the columns it has; the default ``id`` and ``date`` columns are optional. A date
    that cannot be read is an `InputWarning` naming the document, which then falls back to
    `reference_date` or to the date in its text.

    errors="raise" raises the first DocumentError; errors="skip" leaves failed rows out (their
    errors are on the returned frame's `attrs["errors"]`, never silently dropped).

    >>> extract_frame(pd.Series(["12 dead", "no figure"], index=["a", "b"]))[["doc_id", "text"]]
      doc_id text
    0      a   12
    >>> extract_frame(pd.DataFrame({"text": ["1"]}), id="key")
    Traceback (most recent call last):
    numfacts.errors.InputError: <frame>: no id column 'key' (columns: text)
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
