"""Compare over the model host with the real Qwen and Gemma test models: panes, turns, stopping, the fit."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app import settings
from app.compare import Comparison, Contender, fastest
from app.compare.export import export_markdown
from app.compare.plan import contender_for, plan_run
from app.engines import numerics
from app.engines.chat_types import Message, Sampling, StopReason, TextDelta
from app.engines.llama import runtime as llama_runtime
from app.hardware import HardwareProfile, probe
from app.host import ModelHost
from app.host.budget import MemoryBudget

pytestmark = pytest.mark.model

GREEDY = Sampling(temperature=0.0, max_tokens=12, seed=0)
PROMPT = "Name a colour."
MiB = 1024 * 1024


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def pane(host: ModelHost, path: Path, profile: HardwareProfile, name: str, sampling: Sampling = GREEDY) -> Contender:
    return contender_for(host, path, sampling, profile, name=name, context=1024)[0]


def text_of(events: list[object]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def test_both_panes_answer_one_after_another_and_their_stats_are_the_engines_own_counts(
    host: ModelHost, qwen_gguf: Path, gemma_gguf: Path, profile: HardwareProfile
) -> None:
    qwen, gemma = pane(host, qwen_gguf, profile, "Qwen"), pane(host, gemma_gguf, profile, "Gemma")
    comparison = Comparison([qwen, gemma], MemoryBudget.of(profile))
    assert comparison.plan.together
    assert comparison.plan.sentence == ""
    counts: dict[str, tuple[int, int, int]] = {}
    ended: list[str] = []

    def counted(contender: Contender) -> object:
        # on_done runs on the engine thread right after the reply, before the next pane's load or reply
        return lambda _job: (ended.append(contender.name), counts.__setitem__(contender.name, _now(host, contender)))

    def _now(host: ModelHost, contender: Contender) -> tuple[int, int, int]:
        llm = host._slots[contender.responder.request.key].engine._llm  # the engine thread is this one: no job needed
        perf = llama_runtime.llama_cpp().llama_perf_context(llm.ctx)
        return int(llm.n_tokens), int(perf.n_p_eval), int(perf.n_eval)

    turn = comparison.ask(PROMPT, on_done=[counted(qwen), counted(gemma)])  # type: ignore[list-item]
    assert turn.wait(300)
    assert ended == ["Qwen", "Gemma"]
    for reply, contender in zip(turn.replies, (qwen, gemma), strict=True):
        assert reply is not None
        assert not reply.error
        assert reply.text.strip()
        stats = reply.stats
        in_context, prompt_read, decoded = counts[contender.name]
        assert stats.prompt_tokens == prompt_read == stats.prompt_tokens_evaluated
        # the last token counted is decoded only when the model goes on to sample its end-of-reply token
        assert decoded == stats.generated_tokens - (stats.stop_reason is not StopReason.FINISHED)
        assert in_context == stats.prompt_tokens + decoded
        if numerics.micro_batch_override() is None:
            assert reply.memory_bytes == contender.memory_bytes > 0
        else:  # the perturbed run's smaller micro-batch is judged again at load: smaller buffers, nothing more
            assert 0 < reply.memory_bytes <= contender.memory_bytes
        assert reply.loaded_together
    assert fastest(turn.replies) in (0, 1)
    assert {m.path.name for m in host.loaded_models()} == {qwen_gguf.name, gemma_gguf.name}


def test_models_that_do_not_fit_together_are_told_first_then_loaded_in_turn_keeping_each_history(
    qwen_gguf: Path, gemma_gguf: Path, profile: HardwareProfile
) -> None:
    budget = MemoryBudget.of(profile, 700 * MiB)  # each fits alone (about 590 and 330 MiB), not both
    with ModelHost(memory_limit_bytes=700 * MiB) as host:
        qwen, gemma = pane(host, qwen_gguf, profile, "Qwen"), pane(host, gemma_gguf, profile, "Gemma")
        comparison = Comparison([qwen, gemma], budget)
        assert not comparison.plan.together
        assert comparison.plan.sentence.startswith("These two do not fit together here; Hearth loads them in turn")
        first = comparison.ask(PROMPT)
        assert first.wait(300)
        second = comparison.ask("And another one?")
        assert second.wait(300)
        for index, reply in enumerate(second.replies):
            assert reply is not None
            assert not reply.error
            assert reply.text.strip()
            assert not reply.loaded_together
            history = comparison.history(index)
            assert [m.role for m in history] == ["user", "assistant", "user", "assistant"]
            assert history[1].content == comparison.replies(index)[0].text
        assert [m.path.name for m in host.loaded_models()] == [gemma_gguf.name]
    markdown = export_markdown(comparison)
    assert "## Prompt 2" in markdown
    assert "> And another one?" in markdown
    assert "do not fit together" in markdown


def test_stopping_one_pane_midway_leaves_the_other_running_to_its_end(
    host: ModelHost, qwen_gguf: Path, gemma_gguf: Path, profile: HardwareProfile
) -> None:
    longer = Sampling(temperature=0.0, max_tokens=24, seed=0)
    qwen, gemma = pane(host, qwen_gguf, profile, "Qwen", longer), pane(host, gemma_gguf, profile, "Gemma", longer)
    comparison = Comparison([qwen, gemma], MemoryBudget.of(profile))
    question = "Count from one to twenty in words, separated by commas."
    turn_ref: list[object] = []
    stopped_once = threading.Event()

    def stop_qwen_at_first_words(_event: object) -> None:
        if not stopped_once.is_set():
            stopped_once.set()
            turn_ref[0].stop(0)  # type: ignore[attr-defined]

    turn = comparison.ask(question, on_event=[stop_qwen_at_first_words, None])
    turn_ref.append(turn)
    assert turn.wait(300)
    stopped, other = turn.replies
    assert stopped is not None
    assert other is not None
    assert stopped.stats.stop_reason is StopReason.CANCELLED
    assert stopped.stats.generated_tokens < longer.max_tokens
    assert other.stats.stop_reason is not StopReason.CANCELLED  # it ran to its own end
    assert other.stats.generated_tokens > 0
    assert other.text.strip()


def test_at_temperature_zero_a_pane_replies_what_the_chat_path_replies(
    host: ModelHost, qwen_gguf: Path, profile: HardwareProfile
) -> None:
    qwen = pane(host, qwen_gguf, profile, "Qwen")
    comparison = Comparison([qwen], MemoryBudget.of(profile))
    turn = comparison.ask(PROMPT)
    assert turn.wait(300)
    chat = host.reply(qwen.responder.request, [Message("user", PROMPT)], GREEDY)  # what the Chat page submits
    assert turn.replies[0] is not None
    assert turn.replies[0].text == text_of(list(chat.events()))


def test_the_plan_counts_the_same_model_twice_once(host: ModelHost, qwen_gguf: Path, profile: HardwareProfile) -> None:
    cold = pane(host, qwen_gguf, profile, "Qwen cold")
    warm = pane(host, qwen_gguf, profile, "Qwen warm", Sampling(temperature=1.0, max_tokens=12))
    plan = plan_run([cold, warm], MemoryBudget.of(profile, int(cold.memory_bytes * 1.5)))
    assert plan.together
    assert len(plan.unique) == 1
