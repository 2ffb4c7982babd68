"""`hearth mcp add/list/remove`, run as a person would, in a subprocess, with real tool servers: mcp-server-time
from PyPI and Hearth's own test server (tests/mcp/hearth_test_server.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app import paths
from tests.locations import REPO_ROOT

TEST_SERVER = str(REPO_ROOT / "tests" / "mcp" / "hearth_test_server.py")
TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        cwd=REPO_ROOT,
    )


def test_add_list_remove_with_real_servers(hearth_home: Path) -> None:
    added = hearth("mcp", "add", "time", "--", TIME_SERVER, "--local-timezone", "UTC")
    assert added.returncode == 0, added.stderr
    assert "Added the tool server time" in added.stderr
    # Options before `--`; an option after it belongs to the server's own command line.
    added = hearth("mcp", "add", "crashes", "--env", "A=b", "--", sys.executable, TEST_SERVER, "--crash")
    assert added.returncode == 0, added.stderr
    assert "plain text" in added.stderr
    assert hearth("mcp", "add", "web", "--url", "http://127.0.0.1:9/mcp", "--header", "X-Team=a").returncode == 0

    config = json.loads((paths.resolve().config / "mcp.json").read_text())
    assert config["mcpServers"]["crashes"] == {
        "command": sys.executable,
        "args": [TEST_SERVER, "--crash"],
        "env": {"A": "b"},
    }
    assert config["mcpServers"]["web"] == {"url": "http://127.0.0.1:9/mcp", "headers": {"X-Team": "a"}}

    listed = hearth("mcp", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    servers = {row["name"]: row for row in json.loads(listed.stdout)["servers"]}
    assert list(servers) == ["time", "crashes", "web"]
    time = servers["time"]
    assert (time["status"], time["problem"]) == ("running", None)
    assert [tool["name"] for tool in time["tools"]] == ["get_current_time", "convert_time"]
    assert all(tool["json_chars"] > 0 and tool["description"] for tool in time["tools"])
    # No model named: each tool's size is the estimate, a token per 4 characters, and says so.
    assert json.loads(listed.stdout)["tokens_estimated"] is True
    assert all(tool["json_chars"] // 4 < tool["tokens"] < tool["json_chars"] for tool in time["tools"])
    assert time["tokens"] > sum(tool["tokens"] for tool in time["tools"])  # and the instructions around them
    assert servers["crashes"]["status"] == "failed"
    assert servers["crashes"]["problem"].startswith("The tool server “crashes” could not start. The last thing")
    assert servers["web"]["status"] == "failed"
    assert "could not be reached" in servers["web"]["problem"]

    text = hearth("mcp", "list")
    assert f"time  2 tool(s), about {time['tokens']:,} tokens" in text.stdout
    assert "  get_current_time  Get current time" in text.stdout

    removed = hearth("mcp", "remove", "crashes")
    assert removed.returncode == 0, removed.stderr
    again = hearth("mcp", "remove", "crashes")
    assert again.returncode == 1
    assert (
        again.stderr
        == "hearth: There is no tool server called “crashes”. `hearth mcp list` shows the ones there are.\n"
    )


def test_list_with_a_model_counts_each_tool_with_its_tokenizer(qwen_gguf: Path) -> None:
    config = paths.resolve().config
    config.mkdir(parents=True)
    servers = {"time": {"command": TIME_SERVER, "args": ["--local-timezone", "UTC"]}}
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))
    listed = hearth("mcp", "list", "--json", "--model", str(qwen_gguf))
    assert listed.returncode == 0, listed.stderr
    document = json.loads(listed.stdout)
    assert document["tokens_estimated"] is False
    tools = document["servers"][0]["tools"]
    assert all(isinstance(tool["tokens"], int) and 0 < tool["tokens"] < tool["json_chars"] for tool in tools)


def test_add_with_neither_or_both_is_a_usage_error() -> None:
    neither = hearth("mcp", "add", "x")
    assert neither.returncode == 2
    assert "give either -- COMMAND [ARGS...] or --url URL" in neither.stderr
    both = hearth("mcp", "add", "x", "--url", "http://127.0.0.1:9/mcp", "--", "uvx", "thing")
    assert both.returncode == 2
    bad_pair = hearth("mcp", "add", "x", "--env", "NOVALUE", "--", "uvx")
    assert bad_pair.returncode == 2
    assert "is not KEY=VALUE" in bad_pair.stderr


def test_a_damaged_list_is_a_sentence_and_kept_aside() -> None:
    config = paths.resolve().config
    config.mkdir(parents=True)
    (config / "mcp.json").write_text("{not json")
    listed = hearth("mcp", "list", "--json")
    assert listed.returncode == 1
    assert listed.stderr.startswith("hearth: The tool servers' list could not be used: it is not valid JSON")
    assert (config / "mcp.json.bad").read_text() == "{not json"
    assert json.loads(hearth("mcp", "list", "--json").stdout) == {"servers": [], "tokens_estimated": True}
