"""One message answered with tools, seen from the window: app/tool_use's ToolLoop on a thread of its own, its events
as Qt signals, and the approvals it waits for answered by the person in the conversation.

The loop blocks while a call waits for the person (minutes, perhaps), so it runs on its own thread rather than the
shared worker pool, which has as few threads as the computer has cores. Every call first says it is about to be
checked (`call_started`); one the person has not allowed for good waits on a `PendingApproval` that the chat's card
answers on the GUI thread; Stop (`cancel`) answers every waiting question with Deny and ends the reply with the loop.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Signal

from app.engines.chat_types import Message, Notice, Sampling
from app.engines.llama.chat_format import ToolStyle
from app.mcp import McpHost, McpProblem, McpTool
from app.openai.messages import ChatMessage
from app.responders import LocalResponder, Responder
from app.tool_use import (
    Answer,
    Approvals,
    BuiltinTools,
    CallRequest,
    ModelTokenizer,
    ToolChoice,
    ToolLoop,
    ToolRunners,
    ToolSet,
    count_tool_tokens,
)

THREAD_NAME = "hearth-tool-turn"


class PendingApproval:
    """A call waiting for the person's answer; answered once, from any thread."""

    def __init__(self, request: CallRequest) -> None:
        self.request = request
        self._answer = Answer.DENY
        self._answered = threading.Event()

    def answer(self, answer: Answer) -> None:
        if not self._answered.is_set():
            self._answer = answer
            self._answered.set()

    def wait(self) -> Answer:
        self._answered.wait()
        return self._answer


class ToolTurn(QObject):
    event = Signal(object)  # TextDelta, ThinkingDelta, Notice and ToolCallRecord, as the loop sees them
    call_started = Signal(object)  # CallRequest: about to be checked against the approvals
    approval_needed = Signal(object)  # PendingApproval
    servers_started = Signal(object)  # {server: its tools, or the McpProblem saying why it could not start}
    finished = Signal(object)  # ToolLoopResult
    failed = Signal(object)  # the exception

    def __init__(
        self,
        responder: Responder,
        host: McpHost,
        approvals: Approvals,
        identities: Mapping[str, str],
        switched_off: frozenset[str],
        style: ToolStyle,
        tool_choice: ToolChoice = "auto",
        builtins: Sequence[BuiltinTools] = (),
        parent: QObject | None = None,
    ) -> None:
        """`identities`: the servers this conversation uses, each with what its approvals are keyed to (command
        line or URL); `switched_off`: the "server/tool" names it does not use; `builtins`: Hearth's own tools
        (the document search) beside them."""
        super().__init__(parent)
        self._responder = responder
        self._host = host
        self._approvals = approvals
        self._identities = dict(identities)
        self._off = switched_off
        self._style = style
        self._tool_choice: ToolChoice = tool_choice
        self._runners = ToolRunners(host, builtins)
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._pending: list[PendingApproval] = []
        self._loop: ToolLoop | None = None
        self._thread: threading.Thread | None = None

    def start(
        self, history: Sequence[Message], sampling: Sampling, template_options: Mapping[str, object] | None
    ) -> None:
        messages = [ChatMessage(m.role, m.content, m.images) for m in history]
        self._thread = threading.Thread(
            target=self._run, args=(messages, sampling, template_options), name=THREAD_NAME, daemon=True
        )
        self._thread.start()

    def cancel(self) -> None:
        """Stop the reply and the loop; every question still open is answered Deny (any thread)."""
        self._cancel.set()
        with self._lock:
            pending, loop = list(self._pending), self._loop
        for waiting in pending:
            waiting.answer(Answer.DENY)
        if loop is not None:
            loop.cancel()

    def join(self) -> None:
        """Wait for the thread to end (after `cancel`, at most one tool call's time-out)."""
        if self._thread is not None:
            self._thread.join()

    # ---- on the turn's thread
    def _run(
        self, messages: list[ChatMessage], sampling: Sampling, template_options: Mapping[str, object] | None
    ) -> None:
        try:
            tools = self._tools()
            loop = ToolLoop(
                self._responder,
                self._runners,
                tools,
                self._style,
                self._approve,
                cancel=self._cancel,
                on_event=self.event.emit,
            )
            with self._lock:
                self._loop = loop
            result = loop.run(messages, sampling, tool_choice=self._tool_choice, template_options=template_options)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.finished.emit(result)

    def _tools(self) -> ToolSet:
        """The chosen servers' tools, started together; a server that cannot start is told and left out."""
        servers = [name for name in self._identities if self._runners.builtin(name) is None]
        each = self._host.tools_of_each(servers) if servers else {}
        self.servers_started.emit(each)
        usable: dict[str, list[McpTool]] = dict(self._runners.builtin_tools())
        for name, outcome in each.items():
            if isinstance(outcome, McpProblem):
                self.event.emit(Notice(outcome.sentence))  # said in the reader's language when shown
                continue
            usable[name] = [tool for tool in outcome if f"{name}/{tool.name}" not in self._off]
        tools = ToolSet.of_servers(usable, identities=self._identities)
        self._warn_about_cost(tools)
        return tools

    def _warn_about_cost(self, tools: ToolSet) -> None:
        """Say so when the tools' descriptions would take more than a quarter of the model's context (counted with
        its own tokenizer where it runs here), naming the biggest servers to switch off."""
        if isinstance(self._responder, LocalResponder):
            context = int(self._responder.prepare().result().context)  # loaded already: only reads its size
            with ModelTokenizer(self._responder.host, self._responder.request.path) as tokenizer:
                cost = count_tool_tokens(tools, tokenizer.count, style=self._style)
        else:
            context = self._responder.trained_context
            cost = count_tool_tokens(tools, style=self._style)
        if warning := cost.warning(context):
            self.event.emit(Notice(warning + " " + self.tr("Switch some off with the Tools button.")))

    def _approve(self, request: CallRequest) -> bool:
        self.call_started.emit(request)
        approvals = self._approvals
        asked = approvals.check(request)
        if asked is None:
            return True
        pending = PendingApproval(asked)
        with self._lock:
            if self._cancel.is_set():
                return False
            self._pending.append(pending)
        self.approval_needed.emit(pending)
        answer = pending.wait()
        with self._lock:
            self._pending.remove(pending)
        if self._cancel.is_set():
            return False
        approvals.remember(asked, answer)
        return answer is not Answer.DENY
