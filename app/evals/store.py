"""Evaluation runs and their graded results, in one SQLite file of their own (`evals.db`, WAL).

Its own file rather than a migration of Compare's: a Compare result is one reply per (model, prompt of a stored
set), while an evaluation's unit is one reply per (model, case, repeat) of a suite that lives in a file (Hearth's
JSONL, a promptfoo YAML, a ready suite), with its tool calls, its graded checks and the provenance of every model.
None of that is Compare's, and other work changes Compare's schema at the same time; either file can be set aside
or deleted without touching the other. It opens through the one SQLite opener (app/store/sqlite.py) with its own
migrations.

Each result is written as soon as its reply is graded, so a run stopped halfway keeps every finished reply, and a
resumed run asks only for the (model, case, repeat) triples the file does not hold. A run keeps its suite's cases
as JSON, so its tables and reports can be made again without the suite file.

A case with a schema check is also asked once more per repeat with Hearth's grammar forcing that schema (models
here only); that reply and whether it matches the schema are kept on the same row (`grammar`, version 2), added
when it ends, so a resumed run asks only for what is missing and the reliability table's "with the grammar" rate
is a recount of stored rows like every other.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import paths
from app.engines.chat_types import ReplyStats, StopReason, ToolCall
from app.errors import HearthError
from app.evals.cases import Case, Check, CheckOutcome, Graded, Reply, Suite
from app.evals.provenance import ModelProvenance
from app.evals.suite import case_to_json
from app.i18n import say
from app.store.sqlite import LockedStore

DATABASE_FILE = "evals.db"
SCHEMA = (
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        suite TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        cases TEXT NOT NULL,
        models TEXT NOT NULL,
        repeats INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        provenance TEXT NOT NULL,
        here TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        finished_at TEXT
    )""",
    """CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        case_index INTEGER NOT NULL,
        repeat INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        reply TEXT NOT NULL,
        tool_calls TEXT NOT NULL,
        stats TEXT NOT NULL,
        seconds REAL NOT NULL,
        passed INTEGER NOT NULL,
        score REAL NOT NULL,
        outcomes TEXT NOT NULL,
        UNIQUE (run_id, model, case_index, repeat)
    )""",
)


def _v1_runs_and_results(db: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        db.execute(statement)


def _v2_replies_with_grammar(db: sqlite3.Connection) -> None:
    """The reply asked again with the schema's grammar, as JSON (`GrammarReply`); NULL while not asked (or never,
    for a case without a schema or a model on another computer)."""
    db.execute("ALTER TABLE results ADD COLUMN grammar TEXT")


MIGRATIONS = (_v1_runs_and_results, _v2_replies_with_grammar)


class EvalStoreError(HearthError):
    pass


@dataclass(frozen=True)
class EvalRun:
    """One run of a suite on some models: `here` holds each model's facts on this computer (verdict, memory,
    licence) as the tables show them, `provenance` what each was run with."""

    id: int
    suite: str
    fingerprint: str
    cases: tuple[Case, ...]
    models: tuple[str, ...]
    repeats: int
    seed: int
    provenance: dict[str, ModelProvenance]
    here: dict[str, dict[str, Any]]
    finished: bool

    def seed_of(self, repeat: int) -> int:
        return self.seed + repeat


@dataclass(frozen=True)
class GrammarReply:
    """The same case asked of the same model with the same seed, Hearth's grammar forcing the case's schema: what it
    wrote, whether that matches the schema, and the sentence saying so."""

    text: str
    valid: bool
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"reply": self.text, "valid": self.valid, "reason": self.reason}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> GrammarReply:
        return cls(str(raw.get("reply", "")), bool(raw.get("valid", False)), str(raw.get("reason", "")))


@dataclass(frozen=True)
class EvalResult:
    """One graded reply: model × case × repeat; `grammar` the same asked with the schema's grammar (None: not
    asked yet, or not measured)."""

    model: str
    case_index: int
    repeat: int
    seed: int
    reply: Reply
    graded: Graded
    stats: ReplyStats = field(default_factory=ReplyStats)
    grammar: GrammarReply | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.model, self.case_index, self.repeat)


def default_path() -> Path:
    return paths.resolve().data / DATABASE_FILE


def case_json(case: Case) -> dict[str, Any]:
    """A case as a run keeps it (the suite's JSONL form, checks in Hearth's own words)."""
    return case_to_json(case, as_written=False)


