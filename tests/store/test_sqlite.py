"""The one SQLite opener: its settings, its migrations counted by user_version, and a schema split where SQLite
says a statement ends (a trigger's body holds semicolons)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.documents.index import SCHEMA, DocumentIndex
from app.store.sqlite import open_sqlite, statements, transaction


def test_a_file_is_opened_with_the_settings_and_migrated_once(tmp_path: Path) -> None:
    ran: list[int] = []

    def first(db: sqlite3.Connection) -> None:
        ran.append(1)
        db.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL)")

    def second(db: sqlite3.Connection) -> None:
        ran.append(2)
        db.execute("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")

    path = tmp_path / "deep" / "notes.db"
    with closing(open_sqlite(path, (first,))) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    with closing(open_sqlite(path, (first, second))) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        db.execute("INSERT INTO notes(text) VALUES ('kept')")
        assert db.execute("SELECT text, pinned FROM notes").fetchone()["pinned"] == 0
    assert ran == [1, 2]


def test_a_failed_migration_leaves_the_last_whole_version_and_a_failed_transaction_writes_nothing(
    tmp_path: Path,
) -> None:
    def first(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE notes(text TEXT)")

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE notes ADD COLUMN extra TEXT")
        raise sqlite3.OperationalError("half-way")

    path = tmp_path / "notes.db"
    with pytest.raises(sqlite3.OperationalError):
        open_sqlite(path, (first, broken))
    with closing(open_sqlite(path, (first,))) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert [row[1] for row in db.execute("PRAGMA table_info(notes)")] == ["text"]
        with pytest.raises(sqlite3.IntegrityError):
            _write_then_fail(db)
        assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_a_schema_is_split_where_sqlite_says_a_statement_ends() -> None:
    parts = statements(SCHEMA)
    assert all(sqlite3.complete_statement(p) for p in parts)
    triggers = [p for p in parts if p.startswith("CREATE TRIGGER")]
    assert len(triggers) == 2
    assert all(t.endswith("END;") for t in triggers)


def test_a_document_index_made_before_versions_were_counted_opens_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with closing(sqlite3.connect(path)) as old:  # as the index was created before: the script, no version
        old.executescript(SCHEMA)
        old.execute("INSERT INTO meta(key, value) VALUES ('name', 'Papers')")
        old.commit()
    with DocumentIndex(path) as index:
        assert index.meta("name") == "Papers"


def _write_then_fail(db: sqlite3.Connection) -> None:
    with transaction(db):
        db.execute("INSERT INTO notes VALUES ('lost')")
        raise sqlite3.IntegrityError("the caller's failure")
