"""Errors a person can act on.

Every failure Hearth shows a user is one of these: `message` is a sentence for a non-technical reader, `details`
is for the curious (and the log). The CLI prints the message and exits 1; the GUI shows it in one notification
path. Anything that is not a HearthError is a bug and is reported as one.
"""

from __future__ import annotations

from app.i18n import localized


class HearthError(Exception):
    """`message` reads in the window's language when the sentence was made with `app.i18n.say` (English in the CLI
    and in `str(error)`, which the log writes); `sentence` is the sentence as made."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.sentence = message
        self.details = details

    @property
    def message(self) -> str:
        return localized(self.sentence)

    @message.setter
    def message(self, value: str) -> None:
        self.sentence = value


class Stopped(Exception):  # a stop, not an error: the name says what happened
    """The person stopped the work (paused, cancelled, moved on): not a failure, so never told or logged as one."""
