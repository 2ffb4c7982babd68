"""The chosen model downloading: the downloads panel's own row (progress, speed, time left, pause, cancel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.downloads.queue import DownloadStatus
from app.downloads.queue_state import QueueState
from app.models.first_run import Pick
from ui.shared.downloads_panel import DownloadRow
from ui.state.downloads import DownloadsController


class DownloadScreen(QWidget):
    installed = Signal(object)  # Path of the model file, once it is verified and in place
    cancelled = Signal()

    def __init__(self, downloads: DownloadsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.downloads = downloads
        self.item_id = ""
        self.row: DownloadRow | None = None
        self._model = ""  # the name of the model downloading
        self.title = QLabel("")
        self.title.setObjectName("FirstRunTitle")
        self.title.setWordWrap(True)
        self.lead = QLabel()
        self.lead.setObjectName("FirstRunLead")
        self.lead.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(14)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.lead)
        self.layout_.addStretch(1)
        downloads.changed.connect(self.on_downloads_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.lead.setText(
            self.tr(
                "The chat opens by itself, with the model loaded, as soon as it is here. "
                "Skip keeps the download going in the background (Downloads, {shortcut})."
            ).format(shortcut=QKeySequence("Ctrl+J").toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.title.setText(self.tr("Downloading {model}").format(model=self._model) if self._model else "")

    def start(self, pick: Pick) -> None:
        """Start (or rejoin, when it is already queued) the pick's download and follow it."""
        self._model = pick.spec.name
        self.retranslate()
        item = self.downloads.start(pick.download_plan())
        self.item_id = item.id
        if self.row is not None:
            self.row.deleteLater()
        self.row = DownloadRow(self.downloads, self.downloads.status(item.id))
        self.layout_.insertWidget(2, self.row)

    @Slot(object)
    def on_downloads_changed(self, status: DownloadStatus) -> None:
        """Follows its own download only; the person may have others running from the downloads panel."""
        if status.item_id != self.item_id or self.row is None:
            return
        self.row.show_status(status)
        if status.state is QueueState.DONE:
            self.item_id = ""
            self.installed.emit(Path(status.installed_path))
        elif status.state is QueueState.CANCELLED:
            self.item_id = ""
            self.cancelled.emit()
