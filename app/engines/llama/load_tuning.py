"""The batch sizes and flash-attention setting that read a long prompt fastest, measured once per model and machine.

llama.cpp reads a prompt in micro-batches (`n_ubatch` tokens per pass over the weights, up to `n_batch` per call)
with or without flash attention. Which is fastest depends on the processor or graphics card, the build and the
model's shape, and no rule predicts it, so the first load of a model that can hold a long prompt times a fixed
prompt under a few candidate settings (a few seconds in all) and keeps the rates in `config/load_tuning.json`.
Later loads choose from the record without measuring; a model file that changed, another machine, another
engine build or another placement of the layers is measured again. The choice is made at every load from the
rates and the memory free now: a candidate whose memory estimate (a larger micro-batch means a larger compute
buffer) does not fit is never chosen, and a quantized KV cache keeps flash attention on, or V would stay f16.
"""

from __future__ import annotations

import ctypes
import dataclasses
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app import paths
from app.atomic_json import write_json
from app.engines.errors import ModelLoadFailed
from app.engines.llama import runtime as llama_runtime
from app.fit.estimate import QUANTIZED_KV_TYPES, LoadPlan
from app.hardware import HardwareProfile
from app.i18n import say

log = logging.getLogger("hearth.llama")

SWITCH_ENV = "HEARTH_LOAD_TUNING"  # "off": load with the plan's own settings and measure nothing
RECORD_NAME = "load_tuning.json"
RECORD_VERSION = 1
LONG_PROMPT = 4096  # a shorter context never reads a long prompt: its loads keep the plan's settings unmeasured
PROBE_TOKENS = 1024  # the longest fixed prompt a candidate reads (a fast machine); slower ones read less
CALIBRATION_TOKENS = 32  # read first, to size the probe to the budget
BUDGET_S = 5.0  # the measurement's time in all; no candidate starts after it
WARM_TOKENS = 8  # read first in each new context: faults the mapped weights in, so the first candidate is fair
MARGIN = 1.10  # a short probe is noisy: other settings replace the plan's own only when this much faster


@dataclass(frozen=True)
class Candidate:
    batch: int
    ubatch: int
    flash_attention: bool

    @staticmethod
    def of(plan: LoadPlan) -> Candidate:
        return Candidate(plan.batch, plan.ubatch, plan.flash_attention)

    def applied_to(self, plan: LoadPlan) -> LoadPlan:
        return replace(plan, batch=self.batch, ubatch=self.ubatch, flash_attention=self.flash_attention)

    @property
    def name(self) -> str:
        return f"batch {self.batch}, ubatch {self.ubatch}, flash attention {'on' if self.flash_attention else 'off'}"


# The plan's own settings are measured first; then the others most likely to win somewhere (flash attention
# is slower on some CPUs, larger micro-batches help graphics cards, smaller ones help small caches).
CANDIDATES = (
    Candidate(512, 512, True),
    Candidate(512, 512, False),
    Candidate(1024, 1024, True),
    Candidate(512, 256, True),
    Candidate(2048, 2048, True),
)


@dataclass(frozen=True)
class Rate:
    candidate: Candidate
    tokens_per_second: float


@dataclass(frozen=True)
class Tuning:
    """What one measurement found for one model file on one machine."""

    model: str  # the resolved path
    size: int  # the file's identity when measured: a changed file is measured again
    mtime_ns: int
    machine: str  # machine_key(): processor, threads, graphics cards, engine build
    gpu_layers: int
    probe_tokens: int
    rates: tuple[Rate, ...]
    measured_at: float

    def choose(self, plan: LoadPlan, fits: Callable[[LoadPlan], bool]) -> LoadPlan:
        """The plan with the fastest measured settings that fit; the plan unchanged when none does."""
        quantized = plan.kv_type in QUANTIZED_KV_TYPES
        allowed = [
            rate
            for rate in self.rates
            if rate.tokens_per_second > 0
            and not (quantized and not rate.candidate.flash_attention)
            and fits(rate.candidate.applied_to(plan))
        ]
        if not allowed:
            return plan
        best = max(allowed, key=lambda rate: rate.tokens_per_second)
        own = next((rate for rate in allowed if rate.candidate == Candidate.of(plan)), None)
        if own is not None and best.tokens_per_second < own.tokens_per_second * MARGIN:
            return plan
        return best.candidate.applied_to(plan)

    def matches(self, model_path: Path, machine: str, gpu_layers: int) -> bool:
        return (self.model, self.machine, self.gpu_layers) == (str(model_path.resolve()), machine, gpu_layers)

    def is_current(self, model_path: Path) -> bool:
        stat = model_path.stat()
        return (self.size, self.mtime_ns) == (stat.st_size, stat.st_mtime_ns)


def record_path() -> Path:
    return paths.resolve().config / RECORD_NAME


