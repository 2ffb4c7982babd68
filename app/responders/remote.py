"""A model on another computer: nothing to load here; replies stream through the one remote queue
(`RemoteReplies`), off the engine thread, with the same events and `ReplyStats` as a local reply."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from app.engines.chat_types import Message, ReplyStats, Sampling
from app.engines.llama.chat_format import ToolStyle
from app.host.jobs import DoneCallback, EventCallback, Job, JobKind
from app.openai.messages import ChatMessage
from app.providers.replies import RemoteReplies
from app.providers.service import RemoteModel
from app.responders.base import finished_job

CHARS_PER_TOKEN = 3  # another computer's tokenizer is not here: a generous count, so what is sent whole fits
TOKENS_PER_MESSAGE = 8  # the chat template's markers around each message


def estimate_tokens(messages: Sequence[Message]) -> int:
    """More tokens than most tokenizers make of the text."""
    return sum(len(m.content) // CHARS_PER_TOKEN + TOKENS_PER_MESSAGE for m in messages)


@dataclass(frozen=True)
class RemoteResponder:
    queue: RemoteReplies
    remote: RemoteModel

    @property
    def id(self) -> str:
        return self.remote.id

    @property
    def label(self) -> str:
        return self.remote.label

    @property
    def key(self) -> object:
        return ("remote", self.remote.id)

    @property
    def leaves_computer(self) -> bool:
        return True

    @property
    def sees_images(self) -> bool:
        return True  # the other computer's server says itself when its model cannot

    @property
    def uses_tools(self) -> bool:
        return True

    @property
    def trained_context(self) -> int:
        return 0  # not known here

    def prepare(
        self,
        *,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[Any] | None = None,
    ) -> Job[Any]:
        """Nothing is loaded here; the other computer's server says itself when the model is gone."""
        return finished_job(JobKind.LOAD, f"nothing to load for {self.remote.id}", None, on_done)

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
        """`template_options`, `grammar` and `tool_style` belong to a local model's template and sampler; another
        computer's server has its own, so they are not sent. `tools` and `tool_choice` are, as OpenAI writes
        them (that server forces a call itself), with earlier calls and results as OpenAI messages; its calls come
        back as `ToolCall` events (the client reads `delta.tool_calls`) and run here."""
        return self.queue.reply(
            self.remote,
            messages,
            sampling,
            tools=tools,
            tool_choice=tool_choice,
            coalesce_s=coalesce_s,
            on_event=on_event,
            on_done=on_done,
        )

    def count_tokens(
        self, messages: Sequence[Message], template_options: Mapping[str, object] | None = None
    ) -> Job[int]:
        return finished_job(JobKind.CALL, f"count tokens for {self.remote.id}", estimate_tokens(messages))
