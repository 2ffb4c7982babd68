"""Where the person writes: the message, the pictures and documents waiting to go with it, and Send, Stop,
Image… and Document….

Pictures (dropped, pasted or chosen) are prepared on a worker, since decoding a big photo takes a moment, and wait
here until the message is sent. When the loaded model cannot see, the row above offers the models that can.
Documents (chosen, or dropped on the composer) wait as their paths; the reply reads them (app/documents/chat.py).
Editing a sent message happens here too: "Cancel editing" (or Esc) puts back what was being written before.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.images import ImageRefused, PreparedImage, prepare_bytes, prepare_file
from ui.chat.attached_documents import AttachedDocuments, document_filter, offered_documents
from ui.chat.composer import Composer
from ui.chat.image_strip import ImageStrip, Offered
from ui.shared.model_picker import Choice
from ui.shared.prompter import Prompter
from ui.workers import Workers

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.webp *.bmp *.gif"


def prepare_pictures(offered: Sequence[Offered]) -> list[PreparedImage | str]:
    """Each picture prepared, or the sentence saying why it was refused."""
    prepared: list[PreparedImage | str] = []
    for item in offered:
        try:
            prepared.append(prepare_file(item) if isinstance(item, Path) else prepare_bytes(item[1], item[0]))
        except ImageRefused as exc:
            prepared.append(exc.sentence)  # said in the reader's language when shown
    return prepared


class ChatComposer(QWidget):
    send_requested = Signal()
    stop_requested = Signal()
    pictures_added = Signal(object)  # [str]: the sentences for pictures that were refused (often none), kept whole
    model_offered = Signal(object)  # a Choice that can see the waiting pictures
    edit_cancelled = Signal()  # the person left editing a message: it stays as it was

    def __init__(self, workers: Workers, parent: QWidget | None = None, *, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self._workers = workers
        self.pending: list[PreparedImage] = []  # sent with the next message
        self.editing = False  # the text is a sent message being edited
        self.replacing: int | None = None  # that message's id, when the chat page named it: Send replaces it
        self._draft = ""  # what was being written before the edit began, put back if it is cancelled
        self.documents: list[Path] = []  # read by the replies from the next message on
        self.vision_offer = QWidget()
        self._offer_layout = QHBoxLayout(self.vision_offer)
        self._offer_layout.setContentsMargins(0, 0, 0, 0)
        self.vision_offer.hide()
        self.images = ImageStrip(removable=True)
        self.images.hide()
        self.attached = AttachedDocuments()
        self.attached.hide()
        self.text = Composer()
        self.send_button = QPushButton()
        self.send_button.setObjectName("Primary")
        self.stop_button = QPushButton()
        self.stop_button.hide()
        self.cancel_edit_button = QPushButton()
        self.cancel_edit_button.hide()
        self.attach_button = QPushButton()
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.attach_button)
        self.document_button = QPushButton()
        buttons.addWidget(self.document_button)
        self._buttons = buttons
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.vision_offer)
        layout.addWidget(self.images)
        layout.addWidget(self.attached)
        layout.addLayout(row)
        self.text.send_requested.connect(self.send_requested)
        self.text.stop_requested.connect(self.on_text_escape_pressed)
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.send_button.clicked.connect(self.send_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.text.pictures_offered.connect(self.attach)
        self.attach_button.clicked.connect(self.on_attach_button_clicked)
        self.images.remove_requested.connect(self.on_images_remove_requested)
        self.document_button.clicked.connect(self.on_document_button_clicked)
        self.attached.remove_requested.connect(self.on_attached_remove_requested)
        self.setAcceptDrops(True)
        self.text.documents_dropped.connect(self.take_dropped)  # a document let go over the text joins the message
        self._offered: list[tuple[QPushButton, str]] = []  # the buttons offering models that see, and their names
        self.retranslate()

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.send_button.setToolTip(self.tr("Send the message (Enter)"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the reply"))
        self.stop_button.setToolTip(self.tr("Stop the reply; what it wrote so far is kept (Esc)"))
        self.cancel_edit_button.setText(self.tr("Cancel editing"))
        self.cancel_edit_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_edit_button.setToolTip(self.tr("Keep your message as it was (Esc)"))
        self.attach_button.setText(self.tr("Image…"))
        self.attach_button.setAccessibleName(self.tr("Add a picture"))
        self.attach_button.setToolTip(self.tr("Show the model a picture (or drop one on the chat, or paste it)"))
        self.document_button.setText(self.tr("Document…"))
        self.document_button.setAccessibleName(self.tr("Add a document"))
        self.document_button.setToolTip(self.tr("Ask about a document: txt, md, pdf, docx, html (or drop one here)"))
        for button, name in self._offered:
            button.setText(self.tr("Use {model}").format(model=name))

    def add_button(self, button: QWidget) -> None:
        """Another button in the column beside the text, under the others (the Tools button)."""
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def message(self) -> str:
        return self.text.toPlainText().strip()

    def clear(self) -> None:
        """After sending: the text and the pictures went with the message (an edit is done)."""
        self.text.clear()
        self._end_edit()
        self.pending = []
        self.documents = []
        self._show_pending()
        self.attached.set_documents(())

    def begin_edit(self, text: str, replacing: int | None = None) -> None:
        """A sent message to edit: it takes the text's place until it is sent or the edit is cancelled."""
        if not self.editing:
            self._draft = self.text.toPlainText()
        self.editing = True
        self.replacing = replacing
        self.text.setPlainText(text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.cancel_edit_button.show()

    @Slot()
    def cancel_edit(self) -> None:
        if self.editing:
            self.text.setPlainText(self._draft)
            self.text.moveCursor(QTextCursor.MoveOperation.End)
            self._end_edit()
            self.text.setFocus()
            self.edit_cancelled.emit()

    def _end_edit(self) -> None:
        self.editing = False
        self.replacing = None
        self._draft = ""
        self.cancel_edit_button.hide()

    @Slot()
    def on_text_escape_pressed(self) -> None:
        """Esc leaves an edit; otherwise it stops the reply."""
        if self.editing:
            self.cancel_edit()
        else:
            self.stop_requested.emit()

    def set_busy(self, busy: bool, replying: bool) -> None:
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy and replying)

    @Slot(list)
    def attach(self, offered: Sequence[Offered]) -> None:
        self._workers.start(prepare_pictures, list(offered), connect={"returned": self.on_pictures_prepared})

    @Slot(object)
    def on_pictures_prepared(self, prepared: Sequence[PreparedImage | str]) -> None:
        self.pending += [p for p in prepared if isinstance(p, PreparedImage)]
        self._show_pending()
        self.pictures_added.emit([p for p in prepared if isinstance(p, str)])

    @Slot()
    def on_attach_button_clicked(self) -> None:
        images = self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS)
        files = self.prompter.open_files(self, self.tr("Show the model a picture"), str(Path.home()), images)
        if files:
            self.attach(files)

    def attach_documents(self, documents: Sequence[Path]) -> None:
        for document in documents:
            if Path(document) not in self.documents:
                self.documents.append(Path(document))
        self.attached.set_documents(self.documents)

    @Slot()
    def on_document_button_clicked(self) -> None:
        files = self.prompter.open_files(self, self.tr("Ask about a document"), str(Path.home()), document_filter())
        if files:
            self.attach_documents(files)

    @Slot(int)
    def on_attached_remove_requested(self, index: int) -> None:
        del self.documents[index]
        self.attached.set_documents(self.documents)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.take_dropped(event.mimeData())

    @Slot(QMimeData)
    def take_dropped(self, mime: QMimeData) -> None:
        """Documents join the message; any other file goes the pictures' way (and is refused if it is not one)."""
        documents = offered_documents(mime)
        others = [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()) not in documents
        ]
        if documents:
            self.attach_documents(documents)
        if others:
            self.attach(others)

    @Slot(int)
    def on_images_remove_requested(self, index: int) -> None:
        del self.pending[index]
        self._show_pending()

    def offer_models_that_see(self, name: str, choices: Sequence[Choice]) -> str:
        """`name` cannot see the waiting pictures: offer up to three models here that can (and fit), and return
        what to tell the person."""
        seeing = [c for c in choices if c.mmproj is not None and c.fits]
        self.offer_models(seeing[:3])
        model = name or self.tr("This model")
        if not seeing:
            return self.tr(
                "{model} cannot see images, and no model on this computer that fits can. Discover lists vision "
                "models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj "
                "file) in My Models. Your pictures and text stay here."
            ).format(model=model)
        return self.tr(
            "{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text "
            "stay here."
        ).format(model=model)

    def offer_models(self, choices: Sequence[Choice]) -> None:
        """A button for each model that can see (none: the row stays hidden)."""
        while self._offer_layout.count():
            item = self._offer_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._offered = []
        for choice in choices:
            button = QPushButton(self.tr("Use {model}").format(model=choice.name))
            button.clicked.connect(lambda _checked=False, choice=choice: self.model_offered.emit(choice))
            self._offer_layout.addWidget(button)
            self._offered.append((button, choice.name))
        self._offer_layout.addStretch(1)
        self.vision_offer.setVisible(bool(choices))

    def _show_pending(self) -> None:
        self.images.set_images([(p.name, p.data) for p in self.pending])
        if not self.pending:
            self.vision_offer.hide()
