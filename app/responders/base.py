"""`Responder`: what every client needs of a model that answers, and nothing of where it runs.

Before: four remote-reply mechanisms and a `remote is None` branch in each client, with sentinel values (an empty
path, a zero context) standing for "a model on another computer". A client now holds a Responder and asks it to
get ready (`prepare`: a load here, nothing for another computer), to reply (a `Job` of the same events and
`ReplyStats` either way), and to count a conversation's tokens. What it is (`leaves_computer`, `sees_images`,
`uses_tools`) is a property a view reads, not a type it tests.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, Literal, Protocol, TypeVar, runtime_checkable

from app.engines.chat_types import Message, ReplyStats, Sampling
from app.engines.llama.chat_format import ToolStyle
from app.host.jobs import DoneCallback, EventCallback, Job, JobKind
from app.openai.messages import ChatMessage

T = TypeVar("T")


@runtime_checkable
class Responder(Protocol):
    @property
    def id(self) -> str:
        """Stable and unique among responders: what results, votes and exports are kept under."""

    @property
    def label(self) -> str:
        """The model as a person reads it."""

    @property
    def key(self) -> object:
        """What answers: two responders with the same key share one loaded model (the same file and plan here,
        the same model on the same computer there)."""

    @property
    def leaves_computer(self) -> bool:
        """True when what is asked is sent to another computer (the privacy line says so)."""

    @property
    def sees_images(self) -> bool: ...

    @property
    def uses_tools(self) -> bool: ...

    @property
    def trained_context(self) -> int:
        """The longest context the model was trained for; 0 when not known here."""

    def prepare(
        self,
        *,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[Any] | None = None,
    ) -> Job[Any]:
        """Get ready: load the model here (the job's result is the `LoadedModel`), nothing elsewhere (None)."""

    def reply(
        self,
        messages: Sequence[Message | ChatMessage],
        sampling: Sampling,
        *,
        template_options: Mapping[str, object] | None = None,
        coalesce_s: float | None = None,
        grammar: str | None = None,
        tools: Sequence[dict[str, Any]] = (),
        tool_choice: Literal["auto", "required"] | None = None,
        tool_style: ToolStyle | None = None,
        tool_names: Collection[str] | None = None,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[ReplyStats] | None = None,
    ) -> Job[ReplyStats]:
        """Stream the reply (`TextDelta`, `ThinkingDelta`, `Notice`, `ToolCall`), then its `ReplyStats`.

        `tools` (OpenAI tool objects) are offered the way the model takes them, so a client that lets a model use
        tools never asks where it runs: another computer's server gets them as the request's `tools` (and
        `tool_choice`), and the conversation's earlier calls and results (`ChatMessage`s) as OpenAI messages; a
        model here, whose template is handed only roles and texts, gets them written into the messages in
        `tool_style` (its own; Hermes-like when None), with a grammar that forces a call when `tool_choice` is
        "required". Either way its calls come as `ToolCall` events, never as text. `tool_style` alone (tools
        already written into `messages`, as the API server does) reads the calls back here; `tool_names` (the
        offered tools, by default those of `tools`) lets a call written as plain or fenced JSON count only when
        it names one of them."""

    def count_tokens(
        self, messages: Sequence[Message], template_options: Mapping[str, object] | None = None
    ) -> Job[int]:
        """How many tokens the model reads for these messages (exact here; an estimate for another computer)."""


def finished_job(kind: JobKind, description: str, result: T, on_done: DoneCallback[T] | None = None) -> Job[T]:
    """A job that is already over: what a step with nothing to do hands back, so callers need no special case."""
    job: Job[T] = Job(kind, description)
    job.finish(result)
    if on_done is not None:
        on_done(job)
    return job
