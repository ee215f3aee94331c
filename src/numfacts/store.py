"""The SQLite store: a database written in place, a transaction per chunk, that a newsroom grows.

`SQLiteWriter` (what ``open_writer("sqlite", path)`` returns) writes straight into the database
(stdlib ``sqlite3``), in WAL mode:

- Tables. ``documents`` (``id`` the primary key, ``date``, ``title``, ``characters``, ``facts``,
  ``error``, ``sha256`` of the text) and ``facts`` (``id``, then the columns of
  `numfacts.mention.COLUMNS`), whose ``doc_id`` REFERENCES ``documents.id``, so Datasette links
  each fact to its document. Indexes on ``facts.doc_id``, ``kind`` and ``entity``; an FTS5 index
  ``facts_fts`` over ``sentence``, ``text`` and ``entity`` laid out as sqlite-utils' ``enable_fts``
  lays it out (``content=[facts]``), so ``datasette facts.db`` offers full-text search at once.
  The schema follows ``COLUMNS`` and ``DTYPES``: a column added there is added to an older
  database (``ALTER TABLE``); a database of an older layout (no foreign key) is rebuilt once.
- Crashes. `write_chunk` writes a chunk's documents and facts in one transaction. A crash (even
  ``kill -9``) loses at most the chunk in flight; the documents already committed are skipped
  by the next run of the same command, which so resumes and ends with the same tables as an
  uninterrupted run. Commits use ``synchronous=NORMAL``: safe against a crash of the program,
  not against a power cut, which may lose the last chunks committed (never corrupt the file).
- Concurrency. Each transaction starts with ``BEGIN IMMEDIATE`` and waits up to `timeout`
  seconds (``busy_timeout``) for another writer's transaction to end, so two runs on one
  database interleave chunk by chunk and both land in full. A document another run wrote in
  the meantime is skipped (counted as such), never written twice. A run that cannot get the
  lock in time fails with `OutputError` ("database is locked"); what it committed stays.
- Appending and replacing. A document already held without error is skipped (`known` lists
  them with their hash); one held with an error is tried again. With ``replace=True`` a
  document whose text changed (another sha256) is extracted again, and its old facts are
  deleted and the new ones written in one transaction. A document that now fails never replaces
  one that succeeded: the old facts stay and the failure is reported.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import Any

from .mention import COLUMNS, DTYPES
from .writers import DocumentRecord, OutputError, Row, Writer, Written

_SQL_TYPES = {"string": "TEXT", "Int64": "INTEGER", "Float64": "REAL", "category": "TEXT"}

#: The full-text index, in sqlite-utils' layout: Datasette and ``sqlite-utils search`` detect it by
#: ``content=[facts]``. Rows are added by the writer (no triggers); facts.id is the rowid.
_FTS_SQL = "CREATE VIRTUAL TABLE [facts_fts] USING FTS5 ([sentence], [text], [entity], content=[facts])"
_FTS_COLUMNS = ("sentence", "text", "entity")
_DOCUMENT_COLUMNS = ("id", "date", "title", "characters", "facts", "error", "sha256")
#: Columns a table must hold to be taken for a numfacts facts table.
_CORE = frozenset({"doc_id", "start", "end", "text", "kind"})
#: Seconds a transaction waits for another process's transaction to end.
DEFAULT_TIMEOUT = 60.0


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_sql(column: str) -> str:
    sql_type = _SQL_TYPES.get(DTYPES.get(column, ""), "")
    foreign = " REFERENCES documents (id)" if column == "doc_id" else ""
    return f"{_quote(column)} {sql_type}{foreign}".replace("  ", " ").rstrip()


def _when_free(step: Callable[[], object], timeout: float) -> None:
    """Run `step`, again while SQLite answers "locked" at once, up to `timeout` seconds. Two runs that
    open a new store together race for its journal mode and schema, and SQLite returns SQLITE_BUSY
    without waiting where waiting could deadlock; the busy timeout covers the other waits."""
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if not ("locked" in str(exc) or "busy" in str(exc)) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


class SQLiteWriter(Writer):
    format = "sqlite"
    #: Keyed by document id: a document is written once, even when the input repeats its id.
    unique_ids = True

    def __init__(self, dest: str, *, replace: bool = False, timeout: float = DEFAULT_TIMEOUT) -> None:
        super().__init__()
        if not isinstance(dest, (str, os.PathLike)) or dest == "-":
            raise OutputError("SQLite output needs a file: use -o FILE.db")
        self.path = os.fspath(dest)
        self.replace = replace
        try:
            # autocommit: every transaction is an explicit BEGIN IMMEDIATE ... COMMIT
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise OutputError(f"{self.path}: cannot write: {exc}") from exc
        try:
            self._check()  # before anything changes the file
            _when_free(lambda: self.db.execute("PRAGMA journal_mode = WAL"), timeout)
            self.db.execute("PRAGMA synchronous = NORMAL")
            _when_free(self._prepare, timeout)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._known = {r[0]: r[1] for r in
                           self.db.execute("SELECT id, sha256 FROM documents WHERE error IS NULL")}
        except (sqlite3.DatabaseError, OutputError) as exc:
            self._abort()
            if isinstance(exc, OutputError):
                raise
            raise OutputError(self._reason(exc)) from exc
        self.fts = self._has_fts()

    def _reason(self, exc: sqlite3.Error) -> str:
        if "locked" in str(exc) or "busy" in str(exc):
            return f"{self.path}: the database is locked by another process ({exc})"
        if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
            return f"{self.path}: not a SQLite database ({exc})"
        return f"{self.path}: cannot write: {exc}"

    @contextlib.contextmanager
    def _transaction(self) -> Any:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # ------------------------------------------------------------------ schema

    def _prepare(self) -> None:
        with self._transaction() as db:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            db.execute("CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, date TEXT, title TEXT, "
                       "characters INTEGER, facts INTEGER, error TEXT, sha256 TEXT)")
            have = {r[1] for r in db.execute("PRAGMA table_info(documents)")}
            if "sha256" not in have:
                db.execute("ALTER TABLE documents ADD COLUMN sha256 TEXT")
            if "facts" in tables:
                self._upgrade_facts(db)
            else:
                db.execute(f"CREATE TABLE facts (id INTEGER PRIMARY KEY, {', '.join(map(_column_sql, COLUMNS))})")
            db.execute("CREATE INDEX IF NOT EXISTS facts_doc_id ON facts (doc_id)")
            db.execute("CREATE INDEX IF NOT EXISTS facts_kind ON facts (kind)")
            db.execute("CREATE INDEX IF NOT EXISTS facts_entity ON facts (entity)")
            with contextlib.suppress(sqlite3.OperationalError):  # no FTS5 in this SQLite: no full-text index
                self._full_text_index(db)

    def _check(self) -> None:
        have = {r[1] for r in self.db.execute("PRAGMA table_info(facts)")}
        if have and not _CORE <= have:
            raise OutputError(f"{self.path}: its facts table is not a numfacts table")

    def _upgrade_facts(self, db: sqlite3.Connection) -> None:
        """An older facts table: columns added, or the table rebuilt once to get its foreign key."""
        have = [r[1] for r in db.execute("PRAGMA table_info(facts)")]
        if any(r[2] == "documents" for r in db.execute("PRAGMA foreign_key_list(facts)")):
            for column in COLUMNS:
                if column not in have:
                    db.execute(f"ALTER TABLE facts ADD COLUMN {_column_sql(column)}")
            return
        # rebuilt with the foreign key; the ids stay, so the external-content FTS index stays valid
        kept = ["id", *(c for c in COLUMNS if c in have)]
        names = ", ".join(map(_quote, kept))
        db.execute("INSERT OR IGNORE INTO documents (id, facts) SELECT doc_id, count(*) FROM facts GROUP BY doc_id")
        db.execute(f"CREATE TABLE facts_new (id INTEGER PRIMARY KEY, {', '.join(map(_column_sql, COLUMNS))})")
        db.execute(f"INSERT INTO facts_new ({names}) SELECT {names} FROM facts ORDER BY id")
        db.execute("DROP TABLE facts")
        db.execute("ALTER TABLE facts_new RENAME TO facts")

    def _full_text_index(self, db: sqlite3.Connection) -> None:
        """`facts_fts` as sqlite-utils' `enable_fts` makes it (``content=[facts]``), so that sqlite-utils
        and Datasette find it; an index of an older layout is rebuilt."""
        old = db.execute("SELECT sql FROM sqlite_master WHERE name='facts_fts'").fetchone()
        if old is not None and _FTS_SQL.split("(", 1)[1] in old[0]:
            return
        if old is not None:
            db.execute("DROP TABLE facts_fts")
        db.execute(_FTS_SQL)
        if old is not None:
            db.execute("INSERT INTO facts_fts (facts_fts) VALUES ('rebuild')")

    def _has_fts(self) -> bool:
        return bool(self.db.execute("SELECT 1 FROM sqlite_master WHERE name='facts_fts'").fetchone())

    # ------------------------------------------------------------------ writing

    def existing_ids(self) -> frozenset[str]:
        return frozenset(self._known)

    def known(self) -> dict[str, str | None]:
        return dict(self._known)

    def _insert_facts(self, db: sqlite3.Connection, rows: list[Row]) -> None:
        if not rows:
            return
        names = ", ".join(map(_quote, COLUMNS))
        first = db.execute("SELECT COALESCE(MAX(id), 0) FROM facts").fetchone()[0]
        db.executemany(f"INSERT INTO facts ({names}) VALUES ({', '.join('?' for _ in COLUMNS)})", rows)
        if self.fts:
            fts = ", ".join(_FTS_COLUMNS)
            db.execute(f"INSERT INTO facts_fts (rowid, {fts}) SELECT id, {fts} FROM facts WHERE id > ?", (first,))

    def _delete_facts(self, db: sqlite3.Connection, doc_ids: list[str]) -> None:
        for doc_id in doc_ids:
            if self.fts:
                fts = ", ".join(_FTS_COLUMNS)
                db.execute(f"INSERT INTO facts_fts (facts_fts, rowid, {fts}) "
                           f"SELECT 'delete', id, {fts} FROM facts WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM facts WHERE doc_id = ?", (doc_id,))

    def _upsert_documents(self, db: sqlite3.Connection, records: list[DocumentRecord]) -> None:
        columns = ", ".join(_DOCUMENT_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _DOCUMENT_COLUMNS[1:])
        db.executemany(f"INSERT INTO documents ({columns}) VALUES ({', '.join('?' for _ in _DOCUMENT_COLUMNS)}) "
                       f"ON CONFLICT (id) DO UPDATE SET {updates}",
                       [(r.id, r.date, r.title, r.characters, r.facts, r.error, r.sha256) for r in records])

    def write_chunk(self, payload: list[Row], records: list[DocumentRecord]) -> Written:
        """A chunk's documents and rows in one transaction; documents that another run wrote since
        this one started are skipped, changed ones replaced (with ``replace``)."""
        try:
            with self._transaction() as db:
                ids = [r.id for r in records]
                held: dict[str, tuple[str | None, str | None]] = {}
                for start in range(0, len(ids), 500):
                    part = ids[start:start + 500]
                    held.update((r[0], (r[1], r[2])) for r in db.execute(
                        f"SELECT id, error, sha256 FROM documents WHERE id IN ({', '.join('?' for _ in part)})", part))
                keep, skipped, replaced = [], set(), set()
                for r in records:
                    old = held.get(r.id)
                    if old is None or old[0] is not None:  # new, or failed before: written
                        keep.append(r)
                    elif r.error is not None:  # failed now, held without error: the old facts stay
                        continue
                    elif not self.replace or old[1] == r.sha256:
                        skipped.add(r.id)
                    else:
                        replaced.add(r.id)
                        keep.append(r)
                self._delete_facts(db, sorted(replaced))
                self._upsert_documents(db, keep)
                written = {r.id for r in keep}
                rows = [row for row in payload if row[0] in written]  # row[0]: doc_id
                self._insert_facts(db, rows)
        except sqlite3.Error as exc:
            raise OutputError(self._reason(exc)) from exc
        for r in keep:
            if r.error is None:
                self._known[r.id] = r.sha256
        self.rows += len(rows)
        return Written(len(rows), frozenset(skipped), frozenset(replaced))

    def _write_payload(self, payload: list[Row]) -> int:
        """Rows written on their own (`Writer.write`): their documents get a record until
        `write_documents` fills it in."""
        rows = [r for r in payload if r[0] not in self._known]
        if not rows:
            return 0
        try:
            with self._transaction() as db:
                db.executemany("INSERT OR IGNORE INTO documents (id) VALUES (?)", [(d,) for d in dict.fromkeys(
                    r[0] for r in rows)])
                self._insert_facts(db, rows)
        except sqlite3.Error as exc:
            raise OutputError(self._reason(exc)) from exc
        return len(rows)

    def write_documents(self, records: Iterable[DocumentRecord]) -> None:
        records = [r for r in records if r.id not in self._known]
        try:
            with self._transaction() as db:
                self._upsert_documents(db, records)
        except sqlite3.Error as exc:
            raise OutputError(self._reason(exc)) from exc
        self._known.update((r.id, r.sha256) for r in records if r.error is None)

    def _close(self) -> None:
        try:
            self.db.close()  # the last connection to close checkpoints the WAL into the file
        except sqlite3.Error as exc:
            raise OutputError(self._reason(exc)) from exc

    def _abort(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
        with contextlib.suppress(sqlite3.Error):
            self.db.close()


__all__ = ["DEFAULT_TIMEOUT", "SQLiteWriter"]
