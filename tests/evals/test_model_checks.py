"""The checks that need another model, with real ones: `similar` with the MiniLM embedder on the model host, and a
one-case suite run on Qwen, which also judges its own reply (`llm-rubric`) and is asked the case again with Hearth's
grammar forcing the case's schema. What the small models say is not asserted, only what Hearth fixes: the shape of
the judge's verdict, and a reply the grammar forces to match the schema."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app import settings
from app.compare.plan import contender_for
from app.engines.chat_types import Sampling
from app.evals import report
from app.evals.cases import Case, Check, Reply, Suite
from app.evals.checks import GradingAids, run_check
from app.evals.checks.aids import NotAnEmbeddingModel, embedder, judge
from app.evals.run import open_run, replies_of, run_suite
from app.evals.store import EvalStore
from app.evals.tables import reliability, tables
from app.hardware import probe
from app.host import ModelHost
from app.host.budget import MemoryBudget

PARIS = "The capital of France is Paris."
FLAG = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"], "additionalProperties": False}


def test_similar_with_the_minilm_embedder_passes_near_answers_and_respects_its_threshold(
    host: ModelHost, minilm_gguf: Path, qwen_gguf: Path
) -> None:
    profile = probe(settings.configured_models_dir())
    aids = GradingAids(embed=embedder(host, minilm_gguf, profile))
    near = run_check(Check("similar", PARIS), Reply("Paris is the capital city of France."), aids=aids)
    far = run_check(Check("similar", PARIS), Reply("I like to eat bananas for breakfast."), aids=aids)
    assert (near.passed, near.score >= 0.75) == (True, True), near.reason  # promptfoo's default threshold
    assert (far.passed, far.score < 0.75) == (False, True), far.reason
    assert near.reason.startswith(f"The reply's similarity to “{PARIS}” is {near.score:.2f}, at least the 0.75")

    reply = Reply("Paris is the capital city of France.")
    stricter = run_check(Check("similar", PARIS, threshold=near.score + 0.01), reply, aids=aids)
    looser = run_check(Check("similar", PARIS, threshold=near.score - 0.01), reply, aids=aids)
    assert (stricter.passed, looser.passed) == (False, True)
    flipped = run_check(Check("not-similar", PARIS), reply, aids=aids)
    assert (flipped.passed, flipped.score) == (False, pytest.approx(1 - near.score, abs=1e-6))
    assert run_check(Check("not-similar", PARIS), Reply("I like to eat bananas for breakfast."), aids=aids).passed
    listed = run_check(Check("similar", ["Bananas are yellow.", PARIS]), reply, aids=aids)  # the closest counts
    assert (listed.passed, listed.score) == (True, pytest.approx(near.score, abs=1e-3))

    with pytest.raises(NotAnEmbeddingModel, match="is a chat model, not an embedding model"):
        embedder(host, qwen_gguf, profile)


@pytest.mark.slow
def test_qwen_judges_its_reply_with_a_verdict_that_parses_and_the_grammar_makes_every_schema_reply_valid(
    qwen_gguf: Path, tmp_path: Path
) -> None:
    suite = Suite(
        "flag",
        (
            Case(
                'Reply with only a JSON object like {"ok": true}.',
                checks=(Check("is-json", FLAG), Check("llm-rubric", "Is a JSON object")),
            ),
        ),
    )
    profile = probe(settings.configured_models_dir())
    budget = MemoryBudget.of(profile)
    sampling = Sampling(temperature=0.0, max_tokens=24)
    with EvalStore(tmp_path / "evals.db") as store, ModelHost() as host:
        qwen, _ = contender_for(host, qwen_gguf, sampling, profile, name="Qwen", context=1024)
        aids = GradingAids(judge=judge(qwen.responder))  # the same loaded model judges
        run = open_run(store, suite, [qwen], seed=5)
        assert replies_of(run, [qwen]) == 2  # the case, and the case again with its schema's grammar
        cancel = threading.Event()
        before = []
        for step in run_suite(store, [qwen], budget, run, cancel, aids=aids):
            before.append(step)
            cancel.set()  # stopped after the first reply: the one with the grammar is still to ask
        resumed = open_run(store, suite, [qwen], seed=5)
        after = list(run_suite(store, [qwen], budget, resumed, threading.Event(), aids=aids))
        finished = store.run(run.id)

    assert [(s.done, s.total, s.with_grammar) for s in before] == [(1, 2, False)]
    assert [(s.done, s.total, s.with_grammar) for s in after] == [(2, 2, True)]  # only what was missing
    assert (resumed.id, finished.finished) == (run.id, True)
    rubric = before[0].result.graded.outcomes[1]
    assert isinstance(rubric.passed, bool)
    assert 0.0 <= rubric.score <= 1.0
    assert rubric.check.weight == 1.0  # run and counted, not listed
    assert rubric.reason.startswith("The judge model says the reply ")  # the verdict parsed, whatever it says
    forced = after[0].result.grammar
    assert forced is not None
    assert (forced.valid, forced.reason) == (True, "The reply is valid JSON that matches the schema."), forced.text

    with EvalStore(tmp_path / "evals.db") as reopened:  # a recount from the stored rows
        stored = reopened.results(run.id)
    assert [r.grammar for r in stored] == [forced]
    assert stored[0].graded == before[0].result.graded
    (row,) = reliability(stored, finished.cases, finished.models)
    assert row.schema_valid_with_grammar_rate == 1.0
    document = report.document(finished, stored, tables(finished, stored))
    assert document["models"][0]["schema_valid_with_grammar_rate"] == 1.0
    assert document["cases"][0]["with_grammar"]["valid"] is True
    assert "Schema valid with Hearth's grammar" in report.as_text(tables(finished, stored))
