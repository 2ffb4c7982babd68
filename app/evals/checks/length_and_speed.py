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


def word_count(text: str) -> int:
    """promptfoo's count: the pieces between runs of white space."""
    return len(text.split())


def _number(value: Any, check: Check, *, what: str = "a number") -> float:
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            pass
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or value < 0:
        raise BadCheckValue(f"This “{check.type}” check needs {what} as its value.")
    return float(value)


def parse_milliseconds(value: Any, check: Check) -> float:
    return _number(value, check, what="a time limit in milliseconds")


def parse_word_limit(value: Any, check: Check) -> float:
    return _number(value, check, what="a number of words")


def parse_speed(value: Any, check: Check) -> float:
    return _number(value, check, what="a speed in tokens/s")


def parse_word_bounds(value: Any, check: Check) -> tuple[float | None, float | None]:
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


def parse_finish_reason(value: Any, check: Check) -> str:
    if not isinstance(value, str) or value.lower() not in _FINISH_REASONS:
        raise BadCheckValue(f"This “finish-reason” check takes one of {', '.join(map(quoted, _FINISH_REASONS))}.")
    return value.lower()


def latency(limit_ms: float, reply: Reply, case: Case | None) -> Verdict:
    took = reply.seconds
    if took * 1000 <= limit_ms:
        return Verdict(
            True, f"The reply took {seconds_text(took)}, within the {seconds_text(limit_ms / 1000)} allowed."
        )
    return Verdict(False, f"The reply took {seconds_text(took)}, over the {seconds_text(limit_ms / 1000)} allowed.")


def words_within(bounds: tuple[float | None, float | None], reply: Reply, case: Case | None) -> Verdict:
    low, high = bounds
    count = word_count(reply.text)
    words = f"{count} word{'' if count == 1 else 's'}"
    if low is not None and high is not None and low == high:
        same = count == low
        return Verdict(same, f"The reply has {words}{'' if same else f', not {low:g}'}.")
    if low is not None and count < low:
        return Verdict(False, f"The reply has {words}, fewer than the {low:g} asked for.")
    if high is not None and count > high:
        return Verdict(False, f"The reply has {words}, more than the {high:g} allowed.")
    asked = []
    if low is not None:
        asked.append(f"at least {low:g}")
    if high is not None:
        asked.append(f"at most {high:g}")
    return Verdict(True, f"The reply has {words} ({' and '.join(asked)} asked for).")


def words_at_most(limit: float, reply: Reply, case: Case | None) -> Verdict:
    return words_within((None, limit), reply, case)


def words_at_least(limit: float, reply: Reply, case: Case | None) -> Verdict:
    return words_within((limit, None), reply, case)


def tokens_per_second(limit: float, reply: Reply, case: Case | None) -> Verdict:
    speed = reply.tokens_per_second
    if speed >= limit:
        return Verdict(True, f"The reply came at {speed:.1f} tokens/s, at least the {limit:g} asked for.")
    return Verdict(False, f"The reply came at {speed:.1f} tokens/s, slower than the {limit:g} asked for.")


def finish_reason(expected: str, reply: Reply, case: Case | None) -> Verdict:
    actual = _finish_of(reply)
    same = actual == expected
    return Verdict(same, f"The reply ended with {quoted(actual)}{'' if same else f', not {quoted(expected)}'}.")


def _finish_of(reply: Reply) -> str:
    if reply.tool_calls:
        return "tool_calls"
    if reply.stop_reason in (StopReason.MAX_TOKENS, StopReason.CONTEXT_FULL):
        return "length"
    if reply.stop_reason is StopReason.CANCELLED:
        return "cancelled"
    return "stop"
