"""The OpenAI-compatible HTTP API: a Starlette app over the model host, the library and Hearth's transcriber."""

from __future__ import annotations

import asyncio
import hmac
import logging
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from app.engines.errors import ModelTooLarge
from app.engines.llama import LlamaEngine
from app.engines.whisper import Transcriber
from app.engines.whisper_options import LANGUAGE_NAMES, TranscribeOptions
from app.errors import HearthError
from app.host import Job
from app.server import generation, tools
from app.server.errors import ApiError, bad_request, server_error
from app.server.generation import GenerationResult, PromptRead
from app.server.models import ServedModel, ServedModels, kind_of
from app.server.requests import CompletionRequest, chat_request, completion_request, parse_json
from app.transcripts import writers
from app.transcripts.model import Transcript

log = logging.getLogger("hearth.server")
T = TypeVar("T")
AUDIO_FORMATS = ("json", "text", "srt", "vtt", "verbose_json")


@dataclass(frozen=True)
class ServerOptions:
    api_key: str = ""  # "" = no key needed (only allowed on 127.0.0.1)
    cors_origins: tuple[str, ...] = ()
    max_queue: int = 16  # requests waiting or running at once; more answer 503
    idle_unload_s: float = 3600.0
    ping_interval_s: float = 15.0
    max_body_bytes: int = 8 * 1024 * 1024
    max_audio_bytes: int = 50 * 1024 * 1024


@dataclass(frozen=True)
class RequestRecord:
    """One line of the request log."""

    time: float
    client: str
    method: str
    path: str
    status: int
    model: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_per_second: float = 0.0
    seconds: float = 0.0

    def line(self) -> str:
        clock = time.strftime("%H:%M:%S", time.localtime(self.time))
        tokens = f" {self.prompt_tokens}+{self.completion_tokens} tokens" if self.completion_tokens else ""
        speed = f" {self.tokens_per_second:.1f} tok/s" if self.tokens_per_second else ""
        model = f" {self.model}" if self.model else ""
        where = f"{self.client} {self.method} {self.path} {self.status}"
        return f"{clock} {where}{model}{tokens}{speed} {self.seconds:.2f}s"


