"""What the window does with a `hearth://` link that reached it (a second launch, macOS, or the first launch's own):
the window comes forward, a bad link is told in the banner, a good one asks Discover for its repository.

A link never downloads anything: `repository_requested` only names the repository (and file) to show.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.hub_search.links import BadLink, parse_link
from app.messages import MessageBridge

log = logging.getLogger(__name__)


class LinkRouter(QObject):
    window_requested = Signal()  # bring the window to the front (every launch does, with or without a link)
    repository_requested = Signal(object)  # app.hub_search.links.HubLink: show this repository in Discover

    def __init__(self, messages: MessageBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages = messages

    @Slot(str)
    def on_link_received(self, text: str) -> None:
        self.window_requested.emit()
        if not text:
            return
        try:
            link = parse_link(text)
        except BadLink as exc:
            log.info("Refused a link: %s", exc.message)
            self.messages.warning(exc.message, exc.details)
            return
        log.info("Opening %s from a link", link.url())
        self.repository_requested.emit(link)


def bring_to_front(window: QWidget) -> None:
    """Shown, unminimized, raised and asked to be active (the window manager may only flash it in the task bar)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
