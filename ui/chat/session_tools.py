"""The chat session's tools: which tool servers the open conversation uses (kept with it, in its settings), and
the tool turn that answers a message with them — its calls written to the reply as they end, so reopening the
conversation shows them again.

The session (ui/chat/chat_session.py) stays the owner of the reply: this part runs the turn and hands the reply's
words and its end back to it, and tells the view about each call and each question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.engines.llama.chat_format import ToolStyle
from app.hardware import HardwareProfile
from app.host import ModelHost
from app.responders import LocalResponder, Responder
from app.store import ChatStore
from app.tool_use import BuiltinTools, DocumentSearch, ToolCallRecord, model_tool_style
from app.tool_use.document_search import IDENTITY as DOCUMENTS_IDENTITY
from app.tool_use.document_search import SERVER as DOCUMENTS
from ui.chat.tool_turn import ToolTurn
from ui.state.tool_servers import ToolServersState

SETTINGS_KEY = "tools"


@dataclass(frozen=True)
class ConversationTools:
    """The servers a conversation uses, the "server/tool" names it switched off, and whether each message's
    reply must begin with a tool call (`hearth chat --tool-choice required`: a grammar makes the model write one)."""

    servers: tuple[str, ...] = ()
    off: frozenset[str] = frozenset()
    required: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"servers": list(self.servers), "off": sorted(self.off), "required": self.required}

    @classmethod
    def from_json(cls, value: object) -> ConversationTools:
        if not isinstance(value, dict):
            return cls()
        servers = value.get("servers") or []
        off = value.get("off") or []
        return cls(
            tuple(s for s in servers if isinstance(s, str)) if isinstance(servers, list) else (),
            frozenset(o for o in off if isinstance(o, str)) if isinstance(off, list) else frozenset(),
            value.get("required") is True,
        )


class SessionTools(QObject):
    call_started = Signal(object)  # CallRequest
    approval_needed = Signal(object)  # PendingApproval
    call_done = Signal(object)  # ToolCallRecord
    chosen_changed = Signal(object)  # ConversationTools

    def __init__(self, servers: ToolServersState | None, store: ChatStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.servers = servers
        self.store = store
        self.chosen = ConversationTools()
        self.turn: ToolTurn | None = None
        self._records: list[dict[str, Any]] = []
        self._message_id: int | None = None

    def open(self, conversation_id: int | None) -> None:
        """The conversation's own choice; a new chat starts with none (what is chosen for it is kept from its first
        message on), as it starts without a document collection."""
        kept = self.store.conversation(conversation_id).settings.get(SETTINGS_KEY) if conversation_id else None
        self.chosen = ConversationTools.from_json(kept)
        self.chosen_changed.emit(self.chosen)

    def choose(self, chosen: ConversationTools, conversation_id: int | None) -> None:
        self.chosen = chosen
        if conversation_id is not None:
            settings = dict(self.store.conversation(conversation_id).settings)
            settings[SETTINGS_KEY] = chosen.to_json()
            self.store.update_conversation(conversation_id, settings=settings)
        self.chosen_changed.emit(chosen)

    @property
    def searches_documents(self) -> bool:
        """Hearth's document search is among the conversation's tools (the model searches when it decides to)."""
        return DOCUMENTS in self.chosen.servers

    def usable(self, responder: Responder | None, collection: str) -> bool:
        """Whether the next reply uses tools: servers chosen that are still in the list, or the document search
        with a collection. Another computer's model is offered them too (the tools run here; their results go
        there with the conversation, which the chat already says leaves this computer)."""
        if self.servers is None or responder is None:
            return False
        listed = set(self.servers.names())
        return any(name in listed for name in self.chosen.servers) or (self.searches_documents and bool(collection))

    def start(
        self,
        responder: Responder,
        host: ModelHost,
        message_id: int,
        collection: str,
        profile: HardwareProfile | None,
    ) -> ToolTurn:
        """The turn, not started yet: the session connects its words and its end before anything can arrive. The
        document search runs on `host` (this computer's), whoever answers."""
        assert self.servers is not None
        listed = set(self.servers.names()) - {DOCUMENTS}  # the name is Hearth's own search's
        identities = {name: self.servers.identity(name) for name in self.chosen.servers if name in listed}
        builtins: list[BuiltinTools] = []
        if self.searches_documents and collection and profile is not None:
            builtins.append(DocumentSearch(host, profile, collection))
            identities[DOCUMENTS] = DOCUMENTS_IDENTITY
        turn = ToolTurn(
            responder,
            self.servers.host,
            self.servers.approvals,
            identities,
            self.chosen.off,
            model_tool_style(responder.request.path) if isinstance(responder, LocalResponder) else ToolStyle.GENERIC,
            "required" if self.chosen.required else "auto",
            builtins,
            self,
        )
        turn.call_started.connect(self.call_started)
        turn.approval_needed.connect(self.approval_needed)
        turn.servers_started.connect(self.on_servers_started)
        self.turn, self._records, self._message_id = turn, [], message_id
        return turn

    @Slot(object)
    def on_servers_started(self, each: dict[str, object]) -> None:
        if self.servers is not None:
            self.servers.learn(each)  # type: ignore[arg-type]
            self.servers.changed.emit()

    def record(self, record: ToolCallRecord) -> None:
        """A call has ended: kept with the reply, and shown."""
        self._records.append(record.to_record())
        if self._message_id is not None:
            self.store.set_tool_calls(self._message_id, self._records)
        self.call_done.emit(record)

    def end(self) -> None:
        """The turn is over (done, stopped or failed); its thread has nothing left to do but end."""
        turn, self.turn = self.turn, None
        self._message_id = None
        if turn is not None:
            turn.join()
            turn.deleteLater()

    def cancel(self) -> None:
        if self.turn is not None:
            self.turn.cancel()

    def close(self) -> None:
        if self.turn is not None:
            self.turn.cancel()
            self.turn.join()
