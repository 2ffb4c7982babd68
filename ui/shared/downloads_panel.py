"""The downloads panel: every download with its progress, speed and time left, and what can be done with it.

A row draws itself from the `DownloadStatus` the controller sends for its download only, so ten progress ticks a
second redraw one row, not the list.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.downloads.progress import DownloadPhase, format_eta
from app.downloads.queue import DownloadStatus
from app.downloads.queue_state import QueueState
from app.units import format_bytes
from ui.shared.scroll import vertical_scroll
from ui.state.downloads import DownloadsController

STATE_WORDS = {
    QueueState.QUEUED: "Waiting",
    QueueState.PAUSED: "Paused",
    QueueState.DONE: "Installed",
    QueueState.CANCELLED: "Cancelled",
}


class DownloadRow(QFrame):
    def __init__(self, controller: DownloadsController, status: DownloadStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DownloadRow")
        self.item_id = item_id = status.item_id
        self.updates = 0  # how often it was drawn: another download's progress must never redraw this row
        self.title = QLabel()
        self.title.setObjectName("CardTitle")
        self.title.setWordWrap(True)  # a long model name wraps; it never widens the panel
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.pause_button = QPushButton("Pause")
        self.resume_button = QPushButton("Resume")
        self.retry_button = QPushButton("Retry")
        self.cancel_button = QPushButton("Cancel")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Remove from this list (the model stays installed)")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.pause_button,
            self.resume_button,
            self.retry_button,
            self.cancel_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.pause_button.clicked.connect(lambda: controller.pause(item_id))
        self.resume_button.clicked.connect(lambda: controller.resume(item_id))
        self.retry_button.clicked.connect(lambda: controller.retry(item_id))
        self.cancel_button.clicked.connect(lambda: controller.cancel(item_id))
        self.remove_button.clicked.connect(lambda: controller.remove(item_id))
        self.show_status(status)

    def show_status(self, status: DownloadStatus) -> None:
        self.updates += 1
        self.title.setText(status.name)
        total = status.total_bytes or 1
        done = 1000 if status.state is QueueState.DONE else int(1000 * min(status.done_bytes, total) / total)
        self.bar.setValue(done)
        progress = status.progress
        if progress is not None:  # only a running download has one
            if progress.phase is DownloadPhase.DOWNLOADING:
                parts = [
                    f"{progress.fraction:.0%}",
                    f"{format_bytes(progress.done_bytes)} of {format_bytes(progress.total_bytes)}",
                ]
                if progress.speed_bps:
                    parts.append(f"{format_bytes(int(progress.speed_bps))}/s")
                if eta := format_eta(progress.eta_seconds):
                    parts.append(eta)
                text = " · ".join(parts)
            else:
                text = progress.message or progress.phase.capitalize()
        elif status.state is QueueState.RUNNING:
            text = "Starting…"
        elif status.state is QueueState.FAILED:
            text = status.error
        else:
            text = STATE_WORDS.get(status.state, status.state)
            if status.state is QueueState.PAUSED and status.done_bytes:
                text += f" at {format_bytes(status.done_bytes)} of {format_bytes(status.total_bytes)}"
        self.status.setText(text)
        state = status.state
        self.pause_button.setVisible(state in (QueueState.RUNNING, QueueState.QUEUED))
        self.resume_button.setVisible(state is QueueState.PAUSED)
        self.retry_button.setVisible(state is QueueState.FAILED)
        self.cancel_button.setVisible(
            state in (QueueState.RUNNING, QueueState.QUEUED, QueueState.PAUSED, QueueState.FAILED)
        )
        self.remove_button.setVisible(state in (QueueState.DONE, QueueState.CANCELLED))


class DownloadsPanel(QWidget):
    def __init__(self, controller: DownloadsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: dict[str, DownloadRow] = {}
        title = QLabel("Downloads")
        title.setObjectName("PanelTitle")
        self.empty = QLabel("Nothing is downloading. Start a download from Discover.")
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(8)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.list_layout)
        inner.addWidget(self.empty)
        inner.addStretch(1)
        scroll = vertical_scroll(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        controller.changed.connect(self.on_downloads_changed)
        controller.removed.connect(self.on_downloads_removed)
        for item in controller.queue.items:
            self._add_row(controller.status(item.id))
        self._update_empty()

    def _add_row(self, status: DownloadStatus) -> DownloadRow:
        row = DownloadRow(self.controller, status)
        self.rows[status.item_id] = row
        self.list_layout.insertWidget(0, row)  # newest first
        return row

    @Slot(object)
    def on_downloads_changed(self, status: DownloadStatus) -> None:
        row = self.rows.get(status.item_id)
        if row is None:
            self._add_row(status)
            self._update_empty()
        else:
            row.show_status(status)

    @Slot(object)
    def on_downloads_removed(self, status: DownloadStatus) -> None:
        row = self.rows.pop(status.item_id, None)
        if row is not None:
            row.deleteLater()
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
