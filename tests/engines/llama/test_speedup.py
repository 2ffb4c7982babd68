"""Drafting from the prompt inside LlamaEngine.chat, on the real Qwen test model.

Hearth checks before it drafts (app/engines/llama/speedup.py says why: this llama.cpp build computes a token's logits
differently in a batch than alone with an f16 cache past 256 cells, or with four rows or more). The first tests
hold both outcomes of that check. The rest work where the numbers are the same (a context under 256 cells,
drafts of at most two tokens), so that what they hold is the machinery itself: the verify step, the rewinding of
the cache and of `n_tokens`, stop strings, `<think>` splitting, max_tokens, the context's end, cancelling and the
next turn's reuse of the cache. In that regime a drafted reply must be plain decoding's, token for token (and
event for event).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

import pytest

from app import settings
from app.engines.chat_types import Event, Message, ReplyStats, Sampling, StopReason, TextDelta, ThinkingDelta
from app.engines.llama import LlamaEngine, draft_decode, speedup
from app.engines.llama.speedup_record import SpeedupRecord, default_path, record_key
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile, probe
from tests.helpers.generators import drain
from tests.helpers.speech import LONG_SENTENCES

GREEDY = Sampling(temperature=0.0, max_tokens=120, seed=0)
PASSAGE = (
    "The finance team finished the report on Tuesday and sent it to every manager. "
    "Our spending on travel went down, but the cost of software went up again. "
    "The new office has more light, a quiet room for calls and a larger kitchen."
)


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


@pytest.fixture(scope="module")
def qwen(
    qwen_gguf: Path, tmp_path_factory: pytest.TempPathFactory, profile: HardwareProfile
) -> Generator[LlamaEngine, None, None]:
    engine = LlamaEngine()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HEARTH_HOME", str(tmp_path_factory.mktemp("speedup-home")))
        engine.load(qwen_gguf, LoadPlan(context=1024), profile=profile)  # flash attention on, as Hearth's plans have it
    yield engine
    engine.close()


@pytest.fixture
def exact_drafting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speedup, "DRAFTING", True)
    monkeypatch.setattr(speedup, "MAX_DRAFT", 2)  # batches of three rows at most
    monkeypatch.setattr(speedup, "GROUNDED_TOKENS", 40)  # the prompts here are short, to stay under 256 cells
    monkeypatch.setattr(speedup, "JUDGE_AFTER", 10_000)  # never stopped by timings on a busy machine


def reply(
    engine: LlamaEngine, messages: Sequence[Message], sampling: Sampling, *, fresh: bool = True
) -> tuple[list[Event], ReplyStats]:
    if fresh:
        engine._llm.reset()  # each run reads its whole prompt, as a chat's first reply does
    return drain(engine.chat(messages, sampling, threading.Event()))


def both(
    engine: LlamaEngine, messages: Sequence[Message], sampling: Sampling = GREEDY
) -> tuple[tuple[list[Event], ReplyStats], tuple[list[Event], ReplyStats]]:
    plain = reply(engine, messages, dataclasses.replace(sampling, speedup=False))
    drafted = reply(engine, messages, sampling)
    return plain, drafted


def text_of(events: Sequence[Event]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def joined(events: Sequence[Event]) -> list[tuple[str, str]]:
    """The events with neighbouring deltas of one kind joined: how a drafted reply may chunk them is free."""
    out: list[tuple[str, str]] = []
    for event in events:
        kind = type(event).__name__
        text = event.text if isinstance(event, TextDelta | ThinkingDelta) else event.message
        if out and out[-1][0] == kind and kind != "Notice":
            out[-1] = (kind, out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def same_reply(plain: tuple[list[Event], ReplyStats], drafted: tuple[list[Event], ReplyStats]) -> None:
    assert joined(drafted[0]) == joined(plain[0])
    assert drafted[1].generated_tokens == plain[1].generated_tokens
    assert drafted[1].stop_reason == plain[1].stop_reason
    assert drafted[1].prompt_tokens == plain[1].prompt_tokens


def long_copy() -> list[Message]:
    """A prompt past 256 cache cells whose reply (a copy) passes 512: two cache size classes to check."""
    transcript = " ".join(LONG_SENTENCES)  # the two-minute meeting of the transcription tests, about 450 tokens
    return [Message("user", f"Here is the transcript of a meeting:\n\n{transcript}\n\nRepeat it word for word.")]


@pytest.fixture
def judged_only_by_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speedup, "JUDGE_AFTER", 10_000)  # the pacer's timings are not what these tests hold


@pytest.fixture
def batches_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check's answer on a processor whose batch attention adds in another order than its one-token path (an
    f16 cache past 256 cells did here at two threads; at one thread, in the perturbed run, both agree). The check
    itself is asked as ever; only its answer stands for that other processor."""
    real = draft_decode.batch_equals_single

    def differs(llm: Any, tokens: list[int], n_past: int) -> bool:
        real(llm, tokens, n_past)
        return False

    monkeypatch.setattr(draft_decode, "batch_equals_single", differs)


