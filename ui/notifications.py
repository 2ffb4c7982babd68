"""What is left of the old notification path, for ui/downloads_controller.py only, until it tells through the
message bridge (app/messages.py) like everything else; then this module goes."""

from __future__ import annotations

from dataclasses import dataclass

from app.messages import describe


@dataclass(frozen=True)
class Notification:
    message: str  # one sentence for a non-technical person
    details: str = ""  # for the curious and for bug reports


def from_exception(exc: BaseException) -> Notification:
    """The bridge's sentence for `exc` (an unexpected one's traceback is logged there), without telling it."""
    error = describe(exc)
    return Notification(error.text, error.details)
