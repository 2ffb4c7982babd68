"""`hearth compare --model A --model B [--model C] (--prompt TEXT | --prompts FILE) ...`: the Compare page headless.

Every model is judged before anything loads, so a model that cannot run here is refused with its verdict's sentence
and nothing is left half-run. Models answer one after another per prompt, kept loaded together when they fit
(else loaded in turn, as the page does); replies stream to stdout under a header per model, or, with `--json`,
one document with a run per model and prompt and each model's medians.

`--model NAME/MODEL_ID` is a model on another computer (`hearth remote add`): nothing of it is judged or loaded
here, the server is asked whether it still offers it before anything runs, and stderr says that the prompts leave
this computer for that host. A remote that goes away mid-reply keeps what arrived: it is printed (or in the JSON,
with the run's "error") and the command ends with the sentence and exit 1.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import settings
from app.cli import remote_chat
from app.cli.chat import quiet_native_log, resolve_model
from app.cli.remote import providers
from app.compare.plan import Contender, contender_for, remote_contender
from app.compare.prompt_sets import read_prompts
from app.compare.turn import Comparison, PaneReply
from app.engines.chat_types import BALANCED, Sampling, TextDelta
from app.errors import HearthError
from app.hardware import probe
from app.host import ModelHost
from app.host.budget import MemoryBudget
from app.providers.replies import RemoteReplies


def register(commands: Any) -> None:
    parser = commands.add_parser("compare", help="compare two or three models on the same prompts")
    parser.add_argument(
        "--model",
        action="append",
        required=True,
        metavar="PATH|LIBRARY_ID|NAME/MODEL_ID",
        help="a model to compare, here or on another computer; 2 or 3",
    )
    prompts = parser.add_mutually_exclusive_group(required=True)
    prompts.add_argument("--prompt", metavar="TEXT", help="one prompt for every model")
    prompts.add_argument("--prompts", metavar="FILE", help="a text file with one prompt per line, or JSONL")
    parser.add_argument("--max-tokens", type=int, default=256, metavar="N", help="longest reply (default 256)")
    parser.add_argument("--temperature", type=float, default=BALANCED.temperature, metavar="T")
    parser.add_argument("--seed", type=int, metavar="S", help="for repeatable replies")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not 2 <= len(args.model) <= 3:
        print("hearth compare: give two or three --model", file=sys.stderr)
        return 2
    if args.max_tokens < 1:
        print("hearth compare: --max-tokens must be at least 1", file=sys.stderr)
        return 2
    quiet_native_log()
    prompts = [args.prompt] if args.prompt is not None else read_prompts(Path(args.prompts))
    sampling = replace(BALANCED, temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    profile = probe(settings.configured_models_dir())
    runs: list[PaneReply] = []
    with ModelHost() as host, RemoteReplies(providers()) as remote:
        contenders = _contenders(args.model, sampling, profile, host, remote)
        for contender in contenders:
            if contender.remote is not None:
                print(
                    f"hearth: {contender.name} is on another computer: the prompts leave this computer for "
                    f"{contender.remote.host} ({contender.remote.provider}).",
                    file=sys.stderr,
                )
        comparison = Comparison(contenders, MemoryBudget.of(profile))
        if comparison.plan.sentence:
            print(f"hearth: {comparison.plan.sentence}", file=sys.stderr)
        for prompt in prompts:
            comparison = Comparison(contenders, comparison.budget)  # each prompt on its own
            runs += _ask(comparison, prompt, stream=not args.json)
            if any(r.error for r in runs):
                break
    failed = next((r for r in runs if r.error), None)
    if failed is not None and not failed.text:
        raise HearthError(f"{failed.name}: {failed.error}")
    if args.json:
        json.dump(_document(runs, contenders), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    if failed is not None:  # what arrived was printed: say what happened to the rest
        print(f"hearth: {failed.name}: {failed.error}", file=sys.stderr)
        return 1
    return 0


def _contenders(
    models: list[str], sampling: Sampling, profile: Any, host: ModelHost, queue: RemoteReplies
) -> list[Contender]:
    """Every model judged first: one that cannot run here stops the command before anything loads."""
    contenders = []
    for model in models:
        remote = remote_chat.find(model)  # NAME/MODEL_ID of another computer, checked with its server now
        if remote is not None:
            contenders.append(remote_contender(queue, remote, sampling, name=model))
            continue
        path = resolve_model(model)
        contender, verdict = contender_for(host, path, sampling, profile, name=model)
        if not verdict.runs:
            raise HearthError(f"{path.name}: {verdict.reason}")
        contenders.append(contender)
    if len({c.name for c in contenders}) != len(contenders):
        contenders = [replace(c, name=f"{c.name} #{i + 1}") for i, c in enumerate(contenders)]
    return contenders


def _ask(comparison: Comparison, prompt: str, *, stream: bool) -> list[PaneReply]:
    """The replies arrive one pane after another, so a pane's text can be printed as it comes."""

    def printer(header: str) -> Any:
        started: list[bool] = []

        def show(event: object) -> None:
            if not started:
                started.append(True)
                sys.stdout.write(f"\n== {header}\n")
            if isinstance(event, TextDelta):
                sys.stdout.write(event.text)
                sys.stdout.flush()

        return show

    names = [c.name for c in comparison.contenders]
    turn = comparison.ask(prompt, on_event=[printer(n) for n in names] if stream else None)
    try:
        turn.wait()
    except KeyboardInterrupt:
        turn.stop()
        turn.wait()
        raise
    replies = [r for r in turn.replies if r is not None]
    for reply in replies:
        if reply.error:
            if stream and reply.text:
                sys.stdout.write("\n")
            return replies  # the caller says what happened, after what arrived
        if stream:
            s = reply.stats
            sys.stdout.write("\n")
            print(
                f"({reply.name}: {s.generated_tokens} tokens, {s.tokens_per_second:.1f} tokens/s, "
                f"first token after {s.ttft_s:.2f} s)",
                file=sys.stderr,
            )
    return replies


def _document(runs: list[PaneReply], contenders: list[Contender]) -> dict[str, Any]:
    def median(values: list[float]) -> float:
        return statistics.median(values) if values else 0.0

    models = []
    for contender in contenders:
        mine = [r for r in runs if r.name == contender.name and r.stats.generated_tokens > 0]
        models.append(
            {
                "model": contender.name,
                "median_tokens_per_second": round(median([r.stats.tokens_per_second for r in mine]), 1),
                "median_ttft_s": round(median([r.stats.ttft_s for r in mine]), 3),
            }
        )
    return {
        "runs": [
            {
                "model": r.name,
                "prompt": r.prompt,
                "reply": r.text,
                "stats": r.stats.to_json(rounded=True),
                "loaded_together": r.loaded_together,
            }
            | ({"remote": r.remote} if r.remote else {})
            | ({"error": r.error} if r.error else {})
            for r in runs
        ],
        "models": models,
    }
