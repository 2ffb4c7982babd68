"""A misbehaving "OpenAI-compatible" server on 127.0.0.1, for what real servers cannot be made to do on demand:
answer with something that is not JSON, hold back the first byte, fail with a 500, list models without the one
asked for. Real sockets and real HTTP; only the server's behaviour is scripted.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from types import TracebackType

from tests.helpers.loopback_http import LoopbackHTTPServer


@dataclass
class Script:
    models: list[str] = field(default_factory=lambda: ["fake-model"])
    models_body: bytes | None = None  # raw answer to GET /v1/models instead of the list
    chat_status: int = 200
    chat_body: bytes = b""  # raw answer to a chat instead of streaming `chunks`
    chunks: list[str] = field(default_factory=lambda: ["Hello", " there"])
    hold: threading.Event | None = None  # set by the test to let the held first byte go
    requests: list[str] = field(default_factory=list)
    key: str = ""  # when set, a request without "Authorization: Bearer KEY" is answered 401, as a server with a key


class FakeOpenAI:
    def __init__(self, script: Script | None = None) -> None:
        self.script = script or Script()
        script_ref = self.script

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                script_ref.requests.append(f"GET {self.path}")
                if not self._authorized():
                    return
                if script_ref.hold is not None:
                    script_ref.hold.wait(30)
                if self.path != "/v1/models":
                    self._send(404, b'{"error": "not found"}')
                elif script_ref.models_body is not None:
                    self._send(200, script_ref.models_body, "text/html")
                else:
                    listing = {"object": "list", "data": [{"id": m, "object": "model"} for m in script_ref.models]}
                    self._send(200, json.dumps(listing).encode())

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                script_ref.requests.append(f"POST {self.path} {body.get('model')}")
                if not self._authorized():
                    return
                if script_ref.hold is not None:
                    script_ref.hold.wait(30)
                if script_ref.chat_status != 200 or script_ref.chat_body:
                    self._send(script_ref.chat_status, script_ref.chat_body)
                    return
                events = [{"choices": [{"index": 0, "delta": {"content": c}}]} for c in script_ref.chunks]
                events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                stream = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
                self._send(200, stream.encode(), "text/event-stream")

            def _authorized(self) -> bool:
                if script_ref.key and self.headers.get("Authorization") != f"Bearer {script_ref.key}":
                    self._send(401, b'{"error": {"message": "Invalid API key"}}')
                    return False
                return True

            def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client under test stopped reading (Stop, a closed stream): what it is tested for

        self._server = LoopbackHTTPServer("fake-openai", Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()

    def close(self) -> None:
        if self.script.hold is not None:
            self.script.hold.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(30)

    def __enter__(self) -> FakeOpenAI:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
