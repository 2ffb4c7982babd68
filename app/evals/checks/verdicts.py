"""What every check is made of: a parser that reads the check's value (raising `BadCheckValue` with a sentence that
says how to fix it) and a judge that gives its `Verdict` on a reply. The check families (text, JSON, tools, length and
speed) are written against these, and grading runs them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.errors import HearthError
from app.evals.cases import Case, Check, Reply


class BadCheckValue(HearthError):
    """A check's own value cannot be used (its sentence says how to fix it)."""


@dataclass(frozen=True)
class Verdict:
    """`score` is the check's own measure (0–1) where it has one (a similarity, a judge's score); None: 1 when it
    passed, 0 when not."""

    passed: bool
    reason: str
    broken: bool = False  # the check itself is wrong: fails whether negated or not
    score: float | None = None


Parser = Callable[[Any, Check], Any]
Judge = Callable[[Any, Reply, Case | None], Verdict]
