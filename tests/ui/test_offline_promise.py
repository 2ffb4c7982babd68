"""The README's promise, "Nothing you type, show or say leaves your computer", checked on the real app and models.

An audit hook (tests/helpers/network_audit.py) sees every connect and name lookup the process makes, in any
thread, and refuses those that would leave this computer. The first test uses Hearth as a person does on their
first day: the window, the hardware scan, the first-run suggestions, Discover, a download from a mirror (a local
Hugging Face stand-in on 127.0.0.1), the token check, a chat reply from the Qwen test model and a transcription with
Whisper base; every connection goes to this computer. The second one turns Offline mode on and presses every button
that would reach Hugging Face or the mirror: not one name is looked up and not one connection is made, while the
same buttons do reach the mirror once Offline mode is off again.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import huggingface_hub
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.downloads import plan as plans
from app.downloads import queue as states
from app.downloads.queue import DownloadQueue, QueueItem
from app.models import catalog
from app.models.library import Library
from app.secrets import TokenStore
from app.settings import SettingsStore
from tests.helpers.hf_server import FakeHub
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.network_audit import NetworkAudit, connections_beyond_loopback, network_audit
from tests.helpers.qt_drop import drop_files
from tests.helpers.speech import CLIP_WER_BOUND, speech_set, word_error_rate
from ui.application import Services, build_services, build_window, open_first_run
from ui.chat.chat_page import ChatPage
from ui.main_window import MainWindow
from ui.settings.settings_page import SettingsPage
from ui.shared.model_picker import Choice
from ui.transcribe.transcribe_page import TranscribePage
from ui.workers import Workers

QWEN = "qwen2.5-coder-0.5b"
REPO, FILE = "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
TOKEN = "hf_OfflinePromiseToken123"
OFFLINE_DOWNLOAD = "Offline mode is on, so Hearth makes no network connection."
TOKEN_NOT_CHECKED = (
    "Saved, but not checked: Offline mode is on, so Hearth did not contact Hugging Face to check the token."
)
PageT = TypeVar("PageT")


def test_the_audit_sees_and_refuses_what_pytest_socket_would_hide() -> None:
    """The instrument itself: pytest-socket refuses a connect before Python's `socket.connect` audit event fires,
    so inside the audit its guard makes way for the hook, which records and refuses in its place."""
    import socket

    with network_audit() as audit:
        raw = socket.socket()
        with pytest.raises(OSError, match="Network is unreachable"):
            raw.connect(("192.0.2.1", 443))  # TEST-NET-1: never a real host
        raw.close()
        with pytest.raises(socket.gaierror):
            socket.create_connection(("huggingface.co", 443), timeout=1)
    assert audit.beyond_loopback() == [
        "socket.connect AF_INET 192.0.2.1 port 443 (thread MainThread)",
        "socket.getaddrinfo huggingface.co port 443 (thread MainThread)",
    ]


# ---------------------------------------------------------------- the app, as `hearth` builds it


@contextmanager
def hearth(qtbot: QtBot) -> Iterator[tuple[Services, MainWindow]]:
    """The window as `ui.application.run` builds it, and its shutdown (which is audited too). The password store
    is an in-memory one, so no test touches a developer's own keyring."""
    workers = Workers()
    services = build_services(paths.resolve().ensure(), workers)
    services.tokens = TokenStore(MemoryKeyring())
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1100, 750)
    window.show()
    try:
        yield services, window
    finally:
        window.pages.chat.stop()
        window.pages.transcribe.stop()
        services.close()


def page_of(window: MainWindow, key: str, kind: type[PageT]) -> PageT:
    page = getattr(window.pages, key)
    assert isinstance(page, kind)
    return page


def scan_with_first_run(qtbot: QtBot, services: Services, window: MainWindow) -> None:
    """As at a first start: the welcome over the window, then the app's own hardware scan, which the welcome's
    suggestions and Discover's verdicts both wait for."""
    dialog = open_first_run(services, window)
    with qtbot.waitSignals(
        [window.pages.hardware.scan_finished, window.pages.discover.advice_ready, dialog.suggestions_ready],
        timeout=60_000,
    ):
        window.pages.hardware.rescan()
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)


def set_mirror(qtbot: QtBot, window: MainWindow, services: Services, url: str) -> None:
    page = page_of(window, "settings", SettingsPage)
    window.show_page("settings")
    page.endpoint_edit.clear()
    qtbot.keyClicks(page.endpoint_edit, url)
    qtbot.keyClick(page.endpoint_edit, Qt.Key.Key_Return)
    assert services.settings.current.hf_endpoint == url


def set_offline(qtbot: QtBot, window: MainWindow, services: Services, offline: bool) -> None:
    page = page_of(window, "settings", SettingsPage)
    window.show_page("settings")
    assert page.offline_check.isChecked() != offline
    qtbot.mouseClick(page.offline_check, Qt.MouseButton.LeftButton)
    assert services.settings.current.offline is offline


