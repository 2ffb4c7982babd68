"""Which files on disk make one model, and whether Hearth can load them.

One model is not always one file: llama.cpp splits big GGUFs into `name-00001-of-0000N.gguf` parts that load
together from the first, a vision model brings an mmproj companion, and a faster-whisper model is a folder. Both
the library's import and its search of other apps' folders need the same grouping, so it lives here, apart from
where the groups are kept. Checking reads GGUF headers (about half a second each), so only import does it; the
search of other apps groups by file names alone.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import HearthError
from app.i18n import say
from app.models import gguf_info

SPLIT_NAME = re.compile(r"^(?P<prefix>.+)-(?P<no>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
_QUANT_IN_NAME = re.compile(r"(?<![A-Za-z0-9])(I?Q\d(?:_[A-Za-z0-9]+)*|BF16|F16|F32)(?![A-Za-z0-9])", re.IGNORECASE)
WHISPER_FILES = ("model.bin", "config.json")


@dataclass(frozen=True)
class ModelFiles:
    path: Path  # what a loader opens: the first shard, or the faster-whisper folder
    files: tuple[Path, ...]  # every file of the model, mmproj excluded
    format: str  # "gguf" | "ctranslate2"
    mmproj: Path | None = None

    @property
    def size_bytes(self) -> int:
        paths = [*self.files, *([self.mmproj] if self.mmproj else [])]
        return sum(p.stat().st_size for p in paths if p.is_file())


@dataclass(frozen=True)
class Refusal:
    path: Path
    reason: str  # a sentence for the user


class ProjectorNotModel(HearthError):
    """An mmproj file was offered as a model: it belongs beside one, and is paired rather than listed."""


def absolute(path: Path) -> Path:
    """Absolute without resolving links: the user's own name for a file is what the library keeps showing."""
    return Path(os.path.abspath(path.expanduser()))


def shard_paths(path: Path) -> list[Path] | None:
    """Every part of the split model `path` belongs to, in order; None when its name is not a split part's."""
    match = SPLIT_NAME.match(path.name)
    if not match:
        return None
    count = int(match["count"])
    return [path.with_name(f"{match['prefix']}-{n:05d}-of-{count:05d}.gguf") for n in range(1, count + 1)]


def looks_like_mmproj(path: Path) -> bool:
    return "mmproj" in path.name.lower()


def quantization_from_name(name: str) -> str:
    """The quantization a file name states (`...Q4_K_M.gguf`, `qwen2.5:7b-instruct-q8_0`), upper-cased; '' if none."""
    found = _QUANT_IN_NAME.findall(name)
    return found[-1].upper() if found else ""


def display_name(path: Path) -> str:
    """A file's name without `.gguf` and, for a split model, without its part number; a folder's name."""
    if path.is_dir():
        return path.name
    return path.name[: -len("-00001-of-00002.gguf")] if shard_paths(path) else path.stem


def is_whisper_folder(path: Path) -> bool:
    return path.is_dir() and all((path / name).is_file() for name in WHISPER_FILES)


def _refused(path: Path, reason: str, details: str = "") -> HearthError:
    return HearthError(
        say(
            "Models",
            "{name} was not imported. {reason}",
            "models.not-imported",
        ).format(name=path.name, reason=reason),
        details,
    )


def _header(path: Path) -> gguf_info.GgufHeader:
    try:
        return gguf_info.read_file(path)
    except HearthError as exc:
        raise _refused(path, exc.sentence, exc.details) from exc


def _split_count(path: Path, header: gguf_info.GgufHeader) -> int:
    try:
        return header.split_count
    except (ValueError, TypeError) as exc:
        raise _refused(
            path,
            say(
                "Models",
                "Its header is damaged: the number of parts it declares is not a number.",
                "models.split-count-damaged",
            ),
        ) from exc


