"""The hardware scan: `probe()` answers "what does this computer have, and what can llama.cpp use of it?".

Sources are tried in order of precision, each under a timeout; everything odd becomes a sentence in
`HardwareProfile.warnings`, so a scan never raises and never hangs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import platform
from pathlib import Path

import psutil

from app.hardware.cpu_probe import probe_cpu
from app.hardware.gpu_probe import probe_gpus
from app.hardware.llama_build import probe_llama_build
from app.hardware.profile import (
    Backend,
    CpuInfo,
    DiskInfo,
    GpuInfo,
    HardwareProfile,
    LlamaBuildInfo,
    MemoryInfo,
    OsInfo,
    SpeechBuildInfo,
)
from app.hardware.speech_build import probe_speech_build
from app.i18n import say

__all__ = [
    "Backend",
    "CpuInfo",
    "DiskInfo",
    "GpuInfo",
    "HardwareProfile",
    "LlamaBuildInfo",
    "MemoryInfo",
    "OsInfo",
    "SpeechBuildInfo",
    "available_memory",
    "probe",
]


def available_memory() -> int:
    """The memory the machine can give now without swapping (cheap: the prompt cache asks before keeping a state)."""
    return int(psutil.virtual_memory().available)


def probe(models_dir: Path) -> HardwareProfile:
    """Scan the machine. Takes up to a few seconds (external tools), so the GUI calls it on a worker thread."""
    warnings: list[str] = []
    memory = psutil.virtual_memory()
    profile = HardwareProfile(
        os=probe_os(),
        cpu=probe_cpu(warnings),
        memory=MemoryInfo(total_bytes=int(memory.total), available_bytes=int(memory.available)),
        disk=probe_disk(models_dir, warnings),
        gpus=tuple(probe_gpus(warnings)),
        llama=probe_llama_build(warnings),
        warnings=(),
        speech=probe_speech_build(warnings),
    )
    if profile.gpus and not profile.llama.gpu_offload_supported and profile.llama.importable:
        warnings.append(
            "This copy of Hearth's engine was built without GPU support, so models run on the processor only"
        )
    return dataclasses.replace(profile, warnings=tuple(warnings))


def probe_os() -> OsInfo:
    system = platform.system()
    pretty = f"{system} {platform.release()}"
    if system == "Darwin":
        pretty = f"macOS {platform.mac_ver()[0]}"
    elif system == "Windows":
        pretty = f"Windows {platform.release()} ({platform.version()})"
    elif system == "Linux":
        with contextlib.suppress(OSError):
            pretty = platform.freedesktop_os_release().get("PRETTY_NAME", pretty)
    return OsInfo(
        system=system,
        release=platform.release(),
        version=platform.version(),
        machine=platform.machine(),
        pretty_name=pretty,
    )


def probe_disk(models_dir: Path, warnings: list[str]) -> DiskInfo:
    """Free space where models go; the folder may not exist yet, so measure its nearest existing parent."""
    target = models_dir
    while not target.exists() and target != target.parent:
        target = target.parent
    try:
        usage = psutil.disk_usage(str(target))
    except OSError as exc:
        warnings.append(
            say(
                "Hardware", "Could not measure free disk space at {path}: {problem}", "hardware.disk-unmeasured"
            ).format(path=models_dir, problem=exc.strerror)
        )
        return DiskInfo(path=str(models_dir), total_bytes=0, free_bytes=0)
    return DiskInfo(path=str(models_dir), total_bytes=int(usage.total), free_bytes=int(usage.free))
