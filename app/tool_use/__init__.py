"""A model that uses tools: one user message answered with the tools of the chosen MCP servers, every call checked,
approved and recorded (issue 27, the chat loop). No Qt here; `hearth chat --tools` is its first client."""

from app.tool_use.approvals import Answer, Approvals, Approve, CallRequest, RememberedServer, approver
from app.tool_use.cost import ModelTokenizer, ServerTokens, ToolCost, ToolTokens, count_tool_tokens, estimate_tokens
from app.tool_use.document_search import DocumentSearch
from app.tool_use.guards import MAX_REPAIR_ROUNDS, MAX_TOOL_ROUNDS, RESULT_LIMIT, RepeatedCalls, Rounds, capped
from app.tool_use.loop import ToolChoice, ToolLoop
from app.tool_use.records import DENIED, ToolCallRecord, ToolLoopResult
from app.tool_use.runner import BuiltinTools, ToolRunner, ToolRunners
from app.tool_use.style import model_tool_style
from app.tool_use.toolset import ServerTool, ToolSet

__all__ = [
    "DENIED",
    "MAX_REPAIR_ROUNDS",
    "MAX_TOOL_ROUNDS",
    "RESULT_LIMIT",
    "Answer",
    "Approvals",
    "Approve",
    "BuiltinTools",
    "CallRequest",
    "DocumentSearch",
    "ModelTokenizer",
    "RememberedServer",
    "RepeatedCalls",
    "Rounds",
    "ServerTokens",
    "ServerTool",
    "ToolCallRecord",
    "ToolChoice",
    "ToolCost",
    "ToolLoop",
    "ToolLoopResult",
    "ToolRunner",
    "ToolRunners",
    "ToolSet",
    "ToolTokens",
    "approver",
    "capped",
    "count_tool_tokens",
    "estimate_tokens",
    "model_tool_style",
]