def case_from(raw: Mapping[str, Any]) -> Case:
    checks = tuple(
        Check(c["type"], c.get("value"), float(c.get("weight", 1.0)), c.get("threshold")) for c in raw.get("checks", ())
    )
    return Case(
        raw["prompt"],
        dict(raw.get("vars") or {}),
        checks,
        raw.get("threshold"),
        raw.get("description", ""),
        tuple(raw.get("tools") or ()),
    )


def fingerprint(suite: Suite) -> str:
    """The same cases, in the same order, give the same fingerprint, whatever the suite's name or file."""
    text = json.dumps([case_json(c) for c in suite.cases], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EvalStore(LockedStore):
    """One connection behind a lock: a run on a worker and the window (or the command) reading it both use it."""

    WHAT = "evaluations file"
    ERROR = EvalStoreError

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path if path is not None else default_path(), MIGRATIONS)

    # ---- runs
    def start_run(
        self,
        suite: Suite,
        models: Sequence[str],
        repeats: int,
        seed: int,
        provenance: Mapping[str, ModelProvenance],
        here: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> EvalRun:
        cases = json.dumps([case_json(c) for c in suite.cases], ensure_ascii=False, default=str)
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO runs (suite, fingerprint, cases, models, repeats, seed, provenance, here, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    suite.name,
                    fingerprint(suite),
                    cases,
                    json.dumps(list(models)),
                    repeats,
                    seed,
                    json.dumps({name: p.to_json() for name, p in provenance.items()}),
                    json.dumps({name: dict(facts) for name, facts in (here or {}).items()}),
                    _now(),
                ),
            )
            return self.run(int(cursor.lastrowid or 0))

    def run(self, run_id: int) -> EvalRun:
        rows = self._rows("SELECT * FROM runs WHERE id = ?", (run_id,))
        if not rows:
            raise EvalStoreError(say("Evals", "That evaluation run is gone.", "evals.run-gone"))
        return _run(rows[0])

    def unfinished_run(
        self, suite: Suite, models: Sequence[str], repeats: int, seed: int, provenance: Mapping[str, ModelProvenance]
    ) -> EvalRun | None:
        """The latest run of these cases with these models, repeats, seeds and provenance that did not reach its
        end: the one to resume. A run made under other settings is never resumed (its results would mix)."""
        rows = self._rows(
            "SELECT * FROM runs WHERE fingerprint = ? AND models = ? AND repeats = ? AND seed = ?"
            " AND finished_at IS NULL ORDER BY id DESC",
            (fingerprint(suite), json.dumps(list(models)), repeats, seed),
        )
        wanted = {name: p.to_json() for name, p in provenance.items()}
        for row in rows:
            if json.loads(row["provenance"]) == wanted:
                return _run(row)
        return None

    def runs_of_fingerprint(self, cases_fingerprint: str) -> list[EvalRun]:
        """Every run of these cases (`fingerprint(suite)`), oldest first: what a new run is compared with."""
        rows = self._rows("SELECT * FROM runs WHERE fingerprint = ? ORDER BY id", (cases_fingerprint,))
        return [_run(r) for r in rows]

    def finish_run(self, run_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE runs SET finished_at = ? WHERE id = ?", (_now(), run_id))

    # ---- results
    def save_result(self, run_id: int, result: EvalResult) -> None:
        reply, graded = result.reply, result.graded
        outcomes = [_outcome_json(o) for o in graded.outcomes]
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO results (run_id, model, case_index, repeat, seed, reply, tool_calls, stats,"
                " seconds, passed, score, outcomes, grammar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    result.model,
                    result.case_index,
                    result.repeat,
                    result.seed,
                    reply.text,
                    json.dumps([{"id": c.id, "name": c.name, "arguments": c.arguments} for c in reply.tool_calls]),
                    json.dumps(result.stats.to_json()),
                    reply.seconds,
                    int(graded.passed),
                    graded.score,
                    json.dumps(outcomes, ensure_ascii=False, default=str),
                    _grammar_json(result.grammar),
                ),
            )

    def save_grammar(self, run_id: int, key: tuple[str, int, int], grammar: GrammarReply) -> None:
        """The reply asked with the schema's grammar, kept on its result's row (which is saved first)."""
        model, case_index, repeat = key
        with self._write() as db:
            cursor = db.execute(
                "UPDATE results SET grammar = ? WHERE run_id = ? AND model = ? AND case_index = ? AND repeat = ?",
                (_grammar_json(grammar), run_id, model, case_index, repeat),
            )
            if cursor.rowcount != 1:
                raise EvalStoreError(say("Evals", "That reply of the evaluation run is gone.", "evals.reply-gone"))

    def result(self, run_id: int, key: tuple[str, int, int]) -> EvalResult:
        model, case_index, repeat = key
        rows = self._rows(
            "SELECT * FROM results WHERE run_id = ? AND model = ? AND case_index = ? AND repeat = ?",
            (run_id, model, case_index, repeat),
        )
        if not rows:
            raise EvalStoreError(say("Evals", "That reply of the evaluation run is gone.", "evals.reply-gone"))
        return _result(rows[0])

    def results(self, run_id: int) -> list[EvalResult]:
        rows = self._rows("SELECT * FROM results WHERE run_id = ? ORDER BY id", (run_id,))
        return [_result(r) for r in rows]

    def done(self, run_id: int) -> set[tuple[str, int, int]]:
        rows = self._rows("SELECT model, case_index, repeat FROM results WHERE run_id = ?", (run_id,))
        return {(r["model"], r["case_index"], r["repeat"]) for r in rows}

    def done_with_grammar(self, run_id: int) -> set[tuple[str, int, int]]:
        """The (model, case, repeat) triples whose reply with the schema's grammar is kept."""
        rows = self._rows(
            "SELECT model, case_index, repeat FROM results WHERE run_id = ? AND grammar IS NOT NULL", (run_id,)
        )
        return {(r["model"], r["case_index"], r["repeat"]) for r in rows}


