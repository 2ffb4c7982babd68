"""The scan as readable text: what `hearth scan` prints and what the Hardware page's "Details" shows and copies."""

from __future__ import annotations

from app.hardware.capacity import Capacity
from app.hardware.profile import HardwareProfile
from app.units import format_bytes


def render(profile: HardwareProfile, capacity: Capacity) -> str:
    cpu = profile.cpu
    lines = [
        capacity.headline,
        "",
        f"System      {profile.os.pretty_name} ({profile.os.machine})",
        f"Processor   {cpu.brand}: {cpu.physical_cores} cores, {cpu.logical_cores} threads"
        + (f", {' '.join(f.upper() for f in cpu.features)}" if cpu.features else ""),
        f"Memory      {format_bytes(profile.memory.total_bytes)} "
        f"({format_bytes(profile.memory.available_bytes)} available)",
        f"Disk        {format_bytes(profile.disk.free_bytes)} free at {profile.disk.path}",
    ]
    if profile.gpus:
        for gpu in profile.gpus:
            free = f", {format_bytes(gpu.vram_free_bytes)} free" if gpu.vram_free_bytes is not None else ""
            shared = " (shared with the system)" if gpu.unified_memory else ""
            lines.append(f"Graphics    {gpu.name}: {format_bytes(gpu.vram_total_bytes)}{shared}{free}")
    else:
        lines.append("Graphics    none that Hearth can use")
    llama = profile.llama
    engine = (
        f"llama.cpp {llama.version}, GPU offload {'supported' if llama.gpu_offload_supported else 'not built in'}"
        if llama.importable
        else "llama.cpp could not be loaded"
    )
    lines.append(f"Engine      {engine}; acceleration: {capacity.acceleration}")
    if llama.system_info:
        lines.append(f"Build       {llama.system_info}")
    speech = profile.speech
    if speech.importable:
        where = f"{speech.cuda_devices} CUDA device(s)" if speech.cuda_devices else "the processor"
        lines.append(f"Speech      CTranslate2 {speech.version} on {where}")
    else:
        lines.append("Speech      CTranslate2 could not be loaded")
    lines += [f"  {reason}" for reason in capacity.reasons]
    lines += [f"Note: {warning}" for warning in profile.warnings]
    return "\n".join(lines) + "\n"
