"""Refresh the README's screenshots from the real app: `make screenshots` runs this under Xvfb.

Opens the real window on this machine, waits for the hardware scan, and saves each page named on the command
line (default: hardware) as docs/screenshots/<page>.png, in both the light and the dark palette.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from app import paths
from ui import theme
from ui.application import build_window, create_qapplication
from ui.workers import Workers


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).parent
    pages = argv[1:] or ["hardware"]
    app = create_qapplication(["hearth"])
    workers = Workers()
    window = build_window(paths.resolve().ensure(), workers)
    window.resize(1100, 720)
    window.show()

    def shoot() -> None:
        for dark in (False, True):
            theme.set_dark(app, dark)
            for page in pages:
                window.show_page(page)
                app.processEvents()
                suffix = "-dark" if dark else ""
                window.grab().save(str(out / f"{page}{suffix}.png"))
        app.quit()

    window.hardware_page.scan_finished.connect(lambda _profile: QTimer.singleShot(300, shoot))
    window.hardware_page.rescan()
    code = app.exec()
    workers.shutdown()
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
