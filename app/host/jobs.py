"""Jobs and the one queue that runs them: what a client holds while its work runs on a host's thread.

A `JobQueue(name)` is one thread (started by its first job) that runs jobs first in, first out; the model host
("hearth-engine"), the remote replies ("hearth-remote") and the speech host ("hearth-speech") are its instances.
A client either iterates a job (the CLI, the server: `for event in job.events()`, then `job.result()`) or gives
callbacks (the GUI's bridge turns them into queued signals). Callbacks run on the queue's thread, so they must be
quick and thread-safe: emitting a Qt signal or putting into a queue is; touching a widget is not.

`drive(events, emit)` runs a generator of events to its end and returns what it returned: the one loop every
client of `app/`'s plain generators writes.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Generator, Iterator
from enum import StrEnum
from typing import Any, Generic, TypeVar

from app.engines.chat_types import ReplyStats, StopReason
from app.errors import HearthError
from app.i18n import say

log = logging.getLogger("hearth.jobs")
T = TypeVar("T")
E = TypeVar("E")
R = TypeVar("R")
EventCallback = Callable[[object], None]
DoneCallback = Callable[["Job[T]"], None]


class JobKind(StrEnum):
    LOAD = "load"
    REPLY = "reply"
    UNLOAD = "unload"
    CALL = "call"  # a function run on the engine thread, for measurements and tests
    EMBED = "embed"  # texts to vectors with an embedding model, one more kind of loaded model
    TRANSCRIBE = "transcribe"  # a recording to a transcript, on the speech host


class JobCancelled(HearthError):
    """The job was cancelled before its queue's thread reached it."""

    def __init__(self) -> None:
        super().__init__(
            say(
                "Host",
                "Cancelled.",
                "host.job-cancelled",
            )
        )


_DONE = object()


class Job(Generic[T]):
    """One unit of work for a queue's thread, and how its events and outcome get back to the client."""

    def __init__(
        self,
        kind: JobKind,
        description: str,
        *,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[T] | None = None,
        keep_events: bool = False,
        cancel: threading.Event | None = None,
    ) -> None:
        """`cancel` is the client's own Event when it has one already (a worker's Stop), else the job makes one."""
        self.kind = kind
        self.description = description
        self.cancel_event = cancel if cancel is not None else threading.Event()
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


Work = Callable[[Job[Any]], Any]


class JobQueue:
    """One thread, named `name`, that runs submitted jobs one at a time, first in, first out.

    The thread starts with the first job, so a queue that is built but never used costs none. A job cancelled
    before the thread reaches it never runs: a reply ends like one cancelled before its first token (a cancelled
    `ReplyStats`), any other job with `JobCancelled`. Whatever a job's work raises becomes the job's error; the
    thread goes on with the next. `close` cancels every unfinished job (the running one stops at its next check),
    runs `on_close` on the thread (a host frees its models there, on the thread that loaded them) and joins it; a
    closed queue refuses new jobs."""

    def __init__(
        self,
        name: str,
        *,
        on_finish: Callable[[Job[Any]], None] | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        """`on_finish(job)` runs on the thread just before any job finishes (ran or not): the owner's bookkeeping.
        `on_close()` runs on the thread after the last job."""
        self.name = name
        self._on_finish = on_finish
        self._on_close = on_close
        self._work: queue.SimpleQueue[tuple[Job[Any], Work] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._unfinished: set[Job[Any]] = set()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    @property
    def closed(self) -> bool:
        return self._closed

    def on_thread(self) -> bool:
        """Whether the caller runs on this queue's thread (inside a job's work or callback)."""
        return threading.current_thread() is self._thread

    def submit(self, job: Job[T], work: Callable[[Job[T]], T]) -> Job[T]:
        """Queue `work(job)` behind what is queued already; its return value becomes the job's result."""
        with self._lock:
            if self._closed:
                raise RuntimeError(f"{self.name} is closed")
            self._unfinished.add(job)
            if not self._thread.is_alive():
                self._thread.start()
            self._work.put((job, work))  # under the lock, so nothing is queued behind close's end mark
        return job

    def close(self, timeout: float = 30.0) -> None:
        """Cancel what waits, let the running job stop, run `on_close` and end the thread (waiting `timeout`)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            unfinished = list(self._unfinished)
            started = self._thread.is_alive()
            if started:
                self._work.put(None)
        for job in unfinished:
            job.cancel()
        if not started or self.on_thread():
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("the %s thread did not end within %.0f s", self.name, timeout)

    def _run(self) -> None:
        while (item := self._work.get()) is not None:
            job, work = item
            if job.cancel_event.is_set():
                self._never_started(job)
                continue
            try:
                result = work(job)
            except BaseException as exc:  # the client decides what to say; the thread goes on
                log.info("%s failed: %s", job.description, exc, exc_info=not isinstance(exc, HearthError))
                self._finished(job, error=exc)
            else:
                self._finished(job, result=result)
        if self._on_close is not None:
            try:
                self._on_close()
            except Exception:
                log.exception("closing %s failed", self.name)

    def _never_started(self, job: Job[Any]) -> None:
        if job.kind is JobKind.REPLY:
            self._finished(job, result=ReplyStats(stop_reason=StopReason.CANCELLED))
        else:
            self._finished(job, error=JobCancelled())

    def _finished(self, job: Job[Any], *, result: Any = None, error: BaseException | None = None) -> None:
        with self._lock:
            self._unfinished.discard(job)
        if self._on_finish is not None:
            self._on_finish(job)
        try:
            job.finish(result, error)
        except Exception:  # a client's on_done that raised: the thread goes on for every other client
            log.exception("a callback of %s failed", job.description)


def drive(events: Generator[E, Any, R], emit: Callable[[E], object]) -> R:
    """Run `events` to its end, handing each event to `emit`; returns what the generator returned."""
    while True:
        try:
            event = next(events)
        except StopIteration as end:
            result: R = end.value
            return result
        emit(event)
