"""Refresh the README's screenshots from the real app: `make screenshots` runs this under Xvfb.

Opens the real window on this machine, waits for the hardware scan, and saves each page named on the command
line (default: hardware) as docs/screenshots/<page>.png, in both the light and the dark palette.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app import paths
from ui import theme
from ui.application import build_services, build_window, create_qapplication
from ui.main_window import MainWindow
from ui.pages.guide_dialog import GuideDialog
from ui.workers import Workers


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).parent
    pages = argv[1:] or ["hardware"]
    app = create_qapplication(["hearth"])
    workers = Workers()
    services = build_services(paths.resolve().ensure(), workers)
    window = build_window(services)
    window.resize(1100, 720)
    window.show()

    chatted: list[bool] = []

    def shoot() -> None:
        for dark in (False, True):
            theme.set_dark(app, dark)
            suffix = "-dark" if dark else ""
            for page in pages:
                if page == "guide":
                    _shoot_guide(window, out / f"guide{suffix}.png")
                    continue
                if page == "chat" and not chatted:
                    _converse(window)
                    chatted.append(True)
                # My Models with the downloads panel open, showing whatever the queue holds; the others without it.
                window.downloads_dock.setVisible(page == "models")
                window.show_page(page)
                app.processEvents()
                window.grab().save(str(out / f"{page}{suffix}.png"))
        app.quit()

    # Shoot once both the catalog verdicts and My Models' list (headers read on a worker) are ready.
    ready = {"advice": False, "models": False}

    def mark(key: str) -> None:
        ready[key] = True
        if all(ready.values()):
            QTimer.singleShot(300, shoot)

    window.discover_page.advice_ready.connect(lambda: mark("advice"))
    window.pages["models"].refreshed.connect(lambda: mark("models"))  # type: ignore[attr-defined]
    window.hardware_page.rescan()
    code = app.exec()
    workers.shutdown()
    return code


def _wait(signal: object, timeout_ms: int = 180_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _converse(window: MainWindow) -> None:
    """A real conversation with the first model of the library (the Qwen test model when it is there). The
    system prompt shows it, by one example, how to reason inside <think> tags first; the small Qwen model follows
    that at temperature 0, and Hearth folds the reasoning into the thinking section."""
    chat = window.pages["chat"]
    window.show_page("chat")
    if chat.model_picker.count() == 0:  # type: ignore[attr-defined]
        _wait(chat.model_picker.model().rowsInserted, 60_000)  # type: ignore[attr-defined]
    if chat.model_picker.count() == 0:  # type: ignore[attr-defined]
        print("no model in the library (hearth import one): the chat screenshot shows an empty chat")
        return
    chat.on_model_picked(0)  # type: ignore[attr-defined]
    _wait(chat.model_loaded)  # type: ignore[attr-defined]
    chat.temperature.setValue(0.0)  # type: ignore[attr-defined]
    chat.max_tokens.setValue(220)  # type: ignore[attr-defined]
    chat.system_prompt.setPlainText(  # type: ignore[attr-defined]
        "You always reply in two parts. First your private reasoning between <think> and </think>, then the "
        "answer. Example:\n<think>The user wants X. I will do Y.</think>\nHere is Y."
    )
    chat.composer.setPlainText("Write a Python function that checks whether a number is prime.")  # type: ignore[attr-defined]
    chat.send()  # type: ignore[attr-defined]
    _wait(chat.reply_finished)  # type: ignore[attr-defined]


def _shoot_guide(window: MainWindow, path: Path) -> None:
    """The "Help me choose" guide at its last step: chat, personal use."""
    page = window.discover_page
    assert page.profile is not None
    dialog = GuideDialog([page.advice[i] for i in page.order], page.profile, window)
    dialog.show()
    dialog.goal_buttons["chat"].click()
    dialog.next_button.click()
    dialog.next_button.click()
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
