"""The curated catalog of open models, loaded from `models_manifest/` into typed, immutable objects.

Every file is validated against `models_manifest/schema.json` on load, so a bad edit fails loudly with the file's
name instead of showing a half-described model to a user.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from app import paths
from app.errors import HearthError
from app.fit.shape import CatalogShape
from app.i18n import say

LICENSE_TIERS = {
    1: "Free (Apache, MIT, BSD)",
    2: "Free with a use policy",
    3: "Research only or paid licence",
    4: "Non-commercial",
    5: "Closed",
}


class CatalogError(HearthError):
    """The shipped catalog is damaged: a packaging bug, not the user's fault."""


class UnknownModel(HearthError):
    """No catalog model has that id (or that quantization)."""


@dataclass(frozen=True)
class ModelFile:
    name: str
    size: int
    sha256: str | None = None
    size_is_approximate: bool = False


@dataclass(frozen=True)
class Variant:
    quantization: str
    files: tuple[ModelFile, ...]
    mmproj: ModelFile | None = None
    revision: str | None = None
    recommended: bool = False

    @property
    def model_bytes(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def download_bytes(self) -> int:
        return self.model_bytes + (self.mmproj.size if self.mmproj else 0)


@dataclass(frozen=True)
class License:
    name: str
    tier: int
    commercial_use: bool
    url: str = ""

    @property
    def tier_label(self) -> str:
        return LICENSE_TIERS[self.tier]


@dataclass(frozen=True)
class ModelSpec:
    id: str
    name: str
    publisher: str
    family: str
    description: str
    parameters_total: int
    parameters_active: int
    architecture: str
    modalities: tuple[str, ...]
    tasks: tuple[str, ...]
    context_length: int
    languages: tuple[str, ...]
    license: License
    gated: bool
    format: str
    repo: str
    variants: tuple[Variant, ...]
    source_repo: str = ""
    shape: CatalogShape | None = None
    notes: str = ""

    @property
    def is_speech(self) -> bool:
        return self.format == "ctranslate2"

    @property
    def recommended_variant(self) -> Variant:
        return next((v for v in self.variants if v.recommended), self.variants[0])

    def variant(self, quantization: str | None) -> Variant:
        if quantization is None:
            return self.recommended_variant
        for variant in self.variants:
            if variant.quantization.lower() == quantization.lower():
                return variant
        known = ", ".join(v.quantization for v in self.variants)
        raise UnknownModel(
            say(
                "Models",
                "{name} has no {quantization} version; it comes as {known}.",
                "models.unknown-model",
            ).format(name=self.name, quantization=quantization, known=known)
        )

    @property
    def parameters_label(self) -> str:
        total = _billions(self.parameters_total)
        if self.architecture == "moe" and self.parameters_active < self.parameters_total:
            return f"{total} ({_billions(self.parameters_active)} active)"
        return total


def _billions(count: int) -> str:
    if count >= 10**9:
        return f"{count / 10**9:.3g}B"
    return f"{count / 10**6:.3g}M"


@dataclass(frozen=True)
class Catalog:
    models: tuple[ModelSpec, ...]

    def get(self, model_id: str) -> ModelSpec:
        for model in self.models:
            if model.id == model_id.lower():
                return model
        raise UnknownModel(
            say(
                "Models",
                "There is no model called '{model_id}' in Hearth's catalog (see `hearth models`).",
                "models.not-in-catalog",
            ).format(model_id=model_id)
        )

    def filter(
        self,
        text: str = "",
        tasks: Iterable[str] = (),
        modalities: Iterable[str] = (),
        commercial_only: bool = False,
        max_tier: int = 5,
    ) -> list[ModelSpec]:
        wanted_tasks, wanted_modalities = set(tasks), set(modalities)
        words = text.lower().split()
        found = []
        for model in self.models:
            haystack = f"{model.name} {model.publisher} {model.family} {model.description} {model.id}".lower()
            if words and not all(word in haystack for word in words):
                continue
            if wanted_tasks and not wanted_tasks & set(model.tasks):
                continue
            if wanted_modalities and not wanted_modalities & set(model.modalities):
                continue
            if commercial_only and not model.license.commercial_use:
                continue
            if model.license.tier > max_tier:
                continue
            found.append(model)
        return found


def manifest_dir() -> Path:
    return paths.bundled("models_manifest")


def load(folder: Path | None = None) -> Catalog:
    folder = folder or manifest_dir()
    try:
        schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(
            say(
                "Models",
                "Hearth's model catalog is missing or damaged; reinstall Hearth.",
                "models.catalog-damaged",
            ),
            str(exc),
        ) from exc
    validator = jsonschema.Draft202012Validator(schema)
    models = []
    for path in sorted((folder / "models").glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CatalogError(
                say(
                    "Models",
                    "Catalog entry {name} cannot be read.",
                    "models.catalog-entry-read",
                ).format(name=path.name),
                str(exc),
            ) from exc
        errors = sorted(validator.iter_errors(raw), key=lambda e: list(e.path))
        if errors:
            where = "/".join(str(part) for part in errors[0].path) or "(top)"
            raise CatalogError(
                say(
                    "Models",
                    "Catalog entry {name} is invalid at {where}.",
                    "models.catalog-entry-invalid",
                ).format(name=path.name, where=where),
                errors[0].message,
            )
        models.append(_spec(raw))
    ids = [m.id for m in models]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise CatalogError(
            say(
                "Models",
                "Catalog ids are used twice: {ids}.",
                "models.catalog-error",
            ).format(ids=", ".join(sorted(duplicates)))
        )
    return Catalog(tuple(models))


@cache
def default() -> Catalog:
    """The shipped catalog, loaded once per process."""
    return load()


def _file(raw: dict[str, Any]) -> ModelFile:
    return ModelFile(raw["name"], raw["size"], raw.get("sha256"), raw.get("size_is_approximate", False))


def _spec(raw: dict[str, Any]) -> ModelSpec:
    license_raw = raw["license"]
    shape_raw = raw.get("shape")
    return ModelSpec(
        id=raw["id"],
        name=raw["name"],
        publisher=raw["publisher"],
        family=raw["family"],
        description=raw["description"],
        parameters_total=raw["parameters"]["total"],
        parameters_active=raw["parameters"]["active"],
        architecture=raw["architecture"],
        modalities=tuple(raw["modalities"]),
        tasks=tuple(raw["tasks"]),
        context_length=raw["context_length"],
        languages=tuple(raw["languages"]),
        license=License(
            license_raw["name"], license_raw["tier"], license_raw["commercial_use"], license_raw.get("url", "")
        ),
        gated=raw["gated"],
        format=raw["format"],
        repo=raw["repo"],
        source_repo=raw.get("source_repo", ""),
        variants=tuple(
            Variant(
                quantization=v["quantization"],
                files=tuple(_file(f) for f in v["files"]),
                mmproj=_file(v["mmproj"]) if "mmproj" in v else None,
                revision=v.get("revision"),
                recommended=v.get("recommended", False),
            )
            for v in raw["variants"]
        ),
        shape=CatalogShape(context_length=raw["context_length"], **shape_raw) if shape_raw else None,
        notes=raw.get("notes", ""),
    )
