"""The conversation store: every chat in one SQLite file (WAL), written as messages arrive.

    store = ChatStore()                      # paths.resolve().data / "conversations.db"
    chat = store.create_conversation(model="qwen2.5-7b-instruct")
    store.add_message(chat.id, "user", "Why is the sky blue?")
    with store.start_reply(chat.id, chat.model, {"temperature": 0.7}) as reply:
        for token in tokens:
            reply.append(token)              # written at least once a second
        reply.finish(ReplyStats(generated_tokens=42), state="complete")  # app.engines.chat_types.ReplyStats

Failures a person can meet (a damaged file, a full disk) are HearthErrors from `app.store.errors`.
"""

from __future__ import annotations

from app.store.chat_store import DATABASE_FILE, ChatStore, default_path, set_aside
from app.store.errors import (
    ConversationNotFound,
    MessageNotFound,
    StoreDamaged,
    StoreDiskFull,
    StoreTooNew,
    StoreUnavailable,
)
from app.store.records import Attachment, Conversation, Role, State, StoredMessage, title_from_text
from app.store.reply import ReplyWriter

__all__ = [
    "DATABASE_FILE",
    "Attachment",
    "ChatStore",
    "Conversation",
    "ConversationNotFound",
    "MessageNotFound",
    "ReplyWriter",
    "Role",
    "State",
    "StoreDamaged",
    "StoreDiskFull",
    "StoreTooNew",
    "StoreUnavailable",
    "StoredMessage",
    "default_path",
    "set_aside",
    "title_from_text",
]
