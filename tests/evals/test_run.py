"""A real run of the Qwen and Gemma test models on a small suite: stopped, resumed, its pass rates recounted from
the stored rows, its provenance; and which earlier runs are not comparable."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from app import __version__, settings
from app.compare.plan import Contender, contender_for, plan_run
from app.engines.chat_types import Sampling, StopReason
from app.engines.llama import load_tuning
from app.evals.cases import Case, Check, Suite
from app.evals.checks import grade
from app.evals.provenance import Hashes, licence_of
from app.evals.run import EvalProgress, not_comparable, open_run, run_suite
from app.evals.store import EvalResult, EvalRun, EvalStore
from app.evals.tables import real_work, reliability
from app.hardware import probe
from app.host import ModelHost
from app.host.budget import MemoryBudget
from app.models.catalog_match import FileHashes
from tests import assets

pytestmark = pytest.mark.model

SHORT = Sampling(temperature=0.0, max_tokens=8)
SUITE = Suite(
    "small",
    (
        Case("Say hello to {{name}}.", {"name": "Ada"}, (Check("not-contains", "zqxj-never"),)),
        Case("Count from one to fifty in words.", checks=(Check("contains", "zqxj-never"),)),
        Case('Reply with only a JSON object like {"ok": true}.', checks=(Check("is-json"),)),
    ),
)


@dataclass
class Evaluated:
    store: EvalStore
    run: EvalRun
    results: list[EvalResult]
    before_stop: list[EvalProgress]
    after_resume: list[EvalProgress]
    resumed_id: int
    hashes: Hashes
    contenders: list[Contender]


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory, qwen_gguf: Path, gemma_gguf: Path) -> Iterator[Evaluated]:
    """One run, shared: stopped after two replies, then resumed by a fresh runner to its end."""
    folder = tmp_path_factory.mktemp("evals")
    hashes = Hashes(FileHashes(folder / "hashes.json"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(load_tuning.SWITCH_ENV, "off")
        profile = probe(settings.configured_models_dir())
        budget = MemoryBudget.of(profile)
        with EvalStore(folder / "evals.db") as store, ModelHost() as host:
            contenders = [
                contender_for(host, path, SHORT, profile, name=name, context=1024)[0]
                for path, name in ((qwen_gguf, "Qwen"), (gemma_gguf, "Gemma"))
            ]
            assert plan_run(contenders, budget).together
            run = open_run(store, SUITE, contenders, seed=7, hashes=hashes)
            cancel = threading.Event()
            before: list[EvalProgress] = []
            for progress in run_suite(store, contenders, budget, run, cancel):
                before.append(progress)
                if progress.done == 2:
                    cancel.set()  # the person pressed Stop halfway
            resumed = open_run(store, SUITE, contenders, seed=7, hashes=hashes)
            after = list(run_suite(store, contenders, budget, resumed, threading.Event()))
            yield Evaluated(
                store, store.run(run.id), store.results(run.id), before, after, resumed.id, hashes, contenders
            )


def test_a_stopped_run_keeps_what_was_graded_and_a_resumed_one_asks_only_for_the_rest(evaluated: Evaluated) -> None:
    assert [p.done for p in evaluated.before_stop] == [1, 2]
    assert evaluated.resumed_id == evaluated.run.id
    assert [p.done for p in evaluated.after_resume] == [3, 4, 5, 6]
    assert evaluated.run.finished
    keys = [r.key for r in evaluated.results]
    assert sorted(keys) == sorted((m, i, 0) for m in ("Qwen", "Gemma") for i in range(3))  # each once
    # together in memory: case by case, the models one after another
    assert [p.result.key for p in evaluated.before_stop] == [("Qwen", 0, 0), ("Gemma", 0, 0)]
    assert all(r.seed == 7 for r in evaluated.results)
    assert all(p.grading_s >= 0 for p in evaluated.after_resume)


def test_pass_rates_and_reliability_equal_a_recount_from_the_stored_rows(evaluated: Evaluated) -> None:
    with EvalStore(evaluated.store.path) as reopened:  # what a later window or report reads
        stored = reopened.results(evaluated.run.id)
    rows = {r.model: r for r in real_work(stored, evaluated.run.models)}
    steady = {r.model: r for r in reliability(stored, evaluated.run.cases, evaluated.run.models)}
    for model in ("Qwen", "Gemma"):
        mine = [r for r in stored if r.model == model]
        assert rows[model].pass_rate == sum(r.graded.passed for r in mine) / 3
        cut = [r.stats.stop_reason is StopReason.MAX_TOKENS for r in mine]
        assert steady[model].length_cut_rate == sum(cut) / 3
        assert all(r.reply.stop_reason is r.stats.stop_reason for r in mine)
        for result in mine:  # the stored grade is the grade of the stored reply
            again = grade(evaluated.run.cases[result.case_index], result.reply)
            assert (again.passed, again.score) == (result.graded.passed, result.graded.score)
            assert result.reply.generated_tokens == result.stats.generated_tokens > 0
            assert result.reply.seconds > 0
        by_case = {r.case_index: r.graded.passed for r in mine}
        assert by_case[0] is True  # forced by the checks, whatever the model wrote
        assert by_case[1] is False
        assert steady[model].json_valid_rate in (0.0, 1.0)  # one JSON case
        assert steady[model].schema_valid_rate is None  # no schema asked
        assert steady[model].tool_args_valid_rate is None
        assert steady[model].pass_rate_spread == 0.0  # one repeat


def test_each_model_is_stored_with_its_files_hash_quantization_context_sampler_seeds_and_version(
    evaluated: Evaluated, qwen_gguf: Path, gemma_gguf: Path
) -> None:
    qwen = evaluated.run.provenance["Qwen"]
    assert qwen.sha256 == assets.QWEN_CODER_05B.sha256
    assert evaluated.run.provenance["Gemma"].sha256 == assets.GEMMA3_270M.sha256
    assert qwen.file == qwen_gguf.name
    assert "Q4_K" in qwen.quantization.upper()
    assert qwen.context == 1024
    assert qwen.sampling["temperature"] == 0.0
    assert qwen.sampling["max_tokens"] == 8
    assert qwen.seeds == (7,)
    assert qwen.hearth_version == __version__
    assert evaluated.hashes.cache.computed == 2  # each file read once for the run and its resumption
    licence = licence_of(qwen_gguf, qwen.sha256)
    assert licence is not None
    assert licence.commercial_use
    assert licence_of(gemma_gguf, evaluated.run.provenance["Gemma"].sha256) is None  # not a catalog file


def test_a_run_under_other_settings_is_a_new_run_marked_not_comparable_with_the_earlier_one(
    evaluated: Evaluated,
) -> None:
    warmer = [replace(c, sampling=replace(c.sampling, temperature=0.7)) for c in evaluated.contenders]
    other = open_run(evaluated.store, SUITE, warmer, seed=7, hashes=evaluated.hashes)
    assert other.id != evaluated.run.id  # never resumed into the earlier run's results
    sentences = not_comparable(evaluated.store, other)
    assert len(sentences) == 2
    assert f"the earlier run {evaluated.run.id} of this suite ran Qwen with temperature 0.0, not 0.7" in sentences[0]
    assert sentences[0].endswith("not comparable with these.")
    same = open_run(evaluated.store, SUITE, warmer, seed=7, hashes=evaluated.hashes)
    assert same.id == other.id  # the unfinished one, resumed
    assert not_comparable(evaluated.store, evaluated.run) == []  # only earlier runs are compared with
