"""A finished transcript as a table of timed segments: searchable, and editable before it is exported.

Each segment is a row (its start time, its text); the text cells can be edited in place, and `transcript()`
returns the transcript with those edits, which exports and "Send to chat" then use. Search hides the rows that do
not contain the words typed and says how many do, so a long meeting is quick to find one's way in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.engines.whisper.audio_input import clock
from app.transcription.transcripts.model import Transcript


class TranscriptView(QWidget):
    edited = Signal()  # the user changed the text of a segment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._transcript: Transcript | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.matches = QLabel("")
        self.matches.setObjectName("Muted")
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), however long the transcript
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Rows follow their wrapped text's height whenever the width or the text changes.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.matches)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.on_search_changed)
        self.table.itemChanged.connect(self.on_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the transcript"))
        self.search.setAccessibleName(self.tr("Search the transcript"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Text (double-click to edit)")])
        self.table.setAccessibleName(self.tr("Transcript"))
        self.table.setAccessibleDescription(self.tr("One line per timed segment; F2 or a double-click edits its text"))
        self.on_search_changed(self.search.text())

    def set_transcript(self, transcript: Transcript | None) -> None:
        self._transcript = transcript
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for segment in transcript.segments if transcript else ():
            row = self.table.rowCount()
            self.table.insertRow(row)
            time = QTableWidgetItem(clock(segment.start))
            time.setFlags(time.flags() & ~Qt.ItemFlag.ItemIsEditable)
            time.setForeground(self.palette().placeholderText())
            time.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(row, 0, time)
            self.table.setItem(row, 1, QTableWidgetItem(segment.text))
        self.table.blockSignals(False)
        self.on_search_changed(self.search.text())

    def transcript(self) -> Transcript | None:
        if self._transcript is None:
            return None
        texts = [self.table.item(row, 1).text() for row in range(self.table.rowCount())]
        return self._transcript.with_texts(texts)

    def text(self) -> str:
        transcript = self.transcript()
        return transcript.text() if transcript else ""

    @Slot(QTableWidgetItem)
    def on_item_changed(self, _item: QTableWidgetItem) -> None:
        self.edited.emit()

    @Slot(str)
    def on_search_changed(self, text: str) -> None:
        words = text.lower().split()
        shown = 0
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 1).text().lower()
            match = all(word in cell for word in words)
            self.table.setRowHidden(row, not match)
            shown += match
        found = self.tr("{shown} of %n lines", "", self.table.rowCount()).format(shown=shown)
        self.matches.setText(found if words else "")
