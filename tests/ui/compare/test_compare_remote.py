"""The Compare page with a model on another computer beside one of this computer's: llama-cpp-python's own server
with the Qwen test model on 127.0.0.1 stands for the other computer, the same model loads here.

The remote model is listed in every pane under the computer's name; its pane carries "leaves this computer →
host"; both panes answer; Stop on the remote pane closes its stream while the local pane answers; the server
killed mid-reply leaves the pane with what arrived and the sentence saying what happened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.compare.store import CompareStore
from app.engines.chat_types import StopReason
from app.hardware import probe
from app.host import ModelHost
from app.models.library import Library
from app.providers import ProviderKeys, Providers
from app.store import ChatStore
from tests.helpers.chat_page import library_state
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.llama_server import LlamaServer
from ui.compare.compare_page import ComparePage
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model, pytest.mark.slow]


@pytest.fixture
def server(qwen_gguf: Path) -> Iterator[LlamaServer]:
    with LlamaServer(qwen_gguf) as running:
        yield running


def open_page(qtbot: QtBot, workers: Workers, host: ModelHost, qwen: Path, providers: Providers) -> ComparePage:
    hearth_paths = paths.resolve().ensure()
    local_id = Library(hearth_paths).import_path(qwen).imported[0].id
    state = library_state(workers)
    chats = ChatStore(hearth_paths.data / "conversations.db")
    page = ComparePage(host, state, CompareStore(), chats, workers, workers.messages, providers=providers)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.set_remote_models(providers.remote_models())
    with qtbot.waitSignal(state.changed, timeout=30_000):
        state.set_profile(probe(hearth_paths.models))
    qtbot.waitUntil(lambda: all(state.rows) and all(r.verdict is not None for r in state.rows), timeout=30_000)
    first, second = page.visible_panes
    remote = next(c for c in first.picker.choices() if c.remote)
    assert first.picker.select(remote.library_id) is not None
    assert second.picker.select(local_id) is not None
    for pane in page.visible_panes:
        pane.temperature.setValue(0.0)
        pane.max_tokens.setValue(12)
    return page


def test_a_remote_pane_is_marked_answers_stops_and_keeps_what_arrived_when_its_server_goes(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path, server: LlamaServer
) -> None:
    providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
    providers.add("desk", server.url)
    page = open_page(qtbot, workers, host, qwen_gguf, providers)
    remote, local = page.visible_panes
    where = server.url.removeprefix("http://")
    headings = [
        remote.picker.itemText(i)
        for i in range(remote.picker.count())
        if remote.picker.choice_at(i) is None and remote.picker.itemText(i)
    ]
    assert headings == [f"On desk ({where}) · leaves this computer"]
    assert remote.remote_mark.isVisible()
    assert remote.remote_mark.text() == f"leaves this computer → {where}"
    assert not local.remote_mark.isVisible()
    assert page.send_button.isEnabled()

    # both panes answer; the remote one's numbers say where it ran instead of this computer's memory
    qtbot.keyClicks(page.input, "Name a colour.")
    with qtbot.waitSignal(page.reply_finished, timeout=300_000):
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    for pane in (local, remote):
        assert "You: Name a colour." in pane.text.toPlainText()
        assert "tokens/s" in pane.stats.text()
    assert remote.stats.text().endswith("· on desk")
    assert not local.stats.text().endswith("· on desk")

    # Stop on the remote pane: its stream closes, and the local pane, whose turn comes next, answers to its end
    remote.max_tokens.setValue(200)
    local.max_tokens.setValue(16)
    page.send("Count from one to one hundred in words.")
    written = len(remote.text.toPlainText())
    qtbot.waitUntil(lambda: len(remote.text.toPlainText()) > written + 10, timeout=120_000)
    with qtbot.waitSignal(page.reply_finished, timeout=300_000):
        qtbot.mouseClick(remote.stop_button, Qt.MouseButton.LeftButton)
    turn = page.comparison.turn  # type: ignore[union-attr]
    assert turn is not None
    stopped, answered = turn.replies
    assert stopped is not None
    assert answered is not None
    assert stopped.stats.stop_reason is StopReason.CANCELLED
    assert stopped.stats.generated_tokens < 200
    assert "stopped" in remote.stats.text()
    assert answered.stats.stop_reason is not StopReason.CANCELLED
    assert answered.text.strip()

    # the other computer goes away mid-reply: the pane keeps what came and says what happened
    page.send("Count from one to one hundred in words, again.")
    written = len(remote.text.toPlainText())
    qtbot.waitUntil(lambda: len(remote.text.toPlainText()) > written + 10, timeout=120_000)
    with qtbot.waitSignal(page.reply_finished, timeout=300_000):
        server.kill()
    turn = page.comparison.turn  # type: ignore[union-attr]
    assert turn is not None
    failed = turn.replies[0]
    assert failed is not None
    assert len(failed.text) > 10
    assert failed.text in remote.text.toPlainText()
    assert "lost in the middle of the reply; what arrived is kept" in remote.stats.text()
    assert not remote.continue_button.isEnabled()

    # Offline mode: the other computers' models leave the pickers, and the mark goes with the choice
    page.set_remote_models(Providers(paths.resolve().config, lambda: True).remote_models())
    assert not any(c.remote for c in remote.picker.choices())
    assert not remote.remote_mark.isVisible()
    assert not page.send_button.isEnabled()
    page.shutdown()  # ends the page's remote thread
