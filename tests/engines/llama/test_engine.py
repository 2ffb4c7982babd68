"""The llama.cpp chat engine on the real test models: streaming, cancelling, templates, memory guard, crashes."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Generator, Sequence
from pathlib import Path

import pytest

from app import settings
from app.engines.chat_types import (
    CREATIVE,
    PRECISE,
    Event,
    Message,
    Notice,
    Sampling,
    StopReason,
    TextDelta,
)
from app.engines.errors import MessageTooLong, ModelLoadFailed, ModelTooLarge
from app.engines.llama import LlamaEngine, crashed_during_load, default_threads, forget_crashed_load, prompt_fit
from app.engines.llama import runtime as llama_runtime
from app.engines.llama.chat_format import FALLBACK_NOTICE
from app.engines.llama.load_marker import marker_path, plan_from_record
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile, probe
from tests.helpers.generators import drain
from tests.helpers.gguf_factory import without_vocabulary
from tests.locations import DATA_DIR, REPO_ROOT

DATA = DATA_DIR
GREEDY = Sampling(temperature=0.0, max_tokens=24, seed=0)


def text_of(events: Sequence[Event]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


@pytest.fixture(scope="module")
def qwen(
    qwen_gguf: Path, profile: HardwareProfile, tmp_path_factory: pytest.TempPathFactory
) -> Generator[LlamaEngine, None, None]:
    engine = LlamaEngine()
    with pytest.MonkeyPatch.context() as patch:  # the loading marker goes to a temporary home, as in every test
        patch.setenv("HEARTH_HOME", str(tmp_path_factory.mktemp("engine-home")))
        engine.load(qwen_gguf, LoadPlan(context=8192), profile=profile)
    yield engine
    engine.close()


# ---- pure: fitting a conversation into the context (a word is a token here)
def words(messages: Sequence[Message]) -> list[int]:
    return [0] * sum(len(m.content.split()) + 2 for m in messages)


def test_overflow_drops_the_oldest_turns_and_keeps_system_and_newest() -> None:
    conversation = [Message("system", "be brief")]
    for turn in range(10):
        conversation += [Message("user", f"question {turn} " * 10), Message("assistant", "answer " * 20)]
    conversation.append(Message("user", "last question"))
    fitted = prompt_fit.fit(conversation, words, context=200, reply_room=50)
    assert fitted.messages[0] == conversation[0]
    assert fitted.messages[-1] == conversation[-1]
    assert fitted.messages[1].role == "user"
    assert fitted.left_out > 0
    assert fitted.messages[1:] == tuple(conversation[1 + fitted.left_out :])
    assert len(fitted.tokens) <= 150
    assert len(words([conversation[0], *conversation[fitted.left_out - 1 :]])) > 150  # nothing more fits


def test_a_newest_message_too_long_for_the_context_is_refused_not_cut() -> None:
    conversation = [Message("system", "be brief"), Message("user", "word " * 500)]
    with pytest.raises(MessageTooLong, match="too long"):
        prompt_fit.fit(conversation, words, context=400, reply_room=64)


def test_presets_differ_and_threads_default_to_physical_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    assert PRECISE.temperature < CREATIVE.temperature
    import psutil

    monkeypatch.delenv("HEARTH_THREADS", raising=False)  # set by the perturbed run
    assert default_threads() == (psutil.cpu_count(logical=False) or psutil.cpu_count())


# ---- real models
@pytest.mark.model
def test_qwen_answers_and_streams(qwen: LlamaEngine) -> None:
    events, stats = drain(
        qwen.chat([Message("user", "Name the capital of France, then count from one to ten in words.")],
                  Sampling(temperature=0.0, max_tokens=48, seed=0), threading.Event())
    )  # fmt: skip
    deltas = [e for e in events if isinstance(e, TextDelta)]
    assert len(deltas) > 5  # streamed, not handed over at the end
    assert text_of(events).strip()  # what it says is the model's, and moves with the processor: not checked
    assert stats.generated_tokens > 5
    assert stats.ttft_s > 0
    assert stats.tokens_per_second > 0  # how fast is for benchmarks/: a busy machine gave 0.63 tokens/s here
    assert stats.stop_reason in (StopReason.FINISHED, StopReason.MAX_TOKENS)


@pytest.mark.model
def test_loaded_model_reports_its_plan_and_load_time(qwen: LlamaEngine, qwen_gguf: Path) -> None:
    loaded = qwen.loaded
    assert loaded is not None
    assert loaded.path == qwen_gguf
    assert loaded.context == 8192
    assert loaded.load_seconds > 0
    assert loaded.threads == default_threads()
    assert loaded.has_chat_template
    assert qwen.template_options() == frozenset()  # Qwen2.5's template reads nothing beyond the conversation


class PressedAfter(threading.Event):
    """Stop, pressed once the engine has looked at it `checks` times: at a known point of its work (reading the
    prompt calls llama.cpp's abort callback after every graph node), whatever the speed of this machine."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.checks_left = checks

    def is_set(self) -> bool:
        self.checks_left -= 1
        if self.checks_left <= 0:
            self.set()
        return super().is_set()


@pytest.mark.model
def test_cancel_mid_reply_stops_at_the_next_token(qwen: LlamaEngine) -> None:
    """The engine checks Stop between tokens: after it was pressed, no more tokens are counted and no text but
    what was already decoded (held back as a possible stop string) arrives."""
    cancel = threading.Event()
    events = qwen.chat([Message("user", "Write a long story about a lighthouse keeper.")],
                       Sampling(temperature=0.7, max_tokens=2000, seed=1), cancel)  # fmt: skip
    seen = 0
    while seen < 5:
        if isinstance(next(events), TextDelta):
            seen += 1
    cancel.set()
    after, stats = drain(events)
    assert stats.stop_reason is StopReason.CANCELLED
    assert 0 < stats.generated_tokens < 100  # of 2000 allowed
    assert len([e for e in after if isinstance(e, TextDelta)]) <= 1  # at most the held-back text, flushed


@pytest.mark.model
def test_cancel_interrupts_reading_a_long_prompt(qwen: LlamaEngine) -> None:
    long_text = " ".join(f"line {i}: the quick brown fox jumps over the lazy dog." for i in range(420))
    cancel = PressedAfter(checks=200)  # a few hundred graph nodes into reading the prompt's first batch
    _, stats = drain(qwen.chat([Message("user", long_text + "\nSummarise.")], GREEDY, cancel))
    assert stats.prompt_tokens > 6000
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens == 0
    # The engine is still usable afterwards, and the partly read prompt is not taken for a cached prefix.
    events, stats = drain(qwen.chat([Message("user", "Say hello.")], GREEDY, threading.Event()))
    assert text_of(events).strip()


@pytest.mark.model
def test_a_raw_completion_continues_the_text_through_the_same_loop(qwen: LlamaEngine) -> None:
    """`complete` reads the text as is (no chat template), shows no thinking split, and stops where chat would."""
    prompt = "1, 2, 3, 4, 5,"
    events, stats = drain(qwen.complete(prompt, GREEDY, threading.Event()))
    assert events
    assert all(isinstance(e, TextDelta) for e in events)
    text = text_of(events)
    assert text.strip()
    assert stats.prompt_tokens == len(qwen.text_tokens(prompt))
    assert 0 < stats.generated_tokens <= GREEDY.max_tokens
    assert stats.stop_reason in (StopReason.MAX_TOKENS, StopReason.FINISHED)
    stop = text.strip()[-2:]  # a piece of what it wrote: the same text again is cut at its first appearance
    events, stats = drain(qwen.complete(prompt, dataclasses.replace(GREEDY, stop=(stop,)), threading.Event()))
    assert text_of(events) == text[: text.find(stop)]
    assert stats.stop_reason is StopReason.STOP_STRING


@pytest.mark.model
def test_a_raw_completion_cancelled_while_reading_its_text_ends_without_a_token(qwen: LlamaEngine) -> None:
    long_text = " ".join(f"line {i}: the quick brown fox jumps over the lazy dog." for i in range(420))
    cancel = PressedAfter(checks=200)  # inside the prompt's first batch: the abort window covers raw completions
    events, stats = drain(qwen.complete(long_text, GREEDY, cancel))
    assert stats.prompt_tokens > 6000
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens == 0
    assert not text_of(events)
    with pytest.raises(MessageTooLong):
        drain(qwen.complete("word " * 9000, GREEDY, threading.Event()))  # the fixture's context is 8192


@pytest.mark.model
def test_turn_three_reuses_the_earlier_turns_from_the_cache(qwen: LlamaEngine) -> None:
    conversation = [Message("system", "You are a helpful assistant. " * 20)]
    results = []
    for question in ("What is 2 + 2?", "And 3 + 3?", "And 4 + 4?"):
        conversation.append(Message("user", question))
        events, stats = drain(qwen.chat(conversation, GREEDY, threading.Event()))
        conversation.append(Message("assistant", text_of(events)))
        results.append(stats)
    third = results[2]
    assert third.prompt_tokens > 150
    assert third.prompt_tokens_reused > 0.8 * third.prompt_tokens
    assert third.prompt_tokens_evaluated < 0.2 * third.prompt_tokens  # llama.cpp's own count agrees


@pytest.mark.model
def test_overflow_drops_oldest_turns_with_a_notice(qwen_gguf: Path, profile: HardwareProfile) -> None:
    with LlamaEngine() as engine:
        engine.load(qwen_gguf, LoadPlan(context=512), profile=profile)
        conversation = [Message("system", "Answer in one word.")]
        for turn in range(8):
            conversation += [
                Message("user", f"Question {turn}: tell me about the history of the number {turn}. " * 3),
                Message("assistant", f"The number {turn} has a long history in many cultures. " * 3),
            ]
        conversation.append(Message("user", "What is the capital of France?"))
        events, stats = drain(engine.chat(conversation, Sampling(temperature=0, max_tokens=64), threading.Event()))
        notices = [e for e in events if isinstance(e, Notice)]
        assert len(notices) == 1
        assert f"{stats.messages_left_out} earlier messages were left out" in notices[0].message
        assert stats.messages_left_out >= 2
        assert stats.prompt_tokens + 64 <= 512
        assert text_of(events).strip()
        with pytest.raises(MessageTooLong):
            drain(engine.chat([Message("user", "word " * 600)], Sampling(max_tokens=64), threading.Event()))


@pytest.mark.model
def test_gemma_without_a_template_chats_through_the_plain_format_with_a_notice(
    gemma_gguf: Path, profile: HardwareProfile
) -> None:
    with LlamaEngine() as engine:
        loaded = engine.load(gemma_gguf, LoadPlan(context=1024), profile=profile)
        assert not loaded.has_chat_template
        conversation = [Message("user", "What is the capital of France?")]
        events, stats = drain(engine.chat(conversation, Sampling(temperature=0, max_tokens=24), threading.Event()))
        assert events[0] == Notice(FALLBACK_NOTICE)
        assert stats.generated_tokens > 0
        assert "User:" not in text_of(events)
        conversation += [Message("assistant", text_of(events)), Message("user", "And of Italy?")]
        events, _ = drain(engine.chat(conversation, Sampling(temperature=0, max_tokens=8), threading.Event()))
        assert not any(isinstance(e, Notice) for e in events)  # said once per loaded model


def tiny_machine(available_bytes: int) -> HardwareProfile:
    data = json.loads((DATA / "profiles" / "laptop-8gb-no-gpu.json").read_text(encoding="utf-8"))
    profile = HardwareProfile.from_dict(data)
    return dataclasses.replace(profile, memory=dataclasses.replace(profile.memory, available_bytes=available_bytes))


@pytest.mark.model
def test_memory_guard_refuses_what_the_verdict_calls_too_large(qwen_gguf: Path) -> None:
    laptop = tiny_machine(available_bytes=4_831_838_208)  # as recorded: 4.8 GB of 8 GB free
    engine = LlamaEngine()
    with pytest.raises(ModelTooLarge) as refused:
        engine.load(qwen_gguf, LoadPlan(context=1_048_576), profile=laptop)
    verdict = engine.check_fit(qwen_gguf, LoadPlan(context=1_048_576), laptop)
    assert refused.value.message == verdict.reason
    assert "memory is free" in refused.value.message
    assert engine.loaded is None
    assert crashed_during_load() is None  # refused before any load began


@pytest.mark.model
def test_force_loads_anyway(qwen_gguf: Path) -> None:
    squeezed = tiny_machine(available_bytes=1_200_000_000)  # 1.2 GB free: the guard keeps 1 GB for the system
    plan = LoadPlan(context=512)
    with LlamaEngine() as engine:
        with pytest.raises(ModelTooLarge):
            engine.load(qwen_gguf, plan, profile=squeezed)
        loaded = engine.load(qwen_gguf, plan, profile=squeezed, force=True)
        assert loaded.verdict.fit == "too_large"
        events, _ = drain(engine.chat([Message("user", "Say yes.")], GREEDY, threading.Event()))
        assert text_of(events).strip()
    assert not marker_path().exists()


CHILD = """
import logging, sys, threading
from pathlib import Path
from app import settings
from app.engines.llama import LlamaEngine
from app.fit.estimate import LoadPlan
from app.hardware import probe

profile = probe(settings.configured_models_dir())  # before the handler: only the load below may trip it

class Hold(logging.Handler):
    def emit(self, record):
        # llama.cpp is opening the model: tell the parent, then wait to be killed mid-load.
        sys.stdout.write("loading\\n"); sys.stdout.flush()
        threading.Event().wait()

logging.getLogger("hearth.llama").addHandler(Hold())
logging.getLogger("hearth.llama").setLevel(logging.DEBUG)
LlamaEngine().load(Path(sys.argv[1]), LoadPlan(context=1024, gpu_layers=0), profile=profile, force=True)
"""


@pytest.mark.model
def test_a_load_killed_midway_leaves_a_marker_naming_the_model(qwen_gguf: Path, hearth_home: Path) -> None:
    assert crashed_during_load() is None
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(qwen_gguf)],
        stdout=subprocess.PIPE,
        cwd=REPO_ROOT,
        env={**os.environ, "HEARTH_HOME": str(hearth_home)},
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "loading\n"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        if child.stdout is not None:
            child.stdout.close()
    record = crashed_during_load()
    assert record is not None
    assert record["model"] == str(qwen_gguf)
    plan = plan_from_record(record)
    assert plan == LoadPlan(context=1024, gpu_layers=0)
    forget_crashed_load()
    assert crashed_during_load() is None


