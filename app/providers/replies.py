"""Other computers' replies as jobs of the model host's shape, for clients that chain local and remote models.

Compare asks its panes one after another, each step started by the end of the one before. A remote pane's reply
is mostly waiting on the network, so it must not run on the host's engine thread (every local model would wait
behind it), and a client in `app/` has no worker pool of its own. `RemoteReplies` is that one place: a `JobQueue`
of its own ("hearth-remote", its thread started by the first reply) that streams replies in the order they were
asked, each as a `Job` with the same events (TextDelta, ThinkingDelta, Notice), result (ReplyStats) and `cancel()`
as a host job.

A stream that breaks off has already handed over what arrived (coalesced deltas are flushed first); the job then
ends with the provider's sentence as its error. Cancelling closes the stream at the next event.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any

from app.engines.chat_types import Message, ReplyStats, Sampling
from app.engines.coalesce import coalesce
from app.host.jobs import DoneCallback, EventCallback, Job, JobKind, JobQueue, drive
from app.openai.messages import ChatMessage
from app.providers.service import Providers, RemoteModel


class RemoteReplies:
    def __init__(self, providers: Providers) -> None:
        self.providers = providers
        self._jobs = JobQueue("hearth-remote")

    def reply(
        self,
        remote: RemoteModel,
        messages: Sequence[Message | ChatMessage],
        sampling: Sampling,
        *,
        tools: Sequence[dict[str, Any]] = (),
        tool_choice: str | None = None,
        coalesce_s: float | None = None,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[ReplyStats] | None = None,
    ) -> Job[ReplyStats]:
        """Stream `remote`'s reply to `messages` (offering it `tools`, as the client sends them); the job's
        callbacks run on the remote thread."""
        job: Job[ReplyStats] = Job(JobKind.REPLY, f"reply from {remote.id}", on_event=on_event, on_done=on_done)
        if self._jobs.closed:
            raise RuntimeError("the remote replies are closed")
        messages, tools = tuple(messages), tuple(tools)
        return self._jobs.submit(
            job, lambda running: self._stream(running, remote, messages, sampling, tools, tool_choice, coalesce_s)
        )

    def close(self, timeout: float = 10.0) -> None:
        """Stop the reply streaming now (its stream closes at the next event) and end the thread; replies still
        waiting end as cancelled ones."""
        self._jobs.close(timeout)

    def __enter__(self) -> RemoteReplies:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _stream(
        self,
        job: Job[ReplyStats],
        remote: RemoteModel,
        messages: tuple[Message | ChatMessage, ...],
        sampling: Sampling,
        tools: tuple[dict[str, Any], ...],
        tool_choice: str | None,
        coalesce_s: float | None,
    ) -> ReplyStats:
        with self.providers.client(remote.provider) as client:
            stream = client.stream_chat(
                remote.model_id, messages, sampling, cancel=job.cancel_event, tools=tools, tool_choice=tool_choice
            )
            events = coalesce(stream, coalesce_s) if coalesce_s else stream
            return drive(events, job.emit)
