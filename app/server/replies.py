"""A completion request from its checked body to its last chunk: planned, queued on the model host, answered.

A chat reply is `ModelHost.reply` — the window's own path through `LlamaEngine.chat` — after the host has counted
the prompt (`ModelHost.prompt_tokens`), so a prompt that leaves no room for the reply is refused instead of having
its early messages left out. A raw completion is `generation.complete_text` on the engine thread. Either way the
job's events are put onto the server's event loop, where the response reads them.

A stream answers with a `: ping` comment whenever nothing else was sent for `ping_interval_s`: while the request
waits for its model to load, waits in the queue, or while the prompt is read. It starts (HTTP 200) once the reply
is queued, or after one interval of waiting, whichever comes first; an error after that arrives as an SSE event in
OpenAI's error shape, and the stream ends.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from app.engines.chat_types import Message, Notice, ReplyStats, TextDelta, ThinkingDelta, ToolCall
from app.engines.llama.chat_format import ToolStyle, tool_style_of
from app.host import Job
from app.openai import finish, sse, tools
from app.openai.messages import tool_call_json
from app.openai.prompts import engine_messages
from app.responders import LocalResponder
from app.server import generation
from app.server.errors import api_error_of, bad_request, server_error
from app.server.generation import ChatPrompt, GenerationResult, TextPrompt
from app.server.models import ServedModel, ServedModels, chat_template
from app.server.requests import CompletionRequest

log = logging.getLogger("hearth.server")
T = TypeVar("T")


@dataclass(frozen=True)
class ChatPlan:
    """What goes to the engine for a chat request: its messages (tools written in), the grammar, if any, and the
    style the model writes tool calls in."""

    messages: tuple[Message, ...]
    grammar: str | None
    tool_style: ToolStyle = ToolStyle.GENERIC


def plan_chat(creq: CompletionRequest, model: ServedModel) -> ChatPlan:
    """Everything about a chat request that can be decided before it queues (refusals answer at once)."""
    assert isinstance(creq.prompt, ChatPrompt)
    if creq.images and model.mmproj is None:
        raise bad_request(
            f"{model.id} cannot see images: it has no vision companion (mmproj file) beside it. Send text only, or "
            "use a vision model.",
            param="messages",
            code="images_not_supported",
        )
    style = tool_style_of(chat_template(model.path))
    grammar: str | None = None
    if creq.response_format != "text":
        grammar = tools.json_grammar(creq.json_schema)
    forced = [
        t
        for t in creq.tools
        if creq.tool_choice.mode == "required"
        or (creq.tool_choice.mode == "named" and t["function"]["name"] == creq.tool_choice.name)
    ]
    if forced:
        grammar = tools.forced_call_grammar(forced, style)
    return ChatPlan(engine_messages(creq.prompt.messages, creq.prompt.tools, style), grammar, style)


class Ended:
    """The job has finished; `result()` gives its numbers or raises what it raised."""

    def __init__(self, job: Job[Any]) -> None:
        self.job = job

    def result(self) -> GenerationResult:
        outcome = self.job.result()
        return generation.result_of(outcome) if isinstance(outcome, ReplyStats) else outcome


class ReplyRun:
    """One request's job on the engine thread, its events delivered onto the server's event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue[object] = asyncio.Queue()
        self.cancel_event = threading.Event()
        self.job: Job[Any] | None = None

    def put(self, event: object) -> None:
        """Called on the engine thread: quick and thread-safe."""
        try:
            self.loop.call_soon_threadsafe(self.queue.put_nowait, event)
        except RuntimeError:  # the loop has closed: the server is stopping
            pass

    def ended(self, job: Job[Any]) -> None:
        self.put(Ended(job))

    def attach(self, job: Job[Any]) -> None:
        self.job = job
        if self.cancel_event.is_set():
            job.cancel()

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.job is not None:
            self.job.cancel()


async def begin(
    models: ServedModels, creq: CompletionRequest, plan: ChatPlan | None, model: ServedModel, run: ReplyRun
) -> None:
    """Load the model (a load already under way is shared), count the prompt, and queue the reply."""
    request, load_job = models.load(model)
    loaded = await job_result(load_job)
    if isinstance(creq.prompt, TextPrompt):
        prompt, settings = creq.prompt, creq.sampling

        def complete(engine: Any) -> GenerationResult:
            return generation.complete_text(engine, prompt, settings, run.cancel_event, run.put)

        completion = models.host.with_engine(request, complete)
        run.attach(completion)
        completion.subscribe(on_done=run.ended)
        return
    assert plan is not None
    if creq.images and request.mmproj is None:
        raise bad_request(
            f"{model.id} is loaded without its vision companion (mmproj), so it cannot see images now; load it with "
            "its projector in Hearth, or send text only.",
            param="messages",
            code="images_not_supported",
        )
    responder = LocalResponder(models.host, request)  # the window's way to a reply: same events, same loop
    counted = await job_result(responder.count_tokens(plan.messages))
    generation.check_fits(counted, creq.max_tokens, loaded.context)
    sampling = generation.sampling_of(creq.sampling, loaded.context - counted)
    job = responder.reply(
        plan.messages,
        sampling,
        grammar=plan.grammar,
        tool_style=plan.tool_style if creq.prompt_has_tools else None,  # its calls come as ToolCall events
        tool_names=[tool["function"]["name"] for tool in creq.tools],
        on_event=run.put,
        on_done=run.ended,
    )
    run.attach(job)


