"""Checks on a reply, with promptfoo's meaning for promptfoo's names, and the grade of a case from them.

Each check gives a plain sentence that says what the reply *is* ("The reply does not contain “Paris”."), true
whether the check passed or not, so promptfoo's `not-` prefix (which negates any type) only flips the verdict and
keeps the sentence. A check whose own value is wrong (a pattern that is not a regular expression, a schema that is
not a schema) fails negated or not, as in promptfoo.

Grading follows promptfoo's test result: the score is the weighted average of the counted checks' scores; with no
threshold every counted check must pass, with one the score must reach it. A check of weight 0 is reported and never
counted (promptfoo's metric-only checks); so is a type Hearth does not run (`similar`, `llm-rubric` for now), which
is kept, listed and never dropped. A case with nothing counted passes with a score of 1, promptfoo's "no
assertions".
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import jsonschema
from jsonschema.exceptions import SchemaError, ValidationError, best_match

from app.engines.chat_types import StopReason
from app.errors import HearthError
from app.evals.cases import Case, Check, CheckOutcome, Graded, Reply
from app.evals.language import LANGUAGE_NAMES, likely_languages
from app.evals.variables import fill_value

UNSUPPORTED_REASON = "Hearth does not run this check"
NEGATION = "not-"
OPTIONAL_TYPES = frozenset({"similar", "llm-rubric"})  # listed in the editor as optional; not run yet


class BadCheckValue(HearthError):
    """A check's own value cannot be used (its sentence says how to fix it)."""


@dataclass(frozen=True)
class _Verdict:
    passed: bool
    reason: str
    broken: bool = False  # the check itself is wrong: fails whether negated or not


Parser = Callable[[Any, Check], Any]
Judge = Callable[[Any, Reply, Case | None], _Verdict]


def _text(value: Any, check: Check) -> str:
    """promptfoo takes a string or a number (numbers as their text)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
        raise BadCheckValue(f"This “{check.type}” check needs some text to look for.")
    return value if isinstance(value, str) else _number_text(value)


def _texts(value: Any, check: Check) -> list[str]:
    """A list, or promptfoo's comma-separated text (quotes keep a comma inside one value)."""
    if isinstance(value, str):
        items: list[Any] = [item.strip() for item in next(csv.reader([value], skipinitialspace=True), [])]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        items = []
    texts = [
        _number_text(item) if isinstance(item, int | float) and not isinstance(item, bool) else item for item in items
    ]
    if not texts or not all(isinstance(item, str) and item for item in texts):
        raise BadCheckValue(f"This “{check.type}” check needs a list of texts to look for.")
    return texts


def _number(value: Any, check: Check, *, what: str = "a number") -> float:
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            pass
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or value < 0:
        raise BadCheckValue(f"This “{check.type}” check needs {what} as its value.")
    return float(value)


def _pattern(value: Any, check: Check) -> tuple[str, re.Pattern[str]]:
    """The pattern as written, and compiled (JavaScript's named groups, as promptfoo's are written, as Python's)."""
    pattern = _text(value, check)
    try:
        return pattern, re.compile(re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern))
    except re.error as exc:
        raise BadCheckValue(f"The pattern {_q(pattern)} is not a regular expression Hearth can read ({exc}).") from exc


def _schema(value: Any, check: Check) -> Any:
    """None (any JSON will do), or a JSON schema as an object (or as its JSON text)."""
    if value is None or value == "":
        return None
    schema = value
    if isinstance(value, str):
        try:
            schema = json.loads(value)
        except json.JSONDecodeError as exc:
            raise BadCheckValue(f"The schema of this “{check.type}” check is not JSON ({exc}).") from exc
    if not isinstance(schema, dict):
        raise BadCheckValue(f"The schema of this “{check.type}” check must be a JSON object.")
    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except SchemaError as exc:
        raise BadCheckValue(
            f"The schema of this “{check.type}” check is not a valid JSON schema: {exc.message}."
        ) from exc
    return schema


