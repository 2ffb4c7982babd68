"""`hearth eval SUITE --model A [--model B] [--model C] ...`: check models on a suite of cases, headless.

SUITE is Hearth's JSONL (one case a line), a promptfoo YAML, or a ready suite's name. Every model is judged first,
as `hearth compare` does, so one that cannot run here is refused with its verdict's sentence before anything loads.
Every case is asked of every model `--repeats` times (seeds S, S + 1, …), each reply graded as it ends and kept in
Hearth's evaluations file: a run stopped with Ctrl-C keeps what was graded, and the same command again goes on
where it stopped. Then the three tables (real work, reliability, this computer) and one sentence naming the model
to use, or, with `--json`, one document with each model's rates and each reply's checks. `--report PATH` also
writes the results as .json, .csv or a self-contained .html file.

`similar` checks need an embedding model (`--embedder`, loaded through the host's embedding path) and `llm-rubric`
checks a judge (`--judge`, here or on another computer), each named as `--model` names a model; without one, those
checks are listed in the results and never counted, and the command says which option runs them.
"""

from __future__ import annotations

import argparse
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import settings
from app.cli import remote_chat
from app.cli.chat import quiet_native_log, resolve_model
from app.cli.remote import providers
from app.compare.plan import Contender, contender_for, plan_run, remote_contender
from app.engines.chat_types import BALANCED
from app.errors import HearthError
from app.evals import report
from app.evals.cases import Suite
from app.evals.checks import GradingAids, base_type
from app.evals.checks import aids as model_aids
from app.evals.promptfoo import read_config
from app.evals.provenance import Hashes, licence_of
from app.evals.run import EvalProgress, not_comparable, open_run, replies_of, run_suite
from app.evals.store import EvalRun, EvalStore
from app.evals.suite import load_jsonl, ready_suites
from app.evals.tables import ModelHere, model_here, tables
from app.fit.verdict import Verdict
from app.hardware import HardwareProfile, probe
from app.host import ModelHost
from app.host.budget import MemoryBudget
from app.providers.replies import RemoteReplies

DEFAULT_MAX_TOKENS = 512
YAML_SUFFIXES = (".yaml", ".yml")


