"""`hearth mcp add|list|remove|import|secret`: the tool servers (MCP servers) in mcp.json, without a screen.

    hearth mcp add NAME [--env K=V]... [--secret-env K=V]... [--cwd DIR] -- COMMAND [ARGS...]
                                                a server Hearth starts (stdio)
    hearth mcp add NAME --url URL [--header K=V]... [--secret-header K=V]...
                                                a server it reaches (Streamable HTTP)
    hearth mcp list [--json] [--model NAME_OR_PATH]
                                                each server started, its tools (their size in tokens), stopped
    hearth mcp remove NAME                      the server, and its secret values in the password store
    hearth mcp import claude|lmstudio|PATH [--json]
                                                the servers of Claude Desktop, LM Studio or any `mcpServers` file
    hearth mcp secret NAME K=V                  set one secret value again (an env variable, or a header for a --url)

Options come before `--`: everything after it is the server's own command line, which may have options of its own
(an `--env` there is the server's). The file is the same `mcpServers` list Claude Desktop, Cursor and LM Studio
use, in Hearth's settings folder; `add`, `remove` and `import` keep every other key in it.

A value given with `--secret-env` or `--secret-header` is kept in the OS password store, and mcp.json holds
`"${keyring}"` in its place (app/mcp/secrets.py); `--env` and `--header` values are written into mcp.json as they
are. Where the computer has no password store, secret values last only until the command ends, and it says so.
`import` reads the other app's file without changing it and puts values whose names look like secrets (API keys,
tokens, Authorization headers) into the password store.

`hearth mcp import ... --json` prints:

    {"source": PATH,
     "imported": [{"name", "secrets": [NAME...]}],                 added under its own name
     "renamed": [{"from", "to", "reason", "secrets": [NAME...]}],  added under another name ("time from LM Studio")
     "skipped": [{"name", "outcome": "already there" | "not importable", "reason"}],
     "memory_only": null | a sentence}                             secrets kept only until the command ended

`secrets` names the values that went into the password store; `reason` is a sentence for the person.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from app import paths, settings
from app.cli.chat import resolve_model
from app.engines.llama.chat_format import ToolStyle
from app.host import ModelHost
from app.keys.secret import Secret
from app.mcp import HttpServer, McpHost, McpProblem, McpSecrets, McpTool, StdioServer, import_from, known_sources
from app.mcp import config as mcp_config
from app.mcp.importing import ImportReport
from app.mcp.secrets import SECRET_REFERENCE, kind_of, looks_secret, memory_only_sentence, quoted, values_of
from app.tool_use import ModelTokenizer, ToolSet, count_tool_tokens, model_tool_style

ADD_USAGE = (
    "hearth mcp add NAME [--env K=V]... [--secret-env K=V]... [--cwd DIR] -- COMMAND [ARGS...]\n"
    "       hearth mcp add NAME --url URL [--header K=V]... [--secret-header K=V]..."
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
        help="--url URL, --header K=V, --secret-header K=V (for a --url), --env K=V, --secret-env K=V, --cwd DIR "
        "(for a program), then -- COMMAND [ARGS...]; secret values go into the password store, not mcp.json",
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
    remove = actions.add_parser(
        "remove", help="take a tool server out of mcp.json, and its secret values out of the password store"
    )
    remove.add_argument("name")
    remove.set_defaults(run=run_remove)
    importer = actions.add_parser(
        "import",
        help="copy the tool servers of Claude Desktop, LM Studio or another mcpServers file into mcp.json",
        description="Reads the other app's file (never changes it) and adds its servers to mcp.json: one already "
        "there is left alone, one whose name is taken comes in as “NAME from APP”, one Hearth cannot use is "
        "skipped with the reason. Values whose names look like secrets go into the password store.",
    )
    importer.add_argument(
        "source", metavar="claude|lmstudio|PATH", help="Claude Desktop, LM Studio, or the path of an mcpServers file"
    )
    importer.add_argument(
        "--json",
        action="store_true",
        help='print {"source", "imported": [{"name", "secrets"}], "renamed": [{"from", "to", "reason", "secrets"}], '
        '"skipped": [{"name", "outcome", "reason"}], "memory_only"}',
    )
    importer.set_defaults(run=run_import)
    secret = actions.add_parser(
        "secret",
        help="set a tool server's secret value again (an env variable, or a header of a server at a --url)",
        description="Keeps VALUE in the password store for the server's variable (or header) KEY, and puts the "
        f"reference {SECRET_REFERENCE} in mcp.json in its place.",
    )
    secret.add_argument("name")
    secret.add_argument("pair", metavar="KEY=VALUE", type=_pair)
    secret.set_defaults(run=run_secret, usage_error=secret.error)


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
    options.add_argument("--secret-header", action="append", default=[], type=_pair, metavar="K=V")
    options.add_argument("--env", action="append", default=[], type=_pair, metavar="K=V")
    options.add_argument("--secret-env", action="append", default=[], type=_pair, metavar="K=V")
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
    if options.url and (options.env or options.secret_env or options.cwd):
        args.usage_error("--env, --secret-env and --cwd are for a server Hearth starts, not one at a --url")
    if command and (options.header or options.secret_header):
        args.usage_error("--header and --secret-header are for a server at a --url")
    config = mcp_config.load(mcp_config.config_path(paths.resolve().config))
    if options.url:
        secret_pairs = dict(options.secret_header)
        entry: HttpServer | StdioServer = HttpServer(args.name, options.url, {**dict(options.header), **secret_pairs})
        mcp_config.parse_entry(args.name, mcp_config.entry_json(entry))  # the same checks as a hand-written entry
    else:
        secret_pairs = dict(options.secret_env)
        env = {**dict(options.env), **secret_pairs}
        entry = StdioServer(args.name, command[0], tuple(command[1:]), env, options.cwd)
    config.check_new(args.name)  # before any secret is kept
    secrets = McpSecrets()
    entry, memory_only = secrets.put_away(entry, list(secret_pairs))
    config.add(entry)
    config.save()
    print(f"Added the tool server {entry.name} ({entry.identity}) to {config.path}.", file=sys.stderr)
    flag = "--header" if options.url else "--env"
    plain = [key for key, value in values_of(entry).items() if value != SECRET_REFERENCE]
    if secret_pairs:
        print(
            f"{', '.join(secret_pairs)}: kept in the password store; mcp.json holds {SECRET_REFERENCE} in its place.",
            file=sys.stderr,
        )
    if memory_only is not None:
        print(
            memory_only_sentence(memory_only, "the secret values" if len(secret_pairs) > 1 else "the secret value")
            + _gone(flag, len(secret_pairs) > 1),
            file=sys.stderr,
        )
    if plain:
        print(f"The values given with {flag} are kept in that file as plain text.", file=sys.stderr)
        secret_like = [key for key in plain if looks_secret(key)]
        if secret_like:
            looks, it = ("looks like a secret", "it") if len(secret_like) == 1 else ("look like secrets", "one")
            print(
                f"{', '.join(secret_like)} {looks}: `hearth mcp secret {quoted(entry.name)} {secret_like[0]}=…` "
                f"keeps {it} in the password store instead.",
                file=sys.stderr,
            )
    print("`hearth mcp list` starts it and shows its tools.", file=sys.stderr)
    return 0


def _gone(flag: str, plural: bool) -> str:
    """The rest of the memory-only sentence, for a command that ends at once (and its memory with it)."""
    they, them = ("they are", "them") if plural else ("it is", "it")
    return (
        f" This command ends now, so {they} lost: give {them} with {flag} to keep {them} in mcp.json as plain "
        f"text, or set {them} in Hearth's window, which keeps {them} while it is open."
    )


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
    raw = config.entry_raw(args.name)
    config.remove(args.name)
    config.save()
    McpSecrets().forget_entry(args.name, raw)
    print(f"Removed the tool server {args.name} from {config.path}.", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    sources = known_sources(Path.home(), sys.platform)
    path = Path(args.source).expanduser()
    known = next((s for s in sources if args.source.lower() == s.key or _same_file(path, s.path)), None)
    path = known.path if known is not None else path
    config = mcp_config.load(mcp_config.config_path(paths.resolve().config))
    report = import_from(path, config, McpSecrets(), app=known.name if known is not None else None)
    if args.json:
        json.dump(report.as_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_report(report, config.path)
    return 0


def _same_file(path: Path, other: Path) -> bool:
    """Whether a path given on the command line is that app's file (then its servers are named after the app)."""
    try:
        return path.resolve() == other.resolve()
    except OSError:
        return False


