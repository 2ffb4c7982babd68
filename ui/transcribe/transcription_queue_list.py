"""The transcription queue as a list: one row per recording (ui/transcribe/queue_row.py), in the order they came.

It shows the queue's items and forwards what the person asks of a row (cancel, run again, remove) by item id; the
queue itself lives in `TranscribeController`. A change to one item updates that row only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.transcription.transcription_queue import QueueItem
from ui.transcribe.queue_row import QueueRow

# Rows are widgets with their own text colours, so a selection is a quiet background and an accent edge, not the
# list's full accent fill (which would hide the muted status line).
_STYLE = """
QListWidget#TranscriptionQueue { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QListWidget#TranscriptionQueue::item { border-bottom: 1px solid palette(midlight); }
QListWidget#TranscriptionQueue::item:selected {
    background: palette(alternate-base); border-left: 3px solid palette(highlight);
}
"""


class TranscriptionQueueList(QListWidget):
    item_selected = Signal(str)  # item id
    cancel_requested = Signal(str)
    rerun_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, tuple[QListWidgetItem, QueueRow]] = {}
        self.setObjectName("TranscriptionQueue")
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(260)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self.on_current_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Transcription queue"))
        for list_item, row in self.rows.values():
            row.retranslate()  # its status first, whichever of the two is asked first
            self._name_item(list_item, row)

    def _name_item(self, list_item: QListWidgetItem, row: QueueRow) -> None:
        """A row is a widget drawn over an empty item: the item carries its words for a screen reader."""
        spoken = self.tr("{name}: {status}").format(name=row.item.name, status=row.status.text())
        list_item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def show_items(self, items: Sequence[QueueItem]) -> None:
        """Rows for items added, none for items removed; the rows already there keep their place and state."""
        ids = {item.id for item in items}
        for item_id in [i for i in self.rows if i not in ids]:
            list_item, _row = self.rows.pop(item_id)
            self.takeItem(self.row(list_item))
        for item in items:
            if item.id not in self.rows:
                self._add_row(item)

    def show_item(self, item: QueueItem) -> bool:
        """Update the item's row; False when the list has no row for it (it was removed meanwhile)."""
        if item.id not in self.rows:
            return False
        list_item, row = self.rows[item.id]
        row.show_item(item)
        self._name_item(list_item, row)
        return True

    def select(self, item_id: str) -> None:
        self.setCurrentItem(self.rows[item_id][0])

    def _add_row(self, item: QueueItem) -> None:
        row = QueueRow(item)
        row.cancel_requested.connect(self.cancel_requested)
        row.rerun_requested.connect(self.rerun_requested)
        row.remove_requested.connect(self.remove_requested)
        list_item = QListWidgetItem()
        list_item.setData(Qt.ItemDataRole.UserRole, item.id)
        list_item.setSizeHint(QSize(1, row.sizeHint().height()))  # the list's width, whatever the text
        self.addItem(list_item)
        self.setItemWidget(list_item, row)
        self.rows[item.id] = (list_item, row)
        self._name_item(list_item, row)

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_current_item_changed(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is not None:
            self.item_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))
