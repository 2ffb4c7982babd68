"""Talking to one OpenAI-compatible API: its model list, and a chat reply streamed over server-sent events.

Ollama, LM Studio, llama.cpp's llama-server, vLLM and another Hearth all serve `GET /v1/models` and
`POST /v1/chat/completions` with `"stream": true`. A reply streams as the same events a local model yields
(TextDelta, ThinkingDelta, Notice, ToolCall) and returns ReplyStats, so the chat, the store and the CLI treat it
alike. The wire itself (messages, SSE, finish reasons, tool calls) is app/openai's, shared with Hearth's own server.
A remote model's tool calls (streamed as `delta.tool_calls` pieces, or whole in `message.tool_calls` from a server
that does not stream) become ToolCall events once the reply ends. Every failure becomes a ProviderProblem with a
sentence; a reply that breaks off keeps what arrived (the caller has already received it) and raises after it.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Generator, Sequence
from types import TracebackType
from typing import Any, NoReturn

import httpx2

from app.engines.chat_types import Event, Message, Notice, ReplyStats, Sampling, StopReason, ThinkingDelta, ToolCall
from app.engines.think_split import ThinkSplitter
from app.i18n import say
from app.openai import finish as finish_reasons
from app.openai import messages as wire
from app.openai import sse
from app.openai.errors import WireError
from app.openai.tools import ToolCallDeltas
from app.providers.errors import (
    ConnectionLost,
    ConnectionRefused,
    KeyRefused,
    ModelGone,
    NotOpenAICompatible,
    ProviderProblem,
    ServerFailed,
    ServerTimedOut,
    TlsProblem,
)
from app.providers.registry import Provider
from app.secrets import Secret

CONNECT_TIMEOUT_S = 5.0
LIST_TIMEOUT_S = 15.0  # an answer to GET /v1/models
FIRST_BYTE_TIMEOUT_S = 300.0  # a big model on a busy server may read a long prompt for minutes
SNIPPET = 200  # characters of a server's odd answer kept in details
NOT_CHAT_KINDS = frozenset({"speech", "embedding", "embeddings", "transcription", "rerank"})


def request_body(
    model: str,
    messages: Sequence[Message | wire.ChatMessage],
    sampling: Sampling,
    tools: Sequence[dict[str, Any]] = (),
    tool_choice: str | dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The chat request: only fields every OpenAI-compatible server knows (top_k, min_p and the repeat penalty
    are not part of that API, so the remote server's own defaults apply); `tools` as OpenAI tool objects, and
    `tool_choice` as OpenAI writes it (None: the server's default)."""
    body: dict[str, Any] = {
        "model": model,
        "messages": [wire.to_json(m) for m in messages],
        "stream": True,
        "stream_options": {"include_usage": True},
        "temperature": sampling.temperature,
        "top_p": sampling.top_p,
        "max_tokens": sampling.max_tokens,
    }
    if sampling.seed is not None:
        body["seed"] = sampling.seed
    if sampling.stop:
        body["stop"] = list(sampling.stop)
    if tools:
        body["tools"] = list(tools)
    if tool_choice is not None:
        body["tool_choice"] = tool_choice
    return body


