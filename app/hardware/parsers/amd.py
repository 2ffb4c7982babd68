"""AMD GPUs on Linux: `rocm-smi --json` output and the amdgpu driver's sysfs files."""

from __future__ import annotations

import json
import re

from app.hardware.profile import Backend, GpuInfo


def parse_rocm_smi_json(text: str) -> list[GpuInfo]:
    """Parse `rocm-smi --showproductname --showmeminfo vram --json` (either flag alone works too).

    rocm-smi prints one object per card ("card0", "card1", ...) with human keys that changed across versions;
    match them loosely.
    """
    try:
        data = json.loads(_json_object(text))
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    gpus: list[GpuInfo] = []
    for key in sorted(data, key=_card_number):
        card = data[key]
        if not key.lower().startswith("card") or not isinstance(card, dict):
            continue
        values = {str(k).lower(): str(v) for k, v in card.items()}
        total = _first_int(values, "vram total memory (b)")
        used = _first_int(values, "vram total used memory (b)")
        name = next(
            (values[k] for k in ("card series", "card model", "device name", "card sku") if values.get(k)),
            f"AMD GPU {key}",
        )
        gpus.append(
            GpuInfo(
                vendor="AMD",
                name=name,
                vram_total_bytes=total,
                vram_free_bytes=(total - used) if total is not None and used is not None else None,
                backend=Backend.ROCM,
                driver=values.get("driver version", ""),
                compute_capability=values.get("gfx version", ""),
                index=_card_number(key),
                source="rocm-smi",
            )
        )
    return gpus


def _json_object(text: str) -> str:
    """rocm-smi sometimes prints warnings before its JSON; keep from the first brace on."""
    start = text.find("{")
    return text[start:] if start >= 0 else text


def _card_number(key: str) -> int:
    digits = re.sub(r"\D", "", key)
    return int(digits) if digits else 0


def _first_int(values: dict[str, str], key: str) -> int | None:
    raw = values.get(key, "").strip()
    return int(raw) if raw.isdigit() else None


def amd_sysfs_gpu(vendor: str, vram_total: str, vram_used: str, name: str, index: int) -> GpuInfo | None:
    """One /sys/class/drm/cardN/device folder's files → an AMD GPU, if it is one and reports its VRAM."""
    if vendor.strip().lower() != "0x1002":
        return None
    total = vram_total.strip()
    used = vram_used.strip()
    if not total.isdigit() or int(total) == 0:
        return None
    return GpuInfo(
        vendor="AMD",
        name=name.strip() or f"AMD GPU {index}",
        vram_total_bytes=int(total),
        vram_free_bytes=int(total) - int(used) if used.isdigit() else None,
        backend=Backend.VULKAN,
        index=index,
        source="sysfs",
    )
