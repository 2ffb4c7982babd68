"""A model's tool call checked before anything runs: the tool must be one that was offered, and its arguments must
match the tool's input schema. What is wrong goes back to the model as the call's result, in a sentence that names
the valid tools or the argument at fault, so it can write the call again (the chat loop allows a few such repair
rounds); nothing with bad arguments ever reaches a tool.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema import validators
from jsonschema.exceptions import SchemaError

from app.engines.chat_types import ToolCall


@dataclass(frozen=True)
class OfferedTool:
    """A tool as the model was offered it: its name and its arguments' JSON schema."""

    name: str
    description: str
    parameters: Mapping[str, Any]

    @classmethod
    def from_openai(cls, tool: Mapping[str, Any]) -> OfferedTool:
        """From an OpenAI tool object (`{"type": "function", "function": {...}}`)."""
        function = tool.get("function", tool)
        return cls(function["name"], function.get("description", ""), function.get("parameters") or {"type": "object"})


def problem_with(call: ToolCall, offered: Sequence[OfferedTool]) -> str | None:
    """Why `call` cannot run, as the sentence the model gets back; None when it may run."""
    tool = next((t for t in offered if t.name == call.name), None)
    if tool is None:
        names = ", ".join(t.name for t in offered) or "none"
        return f"There is no tool named {call.name!r}. The tools you can call are: {names}."
    return _schema_problem(tool, call.arguments)


def _schema_problem(tool: OfferedTool, arguments: Mapping[str, Any]) -> str | None:
    schema = dict(tool.parameters)
    try:
        validator_class = validators.validator_for(schema)
        validator_class.check_schema(schema)
    except SchemaError as exc:
        return f"The tool {tool.name!r} has an input schema that cannot be checked ({exc.message}), so it was not run."
    errors = sorted(validator_class(schema).iter_errors(dict(arguments)), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    sentences = []
    for error in errors[:3]:
        where = "/".join(str(part) for part in error.absolute_path)
        sentences.append(f"{where}: {error.message}" if where else error.message)
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return (
        f"The arguments for {tool.name!r} do not match its input schema: {'; '.join(sentences)}{more}. "
        "Call it again with arguments that match."
    )
