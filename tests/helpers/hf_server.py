"""A real HTTP server on 127.0.0.1 that answers like the Hugging Face Hub's file endpoints.

`/{repo}/resolve/{revision}/{path}` with HEAD and GET, byte ranges (206 and Content-Range), the headers
huggingface_hub reads (ETag with the LFS SHA-256, X-Repo-Commit, X-Linked-Size, X-Linked-Etag), and the error
codes it maps to its exceptions (401/403 + X-Error-Code: GatedRepo, 404 + RepoNotFound / EntryNotFound).
`/api/whoami-v2` answers 200 with the account for a token in `accounts` and 401 for any other.
The model API the search uses: `/api/models` (search, filter, author, sort, limit, expand, `Link: rel="next"` pages),
`/api/models/{repo}[/revision/{rev}]` (with `blobs`), `/api/models/{repo}/tree/{rev}[/{path}]` (recursive).
It stands in for the internet only; everything on the client side is the real code.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

from tests.assets import sha256_of
from tests.helpers.loopback_http import LoopbackHTTPServer

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class HostedFile:
    source: Path
    sha256: str
    size: int


@dataclass
class Faults:
    """Switches to make the server misbehave the ways real networks and servers do."""

    drop_at: list[int] = field(default_factory=list)  # close the connection when the body reaches these offsets
    stall_at: int | None = None  # stop sending at this offset for `stall_seconds` (once)
    stall_seconds: float = 0.0
    corrupt_at: set[int] = field(default_factory=set)  # flip the byte at these offsets in every response
    statuses: list[int] = field(default_factory=list)  # answer the next GET requests with these statuses
    rate: int | None = None  # bytes per second
    redirect: bool = False  # answer /resolve/ with a 302 to a CDN-like path, as Hugging Face does for LFS files
    api_statuses: list[int] = field(default_factory=list)  # answer the next /api/models requests with these
    retry_after: str | None = None  # the Retry-After header sent with an injected 429 or 503
    ignore_ranges: bool = False  # answer every GET with the whole file (200), as some proxies do
    hang_api: threading.Event | None = None  # hold /api/ requests until this is set (a Hub that does not answer)


@dataclass
class RepoCard:
    """What `/api/models` says about a repository besides its files."""

    downloads: int = 0
    likes: int = 0
    trending: int = 0
    last_modified: str = "2025-01-01T00:00:00.000Z"
    tags: list[str] = field(default_factory=lambda: ["gguf"])
    gated: bool | str = False


@dataclass
class FakeHub:
    faults: Faults = field(default_factory=Faults)
    files: dict[tuple[str, str], HostedFile] = field(default_factory=dict)
    gated: dict[str, str] = field(default_factory=dict)  # repo -> token that unlocks it
    accounts: dict[str, str] = field(default_factory=dict)  # token -> account name, for /api/whoami-v2
    cards: dict[str, RepoCard] = field(default_factory=dict)  # repo -> its listing; repos with files get one
    bytes_served: int = 0
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    served_events: list[tuple[int, threading.Event]] = field(default_factory=list)

    def when_served(self, threshold: int) -> threading.Event:
        """An event set once the server has sent `threshold` bytes in all: lets a test act mid-download
        without sleeping."""
        event = threading.Event()
        with self.lock:
            self.served_events.append((threshold, event))
        return event

    def count_served(self, size: int) -> None:
        with self.lock:
            self.bytes_served += size
            for threshold, event in self.served_events:
                if self.bytes_served >= threshold:
                    event.set()

    def add(self, repo: str, path: str, source: Path, sha256: str | None = None) -> HostedFile:
        hosted = HostedFile(source, sha256 or sha256_of(source), source.stat().st_size)
        self.files[(repo, path)] = hosted
        self.cards.setdefault(repo, RepoCard())
        return hosted

    def card(self, repo: str, **facts: object) -> RepoCard:
        """The repository's listing, created when missing, with `facts` changed (downloads=..., tags=[...])."""
        card = self.cards.setdefault(repo, RepoCard())
        for name, value in facts.items():
            setattr(card, name, value)
        return card


