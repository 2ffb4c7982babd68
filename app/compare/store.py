"""Prompt sets, runs of a set, their results and the person's votes, in one SQLite file (WAL) of their own.

Its own file rather than tables in the conversations database: a comparison is not a conversation, and either
file can be set aside or deleted without touching the other. Each result is written as soon as its reply ends, so
a run killed halfway keeps every finished (model, prompt) pair, and a restarted run skips them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import paths
from app.engines.chat_types import ReplyStats
from app.errors import HearthError
from app.i18n import say
from app.store.sqlite import LockedStore

DATABASE_FILE = "comparisons.db"
TIE = ""  # a vote's winner when the replies were as good as each other
SCHEMA = (
    """CREATE TABLE prompt_sets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        task TEXT NOT NULL DEFAULT 'general',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE prompts (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES prompt_sets(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL
    )""",
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES prompt_sets(id) ON DELETE CASCADE,
        task TEXT NOT NULL,
        models TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        finished_at TEXT
    )""",
    """CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        prompt_id INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
        reply TEXT NOT NULL,
        stats TEXT NOT NULL,
        UNIQUE (run_id, model, prompt_id)
    )""",
    """CREATE TABLE votes (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        prompt_id INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
        task TEXT NOT NULL,
        models TEXT NOT NULL,
        winner TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (run_id, prompt_id)
    )""",
)


