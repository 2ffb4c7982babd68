"""The person's collections: name, files, chunks, the embedding model, and what could not be read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.documents.collections import CollectionInfo
from app.units import plural


def describe(info: CollectionInfo) -> str:
    state = ""
    if info.needs_reindex:
        state = " · needs indexing again (new embedding model)"
    elif info.waiting:
        state = f" · {plural(info.waiting, 'file')} waiting"
    lines = [f"{info.name} — {plural(info.files, 'file')}, {plural(info.chunks, 'chunk')}{state}"]
    lines += [f"   ⚠ {problem}" for problem in info.problems]
    return "\n".join(lines)


class CollectionList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CollectionList")
        self.setWordWrap(True)
        self.setAccessibleName("Collections")
        # The chosen collection is what Check for changes and Remove act on: it stays marked when the list has
        # lost the focus to those buttons.
        self.setStyleSheet(
            "QListWidget#CollectionList::item { padding: 4px 6px; }"
            "QListWidget#CollectionList::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )

    def set_collections(self, collections: Sequence[CollectionInfo]) -> None:
        chosen = self.chosen()
        self.clear()
        for info in collections:
            item = QListWidgetItem(describe(info))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(f"Embedding model: {info.embedder or '—'}")
            self.addItem(item)
            if info.name == chosen:
                self.setCurrentItem(item)

    def chosen(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def names(self) -> list[str]:
        return [str(self.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.count())]
