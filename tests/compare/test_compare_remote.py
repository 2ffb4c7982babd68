"""Compare with a model on another computer: llama-cpp-python's own OpenAI-compatible server with the Qwen test model
on 127.0.0.1 stands for it (tests/helpers/llama_server.py), beside the same model loaded here by the model host.

`hearth compare --model <local> --model NAME/MODEL_ID` runs as a person would, in a subprocess; the turns, a stop,
the server vanishing mid-reply and a prompt set are driven through app/compare directly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.compare import Comparison, remote_contender
from app.compare.export import export_markdown
from app.compare.plan import contender_for
from app.compare.runner import open_run, run_set
from app.compare.store import CompareStore
from app.engines.chat_types import Sampling, StopReason, TextDelta
from app.hardware import HardwareProfile, probe
from app.host import ModelHost
from app.host.budget import MemoryBudget
from app.providers import ProviderKeys, Providers
from app.providers.replies import RemoteReplies
from app.providers.service import RemoteModel
from tests.helpers.keyring_backends import FILE_ENV, MemoryKeyring
from tests.helpers.llama_server import LlamaServer
from tests.locations import REPO_ROOT

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = REPO_ROOT
GREEDY = Sampling(temperature=0.0, top_p=1.0, max_tokens=12, seed=1)
LONG = Sampling(temperature=0.0, top_p=1.0, max_tokens=200, seed=1)
COUNT = "Count from one to one hundred in words."


@pytest.fixture(scope="module")
def server(qwen_gguf: Path) -> Iterator[LlamaServer]:
    with LlamaServer(qwen_gguf) as running:
        yield running


@pytest.fixture
def profile() -> HardwareProfile:
    return probe(paths.resolve().ensure().models)


def add_desk(url: str) -> tuple[Providers, RemoteModel]:
    providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
    providers.add("desk", url)
    return providers, providers.remote_models()[0]


def test_hearth_compare_with_a_local_and_a_remote_model(server: LlamaServer, qwen_gguf: Path, tmp_path: Path) -> None:
    add_desk(server.url)  # kept in this HEARTH_HOME's config, where the subprocess finds it
    remote_id = f"desk/{qwen_gguf}"  # llama_cpp.server names its model by the path it was given
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring",
        FILE_ENV: str(tmp_path / "os-store.json"),
    }
    argv = ["compare", "--model", str(qwen_gguf), "--model", remote_id, "--prompt", "Name a colour."]
    options = ["--max-tokens", "12", "--temperature", "0", "--seed", "1", "--json"]
    done = subprocess.run(
        [sys.executable, "-m", "app", *argv, *options],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    where = server.url.removeprefix("http://")
    assert f"the prompts leave this computer for {where} (desk)" in done.stderr
    document = json.loads(done.stdout)
    local, remote = document["runs"]
    assert (local["model"], remote["model"]) == (str(qwen_gguf), remote_id)
    assert "remote" not in local
    assert remote["remote"] == "desk"
    for run in (local, remote):
        assert run["reply"].strip()
        assert 0 < run["stats"]["generated_tokens"] <= 12
        assert run["stats"]["tokens_per_second"] > 0
        assert run["stats"]["stop_reason"] in ("finished", "max_tokens")
    # Not compared word for word: the two sides may split their arithmetic differently (threads, micro-batch), and
    # a small model's greedy words move with that.
    assert [m["model"] for m in document["models"]] == [str(qwen_gguf), remote_id]


def test_stopping_the_remote_pane_closes_its_stream_and_the_local_pane_still_answers(
    server: LlamaServer, host: ModelHost, qwen_gguf: Path, profile: HardwareProfile
) -> None:
    providers, desk = add_desk(server.url)
    local, _verdict = contender_for(host, qwen_gguf, GREEDY, profile, name="here")
    with RemoteReplies(providers) as replies:
        remote = remote_contender(replies, desk, LONG)
        comparison = Comparison([remote, local], MemoryBudget.of(profile))
        assert comparison.plan.together  # the remote model takes none of this computer's memory
        arrived = threading.Event()
        seen: list[str] = []

        def on_remote(event: object) -> None:
            if isinstance(event, TextDelta):
                seen.append(event.text)
                if len("".join(seen)) > 10:
                    arrived.set()

        turn = comparison.ask(COUNT, on_event=[on_remote, None])
        assert arrived.wait(300)
        turn.stop(0)
        assert turn.wait(300)
        stopped, answered = turn.replies
        assert stopped is not None
        assert answered is not None
        assert stopped.stats.stop_reason is StopReason.CANCELLED
        assert stopped.remote == "desk"
        assert len(stopped.text) > 10
        assert stopped.error == ""
        assert answered.stats.stop_reason is not StopReason.CANCELLED
        assert answered.text.strip()
        # the stopped stream was closed: the server answers the next turn, and the pane keeps its history
        comparison.change([remote_contender(replies, desk, GREEDY), local])
        again = comparison.ask("Name a colour.")
        assert again.wait(300)
        assert again.replies[0] is not None
        assert again.replies[0].text.strip()
        assert again.replies[0].stats.stop_reason in (StopReason.FINISHED, StopReason.MAX_TOKENS)


def test_a_remote_that_vanishes_mid_reply_keeps_what_arrived_and_says_so(
    qwen_gguf: Path, host: ModelHost, profile: HardwareProfile
) -> None:
    with LlamaServer(qwen_gguf) as doomed:
        providers, desk = add_desk(doomed.url)
        seen: list[str] = []

        def kill_after_some_words(event: object) -> None:
            if isinstance(event, TextDelta):
                seen.append(event.text)
                if len("".join(seen)) > 10 and doomed.pid:
                    doomed.kill()

        with RemoteReplies(providers) as replies:
            comparison = Comparison([remote_contender(replies, desk, LONG)], MemoryBudget.of(profile))
            turn = comparison.ask(COUNT, on_event=[kill_after_some_words])
            assert turn.wait(300)
    reply = turn.replies[0]
    assert reply is not None
    assert "lost in the middle of the reply; what arrived is kept" in reply.error
    assert len(reply.text) > 10
    assert reply.text == "".join(seen)
    markdown = export_markdown(comparison)
    assert reply.text.strip() in markdown
    assert reply.error in markdown
    assert "leaves this computer" in markdown


def test_a_prompt_set_run_keeps_the_remote_models_results_in_the_compare_store(
    server: LlamaServer, host: ModelHost, qwen_gguf: Path, profile: HardwareProfile, tmp_path: Path
) -> None:
    providers, desk = add_desk(server.url)
    local, _verdict = contender_for(host, qwen_gguf, GREEDY, profile, name="here")
    with CompareStore(tmp_path / "comparisons.db") as store, RemoteReplies(providers) as replies:
        remote = remote_contender(replies, desk, GREEDY)
        prompt_set = store.create_set("Tiny", ["Name a colour.", "Name a fruit."])
        run = open_run(store, prompt_set.id, [local, remote])
        progress = list(run_set(store, [local, remote], MemoryBudget.of(profile), run, threading.Event()))
        assert [p.done for p in progress] == [1, 2, 3, 4]
        finished = store.run(run.id)
        results = store.results(run.id)
    assert finished.finished
    assert sorted(r.model for r in results) == sorted([local.name, local.name, remote.name, remote.name])
    assert all(r.reply.strip() and r.stats.generated_tokens > 0 for r in results)
    assert finished.settings[remote.name]["remote"] == "desk"
    assert finished.settings[remote.name]["file"] == remote.name
