"""RemoteReplies (app/providers/replies.py): other computers' replies as jobs of the model host's shape, against a
scripted server on 127.0.0.1 (tests/helpers/fake_openai.py): in order, a reply cancelled before it started never
reaches the server, a server error ends the job with its sentence, Offline mode sends nothing, and closing ends
replies still waiting so no client waits for ever."""

from __future__ import annotations

import threading

from app import paths
from app.engines.chat_types import Message, Sampling, StopReason, TextDelta
from app.providers import ProviderKeys, Providers, ServerFailed
from app.providers.replies import RemoteReplies
from app.providers.service import RemoteModel
from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import MemoryKeyring

QUICK = Sampling(temperature=0.0, max_tokens=16)
HI = [Message("user", "hi")]


def service(offline: bool = False) -> Providers:
    return Providers(paths.resolve().config, lambda: offline, keys=ProviderKeys(MemoryKeyring()))


def desk(providers: Providers, url: str) -> RemoteModel:
    providers.add("desk", url)
    return providers.remote_models()[0]


def test_replies_stream_in_order_as_jobs_with_events_and_stats() -> None:
    providers = service()
    with FakeOpenAI(Script(chunks=["Hello", " from", " afar"])) as server, RemoteReplies(providers) as replies:
        model = desk(providers, server.url)
        heard: list[object] = []
        first = replies.reply(model, HI, QUICK, on_event=heard.append)
        second = replies.reply(model, HI, QUICK)  # no callback: read as the CLI reads a host job
        text = "".join(e.text for e in second.events() if isinstance(e, TextDelta))
        assert first.result(30).stop_reason is StopReason.FINISHED
        assert second.result(30).stop_reason is StopReason.FINISHED
    assert "".join(e.text for e in heard if isinstance(e, TextDelta)) == "Hello from afar"
    assert text == "Hello from afar"
    assert first.result().generated_tokens == 3


def test_a_reply_cancelled_before_its_turn_never_reaches_the_server() -> None:
    providers = service()
    hold = threading.Event()
    with FakeOpenAI() as server, RemoteReplies(providers) as replies:
        model = desk(providers, server.url)
        server.script.hold = hold  # the first reply waits at the server while the second is cancelled
        first = replies.reply(model, HI, QUICK)
        second = replies.reply(model, HI, QUICK)
        second.cancel()
        hold.set()
        assert first.result(30).stop_reason is StopReason.FINISHED
        assert second.result(30).stop_reason is StopReason.CANCELLED
        posts = [r for r in server.script.requests if r.startswith("POST")]
    assert len(posts) == 1


def test_a_server_error_ends_the_job_with_its_sentence() -> None:
    providers = service()
    script = Script(chat_status=500, chat_body=b'{"error": {"message": "out of memory"}}')
    with FakeOpenAI(script) as server, RemoteReplies(providers) as replies:
        model = desk(providers, server.url)
        job = replies.reply(model, HI, QUICK)
        assert job.wait(30)
    assert isinstance(job.error, ServerFailed)
    assert "out of memory" in job.error.message


def test_offline_mode_sends_nothing_and_says_so() -> None:
    with FakeOpenAI() as server:
        model = desk(service(), server.url)
        with RemoteReplies(service(offline=True)) as replies:
            job = replies.reply(model, HI, QUICK)
            assert job.wait(30)
        posts = [r for r in server.script.requests if r.startswith("POST")]
    assert job.error is not None
    assert "Offline mode is on" in str(getattr(job.error, "message", job.error))
    assert posts == []


def test_closing_ends_the_replies_still_waiting() -> None:
    providers = service()
    hold = threading.Event()
    with FakeOpenAI() as server:
        model = desk(providers, server.url)
        server.script.hold = hold
        replies = RemoteReplies(providers)
        running = replies.reply(model, HI, QUICK)
        waiting = replies.reply(model, HI, QUICK)
        closer = threading.Thread(target=replies.close, name="test-close")
        closer.start()
        hold.set()  # the running reply is answered; the waiting one is never sent
        closer.join(30)
        assert not closer.is_alive()
        assert running.wait(30)
        assert waiting.wait(30)
    assert waiting.result().stop_reason is StopReason.CANCELLED
