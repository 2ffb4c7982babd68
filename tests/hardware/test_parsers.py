"""The tool-output parsers, on outputs recorded from real machines (sources in tests/data/hardware/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.hardware.parsers.amd import amd_sysfs_gpu, parse_rocm_smi_json
from app.hardware.parsers.apple import (
    apple_gpu_budget_bytes,
    apple_gpus,
    parse_sysctl,
    parse_system_profiler_displays,
    sysctl_cpu_features,
)
from app.hardware.parsers.cpu import parse_proc_cpuinfo
from app.hardware.parsers.nvidia import parse_nvidia_smi_csv
from app.hardware.parsers.windows import parse_windows_video_controllers, windows_vram_is_capped
from app.hardware.profile import Backend

MIB = 1024**2
GIB = 1024**3


def read(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


def test_nvidia_smi_one_gpu_reads_memory_and_driver_from_a_wide_query(hardware_data: Path) -> None:
    (gpu,) = parse_nvidia_smi_csv(read(hardware_data, "nvidia-smi-csv-1gpu.txt"))
    assert gpu.name == "NVIDIA GeForce RTX 2080 SUPER"
    assert gpu.vram_total_bytes == 7979 * MIB
    assert gpu.vram_free_bytes == 7635 * MIB
    assert gpu.driver == "465.27"
    assert gpu.backend is Backend.CUDA
    assert not gpu.unified_memory


def test_nvidia_smi_two_gpus_keep_their_order_and_compute_capability(hardware_data: Path) -> None:
    gpus = parse_nvidia_smi_csv(read(hardware_data, "nvidia-smi-csv-2gpu.txt"))
    assert [(g.index, g.name, g.compute_capability) for g in gpus] == [
        (0, "NVIDIA TITAN V", "7.0"),
        (1, "NVIDIA RTX 5880 Ada Generation", "8.9"),
    ]
    # That query had no memory columns: unknown, not zero.
    assert all(g.vram_total_bytes is None and g.vram_free_bytes is None for g in gpus)


def test_nvidia_smi_without_a_name_column_or_a_driver_yields_no_gpu(hardware_data: Path) -> None:
    assert parse_nvidia_smi_csv(read(hardware_data, "nvidia-smi-csv-compute-cap-1gpu.txt")) == []
    assert parse_nvidia_smi_csv(read(hardware_data, "nvidia-smi-no-driver.txt")) == []


def test_nvidia_smi_noheader_nounits_uses_the_queried_field_order() -> None:
    text = "0, NVIDIA H100 80GB HBM3, 81559, 81004, 550.54.15, 9.0\n"
    (gpu,) = parse_nvidia_smi_csv(text)
    assert (gpu.name, gpu.vram_total_bytes, gpu.vram_free_bytes) == ("NVIDIA H100 80GB HBM3", 81559 * MIB, 81004 * MIB)
    assert gpu.compute_capability == "9.0"


def test_nvidia_smi_not_available_memory_is_unknown() -> None:
    text = "index, name, memory.total [MiB], memory.free [MiB]\n0, NVIDIA GB10, [N/A], [N/A]\n"
    (gpu,) = parse_nvidia_smi_csv(text)
    assert gpu.vram_total_bytes is None


def test_rocm_smi_json_reads_vram_and_product(hardware_data: Path) -> None:
    (gpu,) = parse_rocm_smi_json(read(hardware_data, "rocm-smi-productname-use-meminfo-vram-1gpu.json"))
    assert gpu.vendor == "AMD"
    assert gpu.name == "Radeon RX 7900 XT"
    assert gpu.vram_total_bytes == 21458059264
    assert gpu.vram_free_bytes == 21458059264 - 27856896
    assert gpu.compute_capability == "gfx1100"
    assert gpu.backend is Backend.ROCM


def test_rocm_smi_json_without_memory_keys_lists_cards_with_unknown_vram(hardware_data: Path) -> None:
    gpus = parse_rocm_smi_json(read(hardware_data, "rocm-smi-showmemuse-2gpu.json"))
    assert [g.index for g in gpus] == [0, 1]
    assert all(g.vram_total_bytes is None for g in gpus)


@pytest.mark.parametrize("garbage", ["", "not json", "[1, 2]", "WARNING: no amdgpu\n"])
def test_rocm_smi_garbage_yields_nothing(garbage: str) -> None:
    assert parse_rocm_smi_json(garbage) == []


def test_apple_m1_pro_has_unified_memory_with_metal_budget(hardware_data: Path) -> None:
    displays = parse_system_profiler_displays(read(hardware_data, "system_profiler-displays-apple-m1pro.json"))
    (gpu,) = apple_gpus(displays, {"hw.memsize": str(32 * GIB)})
    assert gpu.vendor == "Apple"
    assert gpu.name == "Apple M1 Pro (16-core GPU)"
    assert gpu.unified_memory
    assert gpu.backend is Backend.METAL
    assert gpu.vram_total_bytes == apple_gpu_budget_bytes(32 * GIB)
    assert gpu.vram_free_bytes is None


def test_apple_wired_limit_overrides_the_default_share(hardware_data: Path) -> None:
    sysctl = parse_sysctl(read(hardware_data, "sysctl-apple-m1max-iogpu-wired-limit-set.txt"))
    assert sysctl == {"iogpu.wired_limit_mb": "26000"}
    assert apple_gpu_budget_bytes(32 * GIB, int(sysctl["iogpu.wired_limit_mb"])) == 26000 * MIB
    assert apple_gpu_budget_bytes(16 * GIB) == int(16 * GIB * 2 / 3)
    assert apple_gpu_budget_bytes(128 * GIB) == 96 * GIB


def test_apple_unknown_memsize_gives_unknown_vram(hardware_data: Path) -> None:
    displays = parse_system_profiler_displays(read(hardware_data, "system_profiler-displays-apple-m1pro.json"))
    (gpu,) = apple_gpus(displays, {})
    assert gpu.vram_total_bytes is None


def test_apple_sysctl_cpu_brand_and_neon(hardware_data: Path) -> None:
    cpu = parse_sysctl(read(hardware_data, "sysctl-apple-m1-machdep-cpu.txt"))
    assert cpu["machdep.cpu.brand_string"] == "Apple M1"
    assert (
        parse_sysctl(read(hardware_data, "sysctl-apple-m1-machdep-cpu-early-bigsur.txt"))["machdep.cpu.brand_string"]
        == "Apple processor"
    )
    assert sysctl_cpu_features(parse_sysctl(read(hardware_data, "sysctl-apple-m1-hw-optional.txt"))) == ("neon",)


def test_intel_mac_sysctl_features_use_apple_spellings() -> None:
    values = parse_sysctl(
        "machdep.cpu.features: FPU VME SSE3 FMA AVX1.0 F16C\nmachdep.cpu.leaf7_features: SMEP AVX2 BMI2\n"
    )
    assert sysctl_cpu_features(values) == ("avx", "avx2", "fma", "f16c")


def test_system_profiler_plain_text_is_not_mistaken_for_json(hardware_data: Path) -> None:
    assert parse_system_profiler_displays(read(hardware_data, "system_profiler-displays-apple-m3.txt")) == []


def test_proc_cpuinfo_x86_with_avx512(hardware_data: Path) -> None:
    facts = parse_proc_cpuinfo(read(hardware_data, "cpuinfo-x86-avx512-i7-7820x.txt"))
    assert facts.brand == "Intel(R) Core(TM) i7-7820X CPU @ 3.60GHz"
    assert facts.features == ("avx", "avx2", "avx512", "fma", "f16c")


def test_proc_cpuinfo_arm_reports_neon_from_asimd(hardware_data: Path) -> None:
    facts = parse_proc_cpuinfo(read(hardware_data, "cpuinfo-aarch64-apple-asahi.txt"))
    assert facts.features == ("neon",)


def test_amd_sysfs_card_with_vram_is_a_vulkan_gpu() -> None:
    gpu = amd_sysfs_gpu("0x1002\n", "17163091968\n", "692142080\n", "", index=0)
    assert gpu is not None
    assert (gpu.vram_total_bytes, gpu.vram_free_bytes) == (17163091968, 17163091968 - 692142080)
    assert gpu.backend is Backend.VULKAN
    assert amd_sysfs_gpu("0x8086\n", "1", "0", "", index=1) is None  # Intel: not this parser's business


def test_windows_cim_skips_nvidia_and_flags_the_4gb_cap() -> None:
    text = """[
      {"Name": "NVIDIA GeForce RTX 3060", "AdapterRAM": 4293918720, "DriverVersion": "31.0.15.3623",
       "AdapterCompatibility": "NVIDIA"},
      {"Name": "AMD Radeon RX 6700 XT", "AdapterRAM": 4293918720, "DriverVersion": "31.0.21001.45002",
       "AdapterCompatibility": "Advanced Micro Devices, Inc."},
      {"Name": "Microsoft Basic Display Adapter", "AdapterRAM": 0, "AdapterCompatibility": "(Standard display types)"}
    ]"""
    (gpu,) = parse_windows_video_controllers(text)
    assert (gpu.vendor, gpu.name) == ("AMD", "AMD Radeon RX 6700 XT")
    assert windows_vram_is_capped(gpu)
