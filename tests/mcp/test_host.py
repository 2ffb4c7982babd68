"""The MCP host with real tool servers as child processes: `mcp-server-time` from PyPI and Hearth's own test server
(tests/mcp/hearth_test_server.py, written with the SDK). No stand-ins: each test starts, calls and stops real
processes over stdio."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import Any

import psutil
import pytest

from app import paths
from app.mcp import McpHost, McpProgramNotFound, McpServerFailed, McpToolStopped, McpToolTimedOut, ServerState
from app.mcp.environment import ALLOWED_VARIABLES
from tests.mcp.hearth_test_server import CRASH_LINE, EXIT_LINE, PIXEL_PNG

TEST_SERVER = str(Path(__file__).with_name("hearth_test_server.py"))
TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))  # installed by `make setup` (.[test])


def write_servers(servers: dict[str, Any]) -> Path:
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))
    return config


@pytest.fixture
def host() -> Iterator[McpHost]:
    config = write_servers(
        {
            "time": {"command": TIME_SERVER, "args": ["--local-timezone", "UTC"]},
            "test": {"command": sys.executable, "args": [TEST_SERVER], "env": {"HEARTH_TEST_OWN": "yes"}},
            "crashes": {"command": sys.executable, "args": [TEST_SERVER, "--crash"]},
            "floods": {"command": sys.executable, "args": [TEST_SERVER, "--flood"]},
            "missing": {"command": "no-such-mcp-server-program"},
        }
    )
    with McpHost(config) as mcp_host:
        yield mcp_host


def test_the_time_server_from_pypi_lists_its_tools_and_answers_a_call(host: McpHost) -> None:
    tools = {tool.name: tool for tool in host.tools("time")}
    assert set(tools) == {"get_current_time", "convert_time"}
    assert tools["get_current_time"].input_schema["required"] == ["timezone"]
    assert tools["get_current_time"].description
    assert tools["get_current_time"].json_chars > len(tools["get_current_time"].description)
    assert host.status("time").state is ServerState.RUNNING

    result = host.call("time", "get_current_time", {"timezone": "Asia/Tokyo"})
    assert not result.is_error
    answer = json.loads(result.text)
    assert answer["timezone"] == "Asia/Tokyo"
    assert datetime.fromisoformat(answer["datetime"]).utcoffset() is not None


def test_a_result_brings_back_text_and_images(host: McpHost) -> None:
    result = host.call("test", "picture", {})
    assert result.text == "one pixel"
    assert [(image.mime_type, image.data) for image in result.images] == [("image/png", PIXEL_PNG)]


def test_a_server_sees_only_the_allow_list_and_its_own_env(host: McpHost, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_not_for_tool_servers")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-for-tool-servers")
    result = host.call("test", "environment_names", {})
    names = set(json.loads(result.text)) if result.text.startswith("[") else set(result.text.split("\n"))
    assert "HEARTH_TEST_OWN" in names
    assert "PATH" in names
    assert names - {"HEARTH_TEST_OWN"} <= ALLOWED_VARIABLES, names - ALLOWED_VARIABLES
    assert not {"HF_TOKEN", "OPENAI_API_KEY", paths.HOME_ENV} & names


def test_a_server_that_crashes_at_start_says_its_last_stderr_line(host: McpHost) -> None:
    with pytest.raises(McpServerFailed) as caught:
        host.start("crashes")
    assert caught.value.message == f"The tool server “crashes” could not start. The last thing it said: {CRASH_LINE}"
    status = host.status("crashes")
    assert (status.state, status.problem) == (ServerState.FAILED, caught.value.message)
    assert "starting…" in status.details  # the lines before it are kept for the curious
    assert host.call("time", "get_current_time", {"timezone": "UTC"}).text  # the other servers work on


def test_a_missing_program_is_a_sentence_and_the_servers_status(host: McpHost) -> None:
    with pytest.raises(McpProgramNotFound) as caught:
        host.tools("missing")
    assert "“no-such-mcp-server-program” was not found" in caught.value.message
    assert host.status("missing").problem == caught.value.message
    assert host.status("test").state is ServerState.STOPPED  # the others are untouched, and not started
    assert host.call("test", "echo", {"text": "still here"}).text == "still here"


def test_a_call_past_its_time_out_is_a_sentence_and_the_server_answers_the_next(host: McpHost) -> None:
    with pytest.raises(McpToolTimedOut) as caught:
        host.call("test", "hang", {}, timeout_s=0.2)
    assert caught.value.message.startswith("The tool “hang” of “test” did not answer within 0.2 seconds")
    assert host.call("test", "echo", {"text": "still here"}).text == "still here"
    assert host.status("test").state is ServerState.RUNNING


def test_a_call_stopped_by_the_person_ends_at_once_and_the_server_answers_the_next(host: McpHost) -> None:
    host.start("test")
    stopped: Future[None] = Future()
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            host.call("test", "hang", {}, timeout_s=600, stopped=stopped)
        except McpToolStopped as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    stopped.set_result(None)  # Stop pressed: the call does not wait for its 600 s
    caller.join()
    assert outcome[0].message == "The call to “hang” was stopped before it answered."
    assert host.call("test", "echo", {"text": "still here"}).text == "still here"
    assert host.status("test").state is ServerState.RUNNING


def test_a_server_that_exits_mid_call_says_why_and_starts_again_when_next_asked(host: McpHost) -> None:
    assert host.call("test", "echo", {"text": "first"}).text == "first"
    with pytest.raises(McpServerFailed) as caught:
        host.call("test", "exit_now", {})
    assert caught.value.message == f"The tool server “test” stopped. The last thing it said: {EXIT_LINE}"
    status = host.status("test")
    assert (status.state, status.problem) == (ServerState.FAILED, caught.value.message)
    assert host.call("test", "echo", {"text": "again"}).text == "again"
    assert host.status("test").state is ServerState.RUNNING


def test_a_server_killed_while_idle_is_failed_at_once_and_starts_again_at_the_next_call(host: McpHost) -> None:
    first = int(host.call("test", "pid", {}).text)
    os.kill(first, signal.SIGKILL)  # as the kernel's out-of-memory killer would, between two calls
    with contextlib.suppress(ChildProcessError):  # already reaped by the SDK's side: dead too
        os.waitid(os.P_PID, first, os.WEXITED | os.WNOWAIT)  # wait until it is dead, leaving the reaping to the SDK
    status = host.status("test")
    assert (status.state, status.problem) == (
        ServerState.FAILED,
        "The tool server “test” stopped without saying why (its process exited).",
    )
    assert int(host.call("test", "pid", {}).text) != first
    assert host.status("test").state is ServerState.RUNNING


def test_a_server_that_floods_its_output_is_read_through_and_its_last_words_still_found(host: McpHost) -> None:
    """It writes megabytes to stderr and lines that are not MCP messages to stdout before it serves, then answers
    with megabytes: none of it blocks the server or the host, and when it crashes its last line is the sentence."""
    assert "flood" in {tool.name for tool in host.tools("floods")}
    assert len(host.call("floods", "flood", {"megabytes": 5}).text) > 4_900_000
    assert host.call("floods", "echo", {"text": "still here"}).text == "still here"
    with pytest.raises(McpServerFailed) as caught:
        host.call("floods", "exit_now", {})
    assert caught.value.message == f"The tool server “floods” stopped. The last thing it said: {EXIT_LINE}"
    assert host.status("floods").problem == caught.value.message


def test_close_ends_the_server_and_what_it_left_in_its_process_group() -> None:
    config = write_servers({"test": {"command": sys.executable, "args": [TEST_SERVER]}})
    host = McpHost(config)
    child = psutil.Process(int(host.call("test", "leave_a_child", {}).text))
    server = child.parent()
    assert server is not None
    host.close()
    assert not any(thread.name == "hearth-mcp" for thread in threading.enumerate())
    assert not _alive(server)
    assert not _alive(child)
    with pytest.raises(McpServerFailed, match="already stopped"):
        host.status("test")


def _alive(process: psutil.Process) -> bool:
    """Whether it still runs, waiting up to 10 s for a killed process to be gone (a zombie nobody has reaped yet
    counts as gone: it runs nothing)."""
    try:
        process.wait(timeout=10)
    except psutil.NoSuchProcess:
        return False
    except psutil.TimeoutExpired:
        try:
            return process.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False
    return False
