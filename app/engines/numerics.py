"""How the engines split their arithmetic: processor threads and llama.cpp's micro-batch, and their overrides.

A processor other than this one adds llama.cpp's and CTranslate2's floating-point sums in another order, so a small
model's greedy words and a word error rate move with it. `make test-perturbed` reproduces that here by running the
tests that use a real model with another thread count and micro-batch (`HEARTH_THREADS`, `HEARTH_MICRO_BATCH`),
so a test tuned on one machine fails on this one first. The same switches let a person on a shared machine leave
cores free. An unset, empty or unusable value means Hearth's own choice; none of them changes what fits in memory
by more than a smaller micro-batch's smaller buffers.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace

import psutil

from app.fit.estimate import LoadPlan

__all__ = ["MICRO_BATCH_ENV", "THREADS_ENV", "micro_batch_override", "processor_threads", "with_micro_batch"]

log = logging.getLogger(__name__)

THREADS_ENV = "HEARTH_THREADS"
MICRO_BATCH_ENV = "HEARTH_MICRO_BATCH"


def _positive(name: str) -> int | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        log.warning("%s=%r is not a positive whole number; Hearth's own choice is used", name, raw)
        return None
    return value


def processor_threads() -> int:
    """`HEARTH_THREADS`, else one thread per physical core: llama.cpp's and CTranslate2's matrix work gains nothing
    from hyper-threads, and llama-cpp-python's own default (half the logical cores) leaves real cores idle on
    machines without them."""
    return _positive(THREADS_ENV) or psutil.cpu_count(logical=False) or psutil.cpu_count() or 1


def micro_batch_override() -> int | None:
    """`HEARTH_MICRO_BATCH`: the tokens llama.cpp reads per pass over the weights, when set."""
    return _positive(MICRO_BATCH_ENV)


def with_micro_batch(plan: LoadPlan) -> LoadPlan:
    """`plan` with the micro-batch override applied (never above the plan's batch), for a chat model. Embedding
    models keep theirs: an encoder must see a whole text in one micro-batch."""
    ubatch = micro_batch_override()
    if ubatch is None:
        return plan
    return replace(plan, ubatch=min(ubatch, plan.batch))
