"""What a tool server offers and what a call brings back, as plain records the rest of Hearth reads."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class McpTool:
    name: str
    description: str
    input_schema: dict[str, Any]
    read_only: bool = False  # the server's own annotation (readOnlyHint); approvals will use it, nothing yet does

    @property
    def json_chars(self) -> int:
        """The size of the tool's definition as a model would be shown it, in characters. Its size in tokens needs
        the loaded model's tokenizer and is counted where a model is loaded (not yet)."""
        definition = {"name": self.name, "description": self.description, "parameters": self.input_schema}
        return len(json.dumps(definition, ensure_ascii=False))


@dataclass(frozen=True)
class ToolImage:
    mime_type: str
    data: bytes


@dataclass(frozen=True)
class ToolResult:
    """A finished call: its text (every text part, in order), its images, and whether the tool said it failed
    (a failed tool still answers: its text says why, for the model to read). `sources` are the passages a built-in
    document search found, each as `app.documents.answer.Source.to_record()` writes it (file, page, text, quote,
    score, start, end), for the window to list under the call; a tool server's result has none."""

    text: str
    images: tuple[ToolImage, ...] = field(default=())
    is_error: bool = False
    sources: tuple[dict[str, object], ...] = field(default=())
