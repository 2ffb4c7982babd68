"""What the store hands out: frozen snapshots of conversations and messages, and how rows become them.

Snapshots rather than live objects, so a list shown on screen can never change under the view's feet and a
worker thread can pass one to the GUI thread safely. JSON columns are read tolerantly: a hand-edited or damaged
value becomes an empty one instead of making a whole conversation unreadable.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from app.engines.chat_types import ReplyStats

Role = Literal["system", "user", "assistant"]
State = Literal["complete", "streaming", "stopped", "failed"]
ROLES: tuple[Role, ...] = ("system", "user", "assistant")
STATES: tuple[State, ...] = ("complete", "streaming", "stopped", "failed")
FINAL_STATES: tuple[State, ...] = ("complete", "stopped", "failed")

TITLE_LIMIT = 60


@dataclass(frozen=True)
class Attachment:
    """A file shown to the model with a message. Pass `data` to keep the bytes inside the conversation (images
    pasted or dropped: they must survive the original file being moved); stored attachments come back with
    `blob_id` set and `data` empty (read the bytes with `ChatStore.attachment_data`)."""

    kind: str  # "image" (audio and documents may follow)
    mime: str = ""
    width: int = 0
    height: int = 0
    path: str = ""  # where it came from, or where it lives when not kept in the database
    name: str = ""
    blob_id: int = 0  # 0 = not stored in the database
    data: bytes = field(default=b"", repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "mime": self.mime,
            "width": self.width,
            "height": self.height,
            "path": self.path,
            "name": self.name,
            "blob_id": self.blob_id,
        }

    @classmethod
    def from_json(cls, raw: Any) -> Attachment | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("kind"), str):
            return None

        def number(key: str) -> int:
            value = raw.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        def text(key: str) -> str:
            value = raw.get(key)
            return value if isinstance(value, str) else ""

        return cls(
            kind=raw["kind"],
            mime=text("mime"),
            width=number("width"),
            height=number("height"),
            path=text("path"),
            name=text("name"),
            blob_id=number("blob_id"),
        )


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str  # "" until the first user message names it; the UI shows "New chat"
    system_prompt: str
    model: str  # a library id
    settings: dict[str, Any]
    pinned: bool
    title_is_custom: bool  # renamed by the user: messages no longer change the title
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: int
    position: int
    role: Role
    content: str
    thinking: str
    model: str
    settings: dict[str, Any]
    stats: ReplyStats | None
    attachments: tuple[Attachment, ...]
    state: State
    error: str  # why a "failed" reply failed, as a sentence
    created_at: datetime
    updated_at: datetime
    sources: dict[str, Any] = field(default_factory=dict)  # how a reply read documents (app/documents), or {}
    tool_calls: tuple[dict[str, Any], ...] = ()  # the calls a reply made (app/tool_use records as JSON), in order


def now_utc() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """Stored as fixed-width ISO 8601 text: readable with any SQLite tool, and sorts as it reads."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def load_json(text: Any) -> Any:
    try:
        return json.loads(text) if text else None
    except (TypeError, ValueError):
        return None


def json_object(text: Any) -> dict[str, Any]:
    value = load_json(text)
    return value if isinstance(value, dict) else {}


def json_objects(text: Any) -> tuple[dict[str, Any], ...]:
    value = load_json(text)
    return tuple(item for item in value if isinstance(item, dict)) if isinstance(value, list) else ()


def attachments_from(text: Any) -> tuple[Attachment, ...]:
    value = load_json(text)
    if not isinstance(value, list):
        return ()
    return tuple(a for a in (Attachment.from_json(item) for item in value) if a is not None)


def conversation_from_row(row: sqlite3.Row) -> Conversation:
    return Conversation(
        id=row["id"],
        title=row["title"],
        system_prompt=row["system_prompt"],
        model=row["model"],
        settings=json_object(row["settings"]),
        pinned=bool(row["pinned"]),
        title_is_custom=bool(row["title_is_custom"]),
        created_at=parse_time(row["created_at"]),
        updated_at=parse_time(row["updated_at"]),
    )


def message_from_row(row: sqlite3.Row) -> StoredMessage:
    role: Role = next((r for r in ROLES if r == row["role"]), "user")
    state: State = next((s for s in STATES if s == row["state"]), "complete")
    return StoredMessage(
        id=row["id"],
        conversation_id=row["conversation_id"],
        position=row["position"],
        role=role,
        content=row["content"],
        thinking=row["thinking"],
        model=row["model"],
        settings=json_object(row["settings"]),
        stats=ReplyStats.from_json(load_json(row["stats"])),
        attachments=attachments_from(row["attachments"]),
        state=state,
        error=row["error"],
        created_at=parse_time(row["created_at"]),
        updated_at=parse_time(row["updated_at"]),
        sources=json_object(row["sources"]),
        tool_calls=json_objects(row["tool_calls"]),
    )


_MARKUP_PREFIX = re.compile(r"^(?:[#>*+\-]+|\d+[.)])\s+")


def title_from_text(text: str) -> str:
    """A conversation's automatic title: the first line with words in it, without Markdown markers, on one line,
    at most TITLE_LIMIT characters (cut at a word where one is near, marked with an ellipsis)."""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("```"):
            continue
        cleaned = _MARKUP_PREFIX.sub("", stripped).replace("`", "").replace("**", "")
        cleaned = " ".join(cleaned.split())
        if cleaned:
            break
    else:
        return ""
    if len(cleaned) <= TITLE_LIMIT:
        return cleaned
    cut = cleaned[: TITLE_LIMIT - 1]
    space = cut.rfind(" ")
    if space >= TITLE_LIMIT // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–—") + "…"
