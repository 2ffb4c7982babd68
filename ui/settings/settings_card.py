"""The frame every Settings card shares: a small capitalised caption over its content, like the Hardware page's
fact cards, so the page reads as one set of cards whoever wrote each."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class SettingsCard(QFrame):
    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        """`caption`: the card's title; a card that can change language sets it in its `retranslate` instead."""
        super().__init__(parent)
        self.setObjectName("FactCard")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(8)
        self.caption = QLabel("")
        self.caption.setObjectName("FactCaption")
        self.body.addWidget(self.caption)
        self.set_caption(caption)

    def set_caption(self, caption: str) -> None:
        """Shown in capitals; the card is named by it as written, so a screen reader says it as a word, not letters."""
        self.caption.setText(caption.upper())
        self.setAccessibleName(caption)


def muted(text: str) -> QLabel:
    """A line of explanation under a setting: quieter than the setting itself, wrapped to the card's width."""
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label
