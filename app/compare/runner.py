""" "Run the set": every prompt of a set on every contender, written pair by pair, resumable and cancellable.

Models that fit together answer prompt by prompt (each prompt's replies sit side by side as soon as they exist);
models that do not fit together answer model by model, so each is loaded once per run instead of once per prompt.
A restarted run asks only for the (model, prompt) pairs the database does not hold yet. A model on another
computer has nothing to load; its responder streams the replies, kept like any other.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any

from app.compare.plan import Contender, plan_run
from app.compare.store import CompareStore, Prompt, Run
from app.engines.chat_types import Message, ReplyStats, StopReason, TextDelta
from app.host import Job
from app.host.budget import MemoryBudget


@dataclass(frozen=True)
class SetProgress:
    run_id: int
    done: int
    total: int
    seconds_left: float | None  # None until a pair has been timed
    model: str  # the pair that just finished
    prompt: str


def settings_of(contenders: Sequence[Contender]) -> dict[str, dict[str, object]]:
    return {
        c.name: {"file": c.source, "temperature": c.sampling.temperature, "max_tokens": c.sampling.max_tokens}
        | ({"remote": c.remote.provider, "host": c.remote.host} if c.remote is not None else {})
        for c in contenders
    }


def open_run(store: CompareStore, set_id: int, contenders: Sequence[Contender]) -> Run:
    """The unfinished run of this set with these models, or a new one."""
    names = [c.name for c in contenders]
    return store.unfinished_run(set_id, names) or store.start_run(set_id, names, settings_of(contenders))


def run_set(
    store: CompareStore,
    contenders: Sequence[Contender],
    budget: MemoryBudget,
    run: Run,
    cancel: threading.Event,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[SetProgress, None, Run]:
    prompts = store.prompts(run.set_id)
    done = store.done_pairs(run.id)
    together = plan_run(contenders, budget).together
    pairs: list[tuple[Contender, Prompt]] = (
        [(c, p) for p in prompts for c in contenders] if together else [(c, p) for c in contenders for p in prompts]
    )
    total = len(pairs)
    finished = sum(1 for c, p in pairs if (c.name, p.id) in done)
    timed, spent = 0, 0.0
    for contender, prompt in pairs:
        if (contender.name, prompt.id) in done:
            continue
        if cancel.is_set():
            return store.run(run.id)
        started = clock()
        job = _ask(contender, prompt.text, cancel)
        if job is None:
            return store.run(run.id)
        text = []
        for event in job.events():  # a token at a time, so a cancel is seen within one token
            if cancel.is_set():
                job.cancel()
            if isinstance(event, TextDelta):
                text.append(event.text)
        stats = job.result()
        if stats.stop_reason is StopReason.CANCELLED:  # not kept: a resumed run asks again
            return store.run(run.id)
        store.save_result(run.id, contender.name, prompt.id, "".join(text), stats)
        finished += 1
        timed += 1
        spent += clock() - started
        left = (total - finished) * spent / timed
        yield SetProgress(run.id, finished, total, left, contender.name, prompt.text)
    store.finish_run(run.id)
    return store.run(run.id)


def _ask(contender: Contender, prompt: str, cancel: threading.Event) -> Job[ReplyStats] | None:
    """The reply job for one pair, once the model is ready (loaded, for one on this computer); None when
    cancelled first."""
    prepare = contender.responder.prepare()
    _wait_or_cancel(prepare, cancel)
    if cancel.is_set():
        return None
    prepare.result()
    return contender.responder.reply([Message("user", prompt)], contender.sampling)


def _wait_or_cancel(job: Job[Any], cancel: threading.Event) -> None:
    """A load is never cancelled (another client may share it); waiting for it ends early on cancel."""
    while not job.wait(0.2):
        if cancel.is_set():
            return
