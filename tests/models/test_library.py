"""The library: Hearth downloads, imported files and other apps' models, on real files in temporary folders.

Real model files are hard-linked (or symlinked across file systems) from the test-asset cache rather than
copied, so a test can put the 491 MB Qwen file in several places for free.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import gguf
import numpy as np
import psutil
import pytest

from app.errors import HearthError
from app.models import install_manifest
from app.models.install_manifest import InstalledFile, InstallManifest
from app.models.library import Library, LibraryModel
from tests.cli.test_scan import hearth
from tests.helpers.gguf_factory import split_gguf

THREADS = psutil.cpu_count(logical=False) or 1


def place(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        target.symlink_to(source)
    return target


def library(home: Path) -> Library:
    return Library(home=home, environ={})


def projector(path: Path) -> Path:
    """A small mmproj: a GGUF whose architecture is `clip`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(path, "clip")
    writer.add_tensor("v.patch_embd.weight", np.ones((4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def complete_once(model_path: Path) -> str:
    from llama_cpp import Llama

    llm = Llama(model_path=str(model_path), n_ctx=256, n_threads=THREADS, seed=0, verbose=False)
    try:
        out = llm.create_completion("def add(a, b):", max_tokens=4, temperature=0.0)
    finally:
        llm.close()
    assert out["usage"]["completion_tokens"] > 0
    return str(out["choices"][0]["text"])


@pytest.fixture(scope="module")
def qwen_split(qwen_gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return split_gguf(qwen_gguf, tmp_path_factory.mktemp("split"), 3)


# ---------------------------------------------------------------- imported


@pytest.mark.model
def test_an_imported_gguf_is_listed_described_and_kept_by_a_new_library(qwen_gguf: Path, tmp_path: Path) -> None:
    model_file = place(qwen_gguf, tmp_path / "mine" / qwen_gguf.name)
    result = library(tmp_path).import_path(model_file)
    assert result.refused == ()
    [model] = result.imported
    assert (model.source, model.path, model.format, model.deletable) == ("imported", model_file, "gguf", False)
    assert model.quantization == "Q4_K_M"
    assert model.size_bytes == qwen_gguf.stat().st_size

    again = library(tmp_path)
    assert [m.id for m in again.models()] == [model.id]
    facts = again.describe(again.models()[0])
    assert facts.architecture == "qwen2"
    assert facts.file_type == "Q4_K_M"
    assert facts.parameter_count == sum(
        int(t.n_elements) for t in gguf.GGUFReader(qwen_gguf).tensors
    )  # 630M: output untied
    assert facts.context_length == 32768
    assert facts.has_chat_template
    assert not facts.has_vision


@pytest.mark.model
def test_importing_the_same_file_twice_lists_it_once(qwen_gguf: Path, tmp_path: Path) -> None:
    model_file = place(qwen_gguf, tmp_path / "mine" / qwen_gguf.name)
    library(tmp_path).import_path(model_file)
    library(tmp_path).import_path(model_file)
    assert len(library(tmp_path).models()) == 1


@pytest.mark.model
@pytest.mark.slow
def test_a_split_gguf_is_one_model_and_loads_from_its_first_part(
    qwen_split: list[Path], qwen_gguf: Path, tmp_path: Path
) -> None:
    result = library(tmp_path).import_path(qwen_split[0].parent)
    [model] = result.imported
    assert model.path == qwen_split[0]
    assert model.files == tuple(qwen_split)
    assert model.name == "Qwen2.5 Coder 0.5B Instruct AWQ · Q4_K_M"  # by its header: no catalog variant has these parts
    assert model.size_bytes == sum(p.stat().st_size for p in qwen_split)
    whole = library(tmp_path).describe(library(tmp_path).import_path(place(qwen_gguf, tmp_path / "w.gguf")).imported[0])
    assert library(tmp_path).describe(model).parameter_count == whole.parameter_count
    assert complete_once(model.path)


@pytest.mark.model
def test_a_split_model_with_a_missing_part_is_refused_and_nothing_is_registered(
    qwen_split: list[Path], tmp_path: Path, hearth_home: Path
) -> None:
    for part in qwen_split[:2]:
        place(part, tmp_path / "partial" / part.name)
    with pytest.raises(HearthError, match=r"one of 3 parts of a split model and .*00003-of-00003\.gguf is missing"):
        library(tmp_path).import_path(tmp_path / "partial" / qwen_split[0].name)
    assert library(tmp_path).models() == []
    assert not (hearth_home / "data" / "imported.json").exists()


@pytest.mark.model
def test_an_mmproj_beside_a_model_is_its_vision_companion_not_a_model(qwen_gguf: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vision"
    model_file = place(qwen_gguf, folder / "model-Q4_K_M.gguf")
    mmproj = projector(folder / "mmproj-model-f16.gguf")
    with pytest.raises(HearthError, match="vision companion"):
        library(tmp_path).import_path(mmproj)
    [model] = library(tmp_path).import_path(model_file).imported
    assert model.mmproj == mmproj
    [listed] = library(tmp_path).models()
    assert listed.mmproj == mmproj
    assert library(tmp_path).describe(listed).has_vision


@pytest.mark.model
def test_a_faster_whisper_folder_imports_as_one_model(whisper_base_dir: Path, tmp_path: Path) -> None:
    [model] = library(tmp_path).import_path(whisper_base_dir).imported
    assert (model.format, model.path, model.name) == ("ctranslate2", whisper_base_dir, whisper_base_dir.name)
    assert whisper_base_dir / "model.bin" in model.files


# ---------------------------------------------------------------- other apps


def _ollama(home: Path, blob_source: Path, namespace: str, model: str, tag: str) -> Path:
    root = home / ".ollama" / "models"
    digest = hashlib.sha256(f"{namespace}/{model}:{tag}".encode()).hexdigest()  # content-addressed in real life
    blob = place(blob_source, root / "blobs" / f"sha256-{digest}")
    licence = root / "blobs" / ("sha256-" + "0" * 64)
    licence.write_text("Apache License 2.0")
    manifest = root / "manifests" / "registry.ollama.ai" / namespace / model / tag
    manifest.parent.mkdir(parents=True, exist_ok=True)
    layers = [
        {"mediaType": "application/vnd.ollama.image.license", "digest": "sha256:" + "0" * 64, "size": 18},
        {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}", "size": 1},
    ]
    manifest.write_text(json.dumps({"schemaVersion": 2, "layers": layers}))
    return blob


@pytest.fixture
def other_apps(qwen_gguf: Path, gemma_gguf: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    place(qwen_gguf, home / ".lmstudio/models/Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF" / qwen_gguf.name)
    projector(home / ".lmstudio/models/Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF/mmproj-Qwen-F16.gguf")
    place(gemma_gguf, home / ".cache/lm-studio/models/unsloth/gemma-3-270m-GGUF" / gemma_gguf.name)
    _ollama(home, qwen_gguf, "library", "qwen2.5", "7b")
    _ollama(home, gemma_gguf, "someone", "gemma3", "270m-q4_K_M")
    hub = home / ".cache/huggingface/hub/models--ggml-org--gemma-3-270m-GGUF"
    blob = place(gemma_gguf, hub / "blobs" / "a5fd3b62230aa5ec")
    (hub / "blobs" / "abc.incomplete").write_bytes(b"GGUF")
    snapshot = hub / "snapshots" / "0123456789abcdef0123"
    snapshot.mkdir(parents=True)
    (snapshot / gemma_gguf.name).symlink_to(blob)
    (snapshot / "broken-Q8_0.gguf").symlink_to(hub / "blobs" / "missing")
    gpt4all = home / ".local/share/nomic.ai/GPT4All"
    place(gemma_gguf, gpt4all / "gemma-3-270m-Q4_K_M.gguf")
    (gpt4all / "incomplete-qwen2.5-coder-7b-Q4_0.gguf").write_bytes(b"GGUF")
    (gpt4all / "half.gguf.part").write_bytes(b"GGUF")
    return home


@pytest.mark.model
def test_models_of_other_apps_are_found_in_place_and_named_for_what_they_are(other_apps: Path) -> None:
    """A catalog model by the catalog's name, another GGUF by its header's, an Ollama model by its Ollama name."""
    found = {(m.source, m.name): m for m in library(other_apps).models()}
    assert sorted(found) == [
        ("gpt4all", "Gemma 3 270m · Q4_K_M"),
        ("hf-cache", "Gemma 3 270m · Q4_K_M"),
        ("lmstudio", "Gemma 3 270m · Q4_K_M"),
        ("lmstudio", "Qwen2.5-Coder 0.5B Instruct Q4_K_M"),
        ("ollama", "qwen2.5:7b"),
        ("ollama", "someone/gemma3:270m-q4_K_M"),
    ]
    lm_qwen = found["lmstudio", "Qwen2.5-Coder 0.5B Instruct Q4_K_M"]
    assert lm_qwen.catalog_id == "qwen2.5-coder-0.5b"
    assert lm_qwen.id == "lmstudio:Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
    assert lm_qwen.mmproj is not None
    assert lm_qwen.mmproj.name == "mmproj-Qwen-F16.gguf"
    assert found["ollama", "qwen2.5:7b"].id == "ollama:qwen2.5:7b"
    assert found["ollama", "someone/gemma3:270m-q4_K_M"].quantization == "Q4_K_M"
    assert found["gpt4all", "Gemma 3 270m · Q4_K_M"].quantization == "Q4_K_M"
    assert all(not m.deletable for m in found.values())
    assert library(other_apps).describe(found["ollama", "qwen2.5:7b"]).architecture == "qwen2"


def test_the_hugging_face_cache_follows_hf_hub_cache_and_hf_home(tmp_path: Path) -> None:
    for variable, hub in (("HF_HUB_CACHE", tmp_path / "hc"), ("HF_HOME", tmp_path / "hh")):
        snapshot = (hub if variable == "HF_HUB_CACHE" else hub / "hub") / "models--a--b/snapshots/rev"
        snapshot.mkdir(parents=True)
        (snapshot / "b-Q8_0.gguf").write_bytes(b"GGUF")
        models = Library(home=tmp_path / "empty-home", environ={variable: str(hub)}).models()
        assert [(m.source, m.name, m.quantization) for m in models] == [("hf-cache", "a/b · b-Q8_0", "Q8_0")]


@pytest.mark.model
@pytest.mark.slow
def test_found_ollama_and_lm_studio_models_load_in_llama_cpp(other_apps: Path) -> None:
    models = {m.name: m for m in library(other_apps).models()}
    assert complete_once(models["qwen2.5:7b"].path)
    assert complete_once(models["Qwen2.5-Coder 0.5B Instruct Q4_K_M"].path)


# ---------------------------------------------------------------- Hearth downloads


def _install(models_dir: Path, repo: str, install_id: str, files: dict[str, bytes], sizes: dict[str, int]) -> Path:
    folder = models_dir.joinpath(*repo.split("/"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content)
    manifest = InstallManifest(
        install_id=install_id,
        repo=repo,
        revision="0" * 40,
        format="gguf",
        files=tuple(
            InstalledFile(name, size, "0" * 64, "mmproj" if name.startswith("mmproj") else "model")
            for name, size in sizes.items()
        ),
        catalog_id=install_id.rsplit("-", 1)[0],
        quantization=install_id.rsplit("-", 1)[1],
        name=f"Test {install_id}",
    )
    return install_manifest.write(models_dir, manifest)


@pytest.fixture
def downloads(hearth_home: Path) -> Path:
    models_dir = hearth_home / "models"
    _install(
        models_dir,
        "o/complete",
        "c-Q4",
        {"c.gguf": b"x" * 10, "mmproj-c.gguf": b"p" * 3},
        {"c.gguf": 10, "mmproj-c.gguf": 3},
    )
    _install(models_dir, "o/complete", "c-Q8", {"c8.gguf": b"x" * 20}, {"c8.gguf": 20, "mmproj-c.gguf": 3})
    _install(models_dir, "o/missing", "m-Q4", {}, {"m.gguf": 10})
    _install(models_dir, "o/wrongsize", "w-Q4", {"w.gguf": b"x" * 9}, {"w.gguf": 10})
    (models_dir / "o" / "partial").mkdir(parents=True)
    (models_dir / "o" / "partial" / "p-Q4_K_M.gguf.part").write_bytes(b"GGUF")
    return models_dir


def test_only_complete_hearth_downloads_are_listed(downloads: Path, tmp_path: Path) -> None:
    models = library(tmp_path).models()
    assert sorted(m.id for m in models) == ["hearth:o/complete/c-Q4", "hearth:o/complete/c-Q8"]
    q4 = next(m for m in models if m.id.endswith("c-Q4"))
    assert (q4.name, q4.catalog_id, q4.quantization, q4.deletable) == ("Test c-Q4", "c", "Q4", True)
    assert q4.path == downloads / "o/complete/c.gguf"
    assert q4.mmproj == downloads / "o/complete/mmproj-c.gguf"
    assert q4.size_bytes == 13
    assert not any(".part" in str(f) for m in models for f in m.files)


def test_delete_removes_the_download_but_keeps_files_another_download_uses(downloads: Path, tmp_path: Path) -> None:
    lib = library(tmp_path)
    q4 = next(m for m in lib.models() if m.id.endswith("c-Q4"))
    lib.delete(q4)
    assert not (downloads / "o/complete/c.gguf").exists()
    assert (downloads / "o/complete/mmproj-c.gguf").exists()  # the Q8 download lists it too
    assert [m.id for m in lib.models()] == ["hearth:o/complete/c-Q8"]
    lib.delete(lib.models()[0])
    assert not (downloads / "o/complete").exists()
    assert (downloads / "o").exists()  # other, incomplete models still live there


@pytest.mark.model
def test_delete_refuses_imported_and_found_models_and_leaves_their_files(other_apps: Path, tmp_path: Path) -> None:
    models = library(other_apps).models()
    for model in models:
        with pytest.raises(HearthError, match="does not delete it"):
            library(other_apps).delete(model)
        assert all(f.exists() for f in model.files)


@pytest.mark.model
def test_hidden_models_leave_the_list_but_not_the_full_one(other_apps: Path, qwen_gguf: Path, tmp_path: Path) -> None:
    library(other_apps).import_path(place(qwen_gguf, tmp_path / "mine" / "q.gguf"))
    everything = library(other_apps).models()
    to_hide = [m for m in everything if m.source in ("imported", "ollama")]
    for model in to_hide:
        library(other_apps).hide(model)
    remaining = library(other_apps).models()
    assert {m.id for m in remaining} == {m.id for m in everything} - {m.id for m in to_hide}
    assert len(library(other_apps).models(include_hidden=True)) == len(everything)


def test_a_hearth_download_is_deleted_rather_than_hidden(downloads: Path, tmp_path: Path) -> None:
    model: LibraryModel = library(tmp_path).models()[0]
    with pytest.raises(HearthError, match="delete it"):
        library(tmp_path).hide(model)


# ---------------------------------------------------------------- the commands


@pytest.mark.model
def test_hearth_import_then_list_json(qwen_gguf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("HF_HOME", "HF_HUB_CACHE", "XDG_CACHE_HOME", "OLLAMA_MODELS", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    model_file = place(qwen_gguf, tmp_path / "mine" / qwen_gguf.name)
    imported = hearth("import", str(model_file))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == [str(model_file)]
    listed = hearth("list", "--json")
    assert listed.returncode == 0, listed.stderr
    [entry] = json.loads(listed.stdout)
    assert entry["path"] == str(model_file)
    assert entry["source"] == "imported"
    assert entry["format"] == "gguf"
    assert entry["size_bytes"] == qwen_gguf.stat().st_size
    assert (entry["quantization"], entry["architecture"], entry["context_length"]) == ("Q4_K_M", "qwen2", 32768)
    assert entry["has_chat_template"] is True
    assert (entry["mmproj"], entry["deletable"]) == (None, False)
    # Imported from an unrelated folder, it is still the catalog's file: same size, same SHA-256.
    assert (entry["catalog_id"], entry["name"], entry["license"]) == (
        "qwen2.5-coder-0.5b",
        "Qwen2.5-Coder 0.5B Instruct Q4_K_M",
        "Apache-2.0",
    )
