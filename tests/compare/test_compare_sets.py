"""Prompt sets, runs of a set and votes in Compare's own SQLite file; the resumed run uses the real models."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app import settings
from app.compare import prompt_sets
from app.compare.leaderboard import by_task, numbers
from app.compare.plan import Contender, contender_for
from app.compare.runner import SetProgress, open_run, run_set
from app.compare.store import TIE, CompareStore, default_path
from app.engines.chat_types import Sampling
from app.hardware import probe
from app.host import ModelHost
from app.host.budget import MemoryBudget

SHORT = Sampling(temperature=0.0, max_tokens=8, seed=0)


def test_the_store_is_its_own_file_in_wal_mode_under_the_data_folder(hearth_home: Path) -> None:
    with CompareStore() as store:
        store.create_set("Mine", ["a"])
        mode = store._connection().execute("PRAGMA journal_mode").fetchone()[0]
    assert default_path() == hearth_home / "data" / "comparisons.db"
    assert default_path().is_file()
    assert mode == "wal"


def test_prompt_sets_are_added_edited_reordered_and_read_back(tmp_path: Path) -> None:
    with CompareStore(tmp_path / "c.db") as store:
        made = store.create_set("Mine", ["first", "second"], task="coding")
        third = store.add_prompt(made.id, "third")
        first, second, _ = store.prompts(made.id)
        store.edit_prompt(second.id, "second, edited")
        store.reorder(made.id, [third.id, first.id, second.id])
    with CompareStore(tmp_path / "c.db") as store:
        assert [p.text for p in store.prompts(made.id)] == ["third", "first", "second, edited"]
        assert store.prompt_sets() == [made]


def test_prompts_round_trip_through_text_and_jsonl_files(tmp_path: Path) -> None:
    prompts = ["Write a haiku.", 'Say "hi"\nthen stop.']
    prompt_sets.write_prompts(tmp_path / "p.jsonl", prompts)
    assert prompt_sets.read_prompts(tmp_path / "p.jsonl") == prompts
    prompt_sets.write_prompts(tmp_path / "p.txt", prompts)
    assert prompt_sets.read_prompts(tmp_path / "p.txt") == ["Write a haiku.", 'Say "hi" then stop.']
    (tmp_path / "bad.jsonl").write_text('{"prompt": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(prompt_sets.PromptFileError, match="Line 2"):
        prompt_sets.read_prompts(tmp_path / "bad.jsonl")


def test_the_ready_sets_cover_writing_coding_summarising_and_the_persons_language() -> None:
    ready = {s.task: s for s in prompt_sets.ready_sets(language="French")}
    assert set(ready) == {"writing", "coding", "summarising", "language"}
    assert all(len(s.prompts) >= 5 for s in ready.values())
    assert ready["language"].name == "In French"
    assert all("French" in p and "{language}" not in p for p in ready["language"].prompts)


def test_votes_survive_a_restart_and_add_up_per_task_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with CompareStore(path) as store:
        code = store.create_set("Code", ["p1", "p2"], task="coding")
        prose = store.create_set("Prose", ["p3"], task="writing")
        one, two = store.prompts(code.id)
        first = store.start_run(code.id, ["Qwen", "Gemma"])
        store.vote(first.id, one.id, "Qwen")
        store.vote(first.id, two.id, "Gemma")
        store.vote(first.id, two.id, "Qwen")  # changed their mind: the second vote replaces the first
        writing = store.start_run(prose.id, ["Qwen", "Gemma"])
        store.vote(writing.id, store.prompts(prose.id)[0].id, TIE)
        with pytest.raises(ValueError, match="not one of this run"):
            store.vote(first.id, one.id, "Llama")
    with CompareStore(path) as store:  # the app restarted
        second = store.start_run(code.id, ["Gemma", "Qwen"])
        store.vote(second.id, one.id, "Gemma")
        board = by_task(store.votes())
    coding = {s.model: s for s in board["coding"]}
    assert (coding["Qwen"].wins, coding["Qwen"].losses) == (2, 1)
    assert (coding["Gemma"].wins, coding["Gemma"].losses) == (1, 2)
    assert [s.model for s in board["coding"]] == ["Qwen", "Gemma"]
    assert [(s.model, s.ties, s.score) for s in board["writing"]] == [("Gemma", 1, 0.5), ("Qwen", 1, 0.5)]


@pytest.mark.model
def test_a_set_half_run_is_resumed_by_a_fresh_runner_without_redoing_finished_pairs(
    tmp_path: Path, qwen_gguf: Path, gemma_gguf: Path
) -> None:
    profile = probe(settings.configured_models_dir())
    budget = MemoryBudget.of(profile)
    path = tmp_path / "c.db"
    cancel = threading.Event()

    def contenders_on(host: ModelHost) -> list[Contender]:
        return [
            contender_for(host, path, SHORT, profile, name=name, context=1024)[0]
            for path, name in ((qwen_gguf, "Qwen"), (gemma_gguf, "Gemma"))
        ]

    with CompareStore(path) as store, ModelHost() as host:
        contenders = contenders_on(host)
        chosen = store.create_set("Colours", ["Name a colour.", "Name a fruit."], task="general")
        run = open_run(store, chosen.id, contenders)
        seen: list[SetProgress] = []
        for progress in run_set(store, contenders, budget, run, cancel):
            seen.append(progress)
            if progress.done == 2:
                cancel.set()  # the person pressed Cancel (or the app was closed) halfway
        assert [p.done for p in seen] == [1, 2]
        assert seen[-1].total == 4
        assert seen[-1].seconds_left is not None
        assert seen[-1].seconds_left > 0
        kept = {(r.model, r.prompt_id): r for r in store.results(run.id)}
        assert len(kept) == 2
        assert not store.run(run.id).finished

    with CompareStore(path) as store, ModelHost() as host:  # a restart: fresh store, fresh host, fresh runner
        contenders = contenders_on(host)
        again = open_run(store, chosen.id, contenders)
        assert again.id == run.id
        resumed = list(run_set(store, contenders, budget, again, threading.Event()))
        assert [p.done for p in resumed] == [3, 4]
        assert {(p.model, p.prompt) for p in resumed}.isdisjoint({(p.model, p.prompt) for p in seen})
        results = store.results(run.id)
        assert store.run(run.id).finished
        assert len(results) == 4
        assert all(kept[key].reply == r.reply for r in results if (key := (r.model, r.prompt_id)) in kept)
        table = numbers(results, ["Qwen", "Gemma"])
    assert [(n.model, n.replies) for n in table] == [("Qwen", 2), ("Gemma", 2)]
    assert all(n.median_tokens_per_second > 0 and n.median_ttft_s > 0 for n in table)
