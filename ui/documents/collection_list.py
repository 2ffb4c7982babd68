"""The person's collections: name, files, chunks, the embedding model, and what could not be read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.documents.collections import CollectionInfo
from app.i18n import localized


class CollectionList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CollectionList")
        self.setWordWrap(True)
        self._collections: Sequence[CollectionInfo] = ()
        # The chosen collection is what Check for changes and Remove act on: it stays marked when the list has
        # lost the focus to those buttons.
        self.setStyleSheet(
            "QListWidget#CollectionList::item { padding: 4px 6px; }"
            "QListWidget#CollectionList::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Collections"))
        for row, info in enumerate(self._collections):
            item = self.item(row)
            item.setText(self.describe(info))
            item.setToolTip(self.tr("Embedding model: {model}").format(model=info.embedder or "—"))

    def describe(self, info: CollectionInfo) -> str:
        """The collection in a line (and a line per file that could not be read), counts in the right number."""
        files = self.tr("%n files", "", info.files)
        chunks = self.tr("%n chunks", "", info.chunks)
        if info.needs_reindex:
            line = self.tr("{name} — {files}, {chunks} · needs indexing again (new embedding model)")
        elif info.waiting:
            line = self.tr("{name} — {files}, {chunks} · {waiting}")
        else:
            line = self.tr("{name} — {files}, {chunks}")
        waiting = self.tr("%n files waiting", "", info.waiting)
        lines = [line.format(name=info.name, files=files, chunks=chunks, waiting=waiting)]
        lines += [f"   ⚠ {localized(problem)}" for problem in info.problems]
        return "\n".join(lines)

    def set_collections(self, collections: Sequence[CollectionInfo]) -> None:
        chosen = self.chosen()
        self.clear()
        self._collections = tuple(collections)
        for info in collections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.addItem(item)
            if info.name == chosen:
                self.setCurrentItem(item)
        self.retranslate()

    def chosen(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def names(self) -> list[str]:
        return [str(self.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.count())]
