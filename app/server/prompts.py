"""OpenAI messages into the engine's `Message`s: tools, earlier tool calls and tool results written as text.

`LlamaEngine.chat` hands its template a role and a content per message and nothing else (the `tools` variable and a
message's `tool_calls` never reach it). So the tools offered are described in the prompt the way the model's own
family writes them when its template does it — Qwen / Hermes in the system message, Llama 3.x in the first user
message (its template's default) — and an assistant's earlier calls become the text the model itself writes for a
call. Tool results keep the role "tool", which those templates turn into their own tool-response turn.
"""

from __future__ import annotations

import json
from typing import Any

from app.engines.chat_types import Message
from app.server.generation import ChatPrompt
from app.server.tools import HERMES_CLOSE, HERMES_OPEN

HERMES_TOOLS = (
    "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>{tools}\n</tools>\n\n"
    "For each function call, return a json object with function name and arguments within <tool_call></tool_call> "
    'XML tags:\n<tool_call>\n{{"name": <function-name>, "arguments": <args-json-object>}}\n</tool_call>'
)
LLAMA3_TOOLS = (
    "Given the following functions, please respond with a JSON for a function call with its proper arguments that "
    "best answers the given prompt.\n\n"
    'Respond in the format {{"name": function name, "parameters": dictionary of argument name and its value}}. '
    "Do not use variables.\n\n{tools}\n\n"
)


def engine_messages(prompt: ChatPrompt, hermes: bool) -> tuple[Message, ...]:
    """The conversation as the engine takes it; `hermes`: the model writes calls the Qwen / Hermes way."""
    messages = [_message(raw, hermes) for raw in prompt.messages]
    if not prompt.tools:
        return tuple(messages)
    if hermes:
        described = "".join("\n" + json.dumps(tool, ensure_ascii=False) for tool in prompt.tools)
        note = HERMES_TOOLS.format(tools=described)
        if messages and messages[0].role == "system":
            first = messages[0]
            return (Message("system", f"{first.content}\n\n{note}", first.images), *messages[1:])
        return (Message("system", note), *messages)
    described = "\n\n".join(json.dumps(tool, ensure_ascii=False, indent=4) for tool in prompt.tools)
    note = LLAMA3_TOOLS.format(tools=described)
    for index, message in enumerate(messages):
        if message.role == "user":
            messages[index] = Message("user", note + message.content, message.images)
            break
    else:
        messages.append(Message("user", note.rstrip()))
    return tuple(messages)


def _message(raw: dict[str, Any], hermes: bool) -> Message:
    content = str(raw.get("content") or "")
    calls = raw.get("tool_calls") or ()
    if calls:
        written = [_call_text(call["function"], hermes) for call in calls]
        content = "\n".join([content, *written] if content else written)
    return Message(str(raw["role"]), content, tuple(raw.get("images") or ()))


def _call_text(function: dict[str, Any], hermes: bool) -> str:
    arguments = function.get("arguments") or {}
    if hermes:
        body = json.dumps({"name": function["name"], "arguments": arguments}, ensure_ascii=False)
        return f"{HERMES_OPEN}\n{body}\n{HERMES_CLOSE}"
    return json.dumps({"name": function["name"], "parameters": arguments}, ensure_ascii=False)
