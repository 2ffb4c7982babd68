"""The server's reply loop, run on the model host's engine thread through `ModelHost.with_engine`.

The Chat page's `LlamaEngine.chat()` drops early messages to fit the context and has no grammar; an API must refuse
a prompt that does not fit (`context_length_exceeded`) and must enforce `response_format` and forced tool calls with
a llama.cpp grammar. So this loop renders the request with the model's own template (tools included), counts the
prompt against the loaded context, and samples with the request's settings and grammar. It reports through a
callback (quick and thread-safe: the server puts each piece onto its event loop) and checks the cancel Event
between tokens.
"""

from __future__ import annotations

import codecs
import functools
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.engines import llama_runtime
from app.engines.llama import LlamaEngine
from app.server.errors import ApiError


@dataclass(frozen=True)
class GenerationSettings:
    max_tokens: int | None = None  # None: until the model ends or the context is full
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.0
    frequency_penalty: float = 0.0
    presence_penalty: float = 0.0
    seed: int | None = None
    stop: tuple[str, ...] = ()
    grammar: str = ""  # GBNF; "" = free text


@dataclass(frozen=True)
class ChatPrompt:
    """OpenAI messages (plain dicts, as the model's template reads them) and the tools offered."""

    messages: tuple[dict[str, Any], ...]
    tools: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class TextPrompt:
    """A raw completion prompt, read as is."""

    text: str


@dataclass
class GenerationResult:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"  # OpenAI's: stop, length, cancelled (the client left)
    ttft_s: float = 0.0
    tokens_per_second: float = 0.0
    prompt_text: str = field(default="", repr=False)


@dataclass(frozen=True)
class PromptRead:
    """The prompt is in the context; the first token follows."""

    prompt_tokens: int


Emit = Callable[[object], None]  # str pieces of text, then PromptRead once


def template_of(engine: LlamaEngine) -> str:
    return str(_llm(engine).metadata.get("tokenizer.chat_template", ""))


def generate(
    engine: LlamaEngine,
    prompt: ChatPrompt | TextPrompt,
    settings: GenerationSettings,
    cancel: threading.Event,
    emit: Emit,
) -> GenerationResult:
    llm = _llm(engine)
    module = llama_runtime.llama_cpp()
    started = time.perf_counter()
    if isinstance(prompt, ChatPrompt):
        text, add_bos, stops = _render_chat(llm, prompt)
    else:
        text, add_bos, stops = prompt.text, True, ()
    tokens = list(llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=isinstance(prompt, ChatPrompt)))
    context = int(llm.n_ctx())
    wanted = settings.max_tokens if settings.max_tokens is not None else 1
    if len(tokens) + wanted > context:
        raise ApiError(
            400,
            f"This request needs {len(tokens)} tokens of prompt plus {wanted} for the reply, but the model is "
            f"loaded with room for {context} tokens. Shorten the messages or ask for fewer max_tokens.",
            param="messages",
            code="context_length_exceeded",
        )
    try:
        grammar = _grammar(settings.grammar) if settings.grammar else None
    except Exception as exc:  # llama.cpp's grammar parser refusing what the schema converter wrote
        raise ApiError(
            400,
            f"This response format cannot be enforced ({exc}); Hearth refuses it rather than ignore it.",
            param="response_format",
            code="unsupported_schema",
        ) from exc
    stops = tuple(s for s in (*stops, *settings.stop) if s)
    llm.set_seed(settings.seed if settings.seed is not None else random.randrange(2**31))
    result = GenerationResult(prompt_tokens=len(tokens), prompt_text=text)
    vocab = llm._model.vocab
    if settings.temperature == 0:
        # Temperature 0 asks for the same reply every time. Reusing the cached prefix of whatever request came
        # before changes how the rest of the prompt is batched, and llama.cpp's kernels then round differently
        # (seen: after a tool-call request, a short prompt's greedy reply changed). So it is read from scratch.
        llm.reset()
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    held = ""
    generator = llm.generate(
        tokens,
        top_k=settings.top_k,
        top_p=settings.top_p,
        min_p=settings.min_p,
        temp=settings.temperature,
        repeat_penalty=settings.repeat_penalty,
        frequency_penalty=settings.frequency_penalty,
        presence_penalty=settings.presence_penalty,
        grammar=grammar,
        reset=True,
    )
    first_at = last_at = 0.0
    arrivals = 0
    reason = "length"
    try:
        for token in generator:
            now = time.perf_counter()
            if not arrivals:
                first_at = now
                emit(PromptRead(len(tokens)))
            last_at = now
            arrivals += 1
            if cancel.is_set():
                reason = "cancelled"
                break
            if module.llama_vocab_is_eog(vocab, token):
                reason = "stop"
                break
            result.completion_tokens += 1
            held += decoder.decode(llm.detokenize([token]))
            shown, held, stopped = _release(held, stops)
            if shown:
                emit(shown)
            if stopped:
                reason = "stop"
                held = ""
                break
            if settings.max_tokens is not None and result.completion_tokens >= settings.max_tokens:
                break
            if llm.n_tokens + 1 >= context:
                break
        else:
            reason = "stop"
    finally:
        generator.close()
    rest = held + decoder.decode(b"", final=True)
    if rest and reason != "cancelled":
        emit(rest)
    result.finish_reason = reason
    result.ttft_s = first_at - started if arrivals else 0.0
    decoding = last_at - first_at
    result.tokens_per_second = (arrivals - 1) / decoding if arrivals > 1 and decoding > 0 else 0.0
    return result


