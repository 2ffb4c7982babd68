"""A dismissible strip at the top of the window: the one place where Hearth tells the person something.

It shows what the message bridge carries (app/messages.py, through ui/qt_messages.py): the newest message, coloured
by its level, with its details as the tooltip. A piece of news (an Info) leaves by itself after a while; a warning
or an error stays until dismissed, so a failure is not missed by someone who looked away.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app import messages
from app.i18n import localized

INFO_SHOWN_MS = 8000
LEVELS = {messages.Info: "info", messages.Warning: "warning", messages.Error: "error"}


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.dismiss_button = QPushButton()
        self.shown: messages.Message | None = None  # said again in a new language (a core sentence as made)
        self.info_timer = QTimer(self)
        self.info_timer.setSingleShot(True)
        self.info_timer.setInterval(INFO_SHOWN_MS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.hide)
        self.info_timer.timeout.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the message"))
        if self.shown is not None:
            self.message.setText(localized(self.shown.text))

    @property
    def level(self) -> str:
        return str(self.property("level") or "")

    @Slot(object)
    def show_message(self, message: messages.Message) -> None:
        self.shown = message
        self.message.setText(localized(message.text))
        self.message.setToolTip(message.details)
        self.setProperty("level", LEVELS[type(message)])
        self.style().unpolish(self)  # the style sheet picks the colour by the level property
        self.style().polish(self)
        if isinstance(message, messages.Info):
            self.info_timer.start()
        else:
            self.info_timer.stop()
        self.show()
