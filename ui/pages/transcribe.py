"""Transcribe: drop recordings, watch the queue, read, search, edit and export the transcript, or chat about it.

The page shows state and forwards intent: the queue and its worker live in `TranscribeController`, the files are
written by `app/`. A finished item's transcript opens on the right; edits there are kept (for exports, "Send to
chat" and the next start) but never change the files already saved, which the item lists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.engines.audio_input import clock
from app.engines.whisper_options import DEFAULT_BEAM_SIZE, LANGUAGE_NAMES, MAX_BEAM_SIZE, TranscribeOptions
from app.library import Library, LibraryModel
from app.messages import MessageBridge
from app.transcription_queue import QueueItem
from app.transcripts.chat_prompt import READY_PROMPTS, chat_context
from app.transcripts.writers import FORMATS, render
from ui.transcribe_controller import TranscribeController
from ui.widgets.drop_zone import DropZone, local_paths
from ui.widgets.queue_row import QueueRow
from ui.widgets.transcript_view import TranscriptView
from ui.workers import Workers

# Rows are widgets with their own text colours, so a selection is a quiet background and an accent edge, not the
# list's full accent fill (which would hide the muted status line).
_QUEUE_STYLE = """
QListWidget#TranscriptionQueue { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QListWidget#TranscriptionQueue::item { border-bottom: 1px solid palette(midlight); }
QListWidget#TranscriptionQueue::item:selected {
    background: palette(alternate-base); border-left: 3px solid palette(highlight);
}
"""
PROMPT_LABELS = {"Summarize this.": "Summarize this", "": "Ask my own question"}


def whisper_models(library: Library) -> list[LibraryModel]:
    """Runs on a worker: listing looks into several folders."""
    return [m for m in library.models() if m.format == "ctranslate2"]


class TranscribePage(QWidget):
    send_to_chat = Signal(str, str, str)  # title, context, ready prompt
    discover_requested = Signal()
    model_chosen = Signal(str)  # library id, to remember

    def __init__(
        self,
        controller: TranscribeController,
        library_factory: Callable[[], Library],
        workers: Workers,
        messages: MessageBridge,
        chosen_model: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._library_factory = library_factory
        self._workers = workers
        self._messages = messages
        self._wanted_model = chosen_model
        self.rows: dict[str, tuple[QListWidgetItem, QueueRow]] = {}
        self.shown_id: str | None = None
        self._models: dict[str, LibraryModel] = {}
        self.setAcceptDrops(True)
        self._build()
        self._connect_signals()
        self.refresh_queue()
        self.refresh_models()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        title = QLabel("Transcribe")
        title.setObjectName("PageTitle")
        lead = QLabel("Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.")
        lead.setObjectName("PageLead")
        lead.setWordWrap(True)

        self.model_picker = QComboBox()
        self.model_picker.setMinimumWidth(240)
        self.model_picker.setAccessibleName("Speech model")
        self.no_model = QLabel("No Whisper model on this computer yet.")
        self.discover_button = QPushButton("Find one in Discover")
        self.options_button = QPushButton("Options")
        self.options_button.setCheckable(True)
        model_row = QHBoxLayout()
        model_row.addWidget(QLabel("Model"))
        model_row.addWidget(self.model_picker)
        model_row.addWidget(self.no_model)
        model_row.addWidget(self.discover_button)
        model_row.addStretch(1)
        model_row.addWidget(self.options_button)

        self.options_panel = self._build_options()
        self.drop_zone = DropZone()

        self.queue_list = QListWidget()
        self.queue_list.setObjectName("TranscriptionQueue")
        self.queue_list.setStyleSheet(_QUEUE_STYLE)
        self.queue_list.setMinimumWidth(260)
        self.queue_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.queue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue_list)
        self.splitter.addWidget(self._build_transcript_panel())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 560])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addLayout(model_row)
        layout.addWidget(self.options_panel)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.splitter, 1)

    def _build_options(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("FactCard")
        self.language = QComboBox()
        self.language.addItem("Detect the language", "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.task = QComboBox()
        self.task.addItem("Write down what is said", "transcribe")
        self.task.addItem("Translate it to English", "translate")
        self.vad = QCheckBox("Skip silence and noise (fewer invented sentences)")
        self.vad.setChecked(True)
        self.word_times = QCheckBox("Time every word (tighter subtitles, a little slower)")
        self.fast = QCheckBox("Fast mode (several parts at once; subtitle times are approximate without word times)")
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText("Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)")
        self.beam = QSpinBox()
        self.beam.setRange(1, MAX_BEAM_SIZE)
        self.beam.setValue(DEFAULT_BEAM_SIZE)
        self.beam.setToolTip("How many guesses Whisper weighs at each step: more is a little better and slower")
        form = QFormLayout(panel)
        form.setContentsMargins(18, 12, 18, 12)
        form.addRow("Language", self.language)
        form.addRow("Task", self.task)
        form.addRow("", self.vad)
        form.addRow("", self.word_times)
        form.addRow("", self.fast)
        form.addRow("Vocabulary", self.prompt)
        form.addRow("Beam size", self.beam)
        panel.hide()
        return panel

    def _build_transcript_panel(self) -> QWidget:
        self.transcript_title = QLabel("Drop a recording to begin; its transcript shows here when it is done.")
        self.transcript_title.setObjectName("Headline")
        self.transcript_title.setWordWrap(True)
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
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.transcript_title)
        layout.addWidget(self.files_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._set_transcript_actions(False)
        return panel

    def _connect_signals(self) -> None:
        self.drop_zone.paths_dropped.connect(self.add_paths)
        self.options_button.toggled.connect(self.options_panel.setVisible)
        self.model_picker.currentIndexChanged.connect(self.on_model_picked)
        self.discover_button.clicked.connect(self.discover_requested)
        self.controller.item_changed.connect(self.on_item_changed)
        self.controller.items_changed.connect(self.refresh_queue)
        self.queue_list.currentItemChanged.connect(self.on_queue_selection)
        self.view.edited.connect(self.on_transcript_edited)
        self.copy_button.clicked.connect(self.copy_transcript)
        for fmt, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, fmt=fmt: self.export(fmt))
        self.reveal_button.clicked.connect(self.show_in_folder)
        for prompt, action in self.chat_actions.items():
            action.triggered.connect(lambda _checked=False, prompt=prompt: self.send_transcript_to_chat(prompt))

    # ---------------------------------------------------------------- models
    @Slot()
    def refresh_models(self, *_args: object) -> None:
        self._workers.start(whisper_models, self._library_factory(), connect={"returned": self.on_models_listed})

    @Slot(object)
    def on_models_listed(self, models: list[LibraryModel]) -> None:
        current = self.model_picker.currentData() or self._wanted_model
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in models:
            self.model_picker.addItem(model.name, model.id)
            self.model_picker.setItemData(self.model_picker.count() - 1, str(model.path), Qt.ItemDataRole.ToolTipRole)
        self._models = {m.id: m for m in models}
        index = max(self.model_picker.findData(current), 0)
        self.model_picker.setCurrentIndex(index)
        self.model_picker.blockSignals(False)
        has_models = bool(models)
        self.model_picker.setVisible(has_models)
        self.no_model.setVisible(not has_models)
        self.discover_button.setVisible(not has_models)
        self.on_model_picked(index)

    @Slot(int)
    def on_model_picked(self, index: int) -> None:
        model_id = self.model_picker.itemData(index) if index >= 0 else None
        model = self._models.get(model_id) if model_id else None
        self.controller.set_model(model.path if model else None)
        if model is not None and model.id != self._wanted_model:
            self._wanted_model = model.id
            self.model_chosen.emit(model.id)

    def options(self) -> TranscribeOptions:
        return TranscribeOptions(
            language=self.language.currentData(),
            task=self.task.currentData(),
            vad=self.vad.isChecked(),
            word_timestamps=self.word_times.isChecked(),
            initial_prompt=self.prompt.text().strip(),
            beam_size=self.beam.value(),
            fast=self.fast.isChecked(),
        )

    # ---------------------------------------------------------------- queue
    @Slot(list)
    def add_paths(self, paths: list[Path]) -> None:
        added = self.controller.add(paths, self.options())
        if not added:
            self._messages.warning("No recordings were found in what was dropped.")

    @Slot()
    def refresh_queue(self) -> None:
        items = self.controller.queue.items()
        ids = {item.id for item in items}
        for item_id in [i for i in self.rows if i not in ids]:
            list_item, _row = self.rows.pop(item_id)
            self.queue_list.takeItem(self.queue_list.row(list_item))
        for item in items:
            if item.id not in self.rows:
                self._add_row(item)
        self.drop_zone.set_compact(bool(items))

    def _add_row(self, item: QueueItem) -> None:
        row = QueueRow(item)
        row.cancel_requested.connect(self.controller.cancel)
        row.rerun_requested.connect(self.on_rerun_requested)
        row.remove_requested.connect(self.controller.remove)
        list_item = QListWidgetItem()
        list_item.setData(Qt.ItemDataRole.UserRole, item.id)
        list_item.setSizeHint(QSize(1, row.sizeHint().height()))  # the list's width, whatever the text
        self.queue_list.addItem(list_item)
        self.queue_list.setItemWidget(list_item, row)
        self.rows[item.id] = (list_item, row)

    @Slot(str)
    def on_rerun_requested(self, item_id: str) -> None:
        self.controller.rerun(item_id, self.options())

    @Slot(object)
    def on_item_changed(self, item: QueueItem) -> None:
        if item.id not in self.rows:
            return
        list_item, row = self.rows[item.id]
        row.show_item(item)
        if item.state == "done" and (self.shown_id in (None, item.id) or self.queue_list.currentItem() is None):
            self.queue_list.setCurrentItem(list_item)
            self.show_transcript(item.id)

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_queue_selection(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is not None:
            self.show_transcript(str(current.data(Qt.ItemDataRole.UserRole)))

    # ---------------------------------------------------------------- transcript
    def show_transcript(self, item_id: str) -> None:
        item = self.controller.queue.get(item_id)
        transcript = self.controller.queue.transcript(item_id) if item.state == "done" else None
        self.shown_id = item_id if transcript else None
        self.view.set_transcript(transcript)
        self._set_transcript_actions(transcript is not None)
        if transcript is None:
            self.transcript_title.setText(item.name)
            self.files_label.setText(item.error if item.state == "failed" else "No transcript yet.")
            return
        facts = [clock(transcript.duration), LANGUAGE_NAMES.get(transcript.language, transcript.language)]
        self.transcript_title.setText(" · ".join([item.name, *facts, f"{len(transcript.segments)} lines"]))
        saved = ", ".join(Path(p).name for p in item.outputs)
        folder = Path(item.outputs[0]).parent if item.outputs else None
        notes = " ".join(item.notices)
        self.files_label.setText((f"Saved as {saved} in {folder}. " if folder else "") + notes)

    def _set_transcript_actions(self, enabled: bool) -> None:
        for button in (self.copy_button, self.export_button, self.reveal_button, self.chat_button):
            button.setEnabled(enabled)

    @Slot()
    def on_transcript_edited(self) -> None:
        transcript = self.view.transcript()
        if self.shown_id is not None and transcript is not None:
            self.controller.queue.save_transcript(self.shown_id, transcript)

    @Slot()
    def copy_transcript(self) -> None:
        QGuiApplication.clipboard().setText(self.view.text())

    def export(self, fmt: str) -> None:
        transcript = self.view.transcript()
        if transcript is None or self.shown_id is None:
            return
        source = Path(self.controller.queue.get(self.shown_id).source)
        suggested = str(source.with_suffix(f".{fmt}"))
        target, _ = QFileDialog.getSaveFileName(self, f"Save the transcript as {fmt.upper()}", suggested)
        if not target:
            return
        try:
            Path(target).write_text(render(transcript, fmt), encoding="utf-8", newline="\n")
        except OSError as exc:
            self._messages.error(f"The transcript could not be saved there: {exc.strerror}.", str(exc))
            return
        self._messages.info(f"Saved {Path(target).name} in {Path(target).parent}.")

    @Slot()
    def show_in_folder(self) -> None:
        if self.shown_id is None:
            return
        item = self.controller.queue.get(self.shown_id)
        folder = Path(item.outputs[0]).parent if item.outputs else Path(item.source).parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def send_transcript_to_chat(self, prompt: str) -> None:
        transcript = self.view.transcript()
        if transcript is None or self.shown_id is None:
            return
        name = self.controller.queue.get(self.shown_id).name
        self.send_to_chat.emit(f"Transcript: {name}", chat_context(name, transcript), prompt)

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
