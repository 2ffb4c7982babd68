"""The test suite itself may only talk to this computer: the first proof that Hearth does not phone home."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pytest_socket import SocketConnectBlockedError


@pytest.mark.filterwarnings("ignore:A test tried to use socket")  # the warning pytest-socket gives before refusing
def test_connections_beyond_loopback_are_refused() -> None:
    with pytest.raises(SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never a real host


def test_loopback_servers_work_for_tests() -> None:
    class Hello(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"hello")

        def log_message(self, *args: object) -> None:
            pass

    with ThreadingHTTPServer(("127.0.0.1", 0), Hello) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        with socket.create_connection(server.server_address, timeout=5) as conn:
            conn.sendall(b"GET / HTTP/1.0\r\n\r\n")
            reply = conn.makefile("rb").read()
        server.shutdown()
        thread.join()
    assert reply.endswith(b"hello")
