"""Tool servers' secret values in a real keyring backend (tests/helpers/keyring_backends.py), mcp.json holding only
the reference, and real servers — Hearth's test server over stdio and over Streamable HTTP — receiving the values."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from app import paths
from app.keys.keyring_slot import MemoryOnly
from app.keys.secret import Secret
from app.mcp import HttpServer, McpHost, McpSecretMissing, McpSecrets, StdioServer, looks_secret
from app.mcp import config as mcp_config
from app.mcp.secrets import SECRET_REFERENCE
from tests.helpers.keyring_backends import LockedKeyring, MemoryKeyring
from tests.mcp.test_http import http_url  # noqa: F401  (the fixture: the test server over Streamable HTTP)

TEST_SERVER = str(Path(__file__).with_name("hearth_test_server.py"))


def test_names_that_look_like_secrets() -> None:
    secret = ["OPENAI_API_KEY", "apiKey", "GITHUB_PERSONAL_ACCESS_TOKEN", "DB_PASSWORD", "Authorization", "Cookie"]
    assert all(looks_secret(name) for name in [*secret, "X-Auth-Token", "CLIENT_SECRET", "ACCESSTOKEN"])
    assert not any(looks_secret(name) for name in ["TZ", "LOG_LEVEL", "GIT_AUTHOR_NAME", "KEYBOARD", "MONKEY"])


def test_servers_receive_their_secret_values_which_mcp_json_never_holds(http_url: str) -> None:  # noqa: F811
    config_dir = paths.resolve().config
    config = mcp_config.McpConfig(mcp_config.config_path(config_dir))
    store = MemoryKeyring()
    secrets = McpSecrets(store)
    program = StdioServer("vault", sys.executable, (TEST_SERVER,), {"API_TOKEN": "tok-123", "MODE": "plain"})
    program, why = secrets.put_away(program, ["API_TOKEN"])
    assert why is None
    web = HttpServer("web", http_url, {"Authorization": "Bearer web-456"})
    web, _ = secrets.put_away(web, ["Authorization"])
    config.add(program)
    config.add(web)
    config.save()
    text = config.path.read_text()
    assert "tok-123" not in text
    assert "web-456" not in text
    assert mcp_config.load(config.path).entry("vault") == StdioServer(
        "vault", sys.executable, (TEST_SERVER,), {"API_TOKEN": SECRET_REFERENCE, "MODE": "plain"}
    )

    with McpHost(config_dir, secrets=secrets) as host:
        assert host.call("vault", "environment_value", {"name": "API_TOKEN"}).text == "tok-123"
        assert host.call("vault", "environment_value", {"name": "MODE"}).text == "plain"
        assert host.call("web", "header", {"name": "Authorization"}).text == "Bearer web-456"

    # Removing the server takes its secrets with it; a server whose secret is gone says which to set again.
    secrets.forget_entry("vault", config.entry_raw("vault"))
    assert store.entries == {("Hearth", "mcp:web:header:Authorization"): "Bearer web-456"}
    with McpHost(config_dir, secrets=McpSecrets(store)) as host, pytest.raises(McpSecretMissing) as missing:
        host.start("vault")
    assert missing.value.message == (
        "The tool server “vault” needs the secret variable API_TOKEN, whose value is not in this computer's password "
        "store. Set it again in Settings → Tools, or with `hearth mcp secret vault API_TOKEN=…`."
    )


def test_without_a_working_password_store_secrets_last_for_this_run_and_it_says_so() -> None:
    none = McpSecrets(fail.Keyring())
    assert none.memory_only is MemoryOnly.NO_STORE
    assert none.keep("vault", "env", "API_TOKEN", Secret("tok-1")) is MemoryOnly.NO_STORE
    entry = StdioServer("vault", "vault-server", env={"API_TOKEN": SECRET_REFERENCE})
    assert none.fill(entry).env == {"API_TOKEN": "tok-1"}  # the same run (the window's host shares the instance)
    with pytest.raises(McpSecretMissing) as gone:
        McpSecrets(fail.Keyring()).fill(entry)  # a later run
    assert "whose value was kept only until Hearth closed, since this computer has no password store" in (
        gone.value.message
    )

    locked = McpSecrets(LockedKeyring())
    assert locked.memory_only is None  # a store is there, until it fails
    assert locked.keep("vault", "env", "API_TOKEN", Secret("tok-2")) is MemoryOnly.STORE_FAILED
    assert locked.memory_only is MemoryOnly.STORE_FAILED
    assert locked.fill(entry).env == {"API_TOKEN": "tok-2"}
