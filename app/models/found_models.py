"""Models other apps already keep on this computer, listed where they are.

People who used LM Studio, Ollama, the Hugging Face tools or GPT4All often have gigabytes of GGUF files already;
offering them saves a download and the disk space of a copy. Each app's folder layout is read as that app writes
it, by names alone (no header is read here: a home folder can hold dozens of models), and nothing is ever written
into another app's folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.models.model_files import ModelFiles, display_name, group_by_name, quantization_from_name

OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
OLLAMA_PROJECTOR_LAYER = "application/vnd.ollama.image.projector"
OLLAMA_REGISTRY = "registry.ollama.ai"
OLLAMA_HF_HOSTS = ("hf.co", "huggingface.co")  # `ollama pull hf.co/<owner>/<repo>:<quantization>`


@dataclass(frozen=True)
class FoundModel:
    source: str  # "lmstudio" | "ollama" | "hf-cache" | "gpt4all"
    key: str  # unique within the source, stable while the files stay
    name: str  # as the other app names it
    files: ModelFiles
    quantization: str = ""
    repo: str = ""  # the Hugging Face repository the app says the files came from, when it keeps that
    sha256: str = ""  # the content hash where the app's own storage already names it (Ollama's blobs)


def find_all(home: Path, environ: Mapping[str, str]) -> list[FoundModel]:
    return [*lm_studio(home), *ollama(home, environ), *hf_cache(home, environ), *gpt4all(home, environ)]


def lm_studio(home: Path) -> list[FoundModel]:
    """`<models>/<publisher>/<repo>/*.gguf`, in the current folder and the one LM Studio used before 0.3."""
    found = []
    for root in (home / ".lmstudio" / "models", home / ".cache" / "lm-studio" / "models"):
        for repo in sorted(p for p in root.glob("*/*") if p.is_dir()):
            for model in group_by_name(sorted(repo.glob("*.gguf"))):
                relative = model.path.relative_to(root).as_posix()
                name, quantization = display_name(model.path), quantization_from_name(model.path.name)
                publisher_and_repo = f"{repo.parent.name}/{repo.name}"
                found.append(FoundModel("lmstudio", relative, name, model, quantization, repo=publisher_and_repo))
    return found


def ollama(home: Path, environ: Mapping[str, str]) -> list[FoundModel]:
    """Ollama's manifests name a content-addressed blob per layer; the model layer is a GGUF without an extension."""
    root = Path(environ["OLLAMA_MODELS"]) if environ.get("OLLAMA_MODELS") else home / ".ollama" / "models"
    manifests = root / "manifests"
    found = []
    for manifest in sorted(p for p in manifests.glob("*/*/*/*") if p.is_file()):
        host, namespace, model, tag = manifest.relative_to(manifests).parts
        layers = _ollama_layers(manifest)
        blob = _ollama_blob(root, layers.get(OLLAMA_MODEL_LAYER))
        if blob is None or not _starts_like_gguf(blob):
            continue
        if host == OLLAMA_REGISTRY:
            name = f"{model}:{tag}" if namespace == "library" else f"{namespace}/{model}:{tag}"
        else:
            name = f"{host}/{namespace}/{model}:{tag}"
        projector = _ollama_blob(root, layers.get(OLLAMA_PROJECTOR_LAYER))
        files = ModelFiles(path=blob, files=(blob,), format="gguf", mmproj=projector)
        repo = f"{namespace}/{model}" if host in OLLAMA_HF_HOSTS else ""
        algorithm, _, digest = layers.get(OLLAMA_MODEL_LAYER, "").partition(":")
        sha256 = digest if algorithm == "sha256" else ""
        found.append(FoundModel("ollama", name, name, files, quantization_from_name(tag), repo=repo, sha256=sha256))
    return found


def _ollama_layers(manifest: Path) -> dict[str, str]:
    try:
        document = json.loads(manifest.read_text(encoding="utf-8"))
        layers = document.get("layers", []) if isinstance(document, dict) else []
        return {
            str(layer["mediaType"]): str(layer["digest"])
            for layer in layers
            if isinstance(layer, dict) and "mediaType" in layer and "digest" in layer
        }
    except (OSError, ValueError):
        return {}


def _ollama_blob(root: Path, digest: str | None) -> Path | None:
    if not digest or ":" not in digest:
        return None
    algorithm, _, hex_digest = digest.partition(":")
    blob = root / "blobs" / f"{algorithm}-{hex_digest}"
    return blob if blob.is_file() else None


def _starts_like_gguf(path: Path) -> bool:
    """Ollama also stores licences, templates and (newer) non-GGUF weights as blobs; four bytes tell them apart."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"GGUF"
    except OSError:
        return False


def hf_cache_dir(home: Path, environ: Mapping[str, str]) -> Path:
    """Where huggingface_hub caches repositories, by its own precedence of variables."""
    if environ.get("HF_HUB_CACHE"):
        return Path(environ["HF_HUB_CACHE"]).expanduser()
    if environ.get("HF_HOME"):
        return Path(environ["HF_HOME"]).expanduser() / "hub"
    cache = Path(environ["XDG_CACHE_HOME"]).expanduser() if environ.get("XDG_CACHE_HOME") else home / ".cache"
    return cache / "huggingface" / "hub"


def hf_cache(home: Path, environ: Mapping[str, str]) -> list[FoundModel]:
    """`models--<owner>--<repo>/snapshots/<revision>/...gguf`: links into `blobs/`, present once complete."""
    found = []
    seen: set[str] = set()
    for repo_dir in sorted(hf_cache_dir(home, environ).glob("models--*")):
        repo = repo_dir.name.removeprefix("models--").replace("--", "/")
        for snapshot in _snapshots_newest_first(repo_dir):
            ggufs = sorted(p for p in snapshot.rglob("*.gguf") if p.is_file())  # a broken link is not a model
            for model in group_by_name(ggufs):
                real = os.path.realpath(model.path)
                if real in seen:  # the same blob in an older snapshot
                    continue
                seen.add(real)
                relative = model.path.relative_to(snapshot).as_posix()
                key = f"{repo}/{snapshot.name[:12]}/{relative}"
                name = f"{repo} · {display_name(model.path)}"
                quantization = quantization_from_name(model.path.name)
                found.append(FoundModel("hf-cache", key, name, model, quantization, repo=repo))
    return found


def _snapshots_newest_first(repo_dir: Path) -> list[Path]:
    snapshots = [p for p in (repo_dir / "snapshots").glob("*") if p.is_dir()]
    return sorted(snapshots, key=lambda p: p.stat().st_mtime, reverse=True)


def gpt4all_dirs(home: Path, environ: Mapping[str, str]) -> Iterator[Path]:
    """GPT4All's default download folder on Linux, macOS and Windows (all looked at: a home may be shared)."""
    yield home / ".local" / "share" / "nomic.ai" / "GPT4All"
    yield home / "Library" / "Application Support" / "nomic.ai" / "GPT4All"
    local = Path(environ["LOCALAPPDATA"]) if environ.get("LOCALAPPDATA") else home / "AppData" / "Local"
    yield local / "nomic.ai" / "GPT4All"


def gpt4all(home: Path, environ: Mapping[str, str]) -> list[FoundModel]:
    found = []
    for root in gpt4all_dirs(home, environ):
        files = sorted(p for p in root.glob("*.gguf") if p.is_file() and not p.name.startswith("incomplete-"))
        for model in group_by_name(files):
            key = model.path.as_posix()
            found.append(FoundModel("gpt4all", key, model.path.stem, model, quantization_from_name(model.path.name)))
    return found
