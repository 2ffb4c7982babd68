"""A model that uses tools: one user message answered with the tools of the chosen MCP servers, every call checked,
approved and recorded (issue 27, the chat loop). No Qt here; `hearth chat --tools` is its first client."""

from app.tool_use.document_search import DocumentSearch
from app.tool_use.guards import MAX_REPAIR_ROUNDS, MAX_TOOL_ROUNDS, RESULT_LIMIT, RepeatedCalls, Rounds, capped
from app.tool_use.loop import Approve, ToolChoice, ToolLoop
from app.tool_use.records import DENIED, ToolCallRecord, ToolLoopResult
from app.tool_use.runner import BuiltinTools, ToolRunner, ToolRunners
from app.tool_use.style import model_tool_style
from app.tool_use.toolset import ServerTool, ToolSet

__all__ = [
    "DENIED",
    "MAX_REPAIR_ROUNDS",
    "MAX_TOOL_ROUNDS",
    "RESULT_LIMIT",
    "Approve",
    "BuiltinTools",
    "DocumentSearch",
    "RepeatedCalls",
    "Rounds",
    "ServerTool",
    "ToolCallRecord",
    "ToolChoice",
    "ToolLoop",
    "ToolLoopResult",
    "ToolRunner",
    "ToolRunners",
    "ToolSet",
    "capped",
    "model_tool_style",
]
