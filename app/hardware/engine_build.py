"""Can this copy of llama.cpp run on this computer, and use its graphics card? And if not, why, in words.

The users of other local-AI apps meet two silent failures: a processor without the instruction sets the engine
was compiled for (the app dies with "illegal instruction", or refuses with no reason), and a graphics card that
is present but unused (wrong build, an old driver, a card older than the build supports). Both are decided here
from what llama.cpp itself reports (`llama_print_system_info()`: its GPU backends, the CUDA architectures it was
built for, the CPU features it was compiled with) and from the hardware scan.

Only the x86 features the scan tracks (AVX, AVX2, AVX-512, FMA, F16C) are compared; a build compiled for finer
AVX-512 extensions (VNNI, BF16 …) on a processor that has AVX-512 but not those is not caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.hardware.profile import Backend, CpuInfo, GpuInfo, HardwareProfile
from app.i18n import say

# llama.cpp's names in system_info → the scan's feature names (CpuInfo.features).
_CPU_FLAGS = {"AVX": "avx", "AVX2": "avx2", "AVX512": "avx512", "FMA": "fma", "F16C": "f16c"}
_BACKENDS = {"CUDA": Backend.CUDA, "Metal": Backend.METAL, "ROCm": Backend.ROCM, "HIP": Backend.ROCM}
# The oldest NVIDIA drivers that run CUDA 12 programs (minor-version compatibility), per NVIDIA's release notes.
CUDA12_MIN_DRIVER = {"linux": (525, 60), "windows": (527, 41)}
_FEATURE_NAMES = {"avx": "AVX", "avx2": "AVX2", "avx512": "AVX-512", "fma": "FMA", "f16c": "F16C"}
# What the release workflow's "older-processors" build still needs (.github/workflows/release.yml).
OLDER_PROCESSORS_BUILD = frozenset({"avx"})


@dataclass(frozen=True)
class EngineBuild:
    backends: frozenset[Backend]  # GPU backends compiled in; empty for a processor-only build
    cuda_architectures: tuple[int, ...]  # e.g. (700,) for sm_70; () when not a CUDA build or not reported
    cpu_features: frozenset[str]  # in the scan's names: avx, avx2, avx512, fma, f16c


def parse_system_info(text: str) -> EngineBuild:
    """`CUDA : ARCHS = 700 | USE_GRAPHS = 1 | CPU : SSE3 = 1 | AVX2 = 1 | …` → what the build holds."""
    backends: set[Backend] = set()
    archs: tuple[int, ...] = ()
    features: set[str] = set()
    section = ""
    for part in text.split("|"):
        key, _, value = part.partition("=")
        if ":" in key:  # "CUDA : ARCHS" opens the CUDA section; "CPU : SSE3" the CPU one
            section, _, key = key.partition(":")
            section = section.strip()
            if section in _BACKENDS:
                backends.add(_BACKENDS[section])
        key, value = key.strip(), value.strip()
        if section == "CUDA" and key == "ARCHS":
            archs = tuple(int(arch) for arch in re.findall(r"\d+", value))
        elif section == "CPU" and key in _CPU_FLAGS and value == "1":
            features.add(_CPU_FLAGS[key])
    return EngineBuild(frozenset(backends), archs, frozenset(features))


def missing_cpu_features(build: EngineBuild, cpu: CpuInfo) -> tuple[str, ...]:
    """Instruction sets the engine was compiled for that this processor lacks, in the scan's order."""
    if not cpu.features:  # the scan could not tell (an unknown platform): do not cry wolf
        return ()
    return tuple(name for name in _FEATURE_NAMES if name in build.cpu_features and name not in cpu.features)


