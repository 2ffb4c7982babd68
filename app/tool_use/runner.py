"""What runs an approved tool call: a tool server on the MCP host, or one of Hearth's own built-in tools.

A built-in is a named "server" that lives in Hearth's process — no program to start, no connection — with the same
two faces an MCP server shows the loop: its `tools()` and `call(...)`. `ToolRunners` sends each call to the
built-in of that name, else to the MCP host, so the loop, the tool set, approvals and records treat both alike. A
built-in's name is reserved: a server of the same name in mcp.json is not reached through the same runners.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any, Protocol

from app.errors import HearthError
from app.i18n import say
from app.mcp import McpProblem, McpServerUnknown, McpTool, McpToolFailed, ToolResult


class ToolRunner(Protocol):
    """Anything that runs one tool of one named server and waits at most `timeout_s`, or until `stopped` is done;
    `McpHost` is one. A call that cannot run or did not answer raises an `McpProblem` whose sentence the model reads
    as the call's error."""

    def call(
        self,
        name: str,
        tool: str,
        arguments: dict[str, Any],
        /,
        timeout_s: float,
        stopped: Future[None] | None = None,
    ) -> ToolResult: ...


class BuiltinTools(Protocol):
    """Tools Hearth offers itself, under a server name (`name`, what the model's calls and the records show) and an
    `identity` approvals are keyed to (as an MCP server's command line or URL is)."""

    @property
    def name(self) -> str: ...

    @property
    def identity(self) -> str: ...

    def tools(self) -> list[McpTool]: ...

    def call(self, tool: str, arguments: dict[str, Any], timeout_s: float) -> ToolResult:
        """Run `tool`, honouring `timeout_s` in whatever it waits on (McpToolTimedOut past it); a problem the
        person can act on is a HearthError, and comes back to the model as the call's error."""
        ...


class ToolRunners:
    """The MCP host (None: no tool servers) and the built-ins, behind one `call`."""

    def __init__(self, mcp: ToolRunner | None, builtins: Sequence[BuiltinTools] = ()) -> None:
        self._mcp = mcp
        self._builtins = {builtin.name: builtin for builtin in builtins}

    def builtin(self, name: str) -> BuiltinTools | None:
        """The built-in called `name`, or None for a tool server's name."""
        return self._builtins.get(name)

    def builtin_tools(self) -> dict[str, list[McpTool]]:
        """Each built-in's tools by its name, the shape `ToolSet.of_servers` takes."""
        return {name: builtin.tools() for name, builtin in self._builtins.items()}

    def call(
        self,
        name: str,
        tool: str,
        arguments: dict[str, Any],
        /,
        timeout_s: float,
        stopped: Future[None] | None = None,
    ) -> ToolResult:
        """A built-in's call runs here to its end or its time-out (a document search takes a moment); a server's
        is abandoned when `stopped` is done."""
        builtin = self._builtins.get(name)
        if builtin is None:
            if self._mcp is None:
                raise McpServerUnknown(
                    say(
                        "ToolUse",
                        "There is no tool server called “{name}” in this conversation.",
                        "tool_use.server-not-in-conversation",
                    ).format(name=name)
                )
            return self._mcp.call(name, tool, arguments, timeout_s=timeout_s, stopped=stopped)
        try:
            return builtin.call(tool, arguments, timeout_s)
        except McpProblem:
            raise
        except HearthError as exc:  # the built-in's own sentence, read by the model as the call's error
            raise McpToolFailed(exc.sentence, exc.details) from exc
