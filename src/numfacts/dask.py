"""Beyond one machine: numeric facts of a Dask DataFrame of documents.

Needs the optional extra ``pip install "numfacts[dask]"`` (dask[dataframe] and distributed);
``import numfacts`` never imports Dask, and neither does importing this module.

    >>> import dask.dataframe as dd                                      # doctest: +SKIP
    >>> from dask.distributed import Client, LocalCluster               # doctest: +SKIP
    >>> import numfacts.dask                                            # doctest: +SKIP
    >>> client = Client(LocalCluster(n_workers=4, threads_per_worker=1))  # doctest: +SKIP
    >>> articles = dd.read_parquet("archive/*.parquet")                  # doctest: +SKIP
    >>> facts = numfacts.dask.extract(articles, text="body", id="id", date="published")  # doctest: +SKIP
    >>> facts.to_parquet("facts/")                                       # doctest: +SKIP

Each partition goes through `numfacts.extract_frame`, so the rows of a partition are exactly
those of the single-machine run on it, and `doc_id` joins back to the input: its ``id``
column, or, where there is none, its index. An index is unique across partitions only when
Dask knows its divisions (``from_pandas`` with ``sort=True``, ``set_index``): then `doc_id` is
the label. Otherwise (``read_parquet`` or ``read_csv`` of several files, each numbered from 0)
`doc_id` is ``PARTITION:LABEL`` (``2:17``: row label 17 of partition 2), unique across the
whole frame. The pipeline is pure Python and holds the GIL:
give workers one thread each and scale with processes (``threads_per_worker=1``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .api import extract_frame
from .table import empty_frame


def meta() -> pd.DataFrame:
    """The empty table with the contract's columns and dtypes: the `meta` of every Dask result.

    >>> meta().dtypes[["doc_id", "kind", "value"]].astype(str).tolist()
    ['string', 'category', 'Float64']
    """
    return empty_frame()


def extract_partition(
    part: pd.DataFrame, text: str = "text", id: str | None = "id", date: str | None = "date",
    reference_date: object = None, day_first: bool = False, errors: str = "raise", prefix: bool = False,
    lang: str | None = None, partition_info: dict[str, Any] | None = None,
) -> pd.DataFrame:
    """The facts of one partition (what each Dask task runs): `numfacts.extract_frame` on it.

    `prefix`: ids come from the index, which may repeat across partitions: each becomes
    ``PARTITION:LABEL`` (Dask passes `partition_info`).

    >>> part = pd.DataFrame({"text": ["12 dead"]})
    >>> extract_partition(part, prefix=True, partition_info={"number": 3})["doc_id"].tolist()
    ['3:0']
    """
    if prefix and not (id is not None and id in part.columns):
        number = partition_info["number"] if partition_info else 0
        part = part.set_axis([f"{number}:{label}" for label in part.index], axis=0)
    df = extract_frame(part, text, id, date, reference_date=reference_date, day_first=day_first, errors=errors,
                       lang=lang)
    df.attrs = {}  # per-partition error lists do not survive concatenation; keep partitions alike
    return df


def extract(
    ddf: Any, text: str = "text", id: str | None = "id", date: str | None = "date", *,
    reference_date: object = None, day_first: bool = False, errors: str = "raise", lang: str | None = None,
) -> Any:
    """A Dask DataFrame of every numeric fact of `ddf`'s documents, one row each, lazily.

    Arguments as in `numfacts.extract_frame`: `text`, `id` and `date` name columns of `ddf`; a
    row's date is its reference date, `reference_date` serves the rest. ``errors="raise"`` fails
    the computation on the first bad document; ``errors="skip"`` leaves bad documents out.
    """
    from .api import _check_columns

    _check_columns(ddf._meta, text, id, date, "<dask frame>")
    prefix = not (id is not None and id in ddf.columns) and not ddf.known_divisions
    return ddf.map_partitions(
        extract_partition, text, id, date, reference_date, day_first, errors, prefix, lang,
        meta=meta(), enforce_metadata=False, align_dataframes=False,
    )


__all__ = ["extract", "extract_partition", "meta"]
