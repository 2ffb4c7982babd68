"""Server-sent events as OpenAI streams them: `data: {json}` events, a blank line after each, `data: [DONE]` last.

Encoding is the server's side; decoding the provider client's (any OpenAI-compatible server: comments, `event:`,
`id:` and `retry:` lines carry nothing a chat reply needs, and one event's several `data:` lines are joined).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from app.i18n import say
from app.openai.errors import WireError

DONE_DATA = "[DONE]"
DONE = b"data: [DONE]\n\n"
PING = b": ping\n\n"  # a comment: keeps a connection alive, read by nobody


class NotJson(WireError):
    """A streamed event whose data is not a JSON object; `payload` is the data as it came."""

    def __init__(self, payload: str) -> None:
        super().__init__(
            say(
                "OpenAI",
                "A streamed event was not a JSON object.",
                "openai.not-json",
            ),
            payload[:200],
        )
        self.payload = payload


def encode(data: Any) -> bytes:
    """One event carrying `data` as compact JSON (text kept as is, not escaped to ASCII)."""
    return f"data: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n".encode()


def data_of(lines: Iterable[str]) -> Iterator[str]:
    """The data of each event (several `data:` lines of one event are joined by newlines)."""
    data: list[str] = []
    for line in lines:
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    if data:
        yield "\n".join(data)


def events(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The JSON object of each event, up to `[DONE]`; raises NotJson at an event that is not one."""
    for payload in data_of(lines):
        if payload == DONE_DATA:
            return
        try:
            event = json.loads(payload)
        except ValueError:
            event = None
        if not isinstance(event, dict):
            raise NotJson(payload)
        yield event