class ProviderClient:
    """One connection pool to one provider. Close it (or use it as a context manager) when done."""

    def __init__(
        self,
        provider: Provider,
        key: Secret | None = None,
        *,
        connect_timeout_s: float = CONNECT_TIMEOUT_S,
        list_timeout_s: float = LIST_TIMEOUT_S,
        first_byte_timeout_s: float = FIRST_BYTE_TIMEOUT_S,
    ) -> None:
        self.provider = provider
        self._key = key
        self._list_timeout = httpx2.Timeout(list_timeout_s, connect=connect_timeout_s)
        self._chat_timeout = httpx2.Timeout(first_byte_timeout_s, connect=connect_timeout_s)
        headers = {"Accept": "application/json"}
        if key:
            headers["Authorization"] = f"Bearer {key.reveal()}"
        self._http = httpx2.Client(base_url=provider.api_base, headers=headers, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ProviderClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # ---- models
    def models(self) -> list[str]:
        """The ids of the models the server offers now for chat (GET /v1/models): a model its server says is for
        speech or embeddings (another Hearth's `kind`, LM Studio's `type`) is left out."""
        try:
            response = self._http.get("/models", timeout=self._list_timeout)
        except httpx2.HTTPError as exc:
            self._raise_transport(exc)
        if response.status_code != 200:
            self._raise_status(response.status_code, response.text, listing=True)
        try:
            answer = response.json()
        except ValueError:
            raise self._not_openai(f"GET /v1/models answered {response.text[:SNIPPET]!r}") from None
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, list) or not all(isinstance(m, dict) and isinstance(m.get("id"), str) for m in data):
            raise self._not_openai(f"GET /v1/models answered {response.text[:SNIPPET]!r}")
        return [str(m["id"]) for m in data if _can_chat(m)]

    # ---- chat
    def stream_chat(
        self,
        model: str,
        messages: Sequence[Message | wire.ChatMessage],
        sampling: Sampling,
        cancel: threading.Event | None = None,
        clock: Any = time.perf_counter,
        tools: Sequence[dict[str, Any]] = (),
        tool_choice: str | dict[str, Any] | None = None,
    ) -> Generator[Event, None, ReplyStats]:
        """The model's reply, as it arrives; its tool calls (when `tools` are offered) as ToolCall events at the end.
        Stop it by setting `cancel` (checked between events) or by closing the generator; either closes the stream,
        and a cancelled reply returns its stats as CANCELLED."""
        cancel = cancel or threading.Event()
        started = clock()
        first = last = 0.0
        counted = 0
        usage: dict[str, Any] = {}
        timings: dict[str, Any] = {}  # llama-server's own numbers, when it sends them
        finish: str | None = None
        splitter = ThinkSplitter()
        streamed_calls = ToolCallDeltas()
        whole_calls: list[ToolCall] = []
        request = self._http.build_request(
            "POST",
            "/chat/completions",
            json=request_body(model, messages, sampling, tools, tool_choice),
            timeout=self._chat_timeout,
        )

        def stats(reason: StopReason) -> ReplyStats:
            return remote_stats(usage, timings, counted, started, first, last, reason)

        try:
            response = self._http.send(request, stream=True)
        except httpx2.HTTPError as exc:
            self._raise_transport(exc)
        try:
            if response.status_code != 200:
                response.read()
                if response.status_code in (400, 404, 422, 500) and not self._still_offers(model):
                    raise ModelGone(
                        say(
                            "Providers",
                            "{name} no longer offers the model “{model}”. Choose another of its models.",
                            "providers.model-gone",
                        ).format(name=self.provider.name, model=model),
                        f"HTTP {response.status_code}: {response.text[:SNIPPET]}",
                    )
                images = any(m.images for m in messages)
                self._raise_status(response.status_code, response.text, images=images)
            chunks = sse.events(response.iter_lines())
            while True:
                if cancel.is_set():
                    return stats(StopReason.CANCELLED)
                try:
                    chunk = next(chunks, None)
                except sse.NotJson as bad:
                    raise self._bad_event(bad.payload, received=counted > 0) from None
                if chunk is None:
                    break
                if isinstance(chunk.get("usage"), dict):
                    usage = chunk["usage"]
                if isinstance(chunk.get("timings"), dict):
                    timings = chunk["timings"]
                error = chunk.get("error")
                if error:
                    raise ServerFailed(
                        say(
                            "Providers",
                            "{name} stopped the reply with an error: {error_text}",
                            "providers.stopped-reply-error",
                        ).format(name=self.provider.name, error_text=_error_text(error)),
                        json.dumps(chunk)[:SNIPPET],
                    )
                for choice in chunk.get("choices") or ():
                    if not isinstance(choice, dict):
                        continue
                    # a stream's pieces come as `delta`; a server that answers whole sends one `message`
                    delta = choice.get("delta") or choice.get("message") or {}
                    if not isinstance(delta, dict):
                        continue
                    thinking = delta.get("reasoning_content") or delta.get("reasoning") or ""
                    text = delta.get("content") or ""
                    calls = delta.get("tool_calls")
                    if thinking or text or calls:
                        last = clock()
                        if not counted:
                            first = last
                        counted += 1
                    if isinstance(thinking, str) and thinking:
                        yield ThinkingDelta(thinking)
                    if isinstance(text, str) and text:
                        yield from splitter.feed(text)
                    if calls and "message" in choice:
                        whole_calls += [self._call(raw) for raw in (calls if isinstance(calls, list) else ())]
                    elif calls:
                        streamed_calls.add(calls)
                    if choice.get("finish_reason"):
                        finish = str(choice["finish_reason"])
            yield from splitter.flush()
            yield from whole_calls
            yield from self._calls(streamed_calls)
        except httpx2.HTTPError as exc:
            if cancel.is_set():
                return stats(StopReason.CANCELLED)
            if isinstance(exc, httpx2.TimeoutException) and not counted:
                self._raise_transport(exc)
            lost = (
                say(
                    "Providers",
                    "The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.",
                    "providers.lost-mid-reply",
                )
                if counted
                else say(
                    "Providers",
                    "The connection to {name} ({host}) was lost before it answered.",
                    "providers.lost-before-answer",
                )
            )
            raise ConnectionLost(
                lost.format(name=self.provider.name, host=self.provider.host),
                f"{type(exc).__name__}: {exc}",
            ) from None
        finally:
            response.close()
        if cancel.is_set():
            return stats(StopReason.CANCELLED)
        if finish == "length":
            yield Notice(
                say(
                    "Providers",
                    "The reply reached the longest length asked for and was cut there.",
                    "providers.reply-cut-at-length",
                )
            )
        return stats(finish_reasons.stop_reason(finish))

    # ---- what went wrong, in words
    def _still_offers(self, model: str) -> bool:
        try:
            return model in self.models()
        except ProviderProblem:
            return True  # cannot tell: report the error the server gave

    def _bad_event(self, payload: str, received: bool) -> NotOpenAICompatible:
        problem = self._not_openai(f"a streamed event was {payload[:SNIPPET]!r}")
        if received:
            problem.sentence = say(
                "Providers", "{problem} What arrived before is kept.", "providers.arrived-kept"
            ).format(problem=problem.sentence)
        return problem

    def _call(self, raw: Any) -> ToolCall:
        try:
            return wire.tool_call_of(raw)
        except WireError as exc:
            raise self._bad_call(exc) from None

    def _calls(self, deltas: ToolCallDeltas) -> list[ToolCall]:
        try:
            return deltas.calls()
        except WireError as exc:
            raise self._bad_call(exc) from None

    def _bad_call(self, exc: WireError) -> ServerFailed:
        return ServerFailed(
            say(
                "Providers",
                "{name}'s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.",
                "providers.unreadable-tool-call",
            ).format(name=self.provider.name, message=exc.sentence),
            exc.details,
        )

    def _not_openai(self, details: str) -> NotOpenAICompatible:
        return NotOpenAICompatible(
            say(
                "Providers",
                "{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama "
                "listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.",
                "providers.not-openai-compatible",
            ).format(url=self.provider.url),
            details,
        )

    def _raise_status(self, status: int, text: str, *, listing: bool = False, images: bool = False) -> NoReturn:
        name = self.provider.name
        details = f"HTTP {status}: {text[:SNIPPET]}"
        if status in (401, 403):
            if self._key:
                raise KeyRefused(
                    say(
                        "Providers",
                        "{name} refused the key (error {status}). Check the key and add it again.",
                        "providers.key-refused-by-server",
                    ).format(name=name, status=status),
                    details,
                )
            if self.provider.has_key:  # a key was given when it was added, and is not there now
                raise KeyRefused(
                    say(
                        "Providers",
                        "{name} asks for a key (error {status}), and the key you gave it was not kept: this computer "
                        "has no password store. Remove {name} and add it again with its key, choosing to keep the key "
                        "in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).",
                        "providers.key-not-kept",
                    ).format(name=name, status=status),
                    details,
                )
            raise KeyRefused(
                say(
                    "Providers",
                    "{name} asks for a key (error {status}). Add it again with its key.",
                    "providers.key-refused",
                ).format(name=name, status=status),
                details,
            )
        if listing and status in (404, 405):
            raise self._not_openai(details)
        if images and status in (400, 415, 422, 500):
            said = _server_says(text)
            pictures = (
                say(
                    "Providers",
                    "{name} could not take the pictures (error {status}): this model may not see images. {said}",
                    "providers.pictures-refused-said",
                )
                if said
                else say(
                    "Providers",
                    "{name} could not take the pictures (error {status}): this model may not see images.",
                    "providers.pictures-refused",
                )
            )
            raise ServerFailed(pictures.format(name=name, status=status, said=said), details)
        if status in (400, 422):  # what the server said may name files on that computer: kept in details only
            raise ServerFailed(
                say(
                    "Providers",
                    "{name} could not answer with this model (error {status}). It may not be a model for chat (one "
                    "for speech or for searching documents, say): choose another model.",
                    "providers.answer-model-error",
                ).format(name=name, status=status),
                details,
            )
        said = _server_says(text)
        problem = (
            say("Providers", "{name} had a problem answering (error {status}). {said}", "providers.answer-failed-said")
            if said
            else say("Providers", "{name} had a problem answering (error {status}).", "providers.answer-failed")
        )
        raise ServerFailed(problem.format(name=name, status=status, said=said), details)

    def _raise_transport(self, exc: httpx2.HTTPError) -> NoReturn:
        name, host = self.provider.name, self.provider.host
        details = f"{type(exc).__name__}: {exc}"
        tls = _tls_cause(exc)
        if tls is not None:
            hint = (
                say(
                    "Providers",
                    " The server seems to speak plain http: try the address with http://.",
                    "providers.tls-plain-http",
                )
                if "WRONG_VERSION_NUMBER" in str(tls) or "record layer" in str(tls)
                else say("Providers", " Its certificate is not one this computer trusts.", "providers.tls-untrusted")
            )
            raise TlsProblem(
                say(
                    "Providers",
                    "The secure connection to {name} ({host}) failed.{hint}",
                    "providers.tls-problem",
                ).format(name=name, host=host, hint=hint),
                details,
            ) from None
        if isinstance(exc, httpx2.TimeoutException):
            what = (
                say("Providers", "connect", "providers.timed-out-connecting")
                if isinstance(exc, httpx2.ConnectTimeout)
                else say("Providers", "answer", "providers.timed-out-answering")
            )
            raise ServerTimedOut(
                say(
                    "Providers",
                    "{name} ({host}) took too long to {what}. Check that the computer is on and the server running.",
                    "providers.server-timed-out",
                ).format(name=name, host=host, what=what),
                details,
            ) from None
        if isinstance(exc, httpx2.ConnectError):
            if "Name or service not known" in str(exc) or "nodename nor servname" in str(exc):
                raise ConnectionRefused(
                    say(
                        "Providers",
                        "No computer called {host} can be found. Check the address.",
                        "providers.host-not-found",
                    ).format(host=host),
                    details,
                ) from None
            raise ConnectionRefused(
                say(
                    "Providers",
                    "Nothing answers at {host}: the server is not running there, or listens on another port or only "
                    "to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).",
                    "providers.connection-refused",
                ).format(host=host),
                details,
            ) from None
        raise ConnectionLost(
            say(
                "Providers",
                "The connection to {name} ({host}) failed.",
                "providers.connection-lost",
            ).format(name=name, host=host),
            details,
        ) from None


