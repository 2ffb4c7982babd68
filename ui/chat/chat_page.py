"""The Chat page: conversations, a model picker with fit badges, streaming replies, stop, regenerate, edit, and
pictures (dropped on the page, pasted into the composer, or chosen in a file dialog) for models that can see.

The page composes named parts and wires them: the conversation list, the header with the model picker and its
status, the transcript, the composer, the collection chooser, the model choice (ui/chat/model_choice.py: what to
load, and what is said about it), the reply stream (ui/chat/reply_stream.py: the reply shown as it grows), and the
chat session (ui/chat/chat_session.py), which holds the loaded model, the open conversation and the reply being
written, and is the page's only way to the model host.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.documents.chat import forget_attached
from app.engines.chat_types import Sampling
from app.engines.llama import LoadedModel
from app.hardware import HardwareProfile
from app.messages import MessageBridge
from app.providers import RemoteModel
from ui.chat.chat_composer import ChatComposer
from ui.chat.chat_header import ChatHeader
from ui.chat.chat_options import ChatOptions
from ui.chat.chat_session import ChatSession, ChatState
from ui.chat.chat_transcript import ChatTranscript, Notice
from ui.chat.collection_chooser import CollectionChooser
from ui.chat.conversation_list import ConversationList
from ui.chat.image_strip import offered_pictures, offers_pictures
from ui.chat.model_choice import ModelChoice
from ui.chat.reply_stream import ReplyStream, show_failure
from ui.chat.tools_button import ToolsButton
from ui.shared.prompter import Prompter
from ui.state.library import LibraryState
from ui.workers import Workers


class ChatPage(QWidget):
    reply_finished = Signal()
    model_loaded = Signal()

    def __init__(
        self,
        session: ChatSession,
        library: LibraryState,
        workers: Workers,
        messages: MessageBridge,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        """Failures are told through `messages`; what concerns the open conversation (a message left out, a model
        that cannot see) is said above it."""
        super().__init__(parent)
        self.session = session
        self._messages = messages
        self.prompter = prompter or Prompter()
        self.store = session.store
        self.library = library
        self._ask_again_whole = False  # the model is being loaded again to read the documents whole
        self._send_when_loaded = False  # Send was pressed with a model chosen but not loaded yet: sent once it is
        self.setAcceptDrops(True)
        self.conversations = ConversationList(self.store, prompter=self.prompter)
        self.header = ChatHeader()
        self.model_picker = self.header.picker
        self.options = ChatOptions()
        self.options.hide()
        self.options.apply_preset("balanced")
        self.transcript = ChatTranscript(self.store)
        self.composer = ChatComposer(workers, prompter=self.prompter)
        self.collection_chooser = CollectionChooser(session)
        self.models = ModelChoice(
            session, self.header, self.options, self.transcript, self.composer, messages, self.prompter, self
        )
        self.transcript.model_name = self.models.name_of
        self.replies = ReplyStream(session, self.transcript, self.header, messages, self)
        self.tools_button = ToolsButton(session) if session.tools.servers is not None else None
        if self.tools_button is not None:
            self.composer.add_button(self.tools_button)
        right = QVBoxLayout()
        right.setSpacing(10)
        for part, stretch in ((self.header, 0), (self.options, 0), (self.transcript, 1), (self.composer, 0)):
            right.addWidget(part, stretch)
        right.insertWidget(1, self.collection_chooser)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.conversations)
        layout.addLayout(right, 1)
        # Esc anywhere on the page does what it does in the composer: leave an edit, else stop the reply
        self._escape = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._connect_signals()
        self.models.on_library_changed(library.rows)
        self.models.offer_safer_load()

    def _connect_signals(self) -> None:
        self.conversations.new_requested.connect(self.new_conversation)
        self.conversations.opened.connect(self.open_conversation)
        self.conversations.deleted.connect(self.on_conversations_deleted)
        self.conversations.problem.connect(self._messages.error)
        self.model_picker.activated.connect(self.models.on_model_picked)
        self.header.preset_chosen.connect(self.options.apply_preset)
        self.header.options_toggled.connect(self.options.setVisible)
        self.transcript.regenerate_requested.connect(self.regenerate)
        self.transcript.edit_requested.connect(self.begin_edit)
        self._escape.activated.connect(self.composer.on_text_escape_pressed)
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.composer.edit_cancelled.connect(self.transcript.notice.hide)
        self.composer.model_offered.connect(self.models.load)
        self.library.changed.connect(self.models.on_library_changed)
        self.session.state_changed.connect(self.on_session_state_changed)
        self.session.model_ready.connect(self.on_session_model_ready)
        self.session.remote_ready.connect(self.on_session_model_ready)
        self.session.load_failed.connect(self.on_session_load_failed)
        self.session.notice.connect(self.show_notice)
        self.replies.ended.connect(self.on_reply_ended)
        self.replies.read_whole_requested.connect(self.read_whole)
        self.transcript.read_whole_requested.connect(self.read_whole)

    @property
    def conversation_id(self) -> int | None:
        return self.session.conversation_id

    @property
    def loaded_id(self) -> str:
        return self.session.loaded_id

    def sampling(self) -> Sampling:
        return self.options.sampling(self.header.preset())

    def show_notice(self, text: Notice) -> None:
        self.transcript.show_notice(text)

    # ---- models
    @Slot(object)
    def set_profile(self, profile: HardwareProfile) -> None:
        self.session.profile = profile  # loads and the documents' embedding model are planned for this computer
        self.options.set_profile(profile)

    @Slot(object)
    def on_session_model_ready(self, _model: LoadedModel | RemoteModel) -> None:
        """A model loaded here, or another computer's that answers (ModelChoice has shown it): what waited for it
        goes on."""
        self.model_loaded.emit()
        if self._ask_again_whole:
            self._ask_again_whole = False
            self.regenerate()
        if self._send_when_loaded:
            self._send_when_loaded = False
            self.send()

    @Slot(object)
    def on_session_load_failed(self, _exc: BaseException) -> None:
        self._ask_again_whole = False  # ModelChoice says why (and may offer to load it anyway)
        self._send_when_loaded = False

    # ---- conversations
    @Slot()
    def new_conversation(self) -> None:
        if not self.session.busy:
            self.composer.cancel_edit()  # an edit belongs to its conversation, never replaces another's
            self.session.open(None)  # a new chat starts without documents
            self.collection_chooser.show_kept()
            self.transcript.clear()
            self.conversations.show_current(None)
            self.composer.text.setFocus()

    def start_conversation_with(self, title: str, text: str, prompt: str = "") -> None:
        """A new chat about a text from elsewhere in Hearth (a transcript). The text is the conversation's system
        prompt, so every reply sees it however long the chat grows; `prompt` waits in the composer to be sent."""
        if self.session.busy:
            self.show_notice(
                lambda: self.tr("Wait for this reply to finish (or stop it), then send the transcript to chat again.")
            )
            return
        conversation = self.store.create_conversation(system_prompt=text, model=self.loaded_id)
        self.store.rename(conversation.id, title)
        self.open_conversation(conversation.id)
        self.composer.text.setPlainText(prompt)
        self.composer.text.setFocus()

    @Slot(int)
    def open_conversation(self, conversation_id: int) -> None:
        """Show a conversation and write to it: the session's open conversation is the one source of truth, and
        the list's highlight follows it."""
        if self.session.busy:
            self.conversations.show_current(self.conversation_id)
            return
        if conversation_id != self.conversation_id:
            self.composer.cancel_edit()  # an edit belongs to its conversation, never replaces another's
            self.session.open(conversation_id)
            self.collection_chooser.show_kept()
        self.options.system_prompt.setPlainText(self.store.conversation(conversation_id).system_prompt)
        messages = self.store.messages(conversation_id)
        self.transcript.show_messages(messages)
        failed = {m.id: m.error for m in messages if m.state == "failed" and m.error}
        for message_id, view in self.transcript.views:
            if message_id in failed:
                show_failure(view, failed[message_id])
        self.conversations.show_current(conversation_id)
        self.models.preselect(conversation_opened=True)

    @Slot(int)
    def on_conversations_deleted(self, conversation_id: int) -> None:
        forget_attached(conversation_id)  # its index of attached documents (never the documents)
        if self.conversation_id == conversation_id:
            self.new_conversation()

    # ---- sending and replies
    @Slot()
    def send(self) -> None:
        text, pictures = self.composer.message(), self.composer.pending
        if self.session.busy or not (text or pictures):
            return
        if not self.loaded_id:
            chosen = self.model_picker.choice_at(self.model_picker.currentIndex())
            if chosen is None:
                self.show_notice(
                    lambda: self.tr("Choose a model first (the list above shows how each one fits this computer).")
                )
            elif not self._send_when_loaded:
                self._send_when_loaded = True  # sent once the model is ready (the composer keeps the message)
                self.models.load(chosen)
            return
        responder = self.session.responder  # another computer's server says itself whether its model sees
        if pictures and not (self.session.ready and responder is not None and responder.sees_images):
            self.models.explain_cannot_see()
            return
        conversation_id = self.session.write(
            text,
            pictures,
            system_prompt=self.options.system_prompt.toPlainText().strip(),
            replacing=self.composer.replacing,
            documents=self.composer.documents,
        )
        self.composer.clear()
        self.open_conversation(conversation_id)
        self._reply()

    @Slot()
    def regenerate(self) -> None:
        """Replace the last reply with a new one."""
        if not self.session.busy and self.conversation_id is not None and self.session.forget_last_reply():
            self.open_conversation(self.conversation_id)
            self._reply()

    @property
    def editing(self) -> int | None:
        """The message being edited, which the next Send replaces (the composer holds it)."""
        return self.composer.replacing

    @Slot(int, str)
    def begin_edit(self, message_id: int, text: str) -> None:
        if not self.session.busy:
            self.composer.begin_edit(text, replacing=message_id)
            self.composer.text.setFocus()
            self.show_notice(lambda: self.tr("Editing your message: send it to replace it and everything after it."))

    def _reply(self) -> None:
        think_first = self.header.think_first()
        options = {"enable_thinking": think_first} if think_first is not None else None
        message_id = self.session.start_reply(self.sampling(), options)
        self.replies.begin(message_id)
        self.conversations.refresh()

    # ---- documents
    def set_collections(self, names: list[str]) -> None:
        self.collection_chooser.set_collections(names)

    @Slot(int)
    def read_whole(self, context: int) -> None:
        """The offer under a reply from passages: load the model again with room for every document, then ask
        the last question again (it is then read whole)."""
        choice = self.session.choice
        if self.session.busy or choice is None or choice.remote or self.session.loaded is None:
            return
        self.options.context.setValue(max(-(-context // 256) * 256, self.session.loaded.context))
        self._ask_again_whole = True
        self.models.load(choice)

    @Slot()
    def on_reply_ended(self) -> None:
        self.conversations.refresh()
        self.reply_finished.emit()

    @Slot()
    def stop(self) -> None:
        self.session.stop()

    @Slot(object)
    def on_session_state_changed(self, state: ChatState) -> None:
        busy = state is not ChatState.IDLE
        self.conversations.locked = busy
        self.composer.set_busy(busy, replying=state is ChatState.REPLYING)
        self.model_picker.setEnabled(not busy)
        self.transcript.set_actions_enabled(not busy)
        if state is ChatState.REPLYING:
            self.header.set_status(lambda: self.tr("Writing…"))
        elif state is ChatState.IDLE and self.session.loaded is not None:
            self.header.show_ready(self.session.loaded)
        elif state is ChatState.IDLE and self.session.remote is not None:
            self.header.show_remote(self.session.remote.provider, self.session.remote.host)
            self.models.drop_unoffered_remote()
        elif state is ChatState.IDLE:
            self.header.set_status("")

    # ---- pictures
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if offers_pictures(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if offered := offered_pictures(event.mimeData()):
            event.acceptProposedAction()
            self.composer.attach(offered)
