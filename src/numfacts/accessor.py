"""A pandas Series accessor: ``articles.text.numfacts.extract()``.

Importing this module registers the accessor ``numfacts`` on `pandas.Series` (pandas' own
registry is the only thing it touches):

>>> import pandas as pd
>>> import numfacts.accessor
>>> articles = pd.DataFrame({"text": ["No numbers here.", "Over 400,000 people fled."],
...                          "title": ["Calm", "Aleppo"]}, index=[7, 8])
>>> facts = articles.text.numfacts.extract()
>>> facts[["doc_id", "input_row", "text", "kind"]]
  doc_id  input_row          text   kind
8      8          1  Over 400,000  count
>>> facts.join(articles[["title"]])[["text", "title"]]
           text   title
8  Over 400,000  Aleppo

The result has one row per fact, indexed by the label of the text it was found in (labels that
repeat, as after `pd.concat`, repeat in the result too), and two ways back to the input:

- ``input_row``: the 0-based position of the fact's text in the Series. It is always right,
  whatever the index: ``articles.iloc[facts["input_row"]]`` gives each fact's article, and
  ``facts.join(articles.reset_index(drop=True), on="input_row")`` joins them.
- the index: ``facts.join(articles)`` is right when the labels are unique; with repeated labels
  it pairs each fact with every row of that label, so use ``input_row`` instead.

`doc_id` is the label as a string, as in `numfacts.extract_frame` without an id column.
"""

from __future__ import annotations

import pandas as pd

from .api import extract_frame, own_date


@pd.api.extensions.register_series_accessor("numfacts")
class NumfactsAccessor:
    """`Series.numfacts`: the numeric facts of a Series of texts."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def extract(self, reference_date: object = None, *, dates: pd.Series | None = None,
                day_first: bool = False, lang: str | None = None, errors: str = "raise") -> pd.DataFrame:
        """Every numeric fact of every text, one row each (the contract's table and ``input_row``).

        `dates`: a Series of reference dates, one per text: aligned by label, or by position when
        it has the same index as the texts (so repeated labels work too); `reference_date`
        serves the texts without one. `errors` as in `numfacts.extract_frame`.
        """
        index = self._series.index
        frame = pd.DataFrame({"text": self._series.to_numpy()})  # positions as labels: 0, 1, ...
        if dates is not None:
            aligned = (dates if dates.index.equals(index) else dates.reindex(index)).to_numpy()
            frame["date"] = [own_date(value, str(label), day_first) for value, label in zip(aligned, index)]
        facts = extract_frame(frame, text="text", id=None, date="date" if dates is not None else None,
                              reference_date=reference_date, day_first=day_first, lang=lang, errors=errors)
        rows = facts["doc_id"].astype(int).to_numpy()
        labels = index[rows]
        facts["doc_id"] = pd.array([str(label) for label in labels], dtype="string")
        facts.insert(facts.columns.get_loc("sentence_id"), "input_row", pd.array(rows, dtype="Int64"))
        facts.index = labels
        if facts.attrs.get("errors"):  # errors name the row position: name the label instead
            facts.attrs["errors"] = [_relabel(message, index) for message in facts.attrs["errors"]]
        return facts


def _relabel(message: str, index: pd.Index) -> str:
    position, _, rest = message.partition(": ")
    return f"{index[int(position)]}: {rest}" if position.isdigit() else message


__all__ = ["NumfactsAccessor"]
