"""Hugging Face's answer to a search as a table: one row per repository with its author, downloads, likes, last
update, licence (its tier in the tooltip), "Gated" and "In Hearth's picks"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.hub_search.search import SearchRow
from app.models.catalog import Catalog

COLUMNS = ("Repository", "Author", "Downloads", "Likes", "Updated", "Licence", "Notes")
COLUMN_WIDTHS = (90, 80, 50, 84, 90, 120)  # after the repository, which takes the rest
LICENCE_TIERS = {1: "a free licence", 2: "open, with conditions", 3: "for research", 4: "not for commercial use"}


class HubResultsTable(QTreeWidget):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Hugging Face results"))
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps its owner and its end
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    @staticmethod
    def repo_of(item: QTreeWidgetItem) -> str:
        return str(item.data(0, Qt.ItemDataRole.UserRole))

    def add_rows(self, rows: tuple[SearchRow, ...]) -> None:
        for row in rows:
            item = QTreeWidgetItem([row.repo, row.author, f"{row.downloads:,}", f"{row.likes:,}", row.updated[:10],
                                    self._licence(row), self._note(row)])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, row.repo)
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, row.repo)
            item.setToolTip(5, self._licence_tip(row))
            item.setToolTip(6, self._note_tip(row))
            self.addTopLevelItem(item)
        first = self.topLevelItem(0)
        if self.currentItem() is None and first is not None:
            self.setCurrentItem(first)

    def _licence(self, row: SearchRow) -> str:
        return row.license or self.tr("not said")

    def _licence_tip(self, row: SearchRow) -> str:
        tier = LICENCE_TIERS.get(row.license_tier or 0)
        if tier is None:
            return self.tr("A licence Hearth does not know: read it on the model's page before using the model.")
        return self.tr("{licence}: {tier}").format(licence=row.license, tier=self.tr(tier))

    def _note(self, row: SearchRow) -> str:
        notes = [self.tr("Gated")] if row.gated else []
        if row.catalog_id:
            notes.append(self.tr("In Hearth's picks"))
        return " · ".join(notes)

    def _note_tip(self, row: SearchRow) -> str:
        tips = [self.tr("Needs access granted on its Hugging Face page and a token in Settings")] if row.gated else []
        if row.catalog_id:
            spec = next((m for m in self.catalog.models if m.id == row.catalog_id), None)
            tips.append(self.tr("In Hearth's picks: {name}").format(name=spec.name if spec else row.catalog_id))
        return "\n".join(tips)
