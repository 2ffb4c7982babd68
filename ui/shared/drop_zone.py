"""A large target for recordings: drop files or folders, or choose them; says which kinds it takes.

The zone accepts a drag only when it holds a local file or folder, so the cursor tells the user before they let
go; what the files are is judged later (a folder is searched for recordings, a file is tried by the decoder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.transcription.transcription_queue import AUDIO_SUFFIXES, VIDEO_SUFFIXES
from ui.shared.prompter import Prompter

_STYLE = """
QFrame#DropZone { border: 2px dashed palette(mid); border-radius: 12px; background: palette(alternate-base); }
QFrame#DropZone[hovering="true"] { border-color: palette(highlight); background: palette(base); }
"""


def local_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def kinds_text() -> str:
    audio = ", ".join(s.lstrip(".") for s in AUDIO_SUFFIXES[:7])
    video = ", ".join(s.lstrip(".") for s in VIDEO_SUFFIXES[:5])
    return QCoreApplication.translate("DropZone", "Audio ({audio} …) and video ({video} …), or a whole folder.").format(
        audio=audio, video=video
    )


class DropZone(QFrame):
    """Subclassed (the Documents page's zone): its texts use the "DropZone" context by name, not `self.tr`."""

    paths_dropped = Signal(list)  # [Path]

    def __init__(self, parent: QWidget | None = None, *, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.setObjectName("DropZone")
        self.setStyleSheet(_STYLE)
        self.setAcceptDrops(True)
        self.headline = QLabel()
        self.headline.setObjectName("Headline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setWordWrap(True)
        self.kinds = QLabel()
        self.kinds.setObjectName("Muted")
        self.kinds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kinds.setWordWrap(True)  # the list of kinds is long in any language
        self.files_button = QPushButton()
        self.folder_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(self.kinds)
        layout.addLayout(buttons)
        self.files_button.clicked.connect(self.on_files_clicked)
        self.folder_button.clicked.connect(self.on_folder_clicked)
        self.set_compact(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.headline.setText(QCoreApplication.translate("DropZone", "Drop recordings or videos here"))
        self.kinds.setText(kinds_text())
        self.files_button.setText(QCoreApplication.translate("DropZone", "Choose files…"))
        self.files_button.setAccessibleName(QCoreApplication.translate("DropZone", "Choose files to add"))
        self.folder_button.setText(QCoreApplication.translate("DropZone", "Choose a folder…"))
        self.folder_button.setAccessibleName(QCoreApplication.translate("DropZone", "Choose a folder to add"))

    def set_compact(self, compact: bool) -> None:
        """Big while the queue is empty, a strip once there is something to look at."""
        self.setMinimumHeight(96 if compact else 200)
        self.kinds.setVisible(not compact)

    @Slot()
    def on_files_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in (*AUDIO_SUFFIXES, *VIDEO_SUFFIXES))
        kinds = QCoreApplication.translate("DropZone", "Recordings and videos ({patterns});;All files (*)")
        chosen = self.prompter.open_files(
            self,
            QCoreApplication.translate("DropZone", "Choose recordings"),
            "",
            kinds.format(patterns=patterns),
        )
        if chosen:
            self.paths_dropped.emit(chosen)

    @Slot()
    def on_folder_clicked(self) -> None:
        chosen = self.prompter.choose_folder(
            self, QCoreApplication.translate("DropZone", "Choose a folder of recordings")
        )
        if chosen is not None:
            self.paths_dropped.emit([chosen])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._hover(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)

    def _hover(self, on: bool) -> None:
        self.setProperty("hovering", on)
        self.style().unpolish(self)
        self.style().polish(self)
