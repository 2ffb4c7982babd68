"""Run Python's cycle collector only on the GUI thread.

CPython collects reference cycles in whichever thread happens to allocate when a threshold trips. If a cycle
holds a Qt object (a closed dialog whose button's lambda refers back to it) and a worker thread trips the
collector, the Qt object is destroyed from that worker thread and Qt crashes. So automatic collection is turned
off and the same generational thresholds are checked from a GUI-thread timer instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return
