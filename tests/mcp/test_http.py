"""A Streamable HTTP tool server: Hearth's test server (the SDK's MCPServer) served by uvicorn on 127.0.0.1, reached
by the MCP host through the SDK's client, with the headers from mcp.json."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator

import pytest
import uvicorn

from app import paths
from app.mcp import McpHost, McpOffline, McpServerFailed, McpToolTimedOut, ServerState
from tests.mcp.hearth_test_server import server as test_server


@pytest.fixture
def http_url() -> Iterator[str]:
    """The test server at http://127.0.0.1:PORT/mcp. The socket listens before uvicorn starts, so a client that
    connects early waits in the backlog: nothing polls for the server to be up."""
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    listening.listen()
    port = listening.getsockname()[1]
    app = test_server.streamable_http_app(host="127.0.0.1")
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, name="test-mcp-http")
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        server.should_exit = True
        thread.join()
        listening.close()


def test_a_streamable_http_server_lists_and_answers_with_its_headers(http_url: str) -> None:
    config = paths.resolve().config
    config.mkdir(parents=True)
    servers = {"web": {"url": http_url, "headers": {"X-Hearth-Test": "from mcp.json"}}}
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))
    with McpHost(config) as host:
        assert {"echo", "header", "hang"} <= {tool.name for tool in host.tools("web")}
        assert host.status("web").state is ServerState.RUNNING
        assert host.call("web", "header", {"name": "X-Hearth-Test"}).text == "from mcp.json"
        with pytest.raises(McpToolTimedOut):
            host.call("web", "hang", {}, timeout_s=0.2)
        assert host.call("web", "echo", {"text": "still here"}).text == "still here"


def test_an_address_where_nothing_answers_is_a_sentence() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = paths.resolve().config
    config.mkdir(parents=True)
    servers = {"gone": {"url": f"http://127.0.0.1:{port}/mcp"}}
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))
    with McpHost(config) as host, pytest.raises(McpServerFailed) as caught:
        host.start("gone")
    assert caught.value.message.startswith(f"The tool server “gone” at http://127.0.0.1:{port}/mcp could not be")


def test_offline_mode_reaches_no_server_at_an_address(http_url: str) -> None:
    """Offline mode is the promise of no connection at all: a tool server at a `url` is not even asked."""
    config = paths.resolve().config
    config.mkdir(parents=True)
    (config / "mcp.json").write_text(json.dumps({"mcpServers": {"web": {"url": http_url}}}))
    with McpHost(config, offline=lambda: True) as host, pytest.raises(McpOffline) as caught:
        host.start("web")
    assert caught.value.message.startswith("Offline mode is on, so Hearth does not connect to the tool server “web”")
    with McpHost(config, offline=lambda: False) as host:  # the same server, reached once Offline mode is off
        assert host.start("web").state is ServerState.RUNNING
