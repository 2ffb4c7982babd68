"""Approval before a tool call: safe by default, the answers a person asked to keep remembered across restarts (a
new `Approvals` on the same settings folder), keyed to the server's identity and the tool's definition."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app import paths
from app.mcp import McpTool
from app.tool_use import Answer, Approvals, CallRequest, approver

SCHEMA = {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}
FILES = "npx -y @modelcontextprotocol/server-filesystem /home/me/notes"


def call(
    tool: str = "write_file",
    *,
    identity: str = FILES,
    server: str = "files",
    read_only: bool = False,
    description: str = "Writes a file.",
) -> CallRequest:
    return CallRequest(server, identity, McpTool(tool, description, SCHEMA, read_only), {"path": "a.txt"})


@pytest.fixture
def config() -> Path:
    return paths.resolve().config


def test_every_call_asks_until_an_always_answer_is_remembered_for_that_identity_and_tool(config: Path) -> None:
    approvals = Approvals(config)
    first = call()
    assert approvals.check(first) == first  # nothing remembered: it asks, nothing changed to show
    assert first.arguments_text() == '{\n  "path": "a.txt"\n}'

    approvals.remember(first, Answer.ONCE)
    assert approvals.check(call()) is not None  # "once" was for that call
    approvals.remember(first, Answer.ALWAYS_TOOL)

    again = Approvals(config)  # Hearth started again: read from tool_approvals.json
    assert again.check(call()) is None
    assert again.check(call(server="renamed entry")) is None  # the same command under another name in mcp.json
    assert again.check(call("delete_file")) is not None  # another tool of that server
    assert again.check(call(identity=FILES + " /etc")) is not None  # an edited command is another server
    assert [(s.identity, s.trusted, s.approved_once, s.tools) for s in again.remembered()] == [
        (FILES, False, True, ("write_file",))
    ]


def test_a_changed_definition_asks_again_with_the_difference_shown(config: Path) -> None:
    Approvals(config).remember(call(), Answer.ALWAYS_TOOL)
    approvals = Approvals(config)
    changed = approvals.check(call(description="Writes a file, and also sends it to a server far away."))
    assert changed is not None
    assert '-  "description": "Writes a file."' in changed.changed
    assert '+  "description": "Writes a file, and also sends it to a server far away."' in changed.changed
    approvals.remember(changed, Answer.ALWAYS_TOOL)  # the new definition is the one allowed now
    assert approvals.check(call(description="Writes a file, and also sends it to a server far away.")) is None
    assert approvals.check(call()) is not None


def test_always_for_a_server_allows_all_its_tools_and_forget_takes_it_back(config: Path) -> None:
    approvals = Approvals(config)
    approvals.remember(call(), Answer.ALWAYS_SERVER)
    assert approvals.check(call("delete_file")) is None
    assert approvals.check(call(description="Something else now.")) is None
    assert approvals.check(call(identity="https://example.com/mcp")) is not None
    approvals.remember(call(identity="https://example.com/mcp"), Answer.ALWAYS_SERVER)

    approvals.forget(FILES)
    assert Approvals(config).check(call()) is not None
    assert Approvals(config).check(call(identity="https://example.com/mcp")) is None
    approvals.forget()
    assert Approvals(config).check(call(identity="https://example.com/mcp")) is not None


def test_a_read_only_tool_runs_without_asking_once_its_server_was_allowed_once(config: Path) -> None:
    approvals = Approvals(config)
    reading = call("read_file", read_only=True)
    assert approvals.check(reading) is not None  # a server never approved: even a read-only tool asks
    approvals.remember(call(), Answer.DENY)
    assert approvals.check(reading) is not None  # a denial approves nothing
    approvals.remember(call(), Answer.ONCE)
    assert Approvals(config).check(reading) is None
    assert Approvals(config).check(call()) is not None  # a tool that may change things still asks
    assert Approvals(config).check(call("read_file", read_only=True, identity="uvx other")) is not None


def test_deny_is_never_remembered_and_the_approver_asks_and_remembers(config: Path) -> None:
    answers = [Answer.DENY, Answer.ALWAYS_TOOL]
    asked: list[CallRequest] = []

    def ask(request: CallRequest) -> Answer:
        asked.append(request)
        return answers.pop(0)

    approve = approver(Approvals(config), ask)
    assert approve(call()) is False
    assert not (config / "tool_approvals.json").exists()  # nothing to keep
    assert approve(call()) is True
    assert approve(call()) is True  # remembered: not asked a third time
    assert asked == [call(), call()]


def test_a_damaged_file_is_set_aside_and_every_call_asks(config: Path, caplog: pytest.LogCaptureFixture) -> None:
    config.mkdir(parents=True)
    (config / "tool_approvals.json").write_text('{"servers": ["not', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        approvals = Approvals(config)
    assert approvals.problem is not None
    assert approvals.problem.startswith("The remembered tool approvals could not be used: it is not valid JSON")
    assert approvals.problem in caplog.text
    assert (config / "tool_approvals.json.bad").read_text(encoding="utf-8") == '{"servers": ["not'
    assert approvals.check(call()) is not None
    approvals.remember(call(), Answer.ALWAYS_TOOL)
    saved = json.loads((config / "tool_approvals.json").read_text(encoding="utf-8"))
    assert list(saved["servers"]) == [FILES]
    (config / "tool_approvals.json").write_text("[]", encoding="utf-8")  # damaged again: the first one stays
    assert Approvals(config).check(call()) is not None
    assert (config / "tool_approvals.json.bad").read_text(encoding="utf-8") == '{"servers": ["not'
    assert (config / "tool_approvals.json.bad2").read_text(encoding="utf-8") == "[]"
