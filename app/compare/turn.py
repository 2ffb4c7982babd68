"""A comparison's turns: what the person asks goes to every pane, and the panes answer one after another.

One after another rather than interleaved, because the host has one engine thread and on a processor two models
taking turns token by token each run slower than alone (benchmarks/compare.py measures it). Each pane's step is
"load (a no-op when loaded), then reply", and the next pane's step is submitted only when this one has ended: when
the models do not fit together, the next load evicts the previous model, and a load submitted early would find a
model still loaded that will be gone by the time its reply runs.

The steps run on the thread of the pane's responder (the callbacks chain them), so a turn needs no thread of its
own; a client either waits on it (the CLI) or hears each pane through callbacks (the GUI, through `HostJob`). A pane
with a model on another computer takes its turn the same way: its responder has nothing to prepare and streams the
reply on the remote queue's thread, so the engine thread is never held by a network stream.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.compare.plan import Contender, RunPlan, plan_run
from app.engines.chat_types import Message, ReplyStats, StopReason, TextDelta, ThinkingDelta
from app.engines.llama import LoadedModel
from app.errors import HearthError
from app.host import Job, JobKind
from app.host.budget import MemoryBudget

PaneEvent = Callable[[object], None]
PaneDone = Callable[[Job[Any]], None]
COALESCE_S = 0.03  # the views redraw at most this often per pane


@dataclass(frozen=True)
class PaneReply:
    """One pane's answer to one prompt, with its numbers; `error` is a sentence when it could not answer."""

    name: str
    prompt: str
    text: str
    stats: ReplyStats
    memory_bytes: int
    loaded_together: bool
    thinking: str = ""
    error: str = ""
    remote: str = ""  # the other computer (provider name) that wrote it; "" for this one

    @property
    def stopped(self) -> bool:
        return self.stats.stop_reason is StopReason.CANCELLED


def fastest(replies: Sequence[PaneReply | None]) -> int | None:
    """The pane to mark: the highest tokens per second among those that answered; None when none did."""
    scored = [(r.stats.tokens_per_second, i) for i, r in enumerate(replies) if r is not None and not r.error]
    scored = [(speed, i) for speed, i in scored if speed > 0]
    return max(scored)[1] if scored else None


@dataclass
class _Pane:
    contender: Contender
    history: list[Message] = field(default_factory=list)
    replies: list[PaneReply] = field(default_factory=list)


class Comparison:
    """Two or three contenders, each pane with its own conversation."""

    def __init__(self, contenders: Sequence[Contender], budget: MemoryBudget) -> None:
        if not 1 <= len(contenders) <= 3:
            raise ValueError("a comparison has one to three panes")
        if len({c.name for c in contenders}) != len(contenders):
            raise ValueError("each pane needs its own name")
        self.budget = budget
        self._panes = [_Pane(c) for c in contenders]
        self.loaded: dict[str, LoadedModel] = {}
        self.plan: RunPlan = plan_run(contenders, budget)
        self.turn: Turn | None = None

    @property
    def contenders(self) -> list[Contender]:
        return [pane.contender for pane in self._panes]

    def history(self, pane: int) -> list[Message]:
        return list(self._panes[pane].history)

    def replies(self, pane: int) -> list[PaneReply]:
        return list(self._panes[pane].replies)

    def change(self, contenders: Sequence[Contender]) -> None:
        """New settings or models between turns: a pane keeps its conversation while its model stays the same."""
        if self.turn is not None and not self.turn.answered:
            raise RuntimeError("a turn is running")
        if len(contenders) != len(self._panes):
            raise ValueError("change keeps the number of panes")
        for pane, contender in zip(self._panes, contenders, strict=True):
            if contender.key != pane.contender.key:
                pane.history, pane.replies = [], []
            pane.contender = contender
        self.plan = plan_run(contenders, self.budget)

    def ask(
        self,
        prompt: str,
        *,
        on_event: Sequence[PaneEvent | None] | None = None,
        on_done: Sequence[PaneDone | None] | None = None,
        on_finished: Callable[[Turn], None] | None = None,
    ) -> Turn:
        """Send `prompt` to every pane. `on_event[i]` hears pane i's events, `on_done[i]` its reply job (or the
        failed load), `on_finished` the end of the turn; all on the engine thread."""
        if self.turn is not None and not self.turn.answered:
            raise RuntimeError("the previous turn is still running")
        self.turn = Turn(self, prompt, on_event, on_done, on_finished)
        self.turn.start()
        return self.turn

    def _record(self, index: int, reply: PaneReply, loaded: LoadedModel | None) -> None:
        pane = self._panes[index]
        if loaded is not None:
            self.loaded[pane.contender.name] = loaded
        pane.replies.append(reply)
        if not reply.error:
            pane.history += [Message("user", reply.prompt), Message("assistant", reply.text)]


