"""The model host on the real test models: shared loads, the queue, cancelling, the memory budget, closing."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import psutil
import pytest

from app import settings
from app.engines.chat_types import Message, Notice, Sampling, StopReason, TextDelta
from app.engines.errors import ModelLoadFailed, NoModelLoaded
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile, probe
from app.host import JobCancelled, ModelHost, ModelRequest
from tests.helpers.gguf_factory import without_vocabulary

pytestmark = pytest.mark.model

GREEDY = Sampling(temperature=0.0, max_tokens=32, seed=0)
QUESTION = [Message("user", "Write a Python function that adds two numbers.")]
MiB = 1024 * 1024


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def text_of(events: list[object]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def test_two_clients_asking_for_one_model_at_the_same_moment_share_one_load(
    host: ModelHost, qwen_gguf: Path, profile: HardwareProfile, caplog: pytest.LogCaptureFixture
) -> None:
    request = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)
    start = threading.Barrier(2)
    jobs = []

    def client() -> None:
        start.wait()
        jobs.append(host.load(request))

    with caplog.at_level(logging.INFO, logger="hearth.llama"):
        threads = [threading.Thread(target=client) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        first, second = (job.result(timeout=120) for job in jobs)
        later = host.load(request).result(timeout=5)  # loaded already: answered at once, no second load

    assert first is second is later
    assert len([r for r in caplog.records if r.getMessage().startswith("loaded ")]) == 1
    assert host.loaded_models() == [first]
    assert host.find_loaded(qwen_gguf) == request


def test_a_reply_cancelled_halfway_leaves_the_next_reply_whole(
    host: ModelHost, qwen_gguf: Path, profile: HardwareProfile
) -> None:
    request = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)
    host.load(request).result(timeout=120)
    expected = host.reply(request, QUESTION, GREEDY)
    expected_text = text_of(list(expected.events()))
    assert expected.result().generated_tokens == GREEDY.max_tokens

    halfway = threading.Event()
    seen: list[object] = []

    def on_event(event: object) -> None:
        seen.append(event)
        if len(seen) == 3:
            halfway.set()

    cancelled = host.reply(request, QUESTION, GREEDY, on_event=on_event)
    following = host.reply(request, QUESTION, GREEDY)  # queued behind the one that will be cancelled
    assert halfway.wait(60)
    cancelled.cancel()
    stats = cancelled.result(timeout=60)
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens < GREEDY.max_tokens

    assert text_of(list(following.events())) == expected_text
    assert following.result().stop_reason is StopReason.MAX_TOKENS


def test_a_queued_job_that_is_cancelled_never_starts_and_the_running_one_goes_on(
    host: ModelHost, qwen_gguf: Path, profile: HardwareProfile
) -> None:
    request = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)
    load = host.load(request)
    running = host.reply(request, QUESTION, GREEDY)
    queued = host.reply(request, QUESTION, GREEDY)
    queued_unload = host.unload(request)
    queued.cancel()
    queued_unload.cancel()
    load.result(timeout=120)
    assert running.result(timeout=60).stop_reason is StopReason.MAX_TOKENS
    assert queued.result(timeout=60).generated_tokens == 0
    assert queued.result().stop_reason is StopReason.CANCELLED
    with pytest.raises(JobCancelled):
        queued_unload.result(timeout=60)
    assert host.find_loaded(qwen_gguf) == request


def test_a_load_that_does_not_fit_beside_the_loaded_model_unloads_the_least_recently_used_first(
    qwen_gguf: Path, gemma_gguf: Path, profile: HardwareProfile
) -> None:
    qwen = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)  # about 590 MiB by the estimate
    gemma = ModelRequest(gemma_gguf, LoadPlan(context=2048), profile)  # about 330 MiB
    with ModelHost(memory_limit_bytes=700 * MiB) as host:
        host.load(qwen).result(timeout=120)
        load = host.load(gemma)
        notices = [e for e in load.events() if isinstance(e, Notice)]
        loaded = load.result()
        assert notices == [Notice(f"{qwen_gguf.name} was unloaded to make room for {gemma_gguf.name}.")]
        assert host.loaded_models() == [loaded]
        with pytest.raises(NoModelLoaded):
            host.reply(qwen, QUESTION, GREEDY).result(timeout=60)


def test_models_that_fit_together_stay_loaded_together(
    qwen_gguf: Path, gemma_gguf: Path, profile: HardwareProfile
) -> None:
    with ModelHost(memory_limit_bytes=2048 * MiB) as host:
        qwen = host.load(ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)).result(timeout=120)
        gemma = host.load(ModelRequest(gemma_gguf, LoadPlan(context=2048), profile)).result(timeout=120)
        assert host.loaded_models() == [qwen, gemma]


def test_a_damaged_file_fails_its_load_and_the_host_goes_on(
    host: ModelHost, qwen_gguf: Path, profile: HardwareProfile, tmp_path: Path
) -> None:
    broken = without_vocabulary(tmp_path / "no-vocabulary.gguf")  # Python's checks pass; llama.cpp refuses
    with pytest.raises(ModelLoadFailed):
        host.load(ModelRequest(broken, LoadPlan(context=2048), profile, force=True)).result(timeout=60)
    request = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)
    host.load(request).result(timeout=120)
    assert host.reply(request, QUESTION, GREEDY).result(timeout=60).generated_tokens == GREEDY.max_tokens


def test_every_job_runs_on_the_one_engine_thread(host: ModelHost) -> None:
    first = host.call(threading.get_ident).result(timeout=10)
    second = host.call(threading.get_ident).result(timeout=10)
    assert first == second != threading.get_ident()


def test_close_frees_the_model_memory_and_ends_the_engine_thread(qwen_gguf: Path, profile: HardwareProfile) -> None:
    process = psutil.Process()
    host = ModelHost()
    request = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)
    host.load(request).result(timeout=120)
    host.reply(request, QUESTION, GREEDY).result(timeout=60)
    loaded_rss = process.memory_info().rss
    host.close()
    freed = loaded_rss - process.memory_info().rss
    assert freed > 300 * MiB, f"only {freed / MiB:.0f} MiB freed"
    assert not any(t.name == "hearth-engine" and t.is_alive() for t in threading.enumerate() if t.ident)
    with pytest.raises(RuntimeError):
        host.load(request)
