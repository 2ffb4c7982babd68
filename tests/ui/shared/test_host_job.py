"""The model host's jobs reach the window as queued signals: slots run on the GUI thread, in order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from app.host import Job, JobCancelled, JobKind, ModelHost
from ui.shared.host_job import HostJob

pytestmark = pytest.mark.gui


class _Seen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, object, int]] = []  # (signal, value, thread the slot ran on)

    @Slot(object)
    def on_yielded(self, event: object) -> None:
        self.calls.append(("yielded", event, threading.get_ident()))

    @Slot(object)
    def on_returned(self, value: object) -> None:
        self.calls.append(("returned", value, threading.get_ident()))

    @Slot()
    def on_cancelled(self) -> None:
        self.calls.append(("cancelled", None, threading.get_ident()))

    @Slot()
    def on_finished(self) -> None:
        self.calls.append(("finished", None, threading.get_ident()))


def watch(bridge: HostJob) -> _Seen:
    seen = _Seen()
    bridge.yielded.connect(seen.on_yielded)
    bridge.returned.connect(seen.on_returned)
    bridge.cancelled.connect(seen.on_cancelled)
    bridge.finished.connect(seen.on_finished)
    return seen


def test_events_and_the_result_of_a_job_run_elsewhere_arrive_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    bridge = HostJob()
    seen = watch(bridge)
    job: Job[str] = Job(JobKind.CALL, "test", on_event=bridge.on_event, on_done=bridge.on_done)
    bridge.attach(job)

    def elsewhere() -> None:
        for n in range(3):
            job.emit(n)
        job.finish("done")

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(seen.calls) == 5)
    assert [(name, value) for name, value, _ in seen.calls] == [
        ("yielded", 0), ("yielded", 1), ("yielded", 2), ("returned", "done"), ("finished", None)
    ]  # fmt: skip
    assert {thread for _, _, thread in seen.calls} == {threading.get_ident()}


def test_a_job_cancelled_before_it_started_says_so(qtbot: QtBot) -> None:
    with ModelHost() as host:
        gate = threading.Event()
        host.call(gate.wait)  # holds the engine thread
        bridge = HostJob()
        seen = watch(bridge)
        job = host.call(lambda: "never", "queued")
        job.subscribe(bridge.on_event, bridge.on_done)
        job.cancel()
        gate.set()
        qtbot.waitUntil(lambda: len(seen.calls) == 2)
    assert [name for name, _, _ in seen.calls] == ["cancelled", "finished"]
    assert isinstance(job.error, JobCancelled)
