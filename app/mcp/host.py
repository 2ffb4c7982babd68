"""The MCP host: every tool server Hearth talks to, owned by one event-loop thread, behind a synchronous facade.

The MCP SDK is asyncio (anyio); the rest of Hearth is not. One thread named `hearth-mcp` runs one event loop that
owns every server's session (started when first needed), and the methods here hand it work and wait for the answer,
so any thread — a GUI worker, the CLI, later the chat loop — can call `start`, `tools`, `call`, `status` and
`stop`. `close` stops every server (with its process group) and the thread; call it once, when Hearth quits.

mcp.json is read again at each start, so a server edited in the file is started as it is now.
"""

from __future__ import annotations

import asyncio
import enum
import threading
from collections.abc import Callable, Coroutine, Mapping
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.i18n import say
from app.mcp import config as mcp_config
from app.mcp.connection import START_TIMEOUT_S, ServerConnection
from app.mcp.errors import McpOffline, McpProblem, McpServerFailed, McpToolStopped
from app.mcp.programs import search_path
from app.mcp.secrets import McpSecrets
from app.mcp.tools import McpTool, ToolResult

THREAD_NAME = "hearth-mcp"
DEFAULT_CALL_TIMEOUT_S = 30.0
_T = TypeVar("_T")


class ServerState(enum.Enum):
    STOPPED = "stopped"  # not started yet, or stopped by Hearth
    RUNNING = "running"
    FAILED = "failed"  # could not start, or stopped on its own: `problem` says why


@dataclass(frozen=True)
class ServerStatus:
    name: str
    state: ServerState
    problem: str | None = None  # one sentence for the person
    details: str = ""  # the technical cause and the server's last stderr lines


@dataclass
class _Running:
    connection: ServerConnection
    stop: asyncio.Event
    task: asyncio.Task[None]
    tools: list[McpTool]


