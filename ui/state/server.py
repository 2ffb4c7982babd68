"""`ServerState`: the local API server while the window runs, as Qt signals (the owner of the server's lifetime).

Built once in the composition root over the window's own model host, so a model the Chat page has loaded serves the
API too. Start and stop run on the GUI thread (binding a socket and starting uvicorn's thread take milliseconds);
the request log arrives from the server's thread and is re-emitted as a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.errors import HearthError
from app.hardware import HardwareProfile
from app.host import ModelHost
from app.messages import describe
from app.models.library import Library
from app.server import LocalServer, RequestRecord, ServedModels, ServerOptions
from app.server.keys import ApiKeyStore
from app.settings import Settings


class ServerState(QObject):
    running_changed = Signal(bool, str)  # running, and the base URL (or, when it could not start, why)
    request_logged = Signal(object)  # a RequestRecord, from the server's thread

    def __init__(
        self,
        host: ModelHost,
        library: Library,
        profile: Callable[[], HardwareProfile | None],
        keys: ApiKeyStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`profile` asks for the window's one hardware scan (None until it is done)."""
        super().__init__(parent)
        self._host = host
        self._library = library
        self._profile = profile
        self.keys = keys or ApiKeyStore()
        self._server: LocalServer | None = None

    @property
    def library(self) -> Library:
        return self._library

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def base_url(self) -> str:
        address = self._server.address if self._server is not None else None
        return address.base_url if address is not None else ""

    def start(self, settings: Settings) -> None:
        self.stop()
        key = self.keys.get()
        origins = tuple(o.strip() for o in settings.server_cors_origins.split(",") if o.strip())
        options = ServerOptions(
            api_key=key.reveal() if key and settings.server_share else "",
            cors_origins=origins,
            idle_unload_s=settings.server_idle_unload_minutes * 60.0,
        )
        try:
            server = LocalServer(
                ServedModels(self._host, self._profile, library=self._library),
                options,
                port=settings.server_port,
                share=settings.server_share,
            )
            server.service.subscribe(self._on_record)
            server.start()
        except HearthError as exc:
            self.running_changed.emit(False, describe(exc).text)
            return
        self._server = server
        self.running_changed.emit(True, self.base_url)

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
            self.running_changed.emit(False, "")

    def _on_record(self, record: RequestRecord) -> None:
        self.request_logged.emit(record)
