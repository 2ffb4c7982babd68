"""The OpenAI-compatible HTTP API: a Starlette app over the model host, the library and Hearth's transcriber."""

from __future__ import annotations

import asyncio
import hmac
import logging
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from app.engines.whisper.options import LANGUAGE_NAMES, TranscribeOptions
from app.host.prompt_cache import PromptCacheStats
from app.server import replies
from app.server.errors import ApiError, api_error_of, bad_request, server_error
from app.server.generation import GenerationResult
from app.server.models import ServedModels, kind_of
from app.server.requests import chat_request, completion_request, parse_json
from app.transcription.transcripts import writers
from app.transcription.transcripts.model import Transcript

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
    cached_tokens: int = 0  # of prompt_tokens, the ones that came back from memory instead of being read
    prompt_cache: PromptCacheStats | None = None  # the model host's prompt cache after this request

    def line(self) -> str:
        """e.g. `12:00:01 127.0.0.1 POST /v1/chat/completions 200 qwen 2461+20 tokens (2430 cached) 35.1 tok/s
        0.91s · prompt cache 3 states, 7210 tokens, 88.4 MB (2 on disk, 60.2 MB)`."""
        clock = time.strftime("%H:%M:%S", time.localtime(self.time))
        cached = f" ({self.cached_tokens} cached)" if self.cached_tokens else ""
        tokens = f" {self.prompt_tokens}+{self.completion_tokens} tokens{cached}" if self.completion_tokens else ""
        speed = f" {self.tokens_per_second:.1f} tok/s" if self.tokens_per_second else ""
        model = f" {self.model}" if self.model else ""
        where = f"{self.client} {self.method} {self.path} {self.status}"
        cache = self.prompt_cache
        held = (
            f" · prompt cache {cache.entries} states, {cache.tokens} tokens, {cache.bytes / 1e6:.1f} MB"
            f" ({cache.disk_entries} on disk, {cache.disk_bytes / 1e6:.1f} MB)"
            if cache is not None and self.completion_tokens
            else ""
        )
        return f"{clock} {where}{model}{tokens}{speed} {self.seconds:.2f}s{held}"


@dataclass
class _Outcome:
    """What a handler learnt about its request, for the request log."""

    client: str = "?"
    method: str = ""
    path: str = ""
    started: float = 0.0
    model: str = ""
    result: GenerationResult | None = None

    def record(self, status: int, prompt_cache: PromptCacheStats | None = None) -> RequestRecord:
        result = self.result
        return RequestRecord(
            time=time.time(),
            client=self.client,
            method=self.method,
            path=self.path,
            status=status,
            model=self.model,
            prompt_tokens=result.prompt_tokens if result else 0,
            completion_tokens=result.completion_tokens if result else 0,
            tokens_per_second=result.tokens_per_second if result else 0.0,
            seconds=time.perf_counter() - self.started,
            cached_tokens=result.prompt_tokens_reused if result else 0,
            prompt_cache=prompt_cache if result else None,
        )


