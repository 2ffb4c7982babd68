"""Ratings from the person's votes that mean something: Bradley–Terry fitted on all votes at once, with 95 % ranges.

Why not online Elo (what Open WebUI's arena does): it updates after each vote, so the same ten votes in another
order give another gap (43 or 127 points, measured). Bradley–Terry fits every vote together (LMSYS moved to it for
that reason), so the ratings are the same for any order of the votes.

- A vote among two or three replies is one outcome between the chosen model and each other model shown; a tie is
  half a win each way between every pair shown.
- A small prior, one virtual tie between every pair of models, keeps a 5–0 sweep finite (and pulls the first few
  votes towards "as good as each other", which is what a person should believe after one vote).
- The fit is Newton's method on the log-strengths, all bootstrap replays at once (numpy), a few iterations.
- Ratings are on Elo's scale (400 × log10 of strength), centred on 1000.
- The ranges come from a seeded parametric bootstrap over the votes: 200 replays in which each vote, with the same
  models shown, is decided again by the fitted strengths (a tie as often as the person called ties), then refitted.
  Replaying the outcomes rather than resampling the votes themselves matters when votes are few: two votes for the
  same model resample to the same two votes every time, which would claim certainty after two votes.
- A pair is "too early to tell" while its range of win chances still includes 50 %. A model's rank is 1 + the
  number of models whose whole range lies above its own (LMSYS's rule), so models whose ranges overlap share it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from app.compare.store import TIE, Vote

Floats = npt.NDArray[np.float64]

RESAMPLES = 200
SEED = 28  # fixed: the same votes give the same ranges on every computer, every time
CENTRE = 1000.0
PER_NATURAL_LOG = 400.0 / math.log(10.0)  # Elo's scale: 400 points = ten times as strong
PRIOR_TIES = 1.0  # virtual tied votes between every pair of models
LEVEL = 0.95
_STEP_CAP = 2.0  # largest Newton step in log-strength, so a lopsided start cannot overshoot
_TOLERANCE = 1e-10
_ITERATIONS = 200


@dataclass(frozen=True)
class Rating:
    model: str
    rating: float  # Elo-like, centred on 1000
    low: float  # the 95 % range
    high: float
    votes: int  # votes this model took part in
    rank: int  # 1 + the number of models clearly ahead (whose range lies wholly above this one's)
    tied_with: tuple[str, ...]  # models whose ranges overlap this one's


@dataclass(frozen=True)
class PairVerdict:
    """How often `a` would be chosen over `b`, with its 95 % range; too early to tell while the range holds 50 %."""

    probability: float
    low: float
    high: float
    too_early: bool


@dataclass(frozen=True, eq=False)
class Ratings:
    rows: tuple[Rating, ...]  # best first
    models: tuple[str, ...] = ()  # sorted by name: the columns of the arrays below
    strengths: Floats = field(default_factory=lambda: np.zeros(0), repr=False)  # log-strengths, centred
    replays: Floats = field(default_factory=lambda: np.zeros((0, 0)), repr=False)  # one row per bootstrap replay

    def row(self, model: str) -> Rating:
        for rating in self.rows:
            if rating.model == model:
                return rating
        raise ValueError(f"{model!r} has no votes")

    def pair(self, a: str, b: str) -> PairVerdict:
        i, j = self._index(a), self._index(b)
        probability = _sigmoid(float(self.strengths[i] - self.strengths[j]))
        replayed = _sigmoid_array(self.replays[:, i] - self.replays[:, j])
        low, high = _range(replayed)
        return PairVerdict(probability, low, high, too_early=low <= 0.5 + 1e-9 and high >= 0.5 - 1e-9)

    def _index(self, model: str) -> int:
        if model not in self.models:
            raise ValueError(f"{model!r} has no votes")
        return self.models.index(model)


def fit(votes: Iterable[Vote], resamples: int = RESAMPLES, seed: int = SEED) -> Ratings:
    """Bradley–Terry over every vote, with each model's 95 % range. The same votes in any order give the same
    ratings and the same ranges: votes are counted by what was shown and chosen, never by their order."""
    counted = Counter(_key(vote) for vote in votes if _counts(vote))
    models = tuple(sorted({m for shown, _winner in counted for m in shown}))
    if len(models) < 2:
        return Ratings(())
    index = {model: i for i, model in enumerate(models)}
    size = len(models)
    prior = np.full((size, size), PRIOR_TIES / 2)
    np.fill_diagonal(prior, 0.0)

    wins = prior.copy()
    for (shown, winner), count in sorted(counted.items()):
        wins += count * _outcome(shown, winner, index)
    strengths = _fit(wins[None])[0]

    replays = _fit(prior[None] + _replayed_wins(counted, strengths, index, resamples, seed))
    ratings = CENTRE + PER_NATURAL_LOG * strengths
    ranges = [_range(CENTRE + PER_NATURAL_LOG * replays[:, i]) for i in range(size)]
    taking_part = Counter(m for (shown, _winner), count in counted.items() for m in shown for _ in range(count))
    rows = []
    for i, model in enumerate(models):
        low, high = ranges[i]
        ahead = sum(1 for other_low, _ in ranges if other_low > high)
        tied = tuple(m for k, m in enumerate(models) if k != i and ranges[k][0] <= high and low <= ranges[k][1])
        rows.append(Rating(model, float(ratings[i]), low, high, taking_part[model], ahead + 1, tied))
    rows.sort(key=lambda r: (r.rank, -r.rating, r.model))
    return Ratings(tuple(rows), models, strengths, replays)


def _counts(vote: Vote) -> bool:
    """Two models or more, and a winner among them (or a tie): the store never keeps another, a damaged file may."""
    return len(set(vote.models)) >= 2 and (vote.winner == TIE or vote.winner in vote.models)


def _key(vote: Vote) -> tuple[tuple[str, ...], str]:
    """What a vote says, whatever its order of models: the votes are counted by this, never by their order."""
    return tuple(sorted(set(vote.models))), vote.winner


def _outcome(shown: Sequence[str], winner: str, index: dict[str, int]) -> Floats:
    """One vote as pairwise wins: row beats column."""
    size = len(index)
    wins = np.zeros((size, size))
    if winner == TIE:
        for a in shown:
            for b in shown:
                if a != b:
                    wins[index[a], index[b]] = 0.5
    else:
        for other in shown:
            if other != winner:
                wins[index[winner], index[other]] = 1.0
    return wins


def _replayed_wins(
    counted: Counter[tuple[tuple[str, ...], str]],
    strengths: Floats,
    index: dict[str, int],
    resamples: int,
    seed: int,
) -> Floats:
    """Pairwise wins of `resamples` replays: each vote decided again by the fitted strengths (Luce's rule among the
    models shown), or a tie as often as the person called ties."""
    rng = np.random.default_rng(seed)
    total = sum(counted.values())
    tie_share = sum(c for (_shown, winner), c in counted.items() if winner == TIE) / total
    by_shown: Counter[tuple[str, ...]] = Counter()
    for (shown, _winner), count in counted.items():
        by_shown[shown] += count
    size = len(index)
    wins = np.zeros((resamples, size, size))
    for shown, count in sorted(by_shown.items()):
        at = [index[m] for m in shown]
        weights = np.exp(strengths[at] - strengths[at].max())
        chances = np.append((1 - tie_share) * weights / weights.sum(), tie_share)
        drawn = rng.multinomial(count, chances / chances.sum(), size=resamples)  # (resamples, len(shown) + 1)
        for k, winner in enumerate(at):
            for other in at:
                if other != winner:
                    wins[:, winner, other] += drawn[:, k] + drawn[:, -1] / 2
    return wins


def _fit(wins: Floats) -> Floats:
    """Log-strengths maximising the Bradley–Terry likelihood for each stack of pairwise wins (B, M, M), centred.

    Newton's method; the likelihood does not change when every strength moves together, so ½(Σθ)² is added,
    which is zero at the centred answer and makes each step's system solvable. The prior's ties connect every
    pair, so the answer is finite and unique."""
    played = wins + np.swapaxes(wins, 1, 2)
    won = wins.sum(axis=2)
    batch, size = wins.shape[0], wins.shape[1]
    theta = np.zeros((batch, size))
    ones = np.ones((size, size))
    for _ in range(_ITERATIONS):
        chance = _sigmoid_array(theta[:, :, None] - theta[:, None, :])
        gradient = won - (played * chance).sum(axis=2) - theta.sum(axis=1, keepdims=True)
        weight = played * chance * (1 - chance)
        hessian = -weight
        diagonal = np.arange(size)
        hessian[:, diagonal, diagonal] = weight.sum(axis=2)
        step = np.linalg.solve(hessian + ones, gradient[:, :, None])[:, :, 0]
        largest = np.abs(step).max(axis=1, keepdims=True)
        step *= np.minimum(1.0, _STEP_CAP / np.maximum(largest, 1e-300))
        theta += step
        if float(largest.max()) < _TOLERANCE:
            break
    centred: Floats = theta - theta.mean(axis=1, keepdims=True)
    return centred


def _range(values: Floats) -> tuple[float, float]:
    """The central 95 %, taken at values the replays reached (never interpolated past them)."""
    tail = (1 - LEVEL) / 2
    return float(np.quantile(values, tail, method="lower")), float(np.quantile(values, 1 - tail, method="higher"))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _sigmoid_array(x: Floats) -> Floats:
    result: Floats = 1.0 / (1.0 + np.exp(-x))
    return result
