"""Approval before a tool call, and the answers a person asked Hearth to remember (issue 27, the chat loop).

Safe by default: every call asks — Deny / Allow once / Always for this tool / Always for this server — unless

- "Always for this server" was answered for this server's identity: any tool of it runs (its tools may change with
  the server's updates; the person trusted the program or address, not a list of tools);
- "Always for this tool" was answered for this identity, this tool's name and the same definition (the sha256 of the
  canonical JSON of its name, description and input schema). A tool whose definition changed since asks again, with
  the difference shown (`CallRequest.changed`), so a server cannot keep a trusted name and change what it does;
- the tool is annotated read-only by its server (`McpTool.read_only`) and this identity was allowed at least once
  (any allow answer, "once" included, is remembered for this).

Answers are keyed to the server's identity — its command line, or its URL — never to its name in mcp.json: a renamed
entry with the same command keeps its answers, an edited command asks again. "Deny" is for this call only and is
never remembered. The answers live in `tool_approvals.json` in the settings folder, written atomically; another
Hearth process's answers written meanwhile are merged, not overwritten; a damaged file is set aside as
`tool_approvals.json.bad` (never lost) and Hearth starts again with no remembered answers.
"""

from __future__ import annotations

import difflib
import enum
import hashlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic_json import set_aside, write_json
from app.i18n import say
from app.mcp import McpTool

log = logging.getLogger(__name__)

FILE_NAME = "tool_approvals.json"
_VERSION = 1


class Answer(enum.Enum):
    DENY = "deny"  # this call only: never remembered
    ONCE = "once"
    ALWAYS_TOOL = "always_tool"
    ALWAYS_SERVER = "always_server"

    @property
    def allows(self) -> bool:
        return self is not Answer.DENY


@dataclass(frozen=True)
class CallRequest:
    """One call to approve: what a person is shown and what an answer is remembered under."""

    server: str  # the server's name in mcp.json (or a built-in's name)
    identity: str  # StdioServer/HttpServer.identity (the command line, or the URL); a built-in: "hearth:NAME"
    tool: McpTool  # the tool's definition as its server lists it now
    arguments: dict[str, Any]
    changed: str = ""  # filled by `Approvals.check` when an earlier "always" was for another definition of the tool

    def arguments_text(self) -> str:
        return json.dumps(self.arguments, ensure_ascii=False, indent=2)


Approve = Callable[[CallRequest], bool]


def definition(tool: McpTool) -> dict[str, Any]:
    """What "the same tool" means for a remembered answer: its name, description and input schema."""
    return {"name": tool.name, "description": tool.description, "input_schema": tool.input_schema}


