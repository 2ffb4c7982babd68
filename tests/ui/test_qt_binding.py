"""The Qt binding itself, where a bug would bring the whole app down rather than one page.

PySide6 6.12.0's `Signal.emit` returned True without taking a reference to it: each emission took one from
`True`'s count, and once enough signals had fired (a long streamed reply fires one per chunk) Python aborted
with "bool_dealloc: deallocating True or False", usually as the app quit. The pin in pyproject.toml avoids that
release; this test keeps a future bump honest.
"""

from __future__ import annotations

import gc
import sys
import threading

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    value = Signal(object)


def test_emitting_signals_takes_no_reference_from_true(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True)
    gc.disable()  # other objects freed meanwhile would move the counts too
    try:
        for _ in range(200):
            emitter.value.emit(1)
        worker = threading.Thread(target=lambda: [emitter.value.emit(None) for _ in range(200)])
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(received) == 400)
        received.clear()
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    # The bug lost one reference per emission (400 here); other code may take or drop a few meanwhile.
    assert after > before - 100, (before, after)
