"""A job on the model host: what a client holds while its load or reply runs on the engine thread.

A client either iterates the job (the CLI, the server: `for event in job.events()`, then `job.result()`) or gives
callbacks (the GUI's bridge turns them into queued signals). Callbacks run on the engine thread, so they must be
quick and thread-safe: emitting a Qt signal or putting into a queue is; touching a widget is not.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Generic, TypeVar

from app.errors import HearthError

T = TypeVar("T")
EventCallback = Callable[[object], None]
DoneCallback = Callable[["Job[T]"], None]


class JobKind(StrEnum):
    LOAD = "load"
    REPLY = "reply"
    UNLOAD = "unload"
    CALL = "call"  # a function run on the engine thread, for measurements and tests
    EMBED = "embed"  # texts to vectors with an embedding model, one more kind of loaded model


class JobCancelled(HearthError):
    """The job was cancelled before the engine thread reached it."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


_DONE = object()


class Job(Generic[T]):
    """One unit of work for the engine thread, and how its events and outcome get back to the client."""

    def __init__(
        self,
        kind: JobKind,
        description: str,
        *,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[T] | None = None,
        keep_events: bool = False,
    ) -> None:
        self.kind = kind
        self.description = description
        self.cancel_event = threading.Event()
        self._finished = threading.Event()
        self._lock = threading.Lock()
        self._result: T | None = None
        self._error: BaseException | None = None
        self._listeners: list[tuple[EventCallback | None, DoneCallback[T] | None]] = []
        if on_event is not None or on_done is not None:
            self._listeners.append((on_event, on_done))
        # Without callbacks the client reads `events()`; the queue exists from the start, so nothing is missed
        # between submitting and iterating.
        self._queue: queue.SimpleQueue[object] | None = None if on_event is not None else queue.SimpleQueue()
        # A load shared by several clients keeps its few events, so a client that joins late still sees them.
        self._history: list[object] | None = [] if keep_events else None

    # ---- the client's side
    def cancel(self) -> None:
        """Stop the job: a reply stops within a token; a queued job never starts. Other jobs are not touched."""
        self.cancel_event.set()

    @property
    def done(self) -> bool:
        return self._finished.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._finished.wait(timeout)

    def result(self, timeout: float | None = None) -> T:
        """The job's result once it has finished; raises what the job raised."""
        if not self._finished.wait(timeout):
            raise TimeoutError(f"{self.description} did not finish in {timeout} s")
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]  # set together with _finished when no error

    @property
    def error(self) -> BaseException | None:
        return self._error

    def subscribe(self, on_event: EventCallback | None = None, on_done: DoneCallback[T] | None = None) -> None:
        """Receive events from now on (a kept history first) and the end, even when it has already come."""
        with self._lock:
            for event in self._history or ():
                if on_event is not None:
                    on_event(event)
            if not self._finished.is_set():
                self._listeners.append((on_event, on_done))
                return
        if on_done is not None:
            on_done(self)

    def events(self) -> Iterator[object]:
        """The job's events as they come, ending when it finishes (then call `result()`)."""
        with self._lock:
            if self._queue is None:
                raise RuntimeError("this job reports through callbacks; its events cannot also be iterated")
            events = self._queue
        while (event := events.get()) is not _DONE:
            yield event

    # ---- the host's side
    def emit(self, event: object) -> None:
        with self._lock:
            if self._history is not None:
                self._history.append(event)
            listeners = list(self._listeners)
            if self._queue is not None:
                self._queue.put(event)
        for on_event, _ in listeners:
            if on_event is not None:
                on_event(event)

    def finish(self, result: T | None = None, error: BaseException | None = None) -> None:
        with self._lock:
            self._result, self._error = result, error
            self._finished.set()
            listeners, self._listeners = self._listeners, []
            if self._queue is not None:
                self._queue.put(_DONE)
        for _, on_done in listeners:
            if on_done is not None:
                on_done(self)
