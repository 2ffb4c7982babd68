"""Models other apps (or the person) put on the disk are recognised as the catalog models they are, on real files.

The catalog's Qwen2.5-Coder 0.5B Q4_K_M is the test model itself (same repository file, size and SHA-256), so the
real file is placed where LM Studio, the Hugging Face cache and Ollama keep it, or somewhere unrelated; hard links
make that free. Gemma 3 270M is not in the catalog: it is named by its own header.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import gguf
import pytest

from app.models import catalog
from app.models.catalog_match import FileHashes
from app.models.library import HASHES_FILE, Library
from tests import assets
from tests.cli.test_scan import hearth
from tests.helpers.gguf_factory import header_only
from tests.models.test_library import place

QWEN_ID = "qwen2.5-coder-0.5b"
QWEN_NAME = "Qwen2.5-Coder 0.5B Instruct Q4_K_M"
QWEN_REPO = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF"
QWEN_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"


def hashes(hearth_home: Path) -> FileHashes:
    """A fresh view of the library's hash cache, as the next Library (the next refresh) would have."""
    return FileHashes(hearth_home / "cache" / HASHES_FILE)


def library(home: Path, file_hashes: FileHashes) -> Library:
    return Library(home=home, environ={}, hashes=file_hashes)


def test_the_catalogs_qwen_coder_entry_is_the_test_model_and_gemma_270m_is_not_in_the_catalog() -> None:
    spec = catalog.default().get(QWEN_ID)
    [variant] = spec.variants
    [model_file] = variant.files
    assert (spec.repo, model_file.name) == (QWEN_REPO, QWEN_FILE)
    assert (model_file.size, model_file.sha256) == (assets.QWEN_CODER_05B.size, assets.QWEN_CODER_05B.sha256)
    assert not model_file.size_is_approximate
    everything = [f.name.lower() for s in catalog.default().models for v in s.variants for f in v.files]
    assert not [name for name in everything if "270m" in name]


@pytest.mark.model
def test_a_file_at_its_catalog_repository_path_in_lm_studio_is_that_catalog_model(
    qwen_gguf: Path, tmp_path: Path, hearth_home: Path
) -> None:
    home = tmp_path / "home"
    place(qwen_gguf, home / ".lmstudio/models" / QWEN_REPO / QWEN_FILE)
    file_hashes = hashes(hearth_home)
    [model] = library(home, file_hashes).models()
    assert (model.source, model.catalog_id, model.name, model.quantization) == (
        "lmstudio",
        QWEN_ID,
        QWEN_NAME,
        "Q4_K_M",
    )
    assert model.spec is not None
    assert (model.spec.license.name, model.spec.license.commercial_use) == ("Apache-2.0", True)
    assert model.spec.tasks == ("code", "chat")
    assert file_hashes.computed == 0  # its place said what it is: nothing was read


@pytest.mark.model
def test_the_hugging_face_cache_layout_names_the_catalog_model_without_hashing(
    qwen_gguf: Path, tmp_path: Path, hearth_home: Path
) -> None:
    hub = tmp_path / "home/.cache/huggingface/hub/models--Qwen--Qwen2.5-Coder-0.5B-Instruct-GGUF"
    blob = place(qwen_gguf, hub / "blobs" / assets.QWEN_CODER_05B.sha256)
    snapshot = hub / "snapshots" / ("b" * 40)
    snapshot.mkdir(parents=True)
    (snapshot / QWEN_FILE).symlink_to(blob)
    file_hashes = hashes(hearth_home)
    [model] = library(tmp_path / "home", file_hashes).models()
    assert (model.source, model.catalog_id, model.name) == ("hf-cache", QWEN_ID, QWEN_NAME)
    assert file_hashes.computed == 0


