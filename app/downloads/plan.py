"""Which files make a model: every shard of a split GGUF, the vision projector, or a whole faster-whisper folder."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.downloads.transfer import RemoteFile
from app.errors import HearthError
from app.i18n import say
from app.models.catalog import ModelSpec, Variant

_SHARD = re.compile(r"^(?P<stem>.*)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$")


@dataclass(frozen=True)
class DownloadPlan:
    repo: str
    files: tuple[RemoteFile, ...]
    format: str  # "gguf" | "ctranslate2"
    name: str
    catalog_id: str = ""
    quantization: str = ""
    revision: str | None = None

    @property
    def known_bytes(self) -> int:
        """The size the catalog announces (may be rounded); the hub's exact sizes replace it once asked."""
        return sum(f.size or 0 for f in self.files)

    @property
    def key(self) -> str:
        """Identifies the download in the queue: the same model twice is one download."""
        return f"{self.repo}:{','.join(sorted(f.name for f in self.files))}"


def for_variant(spec: ModelSpec, variant: Variant) -> DownloadPlan:
    files = [
        RemoteFile(spec.repo, f.name, variant.revision, None if f.size_is_approximate else f.size, f.sha256, "model")
        for f in variant.files
    ]
    if spec.is_speech:
        files = [RemoteFile(f.repo, f.name, f.revision, f.size, f.sha256, "folder") for f in files]
    if variant.mmproj is not None:
        m = variant.mmproj
        files.append(
            RemoteFile(
                spec.repo, m.name, variant.revision, None if m.size_is_approximate else m.size, m.sha256, "mmproj"
            )
        )
    return DownloadPlan(
        repo=spec.repo,
        files=tuple(files),
        format=spec.format,
        name=f"{spec.name} {variant.quantization}",
        catalog_id=spec.id,
        quantization=variant.quantization,
        revision=variant.revision,
    )


def for_repo_files(repo: str, names: list[str], revision: str | None = None) -> DownloadPlan:
    """`hearth download REPO FILE...`: a shard names all its siblings; an mmproj file rides along as companion."""
    if "/" not in repo or repo.count("/") != 1:
        raise HearthError(
            say(
                "Downloads",
                "'{repo}' is not a Hugging Face repository name like 'owner/model-GGUF'.",
                "downloads.bad-repo-name",
            ).format(repo=repo)
        )
    if not names:
        raise HearthError(
            say(
                "Downloads",
                "Name at least one file of the repository to download.",
                "downloads.no-files-named",
            )
        )
    expanded: list[str] = []
    for name in names:
        for shard in shard_names(name):
            if shard not in expanded:
                expanded.append(shard)
    gguf = all(n.endswith(".gguf") for n in expanded)
    files = tuple(
        RemoteFile(repo, n, revision, role="mmproj" if "mmproj" in n.lower() else ("model" if gguf else "folder"))
        for n in expanded
    )
    main = next((f.name for f in files if f.role != "mmproj"), expanded[0])
    return DownloadPlan(repo, files, "gguf" if gguf else "ctranslate2", name=main, revision=revision)


def shard_names(name: str) -> list[str]:
    """`x-00002-of-00003.gguf` → all three shard names, in order; any other name → itself."""
    match = _SHARD.match(name)
    if not match:
        return [name]
    count = int(match["count"])
    return [f"{match['stem']}-{i:05d}-of-{count:05d}.gguf" for i in range(1, count + 1)]
