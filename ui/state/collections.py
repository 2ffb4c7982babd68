"""The one listing of the document collections on this computer, for every view: Documents shows them with their
facts, the Chat page offers their names to answer from. Whatever changes a collection (an index, a check for
changes, a removal) calls `refresh()`, and both views hear the same list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.documents.collections import CollectionInfo, list_collections


class CollectionsState(QObject):
    changed = Signal(list)  # [CollectionInfo]
    names_changed = Signal(list)  # [str]: the same list by name, for the chat's chooser

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.found: list[CollectionInfo] = []

    def names(self) -> list[str]:
        return [info.name for info in self.found]

    def refresh(self) -> None:
        """Read the collections' folder again (a few small index files, fast enough for the GUI thread)."""
        self.found = list_collections()
        self.changed.emit(self.found)
        self.names_changed.emit(self.names())
