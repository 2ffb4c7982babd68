"""A download started from Discover: progress in the panel, pause and resume, then the model in My Models."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.downloads import queue as states
from app.hardware import HardwareProfile
from tests.helpers.hf_server import FakeHub
from ui.application import build_services, build_window
from ui.main_window import MainWindow
from ui.workers import Workers

pytestmark = [pytest.mark.gui, pytest.mark.model]

REPO, FILE = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
PROFILE = Path(__file__).parent / "data" / "profiles" / "desktop-rtx3060-12gb-32gb.json"


@pytest.fixture
def window(qtbot: QtBot, fake_hub: FakeHub, qwen_gguf: Path) -> Iterator[MainWindow]:
    fake_hub.add(REPO, FILE, qwen_gguf)
    fake_hub.faults.rate = 60 * 1024 * 1024  # slow enough to pause in the middle
    workers = Workers()
    services = build_services(paths.resolve().ensure(), workers)
    services.settings.update(hf_endpoint=fake_hub.url)
    main = build_window(services)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.discover_page.advice_ready, timeout=20_000):
        main.discover_page.set_profile(HardwareProfile.from_dict(json.loads(PROFILE.read_text())))
    yield main
    services.downloads.shutdown()
    workers.shutdown()


def test_download_from_discover_pause_resume_and_find_it_in_my_models(
    window: MainWindow, qtbot: QtBot, fake_hub: FakeHub
) -> None:
    discover = window.discover_page
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
    qtbot.waitUntil(lambda: controller.queue.get(item.id).state == states.PAUSED, timeout=30_000)
    assert row.resume_button.isVisible()
    assert row.status.text().startswith("Paused at")
    fake_hub.faults.rate = None

    with qtbot.waitSignal(controller.installed, timeout=120_000):
        qtbot.mouseClick(row.resume_button, Qt.MouseButton.LeftButton)
    assert controller.queue.get(item.id).state == states.DONE
    assert fake_hub.bytes_served <= 1.1 * 491_400_064  # resumed, not restarted
    qtbot.waitUntil(lambda: card.download_state.text() == "Installed", timeout=10_000)

    models = window.pages["models"]
    qtbot.waitUntil(lambda: any(r.model.catalog_id == "qwen2.5-coder-0.5b" for r in models.rows), timeout=30_000)  # type: ignore[attr-defined]
