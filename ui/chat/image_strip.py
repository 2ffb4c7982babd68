"""A row of picture thumbnails: the images waiting in the composer (each with a remove button) and the ones a
message was sent with in the transcript."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.images import THUMBNAIL_SIDE, thumbnail


class Thumbnail(QWidget):
    remove_requested = Signal()

    def __init__(self, name: str, data: bytes, removable: bool, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.picture = QLabel()
        self.picture.setObjectName("Thumbnail")
        pixmap = QPixmap()
        pixmap.loadFromData(thumbnail(data, side))
        self.picture.setPixmap(pixmap)
        self.picture.setFixedSize(pixmap.size())
        self.picture.setToolTip(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.remove_button: QToolButton | None = None
        if removable:
            self.remove_button = QToolButton()
            self.remove_button.setObjectName("SmallButton")
            self.remove_button.clicked.connect(self.remove_requested)
            layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.picture.setAccessibleName(self.tr("Picture {name}").format(name=self.name))
        if self.remove_button is not None:
            self.remove_button.setText(self.tr("Remove"))
            self.remove_button.setToolTip(self.tr("Do not send {name}").format(name=self.name))
            self.remove_button.setAccessibleName(self.tr("Do not send {name}").format(name=self.name))


class ImageStrip(QWidget):
    remove_requested = Signal(int)  # index of the picture

    def __init__(self, removable: bool = False, side: int = THUMBNAIL_SIDE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._removable = removable
        self._side = side
        self.thumbnails: list[Thumbnail] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self._row.addStretch(1)

    def set_images(self, images: Sequence[tuple[str, bytes]]) -> None:
        """(name, picture file bytes) each; the strip hides itself when there are none."""
        for old in self.thumbnails:
            old.deleteLater()
        self.thumbnails = []
        for index, (name, data) in enumerate(images):
            item = Thumbnail(name, data, self._removable, self._side)
            item.remove_requested.connect(lambda index=index: self.remove_requested.emit(index))
            self._row.insertWidget(index, item)
            self.thumbnails.append(item)
        self.setVisible(bool(images))


Offered = Path | tuple[str, bytes]  # a file, or (name, bytes) of a picture pasted from the clipboard


def offers_pictures(mime: QMimeData) -> bool:
    """Cheap enough for every drag move: nothing is decoded."""
    if not mime.hasUrls():
        return mime.hasImage()
    return any(url.isLocalFile() and not url.toLocalFile().lower().endswith(".gguf") for url in mime.urls())


def offered_pictures(mime: QMimeData) -> list[Offered]:
    """What a drop or a paste offers as pictures: local files (other than models, which the window imports) or
    an image on the clipboard. Every file is offered: one that is not a picture is refused with a sentence."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    offered: list[Offered] = [f for f in files if f.is_file() and f.suffix.lower() != ".gguf"]
    if not offered and not mime.hasUrls() and mime.hasImage():
        image = QImage(mime.imageData())
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        offered.append(("Pasted picture.png", bytes(buffer.data().data())))
    return offered