def _print_report(report: ImportReport, into: Path) -> None:
    if not report.entries:
        print(f"{report.source} lists no tool servers; nothing was imported.", file=sys.stderr)
    for entry in report.entries:
        print(entry.sentence, file=sys.stderr)
    if report.saved:
        print(f"Saved in {into}. `hearth mcp list` starts them and shows their tools.", file=sys.stderr)
    if report.memory_note:
        print(
            report.memory_note + " This command ends now, so they are lost: import in Hearth's window instead, "
            "which keeps them while it is open.",
            file=sys.stderr,
        )


def run_secret(args: argparse.Namespace) -> int:
    key, value = args.pair
    config = mcp_config.load(mcp_config.config_path(paths.resolve().config))
    entry = config.entry(args.name)
    if not value:
        args.usage_error(f"give the value after {key}= (an empty value is not a secret)")
    kind = kind_of(entry)
    memory_only = McpSecrets().keep(entry.name, kind, key, Secret(value))
    raw = config.entry_raw(entry.name)
    field = "headers" if kind == "header" else "env"
    values = raw.get(field)
    raw[field] = {**(values if isinstance(values, dict) else {}), key: SECRET_REFERENCE}
    config.save()
    what = "header" if kind == "header" else "variable"
    if memory_only is None:
        print(f"The {what} {key} of {entry.name} is kept in the password store.", file=sys.stderr)
    else:
        flag = "--header" if kind == "header" else "--env"
        print(memory_only_sentence(memory_only, "the value") + _gone(flag, plural=False), file=sys.stderr)
    return 0