@dataclass
class _Outcome:
    model: str = ""
    result: GenerationResult | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _Run:
    """One generation on the engine thread, its events delivered onto the server's event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue[object] = asyncio.Queue()
        self.cancel_event = threading.Event()
        self.job: Job[GenerationResult] | None = None

    def put(self, event: object) -> None:
        try:
            self.loop.call_soon_threadsafe(self.queue.put_nowait, event)
        except RuntimeError:  # the loop has closed: the server is stopping
            pass

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.job is not None:
            self.job.cancel()


class _End:
    def __init__(self, job: Job[GenerationResult]) -> None:
        self.job = job


class _PromptChecked:
    pass


class ApiService:
    """The state behind the routes: the served models, the waiting requests, the transcriber, the log."""

    def __init__(self, models: ServedModels, options: ServerOptions) -> None:
        self.models = models
        self.options = options
        self._active = 0
        self._speech = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-server-speech")
        self._transcriber = Transcriber()
        self._listeners: list[Callable[[RequestRecord], None]] = []
        self.records: list[RequestRecord] = []

    def subscribe(self, listener: Callable[[RequestRecord], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def record(self, record: RequestRecord) -> None:
        self.records.append(record)
        del self.records[:-500]
        for listener in list(self._listeners):
            try:
                listener(record)
            except Exception:
                log.exception("a request log listener failed")

    def close(self) -> None:
        self._speech.shutdown(wait=True, cancel_futures=True)
        self._transcriber.close()

    # ---- admission
    def admit(self) -> None:
        if self._active >= self.options.max_queue:
            raise ApiError(
                503,
                f"Hearth is busy: {self._active} requests are waiting or running. Try again in a few seconds.",
                type="server_error",
                code="queue_full",
                headers={"Retry-After": "5"},
            )
        self._active += 1

    def leave(self) -> None:
        self._active -= 1

    @property
    def waiting(self) -> int:
        return self._active

    # ---- speech
    def transcribe(self, path: Path, folder: Path, options: TranscribeOptions, cancel: threading.Event) -> Transcript:
        events = self._transcriber.transcribe(path, folder, options, cancel)
        while True:
            try:
                next(events)
            except StopIteration as end:
                transcript: Transcript = end.value
                return transcript

    async def run_speech(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._speech, fn)


async def _job_result(job: Job[T]) -> T:
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


async def _read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length")
    too_large = ApiError(
        413,
        f"The request body is larger than this server accepts ({limit // (1024 * 1024)} MB).",
        code="request_too_large",
    )
    if length is not None and length.isdigit() and int(length) > limit:
        # read and drop what the client sends (up to a bound), so it reads our answer instead of a broken pipe
        drained = 0
        try:
            async for chunk in request.stream():
                drained += len(chunk)
                if drained > 4 * limit + 256 * 1024 * 1024:
                    break
        except ClientDisconnect:
            pass
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # Starlette's own cache of the body, so form() reads it from memory
    return body


async def _watch_disconnect(receive: Receive, on_gone: Callable[[], None]) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            on_gone()
            return


def _error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


def _sse(data: str) -> bytes:
    return f"data: {data}\n\n".encode()


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def build_app(service: ApiService) -> Starlette:
    options = service.options

    def served(handler: Callable[[Request, _Outcome], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            started = time.perf_counter()
            outcome = _Outcome()
            client = request.client.host if request.client else "?"
            try:
                response = await handler(request, outcome)
            except ApiError as error:
                response = _error_response(error)
            except ModelTooLarge as exc:
                response = _error_response(ApiError(400, exc.message, param="model", code="model_too_large"))
            except HearthError as exc:
                response = _error_response(ApiError(500, exc.message, type="server_error", code="engine_error"))
            except ClientDisconnect:
                response = Response(status_code=499)
            except Exception:
                log.exception("the API request %s %s failed", request.method, request.url.path)
                response = _error_response(server_error("Hearth failed to answer this request; the log says why."))
            result = outcome.result
            if not isinstance(response, StreamingResponse):
                service.record(
                    RequestRecord(
                        time=time.time(),
                        client=client,
                        method=request.method,
                        path=request.url.path,
                        status=response.status_code,
                        model=outcome.model,
                        prompt_tokens=result.prompt_tokens if result else 0,
                        completion_tokens=result.completion_tokens if result else 0,
                        tokens_per_second=result.tokens_per_second if result else 0.0,
                        seconds=time.perf_counter() - started,
                    )
                )
            else:
                outcome.extra["record"] = (client, request.method, request.url.path, started)
            return response

        return endpoint

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "waiting": service.waiting})

    async def list_models(request: Request, outcome: _Outcome) -> Response:
        loaded = {m.path.resolve(): m for m in service.models.host.loaded_models()}
        data = []
        for model in service.models.all():
            entry: dict[str, Any] = {
                "id": model.id,
                "object": "model",
                "created": 0,
                "owned_by": "hearth",
                "name": model.name,
                "kind": kind_of(model),
                "loaded": model.path in loaded,
            }
            if model.path in loaded:
                entry["context"] = loaded[model.path].context
            data.append(entry)
        return JSONResponse({"object": "list", "data": data})

    async def start_run(
        request: Request, creq: CompletionRequest, outcome: _Outcome
    ) -> tuple[ServedModel, _Run, asyncio.Task[None]]:
        """Load the model (shared), queue the generation, and wait until its prompt is known to fit."""
        model = service.models.find(creq.model)
        outcome.model = model.id
        if creq.images:
            raise bad_request(
                f"{model.id} cannot see images through the API: Hearth's server reads text only for now.",
                param="messages",
                code="images_not_supported",
            )
        settings = creq.settings
        if creq.response_format != "text":
            settings = replace(settings, grammar=tools.json_grammar(creq.json_schema))
        forced = [
            t
            for t in creq.tools
            if creq.tool_choice.mode == "required"
            or (creq.tool_choice.mode == "named" and t["function"]["name"] == creq.tool_choice.name)
        ]
        loop = asyncio.get_running_loop()
        run = _Run(loop)
        gone = asyncio.Event()

        def on_gone() -> None:
            gone.set()
            run.cancel()

        watcher = asyncio.create_task(_watch_disconnect(request.receive, on_gone))
        service.models.begin_use(model)
        try:
            model_request, load_job = service.models.load(model)
            loaded = await _race(_job_result(load_job), gone)
            outcome.extra["loaded"] = loaded

            def work(engine: LlamaEngine) -> GenerationResult:
                chosen = settings
                if forced:
                    hermes = tools.uses_hermes(generation.template_of(engine))
                    chosen = replace(settings, grammar=tools.forced_call_grammar(forced, hermes))
                return generation.generate(engine, creq.prompt, chosen, run.cancel_event, checked_then(run.put))

            run.job = service.models.host.with_engine(model_request, work)
            if gone.is_set():
                run.job.cancel()
            run.job.subscribe(on_done=lambda job: run.put(_End(job)))
            first = await _race(run.queue.get(), gone)
            if isinstance(first, _End):
                first.job.result()  # raises the refusal (context_length_exceeded, ...)
                raise server_error("The reply ended before it began.")
            assert isinstance(first, _PromptChecked)
        except BaseException:
            run.cancel()
            watcher.cancel()
            service.models.end_use(model)
            raise
        return model, run, watcher

    async def completions(request: Request, outcome: _Outcome, *, chat: bool) -> Response:
        body = await _read_body(request, options.max_body_bytes)
        raw = parse_json(body)
        creq = chat_request(raw) if chat else completion_request(raw)
        service.admit()
        try:
            model, run, watcher = await start_run(request, creq, outcome)
        except BaseException:
            service.leave()
            raise
        if creq.stream:
            return StreamingResponse(
                _stream(service, creq, model, run, watcher, outcome, chat=chat),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )
        try:
            text: list[str] = []
            while not isinstance(event := await run.queue.get(), _End):
                if isinstance(event, str):
                    text.append(event)
            result = event.job.result()
            outcome.result = result
            if result.finish_reason == "cancelled":
                raise ClientDisconnect()
            return JSONResponse(_whole(creq, model, "".join(text), result, chat=chat))
        finally:
            watcher.cancel()
            run.cancel()
            service.models.end_use(model)
            service.leave()

    async def chat_completions(request: Request, outcome: _Outcome) -> Response:
        return await completions(request, outcome, chat=True)

    async def text_completions(request: Request, outcome: _Outcome) -> Response:
        return await completions(request, outcome, chat=False)

    async def embeddings(request: Request, outcome: _Outcome) -> Response:
        body = await _read_body(request, options.max_body_bytes)
        raw = parse_json(body)
        name = raw.get("model")
        if not isinstance(name, str) or not name:
            raise bad_request("“model” must name an embedding model (GET /v1/models lists them).", param="model")
        texts = raw.get("input")
        if isinstance(texts, str):
            texts = [texts]
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            raise bad_request("“input” must be a text or a non-empty list of texts.", param="input")
        if len(texts) > 2048:
            raise bad_request("“input” may hold at most 2048 texts per request.", param="input")
        fmt = raw.get("encoding_format", "float")
        if fmt not in ("float", "base64"):
            raise bad_request("“encoding_format” must be float or base64.", param="encoding_format")
        if raw.get("dimensions") is not None:
            raise bad_request("Hearth's embedding models have a fixed size; leave out “dimensions”.", "dimensions")
        model = service.models.find(name, "embedding")
        outcome.model = model.id
        service.admit()
        service.models.begin_use(model)
        try:
            job = service.models.embed(model, texts)
            gone = asyncio.Event()

            def on_gone() -> None:
                gone.set()
                job.cancel()

            watcher = asyncio.create_task(_watch_disconnect(request.receive, on_gone))
            try:
                vectors = await _race(_job_result(job), gone)
            finally:
                watcher.cancel()
        finally:
            service.models.end_use(model)
            service.leave()
        data = []
        for index, vector in enumerate(vectors):
            value: Any = vector
            if fmt == "base64":
                import base64
                import struct

                value = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
            data.append({"object": "embedding", "index": index, "embedding": value})
        tokens = sum(len(t.split()) for t in texts)  # llama.cpp's own count is not reported by the embedder
        return JSONResponse(
            {
                "object": "list",
                "data": data,
                "model": model.id,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )

    async def audio(request: Request, outcome: _Outcome, *, task: str) -> Response:
        await _read_body(request, options.max_audio_bytes)
        content_type = request.headers.get("content-type", "")
        if not content_type.startswith("multipart/form-data"):
            raise bad_request("Send the recording as multipart/form-data with a “file” field.", param="file")
        async with request.form(max_files=1, max_fields=20, max_part_size=options.max_audio_bytes) as form:
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise bad_request("The request has no “file” with the recording.", param="file")
            name = form.get("model")
            if not isinstance(name, str) or not name:
                raise bad_request("“model” must name a Whisper model (or whisper-1).", param="model")
            model = service.models.find(name, "speech")
            outcome.model = model.id
            fmt = str(form.get("response_format") or "json")
            if fmt not in AUDIO_FORMATS:
                raise bad_request(f"“response_format” must be one of {', '.join(AUDIO_FORMATS)}.", "response_format")
            language = str(form.get("language") or "") if task == "transcribe" else ""
            prompt = str(form.get("prompt") or "")
            granularities = [str(g) for g in form.getlist("timestamp_granularities[]")]
            try:
                options_ = TranscribeOptions(
                    language=language,
                    task="translate" if task == "translate" else "transcribe",
                    initial_prompt=prompt,
                    word_timestamps="word" in granularities,
                )
            except ValueError as exc:
                raise bad_request(str(exc)) from None
            suffix = Path(upload.filename or "audio").suffix[:10] or ".audio"
            data = await upload.read()
        if not data:
            raise bad_request("The recording is empty.", param="file")
        cancel = threading.Event()
        with tempfile.TemporaryDirectory(prefix="hearth-api-") as folder:
            path = Path(folder) / f"recording{suffix}"
            path.write_bytes(data)
            watcher = asyncio.create_task(_watch_disconnect(request.receive, cancel.set))
            try:
                transcript = await service.run_speech(lambda: service.transcribe(path, model.path, options_, cancel))
            finally:
                watcher.cancel()
        if cancel.is_set():
            raise ClientDisconnect()
        return _transcript_response(transcript, fmt, task)

    async def transcriptions(request: Request, outcome: _Outcome) -> Response:
        return await audio(request, outcome, task="transcribe")

    async def translations(request: Request, outcome: _Outcome) -> Response:
        return await audio(request, outcome, task="translate")

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error_response(ApiError(404, f"There is no {request.url.path} on this server.", code="not_found"))

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return _error_response(
            ApiError(405, f"{request.method} is not how {request.url.path} is used.", code="method_not_allowed")
        )

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/v1/models", served(list_models), methods=["GET"]),
        Route("/v1/chat/completions", served(chat_completions), methods=["POST"]),
        Route("/v1/completions", served(text_completions), methods=["POST"]),
        Route("/v1/embeddings", served(embeddings), methods=["POST"]),
        Route("/v1/audio/transcriptions", served(transcriptions), methods=["POST"]),
        Route("/v1/audio/translations", served(translations), methods=["POST"]),
    ]
    middleware = []
    if options.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(options.cors_origins),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["Authorization", "Content-Type"],
            )
        )
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={404: not_found, 405: not_allowed})
    return app


def checked_then(put: Callable[[object], None]) -> Callable[[object], None]:
    """The engine's emit, with a first event saying the prompt fits (sent before the prompt is read)."""
    state = {"checked": False}

    def emit(event: object) -> None:
        if not state["checked"]:
            state["checked"] = True
            put(_PromptChecked())
        put(event)

    return emit


