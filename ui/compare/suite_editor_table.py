"""The suite editor's table of values: one column per `{{variable}}` of the prompt, one row per case.

The rows are kept as dicts, not only as cells, so a column the prompt stops naming while the person types (`{{cit`
on the way to `{{city}}`) keeps its values and shows them again when it comes back; a value loaded from a file that
is not text (a number, an object) stays as it was until its cell is edited. Rows can be pasted from a spreadsheet
(tab-separated, a header row of the column names is skipped).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def cell_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class VariablesTable(QWidget):
    changed = Signal()
    current_row_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[dict[str, Any]] = []
        self.caption = QLabel()
        self.caption.setObjectName("FactCaption")
        self.table = QTableWidget()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setFixedHeight(150)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.paste_button = QPushButton()
        for button in (self.add_button, self.remove_button, self.paste_button):
            button.setObjectName("SmallButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.table.itemChanged.connect(self.on_item_changed)
        self.table.currentCellChanged.connect(lambda *_: self.current_row_changed.emit())
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.paste_button.clicked.connect(self.on_paste_clicked)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Values of the prompt's variables, one case per row"))
        self.add_button.setText(self.tr("Add a row"))
        self.remove_button.setText(self.tr("Remove the row"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen row"))
        self.paste_button.setText(self.tr("Paste rows"))
        self.paste_button.setToolTip(self.tr("Rows copied from a spreadsheet: one case a line, values apart by tabs"))
        self.caption.setText(self.tr("Values: one case per row"))

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.rows = [dict(row) for row in rows]
        self._render()

    def set_columns(self, columns: Sequence[str]) -> None:
        """The prompt's variables now; a row's values for other names are kept, unseen."""
        if list(columns) != self.columns:
            self.columns = list(columns)
            self._render()

    def values(self) -> tuple[dict[str, Any], ...]:
        """Each row's values for the columns shown (an empty cell is empty text)."""
        return tuple({name: row.get(name, "") for name in self.columns} for row in self.rows)

    def chosen(self) -> dict[str, Any] | None:
        """The row the sample reply is tried with: the chosen one, else the first; None without rows."""
        if not self.rows:
            return None
        index = self.table.currentRow()
        return self.values()[index if 0 <= index < len(self.rows) else 0]

    def _render(self) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(self.columns))
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, name in enumerate(self.columns):
                self.table.setItem(r, c, QTableWidgetItem(cell_text(row.get(name, ""))))
        self.table.blockSignals(False)
        self.remove_button.setEnabled(bool(self.rows))

    @Slot(QTableWidgetItem)
    def on_item_changed(self, item: QTableWidgetItem) -> None:
        row, name = self.rows[item.row()], self.columns[item.column()]
        if item.text() != cell_text(row.get(name, "")):
            row[name] = item.text()
            self.changed.emit()

    @Slot()
    def add_row(self) -> None:
        self.rows.append(dict.fromkeys(self.columns, ""))
        self._render()
        self.table.setCurrentCell(len(self.rows) - 1, 0)
        self.changed.emit()

    @Slot()
    def remove_row(self) -> None:
        index = self.table.currentRow()
        if not self.rows:
            return
        del self.rows[index if 0 <= index < len(self.rows) else len(self.rows) - 1]
        self._render()
        self.changed.emit()

    @Slot()
    def on_paste_clicked(self) -> None:
        self.paste(QGuiApplication.clipboard().text())

    def paste(self, text: str) -> int:
        """Rows from tab-separated text, added at the end; a first line that names the columns is skipped.
        Returns how many rows were added."""
        lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        if lines and [cell.strip() for cell in lines[0].split("\t")] == self.columns:
            lines = lines[1:]
        for line in lines:
            cells = line.split("\t")
            self.rows.append({name: cells[i] if i < len(cells) else "" for i, name in enumerate(self.columns)})
        if lines:
            self._render()
            self.changed.emit()
        return len(lines)
