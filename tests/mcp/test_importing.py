"""Importing Claude Desktop's and LM Studio's tool servers: their real files, written into a fake home, read by
Hearth, and the servers copied into Hearth's mcp.json with their secret values moved into a real keyring backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import paths
from app.mcp import ImportOutcome, McpImportFailed, McpSecrets, import_from, known_sources
from app.mcp import config as mcp_config
from app.mcp.secrets import SECRET_REFERENCE
from tests.helpers.keyring_backends import MemoryKeyring


def test_known_sources_are_where_each_app_keeps_its_list_on_each_system(tmp_path: Path) -> None:
    home = tmp_path / "home"
    lmstudio = home / ".lmstudio" / "mcp.json"
    lmstudio.parent.mkdir(parents=True)
    lmstudio.write_text('{"mcpServers": {}}')

    mac = {source.key: source for source in known_sources(home, "darwin")}
    assert mac["claude"].name == "Claude Desktop"
    assert mac["claude"].path == home / "Library" / "Application Support" / "Claude" / "claude_desktop_config.json"
    assert not mac["claude"].exists
    assert (mac["lmstudio"].name, mac["lmstudio"].path, mac["lmstudio"].exists) == ("LM Studio", lmstudio, True)

    roaming = tmp_path / "Roaming"
    windows = {source.key: source for source in known_sources(home, "win32", {"APPDATA": str(roaming)})}
    assert windows["claude"].path == roaming / "Claude" / "claude_desktop_config.json"
    assert windows["lmstudio"].path == lmstudio  # %USERPROFILE%\.lmstudio\mcp.json
    no_appdata = known_sources(home, "win32", {})[0]
    assert no_appdata.path == home / "AppData" / "Roaming" / "Claude" / "claude_desktop_config.json"

    linux = known_sources(home, "linux")
    assert linux[0].path == home / ".config" / "Claude" / "claude_desktop_config.json"


CLAUDE_SERVERS = {
    "time": {"command": "uvx", "args": ["mcp-server-time"]},
    "fetch": {"command": "uvx", "args": ["mcp-server-fetch", "--ignore-robots-txt"]},
    "github": {
        "command": "npx",
        "args": ["-y", "@modelcontextprotocol/server-github"],
        "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_secret1", "LOG_LEVEL": "info"},
        "disabled": False,
        "autoApprove": ["search_repositories"],
    },
    "hf": {"url": "https://huggingface.co/mcp", "headers": {"Authorization": "Bearer hf_secret2", "X-Team": "a"}},
    "old events": {"url": "https://example.com/mcp", "type": "sse"},
    "guessed events": {"url": "https://example.com/sse"},
    "nothing": {"args": ["x"]},
    "my/server": {"command": "my-server"},
}


def test_import_from_claude_desktop_reports_each_entry_and_keeps_secrets_out_of_mcp_json(tmp_path: Path) -> None:
    home = tmp_path / "home"
    claude = known_sources(home, "linux")[0]
    claude.path.parent.mkdir(parents=True)
    claude.path.write_text(json.dumps({"mcpServers": CLAUDE_SERVERS, "globalShortcut": "Ctrl+Space"}))
    written = claude.path.read_bytes()

    config_path = mcp_config.config_path(paths.resolve().config)
    config = mcp_config.McpConfig(config_path)
    config.add(mcp_config.StdioServer("time", "uvx", ("mcp-server-time",)))  # the same server
    config.add(mcp_config.StdioServer("fetch", "uvx", ("mcp-server-fetch",)))  # a different one of that name
    config.save()
    store = MemoryKeyring()
    secrets = McpSecrets(store)

    report = import_from(claude.path, config, secrets, app=claude.name)

    outcomes = {entry.name: (entry.outcome, entry.new_name) for entry in report.entries}
    assert outcomes == {
        "time": (ImportOutcome.ALREADY_THERE, "time"),
        "fetch": (ImportOutcome.RENAMED, "fetch from Claude Desktop"),
        "github": (ImportOutcome.IMPORTED, "github"),
        "hf": (ImportOutcome.IMPORTED, "hf"),
        "old events": (ImportOutcome.NOT_IMPORTABLE, None),
        "guessed events": (ImportOutcome.NOT_IMPORTABLE, None),
        "nothing": (ImportOutcome.NOT_IMPORTABLE, None),
        "my/server": (ImportOutcome.RENAMED, "my-server"),
    }
    assert report.saved
    assert report.memory_only is None
    reasons = {entry.name: entry.reason for entry in report.entries}
    assert reasons["old events"].startswith("“old events” was not imported. The tool server “old events” in Claude")
    assert "older SSE transport" in reasons["old events"]
    assert "address ends in /sse" in reasons["guessed events"]
    assert "neither a “command”" in reasons["nothing"]
    assert reasons["fetch"] == "a different tool server called “fetch” is already there."
    assert report.as_json()["renamed"][0] == {
        "from": "fetch",
        "to": "fetch from Claude Desktop",
        "reason": reasons["fetch"],
        "secrets": [],
    }
    assert report.as_json()["imported"] == [
        {"name": "github", "secrets": ["GITHUB_PERSONAL_ACCESS_TOKEN"]},
        {"name": "hf", "secrets": ["Authorization"]},
    ]

    saved = json.loads(config_path.read_text())["mcpServers"]
    assert saved["github"] == {  # every key kept; the token only as the reference
        **CLAUDE_SERVERS["github"],
        "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": SECRET_REFERENCE, "LOG_LEVEL": "info"},
    }
    assert saved["hf"]["headers"] == {"Authorization": SECRET_REFERENCE, "X-Team": "a"}
    assert saved["fetch from Claude Desktop"] == CLAUDE_SERVERS["fetch"]
    assert "secret" not in config_path.read_text()
    assert store.entries == {
        ("Hearth", "mcp:github:env:GITHUB_PERSONAL_ACCESS_TOKEN"): "ghp_secret1",
        ("Hearth", "mcp:hf:header:Authorization"): "Bearer hf_secret2",
    }
    assert claude.path.read_bytes() == written  # the other app's file is only read

    # Again: everything importable is there now, the same (secrets read back from the store), and nothing is saved.
    again = import_from(claude.path, mcp_config.load(config_path), secrets, app=claude.name)
    assert not again.saved
    assert {e.name: e.new_name for e in again.of(ImportOutcome.ALREADY_THERE)} == {
        "time": "time",
        "fetch": "fetch from Claude Desktop",
        "github": "github",
        "hf": "hf",
        "my/server": "my-server",
    }


def test_a_list_that_cannot_be_read_is_a_sentence_and_left_as_it_was(tmp_path: Path) -> None:
    config = mcp_config.McpConfig(mcp_config.config_path(paths.resolve().config))
    secrets = McpSecrets(MemoryKeyring())
    lmstudio = known_sources(tmp_path, "linux")[1]
    with pytest.raises(McpImportFailed) as missing:
        import_from(lmstudio.path, config, secrets, app=lmstudio.name)
    assert missing.value.message == (
        f"LM Studio's list of tool servers is not there: there is no file {lmstudio.path}. LM Studio may not be "
        "installed, or it has no tool servers yet."
    )
    lmstudio.path.parent.mkdir(parents=True)
    lmstudio.path.write_text("{not json")
    with pytest.raises(McpImportFailed) as damaged:
        import_from(lmstudio.path, config, secrets, app=lmstudio.name)
    assert damaged.value.message.startswith(f"LM Studio's list of tool servers at {lmstudio.path} is not valid JSON")
    assert lmstudio.path.read_text() == "{not json"
    assert not config.path.exists()
