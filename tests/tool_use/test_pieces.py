"""The pure pieces that bound one message's tool use: names unique across servers, a result capped with a marker,
an identical call noticed, and the rounds counted."""

from __future__ import annotations

from app.engines.chat_types import ToolCall
from app.mcp import McpTool
from app.openai.tool_checks import problem_with
from app.tool_use import RepeatedCalls, Rounds, ToolSet, capped

SCHEMA = {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}


def tool(name: str) -> McpTool:
    return McpTool(name, f"the {name} tool", SCHEMA)


def test_a_name_two_servers_offer_is_offered_once_per_server_under_the_servers_name() -> None:
    tools = ToolSet.of_servers({"files": [tool("read"), tool("list")], "my notes!": [tool("read"), tool("search")]})
    assert tools.names == ["files__read", "list", "my_notes__read", "search"]
    found = tools.find("my_notes__read")
    assert found is not None
    assert (found.server, found.tool.name) == ("my notes!", "read")  # the server is called with its own name
    assert found.identity == "my notes!"  # no identities given: a server is known by its name
    assert [t["function"]["name"] for t in tools.openai()] == tools.names
    assert tools.openai()[0]["function"]["parameters"] == SCHEMA


def test_each_tool_carries_its_servers_identity() -> None:
    tools = ToolSet.of_servers({"files": [tool("read")], "web": [tool("fetch")]}, {"files": "npx server-files /tmp"})
    assert [(t.server, t.identity) for t in tools.tools] == [("files", "npx server-files /tmp"), ("web", "web")]


def test_a_renamed_tool_that_still_clashes_gets_a_number() -> None:
    tools = ToolSet.of_servers({"a": [tool("x"), tool("a__x")], "b": [tool("x")]})
    # "a"'s x is renamed a__x, which "a" already offers under that very name: one of them gets a number.
    assert len(set(tools.names)) == 3
    assert "b__x" in tools.names


def test_the_offered_names_are_what_calls_are_checked_against() -> None:
    tools = ToolSet.of_servers({"files": [tool("read")], "web": [tool("read")]})
    assert problem_with(ToolCall("1", "files__read", {"path": "/tmp"}), tools.offered()) is None
    unknown = problem_with(ToolCall("2", "read", {"path": "/tmp"}), tools.offered())
    assert unknown is not None
    assert "files__read, web__read" in unknown


def test_a_long_result_is_cut_with_a_marker_saying_how_much_was_left_out() -> None:
    assert capped("short", 10) == "short"
    assert capped("x" * 10, 10) == "x" * 10
    cut = capped("x" * 25, 10)
    assert cut.startswith("x" * 10 + "\n[")
    assert "15 more characters" in cut
    assert cut.count("x") == 10


def test_the_same_tool_with_the_same_arguments_in_any_key_order_is_a_repeat() -> None:
    calls = RepeatedCalls()
    assert not calls.seen_before("get_time", {"zone": "UTC", "format": "iso"})
    assert not calls.seen_before("get_time", {"zone": "Asia/Tokyo", "format": "iso"})
    assert not calls.seen_before("convert", {"zone": "UTC", "format": "iso"})
    assert calls.seen_before("get_time", {"format": "iso", "zone": "UTC"})


def test_tool_rounds_and_repair_rounds_are_counted_apart() -> None:
    rounds = Rounds(max_tool_rounds=2, max_repair_rounds=2)
    rounds.count(ran=False, repaired=True)  # every call was wrong: sent back to be written again
    rounds.count(ran=True, repaired=True)  # one ran, one was wrong
    assert (rounds.tool_rounds, rounds.repair_rounds) == (1, 2)
    assert rounds.tools_left
    assert not rounds.repairs_left
    rounds.count(ran=True, repaired=False)
    assert not rounds.tools_left
