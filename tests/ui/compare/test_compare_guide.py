"""The guide's "Compare these": the suggestions installed here go to Compare; the others are offered for download."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models import guide
from tests.ui.models.test_discover import recorded_machine
from tests.ui.test_shell import make_window
from ui.chat.chat_page import ChatPage
from ui.compare.compare_page import ComparePage
from ui.models.discover_page import DiscoverPage
from ui.models.guide_dialog import GuideDialog
from ui.workers import Workers

pytestmark = pytest.mark.gui


def test_compare_these_sends_the_installed_suggestions_and_offers_the_rest(qtbot: QtBot, workers: Workers) -> None:
    discover = DiscoverPage(recorded_machine(workers))
    qtbot.addWidget(discover)
    with qtbot.waitSignal(discover.advice_ready, timeout=20_000):
        discover.machine.rescan()
    assert discover.profile is not None
    advised = [discover.advice[i] for i in discover.order]
    picks = [s.advice.spec for s in guide.suggest(advised, "chat", False)]
    assert len(picks) == 3
    installed = [picks[0].id, picks[1].id]
    dialog = GuideDialog(advised, discover.profile, discover, installed=installed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.goal_buttons["chat"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    notes = [label.text() for label in dialog.results.findChildren(type(discover.count))]
    assert f"Download {picks[2].name} to compare it too." in notes
    with qtbot.waitSignal(dialog.compare_requested) as asked:
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert asked.args == [installed]


def test_the_window_opens_compare_from_the_guide_and_a_continued_pane_on_the_chat_page(
    qtbot: QtBot, workers: Workers
) -> None:
    window = make_window(qtbot, workers)
    discover, compare, chat = window.pages.discover, window.pages.compare, window.pages.chat
    assert isinstance(discover, DiscoverPage)
    assert isinstance(compare, ComparePage)
    assert isinstance(chat, ChatPage)
    discover.compare_requested.emit(["qwen2.5-0.5b"])
    assert window.current_page() == "compare"
    conversation = compare.chats.create_conversation(model="somewhere:model.gguf")
    compare.chats.add_message(conversation.id, "user", "Name a colour.")
    compare.chats.add_message(conversation.id, "assistant", "Blue.")
    compare.continue_in_chat.emit(conversation.id, "somewhere:model.gguf")
    assert window.current_page() == "chat"
    assert chat.conversation_id == conversation.id
