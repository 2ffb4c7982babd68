"""A download started from Discover: progress in the panel, pause and resume, then the model in My Models; each
progress tick redraws that download's card and row only; the downloads dock shows when one is asked for and then
stays where the person puts it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.downloads.plan import for_repo_files, for_variant
from app.downloads.queue import DownloadStatus
from app.downloads.queue_state import QueueState
from app.hardware import HardwareProfile
from tests.helpers.app_window import running_window
from tests.helpers.hf_server import FakeHub
from tests.locations import DATA_DIR
from ui.application import Services
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

REPO, FILE = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
PROFILE = DATA_DIR / "profiles" / "desktop-rtx3060-12gb-32gb.json"


@pytest.fixture
def window(qtbot: QtBot, fake_hub: FakeHub, qwen_gguf: Path) -> Iterator[MainWindow]:
    fake_hub.add(REPO, FILE, qwen_gguf)
    fake_hub.faults.rate = 60 * 1024 * 1024  # slow enough to pause in the middle
    with running_window(qtbot, lambda services: services.settings.update(hf_endpoint=fake_hub.url)) as (services, main):
        with qtbot.waitSignal(main.pages.discover.advice_ready, timeout=20_000):
            services.machine.set_profile(HardwareProfile.from_dict(json.loads(PROFILE.read_text())))
        yield main


@pytest.mark.model
def test_download_from_discover_pause_resume_and_find_it_in_my_models(
    window: MainWindow, qtbot: QtBot, fake_hub: FakeHub
) -> None:
    discover = window.pages.discover
    controller = discover.downloads
    assert controller is not None
    card = discover.cards["qwen2.5-coder-0.5b"]
    qtbot.mouseClick(card.download_button, Qt.MouseButton.LeftButton)
    (item,) = controller.queue.items
    qtbot.waitUntil(lambda: controller.progress.get(item.id) is not None
                    and controller.progress[item.id].done_bytes > 50_000_000, timeout=60_000)  # fmt: skip
    assert window.downloads_dock.isVisible()
    row = window.downloads_panel.rows[item.id]  # type: ignore[union-attr]
    assert "%" in row.status.text()
    assert card.download_state.text().startswith("Downloading")

    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.queue.get(item.id).state is QueueState.PAUSED, timeout=30_000)
    assert row.resume_button.isVisible()
    assert row.status.text().startswith("Paused at")
    fake_hub.faults.rate = None

    with qtbot.waitSignal(controller.installed, timeout=120_000):
        qtbot.mouseClick(row.resume_button, Qt.MouseButton.LeftButton)
    assert controller.queue.get(item.id).state is QueueState.DONE
    assert fake_hub.bytes_served <= 1.1 * 491_400_064  # resumed, not restarted
    qtbot.waitUntil(lambda: card.download_state.text() == "Installed", timeout=10_000)

    models = window.pages.models
    qtbot.waitUntil(lambda: any(r.model.catalog_id == "qwen2.5-coder-0.5b" for r in models.rows), timeout=30_000)  # type: ignore[attr-defined]


@pytest.mark.model
def test_a_downloads_progress_redraws_its_own_card_and_row_and_no_other(window: MainWindow, qtbot: QtBot) -> None:
    """Ten ticks a second must not re-check the 56 cards: each tick names its download, and only that download's
    card and panel row are drawn again. A second download waits its turn meanwhile; its row stays as it is."""
    discover = window.pages.discover
    controller = discover.downloads
    panel = window.downloads_panel
    assert controller is not None
    assert panel is not None
    controller.set_concurrency(1)
    card = discover.cards["qwen2.5-coder-0.5b"]
    qtbot.mouseClick(card.download_button, Qt.MouseButton.LeftButton)
    (running,) = controller.queue.items
    waiting_spec = discover.catalog.get("qwen2.5-coder-1.5b")
    waiting = controller.start(for_variant(waiting_spec, waiting_spec.recommended_variant))
    assert controller.queue.get(waiting.id).state is QueueState.QUEUED  # one at a time
    qtbot.waitUntil(lambda: controller.progress.get(running.id) is not None, timeout=30_000)

    cards_before = {model_id: other.download_updates for model_id, other in discover.cards.items()}
    rows_before = {item_id: row.updates for item_id, row in panel.rows.items()}
    ticks: list[DownloadStatus] = []
    controller.changed.connect(ticks.append)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=30_000)
    controller.changed.disconnect(ticks.append)

    assert {(t.item_id, t.catalog_id, t.quantization) for t in ticks} == {(running.id, "qwen2.5-coder-0.5b", "Q4_K_M")}
    assert all(t.progress is not None and t.state is QueueState.RUNNING for t in ticks)
    first, last = ticks[0].progress, ticks[-1].progress
    assert first is not None
    assert last is not None
    assert last.done_bytes > first.done_bytes
    assert card.download_updates >= cards_before[card.spec.id] + len(ticks)
    assert {i: c.download_updates for i, c in discover.cards.items() if c is not card} == {
        i: n for i, n in cards_before.items() if i != card.spec.id
    }  # no other card was touched
    assert panel.rows[running.id].updates >= rows_before[running.id] + len(ticks)
    assert panel.rows[waiting.id].updates == rows_before[waiting.id]
    assert card.download_state.text().startswith("Downloading")
    assert "%" in panel.rows[running.id].status.text()

    controller.cancel(waiting.id)
    controller.cancel(running.id)
    qtbot.waitUntil(lambda: controller.queue.get(running.id).state is QueueState.CANCELLED, timeout=10_000)
    assert card.download_button.isVisibleTo(card)  # offered again, from the cancelled download's own news


@pytest.fixture
def bare_window(qtbot: QtBot, fake_hub: FakeHub) -> Iterator[tuple[Services, MainWindow]]:
    """The real window over the local hub, without a model file: for what does not need one to finish."""
    with running_window(qtbot, lambda services: services.settings.update(hf_endpoint=fake_hub.url)) as built:
        yield built


def test_ctrl_j_hides_the_downloads_while_one_runs_and_progress_does_not_bring_them_back(
    bare_window: tuple[Services, MainWindow], qtbot: QtBot, fake_hub: FakeHub, tmp_path: Path
) -> None:
    services, window = bare_window
    weights = tmp_path / "weights.bin"
    weights.write_bytes(bytes(16 * 1024 * 1024))
    fake_hub.add("hearth-tests/slow-model", "weights.bin", weights)
    fake_hub.faults.rate = 4 * 1024 * 1024  # four seconds in all: ten progress ticks a second meanwhile
    controller = services.downloads
    assert not window.downloads_dock.isVisible()

    item = controller.start(for_repo_files("hearth-tests/slow-model", ["weights.bin"]))
    assert window.downloads_dock.isVisible()  # shown once, as the download is asked for
    qtbot.waitUntil(lambda: item.id in controller.progress and controller.progress[item.id].done_bytes > 0)

    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.downloads_dock.isVisible())  # a shortcut clicks its button a moment later
    assert not window.downloads_button.isChecked()

    ticks: list[DownloadStatus] = []
    controller.changed.connect(ticks.append)
    hidden_at = controller.progress[item.id].done_bytes
    qtbot.waitUntil(lambda: controller.progress[item.id].done_bytes > hidden_at + 2 * 1024 * 1024, timeout=10_000)
    assert len(ticks) >= 3
    assert controller.queue.get(item.id).state is QueueState.RUNNING
    assert not window.downloads_dock.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.downloads_dock.isVisible)  # and Ctrl+J brings them back when asked
    controller.cancel(item.id)
    qtbot.waitUntil(lambda: controller.queue.get(item.id).state is QueueState.CANCELLED, timeout=10_000)
