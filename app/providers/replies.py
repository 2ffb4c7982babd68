"""Other computers' replies as jobs of the model host's shape, for clients that chain local and remote models.

Compare asks its panes one after another, each step started by the end of the one before. A remote pane's reply
is mostly waiting on the network, so it must not run on the host's engine thread (every local model would wait
behind it), and a client in `app/` has no worker pool of its own. `RemoteReplies` is that one place: a thread of
its own ("hearth-remote", started by the first reply) that streams replies in the order they were asked, each as a
`Job` with the same events (TextDelta, ThinkingDelta, Notice), result (ReplyStats) and `cancel()` as a host job.

A stream that breaks off has already handed over what arrived (coalesced deltas are flushed first); the job then
ends with the provider's sentence as its error. Cancelling closes the stream at the next event.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence
from types import TracebackType

from app.engines.chat_types import Message, ReplyStats, Sampling, StopReason
from app.engines.coalesce import coalesce
from app.errors import HearthError
from app.host.jobs import DoneCallback, EventCallback, Job, JobKind
from app.providers.service import Providers, RemoteModel

log = logging.getLogger(__name__)

_Work = tuple[Job[ReplyStats], RemoteModel, tuple[Message, ...], Sampling, float | None]


class RemoteReplies:
    def __init__(self, providers: Providers) -> None:
        self.providers = providers
        self._work: queue.SimpleQueue[_Work | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="hearth-remote", daemon=True)
        self._current: Job[ReplyStats] | None = None

    def reply(
        self,
        remote: RemoteModel,
        messages: Sequence[Message],
        sampling: Sampling,
        *,
        coalesce_s: float | None = None,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[ReplyStats] | None = None,
    ) -> Job[ReplyStats]:
        """Stream `remote`'s reply to `messages`; the job's callbacks run on the remote thread."""
        job: Job[ReplyStats] = Job(JobKind.REPLY, f"reply from {remote.id}", on_event=on_event, on_done=on_done)
        with self._lock:
            if self._closed:
                raise RuntimeError("the remote replies are closed")
            if not self._thread.is_alive():
                self._thread.start()
        self._work.put((job, remote, tuple(messages), sampling, coalesce_s))
        return job

    def close(self, timeout: float = 10.0) -> None:
        """Stop the reply streaming now (its stream closes at the next event) and end the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            current = self._current
        if current is not None:
            current.cancel()
        if not self._thread.is_alive():
            return
        self._work.put(None)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("the remote replies' thread did not end within %.0f s", timeout)

    def __enter__(self) -> RemoteReplies:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _run(self) -> None:
        while (item := self._work.get()) is not None:
            job = item[0]
            with self._lock:
                closed = self._closed
                self._current = job
            if closed or job.cancel_event.is_set():
                job.finish(ReplyStats(stop_reason=StopReason.CANCELLED))
                continue
            try:
                stats = self._stream(*item)
            except BaseException as exc:  # the client decides what to say; the thread goes on
                log.info("%s failed: %s", job.description, exc, exc_info=not isinstance(exc, HearthError))
                job.finish(error=exc)
            else:
                job.finish(stats)
            finally:
                with self._lock:
                    self._current = None
        while True:  # replies asked while closing end as cancelled ones, so no client waits for ever
            try:
                left = self._work.get_nowait()
            except queue.Empty:
                return
            if left is not None:
                left[0].finish(ReplyStats(stop_reason=StopReason.CANCELLED))

    def _stream(
        self,
        job: Job[ReplyStats],
        remote: RemoteModel,
        messages: tuple[Message, ...],
        sampling: Sampling,
        coalesce_s: float | None,
    ) -> ReplyStats:
        with self.providers.client(remote.provider) as client:
            stream = client.stream_chat(remote.model_id, messages, sampling, cancel=job.cancel_event)
            events = coalesce(stream, coalesce_s) if coalesce_s else stream
            while True:
                try:
                    event = next(events)
                except StopIteration as end:
                    stats: ReplyStats = end.value
                    return stats
                job.emit(event)
