"""llama-cpp-python's own OpenAI-compatible server (`python -m llama_cpp.server`) in a subprocess on 127.0.0.1:
an independent implementation that stands for "the other computer" in the remote providers' tests.

It listens on a port the OS picks (`--port 0`); uvicorn names the real one in its "Uvicorn running on" line, which
a reader thread waits for (no sleeps, no polling). The process is ended and its pipe closed on exit.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

import psutil

READY = re.compile(r"Uvicorn running on (http://127\.0\.0\.1:\d+)")
START_TIMEOUT_S = 180.0  # loading the 0.5B model on a busy 2-core machine


class LlamaServer:
    def __init__(self, model: Path, *, api_key: str | None = None, n_ctx: int = 2048) -> None:
        threads = psutil.cpu_count(logical=False) or 1
        command = [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--n_ctx",
            str(n_ctx),
            "--n_threads",
            str(threads),
            "--verbose",
            "False",
        ]
        if api_key is not None:
            command += ["--api_key", api_key]
        self.url = ""
        self.log: list[str] = []
        self._ready = threading.Event()
        self._process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._reader = threading.Thread(target=self._read, name="llama-server-log", daemon=True)
        self._reader.start()
        if not self._ready.wait(START_TIMEOUT_S) or not self.url:
            self.close()
            raise RuntimeError("llama_cpp.server did not start:\n" + "".join(self.log[-30:]))

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def pid(self) -> int:
        return self._process.pid

    def kill(self) -> None:
        """The other computer vanishing: no goodbye, the connection simply breaks."""
        self._process.kill()
        self._process.wait(30)

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(30)
        self._reader.join(30)
        assert self._process.stderr is not None
        self._process.stderr.close()

    def _read(self) -> None:
        assert self._process.stderr is not None
        for line in self._process.stderr:
            self.log.append(line)
            found = READY.search(line)
            if found and not self.url:
                self.url = found.group(1)
                self._ready.set()
        self._ready.set()  # the process ended: whoever waits learns it at once

    def __enter__(self) -> LlamaServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
