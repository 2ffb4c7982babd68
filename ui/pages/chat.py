"""The Chat page: conversations, a model picker with fit badges, streaming replies, stop, regenerate, edit, and
pictures (dropped on the page, pasted into the composer, or chosen in a file dialog) for models that can see.

One LlamaEngine serves the page and is used by one worker at a time (loading or replying, never both). Replies
arrive coalesced (app/engines/coalesce.py) and are written to the conversation store as they stream, flushed at
least once a second, so a crash loses at most the last second of a reply.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.engines.chat_types import (
    Event,
    Message,
    Notice,
    ReplyStats,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
)
from app.engines.coalesce import coalesce
from app.engines.errors import ModelTooLarge
from app.engines.llama import LlamaEngine, LoadedModel
from app.engines.load_marker import crashed_during_load, forget_crashed_load, plan_from_record
from app.errors import HearthError
from app.fit.estimate import LoadPlan
from app.fit.shape import from_header
from app.fit.verdict import judge
from app.gguf_info import read_file
from app.hardware import HardwareProfile
from app.images import ImageRefused, PreparedImage, prepare_bytes, prepare_file
from app.library import Library
from app.store import Attachment, ChatStore, ReplyWriter
from app.store import Message as StoredMessage
from ui.pages.my_models import ModelRow, describe_library
from ui.widgets.chat_header import ChatHeader
from ui.widgets.chat_options import ChatOptions
from ui.widgets.composer import Composer
from ui.widgets.image_strip import ImageStrip, Offered, offered_pictures, offers_pictures
from ui.widgets.message_view import MessageView
from ui.widgets.scroll import vertical_scroll
from ui.workers import Workers


@dataclass(frozen=True)
class Choice:
    """A model in the picker: what to load, and how it was judged for this computer."""

    library_id: str
    name: str
    path: Path
    label: str
    mmproj: Path | None = None  # its vision companion: the model can see images
    fits: bool = True  # the verdict says it runs here (or the hardware is not known yet)


RECENT_MESSAGES = 40
TRANSCRIPT_PICTURE_SIDE = 200  # pictures in the conversation: big enough to recognise, small beside the text


def load_job(
    engine: LlamaEngine, path: Path, plan: LoadPlan, profile: HardwareProfile | None, force: bool, mmproj: Path | None
) -> LoadedModel:
    return engine.load(path, plan, profile=profile, force=force, mmproj=mmproj)


def prepare_pictures(offered: Sequence[Offered]) -> list[PreparedImage | str]:
    """Runs on a worker (decoding a big photo takes a moment): each picture prepared, or why it was refused."""
    prepared: list[PreparedImage | str] = []
    for item in offered:
        try:
            prepared.append(prepare_file(item) if isinstance(item, Path) else prepare_bytes(item[1], item[0]))
        except ImageRefused as exc:
            prepared.append(exc.message)
    return prepared


def reply_job(
    engine: LlamaEngine,
    messages: Sequence[Message],
    sampling: Sampling,
    cancel: threading.Event,
    template_options: Mapping[str, object] | None = None,
) -> Generator[Event, None, ReplyStats]:
    return (yield from coalesce(engine.chat(messages, sampling, cancel, template_options=template_options)))


def stats_line(stats: ReplyStats) -> str:
    parts = [f"{stats.generated_tokens} tokens"]
    if stats.tokens_per_second:
        parts.append(f"{stats.tokens_per_second:.1f} tokens/s")
    if stats.ttft_s:
        parts.append(f"first token after {stats.ttft_s:.2f} s")
    if stats.stop_reason is StopReason.CANCELLED:
        parts.append("stopped")
    return " · ".join(parts)


class ChatPage(QWidget):
    reply_finished = Signal()
    model_loaded = Signal()

    def __init__(
        self,
        store: ChatStore,
        library_factory: Callable[[], Library],
        workers: Workers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._library_factory = library_factory
        self._workers = workers
        self.engine = LlamaEngine()
        self.profile: HardwareProfile | None = None
        self.loaded_id = ""
        self.conversation_id: int | None = None
        self.views: list[tuple[int, MessageView]] = []  # (message id, view)
        self._earlier: list[StoredMessage] = []  # not shown yet (long conversations)
        self.writer: ReplyWriter | None = None
        self.cancel = threading.Event()
        self.busy = False
        self.editing: int | None = None  # message id being edited
        self._streaming_view: MessageView | None = None
        self._text = ""
        self._thinking = ""
        self.pending_images: list[PreparedImage] = []  # in the composer, sent with the next message
        self.setAcceptDrops(True)
        self._build()
        self._connect_signals()
        self.flush_timer = QTimer(self)
        self.flush_timer.setInterval(1000)
        self.flush_timer.timeout.connect(self.on_flush_timer)
        self.refresh_conversations()
        self.offer_safer_load()

    def offer_safer_load(self) -> None:
        """The last start died while loading a model: say which, and set safer options for the next load."""
        record = crashed_during_load()
        if record is None:
            return
        plan = plan_from_record(record)
        name = Path(record["model"]).name
        self.gpu_layers.setValue(0)
        self.context.setValue(min(plan.context, 4096) if plan else 4096)
        self.header.show_options(True)
        self.show_notice(
            f"Hearth closed while loading {name} last time, probably because memory ran out. Options now load "
            "it on the processor only, with a shorter context; change them if you want to try again as before."
        )
        forget_crashed_load()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search chats")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton("New chat")
        self.new_button.setShortcut("Ctrl+N")
        self.conversation_list = QListWidget()
        self.conversation_list.setObjectName("ConversationList")
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversation_list.setToolTip("Right-click a chat to rename, duplicate, export or delete it")
        left = QVBoxLayout()
        left.addWidget(self.new_button)
        left.addWidget(self.search)
        left.addWidget(self.conversation_list, 1)
        left_panel = QWidget()
        left_panel.setLayout(left)
        left_panel.setFixedWidth(220)

        self.header = ChatHeader()
        # The names the rest of the page (and the first-run handoff, tests, the screenshot script) use.
        self.model_picker, self.load_status = self.header.picker, self.header.status

        self.options = ChatOptions()
        self.options.hide()
        self.options.apply_preset("balanced")
        # The fields the page reads (and tests and the screenshot script set) stay reachable from the page.
        self.system_prompt = self.options.system_prompt
        self.temperature, self.max_tokens = self.options.temperature, self.options.max_tokens
        self.context, self.gpu_layers = self.options.context, self.options.gpu_layers

        self.notice = QLabel("")
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.messages_widget = QWidget()
        self.messages_layout = QVBoxLayout(self.messages_widget)
        self.messages_layout.setSpacing(10)
        self.earlier_button = QPushButton("")
        self.earlier_button.setObjectName("SmallButton")
        self.earlier_button.hide()
        self.messages_layout.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.messages_layout.addStretch(1)
        self.scroll = vertical_scroll(self.messages_widget)

        self.vision_offer = QWidget()
        self.vision_offer_layout = QHBoxLayout(self.vision_offer)
        self.vision_offer_layout.setContentsMargins(0, 0, 0, 0)
        self.vision_offer.hide()
        self.composer_images = ImageStrip(removable=True)
        self.composer_images.hide()
        self.composer = Composer()
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("Primary")
        self.stop_button = QPushButton("Stop")
        self.stop_button.hide()
        self.attach_button = QPushButton("Image…")
        self.attach_button.setToolTip("Show the model a picture (or drop one on the chat, or paste it)")
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        bottom.addLayout(buttons)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.header)
        right.addWidget(self.options)
        right.addWidget(self.notice)
        right.addWidget(self.scroll, 1)
        right.addWidget(self.vision_offer)
        right.addWidget(self.composer_images)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(left_panel)
        layout.addLayout(right, 1)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_conversation)
        self.search.textChanged.connect(self.refresh_conversations)
        self.conversation_list.currentItemChanged.connect(self.on_conversation_selected)
        self.conversation_list.customContextMenuRequested.connect(self.on_conversation_menu)
        self.model_picker.activated.connect(self.on_model_picked)
        self.header.preset_chosen.connect(self.options.apply_preset)
        self.header.options_toggled.connect(self.options.setVisible)
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.send_button.clicked.connect(self.send)
        self.earlier_button.clicked.connect(self.show_earlier)
        self.stop_button.clicked.connect(self.stop)
        self.composer.pictures_offered.connect(self.attach)
        self.attach_button.clicked.connect(self.on_attach_clicked)
        self.composer_images.remove_requested.connect(self.on_picture_removed)

    def sampling(self) -> Sampling:
        return self.options.sampling(self.header.preset())

    # ---------------------------------------------------------------- models
    @Slot(object)
    def set_profile(self, profile: HardwareProfile) -> None:
        self.profile = profile
        self.refresh_models()

    @Slot()
    def refresh_models(self, *_args: object) -> None:
        self._workers.start(
            describe_library, self._library_factory(), self.profile, connect={"returned": self.on_models_described}
        )

    @Slot(object)
    def on_models_described(self, rows: Sequence[ModelRow]) -> None:
        current = self.model_picker.currentData()
        self.model_picker.clear()
        for row in rows:
            if row.model.format != "gguf" or row.facts is None:
                continue
            verdict = f" — {row.verdict.label}" if row.verdict else ""
            sees = " · sees images" if row.model.mmproj else ""
            choice = Choice(
                row.model.id,
                row.model.name,
                row.model.path,
                f"{row.model.name}{sees}{verdict}",
                mmproj=row.model.mmproj,
                fits=row.verdict is None or row.verdict.runs,
            )
            self.model_picker.addItem(choice.label, choice)
        if isinstance(current, Choice):
            self._show_choice(current.library_id)
        elif self.loaded_id:
            self._show_choice(self.loaded_id)

    def _show_choice(self, library_id: str) -> None:
        for index in range(self.model_picker.count()):
            choice = self.model_picker.itemData(index)
            if isinstance(choice, Choice) and choice.library_id == library_id:
                self.model_picker.setCurrentIndex(index)
                return

    def choose(self, library_id: str) -> None:
        """Select and load a model by its library id (from My Models' Chat button)."""
        for index in range(self.model_picker.count()):
            choice = self.model_picker.itemData(index)
            if isinstance(choice, Choice) and choice.library_id == library_id:
                self.model_picker.setCurrentIndex(index)
                self.load(choice)
                return
        self.show_notice("That model is still being checked; choose it from the list in a moment.")

    @Slot(int)
    def on_model_picked(self, index: int) -> None:
        choice = self.model_picker.itemData(index)
        if isinstance(choice, Choice):
            self.load(choice)

    def load(self, choice: Choice, force: bool = False) -> None:
        if self.busy:
            return
        plan = self._plan(choice.path, choice.mmproj)
        self._set_busy(True, f"Loading {choice.name}…")
        self._pending_choice = choice
        self._workers.start(
            load_job,
            self.engine,
            choice.path,
            plan,
            self.profile,
            force,
            choice.mmproj,
            connect={"returned": self.on_loaded, "errored": self.on_load_failed},
            report_errors=False,
            on_engine_thread=True,
        )

    def _plan(self, path: Path, mmproj: Path | None) -> LoadPlan:
        """The verdict's plan for this computer (the vision companion's memory counted), with the person's
        overrides from Options."""
        context = self.context.value() or None
        projector = mmproj.stat().st_size if mmproj is not None and mmproj.is_file() else 0
        plan = LoadPlan(context=context or 4096, projector_bytes=projector)
        if self.profile is not None:
            plan = judge(from_header(read_file(path)), self.profile, context, projector_bytes=projector).plan
        if self.gpu_layers.value() >= 0:
            plan = replace(plan, gpu_layers=self.gpu_layers.value())
        return plan

    @Slot(object)
    def on_loaded(self, loaded: LoadedModel) -> None:
        self.loaded_id = self._pending_choice.library_id
        self._show_choice(self.loaded_id)
        self.header.offer_thinking("enable_thinking" in loaded.template_options)
        sees = " · sees images" if loaded.mmproj is not None else ""
        if sees:
            self.vision_offer.hide()
        self._set_busy(
            False, f"Ready · {loaded.context:,} tokens of context{sees} · loaded in {loaded.load_seconds:.1f} s"
        )
        self.model_loaded.emit()

    @Slot(object)
    def on_load_failed(self, exc: BaseException) -> None:
        self._set_busy(False, "")
        if isinstance(exc, ModelTooLarge):
            answer = QMessageBox.question(
                self, "Too large for this computer", f"{exc.message}\n\nLoad it anyway? The computer may slow down."
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.load(self._pending_choice, force=True)
            return
        self.show_notice(exc.message if isinstance(exc, HearthError) else f"The model could not be loaded: {exc}")

    # ---------------------------------------------------------------- conversations
    @Slot()
    def refresh_conversations(self, *_args: object) -> None:
        self.conversation_list.blockSignals(True)
        self.conversation_list.clear()
        for conversation in self.store.conversations(self.search.text()):
            item = QListWidgetItem(conversation.title or "New chat")
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            self.conversation_list.addItem(item)
            if conversation.id == self.conversation_id:
                self.conversation_list.setCurrentItem(item)
        self.conversation_list.blockSignals(False)

    @Slot()
    def new_conversation(self) -> None:
        if self.busy:
            return
        self.conversation_id = None
        self._clear_views()
        self.conversation_list.clearSelection()
        self.composer.setFocus()

    def start_conversation_with(self, title: str, text: str, prompt: str = "") -> None:
        """A new chat about a text from elsewhere in Hearth (a transcript). The text is the conversation's system
        prompt, so every reply sees it however long the chat grows; `prompt` waits in the composer to be sent."""
        if self.busy:
            self.show_notice("Wait for this reply to finish (or stop it), then send the transcript to chat again.")
            return
        conversation = self.store.create_conversation(system_prompt=text, model=self.loaded_id)
        self.store.rename(conversation.id, title)
        self.open_conversation(conversation.id)
        self.refresh_conversations()
        self.composer.setPlainText(prompt)
        self.composer.setFocus()

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_conversation_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None or self.busy:
            return
        self.open_conversation(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(QPoint)
    def on_conversation_menu(self, position: QPoint) -> None:
        item = self.conversation_list.itemAt(position)
        if item is None or self.busy:
            return
        conversation_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self.rename_conversation(conversation_id))
        menu.addAction("Duplicate", lambda: self.duplicate_conversation(conversation_id))
        menu.addAction("Export as Markdown…", lambda: self.export_conversation(conversation_id))
        menu.addSeparator()
        menu.addAction("Delete…", lambda: self.delete_conversation(conversation_id))
        menu.exec(self.conversation_list.mapToGlobal(position))

    def rename_conversation(self, conversation_id: int) -> None:
        current = self.store.conversation(conversation_id).title
        title, ok = QInputDialog.getText(self, "Rename chat", "Name", text=current)
        if ok:
            self.store.rename(conversation_id, title.strip())
            self.refresh_conversations()

    def duplicate_conversation(self, conversation_id: int) -> None:
        self.open_conversation(self.store.duplicate(conversation_id).id)
        self.refresh_conversations()

    def export_conversation(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title or "chat"
        target, _ = QFileDialog.getSaveFileName(self, "Export chat", f"{title}.md", "Markdown (*.md)")
        if target:
            try:
                Path(target).write_text(self.store.export_markdown(conversation_id), encoding="utf-8")
            except OSError as exc:
                self.show_notice(f"The chat could not be saved there: {exc.strerror}.")

    def delete_conversation(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title or "this chat"
        if QMessageBox.question(self, "Delete chat", f"Delete “{title}” and all its messages?") == (
            QMessageBox.StandardButton.Yes
        ):
            self.store.delete(conversation_id)
            if self.conversation_id == conversation_id:
                self.new_conversation()
            self.refresh_conversations()

    def open_conversation(self, conversation_id: int) -> None:
        """Show the latest messages at once; earlier ones of a long conversation wait behind a button, so opening
        it stays quick however long it grew."""
        self.conversation_id = conversation_id
        conversation = self.store.conversation(conversation_id)
        self.system_prompt.setPlainText(conversation.system_prompt)
        self._clear_views()
        messages = [m for m in self.store.messages(conversation_id) if m.role != "system"]
        self._earlier = messages[:-RECENT_MESSAGES]
        for message in messages[-RECENT_MESSAGES:]:
            self._show_message(message, self._add_view(message.id, message.role))
        self.earlier_button.setText(f"Show {len(self._earlier)} earlier messages")
        self.earlier_button.setVisible(bool(self._earlier))

    @Slot()
    def show_earlier(self) -> None:
        for position, message in enumerate(self._earlier):
            self._show_message(message, self._add_view(message.id, message.role, position=position))
        self._earlier = []
        self.earlier_button.hide()

    def _show_message(self, message: StoredMessage, view: MessageView) -> None:
        pictures = self._stored_pictures(message)
        if pictures:
            self._show_pictures(view, pictures)
        view.set_content(message.content, message.thinking)
        if message.stats is not None:
            view.set_stats(stats_line(_engine_stats(message.stats)))

    def _clear_views(self) -> None:
        for _id, view in self.views:
            view.deleteLater()
        self.views = []
        self._earlier = []
        self.earlier_button.hide()
        self.notice.hide()

    def _add_view(self, message_id: int, role: str, position: int | None = None) -> MessageView:
        """A view at the end of the conversation, or at `position` among the views (earlier messages)."""
        view = MessageView(role)
        if position is None:
            self.messages_layout.insertWidget(self.messages_layout.count() - 1, view)
            self.views.append((message_id, view))
        else:
            self.messages_layout.insertWidget(position + 1, view)  # after the "earlier messages" button
            self.views.insert(position, (message_id, view))
        view.regenerate_requested.connect(self.regenerate)
        view.edit_requested.connect(lambda view=view: self.begin_edit(view))
        return view

    # ---------------------------------------------------------------- replies
    @Slot()
    def send(self) -> None:
        text = self.composer.toPlainText().strip()
        if self.busy or not (text or self.pending_images):
            return
        if not self.loaded_id:
            self.show_notice("Choose a model first (the list above shows how each one fits this computer).")
            return
        loaded = self.engine.loaded
        if self.pending_images and (loaded is None or loaded.mmproj is None):
            self.explain_cannot_see()
            return
        if self.conversation_id is None:
            conversation = self.store.create_conversation(
                system_prompt=self.system_prompt.toPlainText().strip(), model=self.loaded_id
            )
            self.conversation_id = conversation.id
        self.composer.clear()
        pictures = [
            Attachment("image", p.mime, p.width, p.height, name=p.name, data=p.data) for p in self.pending_images
        ]
        if self.editing is not None:
            self.store.edit_message(self.editing, text, add_attachments=pictures)
            self.store.delete_after(self.editing)
            self.editing = None
            self.pending_images = []
            self._show_pending()
            self.open_conversation(self.conversation_id)
            self._reply()
            return
        message = self.store.add_message(self.conversation_id, "user", text, model=self.loaded_id, attachments=pictures)
        view = self._add_view(message.id, "user")
        if pictures:
            self._show_pictures(view, [(p.name, p.data) for p in self.pending_images])
        view.set_content(text)
        self.pending_images = []
        self._show_pending()
        self.refresh_conversations()
        self._reply()

    @Slot()
    def regenerate(self) -> None:
        """Replace the last reply with a new one."""
        if self.busy or self.conversation_id is None:
            return
        messages = self.store.messages(self.conversation_id)
        last_user = next((m for m in reversed(messages) if m.role == "user"), None)
        if last_user is None:
            return
        self.store.delete_after(last_user.id)
        self.open_conversation(self.conversation_id)
        self._reply()

    def begin_edit(self, view: MessageView) -> None:
        if self.busy:
            return
        message_id = next(mid for mid, v in self.views if v is view)
        self.editing = message_id
        self.composer.setPlainText(view.text)
        self.composer.setFocus()
        self.show_notice("Editing your message: send it to replace it and everything after it.")

    def _history(self) -> list[Message]:
        assert self.conversation_id is not None
        conversation = self.store.conversation(self.conversation_id)
        history = [Message("system", conversation.system_prompt)] if conversation.system_prompt else []
        history += [
            Message(m.role, m.content, images=tuple(data for _name, data in self._stored_pictures(m)))
            for m in self.store.messages(self.conversation_id)
            if m.role != "system"
        ]
        return history

    def _stored_pictures(self, message: StoredMessage) -> list[tuple[str, bytes]]:
        """The pictures kept with a message; one the database lost is left out rather than failing the chat."""
        pictures = []
        for attachment in message.attachments:
            if attachment.kind != "image" or not attachment.blob_id:
                continue
            try:
                pictures.append((attachment.name, self.store.attachment_data(attachment.blob_id)))
            except HearthError:
                continue
        return pictures

    @staticmethod
    def _show_pictures(view: MessageView, pictures: Sequence[tuple[str, bytes]]) -> None:
        strip = ImageStrip(side=TRANSCRIPT_PICTURE_SIDE)
        strip.set_images(pictures)
        view.show_attachments(strip)

    # ---------------------------------------------------------------- pictures
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if offers_pictures(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        offered = offered_pictures(event.mimeData())
        if offered:
            event.acceptProposedAction()
            self.attach(offered)

    @Slot(list)
    def attach(self, offered: Sequence[Offered]) -> None:
        """Pictures dropped, pasted or chosen: prepared on a worker, then shown in the composer."""
        self._workers.start(prepare_pictures, list(offered), connect={"returned": self.on_pictures_prepared})

    @Slot()
    def on_attach_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Show the model a picture", str(Path.home()), "Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"
        )
        if files:
            self.attach([Path(f) for f in files])

    @Slot(object)
    def on_pictures_prepared(self, prepared: Sequence[PreparedImage | str]) -> None:
        self.pending_images += [p for p in prepared if isinstance(p, PreparedImage)]
        refused = [p for p in prepared if isinstance(p, str)]
        self._show_pending()
        loaded = self.engine.loaded
        if refused:
            self.show_notice(" ".join(refused))
        elif self.pending_images and loaded is not None and loaded.mmproj is None:
            self.explain_cannot_see()  # say so now, not only when Send is pressed

    @Slot(int)
    def on_picture_removed(self, index: int) -> None:
        del self.pending_images[index]
        self._show_pending()

    def _show_pending(self) -> None:
        self.composer_images.set_images([(p.name, p.data) for p in self.pending_images])
        if not self.pending_images:
            self.vision_offer.hide()

    def explain_cannot_see(self) -> None:
        """Pictures for a model that cannot see: say what to do, and offer the models here that can (and fit)."""
        name = next((c.name for c in self._choices() if c.library_id == self.loaded_id), "This model")
        seeing = [c for c in self._choices() if c.mmproj is not None and c.fits]
        while self.vision_offer_layout.count():
            item = self.vision_offer_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not seeing:
            self.show_notice(
                f"{name} cannot see images, and no model on this computer that fits can. Discover lists vision "
                "models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj "
                "file) in My Models. Your pictures and text stay here."
            )
            return
        self.show_notice(
            f"{name} cannot see images. Switch to a model that can, then press Send again; your pictures and "
            "text stay here."
        )
        for choice in seeing[:3]:
            button = QPushButton(f"Use {choice.name}")
            button.clicked.connect(lambda _checked=False, choice=choice: self.load(choice))
            self.vision_offer_layout.addWidget(button)
        self.vision_offer_layout.addStretch(1)
        self.vision_offer.show()

    def _choices(self) -> list[Choice]:
        items = (self.model_picker.itemData(i) for i in range(self.model_picker.count()))
        return [item for item in items if isinstance(item, Choice)]

    def _reply(self) -> None:
        assert self.conversation_id is not None
        history = self._history()
        sampling = self.sampling()
        think_first = self.header.think_first()
        self.writer = self.store.start_reply(
            self.conversation_id, self.loaded_id, {"temperature": sampling.temperature}
        )
        self._streaming_view = self._add_view(self.writer.message_id, "assistant")
        self._text = self._thinking = ""
        self.cancel = threading.Event()
        self._set_busy(True, "Writing…")
        self.flush_timer.start()
        self._workers.start(
            reply_job,
            self.engine,
            history,
            sampling,
            self.cancel,
            {"enable_thinking": think_first} if think_first is not None else None,
            connect={"yielded": self.on_reply_event, "returned": self.on_reply_done, "errored": self.on_reply_failed},
            report_errors=False,
            on_engine_thread=True,
        )

    @Slot(object)
    def on_reply_event(self, event: Event) -> None:
        assert self.writer is not None
        assert self._streaming_view is not None
        if isinstance(event, Notice):
            self.show_notice(event.message)
            return
        if isinstance(event, ThinkingDelta):
            self._thinking += event.text
            self.writer.append(thinking=event.text)
        elif isinstance(event, TextDelta):
            self._text += event.text
            self.writer.append(text=event.text)
        self._streaming_view.set_content(self._text, self._thinking, final=False)
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    @Slot(object)
    def on_reply_done(self, stats: ReplyStats) -> None:
        assert self.writer is not None
        assert self._streaming_view is not None
        state = "stopped" if stats.stop_reason is StopReason.CANCELLED else "complete"
        self.writer.finish(_store_stats(stats), state=state)
        self._streaming_view.set_content(self._text, self._thinking, final=True)
        self._streaming_view.set_stats(stats_line(stats))
        self._end_reply()

    @Slot(object)
    def on_reply_failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, HearthError) else f"The reply failed: {exc}"
        if self.writer is not None:
            self.writer.finish(state="failed", error=message)
        self.show_notice(message)
        self._end_reply()

    def _end_reply(self) -> None:
        self.flush_timer.stop()
        self.writer = None
        self._streaming_view = None
        self._set_busy(False, "Ready")
        self.refresh_conversations()
        self.reply_finished.emit()

    @Slot()
    def on_flush_timer(self) -> None:
        if self.writer is not None:
            self.writer.flush()

    @Slot()
    def stop(self) -> None:
        self.cancel.set()

    # ---------------------------------------------------------------- state
    def _set_busy(self, busy: bool, status: str) -> None:
        self.busy = busy
        self.header.set_status(status, loading=busy and self.writer is None)
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy and self.writer is not None)
        self.model_picker.setEnabled(not busy)
        for _id, view in self.views:
            view.set_actions_enabled(not busy)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()


def _store_stats(stats: ReplyStats) -> dict[str, object]:
    return {
        "prompt_tokens": stats.prompt_tokens,
        "generated_tokens": stats.generated_tokens,
        "ttft_s": stats.ttft_s,
        "tokens_per_second": stats.tokens_per_second,
        "stop_reason": str(stats.stop_reason),
    }


def _engine_stats(saved: object) -> ReplyStats:
    """A reply's statistics as the store kept them, for the line under the reply."""
    return ReplyStats(
        prompt_tokens=getattr(saved, "prompt_tokens", 0),
        generated_tokens=getattr(saved, "generated_tokens", 0),
        ttft_s=getattr(saved, "ttft_s", 0.0),
        tokens_per_second=getattr(saved, "tokens_per_second", 0.0),
        stop_reason=StopReason(getattr(saved, "stop_reason", "") or "finished"),
    )
