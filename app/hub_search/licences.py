"""A Hub `license:` tag in Hearth's five licence tiers (app.models.catalog.LICENSE_TIERS), where the tag is known."""

from __future__ import annotations

from collections.abc import Iterable

_TIERS = {
    1: ("apache-2.0", "mit", "bsd", "bsd-2-clause", "bsd-3-clause", "bsl-1.0", "cc0-1.0", "cc-by-4.0", "unlicense",
        "isc", "zlib", "artistic-2.0", "ecl-2.0", "mpl-2.0", "openrail"),
    2: ("llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma", "bigcode-openrail-m",
        "creativeml-openrail-m", "openrail++", "bigscience-openrail-m", "bigscience-bloom-rail-1.0", "cc-by-sa-4.0",
        "gpl-3.0", "agpl-3.0", "lgpl-3.0", "deepfloyd-if-license"),
    3: ("llama-research", "qwen-research", "apple-amlr", "afl-3.0"),
    4: ("cc-by-nc-4.0", "cc-by-nc-sa-4.0", "cc-by-nc-nd-4.0", "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-sa-3.0",
        "cc-by-nc-nd-3.0", "cc-by-nc-sa-2.0", "mnpl", "fair-noncommercial-research-license"),
}  # fmt: skip
_TIER_OF = {name: tier for tier, names in _TIERS.items() for name in names}


def license_tag(tags: Iterable[str]) -> str | None:
    """The repository's licence id as its card declares it (`license:apache-2.0` → `apache-2.0`)."""
    return next((t.split(":", 1)[1] for t in tags if t.startswith("license:")), None)


def tier(license_id: str | None) -> int | None:
    """1 (free) to 4 (non-commercial) for a known licence; None for `other` and unknown ones (read the card)."""
    return _TIER_OF.get((license_id or "").lower())
