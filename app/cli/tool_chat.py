"""`hearth chat --tools`: one message answered with the tools of the named MCP servers (app/tool_use), and with
Hearth's own document search when `documents` is among them (`--collection NAME` says which collection).

The servers start before the model loads, so a server that cannot start ends the command at once with its sentence
(exit 1). The document search runs on the chat model's host (its embedding model loads there at its first call).
Before the message, a tool set that would take more than a quarter of the model's context is warned about on
stderr (app/tool_use/cost.py). Each call is shown on stderr as it ends. `--approve ask` asks on the terminal for
each call not already allowed by a remembered answer (app/tool_use/approvals.py), reading the answer from stdin:
[d]eny (the default, also for anything unrecognised or no answer), allow [o]nce, [a]lways for this tool, always for
this [s]erver; the answers to remember are kept in the settings folder. `--approve all` and `--approve none` neither
read nor change the remembered answers. `--json` prints the usual document with "tool_calls" added.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field
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
from app.tool_use import (
    Answer,
    Approvals,
    Approve,
    CallRequest,
    DocumentSearch,
    ModelTokenizer,
    ToolCallRecord,
    ToolLoop,
    ToolLoopResult,
    ToolRunners,
    ToolSet,
    approver,
    count_tool_tokens,
)
from app.tool_use.document_search import SERVER as DOCUMENTS

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
    """The tools asked for, before the model loads: the tool servers' tools (started), in the order named, and
    whether Hearth's document search is among them (it needs the model host, so it is made with the model)."""

    mcp: McpHost
    names: list[str]
    servers: dict[str, list[McpTool]]
    documents: bool = False
    identities: dict[str, str] = field(default_factory=dict)  # each server's command line or URL: approvals' key

    def with_model(self, responder: Responder, collection: str | None) -> tuple[ToolRunners, ToolSet]:
        """What runs the calls and the tools offered, the document search on the chat model's host."""
        builtins = []
        if self.documents:
            if not isinstance(responder, LocalResponder) or collection is None:
                raise HearthError("Searching documents as a tool needs a model on this computer and --collection.")
            builtins.append(DocumentSearch(responder.host, responder.request.profile, collection))
        runners = ToolRunners(self.mcp, builtins)
        offered = self.servers | runners.builtin_tools()
        identities = self.identities | {builtin.name: builtin.identity for builtin in builtins}
        return runners, ToolSet.of_servers({name: offered[name] for name in self.names}, identities)


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
    identities = {}
    if found:
        config = mcp_config.load(mcp_config.config_path(config_dir))
        identities = {name: config.entry(name).identity for name in found}
    return Toolbox(mcp, names, found, documents, identities)


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
    runners, tools = toolbox.with_model(responder, args.collection)
    warn_about_cost(responder, style, tools)
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
