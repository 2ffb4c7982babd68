"""The Settings page's "Other computers" card, driven as a person would, against a scripted OpenAI-compatible
server on 127.0.0.1: add (tested first; a failure says why and keeps nothing), test, rename, remove, and Offline
mode turning adding and testing off."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app import paths
from app.providers import ProviderKeys, Providers
from app.secrets import TokenStore
from app.settings import SettingsStore
from tests.helpers.fake_openai import FakeOpenAI, Script
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.pseudo_language import bracketed
from ui.settings.remote_settings import RemoteSettings
from ui.settings.settings_page import SettingsPage
from ui.workers import Workers

pytestmark = pytest.mark.gui

KEY = "sk-gui-key-kept-by-choice-42"


def settings_page(qtbot: QtBot, workers: Workers, store: SettingsStore) -> tuple[SettingsPage, RemoteSettings]:
    providers = Providers(paths.resolve().config, lambda: store.current.offline, keys=ProviderKeys(MemoryKeyring()))
    page = SettingsPage(
        store, TokenStore(MemoryKeyring()), workers, workers.messages, paths.resolve().models, providers=providers
    )
    qtbot.addWidget(page)
    page.show()
    assert page.remote is not None
    return page, page.remote


def test_add_test_rename_and_remove_another_computer(qtbot: QtBot, workers: Workers) -> None:
    store = SettingsStore(paths.resolve().ensure().config)
    _page, card = settings_page(qtbot, workers, store)
    with FakeOpenAI(Script(models=["llama3:8b"])) as server:
        card.name_edit.setText("desk")
        card.url_edit.setText(server.url)
        card.key_edit.setText("sk-secret")
        with qtbot.waitSignal(card.providers_changed, timeout=30_000):
            qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
        assert card.list.count() == 1
        assert "desk — " in card.list.item(0).text()
        assert "1 model: llama3:8b · last seen" in card.list.item(0).text()
        assert card.key_edit.text() == ""
        assert card.providers.keys.get("desk") is not None

        with qtbot.waitSignal(card.providers_changed, timeout=30_000):
            qtbot.mouseClick(card.test_button, Qt.MouseButton.LeftButton)
        assert card.status.text() == "desk answers."

    card.list.setCurrentRow(0)
    with qtbot.waitSignal(card.providers_changed, timeout=30_000):
        qtbot.mouseClick(card.test_button, Qt.MouseButton.LeftButton)
    assert "Nothing answers" in card.status.text()
    assert "Nothing answers" in card.list.item(0).text()

    card.name_edit.setText("big desk")
    with qtbot.waitSignal(card.providers_changed, timeout=5_000):
        qtbot.mouseClick(card.rename_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in card.providers.all()] == ["big desk"]

    with qtbot.waitSignal(card.providers_changed, timeout=5_000):
        qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert card.list.count() == 0
    assert card.providers.all() == []


def test_a_failed_add_says_why_and_keeps_nothing(qtbot: QtBot, workers: Workers) -> None:
    store = SettingsStore(paths.resolve().ensure().config)
    _page, card = settings_page(qtbot, workers, store)
    with FakeOpenAI(Script(models_body=b"<html>a router</html>")) as server:
        card.name_edit.setText("router")
        card.url_edit.setText(server.url)
        qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Nothing was added" in card.status.text(), timeout=30_000)
    assert "not as an OpenAI-compatible API does" in card.status.text()
    assert card.list.count() == 0


def test_offline_mode_turns_adding_and_testing_off(qtbot: QtBot, workers: Workers) -> None:
    store = SettingsStore(paths.resolve().ensure().config)
    page, card = settings_page(qtbot, workers, store)
    assert card.add_button.isEnabled()
    page.offline_check.setChecked(True)
    assert not card.add_button.isEnabled()
    assert not card.test_button.isEnabled()
    assert "Offline mode is on" in card.status.text()
    page.offline_check.setChecked(False)
    assert card.add_button.isEnabled()


def no_store_page(qtbot: QtBot, workers: Workers, store: SettingsStore) -> RemoteSettings:
    providers = Providers(paths.resolve().config, lambda: store.current.offline, keys=ProviderKeys(fail.Keyring()))
    page = SettingsPage(
        store, TokenStore(fail.Keyring()), workers, workers.messages, paths.resolve().models, providers=providers
    )
    qtbot.addWidget(page)
    page.show()
    assert page.remote is not None
    return page.remote


def add(qtbot: QtBot, card: RemoteSettings, name: str, url: str, key: str) -> None:
    card.name_edit.setText(name)
    card.url_edit.setText(url)
    card.key_edit.setText(key)
    with qtbot.waitSignal(card.providers_changed, timeout=30_000):
        qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)


def test_without_a_password_store_the_card_says_a_key_is_forgotten_and_keeps_it_in_a_file_if_asked(
    qtbot: QtBot, workers: Workers, hearth_home: Path
) -> None:
    store = SettingsStore(paths.resolve().ensure().config)
    card = no_store_page(qtbot, workers, store)
    assert card.keep_key_in_file.isVisible()
    assert card.no_store_note.isVisible()
    assert "forgets a key when it closes" in card.no_store_note.text()
    assert card.keep_key_in_file.accessibleName() == "Keep the key in a file"
    assert not card.keep_key_in_file.isChecked()
    config = paths.resolve().config
    with FakeOpenAI(Script(key=KEY)) as server:
        add(qtbot, card, "desk", server.url, KEY)
        assert "Its key is kept only until Hearth closes" in card.status.text()
        later = Providers(config, lambda: False, keys=ProviderKeys(fail.Keyring()))  # the next run
        assert "was not kept" in later.check("desk").problem

        card.keep_key_in_file.setChecked(True)
        add(qtbot, card, "other", server.url, KEY)
        assert "kept only until" not in card.status.text()
        later = Providers(config, lambda: False, keys=ProviderKeys(fail.Keyring()))
        assert later.check("other").problem == ""
    key_file = config / "keys.json"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    holding = [p.name for p in hearth_home.rglob("*") if p.is_file() and KEY.encode() in p.read_bytes()]
    assert holding == ["keys.json"]

    card.list.setCurrentRow([p.name for p in card.providers.all()].index("other"))
    with qtbot.waitSignal(card.providers_changed, timeout=5_000):
        qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert not key_file.exists()


def test_with_a_password_store_the_file_is_not_offered(qtbot: QtBot, workers: Workers) -> None:
    store = SettingsStore(paths.resolve().ensure().config)
    _page, card = settings_page(qtbot, workers, store)
    assert not card.keep_key_in_file.isVisible()
    assert not card.no_store_note.isVisible()


def test_every_control_has_a_name_and_every_card_follows_a_language_switch(qtbot: QtBot, workers: Workers) -> None:
    store = SettingsStore(paths.resolve().ensure().config)
    page, card = settings_page(qtbot, workers, store)
    controls = [
        w
        for w in page.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(page)
        and not isinstance(w, QScrollArea)  # the page's own scrolling (ui/shared/scroll.py)
        and not isinstance(w.parentWidget(), QAbstractSpinBox)  # a spin box's own line edit, spoken as the box
    ]
    assert len(controls) > 15
    assert [w for w in controls if not w.accessibleName()] == []
    card.list.setFocus()  # the person's choice and the fields stay as they are through a switch
    card.name_edit.setText("typed")
    with bracketed(page):
        assert page.title.text() == "[Settings]"
        assert card.caption.text() == "[OTHER COMPUTERS]"
        assert card.accessibleName() == "[Other computers]"
        assert page.downloads.concurrency_spin.accessibleName() == "[Downloads at the same time]"
        assert page.token.status.text().startswith("[")
        assert card.name_edit.placeholderText() == "[Name, e.g. desk]"
        assert card.name_edit.text() == "typed"
    assert page.offline.check.text() == "Offline mode — Hearth makes no network connection at all"
