"""`hearth mcp add/list/remove/import/secret`, run as a person would, in a subprocess, with real tool servers:
mcp-server-time from PyPI and Hearth's own test server (tests/mcp/hearth_test_server.py); secret values go to a real
keyring backend kept in a file outside HEARTH_HOME (tests/helpers/keyring_backends.py), and Claude Desktop's list is
a real file in a fake home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app import paths
from tests.helpers.keyring_backends import FILE_ENV
from tests.locations import REPO_ROOT

TEST_SERVER = str(REPO_ROOT / "tests" / "mcp" / "hearth_test_server.py")
TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))


def hearth(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})},
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


def test_secret_values_live_in_the_password_store_and_import_reads_claude_desktop(tmp_path: Path) -> None:
    store_file = tmp_path / "os-store.json"
    home = tmp_path / "home"
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring",
        FILE_ENV: str(store_file),
        "HOME": str(home),
    }
    added = hearth(
        "mcp", "add", "vault", "--env", "MODE=plain", "--secret-env", "API_TOKEN=tok-1", "--env", "DB_PASSWORD=pw",
        "--", sys.executable, TEST_SERVER, env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "API_TOKEN: kept in the password store; mcp.json holds ${keyring} in its place." in added.stderr
    assert "DB_PASSWORD looks like a secret: `hearth mcp secret vault DB_PASSWORD=…` keeps it" in added.stderr
    mcp_json = paths.resolve().config / "mcp.json"
    vault = json.loads(mcp_json.read_text())["mcpServers"]["vault"]
    assert vault["env"] == {"MODE": "plain", "API_TOKEN": "${keyring}", "DB_PASSWORD": "pw"}
    assert json.loads(store_file.read_text()) == {"Hearth/mcp:vault:env:API_TOKEN": "tok-1"}

    claude = home / ".config" / "Claude" / "claude_desktop_config.json"
    claude.parent.mkdir(parents=True)
    search = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-brave-search"]}
    servers = {
        "search": {**search, "env": {"BRAVE_API_KEY": "brave-1"}},
        "vault": {"command": "vault-server"},
        "events": {"url": "https://example.com/sse"},
    }
    claude.write_text(json.dumps({"mcpServers": servers}))
    imported = hearth("mcp", "import", "claude", env=env)
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr.splitlines()[:3] == [
        "Imported “search”. The value of its BRAVE_API_KEY is kept in the password store, not in mcp.json.",
        "Imported “vault” as “vault from Claude Desktop”: a different tool server called “vault” is already there.",
        "“events” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does "
        "not speak yet (only Streamable HTTP).",
    ]
    assert json.loads(store_file.read_text())["Hearth/mcp:search:env:BRAVE_API_KEY"] == "brave-1"
    again = hearth("mcp", "import", str(claude), "--json", env=env)  # the same file, by its path
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["source"], report["imported"], report["renamed"], report["memory_only"]) == (
        str(claude),
        [],
        [],
        None,
    )
    assert [(row["name"], row["outcome"], row["reason"]) for row in report["skipped"][:2]] == [
        ("search", "already there", "“search” is already there, the same server."),
        ("vault", "already there", "“vault” is already there as “vault from Claude Desktop”, the same server."),
    ]

    assert hearth("mcp", "secret", "vault", "API_TOKEN=tok-2", env=env).returncode == 0
    assert json.loads(store_file.read_text())["Hearth/mcp:vault:env:API_TOKEN"] == "tok-2"
    assert hearth("mcp", "remove", "vault", env=env).returncode == 0
    assert "Hearth/mcp:vault:env:API_TOKEN" not in json.loads(store_file.read_text())

    no_store = hearth(
        "mcp", "add", "web", "--url", "http://127.0.0.1:9/mcp", "--secret-header", "Authorization=Bearer w-1",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    assert no_store.returncode == 0, no_store.stderr
    assert json.loads(mcp_json.read_text())["mcpServers"]["web"]["headers"] == {"Authorization": "${keyring}"}
    assert (
        "This computer has no password store, so Hearth keeps the secret value only until it closes. This command "
        "ends now, so it is lost: give it with --header to keep it in mcp.json as plain text"
    ) in no_store.stderr
