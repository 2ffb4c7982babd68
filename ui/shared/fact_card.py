"""A card with a caption, one big value and a line of detail: the Hardware page is a row of these."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class FactCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactCard")
        self.caption = QLabel()
        self.set_caption(caption)
        self.caption.setObjectName("FactCaption")
        self.value = QLabel("…")
        self.value.setObjectName("FactValue")
        self.value.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setObjectName("FactDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)

    def set_caption(self, caption: str) -> None:
        """The card's name, already translated by the page (called again from its `retranslate`)."""
        self.caption.setText(caption.upper())

    def show_fact(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
