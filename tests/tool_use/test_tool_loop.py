"""The tool loop in process, as the window will drive it: the real Qwen test model on the model host and real tool
servers (Hearth's test server, tests/mcp/hearth_test_server.py). What is checked is what Hearth did — which server and
tool the approval was asked for, what ran, what the model was sent back, where the loop stopped."""

from __future__ import annotations

import dataclasses
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths, settings
from app.engines.chat_types import BALANCED
from app.hardware import probe
from app.host import ModelHost, plan_load
from app.mcp import McpHost
from app.openai.messages import ChatMessage
from app.responders import LocalResponder
from app.tool_use import CallRequest, ToolLoop, ToolSet, model_tool_style
from tests.locations import REPO_ROOT

pytestmark = pytest.mark.model

TEST_SERVER = str(REPO_ROOT / "tests" / "mcp" / "hearth_test_server.py")
GREEDY = dataclasses.replace(BALANCED, temperature=0.0, max_tokens=48, seed=1)


@pytest.fixture
def responder(qwen_gguf: Path, host: ModelHost) -> LocalResponder:
    request = plan_load(qwen_gguf, probe(settings.configured_models_dir()), context=2048).request
    local = LocalResponder(host, request)
    local.prepare().result()
    return local


@pytest.fixture
def two_writers(tmp_path: Path) -> Iterator[McpHost]:
    """Two servers that both offer write_file, each writing under its own folder."""
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    servers = {}
    for name in ("notes", "drafts"):
        (tmp_path / name).mkdir()
        servers[name] = {
            "command": sys.executable,
            "args": [TEST_SERVER, "--only", "write_file"],
            "cwd": str(tmp_path / name),
        }
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))
    with McpHost(config) as mcp:
        yield mcp


def question(text: str) -> list[ChatMessage]:
    return [ChatMessage("user", text)]


def test_a_tool_two_servers_offer_is_approved_and_run_on_the_server_the_model_named(
    responder: LocalResponder, two_writers: McpHost, tmp_path: Path, qwen_gguf: Path
) -> None:
    identities = {"notes": "notes' command", "drafts": "drafts' command"}
    tools = ToolSet.of_servers({name: two_writers.tools(name) for name in ("notes", "drafts")}, identities)
    assert tools.names == ["notes__write_file", "drafts__write_file"]
    asked: list[CallRequest] = []

    def approve(request: CallRequest) -> bool:
        asked.append(request)
        return True

    loop = ToolLoop(responder, two_writers, tools, model_tool_style(qwen_gguf), approve, max_tool_rounds=1)
    result = loop.run(question("Save the word hello in a file named hello.txt."), GREEDY, tool_choice="required")

    first = result.calls[0]
    assert first.server in ("notes", "drafts")
    assert first.tool == "write_file"  # the server's own name, not the name the model was offered
    assert (asked[0].server, asked[0].tool.name, asked[0].arguments) == (first.server, "write_file", first.arguments)
    assert asked[0].identity == identities[first.server]  # what a remembered answer is kept under
    assert first.approved
    if first.error is None:  # the server wrote where the model asked, relative to the server's own folder
        written = tmp_path / first.server / first.arguments["path"]
        assert written.read_text() == first.arguments["text"]
    # What the model read next is the tool's answer, as a tool message answering its call.
    answered = [m for m in result.history if m.role == "tool"]
    assert answered[0].content == (first.result if first.result is not None else f"Error: {first.error}")
    calls = [m for m in result.history if m.role == "assistant" and m.tool_calls]
    assert answered[0].tool_call_id == calls[0].tool_calls[0].id
    assert sum(call.approved for call in result.calls) == 1  # one tool round allowed


def test_stop_during_a_round_ends_the_loop_before_the_model_is_asked_again(
    responder: LocalResponder, two_writers: McpHost, tmp_path: Path, qwen_gguf: Path
) -> None:
    tools = ToolSet.of_servers({"notes": two_writers.tools("notes")})
    stop = threading.Event()

    def approve_and_stop(_request: CallRequest) -> bool:
        stop.set()  # the person presses Stop while the call is being approved: it is denied
        return False

    loop = ToolLoop(responder, two_writers, tools, model_tool_style(qwen_gguf), approve_and_stop, cancel=stop)
    result = loop.run(question("Save the word hello in a file named hello.txt."), GREEDY, tool_choice="required")

    assert result.cancelled
    assert len(result.calls) == 1
    assert not result.calls[0].approved
    assert result.calls[0].error == "The person denied this call."
    assert [m.role for m in result.history] == ["user", "assistant", "tool"]  # no reply asked after the call
    assert not any((tmp_path / "notes").iterdir())


