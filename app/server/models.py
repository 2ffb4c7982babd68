"""The models the server offers, and loading them just in time through the fit check.

A model is named by a short id, as Ollama and LM Studio name theirs: its file name without `.gguf`, lowercased
(`qwen2.5-coder-0.5b-instruct-q4_k_m`), with "-2", "-3", … when two files share a name (`Library.short_ids`);
a file given to `hearth serve --model PATH` by its file name without `.gguf`. The library's long id
(`imported:/path/to/file.gguf`) is still accepted. A name is never read as a path: a request cannot make Hearth
open a file of its choosing.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.engines.llama import LoadedModel
from app.engines.llama.embedding import is_embedding_architecture
from app.fit.verdict import Fit
from app.hardware import HardwareProfile
from app.host import Job, ModelHost, ModelRequest, plan_load
from app.host.model_host import embedding_request
from app.models.gguf_info import read_file
from app.models.library import Library
from app.models.model_files import find_mmproj
from app.server.embedding_tokens import EmbeddingTokens
from app.server.errors import ApiError, model_not_found

log = logging.getLogger("hearth.server")
WHISPER_ALIASES = ("whisper-1", "whisper")
_KIND_NAMES = {"text": "a chat model", "speech": "a speech model", "embedding": "an embedding model"}


@dataclass(frozen=True)
class ServedModel:
    id: str
    name: str
    path: Path
    format: str  # "gguf" or "ctranslate2" (Whisper)
    mmproj: Path | None = None
    library_id: str = ""  # the library's long id, also accepted in requests ("" for a file named on the command line)


def _named_file(path: Path) -> ServedModel:
    """A file named on the command line. Its projector is looked for beside the name given first (a link in a
    folder of the person's own, with the projector they put there), then beside the file itself."""
    given = Path(path).expanduser().absolute()
    path = given.resolve()
    if path.is_dir():
        return ServedModel(given.name, given.name, path, "ctranslate2")
    model_id = given.name.removesuffix(".gguf")
    return ServedModel(model_id, model_id, path, "gguf", find_mmproj(given) or find_mmproj(path))


def example_id(library: Library) -> str:
    """The id a chat model of the library is served under, for ready-to-copy snippets ("" when there is none)."""
    ids = library.short_ids()
    for model in library.models():
        if model.format == "gguf" and not _is_embedder(Path(model.path).resolve()):
            return ids.get(model.id, model.id)
    return ""


def kind_of(model: ServedModel) -> str:
    """ "speech", "embedding" or "text"."""
    if model.format == "ctranslate2":
        return "speech"
    return "embedding" if _is_embedder(model.path) else "text"


@functools.lru_cache(maxsize=64)
def chat_template(path: Path) -> str:
    """The model's own chat template ("" when it has none): which family it writes tool calls in."""
    try:
        return str(read_file(path).metadata.get("tokenizer.chat_template") or "")
    except Exception:  # an unreadable header: the load says what is wrong
        return ""


@functools.lru_cache(maxsize=256)
def _is_embedder(path: Path) -> bool:
    try:
        return is_embedding_architecture(read_file(path).architecture)
    except Exception:  # an unreadable header: let the load say what is wrong
        return False


class ServedModels:
    """The library's models, plus files named on the command line; loads them on the shared host."""

    def __init__(
        self,
        host: ModelHost,
        profile: HardwareProfile | Callable[[], HardwareProfile | None],
        *,
        library: Library | None = None,
        extra: tuple[Path, ...] = (),
        use_library: bool = True,
    ) -> None:
        """`profile` is this computer's one hardware scan, or how to ask for it: the window's scan arrives after its
        server may have started, and a request before it is answered 503 (never a second scan)."""
        self.host = host
        self._library = library if library is not None else (Library() if use_library else None)
        self._extra = tuple(_named_file(p) for p in extra)
        self._profile = profile
        self._lock = threading.Lock()
        self._ours: dict[Path, ModelRequest] = {}  # loaded by the server (not by the Chat page): unloaded when idle
        self._last_used: dict[Path, float] = {}
        self._in_use: dict[Path, int] = {}
        self.loads: list[LoadedModel] = []  # every load the server started (a shared load counts once)
        self.on_unloaded: Callable[[ServedModel], None] | None = None
        self._embedding_tokens = EmbeddingTokens()

    def all(self) -> list[ServedModel]:
        listed = list(self._extra)
        seen = {m.path for m in listed}
        if self._library is not None:
            ids = self._library.short_ids()
            named = {m.id for m in listed}
            for model in self._library.models():
                path = Path(model.path).resolve()
                if path not in seen:
                    seen.add(path)
                    short = ids.get(model.id, model.id)
                    short = model.id if short in named else short  # a file named on the command line has it
                    listed.append(ServedModel(short, model.name, path, model.format, model.mmproj, library_id=model.id))
        return listed

    def find(self, name: str, kind: str = "text") -> ServedModel:
        """The model called `name`, of this kind ("text", "speech" or "embedding")."""
        models = self.all()
        for model in models:
            if name in (model.id, model.library_id):
                found = kind_of(model)
                if found != kind:
                    raise ApiError(
                        400,
                        f"“{name}” is {_KIND_NAMES[found]}; this endpoint needs {_KIND_NAMES[kind]}.",
                        param="model",
                        code="wrong_model",
                    )
                return model
        if kind == "speech" and name in WHISPER_ALIASES:
            for model in models:
                if model.format == "ctranslate2":
                    return model
        raise model_not_found(name)

    def profile(self) -> HardwareProfile:
        found = self._profile() if callable(self._profile) else self._profile
        if found is None:
            raise ApiError(
                503,
                "Hearth is still looking at this computer; send the request again in a moment.",
                type="server_error",
            )
        return found

    def request_for(self, model: ServedModel) -> tuple[ModelRequest, bool]:
        """How to load it (the Chat page's request when it is loaded already), and whether it is loaded."""
        loaded = self.host.find_loaded(model.path)
        if loaded is not None:
            return loaded, True
        planned = plan_load(model.path, self.profile(), mmproj=model.mmproj)
        if planned.verdict.fit is Fit.TOO_LARGE:
            raise ApiError(400, planned.verdict.reason, param="model", code="model_too_large")
        return planned.request, False

    def load(self, model: ServedModel) -> tuple[ModelRequest, Job[LoadedModel]]:
        request, loaded = self.request_for(model)
        job = self.host.load(request)
        if not loaded:
            with self._lock:
                self._ours.setdefault(model.path, request)

            def remember(done: Job[LoadedModel]) -> None:
                if done.error is None:
                    result = done.result()
                    with self._lock:
                        if not any(result is seen for seen in self.loads):
                            self.loads.append(result)

            job.subscribe(on_done=remember)
        return request, job

    def embed(self, model: ServedModel, texts: list[str]) -> Job[list[list[float]]]:
        request = self.host.find_loaded(model.path) or embedding_request(model.path, self.profile())
        with self._lock:
            self._ours.setdefault(model.path, request)
        return self.host.embed(request, texts)

    def count_embedding_tokens(self, model: ServedModel, texts: list[str]) -> Job[int]:
        """What the embedding model reads of these texts, counted by its own tokenizer on the engine thread."""
        return self.host.call(lambda: self._embedding_tokens.count(model.path, texts), "count embedding tokens")

    def begin_use(self, model: ServedModel) -> None:
        with self._lock:
            self._in_use[model.path] = self._in_use.get(model.path, 0) + 1

    def end_use(self, model: ServedModel) -> None:
        with self._lock:
            self._in_use[model.path] = self._in_use.get(model.path, 1) - 1
            self._last_used[model.path] = time.monotonic()

    def unload_idle(self, idle_s: float, now: float | None = None) -> list[Path]:
        """Unload the models this server loaded that nobody used for `idle_s` seconds; returns their files."""
        now = time.monotonic() if now is None else now
        gone = []
        with self._lock:
            for path, request in list(self._ours.items()):
                if self._in_use.get(path, 0) > 0 or now - self._last_used.get(path, now) < idle_s:
                    continue
                del self._ours[path]
                gone.append((path, request))
        for path, request in gone:
            self.host.call(functools.partial(self._embedding_tokens.forget, path), "forget a vocabulary")
            if self.host.find_loaded(path) == request:
                self.host.unload(request)
                log.info("unloaded %s after %.0f minutes unused", path.name, idle_s / 60)
        return [path for path, _ in gone]
