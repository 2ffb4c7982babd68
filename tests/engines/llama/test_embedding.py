"""Embeddings from the real all-MiniLM-L6-v2 GGUF: the engine, and `embed` jobs on the model host."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from app import settings
from app.engines.llama.embedding import EmbeddingCancelled, EmbeddingEngine, embedding_plan, embedding_window
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile, probe
from app.host import JobCancelled, ModelHost, ModelRequest, embedding_request

pytestmark = pytest.mark.model

CAT, KITTEN, REVENUE = (
    "The cat sits on the mat.",
    "A kitten is resting on a rug.",
    "Quarterly revenue grew by twelve percent.",
)
MiB = 1024 * 1024


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def cosines(vectors: list[list[float]]) -> np.ndarray:
    matrix = np.asarray(vectors)
    return matrix @ matrix.T


def test_the_test_embedder_reproduces_the_sentence_transformers_figures(
    minilm_gguf: Path, profile: HardwareProfile
) -> None:
    with EmbeddingEngine() as engine:
        loaded = engine.load(minilm_gguf, profile=profile)
        vectors = engine.embed([CAT, KITTEN, REVENUE])
    assert (loaded.architecture, loaded.dimensions, loaded.context) == ("bert", 384, 512)
    similarity = cosines(vectors)
    assert similarity[0, 1] == pytest.approx(0.64, abs=0.02)
    assert similarity[0, 2] == pytest.approx(-0.02, abs=0.03)
    assert similarity[1, 2] == pytest.approx(-0.02, abs=0.03)
    assert np.allclose(np.linalg.norm(np.asarray(vectors), axis=1), 1.0)


def test_embedding_in_batches_gives_the_vectors_of_one_text_at_a_time(
    minilm_gguf: Path, profile: HardwareProfile
) -> None:
    texts = [f"Sentence number {n} about item {n * 7}." for n in range(70)]  # three batches of 32
    with EmbeddingEngine() as engine:
        engine.load(minilm_gguf, profile=profile)
        together = np.asarray(engine.embed(texts))
        alone = np.asarray([engine.embed([text])[0] for text in texts[::23]])
    assert together.shape == (70, 384)
    assert np.allclose(together[::23], alone, atol=1e-4)


def test_a_cancelled_embedding_stops_between_batches(minilm_gguf: Path, profile: HardwareProfile) -> None:
    cancel = threading.Event()
    cancel.set()
    with EmbeddingEngine() as engine:
        engine.load(minilm_gguf, profile=profile)
        with pytest.raises(EmbeddingCancelled):
            engine.embed([CAT] * 40, cancel)


def test_the_host_embeds_with_the_model_loaded_once_on_first_use(
    host: ModelHost, minilm_gguf: Path, profile: HardwareProfile
) -> None:
    request = embedding_request(minilm_gguf, profile)
    first = host.embed(request, [CAT, KITTEN]).result(timeout=120)
    second = host.embed(request, [REVENUE]).result(timeout=60)
    assert cosines([*first, *second])[0, 1] == pytest.approx(0.64, abs=0.02)
    assert host.loaded_models() == []  # embedders are not chat models
    host.unload(request).result(timeout=30)


def test_an_embedder_and_a_chat_model_share_the_memory_budget(
    qwen_gguf: Path, minilm_gguf: Path, profile: HardwareProfile
) -> None:
    embedder = embedding_request(minilm_gguf, profile)
    chat = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)  # about 590 MiB by the estimate
    with ModelHost(memory_limit_bytes=1024 * MiB) as host:
        host.embed(embedder, [CAT]).result(timeout=120)
        host.load(chat).result(timeout=120)
        assert len(host.embed(embedder, [KITTEN]).result(timeout=60)[0]) == 384  # both fit: still loaded
    with ModelHost(memory_limit_bytes=600 * MiB) as host:
        host.embed(embedder, [CAT]).result(timeout=120)
        load = host.load(chat)
        notices = [str(e) for e in load.events()]
        load.result()
        assert any(minilm_gguf.name in notice for notice in notices)


def test_a_cancelled_embed_job_raises_job_cancelled(
    host: ModelHost, minilm_gguf: Path, profile: HardwareProfile
) -> None:
    request = embedding_request(minilm_gguf, profile)
    blocker = threading.Event()
    host.call(blocker.wait)
    job = host.embed(request, [CAT])
    job.cancel()
    blocker.set()
    with pytest.raises(JobCancelled):
        job.result(timeout=60)


def test_the_plan_reads_the_trained_window_and_stays_on_the_cpu_without_a_gpu(
    minilm_gguf: Path, profile: HardwareProfile
) -> None:
    plan = embedding_plan(minilm_gguf, replace(profile, gpus=()))
    assert (plan.context, plan.batch, plan.ubatch, plan.gpu_layers) == (512, 512, 512, 0)
    assert embedding_window(minilm_gguf) == 512


def test_an_imported_embedding_gguf_is_listed_for_documents_not_for_chat(
    minilm_gguf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from app import cli
    from app.models.library import Library

    library = Library()
    imported = library.import_path(minilm_gguf).imported[0]
    assert library.describe(imported).is_embedding
    assert cli.main(["list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    rows = listed if isinstance(listed, list) else listed["models"]
    assert [row["tasks"] for row in rows if row["path"] == str(minilm_gguf)] == [["embeddings"]]
