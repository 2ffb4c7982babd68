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

from app.errors import HearthError, Stopped
from app.i18n import localized, say

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


UNEXPECTED = say("Messages", "Something went wrong inside Hearth", "messages.unexpected")  # a failure that is a bug
_LOGGED = "_hearth_logged"  # set on an exception once described: a failure shown in two places is logged once


def describe(exc: BaseException, failing: str = UNEXPECTED) -> Error:
    """The one way a failure becomes what the person reads, and is logged.

    A HearthError carries its own sentence (an expected failure the person can act on: logged at INFO, with its
    details). An OSError (a full disk, a folder that cannot be written, a connection refused) says what the
    computer answered, after `failing` when the caller names what failed, and is logged as a warning with its
    traceback. Anything else is a bug in Hearth and says so after `failing`, with its traceback logged as one. A
    `Stopped` (the person paused or cancelled) is not a failure: logged at DEBUG only. However many places
    describe one exception, it is logged once."""
    details = "".join(traceback.format_exception(exc))
    if isinstance(exc, Stopped):
        _log_once(exc, logging.DEBUG, "Stopped: %s", exc)
        return Error(str(exc), details)
    if isinstance(exc, HearthError):
        _log_once(exc, logging.INFO, "Told the person: %s %s", exc.sentence, exc.details)  # English in the log
        return Error(exc.message, exc.details)
    if isinstance(exc, OSError):
        _log_once(exc, logging.WARNING, "The computer refused: %s", exc, exc_info=exc)
        said = (  # the computer's fault, not ours
            say("Messages", "Hearth could not finish this", "messages.could-not-finish")
            if failing == UNEXPECTED
            else failing
        )
        refused = say("Messages", "{failed}: {problem}.", "messages.computer-refused")
        return Error(localized(refused.format(failed=said, problem=exc.strerror or str(exc))), details)
    _log_once(exc, logging.ERROR, "Unexpected error", exc_info=exc)
    return Error(
        localized(say("Messages", "{failed}: {problem}", "messages.bug").format(failed=failing, problem=str(exc))),
        details,
    )


def _log_once(exc: BaseException, level: int, text: str, *args: object, exc_info: BaseException | None = None) -> None:
    if getattr(exc, _LOGGED, False):
        return
    log.log(level, text, *args, exc_info=exc_info)
    try:
        setattr(exc, _LOGGED, True)
    except (AttributeError, TypeError):  # an exception type without attributes of its own: logged each time
        pass


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

    def error_from(self, exc: BaseException, failing: str = UNEXPECTED) -> Error:
        """Tell a failure as `describe` words and logs it."""
        message = describe(exc, failing)
        self.send(message)
        return message
