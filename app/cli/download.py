"""`hearth download (MODEL_ID[:QUANT] | REPO FILE...) [--endpoint URL] [--anyway] [--json]`.

Progress goes to stderr; the installed files go to stdout, one per line (or `{"installed": [...]}`). Stopping it
(Ctrl+C, a crash, a kill) keeps what arrived: the same command continues from there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from app import paths, settings
from app.cli.machine import add_profile_option, profile_from
from app.downloads import plan as plans
from app.downloads.install import install
from app.downloads.progress import DownloadPhase, DownloadProgress, format_eta
from app.downloads.transfer import StopSignal, TransferOptions
from app.errors import HearthError
from app.fit.advice import advise, judge_variant
from app.fit.verdict import Fit
from app.host import drive
from app.models import catalog
from app.secrets import TokenStore
from app.units import format_bytes


def register(commands: Any) -> None:
    parser = commands.add_parser("download", help="download a model from Hugging Face into the models folder")
    parser.add_argument("target", metavar="MODEL_ID[:QUANT] | REPO", help="a catalog id, or a repository owner/name")
    parser.add_argument("files", nargs="*", metavar="FILE", help="with a REPO: the files to download")
    parser.add_argument("--endpoint", metavar="URL", help="a Hugging Face mirror (default: Settings, then HF_ENDPOINT)")
    parser.add_argument("--revision", help="with a REPO: a branch, tag or commit (default: main)")
    parser.add_argument("--anyway", action="store_true", help="download even a model too large for this computer")
    parser.add_argument("--json", action="store_true", help='print {"installed": [...]} on stdout')
    add_profile_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    hearth_paths = paths.resolve().ensure()
    user_settings = settings.load(hearth_paths.config)
    models_dir = settings.models_dir(user_settings, hearth_paths)
    if "/" in args.target:
        plan = plans.for_repo_files(args.target, args.files, args.revision)
    else:
        if args.files:
            print("hearth download: files can only be named after a repository (owner/name)", file=sys.stderr)
            return 2
        model_id, _, quant = args.target.partition(":")
        spec = catalog.default().get(model_id)
        profile = profile_from(args)
        variant = spec.variant(quant) if quant else advise(spec, profile).variant
        verdict = judge_variant(spec, variant, profile)
        print(f"{spec.name} {variant.quantization}: {verdict.label}. {verdict.reason}", file=sys.stderr)
        if verdict.fit is Fit.TOO_LARGE and not args.anyway:
            raise HearthError(f"{spec.name} is too large for this computer; add --anyway to download it all the same.")
        plan = plans.for_variant(spec, variant)
    options = TransferOptions(endpoint=args.endpoint or user_settings.hf_endpoint or None, token=_token())
    stop = StopSignal()
    reporter = _Reporter()
    generator = install(plan, models_dir, options, stop, offline=user_settings.offline)
    try:
        manifest = drive(generator, reporter.show)
    except KeyboardInterrupt:
        stop.pause()
        print("\nhearth: paused; run the same command again to continue where it stopped", file=sys.stderr)
        return 130
    reporter.close()
    folder = manifest.folder(models_dir)
    installed = [str(folder / f.name) for f in manifest.files]
    if args.json:
        json.dump({"installed": installed}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print("\n".join(installed))
    return 0


def _token() -> str | None:
    """The token from the OS keyring or the key file the person chose (a token kept only in a running app's memory
    cannot reach this process)."""
    return TokenStore().get()


class _Reporter:
    """One line of progress on stderr: rewritten in place on a terminal, every few seconds in a log."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.phase: DownloadPhase | None = None

    def show(self, progress: DownloadProgress) -> None:
        now = time.monotonic()
        changed = progress.phase != self.phase
        if not changed and now - self.last < (0.2 if self.tty else 3.0):
            return
        self.last, self.phase = now, progress.phase
        if progress.phase is DownloadPhase.DOWNLOADING:
            speed = f", {format_bytes(int(progress.speed_bps))}/s" if progress.speed_bps else ""
            eta = format_eta(progress.eta_seconds)
            text = (
                f"Downloading {progress.file_name}: {progress.fraction:.0%} ({format_bytes(progress.done_bytes)} of "
                f"{format_bytes(progress.total_bytes)}{speed}{', ' + eta if eta else ''})"
            )
        else:
            text = progress.message or progress.phase.capitalize()
        if self.tty:
            print(f"\r\033[K{text}", end="", file=sys.stderr, flush=True)
        else:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=sys.stderr)
