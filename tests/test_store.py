"""The corpus store: SQLite written in place survives kill -9, concurrent runs and edited articles;
a Parquet dataset resumes; path ids are normalised; workers die with the CLI; Datasette links a
fact to its document.

The crash tests run the real CLI on a few hundred Wikinews articles (data/corpus/wikinews.jsonl),
kill it with SIGKILL at random moments (a seeded generator: the same moments every run), rerun
it, and compare every table with an uninterrupted run.
"""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import random
import signal
import sqlite3
import subprocess
import sys
import time
import warnings

import pandas as pd
import pytest

from numfacts.dataset import MANIFEST
from numfacts.paths import document_path

ROOT = pathlib.Path(__file__).resolve().parent.parent
WIKINEWS = ROOT / "data" / "corpus" / "wikinews.jsonl"
NUMFACTS = pathlib.Path(sys.executable).parent / "numfacts"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")


def corpus(path: pathlib.Path, n: int, start: int = 0) -> pathlib.Path:
    """`n` Wikinews articles, from the `start`-th, as a JSONL corpus."""
    with open(WIKINEWS, encoding="utf-8") as fh:
        lines = fh.readlines()[start:start + n]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def extract(*args: str, cwd: pathlib.Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(NUMFACTS), "extract", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


class Ran:
    """What an in-process run of the CLI gave (as subprocess.CompletedProcess names it)."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def cli(*args: str, cwd: pathlib.Path) -> Ran:
    """`numfacts extract ARGS` run in this process, from the folder `cwd` (fast: no interpreter to start)."""
    from click.testing import CliRunner

    from numfacts.cli import main

    here = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, ["extract", *args], catch_exceptions=False)
    finally:
        os.chdir(here)
    return Ran(result.exit_code, result.stdout, result.stderr)


def start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([str(NUMFACTS), "extract", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def tables(db: pathlib.Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of both tables, in order; the full-text index checked against them."""
    con = sqlite3.connect(db)
    try:
        con.execute("INSERT INTO facts_fts (facts_fts) VALUES ('integrity-check')")
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        return {"facts": con.execute("SELECT * FROM facts ORDER BY id").fetchall(),
                "documents": con.execute("SELECT * FROM documents ORDER BY id").fetchall(),
                "fts": con.execute("SELECT rowid FROM facts_fts WHERE facts_fts MATCH 'percent' ORDER BY rowid").fetchall()}
    finally:
        con.close()


def committed(db: pathlib.Path) -> int:
    """Documents committed so far, read while the writer runs (WAL lets a reader in)."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def kill_after(proc: subprocess.Popen[bytes], done: callable, target: int, pause: float) -> bool:  # type: ignore[valid-type]
    """SIGKILL `proc` `pause` seconds after `done()` reaches `target`; False if it ended first."""
    while proc.poll() is None and done() < target:
        time.sleep(0.02)
    time.sleep(pause)
    if proc.poll() is not None:
        return False
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return True


def children(pid: int) -> list[int]:
    try:
        text = pathlib.Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def alive(pid: int) -> bool:
    try:
        stat = pathlib.Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


# --------------------------------------------------------------------------- crashes


def test_sqlite_killed_at_random_moments_resumes_to_the_same_tables(tmp_path: pathlib.Path) -> None:
    source = corpus(tmp_path / "news.jsonl", 300)
    args = [str(source), "--jobs", "2", "--chunk", "10", "-q"]
    whole = tmp_path / "whole.db"
    assert cli(str(source), "--chunk", "10", "-q", "--jobs", "1", "-o", str(whole), cwd=tmp_path).returncode == 0
    expected = tables(whole)
    assert len(expected["documents"]) == 300 and len(expected["facts"]) > 1000

    db = tmp_path / "crashed.db"
    rng = random.Random(11)
    kills = 0
    for target in sorted(rng.sample(range(10, 200), 4)):  # documents committed before the kill
        kills += kill_after(start(*args, "-o", str(db)), lambda: committed(db), target, rng.uniform(0, 0.15))
        assert not list(tmp_path.glob(".*.tmp"))  # no temporary copy left behind
    assert kills >= 2  # runs really cut short, mid-chunk at random moments (a fast one may finish first)
    rerun = extract(*args, "-o", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert tables(db) == expected  # no duplicate, no gap, the same ids


def test_parquet_dataset_killed_resumes_to_the_same_rows(tmp_path: pathlib.Path) -> None:
    source = corpus(tmp_path / "news.jsonl", 150, start=1000)
    args = [str(source), "--jobs", "2", "--chunk", "10", "-q", "--format", "parquet"]
    assert cli(*args, "--jobs", "1", "-o", str(tmp_path / "whole") + "/", cwd=tmp_path).returncode == 0
    expected = pd.read_parquet(tmp_path / "whole")
    folder = tmp_path / "facts"
    manifest = folder / MANIFEST

    def listed() -> int:
        if not manifest.exists():
            return 0
        return sum(line.count('"sha256"') for line in manifest.read_text(encoding="utf-8").splitlines())

    rng = random.Random(5)
    kills = 0
    for target in sorted(rng.sample(range(10, 90), 3)):
        kills += kill_after(start(*args, "-o", f"{folder}/"), listed, target, rng.uniform(0, 0.1))
    assert kills >= 1
    rerun = extract(*args, "-o", f"{folder}/")
    assert rerun.returncode == 0, rerun.stderr
    got = pd.read_parquet(folder)
    key = ["doc_id", "start", "end", "kind"]
    pd.testing.assert_frame_equal(got.sort_values(key, ignore_index=True), expected.sort_values(key, ignore_index=True))
    assert got.dtypes.to_dict() == expected.dtypes.to_dict()
    ids = [d["id"] for line in manifest.read_text(encoding="utf-8").splitlines() for d in json.loads(line)["documents"]]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 150  # each document listed once
    assert not list(folder.glob(".*"))  # no temporary part left
    import pyarrow.dataset

    assert pyarrow.dataset.dataset(folder).count_rows() == len(expected)  # _documents.jsonl is not data
    dd = pytest.importorskip("dask.dataframe")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dask's own deprecation warnings, not ours
        assert len(dd.read_parquet(str(folder)).compute()) == len(expected)


def test_parquet_dataset_drops_what_a_crash_left_half_done(tmp_path: pathlib.Path) -> None:
    from numfacts.mention import COLUMNS
    from numfacts.writers import DocumentRecord, open_writer

    folder = tmp_path / "facts"
    row = ("a", 0, 0, 2, "12", "count", 12.0, None, None, "=", *([None] * (len(COLUMNS) - 10)))
    with open_writer("parquet", f"{folder}/") as out:
        out.write_chunk([row], [DocumentRecord("a", None, None, 9, 1, None, "h")])
        out.write_chunk([], [DocumentRecord("b", None, None, 9, 0, "empty document")])
    (folder / "part-00002.parquet").write_bytes((folder / "part-00000.parquet").read_bytes())  # renamed, not listed
    (folder / ".part-00003.parquet.tmp").write_bytes(b"PAR1")  # cut while written
    with open(folder / MANIFEST, "a", encoding="utf-8") as fh:
        fh.write('{"part": 2, "documents": [{"id": "c"')  # a line cut by the crash
    with open_writer("parquet", f"{folder}/") as out:
        assert out.known() == {"a": "h"}  # b failed: tried again
    assert sorted(p.name for p in folder.iterdir()) == [MANIFEST, "_numfacts.lock", "part-00000.parquet"]
    assert (folder / MANIFEST).read_text(encoding="utf-8").endswith("}]}\n")
    assert len(pd.read_parquet(folder)) == 1


def test_parquet_dataset_refuses_a_second_writer(tmp_path: pathlib.Path) -> None:
    from numfacts.writers import OutputError, open_writer

    with open_writer("parquet", f"{tmp_path}/facts/"):
        with pytest.raises(OutputError, match="another numfacts run is writing this dataset"):
            open_writer("parquet", f"{tmp_path}/facts/")
    open_writer("parquet", f"{tmp_path}/facts/").close()  # free again once the first has closed


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
                    reason="needs /proc/PID/task/PID/children to find the workers")
def test_workers_exit_when_the_cli_is_killed(tmp_path: pathlib.Path) -> None:
    source = corpus(tmp_path / "news.jsonl", 400)
    proc = start(str(source), "--jobs", "2", "--chunk", "5", "-q", "-o", str(tmp_path / "facts.db"))
    deadline = time.monotonic() + 60
    while len(children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = children(proc.pid)
    assert len(workers) >= 2, "the workers never started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(alive, workers))


# --------------------------------------------------------------------------- concurrent runs


def test_two_concurrent_writers_both_land(tmp_path: pathlib.Path) -> None:
    first = corpus(tmp_path / "a.jsonl", 120, start=2000)
    second = corpus(tmp_path / "b.jsonl", 120, start=2100)  # 20 documents in both
    db = tmp_path / "facts.db"
    runs = [start(str(first), "--chunk", "5", "--jobs", "1", "-q", "-o", str(db)),
            start(str(second), "--chunk", "5", "--jobs", "1", "-q", "-o", str(db))]
    assert [p.wait(timeout=300) for p in runs] == [0, 0]
    together = tables(db)
    alone = tmp_path / "alone.db"
    cli(str(first), str(second), "-q", "--jobs", "1", "-o", str(alone), cwd=tmp_path)
    expected = tables(alone)
    assert sorted(together["documents"]) == sorted(expected["documents"])  # 220 documents, every one
    drop_id = lambda rows: sorted(r[1:] for r in rows)  # noqa: E731 - the two runs interleave ids
    assert drop_id(together["facts"]) == drop_id(expected["facts"])  # none lost, none twice


def test_a_locked_database_is_a_clear_error(tmp_path: pathlib.Path) -> None:
    from numfacts.store import SQLiteWriter
    from numfacts.writers import OutputError

    db = tmp_path / "facts.db"
    SQLiteWriter(str(db)).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long transaction
    with pytest.raises(OutputError, match=r"facts\.db: the database is locked by another process"):
        SQLiteWriter(str(db), timeout=0.2)
    holder.execute("ROLLBACK")
    holder.close()


# --------------------------------------------------------------------------- --replace


ARTICLE = "Over 400,000 people fled the city on Sunday, officials said. Some 291 militants surrendered."
EDITED = "Over 450,000 people fled the city on Sunday, officials said. Some 291 militants surrendered."


def test_replace_re_extracts_an_edited_article(tmp_path: pathlib.Path) -> None:
    (tmp_path / "articles").mkdir()
    article, other = tmp_path / "articles" / "aleppo.txt", tmp_path / "articles" / "other.txt"
    article.write_text(ARTICLE)
    other.write_text("About 12 people were hurt.")
    db = tmp_path / "facts.db"
    run = lambda *more: cli("articles", "-o", "facts.db", "-j", "1", "--reference-date", "2016-12-11", *more,  # noqa: E731
                                cwd=tmp_path)
    assert run().returncode == 0
    before = tables(db)
    article.write_text(EDITED)
    skipped = run()
    assert "2 already in facts.db, skipped" in skipped.stderr  # the default stays skip
    assert tables(db) == before
    replaced = run("--replace")
    assert replaced.returncode == 0
    assert "1 already in facts.db, skipped; 1 changed, replaced" in replaced.stderr
    con = sqlite3.connect(db)
    texts = con.execute("SELECT doc_id, text FROM facts WHERE kind = 'count' ORDER BY id").fetchall()
    assert texts == [("articles/other.txt", "About 12"), ("articles/aleppo.txt", "Over 450,000"),
                     ("articles/aleppo.txt", "Some 291")]
    hashes = dict(con.execute("SELECT id, sha256 FROM documents").fetchall())
    import hashlib

    assert hashes["articles/aleppo.txt"] == hashlib.sha256(EDITED.encode()).hexdigest()
    assert con.execute("SELECT facts FROM documents WHERE id = 'articles/aleppo.txt'").fetchone() == (3,)
    assert con.execute("SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?", ('"400,000"',)).fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?", ('"450,000"',)).fetchone() == con.execute(
        "SELECT count(*) FROM facts WHERE sentence LIKE '%450,000%'").fetchone() != (0,)
    con.close()
    tables(db)  # the index and the foreign keys still hold
    assert "0 changed" not in run("--replace").stderr  # nothing changed: nothing replaced


def test_replace_keeps_the_old_facts_when_the_new_text_fails(tmp_path: pathlib.Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    assert cli("a.txt", "-o", "f.db", "-q", "--jobs", "1", cwd=tmp_path).returncode == 0
    before = tables(tmp_path / "f.db")
    article.write_bytes(b"\x00binary")
    failed = cli("a.txt", "-o", "f.db", "--replace", "--jobs", "1", cwd=tmp_path)
    assert failed.returncode == 1 and "a.txt: binary file" in failed.stderr
    assert tables(tmp_path / "f.db") == before


@pytest.mark.parametrize("args, message", [
    pytest.param(["--replace", "-o", "out.csv"], "--replace needs a SQLite output", id="replace-csv"),
    pytest.param(["-o", "out/"], "is a folder: use --format parquet", id="folder-without-format"),
    pytest.param(["-f", "csv", "-o", "out/"], "only --format parquet writes a dataset", id="folder-csv"),
])
def test_store_usage_errors(tmp_path: pathlib.Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("12 dead")
    result = cli("a.txt", *args, "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr


# --------------------------------------------------------------------------- path ids


PATHS = [
    pytest.param("articles/a.txt", "/home/me", "articles/a.txt", id="relative"),
    pytest.param("./articles/a.txt", "/home/me", "articles/a.txt", id="dot-slash"),
    pytest.param("articles//./a.txt", "/home/me", "articles/a.txt", id="doubled-slash"),
    pytest.param("/home/me/articles/a.txt", "/home/me", "articles/a.txt", id="absolute-inside"),
    pytest.param("../me/articles/a.txt", "/home/me", "articles/a.txt", id="up-and-back"),
    pytest.param("../other/a.txt", "/home/me", "/home/other/a.txt", id="outside-absolute"),
    pytest.param("/data/./x/../a.txt", "/home/me", "/data/a.txt", id="absolute-outside"),
]


@pytest.mark.parametrize("path, cwd, doc_id", PATHS)
def test_document_path(path: str, cwd: str, doc_id: str) -> None:
    assert document_path(path, cwd) == doc_id


def test_one_file_is_one_document_however_typed(tmp_path: pathlib.Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Some 291 militants surrendered.")
    for typed in ["articles/", "./articles", str(tmp_path / "articles"), "articles/a.txt",
                  str(tmp_path / "articles" / ".." / "articles" / "a.txt")]:
        assert cli(typed, "-o", "facts.db", "-q", "--jobs", "1", cwd=tmp_path).returncode == 0
    con = sqlite3.connect(tmp_path / "facts.db")
    assert con.execute("SELECT id FROM documents").fetchall() == [("articles/a.txt",)]
    assert con.execute("SELECT doc_id, count(*) FROM facts GROUP BY doc_id").fetchall() == [("articles/a.txt", 1)]
    con.close()
    outside = cli(str(tmp_path / "articles"), "-f", "jsonl", "-q", "-j", "1", cwd=tmp_path)
    assert json.loads(outside.stdout.splitlines()[0])["doc_id"] == "articles/a.txt"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    away = cli("../articles", "-f", "jsonl", "-q", "-j", "1", cwd=elsewhere)
    assert json.loads(away.stdout.splitlines()[0])["doc_id"] == str(tmp_path / "articles" / "a.txt")


# --------------------------------------------------------------------------- the schema, and Datasette


def test_an_older_database_gets_its_foreign_key_and_hash(tmp_path: pathlib.Path) -> None:
    from numfacts.mention import COLUMNS

    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    columns = ", ".join(f'"{c}"' for c in COLUMNS if c not in ("change", "role"))  # as an older numfacts wrote it
    con.executescript(f"""
        CREATE TABLE documents (id TEXT PRIMARY KEY, date TEXT, title TEXT, characters INTEGER, facts INTEGER, error TEXT);
        CREATE TABLE facts (id INTEGER PRIMARY KEY, {columns});
        INSERT INTO documents (id, facts) VALUES ('old', 1);
        INSERT INTO facts (id, doc_id, start, "end", text, kind) VALUES (7, 'old', 0, 2, '12', 'count');
    """)
    con.close()
    (tmp_path / "new.txt").write_text("About 12 people were hurt.")
    assert cli("new.txt", "-o", "old.db", "-q", "--jobs", "1", cwd=tmp_path).returncode == 0
    con = sqlite3.connect(db)
    assert [r[2] for r in con.execute("PRAGMA foreign_key_list(facts)")] == ["documents"]
    assert [r[1] for r in con.execute("PRAGMA table_info(facts)")] == ["id", *COLUMNS]
    assert "sha256" in [r[1] for r in con.execute("PRAGMA table_info(documents)")]
    assert con.execute("SELECT id, doc_id, text FROM facts ORDER BY id").fetchall() == [
        (7, "old", "12"), (8, "new.txt", "About 12")]
    con.close()
    tables(db)


def test_datasette_links_each_fact_to_its_document(tmp_path: pathlib.Path) -> None:
    datasette_app = pytest.importorskip("datasette.app")
    source = corpus(tmp_path / "news.jsonl", 3)
    db = tmp_path / "facts.db"
    assert cli(str(source), "-q", "--jobs", "1", "-o", str(db), cwd=tmp_path).returncode == 0

    async def pages() -> tuple[str, dict[str, object]]:
        ds = datasette_app.Datasette([str(db)])
        page = await ds.client.get("/facts/facts?_size=max")
        row = await ds.client.get("/facts/documents/wikinews-736.json?_shape=array")
        return page.text, row.json()[0]

    page, document = asyncio.run(pages())
    con = sqlite3.connect(db)
    doc_ids = [r[0] for r in con.execute("SELECT doc_id FROM facts ORDER BY id")]
    con.close()
    for doc_id in set(doc_ids):
        assert page.count(f'href="/facts/documents/{doc_id}"') == doc_ids.count(doc_id)
    assert document["id"] == "wikinews-736" and len(document["sha256"]) == 64
