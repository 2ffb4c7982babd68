"""The hardware a command judges against: this computer, or a saved `hearth scan --json` document."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import settings
from app.errors import HearthError
from app.hardware import HardwareProfile, probe


def add_profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="SCAN.json",
        help="judge for another computer, described by its `hearth scan --json` output",
    )


def profile_from(args: argparse.Namespace) -> HardwareProfile:
    if args.profile is None:
        print("Scanning this computer…", file=sys.stderr)
        return probe(settings.configured_models_dir())
    try:
        return HardwareProfile.from_dict(json.loads(args.profile.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise HearthError(f"{args.profile} is not a readable `hearth scan --json` document.", str(exc)) from exc