async def _race(awaitable: Awaitable[T], gone: asyncio.Event) -> T:
    task = asyncio.ensure_future(awaitable)
    waiter = asyncio.create_task(gone.wait())
    try:
        done, _ = await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    if task in done:
        return task.result()
    task.cancel()
    raise ClientDisconnect()


def _usage(result: GenerationResult) -> dict[str, int]:
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "total_tokens": result.prompt_tokens + result.completion_tokens,
    }


def _whole(creq: CompletionRequest, model: ServedModel, text: str, result: GenerationResult, *, chat: bool) -> Any:
    created = int(time.time())
    if not chat:
        return {
            "id": f"cmpl-{uuid.uuid4().hex}",
            "object": "text_completion",
            "created": created,
            "model": model.id,
            "choices": [{"index": 0, "text": text, "finish_reason": result.finish_reason, "logprobs": None}],
            "usage": _usage(result),
        }
    calls = tools.parse_calls(text) if creq.prompt_has_tools else []
    message: dict[str, Any] = {"role": "assistant", "content": text}
    finish = result.finish_reason
    if calls:
        before = text.split(tools.HERMES_OPEN, 1)[0].strip() if tools.HERMES_OPEN in text else ""
        message = {"role": "assistant", "content": before or None, "tool_calls": [c.as_openai() for c in calls]}
        finish = "tool_calls"
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": created,
        "model": model.id,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": _usage(result),
    }


