"""The only place in Hearth that starts threads.

`app/` work is plain functions and generators; this runs them on superqt workers and turns their results into
queued signals, so slots run on the GUI thread. Callers connect `@Slot` methods of GUI-thread objects (a plain
lambda has no thread affinity and could run on the worker). A job's failure is told through the app's message
bridge (app/messages.py), unless its caller shows it itself.
Workers are kept referenced until they finish, and `shutdown()` asks them to stop and waits for them at exit.

Everything that touches llama.cpp (`on_engine_thread=True`) runs on one long-lived thread. llama.cpp's CPU
backend parallelises with OpenMP, and libgomp keeps a team of threads per calling thread: a load on one pool
thread and replies on another left two teams, more OpenMP threads than cores, and libgomp then cuts its
spin-waiting to 100 spins, so every token waited on a futex (measured here: 37 instead of 47 tokens/s). One
thread also keeps the one `Llama` object with one owner, which it needs (it is not thread-safe).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial
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
        self._engine_pool = QThreadPool(self)
        self._engine_pool.setMaxThreadCount(1)
        self._engine_pool.setExpiryTimeout(-1)  # the same OS thread for the app's lifetime
        self._engine_jobs: set[WorkerBase[Any]] = set()  # kept alive here until they finish, as superqt does

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        connect: dict[str, Callable[..., Any]] | None = None,
        report_errors: bool = True,
        on_engine_thread: bool = False,
        **kwargs: Any,
    ) -> WorkerBase[Any]:
        """Run `fn(*args, **kwargs)` (a function or a generator) off the GUI thread.

        `connect` maps worker signals ("returned", "yielded", "finished", ...) to GUI-thread slots; they are
        connected before the worker starts, so even an instant result cannot be missed. With
        `report_errors=False` the caller tells failures itself (a download row, a queue item) instead.
        `on_engine_thread=True` queues it on the llama.cpp thread, after any engine job still running."""
        worker: WorkerBase[Any] = create_worker(fn, *args, _start_thread=False, _ignore_errors=True, **kwargs)
        for signal_name, slot in (connect or {}).items():
            getattr(worker, signal_name).connect(slot)
        if report_errors:
            worker.errored.connect(self._on_worker_errored)
        self._running.add(worker)
        if on_engine_thread:
            self._engine_jobs.add(worker)
            worker.finished.connect(partial(self._engine_jobs.discard, worker))
            self._engine_pool.start(worker)
        else:
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
        self._engine_pool.waitForDone(timeout_ms)
