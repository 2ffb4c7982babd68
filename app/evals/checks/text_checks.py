"""Checks on the reply's words: equals, contains (any, all, ignoring case), starts and ends with, a regular
expression, and which language the reply is in. promptfoo's rules for their values: a string or a number (numbers as
their text), and for the -any/-all types a list or a comma-separated text."""

from __future__ import annotations

import csv
import json
import re
from typing import Any

from app.evals.cases import Case, Check, Reply
from app.evals.checks.verdicts import BadCheckValue, Judge, Verdict
from app.evals.checks.wording import listed, number_text, quoted
from app.evals.language import LANGUAGE_NAMES, likely_languages


def parse_text(value: Any, check: Check) -> str:
    """promptfoo takes a string or a number (numbers as their text)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
        raise BadCheckValue(f"This “{check.type}” check needs some text to look for.")
    return value if isinstance(value, str) else number_text(value)


def parse_texts(value: Any, check: Check) -> list[str]:
    """A list, or promptfoo's comma-separated text (quotes keep a comma inside one value)."""
    if isinstance(value, str):
        items: list[Any] = [item.strip() for item in next(csv.reader([value], skipinitialspace=True), [])]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        items = []
    texts = [
        number_text(item) if isinstance(item, int | float) and not isinstance(item, bool) else item for item in items
    ]
    if not texts or not all(isinstance(item, str) and item for item in texts):
        raise BadCheckValue(f"This “{check.type}” check needs a list of texts to look for.")
    return texts


def parse_pattern(value: Any, check: Check) -> tuple[str, re.Pattern[str]]:
    """The pattern as written, and compiled (JavaScript's named groups, as promptfoo's are written, as Python's)."""
    pattern = parse_text(value, check)
    try:
        return pattern, re.compile(re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern))
    except re.error as exc:
        raise BadCheckValue(
            f"The pattern {quoted(pattern)} is not a regular expression Hearth can read ({exc})."
        ) from exc


def parse_expected(value: Any, check: Check) -> Any:
    """An `equals` value: an object or a list (compared with the reply read as JSON), else text."""
    return value if isinstance(value, dict | list) else parse_text(value, check)


def equals(value: Any, reply: Reply, case: Case | None) -> Verdict:
    if isinstance(value, dict | list):  # promptfoo compares an object value with the reply read as JSON
        expected = json.dumps(value, ensure_ascii=False)
        try:
            same = json.loads(reply.text) == value
        except json.JSONDecodeError:
            return Verdict(False, f"The reply is not JSON, so it is not {quoted(expected)}.")
        return Verdict(same, f"The reply is {'' if same else 'not '}the JSON {quoted(expected)}.")
    expected = number_text(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
    if reply.text == expected:
        return Verdict(True, f"The reply is exactly {quoted(expected)}.")
    return Verdict(False, f"The reply is not exactly {quoted(expected)}: it is {quoted(reply.text)}.")


def contains(ignore_case: bool) -> Judge:
    def judge(value: str, reply: Reply, case: Case | None) -> Verdict:
        found = _found(value, reply.text, ignore_case)
        return Verdict(
            found, f"The reply {'contains' if found else 'does not contain'} {quoted(value)}{_ic(ignore_case)}."
        )

    return judge


def contains_any(ignore_case: bool) -> Judge:
    def judge(values: list[str], reply: Reply, case: Case | None) -> Verdict:
        hits = [value for value in values if _found(value, reply.text, ignore_case)]
        if hits:
            return Verdict(True, f"The reply contains {quoted(hits[0])}{_ic(ignore_case)}.")
        return Verdict(False, f"The reply contains none of {listed(values)}{_ic(ignore_case)}.")

    return judge


def contains_all(ignore_case: bool) -> Judge:
    def judge(values: list[str], reply: Reply, case: Case | None) -> Verdict:
        missing = [value for value in values if not _found(value, reply.text, ignore_case)]
        if not missing:
            return Verdict(True, f"The reply contains all of {listed(values)}{_ic(ignore_case)}.")
        return Verdict(False, f"The reply does not contain {listed(missing)}{_ic(ignore_case)}.")

    return judge


def starts_with(value: str, reply: Reply, case: Case | None) -> Verdict:
    if reply.text.startswith(value):
        return Verdict(True, f"The reply starts with {quoted(value)}.")
    return Verdict(False, f"The reply does not start with {quoted(value)}: it starts with {quoted(reply.text[:40])}.")


def ends_with(value: str, reply: Reply, case: Case | None) -> Verdict:
    if reply.text.endswith(value):
        return Verdict(True, f"The reply ends with {quoted(value)}.")
    return Verdict(False, f"The reply does not end with {quoted(value)}.")


def regex(pattern: tuple[str, re.Pattern[str]], reply: Reply, case: Case | None) -> Verdict:
    written, compiled = pattern
    found = compiled.search(reply.text) is not None
    return Verdict(found, f"The reply {'matches' if found else 'does not match'} the pattern {quoted(written)}.")


def parse_language(value: Any, check: Check) -> str:
    if isinstance(value, str):
        wanted = value.strip().lower()
        for code, name in LANGUAGE_NAMES.items():
            if wanted in (code, name.lower()):
                return code
    languages = ", ".join(sorted(LANGUAGE_NAMES.values()))
    raise BadCheckValue(f"This “language” check takes a language's name or two-letter code: one of {languages}.")


def in_language(code: str, reply: Reply, case: Case | None) -> Verdict:
    """Passes when the reply reads as the language at least as well as any other (a short reply in Spanish may read
    as Spanish and German alike: "Es azul.")."""
    found = likely_languages(reply.text)
    wanted = LANGUAGE_NAMES[code]
    if not found:
        return Verdict(False, "Hearth cannot tell which language the reply is in.")
    if code in found:
        return Verdict(True, f"The reply is in {wanted}.")
    return Verdict(False, f"The reply seems to be in {LANGUAGE_NAMES[found[0]]}, not {wanted}.")


def _found(value: str, text: str, ignore_case: bool) -> bool:
    return value.lower() in text.lower() if ignore_case else value in text


def _ic(ignore_case: bool) -> str:
    return " (ignoring case)" if ignore_case else ""
