"""One recording in the transcription queue: its name, what is happening to it, and what can be done next.

A row is a fixed two lines however narrow the list is: long names and reasons are cut with "…" (the whole text is
in the tooltip, and a failed item's reason is shown in full beside the queue when it is selected).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget
from superqt import QElidingLabel

from app.downloads.queue_state import QueueState
from app.engines.whisper.audio_input import clock
from app.engines.whisper.options import LANGUAGE_NAMES
from app.transcription.transcription_queue import QueueItem


def status_text(item: QueueItem) -> str:
    if item.state is QueueState.QUEUED:
        return "Waiting"
    if item.state is QueueState.RUNNING:
        if item.progress == 0 or item.phase == "Stopping…":
            return item.phase or "Starting…"
        return f"{item.progress:.0%} · {item.phase}"
    if item.state is QueueState.FAILED:
        return f"Failed · {item.error}"
    if item.state is QueueState.CANCELLED:
        return "Cancelled"
    language = LANGUAGE_NAMES.get(item.language, item.language)
    return "Done · " + " · ".join(f for f in (clock(item.duration), language) if f)


class QueueRow(QFrame):
    cancel_requested = Signal(str)
    rerun_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, item: QueueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.name = QElidingLabel()  # its tooltip is the full path, so not ui.shared.elided's
        self.name.setObjectName("CardTitle")
        self.status = QElidingLabel()
        self.status.setObjectName("Muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(5)
        keep_place = self.bar.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # rows keep one height whether running or not
        self.bar.setSizePolicy(keep_place)
        self.cancel_button = QPushButton("Cancel")
        self.rerun_button = QPushButton("Run again")
        self.rerun_button.setToolTip("Transcribe it again with the model and options chosen above")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Take it off the list (its saved files stay where they are)")
        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        bottom.addWidget(self.status, 1)
        for button in (self.cancel_button, self.rerun_button, self.remove_button):
            button.setObjectName("SmallButton")
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(3)
        layout.addWidget(self.name)
        layout.addLayout(bottom)
        layout.addWidget(self.bar)
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.item_id))
        self.rerun_button.clicked.connect(lambda: self.rerun_requested.emit(self.item_id))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.item_id))
        self.show_item(item)

    def show_item(self, item: QueueItem) -> None:
        self.item = item
        self.name.setText(item.name)
        self.name.setToolTip(item.source)
        self.status.setText(status_text(item))
        details = [status_text(item), f"Options: {item.options.summary()}", *item.outputs, *item.notices]
        self.status.setToolTip("\n".join(details))
        running = item.state is QueueState.RUNNING
        # It moves without a value while Whisper prepares (never a "stuck at 0 %"), then fills as segments come.
        self.bar.setRange(0, 0 if running and item.progress == 0 else 1000)
        self.bar.setValue(round(item.progress * 1000) if running else 0)
        self.bar.setVisible(running)
        self.cancel_button.setVisible(item.state in (QueueState.QUEUED, QueueState.RUNNING))
        self.rerun_button.setVisible(item.state in (QueueState.DONE, QueueState.FAILED, QueueState.CANCELLED))
        self.remove_button.setVisible(not running)
