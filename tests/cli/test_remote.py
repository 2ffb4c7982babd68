"""`hearth remote add/list/remove` and remote models in `hearth list --json`, run as a person would, in a
subprocess, against a scripted OpenAI-compatible server on 127.0.0.1 (tests/helpers/fake_openai.py)."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import FILE_ENV
from tests.locations import REPO_ROOT

ROOT = REPO_ROOT


@pytest.fixture
def password_store(tmp_path: Path) -> dict[str, str]:
    return {
        "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring",
        FILE_ENV: str(tmp_path / "os-store.json"),
    }


def hearth(*args: str, store: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **store, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=ROOT,
    )


def test_remote_add_list_remove_and_hearth_list(password_store: dict[str, str], tmp_path: Path) -> None:
    with FakeOpenAI(Script(models=["llama3:8b", "qwen2.5:32b"])) as server:
        added = hearth("remote", "add", "desk", server.url, "--key-from-stdin", store=password_store, stdin="sk-1\n")
        assert added.returncode == 0, added.stderr
        assert added.stdout.split() == ["desk/llama3:8b", "desk/qwen2.5:32b"]
        assert "leave this computer" in added.stderr
        assert "sk-1" in Path(password_store[FILE_ENV]).read_text()  # the key went to the password store

        listed = hearth("remote", "list", "--json", store=password_store)
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == [
            {"name": "desk", "url": server.url, "ok": True, "problem": None, "models": ["llama3:8b", "qwen2.5:32b"]}
        ]
        models = hearth("list", "--json", store=password_store)
        assert models.returncode == 0, models.stderr
        remote = [m for m in json.loads(models.stdout) if m["remote"] is not None]
        assert [(m["id"], m["remote"]) for m in remote] == [("desk/llama3:8b", "desk"), ("desk/qwen2.5:32b", "desk")]

    down = hearth("remote", "list", "--json", store=password_store)
    (row,) = json.loads(down.stdout)
    assert (row["ok"], row["models"]) == (False, [])
    assert "Nothing answers" in row["problem"]

    removed = hearth("remote", "remove", "desk", store=password_store)
    assert removed.returncode == 0, removed.stderr
    assert "sk-1" not in Path(password_store[FILE_ENV]).read_text()
    assert json.loads(hearth("remote", "list", "--json", store=password_store).stdout) == []


def test_remote_add_that_fails_exits_1_with_the_sentence(password_store: dict[str, str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = hearth("remote", "add", "gone", f"http://127.0.0.1:{port}", store=password_store)
    assert result.returncode == 1
    assert result.stderr.startswith("hearth: Nothing answers at 127.0.0.1:")
    assert "Traceback" not in result.stderr
    assert json.loads(hearth("remote", "list", "--json", store=password_store).stdout) == []


def test_offline_mode_lists_no_remote_models_and_chats_with_none(password_store: dict[str, str]) -> None:
    with FakeOpenAI() as server:
        assert hearth("remote", "add", "desk", server.url, store=password_store).returncode == 0
        config = Path(os.environ["HEARTH_HOME"]) / "config"
        (config / "settings.json").write_text(json.dumps({"offline": True}))
        server.script.requests.clear()
        models = hearth("list", "--json", store=password_store)
        assert [m for m in json.loads(models.stdout) if m["remote"]] == []
        chat = hearth("chat", "--model", "desk/fake-model", "--prompt", "hi", store=password_store)
        assert chat.returncode == 1
        assert "Offline mode is on" in chat.stderr
        assert server.script.requests == []


def test_chat_with_a_remote_model_says_it_leaves_this_computer(password_store: dict[str, str]) -> None:
    with FakeOpenAI(Script(chunks=["Hi", " from", " afar"])) as server:
        assert hearth("remote", "add", "desk", server.url, store=password_store).returncode == 0
        chat = hearth("chat", "--model", "desk/fake-model", "--prompt", "hi", "--json", store=password_store)
    assert chat.returncode == 0, chat.stderr
    assert json.loads(chat.stdout)["reply"] == "Hi from afar"
    host = server.url.removeprefix("http://")
    assert f"this conversation leaves this computer for {host} (desk)" in chat.stderr


NO_PASSWORD_STORE = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # as on a headless machine
REMOTE_KEY = "sk-remote-key-that-must-stay-private-77"


def files_holding(folder: Path, secret: str) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes())


def test_without_a_password_store_a_key_kept_in_a_file_by_choice_outlives_the_command(hearth_home: Path) -> None:
    with FakeOpenAI(Script(models=["llama3:8b"], chunks=["Still", " here"], key=REMOTE_KEY)) as server:
        added = hearth(
            "remote",
            "add",
            "other",
            server.url,
            "--key-from-stdin",
            "--store-key-in-file",
            store=NO_PASSWORD_STORE,
            stdin=f"{REMOTE_KEY}\n",
        )
        assert added.returncode == 0, added.stderr
        key_file = hearth_home / "config" / "keys.json"
        assert f"Its key is kept in {key_file}, a file only you can read." in added.stderr
        assert "NOT kept" not in added.stderr
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

        # the adding process has exited: a new one finds the key in the file, and the server takes it
        listed = hearth("remote", "list", "--json", store=NO_PASSWORD_STORE)
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == [
            {"name": "other", "url": server.url, "ok": True, "problem": None, "models": ["llama3:8b"]}
        ]
        chat = hearth("chat", "--model", "other/llama3:8b", "--prompt", "hi", "--json", store=NO_PASSWORD_STORE)
        assert chat.returncode == 0, chat.stderr
        assert json.loads(chat.stdout)["reply"] == "Still here"
        assert "POST /v1/chat/completions llama3:8b" in server.script.requests

    results = (added, listed, chat)
    assert all(REMOTE_KEY not in r.stdout and REMOTE_KEY not in r.stderr for r in results)
    assert files_holding(hearth_home, REMOTE_KEY) == ["keys.json"]  # not providers.json, settings, logs
    removed = hearth("remote", "remove", "other", store=NO_PASSWORD_STORE)
    assert removed.returncode == 0, removed.stderr
    assert f"its key is gone from {key_file}" in removed.stderr
    assert files_holding(hearth_home, REMOTE_KEY) == []
    assert not key_file.exists()  # it held no other key


def test_without_a_password_store_add_says_the_key_is_not_kept_and_how_to_keep_it(hearth_home: Path) -> None:
    with FakeOpenAI(Script(key=REMOTE_KEY)) as server:
        added = hearth(
            "remote", "add", "other", server.url, "--key-from-stdin", store=NO_PASSWORD_STORE, stdin=REMOTE_KEY
        )
        assert added.returncode == 0, added.stderr
        assert "Added other" in added.stderr
        assert "This computer has no password store, so other's key is NOT kept after this command ends" in (
            added.stderr
        )
        assert f"hearth remote add other {server.url} --key-from-stdin --store-key-in-file" in added.stderr

        listed = hearth("remote", "list", "--json", store=NO_PASSWORD_STORE)
    (row,) = json.loads(listed.stdout)
    assert row["ok"] is False
    assert "the key you gave it was not kept" in row["problem"]
    assert "--store-key-in-file" in row["problem"]
    assert files_holding(hearth_home, REMOTE_KEY) == []
    assert REMOTE_KEY not in added.stderr + added.stdout


def test_with_a_password_store_add_says_nothing_about_files(password_store: dict[str, str], hearth_home: Path) -> None:
    with FakeOpenAI(Script(key=REMOTE_KEY)) as server:
        added = hearth("remote", "add", "desk", server.url, "--key-from-stdin", store=password_store, stdin=REMOTE_KEY)
        assert added.returncode == 0, added.stderr
        assert "NOT kept" not in added.stderr
        assert "file" not in added.stderr
        assert json.loads(hearth("remote", "list", "--json", store=password_store).stdout)[0]["ok"] is True
    assert files_holding(hearth_home, REMOTE_KEY) == []