def _v1_sets_runs_and_votes(db: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        db.execute(statement)


def _v2_votes_keep_what_was_shown(db: sqlite3.Connection) -> None:
    """The replies' order as the person saw them (A first) and whether the names were hidden: a vote can be checked
    for position bias later. Votes from before are left with '[]' and 0 (not recorded)."""
    db.execute("ALTER TABLE votes ADD COLUMN shown TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE votes ADD COLUMN blind INTEGER NOT NULL DEFAULT 0")


MIGRATIONS = (_v1_sets_runs_and_votes, _v2_votes_keep_what_was_shown)


class CompareStoreError(HearthError):
    pass


@dataclass(frozen=True)
class PromptSet:
    id: int
    name: str
    task: str


@dataclass(frozen=True)
class Prompt:
    id: int
    position: int
    text: str


@dataclass(frozen=True)
class Run:
    id: int
    set_id: int
    task: str
    models: tuple[str, ...]
    settings: dict[str, Any]
    finished: bool


@dataclass(frozen=True)
class Result:
    model: str
    prompt_id: int
    reply: str
    stats: ReplyStats


@dataclass(frozen=True)
class Vote:
    run_id: int
    prompt_id: int
    task: str
    models: tuple[str, ...]
    winner: str  # a model's name, or TIE
    shown: tuple[str, ...] = ()  # the models in the order their replies were shown (A, B, C); () if not recorded
    blind: bool = False  # the names were hidden until the vote


def default_path() -> Path:
    return paths.resolve().data / DATABASE_FILE


def stats_json(stats: ReplyStats) -> str:
    return json.dumps(stats.to_json())


def stats_from(text: str) -> ReplyStats:
    return ReplyStats.from_json(json.loads(text)) or ReplyStats()


class CompareStore(LockedStore):
    """One connection behind a lock: the GUI thread and a set being run on a worker both write to it."""

    WHAT = say("Compare", "comparisons file", "compare.comparisons-file")
    ERROR = CompareStoreError

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path if path is not None else default_path(), MIGRATIONS)

    # ---- prompt sets
    def create_set(self, name: str, prompts: Sequence[str], task: str = "general") -> PromptSet:
        with self._write() as db:
            if db.execute("SELECT 1 FROM prompt_sets WHERE name = ?", (name,)).fetchone():
                raise CompareStoreError(
                    say(
                        "Compare",
                        "There is already a prompt set called “{name}”.",
                        "compare.prompt-set-exists",
                    ).format(name=name)
                )
            cursor = db.execute(
                "INSERT INTO prompt_sets (name, task, created_at) VALUES (?, ?, ?)", (name, task, _now())
            )
            set_id = int(cursor.lastrowid or 0)
            _write_prompts(db, set_id, prompts)
            return PromptSet(set_id, name, task)

    def prompt_sets(self) -> list[PromptSet]:
        return [PromptSet(r["id"], r["name"], r["task"]) for r in self._rows("SELECT * FROM prompt_sets ORDER BY id")]

    def prompts(self, set_id: int) -> list[Prompt]:
        rows = self._rows("SELECT * FROM prompts WHERE set_id = ? ORDER BY position", (set_id,))
        return [Prompt(r["id"], r["position"], r["text"]) for r in rows]

    def add_prompt(self, set_id: int, text: str) -> Prompt:
        with self._write() as db:
            position = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM prompts WHERE set_id = ?", (set_id,))
            at = int(position.fetchone()[0])
            cursor = db.execute("INSERT INTO prompts (set_id, position, text) VALUES (?, ?, ?)", (set_id, at, text))
            return Prompt(int(cursor.lastrowid or 0), at, text)

    def edit_prompt(self, prompt_id: int, text: str) -> None:
        with self._write() as db:
            db.execute("UPDATE prompts SET text = ? WHERE id = ?", (text, prompt_id))

    def remove_prompt(self, prompt_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM prompts WHERE id = ?", (prompt_id,))

    def reorder(self, set_id: int, prompt_ids: Sequence[int]) -> None:
        """The prompts in this order; the ids keep their results and votes."""
        with self._write() as db:
            for position, prompt_id in enumerate(prompt_ids):
                db.execute("UPDATE prompts SET position = ? WHERE id = ? AND set_id = ?", (position, prompt_id, set_id))

    # ---- runs and results
    def start_run(self, set_id: int, models: Sequence[str], settings: dict[str, Any] | None = None) -> Run:
        with self._write() as db:
            row = db.execute("SELECT task FROM prompt_sets WHERE id = ?", (set_id,)).fetchone()
            if row is None:
                raise CompareStoreError(
                    say(
                        "Compare",
                        "That prompt set is gone.",
                        "compare.prompt-set-gone",
                    )
                )
            cursor = db.execute(
                "INSERT INTO runs (set_id, task, models, settings, created_at) VALUES (?, ?, ?, ?, ?)",
                (set_id, row["task"], json.dumps(list(models)), json.dumps(settings or {}), _now()),
            )
            return Run(int(cursor.lastrowid or 0), set_id, row["task"], tuple(models), settings or {}, False)

    def run(self, run_id: int) -> Run:
        rows = self._rows("SELECT * FROM runs WHERE id = ?", (run_id,))
        if not rows:
            raise CompareStoreError(
                say(
                    "Compare",
                    "That run is gone.",
                    "compare.run-gone",
                )
            )
        return _run(rows[0])

    def unfinished_run(self, set_id: int, models: Sequence[str]) -> Run | None:
        """The latest run of this set with these models that did not reach its end: the one to resume."""
        rows = self._rows(
            "SELECT * FROM runs WHERE set_id = ? AND models = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
            (set_id, json.dumps(list(models))),
        )
        return _run(rows[0]) if rows else None

    def latest_run(self, set_id: int) -> Run | None:
        rows = self._rows("SELECT * FROM runs WHERE set_id = ? ORDER BY id DESC LIMIT 1", (set_id,))
        return _run(rows[0]) if rows else None

    def finish_run(self, run_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE runs SET finished_at = ? WHERE id = ?", (_now(), run_id))

    def save_result(self, run_id: int, model: str, prompt_id: int, reply: str, stats: ReplyStats) -> None:
        """A reply that replaces another (a regeneration) takes the vote on its prompt away: that vote judged a
        reply that is gone, and a regeneration is never a vote."""
        with self._write() as db:
            replaced = db.execute(
                "SELECT 1 FROM results WHERE run_id = ? AND model = ? AND prompt_id = ?", (run_id, model, prompt_id)
            ).fetchone()
            if replaced:
                db.execute("DELETE FROM votes WHERE run_id = ? AND prompt_id = ?", (run_id, prompt_id))
            db.execute(
                "INSERT OR REPLACE INTO results (run_id, model, prompt_id, reply, stats) VALUES (?, ?, ?, ?, ?)",
                (run_id, model, prompt_id, reply, stats_json(stats)),
            )

    def results(self, run_id: int) -> list[Result]:
        rows = self._rows("SELECT * FROM results WHERE run_id = ? ORDER BY id", (run_id,))
        return [Result(r["model"], r["prompt_id"], r["reply"], stats_from(r["stats"])) for r in rows]

    def done_pairs(self, run_id: int) -> set[tuple[str, int]]:
        return {(r.model, r.prompt_id) for r in self.results(run_id)}

    # ---- votes
    def vote(self, run_id: int, prompt_id: int, winner: str, shown: Sequence[str] = (), *, blind: bool = False) -> Vote:
        """For one prompt of a run: the better reply's model, or TIE. A second vote replaces the first. `shown`:
        the run's models in the order their replies were on screen; `blind`: their names were hidden."""
        run = self.run(run_id)
        if winner != TIE and winner not in run.models:
            raise ValueError(f"{winner!r} is not one of this run's models")
        if shown and sorted(shown) != sorted(run.models):
            raise ValueError(f"{list(shown)!r} is not an order of this run's models")
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO votes (run_id, prompt_id, task, models, winner, created_at, shown, blind)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    prompt_id,
                    run.task,
                    json.dumps(list(run.models)),
                    winner,
                    _now(),
                    json.dumps(list(shown)),
                    blind,
                ),
            )
        return Vote(run_id, prompt_id, run.task, run.models, winner, tuple(shown), blind)

    def votes(self, task: str | None = None) -> list[Vote]:
        sql, args = "SELECT * FROM votes ORDER BY id", []
        if task is not None:
            sql, args = "SELECT * FROM votes WHERE task = ? ORDER BY id", [task]
        return [
            Vote(
                r["run_id"],
                r["prompt_id"],
                r["task"],
                tuple(json.loads(r["models"])),
                r["winner"],
                tuple(json.loads(r["shown"])),
                bool(r["blind"]),
            )
            for r in self._rows(sql, args)
        ]

    def tasks(self) -> list[str]:
        return [r["task"] for r in self._rows("SELECT DISTINCT task FROM votes ORDER BY task")]


def _write_prompts(db: sqlite3.Connection, set_id: int, prompts: Sequence[str]) -> None:
    for position, text in enumerate(prompts):
        db.execute("INSERT INTO prompts (set_id, position, text) VALUES (?, ?, ?)", (set_id, position, text))


def _run(row: sqlite3.Row) -> Run:
    return Run(
        row["id"],
        row["set_id"],
        row["task"],
        tuple(json.loads(row["models"])),
        json.loads(row["settings"]),
        row["finished_at"] is not None,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
