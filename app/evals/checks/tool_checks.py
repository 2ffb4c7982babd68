"""Checks on the tools a reply calls: tool-call (Hearth's own: this tool, with at least these arguments) and
promptfoo's is-valid-openai-tools-call (every call names a tool the case offered, with arguments its parameters
allow)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.evals.cases import Case, Check, Reply
from app.evals.checks.json_checks import schema_problem
from app.evals.checks.verdicts import BadCheckValue, Verdict
from app.evals.checks.wording import listed, quoted, quoted_json, shown
from app.i18n import say


def parse_tool_expectation(value: Any, check: Check) -> tuple[str, dict[str, Any] | None]:
    if isinstance(value, str) and value:
        return value, None
    if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"]:
        arguments = value.get("arguments", value.get("args"))
        if arguments is not None and not isinstance(arguments, dict):
            raise BadCheckValue(
                say(
                    "EvalChecks",
                    "This “tool-call” check's arguments must be an object of names and values.",
                    "evals.tool-call-bad-arguments",
                )
            )
        return value["name"], arguments
    raise BadCheckValue(
        say(
            "EvalChecks",
            "This “tool-call” check needs a tool's name, or {{“name”, “arguments”}}.",
            "evals.tool-call-needs-name",
        )
    )


def parse_nothing(value: Any, check: Check) -> None:
    return None


def tool_call(expectation: tuple[str, dict[str, Any] | None], reply: Reply, case: Case | None) -> Verdict:
    """Passes when one of the reply's calls names the tool and holds the given arguments (a subset: other
    arguments may be there too; objects inside are matched the same way, other values must be equal)."""
    name, arguments = expectation
    if not reply.tool_calls:
        return Verdict(False, say("EvalChecks", "The reply calls no tool.", "evals.no-tool-call"))
    named = [call for call in reply.tool_calls if call.name == name]
    if not named:
        called = listed([call.name for call in reply.tool_calls])
        return Verdict(
            False,
            say("EvalChecks", "The reply calls {called}, not {tool}.", "evals.other-tool-call").format(
                called=called, tool=quoted(name)
            ),
        )
    if arguments is None:
        return Verdict(True, say("EvalChecks", "The reply calls {tool}.", "evals.tool-call").format(tool=quoted(name)))
    problems = [_arguments_problem(arguments, call.arguments) for call in named]
    if "" in problems:
        return Verdict(
            True,
            say("EvalChecks", "The reply calls {tool} with {arguments}.", "evals.tool-call-arguments").format(
                tool=quoted(name), arguments=quoted_json(arguments)
            ),
        )
    return Verdict(
        False,
        say("EvalChecks", "The reply calls {tool}, but {problem}.", "evals.tool-call-problem").format(
            tool=quoted(name), problem=problems[0]
        ),
    )


def valid_tool_calls(_: None, reply: Reply, case: Case | None) -> Verdict:
    """promptfoo's is-valid-openai-tools-call: every call names a tool the case offered and its arguments match
    that tool's parameters."""
    offered = {_tool_name(tool): tool for tool in (case.tools if case else ())}
    if not reply.tool_calls:
        return Verdict(False, say("EvalChecks", "The reply calls no tool.", "evals.no-tool-call"))
    for call in reply.tool_calls:
        if call.name not in offered:
            return Verdict(
                False,
                say(
                    "EvalChecks", "The reply calls {tool}, which this case does not offer.", "evals.tool-not-offered"
                ).format(tool=quoted(call.name)),
            )
        parameters = offered[call.name].get("function", offered[call.name]).get("parameters")
        problem = schema_problem(parameters, call.arguments) if isinstance(parameters, dict) else ""
        if problem:
            return Verdict(
                False,
                say("EvalChecks", "The reply calls {tool}, but {problem}.", "evals.tool-call-problem").format(
                    tool=quoted(call.name), problem=problem
                ),
            )
    return Verdict(
        True,
        say("EvalChecks", "Every tool call in the reply ({tools}) is valid.", "evals.tool-calls-valid").format(
            tools=listed([c.name for c in reply.tool_calls])
        ),
    )


def _arguments_problem(expected: Any, actual: Any, path: str = "") -> str:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            if path:
                return say("EvalChecks", "{name} is not an object", "evals.argument-not-object").format(
                    name=quoted(path)
                )
            return say("EvalChecks", "its arguments is not an object", "evals.arguments-not-object")
        for key, value in expected.items():
            where = f"{path}.{key}" if path else str(key)
            if key not in actual:
                return say("EvalChecks", "its arguments have no {name}", "evals.argument-missing").format(
                    name=quoted(where)
                )
            problem_here = _arguments_problem(value, actual[key], where)
            if problem_here:
                return problem_here
        return ""
    if isinstance(expected, bool) == isinstance(actual, bool) and expected == actual:  # True is not 1 here
        return ""
    return say("EvalChecks", "its {name} is {actual}, not {expected}", "evals.argument-differs").format(
        name=quoted(path), actual=quoted(shown(actual)), expected=quoted(shown(expected))
    )


def _tool_name(tool: Mapping[str, Any]) -> str:
    function = tool.get("function", tool)
    return str(function.get("name", "")) if isinstance(function, Mapping) else ""
