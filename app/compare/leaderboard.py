"""The personal leaderboard: the person's votes added up across runs, per task, and a run's numbers per model.

A vote over two or three replies is a win for the chosen model and a loss for the others; a tie is half a win for
each. Models are ranked by their share of points, so one that took part in fewer votes is not pushed down by that.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
    tasks: dict[str, list[Vote]] = {}
    for vote in votes:
        tasks.setdefault(vote.task, []).append(vote)
    return {task: standings(task_votes) for task, task_votes in sorted(tasks.items())}


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
