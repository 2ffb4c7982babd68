"""The models on this computer: what Hearth downloaded, what the user imported, and what other apps hold.

Only Hearth's own downloads are ever deleted: imported files and other apps' models stay the user's (or that app's)
business, so they can only be hidden from the list.

A model is named for the person, not by its file: a catalog model (recognised by where it came from or by its
SHA-256, see `catalog_match`) by the catalog's name, any other GGUF by what its own header calls it. Finding the
files is cheap (names and sizes); a header costs up to half a second to read and is remembered for `describe`; a
hash is computed only for a file exactly the size of a catalog file, once. `find` recognises only the model asked
for, so opening one model never waits for the others.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app import paths, settings
from app.errors import HearthError
from app.i18n import say
from app.models import catalog, data_lists, gguf_info, install_manifest
from app.models.catalog import ModelSpec
from app.models.catalog_match import CatalogIndex, CatalogMatch, FileHashes, by_content, repository_of
from app.models.found_models import FoundModel, find_all
from app.models.model_files import (
    ModelFiles,
    Refusal,
    absolute,
    check_gguf,
    check_whisper_folder,
    display_name,
    find_mmproj,
    is_whisper_folder,
    quantization_from_name,
    scan_folder,
)

IMPORTED_FILE = "imported.json"
HIDDEN_FILE = "hidden.json"
PAIRINGS_FILE = "pairings.json"  # projectors paired by hand: [{"model": library id, "mmproj": path}]
HASHES_FILE = "model-hashes.json"  # in the cache folder: losing it costs only hashing again
SOURCES = ("hearth", "imported", "lmstudio", "ollama", "hf-cache", "gpt4all")
_SPLIT_PART = re.compile(r"-\d{5}-of-\d{5}$")


def short_name(model: LibraryModel) -> str:
    """What peers (Ollama, LM Studio) would call it: the file's name without `.gguf` (or the split part's number),
    lowercased, spaces as dashes; an Ollama model by its Ollama name."""
    if model.source == "ollama":
        base = model.id.split(":", 1)[1]
    else:
        base = model.path.name.removesuffix(".gguf") if model.format == "gguf" else model.path.name
    base = _SPLIT_PART.sub("", base)
    return "-".join(base.casefold().split()) or model.id


def short_ids(models: Iterable[LibraryModel], taken: Iterable[str] = ()) -> dict[str, str]:
    """Short, stable ids by long id: two models with the same short name are told apart by "-2", "-3", … in the
    order of their long ids, so the same models always get the same ids."""
    used = set(taken)
    ids: dict[str, str] = {}
    for model in sorted(models, key=lambda m: m.id):
        base = short_name(model)
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids[model.id] = candidate
    return ids


@dataclass(frozen=True)
class LibraryModel:
    id: str  # stable across runs: "<source>:<what the source calls it>"
    name: str
    source: str  # one of SOURCES
    path: Path  # what a loader opens: the first GGUF part, or the faster-whisper folder
    files: tuple[Path, ...]
    format: str  # "gguf" | "ctranslate2"
    size_bytes: int
    catalog_id: str = ""
    quantization: str = ""
    mmproj: Path | None = None
    deletable: bool = False  # only what Hearth downloaded
    manifest: Path | None = None  # the install manifest of a Hearth download
    spec: ModelSpec | None = field(default=None, repr=False)  # the catalog model it is: licence, tasks, description


@dataclass(frozen=True)
class ModelFacts:
    """What the model's own header says; zeros and '' for a faster-whisper folder."""

    architecture: str
    parameter_count: int
    file_type: str
    context_length: int
    has_chat_template: bool
    has_vision: bool
    header: gguf_info.GgufHeader | None = field(default=None, repr=False, compare=False)

    @property
    def is_embedding(self) -> bool:
        """An embedding model (bert, nomic-bert…): for documents, never offered for chat."""
        return self.architecture.lower() in gguf_info.EMBEDDING_ARCHITECTURES


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[LibraryModel, ...]
    refused: tuple[Refusal, ...]


