"""numfacts.dask on a two-worker LocalCluster (processes) gives the rows of the single-machine run.

Needs the optional extra numfacts[dask]; without Dask the module is skipped.
"""

from __future__ import annotations

import itertools
import json
import pathlib
from collections.abc import Iterator

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import numfacts  # noqa: E402
import numfacts.dask  # noqa: E402
from numfacts.mention import COLUMNS  # noqa: E402

CORPUS = pathlib.Path(__file__).parent.parent / "data" / "corpus" / "wikinews.jsonl"


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    with open(CORPUS, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, 60)]
    return pd.DataFrame(rows)[["id", "title", "date", "text"]]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        yield client


def test_meta_is_the_contract_table(articles: pd.DataFrame) -> None:
    facts = numfacts.dask.extract(dd.from_pandas(articles, npartitions=3))
    assert list(facts.columns) == list(COLUMNS)
    assert facts.dtypes.to_dict() == numfacts.extract_frame(articles.head(0)).dtypes.to_dict()


def test_two_workers_give_the_single_machine_rows(articles: pd.DataFrame, client: object) -> None:
    expected = numfacts.extract_frame(articles)
    facts = numfacts.dask.extract(dd.from_pandas(articles, npartitions=4), text="text", id="id", date="date")
    got = facts.compute().reset_index(drop=True)
    assert len(got) > 100
    pd.testing.assert_frame_equal(got, expected)
    workers = client.run(lambda: __import__("os").getpid())  # type: ignore[attr-defined]
    assert len(workers) == 2


def test_doc_id_joins_back_to_the_input(articles: pd.DataFrame, client: object) -> None:
    facts = numfacts.dask.extract(dd.from_pandas(articles, npartitions=2)).compute()
    joined = facts.merge(articles, left_on="doc_id", right_on="id", how="left", validate="many_to_one")
    assert joined["title"].notna().all()


def test_without_an_id_column_a_known_index_is_the_doc_id(articles: pd.DataFrame, client: object) -> None:
    frame = articles.drop(columns="id").set_index(pd.Index([f"row{i:03d}" for i in range(len(articles))]))
    ddf = dd.from_pandas(frame, npartitions=3)  # sorted: Dask knows the divisions, so labels are unique
    assert ddf.known_divisions
    got = numfacts.dask.extract(ddf, id=None).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, numfacts.extract_frame(frame, id=None))
    assert set(got["doc_id"]) <= set(frame.index)


def test_without_an_id_column_ids_are_unique_across_partitions(articles: pd.DataFrame, client: object,
                                                               tmp_path: pathlib.Path) -> None:
    halves = [articles.iloc[:30].drop(columns="id").reset_index(drop=True),
              articles.iloc[30:].drop(columns="id").reset_index(drop=True)]  # each numbered from 0
    for number, half in enumerate(halves):
        half.to_parquet(tmp_path / f"part{number}.parquet")
    ddf = dd.read_parquet(str(tmp_path / "*.parquet"))
    assert not ddf.known_divisions
    got = numfacts.dask.extract(ddf, id=None).compute().reset_index(drop=True)
    expected = pd.concat([numfacts.extract_frame(half.set_axis([f"{n}:{i}" for i in half.index]), id=None)
                          for n, half in enumerate(halves)], ignore_index=True)
    pd.testing.assert_frame_equal(got, expected)
    titles = {f"{n}:{i}": t for n, half in enumerate(halves) for i, t in half["title"].items()}
    assert {d.split(":")[0] for d in got["doc_id"]} == {"0", "1"}
    assert len({titles[d] for d in got["doc_id"]}) == got["doc_id"].nunique()  # one article per doc_id


def test_missing_text_column_fails_at_once(articles: pd.DataFrame) -> None:
    with pytest.raises(numfacts.InputError, match="no text column 'body'"):
        numfacts.dask.extract(dd.from_pandas(articles, npartitions=2), text="body")


def test_misspelt_id_column_fails_at_once(articles: pd.DataFrame) -> None:
    with pytest.raises(numfacts.InputError, match=r"^<dask frame>: no id column 'key' \(columns: id, title, date, "
                                                  r"text\)$"):
        numfacts.dask.extract(dd.from_pandas(articles, npartitions=2), id="key")
