"""Where the window starts its background jobs (the model host's engine thread is the other place, app/host).

`app/` work is plain functions and generators; this runs them on superqt workers and turns their results into
queued signals, so slots run on the GUI thread. Callers connect `@Slot` methods of GUI-thread objects (a plain
lambda has no thread affinity and could run on the worker). A job's failure is told through the app's message
bridge (app/messages.py), unless its caller shows it itself.
Workers are kept referenced until they finish, and `shutdown()` asks them to stop and waits for them at exit.

Nothing here touches llama.cpp: its models are loaded and run by the model host on its one engine thread
(app/host/model_host.py says why one), which the window reaches through ui/shared/host_job.py.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Slot
from superqt.utils import WorkerBase, create_worker

from app.messages import MessageBridge


class Workers(QObject):
    """Starts and tracks background jobs for one window.

    `messages` is the bridge failures are told through: the app's one bridge, or (in tests that need none) a
    bridge of its own, which then keeps what it was told."""

    def __init__(self, messages: MessageBridge | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages = messages if messages is not None else MessageBridge()
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
        `report_errors=False` the caller tells failures itself (a download row, a queue item) instead."""
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
        self.messages.error_from(exc)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        for worker in list(self._running):
            if worker.is_running:
                worker.quit()
        QThreadPool.globalInstance().waitForDone(timeout_ms)
