"""Windows: `Get-CimInstance Win32_VideoController | ConvertTo-Json` → AMD and Intel GPUs."""

from __future__ import annotations

import json

from app.hardware.parsers.common import vendor_from_text
from app.hardware.profile import Backend, GpuInfo

# AdapterRAM is a uint32: cards with 4 GB or more report 0xFFF00000 (4095 MiB) or so.
_WINDOWS_ADAPTER_RAM_CAP = 4095 * 1024**2


def parse_windows_video_controllers(text: str) -> list[GpuInfo]:
    """PowerShell `Get-CimInstance Win32_VideoController | ConvertTo-Json` (one object or a list).

    Used for AMD and Intel GPUs on Windows; NVIDIA ones come from NVML, which knows more. AdapterRAM is capped
    at 4 GiB by its type, so a card showing the cap has an unknown, larger amount.
    """
    try:
        data = json.loads(text)
    except ValueError:
        return []
    entries = data if isinstance(data, list) else [data]
    gpus: list[GpuInfo] = []
    for index, entry in enumerate(e for e in entries if isinstance(e, dict)):
        name = str(entry.get("Name") or "")
        vendor = vendor_from_text(str(entry.get("AdapterCompatibility") or name))
        if vendor == "NVIDIA" or "basic display" in name.lower() or "remote" in name.lower():
            continue
        ram = entry.get("AdapterRAM")
        gpus.append(
            GpuInfo(
                vendor=vendor,
                name=name,
                vram_total_bytes=int(ram) if isinstance(ram, int) and ram > 0 else None,
                vram_free_bytes=None,
                backend=Backend.VULKAN,
                driver=str(entry.get("DriverVersion") or ""),
                index=index,
                source="cim",
            )
        )
    return gpus


def windows_vram_is_capped(gpu: GpuInfo) -> bool:
    return gpu.source == "cim" and (gpu.vram_total_bytes or 0) >= _WINDOWS_ADAPTER_RAM_CAP
