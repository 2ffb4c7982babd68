"""`nvidia-smi --query-gpu` CSV output → GPUs (used when NVML cannot be loaded)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.hardware.parsers.common import NOT_AVAILABLE, size_bytes
from app.hardware.profile import Backend, GpuInfo

NVIDIA_SMI_FIELDS = ("index", "name", "memory.total", "memory.free", "driver_version", "compute_cap")


def parse_nvidia_smi_csv(text: str, fields: Iterable[str] = NVIDIA_SMI_FIELDS) -> list[GpuInfo]:
    """Parse `nvidia-smi --query-gpu=... --format=csv[,noheader][,nounits]`.

    With a header, columns are found by name ("memory.total [MiB]"), so any column order or subset works;
    without one, `fields` says what was queried. Memory without a unit is MiB, as nvidia-smi reports it.
    """
    rows = [[cell.strip() for cell in line.split(",")] for line in text.splitlines() if line.strip()]
    if not rows:
        return []
    columns = list(fields)
    if any(cell.lower().startswith(("name", "index", "memory.")) for cell in rows[0]):
        columns = [re.sub(r"\s*\[.*\]$", "", cell).strip().lower() for cell in rows[0]]
        rows = rows[1:]
    gpus: list[GpuInfo] = []
    for position, row in enumerate(rows):
        if len(row) != len(columns):
            continue  # a warning line or a torn row: skip it rather than misread columns
        cell = dict(zip(columns, row, strict=True))
        name = cell.get("name", "")
        total = size_bytes(cell.get("memory.total", ""))
        if not name:
            continue
        index_text = cell.get("index", "")
        gpus.append(
            GpuInfo(
                vendor="NVIDIA",
                name=name,
                vram_total_bytes=total,
                vram_free_bytes=size_bytes(cell.get("memory.free", "")),
                backend=Backend.CUDA,
                driver=_known(cell.get("driver_version", "")),
                compute_capability=_known(cell.get("compute_cap", "")),
                index=int(index_text) if index_text.isdigit() else position,
                source="nvidia-smi",
            )
        )
    return gpus


def _known(value: str) -> str:
    return "" if value.lower() in NOT_AVAILABLE else value
