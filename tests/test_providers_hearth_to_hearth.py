"""Hearth to Hearth: `hearth serve --share` with an API key in one Hearth home, used from a second home as a
provider — added by its address and key, its models listed, a reply streamed, a wrong key refused."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.engines.chat_types import Message, Sampling, TextDelta
from app.providers import KeyRefused, ProviderKeys, Providers
from app.secrets import Secret
from tests.helpers.keyring_backends import MemoryKeyring

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
KEY = "hearth-share-key-for-the-test"


@pytest.fixture
def bigger_hearth(tmp_path: Path, qwen_gguf: Path) -> Iterator[str]:
    """The other computer: a second Hearth home serving the Qwen model on the network, with a key."""
    env = {
        **os.environ,
        paths.HOME_ENV: str(tmp_path / "bigger-hearth"),
        "HEARTH_API_KEY": KEY,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
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
