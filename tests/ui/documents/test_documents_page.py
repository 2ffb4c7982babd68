"""The Documents page and the chat's answers from a collection, offscreen, with the real MiniLM embedder and the
real Qwen chat model."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.documents import collections
from app.documents.answer import ReadDocuments
from app.hardware import probe
from app.host import ModelHost
from app.models.library import Library
from app.store import ChatStore
from tests.helpers.chat_page import library_state, load_model
from tests.helpers.documents_corpus import FACTS, paragraphs, write_txt
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.chat.document_sources import DocumentSources
from ui.documents.documents_page import DocumentsPage
from ui.shared.announce import announced
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model]


def documents_page(qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path) -> DocumentsPage:
    Library(paths.resolve().ensure()).import_path(minilm_gguf)
    library = library_state(workers)
    library.set_profile(probe(paths.resolve().models))  # the window's one scan: the embedder is planned with it
    page = DocumentsPage(host, library, workers, workers.messages)
    qtbot.addWidget(page)
    library.refresh()
    qtbot.waitUntil(lambda: isinstance(page.embedder.currentData(), Path), timeout=30_000)
    return page


def test_dropped_folders_are_indexed_with_progress_paused_and_resumed(
    qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path, tmp_path: Path
) -> None:
    page = documents_page(qtbot, workers, host, minilm_gguf)
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(3):
        write_txt(folder / f"part{n}.txt", paragraphs(FACTS[n : n + 1], seed=n, filler=40))
    page.name_field.setText("Papers")
    announced.clear()
    progress: list[object] = []
    with qtbot.waitSignal(page.collections.names_changed, timeout=300_000) as changed:
        page.add_paths([folder])
        worker = page._worker
        assert worker is not None
        worker.yielded.connect(progress.append)
        qtbot.waitUntil(lambda: bool(progress), timeout=120_000)
        with qtbot.waitSignal(worker.paused, timeout=60_000):
            page.progress.pause_button.click()
        assert page.progress.pause_button.text() == "Resume"
        assert "Paused" in page.progress.label.text()
        with qtbot.waitSignal(worker.resumed, timeout=60_000):
            page.progress.pause_button.click()
    assert changed.args == [["Papers"]]
    assert page.list.names() == ["Papers"]
    assert "Done: 3 files read" in page.progress.label.text()
    (said,) = announced
    assert said.startswith("The collection “Papers” is indexed. Done: 3 files read")
    with collections.open_collection("Papers") as index:
        assert index.chunk_count() > 0
        assert index.duplicate_chunks() == 0


def test_a_chat_answer_from_a_collection_lists_its_sources_under_the_reply(
    qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path, qwen_gguf: Path, tmp_path: Path
) -> None:
    documents = documents_page(qtbot, workers, host, minilm_gguf)
    note = write_txt(tmp_path / "harbour.txt", [FACTS[0].sentence, "The office closes at five on Fridays."])
    documents.name_field.setText("Harbour")
    with qtbot.waitSignal(documents.collections.changed, timeout=120_000):
        documents.add_paths([note])

    Library(paths.resolve().ensure()).import_path(qwen_gguf)
    library = library_state(workers)
    page = ChatPage(ChatSession(host, ChatStore(), workers=workers), library, workers, workers.messages)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    library.refresh()
    load_model(page, qtbot, "Qwen")
    labels = [choice.label for choice in page.model_picker.choices()]
    assert not any("MiniLM" in label for label in labels), labels  # an embedding model is never offered for chat
    page.set_collections(documents.list.names())
    page.collection_chooser.choose("Harbour")
    assert page.session.collection == "Harbour"

    page.options.temperature.setValue(0.0)
    page.composer.text.setPlainText("Who has kept the lighthouse at Port Elwyn since 1987?")
    with qtbot.waitSignal(page.session.reply_done, timeout=180_000):
        page.send()
    view = page.transcript.views[-1][1]
    sources = view.findChild(DocumentSources)
    assert sources is not None
    assert "whole" in sources.mode_label.text()
    assert "harbour.txt" in sources.buttons[0].text()
    sources.open_requested.disconnect(sources.open_file)  # no file viewer is started by the test
    with qtbot.waitSignal(sources.open_requested) as opened:
        sources.buttons[0].click()
    assert opened.args == [note.resolve(), 0]
    reply = page.store.message(page.transcript.views[-1][0])
    assert reply.content.strip()  # the small model's words move with the processor: what Hearth read is checked
    kept = ReadDocuments.from_record(reply.sources)
    assert kept is not None
    assert any("Quillfeather" in source.text for source in kept.sources)
