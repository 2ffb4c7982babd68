"""Only models that can chat are offered for chat: an embedding model on this computer gets no Chat button in My
Models and no place in the Chat picker; another computer's embedding and speech models (its server says their
`kind`, as Hearth's own server does) are not listed; and a model that answers a chat with error 400 fails with a
plain sentence, never the other computer's file paths."""

from __future__ import annotations

import json
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.host import ModelHost
from app.models.library import Library
from app.providers import ProviderKeys, Providers
from app.store import ChatStore
from tests.helpers.chat_page import library_state, open_page
from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import MemoryKeyring
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.models.my_models_page import MyModelsPage
from ui.workers import Workers

pytestmark = pytest.mark.gui

LISTING = {
    "object": "list",
    "data": [  # as another Hearth lists its models, and one server that says no kind at all
        {"id": "qwen-chat", "object": "model", "kind": "text"},
        {"id": "all-minilm", "object": "model", "kind": "embedding"},
        {"id": "whisper-base", "object": "model", "kind": "speech"},
        {"id": "llama3:8b", "object": "model"},
    ],
}
SPEECH_REFUSAL = b'{"error": {"message": "\\u201c/home/desk/models/whisper-base\\u201d is a speech model"}}'


def providers_for(server: FakeOpenAI) -> Providers:
    providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
    providers.add("desk", server.url)
    return providers


@pytest.mark.model
def test_an_embedding_model_here_is_offered_neither_in_my_models_nor_in_the_chat_picker(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path, minilm_gguf: Path
) -> None:
    library = Library(paths.resolve().ensure())
    library.import_path(qwen_gguf)
    library.import_path(minilm_gguf)
    state = library_state(workers)
    my_models = MyModelsPage(state, workers, workers.messages)
    qtbot.addWidget(my_models)
    with qtbot.waitSignal(state.changed, timeout=60_000):
        state.refresh()
    buttons = {row.model.path.name: not row.chat_button.isHidden() for row in my_models.rows}
    assert buttons == {qwen_gguf.name: True, minilm_gguf.name: False}

    with ChatStore() as store:
        page = open_page(qtbot, workers, store, host)
        qtbot.waitUntil(lambda: bool(page.model_picker.choices()), timeout=60_000)
        assert [c.path.name for c in page.model_picker.choices()] == [qwen_gguf.name]


def test_another_computers_embedding_and_speech_models_are_not_listed_for_chat(
    qtbot: QtBot, workers: Workers, host: ModelHost, closing: ExitStack
) -> None:
    with FakeOpenAI(Script(models_body=json.dumps(LISTING).encode())) as server:
        providers = providers_for(server)
        assert [m.model_id for m in providers.remote_models()] == ["qwen-chat", "llama3:8b"]
        with ChatStore() as store:
            session = ChatSession(host, store, providers=providers, workers=workers)
            closing.callback(session.close)  # the remote queue it made for itself
            page = ChatPage(session, library_state(workers), workers, workers.messages)
            qtbot.addWidget(page)
            page.models.set_remote_models(providers.remote_models())
            assert [c.library_id for c in page.model_picker.choices()] == ["desk/qwen-chat", "desk/llama3:8b"]


def test_a_model_that_refuses_to_chat_fails_with_a_plain_sentence_and_no_file_path(
    qtbot: QtBot, workers: Workers, host: ModelHost, closing: ExitStack
) -> None:
    script = Script(models=["whisper-like"], chat_status=400, chat_body=SPEECH_REFUSAL)
    with FakeOpenAI(script) as server, ChatStore() as store:
        providers = providers_for(server)
        session = ChatSession(host, store, providers=providers, workers=workers)
        closing.callback(session.close)  # the remote queue it made for itself
        page = ChatPage(session, library_state(workers), workers, workers.messages)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        page.models.set_remote_models(providers.remote_models())
        with qtbot.waitSignal(page.model_loaded, timeout=30_000):
            page.models.on_model_picked(page.model_picker.findData(page.model_picker.choices()[0]))
        page.composer.text.setPlainText("hello")
        with qtbot.waitSignal(page.reply_finished, timeout=30_000):
            qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)
        failed = store.messages(page.conversation_id or 0)[-1]
        assert failed.state == "failed"
        assert "error 400" in failed.error
        assert "choose another model" in failed.error
        assert "/home/desk" not in failed.error
        assert "POST /v1/chat/completions whisper-like" in server.script.requests
