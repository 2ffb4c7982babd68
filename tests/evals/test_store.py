"""evals.db's migrations: a file written before the replies with a schema's grammar were kept opens with its
results whole, none of them holding such a reply yet (a resumed run asks for them, and keeps them on the row)."""

from __future__ import annotations

import json
from pathlib import Path

from app.evals.store import MIGRATIONS, EvalStore, GrammarReply
from app.store.sqlite import open_sqlite


def test_a_version_1_file_migrates_and_keeps_its_results_without_replies_with_the_grammar(tmp_path: Path) -> None:
    path = tmp_path / "evals.db"
    old = open_sqlite(path, MIGRATIONS, upto=1)
    cases = [{"prompt": "Give JSON.", "checks": [{"type": "is-json", "value": {"type": "object"}}]}]
    old.execute(
        "INSERT INTO runs (id, suite, fingerprint, cases, models, repeats, seed, provenance, created_at)"
        " VALUES (1, 's', 'f', ?, '[\"A\"]', 1, 0, '{}', '2025-01-01T00:00:00+00:00')",
        (json.dumps(cases),),
    )
    old.execute(
        "INSERT INTO results (run_id, model, case_index, repeat, seed, reply, tool_calls, stats, seconds, passed,"
        " score, outcomes) VALUES (1, 'A', 0, 0, 0, '{}', '[]', '{}', 0.5, 1, 1.0, '[]')"
    )
    old.close()
    with EvalStore(path) as store:
        (kept,) = store.results(1)
        assert (kept.reply.text, kept.graded.passed, kept.grammar) == ("{}", True, None)
        assert (store.done(1), store.done_with_grammar(1)) == ({kept.key}, set())
        forced = GrammarReply("{}", True, "The reply is valid JSON that matches the schema.")
        store.save_grammar(1, kept.key, forced)
        assert store.result(1, kept.key).grammar == forced
        assert store.done_with_grammar(1) == {kept.key}
