"""Token streams merged into a few updates per second, order and kinds kept."""

from __future__ import annotations

from collections.abc import Generator

import pytest

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


def test_a_stream_that_breaks_off_hands_over_what_it_held_before_the_error() -> None:
    def broken() -> Generator[Event, None, str]:
        yield TextDelta("kept ")
        yield TextDelta("too")
        raise ConnectionError("the server went away")

    frozen = iter([0.0] * 100)
    merged = coalesce(broken(), clock=lambda: next(frozen))
    assert next(merged) == TextDelta("kept too")
    with pytest.raises(ConnectionError, match="the server went away"):
        next(merged)
