"""Bradley–Terry ratings on fixed vote sets, and votes that keep the order they were shown in (real SQLite)."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from app.compare.ratings import Ratings, fit
from app.compare.store import MIGRATIONS, TIE, CompareStore, Vote
from app.engines.chat_types import ReplyStats
from app.store.sqlite import open_sqlite


def votes(models: str, winner: str, times: int = 1) -> list[Vote]:
    """`times` votes over the models named by their letters; `winner` a letter, or TIE."""
    return [Vote(1, n, "general", tuple(models), winner) for n in range(times)]


MIXED = (
    votes("AB", "A", 6)
    + votes("AB", "B", 3)
    + votes("ABC", "C", 3)
    + votes("ABC", TIE, 1)
    + votes("BC", TIE, 2)
    + votes("AC", "A", 3)
    + votes("BC", "C", 2)
)


def widths(ratings: Ratings) -> dict[str, float]:
    return {r.model: r.high - r.low for r in ratings.rows}


def test_the_same_votes_in_any_order_give_the_same_ratings_ranges_and_verdicts() -> None:
    first = fit(MIXED)
    assert [r.model for r in first.rows] == ["C", "A", "B"]
    assert sum(r.rating for r in first.rows) == pytest.approx(3000)  # centred on 1000
    assert {r.model: r.votes for r in first.rows} == {"A": 16, "B": 17, "C": 11}
    shuffler = random.Random(7)
    for _ in range(3):
        shuffled = list(MIXED)
        shuffler.shuffle(shuffled)
        again = fit(shuffled)
        assert again.rows == first.rows  # exactly, ranges included: the bootstrap is seeded and order-blind
        assert again.pair("A", "B") == first.pair("A", "B")
    verdict = first.pair("A", "B")
    assert verdict.low <= verdict.probability <= verdict.high
    assert first.pair("B", "A").probability == pytest.approx(1 - verdict.probability)


def test_a_sweep_stays_finite_and_a_tie_counts_half_a_win_each_way() -> None:
    sweep = fit(votes("AB", "A", 5))
    best, worst = sweep.rows
    assert (best.model, worst.model) == ("A", "B")
    assert all(math.isfinite(x) for r in sweep.rows for x in (r.rating, r.low, r.high))
    # with the prior's one virtual tie: 5.5 wins to 0.5, a strength 11 times as large
    assert best.rating - worst.rating == pytest.approx(400 * math.log10(11))

    # one win and one tie: 1.5 to 0.5, and the prior's 0.5 each way: chosen 2 times in 3
    assert fit(votes("AB", "A") + votes("AB", TIE)).pair("A", "B").probability == pytest.approx(2 / 3)
    # a tie among three is half a win each way between all three, as good as each other
    level = fit(votes("ABC", TIE, 4))
    assert [round(r.rating, 6) for r in level.rows] == [1000, 1000, 1000]
    assert [r.rank for r in level.rows] == [1, 1, 1]


def test_ranges_shrink_as_the_same_votes_are_repeated_four_times() -> None:
    once, four = fit(MIXED), fit(MIXED * 4)
    assert [r.model for r in four.rows] == [r.model for r in once.rows]
    wide, narrow = widths(once), widths(four)
    assert all(narrow[model] < wide[model] for model in "ABC")
    sure, unsure = four.pair("A", "B"), once.pair("A", "B")
    assert sure.high - sure.low < unsure.high - unsure.low


def test_too_early_to_tell_after_two_votes_but_not_after_forty_lopsided_ones() -> None:
    early = fit(votes("AB", "A", 2))
    assert early.pair("A", "B").too_early
    assert [(r.model, r.rank, r.tied_with) for r in early.rows] == [("A", 1, ("B",)), ("B", 1, ("A",))]

    clear = fit(votes("AB", "A", 36) + votes("AB", "B", 4))
    verdict = clear.pair("A", "B")
    assert not verdict.too_early
    assert verdict.low > 0.5
    assert [(r.model, r.rank, r.tied_with) for r in clear.rows] == [("A", 1, ()), ("B", 2, ())]

    # A well ahead of two models as good as each other: they share the second place
    three = fit(votes("AB", "A", 20) + votes("AC", "A", 20) + votes("BC", "B", 5) + votes("BC", "C", 5))
    assert [r.rank for r in three.rows] == [1, 2, 2]
    assert three.pair("B", "C").too_early
    assert not three.pair("A", "C").too_early


def test_votes_keep_the_order_shown_and_a_regenerated_reply_takes_its_vote_away(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    old = open_sqlite(path, MIGRATIONS, upto=1)  # a file from before the order was kept
    old.execute("INSERT INTO prompt_sets (id, name, task, created_at) VALUES (1, 'Old', 'general', 'then')")
    old.execute("INSERT INTO prompts (id, set_id, position, text) VALUES (1, 1, 0, 'p1'), (2, 1, 1, 'p2')")
    old.execute(
        "INSERT INTO runs (id, set_id, task, models, created_at) VALUES (1, 1, 'general', ?, 'then')",
        (json.dumps(["Qwen", "Gemma"]),),
    )
    old.execute(
        "INSERT INTO votes (run_id, prompt_id, task, models, winner, created_at)"
        " VALUES (1, 1, 'general', ?, 'Qwen', 'then')",
        (json.dumps(["Qwen", "Gemma"]),),
    )
    old.close()
    with CompareStore(path) as store:
        [kept] = store.votes()
        assert (kept.winner, kept.shown, kept.blind) == ("Qwen", (), False)
        for model in ("Qwen", "Gemma"):
            store.save_result(1, model, 2, f"{model} says hi", ReplyStats())
        store.vote(1, 2, "Gemma", ["Gemma", "Qwen"], blind=True)
        with pytest.raises(ValueError, match="not an order"):
            store.vote(1, 2, "Gemma", ["Gemma", "Llama"], blind=True)
    with CompareStore(path) as store:
        assert [(v.prompt_id, v.shown, v.blind) for v in store.votes()] == [
            (1, (), False),
            (2, ("Gemma", "Qwen"), True),
        ]
        store.save_result(1, "Qwen", 2, "Qwen says hello instead", ReplyStats())  # a regeneration
        assert [v.prompt_id for v in store.votes()] == [1]  # the vote on the replaced reply is gone, none was added
