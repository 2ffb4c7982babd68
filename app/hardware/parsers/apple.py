"""macOS: `sysctl` and `system_profiler SPDisplaysDataType -json` → CPU features and (unified) GPU memory."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.hardware.parsers.common import GIB, MIB, size_bytes, vendor_from_text
from app.hardware.parsers.cpu import normalize_features
from app.hardware.profile import Backend, GpuInfo


def parse_sysctl(text: str) -> dict[str, str]:
    """`sysctl a.b c.d` or `sysctl -a` → {'a.b': '...'}. Both 'key: value' and 'key = value' forms occur."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        match = re.match(r"^([\w.]+)\s*[:=]\s*(.*)$", line.strip())
        if match:
            # `sysctl key=value` (a change) prints "key: old -> new"; the new value is the one in force.
            values[match.group(1)] = match.group(2).rpartition("->")[2].strip()
    return values


def apple_gpu_budget_bytes(memsize: int, wired_limit_mb: int = 0) -> int:
    """How much of unified memory Metal lets the GPU use.

    macOS caps GPU-wired memory at about two thirds of RAM on machines with 36 GB or less and three quarters
    above (Metal's recommendedMaxWorkingSetSize); `sysctl iogpu.wired_limit_mb` overrides it when set.
    """
    if wired_limit_mb > 0:
        return min(wired_limit_mb * MIB, memsize)
    share = 2 / 3 if memsize <= 36 * GIB else 3 / 4
    return int(memsize * share)


def sysctl_cpu_features(values: dict[str, str]) -> tuple[str, ...]:
    raw: list[str] = []
    for key in ("machdep.cpu.features", "machdep.cpu.leaf7_features"):
        raw += values.get(key, "").split()
    for key, value in values.items():
        if key.startswith("hw.optional.") and value.strip() == "1":
            raw.append(key.rsplit(".", 1)[-1])
            if key.startswith("hw.optional.arm.FEAT_"):
                raw.append(key.removeprefix("hw.optional.arm.FEAT_"))
    return normalize_features(raw)


@dataclass(frozen=True)
class AppleDisplay:
    name: str
    vendor: str
    cores: str
    metal: str
    vram_text: str


def parse_system_profiler_displays(text: str) -> list[AppleDisplay]:
    """`system_profiler SPDisplaysDataType -json` → one entry per graphics processor."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    entries = data.get("SPDisplaysDataType", []) if isinstance(data, dict) else []
    displays: list[AppleDisplay] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        vendor = str(entry.get("spdisplays_vendor") or entry.get("sppci_vendor") or "")
        displays.append(
            AppleDisplay(
                name=str(entry.get("sppci_model") or entry.get("_name") or "Unknown GPU"),
                vendor=vendor_from_text(vendor),
                cores=str(entry.get("sppci_cores", "")),
                metal=str(entry.get("spdisplays_mtlgpufamilysupport") or entry.get("spdisplays_metal") or ""),
                vram_text=str(entry.get("spdisplays_vram") or entry.get("spdisplays_vram_shared") or ""),
            )
        )
    return displays


def apple_gpus(displays: list[AppleDisplay], sysctl: dict[str, str]) -> list[GpuInfo]:
    """Combine system_profiler and sysctl: Apple GPUs share RAM, discrete ones on Intel Macs have their own."""
    memsize = int(sysctl.get("hw.memsize", "0") or 0)
    wired = sysctl.get("iogpu.wired_limit_mb", "0")
    gpus: list[GpuInfo] = []
    for index, display in enumerate(displays):
        unified = display.vendor == "Apple"
        total: int | None
        if unified:
            total = apple_gpu_budget_bytes(memsize, int(wired) if wired.isdigit() else 0) if memsize else None
        else:
            total = size_bytes(display.vram_text.replace("GB", "GiB").replace("MB", "MiB"))
        gpus.append(
            GpuInfo(
                vendor=display.vendor,
                name=display.name + (f" ({display.cores}-core GPU)" if display.cores else ""),
                vram_total_bytes=total,
                vram_free_bytes=None,
                backend=Backend.METAL if display.metal or unified else Backend.NONE,
                unified_memory=unified,
                driver=display.metal.removeprefix("spdisplays_"),
                index=index,
                source="system_profiler",
            )
        )
    return gpus
