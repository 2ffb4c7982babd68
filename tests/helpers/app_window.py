"""The real window as `hearth` builds it, for tests: every owner from the composition root, shut down in order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from app import paths
from ui.application import Services, build_services, build_window
from ui.main_window import MainWindow
from ui.workers import Workers


@contextmanager
def running_window(
    qtbot: QtBot, before: Callable[[Services], object] = lambda _s: None
) -> Iterator[tuple[Services, MainWindow]]:
    """`before` sets up the services (a hub address, say) before the window is built on them."""
    services = build_services(paths.resolve().ensure(), Workers())
    before(services)
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    try:
        yield services, window
    finally:
        services.close()
