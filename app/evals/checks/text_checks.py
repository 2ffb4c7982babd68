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
from app.i18n import say


def parse_text(value: Any, check: Check) -> str:
    """promptfoo takes a string or a number (numbers as their text)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
        raise BadCheckValue(
            say("EvalChecks", "This “{type}” check needs some text to look for.", "evals.needs-text").format(
                type=check.type
            )
        )
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
        raise BadCheckValue(
            say("EvalChecks", "This “{type}” check needs a list of texts to look for.", "evals.needs-texts").format(
                type=check.type
            )
        )
    return texts


def parse_pattern(value: Any, check: Check) -> tuple[str, re.Pattern[str]]:
    """The pattern as written, and compiled (JavaScript's named groups, as promptfoo's are written, as Python's)."""
    pattern = parse_text(value, check)
    try:
        return pattern, re.compile(re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern))
    except re.error as exc:
        raise BadCheckValue(
            say(
                "EvalChecks",
                "The pattern {pattern} is not a regular expression Hearth can read ({error}).",
                "evals.bad-pattern",
            ).format(pattern=quoted(pattern), error=exc)
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
            return Verdict(
                False,
                say("EvalChecks", "The reply is not JSON, so it is not {expected}.", "evals.equals-not-json").format(
                    expected=quoted(expected)
                ),
            )
        if same:
            return Verdict(
                True,
                say("EvalChecks", "The reply is the JSON {expected}.", "evals.equals-json").format(
                    expected=quoted(expected)
                ),
            )
        return Verdict(
            False,
            say("EvalChecks", "The reply is not the JSON {expected}.", "evals.equals-not-the-json").format(
                expected=quoted(expected)
            ),
        )
    expected = number_text(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
    if reply.text == expected:
        return Verdict(
            True,
            say("EvalChecks", "The reply is exactly {expected}.", "evals.equals").format(expected=quoted(expected)),
        )
    return Verdict(
        False,
        say("EvalChecks", "The reply is not exactly {expected}: it is {reply}.", "evals.not-equals").format(
            expected=quoted(expected), reply=quoted(reply.text)
        ),
    )


def contains(ignore_case: bool) -> Judge:
    def judge(value: str, reply: Reply, case: Case | None) -> Verdict:
        found = _found(value, reply.text, ignore_case)
        if found and ignore_case:
            sentence = say("EvalChecks", "The reply contains {value} (ignoring case).", "evals.icontains")
        elif found:
            sentence = say("EvalChecks", "The reply contains {value}.", "evals.contains")
        elif ignore_case:
            sentence = say("EvalChecks", "The reply does not contain {value} (ignoring case).", "evals.not-icontains")
        else:
            sentence = say("EvalChecks", "The reply does not contain {value}.", "evals.not-contains")
        return Verdict(found, sentence.format(value=quoted(value)))

    return judge


def contains_any(ignore_case: bool) -> Judge:
    def judge(values: list[str], reply: Reply, case: Case | None) -> Verdict:
        hits = [value for value in values if _found(value, reply.text, ignore_case)]
        if hits:
            found = (
                say("EvalChecks", "The reply contains {value} (ignoring case).", "evals.icontains")
                if ignore_case
                else say("EvalChecks", "The reply contains {value}.", "evals.contains")
            )
            return Verdict(True, found.format(value=quoted(hits[0])))
        none = (
            say("EvalChecks", "The reply contains none of {values} (ignoring case).", "evals.icontains-none")
            if ignore_case
            else say("EvalChecks", "The reply contains none of {values}.", "evals.contains-none")
        )
        return Verdict(False, none.format(values=listed(values)))

    return judge


def contains_all(ignore_case: bool) -> Judge:
    def judge(values: list[str], reply: Reply, case: Case | None) -> Verdict:
        missing = [value for value in values if not _found(value, reply.text, ignore_case)]
        if not missing:
            every = (
                say("EvalChecks", "The reply contains all of {values} (ignoring case).", "evals.icontains-all")
                if ignore_case
                else say("EvalChecks", "The reply contains all of {values}.", "evals.contains-all")
            )
            return Verdict(True, every.format(values=listed(values)))
        lacks = (
            say("EvalChecks", "The reply does not contain {value} (ignoring case).", "evals.not-icontains")
            if ignore_case
            else say("EvalChecks", "The reply does not contain {value}.", "evals.not-contains")
        )
        return Verdict(False, lacks.format(value=listed(missing)))

    return judge


def starts_with(value: str, reply: Reply, case: Case | None) -> Verdict:
    if reply.text.startswith(value):
        return Verdict(
            True, say("EvalChecks", "The reply starts with {value}.", "evals.starts-with").format(value=quoted(value))
        )
    return Verdict(
        False,
        say(
            "EvalChecks", "The reply does not start with {value}: it starts with {start}.", "evals.not-starts-with"
        ).format(value=quoted(value), start=quoted(reply.text[:40])),
    )


def ends_with(value: str, reply: Reply, case: Case | None) -> Verdict:
    if reply.text.endswith(value):
        return Verdict(
            True, say("EvalChecks", "The reply ends with {value}.", "evals.ends-with").format(value=quoted(value))
        )
    return Verdict(
        False,
        say("EvalChecks", "The reply does not end with {value}.", "evals.not-ends-with").format(value=quoted(value)),
    )


def regex(pattern: tuple[str, re.Pattern[str]], reply: Reply, case: Case | None) -> Verdict:
    written, compiled = pattern
    found = compiled.search(reply.text) is not None
    sentence = (
        say("EvalChecks", "The reply matches the pattern {pattern}.", "evals.matches")
        if found
        else say("EvalChecks", "The reply does not match the pattern {pattern}.", "evals.not-matches")
    )
    return Verdict(found, sentence.format(pattern=quoted(written)))


def parse_language(value: Any, check: Check) -> str:
    if isinstance(value, str):
        wanted = value.strip().lower()
        for code, name in LANGUAGE_NAMES.items():
            if wanted in (code, name.lower()):
                return code
    languages = ", ".join(sorted(LANGUAGE_NAMES.values()))
    raise BadCheckValue(
        say(
            "EvalChecks",
            "This “language” check takes a language's name or two-letter code: one of {languages}.",
            "evals.bad-language",
        ).format(languages=languages)
    )


def in_language(code: str, reply: Reply, case: Case | None) -> Verdict:
    """Passes when the reply reads as the language at least as well as any other (a short reply in Spanish may read
    as Spanish and German alike: "Es azul.")."""
    found = likely_languages(reply.text)
    wanted = LANGUAGE_NAMES[code]
    if not found:
        return Verdict(
            False, say("EvalChecks", "Hearth cannot tell which language the reply is in.", "evals.language-unknown")
        )
    if code in found:
        return Verdict(True, say("EvalChecks", "The reply is in {language}.", "evals.language").format(language=wanted))
    return Verdict(
        False,
        say("EvalChecks", "The reply seems to be in {found}, not {language}.", "evals.not-language").format(
            found=LANGUAGE_NAMES[found[0]], language=wanted
        ),
    )


def _found(value: str, text: str, ignore_case: bool) -> bool:
    return value.lower() in text.lower() if ignore_case else value in text
