"""The one owner of the models on this computer: one `Library` (so its header and hash caches live as long as the
app) and one listing of it, described once per change and shared by My Models, the chat's picker and Transcribe.

Anything that changes the models — a scan of the hardware (the verdicts change), an import, a finished download, a
removal, a new models folder — calls `refresh()`; every view hears the one `changed` signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.hardware import HardwareProfile
from app.models.library import Library
from app.models.model_rows import ModelRow, describe_library
from ui.workers import Workers


class LibraryState(QObject):
    changed = Signal(object)  # list[ModelRow]

    def __init__(
        self,
        build: Callable[[Path], Library],
        models_dir: Callable[[], Path],
        workers: Workers,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._models_dir = models_dir
        self._workers = workers
        self._library: Library | None = None
        self.profile: HardwareProfile | None = None
        self.rows: list[ModelRow] = []
        self.described_count = 0  # listings made: one per change, however many views show it
        self._describing = False
        self._again = False

    @property
    def library(self) -> Library:
        """The one Library; built again only when the models folder changes."""
        folder = self._models_dir()
        if self._library is None or self._library.models_dir != folder:
            self._library = self._build(folder)
        return self._library

    @property
    def describing(self) -> bool:
        return self._describing

    @Slot(object)
    def set_profile(self, profile: HardwareProfile) -> None:
        self.profile = profile
        self.refresh()

    @Slot()
    def refresh(self, *_args: object) -> None:
        """Describe the library again; asked while a listing is made, it makes one more after it."""
        if self._describing:
            self._again = True
            return
        self._describing = True
        self.described_count += 1
        self._workers.start(
            describe_library,
            self.library,
            self.profile,
            connect={"returned": self.on_described, "finished": self.on_describe_finished},
        )

    @Slot(object)
    def on_described(self, rows: Sequence[ModelRow]) -> None:
        self.rows = list(rows)
        self.changed.emit(self.rows)

    @Slot()
    def on_describe_finished(self) -> None:
        self._describing = False
        if self._again:
            self._again = False
            self.refresh()
