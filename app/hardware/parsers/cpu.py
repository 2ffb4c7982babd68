"""CPU facts: the ISA feature names Hearth reports, and Linux's /proc/cpuinfo."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# The feature names Hearth reports, and the spellings different sources use for them.
_FEATURE_ALIASES = {
    "avx": "avx",
    "avx1.0": "avx",  # macOS machdep.cpu.features
    "avx2": "avx2",
    "avx512f": "avx512",
    "fma": "fma",
    "fma3": "fma",
    "f16c": "f16c",
    "neon": "neon",
    "asimd": "neon",  # Linux on ARM calls NEON "asimd"
    "advsimd": "neon",  # macOS hw.optional.AdvSIMD
}
FEATURE_ORDER = ("avx", "avx2", "avx512", "fma", "f16c", "neon")


def normalize_features(raw: Iterable[str]) -> tuple[str, ...]:
    found = {_FEATURE_ALIASES[name.lower()] for name in raw if name.lower() in _FEATURE_ALIASES}
    return tuple(name for name in FEATURE_ORDER if name in found)


@dataclass(frozen=True)
class CpuinfoFacts:
    brand: str
    features: tuple[str, ...]


def parse_proc_cpuinfo(text: str) -> CpuinfoFacts:
    """/proc/cpuinfo → brand and features, from the first processor block (they are all alike)."""
    brand = ""
    flags: list[str] = []
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in ("model name", "hardware", "cpu model") and not brand:
            brand = value.strip()
        elif key in ("flags", "features") and not flags:
            flags = value.split()
    return CpuinfoFacts(brand=brand, features=normalize_features(flags))
