"""Transcribe: drop recordings, watch the queue, read, search, edit and export the transcript, or chat about it.

The page composes named parts and wires them: the speech model picker, the options, the drop zone, the queue list
and the transcript panel. It shows state and forwards intent: the queue and its worker live in
`TranscribeController`, the files are written by `app/`, and what the page has to tell goes through the app's
message bridge.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.downloads.queue_state import QueueState
from app.engines.whisper.options import TranscribeOptions
from app.i18n import localized
from app.messages import MessageBridge
from app.models.library import LibraryModel
from app.models.model_rows import ModelRow
from app.transcription.transcription_queue import QueueItem, SavePlan
from app.transcription.transcripts.model import Transcript
from ui.shared.announce import announce
from ui.shared.drop_zone import DropZone, local_paths
from ui.shared.prompter import Prompter
from ui.state.library import LibraryState
from ui.transcribe.queue_row import QueueRow
from ui.transcribe.speech_model_picker import SpeechModelPicker
from ui.transcribe.transcribe_controller import TranscribeController
from ui.transcribe.transcribe_options_panel import TranscribeOptionsPanel
from ui.transcribe.transcript_panel import TranscriptPanel
from ui.transcribe.transcription_queue_list import TranscriptionQueueList
from ui.workers import Workers


def where_files_go(plan: SavePlan) -> str:
    """The sentence that says where the automatic save puts a transcript's files (rich text, with a Change… link)."""
    formats = [f.upper() for f in plan.formats]
    kinds = formats[0]
    if len(formats) > 1:
        kinds = QCoreApplication.translate("TranscribePage", "{formats} and {last}").format(
            formats=", ".join(formats[:-1]), last=formats[-1]
        )
    if plan.folder:
        sentence = QCoreApplication.translate(
            "TranscribePage",
            "Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.",
        ).format(formats=kinds, folder=html.escape(plan.folder))
    else:
        sentence = QCoreApplication.translate(
            "TranscribePage",
            "Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.",
        ).format(formats=kinds)
    change = html.escape(QCoreApplication.translate("TranscribePage", "Change…"))
    return f'{sentence} <a href="settings">{change}</a>'


