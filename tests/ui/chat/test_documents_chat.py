"""Documents attached in the chat itself, offscreen, with the real MiniLM embedder and the real Qwen chat model: a
file dropped on the composer is read by the reply, its sources are kept with the conversation and shown again when
it is reopened, the offer to read everything whole asks again in whole mode, and a model on another computer (a
scripted OpenAI-compatible server on 127.0.0.1) answers over the documents with the text marked as sent there."""

from __future__ import annotations

import warnings
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.documents.answer import AnswerMode, ReadDocuments, Source
from app.documents.chat import conversation_index_path
from app.hardware import probe
from app.host import ModelHost
from app.models.library import Library
from app.providers import ProviderKeys, Providers
from app.store import ChatStore
from tests.helpers.chat_page import library_state, load_model
from tests.helpers.documents_corpus import FACTS, paragraphs, write_txt
from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import MemoryKeyring
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.chat.chat_transcript import ChatTranscript
from ui.chat.document_sources import DocumentSources
from ui.workers import Workers

pytestmark = pytest.mark.gui


def chat_page(
    qtbot: QtBot,
    workers: Workers,
    host: ModelHost,
    providers: Providers | None = None,
    closing: ExitStack | None = None,
) -> ChatPage:
    """With `providers`, the session makes its own remote queue: `closing` closes it when the test ends."""
    session = ChatSession(host, ChatStore(), providers=providers, workers=workers)
    if closing is not None:
        closing.callback(session.close)
    page = ChatPage(session, library_state(workers), workers, workers.messages)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.library.refresh()
    return page


