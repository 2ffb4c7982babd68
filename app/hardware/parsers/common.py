"""Small readings shared by the tool parsers: sizes with units, "not available" markers, vendor names."""

from __future__ import annotations

import re

MIB = 1024**2
GIB = 1024**3

NOT_AVAILABLE = {"", "[n/a]", "n/a", "[not supported]", "not supported", "[unknown error]"}
_SIZE = re.compile(r"^\s*([\d.]+)\s*([KMGT]i?B)?\s*$", re.IGNORECASE)
_UNIT_BYTES = {"kib": 1024, "kb": 1000, "mib": MIB, "mb": 1000**2, "gib": GIB, "gb": 1000**3, "tib": 1024**4}


def size_bytes(text: str, default_unit: str = "mib") -> int | None:
    """'81559 MiB' or '81559' (with a default unit) → bytes; None for N/A and garbage."""
    if text.strip().lower() in NOT_AVAILABLE:
        return None
    match = _SIZE.match(text)
    if not match:
        return None
    unit = (match.group(2) or default_unit).lower()
    factor = _UNIT_BYTES.get(unit)
    return round(float(match.group(1)) * factor) if factor else None


_VENDOR_NEEDLES = (
    ("nvidia", "NVIDIA"),
    ("0x10de", "NVIDIA"),
    ("apple", "Apple"),
    ("intel", "Intel"),
    ("0x8086", "Intel"),
    ("advanced micro devices", "AMD"),
    ("amd", "AMD"),
    ("ati technologies", "AMD"),
    ("radeon", "AMD"),
    ("0x1002", "AMD"),
)


def vendor_from_text(raw: str) -> str:
    """Map the many spellings of a GPU maker (PCI ids, company and marketing names) to one name."""
    lowered = raw.lower()
    for needle, vendor in _VENDOR_NEEDLES:
        if needle in lowered:
            return vendor
    return raw.strip() or "Unknown"
