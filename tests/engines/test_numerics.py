"""The switches that split the engines' arithmetic another way (`make test-perturbed` uses them)."""

from __future__ import annotations

import logging

import psutil
import pytest

from app.engines import numerics
from app.engines.whisper.options import cpu_device
from app.fit.estimate import LoadPlan


@pytest.fixture(autouse=True)
def unset(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The perturbed run sets both; each test here starts from neither."""
    monkeypatch.delenv(numerics.THREADS_ENV, raising=False)
    monkeypatch.delenv(numerics.MICRO_BATCH_ENV, raising=False)
    return monkeypatch


def test_without_overrides_threads_are_the_physical_cores_and_the_plan_is_kept(unset: pytest.MonkeyPatch) -> None:
    assert numerics.processor_threads() == (psutil.cpu_count(logical=False) or psutil.cpu_count())
    plan = LoadPlan(context=4096)
    assert numerics.with_micro_batch(plan) is plan


def test_overrides_reach_llama_and_whisper_and_never_exceed_the_batch(unset: pytest.MonkeyPatch) -> None:
    unset.setenv(numerics.THREADS_ENV, "1")
    unset.setenv(numerics.MICRO_BATCH_ENV, "7")
    assert numerics.processor_threads() == 1
    assert cpu_device().threads == 1
    assert numerics.with_micro_batch(LoadPlan(context=4096)).ubatch == 7
    unset.setenv(numerics.MICRO_BATCH_ENV, "4096")
    assert numerics.with_micro_batch(LoadPlan(context=4096, batch=512, ubatch=512)).ubatch == 512


@pytest.mark.parametrize("value", ["zero", "0", "-3", "1.5"])
def test_an_unusable_value_is_said_and_hearths_own_choice_is_used(
    value: str, unset: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    unset.setenv(numerics.THREADS_ENV, value)
    with caplog.at_level(logging.WARNING, logger=numerics.__name__):
        assert numerics.processor_threads() == (psutil.cpu_count(logical=False) or psutil.cpu_count())
    assert "HEARTH_THREADS" in caplog.text