def definition_hash(tool: McpTool) -> str:
    canonical = json.dumps(definition(tool), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def definition_diff(before: dict[str, Any], after: dict[str, Any]) -> str:
    """A unified diff of the two definitions as pretty JSON: what a person reads to see what changed."""
    lines = difflib.unified_diff(
        _pretty(before).splitlines(), _pretty(after).splitlines(), "approved before", "offered now", lineterm=""
    )
    return "\n".join(lines)


def _pretty(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


@dataclass(frozen=True)
class RememberedServer:
    """What is remembered for one server identity (for a settings page's "forget" list)."""

    identity: str
    trusted: bool  # "Always for this server"
    approved_once: bool  # some call was allowed: its read-only tools run without asking
    tools: tuple[str, ...]  # "Always for this tool", by tool name


class Approvals:
    """Remembered answers in tool_approvals.json in the settings folder (app/atomic_json write; a damaged file set
    aside like app/mcp/config.py does, with a sentence logged; never lost). Safe to use from any thread."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / FILE_NAME
        self.problem: str | None = None  # the sentence about a damaged file set aside at the last read, if any
        self._lock = threading.Lock()
        self._servers: dict[str, dict[str, Any]] = {}
        with self._lock:
            self._servers = self._read() or {}

    def check(self, request: CallRequest) -> CallRequest | None:
        """None: the call may run without asking; else the request to ask, with `changed` filled when an earlier
        "Always for this tool" was for another definition of it."""
        with self._lock:
            server = self._servers.get(request.identity, {})
        if server.get("trusted") is True:
            return None
        remembered = _tools(server).get(request.tool.name)
        if isinstance(remembered, dict) and remembered.get("hash") == definition_hash(request.tool):
            return None
        if request.tool.read_only and server.get("approved_once") is True:
            return None
        if isinstance(remembered, dict):
            before = remembered.get("definition")
            shown = before if isinstance(before, dict) else {"name": request.tool.name}
            return CallRequest(
                request.server,
                request.identity,
                request.tool,
                request.arguments,
                changed=definition_diff(shown, definition(request.tool)),
            )
        return request

    def remember(self, request: CallRequest, answer: Answer) -> None:
        """Keep an allowing answer (Deny is for this call only). A file that cannot be written is logged; the answer
        then holds until Hearth quits."""
        if not answer.allows:
            return
        with self._lock:
            servers = self._current()
            server = servers.setdefault(request.identity, {})
            server["approved_once"] = True
            if answer is Answer.ALWAYS_SERVER:
                server["trusted"] = True
            elif answer is Answer.ALWAYS_TOOL:
                tools = server.setdefault("tools", {})
                tool = request.tool
                tools[tool.name] = {"hash": definition_hash(tool), "definition": definition(tool)}
            self._servers = servers
            self._write()

    def forget(self, identity: str | None = None) -> None:
        """Forget every remembered answer, or one server identity's."""
        with self._lock:
            servers = self._current()
            if identity is None:
                servers.clear()
            else:
                servers.pop(identity, None)
            self._servers = servers
            self._write()

    def remembered(self) -> list[RememberedServer]:
        with self._lock:
            servers = dict(self._servers)
        return [
            RememberedServer(
                identity,
                server.get("trusted") is True,
                server.get("approved_once") is True,
                tuple(sorted(_tools(server))),
            )
            for identity, server in sorted(servers.items())
        ]

    # ------------------------------------------------------------------ the file
    def _current(self) -> dict[str, dict[str, Any]]:
        """The answers as the file holds them now (another Hearth may have written it since); what this one knows
        when the file is missing, unreadable or damaged. A fresh copy, so what `check` reads never changes."""
        on_disk = self._read()
        return on_disk if on_disk is not None else json.loads(json.dumps(self._servers))

    def _read(self) -> dict[str, dict[str, Any]] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("The remembered tool approvals in %s could not be read (%s).", self.path, exc)
            return None
        try:
            raw = json.loads(text)
            problem = _shape_problem(raw)
        except ValueError as exc:
            problem = say("ToolUse", "it is not valid JSON ({problem})", "tool_use.approvals-not-json").format(
                problem=str(exc)
            )
        if problem:
            aside = set_aside(self.path)
            self.problem = say(
                "ToolUse",
                "The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls "
                "ask again until new answers are remembered.",
                "tool_use.approvals-damaged",
            ).format(problem=problem, aside=aside)
            log.warning("%s", self.problem)
            return None
        servers: dict[str, dict[str, Any]] = raw["servers"]
        return servers

    def _write(self) -> None:
        try:
            write_json(self.path, {"version": _VERSION, "servers": self._servers})
        except OSError as exc:
            log.warning("Tool approvals could not be saved in %s (%s); they hold until Hearth quits.", self.path, exc)


def approver(approvals: Approvals, ask: Callable[[CallRequest], Answer]) -> Approve:
    """The ToolLoop's `approve`: remembered answers first, else `ask` the person (with `changed` filled when a
    definition changed) and remember what they answered."""

    def approve(request: CallRequest) -> bool:
        asking = approvals.check(request)
        if asking is None:
            return True
        answer = ask(asking)
        approvals.remember(asking, answer)
        return answer.allows

    return approve


def _tools(server: dict[str, Any]) -> dict[str, Any]:
    tools = server.get("tools")
    return tools if isinstance(tools, dict) else {}


def _shape_problem(raw: Any) -> str:
    if not isinstance(raw, dict):
        return say("ToolUse", "it is not a JSON object", "tool_use.approvals-not-object")
    servers = raw.get("servers")
    if not isinstance(servers, dict):
        return say("ToolUse", "it has no “servers” object", "tool_use.approvals-no-servers")
    for identity, value in servers.items():
        if not isinstance(value, dict):
            return say(
                "ToolUse", "the answers for “{identity}” are not an object", "tool_use.approvals-bad-server"
            ).format(identity=identity)
    return ""
