"""What one message's tool use leaves behind: a record per call, and the loop's outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.documents.answer import Source
from app.engines.chat_types import ReplyStats
from app.mcp import ToolImage
from app.openai.messages import ChatMessage

DENIED = "The person denied this call."


@dataclass(frozen=True)
class ToolCallRecord:
    """One call the model asked for and what Hearth did with it. `server` is None for a tool no chosen server
    offers; `approved` is False for a call that was denied or never reached the question (it could not run);
    `result` is the tool's text (as the model read it, capped), `error` the sentence when it did not answer;
    `sources` the passages a document search found (shown under the call as a document reply's are: wrap them in
    `ReadDocuments(AnswerMode.RETRIEVAL, record.sources)` for the DocumentSources widget); `images` the pictures the
    tool returned (the model is told how many; the window shows them while the conversation is open)."""

    server: str | None
    tool: str
    arguments: dict[str, Any]
    approved: bool
    result: str | None = None
    error: str | None = None
    seconds: float = 0.0
    sources: tuple[Source, ...] = ()
    images: tuple[ToolImage, ...] = field(default=(), repr=False)  # shown with the result; not kept as JSON

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

    def to_record(self) -> dict[str, Any]:
        """What a conversation keeps: the JSON above with each source's place in its page."""
        return self.to_json() | ({"sources": [source.to_record() for source in self.sources]} if self.sources else {})

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ToolCallRecord | None:
        """A record kept with a conversation (`to_record`'s or `to_json`'s shape); None for one that is not."""
        tool, arguments = raw.get("tool"), raw.get("arguments")
        if not isinstance(tool, str) or not isinstance(arguments, dict):
            return None
        server, result, error = raw.get("server"), raw.get("result"), raw.get("error")
        seconds, sources = raw.get("seconds"), raw.get("sources")
        return cls(
            server if isinstance(server, str) else None,
            tool,
            arguments,
            approved=raw.get("approved") is True,
            result=result if isinstance(result, str) else None,
            error=error if isinstance(error, str) else None,
            seconds=float(seconds) if isinstance(seconds, int | float) else 0.0,
            sources=tuple(s for s in map(Source.from_record, sources if isinstance(sources, list) else []) if s),
        )


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
