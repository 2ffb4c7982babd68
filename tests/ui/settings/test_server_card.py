"""The Settings card of the local server: it starts the server on the window's host, logs requests, makes a key."""

from __future__ import annotations

import dataclasses
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from app.host import ModelHost
from app.models.library import Library
from app.server.keys import ApiKeyStore
from app.settings import Settings
from ui.settings.server_card import ServerCard
from ui.state.server import ServerState

pytestmark = pytest.mark.gui


@pytest.fixture
def card(qtbot: Any, tmp_path: Path) -> Iterator[ServerCard]:
    with ModelHost() as host:
        # The window's hardware scan is not done (None): listing models needs none.
        state = ServerState(
            host, Library(models_dir=tmp_path), lambda: None, keys=ApiKeyStore(fail.Keyring(), environ={})
        )
        widget = ServerCard(state)
        qtbot.addWidget(widget)
        yield widget
        state.stop()


def test_the_card_runs_the_server_and_logs_each_request(qtbot: Any, card: ServerCard) -> None:
    settings = dataclasses.replace(Settings(), server_enabled=True, server_port=0)
    card.show_settings(settings)
    with qtbot.waitSignal(card.state.running_changed) as started:
        card.state.start(settings)
    running, base_url = started.args
    assert running
    assert base_url.startswith("http://127.0.0.1:")
    assert "Running at" in card.status.text()
    assert base_url in card.snippet.toPlainText()
    with qtbot.waitSignal(card.state.request_logged):
        assert httpx.get(f"{base_url}/models").status_code == 200
    assert card.log.rowCount() == 1
    assert card.log.item(0, 5).text() == "200"
    with qtbot.waitSignal(card.state.running_changed):
        card.state.stop()
    assert card.status.text() == "Off"


def test_sharing_makes_a_key_shown_once_with_copy(qtbot: Any, card: ServerCard) -> None:
    card.show_settings(Settings())
    with qtbot.waitSignal(card.changed) as changed:
        card.share.setChecked(True)
    assert changed.args == [{"server_share": True}]
    key = card.state.keys.get()
    assert key is not None
    assert key.reveal() in card.key_label.text()
    assert card.copy_key.isEnabled()


def test_without_a_password_store_the_key_is_kept_in_a_file_only_when_ticked(
    qtbot: Any, card: ServerCard, hearth_home: Path
) -> None:
    card.show_settings(Settings())
    box = card.keep_key_in_file
    assert not box.isHidden()
    assert not box.isChecked()
    assert box.accessibleName() == "Keep the API key in a file"
    qtbot.mouseClick(card.create_key, Qt.MouseButton.LeftButton)
    assert "Hearth forgets it when it closes" in card.key_label.text()
    assert ApiKeyStore(fail.Keyring(), environ={}).get() is None  # the next run

    box.setChecked(True)
    qtbot.mouseClick(card.create_key, Qt.MouseButton.LeftButton)
    key = card.state.keys.get()
    assert key is not None
    assert "forgets" not in card.key_label.text()
    assert ApiKeyStore(fail.Keyring(), environ={}).get() == key  # the next run, and `hearth serve`, find it
    key_file = hearth_home / "config" / "keys.json"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_the_note_beside_share_says_local_apps_need_the_key_too_before_it_is_on(card: ServerCard) -> None:
    card.show_settings(Settings())
    assert not card.share.isChecked()
    assert not card.share_note.isHidden()
    assert "the apps on this computer too" in card.share_note.text()
    assert card.share_note.accessibleName() == "What sharing changes"


@pytest.mark.model
def test_the_snippets_name_a_chat_model_on_this_computer_by_its_short_id(
    qtbot: Any, card: ServerCard, qwen_gguf: Path, minilm_gguf: Path
) -> None:
    card.show_settings(Settings())
    assert '"model": "MODEL_ID"' in card.snippet.toPlainText()  # nothing installed yet
    for model in (minilm_gguf, qwen_gguf):  # an embedding model first: the snippets need a chat model
        card.state.library.import_path(model)
    card.show_settings(Settings())
    assert '"model": "qwen2.5-coder-0.5b-instruct-q4_k_m"' in card.snippet.toPlainText()
    assert 'model="qwen2.5-coder-0.5b-instruct-q4_k_m"' in card.snippet.toPlainText()
