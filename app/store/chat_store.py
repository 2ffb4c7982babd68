"""ChatStore: every conversation in one SQLite file, written as messages arrive.

One connection, shared by the GUI thread and the worker that streams a reply, guarded by a lock: a SQLite
connection is not safe for concurrent use, and one writer at a time is all a chat needs. Each change is one short
transaction, so a crash loses at most the reply text still buffered in a ReplyWriter (about a second). The SQL
itself is in rows.py; this class owns the connection, the lock, the transactions and the error sentences.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from app import paths
from app.engines.chat_types import ReplyStats
from app.i18n import say
from app.store import errors, export, rows, schema
from app.store.records import (
    ROLES,
    Attachment,
    Conversation,
    StoredMessage,
    dump_json,
    now_utc,
    timestamp,
)
from app.store.reply import FLUSH_INTERVAL_S, ReplyWriter

log = logging.getLogger(__name__)

DATABASE_FILE = "conversations.db"
RENAME_LIMIT = 200


def default_path() -> Path:
    return paths.resolve().data / DATABASE_FILE


class ChatStore:
    def __init__(
        self,
        path: Path | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = now_utc,
        flush_interval_s: float = FLUSH_INTERVAL_S,
    ) -> None:
        """Open (creating or migrating) the database at `path`, by default `default_path()`. `clock` paces
        reply writes (seconds, monotonic); `now` stamps rows. Raises a HearthError when the file cannot be used,
        and then leaves it untouched."""
        self.path = path if path is not None else default_path()
        self._clock = clock
        self._now = now
        self._flush_interval_s = flush_interval_s
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = schema.open_database(self.path)
        try:
            self._full_text = schema.has_search_index(self._db)
            self._recover_interrupted_replies()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @property
    def closed(self) -> bool:
        """Closed by its owner (the app shutting down, a test reopening the file): nothing more may be read."""
        return self._db is None

    def __enter__(self) -> ChatStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # Conversations

    def create_conversation(
        self, system_prompt: str = "", model: str = "", settings: Mapping[str, Any] | None = None
    ) -> Conversation:
        stamp = self._stamp()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO conversations (system_prompt, model, settings, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (system_prompt, model, dump_json(dict(settings or {})), stamp, stamp),
            )
            return rows.conversation(db, rows.rowid(cursor))

    def conversations(self, search: str = "", limit: int = 200) -> list[Conversation]:
        """Pinned first, then the most recently active; `search` matches titles and message text."""
        with self._read() as db:
            return rows.recent_conversations(db, search, limit, self._full_text)

    def conversation(self, conversation_id: int) -> Conversation:
        with self._read() as db:
            return rows.conversation(db, conversation_id)

    def update_conversation(
        self,
        conversation_id: int,
        *,
        system_prompt: str | None = None,
        model: str | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Change what the next reply uses; messages already written keep the model and settings they had."""
        with self._write() as db:
            current = rows.conversation(db, conversation_id)
            db.execute(
                "UPDATE conversations SET system_prompt = ?, model = ?, settings = ? WHERE id = ?",
                (
                    current.system_prompt if system_prompt is None else system_prompt,
                    current.model if model is None else model,
                    dump_json(current.settings if settings is None else dict(settings)),
                    conversation_id,
                ),
            )
            return rows.conversation(db, conversation_id)

    def rename(self, conversation_id: int, title: str) -> Conversation:
        """A title the user chose; messages no longer change it. An empty title goes back to the automatic one."""
        title = " ".join(title.split())[:RENAME_LIMIT]
        with self._write() as db:
            rows.conversation(db, conversation_id)
            db.execute(
                "UPDATE conversations SET title = ?, title_is_custom = ? WHERE id = ?",
                (title, int(bool(title)), conversation_id),
            )
            if not title:
                rows.retitle(db, conversation_id)
            return rows.conversation(db, conversation_id)

    def delete(self, conversation_id: int) -> None:
        """The conversation, its messages and its attachments (foreign keys cascade)."""
        with self._write() as db:
            rows.conversation(db, conversation_id)
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def duplicate(self, conversation_id: int) -> Conversation:
        """A copy to branch from: every message and attachment, titled "<title> (copy)"."""
        with self._write() as db:
            source = rows.conversation(db, conversation_id)
            title = f"{source.title} (copy)" if source.title else ""
            return rows.conversation(db, rows.copy_conversation(db, conversation_id, title, self._stamp()))

    # Messages

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        """In order. A reply being streamed shows the text written so far (at most about a second behind)."""
        with self._read() as db:
            rows.conversation(db, conversation_id)
            return rows.messages(db, conversation_id)

    def message(self, message_id: int) -> StoredMessage:
        with self._read() as db:
            return rows.message(db, message_id)

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        *,
        model: str = "",
        settings: Mapping[str, Any] | None = None,
        attachments: Iterable[Attachment] = (),
    ) -> StoredMessage:
        """A finished message. The first user message names an unnamed conversation."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        with self._write() as db:
            message = rows.insert_message(
                db,
                conversation_id,
                role,
                content,
                model=model,
                settings=settings,
                state="complete",
                attachments=tuple(attachments),
                stamp=self._stamp(),
            )
            if role == "user":
                rows.retitle(db, conversation_id, only_if_untitled=True)
            return message

    def start_reply(self, conversation_id: int, model: str, settings: Mapping[str, Any] | None = None) -> ReplyWriter:
        """An empty assistant message in state "streaming", and the writer that fills it in."""
        with self._write() as db:
            message = rows.insert_message(
                db,
                conversation_id,
                "assistant",
                "",
                model=model,
                settings=settings,
                state="streaming",
                attachments=(),
                stamp=self._stamp(),
            )
        return ReplyWriter(self, message, self._clock, self._flush_interval_s)

    def edit_message(
        self, message_id: int, content: str, *, add_attachments: Iterable[Attachment] = ()
    ) -> StoredMessage:
        """New text for a message ("edit and resend"), and any pictures attached while editing it, after the ones
        it had. Editing the first user message renames a conversation the user has not renamed."""
        stamp = self._stamp()
        with self._write() as db:
            message = rows.message(db, message_id)
            kept = [a.to_json() for a in message.attachments]
            added = rows.store_attachments(db, message.conversation_id, tuple(add_attachments), stamp)
            db.execute(
                "UPDATE messages SET content = ?, attachments = ?, updated_at = ? WHERE id = ?",
                (content, dump_json(kept + added), stamp, message_id),
            )
            if message.role == "user":
                rows.retitle(db, message.conversation_id)
            rows.touch(db, message.conversation_id, stamp)
            return rows.message(db, message_id)

    def set_sources(self, message_id: int, sources: Mapping[str, Any]) -> StoredMessage:
        """How a reply read documents (app/documents: its mode, notice and sources), kept with it so the
        conversation shows them again when it is reopened."""
        with self._write() as db:
            rows.message(db, message_id)
            db.execute("UPDATE messages SET sources = ? WHERE id = ?", (dump_json(dict(sources)), message_id))
            return rows.message(db, message_id)

    def set_tool_calls(self, message_id: int, calls: Sequence[Mapping[str, Any]]) -> StoredMessage:
        """The tool calls a reply made so far (app/tool_use's records as JSON), kept with it so the conversation
        shows them again when it is reopened."""
        with self._write() as db:
            rows.message(db, message_id)
            db.execute(
                "UPDATE messages SET tool_calls = ? WHERE id = ?", (dump_json([dict(c) for c in calls]), message_id)
            )
            return rows.message(db, message_id)

    def delete_after(self, message_id: int) -> int:
        """Remove every later message of its conversation (for "edit and resend" and "regenerate"); returns how
        many were removed."""
        with self._write() as db:
            message = rows.message(db, message_id)
            cursor = db.execute(
                "DELETE FROM messages WHERE conversation_id = ? AND position > ?",
                (message.conversation_id, message.position),
            )
            rows.forget_unused_attachments(db, message.conversation_id)
            rows.touch(db, message.conversation_id, self._stamp())
            return cursor.rowcount

    def attachment_data(self, blob_id: int) -> bytes:
        with self._read() as db:
            row = db.execute("SELECT data FROM attachments WHERE id = ?", (blob_id,)).fetchone()
        if row is None:
            raise errors.MessageNotFound(
                say(
                    "Store",
                    "This image is no longer saved with the conversation.",
                    "store.image-gone",
                ),
                f"blob {blob_id}",
            )
        return bytes(row["data"])

    def pictures_of(self, message: StoredMessage) -> list[tuple[str, bytes]]:
        """The pictures kept with a message, as (name, data); one the database lost is left out rather than
        failing the whole conversation."""
        pictures = []
        for attachment in message.attachments:
            if attachment.kind != "image" or not attachment.blob_id:
                continue
            try:
                pictures.append((attachment.name, self.attachment_data(attachment.blob_id)))
            except errors.MessageNotFound:
                continue
        return pictures

    # Export

    def export_markdown(self, conversation_id: int) -> str:
        with self._read() as db:
            return export.to_markdown(rows.conversation(db, conversation_id), rows.messages(db, conversation_id))

    # For ReplyWriter (the ReplySink protocol)

    def _append_to_reply(self, message_id: int, text: str, thinking: str) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE messages SET content = content || ?, thinking = thinking || ?, updated_at = ? WHERE id = ?",
                (text, thinking, self._stamp(), message_id),
            )

    def _finish_reply(
        self, message_id: int, text: str, thinking: str, stats: ReplyStats | None, state: str, error: str
    ) -> StoredMessage:
        stamp = self._stamp()
        with self._write() as db:
            db.execute(
                "UPDATE messages SET content = content || ?, thinking = thinking || ?, stats = ?, state = ?,"
                " error = ?, updated_at = ? WHERE id = ?",
                (text, thinking, dump_json(stats.to_json()) if stats else None, state, error, stamp, message_id),
            )
            message = rows.message(db, message_id)
            rows.touch(db, message.conversation_id, stamp)
            return message

    # Connection, lock, transactions

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._translated():
            yield self._connection()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is saved, or (on any error, a full disk included) none of it."""
        with self._lock, self._translated():
            db = self._connection()
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    try:
                        db.execute("ROLLBACK")
                    except sqlite3.Error:
                        log.exception("Rolling back a conversations transaction failed")
                raise

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.ProgrammingError, sqlite3.IntegrityError, sqlite3.InterfaceError):
            raise  # bugs, not situations a person can act on
        except sqlite3.Error as exc:
            raise errors.translate(exc, self.path) from exc

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the conversation store is closed")
        return self._db

    def _stamp(self) -> str:
        return timestamp(self._now())

    def _recover_interrupted_replies(self) -> None:
        """A reply still "streaming" when the store opens was cut off by a crash: keep its text as "stopped"."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE messages SET state = 'stopped', updated_at = ? WHERE state = 'streaming'", (self._stamp(),)
            )
        if cursor.rowcount:
            log.info("Kept %d reply(ies) cut off by an earlier exit, as stopped", cursor.rowcount)


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (with its -wal and -shm files) out of the way, renamed, never deleted, so Hearth
    can start with an empty list. Returns the new path of the database file."""
    stamp = (now or now_utc()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    try:
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.replace(target.with_name(target.name + suffix))
        path.replace(target)
    except OSError as exc:
        raise errors.translate(exc, path) from exc
    return target
