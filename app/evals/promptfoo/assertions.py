"""promptfoo's assertions as Hearth's checks and back: an assertion (or a `$ref` to an assertion template) read as a
`Check` that keeps it as written, a check written as the assertion it was while unchanged, and which assertion types
Hearth runs."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from app.evals.cases import Check
from app.evals.checks import KNOWN_TYPES
from app.i18n import say


def known_types() -> frozenset[str]:
    """The assertion types Hearth runs (each also with promptfoo's "not-")."""
    return KNOWN_TYPES


def is_supported(kind: str, known: frozenset[str]) -> bool:
    return kind in known or (kind.startswith("not-") and kind[4:] in known)


def check_of(assertion: Any, templates: dict[str, Any], problem: Callable[[str], Exception]) -> Check:
    """One assertion as a Check; `raw` keeps it as written (a `$ref` to an assertion template included)."""
    if not isinstance(assertion, dict):
        raise problem(
            say(
                "Evals", "an assertion should be a type with its value, and one is not", "evals.promptfoo-bad-assertion"
            )
        )
    resolved: Any = assertion
    ref = assertion.get("$ref")
    if isinstance(ref, str):
        prefix = "#/assertionTemplates/"
        resolved = templates.get(ref[len(prefix) :]) if ref.startswith(prefix) else None
        if not isinstance(resolved, dict):
            raise problem(
                say("Evals", "the assertion {ref} names no assertion template", "evals.promptfoo-no-template").format(
                    ref=ref
                )
            )
    kind = resolved.get("type")
    if not isinstance(kind, str) or not kind:
        raise problem(say("Evals", "an assertion has no type", "evals.promptfoo-no-type"))
    weight, threshold = resolved.get("weight", 1.0), resolved.get("threshold")
    for what, value in (("weight", weight), ("threshold", threshold)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise problem(
                say(
                    "Evals",
                    "the {what} of a {type} assertion should be a number, and it is {value}",
                    "evals.promptfoo-assertion-not-number",
                ).format(what=what, type=kind, value=repr(value))
            )
    return Check(
        kind,
        resolved.get("value"),
        float(weight),
        None if threshold is None else float(threshold),
        raw=copy.deepcopy(assertion),
    )


def assertion_of(check: Check, templates: dict[str, Any]) -> dict[str, Any]:
    """A check as promptfoo's assertion: as written while unchanged, else its written keys with Hearth's edits."""
    if check.raw:
        try:
            if check_of(check.raw, templates, ValueError) == check:
                return copy.deepcopy(check.raw)
        except ValueError:
            pass
    assertion = {} if "$ref" in check.raw else copy.deepcopy(check.raw)
    assertion["type"] = check.type
    if check.value is None:
        assertion.pop("value", None)
    else:
        assertion["value"] = check.value
    if check.weight != 1.0 or "weight" in assertion:
        assertion["weight"] = plain_number(check.weight)
    if check.threshold is None:
        assertion.pop("threshold", None)
    else:
        assertion["threshold"] = plain_number(check.threshold)
    return assertion


def plain_number(number: float) -> float | int:
    return int(number) if number.is_integer() else number
