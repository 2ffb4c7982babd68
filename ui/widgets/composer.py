"""Where the person types: Enter sends, Shift+Enter starts a new line, Esc stops a reply. Pictures pasted or
dropped here are offered as attachments instead of being inserted as text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui.widgets.image_strip import offered_pictures, offers_pictures


class Composer(QPlainTextEdit):
    send_requested = Signal()
    stop_requested = Signal()
    pictures_offered = Signal(list)  # [Offered] (ui/widgets/image_strip.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        self.setPlaceholderText("Message the model… (Enter sends, Shift+Enter for a new line)")
        self.setTabChangesFocus(True)
        self.setFixedHeight(84)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.send_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.stop_requested.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return offers_pictures(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        pictures = offered_pictures(source)
        if pictures:
            self.pictures_offered.emit(pictures)
            return
        super().insertFromMimeData(source)
