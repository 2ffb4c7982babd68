"""Tool calls as each model family writes them, read back to the same calls; calls a small model writes as plain or
fenced JSON, taken only when they name an offered tool; and a call checked against the tool's schema before it
runs (issue 27 item 1)."""

from __future__ import annotations

import pytest

from app.engines.chat_types import ToolCall
from app.engines.llama.chat_format import ToolStyle
from app.openai import tools
from app.openai.tool_checks import OfferedTool, problem_with

WEATHER = {"city": "Paris", "days": 2}
GOLDEN = {
    "hermes": '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}\n</tool_call>',
    "llama3 json": '{"name": "get_weather", "parameters": {"city": "Paris", "days": 2}}',
    "llama3 python tag": '<|python_tag|>{"name": "get_weather", "parameters": {"city": "Paris", "days": 2}}',
    "mistral": '[TOOL_CALLS] [{"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}]',
    "harmony": (
        "<|channel|>analysis<|message|>The user wants the weather.<|end|><|start|>assistant<|channel|>commentary "
        'to=functions.get_weather <|constrain|>json<|message|>{"city": "Paris", "days": 2}<|call|>'
    ),
    "harmony, recipient first": (
        '<|start|>assistant to=functions.get_weather<|channel|>commentary json<|message|>{"city": "Paris", '
        '"days": 2}<|call|>'
    ),
    "fenced json": '```json\n{"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}\n```',
    "bare fence": '```\n{"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}\n```',
    "fence left open": '```json\n{"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}\n',
}
OFFERED = [
    OfferedTool(
        "get_weather",
        "The weather for a city",
        {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1}},
            "required": ["city"],
            "additionalProperties": False,
        },
    ),
    OfferedTool("get_time", "The time now", {"type": "object", "properties": {}}),
]


@pytest.mark.parametrize("family", GOLDEN)
def test_each_familys_golden_call_reads_back_as_the_same_call(family: str) -> None:
    calls = tools.parse_calls(GOLDEN[family], tool_names={"get_weather", "get_time"})
    assert [(c.name, c.arguments) for c in calls] == [("get_weather", WEATHER)]
    assert calls[0].id  # made here when the model gives none


@pytest.mark.parametrize("family", GOLDEN)
def test_each_familys_call_streamed_in_small_pieces_never_shows_as_text(family: str) -> None:
    text = GOLDEN[family]
    stream = tools.ToolStream(ToolStyle.GENERIC, {"get_weather"})
    shown = "".join(stream.feed(text[at : at + 3]) for at in range(0, len(text), 3))
    rest, calls = stream.finish()
    assert shown + rest == ""
    assert [(c.name, c.arguments) for c in calls] == [("get_weather", WEATHER)]


@pytest.mark.parametrize(
    "shown", ['```json\n{"name": "Ada", "arguments": {"age": 36}}\n```', '{"name": "Ada", "parameters": {"age": 36}}']
)
def test_json_that_names_no_offered_tool_stays_the_answer(shown: str) -> None:
    stream = tools.ToolStream(ToolStyle.GENERIC, {"get_weather"})
    assert stream.feed(shown) + stream.finish()[0] == shown
    assert stream.finish()[1] == []


def test_calls_in_a_row_cut_off_by_the_token_limit_keep_the_whole_ones() -> None:
    """Seen with the Qwen test model at a small token limit: two bare calls, then the start of a third."""
    cut = (
        '{"name": "get_weather", "arguments": {"city": "Paris", "days": 2}}\n{"name": "get_time", "arguments": {}}\n{"'
    )
    stream = tools.ToolStream(ToolStyle.GENERIC, {"get_weather", "get_time"})
    assert stream.feed(cut) == ""
    rest, calls = stream.finish()
    assert (rest, [c.name for c in calls]) == ("", ["get_weather", "get_time"])
    followed_by_words = '{"name": "get_time", "arguments": {}} and then I will answer.'
    assert tools.parse_calls(followed_by_words, tool_names={"get_time"}) == []  # not a call: stays the answer


def test_a_code_block_that_is_not_json_streams_as_it_comes() -> None:
    stream = tools.ToolStream(ToolStyle.GENERIC, {"get_weather"})
    assert stream.feed("```py") == ""  # which line follows the fence decides
    assert stream.feed("thon\nprint(1)\n") == "```python\nprint(1)\n"
    assert stream.finish() == ("", [])


def test_a_call_to_an_offered_tool_with_valid_arguments_may_run() -> None:
    assert problem_with(ToolCall("1", "get_weather", {"city": "Paris"}), OFFERED) is None
    assert problem_with(ToolCall("2", "get_time", {}), OFFERED) is None


def test_an_unknown_tool_is_answered_with_the_tools_that_exist() -> None:
    problem = problem_with(ToolCall("1", "get_wether", {"city": "Paris"}), OFFERED)
    assert problem == "There is no tool named 'get_wether'. The tools you can call are: get_weather, get_time."


def test_arguments_that_break_the_schema_are_named_and_nothing_runs() -> None:
    problem = problem_with(ToolCall("1", "get_weather", {"days": 0, "units": "C"}), OFFERED)
    assert problem is not None
    assert problem.startswith("The arguments for 'get_weather' do not match its input schema:")
    assert "'city' is a required property" in problem
    assert "days: 0 is less than the minimum of 1" in problem
    assert "'units' was unexpected" in problem
    assert problem.endswith("Call it again with arguments that match.")


def test_a_tool_whose_schema_cannot_be_checked_is_not_run() -> None:
    broken = [OfferedTool("odd", "", {"type": "object", "properties": {"x": {"type": "no-such-type"}}})]
    problem = problem_with(ToolCall("1", "odd", {"x": 1}), broken)
    assert problem is not None
    assert problem.startswith("The tool 'odd' has an input schema that cannot be checked")


def test_an_openai_tool_object_is_an_offered_tool() -> None:
    wire = {"type": "function", "function": {"name": "get_time", "parameters": None}}
    assert OfferedTool.from_openai(wire) == OfferedTool("get_time", "", {"type": "object"})
