"""The llama.cpp library, imported safely, with its log going into Python's `logging`.

llama-cpp-python 0.3.36 offers two ways to load a model, and neither suits an app:
- `verbose=False` wraps the backend start and every model load in `suppress_stdout_stderr`, which `dup2`s
  /dev/null over the *process's* file descriptors 1 and 2: whatever another thread prints meanwhile (a log line,
  faulthandler's report of a crash during the load) is lost.
- `verbose=True` leaves the descriptors alone but `print`s the system info and the whole metadata dictionary to
  `sys.stderr` from `Llama.__init__`, and a line per reply afterwards.

Hearth loads with `verbose=True` (no descriptor is touched), routes llama.cpp's own log through its own
`llama_log_set` callback into the "hearth.llama" logger, sends the constructor's Python prints from the loading
thread (only) to the same logger, and switches `Llama.verbose` off once the model is loaded, which silences the
per-reply prints (nothing after the constructor redirects descriptors).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

from app.engines.errors import EngineUnavailable
from app.i18n import say

log = logging.getLogger("hearth.llama")

# ggml_log_level (ggml.h of the vendored llama.cpp): NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (continues the
# previous line). llama-cpp-python's own _logger.py still has the older numbering.
_LEVELS = {0: logging.INFO, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}
_CONT = 5

_lock = threading.Lock()
_module: ModuleType | None = None
_mtmd: ModuleType | None = None
_callback: Any = None  # the ctypes function object; llama.cpp keeps only its address, so it must stay alive
_pending: list[str] = []
_pending_level = logging.DEBUG


def llama_cpp() -> ModuleType:
    """The `llama_cpp` module, with its log routed to "hearth.llama". Raises EngineUnavailable when the native
    library cannot be loaded (a missing or broken build, a processor it was not built for)."""
    global _module
    with _lock:
        if _module is not None:
            return _module
        try:
            import llama_cpp as module
        except Exception as exc:  # ImportError, OSError, RuntimeError("Failed to load shared library"), ...
            raise EngineUnavailable(
                say(
                    "Engines",
                    "Hearth's chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth "
                    "usually fixes this.",
                    "engines.engine-unavailable",
                ),
                f"{type(exc).__name__}: {exc}",
            ) from exc
        _route_log(module)
        _module = module
        return module


def mtmd() -> ModuleType:
    """llama.cpp's multimodal library (`llama_cpp.mtmd_cpp`, the image side of vision models), its log routed
    like llama.cpp's own; otherwise it prints every projector tensor on stderr. Raises EngineUnavailable."""
    global _mtmd
    llama_cpp()  # first: it creates the log callback this library shares
    with _lock:
        if _mtmd is not None:
            return _mtmd
        try:
            import llama_cpp.mtmd_cpp as mtmd_module
        except Exception as exc:  # a build without libmtmd, or one that cannot load
            raise EngineUnavailable(
                say(
                    "Engines",
                    "Hearth's image engine (llama.cpp's mtmd) could not be started on this computer; reinstalling "
                    "Hearth usually fixes this.",
                    "engines.image-engine-unavailable",
                ),
                f"{type(exc).__name__}: {exc}",
            ) from exc
        mtmd_module.mtmd_helper_log_set(_callback, ctypes.c_void_p(0))
        _mtmd = mtmd_module
        return mtmd_module


def _route_log(module: ModuleType) -> None:
    global _callback

    def on_log(level: int, text: bytes | None, _user_data: object) -> None:
        global _pending_level
        piece = (text or b"").decode("utf-8", errors="replace")
        with _log_lock:
            if level != _CONT:
                _pending_level = _LEVELS.get(level, logging.DEBUG)
            _pending.append(piece)
            if not piece.endswith("\n"):
                return  # progress dots and continued lines: wait for the end of the line
            line = "".join(_pending).rstrip()
            _pending.clear()
        if line:
            log.log(_pending_level, "%s", line)

    _callback = module.llama_log_callback(on_log)
    module.llama_log_set(_callback, ctypes.c_void_p(0))


_log_lock = threading.Lock()


class _LoadingThreadStderr:
    """Stands in for `sys.stderr` during a load: what the loading thread prints becomes log lines, what any other
    thread prints goes where it always went."""

    def __init__(self, original: Any, thread: int) -> None:
        self._original = original
        self._thread = thread
        self._buffer = ""

    def write(self, text: str) -> int:
        if threading.get_ident() != self._thread:
            return int(self._original.write(text))
        self._buffer += text
        *lines, self._buffer = self._buffer.split("\n")
        for line in lines:
            if line.strip():
                log.debug("%s", line[:2000])  # the metadata dictionary is one very long line
        return len(text)

    def flush(self) -> None:
        if threading.get_ident() != self._thread:
            self._original.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._original, name)


@contextlib.contextmanager
def prints_to_log() -> Iterator[None]:
    """Inside: Python-level prints to `sys.stderr` from this thread go to the "hearth.llama" log (no file
    descriptor is redirected; other threads are unaffected)."""
    original = sys.stderr
    proxy = _LoadingThreadStderr(original, threading.get_ident())
    sys.stderr = proxy
    try:
        yield
    finally:
        if sys.stderr is proxy:
            sys.stderr = original


def abort_callback(should_abort: Callable[[], bool]) -> Any:
    """A ggml abort callback (checked by the CPU backend between graph nodes) calling `should_abort`.
    The caller keeps the returned object alive for as long as llama.cpp may call it."""
    module = llama_cpp()

    def check(_data: object) -> bool:
        return should_abort()

    return module.ggml_abort_callback(check)


def no_abort_callback() -> Any:
    """A NULL ggml abort callback: llama.cpp then checks nothing between graph nodes."""
    return llama_cpp().ggml_abort_callback()
