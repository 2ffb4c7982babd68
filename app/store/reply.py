"""Writing a reply while the model streams it.

Tokens arrive tens of times a second; writing each one would make the database the bottleneck, and holding all
of them until the end would lose the whole reply in a crash. So deltas are buffered and written whenever a second
has passed since the last write (checked on each append), which bounds what a crash can lose to about a second.
The clock is injectable so that rule is tested without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Protocol

from app.engines.chat_types import ReplyStats
from app.store.records import FINAL_STATES, StoredMessage

FLUSH_INTERVAL_S = 1.0


class ReplySink(Protocol):
    """The part of ChatStore a ReplyWriter writes through."""

    def _append_to_reply(self, message_id: int, text: str, thinking: str) -> None: ...

    def _finish_reply(
        self, message_id: int, text: str, thinking: str, stats: ReplyStats | None, state: str, error: str
    ) -> StoredMessage: ...


class ReplyWriter:
    """One assistant reply being streamed into the store. Use from one thread at a time (the worker that runs
    the model); the store's lock keeps it safe alongside reads from the GUI thread."""

    def __init__(
        self,
        sink: ReplySink,
        message: StoredMessage,
        clock: Callable[[], float],
        interval_s: float = FLUSH_INTERVAL_S,
    ) -> None:
        self.message_id = message.id
        self.conversation_id = message.conversation_id
        self._sink = sink
        self._clock = clock
        self._interval_s = interval_s
        self._text: list[str] = []
        self._thinking: list[str] = []
        self._pending_text: list[str] = []
        self._pending_thinking: list[str] = []
        self._last_flush = clock()
        self.finished = False

    @property
    def text(self) -> str:
        """Everything appended so far, written or not."""
        return "".join(self._text)

    @property
    def thinking(self) -> str:
        return "".join(self._thinking)

    def append(self, text: str = "", thinking: str = "") -> None:
        self._check_open()
        if text:
            self._text.append(text)
            self._pending_text.append(text)
        if thinking:
            self._thinking.append(thinking)
            self._pending_thinking.append(thinking)
        if self._clock() - self._last_flush >= self._interval_s:
            self.flush()

    def flush(self) -> None:
        """Write what is buffered now. On failure (a full disk) the buffer is kept, so a later flush retries."""
        self._check_open()
        if self._pending_text or self._pending_thinking:
            self._sink._append_to_reply(self.message_id, "".join(self._pending_text), "".join(self._pending_thinking))
            self._pending_text.clear()
            self._pending_thinking.clear()
        self._last_flush = self._clock()

    def finish(
        self,
        stats: ReplyStats | Mapping[str, Any] | None = None,
        state: str = "complete",
        error: str = "",
    ) -> StoredMessage:
        """Write the rest and the outcome: "complete", "stopped" (the user pressed Stop) or "failed" (with
        `error`, a sentence). Returns the reply as stored."""
        self._check_open()
        if state not in FINAL_STATES:
            raise ValueError(f"a reply finishes as one of {FINAL_STATES}, not {state!r}")
        if stats is not None and not isinstance(stats, ReplyStats):
            stats = ReplyStats.from_json(stats)
        message = self._sink._finish_reply(
            self.message_id,
            "".join(self._pending_text),
            "".join(self._pending_thinking),
            stats,
            state,
            error,
        )
        self._pending_text.clear()
        self._pending_thinking.clear()
        self.finished = True
        return message

    def __enter__(self) -> ReplyWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Leaving the block without `finish` keeps the text: as "failed" after an exception, else "stopped"."""
        if not self.finished:
            error = "" if exc is None else str(getattr(exc, "message", "") or exc)
            self.finish(state="failed" if exc is not None else "stopped", error=error)

    def _check_open(self) -> None:
        if self.finished:
            raise RuntimeError("this reply is already finished")
