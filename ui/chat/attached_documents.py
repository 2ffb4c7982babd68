"""The documents waiting in the composer to go with the next message: one small button per file, a click takes it
off again. What counts as a document is what app/documents can read (txt, md, pdf, docx, html, transcripts)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.documents.extract import SUFFIXES, can_read


def document_filter() -> str:
    """The file dialog's filter for what app/documents can read, in the chosen language."""
    patterns = " ".join(f"*{suffix}" for suffix in sorted(SUFFIXES))
    return QCoreApplication.translate("AttachedDocuments", "Documents ({patterns})").format(patterns=patterns)


def offered_documents(mime: QMimeData) -> list[Path]:
    """The readable documents among the local files a drop offers (pictures and models are left to others)."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.is_file() and can_read(f)]


class AttachedDocuments(QWidget):
    remove_requested = Signal(int)  # the index of the document to take off

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self._documents: list[Path] = []
        self._label: QLabel | None = None

    def retranslate(self) -> None:
        if self._label is not None:
            self._label.setText(self.tr("The reply will read:"))
        for button, document in zip(self.buttons, self._documents, strict=True):
            button.setToolTip(self.tr("{path}\nClick to leave it out").format(path=document))
            button.setAccessibleName(self.tr("Leave out {name}").format(name=document.name))

    def set_documents(self, documents: Sequence[Path]) -> None:
        self._documents = list(documents)
        self._label = None
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        if documents:
            self._label = QLabel()
            self._label.setObjectName("Muted")
            self._layout.addWidget(self._label)
        for index, document in enumerate(documents):
            button = QPushButton(f"{document.name}  ✕")
            button.setObjectName("SmallButton")
            button.clicked.connect(lambda _checked=False, index=index: self.remove_requested.emit(index))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self._layout.addStretch(1)
        self.retranslate()
        self.setVisible(bool(documents))
