"""Tool servers (MCP, the Model Context Protocol): their list in mcp.json and the host that runs them.

No Qt here. What exists so far: the list (config), starting a server safely (programs, environment), its session
(connection) and the one-thread host the rest of Hearth calls (host); servers' secret values in the password store
(secrets) and importing other apps' lists (importing). Tool calls from chat, approvals and the
window's Tools settings come later (issue 27).
"""

from app.mcp.config import HttpServer, McpConfig, ServerEntry, StdioServer
from app.mcp.errors import (
    McpConfigDamaged,
    McpEntryInvalid,
    McpImportFailed,
    McpOffline,
    McpProblem,
    McpProgramNotFound,
    McpSecretMissing,
    McpServerExists,
    McpServerFailed,
    McpServerUnknown,
    McpToolFailed,
    McpToolStopped,
    McpToolTimedOut,
)
from app.mcp.host import DEFAULT_CALL_TIMEOUT_S, McpHost, ServerState, ServerStatus
from app.mcp.importing import EntryImport, ImportOutcome, ImportReport, ImportSource, import_from, known_sources
from app.mcp.secrets import SECRET_REFERENCE, McpSecrets, looks_secret
from app.mcp.tools import McpTool, ToolImage, ToolResult

__all__ = [
    "DEFAULT_CALL_TIMEOUT_S",
    "SECRET_REFERENCE",
    "EntryImport",
    "HttpServer",
    "ImportOutcome",
    "ImportReport",
    "ImportSource",
    "McpConfig",
    "McpConfigDamaged",
    "McpEntryInvalid",
    "McpHost",
    "McpImportFailed",
    "McpOffline",
    "McpProblem",
    "McpProgramNotFound",
    "McpSecretMissing",
    "McpSecrets",
    "McpServerExists",
    "McpServerFailed",
    "McpServerUnknown",
    "McpTool",
    "McpToolFailed",
    "McpToolStopped",
    "McpToolTimedOut",
    "ServerEntry",
    "ServerState",
    "ServerStatus",
    "StdioServer",
    "ToolImage",
    "ToolResult",
    "import_from",
    "known_sources",
    "looks_secret",
]