def _tool_expectation(value: Any, check: Check) -> tuple[str, dict[str, Any] | None]:
    if isinstance(value, str) and value:
        return value, None
    if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"]:
        arguments = value.get("arguments", value.get("args"))
        if arguments is not None and not isinstance(arguments, dict):
            raise BadCheckValue("This “tool-call” check's arguments must be an object of names and values.")
        return value["name"], arguments
    raise BadCheckValue("This “tool-call” check needs a tool's name, or {“name”, “arguments”}.")


def _word_bounds(value: Any, check: Check) -> tuple[float | None, float | None]:
    """promptfoo's word-count: an exact number, or {min, max}."""
    if isinstance(value, dict):
        low = None if value.get("min") is None else _number(value["min"], check)
        high = None if value.get("max") is None else _number(value["max"], check)
        if low is None and high is None:
            raise BadCheckValue("This “word-count” check needs “min”, “max” or both.")
        if low is not None and high is not None and low > high:
            raise BadCheckValue(f"This “word-count” check's minimum ({low:g}) is more than its maximum ({high:g}).")
        return low, high
    exact = _number(value, check, what="a number of words")
    return exact, exact


_FINISH_REASONS = ("stop", "length", "tool_calls", "cancelled")


def _finish_reason(value: Any, check: Check) -> str:
    if not isinstance(value, str) or value.lower() not in _FINISH_REASONS:
        raise BadCheckValue(f"This “finish-reason” check takes one of {', '.join(map(_q, _FINISH_REASONS))}.")
    return value.lower()


def _nothing(value: Any, check: Check) -> None:
    return None


