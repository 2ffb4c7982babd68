"""The tools one message offers a model: every chosen server's tools under names unique across servers.

A tool keeps its own name when no other chosen server offers the same one. When two servers offer a tool of the same
name, each is offered as `SERVER__TOOL` (the server's name made safe for a function name: letters, digits, `_` and
`-`), so the model can tell them apart and Hearth knows which server to call; a name still taken after that gets
`_2`, `_3`, … The server is always called with the tool's own name.

Each tool also carries its server's identity (the command line, or the URL: app/mcp/config.py), what approvals are
remembered under (app/tool_use/approvals.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.mcp import McpTool
from app.openai.tool_checks import OfferedTool

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
MAX_NAME = 64  # OpenAI's limit for a function's name


@dataclass(frozen=True)
class ServerTool:
    """One tool as offered: the name the model sees, and the server and tool Hearth calls for it. `identity` is the
    server's identity approvals are keyed to; the server's name when not given."""

    offered_name: str
    server: str
    tool: McpTool
    identity: str = ""

    def __post_init__(self) -> None:
        if not self.identity:
            object.__setattr__(self, "identity", self.server)

    def openai(self) -> dict[str, Any]:
        """The OpenAI tool object the model is shown."""
        return {
            "type": "function",
            "function": {
                "name": self.offered_name,
                "description": self.tool.description,
                "parameters": self.tool.input_schema or {"type": "object"},
            },
        }


class ToolSet:
    def __init__(self, tools: Sequence[ServerTool]) -> None:
        self.tools = tuple(tools)
        self._by_name = {tool.offered_name: tool for tool in self.tools}

    @classmethod
    def of_servers(
        cls, servers: Mapping[str, Sequence[McpTool]], identities: Mapping[str, str] | None = None
    ) -> ToolSet:
        """Every tool of every server, in the servers' order, named so that no two clash. `identities`: each
        server's identity by its name (StdioServer/HttpServer.identity); a server not in it is known by its name."""
        identities = identities or {}
        counts = Counter(tool.name for tools in servers.values() for tool in tools)
        taken: set[str] = set()
        offered: list[ServerTool] = []
        for server, tools in servers.items():
            for tool in tools:
                name = tool.name if counts[tool.name] == 1 else f"{_safe(server)}__{tool.name}"
                name = _unique(name[:MAX_NAME], taken)
                taken.add(name)
                offered.append(ServerTool(name, server, tool, identities.get(server, server)))
        return cls(offered)

    def __bool__(self) -> bool:
        return bool(self.tools)

    @property
    def names(self) -> list[str]:
        return [tool.offered_name for tool in self.tools]

    def openai(self) -> list[dict[str, Any]]:
        return [tool.openai() for tool in self.tools]

    def offered(self) -> list[OfferedTool]:
        """What `problem_with` checks a call against."""
        return [OfferedTool.from_openai(tool) for tool in self.openai()]

    def find(self, offered_name: str) -> ServerTool | None:
        return self._by_name.get(offered_name)


def _safe(server: str) -> str:
    return _UNSAFE.sub("_", server).strip("_") or "server"


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    number = 2
    while (candidate := f"{name[: MAX_NAME - 1 - len(str(number))]}_{number}") in taken:
        number += 1
    return candidate
