"""Tool calls on the wire and in a model's own words: reading them back (whole or streamed), writing them, and
the grammars that force a call or a JSON reply.

Models write tool calls in their template's style (`ChatFormat.tool_style`): Qwen / Hermes
(`<tool_call>{"name": …, "arguments": {…}}</tool_call>`, several in a row for parallel calls), Llama 3.x (a bare
JSON object `{"name": …, "parameters": {…}}`, sometimes after `<|python_tag|>`) and Mistral
(`[TOOL_CALLS] [{"name": …, "arguments": {…}}]`); gpt-oss writes Harmony (`<|channel|>commentary
to=functions.NAME <|constrain|>json<|message|>{…}<|call|>`). All of them are read back whatever the style; a forced
call (`tool_choice` "required" or a named function) is written in the model's own style. Small models often write a
call as a bare JSON object or in a fenced ```json block instead: with the offered tools' names known, such a block is
a call only when it names one of them, so an answer that merely shows JSON stays an answer. Remote servers stream
calls as `delta.tool_calls` pieces, put together by index (`ToolCallDeltas`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Generator
from typing import Any

from app.engines.chat_types import Event, ReplyStats, TextDelta, ToolCall
from app.engines.held_back import held_back
from app.engines.llama import runtime as llama_runtime
from app.engines.llama.chat_format import ToolStyle
from app.i18n import say
from app.openai.errors import WireError
from app.openai.messages import arguments_of, new_call_id, tool_call_json

HERMES_OPEN, HERMES_CLOSE = "<tool_call>", "</tool_call>"
PYTHON_TAG = "<|python_tag|>"
MISTRAL_TAG = "[TOOL_CALLS]"
HARMONY_CALL = "to=functions."  # gpt-oss: the recipient of a commentary message that is a call
FENCE = "```"
_INSIDE = (HERMES_OPEN, MISTRAL_TAG, HARMONY_CALL)  # markers that start a call after some text
_HARMONY = re.compile(
    r"to=functions\.([\w.\-]+)(?:(?!<\|message\|>).)*<\|message\|>(.*?)(?:<\|call\|>|<\|end\|>|<\|return\|>|$)",
    re.DOTALL,
)
_FENCED = re.compile(r"^```(?:json|JSON)?[ \t]*\n(.*?)\n?(?:```\s*)?$", re.DOTALL)  # a fence left open too


def arguments_key(style: ToolStyle) -> str:
    """The key a style writes a call's arguments under."""
    return "parameters" if style is ToolStyle.LLAMA3 else "arguments"


def call_text(call: ToolCall, style: ToolStyle) -> str:
    """A call as the model itself writes it (an assistant's earlier call, written back into the prompt)."""
    body = json.dumps({"name": call.name, arguments_key(style): call.arguments}, ensure_ascii=False)
    if style is ToolStyle.LLAMA3:
        return body
    if style is ToolStyle.MISTRAL:
        return f"{MISTRAL_TAG} [{body}]"
    return f"{HERMES_OPEN}\n{body}\n{HERMES_CLOSE}"


# ---------------------------------------------------------------- grammars
def json_grammar(schema: dict[str, Any] | None) -> str:
    """GBNF for a JSON value matching `schema`, or any JSON object when None (`json_object`)."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    try:
        grammar = str(json_schema_to_gbnf(json.dumps(schema if schema is not None else {"type": "object"})))
    except Exception as exc:  # the converter asserts, raises KeyError, ValueError, ... on what it cannot do
        raise WireError(
            say(
                "OpenAI",
                "This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.",
                "openai.schema-unenforceable",
            ).format(problem=str(exc)),
            param="response_format",
            code="unsupported_schema",
        ) from exc
    return checked(grammar)


def checked(grammar: str) -> str:
    """`grammar`, once llama.cpp has parsed it: refused here with a sentence rather than by the engine mid-reply
    (llama.cpp turns a grammar it cannot parse into a null sampler, and the process then crashes)."""
    module = llama_runtime.llama_cpp()
    parsed = module.llama_sampler_init_grammar(None, grammar.encode("utf-8"), b"root")  # parsing needs no vocabulary
    if not parsed:
        raise WireError(
            say(
                "OpenAI",
                "This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. "
                "Hearth refuses it rather than ignore it.",
                "openai.grammar-unreadable",
            ),
            param="response_format",
            code="unsupported_schema",
        )
    module.llama_sampler_free(parsed)
    return grammar


def forced_call_grammar(tools: list[dict[str, Any]], style: ToolStyle) -> str:
    """GBNF for one call of one of `tools` (OpenAI tool objects), in the model's own style."""
    key = arguments_key(style)
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
    body = re.sub(r"^root ::=", "call ::=", json_grammar(schema), count=1, flags=re.MULTILINE)
    if style is ToolStyle.LLAMA3:
        return checked(f"root ::= call\n{body}")
    if style is ToolStyle.MISTRAL:
        return checked(f'root ::= "{MISTRAL_TAG} [" call "]"\n{body}')
    return checked(f'root ::= "{HERMES_OPEN}\\n" call "\\n{HERMES_CLOSE}"\n{body}')


