"""A repository's GGUF files grouped as a person thinks of them: one row per quantization.

The quantization is read from the file name as the Hub reads it (the last match wins, so `Qwen3-Q8_0-Q4_K_M.gguf` is
Q4_K_M; Unsloth's `UD-` prefix is kept; MXFP4 is one). Split parts (`-00001-of-00003.gguf`, flat or in a folder) make
one row with their sizes summed, marked incomplete when a part is missing; `mmproj` files are the vision part
attached to every row.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

_QUANT = re.compile(
    r"(?<![A-Z0-9])(?:UD-)?(?:IQ\d_[A-Z]+\d?|TQ\d_\d|Q\d_K(?:_[A-Z]+)?|Q\d_\d(?:_\d_\d)?|Q\d_[A-Z]+|MXFP4(?:_MOE)?"
    r"|BF16|F16|F32|FP16|FP32)(?![A-Z0-9])"
)
_SPLIT = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
ORIGINAL_PRECISIONS = frozenset({"BF16", "F16", "F32", "FP16", "FP32"})


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    sha256: str | None  # the LFS oid; None for a file kept in git itself


@dataclass(frozen=True)
class QuantGroup:
    quantization: str
    files: tuple[RemoteFile, ...]  # the model's parts, in order
    mmproj: RemoteFile | None
    expected_parts: int  # 1, or N from `-of-0000N`

    @property
    def complete(self) -> bool:
        return len(self.files) == self.expected_parts

    @property
    def model_bytes(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def size_bytes(self) -> int:
        """What the download takes: every part, and the vision file when there is one."""
        return self.model_bytes + (self.mmproj.size if self.mmproj else 0)

    @property
    def original_precision(self) -> bool:
        return self.quantization.removeprefix("UD-") in ORIGINAL_PRECISIONS


def quantization_of(path: str) -> str:
    """The quantization a file name declares, as the Hub reads it; '' when it names none."""
    name = path.rsplit("/", 1)[-1].upper()
    found = _QUANT.findall(name)
    return found[-1] if found else ""


def is_mmproj(path: str) -> bool:
    return "mmproj" in path.rsplit("/", 1)[-1].lower()


def group(files: list[RemoteFile]) -> list[QuantGroup]:
    """One group per model file (or set of split parts), smallest first, each with the vision file attached."""
    ggufs = [f for f in files if f.path.lower().endswith(".gguf")]
    projector = _projector([f for f in ggufs if is_mmproj(f.path)])
    parts: dict[tuple[str, int], list[tuple[int, RemoteFile]]] = defaultdict(list)
    singles: list[RemoteFile] = []
    for file in ggufs:
        if is_mmproj(file.path):
            continue
        split = _SPLIT.match(file.path)
        if split:
            parts[(split["base"], int(split["count"]))].append((int(split["index"]), file))
        else:
            singles.append(file)
    groups = [QuantGroup(quantization_of(f.path) or _stem(f.path), (f,), projector, 1) for f in singles] + [
        QuantGroup(quantization_of(base) or _stem(base), tuple(f for _, f in sorted(found)), projector, count)
        for (base, count), found in parts.items()
    ]
    return sorted(groups, key=lambda g: (g.model_bytes, g.quantization))


def _projector(candidates: list[RemoteFile]) -> RemoteFile | None:
    """The vision file for the rows: the F16 one where several precisions are offered (what llama.cpp's own
    instructions pair), else the first."""
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda f: (quantization_of(f.path) not in ("F16", "BF16"), f.path))
    return ranked[0]


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".gguf")
