"""What the offered tools cost: each tool's and each server's size in the model's tokens (issue 27, "the cost is
visible"), and the warning before a tool set would take more than a quarter of the context.

A tool's size is the tokens of its definition as the model is shown it — its OpenAI tool object written as JSON the
way the model's tool style writes it into the prompt (app/openai/prompts.py) — counted with the model's own
tokenizer. The instructions around the definitions (how to call, the tags) are counted once, as `framing`.

The tokenizer is the model's vocabulary alone (`ModelTokenizer`: llama.cpp's `vocab_only` load of the GGUF, no
weights, a few MB, a fraction of a second), used on the model host's engine thread like every other call into
llama.cpp (as the API server counts embedding tokens: app/server/embedding_tokens.py). It works the same whether or
not the model is loaded, so `hearth mcp list --model` and a loaded chat give the same numbers. For a model on
another computer there is no tokenizer here: its count is an estimate, a token per 4 characters, marked as one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.engines.llama import internals
from app.engines.llama.chat_format import ToolStyle
from app.errors import HearthError
from app.host import ModelHost
from app.i18n import say
from app.openai.prompts import engine_messages
from app.tool_use.toolset import ServerTool, ToolSet

CHARS_PER_TOKEN = 4  # the estimate's rule when the model's tokenizer is not here
TOO_MUCH_SHARE = 4  # tools taking more than context / 4 tokens leave too little room for the conversation
MAX_NAMED = 3  # the warning names at most this many servers (or tools) to switch off

Count = Callable[[str], int]


def estimate_tokens(text: str) -> int:
    """A token per 4 characters, rounded up: the estimate for a model whose tokenizer is not on this computer."""
    return -(-len(text) // CHARS_PER_TOKEN)


@dataclass(frozen=True)
class ToolTokens:
    offered_name: str  # the name the model is shown
    server: str
    tool: str  # the tool's own name on its server
    tokens: int


@dataclass(frozen=True)
class ServerTokens:
    server: str
    tokens: int  # its tools' together (the framing is the set's, not a server's)
    tools: tuple[ToolTokens, ...]


@dataclass(frozen=True)
class ToolCost:
    tools: tuple[ToolTokens, ...]
    framing: int  # the instructions around the definitions, once for the whole set (0 for no tools)
    estimated: bool  # counted as characters / 4, not with the model's tokenizer

    @property
    def total(self) -> int:
        return sum(tool.tokens for tool in self.tools) + self.framing

    @property
    def servers(self) -> tuple[ServerTokens, ...]:
        """Per server, in the order offered."""
        order = list(dict.fromkeys(tool.server for tool in self.tools))
        return tuple(
            ServerTokens(
                server,
                sum(tool.tokens for tool in self.tools if tool.server == server),
                tuple(tool for tool in self.tools if tool.server == server),
            )
            for server in order
        )

    def too_much(self, context: int) -> bool:
        """More than a quarter of a context of `context` tokens."""
        return context > 0 and self.total * TOO_MUCH_SHARE > context

    def warning(self, context: int) -> str:
        """The sentence before such a tool set is used, naming what to switch off to bring it under a quarter of the
        context: the biggest servers, or with one server its biggest tools. "" when the set is not too big."""
        if not self.too_much(context):
            return ""
        about = say("ToolUse", "about ", "tool_use.about") if self.estimated else ""
        said = say(
            "ToolUse",
            "The tools offered would take {about}{total:,} tokens of the model's {context:,}-token context, more than "
            "a quarter, leaving less room for the conversation.",
            "tool_use.tools-too-big",
        ).format(about=about, total=self.total, context=context)
        servers = self.servers
        if len(servers) > 1:
            named = _biggest([(s.server, s.tokens) for s in servers], self.total - context // TOO_MUCH_SHARE)
            return say(
                "ToolUse", "{said} Switching off {listed} would help most.", "tool_use.switch-off-servers"
            ).format(said=said, listed=_listed(named, about))
        tools = [(tool.offered_name, tool.tokens) for tool in self.tools]
        named = _biggest(tools, self.total - context // TOO_MUCH_SHARE)
        some = (
            say(
                "ToolUse",
                "{said} Switching off some tools of {server}, the biggest first — {listed} — would help.",
                "tool_use.switch-off-tools-of",
            )
            if servers
            else say(
                "ToolUse",
                "{said} Switching off some tools, the biggest first — {listed} — would help.",
                "tool_use.switch-off-tools",
            )
        )
        return some.format(said=said, server=servers[0].server if servers else "", listed=_listed(named, about))


def count_tool_tokens(
    tools: ToolSet | Sequence[ServerTool], count: Count | None = None, *, style: ToolStyle = ToolStyle.HERMES
) -> ToolCost:
    """Each tool's size in tokens as `count` counts text (a `ModelTokenizer.count`); None: the estimate. `style` is
    the model's tool style (app/tool_use/style.py), which decides how the definitions are written."""
    offered = tools.tools if isinstance(tools, ToolSet) else tuple(tools)
    counter = count if count is not None else estimate_tokens
    counted = tuple(
        ToolTokens(tool.offered_name, tool.server, tool.tool.name, counter(_definition_text(tool.openai(), style)))
        for tool in offered
    )
    framing = 0
    if offered:
        whole = "\n".join(m.content for m in engine_messages([], [tool.openai() for tool in offered], style))
        framing = max(0, counter(whole) - sum(tool.tokens for tool in counted))
    return ToolCost(counted, framing, estimated=count is None)


