"""`ModelHost`: every llama.cpp model Hearth has loaded, run by one long-lived engine thread for every client.

One thread, because llama.cpp's CPU backend parallelises with OpenMP and libgomp keeps a team of threads per
calling thread: a load on one thread and replies on another left two teams, more OpenMP threads than cores, and
libgomp then cut its spin-waiting so that every token waited on a futex (measured: 37 instead of 47 tokens/s).
One thread also gives each `Llama` (not thread-safe) a single owner, and makes the queue first in, first out:
nothing interrupts a running reply, and cancelling one job never touches the next.

Clients (the Chat page through `ui/shared/host_job.py`, the CLI, later Compare, Documents and the API server) submit
jobs and read their events; none of them holds a `Llama`.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from app import paths
from app.engines.chat_types import Event, Message, Notice, ReplyStats, Sampling
from app.engines.coalesce import coalesce
from app.engines.errors import NoModelLoaded
from app.engines.llama import LlamaEngine, LoadedModel, prompt_state, vision
from app.engines.llama.embedding import EmbeddingCancelled, EmbeddingEngine, LoadedEmbedder, embedding_plan
from app.engines.llama.speedup_record import default_path as speedup_record_path
from app.fit.estimate import LoadPlan, MemoryEstimate
from app.fit.verdict import RAM_SAFETY
from app.hardware import HardwareProfile, available_memory
from app.host.budget import MemoryBudget
from app.host.jobs import DoneCallback, EventCallback, Job, JobCancelled, JobKind, JobQueue, drive
from app.host.prompt_cache import DEFAULT_PROMPT_CACHE_BYTES, PromptCache, PromptCacheStats, prompt_states_folder
from app.host.prompt_disk import PromptDisk
from app.host.speech_host import SpeechHost
from app.i18n import say

log = logging.getLogger("hearth.host")
SPILL_AT_CLOSE = 4  # states written when the host closes: the latest conversations, not the whole cache
T = TypeVar("T")
Key = tuple[Path, LoadPlan, Path | None]
Transform = Callable[[Generator[Event, None, ReplyStats]], Generator[Event, None, ReplyStats]]


@dataclass(frozen=True)
class ModelRequest:
    """A model as a client asks for it: the file, how to load it on which computer (the hardware scan its plan was
    made for: the host and the engines never scan again), and its image projector if any. `plan_load`
    (app/host/plan.py) makes one with its verdict; `estimate` is that verdict's memory, so the host does not
    judge the file again."""

    path: Path
    plan: LoadPlan
    profile: HardwareProfile = field(compare=False, repr=False)
    mmproj: Path | None = None
    force: bool = False  # load even when the verdict says it is too large ("Load anyway")
    threads: int | None = None
    estimate: MemoryEstimate | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return (Path(self.path).resolve(), self.plan, Path(self.mmproj).resolve() if self.mmproj else None)

    def served_by(self, key: Key) -> bool:
        """Whether a model loaded under `key` answers this request as well: the same file, at least this context,
        and this projector when one is asked for. Two clients that plan one file differently (a chat at 8K, Compare
        at 4K) so share one load instead of loading it twice."""
        path, plan, mmproj = self.key
        return key[0] == path and key[1].context >= plan.context and (mmproj is None or key[2] == mmproj)


def embedding_request(path: Path, profile: HardwareProfile, *, threads: int | None = None) -> ModelRequest:
    """The request for an embedding model: its trained window (at most 2,048 tokens), on the GPU when there is one."""
    return ModelRequest(Path(path), embedding_plan(Path(path), profile), profile, threads=threads)


@dataclass
class _Slot:
    request: ModelRequest
    engine: LlamaEngine
    loaded: LoadedModel

    @property
    def estimate(self) -> MemoryEstimate:
        return self.loaded.verdict.estimate


@dataclass
class _EmbedSlot:
    request: ModelRequest
    engine: EmbeddingEngine
    loaded: LoadedEmbedder

    @property
    def estimate(self) -> MemoryEstimate:
        return self.loaded.verdict.estimate


class ModelHost:
    def __init__(
        self,
        *,
        memory_limit_bytes: int | None = None,
        speedup_record: Path | None = None,
        prompt_cache_bytes: int = DEFAULT_PROMPT_CACHE_BYTES,
        prompt_cache_folder: Path | None = None,
    ) -> None:
        """`memory_limit_bytes` caps what loaded models may use together (tests; otherwise the machine's memory).
        `speedup_record` is where drafting's results per model are kept (Hearth's config folder unless given): the
        host hands it to each engine, which reads no settings of its own. `prompt_cache_bytes` is the most the
        prompt-state cache may hold (0: off); it holds less when the memory budget leaves less beside the models.
        The same size again may sit on disk in `prompt_cache_folder` (Hearth's cache folder's `prompt-states`
        unless given), so long conversations come back fast after a restart too (app/host/prompt_disk.py)."""
        self._limit = memory_limit_bytes
        self._cache_setting = max(prompt_cache_bytes, 0)
        # States saved after replies, restored when a prompt comes back (app/host/prompt_cache.py). Nothing is
        # loaded yet, so it may hold nothing until the first load measures the budget.
        self._prompts = PromptCache(0, memory_left=lambda: available_memory() - RAM_SAFETY)
        self._disk = PromptDisk(prompt_cache_folder or prompt_states_folder(paths.resolve()), self._cache_setting)
        self._speedup_record = speedup_record
        self._budget: MemoryBudget | None = None  # the one seen while nothing was loaded
        self._lock = threading.Lock()
        self._slots: OrderedDict[Key, _Slot] = OrderedDict()  # least recently used first
        self._embedders: OrderedDict[Key, _EmbedSlot] = OrderedDict()  # embedding models, least recently used first
        self._loading: dict[Key, Job[LoadedModel]] = {}
        # The thread starts with the first job, so a host that is built but never used (a window under test) costs
        # none; closing unloads every model on it.
        self._jobs = JobQueue("hearth-engine", on_finish=self._forget_load, on_close=self._unload_all)
        # The one Whisper engine, on its own thread, counted in this host's memory budget (see app/host/speech_host).
        self.speech = SpeechHost(self)

    # ---- what clients ask
    def load(
        self,
        request: ModelRequest,
        *,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[LoadedModel] | None = None,
    ) -> Job[LoadedModel]:
        """Load a model, or join the load already queued for it, or finish at once when it is loaded.

        A file loaded (or being loaded) for another client under a plan that serves this request too is shared, not
        loaded twice (`ModelRequest.served_by`). Events are `Notice`s (a model unloaded to make room)."""
        key = request.key
        with self._lock:
            found = self._slot_for(request)
            loaded = found[1] if found is not None else None
            if found is not None:
                self._slots.move_to_end(found[0])
            elif (shared := self._loading_for(request)) is None:
                job = Job(
                    JobKind.LOAD, f"load {request.path.name}", on_event=on_event, on_done=on_done, keep_events=True
                )
                self._loading[key] = job
        # Callbacks run outside the lock: a client's on_done may submit its next job (Compare chains its panes so).
        if loaded is not None:
            done: Job[LoadedModel] = Job(JobKind.LOAD, f"load {request.path.name}", on_event=on_event)
            done.finish(loaded.loaded)
            if on_done is not None:
                on_done(done)
            return done
        if shared is not None:
            shared.subscribe(on_event, on_done)
            return shared
        return self._submit(job, lambda running: self._load(running, request))

    def reply(
        self,
        request: ModelRequest,
        messages: Sequence[Message],
        sampling: Sampling,
        *,
        template_options: Mapping[str, object] | None = None,
        coalesce_s: float | None = None,
        grammar: str | None = None,
        transform: Transform | None = None,
        on_event: EventCallback | None = None,
        on_done: DoneCallback[ReplyStats] | None = None,
    ) -> Job[ReplyStats]:
        """Stream the loaded model's reply (`TextDelta`, `ThinkingDelta`, `Notice` events), then its `ReplyStats`.

        `coalesce_s` joins deltas that arrive closer together than that, for views that redraw per event;
        `grammar` (GBNF) goes to `LlamaEngine.chat`; `transform` rewrites the engine's events on the engine thread
        before anything else sees them (the tool calls taken out of the text: app/responders/local.py)."""
        job: Job[ReplyStats] = Job(JobKind.REPLY, f"reply from {request.path.name}", on_event=on_event, on_done=on_done)
        messages = tuple(messages)
        return self._submit(
            job,
            lambda running: self._reply(
                running, request, messages, sampling, template_options, coalesce_s, grammar, transform
            ),
        )

    def embed(
        self,
        request: ModelRequest,
        texts: Sequence[str],
        *,
        on_done: DoneCallback[list[list[float]]] | None = None,
    ) -> Job[list[list[float]]]:
        """One unit-length vector per text, in order (`job.result()`), from an embedding model (bert, nomic-bert...).

        The model is loaded on first use (`embedding_request(path, profile)` makes the request) and stays loaded
        beside chat models, counted in the same memory budget; texts go to llama.cpp in batches, and cancelling the
        job stops it between batches. Texts longer than the model's window are cut there. A model's own prefixes
        (nomic's `search_query: `) are the caller's to add: `app.documents.embedder` knows them."""
        job: Job[list[list[float]]] = Job(
            JobKind.EMBED, f"embed {len(texts)} texts with {request.path.name}", on_done=on_done
        )
        texts = tuple(texts)
        return self._submit(job, lambda running: self._embed(running, request, texts))

    def prompt_tokens(
        self, request: ModelRequest, messages: Sequence[Message], template_options: Mapping[str, object] | None = None
    ) -> Job[int]:
        """How many tokens the loaded chat model reads for these messages (its template and tokenizer): the fit
        arithmetic of a client that builds a long prompt (documents) before it asks for the reply."""
        messages = tuple(messages)

        def work(_running: Job[int]) -> int:
            return len(self._loaded_engine(request).prompt_tokens(messages, template_options))

        return self._submit(Job(JobKind.CALL, f"count tokens for {request.path.name}"), work)

    def _loaded_engine(self, request: ModelRequest) -> LlamaEngine:
        """The engine of `request`'s model, which a job for it expects loaded (on the engine thread)."""
        with self._lock:
            found = self._slot_for(request)
        if found is None:
            raise NoModelLoaded(say("Host", "{name} is not loaded.", "host.not-loaded").format(name=request.path.name))
        return found[1].engine

    def unload(self, request: ModelRequest) -> Job[None]:
        job: Job[None] = Job(JobKind.UNLOAD, f"unload {request.path.name}")
        return self._submit(job, lambda _running: self._unload(request))

    def call(self, fn: Callable[[], T], description: str = "engine call") -> Job[T]:
        """Run `fn` on the engine thread, in turn (measurements and tests that drive llama.cpp directly)."""
        job: Job[T] = Job(JobKind.CALL, description)
        return self._submit(job, lambda _running: fn())

    def with_engine(self, request: ModelRequest, fn: Callable[[LlamaEngine], T]) -> Job[T]:
        """Run `fn` with the loaded model's engine on the engine thread, in turn: for measurements that compare
        Hearth with raw llama-cpp-python on the very same model, never for a client's work."""

        def work(_running: Job[T]) -> T:
            return fn(self._loaded_engine(request))

        return self._submit(Job(JobKind.CALL, f"with {request.path.name}"), work)

    def prompt_cache(self) -> PromptCacheStats:
        """What the prompt-state cache holds now (entries, tokens, bytes) and may hold, and what is on disk."""
        on_disk = self._disk.stats()
        return replace(self._prompts.stats(), disk_entries=on_disk.entries, disk_bytes=on_disk.bytes)

    def flush_prompt_cache(self) -> None:
        """Write every state in memory to disk now and wait until it is there (a test's or a benchmark's restart;
        closing writes the most recent ones)."""
        self._prompts.spill_all()
        self._disk.flush()

    def set_prompt_cache_bytes(self, limit_bytes: int) -> None:
        """The most the prompt-state cache may hold from now on, in memory and on disk (0: off, its states are
        dropped now)."""
        self._cache_setting = max(limit_bytes, 0)
        self._disk.set_limit(self._cache_setting)  # first: what memory lets go now spills within the new size
        self._size_cache(self._estimates())

    def loaded_models(self) -> list[LoadedModel]:
        """What is loaded now, least recently used first."""
        with self._lock:
            return [slot.loaded for slot in self._slots.values()]

    def find_loaded(self, path: Path) -> ModelRequest | None:
        """The request under which this file is loaded already (any plan), so another client can use it."""
        wanted = Path(path).resolve()
        with self._lock:
            for key, slot in reversed(self._slots.items()):
                if key[0] == wanted:
                    return slot.request
        return None

    def make_room(self, needed: MemoryEstimate, name: str) -> Job[None]:
        """Unload, on the engine thread, the models that do not fit beside `needed` (`Notice` events say which):
        the speech host asks this before it loads Whisper. Finishes at once when everything fits already; otherwise
        it waits its turn behind the engine's running job (a reply), as a load does."""
        job: Job[None] = Job(JobKind.CALL, f"make room for {name}")
        with self._lock:
            loaded = [*(s.estimate for s in self._slots.values()), *(s.estimate for s in self._embedders.values())]
            budget = self._budget
        self._size_cache([*self._estimates(), needed])  # the prompt cache gives way first
        if not loaded or self._jobs.closed or (budget is not None and budget.fits([*loaded, needed])):
            job.finish(None)  # nothing to unload: no need to wait for the engine thread's turn
            return job

        def work(running: Job[None]) -> None:
            if self._budget is not None:  # set by the first load; nothing is loaded without it
                self._make_room(running, needed, name, self._budget, counted=False)

        return self._submit(job, work)

    def close(self, timeout: float = 30.0) -> None:
        """Cancel what waits, let the running jobs stop, free Whisper, unload every model and end both threads."""
        self.speech.close(timeout)
        self._jobs.close(timeout)
        self._disk.close()  # after the last reply: its state is written before Hearth ends

    def __enter__(self) -> ModelHost:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- the engine thread
    def _submit(self, job: Job[T], work: Callable[[Job[T]], T]) -> Job[T]:
        if self._jobs.closed:
            with self._lock:
                self._loading = {key: shared for key, shared in self._loading.items() if shared is not job}
            raise RuntimeError("the model host is closed")
        return self._jobs.submit(job, work)

    def _forget_load(self, job: Job[Any]) -> None:
        with self._lock:
            for key, loading in list(self._loading.items()):
                if loading is job:
                    del self._loading[key]

    def _unload_all(self) -> None:
        with self._lock:
            slots: list[_Slot | _EmbedSlot] = [*self._slots.values(), *self._embedders.values()]
            self._slots.clear()
            self._embedders.clear()
        self._prompts.clear(spill_recent=SPILL_AT_CLOSE)  # the latest conversations are there after a restart
        for slot in slots:
            slot.engine.close()

    def _estimates(self) -> list[MemoryEstimate]:
        """What the loaded models need, Whisper's included (not under the lock: the speech host takes its own)."""
        whisper = self.speech.memory()
        with self._lock:
            loaded = [*(s.estimate for s in self._slots.values()), *(s.estimate for s in self._embedders.values())]
        return [*loaded, *([whisper] if whisper is not None else [])]

    def _size_cache(self, estimates: list[MemoryEstimate]) -> None:
        """The prompt cache may hold what the budget leaves beside these models, at most the setting: it gives way
        before a model has to (it is sized again before every load)."""
        budget = self._budget
        room = budget.cpu_room(estimates) if budget is not None else 0
        self._prompts.set_limit(min(self._cache_setting, room))

    def _slot_for(self, request: ModelRequest) -> tuple[Key, _Slot] | None:
        """The loaded model that answers `request` (under the lock): its own plan's first, else a load of the same
        file that serves it, most recently used first."""
        key = request.key
        if (slot := self._slots.get(key)) is not None:
            return key, slot
        return next(((k, s) for k, s in reversed(self._slots.items()) if request.served_by(k)), None)

    def _loading_for(self, request: ModelRequest) -> Job[LoadedModel] | None:
        key = request.key
        if (job := self._loading.get(key)) is not None:
            return job
        return next((j for k, j in self._loading.items() if request.served_by(k)), None)

    def _load(self, job: Job[LoadedModel], request: ModelRequest) -> LoadedModel:
        key = request.key
        profile = request.profile
        plan = request.plan
        if request.mmproj is not None and not plan.projector_bytes:
            plan = replace(plan, projector_bytes=vision.projector_bytes(Path(request.mmproj)))
        needed = request.estimate or LlamaEngine.check_fit(request.path, plan, profile).estimate
        self._make_room(job, needed, request.path.name, self._budget_for(profile))
        self._size_cache([*self._estimates(), needed])
        prompts = self._prompts.for_model(key)
        engine = LlamaEngine(
            speedup_record=self._speedup_record or speedup_record_path(),  # Hearth's home now
            prompt_states=prompts,
        )
        loaded = engine.load(
            request.path, plan, threads=request.threads, mmproj=request.mmproj, profile=profile, force=request.force
        )
        prompts.use_disk(self._disk.share(_state_identity(loaded)))
        with self._lock:
            self._slots[key] = _Slot(request, engine, loaded)
        self._size_cache(self._estimates())
        return loaded

    def _reply(
        self,
        job: Job[ReplyStats],
        request: ModelRequest,
        messages: Sequence[Message],
        sampling: Sampling,
        template_options: Mapping[str, object] | None,
        coalesce_s: float | None,
        grammar: str | None = None,
        transform: Transform | None = None,
    ) -> ReplyStats:
        with self._lock:
            found = self._slot_for(request)
            if found is not None:
                self._slots.move_to_end(found[0])
        if found is None:
            raise NoModelLoaded(
                say(
                    "Host",
                    "{name} is not loaded any more; load it again to go on.",
                    "host.no-model-loaded",
                ).format(name=request.path.name)
            )
        slot = found[1]
        events: Generator[Event, None, ReplyStats] = slot.engine.chat(
            messages, sampling, job.cancel_event, template_options=template_options, grammar=grammar
        )
        if transform is not None:
            events = transform(events)
        if coalesce_s is not None:
            events = coalesce(events, coalesce_s)
        return drive(events, job.emit)

    def _unload(self, request: ModelRequest) -> None:
        with self._lock:
            found = self._slot_for(request)
            key = found[0] if found is not None else request.key
            slot: _Slot | _EmbedSlot | None = self._slots.pop(key, None) or self._embedders.pop(key, None)
        self._prompts.drop(key)
        if slot is not None:
            slot.engine.close()

    def _budget_for(self, profile: HardwareProfile) -> MemoryBudget:
        """The memory models may use together: measured while nothing is loaded (what is free then is what the
        models may share), kept while something is."""
        if (not self._slots and not self._embedders) or self._budget is None:
            self._budget = MemoryBudget.of(profile, self._limit)
        return self._budget

    def _make_room(
        self, job: Job[Any], needed: MemoryEstimate, name: str, budget: MemoryBudget, *, counted: bool = True
    ) -> None:
        """Unload what does not fit beside `needed`: chat models first, least recently used first, then embedding
        models (small, and wanted again at every question asked of documents). The loaded Whisper model counts
        but stays (`counted=False` when `needed` is the Whisper model that replaces it)."""
        whisper = self.speech.memory() if counted else None

        def estimates() -> list[MemoryEstimate]:
            return [
                *(s.estimate for s in self._slots.values()),
                *(s.estimate for s in self._embedders.values()),
                *([whisper] if whisper is not None else []),
            ]

        while (self._slots or self._embedders) and not budget.fits([*estimates(), needed]):
            with self._lock:
                evicted_key, evicted = (self._slots or self._embedders).popitem(last=False)
            self._prompts.drop(evicted_key)
            evicted.engine.close()
            message = say("Host", "{evicted} was unloaded to make room for {name}.", "host.unloaded-for-room").format(
                evicted=evicted.request.path.name, name=name
            )
            log.info(message)
            job.emit(Notice(message))

    def _embed(self, job: Job[list[list[float]]], request: ModelRequest, texts: Sequence[str]) -> list[list[float]]:
        key = request.key
        with self._lock:
            slot = self._embedders.get(key)
            if slot is not None:
                self._embedders.move_to_end(key)
        if slot is None:
            profile, plan = request.profile, request.plan
            needed = request.estimate or EmbeddingEngine.check_fit(request.path, plan, profile).estimate
            self._make_room(job, needed, request.path.name, self._budget_for(profile))
            engine = EmbeddingEngine()
            loaded = engine.load(request.path, plan, threads=request.threads, profile=profile, force=request.force)
            slot = _EmbedSlot(request, engine, loaded)
            with self._lock:
                self._embedders[key] = slot
            self._size_cache(self._estimates())
        try:
            return slot.engine.embed(texts, job.cancel_event)
        except EmbeddingCancelled as exc:
            raise JobCancelled() from exc


def _state_identity(loaded: LoadedModel) -> dict[str, object]:
    """What a saved prompt state depends on: the very model file, how it was loaded, and the engine build."""
    info = loaded.path.stat()
    return {
        "model": str(loaded.path.resolve()),
        "size": info.st_size,
        "modified_ns": info.st_mtime_ns,
        "plan": asdict(loaded.plan),
        "context": loaded.context,
        "threads": loaded.threads,
        "projector": str(loaded.mmproj) if loaded.mmproj is not None else None,
        "engine": prompt_state.engine_build(),
    }
