"""Run a suite: every case × every model × N repeats (seeds seed, seed + 1, …), each reply graded as it ends.

The models are asked through the model host exactly as Compare's set runner asks them (app/compare/runner.py):
models that fit together answer case by case, one after another; models that do not fit together answer model by
model, so each is loaded once per run rather than once per case (`plan_run` decides, before anything loads). A
load is never cancelled (another client may share the model); a cancel is seen within one token of a reply.

Each reply is graded the moment it ends and kept at once (app/evals/store.py), so a run stopped halfway keeps
every graded reply and a resumed run asks only for what is missing. A reply stopped by the cancel is not kept: the
resumed run asks it again. A case that passes on some seeds and fails on others is flaky (`flaky_cases`).

A case with a schema check (is-json or contains-json with a schema) is asked once more per repeat of a model here,
with Hearth's grammar forcing that schema, right after its reply (the model is loaded): whether that reply matches
the schema is the reliability table's "schema valid with Hearth's grammar". Another computer's model takes no
grammar, so it is not measured there. These replies count in the progress like the others, and are kept as they
end, so a resumed run does not ask them again.

`similar` and `llm-rubric` checks run with the models `aids` gives (an embedder, a judge); without them they are
reported and not counted.
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
from app.errors import HearthError
from app.evals.cases import Case, Graded, Reply, Suite
from app.evals.checks import GradingAids, base_type, grade
from app.evals.checks.json_checks import is_json, parse_schema
from app.evals.provenance import Hashes, differences, of_contender
from app.evals.store import EvalResult, EvalRun, EvalStore, GrammarReply, reply_of
from app.evals.suite import render
from app.evals.variables import fill_value
from app.host import Job
from app.host.budget import MemoryBudget
from app.i18n import say
from app.openai.tools import json_grammar
from app.responders import LocalResponder

Grader = Callable[[Case, Reply], Graded]
SCHEMA_CHECKS = frozenset({"is-json", "contains-json"})


@dataclass(frozen=True)
class EvalProgress:
    """One more reply graded and kept. `grading_s` is the time its checks took (what benchmarks/eval.py adds up).
    `with_grammar`: the reply was the case asked again with its schema's grammar (`result.grammar` holds it)."""

    run_id: int
    done: int
    total: int
    seconds_left: float | None  # None until a reply has been timed
    result: EvalResult
    grading_s: float
    with_grammar: bool = False


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
    grader: Grader | None = None,
    aids: GradingAids | None = None,
    schema_with_grammar: bool = True,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[EvalProgress, None, EvalRun]:
    """Ask what the run does not hold yet, grading and keeping each reply as it ends; returns the run as stored
    (finished when nothing is left). `contenders` are the run's models, by name. `aids` gives `similar` and
    `llm-rubric` their models (`grader`, when given, grades instead); `schema_with_grammar=False` leaves out the
    replies asked with a schema's grammar (a benchmark of the checks alone)."""
    grading: Grader = grader or (lambda case, reply: grade(case, reply, aids))
    by_name = {c.name: c for c in contenders}
    ordered = [by_name[name] for name in run.models]
    triples = list(_order(ordered, run, together=plan_run(ordered, budget).together))
    grammars = {index: schema_grammar(case) for index, case in enumerate(run.cases)} if schema_with_grammar else {}
    wanted = {(c.name, i, r) for c, i, r in triples if _measures_grammar(c) and grammars.get(i) is not None}
    done, done_with_grammar = store.done(run.id), store.done_with_grammar(run.id) & wanted
    total = len(triples) + len(wanted)
    finished = sum(1 for contender, index, repeat in triples if (contender.name, index, repeat) in done)
    finished += len(done_with_grammar)
    timed, spent = 0, 0.0
    for contender, index, repeat in triples:
        key = (contender.name, index, repeat)
        result: EvalResult | None = None
        if key not in done:
            if cancel.is_set():
                return store.run(run.id)
            started = clock()
            asked = _ask(contender, run.cases[index], run.seed_of(repeat), cancel, clock)
            if asked is None:  # cancelled while loading, or mid-reply: nothing kept, a resumed run asks again
                return store.run(run.id)
            reply, stats = asked
            graded_at = clock()
            graded = grading(run.cases[index], reply)
            grading_s = clock() - graded_at
            result = EvalResult(contender.name, index, repeat, run.seed_of(repeat), reply, graded, stats)
            store.save_result(run.id, result)
            finished += 1
            timed += 1
            spent += clock() - started
            yield EvalProgress(run.id, finished, total, (total - finished) * spent / timed, result, grading_s)
        if key in wanted and key not in done_with_grammar:
            if cancel.is_set():
                return store.run(run.id)
            started = clock()
            grammar = grammars[index]
            assert grammar is not None  # wanted only where the case has one
            asked = _ask(contender, run.cases[index], run.seed_of(repeat), cancel, clock, grammar=grammar)
            if asked is None:
                return store.run(run.id)
            checked_at = clock()
            forced = _schema_verdict(run.cases[index], asked[0].text)
            checking_s = clock() - checked_at
            store.save_grammar(run.id, key, forced)
            result = replace(result or store.result(run.id, key), grammar=forced)
            finished += 1
            timed += 1
            spent += clock() - started
            left = (total - finished) * spent / timed
            yield EvalProgress(run.id, finished, total, left, result, checking_s, with_grammar=True)
    store.finish_run(run.id)
    return store.run(run.id)


