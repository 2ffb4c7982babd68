"""The downloads panel: every download with its progress, speed and time left, and what can be done with it.

A row draws itself from the `DownloadStatus` the controller sends for its download only, so ten progress ticks a
second redraw one row, not the list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
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
from app.i18n import localized
from ui.shared.announce import announce
from ui.shared.i18n import format_size
from ui.shared.scroll import vertical_scroll
from ui.state.downloads import DownloadsController

STATE_WORDS = {
    QueueState.QUEUED: QT_TRANSLATE_NOOP("DownloadRow", "Waiting"),
    QueueState.PAUSED: QT_TRANSLATE_NOOP("DownloadRow", "Paused"),
    QueueState.DONE: QT_TRANSLATE_NOOP("DownloadRow", "Installed"),
    QueueState.CANCELLED: QT_TRANSLATE_NOOP("DownloadRow", "Cancelled"),
}
PHASE_WORDS = {  # what a running download does besides downloading, when the core gave no sentence of its own
    DownloadPhase.CHECKING: QT_TRANSLATE_NOOP("DownloadRow", "Checking"),
    DownloadPhase.DOWNLOADING: QT_TRANSLATE_NOOP("DownloadRow", "Downloading"),
    DownloadPhase.RETRYING: QT_TRANSLATE_NOOP("DownloadRow", "Retrying"),
    DownloadPhase.VERIFYING: QT_TRANSLATE_NOOP("DownloadRow", "Verifying"),
    DownloadPhase.INSTALLING: QT_TRANSLATE_NOOP("DownloadRow", "Installing"),
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
        self.pause_button = QPushButton()
        self.resume_button = QPushButton()
        self.retry_button = QPushButton()
        self.cancel_button = QPushButton()
        self.remove_button = QPushButton()
        self._status = status
        self._percent = -1  # the value the bar's spoken name says, renamed only when the whole percent changes
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
        self.retranslate()

    def retranslate(self) -> None:
        self.pause_button.setText(self.tr("Pause"))
        self.resume_button.setText(self.tr("Resume"))
        self.retry_button.setText(self.tr("Retry"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove from this list (the model stays installed)"))
        self._percent = -1
        self._render(self._status)

    def show_status(self, status: DownloadStatus) -> None:
        self.updates += 1
        self._status = status
        self._render(status)

    def _render(self, status: DownloadStatus) -> None:
        self.title.setText(status.name)
        total = status.total_bytes or 1
        done = 1000 if status.state is QueueState.DONE else int(1000 * min(status.done_bytes, total) / total)
        self.bar.setValue(done)
        self._name_controls(status.name, done // 10)
        progress = status.progress
        if progress is not None:  # only a running download has one
            if progress.phase is DownloadPhase.DOWNLOADING:
                parts = [
                    self.tr("{percent}%").format(percent=f"{progress.fraction * 100:.0f}"),
                    self.tr("{done} of {total}").format(
                        done=format_size(progress.done_bytes), total=format_size(progress.total_bytes)
                    ),
                ]
                if progress.speed_bps:
                    parts.append(self.tr("{size}/s").format(size=format_size(int(progress.speed_bps))))
                if eta := format_eta(progress.eta_seconds):
                    parts.append(localized(eta))
                text = " · ".join(parts)
            else:
                text = localized(progress.message) or QCoreApplication.translate(
                    "DownloadRow", PHASE_WORDS[progress.phase]
                )
        elif status.state is QueueState.RUNNING:
            text = self.tr("Starting…")
        elif status.state is QueueState.FAILED:
            text = localized(status.error)
        elif status.state is QueueState.PAUSED and status.done_bytes:
            text = self.tr("Paused at {done} of {total}").format(
                done=format_size(status.done_bytes), total=format_size(status.total_bytes)
            )
        elif status.state in STATE_WORDS:
            text = QCoreApplication.translate("DownloadRow", STATE_WORDS[status.state])
        else:
            text = status.state
        self.status.setText(text)
        state = status.state
        self.pause_button.setVisible(state in (QueueState.RUNNING, QueueState.QUEUED))
        self.resume_button.setVisible(state is QueueState.PAUSED)
        self.retry_button.setVisible(state is QueueState.FAILED)
        self.cancel_button.setVisible(
            state in (QueueState.RUNNING, QueueState.QUEUED, QueueState.PAUSED, QueueState.FAILED)
        )
        self.remove_button.setVisible(state in (QueueState.DONE, QueueState.CANCELLED))

    def _name_controls(self, name: str, percent: int) -> None:
        """The bar is named with what downloads and how far it is; named again only when the whole percent moves,
        not on each of ten ticks a second."""
        if percent == self._percent:
            return
        self._percent = percent
        self.bar.setFormat(self.tr("%p%"))
        self.bar.setAccessibleName(self.tr("Download of {name}: {percent}%").format(name=name, percent=percent))
        self.pause_button.setAccessibleName(self.tr("Pause the download of {name}").format(name=name))
        self.resume_button.setAccessibleName(self.tr("Resume the download of {name}").format(name=name))
        self.retry_button.setAccessibleName(self.tr("Retry the download of {name}").format(name=name))
        self.cancel_button.setAccessibleName(self.tr("Cancel the download of {name}").format(name=name))
        self.remove_button.setAccessibleName(self.tr("Remove {name} from this list").format(name=name))


class DownloadsPanel(QWidget):
    def __init__(self, controller: DownloadsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: dict[str, DownloadRow] = {}
        self.title = QLabel()
        self.title.setObjectName("PanelTitle")
        self.empty = QLabel()
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
        self.scroll = vertical_scroll(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        controller.changed.connect(self.on_downloads_changed)
        controller.removed.connect(self.on_downloads_removed)
        self._states: dict[
            str, QueueState
        ] = {}  # each download's state as last seen: a change to done or failed is said
        for item in controller.queue.items:
            self._add_row(controller.status(item.id))
        self._update_empty()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Downloads"))
        self.empty.setText(self.tr("Nothing is downloading. Start a download from Discover."))
        self.scroll.setAccessibleName(self.tr("Downloads"))

    def _add_row(self, status: DownloadStatus) -> DownloadRow:
        row = DownloadRow(self.controller, status)
        self.rows[status.item_id] = row
        self._states[status.item_id] = status.state
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
            self._announce_outcome(status)

    def _announce_outcome(self, status: DownloadStatus) -> None:
        """Said once, when a download becomes installed or failed (a screen reader hears it from any page)."""
        before, self._states[status.item_id] = self._states.get(status.item_id), status.state
        if before is status.state:
            return
        if status.state is QueueState.DONE:
            announce(self, self.tr("{name} is downloaded and installed.").format(name=status.name))
        elif status.state is QueueState.FAILED:
            announce(
                self,
                self.tr("The download of {name} failed: {reason}").format(
                    name=status.name, reason=localized(status.error)
                ),
                urgent=True,
            )

    @Slot(object)
    def on_downloads_removed(self, status: DownloadStatus) -> None:
        row = self.rows.pop(status.item_id, None)
        self._states.pop(status.item_id, None)
        if row is not None:
            row.deleteLater()
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
