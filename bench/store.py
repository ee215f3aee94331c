"""Appending to a big SQLite store: 1,000 documents into a new database against one holding 100,000.

    .venv/bin/python bench/store.py               # 100,000 documents in the big store
    .venv/bin/python bench/store.py --big 20000   # a quicker run

The big store is synthesised, not extracted (extracting 100,000 articles takes an hour on one
core): the facts of the first 1,000 Wikinews articles (data/corpus/wikinews.jsonl) are extracted
once, then written again and again under fresh document ids (``synthetic-N-...``) through the
store's own `write_chunk`, a chunk of 1,000 documents a transaction, so the database has the
layout, indexes and full-text index a real one has, at the size of a real one.

Then the next 1,000 articles are written, each way three times (the best time kept):

- ``write``: their extracted rows written through `SQLiteWriter.write_chunk` (chunks of 100
  documents, as the CLI does), into a new database and into a copy of the big one;
- ``cli``: ``numfacts extract 1000.jsonl -o DB --jobs 1`` end to end (reading, extracting,
  writing), into a new database and into the big one.

`copy` is what the writer before this one paid first on every run: a copy of the whole database
(it wrote a private copy and renamed it into place). Writes figures/store.json and prints the
times side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from numfacts.reader import read_inputs
from numfacts.runner import Settings, extract_chunk, text_hash
from numfacts.store import SQLiteWriter
from numfacts.writers import DocumentRecord

CORPUS = ROOT / "data" / "corpus" / "wikinews.jsonl"
NUMFACTS = pathlib.Path(sys.executable).parent / "numfacts"


def articles(folder: pathlib.Path, name: str, start: int, n: int) -> pathlib.Path:
    path = folder / name
    with open(CORPUS, encoding="utf-8") as fh:
        path.write_text("".join(fh.readlines()[start:start + n]), encoding="utf-8")
    return path


def extracted(path: pathlib.Path) -> tuple[list[tuple[object, ...]], list[DocumentRecord]]:
    """The rows and document records of a corpus file, as the runner hands them to the writer."""
    docs = list(read_inputs([str(path)]))
    done = extract_chunk(Settings(), docs)
    return done.payload, [o.record for o in done.outcomes if o.record is not None]


def build(path: pathlib.Path, documents: int, rows: list[tuple[object, ...]], records: list[DocumentRecord]) -> float:
    """A store of `documents` documents: `records` and `rows` repeated under fresh ids."""
    t = time.perf_counter()
    writer = SQLiteWriter(str(path))
    copies = -(-documents // len(records))
    for n in range(copies):
        keep = records[: min(len(records), documents - n * len(records))]
        ids = {r.id: f"synthetic-{n}-{r.id}" for r in keep}
        writer.write_chunk([(ids[r[0]], *r[1:]) for r in rows if r[0] in ids],
                           [DocumentRecord(ids[r.id], r.date, r.title, r.characters, r.facts, r.error,
                                           text_hash(f"{n}:{r.id}")) for r in keep])
    writer.close()
    return time.perf_counter() - t


def write(path: pathlib.Path, rows: list[tuple[object, ...]], records: list[DocumentRecord]) -> float:
    """Seconds to write `records` and their rows into the store at `path`, a chunk of 100 documents
    a transaction, opening and closing included."""
    t = time.perf_counter()
    writer = SQLiteWriter(str(path))
    for start in range(0, len(records), 100):
        chunk = records[start:start + 100]
        ids = {r.id for r in chunk}
        writer.write_chunk([r for r in rows if r[0] in ids], chunk)
    writer.close()
    return time.perf_counter() - t


def cli(path: pathlib.Path, corpus: pathlib.Path) -> float:
    t = time.perf_counter()
    subprocess.run([str(NUMFACTS), "extract", str(corpus), "-o", str(path), "--jobs", "1", "-q"], check=True)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--big", type=int, default=100_000, help="documents in the big store")
    parser.add_argument("--out", default=str(ROOT / "figures" / "store.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="numfacts-store-") as tmp:
        folder = pathlib.Path(tmp)
        seed_rows, seed_records = extracted(articles(folder, "seed.jsonl", 0, 1000))
        new = articles(folder, "new.jsonl", 1000, 1000)
        rows, records = extracted(new)
        big = folder / "big.db"
        built = build(big, args.big, seed_rows, seed_records)
        size = os.path.getsize(big)
        print(f"big store: {args.big:,} documents, {size / 1e6:,.0f} MB, built in {built:.1f} s", flush=True)

        t = time.perf_counter()
        shutil.copyfile(big, folder / "copy.db")
        copy = time.perf_counter() - t
        results: dict[str, dict[str, float]] = {"write": {}, "cli": {}}
        for run in range(3):
            (folder / "copy.db").unlink(missing_ok=True)
            shutil.copyfile(big, folder / "copy.db")
            for name, target in (("new", folder / f"new-{run}.db"), ("big", folder / "copy.db")):
                seconds = write(target, rows, records)
                results["write"][name] = min(results["write"].get(name, seconds), seconds)
            (folder / "copy.db").unlink()
            shutil.copyfile(big, folder / "copy.db")
            for name, target in (("new", folder / f"cli-new-{run}.db"), ("big", folder / "copy.db")):
                seconds = cli(target, new)
                results["cli"][name] = min(results["cli"].get(name, seconds), seconds)
    report = {
        "documents_appended": len(records), "rows_appended": len(rows), "big_store_documents": args.big,
        "big_store_mb": round(size / 1e6, 1), "build_seconds": round(built, 1),
        "copy_of_big_store_seconds": round(copy, 3),
        "write_seconds": {k: round(v, 3) for k, v in results["write"].items()},
        "cli_seconds": {k: round(v, 3) for k, v in results["cli"].items()},
    }
    print(f"appending {len(records):,} documents ({len(rows):,} rows), best of 3:")
    print(f"{'':28}{'new store':>12}{f'{args.big:,} docs':>16}{'ratio':>8}")
    for key, label in (("write", "write_chunk (writing only)"), ("cli", "numfacts extract (all)")):
        a, b = results[key]["new"], results[key]["big"]
        print(f"{label:28}{a:>11.2f}s{b:>15.2f}s{b / a:>8.2f}")
    print(f"(the old writer first copied the whole store: {copy:.2f} s for {size / 1e6:,.0f} MB)")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