def _definition_text(tool: dict[str, Any], style: ToolStyle) -> str:
    """One tool's definition as app/openai/prompts.py writes it for `style`."""
    if style is ToolStyle.LLAMA3:
        return json.dumps(tool, ensure_ascii=False, indent=4)
    return json.dumps(tool, ensure_ascii=False)


def _biggest(sizes: list[tuple[str, int]], excess: int) -> list[tuple[str, int]]:
    """The biggest first, until switching them off removes `excess` tokens (at most MAX_NAMED)."""
    named: list[tuple[str, int]] = []
    for name, tokens in sorted(sizes, key=lambda size: -size[1]):
        if len(named) == MAX_NAMED or (named and sum(t for _, t in named) >= excess):
            break
        named.append((name, tokens))
    return named


def _listed(named: list[tuple[str, int]], about: str) -> str:
    words = [
        say("ToolUse", "{name} ({about}{tokens:,} tokens)", "tool_use.listed-size").format(
            name=name, about=about, tokens=tokens
        )
        for name, tokens in named
    ]
    if len(words) == 1:
        return words[0]
    return say("ToolUse", "{first} and {last}", "tool_use.list-and").format(first=", ".join(words[:-1]), last=words[-1])


class ModelTokenizer:
    """A model's own tokenizer, from its GGUF's vocabulary alone, used on the model host's engine thread. Close it
    (or use it in a `with`) before the host closes."""

    def __init__(self, host: ModelHost, path: Path) -> None:
        self._host = host
        self._path = Path(path)
        self._vocab: Any = None  # llama.cpp's model with its vocabulary only; touched on the engine thread only

    def count(self, text: str) -> int:
        """The tokens of `text` as the model reads it inside a prompt (special tokens' text as those tokens, as the
        engine tokenizes a rendered prompt; no start token added)."""
        return self._host.call(lambda: self._count(text), "count a text's tokens").result()

    def close(self) -> None:
        self._host.call(self._close, "forget a vocabulary").result()

    def __enter__(self) -> ModelTokenizer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _count(self, text: str) -> int:
        if self._vocab is None:
            try:
                self._vocab = internals.vocab_only_model(self._path)
            except (ValueError, OSError) as exc:
                raise HearthError(
                    say(
                        "ToolUse",
                        "The tokenizer of {name} could not be read, so the tools' sizes cannot be counted with it. "
                        "Check that the file is a complete GGUF model.",
                        "tool_use.tokenizer-unreadable",
                    ).format(name=self._path.name),
                    details=str(exc),
                ) from exc
        return len(self._vocab.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def _close(self) -> None:
        if self._vocab is not None:
            self._vocab.close()
            self._vocab = None
