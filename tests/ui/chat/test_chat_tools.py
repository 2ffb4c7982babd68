"""A conversation whose model uses a tool, through the real Chat page: the real Qwen model, Hearth's test tool
server as a real stdio MCP server, and the person's answers given with the card's buttons. The model's call is made
certain by "Make the model call a tool first" (a grammar), so what is checked is what Hearth did with it: the
question shown with the arguments, Deny leaving no file, "Always for this tool" remembered, the calls kept with the
conversation and shown again when it is reopened."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.host import ModelHost
from app.models.library import Library
from app.store import ChatStore
from app.tool_use import DENIED
from tests.helpers.chat_page import load_model, open_page
from tests.locations import REPO_ROOT
from ui.chat.chat_page import ChatPage
from ui.chat.tool_call_card import ToolCallCard
from ui.state.tool_servers import ToolServersState
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model, pytest.mark.slow]

TEST_SERVER = str(REPO_ROOT / "tests" / "mcp" / "hearth_test_server.py")


@pytest.fixture
def notes_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    entry = {"command": sys.executable, "args": [TEST_SERVER, "--only", "write_file"], "cwd": str(folder)}
    (config / "mcp.json").write_text(json.dumps({"mcpServers": {"notes": entry}}))
    return folder


@pytest.fixture
def tool_servers(workers: Workers, notes_folder: Path) -> Iterator[ToolServersState]:
    servers = ToolServersState(paths.resolve().config, workers, workers.messages)
    yield servers
    servers.close()


def cards(page: ChatPage) -> list[ToolCallCard]:
    return page.transcript.views[-1][1].findChildren(ToolCallCard) if page.transcript.views else []


def send(page: ChatPage, qtbot: QtBot, text: str) -> None:
    page.composer.text.setPlainText(text)
    qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)


def asked(page: ChatPage) -> ToolCallCard | None:
    return next((card for card in cards(page) if card.questions.isVisible()), None)


def finish_answering(page: ChatPage, qtbot: QtBot, answer: str) -> None:
    """Until the reply ends, every question (the model may call again after a result) gets the same answer."""

    def ended() -> bool:
        if (card := asked(page)) is not None:
            qtbot.mouseClick(getattr(card, answer), Qt.MouseButton.LeftButton)
        return not page.session.busy

    qtbot.waitUntil(ended, timeout=300_000)


def test_a_tool_call_is_asked_about_denied_allowed_always_and_kept(
    qtbot: QtBot,
    workers: Workers,
    host: ModelHost,
    qwen_gguf: Path,
    notes_folder: Path,
    tool_servers: ToolServersState,
) -> None:
    Library(paths.resolve().ensure()).import_path(qwen_gguf)
    database = paths.resolve().data / "conversations.db"
    with ExitStack() as stack:
        store = ChatStore(database)
        stack.callback(store.close)
        page = open_page(qtbot, workers, store, host, tool_servers=tool_servers)
        stack.callback(page.session.close)
        load_model(page, qtbot)
        page.options.temperature.setValue(0.0)
        page.options.max_tokens.setValue(48)

        # the conversation's tools: the server on, and a call made certain
        button = page.tools_button
        assert button is not None
        button.fill()
        actions = {action.text(): action for action in button.menu_.actions()}
        actions["notes"].setChecked(True)
        actions["Make the model call a tool first"].setChecked(True)
        assert button.text() == "Tools (1)"

        # 1. the question shows the server, the tool and the arguments; Deny runs nothing
        send(page, qtbot, "Save a note that says hello in the file hello.txt.")
        qtbot.waitUntil(lambda: asked(page) is not None, timeout=300_000)  # a busy machine is slow
        card = asked(page)
        assert card is not None
        assert "write_file" in card.title.text()
        assert "notes" in card.title.text()
        assert json.loads(card.arguments_view.toPlainText()) == card.arguments
        assert card.deny_button.hasFocus() or not page.isActiveWindow()  # the safe answer first
        finish_answering(page, qtbot, "deny_button")
        assert list(notes_folder.iterdir()) == []
        kept = store.messages(page.conversation_id)[-1]  # type: ignore[arg-type]
        assert kept.tool_calls[0]["error"] == DENIED
        assert kept.tool_calls[0]["approved"] is False
        assert page.store.conversation(page.conversation_id).settings["tools"]["servers"] == ["notes"]  # type: ignore[arg-type]

        # 2. "Always for this tool": it runs now, and the next call of it is not asked about
        send(page, qtbot, "Save a note that says goodbye in the file bye.txt.")
        finish_answering(page, qtbot, "tool_button")
        ran = store.messages(page.conversation_id)[-1].tool_calls[0]  # type: ignore[arg-type]
        assert ran["approved"] is True
        assert ran["result"] is not None or ran["error"]  # the tool ran (a path it cannot write is its error)
        assert cards(page)[0].result_toggle.isVisible() == (ran["result"] is not None)

        questions: list[object] = []
        page.session.tools.approval_needed.connect(questions.append)
        send(page, qtbot, "Save a note that says again in the file again.txt.")
        finish_answering(page, qtbot, "deny_button")  # none should come
        again = store.messages(page.conversation_id)[-1].tool_calls[0]  # type: ignore[arg-type]
        assert again["approved"] is True
        assert questions == []  # remembered: nothing was asked
        conversation_id = page.conversation_id

    # reopened: the calls are shown again under their replies, their results folded
    with ExitStack() as stack:
        reopened = ChatStore(database)
        stack.callback(reopened.close)
        again_page = open_page(qtbot, workers, reopened, host, tool_servers=tool_servers)
        stack.callback(again_page.session.close)
        again_page.open_conversation(conversation_id)  # type: ignore[arg-type]
        shown = [card for _id, view in again_page.transcript.views for card in view.findChildren(ToolCallCard)]
        assert len(shown) >= 3
        assert shown[0].status.text() == DENIED
        assert not shown[-1].result_view.isVisible()  # folded until asked for
