"""Verdicts on the profiles of four typical machines (tests/data/profiles), from the catalog alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.fit.advice import advise, judge_variant
from app.fit.verdict import Fit, default_context, judge
from app.hardware import HardwareProfile
from app.models import catalog
from tests.locations import DATA_DIR

PROFILES = DATA_DIR / "profiles"
CATALOG = catalog.load()


def machine(name: str) -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads((PROFILES / f"{name}.json").read_text()))


LAPTOP, MAC, RTX3060, TWO_4090 = (
    machine("laptop-8gb-no-gpu"),
    machine("apple-m2-16gb"),
    machine("desktop-rtx3060-12gb-32gb"),
    machine("workstation-2x-rtx4090-128gb"),
)


def verdict_for(model_id: str, profile: HardwareProfile, quant: str = "Q4_K_M", context: int | None = None):  # type: ignore[no-untyped-def]
    spec = CATALOG.get(model_id)
    return judge_variant(spec, spec.variant(quant), profile, context)


def test_qwen_coder_32b_too_large_partial_and_full() -> None:
    laptop = verdict_for("qwen2.5-coder-32b", LAPTOP)
    assert laptop.fit is Fit.TOO_LARGE
    assert "only 3.5 GB of memory is free" in laptop.reason
    partial = verdict_for("qwen2.5-coder-32b", RTX3060)
    assert partial.fit is Fit.PARTIAL
    assert 0 < partial.plan.gpu_layers < 65
    assert f"{partial.plan.gpu_layers} of 65 layers go on it" in partial.reason
    full = verdict_for("qwen2.5-coder-32b", TWO_4090)
    assert full.fit is Fit.GPU
    assert full.plan.gpu_layers == 65
    assert set(full.estimate.devices) == {"cpu", "gpu0", "gpu1"}
    assert full.plan.gpu_split == pytest.approx((0.5, 0.5))


@pytest.mark.parametrize("profile", [LAPTOP, MAC, RTX3060, TWO_4090], ids=["laptop", "mac", "3060", "4090s"])
def test_qwen3_0_6b_runs_everywhere(profile: HardwareProfile) -> None:
    spec = CATALOG.get("qwen3-0.6b")
    assert advise(spec, profile).verdict.runs


def test_apple_unified_memory_runs_a_small_model_on_metal() -> None:
    verdict = verdict_for("llama-3.2-3b", MAC)
    assert verdict.fit is Fit.GPU
    assert verdict.tokens_per_second > 0


def test_verdicts_compare_with_free_not_total_memory() -> None:
    busy = RTX3060.to_dict()
    busy["gpus"][0]["vram_free_bytes"] = 2 * 1024**3  # a game is running
    verdict = verdict_for("qwen3-8b", HardwareProfile.from_dict(busy), context=8192)
    idle = verdict_for("qwen3-8b", RTX3060, context=8192)
    assert idle.fit is Fit.GPU
    assert verdict.fit in (Fit.PARTIAL, Fit.CPU)


def test_default_context_follows_the_machine() -> None:
    assert default_context(LAPTOP, 32768) == 4096
    assert default_context(MAC, 32768) == 8192
    assert default_context(TWO_4090, 32768) == 32768
    assert default_context(TWO_4090, 4096) == 4096  # never past what the model was trained for


def test_memory_grows_with_context_and_can_change_the_verdict() -> None:
    spec = CATALOG.get("qwen3-8b")
    small = judge_variant(spec, spec.variant("Q4_K_M"), RTX3060, context=4096)
    large = judge_variant(spec, spec.variant("Q4_K_M"), RTX3060, context=32768)
    assert large.estimate.total_bytes > small.estimate.total_bytes
    assert small.fit is Fit.GPU


def test_advice_picks_the_best_quantization_that_fits_fully_on_the_gpu() -> None:
    spec = CATALOG.get("llama-3.1-8b")
    assert {v.quantization for v in spec.variants} >= {"Q4_K_M", "Q8_0"}
    assert advise(spec, TWO_4090).variant.quantization == "Q8_0"
    assert advise(spec, LAPTOP).variant.quantization == "Q4_K_M"


def test_whisper_runs_on_cuda_or_the_processor() -> None:
    spec = CATALOG.get("whisper-large-v3")
    assert judge_variant(spec, spec.variants[0], RTX3060).fit is Fit.GPU
    assert judge_variant(spec, spec.variants[0], MAC).fit is Fit.CPU  # CTranslate2 has no Metal backend


def test_the_estimated_speed_band_is_higher_on_the_gpu() -> None:
    """Nothing runs here: both figures are the estimator's, from hardware recorded on other machines (no clock)."""
    cpu = verdict_for("llama-3.1-8b", LAPTOP.__class__.from_dict({**TWO_4090.to_dict(), "gpus": []}))
    gpu = verdict_for("llama-3.1-8b", TWO_4090)
    assert (gpu.fit, cpu.fit) == (Fit.GPU, Fit.CPU)
    assert gpu.speed_label != cpu.speed_label
    assert gpu.tokens_per_second > cpu.tokens_per_second > 0
    assert gpu.speed_label.endswith("tokens/s")  # the unit Chat, Compare and the CLI measure in
    assert f"–{gpu.tokens_per_second:.0f} tokens/s" in gpu.speed_label  # the band's top is the estimate itself


@pytest.mark.model
def test_a_local_file_is_judged_from_its_header(qwen_gguf: Path) -> None:
    from app.fit.shape import from_header
    from app.models.gguf_info import read_file

    verdict = judge(from_header(read_file(qwen_gguf)), RTX3060, context=2048)
    assert verdict.fit is Fit.GPU
    assert verdict.plan.gpu_layers == 25
