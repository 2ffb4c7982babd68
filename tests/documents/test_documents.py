"""Documents without a model: extraction of every format, chunks as slices of their page, and the index's
bookkeeping (changed and removed files, an embedder change, an interrupted run continued) with a stand-in
embedder whose vectors mean nothing (tests/helpers/word_hash_embedder.py)."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Generator
from pathlib import Path
from typing import TypeVar

import pytest

from app.documents import collections
from app.documents.chunking import chunk_pages, windows
from app.documents.extract import NO_TEXT_LAYER, extract
from app.documents.index import DocumentIndex, NeedsReindex, SearchMode
from app.documents.indexer import FileOutcome, index_collection
from tests.helpers.documents_corpus import FACTS, paragraphs, write_corpus, write_pdf, write_txt
from tests.helpers.word_hash_embedder import WordHashEmbedder

T = TypeVar("T")


def norm(text: str) -> str:
    return " ".join(text.split())


def run(generator: Generator[object, None, T]) -> T:
    while True:
        try:
            next(generator)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def test_every_format_gives_its_planted_sentences_and_nothing_of_scripts_or_styles(corpus: list[Path]) -> None:
    for number, path in enumerate(corpus):
        text = norm(extract(path).text)
        for fact in FACTS[2 * number : 2 * number + 2]:
            assert norm(fact.sentence) in text, path.name
    html = extract(next(p for p in corpus if p.suffix == ".html")).text
    assert "never indexed" not in html
    assert "color: red" not in html


def test_a_scanned_pdf_page_is_reported_never_silently_empty(corpus: list[Path]) -> None:
    pdf = extract(next(p for p in corpus if p.suffix == ".pdf"))
    last = len(pdf.pages)
    assert [page.number for page in pdf.pages] == list(range(1, last + 1))
    without_text = [page.number for page in pdf.pages if page.problem]
    assert without_text == [last]  # the scan, after the pages with a text layer
    assert pdf.pages[-1].problem == NO_TEXT_LAYER
    assert f"page {last}" in pdf.problem
    assert all(page.text for page in pdf.pages[:-1])


def test_a_hearth_transcript_is_read_as_its_text(tmp_path: Path) -> None:
    path = tmp_path / "meeting.json"
    segments = [{"start": 0.0, "end": 2.0, "text": "We agreed to paint the shed blue."}]
    path.write_text(json.dumps({"source": "meeting.wav", "language": "en", "duration": 2.0, "segments": segments}))
    assert extract(path).text == "We agreed to paint the shed blue."
    other = tmp_path / "settings.json"
    other.write_text('{"theme": "dark"}')
    assert extract(other).problem


def test_chunks_are_slices_of_their_page_of_about_512_tokens_with_overlap(corpus: list[Path]) -> None:
    pages = extract(corpus[0]).pages
    chunks = chunk_pages(pages)
    assert len(chunks) > 3
    for chunk in chunks:
        page = next(p for p in pages if p.number == chunk.page)
        assert page.text[chunk.start : chunk.end] == chunk.text
        assert len(chunk.text) <= 512 * 4
    same_page = [(a, b) for a, b in itertools.pairwise(chunks) if a.page == b.page]
    assert same_page
    assert all(b.start < a.end for a, b in same_page)
    assert all(window in chunks[0].text for window in windows(chunks[0].text))


def build(tmp_path: Path, embedder: WordHashEmbedder, sources: list[Path]) -> tuple[DocumentIndex, list[FileOutcome]]:
    index = DocumentIndex(tmp_path / "index.sqlite")
    return index, run(index_collection(index, embedder, add=sources))


def test_a_changed_file_is_read_again_a_removed_one_dropped_and_an_untouched_one_left(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    first = write_txt(folder / "first.txt", paragraphs(FACTS[:1], seed=7, filler=40))
    second = write_txt(folder / "second.txt", paragraphs(FACTS[1:2], seed=8, filler=40))
    embedder = WordHashEmbedder()
    index, outcomes = build(tmp_path, embedder, [folder])
    assert {o.file.name for o in outcomes} == {"first.txt", "second.txt"}
    before = index.chunk_count()

    os.utime(second, ns=(second.stat().st_atime_ns, second.stat().st_mtime_ns + 10**9))  # touched, same content
    assert run(index_collection(index, embedder)) == []

    first.write_text(first.read_text() + "\nThe Quorvalin ferry now leaves at dawn.\n")
    embedded = embedder.embedded
    outcomes = run(index_collection(index, embedder))
    assert [o.file.name for o in outcomes] == ["first.txt"]
    assert embedder.embedded > embedded
    hits = index.search(embedder.query("Quorvalin ferry"), "Quorvalin ferry", 3)
    assert "Quorvalin" in hits[0].text
    assert index.duplicate_chunks() == 0

    second.unlink()
    outcomes = run(index_collection(index, embedder))
    assert [(o.file.name, o.removed) for o in outcomes] == [("second.txt", True)]
    assert [f.path.name for f in index.files()] == ["first.txt"]
    assert index.chunk_count() < before + 1
    assert all(hit.file.name == "first.txt" for hit in index.search(None, "bridge barge pier", 10, SearchMode.WORDS))


def test_a_new_embedding_model_marks_the_collection_for_reindexing(tmp_path: Path) -> None:
    source = write_txt(tmp_path / "notes.txt", paragraphs(FACTS[:2], seed=9, filler=30))
    index, _ = build(tmp_path, WordHashEmbedder("model-a"), [source])
    assert index.embedder == "model-a"
    assert index.use_embedder("model-b") is True
    assert index.needs_reindex
    with pytest.raises(NeedsReindex):
        index.search([0.0] * 64, "lighthouse", 3)
    assert index.search(None, "lighthouse", 3, SearchMode.WORDS)  # words still work meanwhile
    other = WordHashEmbedder("model-b")
    outcomes = run(index_collection(index, other))
    assert [o.file.name for o in outcomes] == ["notes.txt"]
    assert not index.needs_reindex
    assert other.embedded == sum(len(windows(h.text)) for f in index.files() for h in index.file_chunks(f.id))


def test_an_indexer_stopped_mid_way_is_continued_by_the_next_without_duplicates(tmp_path: Path) -> None:
    source = write_txt(tmp_path / "long.txt", paragraphs(FACTS, seed=10, filler=120))
    expected = len(chunk_pages(extract(source).pages))
    index = DocumentIndex(tmp_path / "index.sqlite")
    first = index_collection(index, WordHashEmbedder(), add=[source], batch=2)
    for progress in first:
        if progress.chunks_done >= 4:
            break
    first.close()  # as if the app were closed here
    index.close()

    again = DocumentIndex(tmp_path / "index.sqlite")
    assert 4 <= again.chunk_count() < expected
    embedder = WordHashEmbedder()
    run(index_collection(again, embedder, batch=2))
    assert again.chunk_count() == expected
    assert again.duplicate_chunks() == 0
    total_windows = sum(len(windows(c.text)) for c in chunk_pages(extract(source).pages))
    assert embedder.embedded < total_windows  # it continued; it did not start over


def test_progress_counts_files_and_chunks_and_tells_the_time_left(tmp_path: Path) -> None:
    sources = [write_txt(tmp_path / f"{n}.txt", paragraphs(FACTS[n : n + 1], seed=n, filler=40)) for n in range(3)]
    index = DocumentIndex(tmp_path / "index.sqlite")
    progress = list(index_collection(index, WordHashEmbedder(), add=sources, batch=1))
    assert progress[-1].files_done == progress[-1].files_total == 3
    assert progress[-1].chunks_done == index.chunk_count()
    assert any(p.seconds_left is not None and p.seconds_left >= 0 for p in progress)


def test_collections_are_found_by_name_listed_and_removed_without_touching_the_documents(tmp_path: Path) -> None:
    source = write_txt(tmp_path / "notes.txt", paragraphs(FACTS[:1], seed=11, filler=20))
    with collections.open_collection("Family papers", create=True) as index:
        run(index_collection(index, WordHashEmbedder(), add=[source]))
    listed = collections.list_collections()
    assert [(c.name, c.files, c.embedder) for c in listed] == [("Family papers", 1, "word-hash-64")]
    assert listed[0].chunks > 0
    with pytest.raises(collections.UnknownCollection):
        collections.open_collection("Nothing here")
    collections.remove_collection("Family papers")
    assert collections.list_collections() == []
    assert source.exists()


def test_a_pdf_of_only_a_scan_gives_no_chunks_and_says_why(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "scan.pdf", [], scanned_page=True)
    index, outcomes = build(tmp_path, WordHashEmbedder(), [pdf])
    assert outcomes[0].chunks == 0
    assert "no text layer" in outcomes[0].problem
    assert collections.describe(index).problems
