"""Every check type Hearth runs, by its promptfoo name, and what runs them: one check on one reply (with promptfoo's
`not-` prefix flipping the verdict and keeping the sentence), a case graded from its checks, and the sentence the
editor shows for a check that cannot run as written.

Two tables: the checks that need nothing but the reply, and the two that need another model (`similar`, an
embedding model; `llm-rubric`, a judge), which run only when `GradingAids` gives it and are otherwise reported,
with a sentence saying which model to choose, and never counted."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from app.errors import HearthError
from app.evals.cases import Case, Check, CheckOutcome, Graded, Reply
from app.evals.checks import json_checks, length_and_speed, model_checks, text_checks, tool_checks
from app.evals.checks.model_checks import GradingAids
from app.evals.checks.verdicts import Judge, Parser, Verdict
from app.evals.variables import fill_value
from app.i18n import say

UNSUPPORTED_REASON = say("EvalChecks", "Hearth does not run this check", "evals.unsupported")
NEGATION = "not-"
# Optional, and marked so in the editor: they run only with a model chosen for them (an embedder, a judge).
OPTIONAL_TYPES = frozenset(model_checks.NEEDS)

_CHECKS: dict[str, tuple[Parser, Judge]] = {
    "equals": (text_checks.parse_expected, text_checks.equals),
    "contains": (text_checks.parse_text, text_checks.contains(ignore_case=False)),
    "icontains": (text_checks.parse_text, text_checks.contains(ignore_case=True)),
    "contains-any": (text_checks.parse_texts, text_checks.contains_any(ignore_case=False)),
    "icontains-any": (text_checks.parse_texts, text_checks.contains_any(ignore_case=True)),
    "contains-all": (text_checks.parse_texts, text_checks.contains_all(ignore_case=False)),
    "icontains-all": (text_checks.parse_texts, text_checks.contains_all(ignore_case=True)),
    "starts-with": (text_checks.parse_text, text_checks.starts_with),
    "ends-with": (text_checks.parse_text, text_checks.ends_with),
    "regex": (text_checks.parse_pattern, text_checks.regex),
    "is-json": (json_checks.parse_schema, json_checks.is_json),
    "contains-json": (json_checks.parse_schema, json_checks.contains_json),
    "latency": (length_and_speed.parse_milliseconds, length_and_speed.latency),
    "word-count": (length_and_speed.parse_word_bounds, length_and_speed.words_within),
    "finish-reason": (length_and_speed.parse_finish_reason, length_and_speed.finish_reason),
    "is-valid-openai-tools-call": (tool_checks.parse_nothing, tool_checks.valid_tool_calls),
    # Hearth's own, for what promptfoo lacks.
    "word-count-max": (length_and_speed.parse_word_limit, length_and_speed.words_at_most),
    "word-count-min": (length_and_speed.parse_word_limit, length_and_speed.words_at_least),
    "tool-call": (tool_checks.parse_tool_expectation, tool_checks.tool_call),
    "tokens-per-second-min": (length_and_speed.parse_speed, length_and_speed.tokens_per_second),
    "language": (text_checks.parse_language, text_checks.in_language),
}


ModelJudge = Callable[[Any, Reply, Case | None, GradingAids], Verdict]
_MODEL_CHECKS: dict[str, tuple[Parser, ModelJudge]] = {
    "similar": (model_checks.parse_similar, model_checks.similar),
    "llm-rubric": (model_checks.parse_rubric, model_checks.llm_rubric),
}
_PARSERS: dict[str, Parser] = {name: parse for name, (parse, _) in (_CHECKS | _MODEL_CHECKS).items()}

KNOWN_TYPES: frozenset[str] = frozenset(_PARSERS) | frozenset(NEGATION + name for name in _PARSERS)


def base_type(check_type: str) -> tuple[str, bool]:
    """The type without promptfoo's `not-` prefix, and whether it was negated."""
    if check_type.startswith(NEGATION) and check_type[len(NEGATION) :] in _PARSERS:
        return check_type[len(NEGATION) :], True
    return check_type, False


def is_known(check_type: str) -> bool:
    return check_type in KNOWN_TYPES


