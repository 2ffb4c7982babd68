"""Remote providers against a scripted server on 127.0.0.1, for failures real servers cannot be made to show on
demand: answers that are not JSON, a first byte held back, 500s, a model list without the model asked for. The
client, the registry and the service are Hearth's real code; only the server's behaviour is scripted."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import pytest

from app import paths
from app.engines.chat_types import Message, Sampling, StopReason, TextDelta, ThinkingDelta, ToolCall
from app.openai import sse
from app.openai.tools import call_deltas
from app.providers import (
    ConnectionRefused,
    KeyRefused,
    ModelGone,
    NotOpenAICompatible,
    Provider,
    ProviderKeys,
    Providers,
    ProvidersOffline,
    ServerFailed,
    ServerTimedOut,
    TlsProblem,
)
from app.providers.client import ProviderClient
from app.providers.service import RemoteModel
from app.secrets import Secret
from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import MemoryKeyring

QUICK = Sampling(temperature=0.0, max_tokens=16)


def providers(offline: bool = False, **client_options: float) -> Providers:
    return Providers(
        paths.resolve().config, lambda: offline, keys=ProviderKeys(MemoryKeyring()), client_options=client_options
    )


def reply(client: ProviderClient, model: str = "fake-model") -> tuple[list[object], object]:
    events: list[object] = []
    stream = client.stream_chat(model, [Message("user", "hi")], QUICK)
    try:
        while True:
            events.append(next(stream))
    except StopIteration as end:
        return events, end.value


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_add_tests_the_connection_then_keeps_the_provider_and_its_models() -> None:
    with FakeOpenAI(Script(models=["a", "b"])) as server:
        service = providers()
        added = service.add("desk", server.url + "/")
        assert added.models == ("a", "b")
        assert added.url == server.url
        assert added.api_base == server.url + "/v1"
        assert added.last_seen
        assert server.script.requests == ["GET /v1/models"]
    again = providers()
    assert [p.name for p in again.all()] == ["desk"]
    assert [m.id for m in again.remote_models()] == ["desk/a", "desk/b"]


def test_key_lives_in_the_password_store_never_in_the_providers_file() -> None:
    with FakeOpenAI() as server:
        service = providers()
        service.add("desk", server.url, key=Secret("sk-never-in-a-file"))
        stored = (paths.resolve().config / "providers.json").read_text()
        assert "sk-never-in-a-file" not in stored
        assert json.loads(stored)["providers"][0]["has_key"] is True
        assert service.keys.get("desk") == Secret("sk-never-in-a-file")
        service.rename("desk", "big desk")
        assert service.keys.get("big desk") == Secret("sk-never-in-a-file")
        assert service.keys.get("desk") is None
        service.remove("big desk")
        assert service.keys.get("big desk") is None
        assert service.all() == []


def test_an_answer_that_is_not_json_is_not_an_openai_compatible_api() -> None:
    with FakeOpenAI(Script(models_body=b"<html>router login</html>")) as server:
        with pytest.raises(NotOpenAICompatible, match="not as an OpenAI-compatible API does") as caught:
            providers().add("router", server.url)
        assert "router login" in caught.value.details
    assert providers().all() == []  # a failed test keeps nothing


def test_a_first_byte_that_never_comes_times_out_with_a_sentence() -> None:
    held = threading.Event()
    with FakeOpenAI(Script(hold=held)) as server:
        with pytest.raises(ServerTimedOut, match="took too long to answer"):
            providers(list_timeout_s=0.5).add("slow", server.url)
        held.set()


def test_a_reply_whose_first_byte_never_comes_times_out() -> None:
    held = threading.Event()
    with FakeOpenAI(Script(hold=held)) as server:
        provider = Provider("slow", server.url)
        with ProviderClient(provider, first_byte_timeout_s=0.5) as client, pytest.raises(ServerTimedOut):
            reply(client)
        held.set()


def test_a_500_says_the_server_had_a_problem_and_what_it_said() -> None:
    body = json.dumps({"error": {"message": "CUDA out of memory"}}).encode()
    with (
        FakeOpenAI(Script(chat_status=500, chat_body=body)) as server,
        ProviderClient(Provider("desk", server.url)) as client,
        pytest.raises(ServerFailed) as caught,
    ):
        reply(client)
    assert "error 500" in caught.value.message
    assert "CUDA out of memory" in caught.value.message


def test_a_model_the_server_no_longer_lists_is_gone() -> None:
    body = json.dumps({"error": {"message": "model 'wanted' not found"}}).encode()
    with FakeOpenAI(Script(models=["other"], chat_status=404, chat_body=body)) as server:
        with ProviderClient(Provider("desk", server.url)) as client, pytest.raises(ModelGone) as caught:
            reply(client, "wanted")
        assert "no longer offers the model “wanted”" in caught.value.message
        service = providers()
        service.add("desk", server.url)
        with pytest.raises(ModelGone, match="It offers: other"):
            service.resolve("desk/wanted")


def test_401_is_the_key() -> None:
    script = Script(chat_status=401, chat_body=b'{"error": "bad key"}')
    with (
        FakeOpenAI(script) as server,
        ProviderClient(Provider("desk", server.url)) as client,
        pytest.raises(KeyRefused, match="asks for a key"),
    ):
        reply(client)


def test_nothing_listening_is_a_refused_connection() -> None:
    with pytest.raises(ConnectionRefused, match=r"Nothing answers at 127\.0\.0\.1"):
        providers().add("gone", f"http://127.0.0.1:{free_port()}")


def test_https_to_a_plain_http_server_is_a_tls_problem_with_the_fix() -> None:
    with FakeOpenAI() as server, pytest.raises(TlsProblem, match="try the address with http://"):
        providers().add("desk", server.url.replace("http://", "https://"))


def test_offline_mode_turns_every_provider_off_without_a_connection(tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        providers().add("desk", server.url)
        server.script.requests.clear()
        offline = providers(offline=True)
        with pytest.raises(ProvidersOffline, match="Offline mode is on"):
            offline.add("desk2", server.url)
        with pytest.raises(ProvidersOffline):
            offline.client("desk")
        with pytest.raises(ProvidersOffline):
            offline.check("desk")
        assert offline.remote_models() == []
        assert server.script.requests == []


def test_reasoning_in_think_tags_streams_apart_from_the_answer() -> None:
    chunks = ["<thi", "nk>Let me see", ".</think>", "The answer", " is 4."]
    with FakeOpenAI(Script(chunks=chunks)) as server, ProviderClient(Provider("desk", server.url)) as client:
        events, stats = reply(client)
    thinking = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert (thinking, text) == ("Let me see.", "The answer is 4.")
    assert stats.generated_tokens == 5  # type: ignore[attr-defined]
    assert stats.stop_reason is StopReason.FINISHED  # type: ignore[attr-defined]


WEATHER_TOOL = {
    "type": "function",
    "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}},
}


def _chunk(delta: dict[str, object], finish: str | None = None) -> bytes:
    return sse.encode({"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def test_a_remote_models_streamed_tool_calls_reach_the_client_as_tool_call_events() -> None:
    """Before, the client dropped `delta.tool_calls`: a remote model's call never reached the chat."""
    paris = ToolCall("call_a", "get_weather", {"city": "Paris"})
    oslo = ToolCall("call_b", "get_weather", {"city": "Oslo"})
    deltas = call_deltas([paris, oslo])
    pieces = deltas[1]["function"]["arguments"]  # the first call's arguments, in three pieces as servers send them
    body = _chunk({"role": "assistant", "content": "Checking both."})
    body += _chunk({"tool_calls": [deltas[0]]})
    body += b"".join(_chunk({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in _thirds(pieces))
    body += _chunk({"tool_calls": deltas[2:]})
    body += _chunk({}, "tool_calls") + sse.encode(
        {"choices": [], "usage": {"prompt_tokens": 40, "completion_tokens": 21}}
    )
    body += sse.DONE
    with FakeOpenAI(Script(chat_body=body)) as server, ProviderClient(Provider("desk", server.url)) as client:
        events: list[object] = []
        stream = client.stream_chat("fake-model", [Message("user", "Weather?")], QUICK, tools=[WEATHER_TOOL])
        try:
            while True:
                events.append(next(stream))
        except StopIteration as end:
            stats = end.value
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["Checking both."]
    assert [e for e in events if isinstance(e, ToolCall)] == [paris, oslo]
    assert isinstance(events[-1], ToolCall)  # the calls come last, after the text
    assert stats.stop_reason is StopReason.FINISHED
    assert (stats.prompt_tokens, stats.generated_tokens, stats.prompt_tokens_evaluated) == (40, 21, 40)


def test_a_whole_answer_with_message_tool_calls_reaches_the_client_too() -> None:
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Rome"}'}}],
    }
    body = sse.encode({"choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}]}) + sse.DONE
    with FakeOpenAI(Script(chat_body=body)) as server, ProviderClient(Provider("desk", server.url)) as client:
        events, stats = reply(client)
    calls = [e for e in events if isinstance(e, ToolCall)]
    assert [(c.name, c.arguments) for c in calls] == [("get_weather", {"city": "Rome"})]
    assert calls[0].id.startswith("call_")  # the server gave none: one is made
    assert stats.stop_reason is StopReason.FINISHED  # type: ignore[attr-defined]


def test_a_streamed_call_whose_arguments_are_not_json_is_a_server_problem_not_a_silent_drop() -> None:
    body = _chunk({"content": "Sure."}) + _chunk(
        {"tool_calls": [{"index": 0, "function": {"name": "f", "arguments": "{"}}]}
    )
    body += sse.DONE
    with FakeOpenAI(Script(chat_body=body)) as server, ProviderClient(Provider("desk", server.url)) as client:
        events: list[object] = []
        stream = client.stream_chat("fake-model", [Message("user", "hi")], QUICK)
        with pytest.raises(ServerFailed, match="tool"):
            events.extend(stream)
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["Sure."]  # what arrived is kept


def test_llama_servers_timings_fill_the_stats_a_local_reply_has() -> None:
    timings = {"cache_n": 30, "prompt_n": 10, "draft_n": 8, "draft_n_accepted": 6}
    body = _chunk({"content": "Hi"}) + _chunk({}, "length")
    body += sse.encode({"choices": [], "usage": {"prompt_tokens": 40, "completion_tokens": 16}, "timings": timings})
    body += sse.DONE
    with FakeOpenAI(Script(chat_body=body)) as server, ProviderClient(Provider("desk", server.url)) as client:
        _, stats = reply(client)
    assert stats.stop_reason is StopReason.MAX_TOKENS  # type: ignore[attr-defined]
    reused = (stats.prompt_tokens_reused, stats.prompt_tokens_evaluated)  # type: ignore[attr-defined]
    drafted = (stats.drafted_tokens, stats.accepted_tokens)  # type: ignore[attr-defined]
    assert (reused, drafted) == ((30, 10), (8, 6))


def _thirds(text: str) -> list[str]:
    size = max(len(text) // 3, 1)
    return [text[:size], text[size : 2 * size], text[2 * size :]]


def test_a_check_keeps_the_problem_and_the_last_time_seen() -> None:
    with FakeOpenAI() as server:
        service = providers()
        seen = service.add("desk", server.url).last_seen
        port = server.url
    checked = service.check("desk")
    assert "Nothing answers" in checked.problem
    assert checked.last_seen == seen
    assert checked.models == ("fake-model",)  # still the list last seen
    assert port


def test_a_model_named_by_its_file_path_is_shown_by_its_file_name() -> None:
    assert RemoteModel("desk", "/home/me/models/qwen2.5-7b-q4_k_m.gguf", "h").label == "qwen2.5-7b-q4_k_m.gguf"
    assert RemoteModel("desk", "C:\\models\\Phi-4.Q4.GGUF", "h").label == "Phi-4.Q4.GGUF"
    assert RemoteModel("desk", "llama3.1:8b", "h").label == "llama3.1:8b"  # Ollama
    assert RemoteModel("desk", "Qwen/Qwen2.5-7B-Instruct", "h").label == "Qwen/Qwen2.5-7B-Instruct"  # vLLM
