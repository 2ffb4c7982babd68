"""Which model the chat talks to: the picker's rows (this computer's models with their fit, and other computers'),
the model shown chosen before any is loaded, loading the chosen one with the options' plan, and a safer plan after
a start that died while loading.

The chat session loads and holds the model; this part decides what to ask it for and says so in the header.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.engines.errors import ModelTooLarge
from app.engines.llama import LoadedModel
from app.engines.llama.load_marker import crashed_during_load, forget_crashed_load, plan_from_record
from app.i18n import localized
from app.messages import MessageBridge
from app.models.model_rows import ModelRow
from app.providers import RemoteModel
from ui.chat.chat_composer import ChatComposer
from ui.chat.chat_header import ChatHeader
from ui.chat.chat_options import ChatOptions
from ui.chat.chat_session import ChatSession
from ui.chat.chat_transcript import ChatTranscript
from ui.shared.model_picker import Choice
from ui.shared.prompter import Prompter


class ModelChoice(QObject):
    def __init__(
        self,
        session: ChatSession,
        header: ChatHeader,
        options: ChatOptions,
        transcript: ChatTranscript,
        composer: ChatComposer,
        messages: MessageBridge,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        """`parent`: the chat page, over which a question is asked."""
        super().__init__(parent)
        self._page = parent
        self.session = session
        self.store = session.store
        self.header = header
        self.picker = header.picker
        self.options = options
        self.transcript = transcript
        self.composer = composer
        self._messages = messages
        self._prompter = prompter
        session.model_ready.connect(self.on_model_ready)
        session.remote_ready.connect(self.on_remote_ready)
        session.load_failed.connect(self.on_load_failed)
        composer.pictures_added.connect(self.on_pictures_added)

    def name_of(self, library_id: str) -> str:
        """A model's name from its library id: the picker's, or the id's last part for a model no longer there."""
        choice = next((c for c in self.picker.choices() if c.library_id == library_id), None)
        return choice.name if choice is not None else library_id.rsplit(":", 1)[-1].rsplit("/", 1)[-1]

    @Slot(object)
    def on_library_changed(self, rows: Sequence[ModelRow]) -> None:
        self.picker.set_rows(rows, keep=self.session.loaded_id)
        self.preselect()

    def preferred_model(self) -> str:
        """The model to show chosen when none is loaded: the open conversation's, else the one the latest
        conversation used, when it is still offered (not loaded until a message is sent)."""
        offered = {c.library_id for c in self.picker.choices()}
        if self.session.conversation_id is not None:
            model = self.store.conversation(self.session.conversation_id).model
            if model in offered:
                return model
        recent = (c.model for c in self.store.conversations(limit=20) if c.model in offered)
        return next(recent, "")

    def preselect(self, conversation_opened: bool = False) -> None:
        """With no model loaded, show the preferred one chosen; a conversation just opened shows its own."""
        if self.session.loaded_id or self.session.busy:
            return
        if self.picker.currentIndex() >= 0 and not conversation_opened:
            return
        if self.store.closed:  # a library listing that arrives as the window goes away: nothing to show
            return
        if (wanted := self.preferred_model()) and (choice := self.picker.select(wanted)) is not None:
            name = choice.name
            self.header.set_status(
                lambda: self.tr("{model} loads when you send a message, or choose another model.").format(model=name)
            )

    def choose(self, library_id: str) -> None:
        """Select and load a model by its library id (My Models' Chat button, the first run's hand-off)."""
        choice = self.picker.select(library_id)
        if choice is None:
            self.transcript.show_notice(
                lambda: self.tr("That model is still being checked; choose it from the list in a moment.")
            )
        else:
            self.load(choice)

    @Slot(int)
    def on_model_picked(self, index: int) -> None:
        if (choice := self.picker.choice_at(index)) is not None:
            self.load(choice)

    @Slot(object)
    def load(self, choice: Choice, force: bool = False) -> None:
        if not self.session.busy:
            self.transcript.notice.hide()  # what was said about the model before ("cannot see images") is past
            self.header.remote_mark.hide()  # shown again once another computer's model answers
            name = choice.name
            self.header.set_status(lambda: self.tr("Loading {model}…").format(model=name), loading=True)
            # another computer's model has no file here to plan a load for: the session only checks its server
            profile = self.session.profile
            plan = None if choice.remote else self.options.load_plan(choice.path, choice.mmproj, profile)
            self.session.load(choice, plan, profile, force)

    def set_remote_models(self, models: Sequence[RemoteModel]) -> None:
        """Other computers' models for the picker (none while Offline mode is on)."""
        self.picker.set_remote(models)
        self.drop_unoffered_remote()

    def drop_unoffered_remote(self) -> None:
        """Another computer's model that is no longer offered (Offline mode, or its computer removed) stops being
        the chat's model, and the header says why instead of "leaves this computer"."""
        choice = self.session.choice
        if choice is None or not choice.remote or self.picker.select(choice.library_id) is not None:
            return
        if not self.session.forget_remote():
            return  # a reply is being written: done when it ends
        self.header.remote_mark.hide()
        self.picker.setCurrentIndex(-1)
        if self.session.offline:
            self.header.set_status(
                lambda: self.tr("Offline mode is on: other computers' models are off. Choose a model here.")
            )
        else:
            remote = choice.remote
            self.header.set_status(
                lambda: self.tr("{computer} is no longer listed. Choose another model.").format(computer=remote)
            )

    def offer_safer_load(self) -> None:
        """The last start died while loading a model: say which, and set safer options for the next load."""
        record = crashed_during_load()
        if record is None:
            return
        self.options.choose_safer_load(plan_from_record(record))
        self.header.show_options(True)
        model = Path(record["model"]).name
        self.transcript.show_notice(
            lambda: self.tr(
                "Hearth closed while loading {model} last time, probably because memory ran out. Options now load "
                "it on the processor only, with a shorter context; change them if you want to try again as before."
            ).format(model=model)
        )
        forget_crashed_load()

    @Slot(object)
    def on_model_ready(self, loaded: LoadedModel) -> None:
        self.picker.select(self.session.loaded_id)
        self.header.offer_thinking("enable_thinking" in loaded.template_options)
        if loaded.mmproj is not None:
            self.composer.offer_models(())
        self.header.show_ready(loaded)

    @Slot(object)
    def on_remote_ready(self, remote: RemoteModel) -> None:
        self.picker.select(self.session.loaded_id)
        self.header.show_remote(remote.provider, remote.host)

    @Slot(object)
    def on_load_failed(self, exc: BaseException) -> None:
        self.header.set_status("")
        choice = self.session.choice
        if isinstance(exc, ModelTooLarge) and choice is not None:
            question = self.tr("{reason}\n\nLoad it anyway? The computer may slow down.").format(reason=exc.message)
            if self._prompter.ask_yes_no(self._page, self.tr("Too large for this computer"), question):
                self.load(choice, force=True)
            return
        self._messages.error_from(exc)

    @Slot(object)
    def on_pictures_added(self, refused: list[str]) -> None:
        loaded = self.session.loaded
        if refused:
            self.transcript.show_notice(lambda: " ".join(localized(sentence) for sentence in refused))
        elif self.composer.pending and loaded is not None and loaded.mmproj is None:
            self.explain_cannot_see()  # say so now, not only when Send is pressed

    def explain_cannot_see(self) -> None:
        """Pictures for a model that cannot see: say what to do, and offer the models here that can (and fit)."""
        choices = self.picker.choices()
        name = next((c.name for c in choices if c.library_id == self.session.loaded_id), "")
        self.transcript.show_notice(self.composer.offer_models_that_see(name, choices))