def machine_key(profile: HardwareProfile, threads: int) -> str:
    """What makes one machine's rates another's: the processor, the threads used, the graphics cards, and the
    engine build (its version and the instruction sets it was compiled for)."""
    gpus = ",".join(f"{gpu.backend.value}:{gpu.name}" for gpu in profile.gpus)
    build = hashlib.sha256(profile.llama.system_info.encode("utf-8")).hexdigest()[:12]
    cpu = f"{profile.cpu.brand}|{profile.cpu.physical_cores} cores|{threads} threads"
    return f"{cpu}|{gpus}|{profile.llama.version}|{build}"


def recorded(model_path: Path, profile: HardwareProfile, threads: int, gpu_layers: int) -> Tuning | None:
    """This model's measurement on this machine, if one was made and the file has not changed since."""
    machine = machine_key(profile, threads)
    for tuning in _read_all():
        if tuning.matches(model_path, machine, gpu_layers):
            return tuning if tuning.is_current(model_path) else None
    return None


def tuned_plan(
    model_path: Path,
    plan: LoadPlan,
    profile: HardwareProfile,
    threads: int,
    fits: Callable[[LoadPlan], bool],
    *,
    probe_tokens: int | None = None,
    budget_s: float | None = None,
    candidates: Sequence[Candidate] | None = None,
) -> LoadPlan:
    """`plan` with the settings that read long prompts fastest here, measured now when no record holds them
    (`probe_tokens`, `budget_s`, `candidates`: this module's constants unless given)."""
    if plan.context < LONG_PROMPT or os.environ.get(SWITCH_ENV) == "off":
        return plan
    tuning = recorded(model_path, profile, threads, plan.gpu_layers)
    if tuning is None:
        first = Candidate.of(plan)
        ordered = [first, *(c for c in (candidates or CANDIDATES) if c != first)]
        fitting = [c for c in ordered if fits(c.applied_to(plan))]
        if not fitting:  # loaded anyway, beyond what the memory allows: nothing to choose from
            return plan
        tuning = measure(
            model_path,
            plan,
            profile,
            threads,
            fitting,
            probe_tokens=probe_tokens or PROBE_TOKENS,
            budget_s=BUDGET_S if budget_s is None else budget_s,
        )
        _save(tuning)
    chosen = tuning.choose(plan, fits)
    if chosen != plan:
        log.info("long prompts read fastest here with %s", Candidate.of(chosen).name)
    return chosen


def measure(
    model_path: Path,
    plan: LoadPlan,
    profile: HardwareProfile,
    threads: int,
    candidates: Sequence[Candidate],
    *,
    probe_tokens: int = PROBE_TOKENS,
    budget_s: float = BUDGET_S,
) -> Tuning:
    """Time the same prompt under each candidate, on one load of the weights with a small context per candidate.

    The prompt is as long as `budget_s` allows on this machine (at most `probe_tokens`): the first candidate reads
    a short calibration prompt, and the probe length follows from its speed and the time left. A candidate whose
    micro-batch is longer than the probe would only repeat another's measurement, so it is left out, and so is
    one that would end after the budget at the first candidate's speed (the first always runs)."""
    module = llama_runtime.llama_cpp()
    stat = model_path.stat()
    started = time.perf_counter()
    rates: list[Rate] = []
    length = probe_tokens
    with _Weights(module, model_path, plan) as model:
        tokens = _probe_prompt(module, model, probe_tokens)
        for index, candidate in enumerate(candidates):
            if index:
                expected = length / rates[0].tokens_per_second if rates[0].tokens_per_second > 0 else 0.0
                if candidate.ubatch > length or time.perf_counter() - started + expected > budget_s:
                    continue
            with _Context(module, model, candidate.applied_to(plan), threads, probe_tokens) as context:
                speed = 0.0
                if index == 0:
                    speed = context.rate(tokens[:CALIBRATION_TOKENS])
                    left = budget_s - (time.perf_counter() - started)
                    length = _probe_length(speed, left, len(candidates), probe_tokens)
                if index or length > CALIBRATION_TOKENS:  # else the calibration was this very read
                    speed = context.rate(tokens[:length])
            rates.append(Rate(candidate, speed))
            log.info("long-prompt probe (%d tokens): %s: %.0f tokens/s", length, candidate.name, speed)
    return Tuning(
        model=str(model_path.resolve()),
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        machine=machine_key(profile, threads),
        gpu_layers=plan.gpu_layers,
        probe_tokens=length,
        rates=tuple(rates),
        measured_at=time.time(),
    )


def _probe_length(calibration_rate: float, budget_s: float, candidates: int, most: int) -> int:
    """Tokens each candidate reads so that all of them fit the budget at the calibration's speed (a short prompt
    reads slower per token than a long one, so this errs on the short side)."""
    fitting = int(calibration_rate * budget_s / max(candidates, 1)) // CALIBRATION_TOKENS * CALIBRATION_TOKENS
    return max(min(fitting, most), min(CALIBRATION_TOKENS, most))


