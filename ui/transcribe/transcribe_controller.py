"""Runs the transcription queue for the window: one recording at a time on a worker, the next when it ends.

The worker runs `app.transcription.transcription_queue.run_item` on the app's one `SpeechHost` (so the model stays
loaded between files, and the local server's transcriptions use it too; the composition root's model host closes
it at exit, once the workers are done) and yields the item as it changes; this turns that into `item_changed` on
the GUI thread. A recording that fails only fails its item; a bug in Hearth fails the item with the bridge's
sentence and is told (and logged) too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot

from app.engines.whisper.options import TranscribeOptions
from app.errors import HearthError
from app.host import SpeechHost
from app.messages import Error, MessageBridge
from app.transcription.transcription_queue import QueueItem, SavePlan, TranscriptionQueue, run_item
from ui.workers import Workers

STOPPING = QT_TRANSLATE_NOOP("QueueRow", "Stopping…")  # the phase of an item asked to stop; the row translates it


class TranscribeController(QObject):
    item_changed = Signal(object)  # QueueItem
    items_changed = Signal()  # items were added or removed

    def __init__(
        self,
        queue: TranscriptionQueue,
        speech: SpeechHost,
        workers: Workers,
        save_plan: Callable[[], SavePlan],
        messages: MessageBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self._workers = workers
        self._messages = messages
        self._save_plan = save_plan
        self._speech = speech
        self._model: Path | None = None
        self._running: str | None = None  # item id
        self._cancel = threading.Event()

    @property
    def model(self) -> Path | None:
        return self._model

    def save_plan(self) -> SavePlan:
        """Where and as what the next transcript will be saved (from Settings, read now)."""
        return self._save_plan()

    def set_model(self, folder: Path | None) -> None:
        self._model = folder
        self.pump()

    def add(self, paths: Sequence[Path], options: TranscribeOptions) -> list[QueueItem]:
        added = self.queue.add(paths, options)
        if added:
            self.items_changed.emit()
            self.pump()
        return added

    def cancel(self, item_id: str) -> None:
        if item_id == self._running:
            self._cancel.set()
            self.item_changed.emit(self.queue.update(item_id, phase=STOPPING))
        else:
            self.item_changed.emit(self.queue.cancel(item_id))

    def rerun(self, item_id: str, options: TranscribeOptions | None = None) -> None:
        self.item_changed.emit(self.queue.rerun(item_id, options))
        self.pump()

    def remove(self, item_id: str) -> None:
        if item_id != self._running:
            self.queue.remove(item_id)
            self.items_changed.emit()

    def busy(self) -> bool:
        return self._running is not None

    def pump(self) -> None:
        """Start the next waiting item, unless one is running or no model is chosen."""
        if self._running is not None:
            return
        item = self.queue.next_waiting()
        if item is None or self._model is None:
            return
        self._running = item.id
        self._cancel = threading.Event()
        self._workers.start(
            run_item,
            self.queue,
            item.id,
            self._speech,
            self._model,
            self._save_plan(),
            self._cancel,
            connect={"yielded": self.on_item_yielded, "finished": self.on_job_finished},
            on_error=self.on_job_errored,
        )

    def stop(self) -> None:
        """At exit: the running item stops between segments (it will wait again at the next start)."""
        self._cancel.set()

    @Slot(object)
    def on_item_yielded(self, item: QueueItem) -> None:
        self.item_changed.emit(item)

    def on_job_errored(self, exc: BaseException, error: Error) -> None:
        self._messages.send(error)
        if self._running is not None:  # a sentence as made: the row says it in the language shown then
            said = exc.sentence if isinstance(exc, HearthError) else error.text
            self.item_changed.emit(self.queue.fail(self._running, said))

    @Slot()
    def on_job_finished(self) -> None:
        if self._running is not None:
            self.item_changed.emit(self.queue.get(self._running))
        self._running = None
        self.pump()
