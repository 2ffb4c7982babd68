"""The composition root: builds Hearth's services once and hands them to the window.

Start-up order: logging → paths → settings → QApplication and theme → window → first hardware scan.
Shutdown: the window's settings are saved and background workers are asked to stop and waited for.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from functools import partial

from PySide6.QtWidgets import QApplication

from app import catalog, paths, settings
from app.hardware import probe
from app.paths import HearthPaths
from ui import theme
from ui.gc_guard import MainThreadGarbageCollector
from ui.main_window import MainWindow
from ui.pages.discover import DiscoverPage
from ui.pages.hardware import HardwarePage
from ui.resources import app_icon
from ui.workers import Workers

log = logging.getLogger(__name__)


def build_window(hearth_paths: HearthPaths, workers: Workers) -> MainWindow:
    """Wire the window from services; tests call this with their own paths and workers."""
    hardware = HardwarePage(scanner=partial(probe, hearth_paths.models), workers=workers)
    discover = DiscoverPage(catalog.default(), workers)
    hardware.scan_finished.connect(discover.set_profile)
    window = MainWindow(settings.load(hearth_paths.config), hardware, discover)
    workers.notify.connect(window.banner.show_notification)
    return window


def create_qapplication(argv: Sequence[str]) -> QApplication:
    QApplication.setApplicationName("Hearth")
    QApplication.setOrganizationName("Hearth")
    QApplication.setDesktopFileName("hearth")
    app = QApplication(list(argv))
    app.setWindowIcon(app_icon())
    theme.apply(app)
    app.gc_guard = MainThreadGarbageCollector(app)  # type: ignore[attr-defined]  # lives as long as the app
    return app


def run(argv: Sequence[str] | None = None) -> int:
    hearth_paths = paths.resolve().ensure()
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(hearth_paths.logs / "hearth.log", encoding="utf-8"), logging.StreamHandler()],
    )
    app = create_qapplication(sys.argv if argv is None else argv)
    workers = Workers()
    window = build_window(hearth_paths, workers)
    window.show()
    window.hardware_page.rescan()
    code = app.exec()
    settings.save(hearth_paths.config, window.settings)
    workers.shutdown()
    return code
