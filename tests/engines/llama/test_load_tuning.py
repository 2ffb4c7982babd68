"""The long-prompt settings measured at a model's first load: written once, reused, renewed for a changed file, and
chosen only within the memory the estimate allows. The measurements are real (the Qwen test model on this
processor) but tiny, so what they find is noise here: the tests check what is measured and kept, never which
setting wins."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.engines import numerics
from app.engines.llama import LlamaEngine, load_tuning
from app.engines.llama.load_tuning import Candidate, Rate, Tuning
from app.fit.estimate import LoadPlan, estimate
from app.fit.shape import from_header
from app.fit.verdict import RAM_SAFETY, fits_here
from app.hardware import HardwareProfile, probe
from app.models.gguf_info import read_file
from tests.locations import DATA_DIR

DATA = DATA_DIR

pytestmark = pytest.mark.own_load_tuning  # the measurement stays on here (conftest turns it off elsewhere)

TINY = {"probe_tokens": 32, "budget_s": 30.0, "candidates": (Candidate(32, 32, False),)}
ANYTHING_FITS: Callable[[LoadPlan], bool] = lambda _plan: True  # noqa: E731


def tiny_machine(available_bytes: int) -> HardwareProfile:
    """The recorded 8 GB laptop without a graphics card, with this much memory free."""
    data = json.loads((DATA / "profiles" / "laptop-8gb-no-gpu.json").read_text(encoding="utf-8"))
    laptop = HardwareProfile.from_dict(data)
    return dataclasses.replace(laptop, memory=dataclasses.replace(laptop.memory, available_bytes=available_bytes))


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(paths.resolve().models)


class Counting:
    """The real measurement, counted."""

    def __init__(self) -> None:
        self.calls = 0
        self._measure = load_tuning.measure

    def __call__(self, *args: Any, **kwargs: Any) -> Tuning:
        self.calls += 1
        return self._measure(*args, **kwargs)


@pytest.mark.model
def test_the_record_is_written_once_reused_and_renewed_when_the_file_changes(
    qwen_gguf: Path, tmp_path: Path, profile: HardwareProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "qwen-copy.gguf"
    shutil.copyfile(qwen_gguf, model)
    counting = Counting()
    monkeypatch.setattr(load_tuning, "measure", counting)
    plan = LoadPlan(context=4096)

    first = load_tuning.tuned_plan(model, plan, profile, 2, ANYTHING_FITS, **TINY)
    assert counting.calls == 1
    record = json.loads(load_tuning.record_path().read_text(encoding="utf-8"))
    assert load_tuning.record_path().parent == paths.resolve().config
    (entry,) = record["models"]
    assert entry["model"] == str(model.resolve())
    assert entry["machine"] == load_tuning.machine_key(profile, 2)
    assert entry["probe_tokens"] == 32
    measured = {Candidate(**rate["candidate"]): rate["tokens_per_second"] for rate in entry["rates"]}
    assert set(measured) == {Candidate(512, 512, True), Candidate(32, 32, False)}  # the plan's own first
    assert all(speed > 0 for speed in measured.values())
    assert Candidate.of(first) in measured

    written = load_tuning.record_path().read_bytes()
    again = load_tuning.tuned_plan(model, plan, profile, 2, ANYTHING_FITS, **TINY)
    assert (again, counting.calls) == (first, 1)  # chosen from the record, nothing measured
    assert load_tuning.record_path().read_bytes() == written

    stat = model.stat()
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # the file changed (say, re-downloaded)
    load_tuning.tuned_plan(model, plan, profile, 2, ANYTHING_FITS, **TINY)
    assert counting.calls == 2
    (renewed,) = json.loads(load_tuning.record_path().read_text(encoding="utf-8"))["models"]
    assert renewed["mtime_ns"] == model.stat().st_mtime_ns

    load_tuning.tuned_plan(model, plan, profile, 1, ANYTHING_FITS, **TINY)  # another thread count: another machine
    assert counting.calls == 3
    assert len(json.loads(load_tuning.record_path().read_text(encoding="utf-8"))["models"]) == 2


@pytest.mark.model
def test_short_contexts_are_not_measured(qwen_gguf: Path, profile: HardwareProfile) -> None:
    plan = LoadPlan(context=2048)
    assert load_tuning.tuned_plan(qwen_gguf, plan, profile, 2, ANYTHING_FITS, **TINY) is plan
    assert not load_tuning.record_path().exists()


def record(rates: dict[Candidate, float]) -> Tuning:
    return Tuning("model.gguf", 1, 1, "machine", 0, 32, tuple(Rate(c, s) for c, s in rates.items()), 0.0)


@pytest.mark.model
def test_the_choice_stays_within_the_memory_the_estimate_allows(qwen_gguf: Path) -> None:
    shape = from_header(read_file(qwen_gguf))
    plan = LoadPlan(context=32768, flash_attention=False)
    small, large = Candidate(512, 512, False), Candidate(2048, 2048, False)
    # Without flash attention the attention scores of a micro-batch grow with it: 2048 needs about 2.8 GB more.
    need_small = estimate(shape, small.applied_to(plan)).devices["cpu"].total_bytes
    need_large = estimate(shape, large.applied_to(plan)).devices["cpu"].total_bytes
    assert need_large - need_small > 2 * 1024**3
    between = tiny_machine(available_bytes=RAM_SAFETY + (need_small + need_large) // 2)
    roomy = tiny_machine(available_bytes=RAM_SAFETY + need_large * 2)
    tuning = record({small: 100.0, large: 200.0})

    assert tuning.choose(plan, lambda tried: fits_here(shape, tried, roomy)) == large.applied_to(plan)
    assert tuning.choose(plan, lambda tried: fits_here(shape, tried, between)) == small.applied_to(plan)


def test_a_quantized_kv_cache_keeps_flash_attention_on() -> None:
    on, off = Candidate(512, 512, True), Candidate(512, 512, False)
    tuning = record({on: 100.0, off: 150.0})
    assert tuning.choose(LoadPlan(context=8192), ANYTHING_FITS).flash_attention is False
    assert tuning.choose(LoadPlan(context=8192, kv_type="q8_0"), ANYTHING_FITS).flash_attention is True


def test_the_plans_own_settings_stay_unless_another_is_clearly_faster() -> None:
    own, other = Candidate(512, 512, True), Candidate(1024, 1024, True)
    plan = LoadPlan(context=8192)
    assert record({own: 100.0, other: 105.0}).choose(plan, ANYTHING_FITS) == plan  # within the probe's noise
    assert record({own: 100.0, other: 130.0}).choose(plan, ANYTHING_FITS) == other.applied_to(plan)
    assert record({own: 0.0, other: 50.0}).choose(plan, ANYTHING_FITS) == other.applied_to(plan)  # own refused


@pytest.mark.model
def test_the_engine_loads_with_the_recorded_settings_and_measures_only_the_first_time(
    qwen_gguf: Path, profile: HardwareProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(numerics.MICRO_BATCH_ENV, raising=False)  # the perturbed run's override would win over it
    counting = Counting()
    monkeypatch.setattr(load_tuning, "measure", counting)
    monkeypatch.setattr(load_tuning, "PROBE_TOKENS", 32)
    monkeypatch.setattr(load_tuning, "CANDIDATES", (Candidate(32, 32, False),))
    plan = LoadPlan(context=4096)
    with LlamaEngine() as engine:
        first = engine.load(qwen_gguf, plan, profile=profile)
        assert counting.calls == 1
        tuning = load_tuning.recorded(qwen_gguf, profile, first.threads, plan.gpu_layers)
        assert tuning is not None
        shape = from_header(read_file(qwen_gguf))
        assert first.plan == tuning.choose(plan, lambda tried: fits_here(shape, tried, profile))
        assert dataclasses.replace(first.plan, batch=512, ubatch=512, flash_attention=True) == plan
        second = engine.load(qwen_gguf, plan, profile=profile)
        assert counting.calls == 1
        assert second.plan == first.plan
        assert second.context == 4096
