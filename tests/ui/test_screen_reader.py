"""A screen reader finds its way through Hearth: over AT-SPI, the accessibility bus Orca reads on Linux, a reader
finds the application, its pages, named buttons, and the text of a finished reply.

Everything is real: Hearth starts as a person starts it (`python -m ui`, its own process) on a virtual screen (Xvfb)
with a session bus of its own, Qt's AT-SPI bridge switched on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), the Qwen test
model in its library; the reader (tests/helpers/atspi_reader.py) runs with the system's Python and Debian's
python3-pyatspi, and knows Hearth only through the accessibility tree. The model's words are not asserted: the reply
Hearth stored in its chat database is what the reader must have read.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any

import pytest

from app import paths, settings
from app.models.library import Library
from app.store import ChatStore

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
READER = ROOT / "tests" / "helpers" / "atspi_reader.py"
SYSTEM_PYTHON = Path("/usr/bin/python3")
# at-spi2-core: the session bus starts the accessibility bus from this file when Qt asks for it
A11Y_BUS_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")
PAGES = ["Discover", "My Models", "Chat", "Compare", "Documents", "Transcribe", "Hardware", "Settings"]
MESSAGE = "Say hello."
READER_DEADLINE_S = 240  # the whole walk, start-up and reply included, on a loaded 2-core machine
STARTUP_S = 30  # Xvfb's display number and the bus's address come back in well under a second when all is well
QUIT_S = 15


def missing_tools() -> str:
    """Why this machine cannot run the reader, or "" (CI installs them: packaging/linux/system-deps.sh)."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian's {package})"
    launcher = A11Y_BUS_SERVICE.read_text().split("Exec=")[1].split()[0] if A11Y_BUS_SERVICE.is_file() else ""
    if not launcher or not Path(launcher).is_file():
        return "the AT-SPI bus launcher is not installed (Debian's at-spi2-core)"
    if not SYSTEM_PYTHON.is_file():
        return f"{SYSTEM_PYTHON} is not there to run pyatspi"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, timeout=60, check=False)
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian's python3-pyatspi)"
    return ""


def read_line(stream: IO[bytes] | int, what: str) -> str:
    """The first line a starting program writes, waited for with select up to STARTUP_S (no fixed sleep)."""
    fd = stream if isinstance(stream, int) else stream.fileno()
    data = b""
    deadline = time.monotonic() + STARTUP_S
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 4096) if ready else b""
        if not chunk:
            raise AssertionError(f"{what} did not start")
        data += chunk
    return data.decode().strip()


def end(process: subprocess.Popen[bytes], wait_s: float = QUIT_S) -> None:
    """Asked to quit (SIGTERM to its process group, which it leads), then killed with its group if it has not."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # what it started and left behind (the bus's activated services)
    except ProcessLookupError:
        pass
    process.wait(timeout=wait_s)


@contextmanager
def started(command: list[str], **options: Any) -> Iterator[subprocess.Popen[bytes]]:
    """A program in a process group of its own, ended with its group when the block is left however it is left."""
    process = subprocess.Popen(command, start_new_session=True, **options)
    try:
        yield process
    finally:
        end(process)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def desktop(stack: ExitStack) -> dict[str, str]:
    """A virtual screen and a session bus, as a desktop session has, ended with `stack`: the environment that
    reaches both."""
    display_read, display_write = os.pipe()
    try:
        xvfb = stack.enter_context(
            started(
                ["Xvfb", "-displayfd", str(display_write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                pass_fds=(display_write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        os.close(display_write)
        display_write = -1
        display = read_line(display_read, "Xvfb")
    finally:
        os.close(display_read)
        if display_write >= 0:
            os.close(display_write)
    assert xvfb.poll() is None
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    }
    environment["DISPLAY"] = f":{display}"
    # the AT-SPI bus puts its socket here (else in ~/.cache/at-spi, beside a desktop session's own); short, as a
    # socket's path must be
    runtime = tempfile.mkdtemp(prefix="hearth-a11y-")
    stack.callback(shutil.rmtree, runtime, ignore_errors=True)
    environment["XDG_RUNTIME_DIR"] = runtime
    bus = stack.enter_context(  # the services it starts (the AT-SPI bus, its registry) inherit the display
        started(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    )
    assert bus.stdout is not None
    environment["DBUS_SESSION_BUS_ADDRESS"] = read_line(bus.stdout, "The session bus")
    return environment


def words(text: str) -> list[str]:
    """The reply's words: the bubble shows its Markdown rendered, the store keeps it written (`**`, `#`, backticks)."""
    return re.findall(r"\w+", text)


def test_a_screen_reader_finds_the_pages_the_buttons_and_a_finished_reply(qwen_gguf: Path, tmp_path: Path) -> None:
    if reason := missing_tools():
        pytest.skip(reason)
    hearth_paths = paths.resolve().ensure()
    settings.save(hearth_paths.config, settings.Settings(first_run_done=True))  # a person who has used Hearth before
    Library(hearth_paths).import_path(qwen_gguf)  # My Models' "Add model file…"
    log = tmp_path / "hearth.log"
    with ExitStack() as stack:
        environment = desktop(stack)
        log_file = stack.enter_context(log.open("wb"))
        hearth = stack.enter_context(
            started(
                [sys.executable, "-m", "ui"],
                cwd=ROOT,
                env={
                    **environment,
                    "QT_QPA_PLATFORM": "xcb",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                    "HEARTH_LANGUAGE": "en",
                },
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        )
        reader = subprocess.run(
            [str(SYSTEM_PYTHON), str(READER), MESSAGE, str(READER_DEADLINE_S)],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=READER_DEADLINE_S + 60,
            check=False,
        )
        still_running = hearth.poll() is None
    said = f"reader: {reader.stdout}\n{reader.stderr[-3000:]}\nHearth's log:\n{log.read_text(errors='replace')[-4000:]}"
    assert still_running, said
    assert reader.returncode == 0, said
    found = json.loads(reader.stdout.splitlines()[-1])
    assert found["waiting_for"] is None, said
    assert (found["application"], found["window"]) == ("Hearth", "Hearth")
    assert found["pages"] == PAGES
    assert found["chat_selected"]
    assert {"New chat", "Send the message", "Add a picture", "Add a document"} <= set(found["buttons"]), found[
        "buttons"
    ]
    assert found["typed"] == MESSAGE
    assert found["model"].startswith("Qwen2.5-Coder 0.5B Instruct")

    with ChatStore() as store:
        (conversation,) = store.conversations()
        *_, asked, reply = store.messages(conversation.id)
    assert (asked.role, asked.content) == ("user", MESSAGE)
    assert (reply.role, reply.state) == ("assistant", "complete")
    assert reply.settings["temperature"] == 0.0  # the reader's Options reached the reply
    assert reply.stats is not None
    assert 0 < reply.stats.generated_tokens <= 16
    assert words(reply.content), said
    assert words(found["reply"]) == words(reply.content), said
