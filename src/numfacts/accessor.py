"""A pandas Series accessor: ``articles.text.numfacts.extract()``.

Importing this module registers the accessor ``numfacts`` on `pandas.Series` (pandas' own
registry is the only thing it touches):

>>> import pandas as pd
>>> import numfacts.accessor
>>> articles = pd.DataFrame({"text": ["No numbers here.", "Over 400,000 people fled."],
...                          "title": ["Calm", "Aleppo"]}, index=[7, 8])
>>> facts = articles.text.numfacts.extract()
>>> facts[["doc_id", "text", "kind"]]
  doc_id          text   kind
8      8  Over 400,000  count
>>> facts.join(articles[["title"]])[["text", "title"]]
           text   title
8  Over 400,000  Aleppo

`doc_id` is the Series' index as a string, as in `numfacts.extract_frame` without an id column,
and the result's index is the index label of each fact's text, so that it joins back to the
frame the Series came from whatever the index's dtype (when labels are unique as strings).
"""

from __future__ import annotations

import pandas as pd

from .api import extract_frame


@pd.api.extensions.register_series_accessor("numfacts")
class NumfactsAccessor:
    """`Series.numfacts`: the numeric facts of a Series of texts."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def extract(self, reference_date: object = None, *, dates: pd.Series | None = None,
                day_first: bool = False, lang: str | None = None, errors: str = "raise") -> pd.DataFrame:
        """Every numeric fact of every text, one row each (the contract's table).

        `dates`: a Series of reference dates aligned on the same index (one per text);
        `reference_date` serves the texts without one. `errors` as in `numfacts.extract_frame`.
        """
        index = self._series.index
        frame = pd.DataFrame({"text": self._series})
        if dates is not None:
            frame["date"] = dates.reindex(index)
        facts = extract_frame(frame, text="text", id=None, date="date" if dates is not None else None,
                              reference_date=reference_date, day_first=day_first, lang=lang, errors=errors)
        labels = {str(label): label for label in index}
        if len(labels) == len(index):  # each doc_id names one row: index the facts by it
            facts.index = pd.Index([labels[d] for d in facts["doc_id"]], dtype=index.dtype, name=index.name)
        return facts


__all__ = ["NumfactsAccessor"]
