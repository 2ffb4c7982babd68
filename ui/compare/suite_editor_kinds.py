"""The suite editor's words for checks: each line of a check's type box (plain words over promptfoo's type names,
app/evals/checks/grading.py), and how a value is written as text and read back as what the type takes (a list for
"contains any of", milliseconds for "answers within N s", a schema object for "is JSON matching this schema").

Translatable: the words are marked with QT_TRANSLATE_NOOP in the "SuiteEditor" context and translated where shown.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.evals.cases import Check
from app.evals.checks import base_type

if TYPE_CHECKING:  # PySide6's stub says it returns object; it returns the text, marked for translation

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "SuiteEditor"
WRITTEN_KEYS = ("type", "value", "weight", "threshold")


@dataclass(frozen=True)
class CheckKind:
    """One line of the type box: `type` is written to the file; `value` says how its value is written (none, text,
    texts, number, seconds, schema, tool, words); `label` and `hint` are the plain words, translated at use."""

    key: str
    type: str
    label: str
    value: str
    hint: str = ""
    negatable: bool = True
    optional: bool = False


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


TEXT_HINT = QT_TRANSLATE_NOOP("SuiteEditor", "Text, or {{name}} for a value of the table")
TEXTS_HINT = QT_TRANSLATE_NOOP("SuiteEditor", "Texts, separated by commas")
KINDS: tuple[CheckKind, ...] = (
    CheckKind("equals", "equals", QT_TRANSLATE_NOOP("SuiteEditor", "is exactly"), "text", TEXT_HINT),
    CheckKind("contains", "contains", QT_TRANSLATE_NOOP("SuiteEditor", "contains"), "text", TEXT_HINT),
    CheckKind("icontains", "icontains", QT_TRANSLATE_NOOP("SuiteEditor", "contains (any case)"), "text", TEXT_HINT),
    CheckKind("contains-any", "contains-any", QT_TRANSLATE_NOOP("SuiteEditor", "contains any of"), "texts", TEXTS_HINT),
    CheckKind(
        "icontains-any",
        "icontains-any",
        QT_TRANSLATE_NOOP("SuiteEditor", "contains any of (any case)"),
        "texts",
        TEXTS_HINT,
    ),
    CheckKind("contains-all", "contains-all", QT_TRANSLATE_NOOP("SuiteEditor", "contains all of"), "texts", TEXTS_HINT),
    CheckKind(
        "icontains-all",
        "icontains-all",
        QT_TRANSLATE_NOOP("SuiteEditor", "contains all of (any case)"),
        "texts",
        TEXTS_HINT,
    ),
    CheckKind(
        "not-contains",
        "not-contains",
        QT_TRANSLATE_NOOP("SuiteEditor", "does not contain"),
        "text",
        TEXT_HINT,
        negatable=False,
    ),
    CheckKind("starts-with", "starts-with", QT_TRANSLATE_NOOP("SuiteEditor", "starts with"), "text", TEXT_HINT),
    CheckKind("ends-with", "ends-with", QT_TRANSLATE_NOOP("SuiteEditor", "ends with"), "text", TEXT_HINT),
    CheckKind(
        "regex",
        "regex",
        QT_TRANSLATE_NOOP("SuiteEditor", "matches the pattern"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "A regular expression, such as ^[A-Z]"),
    ),
    CheckKind("is-json", "is-json", QT_TRANSLATE_NOOP("SuiteEditor", "is JSON"), "none"),
    CheckKind(
        "is-json-schema",
        "is-json",
        QT_TRANSLATE_NOOP("SuiteEditor", "is JSON matching this schema"),
        "schema",
        QT_TRANSLATE_NOOP("SuiteEditor", 'A JSON schema, such as {"type": "object"}'),
    ),
    CheckKind("contains-json", "contains-json", QT_TRANSLATE_NOOP("SuiteEditor", "contains JSON"), "none"),
    CheckKind(
        "contains-json-schema",
        "contains-json",
        QT_TRANSLATE_NOOP("SuiteEditor", "contains JSON matching this schema"),
        "schema",
        QT_TRANSLATE_NOOP("SuiteEditor", 'A JSON schema, such as {"type": "object"}'),
    ),
    CheckKind(
        "word-count-max", "word-count-max", QT_TRANSLATE_NOOP("SuiteEditor", "has at most N words"), "number", "N"
    ),
    CheckKind(
        "word-count-min", "word-count-min", QT_TRANSLATE_NOOP("SuiteEditor", "has at least N words"), "number", "N"
    ),
    CheckKind(
        "word-count",
        "word-count",
        QT_TRANSLATE_NOOP("SuiteEditor", "has N words (or from N to M)"),
        "words",
        QT_TRANSLATE_NOOP("SuiteEditor", "20, or 3–20"),
    ),
    CheckKind(
        "tool-call",
        "tool-call",
        QT_TRANSLATE_NOOP("SuiteEditor", "calls the tool"),
        "tool",
        QT_TRANSLATE_NOOP("SuiteEditor", 'The tool\'s name, then its arguments as JSON if you want: f {"x": 1}'),
    ),
    CheckKind(
        "is-valid-openai-tools-call",
        "is-valid-openai-tools-call",
        QT_TRANSLATE_NOOP("SuiteEditor", "calls only offered tools, with valid arguments"),
        "none",
    ),
    CheckKind(
        "latency",
        "latency",
        QT_TRANSLATE_NOOP("SuiteEditor", "answers within N s"),
        "seconds",
        QT_TRANSLATE_NOOP("SuiteEditor", "Seconds, such as 2.5"),
    ),
    CheckKind(
        "tokens-per-second-min",
        "tokens-per-second-min",
        QT_TRANSLATE_NOOP("SuiteEditor", "as fast as N tokens/s"),
        "number",
        "N",
    ),
    CheckKind(
        "language",
        "language",
        QT_TRANSLATE_NOOP("SuiteEditor", "is written in language"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "A language, such as French or fr"),
    ),
    CheckKind(
        "finish-reason",
        "finish-reason",
        QT_TRANSLATE_NOOP("SuiteEditor", "ends because of"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "stop, length or tool_calls"),
    ),
    CheckKind(
        "similar",
        "similar",
        QT_TRANSLATE_NOOP("SuiteEditor", "similar to this answer (optional)"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "The answer a reply should resemble"),
        negatable=False,
        optional=True,
    ),
    CheckKind(
        "llm-rubric",
        "llm-rubric",
        QT_TRANSLATE_NOOP("SuiteEditor", "a judge model grades it against this rubric (optional)"),
        "text",
        QT_TRANSLATE_NOOP("SuiteEditor", "What a good reply does, in plain words"),
        negatable=False,
        optional=True,
    ),
)
BY_KEY = {kind.key: kind for kind in KINDS}
DEFAULT_KIND = BY_KEY["icontains"]


def kind_of(check: Check) -> tuple[CheckKind | None, bool]:
    """The line of the type box for a check, and whether it is negated; None for a type the editor cannot edit."""
    if check.type in BY_KEY and BY_KEY[check.type].type == check.type:
        name, negated = check.type, False
    else:
        name, negated = base_type(check.type)
    if name in ("is-json", "contains-json") and check.value not in (None, ""):
        name += "-schema"
    kind = BY_KEY.get(name)
    if kind is None or (negated and not kind.negatable):
        return None, False
    return kind, negated


def value_text(kind: CheckKind, check: Check) -> str:
    """A check's value as the value field shows it."""
    value = check.value
    if kind.value == "none" or value is None:
        return ""
    if kind.value == "seconds":
        milliseconds = check.threshold if check.threshold is not None else value
        return _number_text(milliseconds / 1000) if isinstance(milliseconds, int | float) else str(milliseconds)
    if kind.value == "texts" and isinstance(value, list):
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow([plain(item) for item in value])
        return out.getvalue().replace(",", ", ")
    if kind.value == "words" and isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        return f"{plain(low) if low is not None else ''}–{plain(high) if high is not None else ''}"
    if kind.value == "tool" and isinstance(value, dict):
        name = str(value.get("name", ""))
        arguments = value.get("arguments", value.get("args"))
        return name if arguments is None else f"{name} {json.dumps(arguments, ensure_ascii=False)}"
    return plain(value)


