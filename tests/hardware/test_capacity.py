"""The Hardware page's headline: what size of model runs here, and why a GPU is or is not used."""

from __future__ import annotations

import dataclasses

from app.hardware import Backend, CpuInfo, DiskInfo, GpuInfo, HardwareProfile, LlamaBuildInfo, MemoryInfo, OsInfo
from app.hardware.capacity import GPU_WORKING_MARGIN, RAM_WORKING_MARGIN, assess

GIB = 1024**3


def machine(gpus: tuple[GpuInfo, ...] = (), offload: bool = True, available: int = 28 * GIB) -> HardwareProfile:
    return HardwareProfile(
        os=OsInfo("Linux", "6.8", "#1", "x86_64", "Ubuntu 24.04"),
        cpu=CpuInfo("AMD Ryzen 7 7700", 8, 16, ("avx", "avx2", "avx512", "fma", "f16c")),
        memory=MemoryInfo(32 * GIB, available),
        disk=DiskInfo("/models", 1000 * GIB, 400 * GIB),
        gpus=gpus,
        llama=LlamaBuildInfo(importable=True, gpu_offload_supported=offload),
    )


RTX_4070 = GpuInfo("NVIDIA", "NVIDIA GeForce RTX 4070", 12 * GIB, 11 * GIB, Backend.CUDA, driver="550.54")


def test_no_gpu_means_processor_only_with_memory_minus_margin() -> None:
    capacity = assess(machine())
    assert capacity.acceleration == "CPU"
    assert capacity.gpu_model_bytes == 0
    assert capacity.memory_model_bytes == 28 * GIB - RAM_WORKING_MARGIN
    assert capacity.headline.startswith("Models up to about 26 GB can run on your processor")


def test_nvidia_gpu_uses_free_not_total_memory() -> None:
    capacity = assess(machine((RTX_4070,)))
    assert capacity.acceleration == "CUDA"
    assert capacity.gpu_model_bytes == 11 * GIB - GPU_WORKING_MARGIN
    assert "up to about 10 GB can run fully on your graphics card" in capacity.headline
    assert capacity.reasons == ("NVIDIA GeForce RTX 4070: 12.0 GB, 11.0 GB free, used through CUDA.",)


def test_two_gpus_add_up() -> None:
    capacity = assess(machine((RTX_4070, dataclasses.replace(RTX_4070, index=1))))
    assert capacity.gpu_model_bytes == 2 * (11 * GIB - GPU_WORKING_MARGIN)


def test_a_build_without_gpu_offload_says_why_the_gpu_is_unused() -> None:
    capacity = assess(machine((RTX_4070,), offload=False))
    assert capacity.acceleration == "CPU"
    assert "no GPU support" in capacity.reasons[0]
    assert "CUDA build" in capacity.reasons[0]


def test_apple_unified_memory_warns_that_memory_is_shared() -> None:
    m2 = GpuInfo("Apple", "Apple M2 (10-core GPU)", int(16 * GIB * 2 / 3), None, Backend.METAL, unified_memory=True)
    capacity = assess(machine((m2,)))
    assert capacity.acceleration == "Metal"
    assert "shares memory" in capacity.headline


def test_tiny_integrated_gpu_is_not_counted() -> None:
    igpu = GpuInfo("AMD", "Raphael", 64 * 1024**2, 40 * 1024**2, Backend.ROCM)
    capacity = assess(machine((igpu,)))
    assert capacity.acceleration == "CPU"
    assert "too small" in capacity.reasons[0]
