"""`hearth chat --tools`: one message answered with the tools of the named MCP servers (app/tool_use), and with
Hearth's own document search when `documents` is among them (`--collection NAME` says which collection).

The servers start before the model loads, so a server that cannot start ends the command at once with its sentence
(exit 1). The document search runs on the chat model's host (its embedding model loads there at its first call).
Each call is shown on stderr as it ends; `--approve ask` asks y/N on the terminal for each, reading the
answer from stdin (anything but y or yes denies). `--json` prints the usual document with "tool_calls" added.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import paths, settings
from app.engines.chat_types import Notice, Sampling, TextDelta, ThinkingDelta
from app.engines.llama.chat_format import ToolStyle
from app.errors import HearthError
from app.images import PreparedImage
from app.mcp import McpHost, McpProblem, McpTool
from app.mcp import config as mcp_config
from app.openai.messages import ChatMessage
from app.responders import LocalResponder, Responder
from app.tool_use import Approve, DocumentSearch, ToolCallRecord, ToolLoop, ToolLoopResult, ToolRunners, ToolSet
from app.tool_use.document_search import SERVER as DOCUMENTS


@dataclass(frozen=True)
class Toolbox:
    """The tools asked for, before the model loads: the tool servers' tools (started), in the order named, and
    whether Hearth's document search is among them (it needs the model host, so it is made with the model)."""

    mcp: McpHost
    names: list[str]
    servers: dict[str, list[McpTool]]
    documents: bool = False

    def with_model(self, responder: Responder, collection: str | None) -> tuple[ToolRunners, ToolSet]:
        """What runs the calls and the tools offered, the document search on the chat model's host."""
        builtins = []
        if self.documents:
            if not isinstance(responder, LocalResponder) or collection is None:
                raise HearthError("Searching documents as a tool needs a model on this computer and --collection.")
            builtins.append(DocumentSearch(responder.host, responder.request.profile, collection))
        runners = ToolRunners(self.mcp, builtins)
        offered = self.servers | runners.builtin_tools()
        return runners, ToolSet.of_servers({name: offered[name] for name in self.names})


def open_toolbox(names: list[str], stack: ExitStack) -> Toolbox:
    """Start the named servers (all at once) and gather their tools; the first one's problem is raised.
    `documents` is Hearth's document search, never a server of that name in mcp.json (which is said)."""
    config_dir = paths.resolve().config
    offline = settings.load(config_dir).offline
    mcp = stack.enter_context(McpHost(config_dir, offline=lambda: offline))
    names = list(dict.fromkeys(names))
    documents = DOCUMENTS in names
    if documents:
        _say_if_shadowed(config_dir)
    servers = [name for name in names if name != DOCUMENTS]
    found: dict[str, list[McpTool]] = {}
    if servers:
        print(f"Starting the tool servers {', '.join(servers)}…", file=sys.stderr)
        for name, outcome in mcp.tools_of_each(servers).items():
            if isinstance(outcome, McpProblem):
                raise outcome
            found[name] = outcome
    if not documents and not any(found.values()):
        raise HearthError(f"The tool servers {', '.join(names)} offer no tools, so there is nothing to use.")
    return Toolbox(mcp, names, found, documents)


def _say_if_shadowed(config_dir: Path) -> None:
    try:
        shadowed = DOCUMENTS in mcp_config.load(mcp_config.config_path(config_dir)).names()
    except McpProblem as exc:
        print(f"hearth: {exc.message}", file=sys.stderr)
        return
    if shadowed:
        print(
            f"hearth: the tool server “{DOCUMENTS}” in mcp.json is not used: “{DOCUMENTS}” is Hearth's own document "
            "search. Rename that server in mcp.json to use it.",
            file=sys.stderr,
        )


def approval(mode: str) -> Approve:
    if mode == "all":
        return lambda _server, _tool, _arguments: True
    if mode == "none":
        return lambda _server, _tool, _arguments: False
    return _ask


def _ask(server: str, tool: str, arguments: dict[str, Any]) -> bool:
    shown = json.dumps(arguments, ensure_ascii=False, indent=2)
    print(f"The model asks to run {tool} on the tool server {server} with:\n{shown}", file=sys.stderr)
    print("Allow this call? [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def answer(
    responder: Responder,
    style: ToolStyle,
    toolbox: Toolbox,
    args: argparse.Namespace,
    sampling: Sampling,
    images: list[PreparedImage],
) -> int:
    history = [ChatMessage("system", args.system)] if args.system else []
    history.append(ChatMessage("user", args.prompt))
    runners, tools = toolbox.with_model(responder, args.collection)
    loop = ToolLoop(
        responder,
        runners,
        tools,
        style,
        approval(args.approve),
        max_tool_rounds=args.max_tool_rounds,
        on_event=_show if not args.json else _show_calls,
    )
    try:
        result = loop.run(history, sampling, tool_choice=args.tool_choice)
    except KeyboardInterrupt:
        loop.cancel()
        raise
    for note in result.notes:
        print(f"hearth: {note}", file=sys.stderr)
    if args.json:
        json.dump(_document(result, images), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    sys.stdout.flush()
    if not args.json:
        ran = sum(1 for record in result.calls if record.approved)
        last = result.stats.generated_tokens
        print(f"({len(result.calls)} tool calls, {ran} run; the last reply {last} tokens)", file=sys.stderr)
    return 0


def _document(result: ToolLoopResult, images: list[PreparedImage]) -> dict[str, Any]:
    return {
        "reply": result.reply,
        "thinking": result.thinking,
        "notices": [],
        "images": [{"name": i.name, "width": i.width, "height": i.height} for i in images],
        "stats": result.stats.to_json(rounded=True),
        "tool_calls": [record.to_json() for record in result.calls],
    }


def _show(event: object) -> None:
    if isinstance(event, TextDelta):
        sys.stdout.write(event.text)
        sys.stdout.flush()
    elif isinstance(event, ThinkingDelta):
        sys.stderr.write(event.text)
        sys.stderr.flush()
    else:
        _show_calls(event)


def _show_calls(event: object) -> None:
    if isinstance(event, Notice):
        print(f"hearth: {event.message}", file=sys.stderr)
    elif isinstance(event, ToolCallRecord):
        where = f"{event.server} → {event.tool}" if event.server else event.tool
        outcome = f"error: {event.error}" if event.error else f"{len(event.result or '')} characters back"
        if event.sources:
            outcome += f" from {len(event.sources)} passage{'s' if len(event.sources) != 1 else ''}"
        print(f"[tool {where} {json.dumps(event.arguments, ensure_ascii=False)}: {outcome}]", file=sys.stderr)
