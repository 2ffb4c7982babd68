"""Why the engine cannot run, or cannot use the graphics card, decided from llama.cpp's own system_info as
recorded on real machines (tests/data/hardware/SOURCES.md) and the hardware scan."""

from __future__ import annotations

import dataclasses

from app.hardware import Backend, CpuInfo, GpuInfo, LlamaBuildInfo
from app.hardware.capacity import assess
from app.hardware.engine_build import cpu_problem, gpu_problem, missing_cpu_features, parse_system_info
from tests.hardware.test_capacity import GIB, RTX_4070, machine
from tests.locations import DATA_DIR

DATA = DATA_DIR / "hardware"
CUDA_V100 = (DATA / "llama-system-info-cuda-v100.txt").read_text()
METAL = (DATA / "llama-system-info-metal-apple.txt").read_text()
NATIVE_AVX512 = (DATA / "llama-system-info-cpu-native-avx512.txt").read_text()
OLD_CPU = CpuInfo("Intel Core i5-2500K", 4, 4, ("avx",))  # Sandy Bridge: AVX, no AVX2, FMA or F16C


def test_recorded_builds_are_read_for_backends_architectures_and_cpu_features() -> None:
    cuda = parse_system_info(CUDA_V100)
    assert cuda.backends == {Backend.CUDA}
    assert cuda.cuda_architectures == (700,)
    assert cuda.cpu_features == {"avx", "avx2", "fma", "f16c"}
    metal = parse_system_info(METAL)
    assert metal.backends == {Backend.METAL}
    assert metal.cpu_features == frozenset()  # NEON builds name no x86 features
    native = parse_system_info(NATIVE_AVX512)
    assert native.backends == frozenset()
    assert "avx512" in native.cpu_features


def test_a_processor_without_avx2_is_told_why_chat_cannot_run() -> None:
    build = parse_system_info(CUDA_V100)
    assert missing_cpu_features(build, OLD_CPU) == ("avx2", "fma", "f16c")
    profile = dataclasses.replace(machine(), cpu=OLD_CPU, llama=LlamaBuildInfo(True, True, "0.3.36", CUDA_V100))
    problem = cpu_problem(profile)
    assert problem.startswith("Chat models cannot run with this copy of Hearth")
    assert "AVX2 and FMA and F16C" in problem
    assert "Intel Core i5-2500K lacks these" in problem
    assert "download for older processors runs here" in problem  # it has AVX, all that build needs
    no_avx = dataclasses.replace(profile, cpu=CpuInfo("Intel Core 2 Duo E8400", 2, 2, ("sse4_1",)))
    assert "download for older processors" not in cpu_problem(no_avx)
    assert "`make run`" in cpu_problem(no_avx)
    capacity = assess(profile)
    assert capacity.headline == problem


def test_a_native_build_moved_to_a_processor_without_avx512_is_caught() -> None:
    profile = dataclasses.replace(
        machine(),
        cpu=CpuInfo("AMD Ryzen 5 3600", 6, 12, ("avx", "avx2", "fma", "f16c")),
        llama=LlamaBuildInfo(True, False, "0.3.36", NATIVE_AVX512),
    )
    assert "AVX-512" in cpu_problem(profile)
    assert cpu_problem(dataclasses.replace(profile, cpu=machine().cpu)) == ""  # the machine it was built on


def test_unknown_processor_features_are_not_a_reason_to_refuse() -> None:
    unknown = CpuInfo("", 4, 4, ())
    assert missing_cpu_features(parse_system_info(CUDA_V100), unknown) == ()


def test_gpu_reasons_name_the_build_the_driver_or_the_card_and_what_to_do() -> None:
    cuda_build = LlamaBuildInfo(True, True, "0.3.36", CUDA_V100)
    profile = dataclasses.replace(machine(), llama=cuda_build)
    assert gpu_problem(profile, RTX_4070) == ""
    old_driver = dataclasses.replace(RTX_4070, driver="470.82.01")
    assert "NVIDIA driver 470.82.01 is too old" in gpu_problem(profile, old_driver)
    assert "525.60 or newer" in gpu_problem(profile, old_driver)
    pascal = dataclasses.replace(RTX_4070, name="NVIDIA GeForce GTX 1080", compute_capability="6.1")
    assert "compute capability 6.1" in gpu_problem(profile, pascal)
    assert "7.0 or newer" in gpu_problem(profile, pascal)
    radeon = GpuInfo("AMD", "AMD Radeon RX 7900 XT", 20 * GIB, 19 * GIB, Backend.ROCM)
    assert "drives CUDA graphics cards, and this one needs ROCm" in gpu_problem(profile, radeon)
    cpu_only = dataclasses.replace(machine(), llama=LlamaBuildInfo(True, False, "0.3.36", NATIVE_AVX512))
    assert "has no GPU support" in gpu_problem(cpu_only, RTX_4070)


def test_an_unusable_card_is_not_counted_and_its_reason_is_shown() -> None:
    old_driver = dataclasses.replace(RTX_4070, driver="470.82.01")
    profile = dataclasses.replace(machine((old_driver,)), llama=LlamaBuildInfo(True, True, "0.3.36", CUDA_V100))
    capacity = assess(profile)
    assert capacity.acceleration == "CPU"
    assert capacity.gpu_model_bytes == 0
    assert any("too old" in reason for reason in capacity.reasons)


def test_a_gpu_the_speech_engine_cannot_see_is_said_and_the_profile_keeps_that_across_json() -> None:
    from app.hardware import HardwareProfile, SpeechBuildInfo

    profile = dataclasses.replace(
        machine((RTX_4070,)),
        llama=LlamaBuildInfo(True, True, "0.3.36", CUDA_V100),
        speech=SpeechBuildInfo(importable=True, version="4.8.5", cuda_devices=0),
    )
    assert any("speech engine (CTranslate2) sees no CUDA device" in r for r in assess(profile).reasons)
    seen = dataclasses.replace(profile, speech=SpeechBuildInfo(True, "4.8.5", 1))
    assert not any("CTranslate2" in r for r in assess(seen).reasons)
    assert HardwareProfile.from_dict(profile.to_dict()) == profile
