"""A tool call's card on its own: the question with what changed, the answer it gives, and a finished call's
result folded with the pictures the tool returned."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.mcp import McpTool, ToolImage
from app.tool_use import Answer, CallRequest, ToolCallRecord
from tests.mcp.hearth_test_server import PIXEL_PNG
from ui.chat.image_strip import ImageStrip
from ui.chat.tool_call_card import ToolCallCard

pytestmark = pytest.mark.gui

TOOL = McpTool("picture", "A caption and a tiny PNG", {"type": "object", "properties": {}}, read_only=True)


def test_the_question_shows_what_changed_and_gives_one_answer(qtbot: QtBot) -> None:
    card = ToolCallCard("test", "picture", {"size": 1})
    qtbot.addWidget(card)
    card.show()
    card.ask(CallRequest("test", "python server.py", TOOL, {"size": 1}, changed="-old\n+new"))
    assert card.questions.isVisible()
    assert "-old\n+new" in card.changed.text()
    with qtbot.waitSignal(card.answered) as answered:
        qtbot.mouseClick(card.server_button, Qt.MouseButton.LeftButton)
    assert answered.args == [Answer.ALWAYS_SERVER]
    assert not card.questions.isVisible()
    assert card.status.text() == "Running…"
    with qtbot.assertNotEmitted(card.answered):
        card.answer(Answer.DENY)  # answered already: a late Stop changes nothing


def test_a_finished_call_folds_its_result_and_shows_the_tools_pictures(qtbot: QtBot) -> None:
    record = ToolCallRecord(
        "test",
        "picture",
        {},
        approved=True,
        result="one pixel",
        seconds=1.5,
        images=(ToolImage("image/png", PIXEL_PNG),),
    )
    card = ToolCallCard.of_record(record)
    qtbot.addWidget(card)
    card.show()
    assert card.status.text() == "Done in 1.5 s"
    assert card.result_toggle.isVisible()
    assert not card.result_view.isVisible()  # folded
    card.result_toggle.click()
    assert card.result_view.isVisible()
    assert card.result_view.toPlainText() == "one pixel"
    assert len(card.findChildren(ImageStrip)) == 1
    assert ToolCallRecord.from_json(record.to_record()) == ToolCallRecord(
        "test", "picture", {}, True, "one pixel", None, 1.5
    )
