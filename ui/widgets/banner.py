"""A dismissible strip at the top of the window: where every background failure is told, in one place."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.notifications import Notification


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.dismiss_button = QPushButton("Dismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    @Slot(object)
    def show_notification(self, notification: Notification) -> None:
        self.message.setText(notification.message)
        self.message.setToolTip(notification.details)
        self.show()
