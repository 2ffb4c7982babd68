"""The real Prompter: the one place Hearth calls Qt's static dialogs, so the one place a test stands in for them.
Everywhere else pages get tests/helpers/prompter.py's ScriptedPrompter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.shared.prompter import Prompter

pytestmark = pytest.mark.gui

Button = QMessageBox.StandardButton


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(("answer", "said"), [(Button.Yes, True), (Button.No, False), (Button.Escape, False)])
def test_only_yes_confirms_and_no_is_the_default(
    answer: QMessageBox.StandardButton, said: bool, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    assert Prompter().ask_yes_no(parent, "Delete chat", "Delete “Plans” and all its messages?") is said
    (_parent, title, text, buttons, default) = asked[0]
    assert (title, text, default) == ("Delete chat", "Delete “Plans” and all its messages?", Button.No)
    assert buttons == Button.Yes | Button.No


def test_a_chosen_file_or_folder_is_a_path_and_a_cancelled_dialog_is_none(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = [str(tmp_path / "a.gguf")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (chosen[0], ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: (chosen, ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (chosen[0], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: chosen[0])
    prompter = Prompter()
    assert prompter.open_file(parent, "Add model files") == tmp_path / "a.gguf"
    assert prompter.open_files(parent, "Add model files") == [tmp_path / "a.gguf"]
    assert prompter.save_file(parent, "Export chat", "Plans.md") == tmp_path / "a.gguf"
    assert prompter.choose_folder(parent, "Add every model in a folder") == tmp_path / "a.gguf"
    chosen[:] = [""]
    assert prompter.open_file(parent, "Add model files") is None
    assert prompter.save_file(parent, "Export chat") is None
    assert prompter.choose_folder(parent, "Add every model in a folder") is None
    chosen[:] = []
    assert prompter.open_files(parent, "Add model files") == []


def test_text_is_what_was_typed_and_none_when_cancelled(parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    answer: list[tuple[str, bool]] = [("Plans", True)]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: answer[0])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: answer[0])
    prompter = Prompter()
    assert prompter.ask_text(parent, "Rename chat", "Name", text="Old") == "Plans"
    assert prompter.ask_lines(parent, "Add a prompt", "Prompt") == "Plans"
    answer[0] = ("", False)
    assert prompter.ask_text(parent, "Rename chat", "Name") is None
    assert prompter.ask_lines(parent, "Add a prompt", "Prompt") is None