class Library:
    def __init__(
        self,
        hearth_paths: paths.HearthPaths | None = None,
        models_dir: Path | None = None,
        home: Path | None = None,
        environ: Mapping[str, str] | None = None,
        models_catalog: catalog.Catalog | None = None,
        hashes: FileHashes | None = None,
    ) -> None:
        self._paths = hearth_paths or paths.resolve()
        self._models_dir = models_dir or settings.models_dir(settings.load(self._paths.config), self._paths)
        self._home = home or Path.home()
        self._environ = os.environ if environ is None else environ
        self._catalog = models_catalog
        self._index: CatalogIndex | None = None
        self._hashes = hashes or FileHashes(self._paths.cache / HASHES_FILE)
        self._facts: dict[tuple[str, float, int], ModelFacts] = {}

    @property
    def models_dir(self) -> Path:
        return self._models_dir

    # ---- listing
    def models(self, include_hidden: bool = False) -> list[LibraryModel]:
        """Every model once (a file imported from another app's folder shows as imported), hidden ones left out,
        each named for the person (a catalog model as the catalog names it)."""
        return [self._recognised(m) for m in self._listed(include_hidden)]

    def find(self, model_id: str) -> LibraryModel | None:
        """The model with this id: the long one ("imported:/path/to/file.gguf") or its short one."""
        listed = self._listed(include_hidden=True)
        found = next((m for m in listed if m.id == model_id), None)
        if found is None:
            long_id = next((k for k, v in short_ids(listed).items() if v == model_id), None)
            found = next((m for m in listed if m.id == long_id), None)
        return None if found is None else self._recognised(found)

    def short_ids(self) -> dict[str, str]:
        """Every model's short id by its long id, hidden ones included so that hiding one renames no other."""
        return short_ids(self._listed(include_hidden=True))

    def _listed(self, include_hidden: bool) -> list[LibraryModel]:
        """The models with what their place says (a catalog model by repository and file name), nothing read."""
        hidden = set() if include_hidden else set(self._read_list(HIDDEN_FILE))
        listed: list[LibraryModel] = []
        seen: set[str] = set()
        for model in [*self._downloaded(), *self._imported(), *self._found()]:
            real = os.path.realpath(model.path)
            if real in seen or model.id in hidden:
                continue
            seen.add(real)
            listed.append(model)
        return self._with_pairings(listed)

    def _downloaded(self) -> list[LibraryModel]:
        listed = []
        for path, manifest in install_manifest.all_manifests(self._models_dir):
            if not manifest.is_complete(self._models_dir):
                continue
            folder = manifest.folder(self._models_dir)
            mmproj = manifest.mmproj()
            model = LibraryModel(
                id=f"hearth:{manifest.repo}/{manifest.install_id}",
                name=manifest.name or manifest.install_id,
                source="hearth",
                path=manifest.main_path(self._models_dir),
                files=tuple(folder / f.name for f in manifest.model_files()),
                format=manifest.format,
                size_bytes=sum(f.size for f in manifest.files),
                catalog_id=manifest.catalog_id,
                quantization=manifest.quantization,
                mmproj=folder / mmproj.name if mmproj else None,
                deletable=True,
                manifest=path,
            )
            if manifest.catalog_id:
                listed.append(replace(model, spec=self._spec(manifest.catalog_id)))
            else:  # `hearth download REPO FILE` of a file the catalog has
                listed.append(self._as_catalog(model, self._catalog_index().by_name(manifest.repo, model.files)))
        return listed

    def _imported(self) -> list[LibraryModel]:
        """Entries whose files are gone (an unplugged drive) are skipped, not forgotten: they return with it."""
        listed = []
        for entry in self._read_list(IMPORTED_FILE):
            if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                continue
            main = Path(entry["path"])
            files = tuple(Path(f) for f in entry.get("files") or [main] if isinstance(f, str))
            if not files or not all(f.exists() for f in files):
                continue
            mmproj = Path(entry["mmproj"]) if isinstance(entry.get("mmproj"), str) else None
            found = ModelFiles(
                main, files, str(entry.get("format", "gguf")), mmproj if mmproj and mmproj.is_file() else None
            )
            listed.append(self._imported_item(found))
        return listed

    def _imported_item(self, files: ModelFiles) -> LibraryModel:
        item = self._item(
            "imported", str(files.path), display_name(files.path), files, quantization_from_name(files.path.name)
        )
        if files.format != "gguf":
            return item
        return self._as_catalog(item, self._catalog_index().by_name(repository_of(files.path), files.files))

    def _found(self) -> list[LibraryModel]:
        return [self._found_item(f) for f in find_all(self._home, self._environ)]

    def _found_item(self, found: FoundModel) -> LibraryModel:
        item = self._item(found.source, found.key, found.name, found.files, found.quantization)
        index = self._catalog_index()
        match = (
            index.by_name(found.repo, found.files.files)
            or index.by_quantization(found.repo, found.quantization)
            or index.by_sha256(found.sha256)
        )
        return self._as_catalog(item, match)

    @staticmethod
    def _item(source: str, key: str, name: str, files: ModelFiles, quantization: str) -> LibraryModel:
        return LibraryModel(
            id=f"{source}:{key}",
            name=name,
            source=source,
            path=files.path,
            files=files.files,
            format=files.format,
            size_bytes=files.size_bytes,
            quantization=quantization,
            mmproj=files.mmproj,
        )

    # ---- which model it is
    def _recognised(self, model: LibraryModel) -> LibraryModel:
        """The model named for the person: a catalog model by the catalog's name (found by its SHA-256 when its
        place did not say), any other GGUF by its header's `general.name`, size and quantization; an Ollama model
        keeps the name it was pulled by (its blob names are its hashes, compared already). A file that cannot be
        read keeps its file name here; `describe` says what is wrong with it."""
        if model.catalog_id or model.format != "gguf" or model.source == "ollama":
            return model
        try:
            match = by_content(self._catalog_index(), self._hashes, model.files)
        except OSError:  # gone or unreadable since it was listed: describe() will say so
            return model
        if match is not None:
            return self._as_catalog(model, match)
        try:
            header = self.describe(model).header
        except HearthError:
            return model
        return self._named_by_header(model, header) if header is not None else model

    @staticmethod
    def _named_by_header(model: LibraryModel, header: gguf_info.GgufHeader) -> LibraryModel:
        name = header.name.strip()
        if not name:
            return model
        size_label = str(header.metadata.get("general.size_label") or "").strip()
        if size_label and size_label.casefold() not in name.casefold():
            name = f"{name} {size_label}"
        declared = header.file_type if not header.file_type.startswith("type") else ""
        quantization = model.quantization or declared
        return replace(model, name=f"{name} · {quantization}" if quantization else name, quantization=quantization)

    def _as_catalog(self, model: LibraryModel, match: CatalogMatch | None) -> LibraryModel:
        if match is None:
            return model
        return replace(
            model,
            name=match.name,
            catalog_id=match.spec.id,
            quantization=match.variant.quantization,
            spec=match.spec,
        )

    def _catalog_index(self) -> CatalogIndex:
        if self._index is None:
            self._index = CatalogIndex(self._catalog or catalog.default())
        return self._index

    def _spec(self, catalog_id: str) -> ModelSpec | None:
        try:
            return (self._catalog or catalog.default()).get(catalog_id)
        except catalog.UnknownModel:  # a download of a model the catalog has since dropped
            return None

    # ---- what a model is
    def describe(self, model: LibraryModel) -> ModelFacts:
        """Read the model's headers (every part: a split model's parameters are spread over them); raises
        HearthError for a file that is damaged."""
        if model.format != "gguf":
            return ModelFacts("whisper", 0, "", 0, False, False)
        stat = model.path.stat()
        key = (str(model.path), stat.st_mtime, stat.st_size)
        if key not in self._facts:
            headers = [gguf_info.read_file(part) for part in model.files]
            first = headers[0]
            try:
                self._facts[key] = ModelFacts(
                    architecture=first.architecture,
                    parameter_count=sum(t.n_elements for h in headers for t in h.tensors),
                    file_type=first.file_type,
                    context_length=first.context_length,
                    has_chat_template=first.has_chat_template,
                    has_vision=model.mmproj is not None,
                    header=first,
                )
            except (ValueError, TypeError) as exc:
                raise gguf_info.CorruptModelFile(
                    say(
                        "Models",
                        "{name} has a damaged header.",
                        "models.damaged-header",
                    ).format(name=model.path.name),
                    str(exc),
                ) from exc
        return replace(self._facts[key], has_vision=model.mmproj is not None)  # a pairing may have changed

    # ---- changing the library
    def import_path(self, path: Path) -> ImportResult:
        """Register a GGUF file, a faster-whisper folder, or every model in a folder, in place (nothing copied).

        A single file that cannot be used raises HearthError; in a folder, the refused files are reported and the
        others imported. The list is written once, after every check, so a refusal leaves nothing half-registered.
        """
        path = absolute(path)
        refused: list[Refusal] = []
        if path.is_file():
            found = check_gguf(path)
            models = [ModelFiles(found.path, found.files, found.format, find_mmproj(found.path))]
        elif is_whisper_folder(path):
            models = [check_whisper_folder(path)]
        elif path.is_dir():
            models, refused = scan_folder(path)
            if not models:
                reason = f" {refused[0].path.name}: {refused[0].reason}" if len(refused) == 1 else ""
                raise HearthError(
                    say(
                        "Models",
                        "No model Hearth can use was found in {name}.{reason}",
                        "models.import-no-model-found",
                    ).format(name=path.name, reason=reason),
                    str(path),
                )
        else:
            raise HearthError(
                say(
                    "Models",
                    "{name} was not imported: there is no such file or folder.",
                    "models.import-nothing-there",
                ).format(name=path.name),
                str(path),
            )
        entries = [e for e in self._read_list(IMPORTED_FILE) if isinstance(e, dict)]
        known = {e.get("path") for e in entries}
        for model in models:
            if str(model.path) not in known:
                entries.append(
                    {
                        "path": str(model.path),
                        "files": [str(f) for f in model.files],
                        "format": model.format,
                        "mmproj": str(model.mmproj) if model.mmproj else None,
                    }
                )
        self._write_list(IMPORTED_FILE, entries)
        imported = tuple(self._recognised(self._imported_item(m)) for m in models)
        return ImportResult(imported=imported, refused=tuple(refused))

    def delete(self, model: LibraryModel) -> None:
        """Remove a Hearth download: its manifest first (so a crash midway leaves files no one lists, never a
        listed model with files missing), then its files, then the folders this left empty."""
        if not model.deletable or model.manifest is None:
            raise HearthError(
                say(
                    "Models",
                    "{name} belongs to you or another app, so Hearth does not delete it; hide it instead.",
                    "models.not-hearths-to-delete",
                ).format(name=model.name),
            )
        manifest = install_manifest.read(model.manifest)
        if manifest is None:
            raise HearthError(
                say(
                    "Models",
                    "{name} has already been removed.",
                    "models.already-removed",
                ).format(name=model.name),
                str(model.manifest),
            )
        folder = manifest.folder(self._models_dir)
        still_used = {
            f.name
            for path, other in install_manifest.all_manifests(self._models_dir)
            if path != model.manifest and other.repo == manifest.repo
            for f in other.files
        }
        model.manifest.unlink()
        for item in manifest.files:
            if item.name not in still_used:  # an mmproj shared by two quantizations of one repository stays
                (folder / item.name).unlink(missing_ok=True)
        self._remove_empty_folders(model.manifest.parent)

    def _remove_empty_folders(self, start: Path) -> None:
        root = self._models_dir.resolve()
        folder = start.resolve()
        while folder != root and root in folder.parents:
            try:
                folder.rmdir()
            except OSError:  # not empty: another model still lives here
                return
            folder = folder.parent

    def pair_projector(self, model: LibraryModel, mmproj: Path) -> LibraryModel:
        """Give a model the vision companion the person chose (one not named or placed so Hearth pairs it by
        itself); replaces an earlier pairing. Raises HearthError with a sentence for a file that is not one."""
        mmproj = absolute(mmproj)
        if model.format != "gguf":
            raise HearthError(
                say(
                    "Models",
                    "{name} is a speech model; only chat models take a vision companion.",
                    "models.companion-for-speech-model",
                ).format(name=model.name)
            )
        try:
            header = gguf_info.read_file(mmproj)
        except HearthError as exc:
            raise HearthError(
                say(
                    "Models",
                    "{name} is not a vision companion Hearth can use. {message}",
                    "models.companion-unusable",
                ).format(name=mmproj.name, message=exc.sentence)
            ) from exc
        if not header.is_projector:
            raise HearthError(
                say(
                    "Models",
                    "{name} is not a vision companion. Choose the model's mmproj file (its name usually starts with "
                    "“mmproj”).",
                    "models.not-a-companion",
                ).format(name=mmproj.name)
            )
        if header.metadata.get("clip.has_vision_encoder") is not True:
            raise HearthError(
                say(
                    "Models",
                    "{name} is a companion for sound, not for images.",
                    "models.companion-for-sound",
                ).format(name=mmproj.name)
            )
        pairings = [p for p in self._read_list(PAIRINGS_FILE) if isinstance(p, dict) and p.get("model") != model.id]
        self._write_list(PAIRINGS_FILE, [*pairings, {"model": model.id, "mmproj": str(mmproj)}])
        return replace(model, mmproj=mmproj)

    def _with_pairings(self, models: list[LibraryModel]) -> list[LibraryModel]:
        """A pairing whose projector file is gone (an unplugged drive) is skipped, not forgotten."""
        paired = {
            p["model"]: Path(p["mmproj"])
            for p in self._read_list(PAIRINGS_FILE)
            if isinstance(p, dict) and isinstance(p.get("model"), str) and isinstance(p.get("mmproj"), str)
        }
        return [replace(m, mmproj=paired[m.id]) if m.id in paired and paired[m.id].is_file() else m for m in models]

    def hide(self, model: LibraryModel) -> None:
        """Take an imported or found model off the list without touching its files."""
        if model.deletable:
            raise HearthError(
                say(
                    "Models",
                    "{name} was downloaded by Hearth: delete it to free its space.",
                    "models.delete-instead",
                ).format(name=model.name)
            )
        hidden = [h for h in self._read_list(HIDDEN_FILE) if isinstance(h, str)]
        if model.id not in hidden:
            self._write_list(HIDDEN_FILE, [*hidden, model.id])

    def _read_list(self, name: str) -> list[Any]:
        return data_lists.read(self._paths.data / name)

    def _write_list(self, name: str, items: list[Any]) -> None:
        data_lists.write(self._paths.data / name, items)
