"""The test servers' HTTP server: a `ThreadingHTTPServer` whose close ends the connections clients left open and
waits for the threads that served them.

The stdlib's server leaves a keep-alive connection's thread waiting for the next request after the server is
closed, for as long as the client keeps the connection: huggingface_hub's and httpx's pools keep theirs for the
life of the process, so each test that met the server would leave a thread running (tests/helpers/thread_leaks.py).
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# A connection's thread ends as soon as its socket is shut down; this only bounds a handler the test still holds.
JOIN_S = 10.0


class LoopbackHTTPServer(ThreadingHTTPServer):
    def __init__(self, name: str, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.name = name
        self._lock = threading.Lock()
        self._connections: dict[Any, threading.Thread] = {}

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), name=f"{self.name}-connection"
        )
        with self._lock:
            self._connections[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        with self._lock:
            still_open = dict(self._connections)
        for request in still_open:
            try:
                request.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # its thread closed it meanwhile
        for thread in still_open.values():
            thread.join(JOIN_S)
