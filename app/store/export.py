"""A conversation as a document a person keeps: Markdown to read or paste, JSON to archive or re-import.

Pure functions of a Conversation and its Messages, so the same text comes out of the CLI and the GUI.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Any

from app.store.records import Conversation, StoredMessage, timestamp

EXPORT_FORMAT = "hearth.conversation"
EXPORT_VERSION = 1

_SPEAKERS = {"system": "System", "user": "You", "assistant": "Assistant"}


def to_markdown(conversation: Conversation, messages: Sequence[StoredMessage]) -> str:
    lines = [f"# {conversation.title or 'New chat'}", ""]
    about = [f"Started {conversation.created_at:%Y-%m-%d %H:%M} UTC"]
    if conversation.model:
        about.append(f"model {conversation.model}")
    lines += ["*" + ", ".join(about) + "*", ""]
    if conversation.system_prompt:
        lines += ["## System", "", conversation.system_prompt.strip(), ""]
    for message in messages:
        heading = _SPEAKERS[message.role]
        if message.role == "assistant" and message.model:
            heading += f" ({message.model})"
        lines += [f"## {heading}", ""]
        for item in message.attachments:
            label = item.name or item.path or f"{item.kind} {item.blob_id}"
            size = f", {item.width}×{item.height}" if item.width and item.height else ""
            lines.append(f"*[{item.kind}: {label}{size}]*")
        if message.attachments:
            lines.append("")
        if message.thinking.strip():
            lines += ["<details><summary>Thinking</summary>", "", message.thinking.strip(), "", "</details>", ""]
        if message.content.strip():
            lines += [message.content.strip(), ""]
        if message.state == "stopped":
            lines += ["*(stopped before the end)*", ""]
        elif message.state == "failed":
            lines += [f"*(failed: {message.error or 'no reason given'})*", ""]
        elif message.state == "streaming":
            lines += ["*(still being written)*", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_json(
    conversation: Conversation,
    messages: Sequence[StoredMessage],
    attachment_data: Callable[[int], bytes] | None = None,
) -> dict[str, Any]:
    """A JSON-ready dict. With `attachment_data`, stored attachments carry their bytes as base64."""

    def attachment(item: Any) -> dict[str, Any]:
        out: dict[str, Any] = item.to_json()
        if attachment_data is not None and item.blob_id:
            out["data_base64"] = base64.b64encode(attachment_data(item.blob_id)).decode("ascii")
        return out

    def message(m: StoredMessage) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": m.id,
            "position": m.position,
            "role": m.role,
            "content": m.content,
            "thinking": m.thinking,
            "model": m.model,
            "settings": m.settings,
            "stats": m.stats.to_json() if m.stats else None,
            "attachments": [attachment(a) for a in m.attachments],
            "state": m.state,
            "error": m.error,
            "created_at": timestamp(m.created_at),
            "updated_at": timestamp(m.updated_at),
        }
        if m.sources:  # only a reply from documents has them
            out["sources"] = m.sources
        return out

    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "conversation": {
            "id": conversation.id,
            "title": conversation.title,
            "system_prompt": conversation.system_prompt,
            "model": conversation.model,
            "settings": conversation.settings,
            "pinned": conversation.pinned,
            "created_at": timestamp(conversation.created_at),
            "updated_at": timestamp(conversation.updated_at),
        },
        "messages": [message(m) for m in messages],
    }