class Turn:
    """One prompt sent to every pane. `stop()` stops them all; `stop(i)` stops pane i and lets the others go on."""

    def __init__(
        self,
        comparison: Comparison,
        prompt: str,
        on_event: Sequence[PaneEvent | None] | None,
        on_done: Sequence[PaneDone | None] | None,
        on_finished: Callable[[Turn], None] | None,
    ) -> None:
        count = len(comparison.contenders)
        self.comparison = comparison
        self.prompt = prompt
        self.replies: list[PaneReply | None] = [None] * count
        self._on_event = list(on_event or [None] * count)
        self._on_done = list(on_done or [None] * count)
        self._on_finished = on_finished
        self._lock = threading.Lock()
        self._stopped = [False] * count
        self._jobs: list[Job[Any] | None] = [None] * count
        self._text: list[list[str]] = [[] for _ in range(count)]
        self._thinking: list[list[str]] = [[] for _ in range(count)]
        self._finished = threading.Event()

    @property
    def done(self) -> bool:
        return self._finished.is_set()

    @property
    def answered(self) -> bool:
        """Every pane has its reply. The last pane's client hears of it (and may ask again at once) a moment
        before `done`, which waits for that client's callback."""
        return all(reply is not None for reply in self.replies)

    def wait(self, timeout: float | None = None) -> bool:
        return self._finished.wait(timeout)

    def stop(self, pane: int | None = None) -> None:
        panes = range(len(self._stopped)) if pane is None else [pane]
        with self._lock:
            jobs = []
            for index in panes:
                self._stopped[index] = True
                jobs.append(self._jobs[index])
        for job in jobs:
            if job is not None and job.kind is JobKind.REPLY:  # a shared load is never cancelled for one pane
                job.cancel()

    def start(self) -> None:
        self._step(0)

    # ---- the steps, chained on the engine thread
    def _step(self, index: int) -> None:
        if index >= len(self.replies):
            self._finished.set()
            if self._on_finished is not None:
                self._on_finished(self)
            return
        with self._lock:
            stopped = self._stopped[index]
        if stopped:
            self._never_asked(index)
            return
        contender = self.comparison.contenders[index]
        prepare = contender.responder.prepare(on_done=lambda job: self._prepared(index, job))
        with self._lock:
            if self._jobs[index] is None:
                self._jobs[index] = prepare

    def _prepared(self, index: int, prepare: Job[LoadedModel | None]) -> None:
        if prepare.error is not None:
            self._end(index, prepare, None)
            return
        with self._lock:
            stopped = self._stopped[index]
        if stopped:
            self._never_asked(index)
            return
        contender = self.comparison.contenders[index]
        messages = [*self.comparison.history(index), Message("user", self.prompt)]
        loaded = prepare.result()
        reply = contender.responder.reply(
            messages,
            contender.sampling,
            coalesce_s=COALESCE_S,
            on_event=lambda event: self._event(index, event),
            on_done=lambda job: self._end(index, job, loaded),
        )
        with self._lock:
            self._jobs[index] = reply
            stopped = self._stopped[index]
        if stopped:  # stop() came between the preparation and this reply's submission
            reply.cancel()

    def _event(self, index: int, event: object) -> None:
        if isinstance(event, TextDelta):
            self._text[index].append(event.text)
        elif isinstance(event, ThinkingDelta):
            self._thinking[index].append(event.text)
        callback = self._on_event[index]
        if callback is not None:
            callback(event)

    def _never_asked(self, index: int) -> None:
        job: Job[ReplyStats] = Job(JobKind.REPLY, "reply never asked")
        job.finish(ReplyStats(stop_reason=StopReason.CANCELLED))
        self._end(index, job, None)

    def _end(self, index: int, job: Job[Any], loaded: LoadedModel | None) -> None:
        contender = self.comparison.contenders[index]
        error = job.error
        stats = ReplyStats(stop_reason=StopReason.CANCELLED) if error is not None else job.result()
        sentence = ""
        if error is not None:
            sentence = error.sentence if isinstance(error, HearthError) else str(error)
        memory = loaded.verdict.estimate.total_bytes if loaded is not None else contender.memory_bytes
        reply = PaneReply(
            name=contender.name,
            prompt=self.prompt,
            text="".join(self._text[index]),
            stats=stats,
            memory_bytes=memory,
            loaded_together=self.comparison.plan.together,
            thinking="".join(self._thinking[index]),
            error=sentence,
            remote=contender.remote.provider if contender.remote is not None else "",
        )
        self.comparison._record(index, reply, loaded)  # the history first: `answered` lets the next turn read it
        self.replies[index] = reply
        callback = self._on_done[index]
        if callback is not None:
            callback(job)
        self._step(index + 1)
