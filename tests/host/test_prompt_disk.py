"""Prompt states on disk: found again by a new process's host, checked (a damaged file is dropped, another model's
or another load's states are never given), bounded (least recently used out first), written whole; and on the real
Qwen test model, a conversation continued after a restart gives the same logits, bit for bit, as if the host had
never closed."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

from app import settings
from app.engines.chat_types import Message, Sampling
from app.engines.llama.prompt_state import SavedPrompt
from app.fit.estimate import LoadPlan
from app.hardware import probe
from app.host import ModelHost, ModelRequest
from app.host.prompt_cache import PromptCache
from app.host.prompt_disk import MIN_TOKENS, PromptDisk
from tests.helpers.prompt_states import FIRST_TOKEN, GREEDY, marble_notes, reply_with_logits

MODEL_A = {"model": "a.gguf", "context": 4096}
MODEL_B = {"model": "a.gguf", "context": 8192}  # the same file loaded another way: its states do not fit


def state(tokens: list[int], fill: int = 1) -> SavedPrompt:
    return SavedPrompt(np.array(tokens, dtype=np.intc), len(tokens), bytes([fill]) * 4000)


def tokens(n: int, first: int = 0) -> list[int]:
    return [first, *range(1, n)]


def test_states_on_disk_are_found_after_a_restart_checked_bounded_and_replaced_by_longer_ones(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "prompt-states"
    disk = PromptDisk(folder, limit_bytes=100_000)
    short = state(tokens(MIN_TOKENS))
    disk.share(MODEL_A).offer(short)
    disk.share(MODEL_A).offer(state(tokens(MIN_TOKENS - 1, first=7)))  # too short to be worth a file
    disk.share(MODEL_A).offer(state(tokens(MIN_TOKENS + 100)))  # the same conversation later: replaces `short`
    disk.share(MODEL_A).offer(state(tokens(MIN_TOKENS, first=9), fill=2))  # another conversation
    disk.close()
    assert disk.stats().entries == 2
    assert not list(folder.rglob("*.tmp"))

    again = PromptDisk(folder, limit_bytes=100_000)  # as after a restart
    asked = np.array([*tokens(MIN_TOKENS + 100), 5, 5], dtype=np.intc)
    found = again.share(MODEL_A).find(asked)
    assert found is not None
    assert (len(found[0].tokens), found[1], found[0].data) == (MIN_TOKENS + 100, MIN_TOKENS + 100, bytes([1]) * 4000)
    assert again.share(MODEL_A).find(asked, better_than=(MIN_TOKENS + 100, MIN_TOKENS + 100)) is None
    assert again.share(MODEL_B).find(asked) is None  # another load's identity

    other = next(p for p in folder.rglob("*.state") if p.read_bytes().endswith(bytes([2]) * 10))
    damaged = bytearray(other.read_bytes())
    damaged[-1] ^= 0xFF
    other.write_bytes(bytes(damaged))
    with caplog.at_level(logging.WARNING, logger="app.host.prompt_disk"):
        assert again.share(MODEL_A).find(np.array(tokens(MIN_TOKENS, first=9), dtype=np.intc)) is None
    assert "checksum" in caplog.text
    assert not other.exists()  # dropped, not offered again

    # Bounded: a third state over the limit sends the least recently used away.
    small = PromptDisk(folder, limit_bytes=2 * (4000 + 4 * (MIN_TOKENS + 100)) + 400)
    small.share(MODEL_B).offer(state(tokens(MIN_TOKENS, first=11)))
    small.share(MODEL_B).offer(state(tokens(MIN_TOKENS, first=12)))
    small.flush()
    assert small.stats().entries == 2
    assert small.share(MODEL_A).find(asked) is None  # the oldest file went
    small.set_limit(0)  # turned off: every file goes
    assert small.stats().entries == 0
    small.close()
    again.close()


def test_states_spill_to_disk_when_memory_lets_them_go_and_the_latest_when_closing(tmp_path: Path) -> None:
    disk = PromptDisk(tmp_path, limit_bytes=100_000)
    share = disk.share(MODEL_A)
    cache = PromptCache(limit_bytes=2 * state(tokens(MIN_TOKENS + 10)).nbytes)
    model = cache.for_model("a")
    model.use_disk(share)
    model.keep(state(tokens(MIN_TOKENS)))
    model.keep(state(tokens(MIN_TOKENS + 10)))  # the same conversation later: the earlier turn goes, not to disk
    model.keep(state(tokens(MIN_TOKENS, first=5)))
    disk.flush()
    assert disk.stats().entries == 0  # nothing written while memory holds it all
    model.keep(state(tokens(MIN_TOKENS, first=6)))  # full: the least recently used spills
    disk.flush()
    assert disk.stats().entries == 1
    assert share.find(np.array(tokens(MIN_TOKENS + 10), dtype=np.intc)) is not None
    found = model.find(np.array([*tokens(MIN_TOKENS + 10), 1], dtype=np.intc))  # read back from disk
    assert found is not None
    assert found[1] == MIN_TOKENS + 10
    disk.flush()
    assert disk.stats().entries == 2  # making room for it in memory sent the least recently used there
    cache.clear(spill_recent=2)  # closing: the two most recent go to disk (the one read back is there already)
    disk.close()
    assert disk.stats().entries == 3


@pytest.mark.model
def test_a_conversation_continued_after_a_restart_gives_the_same_logits_as_if_never_closed(
    qwen_gguf: Path, tmp_path: Path
) -> None:
    plan = LoadPlan(context=2048, batch=128, ubatch=64)
    request = ModelRequest(qwen_gguf, plan, probe(settings.configured_models_dir()))
    notes = marble_notes(60)
    question = [Message("user", f"{notes}\nWhich box holds the most marbles?")]
    folder = tmp_path / "states"

    def reply(host: ModelHost, messages: list[Message], sampling: Sampling) -> tuple[str, int, np.ndarray]:
        return reply_with_logits(host, request, messages, sampling)

    with ModelHost(prompt_cache_folder=folder) as host:
        host.load(request).result(timeout=120)
        answer, _, _ = reply(host, question, GREEDY)
        host.flush_prompt_cache()
        # The folder as Hearth would leave it closing now; this host goes on to the follow-up as if never closed.
        shutil.copytree(folder, tmp_path / "closed")
        follow_up = [*question, Message("assistant", answer), Message("user", "And the fewest?")]
        _, never_closed_reused, never_closed = reply(host, follow_up, FIRST_TOKEN)
    shutil.rmtree(folder)
    (tmp_path / "closed").rename(folder)
    with ModelHost(prompt_cache_folder=folder) as host:  # Hearth opened again
        host.load(request).result(timeout=120)
        _, after_restart_reused, after_restart = reply(host, follow_up, FIRST_TOKEN)
        stats = host.prompt_cache()
    with ModelHost(prompt_cache_folder=folder) as host:  # loaded another way: the states on disk do not fit it
        other = ModelRequest(qwen_gguf, LoadPlan(context=1536, batch=128, ubatch=64), request.profile)
        host.load(other).result(timeout=120)
        job = host.reply(other, follow_up, FIRST_TOKEN)
        list(job.events())
        other_reused = job.result(timeout=300).prompt_tokens_reused

    assert after_restart_reused == never_closed_reused > MIN_TOKENS
    assert np.array_equal(after_restart, never_closed)
    assert stats.disk_entries >= 1
    assert stats.disk_bytes > 0
    assert other_reused == 0
