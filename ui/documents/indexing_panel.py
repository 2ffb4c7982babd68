"""The indexing in progress: files and chunks done, the file being read, the time left, and Pause / Resume."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.documents.indexer import IndexProgress
from app.units import plural


def progress_text(progress: IndexProgress) -> str:
    left = ""
    if progress.seconds_left is not None:
        minutes, seconds = divmod(int(progress.seconds_left), 60)
        left = f" · about {minutes} min {seconds} s left" if minutes else f" · about {seconds} s left"
    reading = f" · reading {progress.file.name}" if progress.file is not None else ""
    files = f"{progress.files_done} of {plural(progress.files_total, 'file')}"
    return f"{files} · {plural(progress.chunks_done, 'chunk')}{reading}{left}"


class IndexingPanel(QWidget):
    pause_requested = Signal()
    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.pause_button = QPushButton("Pause")
        self.paused = False
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.pause_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.pause_button.clicked.connect(self.on_pause_clicked)
        self.hide()

    def start(self, name: str) -> None:
        self.paused = False
        self.pause_button.setText("Pause")
        self.pause_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.label.setText(f"Indexing “{name}”…")
        self.show()

    def show_progress(self, progress: IndexProgress) -> None:
        total = max(progress.files_total, 1)
        self.bar.setRange(0, total * 100)
        share = progress.files_done * 100
        if progress.file is not None and progress.seconds_left is not None:
            share += 50
        self.bar.setValue(min(share, total * 100))
        self.label.setText(("Paused · " if self.paused else "") + progress_text(progress))

    def finish(self, text: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.pause_button.setEnabled(False)
        self.label.setText(text)

    def on_pause_clicked(self) -> None:
        self.paused = not self.paused
        self.pause_button.setText("Resume" if self.paused else "Pause")
        text = self.label.text().removeprefix("Paused · ")
        self.label.setText(("Paused · " if self.paused else "") + text)
        (self.pause_requested if self.paused else self.resume_requested).emit()
