"""Turning a conversation into the prompt text a model was trained on.

A GGUF usually carries its own chat template (`tokenizer.chat_template`, Jinja2). It is rendered through
llama-cpp-python's `Jinja2ChatFormatter`, which uses Jinja2's `ImmutableSandboxedEnvironment`: a template is
data from a downloaded file, so it must not reach Python internals (`__class__`, `__globals__`, `os`) or change
the objects it is given. A model without a template (a base model) gets a plain "User:/Assistant:" format, and
the person is told so.

Earlier turns must render to exactly the same text every time, so llama.cpp can reuse its cache of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import jinja2
import jinja2.meta
import jinja2.sandbox

from app.engines.chat_types import Message
from app.engines.errors import ChatTemplateFailed
from app.engines.llama import runtime as llama_runtime
from app.i18n import say

# What every template may use and Hearth (or the formatter) always provides; anything else a template reads is
# an option the person may set (Qwen3's `enable_thinking`, gpt-oss's `reasoning_effort`, ...).
STANDARD_VARIABLES = frozenset(
    {
        "messages",
        "add_generation_prompt",
        "bos_token",
        "eos_token",
        "raise_exception",
        "functions",
        "function_call",
        "tools",
        "tool_choice",
        "strftime_now",
    }
)

FALLBACK_NOTICE = say(
    "Engines",
    "This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain "
    "“User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.",
    "engines.plain-chat-format",
)

PLAIN_LABELS = {"user": "User", "assistant": "Assistant", "system": "System"}


class ToolStyle(StrEnum):
    """How a model writes a tool call, as its chat template shows (what Hearth reads back and forces)."""

    HERMES = "hermes"  # Qwen, Hermes: <tool_call>{"name": …, "arguments": {…}}</tool_call>, one block per call
    LLAMA3 = "llama3"  # Llama 3.x: a bare {"name": …, "parameters": {…}}, sometimes after <|python_tag|>
    MISTRAL = "mistral"  # Mistral: [TOOL_CALLS] [{"name": …, "arguments": {…}}, …]
    GENERIC = "generic"  # the template knows no tools: Hearth describes them, and reads calls back, the Hermes way


def tool_style_of(template: str) -> ToolStyle:
    """The tool style of a chat template's text ("" for a model without one)."""
    if "<tool_call>" in template:
        return ToolStyle.HERMES
    if "[TOOL_CALLS]" in template:
        return ToolStyle.MISTRAL
    if "tools" in template:
        return ToolStyle.LLAMA3
    return ToolStyle.GENERIC


@dataclass(frozen=True)
class RenderedPrompt:
    text: str
    add_bos: bool  # True: the tokenizer adds its own start token; False: the template already wrote it
    stop: tuple[str, ...]  # stop strings the format needs (beyond the model's end-of-turn token)
    opens_thinking: bool  # the prompt ends inside <think>, so the reply starts with reasoning


class TemplateFormat:
    """The model's own Jinja2 chat template, rendered in a sandbox."""

    has_template = True

    def __init__(self, template: str, bos_token: str, eos_token: str) -> None:
        self.tool_style = tool_style_of(template)
        llama_runtime.llama_cpp()
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        try:
            self._formatter: Any = Jinja2ChatFormatter(template=template, eos_token=eos_token, bos_token=bos_token)
            self.options = _template_options(template, Jinja2ChatFormatter.IgnoreGenerationTags)
        except jinja2.TemplateError as exc:
            raise ChatTemplateFailed(
                say(
                    "Engines",
                    "This model's chat template is broken, so Hearth cannot talk to it.",
                    "engines.chat-template-failed",
                ),
                f"{type(exc).__name__}: {exc}",
            ) from exc

    def render(self, messages: Sequence[Message], options: Mapping[str, object] | None = None) -> RenderedPrompt:
        extra = {key: value for key, value in (options or {}).items() if key in self.options}
        try:
            result = self._formatter(
                messages=[{"role": m.role, "content": m.content} for m in messages],
                **extra,
            )
        except (jinja2.TemplateError, ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            # SecurityError (a template reaching for Python internals) is a TemplateError too.
            raise ChatTemplateFailed(
                say(
                    "Engines",
                    "This model's chat template could not write out the conversation.",
                    "engines.chat-template-failed-writing",
                ),
                f"{type(exc).__name__}: {exc}",
            ) from exc
        text = str(result.prompt)
        return RenderedPrompt(text=text, add_bos=False, stop=(), opens_thinking=_ends_inside_think(text))


class PlainFormat:
    """For models without a template: a system paragraph, then "User: …" and "Assistant: …" lines."""

    has_template = False
    options: frozenset[str] = frozenset()
    tool_style = ToolStyle.GENERIC

    def render(self, messages: Sequence[Message], options: Mapping[str, object] | None = None) -> RenderedPrompt:
        parts = []
        for message in messages:
            if message.role == "system":
                parts.append(message.content.strip() + "\n\n")
            else:
                label = PLAIN_LABELS.get(message.role, message.role.capitalize())
                parts.append(f"{label}: {message.content.strip()}\n")
        parts.append("Assistant:")
        return RenderedPrompt(
            text="".join(parts), add_bos=True, stop=("\nUser:", "\nAssistant:", "\nSystem:"), opens_thinking=False
        )


ChatFormat = TemplateFormat | PlainFormat


def for_model(metadata: Mapping[str, str], bos_token: str, eos_token: str) -> ChatFormat:
    template = metadata.get("tokenizer.chat_template", "")
    if not template.strip():
        return PlainFormat()
    return TemplateFormat(template, bos_token=bos_token, eos_token=eos_token)


def _template_options(template: str, generation_extension: Any) -> frozenset[str]:
    environment = jinja2.sandbox.ImmutableSandboxedEnvironment(
        extensions=[generation_extension, "jinja2.ext.loopcontrols"]
    )
    variables = jinja2.meta.find_undeclared_variables(environment.parse(template))
    return frozenset(variables - STANDARD_VARIABLES)


def _ends_inside_think(prompt: str) -> bool:
    tail = prompt.rstrip()
    return tail.endswith("<think>")