def reply_of(text: str, tool_calls: Sequence[ToolCall], stats: ReplyStats, seconds: float) -> Reply:
    """What the checks see of a reply: its text and calls with the engine's own numbers."""
    return Reply(
        text=text,
        tool_calls=tuple(tool_calls),
        seconds=seconds,
        ttft_s=stats.ttft_s,
        tokens_per_second=stats.tokens_per_second,
        generated_tokens=stats.generated_tokens,
        stop_reason=stats.stop_reason,
    )


def _grammar_json(grammar: GrammarReply | None) -> str | None:
    return None if grammar is None else json.dumps(grammar.to_json(), ensure_ascii=False)


def _outcome_json(outcome: CheckOutcome) -> dict[str, Any]:
    check = outcome.check
    return outcome.to_json() | {"weight": check.weight, "threshold": check.threshold, "score": outcome.score}


def _outcome(raw: Mapping[str, Any]) -> CheckOutcome:
    check = Check(raw["type"], raw.get("value"), float(raw.get("weight", 1.0)), raw.get("threshold"))
    return CheckOutcome(check, bool(raw["passed"]), float(raw.get("score", 0.0)), str(raw.get("reason", "")))


def _result(row: sqlite3.Row) -> EvalResult:
    stats = ReplyStats.from_json(json.loads(row["stats"])) or ReplyStats(stop_reason=StopReason.FINISHED)
    calls = [ToolCall(c["id"], c["name"], dict(c["arguments"])) for c in json.loads(row["tool_calls"])]
    outcomes = tuple(_outcome(o) for o in json.loads(row["outcomes"]))
    return EvalResult(
        model=row["model"],
        case_index=row["case_index"],
        repeat=row["repeat"],
        seed=row["seed"],
        reply=reply_of(row["reply"], calls, stats, row["seconds"]),
        graded=Graded(bool(row["passed"]), float(row["score"]), outcomes),
        stats=stats,
        grammar=GrammarReply.from_json(json.loads(row["grammar"])) if row["grammar"] is not None else None,
    )


def _run(row: sqlite3.Row) -> EvalRun:
    return EvalRun(
        id=row["id"],
        suite=row["suite"],
        fingerprint=row["fingerprint"],
        cases=tuple(case_from(c) for c in json.loads(row["cases"])),
        models=tuple(json.loads(row["models"])),
        repeats=row["repeats"],
        seed=row["seed"],
        provenance={name: ModelProvenance.from_json(p) for name, p in json.loads(row["provenance"]).items()},
        here=json.loads(row["here"]),
        finished=row["finished_at"] is not None,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
