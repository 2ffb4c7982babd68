"""The machine state: one scan at a time, a rescan asked meanwhile not lost, verdicts always of the latest profile."""

from __future__ import annotations

import dataclasses
import json
import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.hardware import HardwareProfile
from app.models import catalog
from app.models.machine import MachineSnapshot
from tests.locations import DATA_DIR
from ui.state.machine import MachineState
from ui.workers import Workers

pytestmark = pytest.mark.gui

PROFILE = DATA_DIR / "profiles" / "desktop-rtx3060-12gb-32gb.json"


def recorded() -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads(PROFILE.read_text()))


def test_a_rescan_asked_while_one_runs_scans_once_more_after_it(qtbot: QtBot, workers: Workers) -> None:
    """The second question may come from a change the running scan missed, such as a models folder chosen
    meanwhile: it is answered by one more scan, not dropped, and not by two scans at once."""
    release = threading.Event()
    scans: list[str] = []

    def scan() -> HardwareProfile:
        scans.append("started")
        release.wait(10)
        return recorded()

    machine = MachineState(catalog.default(), scan, workers)
    machine.rescan()
    machine.rescan()
    machine.rescan()
    assert machine.scanning
    qtbot.waitUntil(lambda: scans == ["started"])
    profiles: list[HardwareProfile] = []
    machine.profile_changed.connect(profiles.append)
    release.set()
    qtbot.waitUntil(lambda: len(profiles) == 2 and not machine.scanning, timeout=20_000)
    assert scans == ["started", "started"]  # the two questions asked meanwhile are one more scan
    assert machine.judged_count == 2


def test_verdicts_for_a_profile_replaced_meanwhile_are_never_shown(qtbot: QtBot, workers: Workers) -> None:
    machine = MachineState(catalog.default(), recorded, workers)
    shown: list[MachineSnapshot] = []
    machine.changed.connect(shown.append)
    older = recorded()
    newer = dataclasses.replace(older, gpus=())
    machine.set_profile(older)
    machine.set_profile(newer)
    qtbot.waitUntil(lambda: machine.snapshot is not None, timeout=20_000)
    QThreadPool.globalInstance().waitForDone(20_000)
    QApplication.processEvents()  # the older judgement's answer, if it came last
    assert [s.profile for s in shown] == [newer]
    assert machine.snapshot is shown[0]
    assert machine.judged_count == 2
