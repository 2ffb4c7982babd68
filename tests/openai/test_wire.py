"""The OpenAI wire both ways (app/openai): what Hearth's server writes, its provider client reads back the same."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from app.engines.chat_types import Message, StopReason, ToolCall
from app.engines.llama.chat_format import ToolStyle
from app.openai import finish, sse, tools
from app.openai.errors import WireError
from app.openai.messages import ChatMessage, data_url, from_json, to_json, tool_call_json, tool_call_of

WEATHER = ToolCall("call_1", "get_weather", {"city": "Paris", "days": [1, 2], "units": {"c": True}})


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_message_with_text_and_an_image_goes_out_and_comes_back_the_same() -> None:
    image = _png()
    sent = to_json(Message("user", "What colour?", (image,)))
    assert sent["content"][0] == {"type": "text", "text": "What colour?"}
    assert sent["content"][1]["image_url"]["url"].startswith("data:image/png;base64,")
    read = from_json(json.loads(json.dumps(sent)), 0)
    assert (read.role, read.content, read.message.content) == ("user", "What colour?", "What colour?")
    assert len(read.images) == 1
    assert Image.open(io.BytesIO(read.images[0])).size == (8, 8)


def test_a_plain_message_is_a_role_and_a_text() -> None:
    assert to_json(Message("assistant", "Hi")) == {"role": "assistant", "content": "Hi"}
    assert from_json({"role": "developer", "content": "Be brief."}, 0).role == "system"


def test_tool_calls_and_results_round_trip_with_arguments_as_objects_inside_and_text_on_the_wire() -> None:
    asked = ChatMessage("assistant", "", tool_calls=(WEATHER,))
    answered = ChatMessage("tool", "Sunny", tool_call_id="call_1", name="get_weather")
    wire = [to_json(asked), to_json(answered)]
    assert wire[0]["content"] is None
    assert isinstance(wire[0]["tool_calls"][0]["function"]["arguments"], str)
    assert json.loads(wire[0]["tool_calls"][0]["function"]["arguments"]) == WEATHER.arguments
    assert wire[1] == {"role": "tool", "content": "Sunny", "tool_call_id": "call_1", "name": "get_weather"}
    back = [from_json(json.loads(json.dumps(m)), i) for i, m in enumerate(wire)]
    assert back == [asked, answered]


def test_a_call_without_an_id_is_given_one_and_arguments_may_come_as_an_object() -> None:
    first = tool_call_of({"function": {"name": "f", "arguments": {"x": 1}}})
    second = tool_call_of({"function": {"name": "f", "arguments": ""}})
    assert first.id.startswith("call_")
    assert second.id.startswith("call_")
    assert first.id != second.id
    assert (first.arguments, second.arguments) == ({"x": 1}, {})
    assert tool_call_of(tool_call_json(WEATHER)) == WEATHER


@pytest.mark.parametrize(
    "raw",
    [
        {"role": "wizard", "content": "hi"},
        {"role": "user"},
        {"role": "assistant", "content": None, "tool_calls": [{"function": {"name": "f", "arguments": "{oops"}}]},
        {"role": "assistant", "content": "", "tool_calls": [{"function": {"arguments": "{}"}}]},
        {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]},
        {"role": "system", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]},
    ],
)
def test_a_message_the_wire_cannot_carry_is_refused_with_its_place(raw: dict[str, object]) -> None:
    with pytest.raises(WireError) as refused:
        from_json(raw, 3)
    assert refused.value.param is not None
    assert refused.value.param.startswith("messages[3]")


def test_a_data_url_says_what_the_picture_is() -> None:
    assert data_url(_png()).startswith("data:image/png;base64,")
    assert data_url(b"\xff\xd8\xff\xe0jpeg").startswith("data:image/jpeg;base64,")


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (StopReason.FINISHED, "stop"),
        (StopReason.STOP_STRING, "stop"),
        (StopReason.MAX_TOKENS, "length"),
        (StopReason.CONTEXT_FULL, "length"),
        (StopReason.CANCELLED, "cancelled"),
    ],
)
def test_stop_reasons_are_finish_reasons_and_back(reason: StopReason, text: str) -> None:
    assert finish.finish_reason(reason) == text
    assert finish.finish_reason(finish.stop_reason(text)) == text


def test_a_reply_that_ends_with_calls_finishes_with_tool_calls_and_reads_back_as_finished() -> None:
    assert finish.finish_reason(StopReason.FINISHED, tool_calls=True) == "tool_calls"
    assert finish.finish_reason(StopReason.CANCELLED, tool_calls=True) == "cancelled"
    assert finish.stop_reason("tool_calls") is StopReason.FINISHED
    assert finish.stop_reason("content_filter") is StopReason.FINISHED
    assert finish.stop_reason(None) is StopReason.FINISHED


def test_events_encoded_then_decoded_are_the_same() -> None:
    sent = [{"choices": [{"delta": {"content": "héllo\nthere"}}]}, {"usage": {"prompt_tokens": 3}}]
    stream = b"".join(sse.encode(event) for event in sent[:1]) + sse.PING + sse.encode(sent[1]) + sse.DONE
    stream += sse.encode({"after": "done"})  # never read: [DONE] ends the stream
    assert list(sse.events(stream.decode().splitlines())) == sent


def test_decoding_takes_events_of_several_data_lines() -> None:
    lines = ['data: {"a":', "data: 1}", "", "event: x", "id: 7", "", "data: [DONE]", ""]
    assert list(sse.events(lines)) == [{"a": 1}]


def test_an_event_that_is_not_json_is_named() -> None:
    with pytest.raises(sse.NotJson) as bad:
        list(sse.events(["data: <html>", ""]))
    assert bad.value.payload == "<html>"


def test_streamed_call_deltas_put_together_are_the_calls_that_were_streamed() -> None:
    second = ToolCall("call_2", "get_time", {})
    collected = tools.ToolCallDeltas()
    for delta in tools.call_deltas([WEATHER, second]):
        collected.add(json.loads(json.dumps([delta])))
    assert collected.calls() == [WEATHER, second]


def test_call_arguments_streamed_in_small_pieces_and_out_of_order_calls_are_joined_by_index() -> None:
    collected = tools.ToolCallDeltas()
    collected.add([{"index": 1, "id": "b", "function": {"name": "second", "arguments": ""}}])
    collected.add([{"index": 0, "id": "a", "function": {"name": "first", "arguments": '{"ci'}}])
    collected.add([{"index": 0, "function": {"arguments": 'ty": "Oslo"}'}}])
    collected.add([{"index": 1, "function": {"arguments": "{}"}}])
    assert collected.calls() == [ToolCall("a", "first", {"city": "Oslo"}), ToolCall("b", "second", {})]


def test_streamed_arguments_that_are_not_json_are_refused_not_dropped() -> None:
    collected = tools.ToolCallDeltas()
    collected.add([{"index": 0, "function": {"name": "f", "arguments": '{"x": '}}])
    with pytest.raises(WireError):
        collected.calls()


def split_calls(text: str) -> tuple[str, list[ToolCall]]:
    stream = tools.ToolStream(ToolStyle.GENERIC)
    sent = stream.feed(text)
    rest, calls = stream.finish()
    return sent + rest, calls


def test_a_reply_split_into_content_and_the_calls_it_ends_with() -> None:
    text = 'Checking.\n<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>'
    content, calls = split_calls(text)
    assert content.strip() == "Checking."
    assert [(c.name, c.arguments) for c in calls] == [("get_weather", {"city": "Paris"})]
    assert split_calls("Just words.") == ("Just words.", [])


def test_a_streamed_mistral_call_is_held_from_its_first_bracket() -> None:
    stream = tools.ToolStream(ToolStyle.MISTRAL)
    pieces = ["[TOOL", "_CALLS] [", '{"name": "f", ', '"arguments": {"a": 1}}]']
    assert "".join(stream.feed(piece) for piece in pieces) == ""
    rest, calls = stream.finish()
    assert (rest, [(c.name, c.arguments) for c in calls]) == ("", [("f", {"a": 1})])


def test_calls_are_written_as_each_style_writes_them() -> None:
    call = ToolCall("x", "f", {"a": 1})
    assert tools.call_text(call, ToolStyle.HERMES) == '<tool_call>\n{"name": "f", "arguments": {"a": 1}}\n</tool_call>'
    assert tools.call_text(call, ToolStyle.LLAMA3) == '{"name": "f", "parameters": {"a": 1}}'
    assert tools.call_text(call, ToolStyle.MISTRAL) == '[TOOL_CALLS] [{"name": "f", "arguments": {"a": 1}}]'
    for style in ToolStyle:
        assert [(c.name, c.arguments) for c in tools.parse_calls(tools.call_text(call, style))] == [("f", {"a": 1})]
