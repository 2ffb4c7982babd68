"""A sentence about a search or a repository that did not come (offline, unreachable, busy, gated …) with Retry.

A failure is never shown as an empty list: the sentence says what happened and the button asks again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.i18n import localized


class HubNotice(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModelCard")
        self.sentence = QLabel("")
        self.sentence.setWordWrap(True)
        self.sentence.setOpenExternalLinks(True)
        self.retry_button = QPushButton("")
        self.shown = ""  # the sentence as made (a core `Sentence` is said again in a new language)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.sentence, 1)
        layout.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry"))
        self.sentence.setText(localized(self.shown))
        self.retry_button.setAccessibleDescription(localized(self.shown))  # what Retry asks again

    def show_problem(self, sentence: str, details: str = "", retry: bool = True) -> None:
        self.shown = sentence
        self.sentence.setText(localized(sentence))
        self.sentence.setToolTip(details)
        self.retry_button.setAccessibleDescription(localized(sentence))  # what Retry asks again
        self.retry_button.setVisible(retry)
        self.show()

    def text(self) -> str:
        return self.sentence.text()