def cpu_problem(profile: HardwareProfile) -> str:
    """A sentence when chat models cannot run on this processor with this engine; "" when they can."""
    if not profile.llama.importable:
        return ""
    missing = missing_cpu_features(parse_system_info(profile.llama.system_info), profile.cpu)
    if not missing:
        return ""
    names = " and ".join(_FEATURE_NAMES[name] for name in missing)
    remedy = (
        say(
            "Hardware",
            "Hearth's download for older processors runs here, a little slower; so does a Hearth built on this "
            "computer (`make run` from the source).",
            "hardware.remedy-older-build",
        )
        if OLDER_PROCESSORS_BUILD.isdisjoint(missing)
        else say(
            "Hardware",
            "A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.",
            "hardware.remedy-build-here",
        )
    )
    lacks = (
        say(
            "Hardware",
            "Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and "
            "{processor} lacks these. Transcription still works. {remedy}",
            "hardware.cpu-lacks-features",
        )
        if len(missing) > 1
        else say(
            "Hardware",
            "Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and "
            "{processor} lacks this. Transcription still works. {remedy}",
            "hardware.cpu-lacks-feature",
        )
    )
    processor = profile.cpu.brand or say("Hardware", "this processor", "hardware.this-processor")
    return lacks.format(names=names, processor=processor, remedy=remedy)


def gpu_problem(profile: HardwareProfile, gpu: GpuInfo) -> str:
    """Why the engine cannot use this graphics card, with what to do; "" when nothing stands in the way."""
    build = parse_system_info(profile.llama.system_info)
    if not profile.llama.gpu_offload_supported:
        return say(
            "Hardware",
            "{gpu}: not used, because this build of Hearth's engine (llama.cpp) has no GPU support. Install the "
            "{backend} build of Hearth to use it.",
            "hardware.gpu-no-support",
        ).format(gpu=gpu.name, backend=backend_label(gpu.backend))
    if gpu.backend is Backend.NONE:
        return say(
            "Hardware", "{gpu}: not used, because llama.cpp has no way to drive it.", "hardware.gpu-no-driver"
        ).format(gpu=gpu.name)
    if build.backends and gpu.backend not in build.backends:
        built = ", ".join(sorted(backend_label(b) for b in build.backends))
        needed = backend_label(gpu.backend)
        return say(
            "Hardware",
            "{gpu}: not used, because this build of Hearth's engine drives {built} graphics cards, and this one needs "
            "{needed}. Install the {needed} build of Hearth to use it.",
            "hardware.gpu-other-backend",
        ).format(gpu=gpu.name, built=built, needed=needed)
    if gpu.backend is Backend.CUDA:
        return _cuda_problem(gpu, build, profile.os.system)
    return ""


def _cuda_problem(gpu: GpuInfo, build: EngineBuild, system: str) -> str:
    capability = _version(gpu.compute_capability)
    if capability and build.cuda_architectures:
        oldest = min(build.cuda_architectures)
        if capability[0] * 100 + capability[1] * 10 < oldest:
            return say(
                "Hardware",
                "{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth's "
                "engine supports ({oldest} or newer).",
                "hardware.gpu-too-old",
            ).format(gpu=gpu.name, capability=gpu.compute_capability, oldest=f"{oldest // 100}.{oldest % 100 // 10}")
    driver = _version(gpu.driver)
    minimum = CUDA12_MIN_DRIVER.get(system.lower())
    if driver and minimum and driver < minimum:
        wanted = ".".join(map(str, minimum))
        return say(
            "Hardware",
            "{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth's CUDA engine ({wanted} or "
            "newer). Update the driver (from nvidia.com or your system's driver manager) and restart Hearth; until "
            "then models run on the processor.",
            "hardware.driver-too-old",
        ).format(gpu=gpu.name, driver=gpu.driver, wanted=wanted)
    return ""


def _version(text: str) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", text or "")
    return tuple(int(n) for n in numbers[:2])


def backend_label(backend: Backend) -> str:
    return {
        Backend.CUDA: "CUDA",
        Backend.METAL: "Metal",
        Backend.ROCM: "ROCm",
        Backend.VULKAN: "Vulkan",
        Backend.NONE: "none",
    }[backend]
