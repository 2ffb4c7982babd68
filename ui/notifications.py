"""One path for telling the user something went wrong, whichever worker or page it came from."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from app.errors import HearthError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notification:
    message: str  # one sentence for a non-technical person
    details: str = ""  # for the curious and for bug reports


def from_exception(exc: BaseException) -> Notification:
    """A HearthError carries its own sentence; anything else is a bug and says so, with the traceback kept."""
    if isinstance(exc, HearthError):
        return Notification(exc.message, exc.details)
    details = "".join(traceback.format_exception(exc))
    log.error("Unexpected error in a background task:\n%s", details)
    return Notification(f"Something went wrong inside Hearth: {exc}", details)
