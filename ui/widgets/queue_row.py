"""One recording in the transcription queue: its name, what is happening to it, and what can be done next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.engines.audio_input import clock
from app.transcription_queue import QueueItem


def status_text(item: QueueItem) -> str:
    if item.state == "waiting":
        return "Waiting"
    if item.state == "running":
        if item.progress == 0 or item.phase == "Stopping…":
            return item.phase or "Starting…"
        return f"{item.progress:.0%} · {item.phase}"
    if item.state == "failed":
        return item.error
    if item.state == "cancelled":
        return "Cancelled"
    where = Path(item.outputs[0]).parent if item.outputs else None
    facts = [clock(item.duration), item.language] + ([f"saved in {where}"] if where else [])
    return "Done · " + " · ".join(f for f in facts if f)


class QueueRow(QFrame):
    cancel_requested = Signal(str)
    rerun_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, item: QueueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.name = QLabel()
        self.name.setObjectName("CardTitle")
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.cancel_button = QPushButton("Cancel")
        self.rerun_button = QPushButton("Run again")
        self.rerun_button.setToolTip("Transcribe it again with the model and options chosen above")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Take it off the list (its saved files stay where they are)")
        for button in (self.cancel_button, self.rerun_button, self.remove_button):
            button.setObjectName("SmallButton")
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.name, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.rerun_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.status)
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
        self.status.setToolTip("\n".join([*item.outputs, *item.notices]))
        running = item.state == "running"
        self.bar.setVisible(running)
        if running:
            preparing = item.progress == 0
            self.bar.setRange(0, 0 if preparing else 1000)  # a moving bar while Whisper prepares: never "stuck at 0 %"
            self.bar.setValue(round(item.progress * 1000))
        self.cancel_button.setVisible(item.state in ("waiting", "running"))
        self.rerun_button.setVisible(item.state in ("done", "failed", "cancelled"))
        self.remove_button.setVisible(not running)