def save_token(qtbot: QtBot, window: MainWindow, expected: str) -> str:
    """Settings › Hugging Face token › Save: the check runs on a worker; returns the sentence it ends with."""
    page = page_of(window, "settings", SettingsPage)
    window.show_page("settings")
    page.token_edit.setText(TOKEN)
    qtbot.waitUntil(page.save_token_button.isEnabled, timeout=10_000)  # the page's own keyring look-up is done
    qtbot.mouseClick(page.save_token_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.token_status.text().startswith(expected), timeout=30_000)
    qtbot.waitUntil(page.remove_token_button.isEnabled, timeout=10_000)  # the job has finished
    return page.token_status.text()


def retried(qtbot: QtBot, window: MainWindow, item_id: str) -> QueueItem:
    """Downloads panel › Retry, waited for until the download has failed again (or finished)."""
    controller = window.pages.discover.downloads
    assert controller is not None
    row = window.downloads_panel.rows[item_id]  # type: ignore[union-attr]
    assert row.retry_button.isVisibleTo(row)
    row.retry_button.click()
    assert controller.queue.get(item_id).state in (states.QUEUED, states.RUNNING)  # taken up at once
    qtbot.waitUntil(lambda: controller.queue.get(item_id).state in (states.FAILED, states.DONE), timeout=30_000)
    return controller.queue.get(item_id)


def assert_stays_here(audit: NetworkAudit) -> None:
    assert audit.beyond_loopback() == []
    assert connections_beyond_loopback() == []  # what the operating system sees, native code's sockets included


# ---------------------------------------------------------------- online: everything goes to this computer


@pytest.mark.gui
@pytest.mark.model
@pytest.mark.slow
def test_a_first_day_with_hearth_connects_to_this_computer_only(
    qtbot: QtBot, fake_hub: FakeHub, qwen_gguf: Path, whisper_base_dir: Path, tmp_path: Path
) -> None:
    fake_hub.add(REPO, FILE, qwen_gguf)
    fake_hub.accounts[TOKEN] = "alice"
    Library(paths.resolve().ensure()).import_path(whisper_base_dir)
    recording = Path(shutil.copy(speech_set().clips["wav"].path, tmp_path / "memo.wav"))
    hub_port = urlsplit(fake_hub.url).port

    with network_audit() as audit, hearth(qtbot) as (services, window):
        scan_with_first_run(qtbot, services, window)

        # Settings: the mirror, and the token checked with it
        set_mirror(qtbot, window, services, fake_hub.url)
        assert save_token(qtbot, window, "Signed in as") == "Signed in as alice."

        # Discover: download the Qwen test model from the mirror
        window.show_page("discover")
        controller = window.pages.discover.downloads
        assert controller is not None
        with qtbot.waitSignal(controller.installed, timeout=300_000):
            qtbot.mouseClick(window.pages.discover.cards[QWEN].download_button, Qt.MouseButton.LeftButton)
        (item,) = controller.queue.items
        assert item.state == states.DONE

        # Chat: load it and get one reply
        chat = page_of(window, "chat", ChatPage)
        window.show_page("chat")
        installed = Path(item.installed_path)

        def index_of_download() -> int:
            for index in range(chat.model_picker.count()):
                choice = chat.model_picker.itemData(index)
                if isinstance(choice, Choice) and choice.path == installed:
                    return index
            return -1

        qtbot.waitUntil(lambda: index_of_download() >= 0, timeout=30_000)
        with qtbot.waitSignal(chat.model_loaded, timeout=120_000):
            chat.models.on_model_picked(index_of_download())
        chat.options.temperature.setValue(0.0)
        chat.options.max_tokens.setValue(24)
        qtbot.keyClicks(chat.composer.text, "Write a Python function that adds two numbers.")
        with qtbot.waitSignal(chat.reply_finished, timeout=120_000):
            qtbot.keyClick(chat.composer.text, Qt.Key.Key_Return)
        reply = chat.store.messages(chat.conversation_id)[-1]  # type: ignore[arg-type]
        assert reply.role == "assistant"
        assert reply.content.strip()

        # Transcribe: a recording dropped on the page, with Whisper base
        transcribe = page_of(window, "transcribe", TranscribePage)
        window.show_page("transcribe")
        qtbot.waitUntil(lambda: transcribe.controller.model == whisper_base_dir, timeout=30_000)
        drop_files(transcribe.drop_zone, recording)
        qtbot.waitUntil(lambda: [r.item.state for _i, r in transcribe.rows.values()] == ["done"], timeout=180_000)
        (done_id,) = transcribe.rows
        transcript = transcribe.controller.queue.transcript(done_id)
        assert transcript is not None
        assert word_error_rate(speech_set().clips["wav"].text, transcript.text()) <= CLIP_WER_BOUND

        assert_stays_here(audit)

    assert audit.beyond_loopback() == []  # shutting down too
    # The record is not empty by accident: the mirror's downloads and the token check were seen, on loopback.
    to_hub = [e for e in audit.connects("AF_INET", "AF_INET6") if e.port == hub_port]
    assert to_hub
    assert any(e.thread != "MainThread" for e in to_hub)  # seen from the workers that made them
    assert "GET /api/whoami-v2" in fake_hub.requests
    assert fake_hub.bytes_served >= qwen_gguf.stat().st_size


