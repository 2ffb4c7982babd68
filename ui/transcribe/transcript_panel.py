"""One finished recording's transcript beside the queue: what it is, where its files went, the text to search and
edit, and what can be done with it (copy, save in another format, show the folder, send it to the chat).

Edits are kept by the page (for exports, "Send to chat" and the next start) but never change the files already
saved, which the panel lists. Saving elsewhere is told through the app's message bridge, like any other outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from app.engines.whisper.audio_input import clock
from app.engines.whisper.options import LANGUAGE_NAMES
from app.messages import MessageBridge
from app.transcription.transcription_queue import QueueItem
from app.transcription.transcripts.chat_prompt import READY_PROMPTS, chat_context
from app.transcription.transcripts.model import Transcript
from app.transcription.transcripts.writers import FORMATS, render
from app.units import plural
from ui.shared.prompter import Prompter
from ui.transcribe.transcript_view import TranscriptView

PROMPT_LABELS = {"Summarize this.": "Summarize this", "": "Ask my own question"}


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
        self.title = QLabel("Drop a recording to begin; its transcript shows here when it is done.")
        self.title.setObjectName("Headline")
        self.title.setWordWrap(True)
        self.files_label = QLabel("")
        self.files_label.setObjectName("Muted")
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = TranscriptView()
        self.copy_button = QPushButton("Copy")
        self.copy_button.setToolTip("Copy the whole transcript")
        self.export_button = QPushButton("Save as")
        export_menu = QMenu(self.export_button)
        self.export_actions = {fmt: export_menu.addAction(f"{fmt.upper()}…") for fmt in FORMATS}
        self.export_button.setMenu(export_menu)
        self.reveal_button = QPushButton("Show in folder")
        self.chat_button = QPushButton("Send to chat")
        self.chat_button.setObjectName("Primary")
        chat_menu = QMenu(self.chat_button)
        self.chat_actions = {p: chat_menu.addAction(PROMPT_LABELS.get(p, p.rstrip("."))) for p in READY_PROMPTS}
        self.chat_button.setMenu(chat_menu)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.export_button, self.reveal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.chat_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.files_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._set_actions(False)
        self._connect_signals()

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
        self.view.set_transcript(transcript)
        self._set_actions(transcript is not None)
        if transcript is None:
            self.title.setText(item.name)
            self.files_label.setText(item.error if item.state == "failed" else "No transcript yet.")
            return
        facts = [clock(transcript.duration), LANGUAGE_NAMES.get(transcript.language, transcript.language)]
        self.title.setText(" · ".join([item.name, *facts, plural(len(transcript.segments), "line")]))
        saved = ", ".join(Path(p).name for p in item.outputs)
        folder = Path(item.outputs[0]).parent if item.outputs else None
        notes = " ".join(item.notices)
        self.files_label.setText((f"Saved as {saved} in {folder}. " if folder else "") + notes)

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
        target = self.prompter.save_file(self, f"Save the transcript as {fmt.upper()}", suggested)
        if target is None:
            return
        try:
            Path(target).write_text(render(transcript, fmt), encoding="utf-8", newline="\n")
        except OSError as exc:
            self._messages.error_from(exc, "The transcript could not be saved there")
            return
        self._messages.info(f"Saved {Path(target).name} in {Path(target).parent}.")

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
        self.send_to_chat.emit(f"Transcript: {self.item.name}", chat_context(self.item.name, transcript), prompt)
