"""Nothing claims that data left this computer unless it did. With Offline mode on, another computer's model stops
being the chat's model and the header says why; a reply that could not be sent fails with its reason in its own
bubble (no "sent to" line, nothing reaching the server) and can be tried again; the "sent to" line under a reply
from documents appears only once the other computer has the request. A scripted OpenAI-compatible server on
127.0.0.1 stands for the other computer; the documents are read by the real MiniLM embedder."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import paths
from app.hardware import probe
from app.host import ModelHost
from app.models.library import Library
from app.providers import ProviderKeys, Providers
from app.providers.service import OFFLINE
from app.store import ChatStore
from tests.helpers.chat_page import library_state
from tests.helpers.documents_corpus import FACTS, write_txt
from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import MemoryKeyring
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.chat.document_sources import DocumentSources
from ui.workers import Workers

pytestmark = pytest.mark.gui


class Switch:
    """Settings' Offline mode, as Providers asks it each time."""

    def __init__(self) -> None:
        self.on = False

    def __call__(self) -> bool:
        return self.on


def remote_page(
    qtbot: QtBot, workers: Workers, host: ModelHost, store: ChatStore, providers: Providers, closing: ExitStack
) -> ChatPage:
    session = ChatSession(host, store, providers=providers, workers=workers)
    closing.callback(session.close)  # the remote queue it made for itself
    page = ChatPage(session, library_state(workers), workers, workers.messages)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.models.set_remote_models(providers.remote_models())
    page.set_profile(probe(paths.resolve().models))  # the window's one scan: documents are read on this computer
    remote = next(i for i in range(page.model_picker.count()) if (c := page.model_picker.choice_at(i)) and c.remote)
    with qtbot.waitSignal(page.model_loaded, timeout=30_000):
        page.models.on_model_picked(remote)
    assert page.header.remote_mark.isVisible()
    return page


def posts(server: FakeOpenAI) -> list[str]:
    return [r for r in server.script.requests if r.startswith("POST")]


def test_offline_mode_takes_another_computers_model_out_of_the_chat_and_the_header_says_so(
    qtbot: QtBot, workers: Workers, host: ModelHost, closing: ExitStack
) -> None:
    offline = Switch()
    with FakeOpenAI() as server, ChatStore() as store:
        providers = Providers(paths.resolve().config, offline, keys=ProviderKeys(MemoryKeyring()))
        providers.add("desk", server.url)
        page = remote_page(qtbot, workers, host, store, providers, closing)
        offline.on = True
        page.models.set_remote_models(providers.remote_models())  # what the window does when Settings change
        assert not page.header.remote_mark.isVisible()
        assert page.header.status.text().startswith("Offline mode is on")
        assert page.model_picker.currentIndex() == -1
        assert page.loaded_id == ""
        page.composer.text.setPlainText("hello")
        page.send()
        assert page.transcript.notice.text().startswith("Choose a model first")
        assert posts(server) == []


@pytest.mark.model
def test_a_reply_that_was_never_sent_says_why_in_its_bubble_claims_nothing_and_can_be_tried_again(
    qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path, tmp_path: Path, closing: ExitStack
) -> None:
    Library(paths.resolve().ensure()).import_path(minilm_gguf)
    note = write_txt(tmp_path / "harbour.txt", [FACTS[0].sentence])
    offline = Switch()
    with FakeOpenAI(Script(chunks=["Ada", " Quillfeather"])) as server, ChatStore() as store:
        providers = Providers(paths.resolve().config, offline, keys=ProviderKeys(MemoryKeyring()))
        providers.add("desk", server.url)
        page = remote_page(qtbot, workers, host, store, providers, closing)
        page.composer.attach_documents([note])
        offline.on = True  # turned on, and the chat not told yet: the reply itself must not go
        page.composer.text.setPlainText("Who keeps the lighthouse?")
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            page.send()
        message_id, bubble = page.transcript.views[-1]
        failed = store.message(message_id)
        assert failed.state == "failed"
        assert failed.error == OFFLINE
        assert not failed.sources.get("sent_to")
        assert not any(s.sent_to.isVisible() for s in bubble.findChildren(DocumentSources))
        assert any(OFFLINE in label.text() for label in bubble.findChildren(QLabel))
        assert bubble.action_button.text() == "Try again"
        assert posts(server) == []

        # Offline mode off again: Try again sends it, and only now does the reply say where the passages went
        offline.on = False
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            qtbot.mouseClick(bubble.action_button, Qt.MouseButton.LeftButton)
        message_id, bubble = page.transcript.views[-1]
        reply = store.message(message_id)
        where = server.url.removeprefix("http://")
        assert reply.state == "complete"
        assert reply.sources["sent_to"] == f"{where} (desk)"
        qtbot.waitUntil(lambda: any(s.isVisible() for s in bubble.findChildren(DocumentSources)))
        assert [s.sent_to.isVisible() for s in bubble.findChildren(DocumentSources) if s.isVisible()] == [True]
        assert len(posts(server)) == 1


@pytest.mark.model
def test_passages_for_a_server_that_cannot_be_reached_are_not_said_to_have_left(
    qtbot: QtBot, workers: Workers, host: ModelHost, minilm_gguf: Path, tmp_path: Path, closing: ExitStack
) -> None:
    Library(paths.resolve().ensure()).import_path(minilm_gguf)
    note = write_txt(tmp_path / "harbour.txt", [FACTS[0].sentence])
    with ChatStore() as store:
        server = FakeOpenAI()
        providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
        providers.add("desk", server.url)
        page = remote_page(qtbot, workers, host, store, providers, closing)
        server.close()  # the other computer went away: nothing can reach it
        page.composer.attach_documents([note])
        page.composer.text.setPlainText("Who keeps the lighthouse?")
        page.send()
        assert page.header.status.text() == "Reading your documents…"  # before any word of the reply
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            pass
        message_id, bubble = page.transcript.views[-1]
        failed = store.message(message_id)
        assert failed.state == "failed"
        assert "Nothing answers" in failed.error
        assert failed.sources.get("sent_to") == ""
        qtbot.waitUntil(lambda: any(s.isVisible() for s in bubble.findChildren(DocumentSources)))
        shown = [s for s in bubble.findChildren(DocumentSources) if s.isVisible()]
        assert len(shown) == 1
        assert not shown[0].sent_to.isVisible()
