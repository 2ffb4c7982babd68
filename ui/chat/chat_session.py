"""The chat session: the one owner of what the Chat page shows — the loaded model, the open conversation, and the
reply being written — and the only part of the page that talks to the model host.

Its state is explicit (idle, loading, replying), so the page never has to infer it from which objects happen to
be set. A reply's text is held once, by the store's ReplyWriter, which also writes it to the database at least
every second while it streams, so a crash loses at most the last second.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.documents.answer import PreparedAnswer, ReadDocuments, quoted_for_reply
from app.documents.chat import REMOTE_CONTEXT, prepare_attached_answer, prepare_chat_answer, reader_of
from app.engines.chat_types import (
    Message,
    Notice,
    ReplyStats,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
)
from app.engines.coalesce import INTERVAL_S
from app.engines.llama import LoadedModel
from app.errors import HearthError
from app.fit.estimate import LoadPlan
from app.hardware import HardwareProfile
from app.host import ModelHost, ModelRequest
from app.images import PreparedImage
from app.messages import Error, describe
from app.providers import (
    ConnectionRefused,
    Providers,
    ProvidersOffline,
    RemoteModel,
    ServerTimedOut,
    TlsProblem,
)
from app.providers.replies import RemoteReplies
from app.responders import LocalResponder, RemoteResponder, Responder
from app.store import Attachment, ChatStore, ReplyWriter
from app.tool_use import ToolCallRecord, ToolLoopResult
from ui.chat.session_tools import SETTINGS_KEY as TOOLS_KEY
from ui.chat.session_tools import SessionTools
from ui.shared.host_job import HostJob
from ui.shared.model_picker import Choice
from ui.state.tool_servers import ToolServersState
from ui.workers import Workers

FLUSH_INTERVAL_MS = 1000


class ChatState(Enum):
    IDLE = "idle"
    LOADING = "loading"
    REPLYING = "replying"


class ChatSession(QObject):
    state_changed = Signal(object)  # ChatState
    model_ready = Signal(object)  # LoadedModel
    load_failed = Signal(object)  # the exception; ModelTooLarge can be retried with force
    notice = Signal(object)  # something the person should know about this load or reply (a core sentence kept whole)
    reply_grew = Signal()  # read `reply.text` / `reply.thinking`
    reply_done = Signal(object)  # ReplyStats
    reply_failed = Signal(str)  # the sentence; what arrived is kept as a failed reply
    remote_ready = Signal(object)  # RemoteModel: the chat's model is on another computer, checked just now
    sources_ready = Signal(object)  # ReadDocuments: how a reply from documents read them, and its sources

    def __init__(
        self,
        host: ModelHost,
        store: ChatStore,
        parent: QObject | None = None,
        *,
        providers: Providers | None = None,
        workers: Workers | None = None,
        remote_queue: RemoteReplies | None = None,
        profile: HardwareProfile | None = None,
        tool_servers: ToolServersState | None = None,
    ) -> None:
        """`providers` and `workers` let the chat use other computers' models (checked on a worker, their replies
        streamed by `remote_queue`, the window's one remote queue; a session given none makes its own and closes it
        in `close()`); without them only this computer's models can be chosen. With `tool_servers` a conversation
        can let its model use tools (ui/chat/session_tools.py)."""
        super().__init__(parent)
        self.host = host
        self.store = store
        self.providers = providers
        self.workers = workers
        self._own_queue = remote_queue is None and providers is not None
        self.remote_queue = RemoteReplies(providers) if remote_queue is None and providers is not None else remote_queue
        self.profile = profile
        self.tools = SessionTools(tool_servers, store, self)
        self.responder: Responder | None = None  # the model that answers: loaded here, or on another computer
        self.collection = ""  # the open conversation's document collection ("" for none): app/documents
        self._unsent: ReadDocuments | None = None  # a remote reply's sources, until its request has really left
        self._read: tuple[str, ReadDocuments] | None = None  # the reply's question and sources, as shown
        self._question = ""  # the newest question asked of documents
        self._preparing: tuple[list[Message], Sampling, Mapping[str, object] | None] | None = None
        self.state = ChatState.IDLE
        self.choice: Choice | None = None  # the model loaded (or being loaded)
        self.loaded: LoadedModel | None = None
        self.conversation_id: int | None = None
        self.reply: ReplyWriter | None = None  # the reply in progress
        self._job: HostJob | None = None
        self._flush = QTimer(self)
        self._flush.setInterval(FLUSH_INTERVAL_MS)
        self._flush.timeout.connect(self.on_flush_timeout)

    @property
    def remote(self) -> RemoteModel | None:
        """The chosen model when it runs on another computer (what the header and the privacy line name)."""
        return self.responder.remote if isinstance(self.responder, RemoteResponder) else None

    @property
    def ready(self) -> bool:
        """A model can answer now: loaded here, or checked on another computer."""
        return self.responder is not None and (self.loaded is not None or self.responder.leaves_computer)

    @property
    def loaded_id(self) -> str:
        return self.choice.library_id if self.choice is not None and self.ready else ""

    @property
    def busy(self) -> bool:
        return self.state is not ChatState.IDLE

    @property
    def reading_documents(self) -> bool:
        """The reply's documents are being searched (or read whole): no word of it has been asked for yet."""
        return self._preparing is not None

    @property
    def offline(self) -> bool:
        return self.providers is not None and self.providers.offline

    # ---- the open conversation
    def open(self, conversation_id: int | None) -> None:
        """The conversation shown and written to (None: a new chat, written when its first message is sent). Each
        conversation keeps its own document collection; a new chat starts without one."""
        self.conversation_id = conversation_id
        self.collection = self.kept_collection() if conversation_id is not None else ""
        self.tools.open(conversation_id)

    def kept_collection(self) -> str:
        """The collection the open conversation was answering from (for a new chat, the one chosen for it)."""
        if self.conversation_id is None:
            return self.collection
        collection = self.store.conversation(self.conversation_id).settings.get("collection", "")
        return collection if isinstance(collection, str) else ""

    def choose_collection(self, name: str) -> None:
        """The collection the open conversation answers from, kept with it."""
        self.collection = name
        if self.conversation_id is not None:
            settings = dict(self.store.conversation(self.conversation_id).settings)
            if settings.get("collection", "") != name:
                settings["collection"] = name
                self.store.update_conversation(self.conversation_id, settings=settings)

    def forget_remote(self) -> bool:
        """Another computer's model is no longer offered (Offline mode, or that computer removed): it stops being
        the chat's model. True when it was."""
        if self.busy or self.choice is None or not self.choice.remote:
            return False
        self.choice, self.responder = None, None
        return True

    # ---- the model
    def load(self, choice: Choice, plan: LoadPlan | None, profile: HardwareProfile | None, force: bool = False) -> None:
        """Load `choice` here with `plan`, or, for another computer's model (no plan: nothing loads here), check that
        its server still offers it."""
        if self.busy:
            return
        if choice.remote:
            self._choose_remote(choice)
            return
        assert plan is not None, "a model on this computer is loaded with a plan"
        profile = profile or self.profile
        if profile is None:
            self.load_failed.emit(
                HearthError(self.tr("Hearth is still looking at this computer; choose the model again in a moment."))
            )
            return
        request = ModelRequest(choice.path, plan, profile, mmproj=choice.mmproj, force=force)
        responder = LocalResponder(self.host, request, choice.name)
        self._let_go(keep=responder.key)
        self.choice, self.loaded, self.responder = choice, None, responder
        self._set_state(ChatState.LOADING)
        job = self._new_job()
        job.returned.connect(self.on_job_loaded)
        job.errored.connect(self.on_job_load_failed)
        job.attach(responder.prepare(on_event=job.on_event, on_done=job.on_done))

    def _let_go(self, keep: object = None) -> None:
        """The chat holds one model: the one it had is unloaded (unless it is the one chosen again), so the next
        one gets its memory."""
        if isinstance(self.responder, LocalResponder) and self.responder.key != keep:
            self.host.unload(self.responder.request)

    def _choose_remote(self, choice: Choice) -> None:
        """Another computer's model: nothing is loaded here; its server is asked now whether it still offers it."""
        if self.providers is None or self.workers is None or self.remote_queue is None:
            self.load_failed.emit(HearthError(self.tr("This window cannot use other computers' models.")))
            return
        self._let_go()
        self.choice, self.loaded, self.responder = choice, None, None
        self._set_state(ChatState.LOADING)
        self.workers.start(
            self.providers.resolve,
            choice.library_id,
            connect={"returned": self.on_remote_checked},
            on_error=self.on_remote_check_failed,
        )

    @Slot(object)
    def on_remote_checked(self, remote: RemoteModel | None) -> None:
        if remote is None:
            self.on_job_load_failed(HearthError(self.tr("That other computer was removed in Settings.")))
            return
        assert self.remote_queue is not None
        self.responder = RemoteResponder(self.remote_queue, remote)
        self._set_state(ChatState.IDLE)
        self.remote_ready.emit(remote)

    def on_remote_check_failed(self, exc: BaseException, _error: Error) -> None:
        self.on_job_load_failed(exc)

    @Slot(object)
    def on_job_loaded(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        self._set_state(ChatState.IDLE)
        self.model_ready.emit(loaded)

    @Slot(object)
    def on_job_load_failed(self, exc: BaseException) -> None:
        self.responder = None
        self._set_state(ChatState.IDLE)
        self.load_failed.emit(exc)

    # ---- replies
    def write(
        self,
        text: str,
        pictures: Sequence[PreparedImage],
        *,
        system_prompt: str,
        replacing: int | None = None,
        documents: Sequence[Path] = (),
    ) -> int:
        """The person's message into the open conversation (a new one, with `system_prompt`, when none is open);
        `replacing` an earlier message edits it and drops everything after it. `documents` are files the replies
        answer from from now on (kept by path: they are read where they are). Returns the conversation id."""
        if self.conversation_id is None:
            settings: dict[str, object] = {"collection": self.collection} if self.collection else {}
            if self.tools.chosen.servers:
                settings[TOOLS_KEY] = self.tools.chosen.to_json()
            conversation = self.store.create_conversation(
                system_prompt=system_prompt, model=self.loaded_id, settings=settings or None
            )
            self.conversation_id = conversation.id
        attachments = [Attachment("image", p.mime, p.width, p.height, name=p.name, data=p.data) for p in pictures]
        attachments += [Attachment("document", path=str(Path(d).resolve()), name=Path(d).name) for d in documents]
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

    def attached_documents(self) -> list[Path]:
        """The files attached to the open conversation's messages, in the order they came."""
        if self.conversation_id is None:
            return []
        found = [
            Path(a.path)
            for m in self.store.messages(self.conversation_id)
            for a in m.attachments
            if a.kind == "document" and a.path
        ]
        return list(dict.fromkeys(found))

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
        history = self.history()
        self.reply = self.store.start_reply(self.conversation_id, self.loaded_id, {"temperature": sampling.temperature})
        self._set_state(ChatState.REPLYING)
        self._flush.start()
        files = self.attached_documents()
        leaves = self.responder is not None and self.responder.leaves_computer
        if leaves and self.offline:  # nothing is searched or sent: the reply fails with the reason
            self._start_reply(history, sampling, template_options)
        elif self.tools.usable(self.responder, self.collection) and (
            self.tools.searches_documents or not (files or self.collection)
        ):  # the document search as a tool replaces searching before every reply
            self._start_tool_turn(history, sampling, template_options)
        elif (files or self.collection) and self.workers is not None and self.ready:
            self._answer_from_documents(history, sampling, template_options, files)
        else:
            self._start_reply(history, sampling, template_options)
        return self.reply.message_id

    def _answer_from_documents(
        self,
        history: list[Message],
        sampling: Sampling,
        template_options: Mapping[str, object] | None,
        files: Sequence[Path],
    ) -> None:
        """The question's passages (or the whole documents) found on a worker, then the reply as usual: from the
        files attached to the conversation when it has some, else from the chosen collection."""
        assert self.workers is not None
        assert self.conversation_id is not None
        if files and self.collection:
            self.notice.emit(
                self.tr(
                    "Answered from the files attached to this conversation; the collection “{collection}” was not "
                    "searched. Start a new conversation to ask the collection."
                ).format(collection=self.collection)
            )
        question = history[-1].content if history and history[-1].role == "user" else ""
        self._question = question
        earlier = [m for m in history[:-1] if m.role != "system"]
        system = [m for m in history[:1] if m.role == "system"]
        self._preparing = (system, sampling, template_options)
        assert self.responder is not None
        self.workers.start(
            _prepare_documents,
            self.host,
            self.profile,
            self.responder,
            self.loaded.context if self.loaded is not None else REMOTE_CONTEXT,
            self.conversation_id if files else None,
            list(files) or self.collection,
            question,
            earlier,
            sampling.max_tokens,
            connect={"returned": self.on_documents_prepared},
            on_error=self.on_documents_failed,
        )

    @Slot(object)
    def on_documents_prepared(self, answer: PreparedAnswer) -> None:
        if self._preparing is None or self.reply is None:  # stopped while the documents were searched
            return
        system, sampling, template_options = self._preparing
        self._preparing = None
        remote = self.remote
        read = answer.read()  # "sent to" is added once the request has really left this computer
        self._read = (self._question, read)
        self.store.set_sources(self.reply.message_id, read.to_record())
        self.sources_ready.emit(read)
        if remote is not None:
            self._unsent = dataclasses.replace(read, sent_to=f"{remote.host} ({remote.provider})")
        messages = list(answer.messages)
        if system:  # the conversation's own system prompt goes first
            messages = [Message("system", f"{system[0].content}\n\n{messages[0].content}"), *messages[1:]]
        self._start_reply(messages, sampling, template_options)

    def on_documents_failed(self, exc: BaseException, _error: Error) -> None:
        if self._preparing is not None:
            self._preparing = None
            self.on_job_reply_failed(exc)

    def _start_reply(
        self, history: Sequence[Message], sampling: Sampling, template_options: Mapping[str, object] | None
    ) -> None:
        assert self.responder is not None
        job = self._new_job()
        job.returned.connect(self.on_job_replied)
        job.errored.connect(self.on_job_reply_failed)
        job.cancelled.connect(self.on_job_reply_cancelled)
        job.attach(
            self.responder.reply(
                history,
                sampling,
                template_options=template_options,
                coalesce_s=INTERVAL_S,
                on_event=job.on_event,
                on_done=job.on_done,
            )
        )

    def _start_tool_turn(
        self, history: Sequence[Message], sampling: Sampling, template_options: Mapping[str, object] | None
    ) -> None:
        assert self.responder is not None
        assert self.reply is not None
        turn = self.tools.start(self.responder, self.host, self.reply.message_id, self.collection, self.profile)
        turn.event.connect(self.on_turn_event)
        turn.finished.connect(self.on_turn_finished)
        turn.failed.connect(self.on_turn_failed)
        turn.start(history, sampling, template_options)

    @Slot(object)
    def on_turn_event(self, event: object) -> None:
        if isinstance(event, ToolCallRecord):
            self.tools.record(event)
        else:
            self.on_job_event(event)

    @Slot(object)
    def on_turn_finished(self, result: ToolLoopResult) -> None:
        self.tools.end()
        for note in result.notes:
            self.notice.emit(note)
        cancelled = ReplyStats(stop_reason=StopReason.CANCELLED)
        self.on_job_replied(cancelled if result.cancelled else result.stats)

    @Slot(object)
    def on_turn_failed(self, exc: BaseException) -> None:
        self.tools.end()
        self.on_job_reply_failed(exc)

    def stop(self) -> None:
        """Stop the reply being written (what arrived is kept); a load cannot be stopped half-way."""
        if self.state is not ChatState.REPLYING:
            return
        if self.tools.turn is not None:  # the loop ends with its reply; a question still open is answered Deny
            self.tools.cancel()
        elif self._job is not None:
            self._job.cancel()  # another computer's stream is closed at the next event; what arrived is kept
        elif self._preparing is not None:  # still searching the documents: the reply never starts
            self._preparing = None
            self.on_job_replied(ReplyStats(stop_reason=StopReason.CANCELLED))

    def close(self) -> None:
        """Stop the reply and end the remote queue this session made itself (a shared one is its owner's)."""
        self.stop()
        self.tools.close()
        if self._own_queue and self.remote_queue is not None:
            self.remote_queue.close()

    def _mark_sent(self) -> None:
        """The other computer has the question and its passages: the sources say so from now on."""
        if self._unsent is not None and self.reply is not None:
            read, self._unsent = self._unsent, None
            self._read = (self._question, read)
            self.store.set_sources(self.reply.message_id, read.to_record())
            self.sources_ready.emit(read)

    def _quote_for_the_reply(self) -> None:
        """The written reply picks its sources' quotes again: the sentences it stands on, not only the question's."""
        if self._read is not None and self.reply is not None and self.reply.text.strip():
            question, read = self._read
            requoted = quoted_for_reply(read, question, self.reply.text)
            if requoted != read:
                self._read = (question, requoted)
                self.store.set_sources(self.reply.message_id, requoted.to_record())
                self.sources_ready.emit(requoted)

    @Slot(object)
    def on_job_event(self, event: object) -> None:
        if self.reply is not None:
            self._mark_sent()  # the other computer answered: it has the request
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
        self._mark_sent()
        self._quote_for_the_reply()
        self.reply.finish(stats, state="stopped" if stats.stop_reason is StopReason.CANCELLED else "complete")
        self._end_reply()
        self.reply_done.emit(stats)

    @Slot()
    def on_job_reply_cancelled(self) -> None:
        self.on_job_replied(ReplyStats(stop_reason=StopReason.CANCELLED))

    @Slot(object)
    def on_job_reply_failed(self, exc: BaseException) -> None:
        message = describe(exc, self.tr("The reply failed")).text
        if _reached_server(exc):
            self._mark_sent()
        if self.reply is not None:
            self.reply.finish(state="failed", error=message)
        self._end_reply()
        self.reply_failed.emit(message)

    @Slot()
    def on_flush_timeout(self) -> None:
        if self.reply is not None:
            self.reply.flush()

    def _end_reply(self) -> None:
        self._unsent = None
        self._read = None
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


def _reached_server(exc: BaseException) -> bool:
    """Whether a failed remote reply's request got to the other computer: not when Offline mode stopped it, or the
    connection was never made."""
    if isinstance(exc, ProvidersOffline | ConnectionRefused | TlsProblem):
        return False
    return not (isinstance(exc, ServerTimedOut) and "ConnectTimeout" in exc.details)


def _prepare_documents(
    host: ModelHost,
    profile: HardwareProfile | None,
    responder: Responder,
    context: int,
    conversation_id: int | None,
    documents: list[Path] | str,
    question: str,
    earlier: list[Message],
    reply_room: int,
) -> PreparedAnswer:
    """On a worker: the chat model's reader, then the answer prepared from the conversation's attached files or
    the collection named by `documents`."""
    if profile is None:  # the documents' embedding model runs here, planned for this computer
        raise HearthError(
            QCoreApplication.translate(
                "ChatSession", "Hearth is still looking at this computer; ask again in a moment."
            )
        )
    reader = reader_of(responder, context)
    if isinstance(documents, list):
        assert conversation_id is not None
        return prepare_attached_answer(host, profile, reader, conversation_id, documents, question, earlier, reply_room)
    return prepare_chat_answer(host, profile, reader, documents, question, earlier, reply_room)