@pytest.mark.model
@pytest.mark.usefixtures("judged_only_by_checks", "batches_differ")
def test_where_a_batch_differs_from_single_decodes_the_check_turns_drafting_off_and_the_text_is_plain(
    qwen: LlamaEngine,
) -> None:
    plain, drafted = both(qwen, long_copy(), dataclasses.replace(GREEDY, max_tokens=40))
    same_reply(plain, drafted)
    assert drafted[1].drafted_tokens == 0
    assert SpeedupRecord().get(_key(qwen)).inexact  # remembered: the next reply does not try again
    _, again = reply(qwen, long_copy(), dataclasses.replace(GREEDY, max_tokens=8))
    assert again.drafted_tokens == 0


@pytest.mark.model
@pytest.mark.usefixtures("judged_only_by_checks")
def test_with_a_q8_0_cache_the_checks_pass_and_a_long_drafted_reply_is_plain_decodings(
    qwen_gguf: Path, profile: HardwareProfile
) -> None:
    with LlamaEngine() as engine:
        engine.load(qwen_gguf, LoadPlan(context=1024, kv_type="q8_0"), profile=profile)
        plain, drafted = both(engine, long_copy(), dataclasses.replace(GREEDY, max_tokens=120))
        same_reply(plain, drafted)
        stats = drafted[1]
        assert stats.prompt_tokens + stats.generated_tokens > 512
        record = SpeedupRecord().get(_key(engine))
        if record.inexact:  # a processor whose q8_0 batch path adds in another order: the check kept drafting off
            assert stats.drafted_tokens == 0
        else:  # here, at two threads and at one: both size classes checked, and the copy was drafted
            assert stats.drafted_tokens > 40
            assert record.checked_up_to == 1024


@pytest.mark.model
@pytest.mark.usefixtures("judged_only_by_checks", "batches_differ")
def test_the_record_is_kept_in_the_file_the_engine_was_given(
    qwen_gguf: Path, tmp_path: Path, profile: HardwareProfile
) -> None:
    given = tmp_path / "elsewhere" / "speedup.json"
    with LlamaEngine(speedup_record=given) as engine:
        engine.load(qwen_gguf, LoadPlan(context=1024), profile=profile)
        reply(engine, long_copy(), dataclasses.replace(GREEDY, max_tokens=40))
        key = _key(engine)
    assert SpeedupRecord(given).get(key).inexact
    assert not default_path().exists()  # the engine reads no global place for it


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_a_raw_completion_drafts_from_its_text_and_gives_plain_decodings_tokens(qwen: LlamaEngine) -> None:
    text = f"{PASSAGE}\n\n{PASSAGE}\n\n{PASSAGE}\n\n"
    runs = []
    for sampling in (
        dataclasses.replace(GREEDY, max_tokens=60, speedup=False),
        dataclasses.replace(GREEDY, max_tokens=60),
    ):
        runs.append(drain(qwen.complete(text, sampling, threading.Event())))
    (plain_events, plain), (drafted_events, drafted) = runs
    assert text_of(drafted_events) == text_of(plain_events)
    assert drafted.generated_tokens == plain.generated_tokens
    assert drafted.stop_reason == plain.stop_reason
    assert plain.drafted_tokens == 0


