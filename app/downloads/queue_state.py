"""The states of a job in one of Hearth's queues, spelled once for the downloads and the transcription queue.

The two queues used to spell a job waiting for its turn differently ("queued", "waiting"); queue files written
then are still read: `QueueState.read` takes either spelling and files are written with this one.
"""

from __future__ import annotations

from enum import StrEnum


class QueueState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"  # downloads only: the bytes already here are kept for a resume
    FAILED = "failed"
    DONE = "done"
    CANCELLED = "cancelled"

    @classmethod
    def read(cls, raw: object) -> QueueState | None:
        """The state a queue file names, in today's or an older spelling; None for one this version does not know."""
        if raw == "waiting":  # the transcription queue's spelling until both queues shared this enum
            return cls.QUEUED
        return next((state for state in cls if state.value == raw), None)