def check_gguf(path: Path) -> ModelFiles:
    """The model whose file (or split part) is `path`, every part read and checked; raises HearthError."""
    path = absolute(path)
    if not path.is_file():
        raise HearthError(
            say(
                "Models",
                "{name} was not imported: there is no such file.",
                "models.import-no-file",
            ).format(name=path.name),
            str(path),
        )
    parts = shard_paths(path) or [path]
    missing = [p.name for p in parts if not p.is_file()]
    if missing:
        raise _refused(
            parts[0],
            say(
                "Models",
                "It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder "
                "and import again.",
                "models.split-part-missing",
            ).format(count=len(parts), missing=missing[0]),
        )
    first = _header(parts[0])
    if first.is_projector:
        raise ProjectorNotModel(
            say(
                "Models",
                "{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; "
                "Hearth pairs the two.",
                "models.projector-not-model",
            ).format(name=path.name)
        )
    if _split_count(parts[0], first) != len(parts):
        raise _refused(
            parts[0],
            say(
                "Models",
                "Its header says the model has {header} parts, but its name says {named}.",
                "models.split-count",
            ).format(header=_split_count(parts[0], first), named=len(parts)),
        )
    for part in parts[1:]:
        _header(part)
    return ModelFiles(path=parts[0], files=tuple(parts), format="gguf")


def find_mmproj(model: Path, known: list[Path] | None = None) -> Path | None:
    """The projector beside a model: an `mmproj` file (or, in `known`, any checked projector) in its folder."""
    candidates = known if known is not None else sorted(model.parent.glob("*.gguf"))
    for candidate in candidates:
        if candidate.parent != model.parent or candidate == model:
            continue
        if known is not None:
            return candidate
        if looks_like_mmproj(candidate):
            try:
                if gguf_info.read_file(candidate).is_projector:
                    return candidate
            except HearthError:
                continue
    return None


def check_whisper_folder(folder: Path) -> ModelFiles:
    folder = absolute(folder)
    if not is_whisper_folder(folder):
        raise HearthError(
            say(
                "Models",
                "{name} was not imported: a faster-whisper model folder holds model.bin and config.json.",
                "models.import-not-whisper",
            ).format(name=folder.name)
        )
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise HearthError(
            say(
                "Models",
                "{name} was not imported: its config.json is damaged.",
                "models.import-config-damaged",
            ).format(name=folder.name),
            str(exc),
        ) from exc
    if not isinstance(config, dict) or (folder / "model.bin").stat().st_size == 0:
        raise HearthError(
            say(
                "Models",
                "{name} was not imported: its config.json or model.bin is damaged.",
                "models.import-whisper-damaged",
            ).format(name=folder.name)
        )
    files = tuple(sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")))
    return ModelFiles(path=folder, files=files, format="ctranslate2")


def scan_folder(folder: Path) -> tuple[list[ModelFiles], list[Refusal]]:
    """Every model under `folder` (GGUF files and faster-whisper folders), and the files refused with why."""
    folder = absolute(folder)
    models: list[ModelFiles] = []
    refused: list[Refusal] = []
    for candidate in [folder, *sorted(p for p in folder.rglob("*") if p.is_dir())]:
        if is_whisper_folder(candidate):
            try:
                models.append(check_whisper_folder(candidate))
            except HearthError as exc:
                refused.append(Refusal(candidate, exc.sentence))
    projectors: list[Path] = []
    gguf_models: list[ModelFiles] = []
    seen: set[Path] = set()
    for path in sorted(folder.rglob("*.gguf")):
        main = (shard_paths(path) or [path])[0]
        if main in seen or not path.is_file():
            continue
        seen.add(main)
        try:
            gguf_models.append(check_gguf(main))
        except ProjectorNotModel:
            projectors.append(main)
        except HearthError as exc:
            refused.append(Refusal(main, exc.sentence))
    for found in gguf_models:
        models.append(_with_mmproj(found, find_mmproj(found.path, projectors)))
    return models, refused


def _with_mmproj(model: ModelFiles, mmproj: Path | None) -> ModelFiles:
    return ModelFiles(model.path, model.files, model.format, mmproj)


def group_by_name(paths: list[Path]) -> list[ModelFiles]:
    """GGUF files of other apps grouped without reading them: split parts joined (only when all are there),
    mmproj files paired to the models of their folder, partial downloads left out."""
    present = set(paths)
    models: list[ModelFiles] = []
    projectors = [p for p in paths if looks_like_mmproj(p)]
    for path in sorted(paths):
        if path in projectors:
            continue
        parts = shard_paths(path)
        if parts is not None and (path != parts[0] or not all(p in present or p.is_file() for p in parts)):
            continue
        model = ModelFiles(path=path, files=tuple(parts or [path]), format="gguf")
        models.append(_with_mmproj(model, find_mmproj(path, projectors)))
    return models
