"""Token streams merged into a few updates per second, order and kinds kept."""

from __future__ import annotations

from collections.abc import Generator

from app.engines.chat_types import Event, Notice, TextDelta, ThinkingDelta
from app.engines.coalesce import coalesce
from tests.helpers.generators import drain


def stream(events: list[Event], result: str = "stats") -> Generator[Event, None, str]:
    yield from events
    return result


def test_fast_tokens_are_joined_and_nothing_is_lost() -> None:
    ticks = iter(i * 0.001 for i in range(10_000))  # a token every millisecond
    events = [TextDelta(f"t{i} ") for i in range(100)]
    out, result = drain(coalesce(stream(events), interval=0.03, clock=lambda: next(ticks)))
    assert result == "stats"
    assert "".join(e.text for e in out if isinstance(e, TextDelta)) == "".join(e.text for e in events)
    assert len(out) <= 5


def test_kinds_and_notices_keep_their_order() -> None:
    frozen = iter([0.0] * 100)
    events: list[Event] = [ThinkingDelta("a"), ThinkingDelta("b"), Notice("left out 2"), TextDelta("c"), TextDelta("d")]
    out, _ = drain(coalesce(stream(events), clock=lambda: next(frozen)))
    assert out == [ThinkingDelta("ab"), Notice("left out 2"), TextDelta("cd")]