async def job_result(job: Job[T]) -> T:
    """Await a host job from the event loop (its end is reported on the engine thread)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(done: Job[T]) -> None:
        if future.done():
            return
        if done.error is not None:
            future.set_exception(done.error)
        else:
            future.set_result(done.result())

    def on_done(done: Job[T]) -> None:
        try:
            loop.call_soon_threadsafe(settle, done)
        except RuntimeError:
            pass

    job.subscribe(on_done=on_done)
    return await future


@dataclass
class Reply:
    """A whole reply, read from the run's events."""

    text: str
    reasoning: str
    result: GenerationResult
    calls: tuple[ToolCall, ...] = ()  # the tool calls, taken out of the text as events


async def read_whole(run: ReplyRun) -> Reply:
    text: list[str] = []
    reasoning: list[str] = []
    calls: list[ToolCall] = []
    while not isinstance(event := await run.queue.get(), Ended):
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, str):
            text.append(event)
        elif isinstance(event, ThinkingDelta):
            reasoning.append(event.text)
        elif isinstance(event, ToolCall):
            calls.append(event)
        elif isinstance(event, Notice):
            log.info("the engine noted: %s", event.message)
    return Reply("".join(text), "".join(reasoning), event.result(), tuple(calls))


def usage(result: GenerationResult) -> dict[str, Any]:
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "total_tokens": result.prompt_tokens + result.completion_tokens,
        "prompt_tokens_details": {"cached_tokens": result.prompt_tokens_reused},
    }


def whole(creq: CompletionRequest, model: ServedModel, reply: Reply, *, chat: bool) -> Any:
    created = int(time.time())
    result, text = reply.result, reply.text
    if not chat:
        return {
            "id": f"cmpl-{uuid.uuid4().hex}",
            "object": "text_completion",
            "created": created,
            "model": model.id,
            "choices": [{"index": 0, "text": text, "finish_reason": result.finish_reason, "logprobs": None}],
            "usage": usage(result),
        }
    calls = list(reply.calls)
    message: dict[str, Any] = {"role": "assistant", "content": text}
    finish_reason = result.finish_reason
    if calls:
        message = {
            "role": "assistant",
            "content": text.strip() or None,
            "tool_calls": [tool_call_json(c) for c in calls],
        }
        finish_reason = finish.TOOL_CALLS
    if reply.reasoning:
        message["reasoning_content"] = reply.reasoning
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": created,
        "model": model.id,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": usage(result),
    }


def error_event(exc: BaseException) -> tuple[int, bytes]:
    """The status to log and the SSE event for an error once the stream has begun."""
    error = api_error_of(exc)
    if error is None:
        log.error("a streamed reply failed", exc_info=exc)
        error = server_error("Hearth failed while writing this reply; the log says why.")
    return error.status, sse.encode(error.body())


async def stream(
    creq: CompletionRequest,
    model: ServedModel,
    run: ReplyRun,
    starting: Awaitable[None],
    ping_s: float,
    finished: Callable[[int, GenerationResult | None], None],
    *,
    chat: bool,
) -> AsyncIterator[bytes]:
    """The SSE body: pings until the reply is queued, the reply's chunks (pings while nothing comes), the usage
    when asked for, then `data: [DONE]`; or an error event, and the end. `finished(status, result)` runs last."""
    ident = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}"
    created = int(time.time())
    kind = "chat.completion.chunk" if chat else "text_completion"
    calls: list[ToolCall] = []  # taken out of the text by the responder (app/openai/tools.with_tool_calls)
    status, result = 200, None

    def chunk(delta: dict[str, Any] | None = None, finish: str | None = None, text: str | None = None) -> bytes:
        choice: dict[str, Any] = {"index": 0, "finish_reason": finish, "logprobs": None}
        if chat:
            choice["delta"] = delta or {}
        else:
            choice["text"] = text or ""
        return sse.encode({"id": ident, "object": kind, "created": created, "model": model.id, "choices": [choice]})

    started = asyncio.ensure_future(starting)
    next_event: asyncio.Future[object] | None = None
    try:
        while not started.done():
            await asyncio.wait({started}, timeout=ping_s)
            if not started.done():
                yield sse.PING
        if (failure := started.exception()) is not None:
            status, event_bytes = error_event(failure)
            yield event_bytes
            return
        if chat:
            yield chunk({"role": "assistant", "content": ""})
        while True:
            if next_event is None:
                next_event = asyncio.ensure_future(run.queue.get())
            done, _ = await asyncio.wait({next_event}, timeout=ping_s)
            if not done:
                yield sse.PING
                continue
            event = next_event.result()
            next_event = None
            if isinstance(event, Ended):
                break
            piece = event.text if isinstance(event, TextDelta) else event if isinstance(event, str) else ""
            if isinstance(event, ThinkingDelta):
                yield chunk({"reasoning_content": event.text})
            elif isinstance(event, ToolCall):
                calls.append(event)
            elif isinstance(event, Notice):
                log.info("the engine noted: %s", event.message)
            if piece:
                yield chunk({"content": piece}, text=piece)
        try:
            result = event.result()
        except Exception as exc:
            status, event_bytes = error_event(exc)
            yield event_bytes
            return
        finish_reason = result.finish_reason
        for delta in tools.call_deltas(calls):
            yield chunk({"tool_calls": [delta]})
        if calls:
            finish_reason = finish.TOOL_CALLS
        yield chunk(None, finish_reason)
        if creq.include_usage:
            yield sse.encode(
                {
                    "id": ident,
                    "object": kind,
                    "created": created,
                    "model": model.id,
                    "choices": [],
                    "usage": usage(result),
                }
            )
        yield sse.DONE
    except (asyncio.CancelledError, GeneratorExit):
        status = 499
        raise
    finally:
        started.cancel()
        if next_event is not None:
            next_event.cancel()
        finished(status, result)
