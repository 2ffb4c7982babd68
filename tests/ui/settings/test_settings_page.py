"""The Settings page: each change lands in the app's one SettingsStore and on disk, on top of what other parts of
Hearth changed; the token is saved and checked on a worker."""

from __future__ import annotations

import json
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import messages
from app.secrets import IN_KEY_FILE, NO_PASSWORD_STORE, TokenCheck, TokenStore, save_and_test
from app.settings import Settings, SettingsStore, load, save
from tests.cli.test_scan import hearth
from tests.helpers.app_window import running_window
from tests.helpers.hf_server import FakeHub
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.prompter import Asked, ScriptedPrompter
from tests.helpers.told import told
from ui.application import Services, open_first_run
from ui.main_window import MainWindow
from ui.settings import token_settings
from ui.settings.settings_page import SettingsPage
from ui.workers import Workers

pytestmark = pytest.mark.gui

TOKEN = "hf_GuiTokenForTheFakeHub789"


@pytest.fixture
def store() -> TokenStore:
    return TokenStore(MemoryKeyring())


def make_page(
    qtbot: QtBot,
    workers: Workers,
    store: TokenStore,
    hearth_home: Path,
    settings: Settings | None = None,
    prompter: ScriptedPrompter | None = None,
) -> SettingsPage:
    if settings is not None:
        save(hearth_home / "config", settings)
    page = SettingsPage(
        SettingsStore(hearth_home / "config"),
        store,
        workers,
        workers.messages,
        hearth_home / "models",
        prompter=prompter or ScriptedPrompter(),
    )
    qtbot.addWidget(page)
    return page


def saved(hearth_home: Path) -> Settings:
    return load(hearth_home / "config")


def show(qtbot: QtBot, page: SettingsPage) -> None:
    page.show()
    qtbot.waitUntil(lambda: page.token.status.text() in ("No token is saved.", "A token is saved."))
    qtbot.waitUntil(lambda: not page.token.busy)


