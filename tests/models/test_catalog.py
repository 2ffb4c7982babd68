"""The shipped catalog: valid, complete for every family Hearth promises, and plausible in its numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.models import catalog
from app.models.catalog import CatalogError, UnknownModel

PROMISED = {
    "general": [
        "qwen3-0.6b", "qwen3-1.7b", "qwen3-4b", "qwen3-8b", "qwen3-14b", "qwen3-32b", "qwen3-30b-a3b",
        "llama-3.2-1b", "llama-3.2-3b", "llama-3.1-8b", "llama-3.3-70b", "mistral-7b-instruct", "mistral-small-24b",
        "ministral-8b", "phi-4", "phi-4-mini", "gemma-3-1b", "gemma-3-4b", "gemma-3-12b", "gemma-3-27b",
        "gpt-oss-20b", "gpt-oss-120b", "olmo-2-7b", "olmo-2-13b", "falcon3-7b", "exaone-3.5-7.8b",
        "granite-3.1-8b", "smollm2-1.7b",
    ],
    "code": [
        "qwen2.5-coder-1.5b", "qwen2.5-coder-7b", "qwen2.5-coder-14b", "qwen2.5-coder-32b", "qwen3-coder-30b-a3b",
        "deepseek-coder-v2-lite", "codestral-22b", "starcoder2-15b-instruct",
    ],
    "reasoning": [
        "deepseek-r1-distill-qwen-1.5b", "deepseek-r1-distill-qwen-7b", "deepseek-r1-distill-qwen-14b",
        "deepseek-r1-distill-qwen-32b", "deepseek-r1-distill-llama-8b", "qwq-32b", "phi-4-reasoning-plus",
    ],
    "vision": [
        "qwen2.5-vl-3b", "qwen2.5-vl-7b", "gemma-3-4b", "gemma-3-12b", "gemma-3-27b", "minicpm-v-2.6",
        "smolvlm2-2.2b", "pixtral-12b",
    ],
    "speech": [
        "whisper-tiny", "whisper-base", "whisper-small", "whisper-medium", "whisper-large-v3",
        "whisper-large-v3-turbo", "distil-whisper-large-v3",
    ],
    "embeddings": ["nomic-embed-text-v1.5", "bge-m3", "all-minilm-l6-v2", "mxbai-embed-large"],
}  # fmt: skip

CATALOG = catalog.load()


def test_at_least_45_models_all_valid_against_the_schema() -> None:
    assert len(CATALOG.models) >= 45


@pytest.mark.parametrize("task", sorted(PROMISED))
def test_every_promised_family_has_its_models(task: str) -> None:
    ids = {m.id for m in CATALOG.models}
    assert set(PROMISED[task]) <= ids, set(PROMISED[task]) - ids
    if task != "general":
        assert all(task in CATALOG.get(i).tasks for i in PROMISED[task])


@pytest.mark.parametrize("model", CATALOG.models, ids=lambda m: m.id)
def test_licence_tier_agrees_with_commercial_use(model: catalog.ModelSpec) -> None:
    if model.license.tier in (1, 2):
        assert model.license.commercial_use
    if model.license.tier in (4, 5):
        assert not model.license.commercial_use


@pytest.mark.parametrize("model", CATALOG.models, ids=lambda m: m.id)
def test_sizes_are_plausible_for_parameters_and_quantization(model: catalog.ModelSpec) -> None:
    for variant in model.variants:
        bits_per_weight = variant.model_bytes * 8 / model.parameters_total
        if model.is_speech:
            assert variant.quantization == "float16"
            assert 14 <= bits_per_weight <= 18, bits_per_weight
        else:
            # Q2 (~2.6 bits) … F16 (16 bits); vision models' totals include an encoder that lives in the mmproj
            assert 2.3 <= bits_per_weight <= 17, (variant.quantization, bits_per_weight)
            assert all(f.name.endswith(".gguf") for f in variant.files)


@pytest.mark.parametrize("model", CATALOG.models, ids=lambda m: m.id)
def test_model_shapes_and_companions(model: catalog.ModelSpec) -> None:
    if model.is_speech:
        names = {f.name for f in model.variants[0].files}
        assert {"config.json", "model.bin", "tokenizer.json"} <= names
        return
    assert model.shape is not None, "text models need a shape for estimates before download"
    assert model.shape.kv_heads <= model.shape.head_count
    assert ("image" in model.modalities) == all(v.mmproj is not None for v in model.variants)
    assert (model.architecture == "moe") == bool(model.shape.expert_count)


def test_lookups_say_what_is_wrong() -> None:
    with pytest.raises(UnknownModel, match="no model called 'nope'"):
        CATALOG.get("nope")
    with pytest.raises(UnknownModel, match="comes as"):
        CATALOG.get("qwen2.5-coder-0.5b").variant("Q1_XL")
    assert CATALOG.get("QWEN3-8B").id == "qwen3-8b"


def test_filters() -> None:
    speech = CATALOG.filter(tasks=["speech"])
    assert {m.id for m in speech} >= {"whisper-base", "whisper-large-v3"}
    assert all(m.license.commercial_use for m in CATALOG.filter(commercial_only=True))
    assert [m.id for m in CATALOG.filter(text="coder 32b")] == ["qwen2.5-coder-32b"]


def test_a_damaged_entry_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "manifest"
    (folder / "models").mkdir(parents=True)
    (folder / "schema.json").write_text((catalog.manifest_dir() / "schema.json").read_text())
    entry = json.loads((catalog.manifest_dir() / "models" / "qwen3-8b.json").read_text())
    del entry["license"]
    (folder / "models" / "qwen3-8b.json").write_text(json.dumps(entry))
    with pytest.raises(CatalogError, match=r"qwen3-8b\.json is invalid"):
        catalog.load(folder)
