"""Checks that the reply is JSON (is-json: the whole reply; contains-json: an object somewhere in it), optionally
matching a JSON schema, and the schema's first problem said as the end of a plain sentence. The tool checks use it
too, for a call's arguments against the tool's parameters."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from jsonschema.exceptions import SchemaError, ValidationError, best_match

from app.evals.cases import Case, Check, Reply
from app.evals.checks.verdicts import BadCheckValue, Verdict
from app.evals.checks.wording import listed, quoted, shown
from app.i18n import Sentence, say


def parse_schema(value: Any, check: Check) -> Any:
    """None (any JSON will do), or a JSON schema as an object (or as its JSON text)."""
    if value is None or value == "":
        return None
    schema = value
    if isinstance(value, str):
        try:
            schema = json.loads(value)
        except json.JSONDecodeError as exc:
            raise BadCheckValue(
                say(
                    "EvalChecks", "The schema of this “{type}” check is not JSON ({error}).", "evals.schema-not-json"
                ).format(type=check.type, error=exc)
            ) from exc
    if not isinstance(schema, dict):
        raise BadCheckValue(
            say(
                "EvalChecks", "The schema of this “{type}” check must be a JSON object.", "evals.schema-not-object"
            ).format(type=check.type)
        )
    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except SchemaError as exc:
        raise BadCheckValue(
            say(
                "EvalChecks",
                "The schema of this “{type}” check is not a valid JSON schema: {problem}.",
                "evals.schema-invalid",
            ).format(type=check.type, problem=exc.message)
        ) from exc
    return schema


def is_json(schema: Any, reply: Reply, case: Case | None) -> Verdict:
    """The whole reply must be JSON (JSON.parse's rules: spaces around it are fine, a code fence is not)."""
    try:
        document = json.loads(reply.text)
    except json.JSONDecodeError as exc:
        return Verdict(
            False,
            say(
                "EvalChecks", "The reply is not valid JSON ({error} at line {line}, column {column}).", "evals.not-json"
            ).format(error=exc.msg, line=exc.lineno, column=exc.colno),
        )
    if schema is None:
        return Verdict(True, say("EvalChecks", "The reply is valid JSON.", "evals.json"))
    problem = schema_problem(schema, document)
    if problem:
        return Verdict(
            False, say("EvalChecks", "Valid JSON, but {problem}.", "evals.json-not-schema").format(problem=problem)
        )
    return Verdict(True, say("EvalChecks", "The reply is valid JSON that matches the schema.", "evals.json-schema"))


def contains_json(schema: Any, reply: Reply, case: Case | None) -> Verdict:
    """promptfoo's rule: any JSON object inside the reply (prose and code fences around it are fine)."""
    documents = json_objects(reply.text)
    if not documents:
        return Verdict(False, say("EvalChecks", "The reply contains no JSON object.", "evals.no-json-object"))
    if schema is None:
        return Verdict(True, say("EvalChecks", "The reply contains a JSON object.", "evals.json-object"))
    problem = ""
    for document in documents:
        problem = schema_problem(schema, document)
        if not problem:
            return Verdict(
                True,
                say(
                    "EvalChecks",
                    "The reply contains a JSON object that matches the schema.",
                    "evals.json-object-schema",
                ),
            )
    return Verdict(
        False,
        say("EvalChecks", "The reply contains JSON, but {problem}.", "evals.json-object-not-schema").format(
            problem=problem
        ),
    )


def json_objects(text: str) -> list[Any]:
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


def schema_problem(schema: Any, document: Any) -> str:
    """'' when the document matches the schema, else the first problem as the end of a sentence."""
    validator = jsonschema.validators.validator_for(schema)(schema)
    try:
        errors = list(validator.iter_errors(document))
    except Exception as exc:  # a $ref it cannot follow, a pattern Python cannot read: the schema's fault
        raise BadCheckValue(
            say("EvalChecks", "Hearth cannot use this check's schema ({error}).", "evals.schema-unusable").format(
                error=exc
            )
        ) from exc
    if not errors:
        return ""
    sentence = _schema_sentence(best_match(errors))
    more = len(errors) - 1
    if more == 1:
        return say("EvalChecks", "{problem} (and 1 more problem)", "evals.schema-one-more").format(problem=sentence)
    if more:
        return say("EvalChecks", "{problem} (and {more} more problems)", "evals.schema-more").format(
            problem=sentence, more=more
        )
    return sentence


_TYPE_NAMES = {
    "string": say("EvalChecks", "a string", "evals.type-string"),
    "integer": say("EvalChecks", "an integer", "evals.type-integer"),
    "number": say("EvalChecks", "a number", "evals.type-number"),
    "boolean": say("EvalChecks", "true or false", "evals.type-boolean"),
    "object": say("EvalChecks", "an object", "evals.type-object"),
    "array": say("EvalChecks", "a list", "evals.type-array"),
    "null": say("EvalChecks", "null", "evals.type-null"),
}


def _schema_sentence(error: ValidationError) -> str:
    where: str = (
        quoted(".".join(str(part) for part in error.absolute_path))
        if error.absolute_path
        else say("EvalChecks", "the JSON", "evals.schema-the-json")
    )
    rule = str(error.validator)
    expected: Any = error.validator_value
    schema: Any = error.schema
    if rule == "type":
        kinds = [expected] if isinstance(expected, str) else list(expected)
        names = [_TYPE_NAMES.get(kind, kind) for kind in kinds]
        either = names[0]
        for name in names[1:]:
            either = say("EvalChecks", "{first} or {second}", "evals.schema-either").format(first=either, second=name)
        return say("EvalChecks", "{where} must be {kind}", "evals.schema-type").format(where=where, kind=either)
    if rule == "required":
        missing = [name for name in expected if isinstance(error.instance, dict) and name not in error.instance]
        names_missing = (
            say("EvalChecks", "{names} is missing from {where}", "evals.schema-required-one")
            if len(missing) == 1
            else say("EvalChecks", "{names} are missing from {where}", "evals.schema-required")
        )
        return names_missing.format(names=listed(missing or expected), where=where)
    if rule == "enum":
        return say("EvalChecks", "{where} must be {values}", "evals.schema-enum").format(
            where=where, values=listed([shown(item) for item in expected], last="or")
        )
    if rule == "const":
        return say("EvalChecks", "{where} must be {values}", "evals.schema-enum").format(
            where=where, values=quoted(shown(expected))
        )
    if rule == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(schema.get("properties", {}))
        extra = [name for name in error.instance if name not in allowed]
        return say("EvalChecks", "{where} has {names}, which the schema does not allow", "evals.schema-extra").format(
            where=where, names=listed(extra)
        )
    if rule in ("minItems", "maxItems"):
        count = len(error.instance) if isinstance(error.instance, list) else 0
        return _items_sentence(rule == "minItems", count).format(where=where, count=count, bound=expected)
    if rule in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        words = {
            "minimum": say("EvalChecks", "{where} must be at least {bound}", "evals.schema-minimum"),
            "maximum": say("EvalChecks", "{where} must be at most {bound}", "evals.schema-maximum"),
            "exclusiveMinimum": say("EvalChecks", "{where} must be more than {bound}", "evals.schema-more-than"),
            "exclusiveMaximum": say("EvalChecks", "{where} must be less than {bound}", "evals.schema-less-than"),
        }
        return words[str(rule)].format(where=where, bound=expected)
    if rule == "pattern":
        return say("EvalChecks", "{where} must match the pattern {pattern}", "evals.schema-pattern").format(
            where=where, pattern=quoted(expected)
        )
    return say("EvalChecks", "{where}: {problem}", "evals.schema-other").format(where=where, problem=error.message)


def _items_sentence(at_least: bool, count: int) -> Sentence:
    if at_least and count == 1:
        return say("EvalChecks", "{where} has {count} item, where at least {bound} are asked for", "evals.min-item")
    if at_least:
        return say("EvalChecks", "{where} has {count} items, where at least {bound} are asked for", "evals.min-items")
    if count == 1:
        return say("EvalChecks", "{where} has {count} item, where at most {bound} are asked for", "evals.max-item")
    return say("EvalChecks", "{where} has {count} items, where at most {bound} are asked for", "evals.max-items")
