""" "Help me choose": the seeds' decision tree as code.

What do you want to do → which models do that → which of them this machine holds (the verdicts) → can a business
use it → at most three suggestions, smallest first: a small one that is quick, a balanced one, and the best this
computer can run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.catalog import Catalog
from app.fit.advice import FIT_ORDER, ModelAdvice, advise_all
from app.fit.verdict import Fit
from app.hardware import HardwareProfile

GOALS = {
    "chat": "Chat and write",
    "code": "Write and explain code",
    "reasoning": "Solve problems step by step",
    "vision": "Ask about pictures",
    "speech": "Transcribe recordings",
}


@dataclass(frozen=True)
class Suggestion:
    advice: ModelAdvice
    role: str  # "Quick", "Balanced", "Best here"


def suggest(catalog: Catalog, profile: HardwareProfile, goal: str, commercial: bool) -> list[Suggestion]:
    specs = catalog.filter(tasks=[goal], commercial_only=commercial)
    if goal == "chat":  # code models chat too, but only about code
        specs = [spec for spec in specs if "code" not in spec.tasks]
    candidates = advise_all(specs, profile)
    return pick_three([a for a in candidates if a.best.verdict.runs])


def pick_three(runnable: Sequence[ModelAdvice]) -> list[Suggestion]:
    """Prefer models that run fully on the graphics card when there are any; then spread the picks over sizes."""
    if not runnable:
        return []
    best_fit = min(FIT_ORDER[a.best.verdict.fit] for a in runnable)
    pool = [a for a in runnable if FIT_ORDER[a.best.verdict.fit] == best_fit]
    if best_fit == FIT_ORDER[Fit.GPU] and len(pool) < 3:
        pool = list(runnable)
    pool = sorted(pool, key=lambda a: a.best.variant.download_bytes)
    picks = pool if len(pool) <= 3 else [pool[0], pool[len(pool) // 2], pool[-1]]
    roles = ["Quick", "Balanced", "Best here"] if len(picks) == 3 else ["Quick", "Best here"][: len(picks)]
    if len(picks) == 1:
        roles = ["Best here"]
    return [Suggestion(advice, role) for advice, role in zip(picks, roles, strict=True)]
