"""Where the window starts its background jobs (the model host's engine thread is the other place, app/host).

`app/` work is plain functions and generators; this runs them on superqt workers and turns their results into
queued signals, so slots run on the GUI thread. Callers connect `@Slot` methods of GUI-thread objects (a plain
lambda has no thread affinity and could run on the worker). Every job's failure is described and logged by
app/messages.py's `describe`, then told through the app's message bridge, or handed to the caller's `on_error` when
the caller shows it itself (a download row, a queue item).
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

from app.messages import Error, MessageBridge, describe

OnError = Callable[[BaseException, Error], None]  # the failure and what describe() made of it (already logged)


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
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> WorkerBase[Any]:
        """Run `fn(*args, **kwargs)` (a function or a generator) off the GUI thread.

        `connect` maps worker signals ("returned", "yielded", "finished", ...) to GUI-thread slots; they are
        connected before the worker starts, so even an instant result cannot be missed. A failure is described and
        logged, then told on the bridge; with `on_error` (a method of a GUI-thread object) it goes there instead, on
        the GUI thread, before the worker's "finished"."""
        worker: WorkerBase[Any] = create_worker(fn, *args, _start_thread=False, _ignore_errors=True, **kwargs)
        for signal_name, slot in (connect or {}).items():
            getattr(worker, signal_name).connect(slot)
        failures = _Failures(self.messages, on_error, self)  # lives on the GUI thread, so its slot runs there
        worker.errored.connect(failures.on_errored)
        worker.finished.connect(failures.deleteLater)
        self._running.add(worker)
        worker.start()
        return worker

    def shutdown(self, timeout_ms: int = 5000) -> None:
        for worker in list(self._running):
            if worker.is_running:
                worker.quit()
        QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Failures(QObject):
    """Where one job's failure goes: described and logged, then told on the bridge or handed to the caller."""

    def __init__(self, messages: MessageBridge, on_error: OnError | None, parent: QObject) -> None:
        super().__init__(parent)
        self._messages = messages
        self._on_error = on_error

    @Slot(object)
    def on_errored(self, exc: BaseException) -> None:
        error = describe(exc)
        if self._on_error is None:
            self._messages.send(error)
        else:
            self._on_error(exc, error)
