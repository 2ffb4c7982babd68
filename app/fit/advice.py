"""Verdicts for catalog models: which quantization and context suit this machine, before anything is downloaded.

Text and vision models are judged from the catalog's shape and file sizes (the GGUF header, once the file is
here, gives the exact figures). Whisper models need no KV cache: their weights and a fixed working set decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.fit.estimate import CPU_RUNTIME_OVERHEAD, DeviceMemory, LoadPlan, MemoryEstimate
from app.fit.shape import from_catalog
from app.fit.verdict import Budget, Fit, Verdict, judge
from app.hardware.profile import Backend, HardwareProfile
from app.i18n import Size, say
from app.models.catalog import ModelSpec, Variant
from app.units import MB

_FULL_PRECISION = {"F32", "F16", "BF16"}
WHISPER_WORKING_SET = 300 * MB  # audio features, decoder state and beams


@dataclass(frozen=True)
class Advice:
    variant: Variant
    verdict: Verdict


def judge_variant(spec: ModelSpec, variant: Variant, profile: HardwareProfile, context: int | None = None) -> Verdict:
    if spec.is_speech:
        return _judge_whisper(variant, profile)
    if spec.shape is None:
        raise ValueError(f"catalog entry {spec.id} has no shape")
    shape = from_catalog(spec.shape, variant.model_bytes, spec.family)
    projector = variant.mmproj.size if variant.mmproj else 0
    return judge(shape, profile, context=context, projector_bytes=projector)


def advise(spec: ModelSpec, profile: HardwareProfile, context: int | None = None) -> Advice:
    """The best variant here: the largest (best quality) that runs fully on the GPU, short of full precision;
    otherwise the publisher's recommended one if it runs at all; otherwise the smallest that runs."""
    judged = [(variant, judge_variant(spec, variant, profile, context)) for variant in spec.variants]
    by_size = sorted(judged, key=lambda pair: pair[0].model_bytes, reverse=True)
    on_gpu = [
        pair for pair in by_size if pair[1].fit is Fit.GPU and pair[0].quantization.upper() not in _FULL_PRECISION
    ]
    if on_gpu:
        return Advice(*on_gpu[0])
    recommended = next((pair for pair in judged if pair[0].recommended), judged[0])
    if recommended[1].runs:
        return Advice(*recommended)
    running = [pair for pair in reversed(by_size) if pair[1].runs]
    return Advice(*(running[0] if running else by_size[-1]))


def _judge_whisper(variant: Variant, profile: HardwareProfile) -> Verdict:
    """faster-whisper: float16 on an NVIDIA card (CTranslate2 has no Metal or ROCm backend), int8 on the CPU."""
    budget = Budget.of(profile)
    weights = variant.model_bytes
    cuda = [i for i, gpu in enumerate(budget.gpus) if gpu.backend is Backend.CUDA]
    plan = LoadPlan(context=448)
    if cuda and weights + WHISPER_WORKING_SET <= budget.gpu[cuda[0]]:
        gpu = DeviceMemory(weights_bytes=weights, compute_bytes=WHISPER_WORKING_SET)
        memory = MemoryEstimate(plan, {"cpu": DeviceMemory(overhead_bytes=CPU_RUNTIME_OVERHEAD), "gpu0": gpu})
        reason = say(
            "Fit", "Needs about {need} on your graphics card, which has room for it.", "fit.reason-speech-gpu"
        ).format(need=Size(gpu.total_bytes))
        return Verdict(Fit.GPU, reason, plan, memory, 0.0)
    cpu = DeviceMemory(
        weights_bytes=weights // 2, compute_bytes=WHISPER_WORKING_SET, overhead_bytes=CPU_RUNTIME_OVERHEAD
    )
    memory = MemoryEstimate(plan, {"cpu": cpu})
    if cpu.total_bytes <= budget.cpu:
        reason = say(
            "Fit", "Needs about {need} of memory; it transcribes on the processor.", "fit.reason-speech-cpu"
        ).format(need=Size(cpu.total_bytes))
        return Verdict(Fit.CPU, reason, plan, memory, 0.0)
    reason = say("Fit", "Needs about {need}, but only {free} of memory is free.", "fit.reason-speech-too-large").format(
        need=Size(cpu.total_bytes), free=Size(budget.cpu)
    )
    return Verdict(Fit.TOO_LARGE, reason, plan, memory, 0.0)


@dataclass(frozen=True)
class ModelAdvice:
    """Everything the Discover page shows for one model on this machine, computed once off the GUI thread."""

    spec: ModelSpec
    best: Advice
    verdicts: dict[str, Verdict]  # by quantization

    def verdict(self, quantization: str) -> Verdict:
        return self.verdicts[quantization]


FIT_ORDER = {Fit.GPU: 0, Fit.PARTIAL: 1, Fit.CPU: 2, Fit.TOO_LARGE: 3}
# what most people come for first
TASK_ORDER = {"chat": 0, "reasoning": 1, "code": 2, "vision": 3, "speech": 4, "embeddings": 5}


def advise_all(specs: Iterable[ModelSpec], profile: HardwareProfile) -> list[ModelAdvice]:
    """Advice for many models, recommended first: what runs best here, then everyday chat before specialists,
    then smallest (the seeds' advice: pick the smallest model that does the job)."""
    advised = []
    for spec in specs:
        verdicts = {v.quantization: judge_variant(spec, v, profile) for v in spec.variants}
        best = advise(spec, profile)
        advised.append(ModelAdvice(spec, best, verdicts))
    advised.sort(
        key=lambda a: (FIT_ORDER[a.best.verdict.fit], TASK_ORDER[a.spec.tasks[0]], a.best.variant.download_bytes)
    )
    return advised
