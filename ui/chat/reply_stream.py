"""The reply being written, shown as it grows: the documents read first ("Reading your documents…"), the passages
it stands on, its words as they come, and at the end the stored text with its figures, or why it failed.

The chat session writes the reply; this part only shows it, in the message view the transcript gave it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.documents.answer import ReadDocuments
from app.engines.chat_types import ReplyStats, StopReason
from app.messages import MessageBridge
from app.tool_use import Answer, CallRequest, ToolCallRecord
from ui.chat.chat_header import ChatHeader
from ui.chat.chat_session import ChatSession
from ui.chat.chat_transcript import ChatTranscript
from ui.chat.document_sources import DocumentSources
from ui.chat.message_view import MessageView
from ui.chat.tool_call_card import ToolCallCard
from ui.chat.tool_turn import PendingApproval
from ui.shared.announce import announce


class ReplyStream(QObject):
    ended = Signal()  # done, failed or stopped
    read_whole_requested = Signal(int)  # the context that holds every document: the offer under a reply

    def __init__(
        self,
        session: ChatSession,
        transcript: ChatTranscript,
        header: ChatHeader,
        messages: MessageBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.transcript = transcript
        self.header = header
        self._messages = messages
        self.view: MessageView | None = None
        self._reading = False  # the reply's documents are being read: no word of it yet
        session.sources_ready.connect(self.on_sources_ready)
        session.reply_grew.connect(self.on_reply_grew)
        session.reply_done.connect(self.on_reply_done)
        session.reply_failed.connect(self.on_reply_failed)
        session.tools.call_started.connect(self.on_tool_call_started)
        session.tools.approval_needed.connect(self.on_tool_approval_needed)
        session.tools.call_done.connect(self.on_tool_call_done)
        self._card: ToolCallCard | None = None  # the call being checked, asked about or run

    def begin(self, message_id: int) -> None:
        """The session has started the reply stored as `message_id`."""
        choice = self.session.choice
        self.view = self.transcript.add_view(message_id, "assistant", model=choice.name if choice else "")
        self._reading = self.session.reading_documents
        if self._reading:  # finding the passages (or reading them whole) comes before the first word
            self.header.set_status(lambda: self.tr("Reading your documents…"), loading=True)
            self.view.set_stats(self.tr("Reading your documents…"))

    @Slot(object)
    def on_sources_ready(self, read: ReadDocuments) -> None:
        if self.view is None:
            return
        if self._reading:
            self._reading = False
            self.header.set_status(lambda: self.tr("Writing…"))
            self.view.set_stats("")
        shown = self.view.findChildren(DocumentSources)
        if shown and shown[-1].shows_the_same_passages(read):
            shown[-1].update_from(read)  # now saying where they went, or quoting what the reply stands on
            return
        for earlier in shown:
            earlier.hide()
            earlier.setParent(None)  # out of the view at once: nothing finds it while its deletion waits
            earlier.deleteLater()
        sources = DocumentSources(read)
        sources.whole_requested.connect(self.read_whole_requested)
        self.view.show_below(sources)

    @Slot()
    def on_reply_grew(self) -> None:
        reply = self.session.reply
        if reply is not None and self.view is not None:
            self.view.set_content(reply.text, reply.thinking, final=False)
            self.transcript.scroll_to_end()

    # ---- tool calls (ui/chat/session_tools.py)
    @Slot(object)
    def on_tool_call_started(self, request: CallRequest) -> None:
        if self.view is None:
            return
        self._card = ToolCallCard(request.server, request.tool.name, request.arguments)
        self._card.show_running()
        self.view.show_tool_call(self._card)
        tool = request.tool.name
        self.header.set_status(lambda: self.tr("Using the tool {tool}…").format(tool=tool))
        self.transcript.scroll_to_end()

    @Slot(object)
    def on_tool_approval_needed(self, pending: PendingApproval) -> None:
        card = self._card
        if card is None or not card.matches(
            pending.request.server, pending.request.tool.name, pending.request.arguments
        ):
            return pending.answer(Answer.DENY)  # nothing shows the question: it is not asked in the dark
        card.answered.connect(pending.answer)
        card.ask(pending.request)
        self.header.set_status(lambda: self.tr("Waiting for your answer…"))
        self.transcript.scroll_to_end()

    @Slot(object)
    def on_tool_call_done(self, record: ToolCallRecord) -> None:
        if self.view is None:
            return
        card = self._card
        if card is None or not card.matches(record.server, record.tool, record.arguments):
            card = ToolCallCard(record.server, record.tool, record.arguments)  # it never reached a question
            self.view.show_tool_call(card)
        card.show_record(record)
        self._card = None
        self.header.set_status(lambda: self.tr("Writing…"))

    @Slot(object)
    def on_reply_done(self, stats: ReplyStats) -> None:
        if self.view is not None and self.session.conversation_id is not None:
            stored = self.session.store.message(self.transcript.views[-1][0])
            self.view.set_content(stored.content, stored.thinking, final=True)
            self.view.set_stats(stats)
        stopped = stats.stop_reason == StopReason.CANCELLED
        announce(self.transcript, self.tr("Reply stopped.") if stopped else self.tr("Reply finished."))
        self._end()

    @Slot(str)
    def on_reply_failed(self, message: str) -> None:
        if self.view is not None:
            self.view.set_stats("")
            show_failure(self.view, message)
        announce(self.transcript, self.tr("No reply: {reason}").format(reason=message), urgent=True)
        self._messages.error(message)
        self._end()

    def _end(self) -> None:
        if self._card is not None:  # a question left open by a stop: it was answered Deny
            self._card.answer(Answer.DENY)
            self._card = None
        self.view = None
        self._reading = False
        self.ended.emit()


def show_failure(view: MessageView, reason: str) -> None:
    """A reply that failed says why in its own bubble, and its button offers to try again."""
    view.show_failure(reason)
