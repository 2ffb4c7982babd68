"""The only place in Hearth that starts threads.

`app/` work is plain functions and generators; this runs them on superqt workers and turns their results into
queued signals, so slots run on the GUI thread. Callers connect `@Slot` methods of GUI-thread objects (a plain
lambda has no thread affinity and could run on the worker). Errors are routed to one notification handler.
Workers are kept referenced until they finish, and `shutdown()` asks them to stop and waits for them at exit.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from superqt.utils import WorkerBase, create_worker

from ui.notifications import Notification, from_exception


class Workers(QObject):
    """Starts and tracks background jobs for one window."""

    notify = Signal(object)  # Notification, for any job that failed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # superqt keeps a started worker alive until it finishes; a weak set lets shutdown reach those still running.
        self._running: weakref.WeakSet[WorkerBase[Any]] = weakref.WeakSet()

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        connect: dict[str, Callable[..., Any]] | None = None,
        report_errors: bool = True,
        **kwargs: Any,
    ) -> WorkerBase[Any]:
        """Run `fn(*args, **kwargs)` (a function or a generator) off the GUI thread.

        `connect` maps worker signals ("returned", "yielded", "finished", ...) to GUI-thread slots; they are
        connected before the worker starts, so even an instant result cannot be missed. With
        `report_errors=False` the caller shows failures itself (a download row) instead of the banner."""
        worker: WorkerBase[Any] = create_worker(fn, *args, _start_thread=False, _ignore_errors=True, **kwargs)
        for signal_name, slot in (connect or {}).items():
            getattr(worker, signal_name).connect(slot)
        if report_errors:
            worker.errored.connect(self._on_worker_errored)
        self._running.add(worker)
        worker.start()
        return worker

    @Slot(object)
    def _on_worker_errored(self, exc: BaseException) -> None:
        self.notify.emit(from_exception(exc))

    def shutdown(self, timeout_ms: int = 5000) -> None:
        for worker in list(self._running):
            if worker.is_running:
                worker.quit()
        QThreadPool.globalInstance().waitForDone(timeout_ms)


__all__ = ["Notification", "Workers"]
