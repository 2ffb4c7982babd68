"""The Chat page: conversations, a model picker with fit badges, streaming replies, stop, regenerate, edit, and
pictures (dropped on the page, pasted into the composer, or chosen in a file dialog) for models that can see.

The page composes named parts and wires them: the conversation list, the header with the model picker and its
status, the transcript, the composer, and the chat session (ui/chat/chat_session.py), which holds the loaded model,
the open conversation and the reply being written, and is the page's only way to the model host.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.documents.answer import ReadDocuments
from app.documents.chat import forget_attached
from app.engines.chat_types import ReplyStats, Sampling
from app.engines.errors import ModelTooLarge
from app.engines.llama import LoadedModel
from app.engines.llama.load_marker import crashed_during_load, forget_crashed_load, plan_from_record
from app.hardware import HardwareProfile
from app.messages import MessageBridge
from app.models.model_rows import ModelRow
from app.providers import RemoteModel
from ui.chat.chat_composer import ChatComposer
from ui.chat.chat_header import ChatHeader
from ui.chat.chat_options import ChatOptions
from ui.chat.chat_session import ChatSession, ChatState
from ui.chat.chat_transcript import ChatTranscript, stats_line
from ui.chat.collection_chooser import CollectionChooser
from ui.chat.conversation_list import ConversationList
from ui.chat.document_sources import DocumentSources
from ui.chat.image_strip import offered_pictures, offers_pictures
from ui.chat.message_view import MessageView
from ui.shared.model_picker import Choice
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
        self.profile: HardwareProfile | None = None
        self.editing: int | None = None  # the message being edited
        self._streaming_view: MessageView | None = None
        self._ask_again_whole = False  # the model is being loaded again to read the documents whole
        self._send_when_loaded = False  # Send was pressed with a model chosen but not loaded yet: sent once it is
        self._reading = False  # the reply's documents are being read: no word of it yet
        self.setAcceptDrops(True)
        self.conversations = ConversationList(self.store, prompter=self.prompter)
        self.header = ChatHeader()
        self.model_picker = self.header.picker
        self.options = ChatOptions()
        self.options.hide()
        self.options.apply_preset("balanced")
        self.transcript = ChatTranscript(self.store)
        self.composer = ChatComposer(workers, prompter=self.prompter)
        self.collection_chooser = CollectionChooser()
        self.collection_chooser.setAccessibleName("Documents to answer from")
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
        self._connect_signals()
        self.on_library_changed(library.rows)
        self.offer_safer_load()

    def _connect_signals(self) -> None:
        self.conversations.new_requested.connect(self.new_conversation)
        self.conversations.opened.connect(self.open_conversation)
        self.conversations.deleted.connect(self.on_conversations_deleted)
        self.conversations.problem.connect(self._messages.error)
        self.model_picker.activated.connect(self.on_model_picked)
        self.header.preset_chosen.connect(self.options.apply_preset)
        self.header.options_toggled.connect(self.options.setVisible)
        self.transcript.regenerate_requested.connect(self.regenerate)
        self.transcript.edit_requested.connect(self.begin_edit)
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.composer.edit_cancelled.connect(self.on_composer_edit_cancelled)
        self.composer.pictures_added.connect(self.on_composer_pictures_added)
        self.composer.model_offered.connect(self.load)
        self.library.changed.connect(self.on_library_changed)
        self.session.state_changed.connect(self.on_session_state_changed)
        self.session.model_ready.connect(self.on_session_model_ready)
        self.session.remote_ready.connect(self.on_session_remote_ready)
        self.session.load_failed.connect(self.on_session_load_failed)
        self.session.notice.connect(self.show_notice)
        self.session.reply_grew.connect(self.on_session_reply_grew)
        self.session.reply_done.connect(self.on_session_reply_done)
        self.session.reply_failed.connect(self.on_session_reply_failed)
        self.session.sources_ready.connect(self.on_session_sources_ready)
        self.transcript.read_whole_requested.connect(self.read_whole)
        self.collection_chooser.currentIndexChanged.connect(self.on_collection_chosen)

    def offer_safer_load(self) -> None:
        """The last start died while loading a model: say which, and set safer options for the next load."""
        record = crashed_during_load()
        if record is None:
            return
        self.options.choose_safer_load(plan_from_record(record))
        self.header.show_options(True)
        self.show_notice(
            f"Hearth closed while loading {Path(record['model']).name} last time, probably because memory ran out. "
            "Options now load it on the processor only, with a shorter context; change them if you want to try "
            "again as before."
        )
        forget_crashed_load()

    @property
    def conversation_id(self) -> int | None:
        return self.session.conversation_id

    @property
    def loaded_id(self) -> str:
        return self.session.loaded_id

    def sampling(self) -> Sampling:
        return self.options.sampling(self.header.preset())

    def show_notice(self, text: str) -> None:
        self.transcript.show_notice(text)

    # ---- models
    @Slot(object)
    def set_profile(self, profile: HardwareProfile) -> None:
        self.profile = profile
        self.session.profile = profile  # documents' embedding model is planned for this computer too
        self.options.set_profile(profile)

    @Slot(object)
    def on_library_changed(self, rows: Sequence[ModelRow]) -> None:
        self.model_picker.set_rows(rows, keep=self.loaded_id)
        self._preselect()

    def _preferred_model(self) -> str:
        """The model to show chosen when none is loaded: the open conversation's, else the one the latest
        conversation used, when it is still offered (not loaded until a message is sent)."""
        offered = {c.library_id for c in self.model_picker.choices()}
        if self.conversation_id is not None:
            model = self.store.conversation(self.conversation_id).model
            if model in offered:
                return model
        recent = (c.model for c in self.store.conversations(limit=20) if c.model in offered)
        return next(recent, "")

    def _preselect(self, conversation_opened: bool = False) -> None:
        """With no model loaded, show the preferred one chosen; a conversation just opened shows its own."""
        if self.loaded_id or self.session.busy or (self.model_picker.currentIndex() >= 0 and not conversation_opened):
            return
        if self.store.closed:  # a library listing that arrives as the window goes away: nothing to show
            return
        if (wanted := self._preferred_model()) and (choice := self.model_picker.select(wanted)) is not None:
            self.header.set_status(f"{choice.name} loads when you send a message, or choose another model.")

    def choose(self, library_id: str) -> None:
        """Select and load a model by its library id (My Models' Chat button, the first run's hand-off)."""
        choice = self.model_picker.select(library_id)
        if choice is None:
            self.show_notice("That model is still being checked; choose it from the list in a moment.")
        else:
            self.load(choice)

    @Slot(int)
    def on_model_picked(self, index: int) -> None:
        if (choice := self.model_picker.choice_at(index)) is not None:
            self.load(choice)

    @Slot(object)
    def load(self, choice: Choice, force: bool = False) -> None:
        if not self.session.busy:
            self.transcript.notice.hide()  # what was said about the model before ("cannot see images") is past
            self.header.remote_mark.hide()  # shown again once another computer's model answers
            self.header.set_status(f"Loading {choice.name}…", loading=True)
            # another computer's model has no file here to plan a load for: the session only checks its server
            plan = None if choice.remote else self.options.load_plan(choice.path, choice.mmproj, self.profile)
            self.session.load(choice, plan, self.profile, force)

    @Slot(object)
    def on_session_model_ready(self, loaded: LoadedModel) -> None:
        self.model_picker.select(self.loaded_id)
        self.header.offer_thinking("enable_thinking" in loaded.template_options)
        if loaded.mmproj is not None:
            self.composer.offer_models(())
        self.header.show_ready(loaded)
        self.model_loaded.emit()
        if self._ask_again_whole:
            self._ask_again_whole = False
            self.regenerate()
        self._send_waiting()

    def set_remote_models(self, models: Sequence[RemoteModel]) -> None:
        """Other computers' models for the picker (none while Offline mode is on)."""
        self.model_picker.set_remote(models)
        self._drop_unoffered_remote()

    def _drop_unoffered_remote(self) -> None:
        """Another computer's model that is no longer offered (Offline mode, or its computer removed) stops being
        the chat's model, and the header says why instead of "leaves this computer"."""
        choice = self.session.choice
        if choice is None or not choice.remote or self.model_picker.select(choice.library_id) is not None:
            return
        if not self.session.forget_remote():
            return  # a reply is being written: done when it ends
        self.header.remote_mark.hide()
        self.model_picker.setCurrentIndex(-1)
        if self.session.offline:
            self.header.set_status("Offline mode is on: other computers' models are off. Choose a model here.")
        else:
            self.header.set_status(f"{choice.remote} is no longer listed. Choose another model.")

    @Slot(object)
    def on_session_remote_ready(self, remote: RemoteModel) -> None:
        self.model_picker.select(self.loaded_id)
        self.header.show_remote(remote.provider, remote.host)
        self.model_loaded.emit()
        self._send_waiting()

    def _send_waiting(self) -> None:
        if self._send_when_loaded:
            self._send_when_loaded = False
            self.send()

    @Slot(object)
    def on_session_load_failed(self, exc: BaseException) -> None:
        self.header.set_status("")
        self._ask_again_whole = False
        self._send_when_loaded = False
        choice = self.session.choice
        if isinstance(exc, ModelTooLarge) and choice is not None:
            if self.prompter.ask_yes_no(
                self, "Too large for this computer", f"{exc.message}\n\nLoad it anyway? The computer may slow down."
            ):
                self.load(choice, force=True)
            return
        self._messages.error_from(exc)

    # ---- conversations
    @Slot()
    def new_conversation(self) -> None:
        if not self.session.busy:
            self._leave_edit()
            self.session.open(None)  # a new chat starts without documents
            self._show_collection()
            self.transcript.clear()
            self.conversations.show_current(None)
            self.composer.text.setFocus()

    def start_conversation_with(self, title: str, text: str, prompt: str = "") -> None:
        """A new chat about a text from elsewhere in Hearth (a transcript). The text is the conversation's system
        prompt, so every reply sees it however long the chat grows; `prompt` waits in the composer to be sent."""
        if self.session.busy:
            self.show_notice("Wait for this reply to finish (or stop it), then send the transcript to chat again.")
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
            self._leave_edit()
            self.session.open(conversation_id)
            self._show_collection()
        self.options.system_prompt.setPlainText(self.store.conversation(conversation_id).system_prompt)
        messages = self.store.messages(conversation_id)
        self.transcript.show_messages(messages)
        failed = {m.id: m.error for m in messages if m.state == "failed" and m.error}
        for message_id, view in self.transcript.views:
            if message_id in failed:
                show_failure(view, failed[message_id])
        self.conversations.show_current(conversation_id)
        self._preselect(conversation_opened=True)

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
                self.show_notice("Choose a model first (the list above shows how each one fits this computer).")
            elif not self._send_when_loaded:
                self._send_when_loaded = True  # sent once the model is ready (the composer keeps the message)
                self.load(chosen)
            return
        responder = self.session.responder  # another computer's server says itself whether its model sees
        if pictures and not (self.session.ready and responder is not None and responder.sees_images):
            self.explain_cannot_see()
            return
        conversation_id = self.session.write(
            text,
            pictures,
            system_prompt=self.options.system_prompt.toPlainText().strip(),
            replacing=self.editing,
            documents=self.composer.documents,
        )
        self.editing = None
        self.composer.clear()
        self.open_conversation(conversation_id)
        self._reply()

    @Slot()
    def regenerate(self) -> None:
        """Replace the last reply with a new one."""
        if not self.session.busy and self.conversation_id is not None and self.session.forget_last_reply():
            self.open_conversation(self.conversation_id)
            self._reply()

    @Slot(int, str)
    def begin_edit(self, message_id: int, text: str) -> None:
        if not self.session.busy:
            self.editing = message_id
            self.composer.begin_edit(text)
            self.composer.text.setFocus()
            self.show_notice("Editing your message: send it to replace it and everything after it.")

    @Slot()
    def on_composer_edit_cancelled(self) -> None:
        self.editing = None
        self.transcript.notice.hide()

    def _leave_edit(self) -> None:
        """An edit belongs to its conversation: leaving the conversation leaves the edit, so the next Send can never
        replace a message of another one."""
        self.composer.cancel_edit()
        self.editing = None

    def _reply(self) -> None:
        think_first = self.header.think_first()
        options = {"enable_thinking": think_first} if think_first is not None else None
        message_id = self.session.start_reply(self.sampling(), options)
        self._streaming_view = self.transcript.add_view(message_id, "assistant")
        self._reading = self.session.reading_documents
        if self._reading:  # finding the passages (or reading them whole) comes before the first word
            self.header.set_status("Reading your documents…", loading=True)
            self._streaming_view.set_stats("Reading your documents…")
        self.conversations.refresh()

    # ---- documents
    def set_collections(self, names: list[str]) -> None:
        self.collection_chooser.blockSignals(True)
        self.collection_chooser.set_names(names)
        self.collection_chooser.blockSignals(False)
        self._show_collection()

    @Slot(int)
    def on_collection_chosen(self, _index: int) -> None:
        self.session.choose_collection(self.collection_chooser.chosen())

    def _show_collection(self) -> None:
        """The chooser shows the open conversation's collection ("No documents" for a new chat)."""
        self.collection_chooser.blockSignals(True)
        self.collection_chooser.setCurrentIndex(0)
        self.collection_chooser.choose(self.session.kept_collection())
        self.collection_chooser.blockSignals(False)
        self.session.collection = self.collection_chooser.chosen()  # what is shown is what is asked

    @Slot(object)
    def on_session_sources_ready(self, read: ReadDocuments) -> None:
        if self._streaming_view is not None:
            if self._reading:
                self._reading = False
                self.header.set_status("Writing…")
                self._streaming_view.set_stats("")
            shown = self._streaming_view.findChildren(DocumentSources)
            if shown and shown[-1].shows_the_same_passages(read):
                shown[-1].update_from(read)  # now saying where they went, or quoting what the reply stands on
                return
            for earlier in shown:
                earlier.hide()
                earlier.setParent(None)  # out of the view at once: nothing finds it while its deletion waits
                earlier.deleteLater()
            sources = DocumentSources(read)
            sources.whole_requested.connect(self.read_whole)
            self._streaming_view.show_below(sources)

    @Slot(int)
    def read_whole(self, context: int) -> None:
        """The offer under a reply from passages: load the model again with room for every document, then ask
        the last question again (it is then read whole)."""
        choice = self.session.choice
        if self.session.busy or choice is None or choice.remote or self.session.loaded is None:
            return
        self.options.context.setValue(max(-(-context // 256) * 256, self.session.loaded.context))
        self._ask_again_whole = True
        self.load(choice)

    @Slot()
    def on_session_reply_grew(self) -> None:
        reply = self.session.reply
        if reply is not None and self._streaming_view is not None:
            self._streaming_view.set_content(reply.text, reply.thinking, final=False)
            self.transcript.scroll_to_end()

    @Slot(object)
    def on_session_reply_done(self, stats: ReplyStats) -> None:
        if self._streaming_view is not None and self.conversation_id is not None:
            stored = self.store.message(self.transcript.views[-1][0])
            self._streaming_view.set_content(stored.content, stored.thinking, final=True)
            self._streaming_view.set_stats(stats_line(stats))
        self._end_reply()

    @Slot(str)
    def on_session_reply_failed(self, message: str) -> None:
        if self._streaming_view is not None:
            self._streaming_view.set_stats("")
            show_failure(self._streaming_view, message)
        self._messages.error(message)
        self._end_reply()

    def _end_reply(self) -> None:
        self._streaming_view = None
        self._reading = False
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
            self.header.set_status("Writing…")
        elif state is ChatState.IDLE and self.session.loaded is not None:
            self.header.show_ready(self.session.loaded)
        elif state is ChatState.IDLE and self.session.remote is not None:
            self.header.show_remote(self.session.remote.provider, self.session.remote.host)
            self._drop_unoffered_remote()
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

    @Slot(list)
    def on_composer_pictures_added(self, refused: list[str]) -> None:
        loaded = self.session.loaded
        if refused:
            self.show_notice(" ".join(refused))
        elif self.composer.pending and loaded is not None and loaded.mmproj is None:
            self.explain_cannot_see()  # say so now, not only when Send is pressed

    def explain_cannot_see(self) -> None:
        """Pictures for a model that cannot see: say what to do, and offer the models here that can (and fit)."""
        choices = self.model_picker.choices()
        name = next((c.name for c in choices if c.library_id == self.loaded_id), "This model")
        self.show_notice(self.composer.offer_models_that_see(name, choices))


def show_failure(view: MessageView, reason: str) -> None:
    """A reply that failed says why in its own bubble, and its button offers to try again."""
    label = QLabel(f"No reply: {reason}")
    label.setObjectName("Notice")
    label.setWordWrap(True)
    label.setAccessibleName("Why the reply failed")
    view.show_below(label)
    view.action_button.setText("Try again")
    view.action_button.setAccessibleName("Try the reply again")