class _Weights:
    """The model's weights loaded once for the probe, through llama.cpp's own API (no `Llama` object: each
    candidate needs a context with its own micro-batch size, and `Llama` has one context for life)."""

    def __init__(self, module: Any, model_path: Path, plan: LoadPlan) -> None:
        self._module = module
        self._path = model_path
        self._plan = plan
        self._split: Any = None  # llama.cpp keeps the pointer while the model loads
        self.model: Any = None

    def __enter__(self) -> Any:
        module, plan = self._module, self._plan
        params = module.llama_model_default_params()
        params.n_gpu_layers = plan.gpu_layers
        params.use_mmap = True
        if plan.gpu_split:
            shares = list(plan.gpu_split)[: module.LLAMA_MAX_DEVICES]
            self._split = (ctypes.c_float * module.LLAMA_MAX_DEVICES)(*shares)
            params.tensor_split = ctypes.cast(self._split, ctypes.POINTER(ctypes.c_float))
        self.model = module.llama_model_load_from_file(str(self._path).encode("utf-8"), params)
        if not self.model:
            raise ModelLoadFailed(
                say(
                    "Engines",
                    "{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp "
                    "than the one in Hearth.",
                    "engines.load-failed-damaged",
                ).format(name=self._path.name),
                "llama_model_load_from_file returned NULL while measuring the long-prompt settings",
            )
        return self.model

    def __exit__(self, *_: object) -> None:
        if self.model:
            self._module.llama_model_free(self.model)
        self.model = None


def _probe_prompt(module: Any, model: Any, count: int) -> list[int]:
    """A fixed prompt of `count` tokens spread over the vocabulary (the time to read it does not depend on what
    the tokens say)."""
    vocab = module.llama_model_get_vocab(model)
    size = int(module.llama_vocab_n_tokens(vocab))
    return [(17 + 7919 * i) % size for i in range(count)]


class _Context:
    """A fresh llama.cpp context with one candidate's settings, room for the probe, and its memory cleared before
    every timed read (so each read starts at position 0, as a new conversation does)."""

    def __init__(self, module: Any, model: Any, plan: LoadPlan, threads: int, most_tokens: int) -> None:
        self._module = module
        params = module.llama_context_default_params()
        kwargs = plan.llama_kwargs()
        params.n_ctx = -(-(most_tokens + WARM_TOKENS) // 256) * 256
        params.n_batch = min(plan.batch, params.n_ctx)
        params.n_ubatch = min(plan.ubatch, params.n_batch)
        params.n_seq_max = 1
        params.n_threads = threads
        params.n_threads_batch = threads
        params.flash_attn_type = (
            module.LLAMA_FLASH_ATTN_TYPE_ENABLED if plan.flash_attention else module.LLAMA_FLASH_ATTN_TYPE_DISABLED
        )
        params.type_k = kwargs["type_k"]
        params.type_v = kwargs["type_v"]
        params.no_perf = True
        self._batch_size = int(params.n_batch)
        self._context = module.llama_init_from_model(model, params)
        self._warm = False

    def __enter__(self) -> _Context:
        return self

    def __exit__(self, *_: object) -> None:
        if self._context:
            self._module.llama_free(self._context)
        self._context = None

    def rate(self, tokens: list[int]) -> float:
        """Prompt tokens per second reading `tokens`; 0 when llama.cpp refuses these settings here."""
        if not self._context:
            return 0.0
        if not self._warm:  # the first pass faults the mapped weights in; it is not what a later prompt pays
            self._warm = self._read(tokens[:WARM_TOKENS])
        self._module.llama_memory_clear(self._module.llama_get_memory(self._context), True)
        started = time.perf_counter()
        if not self._warm or not self._read(tokens):
            return 0.0
        self._module.llama_synchronize(self._context)
        return len(tokens) / max(time.perf_counter() - started, 1e-9)

    def _read(self, tokens: list[int]) -> bool:
        module = self._module
        for start in range(0, len(tokens), self._batch_size):
            chunk = tokens[start : start + self._batch_size]
            array = (module.llama_token * len(chunk))(*chunk)
            if module.llama_decode(self._context, module.llama_batch_get_one(array, len(chunk))) != 0:
                return False
        return True


def _read_all() -> list[Tuning]:
    try:
        data = json.loads(record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("version") != RECORD_VERSION:
        return []
    found = []
    for item in data.get("models", []):
        try:
            rates = tuple(Rate(Candidate(**r["candidate"]), float(r["tokens_per_second"])) for r in item["rates"])
            found.append(Tuning(**{**item, "rates": rates}))
        except (KeyError, TypeError, ValueError):
            continue  # an entry from an older Hearth: measured again when its model loads
    return found


def _save(tuning: Tuning) -> None:
    machine = tuning.machine
    kept = [t for t in _read_all() if (t.model, t.machine, t.gpu_layers) != (tuning.model, machine, tuning.gpu_layers)]
    write_json(record_path(), {"version": RECORD_VERSION, "models": [dataclasses.asdict(t) for t in [*kept, tuning]]})
