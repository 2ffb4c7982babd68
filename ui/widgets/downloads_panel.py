"""The downloads panel: every download with its progress, speed and time left, and what can be done with it."""

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

from app.downloads import queue as states
from app.downloads.progress import format_eta
from app.units import format_bytes
from ui.downloads_controller import DownloadsController
from ui.widgets.scroll import vertical_scroll

STATE_WORDS = {
    states.QUEUED: "Waiting",
    states.PAUSED: "Paused",
    states.DONE: "Installed",
    states.CANCELLED: "Cancelled",
}


class DownloadRow(QFrame):
    def __init__(self, controller: DownloadsController, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DownloadRow")
        self.controller = controller
        self.item_id = item_id
        self.title = QLabel()
        self.title.setObjectName("CardTitle")
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
        self.refresh()

    def refresh(self) -> None:
        item = self.controller.queue.get(self.item_id)
        self.title.setText(item.plan.name)
        total = item.total_bytes or 1
        self.bar.setValue(int(1000 * min(item.done_bytes, total) / total) if item.state != states.DONE else 1000)
        progress = self.controller.progress.get(self.item_id)
        if item.state == states.RUNNING and progress is not None:
            if progress.state == "downloading":
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
                text = progress.message or progress.state.capitalize()
        elif item.state == states.RUNNING:
            text = "Starting…"
        elif item.state == states.FAILED:
            text = item.error
        else:
            text = STATE_WORDS.get(item.state, item.state)
            if item.state == states.PAUSED and item.done_bytes:
                text += f" at {format_bytes(item.done_bytes)} of {format_bytes(item.total_bytes)}"
        self.status.setText(text)
        self.pause_button.setVisible(item.state in (states.RUNNING, states.QUEUED))
        self.resume_button.setVisible(item.state == states.PAUSED)
        self.retry_button.setVisible(item.state == states.FAILED)
        self.cancel_button.setVisible(item.state in (states.RUNNING, states.QUEUED, states.PAUSED, states.FAILED))
        self.remove_button.setVisible(item.state in (states.DONE, states.CANCELLED))


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
        controller.changed.connect(self.on_item_changed)
        for item in controller.queue.items:
            self._add_row(item.id)
        self._update_empty()

    def _add_row(self, item_id: str) -> DownloadRow:
        row = DownloadRow(self.controller, item_id)
        self.rows[item_id] = row
        self.list_layout.insertWidget(0, row)  # newest first
        return row

    @Slot(str)
    def on_item_changed(self, item_id: str) -> None:
        exists = any(item.id == item_id for item in self.controller.queue.items)
        row = self.rows.get(item_id)
        if not exists:
            if row is not None:
                self.rows.pop(item_id)
                row.deleteLater()
        elif row is None:
            self._add_row(item_id)
        else:
            row.refresh()
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