def replies_of(run: EvalRun, contenders: Sequence[Contender], *, schema_with_grammar: bool = True) -> int:
    """How many replies the run asks for in all: every case × model × repeat, and the replies with a schema's
    grammar (the progress counts both)."""
    by_name = {c.name: c for c in contenders}
    forced = sum(schema_grammar(case) is not None for case in run.cases) if schema_with_grammar else 0
    here = sum(_measures_grammar(by_name[name]) for name in run.models if name in by_name)
    return run.repeats * (len(run.cases) * len(run.models) + forced * here)


def case_schema(case: Case) -> dict[str, Any] | None:
    """The schema the case's first schema check asks for (is-json or contains-json with a schema, its
    `{{variables}}` filled), or None: no such check, or one whose schema cannot be used."""
    for check in case.checks:
        name, negated = base_type(check.type)
        if name in SCHEMA_CHECKS and not negated and check.value is not None:
            try:
                schema = parse_schema(fill_value(check.value, case.vars), check)
            except HearthError:
                return None
            return schema if isinstance(schema, dict) else None
    return None


def schema_grammar(case: Case) -> str | None:
    """The grammar forcing the case's schema, or None: no schema, or one llama.cpp cannot enforce (not measured)."""
    schema = case_schema(case)
    if schema is None:
        return None
    try:
        return json_grammar(schema)
    except HearthError:
        return None


def _measures_grammar(contender: Contender) -> bool:
    """A model here takes a grammar; another computer's server does not, so its rate is not measured."""
    return isinstance(contender.responder, LocalResponder)


def _schema_verdict(case: Case, text: str) -> GrammarReply:
    """Whether the reply asked with the grammar matches the schema: the whole reply read as JSON (the grammar
    leaves nothing around it), with the is-json check's sentence."""
    schema = case_schema(case)
    verdict = is_json(schema, Reply(text), case)
    return GrammarReply(text, verdict.passed, verdict.reason)


def _order(contenders: Sequence[Contender], run: EvalRun, *, together: bool) -> Iterable[tuple[Contender, int, int]]:
    """Case by case when the models stay loaded together (each case's replies sit side by side early); model by
    model when they take turns in memory, so each loads once."""
    cases, repeats = range(len(run.cases)), range(run.repeats)
    if together:
        return ((c, i, r) for i in cases for r in repeats for c in contenders)
    return ((c, i, r) for c in contenders for i in cases for r in repeats)


def _ask(
    contender: Contender,
    case: Case,
    seed: int,
    cancel: threading.Event,
    clock: Callable[[], float],
    *,
    grammar: str | None = None,
) -> tuple[Reply, ReplyStats] | None:
    """One reply, once the model is ready; None when cancelled. The case's tools (OpenAI tool objects) are offered
    the way the responder offers them, and the calls the model makes come back as the reply's tool calls. With a
    `grammar` (a schema's), the reply is forced to it and no tools are offered."""
    prepare = contender.responder.prepare()
    _wait_or_cancel(prepare, cancel)
    if cancel.is_set():
        return None
    prepare.result()
    tools = case.tools if grammar is None else ()
    choice: Literal["auto", "required"] | None = "auto" if tools else None  # whether to call is the model's
    started = clock()
    job: Job[ReplyStats] = contender.responder.reply(
        [Message("user", render(case))],
        replace(contender.sampling, seed=seed),
        grammar=grammar,
        tools=tools,
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
                say(
                    "Evals",
                    "the earlier run {run} of this suite ran {model} with {differences}, so its results are not "
                    "comparable with these.",
                    "evals.not-comparable",
                ).format(run=before.id, model=name, differences=_joined(found))
            )
    return sentences


def _joined(phrases: Sequence[str]) -> str:
    """Phrases as one list, each kept a sentence of its own (so the window says each in its language)."""
    joined = phrases[0]
    for phrase in phrases[1:]:
        joined = say("Evals", "{first}, {second}", "evals.list-more").format(first=joined, second=phrase)
    return joined