class McpHost:
    def __init__(
        self,
        config_dir: Path,
        environ: Mapping[str, str] | None = None,
        offline: Callable[[], bool] = lambda: False,
        secrets: McpSecrets | None = None,
    ) -> None:
        """`offline`: Offline mode, read at each start; while it is on, a server at a `url` is not reached.
        `secrets`: where servers' secret values are read (shared with whoever keeps them, for those kept in memory)."""
        self._config_path = mcp_config.config_path(config_dir)
        self._offline = offline
        self._environ = environ  # None: the process's own, read at each start
        self._secrets = secrets if secrets is not None else McpSecrets()
        self._search_path = search_path(environ)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._sent: set[Future[Any]] = set()  # work handed to the loop and not done yet
        # Owned by the loop thread: read and written only there.
        self._running: dict[str, _Running] = {}
        self._failed: dict[str, McpProblem] = {}
        self._starting: dict[str, asyncio.Future[_Running]] = {}
        self._claimed_groups: set[int] = set()

    # ------------------------------------------------------------------ the facade (any thread)
    def start(self, name: str) -> ServerStatus:
        """Start the server if it is not running; raises the sentence (an McpProblem) when it cannot start."""
        self._submit(self._ensure(name))
        return self.status(name)

    def tools(self, name: str) -> list[McpTool]:
        """The server's tools, starting it first if needed."""
        return list(self._submit(self._ensure(name)).tools)

    def tools_of_each(self, names: list[str]) -> dict[str, list[McpTool] | McpProblem]:
        """Every named server started at once (a slow one does not hold up the others): its tools, or why not."""
        return self._submit(self._tools_of_each(names))

    def call(
        self,
        name: str,
        tool: str,
        arguments: dict[str, Any],
        timeout_s: float = DEFAULT_CALL_TIMEOUT_S,
        stopped: Future[None] | None = None,
    ) -> ToolResult:
        """Call one tool and wait at most `timeout_s` for its answer (McpToolTimedOut then: the server stays up).
        `stopped` done (Stop pressed) abandons the call at once: its task on the loop is cancelled, the SDK forgets
        the request, and McpToolStopped is raised; the session stays open for the next call."""
        future = self._send(self._call(name, tool, arguments, timeout_s))
        if stopped is not None:
            either: list[Future[Any]] = [future, stopped]
            wait(either, return_when=FIRST_COMPLETED)
            if not future.done() and future.cancel():
                raise McpToolStopped(
                    say(
                        "Mcp",
                        "The call to “{tool}” was stopped before it answered.",
                        "mcp.tool-stopped",
                    ).format(tool=tool)
                )
        return self._answer(future)

    def status(self, name: str) -> ServerStatus:
        return self._submit(self._status(name))

    def stop(self, name: str) -> None:
        self._submit(self._stop(name))

    def close(self) -> None:
        """Stop every server and the loop thread. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._stop_all(), loop).result()
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            with self._lock:
                left, self._sent = list(self._sent), set()
            for future in left:  # handed over while the loop was stopping: it will never run them
                future.cancel()

    def __enter__(self) -> McpHost:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _submit(self, work: Coroutine[Any, Any, _T]) -> _T:
        return self._answer(self._send(work))

    def _send(self, work: Coroutine[Any, Any, _T]) -> Future[_T]:
        """`work` handed to the loop; the future is kept until it is done, so `close` can end it if the loop
        stops before running it (asked from another thread just as Hearth quits)."""
        loop = self._started_loop(work)
        future: Future[_T] = asyncio.run_coroutine_threadsafe(work, loop)
        with self._lock:
            self._sent.add(future)
        future.add_done_callback(self._forget_sent)
        return future

    def _forget_sent(self, future: Future[Any]) -> None:
        with self._lock:
            self._sent.discard(future)

    @staticmethod
    def _answer(future: Future[_T]) -> _T:
        try:
            return future.result()
        except CancelledError as exc:
            raise McpServerFailed(
                say(
                    "Mcp",
                    "Hearth's tool servers were stopped (Hearth is quitting).",
                    "mcp.stopped-quitting",
                )
            ) from exc

    def _started_loop(self, work: Coroutine[Any, Any, Any]) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                work.close()
                raise McpServerFailed(
                    say(
                        "Mcp",
                        "Hearth's tool servers were already stopped (Hearth is quitting).",
                        "mcp.already-stopped-quitting",
                    )
                )
            if self._loop is None:
                loop = asyncio.new_event_loop()
                ready = threading.Event()
                self._thread = threading.Thread(target=self._run_loop, args=(loop, ready), name=THREAD_NAME)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    @staticmethod
    def _run_loop(loop: asyncio.AbstractEventLoop, ready: threading.Event) -> None:
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    # ------------------------------------------------------------------ on the loop
    async def _ensure(self, name: str) -> _Running:
        running = self._running.get(name)
        if running is not None and running.connection.connected:
            return running
        if running is not None:  # it stopped on its own since: start it again
            await self._stop(name)
        pending = self._starting.get(name)
        if pending is None:  # the first to ask starts it; others asking meanwhile wait for the same start
            pending = asyncio.ensure_future(self._start(name))
            self._starting[name] = pending
            pending.add_done_callback(lambda _: self._starting.pop(name, None))
        return await asyncio.shield(pending)

    async def _start(self, name: str) -> _Running:
        self._failed.pop(name, None)
        try:
            entry = mcp_config.load(self._config_path).entry(name)
            if isinstance(entry, mcp_config.HttpServer) and self._offline():
                raise McpOffline(
                    say(
                        "Mcp",
                        "Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn "
                        "Offline mode off in Settings to use it.",
                        "mcp.offline",
                    ).format(name=name, url=entry.url)
                )
        except McpProblem as exc:
            self._failed[name] = exc
            raise
        connection = ServerConnection(entry, self._search_path, self._claimed_groups, self._environ, self._secrets)
        ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        stop = asyncio.Event()
        task = asyncio.create_task(connection.run(ready, stop), name=f"mcp:{name}")
        try:
            await ready
            tools = await connection.list_tools()
        except McpProblem as exc:
            stop.set()
            await task
            self._failed[name] = exc
            raise
        except Exception as exc:
            stop.set()
            await task
            if connection.problem is not None:  # it exited while listing: its own last words say more
                self._failed[name] = connection.problem
                raise connection.problem from exc
            problem = McpServerFailed(
                say(
                    "Mcp",
                    "The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds "
                    "or answered them wrongly.",
                    "mcp.no-tools-listed",
                ).format(name=name, start_timeout_s=START_TIMEOUT_S),
                details=repr(exc),
            )
            self._failed[name] = problem
            raise problem from exc
        running = _Running(connection, stop, task, tools)
        self._running[name] = running
        return running

    async def _tools_of_each(self, names: list[str]) -> dict[str, list[McpTool] | McpProblem]:
        started = await asyncio.gather(*(self._ensure(name) for name in names), return_exceptions=True)
        each: dict[str, list[McpTool] | McpProblem] = {}
        for name, outcome in zip(names, started, strict=True):
            if isinstance(outcome, McpProblem):
                each[name] = outcome
            elif isinstance(outcome, BaseException):
                raise outcome
            else:
                each[name] = list(outcome.tools)
        return each

    async def _call(self, name: str, tool: str, arguments: dict[str, Any], timeout_s: float) -> ToolResult:
        running = await self._ensure(name)
        try:
            return await running.connection.call(tool, arguments, timeout_s)
        except McpProblem:
            if not running.connection.connected:
                await self._stop(name)
            raise

    async def _status(self, name: str) -> ServerStatus:
        running = self._running.get(name)
        if running is not None and running.connection.connected:
            return ServerStatus(name, ServerState.RUNNING)
        problem = running.connection.problem if running is not None else self._failed.get(name)
        if problem is not None:
            return ServerStatus(name, ServerState.FAILED, problem.sentence, problem.details)
        return ServerStatus(name, ServerState.STOPPED)

    async def _stop(self, name: str) -> None:
        running = self._running.pop(name, None)
        if running is None:
            return
        if running.connection.problem is not None:
            self._failed[name] = running.connection.problem
        running.stop.set()
        await running.task

    async def _stop_all(self) -> None:
        for pending in list(self._starting.values()):
            try:
                await pending
            except Exception:
                pass
        await asyncio.gather(*(self._stop(name) for name in list(self._running)))
