"""What can go wrong with a tool server (an MCP server), each as a sentence a person can act on.

The message says what happened and what to try; `details` keeps the technical cause (the exception, the whole
stderr tail) for the curious and the log.
"""

from __future__ import annotations

from app.errors import HearthError


class McpProblem(HearthError):
    """Any problem with the tool servers' list or with one tool server."""


class McpConfigDamaged(McpProblem):
    """mcp.json could not be read as the list of tool servers; it was kept aside, not lost."""


class McpEntryInvalid(McpProblem):
    """One server's entry has neither a command nor a url, or a value of the wrong kind."""


class McpServerUnknown(McpProblem):
    """No tool server of that name is in mcp.json."""


class McpServerExists(McpProblem):
    """A tool server of that name is already in mcp.json."""


class McpOffline(McpProblem):
    """Offline mode is on and the server is at a `url`: Hearth makes no connection."""


class McpProgramNotFound(McpProblem):
    """The server's program is not on PATH nor in the usual Node and uv places."""


class McpServerFailed(McpProblem):
    """The server started but stopped, or never answered as an MCP server does."""


class McpToolTimedOut(McpProblem):
    """A tool call took longer than its time-out; the server stays usable."""


class McpToolStopped(McpProblem):
    """The person stopped the reply while a tool call ran: the call was abandoned; the server stays usable."""


class McpToolFailed(McpProblem):
    """The server refused a tool call or the connection broke during it."""


class McpSecretMissing(McpProblem):
    """A server's secret value (an `env` variable or a header kept in the password store) is not there."""


class McpImportFailed(McpProblem):
    """Another app's list of tool servers could not be read (missing, unreadable, or not that shape)."""
