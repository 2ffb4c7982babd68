"""A model on this computer: every request goes through the one model host (which loads a file at most once)."""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from app.engines.chat_types import Message, ReplyStats, Sampling
from app.engines.llama.chat_format import ToolStyle
from app.errors import HearthError
from app.host import ModelHost, ModelRequest
from app.host.jobs import DoneCallback, EventCallback, Job
from app.models.gguf_info import read_file
from app.openai import tools as tool_calls
from app.openai.messages import ChatMessage
from app.openai.prompts import engine_messages


@dataclass(frozen=True)
class LocalResponder:
    host: ModelHost
    request: ModelRequest
    name: str = ""  # how a person reads it; the file's name when empty

    @property
    def id(self) -> str:
        return self.request.path.name

    @property
    def label(self) -> str:
        return self.name or self.request.path.stem

    @property
    def key(self) -> object:
        return self.request.key

    @property
    def leaves_computer(self) -> bool:
        return False

    @property
    def sees_images(self) -> bool:
        return self.request.mmproj is not None

    @property
    def uses_tools(self) -> bool:
        return True  # the template decides how; Hearth parses what the model writes

    @property
    def trained_context(self) -> int:
        try:
            return read_file(Path(self.request.path)).context_length
        except (HearthError, OSError, ValueError):
            return 0

    def prepare(
        self,
        *,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[Any] | None = None,
    ) -> Job[Any]:
        return self.host.load(self.request, on_event=on_event, on_done=on_done)

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
        """The template is handed roles and texts only, so `tools` and earlier calls are written into the
        messages in the model's own style (app/openai/prompts.py), and a required call is forced by a grammar."""
        if tools:
            tool_style = tool_style or ToolStyle.GENERIC
            tool_names = tool_names if tool_names is not None else [tool["function"]["name"] for tool in tools]
            if tool_choice == "required":
                grammar = tool_calls.forced_call_grammar(list(tools), tool_style)
        return self.host.reply(
            self.request,
            _written(messages, tools, tool_style or ToolStyle.GENERIC),
            sampling,
            template_options=template_options,
            coalesce_s=coalesce_s,
            grammar=grammar,
            transform=(
                functools.partial(tool_calls.with_tool_calls, style=tool_style, tool_names=tool_names)
                if tool_style is not None
                else None
            ),
            on_event=on_event,
            on_done=on_done,
        )

    def count_tokens(
        self, messages: Sequence[Message], template_options: Mapping[str, object] | None = None
    ) -> Job[int]:
        return self.host.prompt_tokens(self.request, messages, template_options)


def _written(
    messages: Sequence[Message | ChatMessage], tools: Sequence[dict[str, Any]], style: ToolStyle
) -> Sequence[Message]:
    """The messages as the engine takes them: tools and earlier calls written as text when there are any."""
    if not tools and not any(isinstance(m, ChatMessage) for m in messages):
        return [m for m in messages if isinstance(m, Message)]
    chat = [m if isinstance(m, ChatMessage) else ChatMessage(m.role, m.content, m.images) for m in messages]
    return engine_messages(chat, tools, style)
