"""A message's prose: Markdown that wraps to the chat's width, keeps the message's single line breaks, and is as
tall as its text. Each paragraph takes its direction from its own first letters, so a reply in Arabic or Hebrew
reads right to left (aligned right) inside the left-to-right window, and a Latin paragraph beside it stays left.

A QLabel showed it before, and a QLabel cannot break inside a word: a long one (a URL, a hash) set the label's
minimum width, and with it the whole conversation's.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QResizeEvent, QTextBlock, QTextCursor, QTextDocument, QTextOption, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from app.markdown_blocks import keep_line_breaks

_LINE_BREAK = "\u2060"  # marks a line that a single line break ends (an invisible word joiner, removed again)


def _close_up_line_breaks(document: QTextDocument) -> None:
    """Qt turns a Markdown hard break into a new paragraph, spaced as one: the lines of one paragraph go back to
    sitting line under line, and the marks go."""
    cursor = QTextCursor(document)
    block = document.firstBlock()
    while block.isValid():
        following = block.next()
        text = block.text()
        if text.endswith(_LINE_BREAK):
            end = block.position() + len(text)
            cursor.setPosition(end - 1)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            if following.isValid() and _plain_paragraph(block) and _plain_paragraph(following):
                above, below = block.blockFormat(), following.blockFormat()
                above.setBottomMargin(0)
                below.setTopMargin(0)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(above)
                cursor.setPosition(following.position())
                cursor.setBlockFormat(below)
        block = following


def _plain_paragraph(block: QTextBlock) -> bool:
    return block.textList() is None and block.blockFormat().headingLevel() == 0


class ProseText(QTextBrowser):
    """Markdown, selectable, wrapping at word boundaries and, for a word longer than the line, anywhere in it."""

    def __init__(self, text: str = "", parent: QWidget | None = None, name: str = "ProseText", style: str = "") -> None:
        """`name` and `style` style it (the object name, and more of a style sheet for it)."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"QTextBrowser#{name} {{ background: transparent; border: none; padding: 0; {style} }}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)
        self.document().setDocumentMargin(0)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # Arabic or Hebrew reads right to left
        self.document().setDefaultTextOption(option)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._markdown = ""
        self.set_markdown(text)

    def set_markdown(self, text: str) -> None:
        if text != self._markdown:
            self._markdown = text
            self.setMarkdown(keep_line_breaks(text, mark=_LINE_BREAK))
            _close_up_line_breaks(self.document())

    def set_plain(self, text: str) -> None:
        """Text shown as it is (the model's thinking), wrapped the same way."""
        if text != self.toPlainText():
            self._markdown = ""
            self.setPlainText(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # it never scrolls itself: the conversation scrolls

    @Slot()
    def _fit_height(self) -> None:
        margins = self.contentsMargins()  # a style's border and padding
        self.setFixedHeight(math.ceil(self.document().size().height()) + margins.top() + margins.bottom())
