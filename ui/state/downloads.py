"""Runs the download queue in the GUI: up to N downloads on workers, pause / resume / cancel / retry.

The queue (app/downloads/queue.py) decides and remembers; this starts workers and turns their progress into
signals. Progress is kept in memory and the queue file is written on state changes only, not ten times a second.
Each signal carries the one download it is about, as a copied `DownloadStatus`, so a view redraws that download's
row or card and nothing else, however many models the page shows.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.downloads.errors import DownloadStopped
from app.downloads.install import cancel_files, install
from app.downloads.plan import DownloadPlan
from app.downloads.progress import DownloadProgress
from app.downloads.queue import DownloadQueue, DownloadStatus, QueueItem
from app.downloads.queue_state import QueueState
from app.downloads.transfer import StopSignal, TransferOptions
from app.errors import HearthError
from app.messages import Error
from app.models.install_manifest import InstallManifest
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

    def on_errored(self, exc: BaseException, error: Error) -> None:
        self.controller.on_failed(self.item_id, exc, error)


class DownloadsController(QObject):
    changed = Signal(object)  # DownloadStatus of the one item whose state or progress changed (~10/s while it runs)
    removed = Signal(object)  # DownloadStatus of an item taken off the list, as it was last
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
        self.changed.emit(self.status(item.id))
        self.requested.emit(item.id)
        self.pump()
        return item

    def pause(self, item_id: str) -> None:
        if item_id in self._stops:
            self._stops[item_id].pause()
        elif self.queue.get(item_id).state is QueueState.QUEUED:
            self._set(item_id, state=QueueState.PAUSED)

    def resume(self, item_id: str) -> None:
        if self.queue.get(item_id).state in (QueueState.PAUSED, QueueState.FAILED):
            self._set(item_id, state=QueueState.QUEUED, error="")
            self.pump()

    retry = resume

    def cancel(self, item_id: str) -> None:
        if item_id in self._stops:
            self._stops[item_id].cancel()
            return
        item = self.queue.get(item_id)
        cancel_files(item.plan, self.context.models_dir())
        self._set(item_id, state=QueueState.CANCELLED)

    def remove(self, item_id: str) -> None:
        if self.queue.get(item_id).state in (QueueState.DONE, QueueState.CANCELLED, QueueState.FAILED):
            last = self.status(item_id)
            self.queue.remove(item_id)
            self.progress.pop(item_id, None)
            self.removed.emit(last)

    # ---- what views ask
    def status(self, item_id: str) -> DownloadStatus:
        return self.queue.get(item_id).status(self.progress.get(item_id))

    def status_for(self, catalog_id: str, quantization: str) -> DownloadStatus | None:
        """The latest download of this catalog model in this quantization, if the list has one."""
        for item in reversed(self.queue.items):
            if item.plan.catalog_id == catalog_id and item.plan.quantization == quantization:
                return item.status(self.progress.get(item.id))
        return None

    def set_concurrency(self, count: int) -> None:
        self.queue.concurrency = max(1, count)
        self.pump()

    def active_count(self) -> int:
        return sum(1 for item in self.queue.items if item.state in (QueueState.QUEUED, QueueState.RUNNING))

    # ---- running
    def pump(self) -> None:
        for item in self.queue.startable():
            self._launch(item)

    def _launch(self, item: QueueItem) -> None:
        stop = StopSignal()
        run = _Run(self, item.id)
        self._stops[item.id], self._runs[item.id] = stop, run
        self.progress.pop(item.id, None)  # the last run's figures, until this run's first tick replaces them
        self._set(item.id, state=QueueState.RUNNING, error="")
        self.workers.start(
            _install_job,
            item.plan,
            self.context.models_dir(),
            self.context.options,
            stop,
            self.context.offline(),
            connect={"yielded": run.on_yielded, "returned": run.on_returned},
            on_error=run.on_errored,
        )

    def on_progress(self, item_id: str, progress: DownloadProgress) -> None:
        self.progress[item_id] = progress
        item = self.queue.get(item_id)
        item.done_bytes, item.total_bytes = progress.done_bytes, progress.total_bytes
        self.changed.emit(item.status(progress))

    def on_installed(self, item_id: str, manifest: InstallManifest) -> None:
        self._finish(item_id)
        path = str(manifest.main_path(self.context.models_dir()))
        self._set(item_id, state=QueueState.DONE, installed_path=path)
        self.installed.emit(manifest)
        self.pump()

    def on_failed(self, item_id: str, exc: BaseException, error: Error) -> None:
        """`error`: what describe() made of `exc`, already logged."""
        self._finish(item_id)
        if isinstance(exc, DownloadStopped):
            if not exc.keep_partial:
                cancel_files(self.queue.get(item_id).plan, self.context.models_dir())
            paused = QueueState.QUEUED if self._closing else QueueState.PAUSED  # stopped by quitting: resume next start
            self._set(item_id, state=paused if exc.keep_partial else QueueState.CANCELLED)
        else:  # a sentence as made, so the row says it in the language shown then
            said = exc.sentence if isinstance(exc, HearthError) else error.text
            self._set(item_id, state=QueueState.FAILED, error=said)
        self.pump()

    def _finish(self, item_id: str) -> None:
        self._stops.pop(item_id, None)
        run = self._runs.pop(item_id, None)
        if run is not None:
            run.deleteLater()

    def _set(self, item_id: str, **changes: object) -> None:
        self.queue.update(item_id, **changes)
        self.changed.emit(self.status(item_id))

    def shutdown(self) -> None:
        """At exit: pause what runs (its bytes stay) so the next start resumes it."""
        self._closing = True
        for stop in self._stops.values():
            stop.pause()
