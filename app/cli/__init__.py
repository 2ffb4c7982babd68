"""The `hearth` command's headless side: every GUI feature has a subcommand here over the same `app/` code.

Conventions for every subcommand: `--json` prints exactly one JSON document on stdout; progress and messages go
to stderr; exit 0 on success, 1 with a one-line human message on a user-facing error, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import (
    cache_command,
    chat,
    compare,
    docs,
    download,
    estimate,
    eval_command,
    library_commands,
    mcp_command,
    models,
    open_link,
    remote,
    scan,
    search,
    self_test,
    serve,
    token_command,
    transcribe,
)
from app.errors import HearthError

EXIT_USER_ERROR = 1
EXIT_USAGE = 2

_COMMANDS = (
    scan,
    models,
    estimate,
    download,
    search,
    library_commands,
    token_command,
    chat,
    compare,
    eval_command,
    docs,
    self_test,
    transcribe,
    remote,
    mcp_command,
    serve,
    cache_command,
    open_link,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth",
        description="Run open AI models privately on this computer. Without a command, opens the Hearth window.",
    )
    parser.add_argument("--version", action="version", version=f"hearth {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in _COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on bad usage, as argparse does
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.run(args)
    except HearthError as exc:
        print(f"hearth: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("hearth: cancelled", file=sys.stderr)
        return 130
    return code
