"""A request's body read into the engine's own `Sampling`, one to one, with `Sampling()`'s defaults for what it
leaves out: the same settings give the API and the window the same reply."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.engines.chat_types import Sampling, ToolCall
from app.openai.errors import WireError
from app.server.errors import ApiError, api_error_of
from app.server.generation import ChatPrompt, sampling_of
from app.server.requests import chat_request, completion_request

HI = [{"role": "user", "content": "Hi"}]


def test_what_a_request_leaves_out_is_the_windows_own_default() -> None:
    asked = chat_request({"model": "m", "messages": HI})
    assert asked.sampling == Sampling()
    assert asked.max_tokens is None


def test_every_sampling_field_maps_one_to_one() -> None:
    body = {
        "model": "m",
        "messages": HI,
        "temperature": 0,
        "top_p": 0.5,
        "top_k": 7,
        "min_p": 0.1,
        "repeat_penalty": 1.3,
        "frequency_penalty": 0.4,
        "presence_penalty": -0.2,
        "max_tokens": 33,
        "seed": 9,
        "stop": ["END"],
    }
    wanted = Sampling(
        temperature=0.0,
        top_p=0.5,
        top_k=7,
        min_p=0.1,
        repeat_penalty=1.3,
        frequency_penalty=0.4,
        presence_penalty=-0.2,
        max_tokens=33,
        seed=9,
        stop=("END",),
    )
    assert chat_request(body).sampling == wanted
    assert chat_request({**body, "max_tokens": None, "max_completion_tokens": 33}).sampling == wanted


def test_a_raw_completion_keeps_openais_sixteen_tokens_when_none_are_asked_for() -> None:
    assert completion_request({"model": "m", "prompt": "def f():"}).sampling == replace(Sampling(), max_tokens=16)


def test_a_reply_never_asks_for_more_than_the_context_has_room_for() -> None:
    assert sampling_of(Sampling(), room=100).max_tokens == 100
    assert sampling_of(Sampling(max_tokens=20), room=100).max_tokens == 20
    assert sampling_of(Sampling(), room=0).max_tokens == 1


@pytest.mark.parametrize(
    "extra", [{"top_k": -1}, {"top_k": 2.5}, {"min_p": 2}, {"repeat_penalty": "high"}, {"temperature": 3}]
)
def test_a_sampling_value_out_of_range_is_refused_with_its_name(extra: dict[str, object]) -> None:
    with pytest.raises(ApiError) as refused:
        chat_request({"model": "m", "messages": HI, **extra})
    assert refused.value.param == next(iter(extra))


def test_an_earlier_tool_call_is_read_with_its_arguments_as_an_object() -> None:
    call = {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'}}
    messages = [*HI, {"role": "assistant", "content": None, "tool_calls": [call]}]
    prompt = chat_request(
        {"model": "m", "messages": [*messages, {"role": "tool", "content": "Rain", "tool_call_id": "c1"}]}
    ).prompt
    assert isinstance(prompt, ChatPrompt)
    assert prompt.messages[1].tool_calls == (ToolCall("c1", "get_weather", {"city": "Oslo"}),)
    assert prompt.messages[2].tool_call_id == "c1"


def test_a_message_the_wire_refuses_answers_400_at_its_place() -> None:
    with pytest.raises(WireError) as refused:
        chat_request({"model": "m", "messages": [{"role": "user", "content": 5}]})
    answer = api_error_of(refused.value)
    assert answer is not None
    assert (answer.status, answer.param) == (400, "messages[0]")