def drop_on_composer_text(page: ChatPage, *files: Path) -> None:
    """Files dragged over the composer's text and let go, delivered the way Qt delivers them (through event
    filters; Qt hands a drop only to a widget that accepted the drag entering it)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    with warnings.catch_warnings():  # PySide marks Qt's one QDragEnterEvent constructor as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(40, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    viewport = page.composer.text.viewport()
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(40, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, drop)


def sources_under_last_reply(page: ChatPage) -> DocumentSources:
    sources = page.transcript.views[-1][1].findChild(DocumentSources)
    assert sources is not None
    return sources


def ask(page: ChatPage, qtbot: QtBot, question: str, timeout: int = 240_000) -> None:
    page.composer.text.setPlainText(question)
    with qtbot.waitSignal(page.session.reply_done, timeout=timeout):
        page.send()


@pytest.mark.model
def test_a_document_dropped_on_the_composer_is_read_and_its_sources_come_back_when_reopened(
    qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path, qwen_gguf: Path, tmp_path: Path
) -> None:
    library = Library(paths.resolve().ensure())
    library.import_path(minilm_gguf)
    library.import_path(qwen_gguf)
    note = write_txt(tmp_path / "harbour.txt", [FACTS[0].sentence, "The office closes at five on Fridays."])
    picture = tmp_path / "dot.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(picture))
    page = chat_page(qtbot, workers, host)
    load_model(page, qtbot, "Qwen")

    drop_on_composer_text(page, note, picture)
    assert page.composer.documents == [note]
    assert [b.text() for b in page.composer.attached.buttons] == ["harbour.txt  ✕"]
    qtbot.waitUntil(lambda: [p.name for p in page.composer.pending] == ["dot.png"], timeout=10_000)  # still a picture
    page.composer.on_images_remove_requested(0)  # Qwen cannot see: the question goes without it

    page.options.temperature.setValue(0.0)
    page.session.collection = "Papers"  # a collection chosen too: the attached file wins, and the person is told
    notices: list[str] = []
    page.session.notice.connect(notices.append)
    ask(page, qtbot, "Who has kept the lighthouse at Port Elwyn since 1987?")
    assert any("“Papers” was not searched" in n for n in notices)
    assert page.composer.documents == []  # it went with the message
    sources = sources_under_last_reply(page)
    assert "whole" in sources.mode_label.text()
    assert "harbour.txt" in sources.buttons[0].text()
    assert not sources.whole_button.isVisible()
    assert not sources.sent_to.isVisible()
    reply_id = page.transcript.views[-1][0]
    reply = page.store.message(reply_id)
    assert reply.content.strip()  # the small model's words move with the processor: what Hearth read is checked
    kept = ReadDocuments.from_record(reply.sources)
    assert kept is not None
    assert kept.mode is AnswerMode.WHOLE
    assert kept.sources[0].file == note.resolve()
    assert FACTS[0].sentence in kept.sources[0].text
    shown = [b.text() for b in sources.buttons]

    conversation = page.conversation_id
    assert conversation is not None
    page.new_conversation()
    assert page.transcript.views == []
    page.open_conversation(conversation)
    again = sources_under_last_reply(page)
    assert [b.text() for b in again.buttons] == shown
    assert again.mode_label.text() == sources.mode_label.text()

    index = conversation_index_path(conversation)
    assert index.is_file()
    page.store.delete(conversation)
    page.on_conversations_deleted(conversation)
    assert not index.exists()  # the conversation's index of its files goes with it
    assert note.exists()  # the file itself never


@pytest.mark.model
@pytest.mark.slow
def test_the_offer_to_read_the_documents_whole_asks_again_and_the_reply_reads_them_whole(
    qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path, qwen_gguf: Path, tmp_path: Path
) -> None:
    library = Library(paths.resolve().ensure())
    library.import_path(minilm_gguf)
    library.import_path(qwen_gguf)
    report = write_txt(tmp_path / "ledger.txt", paragraphs(FACTS[:3], seed=5, filler=80))
    page = chat_page(qtbot, workers, host)
    page.options.context.setValue(1024)  # too short for the whole ledger
    page.options.max_tokens.setValue(48)
    page.options.temperature.setValue(0.0)
    load_model(page, qtbot, "Qwen")
    assert page.session.loaded is not None
    assert page.session.loaded.context == 1024

    page.composer.attach_documents([report])
    ask(page, qtbot, "How many invoices are mentioned in all of the documents?")
    offered = sources_under_last_reply(page)
    assert "passages" in offered.mode_label.text()
    assert "whole" in offered.notice.text()
    assert offered.whole_button.isVisible()

    with qtbot.waitSignal(page.session.reply_done, timeout=300_000):
        offered.whole_button.click()
    assert page.session.loaded is not None
    assert page.session.loaded.context > 1024
    whole = sources_under_last_reply(page)
    assert "whole" in whole.mode_label.text()
    kept = ReadDocuments.from_record(page.store.message(page.transcript.views[-1][0]).sources)
    assert kept is not None
    assert kept.mode is AnswerMode.WHOLE
    assert [m.role for m in page.store.messages(page.conversation_id or 0)] == ["user", "assistant"]


@pytest.mark.model
def test_another_computers_model_answers_over_attached_documents_and_the_reply_says_where_they_went(
    qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path, tmp_path: Path, closing: ExitStack
) -> None:
    Library(paths.resolve().ensure()).import_path(minilm_gguf)
    painted = "The lighthouse at Port Elwyn was painted white again in 1990 by the council."
    filler = [f"The harbour office keeps record number {n} of the ferry timetable for the season." for n in range(8)]
    note = write_txt(tmp_path / "harbour.txt", [painted, " ".join(filler), FACTS[0].sentence])
    with FakeOpenAI(Script(chunks=["Ada", " Quillfeather"])) as server:
        providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
        providers.add("desk", server.url)
        page = chat_page(qtbot, workers, host, providers, closing)
        page.set_profile(probe(paths.resolve().models))  # the window's scan: the attached file is embedded here
        page.models.set_remote_models(providers.remote_models())
        picker = page.model_picker
        index = next(i for i in range(picker.count()) if (c := picker.choice_at(i)) is not None and c.remote)
        with qtbot.waitSignal(page.model_loaded, timeout=30_000):
            page.models.on_model_picked(index)
        page.composer.attach_documents([note])
        ask(page, qtbot, "Who keeps the lighthouse?", timeout=120_000)
    where = server.url.removeprefix("http://")
    sources = sources_under_last_reply(page)
    assert sources.sent_to.isVisible()
    assert f"sent to {where} (desk)" in sources.sent_to.text()
    assert "left this computer" in sources.sent_to.text()
    assert page.header.remote_mark.isVisible()
    reply = page.store.message(page.transcript.views[-1][0])
    assert reply.content == "Ada Quillfeather"
    assert reply.sources["sent_to"] == f"{where} (desk)"
    assert server.script.requests[-1] == "POST /v1/chat/completions fake-model"
    # The question matches the paint as well as the keeper; the written reply names the keeper, so that sentence is
    # the quote kept with the reply and shown under it.
    kept = ReadDocuments.from_record(reply.sources)
    assert kept is not None
    assert FACTS[0].sentence in kept.sources[0].quote
    assert "Quillfeather" in sources_under_last_reply(page).quotes[0].text()


def test_only_the_last_reply_keeps_the_offer_to_ask_again_reading_everything_whole(
    qtbot: QtBot, tmp_path: Path
) -> None:
    offer = ReadDocuments(
        AnswerMode.RETRIEVAL,
        (Source(tmp_path / "ledger.txt", 0, "Invoice 4 was paid late.", 0.4, 0, 24),),
        "This question is about the documents as a whole, but only 1 passages were read.",
        whole_context=3000,
    )
    with ChatStore(tmp_path / "chats.db") as store:
        chat = store.create_conversation()
        for question in ("How many invoices in all?", "And how many were late, overall?"):
            store.add_message(chat.id, "user", question)
            reply = store.start_reply(chat.id, "m")
            store.set_sources(reply.message_id, offer.to_record())
            reply.append("Some.")
            reply.finish()
        transcript = ChatTranscript(store)
        qtbot.addWidget(transcript)
        transcript.show()
        transcript.show_messages(store.messages(chat.id))
        first, last = (view.findChild(DocumentSources) for _id, view in transcript.views[1::2])
        assert first is not None
        assert last is not None
        assert first.whole_button.isHidden()
        assert not last.whole_button.isHidden()
        with qtbot.waitSignal(transcript.read_whole_requested) as asked:
            last.whole_button.click()
        assert asked.args == [3000]
