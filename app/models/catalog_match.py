"""Which catalog model a GGUF on disk is, whoever put it there.

People often already have a catalog model: LM Studio, the Hugging Face cache or a manual download put the very file
Hearth would fetch somewhere on the disk. Recognised, it shows the catalog's name, licence and tasks instead of a
file name, and is judged as that model. Two ways, cheapest first:

- where it came from: the folders LM Studio and the Hugging Face cache write keep the repository and the file name
  (`<publisher>/<repo>/<file>`, `models--<owner>--<repo>/snapshots/<revision>/<file>`), and Ollama names a model
  pulled from Hugging Face `hf.co/<owner>/<repo>:<quantization>` and each blob by its SHA-256;
- what it is: a renamed or moved file is recognised by its size and SHA-256 where the catalog knows the hash.
  Hashing reads the whole file (seconds for gigabytes), so only a file whose size is exactly a catalog file's is
  hashed, once: `FileHashes` remembers the result by path, size and modification time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic_json import write_json
from app.models.catalog import Catalog, ModelSpec, Variant

log = logging.getLogger(__name__)

HF_CACHE_PREFIX = "models--"


@dataclass(frozen=True)
class CatalogMatch:
    spec: ModelSpec
    variant: Variant

    @property
    def name(self) -> str:
        """Spelt as a Hearth download of the same variant is named, so the two read alike in every list."""
        return f"{self.spec.name} {self.variant.quantization}"


def _names(files: Sequence[Path] | Sequence[str]) -> tuple[str, ...]:
    return tuple(Path(f).name.casefold() for f in files)


class CatalogIndex:
    """The catalog's GGUF variants looked up by repository and file names, by SHA-256, and by file sizes.

    Repository and file names compare case-insensitively: Hugging Face treats repository names so, and people
    and apps change the case of folders (Ollama lower-cases what it is asked to pull)."""

    def __init__(self, catalog: Catalog) -> None:
        self._by_name: dict[tuple[str, tuple[str, ...]], CatalogMatch] = {}
        self._by_repo: dict[str, list[CatalogMatch]] = {}
        self._by_sha256: dict[str, CatalogMatch] = {}
        self._by_sizes: dict[tuple[int, ...], list[CatalogMatch]] = {}
        for spec in catalog.models:
            if spec.format != "gguf":
                continue
            for variant in spec.variants:
                match = CatalogMatch(spec, variant)
                repo = spec.repo.casefold()
                self._by_name[(repo, _names([f.name for f in variant.files]))] = match
                self._by_repo.setdefault(repo, []).append(match)
                hashed = all(f.sha256 and not f.size_is_approximate for f in variant.files)
                if hashed:
                    self._by_sizes.setdefault(tuple(f.size for f in variant.files), []).append(match)
                if hashed and len(variant.files) == 1 and variant.files[0].sha256:
                    self._by_sha256[variant.files[0].sha256.lower()] = match

    def by_name(self, repo: str, files: Sequence[Path]) -> CatalogMatch | None:
        """The variant whose files these are, by the repository they were downloaded from and their names.

        Sizes are not compared: publishers re-upload a quantization now and then (Qwen did), and the new file is
        still that model; a file cut short is caught when its header is read."""
        return self._by_name.get((repo.casefold(), _names(files))) if repo else None

    def by_quantization(self, repo: str, quantization: str) -> CatalogMatch | None:
        """For an app that keeps the repository and the quantization but not the file name (Ollama's hf.co pulls)."""
        if not repo or not quantization:
            return None
        wanted = quantization.casefold()
        return next(
            (m for m in self._by_repo.get(repo.casefold(), []) if m.variant.quantization.casefold() == wanted), None
        )

    def by_sha256(self, sha256: str) -> CatalogMatch | None:
        return self._by_sha256.get(sha256.lower()) if sha256 else None

    def same_sizes(self, sizes: Sequence[int]) -> list[CatalogMatch]:
        """Variants with a known hash whose files have exactly these sizes: the only ones worth hashing for."""
        return list(self._by_sizes.get(tuple(sizes), []))


def repository_of(path: Path) -> str:
    """The `owner/repo` a model file's folders name, as Hugging Face's cache and LM Studio lay them out; '' if none.

    Any other path yields its two parent folders' names, which no catalog repository has, so a guess costs nothing.
    """
    parts = path.parts
    for index, part in enumerate(parts[:-1]):
        if part.startswith(HF_CACHE_PREFIX) and parts[index + 1 : index + 2] == ("snapshots",):
            return part.removeprefix(HF_CACHE_PREFIX).replace("--", "/", 1)
    if len(parts) < 3:
        return ""
    return f"{parts[-3]}/{parts[-2]}"


class FileHashes:
    """SHA-256 of model files, remembered in a small JSON file under Hearth's cache folder.

    An entry is keyed by the file's real path (a Hugging Face blob reached from two snapshots is one file) and
    trusted only while the file's size and modification time are unchanged. Several `Library` objects may use the
    same file at once (one per refresh); each write merges with what is there, and a lost entry is only computed
    again. `computed` counts the files this object actually read, so callers and tests can tell a cache hit.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.computed = 0

    def known(self, file: Path) -> str | None:
        """The remembered hash, without reading the file; None when it was never hashed or has changed since."""
        stat = file.stat()
        entry = self._entries().get(os.path.realpath(file))
        if (
            isinstance(entry, dict)
            and entry.get("size") == stat.st_size
            and entry.get("mtime_ns") == stat.st_mtime_ns
            and isinstance(entry.get("sha256"), str)
        ):
            return str(entry["sha256"])
        return None

    def sha256(self, file: Path) -> str:
        """The file's hash, computed (and remembered) only when not already known. Raises OSError."""
        remembered = self.known(file)
        if remembered is not None:
            return remembered
        stat = file.stat()
        with file.open("rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        self.computed += 1
        entries = {key: value for key, value in self._entries().items() if os.path.exists(key)}  # forget deleted files
        entries[os.path.realpath(file)] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": digest}
        try:
            write_json(self.path, {"version": 1, "files": entries})
        except OSError as exc:  # a read-only cache folder costs a hash next time, never the listing
            log.warning("could not remember the hash of %s in %s: %s", file, self.path, exc)
        return digest

    def _entries(self) -> dict[str, Any]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("%s could not be read (%s); hashes will be computed again", self.path, exc)
            return {}
        files = document.get("files") if isinstance(document, dict) else None
        return files if isinstance(files, dict) else {}


def by_content(index: CatalogIndex, hashes: FileHashes, files: Sequence[Path]) -> CatalogMatch | None:
    """The variant these files are byte for byte, hashing only files whose size is a candidate's, part by part
    (a mismatching first part spares the rest). Raises OSError when a file cannot be read."""
    candidates = index.same_sizes([f.stat().st_size for f in files])
    for position, file in enumerate(files):
        if not candidates:
            return None
        digest = hashes.sha256(file)
        candidates = [c for c in candidates if (c.variant.files[position].sha256 or "").lower() == digest.lower()]
    return candidates[0] if candidates else None
