"""The store's SQL, as functions over an open connection inside a transaction the caller holds.

No locking and no error translation here (ChatStore does both), so each function is a plain statement or two
that reads in one place; everything that knows the column names lives in this module, schema.py and records.py.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from typing import Any

from app.i18n import say
from app.store import errors, schema
from app.store.records import (
    Attachment,
    Conversation,
    StoredMessage,
    conversation_from_row,
    dump_json,
    message_from_row,
    title_from_text,
)

_RECENT_FIRST = " ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ?"


def conversation(db: sqlite3.Connection, conversation_id: int) -> Conversation:
    row = db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
    if row is None:
        raise errors.ConversationNotFound(
            say(
                "Store",
                "This conversation no longer exists; it may have been deleted in another window.",
                "store.conversation-gone",
            ),
            f"conversation {conversation_id}",
        )
    return conversation_from_row(row)


def messages(db: sqlite3.Connection, conversation_id: int) -> list[StoredMessage]:
    rows = db.execute("SELECT * FROM messages WHERE conversation_id = ? ORDER BY position", (conversation_id,))
    return [message_from_row(row) for row in rows]


def message(db: sqlite3.Connection, message_id: int) -> StoredMessage:
    row = db.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
    if row is None:
        raise errors.MessageNotFound(
            say(
                "Store",
                "This message no longer exists; it may have been removed in another window.",
                "store.message-gone",
            ),
            f"message {message_id}",
        )
    return message_from_row(row)


def recent_conversations(db: sqlite3.Connection, search: str, limit: int, full_text: bool) -> list[Conversation]:
    """Pinned first, then the most recently active. `search` matches a title containing it, or a message with
    all its words (as word prefixes, with FTS5) or containing it (LIKE, without FTS5)."""
    search = search.strip()
    if not search:
        rows = db.execute("SELECT * FROM conversations" + _RECENT_FIRST, (limit,)).fetchall()
        return [conversation_from_row(row) for row in rows]
    like = "%" + re.sub(r"([\\%_])", r"\\\1", search) + "%"
    query = fts_query(search) if full_text else ""
    if query:
        table = schema.SEARCH_TABLE
        matching = f"SELECT m.conversation_id FROM {table} s JOIN messages m ON m.id = s.rowid WHERE {table} MATCH ?"
        params: tuple[Any, ...] = (like, query, limit)
    else:
        matching = "SELECT conversation_id FROM messages WHERE content LIKE ? ESCAPE '\\'"
        params = (like, like, limit)
    rows = db.execute(
        f"SELECT * FROM conversations WHERE title LIKE ? ESCAPE '\\' OR id IN ({matching})" + _RECENT_FIRST, params
    ).fetchall()
    return [conversation_from_row(row) for row in rows]


def fts_query(search: str) -> str:
    """Every word of the search as a quoted prefix term (so "pyth" finds "Python", and nothing the user types is
    read as FTS syntax); "" when the search has no words."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in re.findall(r"\w+", search))


def insert_message(
    db: sqlite3.Connection,
    conversation_id: int,
    role: str,
    content: str,
    *,
    model: str,
    settings: Mapping[str, Any] | None,
    state: str,
    attachments: tuple[Attachment, ...],
    stamp: str,
) -> StoredMessage:
    conversation(db, conversation_id)
    stored = store_attachments(db, conversation_id, attachments, stamp)
    position = db.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM messages WHERE conversation_id = ?", (conversation_id,)
    ).fetchone()[0]
    cursor = db.execute(
        "INSERT INTO messages (conversation_id, position, role, content, model, settings, attachments, state,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            conversation_id,
            position,
            role,
            content,
            model,
            dump_json(dict(settings or {})),
            dump_json(stored),
            state,
            stamp,
            stamp,
        ),
    )
    touch(db, conversation_id, stamp)
    return message(db, rowid(cursor))


def copy_conversation(db: sqlite3.Connection, conversation_id: int, title: str, stamp: str) -> int:
    """A new conversation with copies of every message and attachment; returns its id."""
    new_id = rowid(
        db.execute(
            "INSERT INTO conversations (title, title_is_custom, system_prompt, model, settings, pinned,"
            " created_at, updated_at) SELECT ?, ?, system_prompt, model, settings, 0, ?, ?"
            " FROM conversations WHERE id = ?",
            (title, int(bool(title)), stamp, stamp, conversation_id),
        )
    )
    blob_ids: dict[int, int] = {}
    for (old_blob,) in db.execute(
        "SELECT id FROM attachments WHERE conversation_id = ?", (conversation_id,)
    ).fetchall():
        blob_ids[old_blob] = rowid(
            db.execute(
                "INSERT INTO attachments (conversation_id, mime, data, created_at)"
                " SELECT ?, mime, data, ? FROM attachments WHERE id = ?",
                (new_id, stamp, old_blob),
            )
        )
    for original in messages(db, conversation_id):
        attachments = [{**a.to_json(), "blob_id": blob_ids.get(a.blob_id, 0)} for a in original.attachments]
        db.execute(
            "INSERT INTO messages (conversation_id, position, role, content, thinking, model, settings, stats,"
            " attachments, state, error, created_at, updated_at, sources, tool_calls)"
            " SELECT ?, position, role, content, thinking, model, settings, stats, ?,"
            " CASE state WHEN 'streaming' THEN 'stopped' ELSE state END, error, created_at, updated_at, sources,"
            " tool_calls"
            " FROM messages WHERE id = ?",
            (new_id, dump_json(attachments), original.id),
        )
    return new_id


def touch(db: sqlite3.Connection, conversation_id: int, stamp: str) -> None:
    db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (stamp, conversation_id))


def retitle(db: sqlite3.Connection, conversation_id: int, *, only_if_untitled: bool = False) -> None:
    """The automatic title, from the first user message with words in it, unless the user chose one."""
    current = conversation(db, conversation_id)
    if current.title_is_custom or (only_if_untitled and current.title):
        return
    title = ""
    for (content,) in db.execute(
        "SELECT content FROM messages WHERE conversation_id = ? AND role = 'user' ORDER BY position",
        (conversation_id,),
    ):
        title = title_from_text(content)
        if title:
            break
    db.execute("UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id))


def store_attachments(
    db: sqlite3.Connection, conversation_id: int, attachments: tuple[Attachment, ...], stamp: str
) -> list[dict[str, Any]]:
    """The attachments' bytes into their table; returns the records a message keeps (with each blob's id)."""
    stored: list[dict[str, Any]] = []
    for item in attachments:
        record = item.to_json()
        if item.data:
            record["blob_id"] = rowid(
                db.execute(
                    "INSERT INTO attachments (conversation_id, mime, data, created_at) VALUES (?, ?, ?, ?)",
                    (conversation_id, item.mime, item.data, stamp),
                )
            )
        stored.append(record)
    return stored


def forget_unused_attachments(db: sqlite3.Connection, conversation_id: int) -> None:
    """Attachment bytes no message refers to any more (after "regenerate" removed the messages)."""
    used = {a.blob_id for m in messages(db, conversation_id) for a in m.attachments if a.blob_id}
    for (blob_id,) in db.execute("SELECT id FROM attachments WHERE conversation_id = ?", (conversation_id,)).fetchall():
        if blob_id not in used:
            db.execute("DELETE FROM attachments WHERE id = ?", (blob_id,))


def rowid(cursor: sqlite3.Cursor) -> int:
    value = cursor.lastrowid
    assert value is not None, "an INSERT sets lastrowid"
    return value
