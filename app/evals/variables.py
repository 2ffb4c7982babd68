"""`{{variables}}` in a prompt or a check's value, filled from a case's `vars` the way promptfoo's Nunjucks templates
read them: `{{name}}` or `{{ name }}`, `{{ order.id }}` for a field of an object. Kept apart from the suite reader so
the checks can fill their own values (promptfoo renders `value: '{{expected}}'`) without the two importing each
other. Filters and control tags (`{{ x | upper }}`, `{% if %}`) are not read: they stay as written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from app.errors import HearthError
from app.i18n import say

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_0-9][\w-]*)*)\s*\}\}")


class MissingVariable(HearthError):
    """A prompt names a variable its case does not give. `fields` fill the sentence, so a reader that says it in
    the middle of its own (the suite's "the prompt asks for…") says the same."""

    def __init__(self, path: str, given: str, text: str) -> None:
        self.fields = {"name": path, "column": path.split(".")[0], "given": given}
        super().__init__(
            say(
                "Evals",
                "The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column "
                "or var (this case gives: {given}).",
                "evals.missing-variable",
            ).format(**self.fields),
            text,
        )


def names(text: str) -> list[str]:
    """The variables a text asks for, in order, each once."""
    return list(dict.fromkeys(match.group(1) for match in PLACEHOLDER.finditer(text)))


def fill(text: str, variables: Mapping[str, Any]) -> str:
    """The text with every `{{name}}` replaced by its value (objects and lists as JSON, as promptfoo writes them)."""

    def value_of(match: re.Match[str]) -> str:
        value = _lookup(match.group(1), variables, text)
        if isinstance(value, str):
            return value
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    return PLACEHOLDER.sub(value_of, text)


def fill_value(value: Any, variables: Mapping[str, Any]) -> Any:
    """A check's value with its variables filled: text that is one `{{name}}` alone becomes that variable's value
    as it is (a list for contains-any, an object for a schema); other text is filled as text; lists item by item."""
    if isinstance(value, str):
        whole = PLACEHOLDER.fullmatch(value.strip())
        if whole:
            return _lookup(whole.group(1), variables, value)
        return fill(value, variables) if "{{" in value else value
    if isinstance(value, list):
        return [fill(item, variables) if isinstance(item, str) and "{{" in item else item for item in value]
    return value


def _lookup(path: str, variables: Mapping[str, Any], text: str) -> Any:
    value: Any = variables
    for part in path.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            given = ", ".join(f"“{name}”" for name in variables) or say("Evals", "none", "evals.no-variables")
            raise MissingVariable(path, given, text)
    return value