def _equals(value: Any, reply: Reply, case: Case | None) -> _Verdict:
    if isinstance(value, dict | list):  # promptfoo compares an object value with the reply read as JSON
        expected = json.dumps(value, ensure_ascii=False)
        try:
            same = json.loads(reply.text) == value
        except json.JSONDecodeError:
            return _Verdict(False, f"The reply is not JSON, so it is not {_q(expected)}.")
        return _Verdict(same, f"The reply is {'' if same else 'not '}the JSON {_q(expected)}.")
    expected = _number_text(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
    if reply.text == expected:
        return _Verdict(True, f"The reply is exactly {_q(expected)}.")
    return _Verdict(False, f"The reply is not exactly {_q(expected)}: it is {_q(reply.text)}.")


def _contains(ignore_case: bool) -> Judge:
    def judge(value: str, reply: Reply, case: Case | None) -> _Verdict:
        found = _found(value, reply.text, ignore_case)
        return _Verdict(
            found, f"The reply {'contains' if found else 'does not contain'} {_q(value)}{_ic(ignore_case)}."
        )

    return judge


def _contains_any(ignore_case: bool) -> Judge:
    def judge(values: list[str], reply: Reply, case: Case | None) -> _Verdict:
        hits = [value for value in values if _found(value, reply.text, ignore_case)]
        if hits:
            return _Verdict(True, f"The reply contains {_q(hits[0])}{_ic(ignore_case)}.")
        return _Verdict(False, f"The reply contains none of {_list(values)}{_ic(ignore_case)}.")

    return judge


def _contains_all(ignore_case: bool) -> Judge:
    def judge(values: list[str], reply: Reply, case: Case | None) -> _Verdict:
        missing = [value for value in values if not _found(value, reply.text, ignore_case)]
        if not missing:
            return _Verdict(True, f"The reply contains all of {_list(values)}{_ic(ignore_case)}.")
        return _Verdict(False, f"The reply does not contain {_list(missing)}{_ic(ignore_case)}.")

    return judge


def _starts_with(value: str, reply: Reply, case: Case | None) -> _Verdict:
    if reply.text.startswith(value):
        return _Verdict(True, f"The reply starts with {_q(value)}.")
    return _Verdict(False, f"The reply does not start with {_q(value)}: it starts with {_q(reply.text[:40])}.")


def _ends_with(value: str, reply: Reply, case: Case | None) -> _Verdict:
    if reply.text.endswith(value):
        return _Verdict(True, f"The reply ends with {_q(value)}.")
    return _Verdict(False, f"The reply does not end with {_q(value)}.")


def _regex(pattern: tuple[str, re.Pattern[str]], reply: Reply, case: Case | None) -> _Verdict:
    written, compiled = pattern
    found = compiled.search(reply.text) is not None
    return _Verdict(found, f"The reply {'matches' if found else 'does not match'} the pattern {_q(written)}.")


def _is_json(schema: Any, reply: Reply, case: Case | None) -> _Verdict:
    """The whole reply must be JSON (JSON.parse's rules: spaces around it are fine, a code fence is not)."""
    try:
        document = json.loads(reply.text)
    except json.JSONDecodeError as exc:
        return _Verdict(False, f"The reply is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).")
    if schema is None:
        return _Verdict(True, "The reply is valid JSON.")
    problem = _schema_problem(schema, document)
    if problem:
        return _Verdict(False, f"Valid JSON, but {problem}.")
    return _Verdict(True, "The reply is valid JSON that matches the schema.")


def _contains_json(schema: Any, reply: Reply, case: Case | None) -> _Verdict:
    """promptfoo's rule: any JSON object inside the reply (prose and code fences around it are fine)."""
    documents = _json_objects(reply.text)
    if not documents:
        return _Verdict(False, "The reply contains no JSON object.")
    if schema is None:
        return _Verdict(True, "The reply contains a JSON object.")
    problem = ""
    for document in documents:
        problem = _schema_problem(schema, document)
        if not problem:
            return _Verdict(True, "The reply contains a JSON object that matches the schema.")
    return _Verdict(False, f"The reply contains JSON, but {problem}.")


def _latency(limit_ms: float, reply: Reply, case: Case | None) -> _Verdict:
    took = reply.seconds
    if took * 1000 <= limit_ms:
        return _Verdict(True, f"The reply took {_seconds(took)}, within the {_seconds(limit_ms / 1000)} allowed.")
    return _Verdict(False, f"The reply took {_seconds(took)}, over the {_seconds(limit_ms / 1000)} allowed.")


def _word_count(bounds: tuple[float | None, float | None], reply: Reply, case: Case | None) -> _Verdict:
    low, high = bounds
    count = word_count(reply.text)
    words = f"{count} word{'' if count == 1 else 's'}"
    if low is not None and high is not None and low == high:
        same = count == low
        return _Verdict(same, f"The reply has {words}{'' if same else f', not {low:g}'}.")
    if low is not None and count < low:
        return _Verdict(False, f"The reply has {words}, fewer than the {low:g} asked for.")
    if high is not None and count > high:
        return _Verdict(False, f"The reply has {words}, more than the {high:g} allowed.")
    asked = []
    if low is not None:
        asked.append(f"at least {low:g}")
    if high is not None:
        asked.append(f"at most {high:g}")
    return _Verdict(True, f"The reply has {words} ({' and '.join(asked)} asked for).")


def _word_count_max(limit: float, reply: Reply, case: Case | None) -> _Verdict:
    return _word_count((None, limit), reply, case)


def _word_count_min(limit: float, reply: Reply, case: Case | None) -> _Verdict:
    return _word_count((limit, None), reply, case)


def _tokens_per_second(limit: float, reply: Reply, case: Case | None) -> _Verdict:
    speed = reply.tokens_per_second
    if speed >= limit:
        return _Verdict(True, f"The reply came at {speed:.1f} tokens/s, at least the {limit:g} asked for.")
    return _Verdict(False, f"The reply came at {speed:.1f} tokens/s, slower than the {limit:g} asked for.")


def _tool_call(expectation: tuple[str, dict[str, Any] | None], reply: Reply, case: Case | None) -> _Verdict:
    """Passes when one of the reply's calls names the tool and holds the given arguments (a subset: other
    arguments may be there too; objects inside are matched the same way, other values must be equal)."""
    name, arguments = expectation
    if not reply.tool_calls:
        return _Verdict(False, "The reply calls no tool.")
    named = [call for call in reply.tool_calls if call.name == name]
    if not named:
        called = _list([call.name for call in reply.tool_calls])
        return _Verdict(False, f"The reply calls {called}, not {_q(name)}.")
    if arguments is None:
        return _Verdict(True, f"The reply calls {_q(name)}.")
    problems = [_arguments_problem(arguments, call.arguments) for call in named]
    if "" in problems:
        return _Verdict(True, f"The reply calls {_q(name)} with {_json_text(arguments)}.")
    return _Verdict(False, f"The reply calls {_q(name)}, but {problems[0]}.")


def _valid_tool_calls(_: None, reply: Reply, case: Case | None) -> _Verdict:
    """promptfoo's is-valid-openai-tools-call: every call names a tool the case offered and its arguments match
    that tool's parameters."""
    offered = {_tool_name(tool): tool for tool in (case.tools if case else ())}
    if not reply.tool_calls:
        return _Verdict(False, "The reply calls no tool.")
    for call in reply.tool_calls:
        if call.name not in offered:
            return _Verdict(False, f"The reply calls {_q(call.name)}, which this case does not offer.")
        parameters = offered[call.name].get("function", offered[call.name]).get("parameters")
        problem = _schema_problem(parameters, call.arguments) if isinstance(parameters, dict) else ""
        if problem:
            return _Verdict(False, f"The reply calls {_q(call.name)}, but {problem}.")
    return _Verdict(True, f"Every tool call in the reply ({_list([c.name for c in reply.tool_calls])}) is valid.")


def _finish(expected: str, reply: Reply, case: Case | None) -> _Verdict:
    actual = _finish_of(reply)
    same = actual == expected
    return _Verdict(same, f"The reply ended with {_q(actual)}{'' if same else f', not {_q(expected)}'}.")


def _language(value: Any, check: Check) -> str:
    if isinstance(value, str):
        wanted = value.strip().lower()
        for code, name in LANGUAGE_NAMES.items():
            if wanted in (code, name.lower()):
                return code
    languages = ", ".join(sorted(LANGUAGE_NAMES.values()))
    raise BadCheckValue(f"This “language” check takes a language's name or two-letter code: one of {languages}.")


def _in_language(code: str, reply: Reply, case: Case | None) -> _Verdict:
    """Passes when the reply reads as the language at least as well as any other (a short reply in Spanish may read
    as Spanish and German alike: "Es azul.")."""
    found = likely_languages(reply.text)
    wanted = LANGUAGE_NAMES[code]
    if not found:
        return _Verdict(False, "Hearth cannot tell which language the reply is in.")
    if code in found:
        return _Verdict(True, f"The reply is in {wanted}.")
    return _Verdict(False, f"The reply seems to be in {LANGUAGE_NAMES[found[0]]}, not {wanted}.")


_CHECKS: dict[str, tuple[Parser, Judge]] = {
    "equals": (lambda value, check: value if isinstance(value, dict | list) else _text(value, check), _equals),
    "contains": (_text, _contains(ignore_case=False)),
    "icontains": (_text, _contains(ignore_case=True)),
    "contains-any": (_texts, _contains_any(ignore_case=False)),
    "icontains-any": (_texts, _contains_any(ignore_case=True)),
    "contains-all": (_texts, _contains_all(ignore_case=False)),
    "icontains-all": (_texts, _contains_all(ignore_case=True)),
    "starts-with": (_text, _starts_with),
    "ends-with": (_text, _ends_with),
    "regex": (_pattern, _regex),
    "is-json": (_schema, _is_json),
    "contains-json": (_schema, _contains_json),
    "latency": (lambda value, check: _number(value, check, what="a time limit in milliseconds"), _latency),
    "word-count": (_word_bounds, _word_count),
    "finish-reason": (_finish_reason, _finish),
    "is-valid-openai-tools-call": (_nothing, _valid_tool_calls),
    # Hearth's own, for what promptfoo lacks.
    "word-count-max": (lambda value, check: _number(value, check, what="a number of words"), _word_count_max),
    "word-count-min": (lambda value, check: _number(value, check, what="a number of words"), _word_count_min),
    "tool-call": (_tool_expectation, _tool_call),
    "tokens-per-second-min": (
        lambda value, check: _number(value, check, what="a speed in tokens/s"),
        _tokens_per_second,
    ),
    "language": (_language, _in_language),
}

KNOWN_TYPES: frozenset[str] = frozenset(_CHECKS) | frozenset(NEGATION + name for name in _CHECKS)


def base_type(check_type: str) -> tuple[str, bool]:
    """The type without promptfoo's `not-` prefix, and whether it was negated."""
    if check_type.startswith(NEGATION) and check_type[len(NEGATION) :] in _CHECKS:
        return check_type[len(NEGATION) :], True
    return check_type, False


def is_known(check_type: str) -> bool:
    return check_type in KNOWN_TYPES


def problem(check: Check, variables: Mapping[str, Any] | None = None) -> str | None:
    """A sentence saying why Hearth cannot run this check as written (its value, with `{{variables}}` filled from
    `variables` when given), or None when it can (or when Hearth does not run its type at all, which is not the
    check's fault). For the suite reader and the editor."""
    name, _ = base_type(check.type)
    if name not in _CHECKS:
        return None
    try:
        value = _value_of(check)
        if variables is not None:
            value = fill_value(value, variables)
        _CHECKS[name][0](value, check)
    except HearthError as exc:
        return exc.message
    if not isinstance(check.weight, int | float) or isinstance(check.weight, bool) or check.weight < 0:
        return f"A check's weight must be a number, 0 or more (this “{check.type}” check has {check.weight!r})."
    return None


def run_check(check: Check, reply: Reply, case: Case | None = None) -> CheckOutcome:
    """One check's verdict on one reply. `case` fills `{{variables}}` in the check's value from its vars and offers
    its tools to the checks that look at them. Never raises: a check that cannot run is a failed outcome saying why."""
    name, negated = base_type(check.type)
    if name not in _CHECKS:
        return CheckOutcome(replace(check, weight=0.0), passed=False, score=0.0, reason=UNSUPPORTED_REASON)
    parse, judge = _CHECKS[name]
    try:
        value = _value_of(check)
        if case is not None:
            value = fill_value(value, case.vars)  # promptfoo renders `value: "{{expected}}"` too
        verdict = judge(parse(value, check), reply, case)
    except HearthError as exc:  # a bad value, or a variable the case does not give
        verdict = _Verdict(False, exc.message, broken=True)
    score = 1.0 if verdict.passed else 0.0
    if negated and not verdict.broken:
        return CheckOutcome(check, passed=not verdict.passed, score=1.0 - score, reason=verdict.reason)
    return CheckOutcome(check, passed=verdict.passed and not verdict.broken, score=score, reason=verdict.reason)


def grade(case: Case, reply: Reply) -> Graded:
    """A reply against its case: every check run, the counted ones (weight above 0) averaged by weight; passed
    when every counted check passed, or with a case threshold when the score reaches it."""
    outcomes = tuple(run_check(check, reply, case) for check in case.checks)
    counted = [outcome for outcome in outcomes if _weight(outcome.check) > 0]
    if not counted:
        return Graded(passed=True, score=1.0, outcomes=outcomes)
    total = sum(_weight(outcome.check) for outcome in counted)
    score = sum(outcome.score * _weight(outcome.check) for outcome in counted) / total
    if case.threshold is not None:  # with a little room, so that weights such as 0.1 + 0.2 reach 0.3
        return Graded(passed=score >= case.threshold - 1e-9, score=score, outcomes=outcomes)
    passed = all(outcome.passed for outcome in counted)
    return Graded(passed=passed, score=score, outcomes=outcomes)


def word_count(text: str) -> int:
    """promptfoo's count: the pieces between runs of white space."""
    return len(text.split())


def _value_of(check: Check) -> Any:
    """The check's value; for latency, promptfoo's `threshold` (in ms) when given."""
    if base_type(check.type)[0] == "latency" and check.threshold is not None:
        return check.threshold
    return check.value


def _weight(check: Check) -> float:
    weight = check.weight
    return float(weight) if isinstance(weight, int | float) and weight > 0 else 0.0


def _found(value: str, text: str, ignore_case: bool) -> bool:
    return value.lower() in text.lower() if ignore_case else value in text


def _ic(ignore_case: bool) -> str:
    return " (ignoring case)" if ignore_case else ""


def _q(value: object, limit: int = 80) -> str:
    text = str(value)
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _list(values: Sequence[object], last: str = "and") -> str:
    quoted = [_q(value) for value in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]


def _shown(value: Any) -> str:
    """A JSON value as a person reads it: text as it is, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _number_text(value: float) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _seconds(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def _json_text(value: Any) -> str:
    return _q(json.dumps(value, ensure_ascii=False))


def _json_objects(text: str) -> list[Any]:
    """Every JSON object in a text, left to right (an object inside one found is not counted again)."""
    decoder = json.JSONDecoder()
    found, index = [], text.find("{")
    while index != -1:
        try:
            document, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            index = text.find("{", index + 1)
            continue
        found.append(document)
        index = text.find("{", end)
    return found


def _schema_problem(schema: Any, document: Any) -> str:
    """'' when the document matches the schema, else the first problem as the end of a sentence."""
    validator = jsonschema.validators.validator_for(schema)(schema)
    try:
        errors = list(validator.iter_errors(document))
    except Exception as exc:  # a $ref it cannot follow, a pattern Python cannot read: the schema's fault
        raise BadCheckValue(f"Hearth cannot use this check's schema ({exc}).") from exc
    if not errors:
        return ""
    sentence = _schema_sentence(best_match(errors))
    more = len(errors) - 1
    return sentence + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


_TYPE_NAMES = {
    "string": "a string", "integer": "an integer", "number": "a number", "boolean": "true or false",
    "object": "an object", "array": "a list", "null": "null",
}  # fmt: skip


def _schema_sentence(error: ValidationError) -> str:
    where = _q(".".join(str(part) for part in error.absolute_path)) if error.absolute_path else "the JSON"
    rule = str(error.validator)
    expected: Any = error.validator_value
    schema: Any = error.schema
    if rule == "type":
        kinds = [expected] if isinstance(expected, str) else list(expected)
        return f"{where} must be {' or '.join(_TYPE_NAMES.get(kind, kind) for kind in kinds)}"
    if rule == "required":
        missing = [name for name in expected if isinstance(error.instance, dict) and name not in error.instance]
        return f"{_list(missing or expected)} {'is' if len(missing) == 1 else 'are'} missing from {where}"
    if rule == "enum":
        return f"{where} must be {_list([_shown(item) for item in expected], last='or')}"
    if rule == "const":
        return f"{where} must be {_q(_shown(expected))}"
    if rule == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(schema.get("properties", {}))
        extra = [name for name in error.instance if name not in allowed]
        return f"{where} has {_list(extra)}, which the schema does not allow"
    if rule in ("minItems", "maxItems"):
        count = len(error.instance) if isinstance(error.instance, list) else 0
        bound = "at least" if rule == "minItems" else "at most"
        return f"{where} has {count} item{'s' if count != 1 else ''}, where {bound} {expected} are asked for"
    if rule in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        words = {
            "minimum": "at least",
            "maximum": "at most",
            "exclusiveMinimum": "more than",
            "exclusiveMaximum": "less than",
        }
        return f"{where} must be {words[str(rule)]} {expected}"
    if rule == "pattern":
        return f"{where} must match the pattern {_q(expected)}"
    return f"{where}: {error.message}"


def _arguments_problem(expected: Any, actual: Any, path: str = "") -> str:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{_q(path) if path else 'its arguments'} is not an object"
        for key, value in expected.items():
            where = f"{path}.{key}" if path else str(key)
            if key not in actual:
                return f"its arguments have no {_q(where)}"
            problem_here = _arguments_problem(value, actual[key], where)
            if problem_here:
                return problem_here
        return ""
    if isinstance(expected, bool) == isinstance(actual, bool) and expected == actual:  # True is not 1 here
        return ""
    return f"its {_q(path)} is {_q(_shown(actual))}, not {_q(_shown(expected))}"


def _tool_name(tool: Mapping[str, Any]) -> str:
    function = tool.get("function", tool)
    return str(function.get("name", "")) if isinstance(function, Mapping) else ""


def _finish_of(reply: Reply) -> str:
    if reply.tool_calls:
        return "tool_calls"
    if reply.stop_reason in (StopReason.MAX_TOKENS, StopReason.CONTEXT_FULL):
        return "length"
    if reply.stop_reason is StopReason.CANCELLED:
        return "cancelled"
    return "stop"


__all__ = [
    "KNOWN_TYPES",
    "OPTIONAL_TYPES",
    "UNSUPPORTED_REASON",
    "BadCheckValue",
    "base_type",
    "grade",
    "is_known",
    "problem",
    "run_check",
    "word_count",
]
