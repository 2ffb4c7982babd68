"""The chat session: the one owner of what the Chat page shows — the loaded model, the open conversation, and the
reply being written — and the only part of the page that talks to the model host.

Its state is explicit (idle, loading, replying), so the page never has to infer it from which objects happen to
be set. A reply's text is held once, by the store's ReplyWriter, which also writes it to the database at least
every second while it streams, so a crash loses at most the last second.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.engines.chat_types import Message, Notice, ReplyStats, Sampling, StopReason, TextDelta, ThinkingDelta
from app.engines.coalesce import INTERVAL_S
from app.engines.llama import LoadedModel
from app.errors import HearthError
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile
from app.host import ModelHost, ModelRequest
from app.images import PreparedImage
from app.store import Attachment, ChatStore, ReplyWriter
from ui.host_bridge import HostJob
from ui.widgets.model_picker import Choice

FLUSH_INTERVAL_MS = 1000


class ChatState(Enum):
    IDLE = "idle"
    LOADING = "loading"
    REPLYING = "replying"


class ChatSession(QObject):
    state_changed = Signal(object)  # ChatState
    model_ready = Signal(object)  # LoadedModel
    load_failed = Signal(object)  # the exception; ModelTooLarge can be retried with force
    notice = Signal(str)  # something the person should know about this load or reply
    reply_grew = Signal()  # read `reply.text` / `reply.thinking`
    reply_done = Signal(object)  # ReplyStats
    reply_failed = Signal(str)  # the sentence; what arrived is kept as a failed reply

    def __init__(self, host: ModelHost, store: ChatStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.store = store
        self.state = ChatState.IDLE
        self.choice: Choice | None = None  # the model loaded (or being loaded)
        self.loaded: LoadedModel | None = None
        self.conversation_id: int | None = None
        self.reply: ReplyWriter | None = None  # the reply in progress
        self._request: ModelRequest | None = None
        self._job: HostJob | None = None
        self._flush = QTimer(self)
        self._flush.setInterval(FLUSH_INTERVAL_MS)
        self._flush.timeout.connect(self.on_flush_timeout)

    @property
    def loaded_id(self) -> str:
        return self.choice.library_id if self.choice is not None and self.loaded is not None else ""

    @property
    def busy(self) -> bool:
        return self.state is not ChatState.IDLE

    # ---- the model
    def load(self, choice: Choice, plan: LoadPlan, profile: HardwareProfile | None, force: bool = False) -> None:
        if self.busy:
            return
        request = ModelRequest(choice.path, plan, mmproj=choice.mmproj, force=force)
        if self._request is not None and self._request.key != request.key:
            self.host.unload(self._request)  # the chat holds one model; the next one gets its memory
        self.choice, self.loaded, self._request = choice, None, request
        self._set_state(ChatState.LOADING)
        job = self._new_job()
        job.returned.connect(self.on_job_loaded)
        job.errored.connect(self.on_job_load_failed)
        job.attach(self.host.load(request, profile=profile, on_event=job.on_event, on_done=job.on_done))

    @Slot(object)
    def on_job_loaded(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        self._set_state(ChatState.IDLE)
        self.model_ready.emit(loaded)

    @Slot(object)
    def on_job_load_failed(self, exc: BaseException) -> None:
        self._request = None
        self._set_state(ChatState.IDLE)
        self.load_failed.emit(exc)

    # ---- replies
    def write(
        self, text: str, pictures: Sequence[PreparedImage], *, system_prompt: str, replacing: int | None = None
    ) -> int:
        """The person's message into the open conversation (a new one, with `system_prompt`, when none is open);
        `replacing` an earlier message edits it and drops everything after it. Returns the conversation id."""
        if self.conversation_id is None:
            conversation = self.store.create_conversation(system_prompt=system_prompt, model=self.loaded_id)
            self.conversation_id = conversation.id
        attachments = [Attachment("image", p.mime, p.width, p.height, name=p.name, data=p.data) for p in pictures]
        if replacing is not None:
            self.store.edit_message(replacing, text, add_attachments=attachments)
            self.store.delete_after(replacing)
        else:
            self.store.add_message(self.conversation_id, "user", text, model=self.loaded_id, attachments=attachments)
        return self.conversation_id

    def forget_last_reply(self) -> bool:
        """Drop what followed the last message of the person, to write it again; False when there is none."""
        assert self.conversation_id is not None
        messages = self.store.messages(self.conversation_id)
        last_user = next((m for m in reversed(messages) if m.role == "user"), None)
        if last_user is not None:
            self.store.delete_after(last_user.id)
        return last_user is not None

    def history(self) -> list[Message]:
        """The open conversation as the model reads it: its system prompt, then every message with its pictures."""
        assert self.conversation_id is not None
        conversation = self.store.conversation(self.conversation_id)
        history = [Message("system", conversation.system_prompt)] if conversation.system_prompt else []
        history += [
            Message(m.role, m.content, images=tuple(data for _name, data in self.store.pictures_of(m)))
            for m in self.store.messages(self.conversation_id)
            if m.role != "system"
        ]
        return history

    def start_reply(self, sampling: Sampling, template_options: Mapping[str, object] | None) -> int:
        """Start the loaded model's reply to the open conversation; returns the reply's message id."""
        assert self.conversation_id is not None
        assert self._request is not None
        history = self.history()
        self.reply = self.store.start_reply(self.conversation_id, self.loaded_id, {"temperature": sampling.temperature})
        self._set_state(ChatState.REPLYING)
        self._flush.start()
        job = self._new_job()
        job.returned.connect(self.on_job_replied)
        job.errored.connect(self.on_job_reply_failed)
        job.cancelled.connect(self.on_job_reply_cancelled)
        job.attach(
            self.host.reply(
                self._request,
                history,
                sampling,
                template_options=template_options,
                coalesce_s=INTERVAL_S,
                on_event=job.on_event,
                on_done=job.on_done,
            )
        )
        return self.reply.message_id

    def stop(self) -> None:
        """Stop the reply being written (what arrived is kept); a load cannot be stopped half-way."""
        if self._job is not None and self.state is ChatState.REPLYING:
            self._job.cancel()

    @Slot(object)
    def on_job_event(self, event: object) -> None:
        if isinstance(event, Notice):
            self.notice.emit(event.message)
        elif self.reply is not None and isinstance(event, TextDelta):
            self.reply.append(text=event.text)
            self.reply_grew.emit()
        elif self.reply is not None and isinstance(event, ThinkingDelta):
            self.reply.append(thinking=event.text)
            self.reply_grew.emit()

    @Slot(object)
    def on_job_replied(self, stats: ReplyStats) -> None:
        assert self.reply is not None
        self.reply.finish(stats, state="stopped" if stats.stop_reason is StopReason.CANCELLED else "complete")
        self._end_reply()
        self.reply_done.emit(stats)

    @Slot()
    def on_job_reply_cancelled(self) -> None:
        self.on_job_replied(ReplyStats(stop_reason=StopReason.CANCELLED))

    @Slot(object)
    def on_job_reply_failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, HearthError) else f"The reply failed: {exc}"
        if self.reply is not None:
            self.reply.finish(state="failed", error=message)
        self._end_reply()
        self.reply_failed.emit(message)

    @Slot()
    def on_flush_timeout(self) -> None:
        if self.reply is not None:
            self.reply.flush()

    def _end_reply(self) -> None:
        self._flush.stop()
        self.reply = None
        self._job = None
        self._set_state(ChatState.IDLE)

    def _new_job(self) -> HostJob:
        job = HostJob(self)
        job.yielded.connect(self.on_job_event)
        job.finished.connect(job.deleteLater)
        self._job = job
        return job

    def _set_state(self, state: ChatState) -> None:
        self.state = state
        self.state_changed.emit(state)
