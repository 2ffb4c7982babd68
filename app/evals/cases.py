"""The words every part of an evaluation shares: what a case asks and checks, what a reply was, and how a reply
graded. Plain records with their JSON form (Hearth's suite format, one case a line), so the suite reader, the
checks, the runner, promptfoo's import and export, the tables and the window all speak of the same things.

A check's `type` is promptfoo's name for it (`equals`, `contains`, `icontains`, `contains-any`, `contains-all`,
`not-contains`, `starts-with`, `regex`, `is-json`, `contains-json`, `latency`, …) or Hearth's own for what
promptfoo lacks; a check Hearth does not run is kept as it was written (`raw`) so an export gives it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.engines.chat_types import StopReason, ToolCall


@dataclass(frozen=True)
class Check:
    """One assertion about a reply. `value` is what promptfoo calls it (a string, a list, a schema, a number);
    `weight` counts it in the case's score (0: reported, never counted); `threshold` is the check's own bound
    where its type has one (similarity, latency); `raw` is the assertion as it was written, for an export."""

    type: str
    value: Any = None
    weight: float = 1.0
    threshold: float | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {"type": self.type}
        if self.value is not None:
            document["value"] = self.value
        if self.weight != 1.0:
            document["weight"] = self.weight
        if self.threshold is not None:
            document["threshold"] = self.threshold
        return document


@dataclass(frozen=True)
class Case:
    """One prompt to ask every model, with its checks. `prompt` may hold `{{variables}}` filled from `vars`;
    `threshold` is the share of the weighted score a reply needs to pass (None: every counted check must pass,
    promptfoo's default); `description` names it in tables. `tools` are the OpenAI tool objects (`{"type":
    "function", "function": {"name", "description", "parameters"}}`) the runner offers the model for this case, so a
    `tool-call` check has something to call; kept apart from `vars`, which only fill the prompt."""

    prompt: str
    vars: dict[str, Any] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    threshold: float | None = None
    description: str = ""
    tools: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Suite:
    """A named list of cases, from Hearth's JSONL, a promptfoo configuration, or one of the ready suites in
    resources/. `unsupported` names the assertion types it holds that Hearth does not run (never dropped silently:
    they are kept in each check's `raw` and listed here for the person)."""

    name: str
    cases: tuple[Case, ...]
    unsupported: tuple[str, ...] = ()
    source: dict[str, Any] = field(default_factory=dict, compare=False)  # the file as read, for a faithful export


@dataclass(frozen=True)
class Reply:
    """What a model answered to one case, as the checks see it."""

    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    seconds: float = 0.0  # from the request to the last token
    ttft_s: float = 0.0
    tokens_per_second: float = 0.0
    generated_tokens: int = 0
    stop_reason: StopReason = StopReason.FINISHED


@dataclass(frozen=True)
class CheckOutcome:
    """One check's verdict on one reply: passed or not, its score (0–1), and a sentence saying why."""

    check: Check
    passed: bool
    score: float
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.check.type, "value": self.check.value, "passed": self.passed, "reason": self.reason}


@dataclass(frozen=True)
class Graded:
    """A reply graded against its case: the weighted score (0–1), whether it passed, and every check's outcome."""

    passed: bool
    score: float
    outcomes: tuple[CheckOutcome, ...]
