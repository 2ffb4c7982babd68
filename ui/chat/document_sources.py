"""Under a reply from documents: how they were read (whole, or the passages retrieval chose), what could not be
seen — with a button to ask again reading everything whole where the model can — whether the text left this
computer, and each source — file, page, the quoted passage, its score — a click opening the file (at its page
where the viewer reads a `#page=` address). Built from what the conversation keeps, so a reopened conversation
shows the same."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.documents.answer import AnswerMode, ReadDocuments, Source
from app.i18n import localized

QUOTE_CHARS = 180


def source_label(source: Source) -> str:
    score = f"{source.score:.3f}"
    if source.page:
        return QCoreApplication.translate("DocumentSources", "{file}, page {page} · score {score}").format(
            file=source.file.name, page=source.page, score=score
        )
    return QCoreApplication.translate("DocumentSources", "{file} · score {score}").format(
        file=source.file.name, score=score
    )


def quote_text(source: Source) -> str:
    quote = " ".join((source.quote or source.text).split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
    return f"“{quote}”"


def file_url(path: Path, page: int) -> QUrl:
    url = QUrl.fromLocalFile(str(path))
    if page and path.suffix.lower() == ".pdf":
        url.setFragment(f"page={page}")
    return url


class DocumentSources(QWidget):
    open_requested = Signal(object, int)  # Path, page
    whole_requested = Signal(int)  # the context (tokens) that lets the model read every document whole

    def __init__(self, prepared: ReadDocuments, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentSources")
        self.read = prepared
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("Muted")
        layout.addWidget(self.mode_label)
        self.notice = QLabel()  # its words: retranslate
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(prepared.notice))
        layout.addWidget(self.notice)
        self.whole_button = QPushButton()
        self.whole_button.setVisible(prepared.mode is AnswerMode.RETRIEVAL and prepared.whole_context > 0)
        self.whole_button.clicked.connect(lambda: self.whole_requested.emit(prepared.whole_context))
        layout.addWidget(self.whole_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sent_to = QLabel()
        self.sent_to.setObjectName("Muted")
        self.sent_to.setWordWrap(True)
        self.sent_to.setVisible(bool(prepared.sent_to))
        layout.addWidget(self.sent_to)
        self.buttons: list[QPushButton] = []
        self.quotes: list[QLabel] = []
        for source in prepared.sources:
            button = QPushButton()
            button.setObjectName("SourceLink")
            button.setStyleSheet("text-align: left; padding: 4px 6px;")
            button.clicked.connect(lambda _=False, s=source: self.open_requested.emit(s.file, s.page))
            quote = QLabel(quote_text(source))
            quote.setWordWrap(True)
            quote.setObjectName("Muted")
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(quote)
            self.buttons.append(button)
            self.quotes.append(quote)
        self.open_requested.connect(self.open_file)
        self.retranslate()

    def retranslate(self) -> None:
        read = self.read
        self.notice.setText(localized(read.notice))
        if read.mode is AnswerMode.WHOLE:
            self.mode_label.setText(self.tr("Read the documents whole. The passages closest to the question:"))
        else:
            self.mode_label.setText(self.tr("Answered from %n passages found in the documents:", "", len(read.sources)))
        self.whole_button.setText(self.tr("Ask again, reading the documents whole"))
        self.whole_button.setToolTip(
            self.tr("Loads the model again with a context of {tokens} tokens, then asks the same question").format(
                tokens=QLocale().toString(read.whole_context)
            )
        )
        for button, source in zip(self.buttons, read.sources, strict=True):
            button.setText(source_label(source))
            button.setToolTip(self.tr("Open {file}").format(file=source.file))
            button.setAccessibleName(self.tr("Open {file}").format(file=source_label(source)))
        self._say_sent_to()

    def shows_the_same_passages(self, read: ReadDocuments) -> bool:
        """Whether `read` differs from what is shown only in where it went and in its quotes."""
        return dataclasses.replace(
            read, sent_to=self.read.sent_to, sources=tuple(dataclasses.replace(s, quote="") for s in read.sources)
        ) == dataclasses.replace(self.read, sources=tuple(dataclasses.replace(s, quote="") for s in self.read.sources))

    def update_from(self, read: ReadDocuments) -> None:
        """The same passages, with where they went and the quotes the written reply chose (in place: no flicker)."""
        for label, source in zip(self.quotes, read.sources, strict=True):
            label.setText(quote_text(source))
        self.read = read
        self.say_sent_to(read.sent_to)

    def say_sent_to(self, where: str) -> None:
        """Where the question and passages went, once they really left this computer ("" while they have not)."""
        self.read = dataclasses.replace(self.read, sent_to=where)
        self._say_sent_to()
        self.sent_to.setVisible(bool(where))

    def _say_sent_to(self) -> None:
        self.sent_to.setText(
            self.tr("The question and these passages were sent to {where}: they left this computer.").format(
                where=self.read.sent_to
            )
        )

    def retire_offer(self) -> None:
        """Another message came after this reply: asking again would replace that one, so the button goes."""
        self.whole_button.hide()

    def open_file(self, path: Path, page: int) -> None:
        QDesktopServices.openUrl(file_url(Path(path), page))
