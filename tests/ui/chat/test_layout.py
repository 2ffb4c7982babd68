"""The chat as it is laid out in the real window: a conversation never grows wider than the window, whatever its
messages hold (a long numbers line, a word with no space to break at, a long code line), and opening one shows its
latest message."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.engines.chat_types import ReplyStats, StopReason
from app.store import ChatStore
from tests.helpers.app_window import running_window
from ui.chat.chat_page import ChatPage
from ui.chat.chat_transcript import ChatTranscript
from ui.chat.message_view import stats_line
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

STOPPED_DRAFTING = ReplyStats(
    generated_tokens=195,
    tokens_per_second=26.9,
    ttft_s=0.33,
    drafted_tokens=13,
    accepted_tokens=0,
    speedup=0.97,
    stop_reason=StopReason.CANCELLED,
)
LONG_WORD = "Supercalifragilistic" * 12  # 240 letters, nowhere to break
LONG_URL = "https://example.org/" + "/".join(f"segment{n}" for n in range(30))
LONG_CODE = "```python\nvalue = '" + "x" * 300 + "'\n```"


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    with running_window(qtbot) as (_services, main_window):
        main_window.show_page("chat")
        yield main_window


def _page(window: MainWindow) -> ChatPage:
    page = window.pages.chat
    assert isinstance(page, ChatPage)
    return page


def _store_wide_conversation(store: ChatStore) -> int:
    conversation = store.create_conversation()
    store.add_message(conversation.id, "user", f"What does {LONG_WORD} mean?")
    writer = store.start_reply(conversation.id, "m")
    writer.append(text=f"It is a long word.\n\nSee {LONG_URL}\n\n{LONG_CODE}\n\nThat is all.")
    writer.finish(STOPPED_DRAFTING, state="stopped")
    store.add_message(conversation.id, "user", "Thanks!")
    return conversation.id


def _inside(child: QWidget, ancestor: QWidget) -> bool:
    """The child's whole rectangle lies within the ancestor's."""
    top_left = child.mapTo(ancestor, QPoint(0, 0))
    return (
        top_left.x() >= 0
        and top_left.x() + child.width() <= ancestor.width()
        and top_left.y() >= 0
        and top_left.y() + child.height() <= ancestor.height()
    )


def _overflows(transcript: ChatTranscript) -> list[str]:
    """What sticks out of the transcript's viewport (nothing, when the chat fits)."""
    viewport = transcript.scroll.viewport()
    found = []
    if transcript.scroll.widget().width() > viewport.width():
        found.append(f"messages {transcript.scroll.widget().width()} px wide in a {viewport.width()} px view")
    for index, (_id, view) in enumerate(transcript.views):
        if view.minimumSizeHint().width() > viewport.width():
            found.append(f"message {index} needs {view.minimumSizeHint().width()} px of {viewport.width()}")
        if not _inside(view, viewport) and view.height() <= viewport.height():
            x = view.mapTo(viewport, QPoint(0, 0)).x()
            if x < 0 or x + view.width() > viewport.width():
                found.append(f"message {index} spans x {x}..{x + view.width()} of {viewport.width()}")
        for button in (view.copy_button, view.action_button):
            if not button.isVisible() or not _inside(button, view):
                found.append(f"message {index}: {button.text()} out of sight")
    return found


def _fits(qtbot: QtBot, transcript: ChatTranscript) -> None:
    def check() -> None:
        assert _overflows(transcript) == []

    qtbot.waitUntil(check)


@pytest.mark.parametrize("width", [1100, 1000])
def test_a_long_numbers_line_and_long_words_never_make_the_chat_wider_than_the_window(
    qtbot: QtBot, window: MainWindow, width: int
) -> None:
    page = _page(window)
    assert "drafted from the prompt" in stats_line(STOPPED_DRAFTING)
    conversation_id = _store_wide_conversation(page.store)
    window.resize(width, 720)
    page.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: all(view.isVisible() for _id, view in page.transcript.views))
    _fits(qtbot, page.transcript)
    reply = page.transcript.views[1][1]
    assert "stopped" in reply.stats.text()
    # the numbers line is read whole: wrapped within the message, or elided with all of it in its tooltip
    assert reply.stats.width() <= reply.width()
    assert _inside(reply.stats, reply)


def test_opening_a_long_conversation_shows_its_latest_message(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    store = page.store
    older = store.create_conversation()
    store.add_message(older.id, "user", "Hello")
    conversation = store.create_conversation()
    for turn in range(30):
        store.add_message(conversation.id, "user", f"Question {turn}\nwith a second line")
        writer = store.start_reply(conversation.id, "m")
        writer.append(text=f"Answer {turn}\n\n```python\nprint({turn})\n```\n\nMore words after the code.")
        writer.finish({"generated_tokens": 9})
    window.resize(1100, 720)
    page.open_conversation(older.id)
    page.open_conversation(conversation.id)
    bar = page.transcript.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    last = page.transcript.views[-1][1]
    viewport = page.transcript.scroll.viewport()
    qtbot.waitUntil(lambda: last.mapTo(viewport, QPoint(0, last.height())).y() <= viewport.height())


def test_escape_leaves_editing_a_message_and_the_next_send_replaces_nothing(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    conversation = page.store.create_conversation()
    page.store.add_message(conversation.id, "user", "The first question")
    page.open_conversation(conversation.id)
    qtbot.keyClicks(page.composer.text, "Draft")
    qtbot.mouseClick(page.transcript.views[0][1].action_button, Qt.MouseButton.LeftButton)
    assert page.editing == page.transcript.views[0][0]
    assert page.composer.message() == "The first question"
    assert page.composer.cancel_edit_button.isVisible()
    qtbot.keyClick(page.composer.text, Qt.Key.Key_Escape)
    assert page.editing is None
    assert page.composer.message() == "Draft"
    assert not page.composer.cancel_edit_button.isVisible()
    assert not page.transcript.notice.isVisible()


def test_an_edit_is_left_with_its_conversation(qtbot: QtBot, window: MainWindow) -> None:
    """Editing a message, then opening another conversation or a new chat: the next Send replaces nothing there."""
    page = _page(window)
    first = page.store.create_conversation()
    page.store.add_message(first.id, "user", "The first question")
    other = page.store.create_conversation()
    page.open_conversation(first.id)
    for leave in (lambda: page.open_conversation(other.id), page.new_conversation):
        page.open_conversation(first.id)
        qtbot.mouseClick(page.transcript.views[0][1].action_button, Qt.MouseButton.LeftButton)
        assert page.editing is not None
        leave()
        assert page.editing is None
        assert not page.composer.cancel_edit_button.isVisible()
