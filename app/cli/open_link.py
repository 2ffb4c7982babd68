"""`hearth open URL [--ctx N] [--json]`: a "Use this model" link (`hearth://open_from_hf?model=ORG/REPO[&file=PATH]`)
handled without a window: the repository's quantizations judged for this computer, as `hearth search --repo` prints
them (only the row holding the link's file, when it names one). It reads file lists and headers; it never downloads
a model."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.search import add_common_options, print_repo_report
from app.hub_search.links import parse_link


def register(commands: Any) -> None:
    parser = commands.add_parser("open", help="open a hearth:// link from Hugging Face (never downloads)")
    parser.add_argument("url", metavar="URL", help="a link like hearth://open_from_hf?model=ORG/REPO[&file=PATH]")
    parser.add_argument("--ctx", type=int, metavar="N", help="context length in tokens for the verdicts")
    add_common_options(parser)  # --endpoint, --json, --profile, as for hearth search
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    link = parse_link(args.url)  # a BadLink is one sentence, exit 1 (app/cli/__init__.py)
    return print_repo_report(link.repo, link.file, args)