def test_calls_whose_arguments_cannot_match_go_back_to_the_model_and_never_reach_approval(
    responder: LocalResponder, qwen_gguf: Path
) -> None:
    """The test server's `impossible` wants a count of at least 2 and at most 1: the forced call's grammar cannot
    say that, so every call the model writes is checked, found wrong and sent back — never asked about, never run —
    and after 2 repair rounds the loop ends with a note."""
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    server = {"command": sys.executable, "args": [TEST_SERVER, "--only", "impossible"]}
    (config / "mcp.json").write_text(json.dumps({"mcpServers": {"strict": server}}))
    asked: list[str] = []

    def approve(request: CallRequest) -> bool:
        asked.append(request.tool.name)
        return True

    with McpHost(config) as mcp:
        tools = ToolSet.of_servers({"strict": mcp.tools("strict")})
        loop = ToolLoop(responder, mcp, tools, model_tool_style(qwen_gguf), approve)
        result = loop.run(question("Call impossible with a count of 5."), GREEDY, tool_choice="required")

    assert asked == []
    first = result.calls[0]
    assert (first.server, first.tool, first.approved, first.result) == ("strict", "impossible", False, None)
    assert first.error is not None
    assert "do not match its input schema" in first.error
    sent_back = [m.content for m in result.history if m.role == "tool"]
    assert sent_back[0] == f"Error: {first.error}"
    rounds_with_calls = [m for m in result.history if m.role == "assistant" and m.tool_calls]
    assert len(rounds_with_calls) <= 2  # at most 2 repair rounds: a third wrong call is not sent back
    # It ended on an answer, or on a note: the same wrong call again, or a third wrong call after 2 repair rounds.
    assert all("same arguments" in note or "tries to correct" in note for note in result.notes)


def test_a_call_past_its_time_out_goes_back_as_an_error_and_the_server_stays_usable(
    responder: LocalResponder, qwen_gguf: Path
) -> None:
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    server = {"command": sys.executable, "args": [TEST_SERVER]}
    (config / "mcp.json").write_text(json.dumps({"mcpServers": {"slow": server}}))
    with McpHost(config) as mcp:
        hang = [tool for tool in mcp.tools("slow") if tool.name == "hang"]
        tools = ToolSet.of_servers({"slow": hang})
        loop = ToolLoop(
            responder, mcp, tools, model_tool_style(qwen_gguf), lambda _: True, call_timeout_s=1, max_tool_rounds=1
        )
        result = loop.run(question("Call hang."), GREEDY, tool_choice="required")
        assert mcp.call("slow", "echo", {"text": "still here"}).text == "still here"

    first = result.calls[0]
    assert (first.tool, first.approved, first.result) == ("hang", True, None)
    assert first.error is not None
    assert "did not answer within 1 seconds" in first.error
    sent_back = [m.content for m in result.history if m.role == "tool"]
    assert sent_back[0] == f"Error: {first.error}"


def test_a_long_result_reaches_the_model_cut_with_a_marker(responder: LocalResponder, qwen_gguf: Path) -> None:
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    time_server = str(Path(sys.executable).with_name("mcp-server-time"))
    (config / "mcp.json").write_text(
        json.dumps({"mcpServers": {"time": {"command": time_server, "args": ["--local-timezone", "UTC"]}}})
    )
    with McpHost(config) as mcp:
        tools = ToolSet.of_servers({"time": mcp.tools("time")})
        loop = ToolLoop(
            responder, mcp, tools, model_tool_style(qwen_gguf), lambda _: True, result_limit=20, max_tool_rounds=1
        )
        result = loop.run(question("What time is it in Tokyo?"), GREEDY, tool_choice="required")

    first = result.calls[0]
    assert first.result is not None
    assert first.result[20:].startswith("\n[Hearth cut this result here: ")
    assert next(m.content for m in result.history if m.role == "tool") == first.result
