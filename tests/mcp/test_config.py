"""mcp.json: the mcpServers shape other apps use, kept whole across Hearth's saves, and never lost when damaged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.mcp import HttpServer, McpConfigDamaged, McpEntryInvalid, McpServerExists, McpServerUnknown, StdioServer
from app.mcp import config as mcp_config

CLAUDE_DESKTOP_STYLE = {
    "globalShortcut": "Ctrl+Space",
    "mcpServers": {
        "filesystem": {
            "command": "npx",
            "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/me/Documents"],
            "env": {"DEBUG": "1"},
            "disabled": False,
            "autoApprove": ["read_file"],
        },
        "remote": {"url": "https://example.com/mcp", "headers": {"X-Team": "a"}, "type": "http"},
    },
}


def test_adding_and_removing_keeps_every_key_hearth_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps(CLAUDE_DESKTOP_STYLE))
    config = mcp_config.load(path)
    config.add(StdioServer("time", "uvx", ("mcp-server-time",), {"TZ": "UTC"}, cwd="~/work"))
    config.save()

    config = mcp_config.load(path)
    config.remove("time")
    config.save()
    assert json.loads(path.read_text()) == CLAUDE_DESKTOP_STYLE
    assert list(tmp_path.iterdir()) == [path]  # the atomic write left no temporary file


def test_entries_read_back_as_stdio_and_http_servers(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps(CLAUDE_DESKTOP_STYLE))
    config = mcp_config.load(path)
    assert config.names() == ["filesystem", "remote"]
    assert config.entry("filesystem") == StdioServer(
        "filesystem", "npx", ("-y", "@modelcontextprotocol/server-filesystem", "/home/me/Documents"), {"DEBUG": "1"}
    )
    assert config.entry("remote") == HttpServer("remote", "https://example.com/mcp", {"X-Team": "a"})


def test_a_file_that_is_not_json_is_set_aside_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    damaged = '{"mcpServers": {"time": {"command": "uvx",}}'
    path.write_text(damaged)
    with pytest.raises(McpConfigDamaged) as caught:
        mcp_config.load(path)
    assert "it is not valid JSON" in caught.value.message
    assert "mcp.json.bad" in caught.value.message
    assert (tmp_path / "mcp.json.bad").read_text() == damaged
    assert mcp_config.load(path).names() == []  # Hearth goes on with an empty list

    path.write_text("[1, 2]")
    with pytest.raises(McpConfigDamaged, match="not a JSON object"):
        mcp_config.load(path)
    assert (tmp_path / "mcp.json.bad2").read_text() == "[1, 2]"  # the first damaged file is not overwritten
    assert (tmp_path / "mcp.json.bad").read_text() == damaged


def test_a_broken_entry_is_a_sentence_for_that_server_only(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": {"odd": {"args": ["x"]}, "fine": {"command": "uvx"}}}))
    config = mcp_config.load(path)
    with pytest.raises(McpEntryInvalid, match="has neither a “command”"):
        config.entry("odd")
    assert config.entry("fine") == StdioServer("fine", "uvx")
    with pytest.raises(McpServerUnknown, match="There is no tool server called “gone”"):
        config.entry("gone")


def test_a_name_already_there_is_refused(tmp_path: Path) -> None:
    config = mcp_config.load(tmp_path / "mcp.json")
    config.add(HttpServer("remote", "http://127.0.0.1:9/mcp"))
    with pytest.raises(McpServerExists):
        config.add(StdioServer("remote", "uvx"))
