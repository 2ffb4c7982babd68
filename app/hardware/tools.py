"""Running outside tools (nvidia-smi, sysctl, rocm-smi, ...) so that none of them can hang or crash a scan.

Each call has a hard timeout; the tool's whole process group is killed when it runs over (a wrapper script that
forks a child would otherwise keep the pipe open and hang us). Every failure comes back as a sentence for the
profile's warnings, never as an exception.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

PROBE_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class ToolOutput:
    """Either stdout of a successful run, or `warning` saying why there is none (`missing` if not installed)."""

    stdout: str = ""
    warning: str = ""
    missing: bool = False

    @property
    def ok(self) -> bool:
        return not self.warning and not self.missing


def run_tool(argv: Sequence[str], timeout: float = PROBE_TIMEOUT_S) -> ToolOutput:
    name = argv[0]
    exe = shutil.which(name)
    if exe is None:
        return ToolOutput(missing=True)
    popen_kwargs: dict[str, object] = {"start_new_session": True}
    if sys.platform == "win32":  # pragma: no cover - Windows only: no console window flashing up
        popen_kwargs = {"creationflags": subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP}
    try:
        proc = subprocess.Popen(
            [exe, *argv[1:]],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            **popen_kwargs,  # type: ignore[call-overload]
        )
    except OSError as exc:
        return ToolOutput(warning=f"{name} could not be started: {exc.strerror or exc}")
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        return ToolOutput(warning=f"{name} did not answer within {timeout:g} s and was stopped")
    if proc.returncode != 0:
        detail = (stderr or stdout).strip().splitlines()
        reason = detail[0] if detail else f"exit code {proc.returncode}"
        return ToolOutput(stdout=stdout, warning=f"{name} failed: {reason}")
    return ToolOutput(stdout=stdout)


def _kill_tree(proc: subprocess.Popen[str]) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    with contextlib.suppress(subprocess.TimeoutExpired):  # a grandchild that escaped its group
        proc.communicate(timeout=1.0)


def call_with_timeout(fn: Callable[[], T], timeout: float = PROBE_TIMEOUT_S) -> T:
    """Run an in-process probe (NVML) on a daemon thread so a stuck driver call cannot stall the scan.

    Raises TimeoutError when it runs over; the stuck thread is abandoned (it is a daemon and holds nothing).
    """
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=target, name="hearth-probe", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError(f"did not answer within {timeout:g} s")
    if error:
        raise error[0]
    return result[0]
