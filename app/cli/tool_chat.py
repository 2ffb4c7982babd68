"""`hearth chat --tools`: one message answered with the tools of the named MCP servers (app/tool_use).

The servers start before the model loads, so a server that cannot start ends the command at once with its sentence
(exit 1). Before the message, a tool set that would take more than a quarter of the model's context is warned
about on stderr (app/tool_use/cost.py). Each call is shown on stderr as it ends. `--approve ask` asks on the terminal
for each call not already allowed by a remembered answer (app/tool_use/approvals.py), reading the answer from stdin:
[d]eny (the default, also for anything unrecognised or no answer), allow [o]nce, [a]lways for this tool, always for
this [s]erver; the answers to remember are kept in the settings folder. `--approve all` and `--approve none` neither
read nor change the remembered answers. `--json` prints the usual document with "tool_calls" added.
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
from app.mcp import config as mcp_config
from app.openai.messages import ChatMessage
from app.responders import LocalResponder, Responder
from app.tool_use import (
    Answer,
    Approvals,
    Approve,
    CallRequest,
    ModelTokenizer,
    ToolCallRecord,
    ToolLoop,
    ToolLoopResult,
    ToolSet,
    approver,
    count_tool_tokens,
)

ANSWERS = {
    "d": Answer.DENY,
    "deny": Answer.DENY,
    "o": Answer.ONCE,
    "once": Answer.ONCE,
    "y": Answer.ONCE,
    "yes": Answer.ONCE,
    "a": Answer.ALWAYS_TOOL,
    "always": Answer.ALWAYS_TOOL,
    "s": Answer.ALWAYS_SERVER,
    "server": Answer.ALWAYS_SERVER,
}
QUESTION = "[d]eny / allow [o]nce / [a]lways for this tool / always for this [s]erver (default: deny)? "


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
    servers = {name: outcome for name, outcome in each.items() if not isinstance(outcome, McpProblem)}
    config = mcp_config.load(mcp_config.config_path(config_dir))
    tools = ToolSet.of_servers(servers, {name: config.entry(name).identity for name in servers})
    if not tools:
        raise HearthError(f"The tool servers {', '.join(names)} offer no tools, so there is nothing to use.")
    return Toolbox(mcp, tools)


def approval(mode: str) -> Approve:
    if mode == "all":
        return lambda _request: True
    if mode == "none":
        return lambda _request: False
    approvals = Approvals(paths.resolve().config)
    if approvals.problem:
        print(f"hearth: {approvals.problem}", file=sys.stderr)
    return approver(approvals, _ask)


def _ask(request: CallRequest) -> Answer:
    where = f"the tool server {request.server} ({request.identity})"
    print(f"The model asks to run {request.tool.name} on {where} with:\n{request.arguments_text()}", file=sys.stderr)
    if request.changed:
        print(
            f"{request.tool.name} was always allowed before, but its definition has changed since:\n{request.changed}",
            file=sys.stderr,
        )
    print(QUESTION, end="", file=sys.stderr, flush=True)
    return ANSWERS.get(sys.stdin.readline().strip().lower(), Answer.DENY)


def warn_about_cost(responder: Responder, style: ToolStyle, tools: ToolSet) -> None:
    """Say on stderr when the tools would take more than a quarter of the model's context, and what to drop."""
    if isinstance(responder, LocalResponder):
        context = int(responder.prepare().result().context)  # loaded already: this only reads what it allocated
        with ModelTokenizer(responder.host, responder.request.path) as tokenizer:
            cost = count_tool_tokens(tools, tokenizer.count, style=style)
    else:
        context = responder.trained_context
        cost = count_tool_tokens(tools, style=style)
    if warning := cost.warning(context):
        fewer = " Name fewer servers with --tools." if len(cost.servers) > 1 else ""
        print(f"hearth: {warning}{fewer}", file=sys.stderr)


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
    warn_about_cost(responder, style, toolbox.tools)
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
