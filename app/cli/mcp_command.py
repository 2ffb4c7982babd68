"""`hearth mcp add|list|remove`: the tool servers (MCP servers) in mcp.json, without a screen.

    hearth mcp add NAME [--env K=V]... [--cwd DIR] -- COMMAND [ARGS...]     a server Hearth starts (stdio)
    hearth mcp add NAME --url URL [--header K=V]...                         a server it reaches (Streamable HTTP)
    hearth mcp list [--json] [--model NAME_OR_PATH]                         each server started, its tools, stopped
    hearth mcp remove NAME

Options come before `--`: everything after it is the server's own command line, which may have options of its own
(an `--env` there is the server's). The file is the same `mcpServers` list Claude Desktop, Cursor and LM Studio
use, in Hearth's settings folder; `add` and `remove` keep every other key in it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from app import paths, settings
from app.cli.chat import resolve_model
from app.engines.llama.chat_format import ToolStyle
from app.host import ModelHost
from app.mcp import HttpServer, McpHost, McpProblem, McpTool, StdioServer
from app.mcp import config as mcp_config
from app.tool_use import ModelTokenizer, ToolSet, count_tool_tokens, model_tool_style

ADD_USAGE = (
    "hearth mcp add NAME [--env K=V]... [--cwd DIR] -- COMMAND [ARGS...]\n"
    "       hearth mcp add NAME --url URL [--header K=V]..."
)
TOKENS_HELP = (
    "\"tokens\" is each tool's size in a model's tokens, as the model is shown it: counted with the tokenizer of the "
    'model given with --model, else estimated at a token per 4 characters ("tokens_estimated" says which); '
    '"json_chars" is the size of its definition in characters.'
)


def register(commands: Any) -> None:
    mcp = commands.add_parser(
        "mcp",
        help="tool servers (MCP servers) that models will be able to use",
        description="Tool servers (MCP servers), kept in mcp.json in Hearth's settings folder. Using them in chat "
        "is not there yet: these commands add, check and remove servers.",
    )
    actions = mcp.add_subparsers(dest="mcp_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a tool server: a program to start (after --) or an address (--url)",
        usage=ADD_USAGE,
        description="Options come before `--`; everything after it is the server's command line.",
    )
    add.add_argument("name", help="what to call it (letters, digits, spaces, . _ -)")
    add.add_argument(
        "rest",
        nargs=argparse.REMAINDER,
        metavar="...",
        help="--url URL, --header K=V (for a --url), --env K=V, --cwd DIR (for a program), then -- COMMAND [ARGS...]",
    )
    add.set_defaults(run=run_add, usage_error=add.error)
    lister = actions.add_parser(
        "list",
        help="start each tool server, show its status and tools, stop it again",
        description="Starts every tool server at once, lists its tools and stops it. " + TOKENS_HELP,
    )
    lister.add_argument(
        "--json",
        action="store_true",
        help='print {"servers": [{"name", "status", "problem", "tokens", "tools": [{"name", "description", '
        '"tokens", "json_chars"}]}], "tokens_estimated"}; ' + TOKENS_HELP,
    )
    lister.add_argument(
        "--model",
        metavar="NAME_OR_PATH",
        help="count each tool's tokens with this model's own tokenizer (a model on this computer: its name in "
        "`hearth list` or a .gguf file; only its vocabulary is read, the model is not loaded)",
    )
    lister.set_defaults(run=run_list)
    remove = actions.add_parser("remove", help="take a tool server out of mcp.json")
    remove.add_argument("name")
    remove.set_defaults(run=run_remove)


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"“{text}” is not KEY=VALUE")
    return key, value


def _add_options() -> argparse.ArgumentParser:
    """`add`'s options, read from what follows NAME up to `--` (argparse cannot mix options after a positional
    with a `--` inside a subcommand, so they are parsed here)."""
    options = argparse.ArgumentParser(prog="hearth mcp add", usage=ADD_USAGE, add_help=False)
    options.add_argument("--url")
    options.add_argument("--header", action="append", default=[], type=_pair, metavar="K=V")
    options.add_argument("--env", action="append", default=[], type=_pair, metavar="K=V")
    options.add_argument("--cwd")
    return options


def _split(rest: list[str]) -> tuple[list[str], list[str]]:
    """Options before `--`, the server's command line after it (argparse may already have dropped a leading
    `--`: then all of it is the command line)."""
    if rest[:1] == ["--"]:
        return [], rest[1:]
    if rest[:1] and not rest[0].startswith("-"):
        return [], rest
    if "--" in rest:
        cut = rest.index("--")
        return rest[:cut], rest[cut + 1 :]
    return rest, []


def run_add(args: argparse.Namespace) -> int:
    option_words, command = _split(list(args.rest))
    options, unknown = _add_options().parse_known_args(option_words)
    if unknown:
        args.usage_error(f"unrecognized options before --: {' '.join(unknown)}")
    if bool(options.url) == bool(command):
        args.usage_error("give either -- COMMAND [ARGS...] or --url URL, not both or neither")
    if options.url and (options.env or options.cwd):
        args.usage_error("--env and --cwd are for a server Hearth starts, not one at a --url")
    if command and options.header:
        args.usage_error("--header is for a server at a --url")
    config = mcp_config.load(mcp_config.config_path(paths.resolve().config))
    if options.url:
        entry: HttpServer | StdioServer = HttpServer(args.name, options.url, dict(options.header))
        mcp_config.parse_entry(args.name, mcp_config.entry_json(entry))  # the same checks as a hand-written entry
    else:
        entry = StdioServer(args.name, command[0], tuple(command[1:]), dict(options.env), options.cwd)
    config.add(entry)
    config.save()
    print(f"Added the tool server {entry.name} ({entry.identity}) to {config.path}.", file=sys.stderr)
    if options.env or options.header:
        print(
            "The values given with --env and --header are kept in that file as plain text.",
            file=sys.stderr,
        )
    print("`hearth mcp list` starts it and shows its tools.", file=sys.stderr)
    return 0


def _tool_row(tool: McpTool, tokens: int) -> dict[str, Any]:
    return {"name": tool.name, "description": tool.description, "tokens": tokens, "json_chars": tool.json_chars}


def _server_rows(
    names: list[str], each: dict[str, list[McpTool] | McpProblem], count: Callable[[str], int] | None, style: ToolStyle
) -> list[dict[str, Any]]:
    """Each server's row; its tools counted as the model would be shown that server's tools on their own."""
    rows: list[dict[str, Any]] = []
    for name in names:
        outcome = each[name]
        if isinstance(outcome, McpProblem):
            rows.append({"name": name, "status": "failed", "problem": outcome.message, "tokens": None, "tools": []})
            continue
        cost = count_tool_tokens(ToolSet.of_servers({name: outcome}), count, style=style)
        tools = [_tool_row(tool, counted.tokens) for tool, counted in zip(outcome, cost.tools, strict=True)]
        rows.append({"name": name, "status": "running", "problem": None, "tokens": cost.total, "tools": tools})
    return rows


def run_list(args: argparse.Namespace) -> int:
    config_dir = paths.resolve().config
    names = mcp_config.load(mcp_config.config_path(config_dir)).names()
    offline = settings.load(config_dir).offline
    model = resolve_model(args.model) if args.model else None  # a wrong name is said before any server starts
    with McpHost(config_dir, offline=lambda: offline) as host:
        each = host.tools_of_each(names) if names else {}
    with ExitStack() as stack:
        count: Callable[[str], int] | None = None
        if model is not None:
            models = stack.enter_context(ModelHost())
            count = stack.enter_context(ModelTokenizer(models, model)).count
        rows = _server_rows(names, each, count, model_tool_style(model) if model is not None else ToolStyle.HERMES)
    if args.json:
        document = {"servers": rows, "tokens_estimated": model is None}
        json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("No tool servers yet. Add one with `hearth mcp add NAME -- COMMAND [ARGS...]`.", file=sys.stderr)
    for row in rows:
        about = "about " if model is None else ""
        size = f"{len(row['tools'])} tool(s), {about}{row['tokens']:,} tokens"
        state = size if row["problem"] is None else f"failed: {row['problem']}"
        print(f"{row['name']}  {state}")
        for tool in row["tools"]:
            summary = tool["description"].strip().splitlines()[0] if tool["description"].strip() else ""
            print(f"  {tool['name']}  {summary}".rstrip())
    return 0


def run_remove(args: argparse.Namespace) -> int:
    config = mcp_config.load(mcp_config.config_path(paths.resolve().config))
    config.remove(args.name)
    config.save()
    print(f"Removed the tool server {args.name} from {config.path}.", file=sys.stderr)
    return 0
