"""What this computer has, as one immutable value.

A profile is taken once (slowly: it runs external tools) and then passed around; everything that later decides
"will this model fit?" reads it instead of probing again. `to_dict()` is the `hearth scan --json` document, so
its keys are a public contract: add keys, never rename them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Backend(StrEnum):
    """How llama.cpp would drive a GPU."""

    CUDA = "cuda"
    METAL = "metal"
    ROCM = "rocm"
    VULKAN = "vulkan"
    NONE = "none"


@dataclass(frozen=True)
class OsInfo:
    system: str  # "Linux", "Darwin", "Windows"
    release: str
    version: str
    machine: str  # "x86_64", "arm64", "AMD64"
    pretty_name: str


@dataclass(frozen=True)
class CpuInfo:
    brand: str
    physical_cores: int
    logical_cores: int
    features: tuple[str, ...]  # lower-case ISA names Hearth cares about: avx, avx2, avx512, fma, f16c, neon


@dataclass(frozen=True)
class MemoryInfo:
    total_bytes: int
    available_bytes: int


@dataclass(frozen=True)
class DiskInfo:
    path: str
    total_bytes: int
    free_bytes: int


@dataclass(frozen=True)
class GpuInfo:
    vendor: str  # "NVIDIA", "AMD", "Apple", "Intel", or what the tool said
    name: str
    # None when the source cannot tell (a tool that printed no memory columns, Apple's free memory); treat it as
    # unknown, never as zero.
    vram_total_bytes: int | None
    vram_free_bytes: int | None
    backend: Backend
    unified_memory: bool = False
    driver: str = ""
    compute_capability: str = ""
    index: int = 0
    source: str = ""  # which probe found it: "nvml", "nvidia-smi", "system_profiler", "rocm-smi", "sysfs", "cim"


@dataclass(frozen=True)
class LlamaBuildInfo:
    """What the installed llama.cpp can do; `importable=False` means chat cannot work at all."""

    importable: bool
    gpu_offload_supported: bool
    version: str = ""
    system_info: str = ""  # llama_print_system_info(): the CPU features the build was compiled for


@dataclass(frozen=True)
class SpeechBuildInfo:
    """What the installed CTranslate2 (faster-whisper's engine) can do; `importable=False`: no transcription."""

    importable: bool = False
    version: str = ""
    cuda_devices: int = 0  # what CTranslate2 itself sees: 0 with a GPU present means its CUDA libraries are missing


@dataclass(frozen=True)
class HardwareProfile:
    os: OsInfo
    cpu: CpuInfo
    memory: MemoryInfo
    disk: DiskInfo
    gpus: tuple[GpuInfo, ...]
    llama: LlamaBuildInfo
    warnings: tuple[str, ...] = field(default=())
    speech: SpeechBuildInfo = field(default=SpeechBuildInfo())

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["os"] = {"name": self.os.pretty_name, **asdict(self.os)}
        for gpu in data["gpus"]:
            gpu["backend"] = str(gpu["backend"])
        data["cpu"]["features"] = list(self.cpu.features)
        data["warnings"] = list(self.warnings)
        return data

    @staticmethod
    def from_dict(data: dict[str, Any]) -> HardwareProfile:
        """Read back a `to_dict()` document (`hearth scan --json`): lets the estimator judge another machine."""
        os_data = {k: v for k, v in data["os"].items() if k in OsInfo.__dataclass_fields__}
        # other keys ("description", "capacity") are ignored
        cpu = dict(data["cpu"], features=tuple(data["cpu"]["features"]))
        gpus = tuple(
            GpuInfo(
                **{
                    **{k: v for k, v in gpu.items() if k in GpuInfo.__dataclass_fields__},
                    "backend": Backend(gpu["backend"]),
                }
            )
            for gpu in data.get("gpus", [])
        )
        return HardwareProfile(
            os=OsInfo(**os_data),
            cpu=CpuInfo(**cpu),
            memory=MemoryInfo(**data["memory"]),
            disk=DiskInfo(**data["disk"]),
            gpus=gpus,
            llama=LlamaBuildInfo(**data["llama"]),
            warnings=tuple(data.get("warnings", ())),
            speech=SpeechBuildInfo(**data["speech"]) if "speech" in data else SpeechBuildInfo(),
        )