def value_of(kind: CheckKind, text: str) -> Any:
    """What the value field's text means for this kind (text that does not read as the kind asks is kept as text,
    so that the check's own sentence says what is wrong with it)."""
    text = text.strip()
    if kind.value == "none":
        return None
    if kind.value == "texts":
        return [item.strip() for item in next(csv.reader([text], skipinitialspace=True), []) if item.strip()]
    if kind.value in ("number", "seconds"):
        number = _number(text)
        if number is None:
            return text
        return _whole(number * 1000 if kind.value == "seconds" else number)
    if kind.value == "words":
        match = re.fullmatch(r"(\d+(?:\.\d+)?)?\s*[–-]\s*(\d+(?:\.\d+)?)?", text)
        if match and (match[1] or match[2]):
            bounds = {"min": match[1], "max": match[2]}
            return {key: _whole(float(number)) for key, number in bounds.items() if number}
        number = _number(text)
        return text if number is None else _whole(number)
    if kind.value == "schema":
        try:
            return json.loads(text) if text else None
        except json.JSONDecodeError:
            return text
    if kind.value == "tool":
        name, _, arguments = text.partition(" ")
        if not arguments.strip():
            return name
        try:
            return {"name": name, "arguments": json.loads(arguments)}
        except json.JSONDecodeError:
            return {"name": name, "arguments": arguments.strip()}
    return text


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ".")) if text else None
    except ValueError:
        return None


def _whole(number: float) -> int | float:
    return int(number) if number.is_integer() else number


def _number_text(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
