"""A thread that outlives what started it fails the test (issue 26): a pytest plugin, registered by tests/conftest.py.

Each thread belongs to the scope that started it:

- A thread a module-, class- or session-scoped fixture starts as it is set up belongs to that module, class (or the
  session): it may run through the tests there, and must have ended once that node is torn down.
- A thread a test starts (in its setup, call or teardown) belongs to the test, and must have ended when its
  teardown has. But where the test uses a module- or class-scoped fixture that stays set up for the next test, a
  thread the test leaves running may be that fixture's object's, started on demand: a module's model host starts
  its engine thread with the first job, a module's server grows its worker pool with a request. Which object
  started a thread cannot be told, so the thread is given to the narrowest such module or class, and checked with
  its own threads when it is torn down; the failure names the test that started it.

Threads about to end get a short join first; those still running are named in the failure. Jobs of Qt's global
thread pool (the window's superqt workers) run on threads Python did not start, so they are checked as a count: a
test may not leave more of them running than there were when it began.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Generator, Iterable

import pytest

# How long threads that are ending get, all together, before they count as left running.
JOIN_WITHIN_S = 3.0


def running_threads() -> set[threading.Thread]:
    """The threads Python started that are running now, but for those no test can own:

    - the main thread, which runs the tests;
    - `threading._DummyThread`s: Python's stand-ins for threads it did not start (Qt's thread pool, a native
      library's) that ran Python code. They cannot be joined, and on Python 3.11 stay listed after their thread
      has ended. The Qt pool's jobs are checked by their count instead (`qt_pool_jobs`);
    - tqdm's monitor: tqdm starts it with the first progress bar, even a disabled one (faster-whisper makes one for
      each transcription), and never stops it for a disabled bar, so it lives for the process."""
    return {
        thread
        for thread in threading.enumerate()
        if thread is not threading.main_thread()
        and not isinstance(thread, threading._DummyThread)
        and not _is_tqdm_monitor(thread)
    }


def _is_tqdm_monitor(thread: threading.Thread) -> bool:
    monitors = sys.modules.get("tqdm._monitor")
    return monitors is not None and isinstance(thread, monitors.TMonitor)


def still_running(threads: Iterable[threading.Thread], within_s: float = JOIN_WITHIN_S) -> list[threading.Thread]:
    """Joins `threads` until the deadline and returns those still alive."""
    deadline = time.monotonic() + within_s
    left = []
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            left.append(thread)
    return left


def qt_pool_jobs(wait_ms: int = 0) -> int:
    """How many jobs Qt's global thread pool runs, after waiting up to `wait_ms` for them to end; 0 where Qt is not
    even imported (the headless core's tests run where it cannot load)."""
    if "PySide6.QtCore" not in sys.modules:
        return 0
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    if wait_ms and pool.activeThreadCount():
        pool.waitForDone(wait_ms)
    return pool.activeThreadCount()


def describe(threads: Iterable[threading.Thread]) -> str:
    return ", ".join(sorted(repr(thread.name) for thread in threads))


Node = pytest.Item | pytest.Collector


class ThreadLeakCheck:
    """The plugin. A plain object registered with pytest's plugin manager, not a conftest's hooks: those are not
    called for session-scoped fixtures, whose node is the session."""

    def __init__(self) -> None:
        self._before_test: set[threading.Thread] = set()
        self._pool_jobs_before_test = 0  # one a test left running is not blamed on the tests after it
        # The names of the module-, class-, package- and session-scoped fixtures set up now, by the node they live
        # with (a module, a class, a package, the session).
        self._wider_fixtures: dict[Node, set[str]] = {}
        # The threads each such node must have ended when it is torn down, each with who started it. By node, not
        # by fixture: a fixture may start a thread of an object another fixture of its node owns and ends later.
        self._by_node: dict[Node, dict[threading.Thread, str]] = {}
        # Every thread ever given to a node, so no test is blamed for it.
        self._claimed: set[threading.Thread] = set()

    @pytest.hookimpl(wrapper=True)
    def pytest_fixture_setup(
        self, fixturedef: pytest.FixtureDef[object], request: pytest.FixtureRequest
    ) -> Generator[None, object, object]:
        if fixturedef.scope == "function":
            return (yield)
        self._wider_fixtures.setdefault(request.node, set()).add(fixturedef.argname)
        before = running_threads()
        try:
            return (yield)
        finally:
            self._give(request.node, running_threads() - before, f"fixture {fixturedef.argname!r}")

    def pytest_fixture_post_finalizer(
        self, fixturedef: pytest.FixtureDef[object], request: pytest.FixtureRequest
    ) -> None:
        if fixturedef.scope != "function":
            self._wider_fixtures.get(request.node, set()).discard(fixturedef.argname)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> Generator[None, None, None]:
        self._before_test = running_threads()
        self._pool_jobs_before_test = qt_pool_jobs()
        return (yield)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
        try:
            return (yield)
        finally:
            still_set_up = set(nextitem.listchain()) if nextitem is not None else set()
            problems = self._threads_the_test_left(item, still_set_up) + self._threads_torn_down_nodes_left(
                still_set_up
            )
            if problems:
                pytest.fail("; ".join(problems), pytrace=False)

    def _give(self, node: Node, threads: set[threading.Thread], starter: str) -> None:
        if threads:
            self._by_node.setdefault(node, {}).update(dict.fromkeys(threads, starter))
            self._claimed |= threads

    def _threads_the_test_left(self, item: pytest.Item, still_set_up: set[Node]) -> list[str]:
        self._claimed &= running_threads()
        started = running_threads() - self._before_test - self._claimed
        owner = self._wider_node_the_test_used(item, still_set_up)
        problems = []
        if owner is not None:
            self._give(owner, started, f"test {item.name}")
        elif left := still_running(started):
            problems.append(f"the test left threads running after its teardown: {describe(left)}")
        jobs = qt_pool_jobs(wait_ms=int(JOIN_WITHIN_S * 1000)) - self._pool_jobs_before_test
        if jobs > 0:
            problems.append(f"the test left {jobs} job(s) running in Qt's global thread pool after its teardown")
        return problems

    def _wider_node_the_test_used(self, item: pytest.Item, still_set_up: set[Node]) -> Node | None:
        """The narrowest module or class (never the session: its fixtures are files, not objects with threads)
        that stays set up for the next test and has a fixture set up that this test uses."""
        used = set(item.fixturenames)
        for node in reversed(item.listchain()):
            if isinstance(node, pytest.Session) or node not in still_set_up:
                continue
            if used & self._wider_fixtures.get(node, set()):
                return node
        return None

    def _threads_torn_down_nodes_left(self, still_set_up: set[Node]) -> list[str]:
        """What each node torn down with this test (its module when the next test is in another one, everything
        after the last test) has left running."""
        problems = []
        for node in [node for node in self._by_node if node not in still_set_up]:
            threads = self._by_node.pop(node)
            left = still_running(threads)
            if left:
                where = "the session" if isinstance(node, pytest.Session) else node.nodeid
                named = ", ".join(sorted(f"{thread.name!r} (started by {threads[thread]})" for thread in left))
                problems.append(f"{where} left threads running after its teardown: {named}")
        return problems
