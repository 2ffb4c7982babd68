"""The window's threading module: jobs run off the GUI thread and their results arrive on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from ui.workers import Workers

pytestmark = pytest.mark.gui


class _Collector(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[tuple[int, int]] = []  # (thread the job ran on, thread the slot ran on)

    @Slot(object)
    def on_returned(self, job_thread: int) -> None:
        self.results.append((job_thread, threading.get_ident()))


def test_results_arrive_on_the_gui_thread(qtbot: QtBot, workers: Workers) -> None:
    collector = _Collector()
    for _ in range(4):
        workers.start(threading.get_ident, connect={"returned": collector.on_returned})
    qtbot.waitUntil(lambda: len(collector.results) == 4)
    assert threading.get_ident() not in {job for job, _slot in collector.results}
    assert {slot for _job, slot in collector.results} == {threading.get_ident()}