@pytest.mark.model
def test_a_successful_or_failed_load_leaves_no_marker(
    qwen_gguf: Path, profile: HardwareProfile, tmp_path: Path
) -> None:
    no_vocabulary = without_vocabulary(tmp_path / "no-vocabulary.gguf")  # Python's checks pass; llama.cpp refuses
    with LlamaEngine() as engine:
        with pytest.raises(ModelLoadFailed, match="could not be loaded"):
            engine.load(no_vocabulary, LoadPlan(context=512), profile=profile, force=True)
        assert not marker_path().exists()
        engine.load(qwen_gguf, LoadPlan(context=512), profile=profile)
        assert not marker_path().exists()


@pytest.mark.model
def test_native_log_goes_to_the_hearth_llama_logger(
    qwen_gguf: Path, profile: HardwareProfile, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="hearth.llama")
    with LlamaEngine() as engine:
        engine.load(qwen_gguf, LoadPlan(context=512), profile=profile)
    lines = [r.getMessage() for r in caplog.records if r.name == "hearth.llama"]
    assert any("llama_model_loader" in line for line in lines)
    assert llama_runtime.llama_cpp() is llama_runtime.llama_cpp()


def test_the_engine_reports_a_broken_native_library_as_a_sentence(tmp_path: Path) -> None:
    script = (
        "import sys; sys.modules['llama_cpp'] = None\n"
        "from app.engines.llama import runtime as llama_runtime\n"
        "from app.engines.errors import EngineUnavailable\n"
        "try:\n    llama_runtime.llama_cpp()\nexcept EngineUnavailable as e:\n    print(e.message)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=REPO_ROOT, timeout=60)  # fmt: skip
    assert "could not be started" in out.stdout
