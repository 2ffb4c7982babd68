"""One user message with tools: the model replies, its calls are checked, approved, run on their servers and their
results fed back, until it answers without a call — or Hearth ends it.

Each reply is asked of a `Responder` with the tools offered the way its model takes them — written into the
messages in the model's own style here, sent as OpenAI `tools` to another computer's server (whose model then uses
this computer's tools) — so its calls come back as `ToolCall` events. For each call, in order:

- a call that cannot run (a tool no chosen server offers, arguments that do not match the tool's input schema) goes
  back to the model as an error result naming the valid tools or the argument at fault; at most 2 such repair
  rounds, then the loop ends with a note;
- `approve(request)` is asked with the call's `CallRequest` (server, its identity, the tool's definition, the
  arguments: app/tool_use/approvals.py); a denied call is answered "The person denied this call." and nothing runs;
- an approved call runs through the MCP host with a time-out (30 s by default); its text, capped with a marker, is
  the tool message the model reads next.

At most 4 tool rounds per message by default; an identical call asked again (same tool, same arguments) ends the loop
with a note rather than run twice. `cancel` (a threading.Event, or `ToolLoop.cancel()` from another thread) stops
the running reply within a token and the loop before the next step; a tool server's call running then is abandoned
at once (the server stays usable); a built-in's ends at its time-out.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Literal

from app.documents.answer import Source
from app.engines.chat_types import Notice, ReplyStats, Sampling, StopReason, TextDelta, ThinkingDelta, ToolCall
from app.engines.llama.chat_format import ToolStyle
from app.host.jobs import Job, JobCancelled
from app.i18n import say
from app.mcp import DEFAULT_CALL_TIMEOUT_S, McpProblem
from app.openai.messages import ChatMessage
from app.openai.tool_checks import problem_with
from app.responders import Responder
from app.tool_use.approvals import Approve, CallRequest
from app.tool_use.guards import MAX_TOOL_ROUNDS, RESULT_LIMIT, RepeatedCalls, Rounds, capped
from app.tool_use.records import DENIED, ToolCallRecord, ToolLoopResult
from app.tool_use.runner import ToolRunner
from app.tool_use.toolset import ToolSet

ToolChoice = Literal["auto", "required"]


@dataclass(frozen=True)
class _Reply:
    text: str
    thinking: str
    calls: list[ToolCall]
    stats: ReplyStats
    cancelled: bool


class ToolLoop:
    def __init__(
        self,
        responder: Responder,
        mcp: ToolRunner,
        tools: ToolSet,
        style: ToolStyle,
        approve: Approve,
        *,
        max_tool_rounds: int = MAX_TOOL_ROUNDS,
        call_timeout_s: float = DEFAULT_CALL_TIMEOUT_S,
        result_limit: int = RESULT_LIMIT,
        cancel: threading.Event | None = None,
        on_event: Callable[[object], None] | None = None,
    ) -> None:
        """`mcp` runs the approved calls: the MCP host itself, or `ToolRunners(mcp_host, builtins)` when Hearth's
        built-in tools (the documents search, run in process) are offered too; a document search's passages are kept
        on its call's record. `on_event` sees the replies' `TextDelta`,
        `ThinkingDelta` and `Notice` events as they come, and each `ToolCallRecord` once its call is over."""
        self._responder = responder
        self._mcp = mcp
        self._tools = tools
        self._style = style
        self._approve = approve
        self._max_tool_rounds = max_tool_rounds
        self._call_timeout_s = call_timeout_s
        self._result_limit = result_limit
        self._cancel = cancel if cancel is not None else threading.Event()
        self._on_event = on_event or (lambda _event: None)
        self._lock = threading.Lock()
        self._job: Job[ReplyStats] | None = None
        self._stopped: Future[None] = Future()  # done by cancel(): a tool call running then is abandoned

    def cancel(self) -> None:
        """Stop the reply now, a tool server's call running now, and the loop before its next step (any thread)."""
        self._cancel.set()
        if not self._stopped.done():
            self._stopped.set_result(None)
        with self._lock:
            job = self._job
        if job is not None:
            job.cancel()

    def run(
        self,
        history: Sequence[ChatMessage],
        sampling: Sampling,
        *,
        tool_choice: ToolChoice = "auto",
        template_options: Mapping[str, object] | None = None,
    ) -> ToolLoopResult:
        """Answer the last message of `history` (the person's), using the tools as the model asks."""
        messages = list(history)
        rounds = Rounds(max_tool_rounds=self._max_tool_rounds)
        repeats = RepeatedCalls()
        records: list[ToolCallRecord] = []
        notes: list[str] = []
        text: list[str] = []
        thinking: list[str] = []
        first = True
        while True:
            forced = tool_choice == "required" and first
            reply = self._reply(messages, sampling, forced, template_options)
            first = False
            text.append(reply.text)
            thinking.append(reply.thinking)
            if reply.cancelled or self._cancel.is_set():
                return self._result(text, thinking, records, notes, reply.stats, messages, cancelled=True)
            if not reply.calls:
                if forced and reply.stats.stop_reason is StopReason.MAX_TOKENS:
                    notes.append(
                        say(
                            "ToolUse",
                            "The tool call the model had to write was cut off by the reply's token limit, so nothing "
                            "ran; allow longer replies.",
                            "tool_use.forced-call-cut-off",
                        )
                    )
                return self._result(text, thinking, records, notes, reply.stats, messages)
            if not rounds.tools_left:
                more = (
                    say(
                        "ToolUse",
                        "The model asked for more tools after {count} round of tool calls; Hearth stopped there.",
                        "tool_use.stopped-after-round",
                    )
                    if rounds.tool_rounds == 1
                    else say(
                        "ToolUse",
                        "The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.",
                        "tool_use.stopped-after-rounds",
                    )
                )
                notes.append(more.format(count=rounds.tool_rounds))
                return self._result(text, thinking, records, notes, reply.stats, messages)
            repeated = next((c for c in reply.calls if repeats.seen_before(c.name, c.arguments)), None)
            if repeated is not None:
                notes.append(
                    say(
                        "ToolUse",
                        "The model asked again for {tool} with the same arguments; Hearth stopped there rather than "
                        "run the same call twice.",
                        "tool_use.stopped-repeated-call",
                    ).format(tool=repeated.name)
                )
                return self._result(text, thinking, records, notes, reply.stats, messages)
            problems = {call.id: problem_with(call, self._tools.offered()) for call in reply.calls}
            repaired = any(problem is not None for problem in problems.values())
            if repaired and not rounds.repairs_left:
                notes.append(
                    say(
                        "ToolUse",
                        "The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth "
                        "stopped there.",
                        "tool_use.stopped-unrepaired",
                    ).format(tries=rounds.repair_rounds)
                )
                return self._result(text, thinking, records, notes, reply.stats, messages)
            messages.append(ChatMessage("assistant", reply.text, tool_calls=tuple(reply.calls)))
            ran = False
            for call in reply.calls:
                if self._cancel.is_set():
                    return self._result(text, thinking, records, notes, reply.stats, messages, cancelled=True)
                record = self._handle(call, problems[call.id])
                ran = ran or problems[call.id] is None
                records.append(record)
                self._on_event(record)
                answer = record.result if record.result is not None else f"Error: {record.error}"
                messages.append(ChatMessage("tool", answer, tool_call_id=call.id, name=call.name))
            rounds.count(ran=ran, repaired=repaired)
            if self._cancel.is_set():  # stopped while the calls ran: the model is not asked again
                return self._result(text, thinking, records, notes, reply.stats, messages, cancelled=True)

    # ------------------------------------------------------------------ one reply
    def _reply(
        self,
        messages: Sequence[ChatMessage],
        sampling: Sampling,
        forced: bool,
        template_options: Mapping[str, object] | None,
    ) -> _Reply:
        job = self._responder.reply(
            messages,
            sampling,
            template_options=template_options,
            tools=self._tools.openai(),
            tool_choice="required" if forced else None,
            tool_style=self._style,
            tool_names=self._tools.names,
        )
        with self._lock:
            self._job = job
        if self._cancel.is_set():
            job.cancel()
        text: list[str] = []
        thinking: list[str] = []
        calls: list[ToolCall] = []
        try:
            for event in job.events():
                if isinstance(event, TextDelta):
                    text.append(event.text)
                elif isinstance(event, ThinkingDelta):
                    thinking.append(event.text)
                elif isinstance(event, ToolCall):
                    calls.append(event)
                    continue
                if isinstance(event, TextDelta | ThinkingDelta | Notice):
                    self._on_event(event)
            try:
                stats = job.result()
            except JobCancelled:
                stats = ReplyStats(stop_reason=StopReason.CANCELLED)
        finally:
            with self._lock:
                self._job = None
        cancelled = stats.stop_reason is StopReason.CANCELLED
        return _Reply("".join(text), "".join(thinking), [] if cancelled else calls, stats, cancelled)

    # ------------------------------------------------------------------ one call
    def _handle(self, call: ToolCall, problem: str | None) -> ToolCallRecord:
        offered = self._tools.find(call.name)
        if offered is None or problem is not None:
            server = offered.server if offered is not None else None
            tool = offered.tool.name if offered is not None else call.name
            return ToolCallRecord(server, tool, call.arguments, approved=False, error=problem or "No such tool.")
        server, tool = offered.server, offered.tool.name
        if not self._approve(CallRequest(server, offered.identity, offered.tool, call.arguments)):
            return ToolCallRecord(server, tool, call.arguments, approved=False, error=DENIED)
        started = time.monotonic()
        try:
            result = self._mcp.call(server, tool, call.arguments, timeout_s=self._call_timeout_s, stopped=self._stopped)
        except McpProblem as exc:
            return ToolCallRecord(
                server, tool, call.arguments, approved=True, error=exc.sentence, seconds=time.monotonic() - started
            )
        seconds = time.monotonic() - started
        answer = result.text
        if result.images:
            answer += f"\n[The tool also returned {len(result.images)} image(s), not shown to the model.]"
        return ToolCallRecord(
            server,
            tool,
            call.arguments,
            approved=True,
            result=capped(answer, self._result_limit),
            error="The tool said this call failed; its text says why." if result.is_error else None,
            seconds=seconds,
            sources=tuple(source for source in map(Source.from_record, result.sources) if source is not None),
            images=result.images,
        )

    @staticmethod
    def _result(
        text: list[str],
        thinking: list[str],
        records: list[ToolCallRecord],
        notes: list[str],
        stats: ReplyStats,
        messages: list[ChatMessage],
        *,
        cancelled: bool = False,
    ) -> ToolLoopResult:
        return ToolLoopResult(
            reply="\n\n".join(piece.strip() for piece in text if piece.strip()),
            thinking="".join(thinking),
            calls=tuple(records),
            notes=tuple(notes),
            stats=stats,
            cancelled=cancelled,
            history=tuple(messages),
        )
