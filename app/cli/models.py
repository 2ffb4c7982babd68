"""`hearth models [--task T] [--fits] [--commercial] [--json]`: the catalog, judged for this computer."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.machine import add_profile_option, profile_from
from app.fit.advice import Advice, advise_all
from app.models import catalog, guide
from app.models.catalog import ModelSpec
from app.units import format_bytes, plural

TASKS = ("chat", "code", "reasoning", "vision", "speech", "embeddings")


def register(commands: Any) -> None:
    parser = commands.add_parser("models", help="list the catalog's models and whether each runs here")
    parser.add_argument("--task", choices=TASKS, help="only models for this task")
    parser.add_argument("--fits", action="store_true", help="only models that run on this computer")
    parser.add_argument("--commercial", action="store_true", help="only models a business may use")
    parser.add_argument(
        "--suggest",
        action="store_true",
        help="with --task: at most three suggestions for this computer, smallest first",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    add_profile_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.suggest and not args.task:
        print("hearth models: --suggest needs --task (what do you want to do?)", file=sys.stderr)
        return 2
    profile = profile_from(args)
    specs = catalog.default().filter(tasks=[args.task] if args.task else (), commercial_only=args.commercial)
    advised = advise_all(specs, profile)
    if args.suggest:
        advised = [s.advice for s in guide.suggest(advised, args.task, args.commercial)]
    rows = [(a.spec, a.best) for a in advised if a.best.verdict.runs or not args.fits]
    if args.json:
        json.dump([entry(spec, advice) for spec, advice in rows], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{'ID':30} {'SIZE':>9}  {'LICENCE':32} VERDICT")
    for spec, advice in rows:
        licence = f"{spec.license.name} (tier {spec.license.tier})"
        print(
            f"{spec.id:30} {format_bytes(advice.variant.download_bytes):>9}  {licence[:32]:32} {advice.verdict.label}"
        )
    print(f"{plural(len(rows), 'model')}. `hearth estimate ID` explains one.", file=sys.stderr)
    return 0


def entry(spec: ModelSpec, advice: Advice) -> dict[str, Any]:
    verdict = advice.verdict
    return {
        "id": spec.id,
        "name": spec.name,
        "publisher": spec.publisher,
        "family": spec.family,
        "description": spec.description,
        "tasks": list(spec.tasks),
        "modalities": list(spec.modalities),
        "parameters": {"total": spec.parameters_total, "active": spec.parameters_active},
        "license": {
            "name": spec.license.name,
            "tier": spec.license.tier,
            "commercial_use": spec.license.commercial_use,
        },
        "gated": spec.gated,
        "repo": spec.repo,
        "quantization": advice.variant.quantization,
        "download_bytes": advice.variant.download_bytes,
        "verdict": str(verdict.fit),
        "reason": verdict.reason,
        "gpu_layers": verdict.plan.gpu_layers,
        "context": verdict.plan.context,
    }
