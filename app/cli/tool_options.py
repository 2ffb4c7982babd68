"""`hearth chat`'s options for a model that uses tools: --tools, --collection, --tool-choice, --approve,
--max-tool-rounds. `--tools documents` is Hearth's own document search over the `--collection` named."""

from __future__ import annotations

import argparse
from typing import Any

from app.documents import collections
from app.tool_use import MAX_TOOL_ROUNDS
from app.tool_use.document_search import SERVER as DOCUMENTS


def _names(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("name at least one tool server (`hearth mcp list` shows them)")
    return names


def _collection(text: str) -> str:
    """A collection that exists, checked before any model loads."""
    if not collections.index_path(text).exists():
        raise argparse.ArgumentTypeError(f"there is no collection named “{text}” (`hearth docs list` shows them)")
    return text


def register(parser: Any) -> None:
    parser.add_argument(
        "--tools",
        type=_names,
        default=[],
        metavar="NAME[,NAME...]",
        help="with --prompt: let the model use these tool servers' tools (`hearth mcp list` shows the servers); "
        f"`{DOCUMENTS}` is Hearth's own search of the --collection",
    )
    parser.add_argument(
        "--collection",
        type=_collection,
        metavar="NAME",
        help=f"with --tools {DOCUMENTS}: the document collection the model may search (`hearth docs list`)",
    )
    parser.add_argument(
        "--tool-choice",
        choices=("auto", "required"),
        default="auto",
        help="required: the first reply must be a tool call (later ones are free); default auto",
    )
    parser.add_argument(
        "--approve",
        choices=("ask", "all", "none"),
        default="ask",
        help="ask (default): each call not already allowed asks on the terminal (deny, once, always for the tool, "
        "always for the server; remembered); all: every call runs; none: every call is denied",
    )
    parser.add_argument(
        "--max-tool-rounds",
        type=int,
        default=MAX_TOOL_ROUNDS,
        metavar="N",
        help=f"replies with tool calls that run, per message (default {MAX_TOOL_ROUNDS})",
    )


def usage_problem(args: argparse.Namespace) -> str | None:
    """Why the tool options cannot be used as given; None when they can."""
    if (DOCUMENTS in args.tools) != (args.collection is not None):
        return f"--tools {DOCUMENTS} and --collection NAME go together"
    if not args.tools:
        if args.tool_choice != "auto" or args.approve != "ask" or args.max_tool_rounds != MAX_TOOL_ROUNDS:
            return "--tool-choice, --approve and --max-tool-rounds need --tools"
        return None
    if args.prompt is None:
        return "--tools needs --prompt"
    if args.image:
        return "--tools and --image cannot be used together yet"
    if args.max_tool_rounds < 1:
        return "--max-tool-rounds must be at least 1"
    return None
