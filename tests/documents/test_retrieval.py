"""Documents with the real all-MiniLM-L6-v2 embedder (and the real Qwen chat model for answers): retrieval of
planted facts, quotations checked against the extracted text, an indexer killed and continued, the CLI twin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli, settings
from app.documents.answer import AnswerMode, is_whole_document_question, prepare
from app.documents.chunking import chunk_pages
from app.documents.embedder import HostEmbedder
from app.documents.extract import extract
from app.documents.index import DocumentIndex, SearchMode
from app.documents.indexer import index_collection
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile, probe
from app.host import ModelHost, ModelRequest
from tests.helpers.documents_corpus import FACTS, paragraphs, write_corpus, write_txt
from tests.locations import REPO_ROOT

pytestmark = pytest.mark.model
ROOT = REPO_ROOT


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


@pytest.fixture(scope="module")
def module_host() -> Iterator[ModelHost]:
    with ModelHost() as host:
        yield host


@pytest.fixture(scope="module")
def indexed(
    tmp_path_factory: pytest.TempPathFactory, module_host: ModelHost, minilm_gguf: Path, profile: HardwareProfile
) -> tuple[DocumentIndex, HostEmbedder, list[Path]]:
    folder = tmp_path_factory.mktemp("corpus")
    files = write_corpus(folder / "docs")
    index = DocumentIndex(folder / "index.sqlite")
    embedder = HostEmbedder.of(module_host, minilm_gguf, profile)
    for _ in index_collection(index, embedder, add=[folder / "docs"]):
        pass
    return index, embedder, files


def recall_at_5(index: DocumentIndex, embedder: HostEmbedder, mode: SearchMode) -> float:
    found = 0
    questions = [q for fact in FACTS for q in (fact.with_words, fact.paraphrase)]
    for number, question in enumerate(questions):
        fact = FACTS[number // 2]
        vector = embedder.query(question) if mode is not SearchMode.WORDS else None
        hits = index.search(vector, question, 5, mode)
        found += any(norm(fact.sentence) in norm(hit.text) for hit in hits)
    return found / len(questions)


def test_hybrid_ranking_finds_the_planted_facts_at_least_as_well_as_either_ranking_alone(
    indexed: tuple[DocumentIndex, HostEmbedder, list[Path]],
) -> None:
    index, embedder, _ = indexed
    hybrid = recall_at_5(index, embedder, SearchMode.HYBRID)
    vector = recall_at_5(index, embedder, SearchMode.VECTOR)
    words = recall_at_5(index, embedder, SearchMode.WORDS)
    print(f"recall@5 hybrid {hybrid:.2f}, vector {vector:.2f}, words {words:.2f}")
    assert hybrid >= 0.9
    assert hybrid >= vector
    assert hybrid >= words


def test_every_cited_passage_is_a_substring_of_its_sources_extracted_text(
    indexed: tuple[DocumentIndex, HostEmbedder, list[Path]],
) -> None:
    index, embedder, files = indexed
    pages = {(f, p.number): p.text for f in files for p in extract(f).pages}
    cited = 0
    for fact in FACTS:
        for mode in SearchMode:
            question = fact.paraphrase
            vector = embedder.query(question) if mode is not SearchMode.WORDS else None
            for hit in index.search(vector, question, 5, mode):
                source = pages[(hit.file, hit.page)]
                assert hit.text in source
                assert source[hit.start : hit.end] == hit.text
                cited += 1
    assert cited >= 100


def test_answers_read_small_documents_whole_and_large_ones_through_retrieval(
    indexed: tuple[DocumentIndex, HostEmbedder, list[Path]],
    module_host: ModelHost,
    qwen_gguf: Path,
    profile: HardwareProfile,
    tmp_path: Path,
) -> None:
    index, embedder, _ = indexed
    chat = ModelRequest(qwen_gguf, LoadPlan(context=2048), profile)
    loaded = module_host.load(chat).result(timeout=180)

    def count(messages: object) -> int:
        return module_host.prompt_tokens(chat, messages).result(timeout=60)  # type: ignore[arg-type]

    question = "What did the Glimmerdale cooperative harvest in the dry summer?"
    large = prepare(index, question, embedder, count, loaded.context, trained_context=32768)
    assert large.mode is AnswerMode.RETRIEVAL
    assert large.prompt_tokens + 512 <= loaded.context < large.whole_tokens
    assert any("Glimmerdale" in source.text for source in large.sources)
    assert all(source.quote and source.quote in source.text for source in large.sources)
    assert any("Glimmerdale" in source.quote for source in large.sources)  # what the window shows
    assert large.notice == ""  # not a question about the whole of the documents

    whole_question = "How many invoices are mentioned in all of the documents?"
    assert is_whole_document_question(whole_question)
    offered = prepare(index, whole_question, embedder, count, loaded.context, trained_context=32768)
    assert offered.mode is AnswerMode.RETRIEVAL
    assert offered.whole_context == offered.whole_tokens + 512
    assert "whole" in offered.notice
    blind = prepare(index, whole_question, embedder, count, loaded.context, trained_context=2048)
    assert "saw only" in blind.notice

    small = DocumentIndex(tmp_path / "small.sqlite")
    note = write_txt(tmp_path / "note.txt", [FACTS[4].sentence, "The office closes at five."])
    for _ in index_collection(small, embedder, add=[note]):
        pass
    whole = prepare(small, "Which invoice was paid late?", embedder, count, loaded.context)
    assert whole.mode is AnswerMode.WHOLE
    assert FACTS[4].sentence in whole.messages[-1].content
    assert whole.sources[0].text in note.read_text()


KILLED_INDEXER = """
import sys
from pathlib import Path
from app.documents.embedder import HostEmbedder
from app.documents.index import DocumentIndex
from app.documents.indexer import index_collection
from app import settings
from app.hardware import probe
from app.host import ModelHost
profile = probe(settings.configured_models_dir())
with ModelHost() as host:
    index = DocumentIndex(Path(sys.argv[1]))
    embedder = HostEmbedder.of(host, Path(sys.argv[2]), profile)
    for progress in index_collection(index, embedder, add=[Path(sys.argv[3])], batch=1):
        print(progress.chunks_done, flush=True)
