"""The reply's tokens from llama.cpp, one step at a time: a plain token, or a draft checked in one batch.

llama-cpp-python's `Llama.generate` reads the prompt (reusing the cached prefix of earlier turns) and samples the
first token; Hearth keeps it for that. After the first token, with a pacer, the steps are Hearth's own, over the
same `Llama` state generate uses: `n_tokens` and `input_ids` say what the KV cache holds, and the sampler is the
chain generate built (penalties, then greedy or top-k/top-p/min-p/temperature/dist).

A draft step decodes the last sampled token and the draft in one batch, asking llama.cpp for logits at those
positions only, then samples position by position with that same sampler and stops at the first token that
differs from the draft. Each sampled token is yielded before the next is sampled, so the caller's stop rules see
exactly the tokens plain decoding would give, and the sampler draws once per token the reply gets (its penalty
history and random stream advance as in plain decoding). Between yields `n_tokens` is what plain decoding would
have at that token, and when the step ends the rejected positions leave the KV cache, so the prompt-cache reuse
of the next turn, which compares `input_ids[:n_tokens]` with the new prompt, stays right.

Greedy output is plain decoding's token for token as long as llama.cpp computes the same logits for a token in
a batch as alone. That is checked, not assumed (`batch_equals_single`, asked for by the pacer once per cache size
class and model settings); the tests hold both outcomes on the real test model.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Sequence
from typing import Any

import numpy as np

from app.engines.llama import internals
from app.engines.llama.speedup import Pacer

__all__ = ["reply_tokens"]


def reply_tokens(
    llm: Any,
    prompt: Sequence[int],
    generate_options: dict[str, Any],
    pacer: Pacer | None,
    *,
    context: int,
    max_tokens: int,
) -> Generator[int, None, None]:
    """The reply's tokens, as `llm.generate(prompt, reset=True, **generate_options)` would give them; with a
    pacer, drafted where it says so. A draft never reaches past the context (`context` tokens) nor past the
    reply's `max_tokens`, where the caller stops anyway."""
    generator = llm.generate(list(prompt), reset=True, **generate_options)
    if pacer is None:
        yield from generator
        return
    try:
        token = next(generator)
    except StopIteration:
        return
    finally:
        generator.close()  # leaves generate's sampler in place: the steps below go on with it
    yield token
    sampler = internals.sampler(llm)
    given = 1
    while True:
        pacer.took(token)
        # Plain decoding stops at the context's end (see LlamaEngine.chat): a batch ends at its last position.
        room = min(context - 1 - int(llm.n_tokens), max_tokens - given - 1, int(llm.n_batch) - 1)
        draft = pacer.draft(room)
        if draft and pacer.needs_check(int(llm.n_tokens) + len(draft) + 1):
            cells = int(llm.n_tokens) + len(draft) + 1
            pacer.checked(cells, batch_equals_single(llm, [token, *draft], int(llm.n_tokens)))
            draft = draft if pacer.drafting else []
        if not draft:
            started = time.perf_counter()
            llm.eval([token])
            token = internals.sample(llm, sampler, -1)
            pacer.plain_step(time.perf_counter() - started)
            given += 1
            yield token
            continue
        before = int(llm.n_tokens)
        token = yield from _draft_step(llm, sampler, token, draft, pacer)
        given += int(llm.n_tokens) - before


def _draft_step(llm: Any, sampler: Any, last: int, draft: list[int], pacer: Pacer) -> Generator[int, None, int]:
    """Decode `last` and `draft` together; yield the sampler's tokens while they confirm the draft, and the first
    one that does not. Returns the last token yielded (sampled, not yet decoded, as in plain decoding)."""
    n_past = int(llm.n_tokens)
    started = time.perf_counter()
    internals.decode_batch(llm, [last, *draft], n_past)
    seconds = time.perf_counter() - started
    produced = accepted = 0
    token = last
    try:
        for i in range(len(draft) + 1):
            started = time.perf_counter()
            token = internals.sample(llm, sampler, i)
            seconds += time.perf_counter() - started
            produced += 1
            llm.n_tokens = n_past + produced  # `last` and the draft tokens confirmed before this one
            if i == len(draft) or token != draft[i]:
                break
            accepted += 1
            yield token
            pacer.took(token)
        yield token
        return token
    finally:
        # Also when the caller stops mid-step (a stop string, the end of the reply): the cache keeps what
        # plain decoding would have read by the last yielded token, nothing after it.
        internals.kv_remove(llm, int(llm.n_tokens))
        if llm.n_tokens != n_past + len(draft) + 1:
            internals.logits_stale(llm)  # the context's last logits are not those of the cache's last token
        pacer.draft_step(len(draft), accepted, produced, seconds)


def batch_equals_single(llm: Any, tokens: list[int], n_past: int) -> bool:
    """Whether llama.cpp gives `tokens` at positions n_past.. the same logits, bit for bit, decoded one at a time
    and as one batch. Either way the cache is left holding n_past cells, as before: `n_tokens` is not moved."""
    alone = []
    for i, token in enumerate(tokens):
        internals.decode_batch(llm, [token], n_past + i)
        alone.append(internals.logits_row(llm, 0))
    internals.decode_batch(llm, tokens, n_past)
    together = [internals.logits_row(llm, i) for i in range(len(tokens))]
    internals.kv_remove(llm, n_past)
    return all(np.array_equal(a, b) for a, b in zip(alone, together, strict=True))
