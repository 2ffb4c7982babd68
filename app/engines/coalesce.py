"""Merge a fast token stream into a few updates per second before it crosses to the GUI thread.

A small model on a fast machine produces hundreds of tokens per second; one queued signal and one widget update
per token would starve the event loop. Consecutive deltas of the same kind are joined and released at most every
`interval` seconds; anything else (a notice, a change from thinking to text) passes at once, in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import TypeVar

from app.engines.chat_types import Event, Notice, TextDelta, ThinkingDelta, ToolCall

R = TypeVar("R")
INTERVAL_S = 0.03


def coalesce(
    events: Generator[Event, None, R],
    interval: float = INTERVAL_S,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[Event, None, R]:
    pending: TextDelta | ThinkingDelta | None = None
    released = clock()
    while True:
        try:
            event = next(events)
        except StopIteration as finished:
            if pending is not None:
                yield pending
            result: R = finished.value
            return result
        except Exception:
            if pending is not None:  # a stream that breaks off (a remote server gone) keeps what arrived
                yield pending
            raise
        if isinstance(event, Notice | ToolCall):  # whole events: never merged, never held back
            if pending is not None:
                yield pending
                pending = None
            yield event
            continue
        if pending is not None and type(pending) is not type(event):
            yield pending
            pending = None
        pending = event if pending is None else type(event)(pending.text + event.text)
        now = clock()
        if now - released >= interval:
            yield pending
            pending = None
            released = now
