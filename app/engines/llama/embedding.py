"""Sentence embeddings from a local GGUF embedding model (bert, nomic-bert, ...) through llama-cpp-python.

One `EmbeddingEngine` owns one `Llama` created with `embedding=True`; like `LlamaEngine` it is not thread-safe and
lives on the model host's engine thread. `embed()` turns texts into unit-length vectors, a batch at a time, and
checks its cancel event between batches.

An encoder reads a batch as one attention matrix over all its tokens, masked per text: packing many short texts
into one 512-token batch costs 512 × 512 attention for what is really many 64 × 64 ones. Measured with
all-MiniLM-L6-v2 on two cores: 215 windows of a document took 8.6 s packed to the window, 4.4 s one by one and
3.6 s in batches of about 128 tokens. So texts go to llama.cpp in groups of about `PACK_TOKENS`.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.engines.errors import ModelLoadFailed, ModelTooLarge, NoModelLoaded
from app.engines.llama import default_threads
from app.engines.llama import runtime as llama_runtime
from app.errors import HearthError
from app.fit.estimate import LoadPlan
from app.fit.shape import from_header
from app.fit.verdict import Fit, Verdict, judge
from app.hardware import HardwareProfile
from app.i18n import say
from app.models.gguf_info import EMBEDDING_ARCHITECTURES, read_file

log = logging.getLogger("hearth.embedding")

MAX_CONTEXT = 2048  # tokens per text; chunks are about 512, and a longer window only costs memory
PACK_TOKENS = 128  # tokens per batch: a text longer than this goes alone; the cancel event is checked between


class EmbeddingCancelled(HearthError):
    """The embedding was cancelled between two batches."""


def is_embedding_architecture(architecture: str) -> bool:
    return architecture.lower() in EMBEDDING_ARCHITECTURES


@dataclass(frozen=True)
class LoadedEmbedder:
    path: Path
    plan: LoadPlan
    threads: int
    load_seconds: float
    context: int  # tokens per text; longer texts are cut there
    dimensions: int
    architecture: str
    verdict: Verdict  # the memory guard's judgement, counted in the host's budget like a chat model's


def embedding_window(path: Path) -> int:
    """The tokens of a text an embedding model reads: its trained window, at most MAX_CONTEXT."""
    return max(64, min(from_header(read_file(Path(path))).trained_context or 512, MAX_CONTEXT))


def embedding_plan(path: Path, profile: HardwareProfile) -> LoadPlan:
    """How to load an embedding model: its trained window (at most MAX_CONTEXT) as one batch, since an encoder
    reads each text whole; on the GPU when llama.cpp can offload there."""
    shape = from_header(read_file(Path(path)))
    context = embedding_window(path)
    on_gpu = bool(profile.gpus) and profile.llama.gpu_offload_supported
    return LoadPlan(
        context=context,
        gpu_layers=shape.layers + 1 if on_gpu else 0,
        flash_attention=False,
        batch=context,
        ubatch=context,
    )


class EmbeddingEngine:
    def __init__(self) -> None:
        self._llm: Any = None
        self._loaded: LoadedEmbedder | None = None

    @property
    def loaded(self) -> LoadedEmbedder | None:
        return self._loaded

    @staticmethod
    def check_fit(path: Path, plan: LoadPlan, profile: HardwareProfile) -> Verdict:
        return judge(from_header(read_file(Path(path))), profile, plan.context)

    def load(
        self,
        path: Path,
        plan: LoadPlan | None = None,
        *,
        threads: int | None = None,
        profile: HardwareProfile,
        force: bool = False,
    ) -> LoadedEmbedder:
        path = Path(path)
        plan = plan or embedding_plan(path, profile)
        header = read_file(path)
        architecture = header.architecture
        verdict = self.check_fit(path, plan, profile)
        if verdict.fit is Fit.TOO_LARGE and not force:
            raise ModelTooLarge(verdict.reason, f"{path} with {plan}")
        self.close()
        module = llama_runtime.llama_cpp()
        threads = threads or default_threads()
        started = time.perf_counter()
        try:
            with llama_runtime.prints_to_log():
                llm = module.Llama(
                    model_path=str(path),
                    embedding=True,
                    n_threads=threads,
                    n_threads_batch=threads,
                    use_mmap=True,
                    verbose=True,  # False would dup2 /dev/null over the process's stdout and stderr
                    n_ctx=plan.context,
                    n_batch=plan.batch,
                    n_ubatch=plan.ubatch,
                    n_gpu_layers=plan.gpu_layers,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelLoadFailed(
                say(
                    "Engines",
                    "{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding "
                    "model.",
                    "engines.model-load-failed",
                ).format(name=path.name),
                f"{type(exc).__name__}: {exc}",
            ) from exc
        llm.verbose = False
        self._llm = llm
        self._loaded = LoadedEmbedder(
            path=path,
            plan=plan,
            threads=threads,
            load_seconds=time.perf_counter() - started,
            context=int(llm.n_batch),
            dimensions=int(llm.n_embd()),
            architecture=architecture,
            verdict=verdict,
        )
        log.info("loaded embedder %s in %.2f s", path.name, self._loaded.load_seconds)
        return self._loaded

    def count_tokens(self, text: str) -> int:
        return len(self._require().tokenize(text.encode("utf-8"), add_bos=False))

    def embed(self, texts: Sequence[str], cancel: threading.Event | None = None) -> list[list[float]]:
        """Unit-length vectors for `texts`, in order; a text longer than the model's window is cut there."""
        llm = self._require()
        vectors: list[list[float]] = []
        for batch in self._groups([text if text.strip() else " " for text in texts]):
            if cancel is not None and cancel.is_set():
                raise EmbeddingCancelled(
                    say(
                        "Engines",
                        "Cancelled.",
                        "engines.embedding-cancelled",
                    )
                )
            for vector in llm.embed(batch, normalize=False, truncate=True):
                norm = math.sqrt(sum(v * v for v in vector)) or 1.0
                vectors.append([v / norm for v in vector])
        return vectors

    def _groups(self, texts: Sequence[str]) -> Iterator[list[str]]:
        """Consecutive texts in groups of at most PACK_TOKENS tokens (as `Llama.embed` counts them)."""
        llm = self._require()
        group: list[str] = []
        tokens = 0
        for text in texts:
            count = min(len(llm.tokenize(text.encode("utf-8"))), int(llm.n_batch))
            if group and tokens + count > PACK_TOKENS:
                yield group
                group, tokens = [], 0
            group.append(text)
            tokens += count
        if group:
            yield group

    def close(self) -> None:
        llm, self._llm, self._loaded = self._llm, None, None
        if llm is not None:
            llm.close()

    def __enter__(self) -> EmbeddingEngine:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _require(self) -> Any:
        if self._llm is None:
            raise NoModelLoaded(
                say(
                    "Engines",
                    "No embedding model is loaded.",
                    "engines.no-model-loaded",
                )
            )
        return self._llm
