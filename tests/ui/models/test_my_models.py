"""My Models read by keyboard and by a screen reader: each model a Tab stop named by what it is, its buttons in the
order they are read, and the whole list following a language switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.models.library import Library
from tests.helpers.chat_page import library_state
from tests.helpers.pseudo_language import bracketed
from ui.models.my_models_page import MyModelsPage
from ui.workers import Workers

pytestmark = pytest.mark.gui


def test_each_model_is_a_named_tab_stop_and_the_list_follows_a_language_switch(
    qtbot: QtBot, workers: Workers, qwen_gguf: Path
) -> None:
    Library(paths.resolve().ensure()).import_path(qwen_gguf)
    state = library_state(workers)
    page = MyModelsPage(state, workers, workers.messages)
    qtbot.addWidget(page)
    with qtbot.waitSignal(state.changed, timeout=60_000):
        state.refresh()
    (row,) = page.rows
    assert row.accessibleName().startswith(f"{row.model.name}, {row.size_badge.text()}")
    assert row.accessibleDescription()  # the verdict's reason, or what the file is
    assert row.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert row.chat_button.accessibleName() == f"Chat with {row.model.name}"
    assert row.chat_button.accessibleDescription() == row.accessibleName()
    chain = [row, row.remove_button, row.reveal_button, row.pair_button, row.chat_button]  # as they read
    assert [row.nextInFocusChain() for row in chain[:-1]] == chain[1:]
    with bracketed(page):
        assert page.title.text() == "[My Models]"
        assert page.status.text() == "[1 models on this computer.]"
        assert row.chat_button.text() == "[Chat]"
        assert row.source_badge.text() == "[Added by you]"
        assert "tokens of context]" in row.facts.text()  # the file's facts, each in the chosen language
    assert row.remove_button.text() == "Hide"
