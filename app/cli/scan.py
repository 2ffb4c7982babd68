"""`hearth scan [--json]`: what this computer has and what Hearth can use of it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app import settings
from app.hardware import probe
from app.hardware.capacity import assess
from app.hardware.report import render


def register(commands: Any) -> None:
    parser = commands.add_parser("scan", help="show this computer's processor, memory, disk and graphics")
    parser.add_argument("--json", action="store_true", help="print one JSON document (schema in the README)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print("Scanning this computer…", file=sys.stderr)
    profile = probe(settings.configured_models_dir())
    capacity = assess(profile)
    if args.json:
        document = profile.to_dict()
        document["capacity"] = {
            "acceleration": capacity.acceleration,
            "gpu_model_bytes": capacity.gpu_model_bytes,
            "memory_model_bytes": capacity.memory_model_bytes,
            "summary": capacity.headline,
        }
        json.dump(document, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(profile, capacity))
    return 0
