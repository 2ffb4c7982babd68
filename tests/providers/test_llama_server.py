"""Remote providers against a real, independent OpenAI-compatible server: llama-cpp-python's own
(`python -m llama_cpp.server`) with the Qwen test model on 127.0.0.1, standing for the other computer.

The reference for a streamed reply is the official `openai` client reading the same server directly."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from app import paths
from app.engines.chat_types import Message, ReplyStats, Sampling, StopReason, TextDelta
from app.providers import ConnectionLost, KeyRefused, ProviderKeys, Providers
from app.secrets import Secret
from app.store import ChatStore
from tests.helpers.keyring_backends import FILE_ENV, MemoryKeyring
from tests.helpers.llama_server import LlamaServer
from tests.locations import REPO_ROOT

pytestmark = pytest.mark.model

ROOT = REPO_ROOT
KEY = "sk-test-the-right-key"
GREEDY = Sampling(temperature=0.0, top_p=1.0, max_tokens=24, seed=7)
QUESTION = [Message("system", "You are terse."), Message("user", "Name three colours of the rainbow.")]


@pytest.fixture(scope="module")
def server(qwen_gguf: Path) -> Iterator[LlamaServer]:
    with LlamaServer(qwen_gguf) as running:
        yield running


@pytest.fixture(scope="module")
def keyed_server(qwen_gguf: Path) -> Iterator[LlamaServer]:
    with LlamaServer(qwen_gguf, api_key=KEY) as running:
        yield running


def service() -> Providers:
    return Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))


def drain(stream: Iterator[object]) -> tuple[str, ReplyStats]:
    text: list[str] = []
    try:
        while True:
            event = next(stream)
            if isinstance(event, TextDelta):
                text.append(event.text)
    except StopIteration as end:
        return "".join(text), end.value


def test_add_lists_the_servers_models(server: LlamaServer, qwen_gguf: Path) -> None:
    added = service().add("desk", server.url)
    assert added.models == (str(qwen_gguf),)  # llama_cpp.server names its model by the path it was given
    assert added.problem == ""


def test_streamed_reply_at_temperature_zero_equals_the_openai_clients(server: LlamaServer) -> None:
    providers = service()
    model = providers.add("desk", server.url).models[0]
    with providers.client("desk") as client:
        text, stats = drain(client.stream_chat(model, QUESTION, GREEDY))
    with openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0) as reference:
        stream = reference.chat.completions.create(
            model=model,
            messages=[{"role": m.role, "content": m.content} for m in QUESTION],  # type: ignore[misc]
            temperature=0.0,
            top_p=1.0,
            max_tokens=24,
            seed=7,
            stream=True,
        )
        expected = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
        stream.close()
    assert text.strip()
    assert text == expected.strip()  # Hearth's think splitter trims the blank lines a reply may start with
    assert stats.stop_reason in (StopReason.FINISHED, StopReason.MAX_TOKENS)
    assert 0 < stats.generated_tokens <= 24
    assert stats.ttft_s > 0
    assert stats.tokens_per_second > 0


def test_stop_mid_reply_closes_the_stream_and_keeps_what_arrived(server: LlamaServer) -> None:
    providers = service()
    model = providers.add("desk", server.url).models[0]
    cancel = threading.Event()
    long = Sampling(temperature=0.0, max_tokens=96)
    ask = [Message("user", "Count from one to two hundred in words.")]
    with providers.client("desk") as client:
        stream = client.stream_chat(model, ask, long, cancel=cancel)
        arrived = [next(stream) for _ in range(3)]
        cancel.set()
        _text, stats = drain(stream)
        assert stats.stop_reason is StopReason.CANCELLED
        assert stats.generated_tokens < 96
        assert all(isinstance(event, TextDelta) for event in arrived)
        # the connection is free again: the next reply on the same client works
        again, _stats = drain(client.stream_chat(model, QUESTION, GREEDY))
    assert again.strip()


def test_a_wrong_key_is_refused_in_a_sentence_and_nothing_is_kept(keyed_server: LlamaServer) -> None:
    providers = service()
    with pytest.raises(KeyRefused, match="refused the key"):
        providers.add("work", keyed_server.url, key=Secret("sk-wrong"))
    with pytest.raises(KeyRefused, match="asks for a key"):
        providers.add("work", keyed_server.url)
    assert providers.all() == []
    assert providers.add("work", keyed_server.url, key=Secret(KEY)).models


def test_a_server_killed_mid_reply_keeps_the_partial_reply_in_the_store(qwen_gguf: Path) -> None:
    providers = service()
    with LlamaServer(qwen_gguf, api_key=KEY) as doomed:
        model = providers.add("doomed", doomed.url, key=Secret(KEY)).models[0]
        with ChatStore() as store, providers.client("doomed") as client:
            conversation = store.create_conversation(model=f"doomed/{model}")
            store.add_message(conversation.id, "user", "Count from one to two hundred in words.")
            ask = [Message("user", "Count from one to two hundred in words.")]
            writer = store.start_reply(conversation.id, f"doomed/{model}")
            stream = client.stream_chat(model, ask, Sampling(temperature=0.0, max_tokens=400))

            def write_and_kill() -> None:
                for event in stream:  # as the Chat session does: each delta into the store's ReplyWriter
                    if isinstance(event, TextDelta):
                        writer.append(text=event.text)
                        if len(writer.text) > 10:
                            doomed.kill()

            with pytest.raises(ConnectionLost) as caught:
                write_and_kill()
            writer.finish(state="failed", error=caught.value.message)
            stored = store.messages(conversation.id)[-1]
    assert "lost in the middle of the reply; what arrived is kept" in caught.value.message
    assert "doomed" in caught.value.message
    assert stored.state == "failed"
    assert stored.error == caught.value.message
    assert len(stored.content) > 10
    assert stored.content == writer.text


def test_hearth_remote_add_with_a_key_from_stdin_then_chat(keyed_server: LlamaServer, tmp_path: Path) -> None:
    store = {
        "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring",
        FILE_ENV: str(tmp_path / "os-store.json"),
    }
    env = {**os.environ, **store, "PYTHONPATH": str(ROOT)}

    def hearth(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "app", *args]
        return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120, check=False, env=env)

    added = hearth("remote", "add", "work", keyed_server.url, "--key-from-stdin", stdin=f"{KEY}\n")
    assert added.returncode == 0, added.stderr
    (model,) = added.stdout.split()
    assert KEY not in added.stdout + added.stderr
    chat = hearth("chat", "--model", model, "--prompt", "Say hello.", "--max-tokens", "16", "--temperature", "0")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.strip()
    host = keyed_server.url.removeprefix("http://")
    assert f"this conversation leaves this computer for {host} (work)" in chat.stderr
    assert "tokens/s" in chat.stderr
