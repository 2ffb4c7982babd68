"""The window's threading module: jobs run off the GUI thread and their results arrive on it."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from app import messages
from tests.helpers.told import told
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


def _broken() -> None:
    raise KeyError("size")


class _Failures(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.handed: list[tuple[BaseException, messages.Error, int]] = []

    def on_error(self, exc: BaseException, error: messages.Error) -> None:
        self.handed.append((exc, error, threading.get_ident()))


def test_a_failure_is_logged_and_told_on_the_bridge_or_handed_to_the_caller_who_shows_it(
    qtbot: QtBot, workers: Workers, caplog: pytest.LogCaptureFixture
) -> None:
    seen = told(workers.messages)
    failures = _Failures()
    with caplog.at_level(logging.ERROR):
        workers.start(_broken)
        workers.start(_broken, on_error=failures.on_error)
        qtbot.waitUntil(lambda: len(seen) == 1 and len(failures.handed) == 1)
    [(exc, error, thread)] = failures.handed
    assert isinstance(exc, KeyError)
    assert seen == [messages.Error("Something went wrong inside Hearth: 'size'", seen[0].details)]
    assert error.text == "Something went wrong inside Hearth: 'size'"  # the caller's, not on the banner
    assert thread == threading.get_ident()
    assert len([record for record in caplog.records if record.exc_info]) == 2  # both logged, with their tracebacks
