"""Why a reply ended, both ways: the engine's `StopReason` ⇄ OpenAI's `finish_reason`.

OpenAI's values are "stop", "length", "tool_calls" and "content_filter". Hearth also writes "cancelled" for a
reply whose client left (never sent: nobody is there to read it), so the server can tell that case apart.
"""

from __future__ import annotations

from app.engines.chat_types import StopReason

STOP = "stop"
LENGTH = "length"
TOOL_CALLS = "tool_calls"
CANCELLED = "cancelled"

_FINISH = {
    StopReason.FINISHED: STOP,
    StopReason.STOP_STRING: STOP,
    StopReason.MAX_TOKENS: LENGTH,
    StopReason.CONTEXT_FULL: LENGTH,
    StopReason.CANCELLED: CANCELLED,
}
_STOP = {STOP: StopReason.FINISHED, LENGTH: StopReason.MAX_TOKENS, CANCELLED: StopReason.CANCELLED}


def finish_reason(reason: StopReason, *, tool_calls: bool = False) -> str:
    """The `finish_reason` of a reply that stopped for `reason`; "tool_calls" when it ended asking for tools."""
    if tool_calls and reason is not StopReason.CANCELLED:
        return TOOL_CALLS
    return _FINISH[reason]


def stop_reason(finish: str | None) -> StopReason:
    """The engine's reason for a remote reply's `finish_reason`: a reply that ended with tool calls, was filtered
    or gave no reason ended by itself (its ToolCall events say which tools it wants)."""
    return _STOP.get(finish or STOP, StopReason.FINISHED)
