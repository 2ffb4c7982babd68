"""The CPU: brand, cores and the instruction sets llama.cpp's speed depends on (AVX2 above all on x86)."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

import psutil

from app.hardware.parsers.apple import parse_sysctl, sysctl_cpu_features
from app.hardware.parsers.cpu import normalize_features, parse_proc_cpuinfo
from app.hardware.profile import CpuInfo
from app.hardware.tools import run_tool
from app.i18n import say

_SYSCTL_CPU_KEYS = (
    "machdep.cpu.brand_string",
    "machdep.cpu.features",
    "machdep.cpu.leaf7_features",
    "hw.optional.AdvSIMD",
    "hw.optional.neon",
    "hw.optional.arm.FEAT_FP16",
    "hw.optional.avx1_0",
    "hw.optional.avx2_0",
    "hw.optional.avx512f",
    "hw.optional.fma",
)

# IsProcessorFeaturePresent ids (winnt.h).
_WINDOWS_FEATURES = {"avx": 39, "avx2": 40, "avx512f": 41, "neon": 19}


def probe_cpu(warnings: list[str]) -> CpuInfo:
    logical = psutil.cpu_count(logical=True) or os.cpu_count() or 1
    physical = psutil.cpu_count(logical=False) or logical
    brand, features = _brand_and_features(warnings)
    return CpuInfo(
        brand=brand or platform.processor() or platform.machine() or "Unknown processor",
        physical_cores=physical,
        logical_cores=logical,
        features=features,
    )


def _brand_and_features(warnings: list[str]) -> tuple[str, tuple[str, ...]]:
    system = platform.system()
    if system == "Linux":
        try:
            facts = parse_proc_cpuinfo(Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            warnings.append(
                say("Hardware", "Could not read /proc/cpuinfo: {problem}", "hardware.cpuinfo-unread").format(
                    problem=exc.strerror
                )
            )
            return "", ()
        return facts.brand, facts.features
    if system == "Darwin":
        out = run_tool(["sysctl", *_SYSCTL_CPU_KEYS])
        # sysctl exits non-zero when one key is unknown on this Mac but still prints the others.
        values = parse_sysctl(out.stdout)
        if not values:
            warnings.append(out.warning or "sysctl printed nothing about the CPU")
        return values.get("machdep.cpu.brand_string", ""), sysctl_cpu_features(values)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_brand_and_features()
    return "", ()


if sys.platform == "win32":  # pragma: no cover - Windows only

    def _windows_brand_and_features() -> tuple[str, tuple[str, ...]]:
        import ctypes
        import winreg

        try:
            key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"HARDWARE\DESCRIPTION\System\CentralProcessor\0")
            brand = str(winreg.QueryValueEx(key, "ProcessorNameString")[0]).strip()
        except OSError:
            brand = ""
        present = ctypes.windll.kernel32.IsProcessorFeaturePresent
        found = [name for name, feature_id in _WINDOWS_FEATURES.items() if present(feature_id)]
        if "avx2" in found:
            found += ["fma", "f16c"]  # every CPU with AVX2 has FMA3 and F16C; Windows has no flag for them
        return brand, normalize_features(found)
