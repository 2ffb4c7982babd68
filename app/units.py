"""Sizes for people: one way to print bytes everywhere (CLI, GUI, errors), so numbers agree between screens.

Sizes are binary (1 GB = 1024³ bytes) and labelled "GB", as Windows and most model apps show them; a person
comparing Hearth with their file manager sees the same number.
"""

from __future__ import annotations

GB = 1024**3
MB = 1024**2


def size_parts(size: int) -> tuple[float, int, str]:
    """A size as the number to show, its decimals and its unit ("GB", "MB", "KB" or "B"): the one rounding every
    screen uses, written in English by `format_bytes` and in the reader's language by the window."""
    if size >= 100 * GB:
        return size / GB, 0, "GB"
    if size >= GB:
        return size / GB, 1, "GB"
    if size >= MB:
        return size / MB, 0, "MB"
    return (size / 1024, 0, "KB") if size >= 1024 else (float(size), 0, "B")


def format_bytes(size: int | None) -> str:
    if size is None:
        return "unknown"
    number, decimals, unit = size_parts(size)
    return f"{size} bytes" if unit == "B" else f"{number:.{decimals}f} {unit}"


def about_gb(size: int) -> str:
    """A rounded-down amount for sentences like "models up to about 7 GB": never promise more than there is."""
    gb = size / GB
    if gb >= 10:
        return f"{int(gb)} GB"
    return f"{int(gb * 10) / 10:g} GB"


def plural(count: int, noun: str) -> str:
    """A count with its noun, as a person says it: "1 file", "2 files" (nouns whose plural takes an s)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
