"""A real HTTP server on 127.0.0.1 that answers like the Hugging Face Hub's file endpoints.

`/{repo}/resolve/{revision}/{path}` with HEAD and GET, byte ranges (206 and Content-Range), the headers
huggingface_hub reads (ETag with the LFS SHA-256, X-Repo-Commit, X-Linked-Size, X-Linked-Etag), and the error
codes it maps to its exceptions (401/403 + X-Error-Code: GatedRepo, 404 + RepoNotFound / EntryNotFound).
It stands in for the internet only; everything on the client side is the real code.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class HostedFile:
    source: Path
    sha256: str
    size: int


@dataclass
class FakeHub:
    files: dict[tuple[str, str], HostedFile] = field(default_factory=dict)
    gated: dict[str, str] = field(default_factory=dict)  # repo -> token that unlocks it
    bytes_served: int = 0
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def add(self, repo: str, path: str, source: Path, sha256: str | None = None) -> HostedFile:
        hosted = HostedFile(source, sha256 or _sha256(source), source.stat().st_size)
        self.files[(repo, path)] = hosted
        return hosted


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(4 * 1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<revision>[^/]+)/(?P<path>.+)$")
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_HEAD(self) -> None:
            self._serve(body=False)

        def do_GET(self) -> None:
            self._serve(body=True)

        def _fail(self, status: int, code: str, message: str) -> None:
            payload = message.encode()
            self.send_response(status)
            self.send_header("X-Error-Code", code)
            self.send_header("X-Error-Message", message)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command == "GET":
                self.wfile.write(payload)

        def _serve(self, body: bool) -> None:
            with hub.lock:
                hub.requests.append(f"{self.command} {self.path}")
            match = _RESOLVE.match(unquote(self.path.split("?")[0]))
            if not match:
                return self._fail(404, "RepoNotFound", "Repository not found")
            repo, path = match["repo"], match["path"]
            if repo in hub.gated and self.headers.get("Authorization") != f"Bearer {hub.gated[repo]}":
                return self._fail(401, "GatedRepo", "Access to this model is restricted.")
            if not any(r == repo for r, _ in hub.files):
                return self._fail(404, "RepoNotFound", "Repository not found")
            hosted = hub.files.get((repo, path))
            if hosted is None:
                return self._fail(404, "EntryNotFound", "Entry not found")
            start, end = 0, hosted.size - 1
            ranged = _RANGE.match(self.headers.get("Range", ""))
            if ranged:
                start = int(ranged[1])
                end = min(int(ranged[2]) if ranged[2] else end, hosted.size - 1)
                if start >= hosted.size:
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{hosted.size}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
            length = end - start + 1
            self.send_response(206 if ranged else 200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", str(length))
            if ranged:
                self.send_header("Content-Range", f"bytes {start}-{end}/{hosted.size}")
            self.send_header("ETag", f'"{hosted.sha256}"')
            self.send_header("X-Linked-Etag", f'"{hosted.sha256}"')
            self.send_header("X-Linked-Size", str(hosted.size))
            self.send_header("X-Repo-Commit", COMMIT)
            self.end_headers()
            if not body:
                return None
            with hosted.source.open("rb") as handle:
                handle.seek(start)
                remaining = length
                while remaining:
                    block = handle.read(min(remaining, 256 * 1024))
                    if not block:
                        break
                    try:
                        self.wfile.write(block)
                    except (BrokenPipeError, ConnectionResetError):
                        return None  # the client had enough (a header read) or hung up
                    remaining -= len(block)
                    with hub.lock:
                        hub.bytes_served += len(block)
            return None

    return Handler


class HubServer:
    """Context manager: starts the server on a free port and stops it, joining its thread."""

    def __init__(self) -> None:
        self.hub = FakeHub()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.hub))
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.hub.url = f"http://{host}:{port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-hub", daemon=True)

    def __enter__(self) -> FakeHub:
        self._thread.start()
        return self.hub

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
