"""`hearth self-test [--json]`: do the engines load and do the installed models run? A short report for support.

Exit 0 when nothing failed (skipped checks, for kinds of model not installed, are fine), 1 when a check failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app import settings
from app.cli.chat import quiet_native_log
from app.cli.self_test_checks import Status, run_all
from app.hardware import probe
from app.models.library import Library

MARKS = {Status.PASSED: "ok  ", Status.FAILED: "FAIL", Status.SKIPPED: "skip"}


def register(commands: Any) -> None:
    parser = commands.add_parser("self-test", help="check that the engines load and the installed models run")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    quiet_native_log()
    print("Testing Hearth on this computer…", file=sys.stderr)
    results = []
    for result in run_all(Library(), probe(settings.configured_models_dir())):
        results.append(result)
        if not args.json:
            print(f"{MARKS[result.status]}  {result.name}: {result.detail}", flush=True)
    failed = [r for r in results if r.status is Status.FAILED]
    if args.json:
        document = {
            "ok": not failed,
            "checks": [{"name": r.name, "status": str(r.status), "detail": r.detail} for r in results],
        }
        json.dump(document, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print("All checks passed." if not failed else f"{len(failed)} check(s) failed.", flush=True)
    return 1 if failed else 0
