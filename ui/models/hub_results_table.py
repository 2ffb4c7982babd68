"""Hugging Face's answer to a search as a table: one row per repository with its author, downloads, likes, last
update, licence (its tier in the tooltip), "Gated" and "In Hearth's picks"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.hub_search.search import SearchRow
from app.models.catalog import Catalog

COLUMNS = (
    QT_TRANSLATE_NOOP("HubResultsTable", "Repository"),
    QT_TRANSLATE_NOOP("HubResultsTable", "Author"),
    QT_TRANSLATE_NOOP("HubResultsTable", "Downloads"),
    QT_TRANSLATE_NOOP("HubResultsTable", "Likes"),
    QT_TRANSLATE_NOOP("HubResultsTable", "Updated"),
    QT_TRANSLATE_NOOP("HubResultsTable", "Licence"),
    QT_TRANSLATE_NOOP("HubResultsTable", "Notes"),
)
COLUMN_WIDTHS = (90, 80, 50, 84, 90, 120)  # after the repository, which takes the rest
LICENCE_TIERS = {
    1: QT_TRANSLATE_NOOP("HubResultsTable", "a free licence"),
    2: QT_TRANSLATE_NOOP("HubResultsTable", "open, with conditions"),
    3: QT_TRANSLATE_NOOP("HubResultsTable", "for research"),
    4: QT_TRANSLATE_NOOP("HubResultsTable", "not for commercial use"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchRow, for writing its texts again in a new language


class HubResultsTable(QTreeWidget):
    """Read by keyboard as any list: the arrows move between repositories, Enter opens one; each row is spoken as its
    repository with its numbers, licence and notes as the description."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setColumnCount(len(COLUMNS))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps its owner and its end
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setAccessibleName(self.tr("Hugging Face results"))
        self.setAccessibleDescription(self.tr("Press Enter on a repository to see how each of its files runs here"))
        for index in range(self.topLevelItemCount()):
            if (item := self.topLevelItem(index)) is not None:
                self._write(item, item.data(0, ROW_ROLE))

    @staticmethod
    def repo_of(item: QTreeWidgetItem) -> str:
        return str(item.data(0, Qt.ItemDataRole.UserRole))

    def add_rows(self, rows: tuple[SearchRow, ...]) -> None:
        for row in rows:
            item = QTreeWidgetItem([row.repo, row.author, f"{row.downloads:,}", f"{row.likes:,}", row.updated[:10]])
            item.setData(0, Qt.ItemDataRole.UserRole, row.repo)
            item.setData(0, ROW_ROLE, row)
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, row.repo)
            self._write(item, row)
            self.addTopLevelItem(item)
        first = self.topLevelItem(0)
        if self.currentItem() is None and first is not None:
            self.setCurrentItem(first)

    def _write(self, item: QTreeWidgetItem, row: SearchRow) -> None:
        """The row's words (licence, notes, their tooltips, what a screen reader says of it) in the chosen language."""
        item.setText(5, self._licence(row))
        item.setText(6, self._note(row))
        item.setToolTip(5, self._licence_tip(row))
        item.setToolTip(6, self._note_tip(row))
        described = self.tr("by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}")
        described = described.format(
            author=row.author,
            downloads=f"{row.downloads:,}",
            likes=f"{row.likes:,}",
            date=row.updated[:10],
            licence=self._licence(row),
        )
        notes = self._note(row)
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, f"{described} · {notes}" if notes else described)
        item.setData(5, Qt.ItemDataRole.AccessibleDescriptionRole, self._licence_tip(row))
        item.setData(6, Qt.ItemDataRole.AccessibleDescriptionRole, self._note_tip(row))

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
