"""The local API server with the official `openai` client, on 127.0.0.1, over the real Qwen, MiniLM and Whisper
test models. Replies are kept to a few tokens: the machines running this are small and shared."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx2 as httpx
import jsonschema
import openai
import pytest

from app import settings
from app.hardware import HardwareProfile, probe
from app.host import ModelHost
from app.server import KeyNeeded, LocalServer, PortTaken, RequestRecord, ServedModels, ServerOptions
from tests.helpers.speech import CLIP_WER_BOUND, speech_set, word_error_rate

pytestmark = pytest.mark.model

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]
PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string", "maxLength": 20}, "age": {"type": "integer"}},
    "required": ["name", "age"],
    "additionalProperties": False,
}
HI = [{"role": "user", "content": "Say hello."}]


class Served:
    def __init__(self, server: LocalServer, qwen: str) -> None:
        self.server = server
        self.qwen = qwen
        assert server.address is not None
        self.base_url = server.address.base_url
        self.root = self.base_url.removesuffix("/v1")

    def client(self, key: str = "none") -> openai.OpenAI:
        return openai.OpenAI(base_url=self.base_url, api_key=key, max_retries=0, timeout=300)


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


@pytest.fixture(scope="module")
def served(qwen_gguf: Path, whisper_base_dir: Path, minilm_gguf: Path, profile: HardwareProfile) -> Iterator[Served]:
    with ModelHost() as host:
        models = ServedModels(host, profile, extra=(qwen_gguf, whisper_base_dir, minilm_gguf), use_library=False)
        server = LocalServer(models, ServerOptions(max_queue=32, ping_interval_s=0.01), port=0)
        server.start()
        try:
            yield Served(server, qwen_gguf.name.removesuffix(".gguf"))
        finally:
            server.stop()


def _last_record(served: Served) -> RequestRecord:
    return served.server.service.records[-1]


def test_models_are_listed_with_kind_and_health_needs_nothing(served: Served) -> None:
    with served.client() as client:
        models = {m.id: m for m in client.models.list().data}
    assert served.qwen in models
    assert models[served.qwen].model_extra is not None
    assert models[served.qwen].model_extra["kind"] == "text"
    assert models["faster-whisper-base"].model_extra["kind"] == "speech"  # type: ignore[index]
    assert models["all-minilm-l6-v2-f16"].model_extra["kind"] == "embedding"  # type: ignore[index]
    health = httpx.get(f"{served.root}/health").json()
    assert health["status"] == "ok"
    assert set(health["prompt_cache"]) >= {"entries", "tokens", "bytes", "limit_bytes", "disk_entries", "disk_bytes"}


def test_chat_plain_and_streamed_give_the_same_reply_and_usage(served: Served) -> None:
    with served.client() as client:
        whole = client.chat.completions.create(model=served.qwen, messages=HI, max_tokens=6, temperature=0, seed=1)
        stream = client.chat.completions.create(
            model=served.qwen,
            messages=HI,
            max_tokens=6,
            temperature=0,
            seed=1,
            stream=True,
            stream_options={"include_usage": True},
        )
        pieces, usage, finish = [], None, None
        for chunk in stream:
            if chunk.usage is not None:
                usage = chunk.usage
            for choice in chunk.choices:
                pieces.append(choice.delta.content or "")
                finish = choice.finish_reason or finish
    assert whole.choices[0].message.content
    assert "".join(pieces) == whole.choices[0].message.content
    assert whole.usage is not None
    assert usage is not None
    assert usage.completion_tokens == whole.usage.completion_tokens <= 6
    assert usage.prompt_tokens == whole.usage.prompt_tokens > 5
    assert finish == whole.choices[0].finish_reason
    assert whole.model == served.qwen


def test_coming_back_to_a_conversation_reads_only_what_is_new_and_usage_says_how_much_was_cached(
    served: Served,
) -> None:
    notes = " ".join(f"Box {i} holds {i * 7 % 13} marbles." for i in range(30))
    asked: list[Any] = [{"role": "user", "content": f"{notes}\nWhich box holds the most marbles?"}]
    with served.client() as client:
        first = client.chat.completions.create(model=served.qwen, messages=asked, max_tokens=4, temperature=0)
        client.chat.completions.create(model=served.qwen, messages=HI, max_tokens=2, temperature=0)  # elsewhere
        answer = {"role": "assistant", "content": first.choices[0].message.content}
        follow_up = [*asked, answer, {"role": "user", "content": "And the fewest?"}]
        back = client.chat.completions.create(model=served.qwen, messages=follow_up, max_tokens=2, temperature=0)
    assert first.usage is not None
    assert back.usage is not None
    assert back.usage.prompt_tokens_details is not None
    cached = back.usage.prompt_tokens_details.cached_tokens
    assert cached is not None
    assert first.usage.prompt_tokens < cached < back.usage.prompt_tokens  # the first exchange came from the cache
    line = _last_record(served).line()  # what `hearth serve` prints for the request
    assert f"{back.usage.prompt_tokens}+{back.usage.completion_tokens} tokens ({cached} cached)" in line
    assert " · prompt cache " in line


def test_stop_string_ends_the_reply_without_it(served: Served) -> None:
    """The stop string is taken from the model's own greedy reply on this machine, so the test checks where Hearth
    cut, not which words a small model writes here."""
    ask: dict[str, Any] = {
        "model": served.qwen,
        "messages": [{"role": "user", "content": "Count from 1 to 9, separated by commas."}],
        "max_tokens": 30,
        "temperature": 0,
    }
    with served.client() as client:
        whole = client.chat.completions.create(**ask).choices[0].message.content or ""
        words = whole.split()
        assert len(words) >= 4
        stop = words[len(words) // 2]
        reply = client.chat.completions.create(**ask, stop=[stop])
    assert (reply.choices[0].message.content or "").rstrip() == whole[: whole.index(stop)].rstrip()
    assert reply.choices[0].finish_reason == "stop"


def test_frequency_and_presence_penalties_are_applied_not_ignored(served: Served) -> None:
    """A list of the same word over and over: at temperature 0 a frequency penalty changes what is written (as with
    llama-cpp-python's own create_chat_completion here); a presence penalty of 2 is too small to undo this list, so it
    is only shown to be taken."""
    ask = [{"role": "user", "content": "Write the word 'apple' twenty times, separated by spaces."}]
    with served.client() as client:
        replies = [
            client.chat.completions.create(model=served.qwen, messages=ask, max_tokens=30, temperature=0, **penalty)
            for penalty in ({}, {"frequency_penalty": 2.0}, {"presence_penalty": 2.0})
        ]
    plain, by_frequency, by_presence = (reply.choices[0].message.content or "" for reply in replies)
    assert by_frequency.lower().count("apple") < plain.lower().count("apple")
    assert by_presence.strip()


def test_required_tool_call_plain_and_streamed(served: Served) -> None:
    messages = [{"role": "user", "content": "What is the weather in Paris?"}]
    with served.client() as client:
        whole = client.chat.completions.create(
            model=served.qwen, messages=messages, tools=TOOLS, tool_choice="required", max_tokens=40, temperature=0
        )
        stream = client.chat.completions.create(
            model=served.qwen,
            messages=messages,
            tools=TOOLS,
            tool_choice="required",
            max_tokens=40,
            temperature=0,
            stream=True,
        )
        calls: dict[int, dict[str, str]] = {}
        finish = None
        for chunk in stream:
            for choice in chunk.choices:
                finish = choice.finish_reason or finish
                for delta in choice.delta.tool_calls or ():
                    call = calls.setdefault(delta.index, {"id": "", "name": "", "arguments": ""})
                    call["id"] += delta.id or ""
                    if delta.function is not None:
                        call["name"] += delta.function.name or ""
                        call["arguments"] += delta.function.arguments or ""
    assert whole.choices[0].finish_reason == "tool_calls"
    tool_calls = whole.choices[0].message.tool_calls
    assert tool_calls is not None
    assert len(tool_calls) == 1
    function = tool_calls[0].function  # type: ignore[union-attr]
    assert function.name == "get_weather"
    assert json.loads(function.arguments)["city"].strip()  # the call's shape is forced; the city is the model's
    assert finish == "tool_calls"
    assert list(calls) == [0]
    assert calls[0]["name"] == "get_weather"
    assert calls[0]["id"].startswith("call_")
    assert json.loads(calls[0]["arguments"]) == json.loads(function.arguments)


def test_named_tool_choice_forces_that_function(served: Served) -> None:
    with served.client() as client:
        reply = client.chat.completions.create(
            model=served.qwen,
            messages=[{"role": "user", "content": "Hello there!"}],
            tools=TOOLS,
            tool_choice={"type": "function", "function": {"name": "get_weather"}},
            max_tokens=40,
            temperature=0,
        )
    calls = reply.choices[0].message.tool_calls
    assert calls is not None
    assert calls[0].function.name == "get_weather"
    assert "city" in json.loads(calls[0].function.arguments)  # type: ignore[union-attr]


def test_json_schema_output_is_valid_five_times_out_of_five_at_temperature_07(served: Served) -> None:
    response_format: Any = {"type": "json_schema", "json_schema": {"name": "person", "schema": PERSON}}
    with served.client() as client:
        for seed in range(5):
            reply = client.chat.completions.create(
                model=served.qwen,
                messages=[{"role": "user", "content": "Invent a person."}],
                response_format=response_format,
                max_tokens=40,
                temperature=0.7,
                seed=seed,
            )
            jsonschema.validate(json.loads(reply.choices[0].message.content or ""), PERSON)
            assert reply.choices[0].finish_reason == "stop"


def test_json_object_gives_an_object(served: Served) -> None:
    with served.client() as client:
        reply = client.chat.completions.create(
            model=served.qwen,
            messages=[{"role": "user", "content": "A JSON object with a colour."}],
            response_format={"type": "json_object"},
            max_tokens=30,
            temperature=0,
        )
    assert isinstance(json.loads(reply.choices[0].message.content or ""), dict)


def test_text_completion(served: Served) -> None:
    with served.client() as client:
        reply = client.completions.create(model=served.qwen, prompt="def add(a, b):", max_tokens=5, temperature=0)
    assert reply.choices[0].text
    assert reply.usage is not None
    assert reply.usage.completion_tokens <= 5


def test_transcription_as_json_srt_verbose_json_and_text(served: Served) -> None:
    clip = speech_set().clips["wav"]
    with served.client() as client:
        with clip.path.open("rb") as audio:
            plain = client.audio.transcriptions.create(model="whisper-1", file=audio)
        with clip.path.open("rb") as audio:
            srt = client.audio.transcriptions.create(model="faster-whisper-base", file=audio, response_format="srt")
        with clip.path.open("rb") as audio:
            verbose = client.audio.transcriptions.create(model="whisper-1", file=audio, response_format="verbose_json")
    assert word_error_rate(clip.text, plain.text) <= CLIP_WER_BOUND
    assert "00:00:00," in str(srt)
    assert " --> " in str(srt)
    assert verbose.language == "english"
    assert verbose.segments
    assert verbose.segments[0].end > verbose.segments[0].start
    assert verbose.duration > 1


def test_embeddings_from_the_minilm_model_with_usage_in_its_own_tokens(served: Served, minilm_gguf: Path) -> None:
    texts = ["The cat sits on the mat.", "A kitten is resting on a rug.", "Quarterly revenue grew by 12%."]
    with served.client() as client:
        result = client.embeddings.create(model="all-minilm-l6-v2-f16", input=texts)
    vectors = [item.embedding for item in result.data]
    assert [len(v) for v in vectors] == [384, 384, 384]
    # llama-cpp-python's own count of what its embedder reads ([CLS] … [SEP]), from a Llama of its own
    from llama_cpp import Llama

    own = Llama(str(minilm_gguf), embedding=True, verbose=False, n_ctx=512)
    try:
        _, counted = own.embed(texts, return_count=True)
    finally:
        own.close()
    assert result.usage.prompt_tokens == result.usage.total_tokens == counted
    assert counted > sum(len(t.split()) for t in texts)  # word pieces and the two markers, not words

    def cosine(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cosine(vectors[0], vectors[1]) > 0.5 > cosine(vectors[0], vectors[2])


def test_errors_come_in_openai_shape(served: Served) -> None:
    with served.client() as client:
        with pytest.raises(openai.NotFoundError) as missing:
            client.chat.completions.create(model="no-such-model", messages=HI)
        with pytest.raises(openai.BadRequestError) as too_long:
            client.chat.completions.create(model=served.qwen, messages=HI, max_tokens=900_000)
        with pytest.raises(openai.BadRequestError) as negative:
            client.chat.completions.create(model=served.qwen, messages=HI, max_tokens=-1)
        with pytest.raises(openai.BadRequestError) as speech_for_chat:
            client.chat.completions.create(model="faster-whisper-base", messages=HI)
    assert missing.value.code == "model_not_found"
    assert too_long.value.code == "context_length_exceeded"
    assert "room for" in too_long.value.message
    assert negative.value.param == "max_tokens"
    assert speech_for_chat.value.code == "wrong_model"
    big = httpx.post(f"{served.base_url}/chat/completions", content=b"x" * (9 * 1024 * 1024))
    assert big.status_code == 413
    assert big.json()["error"]["code"] == "request_too_large"
    bad = httpx.post(f"{served.base_url}/chat/completions", content=b"{not json")
    assert bad.status_code == 400
    assert set(bad.json()["error"]) == {"message", "type", "param", "code"}


def test_a_long_prompt_is_read_with_pings_then_data_then_done(served: Served) -> None:
    body = {
        "model": served.qwen,
        "messages": [{"role": "user", "content": "Summarise: " + "the river runs by the mill. " * 60}],
        "max_tokens": 2,
        "temperature": 0,
        "stream": True,
    }
    with httpx.stream("POST", f"{served.base_url}/chat/completions", json=body, timeout=300) as response:
        lines = [line for line in response.iter_lines() if line]
    assert response.status_code == 200
    assert ": ping" in lines
    data = [line for line in lines if line.startswith("data: ")]
    assert data[-1] == "data: [DONE]"
    assert all(json.loads(line[6:])["object"] == "chat.completion.chunk" for line in data[:-1])


MALFORMED: list[Any] = [
    {},
    [],
    "hello",
    {"model": 3, "messages": HI},
    {"model": "", "messages": HI},
    {"messages": HI},
    {"model": "Q", "messages": "hi"},
    {"model": "Q", "messages": []},
    {"model": "Q", "messages": [{"role": "wizard", "content": "hi"}]},
    {"model": "Q", "messages": [{"role": "user"}]},
    {"model": "Q", "messages": [{"role": "user", "content": 5}]},
    {"model": "Q", "messages": ["hi"]},
    {"model": "Q", "messages": HI, "max_tokens": -1},
    {"model": "Q", "messages": HI, "max_tokens": 0},
    {"model": "Q", "messages": HI, "max_tokens": 10**30},
    {"model": "Q", "messages": HI, "max_tokens": "10"},
    {"model": "Q", "messages": HI, "max_tokens": 2.5},
    {"model": "Q", "messages": HI, "temperature": 1e308 * 10},
    {"model": "Q", "messages": HI, "temperature": -1},
    {"model": "Q", "messages": HI, "temperature": "hot"},
    {"model": "Q", "messages": HI, "top_p": 7},
    {"model": "Q", "messages": HI, "seed": -5},
    {"model": "Q", "messages": HI, "seed": 2**80},
    {"model": "Q", "messages": HI, "stream": "yes"},
    {"model": "Q", "messages": HI, "stop": [1, 2]},
    {"model": "Q", "messages": HI, "stop": ["a", "b", "c", "d", "e"]},
    {"model": "Q", "messages": HI, "n": 3},
    {"model": "Q", "messages": HI, "tools": "all"},
    {"model": "Q", "messages": HI, "tools": [{"type": "function"}]},
    {"model": "Q", "messages": HI, "tool_choice": "required"},
    {"model": "Q", "messages": HI, "tools": TOOLS, "tool_choice": {"type": "function", "function": {"name": "x"}}},
    {"model": "Q", "messages": HI, "response_format": {"type": "xml"}},
    {"model": "Q", "messages": HI, "response_format": {"type": "json_schema"}},
    {"model": "Q", "messages": HI, "stream_options": {"include_usage": "y"}},
    {"model": "Q", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
    {
        "model": "Q",
        "messages": [
            {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,aGVsbG8="}}]}
        ],
    },
    {"model": "Q", "messages": [{"role": "user", "content": [{"type": "video", "video": "x"}]}]},
    {
        "model": "Q",
        "messages": [
            {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}
        ],
    },
    {"model": "Q", "messages": HI, "presence_penalty": 7},
    {"model": "Q", "messages": HI, "frequency_penalty": "lots"},
    {"model": "../../../etc/passwd", "messages": HI},
    {"model": "/etc/passwd", "messages": HI},
    {"model": "C:\\Windows\\win.ini", "messages": HI},
]


def test_malformed_requests_get_a_4xx_with_a_sentence_and_the_server_stays_up(served: Served) -> None:
    statuses = []
    with httpx.Client(timeout=60) as http:
        for body in MALFORMED:
            if isinstance(body, dict) and body.get("model") == "Q":
                body = {**body, "model": served.qwen}
            response = http.post(f"{served.base_url}/chat/completions", content=json.dumps(body).encode())
            statuses.append(response.status_code)
            error = response.json()["error"]
            assert 400 <= response.status_code < 500, (body, response.text)
            assert error["message"].endswith((".", ")")), error
            assert len(error["message"]) > 15, error
        for path in ("/v1/nothing", "/v2/chat"):
            assert http.get(f"{served.root}{path}").status_code == 404
        assert http.get(f"{served.base_url}/chat/completions").status_code == 405
        huge = http.post(f"{served.base_url}/chat/completions", content=b"x" * (100 * 1024 * 1024))
        assert huge.status_code == 413
        statuses.append(huge.status_code)
        audio = http.post(f"{served.base_url}/audio/transcriptions", data={"model": "whisper-1"})
        assert audio.status_code == 400
        assert http.get(f"{served.root}/health").status_code == 200
    assert len(statuses) >= 30


def test_eight_concurrent_streams_each_get_their_reply_alone(served: Served) -> None:
    prompts = [f"Name one fruit that is {colour}." for colour in ("red", "yellow", "green", "orange")] * 2

    def ask(prompt: str, stream: bool) -> str:
        with served.client() as client:
            messages: Any = [{"role": "user", "content": prompt}]
            if not stream:
                reply = client.chat.completions.create(
                    model=served.qwen, messages=messages, max_tokens=5, temperature=0
                )
                return reply.choices[0].message.content or ""
            parts = []
            for chunk in client.chat.completions.create(
                model=served.qwen, messages=messages, max_tokens=5, temperature=0, stream=True
            ):
                parts.extend(choice.delta.content or "" for choice in chunk.choices)
            return "".join(parts)

    alone = {prompt: ask(prompt, stream=False) for prompt in prompts[:4]}
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda p: ask(p, stream=True), prompts))
    assert together == [alone[p] for p in prompts]
    assert all(together)


def test_four_concurrent_first_requests_share_one_load(qwen_gguf: Path, profile: HardwareProfile) -> None:
    with ModelHost() as host:
        models = ServedModels(host, profile, extra=(qwen_gguf,), use_library=False)
        with LocalServer(models, ServerOptions(), port=0) as server:
            assert server.address is not None
            name = qwen_gguf.name.removesuffix(".gguf")

            def ask(_: int) -> str:
                with openai.OpenAI(base_url=server.address.base_url, api_key="x", max_retries=0) as client:  # type: ignore[union-attr]
                    reply = client.chat.completions.create(model=name, messages=HI, max_tokens=1, temperature=0)
                    return reply.choices[0].message.content or ""

            with ThreadPoolExecutor(max_workers=4) as pool:
                replies = list(pool.map(ask, range(4)))
        assert len(set(replies)) == 1
        assert len(models.loads) == 1
        assert len(host.loaded_models()) == 1


def test_a_client_that_leaves_frees_its_place_and_a_full_queue_answers_503(
    qwen_gguf: Path, profile: HardwareProfile
) -> None:
    with ModelHost() as host:
        models = ServedModels(host, profile, extra=(qwen_gguf,), use_library=False)
        with LocalServer(models, ServerOptions(max_queue=1), port=0) as server:
            assert server.address is not None
            url = f"{server.address.base_url}/chat/completions"
            counting = f"{server.address.base_url}/completions"
            name = qwen_gguf.name.removesuffix(".gguf")
            finished = threading.Event()
            records: list[RequestRecord] = []

            def on_record(record: RequestRecord) -> None:
                records.append(record)
                if record.status == 499:
                    finished.set()

            server.service.subscribe(on_record)
            long = {
                "model": name,
                "prompt": "1, 2, 3, 4, 5, 6, 7,",
                "max_tokens": 2000,
                "temperature": 0,
                "stream": True,
            }
            with httpx.Client(timeout=300) as http:
                with http.stream("POST", counting, json=long) as response:
                    assert response.status_code == 200
                    lines = response.iter_lines()  # kept: a dropped iterator would close the response
                    next(lines)  # the stream has begun: the one place is taken
                    busy = http.post(url, json={"model": name, "messages": HI, "max_tokens": 1})
                    assert busy.status_code == 503, busy.text
                    assert busy.headers["Retry-After"] == "5"
                    assert busy.json()["error"]["code"] == "queue_full"
                assert finished.wait(120)
                after = http.post(url, json={"model": name, "messages": HI, "max_tokens": 1})
                assert after.status_code == 200
            left = next(r for r in records if r.status == 499)
            assert left.completion_tokens < 2000


def test_with_a_key_every_request_but_health_needs_it(qwen_gguf: Path, profile: HardwareProfile) -> None:
    with pytest.raises(KeyNeeded):
        LocalServer(ServedModels(ModelHost(), profile, use_library=False), ServerOptions(), port=0, share=True)
    with ModelHost() as host:
        models = ServedModels(host, profile, extra=(qwen_gguf,), use_library=False)
        with LocalServer(models, ServerOptions(api_key="s3cret-key"), port=0) as server:
            assert server.address is not None
            base = server.address.base_url
            with (
                openai.OpenAI(base_url=base, api_key="wrong", max_retries=0) as client,
                pytest.raises(openai.AuthenticationError) as refused,
            ):
                client.models.list()
            assert refused.value.code == "invalid_api_key"
            assert httpx.get(f"{base}/models").status_code == 401
            assert httpx.get(base.removesuffix("/v1") + "/health").status_code == 200
            with openai.OpenAI(base_url=base, api_key="s3cret-key", max_retries=0) as client:
                assert client.models.list().data


def test_before_the_windows_hardware_scan_a_request_is_answered_503_and_nothing_loads(qwen_gguf: Path) -> None:
    with ModelHost() as host:
        models = ServedModels(host, lambda: None, extra=(qwen_gguf,), use_library=False)  # the scan is not done
        with LocalServer(models, ServerOptions(), port=0) as server:
            assert server.address is not None
            base = server.address.base_url
            name = qwen_gguf.name.removesuffix(".gguf")
            asked = httpx.post(f"{base}/chat/completions", json={"model": name, "messages": HI, "max_tokens": 1})
            assert asked.status_code == 503, asked.text
            assert "still looking at this computer" in asked.json()["error"]["message"]
            assert httpx.get(f"{base}/models").status_code == 200  # listing the models needs no scan
        assert host.loaded_models() == []


def test_a_taken_port_is_said_plainly_with_the_next_free_one(qwen_gguf: Path, profile: HardwareProfile) -> None:
    with ModelHost() as host:
        models = ServedModels(host, profile, use_library=False)
        with LocalServer(models, ServerOptions(), port=0) as first:
            assert first.address is not None
            with pytest.raises(PortTaken) as taken:
                LocalServer(models, ServerOptions(), port=first.address.port).start()
    assert str(first.address.port) in taken.value.message
    assert taken.value.free is not None
    assert taken.value.free != first.address.port


def test_a_model_the_chat_page_loaded_is_reused_and_only_the_servers_own_loads_unload_when_idle(
    qwen_gguf: Path, profile: HardwareProfile
) -> None:
    from app.fit.estimate import LoadPlan
    from app.host import ModelRequest

    with ModelHost() as host:
        chat_page = ModelRequest(qwen_gguf, LoadPlan(context=2048, gpu_layers=0), profile)
        host.load(chat_page).result()
        models = ServedModels(host, profile, extra=(qwen_gguf,), use_library=False)
        with LocalServer(models, ServerOptions(), port=0) as server:
            assert server.address is not None
            with openai.OpenAI(base_url=server.address.base_url, api_key="x", max_retries=0) as client:
                client.chat.completions.create(
                    model=qwen_gguf.name.removesuffix(".gguf"), messages=HI, max_tokens=1, temperature=0
                )
                listed = {m.id: m.model_extra for m in client.models.list().data}
            assert models.loads == []  # nothing loaded for the API: the Chat page's model answered
            assert listed[qwen_gguf.name.removesuffix(".gguf")] == {
                "name": qwen_gguf.name.removesuffix(".gguf"),
                "kind": "text",
                "loaded": True,
                "context": 2048,
            }
            assert models.unload_idle(0) == []  # not the server's to unload
            assert host.find_loaded(qwen_gguf) == chat_page
            host.unload(chat_page).result()
            with openai.OpenAI(base_url=server.address.base_url, api_key="x", max_retries=0) as client:
                client.chat.completions.create(
                    model=qwen_gguf.name.removesuffix(".gguf"), messages=HI, max_tokens=1, temperature=0
                )
            assert len(models.loads) == 1
            assert models.unload_idle(3600) == []  # used just now
            assert models.unload_idle(0) == [qwen_gguf.resolve()]
            host.call(lambda: None).result()  # the unload queued before this has run
            assert host.loaded_models() == []


def _blocking(served: Served) -> tuple[threading.Event, Any]:
    """Hold the model host's engine thread (a job that waits for the event), so what comes next waits in its queue."""
    release = threading.Event()
    return release, served.server.models.host.call(release.wait, "a job that holds the engine thread")


def _stream_body(served: Served) -> dict[str, Any]:
    return {"model": served.qwen, "messages": HI, "max_tokens": 2, "temperature": 0, "stream": True}


def test_a_stream_waiting_in_the_queue_gets_pings_until_its_turn(served: Served) -> None:
    release, holder = _blocking(served)
    try:
        with httpx.stream("POST", f"{served.base_url}/chat/completions", json=_stream_body(served), timeout=300) as r:
            lines = (line for line in r.iter_lines() if line)
            first, second = next(lines), next(lines)  # the engine thread is held: nothing but pings can come
            release.set()
            rest = list(lines)
    finally:
        release.set()
    holder.result(60)
    assert r.status_code == 200
    assert first == second == ": ping"
    data = [line for line in rest if line.startswith("data: ")]
    assert json.loads(data[0][6:])["choices"][0]["delta"]["role"] == "assistant"
    assert data[-1] == "data: [DONE]"


def test_an_error_after_the_stream_began_arrives_as_an_error_event_and_the_stream_ends(served: Served) -> None:
    """Provoked for real: the model is unloaded (as the window may do) while the streamed request waits in the
    queue, after its response has begun."""
    host = served.server.models.host
    with served.client() as client:  # the model is loaded, so the request only waits for the engine thread
        client.chat.completions.create(model=served.qwen, messages=HI, max_tokens=1, temperature=0)
    request = host.find_loaded(served.server.models.find(served.qwen).path)
    assert request is not None
    release, holder = _blocking(served)
    try:
        with httpx.stream("POST", f"{served.base_url}/chat/completions", json=_stream_body(served), timeout=300) as r:
            lines = (line for line in r.iter_lines() if line)
            assert next(lines) == ": ping"  # the stream has begun (200) and the request is queued
            unloading = host.unload(request)  # queued behind the request's own first step
            release.set()
            rest = list(lines)
    finally:
        release.set()
    holder.result(60)
    unloading.result(60)
    assert r.status_code == 200
    data = [line for line in rest if line.startswith("data: ")]
    error = json.loads(data[-1][6:])["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == "model_unloaded"
    assert "unloaded" in error["message"]
    assert "data: [DONE]" not in rest
    assert _last_record(served).status == 503
    with served.client() as client:  # the server goes on: the next request loads the model again
        again = client.chat.completions.create(model=served.qwen, messages=HI, max_tokens=1, temperature=0)
    assert again.choices[0].message.content is not None
