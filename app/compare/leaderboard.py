"""The personal leaderboard: the person's votes added up across runs, per task, and a run's numbers per model.

Per task, the window shows Bradley–Terry ratings with their 95 % ranges (`ratings_by_task`, app/compare/ratings.py):
the same for any order of the votes, and honest about how little a few votes say. The plain tally (`standings`) is
kept for what it is: a vote over two or three replies is a win for the chosen model and a loss for the others; a
tie is half a win for each; the share of points does not push down a model that took part in fewer votes.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.compare.ratings import Ratings, fit
from app.compare.store import TIE, Result, Vote


@dataclass(frozen=True)
class Standing:
    model: str
    wins: int
    ties: int
    losses: int

    @property
    def votes(self) -> int:
        return self.wins + self.ties + self.losses

    @property
    def score(self) -> float:
        """Share of points: 1 for a win, ½ for a tie, over the votes it took part in."""
        return (self.wins + self.ties / 2) / self.votes if self.votes else 0.0


@dataclass(frozen=True)
class ModelNumbers:
    model: str
    replies: int
    median_tokens_per_second: float
    median_ttft_s: float


def standings(votes: Iterable[Vote]) -> list[Standing]:
    tally: dict[str, list[int]] = {}
    for vote in votes:
        for model in vote.models:
            counts = tally.setdefault(model, [0, 0, 0])  # wins, ties, losses
            counts[1 if vote.winner == TIE else 0 if vote.winner == model else 2] += 1
    rows = [Standing(model, *counts) for model, counts in tally.items()]
    return sorted(rows, key=lambda s: (-s.score, -s.votes, s.model))


def by_task(votes: Iterable[Vote]) -> dict[str, list[Standing]]:
    return {task: standings(task_votes) for task, task_votes in sorted(_tasks(votes).items())}


def ratings_by_task(votes: Iterable[Vote]) -> dict[str, Ratings]:
    """Each task's ratings, fitted on that task's votes only (a model good at code may be poor at prose)."""
    return {task: fit(task_votes) for task, task_votes in sorted(_tasks(votes).items())}


def _tasks(votes: Iterable[Vote]) -> dict[str, list[Vote]]:
    tasks: dict[str, list[Vote]] = {}
    for vote in votes:
        tasks.setdefault(vote.task, []).append(vote)
    return tasks


def numbers(results: Iterable[Result], order: Sequence[str] = ()) -> list[ModelNumbers]:
    """Medians per model, over replies that produced tokens (a stopped one says nothing about speed)."""
    grouped: dict[str, list[Result]] = {name: [] for name in order}
    for result in results:
        grouped.setdefault(result.model, []).append(result)
    rows = []
    for model, items in grouped.items():
        spoken = [r for r in items if r.stats.generated_tokens > 0]
        rows.append(
            ModelNumbers(
                model,
                len(items),
                statistics.median(r.stats.tokens_per_second for r in spoken) if spoken else 0.0,
                statistics.median(r.stats.ttft_s for r in spoken) if spoken else 0.0,
            )
        )
    return rows
