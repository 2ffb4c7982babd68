"""The Compare page with the real Qwen and Gemma models: two panes, stop one, continue in the chat, a set, votes."""

from __future__ import annotations

import re
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
from app.store import ChatStore
from tests.helpers.chat_page import library_state
from ui.compare.compare_page import ComparePage
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model, pytest.mark.slow]


def open_page(qtbot: QtBot, workers: Workers, host: ModelHost, qwen: Path, gemma: Path) -> ComparePage:
    hearth_paths = paths.resolve().ensure()
    library = Library(hearth_paths)
    ids = [library.import_path(path).imported[0].id for path in (qwen, gemma)]
    state = library_state(workers)
    chats = ChatStore(hearth_paths.data / "conversations.db")
    page = ComparePage(host, state, CompareStore(), chats, workers, workers.messages)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(state.changed, timeout=30_000):
        state.set_profile(probe(hearth_paths.models))
    qtbot.waitUntil(lambda: all(state.rows) and all(r.verdict is not None for r in state.rows), timeout=30_000)
    page.compare_models(ids)
    for pane in page.visible_panes:
        pane.temperature.setValue(0.0)
        pane.max_tokens.setValue(16)
    return page


def test_two_panes_answer_stop_one_continue_in_chat_and_export(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path, gemma_gguf: Path, tmp_path: Path
) -> None:
    page = open_page(qtbot, workers, host, qwen_gguf, gemma_gguf)
    assert page.plan_note.text().startswith("These fit in memory together")
    qtbot.keyClicks(page.input, "Name a colour.")
    with qtbot.waitSignal(page.reply_finished, timeout=240_000):
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    first, second = page.visible_panes
    for pane in (first, second):
        assert "You: Name a colour." in pane.text.toPlainText()
        assert "tokens/s" in pane.stats.text()
        assert pane.continue_button.isEnabled()
    assert first.fastest.isVisible() != second.fastest.isVisible()  # exactly one is marked

    # stop the first pane as soon as it writes: the second still answers to its end
    first.max_tokens.setValue(64)
    page.send("Count from one to thirty in words.")
    qtbot.waitUntil(lambda: first.stats.text() == "writing…", timeout=120_000)
    with qtbot.waitSignal(page.reply_finished, timeout=240_000):
        qtbot.mouseClick(first.stop_button, Qt.MouseButton.LeftButton)
    turn = page.comparison.turn  # type: ignore[union-attr]
    assert turn is not None
    stopped, other = turn.replies
    assert stopped is not None
    assert stopped.stats.stop_reason is StopReason.CANCELLED
    assert "stopped" in first.stats.text()
    assert other is not None
    assert other.stats.stop_reason is not StopReason.CANCELLED
    assert other.text

    # continue with the second pane: its whole conversation becomes an ordinary chat
    with qtbot.waitSignal(page.continue_in_chat, timeout=5_000) as opened:
        qtbot.mouseClick(second.continue_button, Qt.MouseButton.LeftButton)
    conversation_id, library_id = opened.args
    assert library_id == second.choice().library_id  # type: ignore[union-attr]
    messages = page.chats.messages(conversation_id)
    assert [m.role for m in messages] == ["user", "assistant", "user", "assistant"]
    assert messages[3].content == other.text

    page.export(str(tmp_path / "comparison.md"))
    markdown = (tmp_path / "comparison.md").read_text(encoding="utf-8")
    assert "## Prompt 2" in markdown
    assert "tokens/s" in markdown


def test_run_a_set_then_vote_blind_and_the_leaderboard_counts_it(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path, gemma_gguf: Path
) -> None:
    page = open_page(qtbot, workers, host, qwen_gguf, gemma_gguf)
    for pane in page.visible_panes:
        pane.max_tokens.setValue(8)
    page.sets.new_set("Tiny", ["Name a colour.", "Name a fruit."])
    assert page.sets.prompt_texts() == ["Name a colour.", "Name a fruit."]
    with qtbot.waitSignal(page.set_finished, timeout=300_000):
        qtbot.mouseClick(page.sets.buttons["run"], Qt.MouseButton.LeftButton)
    assert page.sets.progress.value() == page.sets.progress.maximum() == 4
    assert page.sets.time_left.text() == "Done"  # not "about 1 s left" at 4 of 4
    assert page.sets.show_results.isVisibleTo(page.sets)
    page.tabs.setCurrentWidget(page.sets)
    qtbot.mouseClick(page.sets.show_results, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.leaderboard
    board = page.leaderboard
    assert board.prompt.count() == 2
    assert board.blind.isChecked()
    assert {board.labels[0].text(), board.labels[1].text()} == {"Reply A", "Reply B"}
    assert board.replies[0].toPlainText()
    assert board.replies[1].toPlainText()
    assert page.store.votes() == []  # replies shown, nothing voted
    winner, shown = board.order[0], list(board.order)
    qtbot.mouseClick(board.vote_buttons[0], Qt.MouseButton.LeftButton)
    assert board.labels[0].text() == f"A: {winner}"  # named once the vote is in
    [vote] = page.store.votes()
    assert (vote.winner, list(vote.shown), vote.blind) == (winner, shown, True)  # the order seen, kept
    cells = [[board.board.item(row, column).text() for column in range(5)] for row in range(2)]
    assert [row[0] for row in cells] == [winner, next(m for m in shown if m != winner)]
    assert [row[1] for row in cells] == ["1 (tied)", "1 (tied)"]  # one vote: their ranges overlap
    assert re.fullmatch(r"\d+ \(\d+–\d+\)", cells[0][2])
    assert [row[3] for row in cells] == ["1", "1"]
    assert cells[0][4] == "too early to tell"
    assert board.run_table.rowCount() == 2


def test_checks_run_a_suite_on_the_panes_models_and_show_the_three_tables(
    qtbot: QtBot, workers: Workers, host: ModelHost, qwen_gguf: Path, gemma_gguf: Path, tmp_path: Path
) -> None:
    """Two cases whose outcome Hearth fixes, not the models' words: 8 tokens are always at most 100 words, and no
    reply equals a made-up word. So each model passes exactly one case of two."""
    page = open_page(qtbot, workers, host, qwen_gguf, gemma_gguf)
    for pane in page.visible_panes:
        pane.max_tokens.setValue(8)
    suite = tmp_path / "fixed.jsonl"
    suite.write_text(
        '{"prompt": "Name a colour.", "checks": [{"type": "word-count-max", "value": 100}]}\n'
        '{"prompt": "Name a fruit.", "checks": [{"type": "equals", "value": "xyzzy-never"}]}\n',
        encoding="utf-8",
    )
    checks = page.checks
    checks.open_suite(suite)
    assert checks.chosen() is not None
    assert checks.suite_box.currentText() == "fixed"
    page.tabs.setCurrentWidget(checks)
    with qtbot.waitSignal(page.checks_finished, timeout=300_000):
        qtbot.mouseClick(checks.run_button, Qt.MouseButton.LeftButton)
    work = checks.tables["Real work"]
    assert work.rowCount() == 2
    assert {work.item(row, 1).text() for row in range(2)} == {"50 %"}
    assert {work.item(row, 2).text() for row in range(2)} == {"1 of 2"}
    assert checks.tables["Cases where the models disagree"].rowCount() == 0
    assert checks.tables["Reliability"].rowCount() == 2
    assert checks.tables["This computer"].rowCount() == 2
    assert checks.sentence.text()
    assert checks.run_button.isVisible()
