"""Where the person writes: editing a sent message can be left again, with Esc or "Cancel editing"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.chat.chat_composer import ChatComposer
from ui.workers import Workers

pytestmark = pytest.mark.gui


def _composer(qtbot: QtBot, workers: Workers) -> ChatComposer:
    composer = ChatComposer(workers)
    qtbot.addWidget(composer)
    composer.show()
    return composer


def test_escape_while_editing_puts_back_what_was_being_written(qtbot: QtBot, workers: Workers) -> None:
    composer = _composer(qtbot, workers)
    qtbot.keyClicks(composer.text, "a new question half written")
    composer.begin_edit("The message sent earlier")
    assert composer.message() == "The message sent earlier"
    assert composer.cancel_edit_button.isVisible()
    with qtbot.waitSignal(composer.edit_cancelled), qtbot.assertNotEmitted(composer.stop_requested):
        qtbot.keyClick(composer.text, Qt.Key.Key_Escape)
    assert composer.message() == "a new question half written"
    assert not composer.editing
    assert not composer.cancel_edit_button.isVisible()


def test_cancel_editing_is_a_button_with_a_name_and_empties_an_empty_composer(qtbot: QtBot, workers: Workers) -> None:
    composer = _composer(qtbot, workers)
    assert not composer.cancel_edit_button.isVisible()
    composer.begin_edit("First")
    composer.begin_edit("Second")  # another message chosen while editing: the draft is still the one before
    assert composer.cancel_edit_button.accessibleName() == "Cancel editing"
    with qtbot.waitSignal(composer.edit_cancelled):
        qtbot.mouseClick(composer.cancel_edit_button, Qt.MouseButton.LeftButton)
    assert composer.message() == ""


def test_escape_when_not_editing_still_stops_the_reply(qtbot: QtBot, workers: Workers) -> None:
    composer = _composer(qtbot, workers)
    with qtbot.waitSignal(composer.stop_requested), qtbot.assertNotEmitted(composer.edit_cancelled):
        qtbot.keyClick(composer.text, Qt.Key.Key_Escape)


def test_sending_the_edit_ends_it(qtbot: QtBot, workers: Workers) -> None:
    composer = _composer(qtbot, workers)
    composer.begin_edit("Edited")
    composer.clear()
    assert not composer.editing
    assert not composer.cancel_edit_button.isVisible()
    with qtbot.waitSignal(composer.stop_requested):
        qtbot.keyClick(composer.text, Qt.Key.Key_Escape)


def test_tab_leaves_the_message_and_enter_or_ctrl_enter_sends_it(qtbot: QtBot, workers: Workers) -> None:
    composer = _composer(qtbot, workers)
    composer.text.setFocus()
    qtbot.waitUntil(composer.text.hasFocus)
    qtbot.keyClicks(composer.text, "Hello")
    for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        with qtbot.waitSignal(composer.send_requested):
            qtbot.keyClick(composer.text, Qt.Key.Key_Return, modifier)
    qtbot.keyClick(composer.text, Qt.Key.Key_Tab)
    assert composer.message() == "Hello"  # no tab was typed
    assert not composer.text.hasFocus()  # the keyboard went on to the buttons: no trap
    assert composer.text.accessibleName() == "Message"
    assert composer.send_button.accessibleName()
    assert composer.attach_button.accessibleName()
