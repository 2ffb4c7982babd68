"""The MCP host with the reference servers from npm, installed by `make setup` (tests/helpers/npm_servers.py):
`@modelcontextprotocol/server-filesystem` refused a write by the person, with the real Qwen model asking for it, and
`@modelcontextprotocol/server-everything` printing the environment Hearth gave it."""

from __future__ import annotations

import dataclasses
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import paths, settings
from app.engines.chat_types import BALANCED
from app.hardware import probe
from app.host import ModelHost, plan_load
from app.mcp import McpHost
from app.mcp.environment import ALLOWED_VARIABLES
from app.openai.messages import ChatMessage
from app.responders import LocalResponder
from app.tool_use import CallRequest, ToolLoop, ToolSet, model_tool_style
from app.tool_use.records import DENIED
from tests.helpers.npm_servers import npm_server

GREEDY = dataclasses.replace(BALANCED, temperature=0.0, max_tokens=48, seed=1)
CANARY = "HEARTH_CANARY_SECRET"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The one folder server-filesystem may touch, empty."""
    root = tmp_path / "files"
    root.mkdir()
    return root


@pytest.fixture
def mcp(folder: Path) -> Iterator[McpHost]:
    """Both npm servers, in a host whose own environment holds a secret no server should see."""
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    servers = {
        "files": {**npm_server("server-filesystem", str(folder)), "cwd": str(folder)},
        "everything": npm_server("server-everything", "stdio", env={"HEARTH_TEST_OWN": "yes"}),
    }
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))
    with McpHost(config, environ={**os.environ, CANARY: "not-for-tool-servers"}) as host:
        yield host


def test_server_everything_sees_only_the_allow_list_and_its_own_env(mcp: McpHost) -> None:
    tools = {tool.name: tool for tool in mcp.tools("everything")}
    assert tools["get-env"].read_only  # its annotation came through

    seen = json.loads(mcp.call("everything", "get-env", {}).text)

    assert seen["HEARTH_TEST_OWN"] == "yes"
    assert "PATH" in seen
    assert CANARY not in seen
    assert set(seen) - {"HEARTH_TEST_OWN"} <= ALLOWED_VARIABLES, set(seen) - ALLOWED_VARIABLES


def test_a_denied_write_file_of_server_filesystem_leaves_no_file(
    mcp: McpHost, folder: Path, qwen_gguf: Path, host: ModelHost
) -> None:
    request = plan_load(qwen_gguf, probe(settings.configured_models_dir()), context=2048).request
    responder = LocalResponder(host, request)
    responder.prepare().result()
    write_file = [tool for tool in mcp.tools("files") if tool.name == "write_file"]
    asked: list[tuple[str, str, dict[str, Any]]] = []
    stop = threading.Event()

    def deny(request: CallRequest) -> bool:
        asked.append((request.server, request.tool.name, request.arguments))
        stop.set()  # and Stop, so the model is not asked again: what it would say next is not the point here
        return False

    tools = ToolSet.of_servers({"files": write_file})
    loop = ToolLoop(responder, mcp, tools, model_tool_style(qwen_gguf), deny, max_tool_rounds=1, cancel=stop)
    ask = [ChatMessage("user", "Save the word hello in a file named hello.txt.")]
    result = loop.run(ask, GREEDY, tool_choice="required")

    first = result.calls[0]
    assert asked[0] == ("files", "write_file", first.arguments)
    assert first.to_json() | {"arguments": None, "seconds": None} == {
        "server": "files",
        "tool": "write_file",
        "arguments": None,
        "approved": False,
        "result": None,
        "error": DENIED,
        "seconds": None,
    }
    assert len(result.calls) == 1
    assert list(folder.rglob("*")) == []
    # The same server writes there when a call is allowed: the empty folder is the denial's doing.
    proof = folder / "proof.txt"
    assert not mcp.call("files", "write_file", {"path": str(proof), "content": "allowed"}).is_error
    assert proof.read_text() == "allowed"
