"""Asking before what cannot be undone: No is the default, and only Yes says yes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.shared.confirm import confirm

pytestmark = pytest.mark.gui

Button = QMessageBox.StandardButton


@pytest.mark.parametrize(("answer", "said"), [(Button.Yes, True), (Button.No, False), (Button.Escape, False)])
def test_only_yes_confirms_and_no_is_the_default(
    answer: QMessageBox.StandardButton, said: bool, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert confirm(parent, "Delete chat", "Delete “Plans” and all its messages?") is said
    (_parent, title, text, buttons, default) = asked[0]
    assert (title, text, default) == ("Delete chat", "Delete “Plans” and all its messages?", Button.No)
    assert buttons == Button.Yes | Button.No
