"""Tool calls: the grammars that force them or a JSON reply, and reading them back from a model's own format.

Models write tool calls in their template's format. Two families cover most open models: Qwen / Hermes
(`<tool_call>{"name": …, "arguments": {…}}</tool_call>`, several in a row for parallel calls) and Llama 3.x (a bare
JSON object `{"name": …, "parameters": {…}}`, sometimes after `<|python_tag|>`). Both are read back here; a
forced call (`tool_choice` "required" or a named function) is written in the model's own family.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from app.engines import llama_runtime
from app.server.errors import bad_request

HERMES_OPEN, HERMES_CLOSE = "<tool_call>", "</tool_call>"
PYTHON_TAG = "<|python_tag|>"


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # a JSON object as text, as OpenAI sends it

    def as_openai(self) -> dict[str, Any]:
        return {"id": self.id, "type": "function", "function": {"name": self.name, "arguments": self.arguments}}


def uses_hermes(template: str) -> bool:
    """Whether the model's template writes tool calls the Qwen / Hermes way (else: Llama 3's JSON)."""
    return HERMES_OPEN in template or "tools" not in template


def json_grammar(schema: dict[str, Any] | None) -> str:
    """GBNF for a JSON value matching `schema`, or any JSON object when None (`json_object`)."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    try:
        grammar = str(json_schema_to_gbnf(json.dumps(schema if schema is not None else {"type": "object"})))
    except Exception as exc:  # the converter asserts, raises KeyError, ValueError, ... on what it cannot do
        raise bad_request(
            f"This JSON schema cannot be enforced: {exc}. Hearth refuses it rather than ignore it.",
            param="response_format",
            code="unsupported_schema",
        ) from exc
    return checked(grammar)


def checked(grammar: str) -> str:
    """`grammar`, once llama.cpp has parsed it: refused here with a sentence rather than by the engine mid-request."""
    module = llama_runtime.llama_cpp()
    parsed = module.llama_sampler_init_grammar(None, grammar.encode("utf-8"), b"root")  # parsing needs no vocabulary
    if not parsed:
        raise bad_request(
            "This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth "
            "refuses it rather than ignore it.",
            param="response_format",
            code="unsupported_schema",
        )
    module.llama_sampler_free(parsed)
    return grammar


def forced_call_grammar(tools: list[dict[str, Any]], hermes: bool) -> str:
    """GBNF for one call of one of `tools`, in the model's own format."""
    key = "arguments" if hermes else "parameters"
    choices = []
    for tool in tools:
        function = tool["function"]
        parameters = function.get("parameters") or {"type": "object"}
        choices.append(
            {
                "type": "object",
                "properties": {"name": {"const": function["name"]}, key: parameters},
                "required": ["name", key],
            }
        )
    schema: dict[str, Any] = choices[0] if len(choices) == 1 else {"anyOf": choices}
    body = json_grammar(schema)
    body = re.sub(r"^root ::=", "call ::=", body, count=1, flags=re.MULTILINE)
    if hermes:
        return checked(f'root ::= "{HERMES_OPEN}\\n" call "\\n{HERMES_CLOSE}"\n{body}')
    return checked(f"root ::= call\n{body}")


def parse_calls(text: str) -> list[ToolCall]:
    """The tool calls in a reply, in either family's format; [] when it is a plain answer."""
    calls: list[ToolCall] = []
    if HERMES_OPEN in text:
        for block in re.findall(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", text, flags=re.DOTALL):
            call = _call(block)
            if call is not None:
                calls.append(call)
        return calls
    stripped = text.strip().removeprefix(PYTHON_TAG).strip()
    if stripped.startswith("{"):
        for piece in _json_objects(stripped):
            call = _call(piece)
            if call is None:
                return []
            calls.append(call)
    return calls


def _call(text: str) -> ToolCall | None:
    try:
        raw = json.loads(text)
    except ValueError:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        return None
    arguments = raw.get("arguments", raw.get("parameters", {}))
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except ValueError:
            return None
    if not isinstance(arguments, dict):
        return None
    return ToolCall(f"call_{uuid.uuid4().hex[:24]}", raw["name"], json.dumps(arguments, ensure_ascii=False))


def _json_objects(text: str) -> list[str]:
    """Consecutive JSON objects (separated by whitespace or ';'), as Llama 3 writes parallel calls."""
    decoder = json.JSONDecoder()
    pieces, at = [], 0
    while at < len(text):
        try:
            _, end = decoder.raw_decode(text, at)
        except ValueError:
            return [text]
        pieces.append(text[at:end])
        at = end
        while at < len(text) and text[at] in " \t\r\n;":
            at += 1
    return pieces


class ToolStream:
    """Splits a streamed reply into content that can go out at once and a tool call held back until complete."""

    def __init__(self) -> None:
        self._text = ""
        self._sent = 0  # characters of _text already released as content
        self._holding = False

    def feed(self, piece: str) -> str:
        """Content to send now (may be "")."""
        self._text += piece
        if self._holding:
            return ""
        pending = self._text[self._sent :]
        if not self._text[: self._sent].strip():  # nothing visible sent yet: a call may start here
            start = pending.lstrip()
            if start.startswith(("{", PYTHON_TAG, HERMES_OPEN)):
                self._holding = True
                return ""
            if start and any(marker.startswith(start) for marker in (HERMES_OPEN, PYTHON_TAG)):
                return ""  # wait: the start of a marker
            if not start:
                return ""
        at = pending.find(HERMES_OPEN)
        if at >= 0:
            self._holding = True
            self._sent += at
            return pending[:at]
        keep = 0
        for size in range(min(len(pending), len(HERMES_OPEN) - 1), 0, -1):
            if HERMES_OPEN.startswith(pending[-size:]):
                keep = size
                break
        out = pending[: len(pending) - keep]
        self._sent += len(out)
        return out

    def finish(self) -> tuple[str, list[ToolCall]]:
        """The rest of the content, and the tool calls the reply ended with."""
        rest = self._text[self._sent :]
        calls = parse_calls(rest) if rest.strip() else []
        if calls:
            return "", calls
        return rest, []
