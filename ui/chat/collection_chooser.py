"""The chat's choice of a document collection to answer from ("No documents" by default)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

NONE_LABEL = "No documents"


class CollectionChooser(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip("Answer from one of your document collections (made on the Documents page)")
        self.set_names(())

    def set_names(self, names: Sequence[str]) -> None:
        current = self.chosen()
        self.blockSignals(True)
        self.clear()
        self.addItem(NONE_LABEL, "")
        for name in names:
            self.addItem(f"Documents: {name}", name)
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
