"""The prompt-set run's progress line: time left while it runs, "Done" at the end (never "about 1 s left" at
12 of 12), and a way to the results, which are on the Leaderboard tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.compare.runner import SetProgress
from app.compare.store import CompareStore
from app.messages import MessageBridge
from ui.compare.prompt_sets_panel import PromptSetsPanel

pytestmark = pytest.mark.gui


def test_the_end_of_a_run_says_done_and_offers_the_results(qtbot: QtBot, tmp_path: Path) -> None:
    with CompareStore(tmp_path / "c.db") as store:
        panel = PromptSetsPanel(store, MessageBridge())
        qtbot.addWidget(panel)
        panel.set_running(True)
        assert not panel.show_results.isVisibleTo(panel)
        panel.show_progress(SetProgress(1, 5, 12, 3.2, "a", "p"))
        assert panel.time_left.text() == "about 3 s left"
        panel.show_progress(SetProgress(1, 12, 12, 0.4, "a", "p"))
        assert panel.time_left.text() == "Done"
        panel.set_running(False)
        panel.show_finished()
        assert panel.time_left.text() == "Done"
        assert panel.show_results.isVisibleTo(panel)
        assert panel.show_results.accessibleName()
        with qtbot.waitSignal(panel.results_requested):
            panel.show_results.click()

        panel.set_running(True)  # a second run, stopped part way
        assert not panel.show_results.isVisibleTo(panel)
        panel.show_progress(SetProgress(2, 5, 12, 3.0, "a", "p"))
        panel.set_running(False)
        panel.show_finished()
        assert panel.time_left.text() == "Stopped at 5 of 12"
        assert panel.show_results.isVisibleTo(panel)
