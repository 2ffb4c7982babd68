"""Find the graphics processors, asking the most precise source first and falling back tool by tool.

NVIDIA: NVML (in-process, exact free memory) → `nvidia-smi`. AMD on Linux: `rocm-smi` → the amdgpu sysfs files.
Apple: `system_profiler` + `sysctl`. Windows AMD / Intel: CIM through PowerShell. Each step is time-boxed; a
missing tool is normal (most machines have no NVIDIA driver) and only odd failures become warnings.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

from app.hardware.parsers.amd import amd_sysfs_gpu, parse_rocm_smi_json
from app.hardware.parsers.apple import apple_gpus, parse_sysctl, parse_system_profiler_displays
from app.hardware.parsers.nvidia import NVIDIA_SMI_FIELDS, parse_nvidia_smi_csv
from app.hardware.parsers.windows import parse_windows_video_controllers, windows_vram_is_capped
from app.hardware.profile import Backend, GpuInfo
from app.hardware.tools import call_with_timeout, run_tool
from app.i18n import say

SYSFS_DRM = Path("/sys/class/drm")


def probe_gpus(warnings: list[str], system: str | None = None) -> list[GpuInfo]:
    system = system or platform.system()
    if system == "Darwin":
        return probe_apple(warnings)
    gpus = probe_nvidia(warnings)
    if system == "Linux":
        gpus += probe_amd_linux(warnings)
    elif system == "Windows":  # pragma: no cover - Windows only
        gpus += probe_windows_cim(warnings)
    return gpus


def probe_nvidia(warnings: list[str]) -> list[GpuInfo]:
    try:
        return call_with_timeout(_nvml_gpus)
    except ImportError:
        pass
    except TimeoutError as exc:
        warnings.append(
            say("Hardware", "The NVIDIA driver (NVML) {problem}; trying nvidia-smi", "hardware.nvml-missing").format(
                problem=str(exc)
            )
        )
    except Exception as exc:  # pynvml raises NVMLError subclasses for "no driver", "no GPU", ...
        if "NVML Shared Library Not Found" not in str(exc) and "Driver Not Loaded" not in str(exc):
            warnings.append(
                say(
                    "Hardware",
                    "The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi",
                    "hardware.nvml-error",
                ).format(problem=str(exc))
            )
    return probe_nvidia_smi(warnings)


def probe_nvidia_smi(warnings: list[str], timeout: float | None = None) -> list[GpuInfo]:
    kwargs: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
    query = ",".join(NVIDIA_SMI_FIELDS)
    out = run_tool(["nvidia-smi", f"--query-gpu={query}", "--format=csv"], **kwargs)
    if out.missing:
        return []
    if not out.ok and "compute_cap" in out.stdout + out.warning:
        # Drivers before 510 do not know the compute_cap field; ask again without it.
        query = ",".join(field for field in NVIDIA_SMI_FIELDS if field != "compute_cap")
        out = run_tool(["nvidia-smi", f"--query-gpu={query}", "--format=csv"], **kwargs)
    if not out.ok:
        warnings.append(_nvidia_smi_advice(out.warning))
        return []
    gpus = parse_nvidia_smi_csv(out.stdout)
    if not gpus:
        warnings.append(
            say(
                "Hardware",
                "nvidia-smi answered, but its output listed no GPU Hearth could read",
                "hardware.nvidia-smi-no-gpu",
            )
        )
    return gpus


def _nvidia_smi_advice(warning: str) -> str:
    if "couldn't communicate with the NVIDIA driver" in warning:
        return say(
            "Hardware",
            "nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the "
            "driver is installed or the computer restarted",
            "hardware.nvidia-driver-unreachable",
        )
    return warning


def _nvml_gpus() -> list[GpuInfo]:
    import pynvml

    pynvml.nvmlInit()
    try:
        driver = _text(pynvml.nvmlSystemGetDriverVersion())
        gpus = []
        for index in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            major, minor = pynvml.nvmlDeviceGetCudaComputeCapability(handle)
            gpus.append(
                GpuInfo(
                    vendor="NVIDIA",
                    name=_text(pynvml.nvmlDeviceGetName(handle)),
                    vram_total_bytes=int(memory.total),
                    vram_free_bytes=int(memory.free),
                    backend=Backend.CUDA,
                    driver=driver,
                    compute_capability=f"{major}.{minor}",
                    index=index,
                    source="nvml",
                )
            )
        return gpus
    finally:
        pynvml.nvmlShutdown()


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def probe_amd_linux(warnings: list[str], drm_root: Path = SYSFS_DRM) -> list[GpuInfo]:
    out = run_tool(["rocm-smi", "--showproductname", "--showmeminfo", "vram", "--json"])
    if out.ok:
        gpus = parse_rocm_smi_json(out.stdout)
        if gpus:
            return gpus
    elif not out.missing:
        warnings.append(out.warning)
    return amd_gpus_from_sysfs(drm_root)


def amd_gpus_from_sysfs(drm_root: Path = SYSFS_DRM) -> list[GpuInfo]:
    """amdgpu exposes VRAM size and use per card; without ROCm, llama.cpp reaches such a card through Vulkan."""
    gpus: list[GpuInfo] = []
    for index, card in enumerate(sorted(drm_root.glob("card[0-9]*"))):
        device = card / "device"
        if "-" in card.name or not (device / "vendor").exists():
            continue  # connectors such as card0-HDMI-A-1
        gpu = amd_sysfs_gpu(
            vendor=_read(device / "vendor"),
            vram_total=_read(device / "mem_info_vram_total"),
            vram_used=_read(device / "mem_info_vram_used"),
            name=_read(device / "product_name"),
            index=index,
        )
        if gpu:
            gpus.append(gpu)
    return gpus


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def probe_apple(warnings: list[str]) -> list[GpuInfo]:
    displays = run_tool(["system_profiler", "SPDisplaysDataType", "-json"])
    sysctl = run_tool(["sysctl", "hw.memsize", "iogpu.wired_limit_mb"])
    if not displays.ok:
        warnings.append(
            displays.warning
            or say(
                "Hardware",
                "system_profiler is missing: cannot see the graphics processor",
                "hardware.no-system-profiler",
            )
        )
        return []
    return apple_gpus(parse_system_profiler_displays(displays.stdout), parse_sysctl(sysctl.stdout))


def probe_windows_cim(warnings: list[str]) -> list[GpuInfo]:  # pragma: no cover - Windows only
    command = (
        "Get-CimInstance Win32_VideoController | "
        "Select-Object Name,AdapterRAM,DriverVersion,AdapterCompatibility | ConvertTo-Json"
    )
    out = run_tool(["powershell", "-NoProfile", "-NonInteractive", "-Command", command])
    if not out.ok:
        if not out.missing:
            warnings.append(out.warning)
        return []
    gpus = parse_windows_video_controllers(out.stdout)
    warnings += [
        say(
            "Hardware", "Windows reports at most 4 GB for {gpu}; it may have more", "hardware.windows-vram-capped"
        ).format(gpu=gpu.name)
        for gpu in gpus
        if windows_vram_is_capped(gpu)
    ]
    return gpus
