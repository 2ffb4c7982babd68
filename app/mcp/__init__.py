"""Tool servers (MCP, the Model Context Protocol): their list in mcp.json and the host that runs them.

No Qt here. What exists so far: the list (config), starting a server safely (programs, environment), its session
(connection) and the one-thread host the rest of Hearth calls (host). Tool calls from chat, approvals and the
window's Tools settings come later (issue 27).
"""

from app.mcp.config import HttpServer, McpConfig, ServerEntry, StdioServer
from app.mcp.errors import (
    McpConfigDamaged,
    McpEntryInvalid,
    McpOffline,
    McpProblem,
    McpProgramNotFound,
    McpServerExists,
    McpServerFailed,
    McpServerUnknown,
    McpToolFailed,
    McpToolTimedOut,
)
from app.mcp.host import DEFAULT_CALL_TIMEOUT_S, McpHost, ServerState, ServerStatus
from app.mcp.tools import McpTool, ToolImage, ToolResult

__all__ = [
    "DEFAULT_CALL_TIMEOUT_S",
    "HttpServer",
    "McpConfig",
    "McpConfigDamaged",
    "McpEntryInvalid",
    "McpHost",
    "McpOffline",
    "McpProblem",
    "McpProgramNotFound",
    "McpServerExists",
    "McpServerFailed",
    "McpServerUnknown",
    "McpTool",
    "McpToolFailed",
    "McpToolTimedOut",
    "ServerEntry",
    "ServerState",
    "ServerStatus",
    "StdioServer",
    "ToolImage",
    "ToolResult",
]