def count_prompt(engine: LlamaEngine, prompt: ChatPrompt | TextPrompt) -> int:
    llm = _llm(engine)
    if isinstance(prompt, ChatPrompt):
        text, add_bos, _ = _render_chat(llm, prompt)
        return len(llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=True))
    return len(llm.tokenize(prompt.text.encode("utf-8"), add_bos=True, special=False))


def _llm(engine: LlamaEngine) -> Any:
    llm = engine._llm  # the host's engine, on the host's engine thread: the one place that may touch it
    if llm is None:
        raise ApiError(503, "The model was unloaded before the request reached it; send it again.", type="server_error")
    return llm


def _render_chat(llm: Any, prompt: ChatPrompt) -> tuple[str, bool, tuple[str, ...]]:
    template = str(llm.metadata.get("tokenizer.chat_template", ""))
    if not template.strip():
        return _plain(prompt), True, ("\nUser:", "\nAssistant:", "\nSystem:")
    bos = _token_text(llm, int(llm.token_bos()))
    eos = _token_text(llm, int(llm.token_eos()))
    formatter = _formatter(template, bos, eos)
    messages = list(prompt.messages)
    tools = list(prompt.tools) or None
    if tools and "tools" not in template:
        messages = _with_tool_instructions(messages, list(prompt.tools))
        tools = None
    try:
        rendered = formatter(messages=messages, tools=tools)
    except Exception as exc:  # a template rejecting a conversation (roles out of order, ...) raises anything
        raise ApiError(
            400,
            f"The model's chat template could not write out these messages: {exc}",
            param="messages",
            code="invalid_messages",
        ) from exc
    return str(rendered.prompt), False, ()


@functools.lru_cache(maxsize=8)
def _formatter(template: str, bos: str, eos: str) -> Any:
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    return Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)


@functools.lru_cache(maxsize=32)
def _grammar(text: str) -> Any:
    llama_runtime.llama_cpp()
    from llama_cpp.llama_grammar import LlamaGrammar

    with llama_runtime.prints_to_log():
        return LlamaGrammar.from_string(text, verbose=False)


def _token_text(llm: Any, token: int) -> str:
    return str(llm._model.token_get_text(token)) if token != -1 else ""


def _plain(prompt: ChatPrompt) -> str:
    parts = []
    for message in prompt.messages:
        content = str(message.get("content") or "")
        if message["role"] == "system":
            parts.append(content.strip() + "\n\n")
        else:
            parts.append(f"{str(message['role']).capitalize()}: {content.strip()}\n")
    parts.append("Assistant:")
    return "".join(parts)


def _with_tool_instructions(messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For a template that knows no tools: describe them in the system message, Hermes style."""
    import json

    described = "\n".join(json.dumps(tool, ensure_ascii=False) for tool in tools)
    note = (
        "You may call functions. They are described here:\n<tools>\n"
        f"{described}\n</tools>\nTo call one, answer with <tool_call>\n"
        '{"name": <function-name>, "arguments": <arguments-object>}\n</tool_call>'
    )
    if messages and messages[0].get("role") == "system":
        first = dict(messages[0])
        first["content"] = f"{first.get('content') or ''}\n\n{note}"
        return [first, *messages[1:]]
    return [{"role": "system", "content": note}, *messages]


def _release(held: str, stops: Sequence[str]) -> tuple[str, str, bool]:
    """What can be sent now, what must wait (it may be the start of a stop string), and whether one was hit."""
    if not stops:
        return held, "", False
    for stop in stops:
        at = held.find(stop)
        if at >= 0:
            return held[:at], "", True
    keep = 0
    for stop in stops:
        for size in range(min(len(held), len(stop) - 1), 0, -1):
            if stop.startswith(held[-size:]):
                keep = max(keep, size)
                break
    return held[: len(held) - keep], held[len(held) - keep :], False