async def _stream(
    service: ApiService,
    creq: CompletionRequest,
    model: ServedModel,
    run: _Run,
    watcher: asyncio.Task[None],
    outcome: _Outcome,
    *,
    chat: bool,
) -> AsyncIterator[bytes]:
    ident = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}"
    created = int(time.time())
    kind = "chat.completion.chunk" if chat else "text_completion"
    splitter = tools.ToolStream() if chat and creq.prompt_has_tools else None
    status = 200

    def chunk(delta: dict[str, Any] | None = None, finish: str | None = None, text: str | None = None) -> bytes:
        choice: dict[str, Any] = {"index": 0, "finish_reason": finish, "logprobs": None}
        if chat:
            choice["delta"] = delta or {}
        else:
            choice["text"] = text or ""
        return _sse(_json({"id": ident, "object": kind, "created": created, "model": model.id, "choices": [choice]}))

    next_event: asyncio.Task[object] | None = None
    try:
        if chat:
            yield chunk({"role": "assistant", "content": ""})
        while True:
            if next_event is None:
                next_event = asyncio.ensure_future(run.queue.get())
            done, _ = await asyncio.wait({next_event}, timeout=service.options.ping_interval_s)
            if not done:
                yield b": ping\n\n"
                continue
            event = next_event.result()
            next_event = None
            if isinstance(event, _End):
                break
            if isinstance(event, PromptRead):
                continue
            if isinstance(event, str):
                piece = splitter.feed(event) if splitter is not None else event
                if piece:
                    yield chunk({"content": piece}, text=piece)
        try:
            result = event.job.result()
        except ApiError as error:
            status = error.status
            yield _sse(_json(error.body()))
            return
        except HearthError as exc:
            status = 500
            yield _sse(_json(ApiError(500, exc.message, type="server_error", code="engine_error").body()))
            return
        outcome.result = result
        finish = result.finish_reason
        if splitter is not None:
            rest, calls = splitter.finish()
            if rest:
                yield chunk({"content": rest})
            for index, call in enumerate(calls):
                opening = {"index": index, "id": call.id, "type": "function"}
                yield chunk({"tool_calls": [{**opening, "function": {"name": call.name, "arguments": ""}}]})
                yield chunk({"tool_calls": [{"index": index, "function": {"arguments": call.arguments}}]})
            if calls:
                finish = "tool_calls"
        yield chunk(None, finish)
        if creq.include_usage:
            usage = {"id": ident, "object": kind, "created": created, "model": model.id, "choices": []}
            yield _sse(_json({**usage, "usage": _usage(result)}))
        yield b"data: [DONE]\n\n"
    except (asyncio.CancelledError, GeneratorExit):
        status = 499
        raise
    finally:
        if next_event is not None:
            next_event.cancel()
        watcher.cancel()
        run.cancel()
        service.models.end_use(model)
        service.leave()
        client, method, path, started = outcome.extra.get("record", ("?", "POST", "", time.perf_counter()))
        result_ = outcome.result
        service.record(
            RequestRecord(
                time=time.time(),
                client=client,
                method=method,
                path=path,
                status=status,
                model=model.id,
                prompt_tokens=result_.prompt_tokens if result_ else 0,
                completion_tokens=result_.completion_tokens if result_ else 0,
                tokens_per_second=result_.tokens_per_second if result_ else 0.0,
                seconds=time.perf_counter() - started,
            )
        )


