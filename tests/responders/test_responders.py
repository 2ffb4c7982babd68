"""The joins of "one way for a model to answer": a local and a remote Responder answer with the same kinds of events
and fill the same numbers; the window's path and the API server give the same reply with the same settings; two
clients that plan one file differently load it once.

The remote model is another Hearth's server on 127.0.0.1 (the real `LocalServer` over the real Qwen test model), the
window's path is a `LocalResponder` on the model host, as the Chat page's session uses it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from app import paths, settings
from app.engines.chat_types import BALANCED, Message, ReplyStats, Sampling, StopReason, TextDelta
from app.hardware import HardwareProfile, probe
from app.host import ModelHost, plan_load
from app.providers import ProviderKeys, Providers
from app.providers.replies import RemoteReplies
from app.responders import LocalResponder, RemoteResponder, Responder
from app.server import LocalServer, ServedModels, ServerOptions
from tests.helpers.keyring_backends import MemoryKeyring

pytestmark = pytest.mark.model

QUESTION = [Message("user", "Name three colours.")]
GREEDY = dataclasses.replace(BALANCED, temperature=0.0, max_tokens=12, seed=1)


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


@pytest.fixture
def other_computer(qwen_gguf: Path, profile: HardwareProfile) -> Iterator[str]:
    """Another Hearth's API, with its own host, as a bigger computer on the network would serve it."""
    with ModelHost() as far_host:
        server = LocalServer(ServedModels(far_host, profile, extra=(qwen_gguf,), use_library=False), ServerOptions())
        address = server.start()
        try:
            yield address.base_url
        finally:
            server.stop()


def answer(responder: Responder, sampling: Sampling = GREEDY) -> tuple[list[object], ReplyStats]:
    responder.prepare().result()
    job = responder.reply(QUESTION, sampling)
    events = list(job.events())
    return events, job.result()


def test_a_local_and_a_remote_responder_answer_with_the_same_events_and_numbers(
    host: ModelHost, qwen_gguf: Path, profile: HardwareProfile, other_computer: str
) -> None:
    local = LocalResponder(host, plan_load(qwen_gguf, profile, context=1024).request)
    providers = Providers(paths.resolve().config, lambda: False, keys=ProviderKeys(MemoryKeyring()))
    providers.add("desk", other_computer)
    with RemoteReplies(providers) as queue:
        remote = RemoteResponder(queue, providers.remote_models()[0])
        assert (local.leaves_computer, remote.leaves_computer) == (False, True)
        here, here_stats = answer(local)
        there, there_stats = answer(remote)
    assert {type(e) for e in here} == {type(e) for e in there} == {TextDelta}
    for stats in (here_stats, there_stats):  # what the numbers line shows is filled on both sides
        assert stats.prompt_tokens > 0
        assert 0 < stats.generated_tokens <= GREEDY.max_tokens
        assert stats.tokens_per_second > 0
        assert stats.ttft_s > 0
        assert stats.stop_reason in (StopReason.FINISHED, StopReason.MAX_TOKENS)
    assert there_stats.prompt_tokens == here_stats.prompt_tokens  # one template, one tokenizer


def test_the_window_and_the_api_give_the_same_reply_with_the_same_settings(
    qwen_gguf: Path, profile: HardwareProfile
) -> None:
    """Both read the prompt from nothing (the window's first reply; the API at temperature 0), on one host, with the
    one set of defaults: what the request leaves out is the window's Balanced preset."""
    with ModelHost() as host:
        models = ServedModels(host, profile, extra=(qwen_gguf,), use_library=False)
        request, load = models.load(models.find(qwen_gguf.stem))
        load.result()
        chat, _stats = answer(LocalResponder(host, request))
        server = LocalServer(models, ServerOptions())
        address = server.start()
        try:
            with openai.OpenAI(base_url=address.base_url, api_key="none", max_retries=0, timeout=300) as client:
                api = client.chat.completions.create(
                    model=qwen_gguf.stem,
                    messages=[{"role": "user", "content": QUESTION[0].content}],
                    max_tokens=GREEDY.max_tokens,
                    temperature=0,
                    seed=1,
                )
        finally:
            server.stop()
        assert len(host.loaded_models()) == 1
    window = "".join(e.text for e in chat if isinstance(e, TextDelta))
    assert window.strip()
    assert api.choices[0].message.content == window


def test_two_clients_that_plan_one_file_differently_load_it_once(
    host: ModelHost, qwen_gguf: Path, profile: HardwareProfile
) -> None:
    chat = plan_load(qwen_gguf, profile, context=2048).request  # the Chat page, at its chosen context
    compare = plan_load(qwen_gguf, profile, context=1024).request  # a Compare pane, at a shorter one
    assert chat.key != compare.key
    first, second = host.load(chat), host.load(compare)  # asked at the same moment
    assert first.result() is second.result()
    stats = LocalResponder(host, compare).reply(QUESTION, GREEDY).result()
    assert stats.generated_tokens > 0
    assert len(host.loaded_models()) == 1
    served = ServedModels(host, profile, extra=(qwen_gguf,), use_library=False)  # and the API server
    _request, load = served.load(served.find(qwen_gguf.stem))
    load.result()
    assert len(host.loaded_models()) == 1
