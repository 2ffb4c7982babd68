"""The window: sidebar, Hardware page on a worker thread, the banner that tells, remembered geometry."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import messages, paths, settings
from app.errors import HearthError
from app.hardware import HardwareProfile, probe
from app.hardware.parsers.nvidia import parse_nvidia_smi_csv
from app.messages import MessageBridge
from app.models import catalog
from tests.helpers.told import told
from ui.application import build_services, build_window
from ui.hardware.hardware_page import HardwarePage
from ui.main_window import PAGE_KEYS, MainWindow
from ui.shared.banner import Banner
from ui.state.machine import MachineState
from ui.workers import Workers

pytestmark = pytest.mark.gui


@pytest.fixture
def workers(qtbot: QtBot) -> Workers:
    pool = Workers()
    yield pool
    pool.shutdown()


def make_window(qtbot: QtBot, workers: Workers, scanner: Callable[[], HardwareProfile] | None = None) -> MainWindow:
    services = build_services(paths.resolve().ensure(), workers)
    if scanner is not None:  # the app's machine state, its scan answering otherwise
        services = dataclasses.replace(services, machine=MachineState(catalog.default(), scanner, workers))
    window = build_window(services)
    qtbot.addWidget(window)
    return window


def hardware_page(scanner: Callable[[], HardwareProfile], workers: Workers) -> HardwarePage:
    return HardwarePage(MachineState(catalog.default(), scanner, workers), workers.messages)


def test_sidebar_lists_every_page_and_opens_on_hardware(qtbot: QtBot, workers: Workers) -> None:
    window = make_window(qtbot, workers)
    window.retranslate()  # what a language switch does: texts again, the shortcuts kept (a new text resets a button's)
    labels = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert labels == ["Discover", "My Models", "Chat", "Compare", "Documents", "Transcribe", "Hardware", "Settings"]
    assert window.sidebar.item(0).toolTip() == "Discover (Ctrl+1)"
    assert window.sidebar.accessibleName() == "Pages"
    assert window.downloads_button.shortcut().toString() == "Ctrl+J"
    assert window.current_page() == "hardware"
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "chat"


def test_hardware_page_shows_this_machine_after_a_scan_off_the_gui_thread(qtbot: QtBot, workers: Workers) -> None:
    scan_threads: list[threading.Thread] = []
    slot_threads: list[QThread] = []

    def scanner() -> HardwareProfile:
        scan_threads.append(threading.current_thread())
        return probe(paths.resolve().models)

    page = hardware_page(scanner, workers)
    qtbot.addWidget(page)
    page.scan_finished.connect(lambda _profile: slot_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(page.scan_finished, timeout=20_000):
        page.rescan()
        assert not page.rescan_button.isEnabled()
        assert page.status.text() == "Scanning…"
    assert scan_threads[0] is not threading.main_thread()
    assert slot_threads == [QApplication.instance().thread()]
    assert page.headline.text().startswith("Models up to about")
    assert page.processor_card.value.text() == f"{psutil.cpu_count(logical=False)} cores"
    assert page.graphics_card.value.text() == "Processor only"
    qtbot.waitUntil(page.rescan_button.isEnabled)
    assert page.copy_button.isEnabled()


def test_details_toggle_and_copy(qtbot: QtBot, workers: Workers) -> None:
    page = hardware_page(lambda: probe(paths.resolve().models), workers)
    seen = told(workers.messages)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.scan_finished, timeout=20_000):
        page.rescan()
    assert not page.details.isVisible()
    qtbot.mouseClick(page.details_toggle, Qt.MouseButton.LeftButton)
    assert page.details.isVisible()
    assert "Processor" in page.details.toPlainText()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == page.details.toPlainText()
    assert seen == [messages.Info("The scan's details are copied: paste them into a bug report or a message.")]


def test_a_recorded_nvidia_machine_is_explained(qtbot: QtBot, workers: Workers, hardware_data: Path) -> None:
    """No GPU exists here: the profile of this machine plus a GPU parsed from a recorded nvidia-smi output. Its
    driver (465.27) is older than a CUDA 12 engine needs, which the page says; with a newer driver it is used."""
    import dataclasses

    (recorded,) = parse_nvidia_smi_csv((hardware_data / "nvidia-smi-csv-1gpu.txt").read_text())
    real = probe(paths.resolve().models)
    cuda_build = dataclasses.replace(real.llama, gpu_offload_supported=True)
    for gpu, headline, detail in (
        (recorded, "No graphics card that Hearth can use was found", "NVIDIA driver 465.27 is too old"),
        (dataclasses.replace(recorded, driver="550.54.14"), "can run fully on your graphics card", "used through CUDA"),
    ):
        profile = dataclasses.replace(real, gpus=(gpu,), llama=cuda_build)
        page = hardware_page(lambda profile=profile: profile, workers)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.scan_finished, timeout=20_000):
            page.rescan()
        assert headline in page.headline.text()
        assert page.graphics_card.value.text() == "NVIDIA GeForce RTX 2080 SUPER"
        assert detail in page.graphics_card.detail.text()


def test_a_failing_scan_is_told_in_the_banner_and_the_app_stays_usable(qtbot: QtBot, workers: Workers) -> None:
    def broken() -> HardwareProfile:
        raise HearthError("Hearth could not look at this computer's hardware.", "details for the log")

    window = make_window(qtbot, workers, broken)
    seen = told(workers.messages)
    window.show()
    window.pages.hardware.rescan()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [messages.Error("Hearth could not look at this computer's hardware.", "details for the log")]
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.message.text() == "Hearth could not look at this computer's hardware."
    assert window.banner.message.toolTip() == "details for the log"
    assert window.banner.level == "error"
    qtbot.waitUntil(window.pages.hardware.rescan_button.isEnabled)


def test_what_is_told_before_the_window_exists_shows_in_its_banner(qtbot: QtBot) -> None:
    bridge = MessageBridge()
    bridge.warning("The downloads list could not be read; it starts empty.")
    pool = Workers(bridge)
    try:
        window = make_window(qtbot, pool)
        qtbot.waitUntil(lambda: window.banner.message.text().startswith("The downloads list"))
        assert window.banner.level == "warning"
    finally:
        pool.shutdown()


def test_a_message_told_from_another_thread_is_shown_on_the_gui_thread(qtbot: QtBot, workers: Workers) -> None:
    """The bridge calls its listeners on the sender's thread; the banner must only ever be touched on the GUI's."""
    window = make_window(qtbot, workers)
    window.show()
    shown_on: list[QThread] = []
    window.messages.arrived.connect(lambda _message: shown_on.append(QThread.currentThread()))
    sender = threading.Thread(target=lambda: workers.messages.info("Saved talk.srt in Transcripts."))
    sender.start()
    sender.join()
    qtbot.waitUntil(window.banner.isVisible)
    assert shown_on == [QApplication.instance().thread()]
    assert window.banner.message.text() == "Saved talk.srt in Transcripts."


def test_news_leaves_the_banner_by_itself_but_a_problem_stays_until_dismissed(qtbot: QtBot) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message(messages.Info("The token was removed."))
    assert banner.isVisible()
    assert banner.info_timer.isActive()
    banner.info_timer.timeout.emit()  # its time is up
    assert not banner.isVisible()
    banner.show_message(messages.Info("Saved talk.srt."))
    banner.show_message(messages.Error("The transcript could not be saved there."))
    assert not banner.info_timer.isActive()  # the error replaced the news and stays
    assert banner.level == "error"
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_window_geometry_and_page_are_remembered(qtbot: QtBot, workers: Workers) -> None:
    hearth_paths = paths.resolve().ensure()
    first = make_window(qtbot, workers)
    first.show()
    first.resize(790, 560)  # the offscreen screen is 800x600; restoreGeometry keeps windows on it
    first.show_page("transcribe")
    first.close()
    assert settings.load(hearth_paths.config).last_page == "transcribe"  # saved as the window closed

    second = make_window(qtbot, workers)
    assert second.size().toTuple() == (790, 560)
    assert second.current_page() == "transcribe"
    assert len(PAGE_KEYS) == len(second.pages.in_order())


def test_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    import gc

    from ui.gc_guard import MainThreadGarbageCollector

    guard = MainThreadGarbageCollector(interval_ms=10)
    assert not gc.isenabled()
    for _ in range(guard.threshold[0] + 10):
        cycle: list[object] = []
        cycle.append(cycle)
    assert gc.get_count()[0] > guard.threshold[0]
    qtbot.waitUntil(lambda: gc.get_count()[0] < guard.threshold[0], timeout=5000)
    guard.timer.stop()


def test_a_processor_the_engine_was_not_built_for_is_told_on_the_page(
    qtbot: QtBot, workers: Workers, hardware_data: Path
) -> None:
    """A recorded AVX2 build of llama.cpp on a processor with AVX only (Sandy Bridge): the headline says why."""
    import dataclasses

    from app.hardware import CpuInfo

    real = probe(paths.resolve().models)
    build = dataclasses.replace(real.llama, system_info=(hardware_data / "llama-system-info-cuda-v100.txt").read_text())
    old = dataclasses.replace(real, cpu=CpuInfo("Intel Core i5-2500K", 4, 4, ("avx",)), llama=build)
    page = hardware_page(lambda: old, workers)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.scan_finished, timeout=20_000):
        page.rescan()
    assert page.headline.text().startswith("Chat models cannot run with this copy of Hearth")
    assert "AVX2" in page.headline.text()


def test_the_window_builds_no_page_of_its_own(qtbot: QtBot, workers: Workers) -> None:
    """Every page comes from the composition root, typed (ui/main_window.py's Pages), in the sidebar's order."""
    window = make_window(qtbot, workers)
    assert [window.stack.widget(i) for i in range(window.stack.count())] == window.pages.in_order()
    assert window.sidebar.count() == len(PAGE_KEYS) == window.stack.count()


@pytest.mark.model
def test_a_catalog_model_added_by_the_person_is_installed_in_discover(
    qtbot: QtBot, workers: Workers, qwen_gguf: Path, tmp_path: Path
) -> None:
    """Recognised by its SHA-256 when added, a copy of a catalog model is the catalog's: Discover says Installed
    instead of offering to download it a second time."""
    from app.models.library import Library

    copy = tmp_path / "my coder.gguf"
    copy.symlink_to(qwen_gguf)
    Library(paths.resolve().ensure()).import_path(copy)
    window = make_window(qtbot, workers)
    discover = window.pages.discover
    qtbot.waitUntil(lambda: ("qwen2.5-coder-0.5b", "Q4_K_M") in discover.installed, timeout=60_000)  # type: ignore[attr-defined]
    card = discover.cards["qwen2.5-coder-0.5b"]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: card.download_state.text() == "Installed")
    # and the card judges that size as My Models does, from the file's own header (once the scan is in)
    window.pages.hardware.rescan()
    qtbot.waitUntil(lambda: "Q4_K_M" in card.on_computer, timeout=120_000)
    here = card.on_computer["Q4_K_M"]
    assert card.selected_quantization() == "Q4_K_M"
    assert card.verdict_badge.text() == here.label
    assert card.reason.text().startswith(here.reason)
