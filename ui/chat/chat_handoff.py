"""Opening the first chat with the new model: it can be chosen only once the chat page has listed it.

The chat page lists models on a worker after a download (it reads each file's header), so the hand-off waits for
the picker to gain the file and then chooses it, instead of guessing how long that takes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from ui.chat.chat_page import ChatPage
from ui.shared.model_picker import Choice


class ChatHandoff(QObject):
    """Lives as long as it waits (a child of the chat page), and deletes itself once the model is chosen."""

    def __init__(self, chat: ChatPage, path: Path) -> None:
        super().__init__(chat)
        self.chat = chat
        self.path = path.resolve()
        self.done = False
        chat.model_picker.model().rowsInserted.connect(self.on_rows_inserted)
        self.try_choose()

    @Slot()
    def on_rows_inserted(self) -> None:
        QTimer.singleShot(0, self, self.try_choose)  # after the page has finished filling its picker

    @Slot()
    def try_choose(self) -> None:
        if self.done:
            return
        for index in range(self.chat.model_picker.count()):
            choice = self.chat.model_picker.itemData(index)
            if isinstance(choice, Choice) and choice.path.resolve() == self.path:
                self.done = True
                self.chat.model_picker.model().rowsInserted.disconnect(self.on_rows_inserted)
                self.chat.models.choose(choice.library_id)
                self.deleteLater()
                return
