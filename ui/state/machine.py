"""The one owner of what Hearth knows about this computer: its hardware profile and the catalog's verdicts.

Built once in the composition root and handed to every view that shows the machine (the Hardware page, Discover,
the first run; Chat and My Models through their `set_profile` slots). A scan runs on a worker; once its profile
is in, the whole catalog is judged on a worker, once, and the same snapshot reaches every view, so two views
never disagree and none judges the catalog again for itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.hardware import HardwareProfile
from app.models.catalog import Catalog
from app.models.machine import MachineSnapshot, judge_catalog
from ui.workers import Workers

Scanner = Callable[[], HardwareProfile]


class MachineState(QObject):
    scanning_changed = Signal(bool)  # a scan started (True) or ended, with or without a profile (False)
    profile_changed = Signal(object)  # HardwareProfile, as soon as it is in; its verdicts follow in `changed`
    changed = Signal(object)  # MachineSnapshot: the profile with the whole catalog's verdicts for it

    def __init__(self, catalog: Catalog, scanner: Scanner, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._scanner = scanner
        self._workers = workers
        self.profile: HardwareProfile | None = None
        self.snapshot: MachineSnapshot | None = None  # None until the first profile's verdicts are in
        self.scanning = False
        self.judged_count = 0  # how often the catalog was judged: once per profile, whoever shows it
        self._scan_again = False

    @Slot()
    def rescan(self) -> None:
        """Look at the hardware again. Asked while a scan runs, it scans once more after that one: the question
        may come from a change the running scan missed (a models folder chosen meanwhile)."""
        if self.scanning:
            self._scan_again = True
            return
        self.scanning = True
        self.scanning_changed.emit(True)
        self._workers.start(self._scanner, connect={"returned": self.set_profile, "finished": self.on_scan_finished})

    @Slot(object)
    def set_profile(self, profile: HardwareProfile) -> None:
        """A profile to judge the catalog for: a scan's, or one recorded on another computer."""
        self.profile = profile
        self.profile_changed.emit(profile)
        self.judged_count += 1
        self._workers.start(judge_catalog, self.catalog, profile, connect={"returned": self.on_judged})

    @Slot(object)
    def on_judged(self, snapshot: MachineSnapshot) -> None:
        if snapshot.profile is not self.profile:
            return  # judged for a profile that a newer one replaced meanwhile; that one's verdicts follow
        self.snapshot = snapshot
        self.changed.emit(snapshot)

    @Slot()
    def on_scan_finished(self) -> None:
        self.scanning = False
        self.scanning_changed.emit(False)
        if self._scan_again:
            self._scan_again = False
            self.rescan()
