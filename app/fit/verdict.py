"""The verdict: does a model run here, where, how fast, and with which plan.

Compared with *free* memory minus a safety margin (never with the total), at the context Hearth will really use
(chosen from the machine, not the model's maximum), counting every expert of a mixture-of-experts model (all
must be in memory even though few are used per token). When a model does not fit fully on the graphics card,
the largest number of layers that does is found, as llama.cpp would place them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.fit.estimate import LoadPlan, MemoryEstimate, estimate
from app.fit.shape import ModelShape
from app.hardware.capacity import usable_gpus
from app.hardware.profile import Backend, GpuInfo, HardwareProfile
from app.i18n import Sentence, Size, say
from app.units import GB, MB

RAM_SAFETY = 1 * GB  # the system and other programs keep working
VRAM_SAFETY = 512 * MB  # the desktop, the browser and driver growth
CONTEXT_STEPS = (32768, 16384, 8192, 4096, 2048)
WORDS_PER_TOKEN = 0.75  # English prose; what a reader notices is words
SPEED_BAND_LOW = 0.35  # the low end of the speed band, as a share of the bandwidth limit (measured: see speed_label)
CPU_BANDWIDTH = 40e9  # bytes/s a typical dual-channel desktop or laptop reaches
GPU_BANDWIDTH_BY_NAME = (  # memory bandwidth by product-name fragment, GB/s; first match wins
    ("H100", 3350), ("H200", 4800), ("A100", 1555), ("5090", 1790), ("4090", 1008), ("3090", 936),
    ("5080", 960), ("4080", 717), ("3080", 760), ("5070", 672), ("4070", 504), ("3070", 448),
    ("4060", 272), ("3060", 360), ("Ultra", 800), ("Max", 400), ("Pro", 200), ("M4", 120),
    ("M3", 100), ("M2", 100), ("M1", 68),
)  # fmt: skip
GPU_BANDWIDTH_DEFAULT = {Backend.CUDA: 300e9, Backend.ROCM: 300e9, Backend.VULKAN: 200e9, Backend.METAL: 100e9}


class Fit(StrEnum):
    GPU = "gpu"  # every layer on the graphics card(s)
    PARTIAL = "partial"  # some layers on the graphics card, the rest on the processor
    CPU = "cpu"  # on the processor only
    TOO_LARGE = "too_large"


FIT_LABELS = {
    Fit.GPU: say("Fit", "Runs on your graphics card", "fit.label-gpu"),
    Fit.PARTIAL: say("Fit", "Partly on your graphics card", "fit.label-partial"),
    Fit.CPU: say("Fit", "Runs on your processor", "fit.label-cpu"),
    Fit.TOO_LARGE: say("Fit", "Too large for this computer", "fit.label-too-large"),
}


@dataclass(frozen=True)
class Verdict:
    fit: Fit
    reason: str  # one sentence for a non-technical reader
    plan: LoadPlan  # what the chat engine loads with
    estimate: MemoryEstimate
    tokens_per_second: float  # expected generation speed; 0 when it does not run

    @property
    def label(self) -> str:
        return FIT_LABELS[self.fit]

    @property
    def runs(self) -> bool:
        return self.fit is not Fit.TOO_LARGE

    @property
    def speed_label(self) -> str:
        """A rough band in tokens per second, the unit Chat, Compare and the CLI measure in. The top is the memory
        bandwidth's limit; real decoding reaches a third to all of it (the Qwen test model on a 2-core CPU: 29–35
        tokens/s measured, against 28–81 here)."""
        tokens = self.tokens_per_second
        if tokens <= 0:
            return ""
        words = tokens * WORDS_PER_TOKEN  # how it feels to a reader decides the word for it
        band = (
            say("Fit", "fast", "fit.speed-fast")
            if words >= 15
            else say("Fit", "comfortable", "fit.speed-comfortable")
            if words >= 6
            else say("Fit", "slow", "fit.speed-slow")
            if words >= 1.5
            else say("Fit", "very slow", "fit.speed-very-slow")
        )
        return say("Fit", "{band}, roughly {low}–{high} tokens/s", "fit.speed-band").format(
            band=band, low=_round(tokens * SPEED_BAND_LOW), high=_round(tokens)
        )


def _round(value: float) -> str:
    return f"{value:.0f}" if value >= 3 else f"{value:.1f}"


@dataclass(frozen=True)
class Budget:
    """Memory a model may use on each device of this machine, now."""

    cpu: int
    gpus: tuple[GpuInfo, ...]
    gpu: tuple[int, ...]
    unified: bool  # Apple Silicon: the GPU's memory is the same RAM

    @staticmethod
    def of(profile: HardwareProfile) -> Budget:
        gpus = tuple(usable_gpus(profile))
        cpu = max(0, profile.memory.available_bytes - RAM_SAFETY)
        budgets = []
        for gpu in gpus:
            free = gpu.vram_free_bytes if gpu.vram_free_bytes is not None else gpu.vram_total_bytes
            limit = max(0, (free or 0) - VRAM_SAFETY)
            if gpu.unified_memory:
                limit = min(limit, cpu)
            budgets.append(limit)
        return Budget(cpu, gpus, tuple(budgets), unified=any(g.unified_memory for g in gpus))

    def fits(self, memory: MemoryEstimate) -> bool:
        cpu_need = memory.devices["cpu"].total_bytes
        gpu_need = [memory.devices.get(f"gpu{i}") for i in range(len(self.gpus))]
        if self.unified:
            return memory.total_bytes <= self.cpu and all(
                need is None or need.total_bytes <= budget for need, budget in zip(gpu_need, self.gpu, strict=True)
            )
        return cpu_need <= self.cpu and all(
            need is None or need.total_bytes <= budget for need, budget in zip(gpu_need, self.gpu, strict=True)
        )

    @property
    def gpu_split(self) -> tuple[float, ...]:
        total = sum(self.gpu)
        return tuple(b / total for b in self.gpu) if len(self.gpu) > 1 and total else ()


def default_context(profile: HardwareProfile, trained_context: int) -> int:
    """The context Hearth loads with unless asked: long enough for real conversations and documents, short enough
    that the KV cache never crowds out the model. Chosen from the memory the machine can give a model."""
    budget = Budget.of(profile)
    room = max([budget.cpu, *budget.gpu])
    context = 32768 if room >= 24 * GB else 8192 if room >= 8 * GB else 4096
    return min(context, trained_context) if trained_context else context


SHORTEST_USEFUL_CONTEXT = 4096


def judge(
    shape: ModelShape,
    profile: HardwareProfile,
    context: int | None = None,
    projector_bytes: int = 0,
    *,
    settings: LoadPlan | None = None,
) -> Verdict:
    """Where this model runs on this machine at this context.

    Without a context, Hearth picks one: the machine's default, or a shorter one (down to 4K) when that is what
    lets the whole model onto the graphics card, or lets it run at all. `settings` carries the person's (or the
    load tuning's) choices the verdict keeps — KV cache type, flash attention, batch sizes — since they change
    the memory; its context, layers and split are decided here."""
    if context is not None:
        return judge_at(shape, profile, context, projector_bytes, settings=settings)
    first = judge_at(
        shape, profile, default_context(profile, shape.trained_context), projector_bytes, settings=settings
    )
    if first.fit is Fit.GPU or first.fit is Fit.CPU:
        return first
    smallest = first
    for shorter in (c for c in CONTEXT_STEPS if SHORTEST_USEFUL_CONTEXT <= c < first.plan.context):
        smallest = judge_at(shape, profile, shorter, projector_bytes, settings=settings)
        if smallest.fit is Fit.GPU or (first.fit is Fit.TOO_LARGE and smallest.runs):
            return smallest
    # Still too large: say so at the shortest context tried. Still partial: keep the longer context.
    return smallest if first.fit is Fit.TOO_LARGE else first


def judge_at(
    shape: ModelShape,
    profile: HardwareProfile,
    context: int,
    projector_bytes: int = 0,
    *,
    settings: LoadPlan | None = None,
) -> Verdict:
    """Where this model runs on this machine at exactly this context."""
    budget = Budget.of(profile)
    backends = tuple(gpu.backend for gpu in budget.gpus)
    base = settings or LoadPlan(context=context)

    def plan(layers: int) -> LoadPlan:
        return replace(
            base, context=context, gpu_layers=layers, gpu_split=budget.gpu_split, projector_bytes=projector_bytes
        )

    def memory(layers: int) -> MemoryEstimate:
        return estimate(shape, plan(layers), backends, cpu_repack=_repacks(profile))

    full = shape.layers + 1
    if budget.gpus:
        whole = memory(full)
        if budget.fits(whole):
            return _verdict(Fit.GPU, whole, shape, budget, profile)
        layers = _most_layers_that_fit(memory, budget, full)
        if layers > 1:  # the output head alone is not worth a partial offload
            return _verdict(Fit.PARTIAL, memory(layers), shape, budget, profile, whole)
    on_cpu = memory(0)
    if budget.fits(on_cpu):
        return _verdict(Fit.CPU, on_cpu, shape, budget, profile)
    return _verdict(Fit.TOO_LARGE, on_cpu, shape, budget, profile)


def fits_here(shape: ModelShape, plan: LoadPlan, profile: HardwareProfile) -> bool:
    """Whether exactly this plan (its layers and split as they are) fits the memory free on this machine now."""
    budget = Budget.of(profile)
    backends = tuple(gpu.backend for gpu in budget.gpus)
    return budget.fits(estimate(shape, plan, backends, cpu_repack=_repacks(profile)))


def _repacks(profile: HardwareProfile) -> bool:
    return "REPACK = 1" in profile.llama.system_info or not profile.llama.system_info


def _most_layers_that_fit(memory: Callable[[int], MemoryEstimate], budget: Budget, full: int) -> int:
    """Binary search: the GPU side grows with every layer and the CPU side shrinks, so the GPU limit decides."""
    low, high = 0, full - 1
    while low < high:
        middle = (low + high + 1) // 2
        if budget.fits(memory(middle)):
            low = middle
        else:
            high = middle - 1
    return low


def _gpu_words(budget: Budget) -> Sentence:
    if len(budget.gpus) > 1:
        return say("Fit", "your {count} graphics cards have {free} free together", "fit.gpus-free").format(
            count=len(budget.gpus), free=Size(sum(budget.gpu))
        )
    return say("Fit", "your graphics card has {free} free", "fit.gpu-free").format(free=Size(budget.gpu[0]))


def _with_context(context: int) -> Sentence:
    """'with a 4K context', 'with an 8K context': English's article follows how the number is spoken, so each
    article is a sentence of its own (a translation writes both alike)."""
    size = context_label(context).split(" ", 1)[1]
    if context_label(context).startswith("an "):
        return say("Fit", "with an {size} context", "fit.with-an-context").format(size=size)
    return say("Fit", "with a {size} context", "fit.with-a-context").format(size=size)


def _verdict(
    fit: Fit,
    memory: MemoryEstimate,
    shape: ModelShape,
    budget: Budget,
    profile: HardwareProfile,
    whole: MemoryEstimate | None = None,
) -> Verdict:
    need, context, free = Size(memory.total_bytes), _with_context(memory.context), Size(budget.cpu)
    if fit is Fit.GPU:
        gpu_need = sum(d.total_bytes for n, d in memory.devices.items() if n != "cpu")
        reason = say("Fit", "Needs about {need} {context}; {gpu_free}, so it all runs there.", "fit.reason-gpu").format(
            need=Size(gpu_need), context=context, gpu_free=_gpu_words(budget)
        )
    elif fit is Fit.PARTIAL:
        assert whole is not None
        layers, full = memory.plan.gpu_layers, shape.layers + 1
        partly = (
            say(
                "Fit",
                "Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs "
                "on the processor.",
                "fit.reason-partial-cards",
            )
            if len(budget.gpus) > 1
            else say(
                "Fit",
                "Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on "
                "the processor.",
                "fit.reason-partial",
            )
        )
        reason = partly.format(
            need=Size(whole.total_bytes), context=context, gpu_free=_gpu_words(budget), layers=layers, full=full
        )
    elif fit is Fit.CPU:
        on_cpu = (
            say(
                "Fit",
                "Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use "
                "only part of it, so it runs on the processor.",
                "fit.reason-cpu-unified",
            )
            if budget.unified
            else say(
                "Fit",
                "Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too "
                "small to help, so it runs on the processor.",
                "fit.reason-cpu-gpu-full",
            )
            if budget.gpus
            else say(
                "Fit",
                "Needs about {need} {context}; {free} of memory is free, so it runs on the processor.",
                "fit.reason-cpu",
            )
        )
        reason = on_cpu.format(need=need, context=context, free=free)
    else:
        reason = say(
            "Fit",
            "Needs about {need} even {context}, but only {free} of memory is free on this computer.",
            "fit.reason-too-large",
        ).format(need=need, context=context, free=free)
    speed = _tokens_per_second(memory, shape, budget, profile) if fit is not Fit.TOO_LARGE else 0.0
    return Verdict(fit, reason, memory.plan, memory, speed)


def context_label(context: int) -> str:
    """'a 4K', 'an 8K', 'a 32K': the article follows how the number is spoken."""
    label = f"{context // 1024}K" if context >= 1024 else str(context)
    article = "an" if label.startswith(("8", "11", "18")) else "a"
    return f"{article} {label}"


def _bandwidth(gpu: GpuInfo) -> float:
    for fragment, gb_per_s in GPU_BANDWIDTH_BY_NAME:
        if fragment in gpu.name:
            return gb_per_s * 1e9
    return GPU_BANDWIDTH_DEFAULT.get(gpu.backend, 200e9)


def _tokens_per_second(memory: MemoryEstimate, shape: ModelShape, budget: Budget, profile: HardwareProfile) -> float:
    """Generation is memory-bound: each token reads the active weights once. Time = bytes ÷ bandwidth per device."""
    per_token = shape.bytes_read_per_token
    weights_total = sum(d.weights_bytes for d in memory.devices.values()) or 1
    seconds = 0.0
    cpu_bandwidth = _bandwidth(budget.gpus[0]) if budget.unified and budget.gpus else CPU_BANDWIDTH
    for name, device in memory.devices.items():
        share = per_token * device.weights_bytes / weights_total
        bandwidth = cpu_bandwidth if name == "cpu" else _bandwidth(budget.gpus[int(name[3:])])
        seconds += share / bandwidth
    return 1.0 / seconds if seconds else 0.0
