"""Checks on how long a reply is, how fast it came and why it ended: word counts (promptfoo's word-count, and
Hearth's own at-most and at-least), latency in milliseconds, Hearth's tokens-per-second minimum, and promptfoo's
finish-reason."""

from __future__ import annotations

import math
from typing import Any

from app.engines.chat_types import StopReason
from app.evals.cases import Case, Check, Reply
from app.evals.checks.verdicts import BadCheckValue, Verdict
from app.evals.checks.wording import quoted, seconds_text
from app.i18n import Sentence, say


def word_count(text: str) -> int:
    """promptfoo's count: the pieces between runs of white space."""
    return len(text.split())


def _number(value: Any, check: Check, *, what: str = "") -> float:
    """`what` names the value the check needs in its sentence ("a time limit in milliseconds"); "": a number."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            pass
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or value < 0:
        raise BadCheckValue(
            say("EvalChecks", "This “{type}” check needs {what} as its value.", "evals.needs-number").format(
                type=check.type, what=what or say("EvalChecks", "a number", "evals.a-number")
            )
        )
    return float(value)


def parse_milliseconds(value: Any, check: Check) -> float:
    return _number(value, check, what=say("EvalChecks", "a time limit in milliseconds", "evals.a-time-limit"))


def parse_word_limit(value: Any, check: Check) -> float:
    return _number(value, check, what=say("EvalChecks", "a number of words", "evals.a-number-of-words"))


def parse_speed(value: Any, check: Check) -> float:
    return _number(value, check, what=say("EvalChecks", "a speed in tokens/s", "evals.a-speed"))


def parse_word_bounds(value: Any, check: Check) -> tuple[float | None, float | None]:
    """promptfoo's word-count: an exact number, or {min, max}."""
    if isinstance(value, dict):
        low = None if value.get("min") is None else _number(value["min"], check)
        high = None if value.get("max") is None else _number(value["max"], check)
        if low is None and high is None:
            raise BadCheckValue(
                say("EvalChecks", "This “word-count” check needs “min”, “max” or both.", "evals.word-count-bounds")
            )
        if low is not None and high is not None and low > high:
            raise BadCheckValue(
                say(
                    "EvalChecks",
                    "This “word-count” check's minimum ({low}) is more than its maximum ({high}).",
                    "evals.word-count-crossed",
                ).format(low=f"{low:g}", high=f"{high:g}")
            )
        return low, high
    exact = _number(value, check, what=say("EvalChecks", "a number of words", "evals.a-number-of-words"))
    return exact, exact


_FINISH_REASONS = ("stop", "length", "tool_calls", "cancelled")


def parse_finish_reason(value: Any, check: Check) -> str:
    if not isinstance(value, str) or value.lower() not in _FINISH_REASONS:
        raise BadCheckValue(
            say("EvalChecks", "This “finish-reason” check takes one of {reasons}.", "evals.bad-finish-reason").format(
                reasons=", ".join(map(quoted, _FINISH_REASONS))
            )
        )
    return value.lower()


def latency(limit_ms: float, reply: Reply, case: Case | None) -> Verdict:
    took = reply.seconds
    if took * 1000 <= limit_ms:
        return Verdict(
            True,
            say("EvalChecks", "The reply took {took}, within the {limit} allowed.", "evals.latency").format(
                took=seconds_text(took), limit=seconds_text(limit_ms / 1000)
            ),
        )
    return Verdict(
        False,
        say("EvalChecks", "The reply took {took}, over the {limit} allowed.", "evals.latency-over").format(
            took=seconds_text(took), limit=seconds_text(limit_ms / 1000)
        ),
    )


def words_within(bounds: tuple[float | None, float | None], reply: Reply, case: Case | None) -> Verdict:
    low, high = bounds
    count = word_count(reply.text)
    words = (
        say("EvalChecks", "{count} word", "evals.one-word")
        if count == 1
        else say("EvalChecks", "{count} words", "evals.words")
    ).format(count=count)
    if low is not None and high is not None and low == high:
        if count == low:
            return Verdict(True, say("EvalChecks", "The reply has {words}.", "evals.word-count").format(words=words))
        return Verdict(
            False,
            say("EvalChecks", "The reply has {words}, not {wanted}.", "evals.word-count-not").format(
                words=words, wanted=f"{low:g}"
            ),
        )
    if low is not None and count < low:
        return Verdict(
            False,
            say(
                "EvalChecks", "The reply has {words}, fewer than the {low} asked for.", "evals.word-count-fewer"
            ).format(words=words, low=f"{low:g}"),
        )
    if high is not None and count > high:
        return Verdict(
            False,
            say("EvalChecks", "The reply has {words}, more than the {high} allowed.", "evals.word-count-more").format(
                words=words, high=f"{high:g}"
            ),
        )
    return Verdict(True, _within(low, high).format(words=words, low=f"{low or 0:g}", high=f"{high or 0:g}"))


def _within(low: float | None, high: float | None) -> Sentence:
    if low is not None and high is not None:
        return say(
            "EvalChecks", "The reply has {words} (at least {low} and at most {high} asked for).", "evals.words-between"
        )
    if low is not None:
        return say("EvalChecks", "The reply has {words} (at least {low} asked for).", "evals.words-at-least")
    if high is not None:
        return say("EvalChecks", "The reply has {words} (at most {high} asked for).", "evals.words-at-most")
    return say("EvalChecks", "The reply has {words}.", "evals.word-count")  # no bound: parse_word_bounds refuses it


def words_at_most(limit: float, reply: Reply, case: Case | None) -> Verdict:
    return words_within((None, limit), reply, case)


def words_at_least(limit: float, reply: Reply, case: Case | None) -> Verdict:
    return words_within((limit, None), reply, case)


def tokens_per_second(limit: float, reply: Reply, case: Case | None) -> Verdict:
    speed = reply.tokens_per_second
    if speed >= limit:
        return Verdict(
            True,
            say(
                "EvalChecks", "The reply came at {speed} tokens/s, at least the {limit} asked for.", "evals.speed"
            ).format(speed=f"{speed:.1f}", limit=f"{limit:g}"),
        )
    return Verdict(
        False,
        say(
            "EvalChecks", "The reply came at {speed} tokens/s, slower than the {limit} asked for.", "evals.speed-slow"
        ).format(speed=f"{speed:.1f}", limit=f"{limit:g}"),
    )


def finish_reason(expected: str, reply: Reply, case: Case | None) -> Verdict:
    actual = _finish_of(reply)
    if actual == expected:
        return Verdict(
            True,
            say("EvalChecks", "The reply ended with {reason}.", "evals.finish-reason").format(reason=quoted(actual)),
        )
    return Verdict(
        False,
        say("EvalChecks", "The reply ended with {reason}, not {expected}.", "evals.finish-reason-not").format(
            reason=quoted(actual), expected=quoted(expected)
        ),
    )


def _finish_of(reply: Reply) -> str:
    if reply.tool_calls:
        return "tool_calls"
    if reply.stop_reason in (StopReason.MAX_TOKENS, StopReason.CONTEXT_FULL):
        return "length"
    if reply.stop_reason is StopReason.CANCELLED:
        return "cancelled"
    return "stop"