"""


def test_an_indexer_killed_mid_way_is_continued_without_duplicate_chunks(
    tmp_path: Path, module_host: ModelHost, minilm_gguf: Path, profile: HardwareProfile
) -> None:
    source = write_txt(tmp_path / "long.txt", paragraphs(FACTS, seed=21, filler=80))
    expected = len(chunk_pages(extract(source).pages))
    database = tmp_path / "index.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_INDEXER, str(database), str(minilm_gguf), str(source)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if int(line) >= 2:
            child.kill()  # SIGKILL: no cleanup, no commit of what is half done
            break
    child.wait(timeout=60)
    child.stdout.close()
    assert child.returncode != 0

    index = DocumentIndex(database)
    before = index.chunk_count()
    assert 2 <= before < expected
    progress = list(index_collection(index, HostEmbedder.of(module_host, minilm_gguf, profile), batch=4))
    assert index.chunk_count() == expected
    assert index.duplicate_chunks() == 0
    assert progress[-1].chunks_done == expected - before  # continued where the killed one stopped


def test_the_cli_twin_adds_lists_searches_asks_and_removes(
    tmp_path: Path, minilm_gguf: Path, qwen_gguf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    write_txt(folder / "harbour.txt", [FACTS[0].sentence, FACTS[1].sentence, "The office closes at five on Fridays."])
    (folder / "ignored.bin").write_bytes(b"\x00\x01")
    code = cli.main(["docs", "add", str(folder), "--collection", "Papers", "--embedder", str(minilm_gguf), "--json"])
    added = json.loads(capsys.readouterr().out)
    assert code == 0
    assert added["collection"] == "Papers"
    assert [(Path(f["file"]).name, f["problem"]) for f in added["files"]] == [("harbour.txt", "")]
    assert added["files"][0]["chunks"] >= 1

    assert cli.main(["docs", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["collections"]
    assert [(c["name"], c["files"]) for c in listed] == [("Papers", 1)]

    assert cli.main(["docs", "search", "Papers", "Why was the Varnholt bridge closed?", "--top", "2", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert len(results) <= 2
    assert set(results[0]) == {"file", "page", "score", "text"}
    assert "Varnholt" in results[0]["text"]

    question = "Who has kept the lighthouse at Port Elwyn since 1987?"
    code = cli.main(["docs", "ask", "Papers", question, "--model", str(qwen_gguf), "--seed", "1", "--json"])
    answer = json.loads(capsys.readouterr().out)
    assert code == 0
    assert answer["mode"] == "whole"
    assert answer["answer"].strip()  # the small model's words: not checked
    assert {"file", "page", "text", "score"} <= set(answer["sources"][0])
    assert any("Quillfeather" in source["text"] for source in answer["sources"])
    assert answer["stats"]["generated_tokens"] > 0

    assert cli.main(["docs", "remove", "Papers"]) == 0
    assert cli.main(["docs", "search", "Papers", "anything"]) == 1
    assert (folder / "harbour.txt").exists()
