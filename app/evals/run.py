"""Run a suite: every case × every model × N repeats (seeds seed, seed + 1, …), each reply graded as it ends.

The models are asked through the model host exactly as Compare's set runner asks them (app/compare/runner.py):
models that fit together answer case by case, one after another; models that do not fit together answer model by
model, so each is loaded once per run rather than once per case (`plan_run` decides, before anything loads). A
load is never cancelled (another client may share the model); a cancel is seen within one token of a reply.

Each reply is graded the moment it ends and kept at once (app/evals/store.py), so a run stopped halfway keeps
every graded reply and a resumed run asks only for what is missing. A reply stopped by the cancel is not kept: the
resumed run asks it again. A case that passes on some seeds and fails on others is flaky (`flaky_cases`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from app.compare.plan import Contender, plan_run
from app.compare.runner import _wait_or_cancel
from app.engines.chat_types import Message, ReplyStats, StopReason, TextDelta, ToolCall
from app.evals.cases import Case, Graded, Reply, Suite
from app.evals.checks import grade
from app.evals.provenance import Hashes, differences, of_contender
from app.evals.store import EvalResult, EvalRun, EvalStore, reply_of
from app.evals.suite import render
from app.host import Job
from app.host.budget import MemoryBudget

Grader = Callable[[Case, Reply], Graded]


@dataclass(frozen=True)
class EvalProgress:
    """One more reply graded and kept. `grading_s` is the time its checks took (what benchmarks/eval.py adds up)."""

    run_id: int
    done: int
    total: int
    seconds_left: float | None  # None until a reply has been timed
    result: EvalResult
    grading_s: float


def seeds_of(seed: int, repeats: int) -> tuple[int, ...]:
    """The repeats' seeds: repeat r uses seed + r, so a run and its resumption agree on every seed."""
    return tuple(seed + repeat for repeat in range(repeats))


def open_run(
    store: EvalStore,
    suite: Suite,
    contenders: Sequence[Contender],
    *,
    repeats: int = 1,
    seed: int = 0,
    here: Mapping[str, Mapping[str, Any]] | None = None,
    hashes: Hashes | None = None,
) -> EvalRun:
    """The unfinished run of these cases with these models under exactly these settings (file hashes, context,
    sampler, seeds, Hearth's version), or a new one. Hashing a model file is done once (the library's cache)."""
    if repeats < 1:
        raise ValueError("a run has at least one repeat")
    names = [c.name for c in contenders]
    if len(set(names)) != len(names):
        raise ValueError("each model of a run needs its own name")
    hashes = hashes or Hashes()
    provenance = {c.name: of_contender(c, seeds_of(seed, repeats), hashes) for c in contenders}
    found = store.unfinished_run(suite, names, repeats, seed, provenance)
    return found or store.start_run(suite, names, repeats, seed, provenance, here)


def run_suite(
    store: EvalStore,
    contenders: Sequence[Contender],
    budget: MemoryBudget,
    run: EvalRun,
    cancel: threading.Event,
    *,
    grader: Grader = grade,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[EvalProgress, None, EvalRun]:
    """Ask what the run does not hold yet, grading and keeping each reply as it ends; returns the run as stored
    (finished when nothing is left). `contenders` are the run's models, by name."""
    by_name = {c.name: c for c in contenders}
    ordered = [by_name[name] for name in run.models]
    triples = list(_order(ordered, run, together=plan_run(ordered, budget).together))
    done = store.done(run.id)
    total = len(triples)
    finished = sum(1 for contender, index, repeat in triples if (contender.name, index, repeat) in done)
    timed, spent = 0, 0.0
    for contender, index, repeat in triples:
        if (contender.name, index, repeat) in done:
            continue
        if cancel.is_set():
            return store.run(run.id)
        started = clock()
        asked = _ask(contender, run.cases[index], run.seed_of(repeat), cancel, clock)
        if asked is None:  # cancelled while loading, or mid-reply: nothing kept, a resumed run asks again
            return store.run(run.id)
        reply, stats = asked
        graded_at = clock()
        graded = grader(run.cases[index], reply)
        grading_s = clock() - graded_at
        result = EvalResult(contender.name, index, repeat, run.seed_of(repeat), reply, graded, stats)
        store.save_result(run.id, result)
        finished += 1
        timed += 1
        spent += clock() - started
        yield EvalProgress(run.id, finished, total, (total - finished) * spent / timed, result, grading_s)
    store.finish_run(run.id)
    return store.run(run.id)


def _order(contenders: Sequence[Contender], run: EvalRun, *, together: bool) -> Iterable[tuple[Contender, int, int]]:
    """Case by case when the models stay loaded together (each case's replies sit side by side early); model by
    model when they take turns in memory, so each loads once."""
    cases, repeats = range(len(run.cases)), range(run.repeats)
    if together:
        return ((c, i, r) for i in cases for r in repeats for c in contenders)
    return ((c, i, r) for c in contenders for i in cases for r in repeats)


def _ask(
    contender: Contender, case: Case, seed: int, cancel: threading.Event, clock: Callable[[], float]
) -> tuple[Reply, ReplyStats] | None:
    """One reply, once the model is ready; None when cancelled. The case's tools (OpenAI tool objects) are offered
    the way the responder offers them, and the calls the model makes come back as the reply's tool calls."""
    prepare = contender.responder.prepare()
    _wait_or_cancel(prepare, cancel)
    if cancel.is_set():
        return None
    prepare.result()
    choice: Literal["auto", "required"] | None = "auto" if case.tools else None  # whether to call is the model's
    started = clock()
    job: Job[ReplyStats] = contender.responder.reply(
        [Message("user", render(case))],
        replace(contender.sampling, seed=seed),
        tools=case.tools,
        tool_choice=choice,
    )
    text: list[str] = []
    calls: list[ToolCall] = []
    for event in job.events():  # a token at a time, so a cancel is seen within one token
        if cancel.is_set():
            job.cancel()
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, ToolCall):
            calls.append(event)
    stats = job.result()
    if stats.stop_reason is StopReason.CANCELLED:
        return None
    return reply_of("".join(text), calls, stats, clock() - started), stats


def flaky_cases(results: Iterable[EvalResult]) -> dict[str, list[int]]:
    """Per model, the cases that passed on some seeds and failed on others, in case order."""
    verdicts: dict[tuple[str, int], set[bool]] = {}
    for result in results:
        verdicts.setdefault((result.model, result.case_index), set()).add(result.graded.passed)
    flaky: dict[str, list[int]] = {}
    for (model, index), seen in sorted(verdicts.items(), key=lambda item: item[0][1]):
        flaky.setdefault(model, [])
        if len(seen) > 1:
            flaky[model].append(index)
    return flaky


def not_comparable(store: EvalStore, run: EvalRun) -> list[str]:
    """Sentences for the earlier runs of these cases whose results cannot sit beside this run's: the latest
    earlier run of each model made under other settings (another file, quantization, context, sampler, seeds or
    Hearth version). Runs made under the same settings say nothing: they are comparable."""
    sentences: list[str] = []
    earlier = [r for r in store.runs_of_fingerprint(run.fingerprint) if r.id < run.id]
    for name, now in run.provenance.items():
        before = next((r for r in reversed(earlier) if name in r.provenance), None)
        if before is None:
            continue
        found = differences(before.provenance[name], now)
        if found:
            sentences.append(
                f"the earlier run {before.id} of this suite ran {name} with {', '.join(found)}, so its results "
                "are not comparable with these."
            )
    return sentences