def _key(engine: LlamaEngine) -> str:
    loaded = engine.loaded
    assert loaded is not None
    return record_key(loaded.path, 0, loaded.plan.kv_type, loaded.plan.flash_attention)


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_a_reply_copying_its_prompt_is_drafted_and_is_plain_decodings_token_for_token(qwen: LlamaEngine) -> None:
    messages = [Message("user", f"{PASSAGE}\n\nRepeat the text above word for word.")]
    plain, drafted = both(qwen, messages)
    same_reply(plain, drafted)
    assert "quiet room for calls" in text_of(drafted[0])
    stats = drafted[1]
    assert stats.drafted_tokens > 10
    assert 0 < stats.accepted_tokens <= stats.drafted_tokens
    assert plain[1].drafted_tokens == 0  # speedup=False: plain decoding
    print(f"drafted {stats.drafted_tokens}, kept {stats.accepted_tokens}, gain {stats.speedup:.2f}")


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_short_and_summary_replies_equal_plain_decoding(qwen: LlamaEngine) -> None:
    for question, limit in (("Which team finished the report?", 12), ("Summarize this text in two sentences.", 80)):
        messages = [Message("user", f"{PASSAGE}\n\n{question}")]
        plain, drafted = both(qwen, messages, dataclasses.replace(GREEDY, max_tokens=limit))
        same_reply(plain, drafted)


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_sampling_with_a_seed_gives_the_same_tokens_drafted_or_not(qwen: LlamaEngine) -> None:
    """One draw of the sampler per kept token, in order: the distribution is plain decoding's, and with the same
    seed so are the tokens."""
    messages = [Message("user", f"{PASSAGE}\n\nRepeat the text above word for word.")]
    plain, drafted = both(qwen, messages, Sampling(temperature=0.7, max_tokens=100, seed=7))
    same_reply(plain, drafted)
    assert drafted[1].drafted_tokens > 0


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_a_stop_string_inside_a_draft_ends_the_reply_where_plain_decoding_does(qwen: LlamaEngine) -> None:
    messages = [Message("user", f"{PASSAGE}\n\nRepeat the text above word for word.")]
    plain, drafted = both(qwen, messages, dataclasses.replace(GREEDY, stop=("software",)))
    same_reply(plain, drafted)
    assert drafted[1].stop_reason is StopReason.STOP_STRING
    assert "software" not in text_of(drafted[0])
    assert drafted[1].drafted_tokens > 0


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_think_tags_copied_from_the_prompt_are_split_as_in_plain_decoding(qwen: LlamaEngine) -> None:
    quoted = "<think>The budget is fine and the office is ready.</think>The new office opens in May."
    messages = [Message("user", f"Text:\n{quoted} {PASSAGE}\n\nRepeat the text exactly, starting with <think>.")]
    plain, drafted = both(qwen, messages)
    same_reply(plain, drafted)
    thinking = "".join(e.text for e in drafted[0] if isinstance(e, ThinkingDelta))
    assert "budget is fine" in thinking
    assert "<think>" not in text_of(drafted[0])


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_max_tokens_and_the_context_end_cut_a_drafted_reply_where_plain_decoding_stops(
    qwen_gguf: Path,
    profile: HardwareProfile,
) -> None:
    messages = [Message("user", f"{PASSAGE}\n\nRepeat the text above word for word, three times.")]
    with LlamaEngine() as engine:
        engine.load(qwen_gguf, LoadPlan(context=256), profile=profile)
        for limit in (7, 33):
            plain, drafted = both(engine, messages, dataclasses.replace(GREEDY, max_tokens=limit))
            same_reply(plain, drafted)
            assert drafted[1].stop_reason is StopReason.MAX_TOKENS
        long_copy = [Message("user", f"{PASSAGE} {PASSAGE} {PASSAGE}\n\nRepeat the text above word for word.")]
        room = 256 - len(engine.prompt_tokens(long_copy))
        plain, drafted = both(engine, long_copy, dataclasses.replace(GREEDY, max_tokens=room))
        same_reply(plain, drafted)  # the reply fills the context to its last cell: no batch may reach past it
        assert drafted[1].prompt_tokens + drafted[1].generated_tokens == 256
        assert drafted[1].drafted_tokens > 0


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_the_next_turn_reuses_the_cache_a_drafted_reply_left_as_after_plain_decoding(qwen: LlamaEngine) -> None:
    first = [Message("user", f"{PASSAGE}\n\nRepeat the first sentence word for word.")]
    turns = {}
    for mode in (False, True):
        sampling = dataclasses.replace(GREEDY, max_tokens=40, speedup=mode)
        opening = reply(qwen, first, sampling)
        conversation = [*first, Message("assistant", text_of(opening[0])), Message("user", "And the second one?")]
        turns[mode] = (opening, reply(qwen, conversation, sampling, fresh=False))
    (plain_first, plain_next), (drafted_first, drafted_next) = turns[False], turns[True]
    same_reply(plain_first, drafted_first)
    assert drafted_first[1].drafted_tokens > 0
    same_reply(plain_next, drafted_next)
    assert drafted_next[1].prompt_tokens_reused == plain_next[1].prompt_tokens_reused
    assert drafted_next[1].prompt_tokens_reused > 0.8 * drafted_next[1].prompt_tokens


@pytest.mark.model
@pytest.mark.usefixtures("exact_drafting")
def test_cancel_stops_a_drafted_reply_at_the_next_step(qwen: LlamaEngine) -> None:
    qwen._llm.reset()
    cancel = threading.Event()
    messages = [Message("user", f"{PASSAGE * 2}\n\nRepeat the text above word for word.")]
    events = qwen.chat(messages, dataclasses.replace(GREEDY, max_tokens=400), cancel)
    seen = 0
    while seen < 10:
        if isinstance(next(events), TextDelta):
            seen += 1
    cancel.set()
    after, stats = drain(events)
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens < 400
    assert len([e for e in after if isinstance(e, TextDelta)]) <= 1  # at most the held-back text, flushed
