"""The one way Hearth tells the person something: a bridge that carries small message records to whoever shows them.

Modelled on qutebrowser's `utils/message.py`. Code that has something to tell (a page, a worker's failure, later
the core itself) calls `info`, `warning` or `error` and knows nothing of widgets; the window subscribes one widget
(the banner). What is sent before anything listens — a failure during start-up, before the window exists — waits
and is handed to the first subscriber, so nothing said early is lost.

Subscribers are called on the thread that sent the message: the GUI adapts that with a queued signal
(`ui/qt_messages.py`). Tests subscribe a list and assert on what was told.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import HearthError

log = logging.getLogger(__name__)

PENDING_LIMIT = 100  # a bridge nobody ever listens to (a headless run) must not grow without end


@dataclass(frozen=True)
class Info:
    """Something worth knowing that needs no action: a file was saved, a token removed."""

    text: str  # one sentence for a non-technical person
    details: str = ""  # for the curious and for bug reports


@dataclass(frozen=True)
class Warning:  # the level's plain name, shadowing the builtin here only: import the module, use messages.Warning
    """Something did not happen as asked, and the person can put it right (a refused token, a wrong address)."""

    text: str
    details: str = ""


@dataclass(frozen=True)
class Error:
    """Something failed; `details` keeps what a bug report needs."""

    text: str
    details: str = ""


Message = Info | Warning | Error
Subscriber = Callable[[Message], None]


def describe(exc: BaseException) -> Error:
    """A HearthError carries its own sentence; anything else is a bug in Hearth and says so, with its traceback
    logged (the person sees one sentence, the log keeps where it happened)."""
    if isinstance(exc, HearthError):
        return Error(exc.message, exc.details)
    log.exception("Unexpected error", exc_info=exc)
    return Error(f"Something went wrong inside Hearth: {exc}", "".join(traceback.format_exception(exc)))


class MessageBridge:
    """Carries messages from whoever tells to whoever shows; one per app, built in the composition root."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # workers tell from their own threads
        self._subscribers: list[Subscriber] = []
        self._pending: deque[Message] = deque(maxlen=PENDING_LIMIT)

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Deliver every later message to `subscriber`, and at once the ones that waited for a listener. Returns
        the function that ends the subscription (a view closed before the app ends calls it)."""
        with self._lock:
            self._subscribers.append(subscriber)
            waiting = list(self._pending)
            self._pending.clear()
        for message in waiting:
            subscriber(message)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def send(self, message: Message) -> Message:
        with self._lock:
            subscribers = list(self._subscribers)
            if not subscribers:
                self._pending.append(message)
        for subscriber in subscribers:
            subscriber(message)
        return message

    def info(self, text: str, details: str = "") -> Info:
        message = Info(text, details)
        self.send(message)
        return message

    def warning(self, text: str, details: str = "") -> Warning:
        message = Warning(text, details)
        self.send(message)
        return message

    def error(self, text: str, details: str = "") -> Error:
        message = Error(text, details)
        self.send(message)
        return message

    def error_from(self, exc: BaseException) -> Error:
        """Tell a failure: its own sentence for a HearthError, a logged traceback for anything unexpected."""
        message = describe(exc)
        self.send(message)
        return message
