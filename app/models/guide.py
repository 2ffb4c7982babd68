""" "Help me choose": the seeds' decision tree as code.

What do you want to do → which models do that → which of them this machine holds (the verdicts) → can a business
use it → at most three suggestions, smallest first: a small one that is quick, a balanced one, and the best this
computer can run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.fit.advice import FIT_ORDER, ModelAdvice
from app.fit.verdict import WORDS_PER_TOKEN, Fit
from app.i18n import say

GOALS = {
    "chat": say("Models", "Chat and write", "models.goal-chat"),
    "code": say("Models", "Write and explain code", "models.goal-code"),
    "reasoning": say("Models", "Solve problems step by step", "models.goal-reasoning"),
    "vision": say("Models", "Ask about pictures", "models.goal-vision"),
    "speech": say("Models", "Transcribe recordings", "models.goal-speech"),
}


@dataclass(frozen=True)
class Suggestion:
    advice: ModelAdvice
    role: str  # "Quick", "Balanced", "Best here"


def suggest(advised: Sequence[ModelAdvice], goal: str, commercial: bool) -> list[Suggestion]:
    """From the whole catalog's advice for this machine (`advise_all`), the models for this goal.

    Not for business use (`commercial` False) widens the choice only where it adds one: models whose licence allows
    any use are never the worse pick, so while they give as many suggestions they are the ones shown. So the
    first run (which does not ask, app/models/first_run.py) and this guide suggest the same models, the same
    "Balanced"."""
    for_any_use = _suggest(advised, goal, commercial=True)
    if commercial:
        return for_any_use
    for_anyone = _suggest(advised, goal, commercial=False)
    return for_any_use if len(for_any_use) >= len(for_anyone) else for_anyone


def _suggest(advised: Sequence[ModelAdvice], goal: str, commercial: bool) -> list[Suggestion]:
    candidates = [
        a
        for a in advised
        if goal in a.spec.tasks and (a.spec.license.commercial_use or not commercial) and a.best.verdict.runs
    ]
    # Specialists (coders, reasoners) can chat too, but a model made for the goal answers it better.
    made_for_goal = [a for a in candidates if a.spec.tasks[0] == goal]
    candidates = made_for_goal or candidates
    # A model that runs at a word or two per second is no pleasure; leave it out when something quicker exists.
    bearable = [a for a in candidates if a.spec.is_speech or a.best.verdict.tokens_per_second * WORDS_PER_TOKEN >= 2]
    return pick_three(bearable or candidates)


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