def _transcript_response(transcript: Transcript, fmt: str, task: str) -> Response:
    text = " ".join(s.text.strip() for s in transcript.segments if s.text.strip())
    if fmt == "json":
        return JSONResponse({"text": text})
    if fmt == "text":
        return PlainTextResponse(text + "\n")
    if fmt in ("srt", "vtt"):
        return PlainTextResponse(writers.render(transcript, fmt))
    language = LANGUAGE_NAMES.get(transcript.language, transcript.language).lower()
    segments = [
        {
            "id": index,
            "seek": 0,
            "start": round(s.start, 3),
            "end": round(s.end, 3),
            "text": s.text,
            "tokens": [],
            "temperature": 0.0,
            "avg_logprob": 0.0,
            "compression_ratio": 0.0,
            "no_speech_prob": 0.0,
        }
        for index, s in enumerate(transcript.segments)
    ]
    words = [
        {"word": w.text.strip(), "start": round(w.start, 3), "end": round(w.end, 3)}
        for s in transcript.segments
        for w in s.words
    ]
    document: dict[str, Any] = {
        "task": task,
        "language": language,
        "duration": round(transcript.duration, 3),
        "text": text,
        "segments": segments,
    }
    if words:
        document["words"] = words
    return JSONResponse(document)


class RequireKey:
    """Every request but /health needs `Authorization: Bearer <key>` (compared in constant time)."""

    def __init__(self, app: ASGIApp, key: str) -> None:
        self.app = app
        self._key = f"Bearer {key}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] == "/health" or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"authorization", b"")
        if hmac.compare_digest(given, self._key):
            await self.app(scope, receive, send)
            return
        error = ApiError(
            401,
            "This server needs its API key: send it as “Authorization: Bearer <key>” "
            "(Settings › Local server shows it).",
            type="invalid_request_error",
            code="invalid_api_key",
        )
        await _error_response(error)(scope, receive, send)


def asgi_app(service: ApiService) -> ASGIApp:
    app: ASGIApp = build_app(service)
    if service.options.api_key:
        app = RequireKey(app, service.options.api_key)
    return app
