"""`LocalServer`: the API served by uvicorn on its own event-loop thread, started and stopped by the window or by
`hearth serve` in the foreground.

The socket is bound here, before uvicorn starts, so a port that is taken is said plainly (with the next free one)
instead of surfacing as a log line from another thread.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import threading
from dataclasses import dataclass

import uvicorn

from app.errors import HearthError
from app.i18n import say
from app.server.api import ApiService, ServerOptions, asgi_app
from app.server.models import ServedModels

log = logging.getLogger("hearth.server")

# none of LM Studio 1234, Ollama 11434, llama-server 8080, 9931, 8000, 5001, GPT4All 4891, Jan 1337, 3001
DEFAULT_PORT = 8421
LOOPBACK = "127.0.0.1"
EVERYWHERE = "0.0.0.0"


class PortTaken(HearthError):
    def __init__(self, port: int, free: int | None) -> None:
        offer = (
            say("Server", " Port {free} is free: use that one instead.", "server.port-free").format(free=free)
            if free
            else ""
        )
        super().__init__(
            say(
                "Server",
                "Port {port} is already used by another program on this computer.{offer}",
                "server.port-taken",
            ).format(port=port, offer=offer)
        )
        self.port = port
        self.free = free


class KeyNeeded(HearthError):
    def __init__(self) -> None:
        super().__init__(
            say(
                "Server",
                "Sharing on your network needs an API key, so only programs you give it to can use your models. "
                "Create one in Settings › Local server, or set HEARTH_API_KEY.",
                "server.key-needed",
            )
        )


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int

    @property
    def base_url(self) -> str:
        shown = LOOPBACK if self.host == EVERYWHERE else self.host
        return f"http://{shown}:{self.port}/v1"


def next_free_port(host: str, start: int, tries: int = 50) -> int | None:
    for port in range(start + 1, min(start + 1 + tries, 65536)):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    return None


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: no other program may share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno in (errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE", -1)):
            raise PortTaken(port, next_free_port(host, port)) from None
        raise
    return sock


def lan_addresses() -> list[str]:
    """This computer's addresses on its networks, for the Settings card ("share on my network")."""
    found: list[str] = []
    try:
        import psutil

        for addresses in psutil.net_if_addrs().values():
            for address in addresses:
                if address.family == socket.AF_INET and not address.address.startswith("127."):
                    found.append(address.address)
    except Exception:  # an address list is a courtesy; never a reason not to start
        pass
    return sorted(set(found))


class _Uvicorn(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self._ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._ready.set()


class LocalServer:
    def __init__(
        self, models: ServedModels, options: ServerOptions, *, port: int = DEFAULT_PORT, share: bool = False
    ) -> None:
        if share and not options.api_key:
            raise KeyNeeded()
        self.models = models
        self.options = options
        self.service = ApiService(models, options)
        self._host = EVERYWHERE if share else LOOPBACK
        self._port = port
        self._thread: threading.Thread | None = None
        self._server: _Uvicorn | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self.address: ServerAddress | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 30.0) -> ServerAddress:
        sock = _bind(self._host, self._port)
        port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            asgi_app(self.service),
            log_config=None,
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=3,
            h11_max_incomplete_event_size=64 * 1024,
        )
        self._server = _Uvicorn(config, self._ready)
        self._thread = threading.Thread(target=self._serve, args=(sock,), name="hearth-api-server", daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        if self._failure is not None or not self._ready.is_set():
            self.stop()
            raise HearthError(
                say(
                    "Server",
                    "The local server could not start.",
                    "server.start-failed",
                ),
                repr(self._failure),
            )
        self.address = ServerAddress(self._host, port)
        log.info("serving on %s", self.address.base_url)
        return self.address

    def _serve(self, sock: socket.socket) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            assert self._server is not None
            loop.run_until_complete(self._main(self._server, sock))
        except BaseException as exc:
            self._failure = exc
            log.exception("the local server stopped with an error")
        finally:
            sock.close()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._ready.set()

    async def _main(self, server: _Uvicorn, sock: socket.socket) -> None:
        idle = asyncio.create_task(self._unload_idle())
        try:
            await server.serve(sockets=[sock])
        finally:
            idle.cancel()

    async def _unload_idle(self) -> None:
        idle_s = self.options.idle_unload_s
        if idle_s <= 0:
            return
        while True:
            await asyncio.sleep(max(min(idle_s / 4, 60.0), 0.05))
            self.models.unload_idle(idle_s)  # quick: it only queues the unloads on the host

    def stop(self, timeout: float = 10.0) -> None:
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None and thread.is_alive():
            thread.join(timeout)
        self.service.close()
        self._thread = None

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()
