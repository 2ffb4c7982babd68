"""One finished recording's transcript beside the queue: what it is, where its files went, the text to search and
edit, and what can be done with it (copy, save in another format, show the folder, send it to the chat).

Edits are kept by the page (for exports, "Send to chat" and the next start) but never change the files already
saved, which the panel lists. Saving elsewhere is told through the app's message bridge, like any other outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from app.engines.whisper.audio_input import clock
from app.engines.whisper.options import LANGUAGE_NAMES
from app.i18n import localized
from app.messages import MessageBridge
from app.transcription.transcription_queue import QueueItem
from app.transcription.transcripts.chat_prompt import READY_PROMPTS, chat_context
from app.transcription.transcripts.model import Transcript
from app.transcription.transcripts.writers import FORMATS, render
from ui.shared.flow_layout import FlowLayout
from ui.shared.prompter import Prompter
from ui.transcribe.transcript_view import TranscriptView

PROMPT_LABELS = {  # the menu's words for each ready prompt (the prompt itself goes to the model as it is)
    "Summarize this.": QT_TRANSLATE_NOOP("TranscriptPanel", "Summarize this"),
    "List the action items, with who does what.": QT_TRANSLATE_NOOP(
        "TranscriptPanel", "List the action items, with who does what"
    ),
    "": QT_TRANSLATE_NOOP("TranscriptPanel", "Ask my own question"),
}


class TranscriptPanel(QWidget):
    edited = Signal(str, object)  # item id, the Transcript with the person's edits
    send_to_chat = Signal(str, str, str)  # title, context, ready prompt

    def __init__(
        self, messages: MessageBridge, parent: QWidget | None = None, *, prompter: Prompter | None = None
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self._messages = messages
        self.item: QueueItem | None = None  # the item whose transcript is shown; None while there is none
        self._shown: QueueItem | None = None  # the item shown, with a transcript or without (said again on a switch)
        self.title = QLabel()
        self.title.setObjectName("Headline")
        self.title.setWordWrap(True)
        self.files_label = QLabel("")
        self.files_label.setObjectName("Muted")
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = TranscriptView()
        self.copy_button = QPushButton()
        self.export_button = QPushButton()
        export_menu = QMenu(self.export_button)
        self.export_actions = {fmt: export_menu.addAction(f"{fmt.upper()}…") for fmt in FORMATS}
        self.export_button.setMenu(export_menu)
        self.reveal_button = QPushButton()
        self.chat_button = QPushButton()
        self.chat_button.setObjectName("Primary")
        chat_menu = QMenu(self.chat_button)
        self.chat_actions = {prompt: chat_menu.addAction("") for prompt in READY_PROMPTS}
        self.chat_button.setMenu(chat_menu)
        buttons = FlowLayout()  # the buttons wrap onto a second line where the panel is narrow or the words long
        for button in (self.copy_button, self.export_button, self.reveal_button, self.chat_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.files_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._set_actions(False)
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole transcript"))
        self.copy_button.setAccessibleName(self.tr("Copy the whole transcript"))
        self.export_button.setText(self.tr("Save as"))
        self.export_button.setAccessibleName(self.tr("Save the transcript as"))
        self.reveal_button.setText(self.tr("Show in folder"))
        self.reveal_button.setAccessibleName(self.tr("Show the transcript's folder"))
        self.chat_button.setText(self.tr("Send to chat"))
        self.chat_button.setAccessibleName(self.tr("Send the transcript to the chat"))
        for prompt, action in self.chat_actions.items():
            label = PROMPT_LABELS.get(prompt)
            action.setText(QCoreApplication.translate("TranscriptPanel", label) if label else prompt.rstrip("."))
        self._render()

    def _connect_signals(self) -> None:
        self.view.edited.connect(self.on_view_edited)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        for fmt, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, fmt=fmt: self.export(fmt))
        self.reveal_button.clicked.connect(self.on_reveal_clicked)
        for prompt, action in self.chat_actions.items():
            action.triggered.connect(lambda _checked=False, prompt=prompt: self.send(prompt))

    @property
    def shown_id(self) -> str | None:
        return self.item.id if self.item is not None else None

    def show_item(self, item: QueueItem, transcript: Transcript | None) -> None:
        """A finished item with its transcript, or any other item with what there is to say about it."""
        self.item = item if transcript is not None else None
        self._shown = item
        self.view.set_transcript(transcript)
        self._set_actions(transcript is not None)
        self._render()

    def _render(self) -> None:
        """The title and the files line of the item shown, in the chosen language."""
        item, transcript = self._shown, self.view.transcript()
        if item is None:
            self.title.setText(self.tr("Drop a recording to begin; its transcript shows here when it is done."))
            return
        if transcript is None:
            self.title.setText(item.name)
            self.files_label.setText(localized(item.error) if item.state == "failed" else self.tr("No transcript yet."))
            return
        facts = [clock(transcript.duration), LANGUAGE_NAMES.get(transcript.language, transcript.language)]
        lines = self.tr("%n lines", "", len(transcript.segments))
        self.title.setText(" · ".join([item.name, *facts, lines]))
        saved = ", ".join(Path(p).name for p in item.outputs)
        folder = Path(item.outputs[0]).parent if item.outputs else None
        where = self.tr("Saved as {files} in {folder}.").format(files=saved, folder=folder) if folder else ""
        self.files_label.setText(" ".join(part for part in (where, *item.notices) if part))

    def _set_actions(self, enabled: bool) -> None:
        for button in (self.copy_button, self.export_button, self.reveal_button, self.chat_button):
            button.setEnabled(enabled)

    @Slot()
    def on_view_edited(self) -> None:
        transcript = self.view.transcript()
        if self.item is not None and transcript is not None:
            self.edited.emit(self.item.id, transcript)

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.view.text())

    def export(self, fmt: str) -> None:
        transcript = self.view.transcript()
        if transcript is None or self.item is None:
            return
        suggested = str(Path(self.item.source).with_suffix(f".{fmt}"))
        caption = self.tr("Save the transcript as {format}").format(format=fmt.upper())
        target = self.prompter.save_file(self, caption, suggested)
        if target is None:
            return
        try:
            Path(target).write_text(render(transcript, fmt), encoding="utf-8", newline="\n")
        except OSError as exc:
            self._messages.error_from(exc, self.tr("The transcript could not be saved there"))
            return
        self._messages.info(
            self.tr("Saved {file} in {folder}.").format(file=Path(target).name, folder=Path(target).parent)
        )

    @Slot()
    def on_reveal_clicked(self) -> None:
        if self.item is None:
            return
        item = self.item
        folder = Path(item.outputs[0]).parent if item.outputs else Path(item.source).parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def send(self, prompt: str) -> None:
        transcript = self.view.transcript()
        if transcript is None or self.item is None:
            return
        title = self.tr("Transcript: {name}").format(name=self.item.name)
        self.send_to_chat.emit(title, chat_context(self.item.name, transcript), prompt)
