"""The open conversation has one source of truth, the chat session: the conversation list's highlight follows it,
the transcript shows it and the next message is written to it — after a restart, after clicks and with the
keyboard. Focus arriving in the list by Tab selects and opens nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.host import ModelHost
from app.store import ChatStore
from tests.helpers.chat_page import open_page
from ui.chat.chat_page import ChatPage
from ui.workers import Workers

pytestmark = pytest.mark.gui

TOPICS = ("apples", "bread", "cheese", "dates")


def highlighted(page: ChatPage) -> list[int]:
    return [int(item.data(Qt.ItemDataRole.UserRole)) for item in page.conversations.list.selectedItems()]


def shown_text(page: ChatPage) -> str:
    return page.transcript.views[0][1].text


def click_row(page: ChatPage, qtbot: QtBot, row: int) -> int:
    conversations = page.conversations.list
    item = conversations.item(row)
    where = conversations.visualItemRect(item).center()
    qtbot.mouseClick(conversations.viewport(), Qt.MouseButton.LeftButton, pos=where)
    return int(item.data(Qt.ItemDataRole.UserRole))


def assert_one_open(page: ChatPage, conversation_id: int) -> None:
    """Highlighted, shown, and the one the session writes to: the same conversation."""
    assert page.conversation_id == conversation_id
    assert highlighted(page) == [conversation_id]
    assert page.conversations.list.currentItem().data(Qt.ItemDataRole.UserRole) == conversation_id
    assert shown_text(page) == page.store.messages(conversation_id)[0].content


@pytest.fixture
def database() -> Path:
    path = paths.resolve().ensure().data / "conversations.db"
    with ChatStore(path) as store:
        for topic in TOPICS:
            conversation = store.create_conversation()
            store.add_message(conversation.id, "user", f"Tell me about {topic}")
    return path


def test_after_a_restart_the_clicked_conversation_is_highlighted_shown_and_written_to(
    qtbot: QtBot, workers: Workers, host: ModelHost, database: Path
) -> None:
    with ChatStore(database) as store:  # a restart: a new store and a new page on the same database
        page = open_page(qtbot, workers, store, host)
        qtbot.waitExposed(page)
        assert page.conversations.count() == len(TOPICS)
        assert page.conversation_id is None
        assert highlighted(page) == []

        clicked = click_row(page, qtbot, 1)
        assert_one_open(page, clicked)
        clicked = click_row(page, qtbot, 3)
        assert_one_open(page, clicked)

        # the next message goes to the conversation shown, and the list keeps it highlighted as it moves to the top
        written_to = page.session.write("And what goes with it?", (), system_prompt="")
        assert written_to == clicked
        page.open_conversation(written_to)
        page.conversations.refresh()
        assert_one_open(page, clicked)
        assert page.conversations.list.currentRow() == 0  # the most recently active first

        # a new chat: nothing highlighted, nothing written to until its first message
        page.new_conversation()
        assert page.conversation_id is None
        assert highlighted(page) == []


def test_the_keyboard_moves_the_open_conversation_and_tab_focus_opens_nothing(
    qtbot: QtBot, workers: Workers, host: ModelHost, database: Path
) -> None:
    with ChatStore(database) as store:
        page = open_page(qtbot, workers, store, host)
        qtbot.waitExposed(page)
        conversations = page.conversations.list

        # focus arriving by Tab (Qt then makes the first row current): no conversation is opened or highlighted
        QApplication.sendEvent(conversations, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
        assert page.conversation_id is None
        assert highlighted(page) == []
        assert page.transcript.views == []

        first = click_row(page, qtbot, 0)
        assert_one_open(page, first)
        qtbot.keyClick(conversations, Qt.Key.Key_Down)
        second = int(conversations.item(1).data(Qt.ItemDataRole.UserRole))
        assert_one_open(page, second)
        qtbot.keyClick(conversations, Qt.Key.Key_End)
        last = int(conversations.item(len(TOPICS) - 1).data(Qt.ItemDataRole.UserRole))
        assert_one_open(page, last)


def test_while_a_reply_is_written_a_click_leaves_the_open_conversation_highlighted(
    qtbot: QtBot, workers: Workers, host: ModelHost, database: Path
) -> None:
    with ChatStore(database) as store:
        page = open_page(qtbot, workers, store, host)
        qtbot.waitExposed(page)
        first = click_row(page, qtbot, 0)
        page.conversations.locked = True  # what the page sets while a reply is being written
        click_row(page, qtbot, 2)
        assert_one_open(page, first)
