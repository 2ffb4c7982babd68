"""The first run through the real window: suggestions, a download from the local hub, the chat with it loaded;
the catalog judged once per scan for the first run and Discover together."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths, settings
from app.downloads.queue_state import QueueState
from app.hardware import HardwareProfile
from app.models import catalog
from app.models.catalog import Catalog
from tests.helpers.hf_server import FakeHub
from tests.locations import DATA_DIR
from ui.application import Services, build_services, build_window, open_first_run
from ui.chat.chat_page import ChatPage
from ui.first_run.flow import FirstRunDialog
from ui.main_window import MainWindow
from ui.shared.announce import announced
from ui.workers import Workers

pytestmark = pytest.mark.gui

REPO, FILE = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
PROFILES = DATA_DIR / "profiles"
CODERS = ("qwen2.5-coder-0.5b", "qwen2.5-coder-1.5b", "qwen2.5-coder-7b")


def recorded_profile() -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads((PROFILES / "desktop-rtx3060-12gb-32gb.json").read_text()))


def coder_catalog(folder: Path) -> Catalog:
    """Three real catalog entries, the smallest being the test model the local hub serves: a download that
    really loads in the chat."""
    (folder / "models").mkdir(parents=True)
    shutil.copy(catalog.manifest_dir() / "schema.json", folder)
    for model_id in CODERS:
        shutil.copy(catalog.manifest_dir() / "models" / f"{model_id}.json", folder / "models")
    return catalog.load(folder)


AppMaker = Callable[..., tuple[Services, MainWindow]]


@pytest.fixture
def make_app(qtbot: QtBot) -> Iterator[AppMaker]:
    """The real window, over the shipped catalog or a smaller one."""
    built: list[tuple[Services, MainWindow]] = []

    def make(models: Catalog | None = None) -> tuple[Services, MainWindow]:
        services = build_services(paths.resolve().ensure(), Workers(), models)
        window = build_window(services)
        qtbot.addWidget(window)
        window.show()
        built.append((services, window))
        return services, window

    yield make
    for services, window in built:
        window.pages.chat.stop()
        services.close()


@pytest.fixture
def app(make_app: AppMaker) -> tuple[Services, MainWindow]:
    return make_app()


@pytest.fixture
def coder_app(make_app: AppMaker, tmp_path: Path) -> tuple[Services, MainWindow]:
    return make_app(coder_catalog(tmp_path / "catalog"))


def open_on_picks(qtbot: QtBot, services: Services, window: MainWindow) -> FirstRunDialog:
    dialog = open_first_run(services, window)
    assert dialog.isVisible()
    assert not dialog.back_button.isVisible()
    qtbot.mouseClick(dialog.welcome.find_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentWidget() is dialog.scan
    assert not dialog.next_button.isEnabled()  # nothing to suggest before the scan
    with qtbot.waitSignal(dialog.suggestions_ready, timeout=20_000):
        services.machine.set_profile(recorded_profile())  # a scan's answer, recorded on a computer with a GPU
    assert dialog.next_button.isEnabled()
    assert "NVIDIA GeForce RTX 3060" in dialog.scan.summary.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentWidget() is dialog.choose
    return dialog


@pytest.mark.model
@pytest.mark.slow
def test_suggestions_appear_one_downloads_and_the_chat_opens_with_it_loaded(
    qtbot: QtBot, coder_app: tuple[Services, MainWindow], fake_hub: FakeHub, qwen_gguf: Path
) -> None:
    services, window = coder_app
    fake_hub.add(REPO, FILE, qwen_gguf)
    fake_hub.faults.rate = 200 * 1024 * 1024  # a few seconds: long enough to see progress
    services.settings.update(hf_endpoint=fake_hub.url)
    dialog = open_on_picks(qtbot, services, window)

    cards = dialog.choose.cards
    assert [c.pick.role for c in cards] == ["Small and quick", "Balanced", "Best for this computer"]
    assert [c.pick.spec.id for c in cards] == list(CODERS)
    assert all("download · Apache-2.0 licence" in c.facts.text() and c.verdict.text() for c in cards)
    assert cards[1].radio.isChecked()  # the balanced one to begin with
    qtbot.mouseClick(cards[0], Qt.MouseButton.LeftButton)
    assert dialog.next_button.text() == "Download Qwen2.5-Coder 0.5B Instruct (469 MB)"

    chat = window.pages.chat
    assert isinstance(chat, ChatPage)
    with qtbot.waitSignal(chat.model_loaded, timeout=120_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.steps.currentWidget() is dialog.download
        row = dialog.download.row
        assert row is not None
        qtbot.waitUntil(lambda: "MB/s" in row.status.text(), timeout=30_000)  # percent, bytes, speed, time left
        assert row.cancel_button.isVisible()
    assert not shiboken6.isValid(dialog)  # closed and freed
    assert window.current_page() == "chat"
    (item,) = services.downloads.queue.items
    assert item.state is QueueState.DONE
    assert chat.loaded_id is not None
    assert chat.model_picker.currentData().path == Path(item.installed_path)
    assert settings.load(services.paths.config).first_run_done


@pytest.mark.model
def test_cancelling_the_download_goes_back_to_the_suggestions(
    qtbot: QtBot, coder_app: tuple[Services, MainWindow], fake_hub: FakeHub, qwen_gguf: Path
) -> None:
    services, window = coder_app
    fake_hub.add(REPO, FILE, qwen_gguf)
    fake_hub.faults.rate = 4 * 1024 * 1024  # slow enough to cancel in the middle
    services.settings.update(hf_endpoint=fake_hub.url)
    dialog = open_on_picks(qtbot, services, window)
    qtbot.mouseClick(dialog.choose.cards[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    row = dialog.download.row
    assert row is not None
    qtbot.waitUntil(lambda: fake_hub.bytes_served > 0, timeout=20_000)
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.choose, timeout=20_000)
    assert services.downloads.queue.items[0].state is QueueState.CANCELLED
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentWidget() is dialog.scan
    assert not services.settings.current.first_run_done  # still in the flow


def test_a_failed_download_says_why_and_can_be_retried_or_cancelled(
    qtbot: QtBot, coder_app: tuple[Services, MainWindow]
) -> None:
    services, window = coder_app
    services.settings.update(offline=True)
    dialog = open_on_picks(qtbot, services, window)
    announced.clear()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    row = dialog.download.row
    assert row is not None
    qtbot.waitUntil(row.retry_button.isVisible, timeout=20_000)
    assert "offline" in row.status.text().lower()
    name = dialog.download.downloads.queue.items[0].plan.name
    assert row.bar.accessibleName() == f"Download of {name}: 0%"
    assert row.retry_button.accessibleName() == f"Retry the download of {name}"
    (said,) = announced  # once, by the window's downloads panel, though the dialog shows the same download
    assert said.startswith(f"The download of {name} failed: ")
    assert dialog.steps.currentWidget() is dialog.download
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.choose, timeout=20_000)


def test_a_computer_that_runs_nothing_is_offered_the_whole_catalog(
    qtbot: QtBot, coder_app: tuple[Services, MainWindow]
) -> None:
    services, window = coder_app
    dialog = open_first_run(services, window)
    dialog.welcome.find_button.click()
    tiny = recorded_profile()
    tiny = dataclasses.replace(
        tiny, gpus=(), memory=dataclasses.replace(tiny.memory, available_bytes=100 * 1024 * 1024)
    )
    with qtbot.waitSignal(dialog.suggestions_ready, timeout=20_000):
        services.machine.set_profile(tiny)
    dialog.next_button.click()
    assert dialog.choose.title.text() == "Nothing fits yet"
    assert not dialog.next_button.isVisible()
    qtbot.mouseClick(dialog.choose.browse_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "discover"
    assert services.settings.current.first_run_done


@pytest.mark.parametrize(("button", "page"), [("have_models_button", "models"), ("transcribe_button", "transcribe")])
def test_the_other_first_tasks_open_their_page_and_end_the_first_run(
    qtbot: QtBot, app: tuple[Services, MainWindow], button: str, page: str
) -> None:
    services, window = app
    dialog = open_first_run(services, window)
    qtbot.mouseClick(getattr(dialog.welcome, button), Qt.MouseButton.LeftButton)
    assert window.current_page() == page
    assert settings.load(services.paths.config).first_run_done


def test_skip_ends_the_first_run_for_good(qtbot: QtBot, app: tuple[Services, MainWindow]) -> None:
    services, window = app
    dialog = open_first_run(services, window)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert settings.load(services.paths.config).first_run_done


def test_on_a_first_run_the_catalog_is_judged_once_per_scan_for_the_picks_and_discover_together(
    qtbot: QtBot, app: tuple[Services, MainWindow], tmp_path: Path
) -> None:
    services, window = app
    machine, discover = services.machine, window.pages.discover
    dialog = open_first_run(services, window)
    qtbot.mouseClick(dialog.welcome.find_button, Qt.MouseButton.LeftButton)
    shown = [discover.advice_ready, dialog.suggestions_ready]
    with qtbot.waitSignals(shown, timeout=60_000):
        window.pages.hardware.rescan()  # this computer, scanned for real, as at every start
    assert machine.judged_count == 1
    assert machine.snapshot is not None
    assert discover.snapshot is machine.snapshot
    assert dialog.snapshot is machine.snapshot  # the very verdicts Discover shows, not a second judgement
    first = machine.snapshot

    with qtbot.waitSignals(shown, timeout=60_000):
        window.pages.hardware.rescan_button.click()
    assert machine.judged_count == 2
    assert discover.snapshot is dialog.snapshot is machine.snapshot
    assert machine.snapshot is not first

    with qtbot.waitSignals(shown, timeout=60_000):
        services.settings.update(models_dir=str(tmp_path / "models elsewhere"))  # a change the verdicts depend on
    assert machine.judged_count == 3
    assert discover.snapshot is dialog.snapshot is machine.snapshot
    assert machine.snapshot.profile.disk.path == str(tmp_path / "models elsewhere")

    services.settings.update(offline=True)  # one they do not depend on
    assert not machine.scanning
    assert machine.judged_count == 3