# ---------------------------------------------------------------- reading a model's calls
def parse_calls(text: str, tool_names: Collection[str] | None = None) -> list[ToolCall]:
    """The tool calls a reply is (from its first call marker on), in any style; [] when it is a plain answer.
    `tool_names`: the offered tools; a call without a marker (bare or fenced JSON) must name one of them."""
    calls: list[ToolCall] = []
    if HERMES_OPEN in text:
        for block in re.findall(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", text, flags=re.DOTALL):
            call = _call(block)
            if call is not None:
                calls.append(call)
        return calls
    if HARMONY_CALL in text:
        for name, body in _HARMONY.findall(text):
            call = _call(json.dumps({"name": name, "arguments": _json_or_text(body.strip())}))
            if call is not None:
                calls.append(call)
        return calls
    stripped = text.strip()
    marked = MISTRAL_TAG in stripped or stripped.startswith(PYTHON_TAG)
    if MISTRAL_TAG in stripped:
        stripped = stripped.split(MISTRAL_TAG, 1)[1].strip()
    stripped = stripped.removeprefix(PYTHON_TAG).strip()
    if not marked and (fenced := _FENCED.match(stripped)):
        stripped = fenced.group(1).strip()
    if stripped.startswith("["):
        try:
            listed = json.loads(stripped)
        except ValueError:
            return []
        pieces = [json.dumps(item) for item in listed] if isinstance(listed, list) and listed else []
    elif stripped.startswith("{"):
        pieces = _json_objects(stripped)
    else:
        return []
    for piece in pieces:
        call = _call(piece)
        if call is None or (not marked and tool_names is not None and call.name not in tool_names):
            return []
        calls.append(call)
    return calls


def _json_or_text(body: str) -> object:
    """Harmony's message: the arguments' JSON; left as text (refused by `_call`) when it is not JSON."""
    try:
        return json.loads(body)
    except ValueError:
        return body


def _call(text: str) -> ToolCall | None:
    try:
        raw = json.loads(text)
    except ValueError:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        return None
    try:
        arguments = arguments_of(raw.get("arguments", raw.get("parameters", {})))
    except WireError:
        return None
    return ToolCall(new_call_id(), raw["name"], arguments)


def _json_objects(text: str) -> list[str]:
    """Consecutive JSON objects (separated by whitespace or ';'), as Llama 3 writes parallel calls. A last object cut
    off (the reply's token limit ended it mid-call) is dropped: the calls before it stand, and no half call is shown
    as text. Anything else that does not parse leaves the whole text one piece (then it is no call)."""
    decoder = json.JSONDecoder()
    pieces: list[str] = []
    at = 0
    while at < len(text):
        try:
            _, end = decoder.raw_decode(text, at)
        except ValueError:
            return pieces if pieces and text[at] == "{" else [text]
        pieces.append(text[at:end])
        at = end
        while at < len(text) and text[at] in " \t\r\n;":
            at += 1
    return pieces


class ToolStream:
    """Splits a streamed reply into content that can go out at once and a tool call held back until the reply
    ends: a reply that starts like a call (or a call marker after some text) is held; the end of the text that may
    still become a marker waits for the next piece (`held_back`)."""

    def __init__(self, style: ToolStyle = ToolStyle.GENERIC, tool_names: Collection[str] | None = None) -> None:
        self._starts: tuple[str, ...] = (HERMES_OPEN, PYTHON_TAG, MISTRAL_TAG, "{", "<|channel|>", "<|start|>")
        if style is ToolStyle.MISTRAL:
            self._starts += ("[",)
        self._tool_names = tool_names
        self._text = ""
        self._sent = 0  # characters of _text already released as content
        self._shown = False  # something visible was released (then a call can only start at a marker)
        self._holding = False

    def feed(self, piece: str) -> str:
        """Content to send now (may be "")."""
        self._text += piece
        if self._holding:
            return ""
        pending = self._text[self._sent :]
        if not self._shown:  # nothing visible sent yet: a call may start here
            start = pending.lstrip()
            if not start:
                return ""
            if start.startswith(self._starts):
                self._holding = True
                return ""
            if held_back(start, self._starts) == len(start):
                return ""  # wait: the start of a marker
            if start.startswith(FENCE):  # a fenced block that opens with "{" may be a call written as JSON
                fence_line, newline, after = start.partition("\n")
                if not newline or not after.lstrip():
                    return ""  # wait: which line follows the fence decides
                if fence_line.strip("`").strip().lower() in ("", "json") and after.lstrip().startswith("{"):
                    self._holding = True
                    return ""
        found = [at for marker in _INSIDE if (at := pending.find(marker)) >= 0]
        if found:
            self._holding = True
            out = pending[: min(found)]
        else:
            out = pending[: len(pending) - held_back(pending, _INSIDE)]
        self._sent += len(out)
        self._shown = self._shown or bool(out.strip())
        return out

    def finish(self) -> tuple[str, list[ToolCall]]:
        """The rest of the content, and the tool calls the reply ended with."""
        rest = self._text[self._sent :]
        calls = parse_calls(rest, self._tool_names) if rest.strip() else []
        if calls:
            return "", calls
        return rest, []


# ---------------------------------------------------------------- calls on the wire
def call_deltas(calls: list[ToolCall]) -> list[dict[str, Any]]:
    """`delta.tool_calls` pieces streaming `calls`, as OpenAI sends them: each call opens with its id and name,
    then its arguments follow as text."""
    deltas: list[dict[str, Any]] = []
    for index, call in enumerate(calls):
        wire = tool_call_json(call)
        function = wire["function"]
        deltas.append({"index": index, "id": call.id, "type": "function", "function": {**function, "arguments": ""}})
        deltas.append({"index": index, "function": {"arguments": function["arguments"]}})
    return deltas


class ToolCallDeltas:
    """Puts a streamed reply's `delta.tool_calls` pieces together, call by call (by `index`)."""

    def __init__(self) -> None:
        self._calls: dict[int, dict[str, str]] = {}

    def __bool__(self) -> bool:
        return bool(self._calls)

    def add(self, deltas: Any) -> None:
        for position, delta in enumerate(deltas if isinstance(deltas, list) else ()):
            if not isinstance(delta, dict):
                continue
            index = delta.get("index", position)
            entry = self._calls.setdefault(index if isinstance(index, int) else position, {})
            if isinstance(delta.get("id"), str) and delta["id"] and not entry.get("id"):
                entry["id"] = delta["id"]
            function = delta.get("function")
            if not isinstance(function, dict):
                continue
            if isinstance(function.get("name"), str) and function["name"] and not entry.get("name"):
                entry["name"] = function["name"]
            arguments = function.get("arguments")
            if isinstance(arguments, str):
                entry["arguments"] = entry.get("arguments", "") + arguments
            elif isinstance(arguments, dict):  # a server that sends the object itself, once
                entry["arguments"] = json.dumps(arguments, ensure_ascii=False)

    def calls(self) -> list[ToolCall]:
        """The calls, in order; raises WireError for one without a name or whose arguments are not a JSON object."""
        out = []
        for index in sorted(self._calls):
            entry = self._calls[index]
            if not entry.get("name"):
                raise WireError(
                    say(
                        "OpenAI",
                        "A streamed tool call came without a function name.",
                        "openai.streamed-call-without-name",
                    ),
                    json.dumps(entry)[:200],
                )
            arguments = arguments_of(entry.get("arguments"), f"tool_calls[{index}].function.arguments")
            out.append(ToolCall(entry.get("id") or new_call_id(), entry["name"], arguments))
        return out


def with_tool_calls(
    events: Generator[Event, None, ReplyStats], style: ToolStyle, tool_names: Collection[str] | None = None
) -> Generator[Event, None, ReplyStats]:
    """A reply's events with the tool calls the model wrote taken out of its text as `ToolCall` events: what a
    local model's reply carries when tools are offered, like a remote server's `delta.tool_calls`. Text that may
    become a call is held back, so markup never flashes into the reply."""
    splitter = ToolStream(style, tool_names)
    while True:
        try:
            event = next(events)
        except StopIteration as end:
            stats: ReplyStats = end.value
            break
        if isinstance(event, TextDelta):
            if shown := splitter.feed(event.text):
                yield TextDelta(shown)
        else:
            yield event
    rest, calls = splitter.finish()
    if rest:
        yield TextDelta(rest)
    yield from calls
    return stats
