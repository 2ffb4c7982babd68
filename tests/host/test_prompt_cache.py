"""The model host's prompt-state cache: the longest shared start found, least recently used out first within its
size, one model's states kept apart from another's; and, on the real Qwen test model, a conversation continued
after a detour that gives the same logits, bit for bit, as if it had never been left."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app import settings
from app.engines.chat_types import Message, Sampling
from app.engines.llama import LlamaEngine
from app.engines.llama.prompt_state import SavedPrompt, reuse_point
from app.fit.estimate import LoadPlan
from app.hardware import probe
from app.host import ModelHost, ModelRequest
from app.host.prompt_cache import PromptCache
from tests.helpers.prompt_states import FIRST_TOKEN, GREEDY, marble_notes, reply_with_logits


def saved(tokens: list[int], size: int = 100, canonical: int | None = None) -> SavedPrompt:
    array = np.array(tokens, dtype=np.intc)
    return SavedPrompt(array, len(tokens) if canonical is None else canonical, bytes(size - array.nbytes))


def test_the_longest_shared_start_is_found_and_the_least_recently_used_state_leaves_first() -> None:
    cache = PromptCache(limit_bytes=300)
    a, b = cache.for_model("a"), cache.for_model("b")
    a.keep(saved([1, 2, 3, 4]))
    a.keep(saved([1, 2, 9]))
    b.keep(saved([1, 2, 3, 4, 5]))  # another model's: never found for "a"
    found = a.find(np.array([1, 2, 3, 7], dtype=np.intc))
    assert found is not None
    assert (found[0].tokens.tolist(), found[1]) == ([1, 2, 3, 4], 3)
    assert a.find(np.array([5], dtype=np.intc)) is None
    a.keep(saved([1, 2, 9, 9]))  # the same conversation a turn later replaces [1, 2, 9]; [1, 2, 3, 4] was used last
    assert cache.stats().entries == 3
    a.keep(saved([7, 7]))  # over 300 bytes: the least recently used ("b"'s) leaves
    assert b.find(np.array([1, 2, 3], dtype=np.intc)) is None
    assert (cache.stats().entries, cache.stats().tokens, cache.stats().bytes) == (3, 10, 300)
    cache.drop("a")
    assert cache.stats().entries == 0
    cache.set_limit(0)  # off: nothing is kept
    a.keep(saved([1]))
    assert cache.stats().entries == 0
    # Longer than the trie's blocks (app/host/token_trie.py): the share is counted exactly across a block's edge,
    # and a later turn of a conversation replaces the earlier one however many blocks they span.
    long = PromptCache(limit_bytes=20_000).for_model("a")
    long.keep(saved(list(range(200)), size=2000))
    long.keep(saved([*range(130), *[999] * 70], size=2000))
    found = long.find(np.array([*range(150), *[5] * 10], dtype=np.intc))
    assert found is not None
    assert (len(found[0].tokens), found[1]) == (200, 150)
    long.keep(saved(list(range(300)), size=2000))
    found = long.find(np.array(range(250), dtype=np.intc))
    assert found is not None
    assert (len(found[0].tokens), found[1]) == (300, 250)
    assert long.find(np.array([*range(130), 999], dtype=np.intc))[1] == 131  # type: ignore[index]
    # A machine short on memory (other programs took what the budget counted on): older states make room first,
    # and a state that still would not fit is not kept.
    left = [150]
    short = PromptCache(limit_bytes=1000, memory_left=lambda: left[0])
    short.for_model("a").keep(saved([1, 2]))
    assert short.takes(100)
    left[0] = 50
    assert short.takes(100)  # the kept state (100 bytes) goes to make room
    assert short.stats().entries == 0
    assert not short.takes(100)
    # Within the cells a prompt read, reuse stops at a multiple of the read's grain; past them it keeps everything.
    assert (reuse_point(300, 400, 64), reuse_point(450, 400, 64), reuse_point(63, 400, 64)) == (256, 450, 0)


@pytest.mark.model
def test_a_conversation_continued_after_a_detour_gives_the_same_logits_as_if_never_left(qwen_gguf: Path) -> None:
    # A small micro-batch, so a prompt of a few hundred tokens crosses several (prompt_state.py: the grain).
    plan = LoadPlan(context=1024, batch=128, ubatch=64)
    profile = probe(settings.configured_models_dir())
    request = ModelRequest(qwen_gguf, plan, profile)
    # The budget leaves about 64 MiB beside the model: the cache may hold that (less than its setting), no more.
    limit = LlamaEngine.check_fit(qwen_gguf, plan, profile).estimate.total_bytes + 64 * 1024 * 1024
    notes = marble_notes(20)
    question = [Message("user", f"{notes}\nWhich box holds the most marbles?")]
    similar = [Message("user", f"{notes}\nWhich boxes hold blue marbles?")]  # the same notes, another question
    detour = [Message("user", "Write a haiku about the sea.")]

    def reply(host: ModelHost, messages: list[Message], sampling: Sampling) -> tuple[str, int, np.ndarray]:
        return reply_with_logits(host, request, messages, sampling)

    with ModelHost(memory_limit_bytes=limit) as host:
        host.load(request).result(timeout=120)
        _, _, similar_from_scratch = reply(host, similar, FIRST_TOKEN)
        answer, _, _ = reply(host, question, GREEDY)
        follow_up = [*question, Message("assistant", answer), Message("user", "And the fewest?")]
        _, never_left_reused, never_left = reply(host, follow_up, FIRST_TOKEN)
        host.unload(request).result(timeout=60)
        assert host.prompt_cache().entries == 0  # a model's states go with it
        host.load(request).result(timeout=120)
        again, _, _ = reply(host, question, GREEDY)
        reply(host, detour, GREEDY)
        _, came_back_reused, came_back = reply(host, follow_up, FIRST_TOKEN)
        _, similar_reused, similar_after = reply(host, similar, FIRST_TOKEN)
        stats = host.prompt_cache()
        room = limit - host.loaded_models()[0].verdict.estimate.total_bytes  # as loaded (a micro-batch override)
        host.set_prompt_cache_bytes(0)  # off: its states go at once
        assert host.prompt_cache().entries == 0

    assert again == answer
    assert never_left_reused == came_back_reused > len(notes) // 8  # the notes and the answer, from the cache
    assert np.array_equal(came_back, never_left)
    # A prompt sharing only the notes with earlier prompts reads the rest as from scratch: the same logits.
    assert similar_reused > 0
    assert similar_reused % 64 == 0
    assert np.array_equal(similar_after, similar_from_scratch)
    assert stats.entries >= 2
    assert 0 < stats.bytes <= stats.limit_bytes == room
    assert stats.tokens > came_back_reused
