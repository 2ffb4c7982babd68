"""What one message's tool use leaves behind: a record per call, and the loop's outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.documents.answer import Source
from app.engines.chat_types import ReplyStats
from app.openai.messages import ChatMessage

DENIED = "The person denied this call."


@dataclass(frozen=True)
class ToolCallRecord:
    """One call the model asked for and what Hearth did with it. `server` is None for a tool no chosen server
    offers; `approved` is False for a call that was denied or never reached the question (it could not run);
    `result` is the tool's text (as the model read it, capped), `error` the sentence when it did not answer;
    `sources` the passages a document search found (shown under the call as a document reply's are: wrap them in
    `ReadDocuments(AnswerMode.RETRIEVAL, record.sources)` for the DocumentSources widget)."""

    server: str | None
    tool: str
    arguments: dict[str, Any]
    approved: bool
    result: str | None = None
    error: str | None = None
    seconds: float = 0.0
    sources: tuple[Source, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The call as `hearth chat --json` lists it; "sources" is there only for a call that found passages."""
        document: dict[str, Any] = {
            "server": self.server,
            "tool": self.tool,
            "arguments": self.arguments,
            "approved": self.approved,
            "result": self.result,
            "error": self.error,
            "seconds": round(self.seconds, 3),
        }
        if self.sources:
            document["sources"] = [source.to_json() for source in self.sources]
        return document


@dataclass(frozen=True)
class ToolLoopResult:
    """The message's answer: the visible text of every reply, in order, the calls, and the notes saying why the loop
    ended early (a repeated call, the round limit); `history` is the conversation with the calls and results."""

    reply: str
    thinking: str
    calls: tuple[ToolCallRecord, ...]
    notes: tuple[str, ...]
    stats: ReplyStats
    cancelled: bool = False
    history: tuple[ChatMessage, ...] = field(default=(), repr=False)
