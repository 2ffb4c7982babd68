"""What a request asks the model for, how it maps onto the engine's `Sampling`, and what comes back.

A request's sampling values map one to one onto `Sampling` (app/server/requests.py), and every value it
leaves out is `Sampling()`'s own, the window's Balanced preset: the API and the window answer alike with the same
settings. `max_tokens` left out is Sampling's too, never more than the context has room for after the prompt.

Chat replies go through the same path as the window's: a `LocalResponder`, that is `LlamaEngine.chat` on the
model host, with the request's grammar. `/v1/completions` is the exception: it continues a raw text, and
`LlamaEngine.chat` only takes messages, which it always writes out through the model's chat template (or the plain
"User:/Assistant:" format).
So a raw prompt gets `complete_text`, that is `LlamaEngine.complete` (the same decode loop, without template,
grammar, images or thinking split), run on the engine thread through `ModelHost.with_engine`.

Both reuse the model host's saved prompt states at every temperature (app/engines/llama/prompt_state.py): a prompt
that shares only the start of earlier prompts gets the reply it gets when read from scratch, whatever came before it,
and one that continues an earlier reply gets the reply that conversation would have got had it never been left.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from app.engines.chat_types import ReplyStats, Sampling
from app.engines.llama import LlamaEngine
from app.host import drive
from app.openai import finish
from app.openai.messages import ChatMessage
from app.server.errors import ApiError, context_too_long


@dataclass(frozen=True)
class ChatPrompt:
    """A chat's messages (images prepared, tool calls read) and the tools offered (OpenAI tool objects)."""

    messages: tuple[ChatMessage, ...]
    tools: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class TextPrompt:
    """A raw completion prompt, read as is."""

    text: str


@dataclass
class GenerationResult:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prompt_tokens_reused: int = 0  # of prompt_tokens, the ones already cached (OpenAI's cached_tokens)
    finish_reason: str = finish.STOP  # OpenAI's: stop, length; or cancelled (the client left)
    ttft_s: float = 0.0
    tokens_per_second: float = 0.0


Emit = Callable[[object], None]  # str pieces of a raw completion's text


def check_fits(prompt_tokens: int, max_tokens: int | None, context: int, param: str = "messages") -> None:
    """Refuse a prompt that leaves no room for the reply asked for: never cut silently (the engine would leave
    early messages out to make room, which the window wants and an API must not do)."""
    wanted = max_tokens if max_tokens is not None else 1
    if prompt_tokens + wanted > context:
        raise context_too_long(prompt_tokens, wanted, context, param)


def sampling_of(sampling: Sampling, room: int) -> Sampling:
    """The engine's sampling for this request; `room` is what the context has left after the prompt (a reply
    never asks for more: what fits is checked first, `check_fits`)."""
    return replace(sampling, max_tokens=max(min(sampling.max_tokens, room), 1))


def result_of(stats: ReplyStats) -> GenerationResult:
    return GenerationResult(
        prompt_tokens=stats.prompt_tokens,
        completion_tokens=stats.generated_tokens,
        prompt_tokens_reused=stats.prompt_tokens_reused,
        finish_reason=finish.finish_reason(stats.stop_reason),
        ttft_s=stats.ttft_s,
        tokens_per_second=stats.tokens_per_second,
    )


def complete_text(
    engine: LlamaEngine, prompt: TextPrompt, settings: Sampling, cancel: threading.Event, emit: Emit
) -> GenerationResult:
    """Continue a raw text (on the engine thread): tokens as they come, stop strings held back until decided, through
    the chat's own decode loop (`LlamaEngine.complete`)."""
    loaded = engine.loaded
    if loaded is None:
        raise ApiError(503, "The model was unloaded before the request reached it; send it again.", type="server_error")
    tokens = engine.text_tokens(prompt.text)
    check_fits(len(tokens), settings.max_tokens, loaded.context, param="prompt")
    events = engine.complete(tokens, sampling_of(settings, loaded.context - len(tokens)), cancel)
    return result_of(drive(events, lambda delta: emit(delta.text)))