def register(commands: Any) -> None:
    parser = commands.add_parser("eval", help="check one to three models on a suite of cases with pass rates")
    parser.add_argument("suite", metavar="SUITE", help="a JSONL file, a promptfoo YAML, or a ready suite's name")
    parser.add_argument(
        "--model",
        action="append",
        required=True,
        metavar="PATH|LIBRARY_ID|NAME/MODEL_ID",
        help="a model to check, here or on another computer; 1 to 3",
    )
    parser.add_argument("--repeats", type=int, default=1, metavar="N", help="ask each case N times (seeds S, S+1, …)")
    parser.add_argument("--temperature", type=float, default=BALANCED.temperature, metavar="T")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="the first repeat's seed (default 0)")
    parser.add_argument("--max-tokens", type=int, default=DEFAULT_MAX_TOKENS, metavar="N", help="longest reply")
    parser.add_argument("--context", type=int, metavar="N", help="context size (default: what fits here)")
    parser.add_argument(
        "--use",
        choices=("personal", "commercial"),
        default="personal",
        help="what the recommended model's licence must allow (default personal)",
    )
    parser.add_argument(
        "--embedder",
        metavar="PATH|LIBRARY_ID",
        help="the embedding model that runs “similar” checks (without it they are listed, not counted)",
    )
    parser.add_argument(
        "--judge",
        metavar="PATH|LIBRARY_ID|NAME/MODEL_ID",
        help="the model that grades “llm-rubric” checks (without it they are listed, not counted)",
    )
    parser.add_argument("--report", metavar="PATH", help="also write the results to a .json, .csv or .html file")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"hearth eval: {problem}", file=sys.stderr)
        return 2
    suite = load_suite(args.suite)
    if not suite.cases:
        raise HearthError(f"The suite {suite.name} has no cases to run.")
    if suite.unsupported:
        print(
            f"hearth: Hearth does not run these checks of the suite {suite.name}, so they are listed in the results "
            f"and never counted: {', '.join(suite.unsupported)}.",
            file=sys.stderr,
        )
    quiet_native_log()
    sampling = replace(BALANCED, temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    profile = probe(settings.configured_models_dir())
    hashes = Hashes()
    with ModelHost() as host, RemoteReplies(providers()) as remote, EvalStore() as store:
        aids = _aids(args, sampling, profile, host, remote)  # a wrong embedder is said before any file is read
        judged = _judged(args.model, sampling, profile, host, remote, args.context, hashes)
        _say_what_is_not_counted(suite, args)
        contenders = [contender for contender, _ in judged]
        here = {contender.name: facts.to_json() for contender, facts in judged}
        evaluation = open_run(store, suite, contenders, repeats=args.repeats, seed=args.seed, here=here, hashes=hashes)
        _announce(store, evaluation, contenders, MemoryBudget.of(profile))
        evaluation = _drive(store, contenders, MemoryBudget.of(profile), evaluation, aids)
        results = store.results(evaluation.id)
        apart = not_comparable(store, evaluation)
    made = tables(evaluation, results, args.use)
    if args.report:
        report.write(Path(args.report), evaluation, results, made, apart)
        print(f"hearth: the report is in {args.report}", file=sys.stderr)
    if args.json:
        sys.stdout.write(report.to_json(evaluation, results, made, apart))
    else:
        sys.stdout.write(report.as_text(made, apart))
    return 0


def _usage_problem(args: argparse.Namespace) -> str:
    if not 1 <= len(args.model) <= 3:
        return "give one to three --model"
    if len(set(args.model)) != len(args.model):
        return "give each --model once"
    if args.repeats < 1:
        return "--repeats must be at least 1"
    if args.max_tokens < 1:
        return "--max-tokens must be at least 1"
    if args.report and Path(args.report).suffix.lower() not in (*report.FORMATS, ".htm"):
        return "--report must name a .json, .csv or .html file"
    return ""


def load_suite(name: str) -> Suite:
    """A suite file (JSONL, or a promptfoo YAML), else a ready suite by its name."""
    path = Path(name).expanduser()
    if path.is_file():
        return read_config(path) if path.suffix.lower() in YAML_SUFFIXES else load_jsonl(path)
    ready = ready_suites()
    found = next((s for s in ready if s.name.casefold() == name.casefold()), None)
    if found is None:
        names = ", ".join(s.name for s in ready) or "none"
        raise HearthError(
            f"There is no suite file at {name}, and no ready suite has that name. Give a JSONL or promptfoo YAML "
            f"file, or one of the ready suites: {names}."
        )
    return found


def _judged(
    models: list[str],
    sampling: Any,
    profile: HardwareProfile,
    host: ModelHost,
    queue: RemoteReplies,
    context: int | None,
    hashes: Hashes,
) -> list[tuple[Contender, ModelHere]]:
    """Every model judged first: one that cannot run here stops the command before anything loads. A model here
    is identified by its file's hash (read once, then remembered), which also finds its licence in the catalog."""
    judged: list[tuple[Contender, Verdict | None]] = []
    for model in models:
        found = remote_chat.find(model)  # NAME/MODEL_ID of another computer, checked with its server now
        if found is not None:
            print(
                f"hearth: {model} is on another computer: the cases leave this computer for {found.host} "
                f"({found.provider}).",
                file=sys.stderr,
            )
            judged.append((remote_contender(queue, found, sampling, name=model), None))
            continue
        path = resolve_model(model)
        name = path.stem if Path(model).expanduser().is_file() else model  # a table row, not a path
        contender, verdict = contender_for(host, path, sampling, profile, name=name, context=context)
        if not verdict.runs:
            raise HearthError(f"{path.name}: {verdict.reason}")
        judged.append((contender, verdict))
    if len({c.name for c, _ in judged}) != len(judged):
        judged = [(replace(c, name=f"{c.name} #{i + 1}"), v) for i, (c, v) in enumerate(judged)]
    return [(contender, _here(contender, verdict, hashes)) for contender, verdict in judged]


def _say_what_is_not_counted(suite: Suite, args: argparse.Namespace) -> None:
    """The optional checks the suite holds whose model was not given: listed, never counted, and which option
    runs them."""
    types = {base_type(check.type)[0] for case in suite.cases for check in case.checks}
    for kind, option, model in (
        ("similar", args.embedder, "an embedding model"),
        ("llm-rubric", args.judge, "a judge model"),
    ):
        if kind in types and not option:
            flag = "--embedder" if kind == "similar" else "--judge"
            print(
                f"hearth: the suite's “{kind}” checks need {model}: give {flag} MODEL to run them; without it they "
                "are listed in the results and never counted.",
                file=sys.stderr,
            )


def _aids(
    args: argparse.Namespace, sampling: Any, profile: HardwareProfile, host: ModelHost, queue: RemoteReplies
) -> GradingAids:
    """The embedder and the judge named on the command line, each resolved as `--model` is (the judge may be on
    another computer; the embedder runs here, through the host's embedding path). A judge here that cannot run on
    this computer is refused with its verdict's sentence, before anything loads."""
    embed = model_aids.embedder(host, resolve_model(args.embedder), profile) if args.embedder else None
    judge = None
    if args.judge:
        found = remote_chat.find(args.judge)
        if found is not None:
            print(
                f"hearth: the judge {args.judge} is on another computer: the replies it grades leave this computer "
                f"for {found.host} ({found.provider}).",
                file=sys.stderr,
            )
            judge = model_aids.judge(remote_contender(queue, found, sampling, name=args.judge).responder)
        else:
            path = resolve_model(args.judge)
            contender, verdict = contender_for(host, path, sampling, profile, context=args.context)
            if not verdict.runs:
                raise HearthError(f"{path.name}: {verdict.reason}")
            judge = model_aids.judge(contender.responder)
    return GradingAids(embed=embed, judge=judge)


def _here(contender: Contender, verdict: Verdict | None, hashes: Hashes) -> ModelHere:
    path = contender.path
    if verdict is None or path is None:
        return model_here(contender, None, None)
    if hashes.cache.known(path) is None:
        print(f"hearth: reading {path.name} once to identify it…", file=sys.stderr)
    return model_here(contender, verdict, licence_of(path, hashes.cache.sha256(path)))


def _announce(store: EvalStore, evaluation: EvalRun, contenders: list[Contender], budget: MemoryBudget) -> None:
    total = replies_of(evaluation, contenders)
    done = len(store.done(evaluation.id)) + len(store.done_with_grammar(evaluation.id))
    if done:
        print(
            f"hearth: going on with the run stopped earlier: {done} of {total} replies are already graded.",
            file=sys.stderr,
        )
    sentence = plan_run(contenders, budget).sentence
    if sentence:
        print(f"hearth: {sentence}", file=sys.stderr)


def _drive(
    store: EvalStore, contenders: list[Contender], budget: MemoryBudget, evaluation: EvalRun, aids: GradingAids
) -> EvalRun:
    """The run on a thread of its own, so Ctrl-C here sets the cancel (the reply stops within a token, what was
    graded stays kept) instead of abandoning a reply mid-way."""
    cancel = threading.Event()
    outcome: list[EvalRun | BaseException] = []

    def work() -> None:
        try:
            steps = run_suite(store, contenders, budget, evaluation, cancel, aids=aids)
            while True:
                try:
                    _progress(next(steps))
                except StopIteration as end:
                    outcome.append(end.value)
                    return
        except BaseException as exc:  # handed to the main thread, which says it
            outcome.append(exc)

    worker = threading.Thread(target=work, name="hearth-eval")
    worker.start()
    try:
        worker.join()
    except KeyboardInterrupt:
        cancel.set()
        worker.join()
        kept = len(store.done(evaluation.id))
        print(f"hearth: stopped; {kept} graded replies are kept: the same command goes on from there.", file=sys.stderr)
        raise
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _progress(step: EvalProgress) -> None:
    r = step.result
    verdict = "passed" if r.graded.passed else "failed"
    if step.with_grammar and r.grammar is not None:
        verdict = f"with Hearth's grammar, the schema is {'' if r.grammar.valid else 'not '}matched"
    left = f", about {round(step.seconds_left)} s left" if step.seconds_left and step.done < step.total else ""
    print(
        f"[{step.done}/{step.total}] {r.model}, case {r.case_index + 1}, seed {r.seed}: {verdict}{left}",
        file=sys.stderr,
    )
