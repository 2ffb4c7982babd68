"""Where documents are dropped (or chosen): files or whole folders of txt, md, pdf, docx, html and transcripts."""

from __future__ import annotations

from PySide6.QtCore import Slot

from app.documents.extract import SUFFIXES
from ui.shared.drop_zone import DropZone


class DocumentsDropZone(DropZone):
    """The recordings zone with the words and file kinds of documents (its `retranslate` puts them in)."""

    def retranslate(self) -> None:
        super().retranslate()
        self.headline.setText(self.tr("Drop documents or folders here"))
        self.kinds.setText(self.tr("Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json)."))
        self.files_button.setAccessibleName(self.tr("Choose documents to add"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder of documents to add"))

    @Slot()
    def on_files_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUFFIXES))
        kinds = self.tr("Documents ({patterns});;All (*)").format(patterns=patterns)
        chosen = self.prompter.open_files(self, self.tr("Choose documents"), "", kinds)
        if chosen:
            self.paths_dropped.emit(chosen)

    @Slot()
    def on_folder_clicked(self) -> None:
        chosen = self.prompter.choose_folder(self, self.tr("Choose a folder of documents"))
        if chosen is not None:
            self.paths_dropped.emit([chosen])
