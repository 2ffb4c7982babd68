"""The completion marker of a model Hearth installed: written last, atomically, after every file verified.

Layout in the models folder: `<owner>/<repo>/<files as named in the repo>`, and for each installed model a
manifest `<owner>/<repo>/.hearth/<install-id>.json`. A model exists for the rest of the app only if its manifest
exists and every file it lists is there with its size: a half download (`*.part`) never shows up as installed.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.atomic_json import write_json

MANIFEST_DIR = ".hearth"


@dataclass(frozen=True)
class InstalledFile:
    name: str  # path inside the model folder, as in the repo
    size: int
    sha256: str
    role: str = "model"  # "model" (GGUF or shard), "mmproj", or "folder" (a file of a faster-whisper folder)


@dataclass(frozen=True)
class InstallManifest:
    install_id: str
    repo: str
    revision: str  # the commit the files came from
    format: str  # "gguf" | "ctranslate2"
    files: tuple[InstalledFile, ...]
    catalog_id: str = ""
    quantization: str = ""
    name: str = ""  # what to call it on screen
    installed_at: str = ""  # ISO 8601
    extra: dict[str, Any] = field(default_factory=dict)

    def folder(self, models_dir: Path) -> Path:
        return models_dir.joinpath(*self.repo.split("/"))

    def model_files(self) -> list[InstalledFile]:
        return [f for f in self.files if f.role != "mmproj"]

    def mmproj(self) -> InstalledFile | None:
        return next((f for f in self.files if f.role == "mmproj"), None)

    def main_path(self, models_dir: Path) -> Path:
        """The path a loader opens: the first GGUF shard, or the folder of a faster-whisper model."""
        if self.format == "ctranslate2":
            return self.folder(models_dir)
        return self.folder(models_dir) / sorted(f.name for f in self.model_files())[0]

    def is_complete(self, models_dir: Path) -> bool:
        folder = self.folder(models_dir)
        for item in self.files:
            path = folder / item.name
            if not path.is_file() or path.stat().st_size != item.size:
                return False
        return True


def install_id_for(catalog_id: str, quantization: str, first_file: str) -> str:
    raw = f"{catalog_id}-{quantization}" if catalog_id else Path(first_file).name
    return re.sub(r"[^A-Za-z0-9._-]+", "_", raw).strip("._") or "model"


def manifest_path(models_dir: Path, repo: str, install_id: str) -> Path:
    return models_dir.joinpath(*repo.split("/"), MANIFEST_DIR, f"{install_id}.json")


def write(models_dir: Path, manifest: InstallManifest) -> Path:
    target = manifest_path(models_dir, manifest.repo, manifest.install_id)
    write_json(target, asdict(manifest))
    return target


def read(path: Path) -> InstallManifest | None:
    """A manifest, or None when it is unreadable (a damaged marker means "not installed", never a crash)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = tuple(InstalledFile(**f) for f in data.pop("files"))
        return InstallManifest(files=files, **data)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def all_manifests(models_dir: Path) -> list[tuple[Path, InstallManifest]]:
    found = []
    for path in sorted(models_dir.glob(f"*/*/{MANIFEST_DIR}/*.json")):
        manifest = read(path)
        if manifest is not None:
            found.append((path, manifest))
    return found