# ---------------------------------------------------------------- offline: nothing at all


def left_from_last_session(mirror: str) -> QueueItem:
    """Hearth was quit with Offline mode on, a mirror set and a download still queued."""
    hearth_paths = paths.resolve().ensure()
    SettingsStore(hearth_paths.config).update(offline=True, hf_endpoint=mirror)
    spec = catalog.default().get(QWEN)
    return DownloadQueue(hearth_paths.data / "downloads.json").add(plans.for_variant(spec, spec.recommended_variant))


def assert_nothing_attempted(audit: NetworkAudit, fake_hub: FakeHub, requests_before: int) -> None:
    """What the Settings page promises: "Offline mode — Hearth makes no network connection at all"."""
    assert [str(e) for e in audit.lookups()] == []  # not huggingface.co, hf.co or the mirror: no name at all
    assert [str(e) for e in audit.connects("AF_INET", "AF_INET6")] == []  # not even the mirror on 127.0.0.1
    assert audit.beyond_loopback() == []
    assert len(fake_hub.requests) == requests_before
    assert connections_beyond_loopback() == []


@pytest.mark.gui
def test_offline_mode_makes_no_attempt_to_reach_hugging_face_or_the_mirror(qtbot: QtBot, fake_hub: FakeHub) -> None:
    # Hearth's own setting is what keeps it offline here, not huggingface_hub's HF_HUB_OFFLINE.
    assert not huggingface_hub.constants.HF_HUB_OFFLINE
    fake_hub.accounts[TOKEN] = "alice"
    leftover = left_from_last_session(fake_hub.url)

    with hearth(qtbot) as (services, window):
        controller = window.pages.discover.downloads
        assert controller is not None
        with network_audit() as offline:
            # At the start, the download left queued continues, which offline means it stops with the reason.
            qtbot.waitUntil(lambda: controller.queue.get(leftover.id).state == states.FAILED, timeout=30_000)
            assert controller.queue.get(leftover.id).error.startswith(OFFLINE_DOWNLOAD)

            # The first run's suggestions, and downloading the one it proposes.
            dialog = open_first_run(services, window)
            with qtbot.waitSignals(
                [window.pages.hardware.scan_finished, window.pages.discover.advice_ready, dialog.suggestions_ready],
                timeout=60_000,
            ):
                window.pages.hardware.rescan()
            qtbot.mouseClick(dialog.welcome.find_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(dialog.next_button.isEnabled, timeout=30_000)
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # the scan's summary
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # "Download <the proposed model>"
            row = dialog.download.row
            assert row is not None
            qtbot.waitUntil(row.retry_button.isVisible, timeout=30_000)
            assert row.status.text().startswith(OFFLINE_DOWNLOAD)
            qtbot.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: row.retry_button.isVisible() and OFFLINE_DOWNLOAD in row.status.text())
            qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)

            # Discover's Download button, the Downloads panel's Retry, the token check: with the mirror...
            window.show_page("discover")
            qtbot.mouseClick(window.pages.discover.cards[QWEN].download_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: controller.queue.get(leftover.id).state == states.FAILED, timeout=30_000)
            assert retried(qtbot, window, leftover.id).error.startswith(OFFLINE_DOWNLOAD)
            assert save_token(qtbot, window, "Saved, but not checked") == TOKEN_NOT_CHECKED

            # ... and with Hugging Face itself (no mirror).
            set_mirror(qtbot, window, services, "")
            assert retried(qtbot, window, leftover.id).error.startswith(OFFLINE_DOWNLOAD)
            assert save_token(qtbot, window, "Saved, but not checked") == TOKEN_NOT_CHECKED

            assert_nothing_attempted(offline, fake_hub, requests_before=0)

        # The same buttons are live: with Offline mode off they reach the mirror (here, on this computer).
        with network_audit() as online:
            set_offline(qtbot, window, services, False)
            set_mirror(qtbot, window, services, fake_hub.url)
            failed = retried(qtbot, window, leftover.id)  # the mirror does not hold the file: it says so
            assert not failed.error.startswith(OFFLINE_DOWNLOAD)
            assert save_token(qtbot, window, "Signed in as") == "Signed in as alice."
        assert online.connects("AF_INET", "AF_INET6")
        assert online.beyond_loopback() == []
        reached = len(fake_hub.requests)
        assert "GET /api/whoami-v2" in fake_hub.requests
        assert any(request.endswith(FILE) for request in fake_hub.requests)

        # Turned on again from the Settings page: nothing again.
        with network_audit() as offline_again:
            set_offline(qtbot, window, services, True)
            assert retried(qtbot, window, leftover.id).error.startswith(OFFLINE_DOWNLOAD)
            assert save_token(qtbot, window, "Saved, but not checked") == TOKEN_NOT_CHECKED
            assert_nothing_attempted(offline_again, fake_hub, requests_before=reached)
