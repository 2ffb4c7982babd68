"""Running Hearth's generator jobs (downloads, replies) to the end in tests, as a worker would."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

Y = TypeVar("Y")
R = TypeVar("R")


def drain(generator: Generator[Y, None, R]) -> tuple[list[Y], R]:
    """Everything the job yielded, and what it returned."""
    seen: list[Y] = []
    while True:
        try:
            seen.append(next(generator))
        except StopIteration as finished:
            return seen, finished.value


def finish(generator: Generator[Y, None, R]) -> R:
    return drain(generator)[1]