_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<revision>[^/]+)/(?P<path>.+)$")
_CDN = re.compile(r"^/cdn/(?P<repo>[^/]+/[^/]+)/(?P<path>.+)$")
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")
_MODEL_INFO = re.compile(r"^/api/models/(?P<repo>[^/]+/[^/]+?)(?:/revision/(?P<revision>[^/]+))?$")
_MODEL_TREE = re.compile(r"^/api/models/(?P<repo>[^/]+/[^/]+)/tree/(?P<revision>[^/]+)(?:/(?P<path>.*))?$")
_SORT_KEYS = {"downloads": "downloads", "likes": "likes", "trendingScore": "trending", "lastModified": "last_modified"}


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

        def _whoami(self) -> None:
            scheme, _, token = self.headers.get("Authorization", "").partition(" ")
            name = hub.accounts.get(token) if scheme == "Bearer" else None
            if name is None:
                status, document = 401, {"error": "Invalid credentials in Authorization header"}
            else:
                status, document = 200, {"name": name, "type": "user", "fullname": name.title()}
            payload = json.dumps(document).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command == "GET":
                self.wfile.write(payload)

        def _serve(self, body: bool) -> None:
            with hub.lock:
                hub.requests.append(f"{self.command} {self.path}")
            route = unquote(self.path.split("?")[0])
            if route == "/api/whoami-v2":
                return self._whoami()
            if route.startswith("/api/models"):
                return self._model_api(route)
            match = _RESOLVE.match(route) or _CDN.match(route)
            if not match:
                return self._fail(404, "RepoNotFound", "Repository not found")
            repo, path = match["repo"], match["path"]
            faults = hub.faults
            if body and faults.statuses:
                with hub.lock:
                    status = faults.statuses.pop(0)
                code = {401: "GatedRepo", 403: "GatedRepo", 404: "EntryNotFound"}.get(status, "")
                return self._fail(status, code, f"Injected {status}")
            if repo in hub.gated and self.headers.get("Authorization") != f"Bearer {hub.gated[repo]}":
                return self._fail(401, "GatedRepo", "Access to this model is restricted.")
            if not any(r == repo for r, _ in hub.files):
                return self._fail(404, "RepoNotFound", "Repository not found")
            hosted = hub.files.get((repo, path))
            if hosted is None:
                return self._fail(404, "EntryNotFound", "Entry not found")
            if faults.redirect and route.startswith(f"/{repo}/resolve/"):
                self.send_response(302)
                self.send_header("Location", f"{hub.url}/cdn/{repo}/{path}?signature=abc")
                self.send_header("X-Linked-Etag", f'"{hosted.sha256}"')
                self.send_header("X-Linked-Size", str(hosted.size))
                self.send_header("X-Repo-Commit", COMMIT)
                self.send_header("ETag", '"pointer-etag"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            start, end = 0, hosted.size - 1
            ranged = None if faults.ignore_ranges else _RANGE.match(self.headers.get("Range", ""))
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
            self._send_body(hosted, start, length)
            return None

        def _json(self, document: object, headers: dict[str, str] | None = None) -> None:
            payload = json.dumps(document).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if self.command == "GET":
                self.wfile.write(payload)

        def _model_api(self, route: str) -> None:
            faults = hub.faults
            if faults.hang_api is not None:
                faults.hang_api.wait(30)
                return None
            if faults.api_statuses:
                with hub.lock:
                    status = faults.api_statuses.pop(0)
                self.send_response(status)
                if faults.retry_after is not None:
                    self.send_header("Retry-After", faults.retry_after)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            query = parse_qs(urlsplit(self.path).query)
            if route == "/api/models":
                return self._list_models(query)
            tree = _MODEL_TREE.match(route)
            info = _MODEL_INFO.match(route)
            repo = (tree or info)["repo"] if tree or info else ""
            if repo not in hub.cards:
                return self._fail(404, "RepoNotFound", "Repository not found")
            if tree:
                return self._tree(repo, tree["path"] or "", query)
            return self._info(repo, "blobs" in query)

        def _row(self, repo: str, expand: list[str]) -> dict[str, object]:
            card = hub.cards[repo]
            everything = {
                "id": repo,
                "modelId": repo,
                "author": repo.split("/")[0],
                "downloads": card.downloads,
                "likes": card.likes,
                "trendingScore": card.trending,
                "lastModified": card.last_modified,
                "tags": card.tags,
                "gated": card.gated,
                "private": False,
                "sha": COMMIT,
            }
            keep = {"id", "_id"} | set(expand or ["downloads", "likes", "tags", "lastModified", "private"])
            return {key: value for key, value in everything.items() if key in keep}

        def _list_models(self, query: dict[str, list[str]]) -> None:
            search = query.get("search", [""])[0].lower()
            wanted = set(query.get("filter", []))
            author = query.get("author", [""])[0]
            repos = [
                repo
                for repo, card in hub.cards.items()
                if search in repo.lower() and wanted <= set(card.tags) and (not author or repo.split("/")[0] == author)
            ]
            sort = _SORT_KEYS.get(query.get("sort", ["downloads"])[0], "downloads")
            repos.sort(key=lambda r: getattr(hub.cards[r], sort), reverse=True)
            limit = int(query.get("limit", ["1000"])[0])
            start = int(query.get("cursor", ["0"])[0])
            page = repos[start : start + limit]
            headers = {}
            if start + limit < len(repos):
                following = {k: v for k, v in query.items() if k != "cursor"} | {"cursor": [str(start + limit)]}
                headers["Link"] = f'<{hub.url}/api/models?{urlencode(following, doseq=True)}>; rel="next"'
            expand = query.get("expand[]", []) + query.get("expand", [])
            return self._json([self._row(repo, expand) for repo in page], headers)

        def _info(self, repo: str, blobs: bool) -> None:
            document = self._row(repo, ["author", "downloads", "likes", "tags", "gated", "lastModified", "sha"])
            siblings = []
            for (owner, path), hosted in sorted(hub.files.items()):
                if owner == repo:
                    sibling: dict[str, object] = {"rfilename": path}
                    if blobs:
                        sibling |= {"size": hosted.size, "lfs": {"sha256": hosted.sha256, "size": hosted.size}}
                    siblings.append(sibling)
            return self._json(document | {"siblings": siblings})

        def _tree(self, repo: str, under: str, query: dict[str, list[str]]) -> None:
            recursive = query.get("recursive", ["false"])[0].lower() in ("1", "true")
            prefix = f"{under.strip('/')}/" if under.strip("/") else ""
            entries: list[dict[str, object]] = []
            folders: set[str] = set()
            for (owner, path), hosted in sorted(hub.files.items()):
                if owner != repo or not path.startswith(prefix):
                    continue
                rest = path[len(prefix) :]
                if "/" in rest and not recursive:
                    folders.add(prefix + rest.split("/")[0])
                    continue
                for depth in range(rest.count("/")):
                    folders.add(prefix + "/".join(rest.split("/")[: depth + 1]))
                lfs = {"oid": hosted.sha256, "size": hosted.size, "pointerSize": 134}
                entries.append({"type": "file", "oid": "0" * 40, "size": hosted.size, "path": path, "lfs": lfs})
            entries += [{"type": "directory", "oid": "0" * 40, "size": 0, "path": folder} for folder in sorted(folders)]
            return self._json(entries)

        def _send_body(self, hosted: HostedFile, start: int, length: int) -> None:
            faults = hub.faults
            position, end = start, start + length
            began = time.monotonic()
            with hosted.source.open("rb") as handle:
                handle.seek(start)
                while position < end:
                    stop_at = min(end, position + 64 * 1024)
                    with hub.lock:
                        drop = next((d for d in sorted(faults.drop_at) if position < d <= stop_at), None)
                        if drop is not None:
                            faults.drop_at.remove(drop)
                            stop_at = drop
                        stall = faults.stall_at is not None and position <= faults.stall_at < stop_at
                    block = bytearray(handle.read(stop_at - position))
                    for offset in faults.corrupt_at:
                        if position <= offset < position + len(block):
                            block[offset - position] ^= 0xFF
                    try:
                        self.wfile.write(block)
                        self.wfile.flush()
                    except (BrokenPipeError, ConnectionResetError):
                        return  # the client had enough (a header read) or hung up
                    hub.count_served(len(block))
                    position += len(block)
                    if drop is not None:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)  # mid-body: the client sees a dropped connection
                        return
                    if stall:
                        threading.Event().wait(faults.stall_seconds)  # the server stalls; the test itself never sleeps
                        faults.stall_at = None
                    if faults.rate:
                        ahead = (position - start) / faults.rate - (time.monotonic() - began)
                        if ahead > 0:
                            threading.Event().wait(ahead)

    return Handler


class HubServer:
    """Context manager: starts the server on a free port and stops it, joining its threads."""

    def __init__(self) -> None:
        self.hub = FakeHub()
        self._server = LoopbackHTTPServer("fake-hub", _handler(self.hub))
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
