"""Turn a hardware profile into the one sentence a non-technical person needs: how big a model can run here.

This is the coarse, model-independent answer shown on the Hardware page and by `hearth scan`. Deciding for a
particular model (its layers, context and KV cache) is the fit estimator's job; this only reserves a fixed
working margin so the headline never promises more than a typical chat at a modest context can use.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.hardware.engine_build import backend_label, cpu_problem, gpu_problem
from app.hardware.profile import Backend, GpuInfo, HardwareProfile
from app.i18n import Size, say
from app.units import GB, about_gb

# Room a loaded model needs beyond its weights at a modest (4k) context: KV cache, compute buffers, output.
GPU_WORKING_MARGIN = 1 * GB
# What the operating system, Hearth itself and other programs keep using while a model runs on the processor.
RAM_WORKING_MARGIN = 2 * GB
# A GPU with less memory than this is an integrated one with a small carve-out; offloading to it does not pay.
MIN_USEFUL_VRAM = 2 * GB


@dataclass(frozen=True)
class Capacity:
    acceleration: str  # "CUDA", "Metal", "ROCm", "Vulkan" or "CPU"
    gpu_model_bytes: int  # largest model that runs fully on the usable GPUs; 0 when none can be used
    memory_model_bytes: int  # largest model that runs from system memory on the processor
    headline: str
    reasons: tuple[str, ...]  # why a GPU is or is not used, in plain words


def usable_gpus(profile: HardwareProfile) -> list[GpuInfo]:
    return [
        gpu for gpu in profile.gpus if not gpu_problem(profile, gpu) and (gpu.vram_total_bytes or 0) >= MIN_USEFUL_VRAM
    ]


def gpu_budget_bytes(gpu: GpuInfo) -> int:
    """Memory a model may take on this GPU: free memory when known (other programs hold the rest)."""
    usable = gpu.vram_free_bytes if gpu.vram_free_bytes is not None else gpu.vram_total_bytes
    return max(0, (usable or 0) - GPU_WORKING_MARGIN)


def assess(profile: HardwareProfile) -> Capacity:
    gpus = usable_gpus(profile)
    memory_model = max(0, profile.memory.available_bytes - RAM_WORKING_MARGIN)
    reasons = list(_gpu_reasons(profile, gpus))
    if problem := cpu_problem(profile):
        return Capacity("CPU", 0, memory_model, problem, (problem, *reasons))
    if not gpus:
        headline = say(
            "Hardware",
            "Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can "
            "use was found, so smaller models will feel faster.",
            "hardware.headline-cpu",
        ).format(in_memory=about_gb(memory_model))
        return Capacity("CPU", 0, memory_model, headline, tuple(reasons))
    gpu_model = sum(gpu_budget_bytes(gpu) for gpu in gpus)
    acceleration = "/".join(sorted({backend_label(gpu.backend) for gpu in gpus}))
    if all(gpu.unified_memory for gpu in gpus):
        headline = say(
            "Hardware",
            "Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of "
            "the computer, so close big apps before loading large models.",
            "hardware.headline-shared",
        ).format(on_gpu=about_gb(gpu_model), gpu=gpus[0].name, acceleration=acceleration)
    else:
        headline = say(
            "Hardware",
            "Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, "
            "partly on the processor and slower.",
            "hardware.headline-gpu",
        ).format(on_gpu=about_gb(gpu_model), in_memory=about_gb(memory_model))
    return Capacity(acceleration, gpu_model, memory_model, headline, tuple(reasons))


def _gpu_reasons(profile: HardwareProfile, usable: list[GpuInfo]) -> list[str]:
    reasons: list[str] = []
    for gpu in profile.gpus:
        total = gpu.vram_total_bytes
        memory = Size(total) if total is not None else say("Hardware", "unknown", "hardware.unknown-size")
        if gpu in usable:
            used = (
                say("Hardware", "{gpu}: {memory}, used through {backend}.", "hardware.gpu-used")
                if gpu.vram_free_bytes is None
                else say("Hardware", "{gpu}: {memory}, {free} free, used through {backend}.", "hardware.gpu-used-free")
            )
            reasons.append(
                used.format(
                    gpu=gpu.name, memory=memory, free=Size(gpu.vram_free_bytes or 0), backend=backend_label(gpu.backend)
                )
            )
        elif problem := gpu_problem(profile, gpu):
            reasons.append(problem)
        else:
            reasons.append(
                say(
                    "Hardware",
                    "{gpu}: not used, because its {memory} of memory is too small to help.",
                    "hardware.gpu-too-small",
                ).format(gpu=gpu.name, memory=memory)
            )
    speech = profile.speech
    if speech.importable and not speech.cuda_devices and any(gpu.backend is Backend.CUDA for gpu in profile.gpus):
        reasons.append(
            say(
                "Hardware",
                "Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs "
                "NVIDIA's cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.",
                "hardware.speech-no-cuda",
            )
        )
    return reasons