def test_changing_the_models_folder_saves_it(
    qtbot: QtBot,
    workers: Workers,
    store: TokenStore,
    hearth_home: Path,
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "big disk" / "models"
    prompter = ScriptedPrompter([elsewhere])
    page = make_page(qtbot, workers, store, hearth_home, prompter=prompter)
    assert page.models_folder.folder_label.text() == str(hearth_home / "models")
    assert page.models_folder.default_button.isHidden()

    qtbot.mouseClick(page.models_folder.change_button, Qt.MouseButton.LeftButton)
    # the dialog opens at the current folder
    assert prompter.asked == [Asked("choose_folder", "Choose where Hearth keeps models", str(hearth_home / "models"))]
    assert saved(hearth_home) == Settings(models_dir=str(elsewhere))
    assert page.models_folder.folder_label.text() == str(elsewhere)
    assert not page.models_folder.default_button.isHidden()

    qtbot.mouseClick(page.models_folder.default_button, Qt.MouseButton.LeftButton)
    assert saved(hearth_home).models_dir == ""
    assert page.models_folder.folder_label.text() == str(hearth_home / "models")

    prompter.answer(elsewhere, None)  # then cancelled
    qtbot.mouseClick(page.models_folder.change_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.models_folder.change_button, Qt.MouseButton.LeftButton)
    assert saved(hearth_home).models_dir == str(elsewhere)


def test_mirror_offline_and_concurrency_are_saved(
    qtbot: QtBot, workers: Workers, store: TokenStore, hearth_home: Path
) -> None:
    page = make_page(qtbot, workers, store, hearth_home)
    seen = told(workers.messages)
    assert page.downloads.endpoint_edit.placeholderText() == "https://huggingface.co"

    qtbot.keyClicks(page.downloads.endpoint_edit, "https://hf-mirror.com/")
    qtbot.keyClick(page.downloads.endpoint_edit, Qt.Key.Key_Return)
    assert saved(hearth_home).hf_endpoint == "https://hf-mirror.com"
    assert page.downloads.endpoint_edit.text() == "https://hf-mirror.com"

    page.downloads.endpoint_edit.setText("hf-mirror dot com")
    qtbot.keyClick(page.downloads.endpoint_edit, Qt.Key.Key_Return)
    assert saved(hearth_home).hf_endpoint == "https://hf-mirror.com"  # refused, the mirror stays
    assert seen == [
        messages.Warning(
            "This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty."
        )
    ]
    page.downloads.endpoint_edit.clear()
    qtbot.keyClick(page.downloads.endpoint_edit, Qt.Key.Key_Return)
    assert saved(hearth_home).hf_endpoint == ""
    assert len(seen) == 1  # an empty address is the usual one, nothing to tell

    qtbot.mouseClick(page.offline.check, Qt.MouseButton.LeftButton)
    assert saved(hearth_home).offline is True
    assert page.offline.check.text() == "Offline mode — Hearth makes no network connection at all"

    page.downloads.concurrency_spin.stepUp()
    assert saved(hearth_home).download_concurrency == 3
    page.downloads.concurrency_spin.setValue(9)
    assert page.settings.download_concurrency == 4
    assert saved(hearth_home) == Settings(offline=True, download_concurrency=4)


def test_a_change_made_elsewhere_shows_on_the_page_and_is_not_saved_back(
    qtbot: QtBot, workers: Workers, store: TokenStore, hearth_home: Path
) -> None:
    page = make_page(qtbot, workers, store, hearth_home)
    new = Settings(models_dir="/srv/models", hf_endpoint="https://hf-mirror.com", offline=True, download_concurrency=1)
    page.store.update(
        models_dir="/srv/models", hf_endpoint="https://hf-mirror.com", offline=True, download_concurrency=1
    )
    assert page.models_folder.folder_label.text() == str(Path("/srv/models"))
    assert page.downloads.endpoint_edit.text() == "https://hf-mirror.com"
    assert page.offline.check.isChecked()
    assert page.downloads.concurrency_spin.value() == 1
    assert saved(hearth_home) == new  # showing the values did not make the widgets write older ones back


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[tuple[Services, MainWindow]]:
    with running_window(qtbot) as built:
        yield built


def test_a_change_on_the_settings_page_keeps_what_the_rest_of_hearth_changed_meanwhile(
    qtbot: QtBot, app: tuple[Services, MainWindow]
) -> None:
    services, window = app
    dialog = open_first_run(services, window)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    window.pages.transcribe.model_chosen.emit("whisper-base")  # a model picked there
    services.settings.update(offline=True)

    window.show_page("settings")
    page = window.pages.settings
    assert isinstance(page, SettingsPage)
    page.downloads.concurrency_spin.stepUp()

    on_disk = load(services.paths.config)
    assert (on_disk.first_run_done, on_disk.whisper_model, on_disk.offline) == (True, "whisper-base", True)
    assert on_disk.download_concurrency == 3
    assert services.downloads.queue.concurrency == 3
    assert page.offline.check.isChecked()  # the page shows the change made elsewhere


def test_hearth_scan_and_the_hardware_page_measure_the_models_folder_chosen_here(
    qtbot: QtBot, app: tuple[Services, MainWindow], tmp_path: Path
) -> None:
    _services, window = app
    page = window.pages.settings
    assert isinstance(page, SettingsPage)
    chosen = tmp_path / "other disk" / "models"
    page.models_folder.prompter = ScriptedPrompter([chosen])
    hardware = window.pages.hardware
    with qtbot.waitSignal(hardware.scan_finished, timeout=30_000) as scanned:
        qtbot.mouseClick(page.models_folder.change_button, Qt.MouseButton.LeftButton)  # measured again at once
    assert scanned.args[0].disk.path == str(chosen)
    assert hardware.storage_card.detail.text() == str(chosen)

    result = hearth("scan", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["disk"]["path"] == str(chosen)


def test_save_and_test_runs_on_a_worker_and_names_the_account(
    qtbot: QtBot,
    workers: Workers,
    store: TokenStore,
    hearth_home: Path,
    fake_hub: FakeHub,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_hub.accounts[TOKEN] = "alice"
    threads: list[threading.Thread] = []

    def recording(*args: object, **kwargs: bool) -> TokenCheck:
        threads.append(threading.current_thread())
        return save_and_test(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(token_settings, "save_and_test", recording)
    page = make_page(qtbot, workers, store, hearth_home, Settings(hf_endpoint=fake_hub.url))
    seen = told(workers.messages)
    show(qtbot, page)
    assert page.token.status.text() == "No token is saved."
    assert not page.token.save_button.isEnabled()
    assert not page.token.remove_button.isEnabled()
    assert page.token.edit.echoMode() == page.token.edit.EchoMode.Password
    assert page.token.where.text() == store.where

    page.token.edit.setText(TOKEN)
    with qtbot.waitSignal(page.token_changed, timeout=10_000):
        qtbot.mouseClick(page.token.save_button, Qt.MouseButton.LeftButton)
    assert page.token.status.text() == "Signed in as alice."
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()
    assert store.get() == TOKEN
    assert page.token.edit.text() == ""  # the field does not keep the token around
    assert fake_hub.requests == ["GET /api/whoami-v2"]
    qtbot.waitUntil(page.token.remove_button.isEnabled)

    with qtbot.waitSignal(page.token_changed, timeout=10_000):
        qtbot.mouseClick(page.token.remove_button, Qt.MouseButton.LeftButton)
    assert store.get() is None
    assert page.token.status.text() == "No token is saved."
    assert seen == [messages.Info("The token was removed.")]
    qtbot.waitUntil(lambda: not page.token.busy)
    assert not page.token.remove_button.isEnabled()


def test_a_refused_token_shows_the_sentence_and_is_not_saved(
    qtbot: QtBot, workers: Workers, store: TokenStore, hearth_home: Path, fake_hub: FakeHub
) -> None:
    page = make_page(qtbot, workers, store, hearth_home, Settings(hf_endpoint=fake_hub.url))
    seen = told(workers.messages)
    show(qtbot, page)
    page.token.edit.setText("hf_wrong")
    qtbot.mouseClick(page.token.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    (refused,) = seen
    assert isinstance(refused, messages.Warning)
    assert refused.text.startswith("Hugging Face did not accept this token.")
    assert refused.text.endswith("Nothing was saved.")
    qtbot.waitUntil(lambda: not page.token.busy)
    assert page.token.status.text() == "No token is saved."
    assert store.get() is None
    assert page.token.edit.text() == "hf_wrong"  # kept, so a typo can be fixed
    assert not page.token.remove_button.isEnabled()


def test_offline_save_makes_no_request_and_says_it_was_not_checked(
    qtbot: QtBot, workers: Workers, store: TokenStore, hearth_home: Path, fake_hub: FakeHub
) -> None:
    page = make_page(qtbot, workers, store, hearth_home, Settings(hf_endpoint=fake_hub.url, offline=True))
    seen = told(workers.messages)
    show(qtbot, page)
    page.token.edit.setText(TOKEN)
    with qtbot.waitSignal(page.token_changed, timeout=10_000):
        qtbot.keyClick(page.token.edit, Qt.Key.Key_Return)
    assert page.token.status.text().startswith("Saved, but not checked: Offline mode is on")
    assert seen == []  # the saved token's state, not news

    assert store.get() == TOKEN
    assert fake_hub.requests == []


def test_a_saved_token_is_found_when_the_page_is_shown(
    qtbot: QtBot, workers: Workers, store: TokenStore, hearth_home: Path
) -> None:
    store.set(TOKEN)
    page = make_page(qtbot, workers, store, hearth_home)
    show(qtbot, page)
    assert page.token.status.text() == "A token is saved."
    assert page.token.remove_button.isEnabled()
    assert TOKEN not in page.token.status.text()
    assert page.token.edit.text() == ""


def test_without_a_password_store_the_card_says_the_token_is_forgotten_and_offers_the_file(
    qtbot: QtBot, workers: Workers, hearth_home: Path
) -> None:
    store = TokenStore(fail.Keyring())
    page = make_page(qtbot, workers, store, hearth_home, Settings(offline=True))
    show(qtbot, page)
    box = page.token.keep_in_file
    assert box.isVisible()
    assert not box.isChecked()  # never chosen for the person
    assert box.accessibleName() == "Keep the token in a file"
    assert page.token.where.text() == NO_PASSWORD_STORE

    page.token.edit.setText(TOKEN)
    with qtbot.waitSignal(page.token_changed, timeout=10_000):
        qtbot.mouseClick(page.token.save_button, Qt.MouseButton.LeftButton)
    assert "Hearth will forget it when it closes" in page.token.status.text()
    assert TokenStore(fail.Keyring()).get() is None  # the next run would not find it
    qtbot.waitUntil(lambda: not page.token.busy)

    box.setChecked(True)
    page.token.edit.setText(TOKEN)
    with qtbot.waitSignal(page.token_changed, timeout=10_000):
        qtbot.mouseClick(page.token.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.token.busy)
    assert "forget" not in page.token.status.text()
    key_file = hearth_home / "config" / "keys.json"
    assert page.token.where.text() == IN_KEY_FILE.format(path=key_file)
    assert box.isChecked()
    assert TokenStore(fail.Keyring()).get() == TOKEN  # the next run finds it
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert TOKEN.encode() not in (hearth_home / "config" / "settings.json").read_bytes()

    with qtbot.waitSignal(page.token_changed, timeout=10_000):
        qtbot.mouseClick(page.token.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.token.busy)
    assert not key_file.exists()
    assert not box.isChecked()


def test_with_a_password_store_the_file_is_not_offered(
    qtbot: QtBot, workers: Workers, store: TokenStore, hearth_home: Path
) -> None:
    page = make_page(qtbot, workers, store, hearth_home)
    show(qtbot, page)
    assert not page.token.keep_in_file.isVisible()
