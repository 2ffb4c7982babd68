"""Settings → Tools, driven as a person would, over real tool servers (Hearth's test server run as a real stdio MCP
server): the list with each server's status, starting them to see their tools, a tool switched off, a server added,
edited with a mistake, removed, and one that cannot start saying why."""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from tests.helpers.prompter import ScriptedPrompter
from tests.locations import REPO_ROOT
from ui.settings.tools_settings import TOOL_ROLE, ToolsSettings
from ui.state.tool_servers import DISABLED_KEY, ToolServersState
from ui.workers import Workers

pytestmark = pytest.mark.gui

TEST_SERVER = str(REPO_ROOT / "tests" / "mcp" / "hearth_test_server.py")


def mcp_file() -> Path:
    return paths.resolve().config / "mcp.json"


@pytest.fixture
def servers(workers: Workers) -> Iterator[ToolServersState]:
    config = paths.resolve().config
    config.mkdir(parents=True, exist_ok=True)
    entries = {
        "helper": {"command": sys.executable, "args": [TEST_SERVER, "--only", "echo"]},
        "missing": {"command": "hearth-no-such-program-anywhere"},
    }
    mcp_file().write_text(json.dumps({"mcpServers": entries, "otherAppSetting": 1}))
    state = ToolServersState(config, workers, workers.messages)
    yield state
    state.close()


def test_servers_are_listed_started_switched_added_edited_and_removed(
    qtbot: QtBot, workers: Workers, servers: ToolServersState
) -> None:
    prompter = ScriptedPrompter()
    card = ToolsSettings(servers, workers.messages, prompter=prompter)
    qtbot.addWidget(card)
    card.show()
    tree = card.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["helper", "missing"]
    assert tree.topLevelItem(0).text(1) == "Not started yet"

    # started: the running one lists its tool, the other says why it could not start
    qtbot.mouseClick(card.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not servers.checking("helper") and not servers.checking("missing"), timeout=60_000)
    helper, missing = tree.topLevelItem(0), tree.topLevelItem(1)
    assert helper.text(1) == "Running · 1 tool"
    assert helper.child(0).text(0) == "echo"
    assert helper.child(0).text(2).startswith("≈")
    assert "hearth-no-such-program-anywhere" in missing.text(1)

    # a tool switched off is kept in mcp.json, with what other apps wrote there
    helper.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    kept = json.loads(mcp_file().read_text())
    assert kept["mcpServers"]["helper"][DISABLED_KEY] == ["echo"]
    assert kept["otherAppSetting"] == 1
    assert servers.switched_off("helper") == {"echo"}
    assert tree.topLevelItem(0).child(0).data(0, TOOL_ROLE) == "echo"

    # added through the dialog; a mistake is said in the dialog, which stays open
    qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    dialog = card.dialog
    assert dialog is not None
    dialog.name_edit.setText("second")
    dialog.on_save()
    assert dialog.problem.isVisible()
    assert "command" in dialog.problem.text()
    dialog.command_edit.setText(shlex.join([sys.executable, TEST_SERVER, "--only", "echo"]))
    dialog.env_edit.setPlainText("GREETING=hello")
    dialog.on_save()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "second" in servers.names())
    entry = json.loads(mcp_file().read_text())["mcpServers"]["second"]
    assert entry["args"] == [TEST_SERVER, "--only", "echo"]
    assert entry["env"] == {"GREETING": "hello"}

    # edited: the switches stay with the server
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert card.dialog is not None
    assert card.dialog.command_edit.text().endswith("--only echo")
    card.dialog.folder_edit.setText(str(paths.resolve().data))
    card.dialog.on_save()
    qtbot.waitUntil(lambda: "cwd" in json.loads(mcp_file().read_text())["mcpServers"]["helper"])
    edited = json.loads(mcp_file().read_text())["mcpServers"]["helper"]
    assert edited["cwd"] == str(paths.resolve().data)
    assert edited[DISABLED_KEY] == ["echo"]

    # removed after the person says yes
    tree.setCurrentItem(next(tree.topLevelItem(i) for i in range(3) if tree.topLevelItem(i).text(0) == "missing"))
    prompter.answer(True)
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "missing" not in servers.names())
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["helper", "second"]