@pytest.mark.model
def test_a_renamed_copy_elsewhere_is_recognised_by_size_and_sha256_hashed_once(
    qwen_gguf: Path, tmp_path: Path, hearth_home: Path
) -> None:
    home = tmp_path / "home"
    renamed = place(qwen_gguf, home / "Downloads" / "my coder.gguf")
    first = hashes(hearth_home)
    [imported] = library(home, first).import_path(renamed).imported
    assert (imported.catalog_id, imported.name) == (QWEN_ID, QWEN_NAME)
    assert imported.spec is not None
    assert imported.spec.license.name == "Apache-2.0"
    assert first.computed == 1
    cached = json.loads((hearth_home / "cache" / HASHES_FILE).read_text())["files"]
    assert cached[os.path.realpath(renamed)]["sha256"] == assets.QWEN_CODER_05B.sha256

    second = hashes(hearth_home)  # the next refresh builds a new Library: the hash comes from the cache file
    [listed] = library(home, second).models()
    assert (listed.id, listed.catalog_id, listed.name) == (imported.id, QWEN_ID, QWEN_NAME)
    assert second.computed == 0

    stat = renamed.stat()
    os.utime(renamed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched: it may have changed
    third = hashes(hearth_home)
    assert library(home, third).models()[0].catalog_id == QWEN_ID
    assert third.computed == 1


@pytest.mark.model
def test_ollama_models_are_recognised_by_their_hugging_face_name_or_their_blob_digest_without_hashing(
    qwen_gguf: Path, tmp_path: Path, hearth_home: Path
) -> None:
    root = tmp_path / "home/.ollama/models"
    real_digest = assets.QWEN_CODER_05B.sha256
    models = (  # one blob each: the library lists a file once; digests other than the real one fit no catalog file
        ("hf.co", "Qwen", "Qwen2.5-Coder-0.5B-Instruct-GGUF", "Q4_K_M", "e" * 64),
        ("registry.ollama.ai", "library", "my-coder", "latest", real_digest),
        ("registry.ollama.ai", "library", "someone-elses", "latest", "f" * 64),
    )
    for host, namespace, model, tag, digest in models:
        place(qwen_gguf, root / "blobs" / f"sha256-{digest}")
        manifest = root / "manifests" / host / namespace / model / tag
        manifest.parent.mkdir(parents=True, exist_ok=True)
        layer = {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}", "size": 1}
        manifest.write_text(json.dumps({"schemaVersion": 2, "layers": [layer]}))
    file_hashes = hashes(hearth_home)
    found = {m.id: m for m in library(tmp_path / "home", file_hashes).models(include_hidden=True)}
    by_hf_name = found["ollama:hf.co/Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF:Q4_K_M"]
    by_digest = found["ollama:my-coder:latest"]
    assert (by_hf_name.catalog_id, by_hf_name.name) == (QWEN_ID, QWEN_NAME)
    assert (by_digest.catalog_id, by_digest.name) == (QWEN_ID, QWEN_NAME)
    assert (found["ollama:someone-elses:latest"].catalog_id, found["ollama:someone-elses:latest"].name) == (
        "",
        "someone-elses:latest",  # Ollama's own name: what the person pulled it by
    )
    assert file_hashes.computed == 0  # Ollama's digests are SHA-256 already


def _tiny_gguf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    header_only(
        path,
        "llama",
        {
            "general.name": "Tiny Helper",
            "general.size_label": "42M",
            "general.file_type": int(gguf.LlamaFileType.MOSTLY_Q4_K_M),
        },
        {},
    )
    padded = -(-path.stat().st_size // 32) * 32  # the data section starts aligned, as in every real file
    os.truncate(path, padded)
    return path


@pytest.mark.model
def test_a_gguf_the_catalog_lacks_is_named_by_its_header_name_size_and_quantization(
    gemma_gguf: Path, tmp_path: Path, hearth_home: Path
) -> None:
    home = tmp_path / "home"
    place(gemma_gguf, home / ".lmstudio/models/unsloth/gemma-3-270m-GGUF" / gemma_gguf.name)
    _tiny_gguf(home / ".local/share/nomic.ai/GPT4All/tiny.gguf")
    file_hashes = hashes(hearth_home)
    found = {m.source: m for m in library(home, file_hashes).models()}
    gemma, tiny = found["lmstudio"], found["gpt4all"]
    assert (gemma.name, gemma.catalog_id, gemma.spec) == ("Gemma 3 270m · Q4_K_M", "", None)  # "270M" said already
    assert (tiny.name, tiny.quantization, tiny.catalog_id) == ("Tiny Helper 42M · Q4_K_M", "Q4_K_M", "")
    assert file_hashes.computed == 0  # no catalog file has either size


@pytest.mark.model
def test_hearth_list_json_names_found_models_as_the_catalog_or_their_header_does(
    qwen_gguf: Path, gemma_gguf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for variable in ("HF_HOME", "HF_HUB_CACHE", "XDG_CACHE_HOME", "OLLAMA_MODELS", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    place(qwen_gguf, home / ".lmstudio/models" / QWEN_REPO / QWEN_FILE)
    place(gemma_gguf, home / ".lmstudio/models/unsloth/gemma-3-270m-GGUF" / gemma_gguf.name)
    listed = hearth("list", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = {e["path"]: e for e in json.loads(listed.stdout)}
    qwen = entries[str(home / ".lmstudio/models" / QWEN_REPO / QWEN_FILE)]
    gemma = entries[str(home / ".lmstudio/models/unsloth/gemma-3-270m-GGUF" / gemma_gguf.name)]
    assert (qwen["catalog_id"], qwen["name"], qwen["license"], qwen["tasks"]) == (
        QWEN_ID,
        QWEN_NAME,
        "Apache-2.0",
        ["code", "chat"],
    )
    assert (gemma["catalog_id"], gemma["name"], gemma["license"], gemma["tasks"]) == (
        "",
        "Gemma 3 270m · Q4_K_M",
        None,
        [],
    )
    text = hearth("list")
    assert text.returncode == 0, text.stderr
    assert f"{QWEN_NAME}  [lmstudio]" in text.stdout  # the quantization is in the name once, not twice
