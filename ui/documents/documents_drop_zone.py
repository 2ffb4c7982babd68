"""Where documents are dropped (or chosen): files or whole folders of txt, md, pdf, docx, html and transcripts."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from app.documents.extract import SUFFIXES
from ui.shared.drop_zone import DropZone
from ui.shared.prompter import Prompter


class DocumentsDropZone(DropZone):
    def __init__(self, parent: QWidget | None = None, *, prompter: Prompter | None = None) -> None:
        super().__init__(parent, prompter=prompter)
        self.headline.setText("Drop documents or folders here")
        self.kinds.setText("Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).")

    @Slot()
    def on_files_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUFFIXES))
        chosen = self.prompter.open_files(self, "Choose documents", "", f"Documents ({patterns});;All (*)")
        if chosen:
            self.paths_dropped.emit(chosen)

    @Slot()
    def on_folder_clicked(self) -> None:
        chosen = self.prompter.choose_folder(self, "Choose a folder of documents")
        if chosen is not None:
            self.paths_dropped.emit([chosen])
