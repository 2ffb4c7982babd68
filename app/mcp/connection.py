"""One tool server, connected: started, listed, called and stopped on the MCP host's event loop (app/mcp/host.py).

It is built on the official MCP SDK's `Client` (stdio and Streamable HTTP). The SDK starts a stdio server in its
own session (a new process group on POSIX, a Job Object on Windows) and, on close, closes its stdin, waits two
seconds, then ends the whole tree. A server that exits by itself can still leave children behind (a `npx` wrapper's
node, a helper it spawned): after the SDK is done, Hearth ends what is left of the server's process group.

Secret `env` and header values are filled in from the password store (app/mcp/secrets.py) just before the server is
started, on a worker thread (the password store may show a prompt); the filled values go to the server and are not
kept here.

The server's stderr goes to a temporary file (removed when it stops), so its last lines can be shown when it fails
to start or crashes. Everything here runs on the one loop thread; nothing here blocks for long.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import os
import signal
import sys
import tempfile
from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any, TextIO

import httpx2
import mcp_types
import psutil
from mcp import Client, MCPError, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp_types import CONNECTION_CLOSED, REQUEST_TIMEOUT

from app.i18n import say
from app.mcp.config import HttpServer, ServerEntry, StdioServer
from app.mcp.environment import server_environment
from app.mcp.errors import McpProblem, McpServerFailed, McpToolFailed, McpToolTimedOut
from app.mcp.programs import find_program
from app.mcp.secrets import McpSecrets, secret_keys
from app.mcp.tools import McpTool, ToolImage, ToolResult

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0  # the handshake and the tool list: `npx` may download its package first
STDERR_TAIL_BYTES = 8192
STDERR_TAIL_LINES = 5


class ServerConnection:
    """A server's live session. `run` is the task that owns it (anyio's scopes must close in the task that opened
    them); the calls come from other tasks on the same loop."""

    def __init__(
        self,
        entry: ServerEntry,
        search_path: str,
        claimed_groups: set[int],
        environ: Mapping[str, str] | None = None,
        secrets: McpSecrets | None = None,
    ) -> None:
        self.entry = entry
        self._secrets = secrets if secrets is not None else McpSecrets()
        self._search_path = search_path
        self._environ = environ
        self._claimed = claimed_groups
        self._client: Client | None = None
        self._stderr: TextIO | None = None  # stdio servers only: where the server's stderr goes
        self._stderr_path: Path | None = None
        self._group: int | None = None
        self._process: psutil.Process | None = None  # the process Hearth started (the group's leader)
        self.problem: McpProblem | None = None  # set when it stopped on its own

    @property
    def connected(self) -> bool:
        """Whether calls can go to it: connected, and not found gone since. A stdio server whose process has exited
        (crashed while idle, or was killed) is noticed here, when its status is asked or before the next call is
        sent: its last words become `problem`, and the host stops what is left and starts it again when next asked.
        One that exits during a call is noticed by that call."""
        if self._client is None or self.problem is not None:
            return False
        if self._exited():
            self.problem = self._failure(None)
            log.warning("Tool server %s exited: %s", self.entry.name, self.problem.details)
            return False
        return True

    def _exited(self) -> bool:
        process = self._process
        if process is None:  # a server at a url, or its process not found (Windows): a call finds out
            return False
        try:
            return not process.is_running() or process.status() == psutil.STATUS_ZOMBIE
        except psutil.Error:
            return True

    async def run(self, ready: asyncio.Future[None], stop: asyncio.Event) -> None:
        """Connect, say so through `ready` (or fail it with the sentence), hold the session until `stop`."""
        try:
            async with self._connected() as client:
                self._client = client
                ready.set_result(None)
                await stop.wait()
        except Exception as exc:
            problem = self._failure(exc, started=ready.done())
            if ready.done():
                self.problem = problem
                log.warning("Tool server %s stopped: %s", self.entry.name, problem.details)
            else:
                ready.set_exception(problem)
        finally:
            self._client = None
            self._end_leftover_group()
            self._forget_stderr()

    @asynccontextmanager
    async def _connected(self) -> AsyncIterator[Client]:
        entry = self.entry
        if secret_keys(entry):  # only then is the password store asked
            entry = await asyncio.to_thread(self._secrets.fill, entry)
        async with AsyncExitStack() as stack:
            if isinstance(entry, StdioServer):
                program = find_program(entry.command, self._search_path)
                self._stderr = self._stderr_file()
                parameters = StdioServerParameters(
                    command=str(program),
                    args=list(entry.args),
                    env=server_environment(entry.env, self._search_path, self._environ),
                    cwd=os.path.expanduser(entry.cwd) if entry.cwd else None,
                )
                transport = stdio_client(parameters, errlog=self._stderr)
                client = await stack.enter_async_context(Client(transport, read_timeout_seconds=START_TIMEOUT_S))
                # stdio_client is entered: now the server's pid can be found, while it runs.
                self._group = self._find_group(str(program), list(entry.args))
            else:
                http = await stack.enter_async_context(
                    httpx2.AsyncClient(headers=entry.headers, timeout=httpx2.Timeout(30.0, read=300.0))
                )
                transport = streamable_http_client(entry.url, http_client=http)
                client = await stack.enter_async_context(Client(transport, read_timeout_seconds=START_TIMEOUT_S))
            yield client

    async def list_tools(self) -> list[McpTool]:
        client = self._live()
        tools: list[McpTool] = []
        if client.server_capabilities.tools is None:  # a server of prompts or resources only
            return tools
        cursor: str | None = None
        for _ in range(100):  # a paginator that never ends cannot hang the list
            page = await client.list_tools(cursor=cursor)
            for tool in page.tools:
                read_only = bool(tool.annotations and tool.annotations.read_only_hint)
                tools.append(McpTool(tool.name, tool.description or "", dict(tool.input_schema), read_only))
            cursor = page.next_cursor
            if not cursor:
                break
        return tools

    async def call(self, tool: str, arguments: dict[str, Any], timeout_s: float) -> ToolResult:
        client = self._live()
        try:
            result = await client.call_tool(tool, arguments, read_timeout_seconds=timeout_s)
        except MCPError as exc:
            if exc.code == REQUEST_TIMEOUT:
                raise McpToolTimedOut(
                    say(
                        "Mcp",
                        "The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped "
                        "waiting. The server is still there for the next call.",
                        "mcp.tool-timed-out",
                    ).format(tool=tool, name=self.entry.name, timeout_s=timeout_s),
                    details=str(exc),
                ) from exc
            if exc.code == CONNECTION_CLOSED:
                self.problem = self.problem or self._failure(exc)
                raise self.problem from exc
            raise McpToolFailed(
                say(
                    "Mcp",
                    "The tool server “{name}” refused the call to “{tool}”: {problem}",
                    "mcp.tool-refused",
                ).format(name=self.entry.name, tool=tool, problem=str(exc)),
                details=repr(exc),
            ) from exc
        return _result(result)

    def _live(self) -> Client:
        if self._client is None:
            raise self.problem or McpServerFailed(
                say(
                    "Mcp",
                    "The tool server “{name}” is not running.",
                    "mcp.server-failed",
                ).format(name=self.entry.name)
            )
        return self._client

    def _stderr_file(self) -> TextIO:
        """A temporary file for the server's stderr, read back through a handle of its own: the server's handle
        shares its write position with ours, so reading through it would move where the server writes next. It is
        closed and removed in run(), after a failure sentence has read its last lines."""
        fd, name = tempfile.mkstemp(prefix="hearth-mcp-", suffix=".stderr.txt")
        self._stderr_path = Path(name)
        return os.fdopen(fd, "w", encoding="utf-8", errors="replace")

    def _forget_stderr(self) -> None:
        if self._stderr is not None:
            self._stderr.close()
        if self._stderr_path is not None:
            self._stderr_path.unlink(missing_ok=True)
        self._stderr = self._stderr_path = None

    def stderr_tail(self) -> list[str]:
        """The last lines the server wrote to stderr."""
        if self._stderr_path is None:
            return []
        try:
            with self._stderr_path.open("rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - STDERR_TAIL_BYTES))
                text = handle.read().decode("utf-8", errors="replace")
        except OSError:
            return []
        lines = [line.rstrip() for line in text.splitlines() if line.strip()]
        return lines[-STDERR_TAIL_LINES:]

    def _failure(self, exc: BaseException | None, started: bool = True) -> McpProblem:
        """The sentence for why the server could not start or stopped (`exc` None: its process was found gone):
        Hearth's own when it has one (the program not found), else the server's last stderr line."""
        leaves = _leaves(exc) if exc is not None else []
        known = [leaf for leaf in leaves if isinstance(leaf, McpProblem)]
        if known:
            return known[0]
        tail = self.stderr_tail()
        errors = "; ".join(f"{type(e).__name__}: {e}" for e in leaves)
        cause = errors or say("Mcp", "its process exited", "mcp.process-exited")
        name = self.entry.name
        if isinstance(self.entry, HttpServer):
            sentence = say(
                "Mcp",
                "The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).",
                "mcp.unreachable",
            ).format(name=name, url=self.entry.url, cause=cause)
        elif tail:
            said = (
                say("Mcp", "The tool server “{name}” stopped. The last thing it said: {said}", "mcp.stopped-said")
                if started
                else say(
                    "Mcp", "The tool server “{name}” could not start. The last thing it said: {said}", "mcp.failed-said"
                )
            )
            sentence = said.format(name=name, said=tail[-1])
        else:
            unsaid = (
                say("Mcp", "The tool server “{name}” stopped without saying why ({cause}).", "mcp.stopped-unsaid")
                if started
                else say(
                    "Mcp", "The tool server “{name}” could not start without saying why ({cause}).", "mcp.failed-unsaid"
                )
            )
            sentence = unsaid.format(name=name, cause=cause)
        return McpServerFailed(sentence, details="\n".join([cause, *tail]))

    def _find_group(self, program: str, args: list[str]) -> int | None:
        """The process group the SDK started the server in (its pid: it is a session leader)."""
        if sys.platform == "win32":
            return None  # the SDK's Job Object ends the whole tree there
        for child in psutil.Process().children():
            try:
                line = child.cmdline()
                leader = os.getpgid(child.pid) == child.pid
            except (psutil.Error, OSError):
                continue
            if leader and child.pid not in self._claimed and runs(line, program, args):
                self._claimed.add(child.pid)
                self._process = child
                return child.pid
        return None

    def _end_leftover_group(self) -> None:
        group, self._group, self._process = self._group, None, None
        if group is None:
            return
        self._claimed.discard(group)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(group, signal.SIGKILL)


def runs(line: list[str], program: str, args: list[str]) -> bool:
    """Whether a process's command line is this server's: its arguments at the end, and before them the program,
    as given or through a link (`npx` is a link to `npx-cli.js`, which runs as `node .../npx-cli.js ARGS`)."""
    if len(line) <= len(args) or line[len(line) - len(args) :] != args:
        return False
    head = line[len(line) - len(args) - 1]
    return head == program or os.path.realpath(head) == os.path.realpath(program)


def _leaves(exc: BaseException) -> list[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for inner in exc.exceptions for leaf in _leaves(inner)]
    return [exc]


def _result(result: mcp_types.CallToolResult) -> ToolResult:
    texts: list[str] = []
    images: list[ToolImage] = []
    for part in result.content:
        if isinstance(part, mcp_types.TextContent):
            texts.append(part.text)
        elif isinstance(part, mcp_types.ImageContent):
            try:
                images.append(ToolImage(part.mime_type, base64.b64decode(part.data, validate=True)))
            except (binascii.Error, ValueError):
                texts.append(f"[an image that could not be read ({part.mime_type})]")
        elif isinstance(part, mcp_types.ResourceLink):
            texts.append(f"[resource: {part.uri}]")
        elif isinstance(part, mcp_types.EmbeddedResource):
            resource = part.resource
            texts.append(resource.text if isinstance(resource, mcp_types.TextResourceContents) else f"[{resource.uri}]")
        else:
            texts.append(f"[{part.type} content, not shown]")
    return ToolResult("\n".join(texts), tuple(images), bool(result.is_error))
