"""A chat message on screen: code blocks that stream, fit their lines, and follow the light or dark palette; a
right-to-left reply reads right to left; the bubble has a name for screen readers, in the chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.engines.chat_types import ReplyStats
from ui import theme
from ui.chat.message_view import CodeBlock, MessageView
from ui.chat.prose_text import ProseText

pytestmark = pytest.mark.gui

CODE = "def is_prime(n):\n    if n < 2:\n        return False\n    return all(n % d for d in range(2, n))"


def _code_blocks(view: MessageView) -> list[CodeBlock]:
    return view.findChildren(CodeBlock)


def _prose(view: MessageView) -> list[ProseText]:
    return [text for text in view.findChildren(ProseText) if text is not view.thinking_text]


def test_streamed_code_grows_in_place_and_ends_as_the_full_reply(qtbot: QtBot) -> None:
    view = MessageView("assistant")
    qtbot.addWidget(view)
    reply = f"Here it is:\n```python\n{CODE}\n```\nDone."
    for end in range(20, len(reply), 7):
        view.set_content(reply[:end], final=True)
    view.set_content(reply, final=True)
    (block,) = _code_blocks(view)
    assert block.editor.toPlainText() == CODE
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == reply


def test_a_fence_that_arrives_in_pieces_gets_its_language_label_and_highlighting(qtbot: QtBot) -> None:
    view = MessageView("assistant")
    qtbot.addWidget(view)
    for part in ("Here:\n```", "Here:\n```py", f"Here:\n```python\n{CODE}", f"Here:\n```python\n{CODE}\n```"):
        view.set_content(part, final=True)
    (block,) = _code_blocks(view)
    assert block.language.text() == "python"
    assert block.editor.toPlainText() == CODE
    formats = block.editor.document().firstBlock().layout().formats()
    assert formats  # Pygments coloured the first line: the highlighter follows the language


def test_code_that_is_not_a_continuation_replaces_the_old_text(qtbot: QtBot) -> None:
    view = MessageView("assistant")
    qtbot.addWidget(view)
    view.set_content("```python\nprint('a')\n```")
    view.set_content("```python\nx = 1\n```")
    (block,) = _code_blocks(view)
    assert block.editor.toPlainText() == "x = 1"


def test_a_long_line_leaves_room_for_the_scroll_bar_below_the_last_line(qtbot: QtBot) -> None:
    view = MessageView("assistant")
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    view.set_content("```python\nshort = 1\n```")
    (block,) = _code_blocks(view)
    short_height = block.editor.height()
    view.set_content("```python\nshort = 1\n```\n\n```python\nlong = '" + "x" * 300 + "'\n```")
    long_block = _code_blocks(view)[1]
    bar = long_block.editor.horizontalScrollBar().sizeHint().height()
    assert long_block.editor.height() == short_height + bar


def test_code_colours_follow_the_palette(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = MessageView("assistant")
    qtbot.addWidget(view)
    view.set_content(f"```python\n{CODE}\n```")
    (block,) = _code_blocks(view)
    try:
        theme.set_dark(app, True)
        qtbot.waitUntil(lambda: block.highlighter.formatter.style.name == "github-dark")
        theme.set_dark(app, False)
        qtbot.waitUntil(lambda: block.highlighter.formatter.style.name == "friendly")
    finally:
        theme.set_dark(app, False)


@pytest.mark.parametrize("role", ["assistant", "user"])
def test_single_line_breaks_stay_line_breaks(qtbot: QtBot, role: str) -> None:
    view = MessageView(role)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    view.set_content("1\n2\n3\n\nA new paragraph\n- a list\n- of two")
    (prose,) = _prose(view)
    assert prose.toPlainText() == "1\n2\n3\nA new paragraph\na list\nof two"  # the marks are gone
    document = prose.document()
    lines = [document.findBlockByNumber(n) for n in range(3)]
    assert [line.text() for line in lines] == ["1", "2", "3"]  # each on a line of its own
    # line under line, without the space that parts paragraphs
    assert lines[0].blockFormat().bottomMargin() == lines[1].blockFormat().topMargin() == 0
    assert document.findBlockByNumber(3).blockFormat().topMargin() > 0


def test_a_word_longer_than_the_line_wraps_instead_of_widening_the_message(qtbot: QtBot) -> None:
    view = MessageView("assistant")
    qtbot.addWidget(view)
    view.set_content("See " + "x" * 400 + " and https://example.org/" + "a" * 300, thinking="y" * 400)
    view.thinking_toggle.setChecked(True)
    view.set_stats("195 tokens · 26.9 tokens/s · first token after 0.33 s · drafted from the prompt: 0 of 13 drafted")
    assert view.minimumSizeHint().width() < 400
    view.resize(400, 300)
    view.show()
    (prose,) = _prose(view)
    qtbot.waitUntil(lambda: prose.document().firstBlock().layout().lineCount() > 2)
    assert prose.width() <= view.width()
    assert view.thinking_text.isVisible()
    assert view.thinking_text.width() <= view.width()
    assert view.thinking_text.toPlainText() == "y" * 400
    assert view.stats.width() < view.width()


class _Marked(QTranslator):
    """A language where every sentence of the message views reads «like this»: a switch shows at once."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»" if context in ("MessageView", "Counts") else ""  # Counts: the token count

    def isEmpty(self) -> bool:
        return False


def test_an_arabic_reply_reads_right_to_left_and_the_bubble_is_named_in_the_chosen_language(qtbot: QtBot) -> None:
    view = MessageView("assistant", model="Qwen2.5 0.5B")
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    view.set_content("مرحبا! كيف يمكنني مساعدتك اليوم؟\n\nHearth runs on this computer.")
    view.set_stats(ReplyStats(generated_tokens=12, tokens_per_second=30.0))
    (prose,) = _prose(view)
    arabic, english = prose.document().firstBlock(), prose.document().lastBlock()
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    assert english.textDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: english.layout().lineCount() > 0)  # laid out
    width = prose.document().textWidth()
    start, _trailing = arabic.layout().lineAt(0).cursorToX(0)
    assert start == pytest.approx(width)  # the first letter stands at the right edge: the line is aligned right
    assert english.layout().lineAt(0).cursorToX(0)[0] == 0
    assert view.accessibleName() == "Reply from Qwen2.5 0.5B"
    assert view.accessibleDescription() == view.stats.text()
    assert MessageView("user").accessibleName() == "Your message"

    marked = _Marked()
    app = QApplication.instance()
    app.installTranslator(marked)
    try:
        view.retranslate()
        assert view.accessibleName() == "«Reply from {model}»".replace("{model}", "Qwen2.5 0.5B")
        assert view.copy_button.text() == "«Copy»"
        assert view.stats.text().startswith("«%n tokens»".replace("%n", "12"))
    finally:
        app.removeTranslator(marked)
    view.retranslate()
    assert view.copy_button.text() == "Copy"
