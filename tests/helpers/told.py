"""What the app told the person, for tests to assert on instead of looking into dialogs or labels."""

from __future__ import annotations

from app.messages import Message, MessageBridge


def told(bridge: MessageBridge) -> list[Message]:
    """A list that gathers every message `bridge` carries from now on, and those that were waiting for a listener."""
    seen: list[Message] = []
    bridge.subscribe(seen.append)
    return seen