class ApiService:
    """The state behind the routes: the served models (and their host's speech host), the waiting requests, the log."""

    def __init__(self, models: ServedModels, options: ServerOptions) -> None:
        self.models = models
        self.options = options
        self._active = 0
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
        """The speech host and the model host outlive the server: their owner closes them."""

    # ---- admission
    def admit(self) -> None:
        if self._active >= self.options.max_queue:
            raise ApiError(
                503,
                "Hearth is busy: "
                + ("1 request is" if self._active == 1 else f"{self._active} requests are")
                + " waiting or running. Try again in a few seconds.",
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
    async def transcribe(
        self, path: Path, folder: Path, options: TranscribeOptions, cancel: threading.Event
    ) -> Transcript:
        """On the model host's one speech host, which the Transcribe page shares (one Whisper load for both): the
        request waits its turn there without holding the event loop."""
        loop = asyncio.get_running_loop()
        finished: asyncio.Future[None] = loop.create_future()

        def settle() -> None:
            if not finished.done():
                finished.set_result(None)

        def on_done(_job: object) -> None:
            try:
                loop.call_soon_threadsafe(settle)
            except RuntimeError:  # the server's loop has ended: nobody waits for this transcript any more
                pass

        job = self.models.host.speech.transcribe(path, folder, options, cancel, on_event=_ignore, on_done=on_done)
        try:
            await finished
        except asyncio.CancelledError:
            job.cancel()
            raise
        return job.result()


def _ignore(_event: object) -> None:
    """A transcription's progress, which an API request does not report."""


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


def build_app(service: ApiService) -> Starlette:
    options = service.options

    def served(handler: Callable[[Request, _Outcome], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            outcome = _Outcome(
                client=request.client.host if request.client else "?",
                method=request.method,
                path=request.url.path,
                started=time.perf_counter(),
            )
            try:
                response = await handler(request, outcome)
            except ClientDisconnect:
                response = Response(status_code=499)
            except Exception as exc:
                error = api_error_of(exc)
                if error is None:
                    log.exception("the API request %s %s failed", request.method, request.url.path)
                    error = server_error("Hearth failed to answer this request; the log says why.")
                response = _error_response(error)
            if not isinstance(response, StreamingResponse):  # a stream records itself when it ends
                service.record(outcome.record(response.status_code, service.models.host.prompt_cache()))
            return response

        return endpoint

    async def health(request: Request) -> Response:
        # What `hearth serve`'s prompt cache holds (counts only, no text): a client or a person can see it at work.
        cache = await asyncio.to_thread(service.models.host.prompt_cache)
        return JSONResponse({"status": "ok", "waiting": service.waiting, "prompt_cache": asdict(cache)})

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
            if model.library_id:  # a library model's long id, also accepted (not for a file named on the command line)
                entry["library_id"] = model.library_id
            if model.path in loaded:
                entry["context"] = loaded[model.path].context
            data.append(entry)
        return JSONResponse({"object": "list", "data": data})

    async def completions(request: Request, outcome: _Outcome, *, chat: bool) -> Response:
        body = await _read_body(request, options.max_body_bytes)
        raw = parse_json(body)
        creq = chat_request(raw) if chat else completion_request(raw)
        model = service.models.find(creq.model)
        outcome.model = model.id
        plan = replies.plan_chat(creq, model) if chat else None
        service.admit()
        run = replies.ReplyRun(asyncio.get_running_loop())
        gone = asyncio.Event()
        state = {"streaming": False, "finished": False}

        def on_gone() -> None:
            gone.set()
            run.cancel()
            if state["streaming"]:  # Starlette may drop a stream it never began to read: free its place here too
                finished(499, None)

        watcher = asyncio.create_task(_watch_disconnect(request.receive, on_gone))
        service.models.begin_use(model)
        starting = asyncio.ensure_future(replies.begin(service.models, creq, plan, model, run))

        def finished(status: int, result: GenerationResult | None) -> None:
            if state["finished"]:
                return
            state["finished"] = True
            starting.cancel()
            watcher.cancel()
            run.cancel()
            service.models.end_use(model)
            service.leave()
            if status:
                outcome.result = result
                service.record(outcome.record(status, service.models.host.prompt_cache()))

        try:
            if creq.stream:
                # Answer at once when the reply is queued quickly (a refusal is then a plain HTTP error); after
                # one ping interval, start the stream and keep it alive with pings while the request waits.
                await _race(asyncio.wait({starting}, timeout=options.ping_interval_s), gone)
                if starting.done():
                    starting.result()
                ping_s = options.ping_interval_s
                state["streaming"] = True
                return StreamingResponse(
                    replies.stream(creq, model, run, starting, ping_s, finished, chat=chat),
                    media_type="text/event-stream",
                    headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
                )
            await _race(starting, gone)
            reply = await _race(replies.read_whole(run), gone)
            outcome.result = reply.result
            if reply.result.finish_reason == "cancelled":
                raise ClientDisconnect()
            response = JSONResponse(replies.whole(creq, model, reply, chat=chat))
        except BaseException:
            finished(0, None)
            raise
        finished(0, None)
        return response

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
            counting = service.models.count_embedding_tokens(model, texts)
            gone = asyncio.Event()

            def on_gone() -> None:
                gone.set()
                job.cancel()
                counting.cancel()

            watcher = asyncio.create_task(_watch_disconnect(request.receive, on_gone))
            try:
                vectors = await _race(replies.job_result(job), gone)
                tokens = await _race(replies.job_result(counting), gone)
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
                transcript = await service.transcribe(path, model.path, options_, cancel)
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
