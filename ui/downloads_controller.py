"""Runs the download queue in the GUI: up to N downloads on workers, pause / resume / cancel / retry.

The queue (app/downloads/queue.py) decides and remembers; this starts workers and turns their progress into
signals. Progress is kept in memory and the queue file is written on state changes only, not ten times a second.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.downloads import queue as states
from app.downloads.errors import DownloadStopped
from app.downloads.install import cancel_files, install
from app.downloads.plan import DownloadPlan
from app.downloads.progress import DownloadProgress
from app.downloads.queue import DownloadQueue, QueueItem
from app.downloads.transfer import StopSignal, TransferOptions
from app.errors import HearthError
from app.install_manifest import InstallManifest
from ui.notifications import from_exception
from ui.workers import Workers


@dataclass(frozen=True)
class DownloadContext:
    """What a download needs from settings at the moment it starts (they may change in between)."""

    models_dir: Callable[[], Path]
    options: Callable[[], TransferOptions]
    offline: Callable[[], bool]


def _install_job(
    plan: DownloadPlan,
    models_dir: Path,
    make_options: Callable[[], TransferOptions],
    stop: StopSignal,
    offline: bool,
) -> Generator[DownloadProgress, None, InstallManifest]:
    """On the worker: reading the token may wait on the OS password store, so it happens here, not on the GUI
    thread."""
    return (yield from install(plan, models_dir, make_options(), stop, offline))


class _Run(QObject):
    """Receives one running download's worker signals on the GUI thread."""

    def __init__(self, controller: DownloadsController, item_id: str) -> None:
        super().__init__(controller)
        self.controller = controller
        self.item_id = item_id

    @Slot(object)
    def on_yielded(self, progress: DownloadProgress) -> None:
        self.controller.on_progress(self.item_id, progress)

    @Slot(object)
    def on_returned(self, manifest: InstallManifest) -> None:
        self.controller.on_installed(self.item_id, manifest)

    @Slot(object)
    def on_errored(self, exc: BaseException) -> None:
        self.controller.on_failed(self.item_id, exc)


class DownloadsController(QObject):
    changed = Signal(str)  # an item's state or progress changed, many times a second while one runs
    requested = Signal(str)  # the person asked for a download: the moment to show the downloads, once
    installed = Signal(object)  # InstallManifest of a finished download

    def __init__(self, queue: DownloadQueue, context: DownloadContext, workers: Workers) -> None:
        super().__init__()
        self.queue = queue
        self.context = context
        self.workers = workers
        self.progress: dict[str, DownloadProgress] = {}
        self._stops: dict[str, StopSignal] = {}
        self._runs: dict[str, _Run] = {}
        self._closing = False

    # ---- what the user asks
    def start(self, plan: DownloadPlan) -> QueueItem:
        item = self.queue.add(plan)
        self.changed.emit(item.id)
        self.requested.emit(item.id)
        self.pump()
        return item

    def pause(self, item_id: str) -> None:
        if item_id in self._stops:
            self._stops[item_id].pause()
        elif self.queue.get(item_id).state == states.QUEUED:
            self._set(item_id, state=states.PAUSED)

    def resume(self, item_id: str) -> None:
        if self.queue.get(item_id).state in (states.PAUSED, states.FAILED):
            self._set(item_id, state=states.QUEUED, error="")
            self.pump()

    retry = resume

    def cancel(self, item_id: str) -> None:
        if item_id in self._stops:
            self._stops[item_id].cancel()
            return
        item = self.queue.get(item_id)
        cancel_files(item.plan, self.context.models_dir())
        self._set(item_id, state=states.CANCELLED)

    def remove(self, item_id: str) -> None:
        if self.queue.get(item_id).state in (states.DONE, states.CANCELLED, states.FAILED):
            self.queue.remove(item_id)
            self.progress.pop(item_id, None)
            self.changed.emit(item_id)

    def item_for(self, catalog_id: str, quantization: str) -> QueueItem | None:
        for item in reversed(self.queue.items):
            if item.plan.catalog_id == catalog_id and item.plan.quantization == quantization:
                return item
        return None

    def set_concurrency(self, count: int) -> None:
        self.queue.concurrency = max(1, count)
        self.pump()

    def active_count(self) -> int:
        return sum(1 for item in self.queue.items if item.state in (states.QUEUED, states.RUNNING))

    # ---- running
    def pump(self) -> None:
        for item in self.queue.startable():
            self._launch(item)

    def _launch(self, item: QueueItem) -> None:
        stop = StopSignal()
        run = _Run(self, item.id)
        self._stops[item.id], self._runs[item.id] = stop, run
        self._set(item.id, state=states.RUNNING, error="")
        self.workers.start(
            _install_job,
            item.plan,
            self.context.models_dir(),
            self.context.options,
            stop,
            self.context.offline(),
            connect={"yielded": run.on_yielded, "returned": run.on_returned, "errored": run.on_errored},
            report_errors=False,
        )

    def on_progress(self, item_id: str, progress: DownloadProgress) -> None:
        self.progress[item_id] = progress
        item = self.queue.get(item_id)
        item.done_bytes, item.total_bytes = progress.done_bytes, progress.total_bytes
        self.changed.emit(item_id)

    def on_installed(self, item_id: str, manifest: InstallManifest) -> None:
        self._finish(item_id)
        path = str(manifest.main_path(self.context.models_dir()))
        self._set(item_id, state=states.DONE, installed_path=path)
        self.installed.emit(manifest)
        self.pump()

    def on_failed(self, item_id: str, exc: BaseException) -> None:
        self._finish(item_id)
        if isinstance(exc, DownloadStopped):
            if not exc.keep_partial:
                cancel_files(self.queue.get(item_id).plan, self.context.models_dir())
            paused = states.QUEUED if self._closing else states.PAUSED  # stopped by quitting: resume next start
            self._set(item_id, state=paused if exc.keep_partial else states.CANCELLED)
        else:
            message = exc.message if isinstance(exc, HearthError) else from_exception(exc).message
            self._set(item_id, state=states.FAILED, error=message)
        self.pump()

    def _finish(self, item_id: str) -> None:
        self._stops.pop(item_id, None)
        run = self._runs.pop(item_id, None)
        if run is not None:
            run.deleteLater()

    def _set(self, item_id: str, **changes: object) -> None:
        self.queue.update(item_id, **changes)
        self.changed.emit(item_id)

    def shutdown(self) -> None:
        """At exit: pause what runs (its bytes stay) so the next start resumes it."""
        self._closing = True
        for stop in self._stops.values():
            stop.pause()
