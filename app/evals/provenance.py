"""What a run's numbers were made with, so that two runs are compared only when they can be.

A pass rate means something only beside the exact file, quantization, context, sampler settings, seeds and Hearth
version that made it: the same model name at another temperature, another quantization or a re-uploaded file is
another experiment. Each run keeps one `ModelProvenance` per model; `differences` says in words what two of them do
not share, and results whose provenance differs are marked not comparable.

The file's SHA-256 is what identifies it. Hashing reads the whole file (seconds for gigabytes), so it is done once
and remembered by path, size and modification time in the library's own hash cache (`FileHashes`, the one the
library uses to recognise catalog models), which is also how a file's licence is found when its place does not say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app import __version__, paths
from app.compare.plan import Contender
from app.engines.chat_types import Sampling
from app.errors import HearthError
from app.i18n import say
from app.models import catalog, gguf_info
from app.models.catalog import License
from app.models.catalog_match import CatalogIndex, FileHashes, repository_of
from app.models.library import HASHES_FILE
from app.responders import LocalResponder

SAMPLER_FIELDS = ("temperature", "top_p", "top_k", "min_p", "repeat_penalty", "max_tokens")


@dataclass(frozen=True)
class ModelProvenance:
    """One model of a run as it was run. `sha256` and `quantization` are "" for a model on another computer, whose
    file is not here; `seeds` are the repeats' seeds in order."""

    model: str
    file: str
    sha256: str
    quantization: str
    context: int
    sampling: dict[str, Any]
    seeds: tuple[int, ...]
    hearth_version: str = __version__
    remote: str = ""  # the other computer's provider, for a model not on this one

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"seeds": list(self.seeds)}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ModelProvenance:
        return cls(
            model=str(raw.get("model", "")),
            file=str(raw.get("file", "")),
            sha256=str(raw.get("sha256", "")),
            quantization=str(raw.get("quantization", "")),
            context=int(raw.get("context", 0)),
            sampling=dict(raw.get("sampling") or {}),
            seeds=tuple(int(s) for s in raw.get("seeds") or ()),
            hearth_version=str(raw.get("hearth_version", "")),
            remote=str(raw.get("remote", "")),
        )


@dataclass
class Hashes:
    """The library's hash cache, opened once per run."""

    cache: FileHashes = field(default_factory=lambda: FileHashes(paths.resolve().cache / HASHES_FILE))


def sampler_settings(sampling: Sampling) -> dict[str, Any]:
    """The settings that change what a model writes (the seed is kept apart, one per repeat)."""
    return {name: getattr(sampling, name) for name in SAMPLER_FIELDS} | {"stop": list(sampling.stop)}


def of_contender(contender: Contender, seeds: tuple[int, ...], hashes: Hashes | None = None) -> ModelProvenance:
    """The provenance of one contender: for a file here, its hash (cached), its header's quantization and the
    context its load plan gives; for another computer's model, what can be known here (its id and the settings)."""
    settings = sampler_settings(contender.sampling)
    path = contender.path
    if path is None:
        remote = contender.remote.provider if contender.remote is not None else "remote"
        return ModelProvenance(contender.name, contender.source, "", "", 0, settings, seeds, remote=remote)
    digest = (hashes or Hashes()).cache.sha256(Path(path))
    responder = contender.responder
    context = responder.request.plan.context if isinstance(responder, LocalResponder) else 0
    return ModelProvenance(
        model=contender.name,
        file=Path(path).name,
        sha256=digest,
        quantization=_quantization(Path(path)),
        context=context,
        sampling=settings,
        seeds=seeds,
    )


def _quantization(path: Path) -> str:
    try:
        declared = gguf_info.read_file(path).file_type
    except (HearthError, OSError, ValueError):
        return ""
    return "" if declared.startswith("type") else declared


def differences(earlier: ModelProvenance, now: ModelProvenance) -> list[str]:
    """What makes `earlier`'s results not comparable with `now`'s, one phrase each; [] when they are comparable
    (the model's display name may differ: what was run is what counts)."""
    found: list[str] = []
    if earlier.sha256 != now.sha256 or earlier.file != now.file:
        found.append(
            say("Evals", "another model file", "evals.differs-file")
            if earlier.sha256 != now.sha256
            else say("Evals", "another file name", "evals.differs-file-name")
        )
    if earlier.quantization != now.quantization:
        unknown = say("Evals", "unknown", "evals.unknown-quantization")
        found.append(
            say("Evals", "quantization {before}, not {after}", "evals.differs-quantization").format(
                before=earlier.quantization or unknown, after=now.quantization or unknown
            )
        )
    if earlier.context != now.context:
        found.append(
            say("Evals", "a context of {before} tokens, not {after}", "evals.differs-context").format(
                before=earlier.context, after=now.context
            )
        )
    for name in sorted(set(earlier.sampling) | set(now.sampling)):
        before, after = earlier.sampling.get(name), now.sampling.get(name)
        if before != after:  # the sampler setting's name is the engine's word for it (top p, repeat penalty)
            found.append(
                say("Evals", "{setting} {before}, not {after}", "evals.differs-sampler").format(
                    setting=name.replace("_", " "), before=before, after=after
                )
            )
    if earlier.seeds != now.seeds:
        found.append(
            say("Evals", "seeds {before}, not {after}", "evals.differs-seeds").format(
                before=_seeds(earlier.seeds), after=_seeds(now.seeds)
            )
        )
    if earlier.hearth_version != now.hearth_version:
        found.append(
            say("Evals", "Hearth {before}, not {after}", "evals.differs-version").format(
                before=earlier.hearth_version, after=now.hearth_version
            )
        )
    return found


def _seeds(seeds: tuple[int, ...]) -> str:
    if len(seeds) > 1 and list(seeds) == list(range(seeds[0], seeds[0] + len(seeds))):
        return f"{seeds[0]}–{seeds[-1]}"
    return ", ".join(str(s) for s in seeds) or say("Evals", "none", "evals.no-seeds")


def licence_of(path: Path, sha256: str = "") -> License | None:
    """The catalog licence of a model file, found as the library finds which catalog model a file is: by the
    repository its folders name, else by its SHA-256; None when Hearth does not know which model it is (its
    licence is then the model card's to tell)."""
    index = CatalogIndex(catalog.default())
    match = index.by_name(repository_of(path), [path]) or index.by_sha256(sha256)
    return match.spec.license if match is not None else None
