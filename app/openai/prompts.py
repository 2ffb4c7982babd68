"""Chat messages into the engine's `Message`s: tools, earlier tool calls and tool results written as text.

`LlamaEngine.chat` hands its template a role and a content per message and nothing else (the `tools` variable and a
message's `tool_calls` never reach it). So the tools offered are described in the prompt the way the model's own
style writes them when its template does it — Qwen / Hermes (and a template that knows no tools) in the system
message, Llama 3.x in the first user message (its template's default), Mistral in the system message with its own
call format — and an assistant's earlier calls become the text the model itself writes for a call. Tool results
keep the role "tool", which those templates turn into their own tool-response turn.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from app.engines.chat_types import Message
from app.engines.llama.chat_format import ToolStyle
from app.openai.messages import ChatMessage
from app.openai.tools import call_text

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
MISTRAL_TOOLS = (
    "You may call one or more of these functions to answer:\n{tools}\n\n"
    'To call them, answer with [TOOL_CALLS] [{{"name": <function-name>, "arguments": <args-json-object>}}, …] '
    "and nothing else."
)


def engine_messages(
    messages: Sequence[ChatMessage], tools: Sequence[dict[str, Any]], style: ToolStyle
) -> tuple[Message, ...]:
    """The conversation as the engine takes it, with `tools` (OpenAI tool objects) described in `style`."""
    out = [_message(message, style) for message in messages]
    if not tools:
        return tuple(out)
    if style is ToolStyle.LLAMA3:
        described = "\n\n".join(json.dumps(tool, ensure_ascii=False, indent=4) for tool in tools)
        note = LLAMA3_TOOLS.format(tools=described)
        for index, message in enumerate(out):
            if message.role == "user":
                out[index] = Message("user", note + message.content, message.images)
                break
        else:
            out.append(Message("user", note.rstrip()))
        return tuple(out)
    if style is ToolStyle.MISTRAL:
        note = MISTRAL_TOOLS.format(tools=json.dumps(list(tools), ensure_ascii=False))
    else:
        note = HERMES_TOOLS.format(tools="".join("\n" + json.dumps(tool, ensure_ascii=False) for tool in tools))
    if out and out[0].role == "system":
        first = out[0]
        return (Message("system", f"{first.content}\n\n{note}", first.images), *out[1:])
    return (Message("system", note), *out)


def _message(message: ChatMessage, style: ToolStyle) -> Message:
    if not message.tool_calls:
        return message.message
    written = [call_text(call, style) for call in message.tool_calls]
    content = "\n".join([message.content, *written] if message.content else written)
    return Message(message.role, content, message.images)
