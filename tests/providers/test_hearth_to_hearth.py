"""Hearth to Hearth: `hearth serve --share` with an API key in one Hearth home, used from a second home as a
provider — added by its address and key, its models listed, a reply streamed, a wrong key refused; and, on
computers with no password store, both keys kept in key files by the person's choice, used by later commands."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from app import paths
from app.engines.chat_types import Message, Sampling, TextDelta, ToolCall
from app.keys.key_file import KeyFile
from app.providers import KeyRefused, ProviderKeys, Providers
from app.secrets import Secret
from app.server.keys import ApiKeyStore
from tests.helpers.keyring_backends import MemoryKeyring
from tests.locations import REPO_ROOT

pytestmark = pytest.mark.model

ROOT = REPO_ROOT
KEY = "hearth-share-key-for-the-test"
NO_PASSWORD_STORE = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@pytest.fixture
def bigger_hearth(tmp_path: Path, qwen_gguf: Path) -> Iterator[str]:
    """The other computer: a second Hearth home serving the Qwen model on the network, with a key."""
    yield from _serve(tmp_path / "bigger-hearth", qwen_gguf, {"HEARTH_API_KEY": KEY})


@pytest.fixture
def bigger_hearth_key_in_file(tmp_path: Path, qwen_gguf: Path) -> Iterator[tuple[str, Secret]]:
    """The other computer with no password store, whose person kept its server key in its key file (Settings'
    "Keep the API key in a file"): `hearth serve --share` finds the key there, with no HEARTH_API_KEY."""
    home = tmp_path / "bigger-hearth"
    key = ApiKeyStore(fail.Keyring(), environ={}, key_file=KeyFile(home / "config" / "keys.json")).create(
        keep_in_file=True
    )
    for url in _serve(home, qwen_gguf, {}):
        yield url, key


def _serve(home: Path, qwen_gguf: Path, extra: dict[str, str]) -> Iterator[str]:
    env = {
        **{k: v for k, v in os.environ.items() if k != "HEARTH_API_KEY"},
        paths.HOME_ENV: str(home),
        **NO_PASSWORD_STORE,
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
        **extra,
    }
    command = [sys.executable, "-m", "app", "serve", "--share", "--port", "0", "--model", str(qwen_gguf)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    lines: list[str] = []
    ready = threading.Event()

    def read_stdout() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.strip())
            ready.set()
        ready.set()

    def read_stderr() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line.strip())
            if "Serving;" in line:
                ready.set()

    readers = [threading.Thread(target=f, daemon=True) for f in (read_stdout, read_stderr)]
    for reader in readers:
        reader.start()
    try:
        assert ready.wait(180), "hearth serve did not start"
        url = next((line for line in lines if line.startswith("http://")), "")
        assert url, "\n".join(lines)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(30)
        for reader in readers:
            reader.join(30)
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()
        process.stderr.close()


def test_another_hearth_is_added_by_its_address_and_key_and_answers(bigger_hearth: str) -> None:
    providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
    with pytest.raises(KeyRefused):
        providers.add("big", bigger_hearth)
    with pytest.raises(KeyRefused, match="refused the key"):
        providers.add("big", bigger_hearth, key=Secret("not-the-key"))
    added = providers.add("big", bigger_hearth, key=Secret(KEY))
    assert added.models
    model = next((m for m in added.models if "qwen" in m.lower()), added.models[0])
    with providers.client("big") as client:
        stream = client.stream_chat(model, [Message("user", "Say hello.")], Sampling(temperature=0.0, max_tokens=16))
        text: list[str] = []
        try:
            while True:
                event = next(stream)
                if isinstance(event, TextDelta):
                    text.append(event.text)
        except StopIteration as end:
            stats = end.value
    assert "".join(text).strip()
    assert 0 < stats.generated_tokens <= 16
    weather = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
    with providers.client("big") as client:  # the other Hearth's tool call reaches this one as a ToolCall event
        ask = [Message("user", "What is the weather in Paris?")]
        greedy = Sampling(temperature=0.0, max_tokens=60)
        events = list(client.stream_chat(model, ask, greedy, tools=[weather], tool_choice="required"))
    calls = [event for event in events if isinstance(event, ToolCall)]
    assert [call.name for call in calls] == ["get_weather"]
    assert isinstance(calls[0].arguments.get("city"), str)
    assert calls[0].id


def test_without_password_stores_another_hearth_added_with_its_key_in_a_file_lists_and_chats_later(
    bigger_hearth_key_in_file: tuple[str, Secret], hearth_home: Path
) -> None:
    url, key = bigger_hearth_key_in_file

    def hearth(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, **NO_PASSWORD_STORE, "PYTHONPATH": str(ROOT)}
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            env=env,
            cwd=ROOT,
        )

    added = hearth("remote", "add", "big", url, "--key-from-stdin", "--store-key-in-file", stdin=key.reveal())
    assert added.returncode == 0, added.stderr
    model = next(line for line in added.stdout.split() if "qwen" in line.lower())
    key_file = hearth_home / "config" / "keys.json"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    listed = hearth("remote", "list", "--json")  # a new process: the adding one has exited
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert (row["name"], row["ok"], row["problem"]) == ("big", True, None)
    assert model.removeprefix("big/") in row["models"]
    chat = hearth("chat", "--model", model, "--prompt", "Say hello.", "--max-tokens", "8", "--json")
    assert chat.returncode == 0, chat.stderr
    assert json.loads(chat.stdout)["reply"].strip()

    for result in (added, listed, chat):
        assert key.reveal() not in result.stdout + result.stderr
    holding = [p.name for p in hearth_home.rglob("*") if p.is_file() and key.reveal().encode() in p.read_bytes()]
    assert holding == ["keys.json"]
