"""Where the person types: Enter sends, Shift+Enter starts a new line, Esc stops a reply (or leaves editing a
message: ui/chat/chat_composer.py). Pictures pasted or dropped here are offered as attachments instead of being
inserted as text, and documents dropped here are handed on (`documents_dropped`) rather than inserted as their
paths.

The drops are handled by overriding the scroll area's own drag handlers, not by an event filter on the viewport
from outside: a Python event filter is still called while Qt destroys the widgets at exit, when Python is letting
go of the objects it needs (it was in the trace of a crash at quit, whose cause was the binding's own bug, see
tests/ui/test_qt_binding.py)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui.chat.attached_documents import offered_documents
from ui.chat.image_strip import offered_pictures, offers_pictures


class Composer(QPlainTextEdit):
    send_requested = Signal()
    stop_requested = Signal()  # Esc
    pictures_offered = Signal(list)  # [Offered] (ui/chat/image_strip.py)
    documents_dropped = Signal(QMimeData)  # a drop that carries documents (ui/chat/attached_documents.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        self.setTabChangesFocus(True)  # Tab leaves for the buttons: the composer is no keyboard trap
        self.setFixedHeight(84)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Message the model… (Enter sends, Shift+Enter for a new line)"))
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(
            self.tr("Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message")
        )

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if offered_documents(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if offered_documents(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if offered_documents(event.mimeData()):
            event.acceptProposedAction()
            self.documents_dropped.emit(event.mimeData())
        else:
            super().dropEvent(event)