def problem(check: Check, variables: Mapping[str, Any] | None = None) -> str | None:
    """A sentence saying why Hearth cannot run this check as written (its value, with `{{variables}}` filled from
    `variables` when given), or None when it can (or when Hearth does not run its type at all, which is not the
    check's fault). For the suite reader and the editor."""
    name, _ = base_type(check.type)
    if name not in _PARSERS:
        return None
    try:
        value = _value_of(check)
        if variables is not None:
            value = fill_value(value, variables)
        _PARSERS[name](value, check)
    except HearthError as exc:
        return exc.sentence
    if not isinstance(check.weight, int | float) or isinstance(check.weight, bool) or check.weight < 0:
        return say(
            "EvalChecks",
            "A check's weight must be a number, 0 or more (this “{type}” check has {weight}).",
            "evals.bad-weight",
        ).format(type=check.type, weight=repr(check.weight))
    return None


def run_check(check: Check, reply: Reply, case: Case | None = None, aids: GradingAids | None = None) -> CheckOutcome:
    """One check's verdict on one reply. `case` fills `{{variables}}` in the check's value from its vars and offers
    its tools to the checks that look at them; `aids` gives the models `similar` and `llm-rubric` need (without
    the one it needs, such a check is reported, saying which model to choose, and never counted). Never raises on
    a check that cannot run: that is a failed outcome saying why."""
    name, negated = base_type(check.type)
    if name not in _PARSERS:
        return CheckOutcome(replace(check, weight=0.0), passed=False, score=0.0, reason=UNSUPPORTED_REASON)
    if name in _MODEL_CHECKS:
        missing = model_checks.missing_aid(name, check.type, aids)
        if missing is not None:
            return CheckOutcome(replace(check, weight=0.0), passed=False, score=0.0, reason=missing)
    try:
        value = _value_of(check)
        if case is not None:
            value = fill_value(value, case.vars)  # promptfoo renders `value: "{{expected}}"` too
        if name in _MODEL_CHECKS:
            parse, model_judge = _MODEL_CHECKS[name]
            assert aids is not None  # missing_aid said it is there
            verdict = model_judge(parse(value, check), reply, case, aids)
        else:
            parse, judge = _CHECKS[name]
            verdict = judge(parse(value, check), reply, case)
    except HearthError as exc:  # a bad value, a variable the case does not give, a model that could not answer
        verdict = Verdict(False, exc.sentence, broken=True)
    score = verdict.score if verdict.score is not None else 1.0 if verdict.passed else 0.0
    if negated and not verdict.broken:
        return CheckOutcome(check, passed=not verdict.passed, score=1.0 - score, reason=verdict.reason)
    return CheckOutcome(check, passed=verdict.passed and not verdict.broken, score=score, reason=verdict.reason)


def grade(case: Case, reply: Reply, aids: GradingAids | None = None) -> Graded:
    """A reply against its case: every check run, the counted ones (weight above 0) averaged by weight; passed
    when every counted check passed, or with a case threshold when the score reaches it. `aids`: the models the
    `similar` and `llm-rubric` checks need (without them, those are reported and not counted)."""
    outcomes = tuple(run_check(check, reply, case, aids) for check in case.checks)
    counted = [outcome for outcome in outcomes if _weight(outcome.check) > 0]
    if not counted:
        return Graded(passed=True, score=1.0, outcomes=outcomes)
    total = sum(_weight(outcome.check) for outcome in counted)
    score = sum(outcome.score * _weight(outcome.check) for outcome in counted) / total
    if case.threshold is not None:  # with a little room, so that weights such as 0.1 + 0.2 reach 0.3
        return Graded(passed=score >= case.threshold - 1e-9, score=score, outcomes=outcomes)
    passed = all(outcome.passed for outcome in counted)
    return Graded(passed=passed, score=score, outcomes=outcomes)


def _value_of(check: Check) -> Any:
    """The check's value; for latency, promptfoo's `threshold` (in ms) when given."""
    if base_type(check.type)[0] == "latency" and check.threshold is not None:
        return check.threshold
    return check.value


def _weight(check: Check) -> float:
    weight = check.weight
    return float(weight) if isinstance(weight, int | float) and weight > 0 else 0.0
