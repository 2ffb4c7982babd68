"""A conversation as a document a person keeps: Markdown to read or paste.

A pure function of a Conversation and its Messages, so the same text comes out of the CLI and the GUI.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.store.records import Conversation, StoredMessage

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
