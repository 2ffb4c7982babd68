"""A tool call in the conversation: which server and tool, the arguments pretty-printed, and then either the
question (Deny / Allow once / Always for this tool / Always for this server, with what changed in the tool since it
was allowed) or what happened — its result folded under it, or why it did not run.

The card asks with buttons in the conversation itself, not a dialog, so the person reads the arguments where the
model wrote them and answers by keyboard (the buttons take focus in that order; Deny first, the safe answer).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.answer import AnswerMode, ReadDocuments
from app.i18n import localized
from app.tool_use import Answer, CallRequest, ToolCallRecord
from ui.chat.document_sources import DocumentSources
from ui.chat.image_strip import ImageStrip

MAX_SHOWN_LINES = 10
STYLE_PADDING, STYLE_BORDER = 6, 2  # a QPlainTextEdit's in hearth.qss (the border as it is with focus)


def pretty(arguments: dict[str, Any]) -> str:
    return json.dumps(arguments, ensure_ascii=False, indent=2)


class ToolCallCard(QFrame):
    answered = Signal(object)  # Answer

    def __init__(self, server: str | None, tool: str, arguments: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ToolCallCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.server, self.tool, self.arguments = server, tool, arguments
        self._status: Callable[[], str] = lambda: ""  # what the status line says, in the chosen language
        self._changed = ""  # how the tool changed since it was allowed always, while that is asked
        self.title = QLabel()
        self.title.setObjectName("MessageAuthor")
        self.title.setWordWrap(True)
        self.arguments_view = _readonly_text(pretty(arguments))
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.changed = QLabel()
        self.changed.setWordWrap(True)
        self.changed.setObjectName("ErrorText")
        self.changed.hide()
        self.questions = QWidget()
        self.deny_button = QPushButton()
        self.once_button = QPushButton()
        self.once_button.setObjectName("Primary")
        self.tool_button = QPushButton()
        self.server_button = QPushButton()
        row = QHBoxLayout(self.questions)
        row.setContentsMargins(0, 0, 0, 0)
        for button, answer in (
            (self.deny_button, Answer.DENY),
            (self.once_button, Answer.ONCE),
            (self.tool_button, Answer.ALWAYS_TOOL),
            (self.server_button, Answer.ALWAYS_SERVER),
        ):
            button.clicked.connect(lambda _checked=False, answer=answer: self.answer(answer))
            row.addWidget(button)
        row.addStretch(1)
        self.questions.hide()
        self.result_toggle = QToolButton()
        self.result_toggle.setCheckable(True)
        self.result_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.result_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.result_toggle.hide()
        self.result_view = _readonly_text("")
        self.result_view.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        for widget in (
            self.title,
            self.arguments_view,
            self.changed,
            self.questions,
            self.status,
            self.result_toggle,
            self.result_view,
        ):
            layout.addWidget(widget)
        self.result_toggle.toggled.connect(self.on_result_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts, the names screen readers give the card and its parts, and its status as it is now."""
        tool, server = self.tool, self.server
        if server:
            self.title.setText(self.tr("Tool call: {tool} on {server}").format(tool=tool, server=server))
        else:
            self.title.setText(tool)
        self.setAccessibleName(
            self.tr("Tool call: {tool} on {server}").format(tool=tool, server=server)
            if server
            else self.tr("Tool call: {tool}").format(tool=tool)
        )
        self.arguments_view.setAccessibleName(self.tr("Arguments of the call to {tool}").format(tool=tool))
        self.deny_button.setText(self.tr("Deny"))
        self.deny_button.setAccessibleName(self.tr("Deny: {tool}").format(tool=tool))
        self.once_button.setText(self.tr("Allow once"))
        self.once_button.setAccessibleName(self.tr("Allow once: {tool}").format(tool=tool))
        self.tool_button.setText(self.tr("Always for this tool"))
        self.tool_button.setAccessibleName(self.tr("Always for this tool: {tool}").format(tool=tool))
        self.server_button.setText(self.tr("Always for this server"))
        self.server_button.setAccessibleName(self.tr("Always for this server: {tool}").format(tool=tool))
        self.result_toggle.setText(self.tr("Result"))
        self.result_toggle.setAccessibleName(self.tr("Show the result of {tool}").format(tool=tool))
        self.result_view.setAccessibleName(self.tr("Result of the call to {tool}").format(tool=tool))
        if self._changed:
            self.changed.setText(self.tr("This tool changed since you allowed it always:") + "\n" + self._changed)
        self._show_status(self._status)

    def _show_status(self, status: Callable[[], str]) -> None:
        """The line under the arguments; the card's description for screen readers says the same."""
        self._status = status
        self.status.setText(status())
        self.setAccessibleDescription(self.status.text())

    @classmethod
    def of_record(cls, record: ToolCallRecord) -> ToolCallCard:
        card = cls(record.server, record.tool, record.arguments)
        card.show_record(record)
        return card

    def matches(self, server: str | None, tool: str, arguments: dict[str, Any]) -> bool:
        return (self.server, self.tool, self.arguments) == (server, tool, arguments)

    # ---- the question
    def ask(self, request: CallRequest) -> None:
        """Show the question and take the keyboard focus to it (Deny first)."""
        self._show_status(lambda: self.tr("The model wants to run this tool. Allow it?"))
        if request.changed:
            self._changed = request.changed.strip()
            self.changed.setText(self.tr("This tool changed since you allowed it always:") + "\n" + self._changed)
            self.changed.show()
        self.questions.show()
        self.deny_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer(self, answer: Answer) -> None:
        if not self.questions.isVisible():
            return
        self.questions.hide()
        self.changed.hide()
        self._changed = ""
        self._show_status(lambda: self.tr("Denied") if answer is Answer.DENY else self.tr("Running…"))
        self.answered.emit(answer)

    def show_running(self) -> None:
        self._show_status(lambda: self.tr("Running…"))

    # ---- what happened
    def show_record(self, record: ToolCallRecord) -> None:
        self.questions.hide()
        self.changed.hide()
        self._changed = ""
        self._show_status(lambda: self._outcome(record))
        if record.images:  # what the tool showed: the model only read that there were pictures
            strip = ImageStrip()
            strip.set_images([(f"{self.tool} {number}", image.data) for number, image in enumerate(record.images, 1)])
            self.layout().addWidget(strip)
        if record.sources:  # a document search: its passages as a document reply shows them
            self.layout().addWidget(DocumentSources(ReadDocuments(AnswerMode.RETRIEVAL, record.sources)))
        if record.result is not None:
            self.result_view.setPlainText(record.result)
            fit_height(self.result_view)
            self.result_toggle.show()

    def _outcome(self, record: ToolCallRecord) -> str:
        if record.error and record.result is None:
            return localized(record.error)
        done = self.tr("Done in {seconds} s").format(seconds=QLocale().toString(record.seconds, "f", 1))
        return done if not record.error else f"{done} · {localized(record.error)}"

    @Slot(bool)
    def on_result_toggled(self, shown: bool) -> None:
        self.result_view.setVisible(shown)
        self.result_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def _readonly_text(text: str) -> QPlainTextEdit:
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    fit_height(view)
    return view


def fit_height(view: QPlainTextEdit) -> None:
    """Tall enough for its lines (up to MAX_SHOWN_LINES; more scroll), with the frame, the style sheet's padding
    (resources/styles/hearth.qss: 6 px, 5 px and a thicker border with focus) and the document's margin."""
    lines = max(1, min(MAX_SHOWN_LINES, view.toPlainText().count("\n") + 1))
    margin = int(2 * view.document().documentMargin()) + 2 * (STYLE_PADDING + STYLE_BORDER) + 4
    view.setFixedHeight(view.fontMetrics().lineSpacing() * lines + margin)
