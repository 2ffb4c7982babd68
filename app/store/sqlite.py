"""The one way Hearth opens an SQLite file (conversations, comparisons, document indexes) and writes to it.

Before: three openers, one with migrations, one with its schema inline, one with none, and each its own pragmas.
Now each store gives its migrations (what version N+1 adds to N, `PRAGMA user_version` counting them) and gets a
connection with the same settings: WAL (readers never wait for the writer; a killed app loses no commit), NORMAL
synchronous (only a power cut may lose the last commits), foreign keys on, a busy timeout, explicit transactions
(`isolation_level=None`: never one opened implicitly) and a connection any thread may use (each store serialises
its use with a lock). Errors are the caller's to put in its own words: `sqlite3.Error` and `OSError` come through.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar, Self

from app.errors import HearthError
from app.i18n import say

log = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection], None]


def open_sqlite(
    path: Path,
    migrations: Sequence[Migration],
    *,
    upto: int | None = None,
    check: Callable[[sqlite3.Connection], None] | None = None,
    rows_by_name: bool = True,
    busy_timeout_s: float = 5.0,
) -> sqlite3.Connection:
    """A connection to `path`, migrated to version `upto` (all of `migrations` unless given: tests stop early to
    build an old file). `check` looks at the file before anything is changed (a store refusing a newer or a foreign
    database). The connection is closed on every failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False)
    try:
        if rows_by_name:
            db.row_factory = sqlite3.Row
        if check is not None:
            check(db)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        db.execute("PRAGMA foreign_keys = ON")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("%s stays in journal mode %s", path, mode)
        db.execute("PRAGMA synchronous = NORMAL")
        migrate(db, migrations, upto=len(migrations) if upto is None else upto, name=path.name)
    except BaseException:
        db.close()
        raise
    return db


def migrate(db: sqlite3.Connection, migrations: Sequence[Migration], *, upto: int, name: str = "") -> None:
    """Each missing version in its own transaction, so a failure leaves the file at the last whole version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version, upto):
        with transaction(db):
            migrations[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
        log.info("%s migrated to version %d", name or "a database", number + 1)


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE (the write lock now, not at the first write), COMMIT, or ROLLBACK on any exception."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def statements(script: str) -> list[str]:
    """A schema script as its statements, split where SQLite says one is complete (a trigger's body holds `;`s), so
    a migration runs them inside its transaction (`executescript` would commit first)."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip():
        found.append(pending.strip())
    return found


class LockedStore:
    """One connection behind a lock, for a store that a worker and the window (or a command) both use: opened with
    its migrations, closed once, `_write()` a transaction, `_rows()` a read. A subclass names its file (`WHAT`, as
    the person reads it) and the error its sentences are raised as."""

    WHAT: ClassVar[str] = say("Store", "file", "store.file")
    ERROR: ClassVar[type[HearthError]] = HearthError

    def __init__(self, path: Path, migrations: Sequence[Migration]) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            db = open_sqlite(self.path, migrations)
        except (sqlite3.Error, OSError) as exc:
            cannot_open = say("Store", "Hearth cannot open its {what} {path}.", "store.cannot-open-file")
            raise self.ERROR(cannot_open.format(what=self.WHAT, path=self.path), str(exc)) from exc
        self._db: sqlite3.Connection | None = db

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock, transaction(self._connection()) as db:
            yield db

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise self.ERROR(say("Store", "The {what} is closed.", "store.file-closed").format(what=self.WHAT))
        return self._db

    def _rows(self, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._connection().execute(sql, tuple(args)))