class TranscribePage(QWidget):
    send_to_chat = Signal(str, str, str)  # title, context, ready prompt
    discover_requested = Signal()
    model_chosen = Signal(str)  # library id, to remember

    def __init__(
        self,
        controller: TranscribeController,
        library: LibraryState,
        workers: Workers,
        messages: MessageBridge,
        chosen_model: str = "",
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter()
        self.controller = controller
        self.library = library
        self._workers = workers
        self._messages = messages
        self.setAcceptDrops(True)
        self._build(chosen_model)
        self.retranslate()
        self._connect_signals()
        self.refresh_queue()
        self.library.changed.connect(self.on_library_changed)
        self.on_library_changed(library.rows)

    def _build(self, chosen_model: str) -> None:
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.lead = QLabel()
        self.lead.setObjectName("PageLead")
        self.lead.setWordWrap(True)
        self.speech_model = SpeechModelPicker(chosen_model)
        self.model_picker = self.speech_model.combo  # what docs/screenshots/take.py and tests count
        self.options_button = QPushButton()
        self.options_button.setCheckable(True)
        model_row = QHBoxLayout()
        model_row.addWidget(self.speech_model)
        model_row.addStretch(1)
        model_row.addWidget(self.options_button)
        self.options_panel = TranscribeOptionsPanel()
        self.drop_zone = DropZone(prompter=self.prompter)
        self.where_label = QLabel("")
        self.where_label.setObjectName("Muted")
        self.where_label.setWordWrap(True)
        self.where_label.setTextFormat(Qt.TextFormat.RichText)
        self.where_label.setTextInteractionFlags(  # Change… is reached with Tab and followed with Enter too
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.queue_list = TranscriptionQueueList()
        self.transcript = TranscriptPanel(self._messages, prompter=self.prompter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue_list)
        self.splitter.addWidget(self.transcript)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 560])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addLayout(model_row)
        layout.addWidget(self.options_panel)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.where_label)
        layout.addWidget(self.splitter, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Transcribe"))
        self.lead.setText(
            self.tr("Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.")
        )
        self.options_button.setText(self.tr("Options"))
        self.options_button.setAccessibleName(self.tr("Transcription options"))
        self.where_label.setAccessibleName(self.tr("Where transcripts are saved"))
        self.where_label.setToolTip(self.tr("The folder and the formats are in Settings, under Transcripts"))
        self.show_where_files_go()

    def _connect_signals(self) -> None:
        self.drop_zone.paths_dropped.connect(self.add_paths)
        self.options_button.toggled.connect(self.options_panel.setVisible)
        self.speech_model.model_changed.connect(self.on_speech_model_changed)
        self.speech_model.model_chosen.connect(self.model_chosen)
        self.speech_model.discover_requested.connect(self.discover_requested)
        self.controller.item_changed.connect(self.on_controller_item_changed)
        self.controller.items_changed.connect(self.refresh_queue)
        self.queue_list.item_selected.connect(self.show_transcript)
        self.queue_list.cancel_requested.connect(self.controller.cancel)
        self.queue_list.rerun_requested.connect(self.on_queue_list_rerun_requested)
        self.queue_list.remove_requested.connect(self.controller.remove)
        self.transcript.edited.connect(self.on_transcript_edited)
        self.transcript.send_to_chat.connect(self.send_to_chat)
        self.where_label.linkActivated.connect(self.on_where_label_link_activated)

    @property
    def rows(self) -> dict[str, tuple[QListWidgetItem, QueueRow]]:
        return self.queue_list.rows

    def options(self) -> TranscribeOptions:
        return self.options_panel.options()

    @Slot(object)
    def on_library_changed(self, rows: Sequence[ModelRow]) -> None:
        self.speech_model.show_models([row.model for row in rows if row.model.format == "ctranslate2"])

    @Slot(object)
    def on_speech_model_changed(self, model: LibraryModel | None) -> None:
        self.controller.set_model(model.path if model else None)

    @Slot(list)
    def add_paths(self, paths: list[Path]) -> None:
        if not self.controller.add(paths, self.options()):
            self._messages.warning(self.tr("No recordings were found in what was dropped."))

    @Slot()
    def refresh_queue(self) -> None:
        items = self.controller.queue.items()
        self.queue_list.show_items(items)
        self.drop_zone.set_compact(bool(items))
        self.show_where_files_go()

    def show_where_files_go(self) -> None:
        """Said before the first file is saved, and kept current with Settings (read each time the page shows)."""
        self.where_label.setText(where_files_go(self.controller.save_plan()))

    @Slot(str)
    def on_where_label_link_activated(self, _link: str) -> None:
        """Change…: the window's Settings page, where the Transcripts card chooses the folder and the formats."""
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("settings")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_where_files_go()

    @Slot(str)
    def on_queue_list_rerun_requested(self, item_id: str) -> None:
        self.controller.rerun(item_id, self.options())

    @Slot(object)
    def on_controller_item_changed(self, item: QueueItem) -> None:
        """A finished item is shown at once, unless the person is reading another transcript; its end is said once
        to a screen reader, whichever page is open."""
        shown = self.queue_list.rows.get(item.id)
        before = shown[1].item.state if shown is not None else None
        if not self.queue_list.show_item(item):
            return
        if item.state is not before:
            self._announce_outcome(item)
        shown = self.transcript.shown_id
        if item.state == "done" and (shown in (None, item.id) or self.queue_list.currentItem() is None):
            self.queue_list.select(item.id)
            self.show_transcript(item.id)

    def _announce_outcome(self, item: QueueItem) -> None:
        if item.state is QueueState.DONE:
            announce(self, self.tr("The transcript of {name} is ready.").format(name=item.name))
        elif item.state is QueueState.FAILED:
            announce(
                self,
                self.tr("Transcribing {name} failed: {reason}").format(name=item.name, reason=localized(item.error)),
                urgent=True,
            )

    @Slot(str)
    def show_transcript(self, item_id: str) -> None:
        item = self.controller.queue.get(item_id)
        transcript = self.controller.queue.transcript(item_id) if item.state == "done" else None
        self.transcript.show_item(item, transcript)

    @Slot(str, object)
    def on_transcript_edited(self, item_id: str, transcript: Transcript) -> None:
        self.controller.queue.save_transcript(item_id, transcript)

    def stop(self) -> None:
        self.controller.stop()

    # Dropped anywhere on the page, not only on the zone: the window's own drop handler imports models instead.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
