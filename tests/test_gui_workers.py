"""The one threading module: results arrive on the GUI thread, and every llama.cpp job shares one thread."""

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


def test_engine_jobs_run_one_after_another_on_the_same_thread(qtbot: QtBot, workers: Workers) -> None:
    """llama.cpp's OpenMP keeps a thread team per calling thread; two teams on two cores slowed every token."""
    collector = _Collector()
    for _ in range(4):
        workers.start(threading.get_ident, connect={"returned": collector.on_returned}, on_engine_thread=True)
    qtbot.waitUntil(lambda: len(collector.results) == 4)
    job_threads = {job for job, _slot in collector.results}
    assert len(job_threads) == 1
    assert threading.get_ident() not in job_threads
    assert {slot for _job, slot in collector.results} == {threading.get_ident()}  # slots on the GUI thread


def test_other_jobs_do_not_take_the_engine_thread(qtbot: QtBot, workers: Workers) -> None:
    collector = _Collector()
    workers.start(threading.get_ident, connect={"returned": collector.on_returned}, on_engine_thread=True)
    qtbot.waitUntil(lambda: len(collector.results) == 1)
    workers.start(threading.get_ident, connect={"returned": collector.on_returned})
    qtbot.waitUntil(lambda: len(collector.results) == 2)
    assert collector.results[0][0] != collector.results[1][0]
