"""Reading tool calls back from the two template families, whole and as a stream, and the grammars that force them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.server import tools
from app.server.errors import ApiError

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def test_hermes_calls_are_read_including_parallel_ones() -> None:
    text = (
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>\n'
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Oslo"}}\n</tool_call>'
    )
    calls = tools.parse_calls(text)
    assert [c.name for c in calls] == ["get_weather", "get_weather"]
    assert [json.loads(c.arguments)["city"] for c in calls] == ["Paris", "Oslo"]
    assert len({c.id for c in calls}) == 2


def test_llama3_json_calls_are_read_with_and_without_the_python_tag() -> None:
    plain = tools.parse_calls('{"name": "get_weather", "parameters": {"city": "Rome"}}')
    tagged = tools.parse_calls('<|python_tag|>{"name": "get_weather", "parameters": {"city": "Rome"}}')
    assert [(c.name, json.loads(c.arguments)) for c in plain] == [("get_weather", {"city": "Rome"})]
    assert [(c.name, json.loads(c.arguments)) for c in tagged] == [("get_weather", {"city": "Rome"})]


def test_a_plain_answer_or_json_that_is_not_a_call_is_no_call() -> None:
    assert tools.parse_calls("It is sunny in Paris.") == []
    assert tools.parse_calls('{"colour": "blue"}') == []


def test_a_stream_sends_text_at_once_and_holds_a_call_until_it_is_complete() -> None:
    stream = tools.ToolStream()
    sent = [
        stream.feed(piece)
        for piece in (
            "Let me check. ",
            "<tool",
            '_call>\n{"name": "get_weather", ',
            '"arguments": {"city": "Paris"}}\n</tool_call>',
        )
    ]
    rest, calls = stream.finish()
    assert "".join(sent) == "Let me check. "
    assert rest == ""
    assert [c.name for c in calls] == ["get_weather"]


def test_a_stream_that_is_plain_text_is_all_sent() -> None:
    stream = tools.ToolStream()
    sent = "".join(stream.feed(piece) for piece in ("Sunny", " and ", "warm."))
    rest, calls = stream.finish()
    assert sent + rest == "Sunny and warm."
    assert calls == []


def test_forced_grammars_are_written_in_the_models_family() -> None:
    hermes = tools.forced_call_grammar([WEATHER], hermes=True)
    llama3 = tools.forced_call_grammar([WEATHER], hermes=False)
    assert hermes.startswith('root ::= "<tool_call>\\n" call "\\n</tool_call>"')
    assert '"\\"arguments\\""' in hermes
    assert llama3.startswith("root ::= call")
    assert '"\\"parameters\\""' in llama3


def test_a_schema_that_cannot_be_enforced_is_refused_not_ignored() -> None:
    with pytest.raises(ApiError) as refused:
        tools.json_grammar({"type": "object", "properties": {"a": {"$ref": "https://example.com/x.json"}}})
    assert refused.value.status == 400
    assert refused.value.code == "unsupported_schema"


@pytest.mark.model
def test_tools_written_into_the_prompt_read_exactly_as_qwens_own_template_writes_them(qwen_gguf: Path) -> None:
    """The engine hands its template only role and content, so the server writes tools, an earlier call and its
    result into the messages; for Qwen the prompt is then the very text its template writes with `tools`."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from app.engines.chat_format import TemplateFormat
    from app.gguf_info import read_file
    from app.server.generation import ChatPrompt
    from app.server.prompts import engine_messages

    template = read_file(qwen_gguf).metadata["tokenizer.chat_template"]
    call = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}
    messages = (
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is the weather in Paris?"},
        {"role": "assistant", "content": "", "tool_calls": [call]},
        {"role": "tool", "content": "Sunny, 21 °C", "tool_call_id": "call_1"},
    )
    own = Jinja2ChatFormatter(template=template, eos_token="<|endoftext|>", bos_token="")(
        messages=list(messages), tools=[WEATHER]
    ).prompt
    ours = TemplateFormat(template, "", "<|endoftext|>").render(
        engine_messages(ChatPrompt(messages, (WEATHER,)), hermes=tools.uses_hermes(template))
    )
    assert ours.text == own


def test_a_grammar_llama_cpp_cannot_read_is_refused_before_it_reaches_the_engine() -> None:
    """llama.cpp turns a grammar it cannot parse into a null sampler, and the process ends with a segmentation
    fault (seen); the server parses every grammar first."""
    assert tools.checked('root ::= "yes" | "no"') == 'root ::= "yes" | "no"'
    with pytest.raises(ApiError) as refused:
        tools.checked("root ::= undefined-rule")
    assert refused.value.status == 400
    assert refused.value.code == "unsupported_schema"


@pytest.mark.model
def test_the_engine_refuses_a_grammar_it_cannot_read_instead_of_crashing(qwen_gguf: Path) -> None:
    import threading

    from app.engines.chat_types import Message, Sampling
    from app.engines.errors import GenerationFailed
    from app.engines.llama import LlamaEngine
    from app.fit.estimate import LoadPlan

    with LlamaEngine() as engine:
        engine.load(qwen_gguf, LoadPlan(context=512))
        reply = engine.chat([Message("user", "Hi")], Sampling(max_tokens=2), threading.Event(), grammar="root ::= x y")
        with pytest.raises(GenerationFailed, match="grammar"):
            list(reply)
