"""Reading tool calls back from the template families, whole and as a stream, and the grammars that force them
(app/openai/tools.py, which the API server and the provider client share)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import settings
from app.engines.llama.chat_format import ToolStyle, tool_style_of
from app.hardware import HardwareProfile, probe
from app.openai import tools
from app.openai.errors import WireError
from app.server.errors import api_error_of

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture(scope="module")
def profile() -> HardwareProfile:
    return probe(settings.configured_models_dir())


def test_hermes_calls_are_read_including_parallel_ones() -> None:
    text = (
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>\n'
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Oslo"}}\n</tool_call>'
    )
    calls = tools.parse_calls(text)
    assert [c.name for c in calls] == ["get_weather", "get_weather"]
    assert [c.arguments["city"] for c in calls] == ["Paris", "Oslo"]
    assert len({c.id for c in calls}) == 2


def test_llama3_json_calls_are_read_with_and_without_the_python_tag() -> None:
    plain = tools.parse_calls('{"name": "get_weather", "parameters": {"city": "Rome"}}')
    tagged = tools.parse_calls('<|python_tag|>{"name": "get_weather", "parameters": {"city": "Rome"}}')
    assert [(c.name, c.arguments) for c in plain] == [("get_weather", {"city": "Rome"})]
    assert [(c.name, c.arguments) for c in tagged] == [("get_weather", {"city": "Rome"})]


def test_mistral_calls_are_read_with_their_tag() -> None:
    text = '[TOOL_CALLS] [{"name": "get_weather", "arguments": {"city": "Rome"}}, {"name": "get_weather"}]'
    calls = tools.parse_calls(text)
    assert [(c.name, c.arguments) for c in calls] == [("get_weather", {"city": "Rome"}), ("get_weather", {})]


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
    hermes = tools.forced_call_grammar([WEATHER], ToolStyle.HERMES)
    llama3 = tools.forced_call_grammar([WEATHER], ToolStyle.LLAMA3)
    mistral = tools.forced_call_grammar([WEATHER], ToolStyle.MISTRAL)
    assert hermes.startswith('root ::= "<tool_call>\\n" call "\\n</tool_call>"')
    assert '"\\"arguments\\""' in hermes
    assert llama3.startswith("root ::= call")
    assert '"\\"parameters\\""' in llama3
    assert mistral.startswith('root ::= "[TOOL_CALLS] [" call "]"')
    assert tools.forced_call_grammar([WEATHER], ToolStyle.GENERIC) == hermes


def test_a_template_s_tool_style_is_read_from_its_text() -> None:
    assert tool_style_of("{% for m in messages %}<tool_call>{% endfor %}") is ToolStyle.HERMES
    assert tool_style_of("{% if tools %}[TOOL_CALLS]{% endif %}") is ToolStyle.MISTRAL
    assert tool_style_of("{% if tools %}{{ tools | tojson }}{% endif %}") is ToolStyle.LLAMA3
    assert tool_style_of("{{ messages[0].content }}") is ToolStyle.GENERIC
    assert tool_style_of("") is ToolStyle.GENERIC


def test_a_schema_that_cannot_be_enforced_is_refused_not_ignored() -> None:
    with pytest.raises(WireError) as refused:
        tools.json_grammar({"type": "object", "properties": {"a": {"$ref": "https://example.com/x.json"}}})
    answer = api_error_of(refused.value)
    assert answer is not None
    assert (answer.status, answer.code, answer.param) == (400, "unsupported_schema", "response_format")


@pytest.mark.model
def test_tools_written_into_the_prompt_read_exactly_as_qwens_own_template_writes_them(qwen_gguf: Path) -> None:
    """The engine hands its template only role and content, so the server writes tools, an earlier call and its
    result into the messages; for Qwen the prompt is then the very text its template writes with `tools`."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from app.engines.llama.chat_format import TemplateFormat
    from app.models.gguf_info import read_file
    from app.openai.messages import from_json
    from app.openai.prompts import engine_messages

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
    formatter = TemplateFormat(template, "", "<|endoftext|>")
    assert formatter.tool_style is ToolStyle.HERMES
    read = [from_json(message, index) for index, message in enumerate(messages)]
    ours = formatter.render(engine_messages(read, (WEATHER,), formatter.tool_style))
    assert ours.text == own


def test_a_grammar_llama_cpp_cannot_read_is_refused_before_it_reaches_the_engine() -> None:
    """llama.cpp turns a grammar it cannot parse into a null sampler, and the process ends with a segmentation
    fault (seen); the server parses every grammar first."""
    assert tools.checked('root ::= "yes" | "no"') == 'root ::= "yes" | "no"'
    with pytest.raises(WireError) as refused:
        tools.checked("root ::= undefined-rule")
    assert refused.value.code == "unsupported_schema"


@pytest.mark.model
def test_the_engine_refuses_a_grammar_it_cannot_read_instead_of_crashing(
    qwen_gguf: Path, profile: HardwareProfile
) -> None:
    import threading

    from app.engines.chat_types import Message, Sampling
    from app.engines.errors import GenerationFailed
    from app.engines.llama import LlamaEngine
    from app.fit.estimate import LoadPlan

    with LlamaEngine() as engine:
        engine.load(qwen_gguf, LoadPlan(context=512), profile=profile)
        reply = engine.chat([Message("user", "Hi")], Sampling(max_tokens=2), threading.Event(), grammar="root ::= x y")
        with pytest.raises(GenerationFailed, match="grammar"):
            list(reply)
