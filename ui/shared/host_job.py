"""The model host's jobs as Qt signals: the one adapter between `app/host` and the window.

The host calls a job's callbacks on its engine thread. Emitting a signal there is safe, and Qt queues the call to
a slot of an object that lives on the GUI thread, so the page's slots run there (connect `@Slot` methods, not
lambdas, which have no thread of their own). The signal names follow superqt's workers, so a page connects a host
job the way it connects any other background job.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.host import Job, JobCancelled


class HostJob(QObject):
    """One host job seen from the GUI: `yielded(event)`, then `returned(result)` or `errored(exc)`, then
    `finished()`; `cancelled()` instead of `errored` for a job that was cancelled before it started."""

    yielded = Signal(object)
    returned = Signal(object)
    errored = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: Job[Any] | None = None

    def attach(self, job: Job[Any]) -> HostJob:
        self.job = job
        return self

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    # the host's callbacks (engine thread)
    def on_event(self, event: object) -> None:
        self.yielded.emit(event)

    def on_done(self, job: Job[Any]) -> None:
        error = job.error
        if error is None:
            self.returned.emit(job.result())
        elif isinstance(error, JobCancelled):
            self.cancelled.emit()
        else:
            self.errored.emit(error)
        self.finished.emit()
