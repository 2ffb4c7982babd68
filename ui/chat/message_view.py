"""One chat message on screen: Markdown prose (ui/chat/prose_text.py), code blocks with highlighting and a Copy
button each, the model's thinking folded away, and a line of statistics under a reply, all wrapped to the width of
the chat (a code block scrolls sideways inside itself).

While a reply streams, the Markdown is rebuilt at most a few times a second (the text arrives coalesced already);
the final render happens when the reply ends, so a long answer never makes typing stutter.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import CodeSyntaxHighlight

from app.markdown_blocks import Block, split_blocks
from ui.chat.prose_text import ProseText

RENDER_INTERVAL_S = 0.2
# the model's thinking, set apart (as QLabel#ThinkingText in resources/styles/hearth.qss was, for a label)
THINKING_STYLE = "color: palette(placeholder-text); border-left: 3px solid palette(mid); padding-left: 8px;"


class CodeBlock(QFrame):
    def __init__(self, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CodeBlock")
        self._language = block.language
        self.language = QLabel(block.language or "code")
        self.language.setObjectName("Muted")
        self.copy_button = QPushButton("Copy")
        self.copy_button.setObjectName("SmallButton")
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.highlighter = CodeSyntaxHighlight(
            self.editor.document(), _lexer_name(block.language), _code_style(self.palette())
        )
        header = QHBoxLayout()
        header.addWidget(self.language)
        header.addStretch(1)
        header.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.editor)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.set_code(block.content)

    def set_language(self, language: str) -> None:
        """A streamed fence can arrive in pieces ("```" before "python"): the block was made before its language
        was known, so the label and the highlighting follow it when it comes."""
        if language == self._language:
            return
        self._language = language
        self.language.setText(language or "code")
        self.highlighter.setLanguage(_lexer_name(language))
        self.highlighter.rehighlight()

    def set_code(self, code: str) -> None:
        """While a reply streams the code only grows: appending re-highlights just the lines that changed,
        where replacing the text would run Pygments (Python, holding the GIL the generating thread needs) over
        every line again."""
        shown = self.editor.toPlainText()
        if code.startswith(shown) and shown:
            if len(code) > len(shown):
                cursor = self.editor.textCursor()
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertText(code[len(shown) :])
        elif shown != code:
            self.editor.setPlainText(code)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the OS switched between light and dark
            self.highlighter.setTheme(_code_style(self.palette()))

    def _fit_height(self) -> None:
        """Tall enough for every line (up to 40), plus the horizontal scroll bar when a line is wider than the
        view, so the bar never covers the last line."""
        code = self.editor.toPlainText()
        metrics = self.editor.fontMetrics()
        lines = code.split("\n")
        height = min(len(lines), 40) * metrics.lineSpacing() + 14
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        if widest > self.editor.viewport().width() - 8:
            height += self.editor.horizontalScrollBar().sizeHint().height()
        self.editor.setFixedHeight(height)

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.copy_button.setText("Copied")


def _code_style(palette: QPalette) -> str:
    """A Pygments style whose colours read on this palette's background."""
    return "github-dark" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "friendly"


def _lexer_name(language: str) -> str:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        get_lexer_by_name(language or "text")
    except ClassNotFound:
        return "text"
    return language or "text"


class MessageView(QFrame):
    regenerate_requested = Signal()
    edit_requested = Signal()

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName("UserMessage" if role == "user" else "AssistantMessage")
        self.text = ""
        self.thinking = ""
        self._rendered_at = 0.0
        self._block_widgets: list[QWidget] = []
        who = QLabel("You" if role == "user" else "Assistant")
        who.setObjectName("MessageAuthor")
        self.thinking_toggle = QToolButton()
        self.thinking_toggle.setText("Thinking")
        self.thinking_toggle.setCheckable(True)
        self.thinking_toggle.setObjectName("ThinkingToggle")
        self.thinking_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.thinking_toggle.hide()
        self.thinking_text = ProseText(name="ThinkingText", style=THINKING_STYLE)
        self.thinking_text.hide()
        self.calls = QVBoxLayout()  # the reply's tool calls (ui/chat/tool_call_card.py), above its words
        self.calls.setSpacing(6)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.stats = QLabel()
        self.stats.setObjectName("Muted")
        self.stats.setWordWrap(True)  # with drafting and "stopped" it is longer than a narrow chat is wide
        self.stats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats.hide()
        self.copy_button = QPushButton("Copy")
        self.copy_button.setObjectName("SmallButton")
        self.action_button = QPushButton("Regenerate" if role == "assistant" else "Edit")
        self.action_button.setObjectName("SmallButton")
        actions = QHBoxLayout()
        actions.addWidget(self.stats, 1)
        actions.addStretch(0)  # the buttons keep right when there are no numbers
        actions.addWidget(self.action_button)
        actions.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(who)
        layout.addWidget(self.thinking_toggle)
        layout.addWidget(self.thinking_text)
        layout.addLayout(self.calls)
        layout.addLayout(self.body)
        layout.addLayout(actions)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.thinking_toggle.toggled.connect(self.on_thinking_toggled)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.action_button.clicked.connect(self.regenerate_requested if role == "assistant" else self.edit_requested)

    def set_content(self, text: str, thinking: str = "", final: bool = True) -> None:
        self.text, self.thinking = text, thinking
        if thinking:
            self.thinking_toggle.show()
            self.thinking_toggle.setText("Thinking…" if not final and not text else "Thinking")
            self.thinking_text.set_plain(thinking)
        now = time.monotonic()
        if final or now - self._rendered_at >= RENDER_INTERVAL_S:
            self._rendered_at = now
            self._render(split_blocks(text))

    @Slot(bool)
    def on_thinking_toggled(self, shown: bool) -> None:
        self.thinking_text.setVisible(shown)
        self.thinking_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_attachments(self, widget: QWidget) -> None:
        """What was sent with the message (pictures: ui/chat/image_strip.py), between the author and the text."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, widget)

    def show_below(self, widget: QWidget) -> None:
        """What goes under the text (a reply's sources from documents: ui/chat/document_sources.py)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(widget)

    def show_tool_call(self, card: QWidget) -> None:
        self.calls.addWidget(card)

    def set_stats(self, text: str) -> None:
        self.stats.setText(text)
        self.stats.setVisible(bool(text))

    def set_actions_enabled(self, enabled: bool) -> None:
        self.action_button.setEnabled(enabled)

    def _render(self, blocks: list[Block]) -> None:
        """Reuse the widgets already there (the common case while streaming: only the last block grows)."""
        for index, block in enumerate(blocks):
            existing = self._block_widgets[index] if index < len(self._block_widgets) else None
            if block.kind == "code" and isinstance(existing, CodeBlock):
                existing.set_language(block.language)
                existing.set_code(block.content)
                continue
            if block.kind == "text" and isinstance(existing, ProseText):
                existing.set_markdown(block.content)
                continue
            widget = CodeBlock(block) if block.kind == "code" else ProseText(block.content)
            if existing is not None:
                self.body.replaceWidget(existing, widget)
                existing.deleteLater()
                self._block_widgets[index] = widget
            else:
                self.body.addWidget(widget)
                self._block_widgets.append(widget)
        for extra in self._block_widgets[len(blocks) :]:
            self.body.removeWidget(extra)
            extra.deleteLater()
        del self._block_widgets[len(blocks) :]

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText("Copied")
