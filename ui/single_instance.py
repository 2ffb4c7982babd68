"""One Hearth window per person: a second launch hands its `hearth://` link (or nothing) to the running window.

The running window listens on a local socket (a Unix socket, a named pipe on Windows) whose name is derived from
Hearth's data folder, so each person — and each test's own HEARTH_HOME — has its own, and only its owner may connect
(UserAccessOption). A second launch connects, writes its link as one line and exits; a socket nobody answers is what
a crashed Hearth left behind, and the new window takes it over. On macOS a link arrives as a QFileOpenEvent instead
(the system starts or activates the app itself), read by `LinkOpenEvents`.

Nothing here judges a link: the window parses what arrives (ui/link_router.py), so a bad link is told in one place.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import paths
from app.hub_search.links import MAX_LINK_LENGTH, SCHEME

log = logging.getLogger(__name__)

HAND_OVER_TIMEOUT_MS = 2000
_LINE_LIMIT = MAX_LINK_LENGTH * 4 + 2  # a link of the longest kind in UTF-8, and its newline; more is not a link


def server_name(data_dir: Path) -> str:
    """The socket's name for this person's Hearth (the data folder is per user, and per test)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"hearth-{digest}"


def hand_over(name: str, link: str, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
    """Give `link` ("" to just bring the window forward) to a Hearth already running; False when none answers.
    Blocking, as it runs in a launch that exits right after."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    if sys.platform == "win32":  # Windows lets the open window come to the front only when this launch allows it
        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
    socket.write(QByteArray(link.encode("utf-8") + b"\n"))
    while socket.bytesToWrite() and socket.waitForBytesWritten(timeout_ms):
        pass
    written = socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return written


def hand_over_to_open_window(link: str) -> bool:
    """The launcher's check, before the window's modules are even imported (a link clicked while Hearth is open
    reaches it in a blink, not after seconds of start-up): True when the open window took `link`."""
    return hand_over(server_name(paths.resolve().data), link)


class LinkServer(QObject):
    """The running window's end: each second launch is one connection carrying one line."""

    link_received = Signal(str)  # the text as a launch gave it ("" when it had no link)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self.on_server_new_connection)

    def listen(self) -> bool:
        """Start listening; a socket left by a Hearth that crashed is removed first. Call after `hand_over` found
        nobody, so the name is never taken from a window that runs."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("Second launches cannot reach this window: %s", self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    @Slot()
    def on_server_new_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self.on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # what arrived with the connection

    @Slot()
    def on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        """One line per connection; the socket keeps what came until its newline does."""
        if socket.canReadLine():
            line = bytes(socket.readLine().data())
            socket.readyRead.disconnect(self.on_socket_ready_read)
            socket.disconnectFromServer()
            self.link_received.emit(line.decode("utf-8", errors="replace").strip())
        elif socket.bytesAvailable() > _LINE_LIMIT:
            log.warning("A second launch sent more than a link (%d bytes); ignored.", socket.bytesAvailable())
            socket.readyRead.disconnect(self.on_socket_ready_read)
            socket.abort()


class LinkOpenEvents(QObject):
    """macOS hands a `hearth://` link to the app as a QFileOpenEvent; installed on the QApplication."""

    link_received = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.url().scheme().lower() == SCHEME:
            self.link_received.emit(bytes(event.url().toEncoded().data()).decode("utf-8"))
            return True
        return super().eventFilter(watched, event)
