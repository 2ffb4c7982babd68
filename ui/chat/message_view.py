"""One chat message on screen: Markdown prose (ui/chat/prose_text.py), code blocks with highlighting and a Copy
button each, the model's thinking folded away, and a line of statistics under a reply, all wrapped to the width of
the chat (a code block scrolls sideways inside itself).

While a reply streams, the Markdown is rebuilt at most a few times a second (the text arrives coalesced already);
the final render happens when the reply ends, so a long answer never makes typing stutter.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal, Slot
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

from app.engines.chat_types import ReplyStats
from app.engines.llama import speedup
from app.i18n import localized
from app.markdown_blocks import Block, split_blocks
from ui.chat.prose_text import ProseText
from ui.shared.i18n import counts

RENDER_INTERVAL_S = 0.2
# the model's thinking, set apart (as QLabel#ThinkingText in resources/styles/hearth.qss was, for a label)
THINKING_STYLE = "color: palette(placeholder-text); border-left: 3px solid palette(mid); padding-left: 8px;"


def stats_line(stats: ReplyStats) -> str:
    """A reply's figures: tokens, speed, the wait for the first token, how much of the prompt came back from memory
    (the model host's prompt cache, or the turn before), what drafting saved, and whether it stopped."""
    parts = [counts.tokens(stats.generated_tokens)]
    if stats.tokens_per_second:
        speed = QLocale().toString(stats.tokens_per_second, "f", 1)
        parts.append(QCoreApplication.translate("MessageView", "{speed} tokens/s").format(speed=speed))
    if stats.ttft_s:
        wait = QLocale().toString(stats.ttft_s, "f", 2)
        parts.append(QCoreApplication.translate("MessageView", "first token after {seconds} s").format(seconds=wait))
    if stats.prompt_tokens_reused:
        parts.append(counts.prompt_reused(stats.prompt_tokens_reused, stats.prompt_tokens))
    if stats.drafted_tokens:
        parts.append(localized(speedup.described(stats)))
    if stats.stop_reason == "cancelled":
        parts.append(QCoreApplication.translate("MessageView", "stopped"))
    return " · ".join(parts)


class CodeBlock(QFrame):
    def __init__(self, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CodeBlock")
        self._language = block.language
        self._copied = False  # the Copy button says "Copied" once it was pressed
        self.language = QLabel()
        self.language.setObjectName("Muted")
        self.copy_button = QPushButton()
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
        self.retranslate()

    def retranslate(self) -> None:
        self.language.setText(self._language or self.tr("code"))
        self.copy_button.setText(self.tr("Copied") if self._copied else self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the code"))
        self.editor.setAccessibleName(
            self.tr("Code in {language}").format(language=self._language) if self._language else self.tr("Code")
        )

    def set_language(self, language: str) -> None:
        """A streamed fence can arrive in pieces ("```" before "python"): the block was made before its language
        was known, so the label and the highlighting follow it when it comes."""
        if language == self._language:
            return
        self._language = language
        self.highlighter.setLanguage(_lexer_name(language))
        self.highlighter.rehighlight()
        self.retranslate()

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
        self._copied = True
        self.retranslate()


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

    def __init__(self, role: str, parent: QWidget | None = None, *, model: str = "") -> None:
        """`model`: the name of the model that wrote a reply, for screen readers ("Reply from …")."""
        super().__init__(parent)
        self.role = role
        self.model = model
        self.setObjectName("UserMessage" if role == "user" else "AssistantMessage")
        self.text = ""
        self.thinking = ""
        self._still_thinking = False  # the reply is streaming and has only thought so far
        self._stats: ReplyStats | str = ""  # the line under the reply: its figures, or a sentence
        self.failure = ""  # why the reply failed (shown under it), "" when it did not
        self._rendered_at = 0.0
        self._block_widgets: list[QWidget] = []
        self.who = QLabel()
        self.who.setObjectName("MessageAuthor")
        self.thinking_toggle = QToolButton()
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
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("SmallButton")
        self.action_button = QPushButton()
        self.action_button.setObjectName("SmallButton")
        self.failure_label: QLabel | None = None  # why the reply failed, under it
        actions = QHBoxLayout()
        actions.addWidget(self.stats, 1)
        actions.addStretch(0)  # the buttons keep right when there are no numbers
        actions.addWidget(self.action_button)
        actions.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.who)
        layout.addWidget(self.thinking_toggle)
        layout.addWidget(self.thinking_text)
        layout.addLayout(self.calls)
        layout.addLayout(self.body)
        layout.addLayout(actions)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.thinking_toggle.toggled.connect(self.on_thinking_toggled)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.action_button.clicked.connect(self.regenerate_requested if role == "assistant" else self.edit_requested)
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text, and the ones that follow the message's state (thinking, its figures, a failure)."""
        reply = self.role == "assistant"
        self.who.setText(self.tr("Assistant") if reply else self.tr("You"))
        if not reply:
            self.setAccessibleName(self.tr("Your message"))
        elif self.model:
            self.setAccessibleName(self.tr("Reply from {model}").format(model=self.model))
        else:
            self.setAccessibleName(self.tr("Reply"))
        self.thinking_toggle.setText(self.tr("Thinking…") if self._still_thinking else self.tr("Thinking"))
        self.thinking_toggle.setAccessibleName(self.tr("Show the model's thinking"))
        self.thinking_text.setAccessibleName(self.tr("The model's thinking"))
        for widget in self._block_widgets:
            if isinstance(widget, ProseText):
                widget.setAccessibleName(self.tr("Text of the reply") if reply else self.tr("Text of your message"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the reply") if reply else self.tr("Copy your message"))
        if self.failure_label is not None:
            self.failure_label.setText(self.tr("No reply: {reason}").format(reason=self.failure))
            self.failure_label.setAccessibleName(self.tr("Why the reply failed"))
            self.action_button.setText(self.tr("Try again"))
            self.action_button.setAccessibleName(self.tr("Try the reply again"))
        elif reply:
            self.action_button.setText(self.tr("Regenerate"))
            self.action_button.setAccessibleName(self.tr("Write the reply again"))
        else:
            self.action_button.setText(self.tr("Edit"))
            self.action_button.setAccessibleName(self.tr("Edit your message"))
        self._show_stats()

    def set_model(self, model: str) -> None:
        """The name of the model writing this reply, as screen readers name the message."""
        self.model = model
        self.retranslate()

    def set_content(self, text: str, thinking: str = "", final: bool = True) -> None:
        self.text, self.thinking = text, thinking
        if thinking:
            self.thinking_toggle.show()
            self._still_thinking = not final and not text
            self.thinking_toggle.setText(self.tr("Thinking…") if self._still_thinking else self.tr("Thinking"))
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

    def set_stats(self, stats: ReplyStats | str) -> None:
        """The line under a reply: its figures (written again in another language), or a sentence ("" for none)."""
        self._stats = stats
        self._show_stats()

    def _show_stats(self) -> None:
        text = stats_line(self._stats) if isinstance(self._stats, ReplyStats) else self._stats
        self.stats.setText(text)
        self.stats.setVisible(bool(text))
        self.setAccessibleDescription(
            self.tr("No reply: {reason}").format(reason=self.failure) if self.failure else text
        )

    def show_failure(self, reason: str) -> None:
        """The reply failed: it says why in its own bubble, and its button offers to try again."""
        self.failure = reason
        if self.failure_label is None:
            self.failure_label = QLabel()
            self.failure_label.setObjectName("Notice")
            self.failure_label.setWordWrap(True)
            self.show_below(self.failure_label)
        self.retranslate()

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
            widget = CodeBlock(block) if block.kind == "code" else self._prose(block.content)
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

    def _prose(self, markdown: str) -> ProseText:
        prose = ProseText(markdown)
        reply = self.role == "assistant"
        prose.setAccessibleName(self.tr("Text of the reply") if reply else self.tr("Text of your message"))
        return prose

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(self.tr("Copied"))
