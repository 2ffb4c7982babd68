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


def parse_schema(value: Any, check: Check) -> Any:
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


def is_json(schema: Any, reply: Reply, case: Case | None) -> Verdict:
    """The whole reply must be JSON (JSON.parse's rules: spaces around it are fine, a code fence is not)."""
    try:
        document = json.loads(reply.text)
    except json.JSONDecodeError as exc:
        return Verdict(False, f"The reply is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).")
    if schema is None:
        return Verdict(True, "The reply is valid JSON.")
    problem = schema_problem(schema, document)
    if problem:
        return Verdict(False, f"Valid JSON, but {problem}.")
    return Verdict(True, "The reply is valid JSON that matches the schema.")


def contains_json(schema: Any, reply: Reply, case: Case | None) -> Verdict:
    """promptfoo's rule: any JSON object inside the reply (prose and code fences around it are fine)."""
    documents = json_objects(reply.text)
    if not documents:
        return Verdict(False, "The reply contains no JSON object.")
    if schema is None:
        return Verdict(True, "The reply contains a JSON object.")
    problem = ""
    for document in documents:
        problem = schema_problem(schema, document)
        if not problem:
            return Verdict(True, "The reply contains a JSON object that matches the schema.")
    return Verdict(False, f"The reply contains JSON, but {problem}.")


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
    where = quoted(".".join(str(part) for part in error.absolute_path)) if error.absolute_path else "the JSON"
    rule = str(error.validator)
    expected: Any = error.validator_value
    schema: Any = error.schema
    if rule == "type":
        kinds = [expected] if isinstance(expected, str) else list(expected)
        return f"{where} must be {' or '.join(_TYPE_NAMES.get(kind, kind) for kind in kinds)}"
    if rule == "required":
        missing = [name for name in expected if isinstance(error.instance, dict) and name not in error.instance]
        return f"{listed(missing or expected)} {'is' if len(missing) == 1 else 'are'} missing from {where}"
    if rule == "enum":
        return f"{where} must be {listed([shown(item) for item in expected], last='or')}"
    if rule == "const":
        return f"{where} must be {quoted(shown(expected))}"
    if rule == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(schema.get("properties", {}))
        extra = [name for name in error.instance if name not in allowed]
        return f"{where} has {listed(extra)}, which the schema does not allow"
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
        return f"{where} must match the pattern {quoted(expected)}"
    return f"{where}: {error.message}"
