"""`hearth chat --tools`, run as a person would, in a subprocess: the real Qwen test model and real tool servers —
mcp-server-time from PyPI and Hearth's own test server (tests/mcp/hearth_test_server.py). What is checked is what
Hearth did (a forced call, the calls recorded, a file written or not), never the small model's words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.engines.chat_types import ToolCall
from app.mcp import McpHost
from app.openai.tool_checks import OfferedTool, problem_with
from app.tool_use import Approvals, CallRequest
from tests.locations import REPO_ROOT

TEST_SERVER = str(REPO_ROOT / "tests" / "mcp" / "hearth_test_server.py")
TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))


def write_servers(servers: dict[str, Any]) -> None:
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))


def hearth_chat(
    model: Path, *args: str, answers: str | None = None, as_json: bool = True
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app", "chat", "--model", str(model), "--temperature", "0", "--seed", "1",
               "--max-tokens", "48", "--ctx", "2048", *(["--json"] if as_json else []), *args]  # fmt: skip
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        cwd=REPO_ROOT,
        input=answers,
        stdin=subprocess.DEVNULL if answers is None else None,
    )


@pytest.mark.slow
def test_a_forced_call_reaches_the_time_server_with_valid_arguments_and_is_recorded(qwen_gguf: Path) -> None:
    write_servers({"time": {"command": TIME_SERVER, "args": ["--local-timezone", "UTC"]}})
    done = hearth_chat(qwen_gguf, "--prompt", "What time is it in Tokyo?", "--tools", "time",
                       "--tool-choice", "required", "--approve", "all", "--max-tool-rounds", "1")  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert set(document) >= {"reply", "thinking", "stats", "tool_calls"}
    first = document["tool_calls"][0]
    assert set(first) == {"server", "tool", "arguments", "approved", "result", "error", "seconds"}
    assert (first["server"], first["approved"]) == ("time", True)
    with McpHost(paths.resolve().config) as host:  # the arguments the server was called with fit its own schema
        schemas = {tool.name: tool.input_schema for tool in host.tools("time")}
    assert first["tool"] in schemas
    offered = [OfferedTool(name, "", schema) for name, schema in schemas.items()]
    assert problem_with(ToolCall("call", first["tool"], first["arguments"]), offered) is None
    assert first["result"]  # the server answered: its text came back
    ran = [call for call in document["tool_calls"] if call["approved"]]
    assert len(ran) <= 1  # --max-tool-rounds 1 (a second round's calls are not run)


@pytest.mark.slow
def test_a_denied_call_is_recorded_and_nothing_runs(qwen_gguf: Path, tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    write_servers({"files": {"command": sys.executable, "args": [TEST_SERVER, "--only", "write_file"]}})
    done = hearth_chat(qwen_gguf, "--prompt", f"Write the word hello into the file {target}.", "--tools", "files",
                       "--tool-choice", "required", "--approve", "none", "--max-tool-rounds", "1")  # fmt: skip
    assert done.returncode == 0, done.stderr
    calls = json.loads(done.stdout)["tool_calls"]
    assert calls, done.stderr
    assert calls[0]["server"] == "files"
    assert calls[0]["tool"] == "write_file"
    assert all(not call["approved"] and call["result"] is None for call in calls)
    assert calls[0]["error"] == "The person denied this call."
    assert not target.exists()
    assert not (paths.resolve().config / "tool_approvals.json").exists()  # --approve none remembers nothing
    assert not list(tmp_path.glob("*.txt"))


@pytest.mark.slow
def test_ask_reads_the_answer_from_the_terminal_and_remembers_always_for_the_next_run(
    qwen_gguf: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "server"
    folder.mkdir()
    writer = {"command": sys.executable, "args": [TEST_SERVER, "--only", "write_file"], "cwd": str(folder)}
    write_servers({"files": writer})
    ask = ("--prompt", "Save the word hello in a file named hello.txt.", "--tools", "files",
           "--tool-choice", "required", "--max-tool-rounds", "1")  # fmt: skip
    done = hearth_chat(qwen_gguf, *ask, answers="a\n")  # always for this tool
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout)["tool_calls"][0]
    assert "[d]eny / allow [o]nce / [a]lways for this tool / always for this [s]erver (default: deny)?" in done.stderr
    assert f"({sys.executable} {TEST_SERVER} --only write_file) with:" in done.stderr  # which program, shown
    assert json.dumps(first["arguments"]["path"], ensure_ascii=False) in done.stderr  # the arguments were shown
    assert (first["tool"], first["approved"]) == ("write_file", True)
    if first["error"] is None:
        assert (folder / first["arguments"]["path"]).read_text() == first["arguments"]["text"]

    # Remembered in the settings folder under the server's identity and the tool's definition as it lists it: the
    # next run (here a new store on that folder) lets this call through without asking, under any entry name.
    with McpHost(paths.resolve().config) as host:
        listed = host.tools("files")
    identity = f"{sys.executable} {TEST_SERVER} --only write_file"
    request = CallRequest("renamed", identity, listed[0], {"path": "other.txt", "text": "x"})
    assert Approvals(paths.resolve().config).check(request) is None


@pytest.mark.slow
def test_without_json_each_call_is_shown_on_stderr_as_it_ends(qwen_gguf: Path, tmp_path: Path) -> None:
    folder = tmp_path / "server"
    folder.mkdir()
    writer = {"command": sys.executable, "args": [TEST_SERVER, "--only", "write_file"], "cwd": str(folder)}
    write_servers({"files": writer})
    done = hearth_chat(qwen_gguf, "--prompt", "Write hello into a.txt.", "--tools", "files", "--max-tokens", "96",
                       "--tool-choice", "required", "--approve", "none", "--max-tool-rounds", "1",
                       as_json=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "[tool files → write_file {" in done.stderr
    assert "error: The person denied this call.]" in done.stderr
    assert ", 0 run;" in done.stderr
    assert not list(folder.iterdir())


def test_a_forced_call_cut_off_by_the_token_limit_runs_nothing_and_says_why(qwen_gguf: Path) -> None:
    """Also: in a 1024-token context the time server's tools (about 400 of Qwen's tokens) take more than a quarter,
    which is said before the message, naming the tool to switch off first."""
    write_servers({"time": {"command": TIME_SERVER, "args": ["--local-timezone", "UTC"]}})
    done = hearth_chat(qwen_gguf, "--prompt", "What time is it in Tokyo?", "--tools", "time", "--ctx", "1024",
                       "--tool-choice", "required", "--approve", "all", "--max-tokens", "4")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "hearth: The tools offered would take " in done.stderr
    assert "tokens of the model's 1,024-token context, more than a quarter" in done.stderr
    assert "Switching off some tools of time, the biggest first — convert_time (" in done.stderr
    document = json.loads(done.stdout)
    assert document["tool_calls"] == []
    assert document["stats"]["stop_reason"] == "max_tokens"
    assert "cut off by the reply's token limit" in done.stderr


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--tools", "time"], "--tools needs --prompt"),
        (["--prompt", "hi", "--approve", "all"], "need --tools"),
        (["--prompt", "hi", "--tools", "time", "--max-tool-rounds", "0"], "at least 1"),
    ],
)
def test_tool_options_used_wrongly_are_bad_usage(args: list[str], problem: str) -> None:
    done = hearth_chat(Path("model.gguf"), *args, as_json=False)
    assert done.returncode == 2
    assert problem in done.stderr


def test_a_server_that_cannot_start_ends_the_command_with_one_sentence(qwen_gguf: Path) -> None:
    write_servers({"crashes": {"command": sys.executable, "args": [TEST_SERVER, "--crash"]}})
    done = hearth_chat(qwen_gguf, "--prompt", "hi", "--tools", "crashes")
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("hearth: The tool server “crashes” could not start.")
    assert "Loading" not in done.stderr  # the model was not loaded for nothing


def test_an_unknown_server_name_is_one_sentence(qwen_gguf: Path) -> None:
    write_servers({})
    done = hearth_chat(qwen_gguf, "--prompt", "hi", "--tools", "nobody")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("hearth: ")
    assert "nobody" in done.stderr
