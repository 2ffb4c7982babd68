"""`hearth chat --tools`: one message answered with the tools of the named MCP servers (app/tool_use).

The servers start before the model loads, so a server that cannot start ends the command at once with its sentence
(exit 1). Each call is shown on stderr as it ends; `--approve ask` asks y/N on the terminal for each, reading the
answer from stdin (anything but y or yes denies). `--json` prints the usual document with "tool_calls" added.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from app import paths, settings
from app.engines.chat_types import Notice, Sampling, TextDelta, ThinkingDelta
from app.engines.llama.chat_format import ToolStyle
from app.errors import HearthError
from app.images import PreparedImage
from app.mcp import McpHost, McpProblem
from app.openai.messages import ChatMessage
from app.responders import Responder
from app.tool_use import Approve, ToolCallRecord, ToolLoop, ToolLoopResult, ToolSet


@dataclass(frozen=True)
class Toolbox:
    mcp: McpHost
    tools: ToolSet


def open_toolbox(names: list[str], stack: ExitStack) -> Toolbox:
    """Start the named servers (all at once) and gather their tools; the first one's problem is raised."""
    config_dir = paths.resolve().config
    offline = settings.load(config_dir).offline
    mcp = stack.enter_context(McpHost(config_dir, offline=lambda: offline))
    print(f"Starting the tool servers {', '.join(names)}…", file=sys.stderr)
    each = mcp.tools_of_each(list(dict.fromkeys(names)))
    for outcome in each.values():
        if isinstance(outcome, McpProblem):
            raise outcome
    tools = ToolSet.of_servers({name: outcome for name, outcome in each.items() if not isinstance(outcome, McpProblem)})
    if not tools:
        raise HearthError(f"The tool servers {', '.join(names)} offer no tools, so there is nothing to use.")
    return Toolbox(mcp, tools)


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
    loop = ToolLoop(
        responder,
        toolbox.mcp,
        toolbox.tools,
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
        print(f"[tool {where} {json.dumps(event.arguments, ensure_ascii=False)}: {outcome}]", file=sys.stderr)
