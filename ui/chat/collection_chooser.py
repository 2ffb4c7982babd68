"""The chat's choice of a document collection to answer from ("No documents" by default): it shows, and sets, the
open conversation's collection, which the chat session keeps with the conversation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QWidget

from ui.chat.chat_session import ChatSession


class CollectionChooser(QComboBox):
    def __init__(self, session: ChatSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.set_names(())
        self.currentIndexChanged.connect(self.on_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts; each item's data (the collection's name) stays, so the choice does not change."""
        self.setToolTip(self.tr("Answer from one of your document collections (made on the Documents page)"))
        self.setAccessibleName(self.tr("Documents to answer from"))
        for index in range(self.count()):
            self.setItemText(index, self._label(str(self.itemData(index))))

    def _label(self, name: str) -> str:
        return self.tr("Documents: {collection}").format(collection=name) if name else self.tr("No documents")

    def set_collections(self, names: Sequence[str]) -> None:
        """The collections on this computer, listed again; the open conversation's stays shown."""
        self.blockSignals(True)
        self.set_names(names)
        self.blockSignals(False)
        self.show_kept()

    @Slot(int)
    def on_chosen(self, _index: int) -> None:
        self._session.choose_collection(self.chosen())

    def show_kept(self) -> None:
        """Show the open conversation's collection ("No documents" for a new chat)."""
        self.blockSignals(True)
        self.setCurrentIndex(0)
        self.choose(self._session.kept_collection())
        self.blockSignals(False)
        self._session.collection = self.chosen()  # what is shown is what is asked

    def set_names(self, names: Sequence[str]) -> None:
        current = self.chosen()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._label(""), "")
        for name in names:
            self.addItem(self._label(name), name)
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if self.chosen() != current:
            self.currentIndexChanged.emit(self.currentIndex())

    def chosen(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def choose(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)
