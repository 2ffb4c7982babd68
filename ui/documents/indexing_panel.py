"""The indexing in progress: files and chunks done, the file being read, the time left, and Pause / Resume."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.documents.indexer import FileOutcome, IndexProgress
from app.i18n import localized


class IndexingPanel(QWidget):
    pause_requested = Signal()
    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.pause_button = QPushButton()
        self.paused = False
        # What is shown, kept so that another language says it again: the collection's name, then its progress,
        # then the outcome of the whole indexing.
        self._name = ""
        self._progress: IndexProgress | None = None
        self._outcomes: Sequence[FileOutcome] | None = None
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.pause_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.pause_button.clicked.connect(self.on_pause_clicked)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.bar.setFormat(self.tr("%p%"))
        self._render()

    def progress_text(self, progress: IndexProgress) -> str:
        """Files and chunks done, the file being read and the time left, counts in the right number."""
        files = self.tr("{done} of %n files", "", progress.files_total).format(done=progress.files_done)
        text = self.tr("{files} · {chunks}").format(files=files, chunks=self.tr("%n chunks", "", progress.chunks_done))
        if progress.file is not None:
            text = self.tr("{progress} · reading {file}").format(progress=text, file=progress.file.name)
        if progress.seconds_left is not None:
            minutes, seconds = divmod(int(progress.seconds_left), 60)
            if minutes:
                left = self.tr("about {minutes} min {seconds} s left").format(minutes=minutes, seconds=seconds)
            else:
                left = self.tr("about {seconds} s left").format(seconds=seconds)
            text = self.tr("{progress} · {left}").format(progress=text, left=left)
        return text

    def summary(self, outcomes: Sequence[FileOutcome]) -> str:
        """What an indexing did: files read and chunks made, files that are gone, and each file's problem."""
        read = [o for o in outcomes if not o.removed]
        chunks = sum(o.chunks for o in read)
        problems = [f"{o.file.name}: {localized(o.problem)}" for o in outcomes if o.problem and not o.removed]
        removed = sum(1 for o in outcomes if o.removed)
        if read:
            files = self.tr("%n files", "", len(read))
            text = self.tr("Done: {files} read, {chunks}.").format(files=files, chunks=self.tr("%n chunks", "", chunks))
        else:
            text = self.tr("Everything was up to date.")
        if removed:
            text += " " + self.tr("%n files that are gone were dropped.", "", removed)
        return " ".join([text, *problems])

    def start(self, name: str) -> None:
        self.paused = False
        self._name, self._progress, self._outcomes = name, None, None
        self.pause_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self._render()
        self.show()

    def show_progress(self, progress: IndexProgress) -> None:
        total = max(progress.files_total, 1)
        self.bar.setRange(0, total * 100)
        share = progress.files_done * 100
        if progress.file is not None and progress.seconds_left is not None:
            share += 50
        self.bar.setValue(min(share, total * 100))
        self._progress = progress
        self._render()

    def finish(self, outcomes: Sequence[FileOutcome]) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.pause_button.setEnabled(False)
        self._outcomes = outcomes
        self._render()

    def on_pause_clicked(self) -> None:
        self.paused = not self.paused
        self._render()
        (self.pause_requested if self.paused else self.resume_requested).emit()

    def _render(self) -> None:
        """The label, the button and the bar's spoken name for what is shown now, in the chosen language."""
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume indexing") if self.paused else self.tr("Pause indexing"))
        if self._outcomes is not None:
            self.label.setText(self.summary(self._outcomes))
            self.bar.setAccessibleName(self.tr("Indexing of {name}: done").format(name=self._name))
            return
        if self._progress is None:
            text = self.tr("Indexing “{name}”…").format(name=self._name)
            self.bar.setAccessibleName(self.tr("Indexing of {name}").format(name=self._name))
        else:
            text = self.progress_text(self._progress)
            percent = round(100 * self.bar.value() / max(self.bar.maximum(), 1))
            self.bar.setAccessibleName(
                self.tr("Indexing of {name}: {percent}%").format(name=self._name, percent=percent)
            )
        self.label.setText(self.tr("Paused · {text}").format(text=text) if self.paused else text)
