"""What a request asks the model for, how it maps onto the engine's `Sampling`, and what comes back.

A request's sampling values map one to one onto `Sampling` (app/server/requests.py), and every value it
leaves out is `Sampling()`'s own, the window's Balanced preset: the API and the window answer alike with the same
settings. `max_tokens` left out is Sampling's too, never more than the context has room for after the prompt.

Chat replies go through the same path as the window's: `ModelHost.reply`, that is `LlamaEngine.chat`, with the
request's grammar. `/v1/completions` is the exception: it continues a raw text, and `LlamaEngine.chat` only takes
messages, which it always writes out through the model's chat template (or the plain "User:/Assistant:" format).
So a raw prompt gets `complete_text`, a minimal loop (no grammar, no images, no thinking) run on the engine thread
through `ModelHost.with_engine`.
"""

from __future__ import annotations

import codecs
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from app.engines import llama_runtime
from app.engines.chat_types import ReplyStats, Sampling
from app.engines.held_back import release
from app.engines.llama import LlamaEngine, generate_options
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


def forget_cached_prompt(engine: LlamaEngine) -> None:
    """Temperature 0 asks for the same reply every time. Reusing the cached prefix of whatever request came before
    changes how the rest of the prompt is batched, and llama.cpp's kernels then round differently (seen: the same
    question answered "Apple" alone and "The red fruit is orange" after a similar one). So such a prompt is read
    from scratch: the engine finds nothing cached to reuse."""
    engine.forget_cached_prompt()  # on the engine thread, between two jobs


def complete_text(
    engine: LlamaEngine, prompt: TextPrompt, settings: Sampling, cancel: threading.Event, emit: Emit
) -> GenerationResult:
    """Continue a raw text (on the engine thread): tokens as they come, stop strings held back until decided."""
    llm = engine._llm  # the host's engine, on the host's engine thread: the one place that may touch it
    if llm is None:
        raise ApiError(503, "The model was unloaded before the request reached it; send it again.", type="server_error")
    module = llama_runtime.llama_cpp()
    started = time.perf_counter()
    tokens = list(llm.tokenize(prompt.text.encode("utf-8"), add_bos=True, special=False))
    context = int(llm.n_ctx())
    check_fits(len(tokens), settings.max_tokens, context, param="prompt")
    llm.set_seed(settings.seed if settings.seed is not None else random.randrange(2**31))
    if settings.temperature == 0:
        forget_cached_prompt(engine)
    result = GenerationResult(prompt_tokens=len(tokens), finish_reason="length")
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    held, first_at, last_at, arrivals = "", 0.0, 0.0, 0
    generator = llm.generate(tokens, reset=True, **generate_options(sampling_of(settings, context - len(tokens))))
    try:
        for token in generator:
            last_at = time.perf_counter()
            first_at = first_at or last_at
            arrivals += 1
            if cancel.is_set():
                result.finish_reason = "cancelled"
                break
            if module.llama_vocab_is_eog(llm._model.vocab, token):
                result.finish_reason = "stop"
                break
            result.completion_tokens += 1
            shown, held, stopped = release(held + decoder.decode(llm.detokenize([token])), settings.stop)
            if shown:
                emit(shown)
            if stopped:
                result.finish_reason, held = "stop", ""
                break
            if settings.max_tokens is not None and result.completion_tokens >= settings.max_tokens:
                break
            if llm.n_tokens + 1 >= context:
                break
    finally:
        generator.close()
    rest = held + decoder.decode(b"", final=True)
    if rest and result.finish_reason != "cancelled":
        emit(rest)
    result.ttft_s = first_at - started if arrivals else 0.0
    result.tokens_per_second = (arrivals - 1) / (last_at - first_at) if arrivals > 1 and last_at > first_at else 0.0
    return result
