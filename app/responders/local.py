"""A model on this computer: every request goes through the one model host (which loads a file at most once)."""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.engines.chat_types import Message, ReplyStats, Sampling
from app.engines.llama.chat_format import ToolStyle
from app.errors import HearthError
from app.host import ModelHost, ModelRequest
from app.host.jobs import DoneCallback, EventCallback, Job
from app.models.gguf_info import read_file
from app.openai import tools


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
        messages: Sequence[Message],
        sampling: Sampling,
        *,
        template_options: Mapping[str, object] | None = None,
        coalesce_s: float | None = None,
        grammar: str | None = None,
        tool_style: ToolStyle | None = None,
        tool_names: Collection[str] | None = None,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[ReplyStats] | None = None,
    ) -> Job[ReplyStats]:
        return self.host.reply(
            self.request,
            messages,
            sampling,
            template_options=template_options,
            coalesce_s=coalesce_s,
            grammar=grammar,
            transform=(
                functools.partial(tools.with_tool_calls, style=tool_style, tool_names=tool_names)
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