def remote_stats(
    usage: dict[str, Any],
    timings: dict[str, Any],
    counted: int,
    started: float,
    first: float,
    last: float,
    reason: StopReason,
) -> ReplyStats:
    """A remote reply's numbers in the fields a local reply fills: the server's own counts where it sends them
    (OpenAI's `usage` and its `prompt_tokens_details.cached_tokens`; llama-server's `timings`, drafting included),
    else what the stream showed (its pieces counted as tokens, timed as they arrived). Hearth leaves no message
    out of a remote conversation, and measures no speed-up there (both stay 0)."""
    prompt = _count(usage.get("prompt_tokens")) or _count(timings.get("prompt_n")) + _count(timings.get("cache_n"))
    details = usage.get("prompt_tokens_details")
    reused = _count(details.get("cached_tokens")) if isinstance(details, dict) else _count(timings.get("cache_n"))
    rate = (counted - 1) / (last - first) if counted > 1 and last > first else 0.0
    return ReplyStats(
        prompt_tokens=prompt,
        generated_tokens=_count(usage.get("completion_tokens")) or counted,
        ttft_s=first - started if counted else 0.0,
        tokens_per_second=rate,
        stop_reason=reason,
        prompt_tokens_reused=min(reused, prompt),
        prompt_tokens_evaluated=_count(timings.get("prompt_n")) or max(prompt - reused, 0),
        drafted_tokens=_count(timings.get("draft_n")),
        accepted_tokens=_count(timings.get("draft_n_accepted")),
    )


def _count(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else 0


def _can_chat(entry: dict[str, Any]) -> bool:
    """Whether a /v1/models entry can chat: kept unless the server says it is another kind of model."""
    kind = str(entry.get("kind") or entry.get("type") or "").lower()
    return kind not in NOT_CHAT_KINDS


def _tls_cause(exc: BaseException) -> BaseException | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError | ssl.CertificateError):
            return seen
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    return exc if "SSL" in text or "CERTIFICATE" in text else None


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error)[:SNIPPET]
    return str(error)[:SNIPPET]


def _server_says(text: str) -> str:
    try:
        answer = json.loads(text)
    except ValueError:
        return ""
    if isinstance(answer, dict) and answer.get("error"):
        return say("Providers", "It said: {text}", "providers.it-said").format(text=_error_text(answer["error"]))
    return ""
