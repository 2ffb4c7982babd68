"""Opening the database file and bringing its schema up to date.

The schema version lives in `PRAGMA user_version`; `MIGRATIONS[n]` takes a database from version n to n + 1
inside one transaction (the version bump included), so a crash mid-migration leaves the previous version intact.
Append new migrations; never edit a released one.

A file is checked before anything writes to it: one that is not SQLite, not Hearth's, or from a newer Hearth is
refused with a sentence and left byte for byte as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from app.store import errors
from app.store.sqlite import Migration, open_sqlite

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
SEARCH_TABLE = "message_search"


def _v1_conversations_and_messages(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            title_is_custom INTEGER NOT NULL DEFAULT 0,
            system_prompt TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            pinned INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            content TEXT NOT NULL DEFAULT '',
            thinking TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            stats TEXT,
            attachments TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'complete'
                CHECK (state IN ('complete', 'streaming', 'stopped', 'failed')),
            error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (conversation_id, position)
        )"""
    )
    db.execute("CREATE INDEX messages_by_state ON messages(state) WHERE state = 'streaming'")
    db.execute(
        """CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            mime TEXT NOT NULL DEFAULT '',
            data BLOB NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX attachments_by_conversation ON attachments(conversation_id)")
    db.execute("CREATE INDEX conversations_by_recency ON conversations(pinned DESC, updated_at DESC)")


def _v2_message_search(db: sqlite3.Connection) -> None:
    """Full-text search over message text when this SQLite has FTS5; without it search falls back to LIKE."""
    if not fts5_available(db):
        log.info("SQLite without FTS5: conversation search uses LIKE")
        return
    db.execute(
        f"""CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(
            content, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"""
    )
    db.execute(
        f"""CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
            INSERT INTO {SEARCH_TABLE}(rowid, content) VALUES (new.id, new.content);
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
            INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, content) VALUES ('delete', old.id, old.content);
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER messages_search_update AFTER UPDATE OF content ON messages BEGIN
            INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, content) VALUES ('delete', old.id, old.content);
            INSERT INTO {SEARCH_TABLE}(rowid, content) VALUES (new.id, new.content);
        END"""
    )
    db.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")


def _v3_reply_sources(db: sqlite3.Connection) -> None:
    """How a reply read documents (mode, notice, each source) as JSON, so reopening a conversation shows its
    sources again. Older rows get '' (no documents); nothing else changes."""
    db.execute("ALTER TABLE messages ADD COLUMN sources TEXT NOT NULL DEFAULT ''")


def _v4_tool_calls(db: sqlite3.Connection) -> None:
    """The tool calls a reply made (app/tool_use's records as JSON: server, tool, arguments, result or error), so
    reopening a conversation shows them again. Older rows get '' (no calls)."""
    db.execute("ALTER TABLE messages ADD COLUMN tool_calls TEXT NOT NULL DEFAULT ''")


MIGRATIONS: tuple[Migration, ...] = (
    _v1_conversations_and_messages,
    _v2_message_search,
    _v3_reply_sources,
    _v4_tool_calls,
)
LATEST = len(MIGRATIONS)


def fts5_available(db: sqlite3.Connection) -> bool:
    try:
        return bool(db.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0])
    except sqlite3.Error:
        return False


def has_search_index(db: sqlite3.Connection) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_TABLE,)).fetchone()
    return row is not None


def open_database(path: Path, *, upto: int = LATEST) -> sqlite3.Connection:
    """A connection to `path` with the store's settings, migrated to version `upto` (tests stop early to build an
    old database). Raises a HearthError from app.store.errors; the connection is closed on every failure."""
    _refuse_foreign_file(path)
    try:
        return open_sqlite(
            path, MIGRATIONS, upto=upto, check=lambda db: _check_version(db, path), busy_timeout_s=BUSY_TIMEOUT_S
        )
    except (sqlite3.Error, OSError) as exc:
        raise errors.translate(exc, path) from exc


def _refuse_foreign_file(path: Path) -> None:
    """Read the header ourselves: SQLite would otherwise create -wal and -shm files beside a file it cannot use."""
    if path.is_dir():
        raise errors.unavailable(path, "the path is a folder")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise errors.translate(exc, path) from exc
    if header and header != SQLITE_MAGIC:
        raise errors.damaged(path, f"the file does not start with the SQLite header (found {header!r})")


def _check_version(db: sqlite3.Connection, path: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise errors.too_new(path, version, LATEST)
    if version == 0:
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise errors.not_hearths(path, f"an SQLite database with {tables} objects and no Hearth schema version")
