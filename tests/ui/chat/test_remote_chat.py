"""The Chat page with a model on another computer: llama-cpp-python's own server on 127.0.0.1 stands for it.

The remote model is listed under the computer's name, chosen like a local one, marked "leaves this computer →
host" in the header while it is the chat's model; a reply streams into the transcript and the store, Stop keeps
what arrived, a server killed mid-reply leaves a failed reply with its text and a sentence, and Offline mode
takes the other computers' models out of the picker."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import messages, paths
from app.host import ModelHost
from app.providers import ProviderKeys, Providers
from app.store import ChatStore
from tests.helpers.chat_page import library_state
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.llama_server import LlamaServer
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model, pytest.mark.slow]


@pytest.fixture
def server(qwen_gguf: Path) -> Iterator[LlamaServer]:
    with LlamaServer(qwen_gguf) as running:
        yield running


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
    return page


def pick_remote(page: ChatPage, qtbot: QtBot) -> None:
    picker = page.model_picker
    index = next(i for i in range(picker.count()) if (c := picker.choice_at(i)) is not None and c.remote)
    with qtbot.waitSignal(page.model_loaded, timeout=30_000):
        page.models.on_model_picked(index)


def send(page: ChatPage, qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(page.composer.text, text)
    qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)


def test_a_remote_model_chats_with_its_mark_stops_and_survives_its_server_going_away(
    qtbot: QtBot, workers: Workers, host: ModelHost, server: LlamaServer, closing: ExitStack
) -> None:
    providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
    providers.add("desk", server.url)
    told: list[messages.Message] = []
    workers.messages.subscribe(told.append)
    with ChatStore(paths.resolve().data / "conversations.db") as store:
        page = remote_page(qtbot, workers, host, store, providers, closing)
        picker = page.model_picker
        headings = [
            picker.itemText(i) for i in range(picker.count()) if picker.choice_at(i) is None and picker.itemText(i)
        ]
        where = server.url.removeprefix("http://")
        assert headings == [f"On desk ({where}) · leaves this computer"]
        assert not page.header.remote_mark.isVisible()
        pick_remote(page, qtbot)
        assert page.header.remote_mark.isVisible()
        assert page.header.remote_mark.text() == f"leaves this computer → {where}"
        page.options.temperature.setValue(0.0)

        # a reply streams into the transcript and the store
        page.options.max_tokens.setValue(24)
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            send(page, qtbot, "Name three colours.")
        stored = store.messages(page.conversation_id)[-1]  # type: ignore[arg-type]
        assert (stored.role, stored.state) == ("assistant", "complete")
        assert stored.content.strip()
        assert stored.model.startswith("desk/")
        assert "tokens/s" in page.transcript.views[-1][1].stats.text()
        assert page.header.remote_mark.isVisible()  # still the chat's model after the reply

        # Stop keeps what arrived
        page.options.max_tokens.setValue(200)
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            send(page, qtbot, "Count from one to one hundred in words.")
            qtbot.waitUntil(lambda: len(page.session.reply.text if page.session.reply else "") > 10, timeout=60_000)
            qtbot.mouseClick(page.composer.stop_button, Qt.MouseButton.LeftButton)
        stopped = store.messages(page.conversation_id)[-1]  # type: ignore[arg-type]
        assert stopped.state == "stopped"
        assert stopped.content

        # the other computer goes away mid-reply: the text that came is kept, with what happened
        with qtbot.waitSignal(page.reply_finished, timeout=120_000):
            send(page, qtbot, "Count from one to one hundred in words, again.")
            qtbot.waitUntil(lambda: len(page.session.reply.text if page.session.reply else "") > 10, timeout=60_000)
            server.kill()
        failed = store.messages(page.conversation_id)[-1]  # type: ignore[arg-type]
        assert failed.state == "failed"
        assert len(failed.content) > 10
        assert "lost in the middle of the reply; what arrived is kept" in failed.error
        assert any(isinstance(m, messages.Error) and m.text == failed.error for m in told)

        # Offline mode: the other computers' models leave the picker
        page.models.set_remote_models(Providers(paths.resolve().config, lambda: True).remote_models())
        assert not any(c.remote for c in picker.choices())
