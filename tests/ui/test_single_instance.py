"""One window: a second launch hands its `hearth://` link to the running window over a local socket, and the window
opens Discover for that repository. Both socket ends run here, on the test's own socket name; no sleeps."""

from __future__ import annotations

import socket
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from app import messages, paths
from app.hub_search.links import HubLink
from tests.helpers.app_window import running_window
from tests.helpers.told import told
from ui import application, launcher
from ui.application import Services, open_links
from ui.link_router import LinkRouter
from ui.main_window import MainWindow
from ui.single_instance import LinkOpenEvents, LinkServer, hand_over, server_name

pytestmark = pytest.mark.gui

LINK = "hearth://open_from_hf?model=unsloth/Qwen3-8B-GGUF&file=Qwen3-8B-Q4_K_M.gguf"


@pytest.fixture
def name() -> str:
    return f"hearth-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def server(qtbot: QtBot, name: str) -> Iterator[LinkServer]:
    links = LinkServer(name)
    assert links.listen()
    yield links
    links.close()


def test_a_second_launch_hands_its_link_to_the_running_window(qtbot: QtBot, server: LinkServer, name: str) -> None:
    with qtbot.waitSignal(server.link_received) as received:
        assert hand_over(name, LINK)
    assert received.args == [LINK]


def test_a_second_launch_without_a_link_asks_for_the_window(qtbot: QtBot, server: LinkServer, name: str) -> None:
    with qtbot.waitSignal(server.link_received) as received:
        assert hand_over(name, "")
    assert received.args == [""]


def test_without_a_running_window_the_launch_opens_its_own(name: str) -> None:
    assert not hand_over(name, LINK, timeout_ms=500)


def test_a_link_written_in_pieces_arrives_whole(qtbot: QtBot, server: LinkServer, name: str) -> None:
    client = QLocalSocket()
    with qtbot.waitSignal(server.server.newConnection):
        client.connectToServer(name)
    client.write(LINK[:20].encode())
    client.flush()
    with qtbot.waitSignal(server.link_received) as received:
        client.write((LINK[20:] + "\n").encode())
        client.flush()
    assert received.args == [LINK]
    client.abort()


def test_more_than_a_link_is_cut_off_and_never_opened(qtbot: QtBot, server: LinkServer, name: str) -> None:
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(2000)
    with qtbot.assertNotEmitted(server.link_received), qtbot.waitSignal(client.disconnected):
        client.write(b"x" * 20_000)
        client.flush()


def test_sockets_of_two_people_or_two_homes_differ(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_the_socket_a_crashed_window_left_is_taken_over(qtbot: QtBot, name: str) -> None:
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(Path(QDir.tempPath()) / name))
    stale.close()  # the file stays, with nobody listening: what a killed Hearth leaves
    assert not hand_over(name, LINK, timeout_ms=500)
    links = LinkServer(name)
    assert links.listen()
    with qtbot.waitSignal(links.link_received):
        assert hand_over(name, LINK)
    links.close()


def test_a_link_macos_hands_the_app_is_read(qtbot: QtBot) -> None:
    events = LinkOpenEvents()
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(events)
    try:
        with qtbot.waitSignal(events.link_received) as received:
            QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl(LINK)))
    finally:
        app.removeEventFilter(events)
    assert received.args == [LINK]


def test_a_bad_link_is_told_and_opens_nothing(qtbot: QtBot) -> None:
    bridge = messages.MessageBridge()
    seen = told(bridge)
    router = LinkRouter(bridge)
    with qtbot.assertNotEmitted(router.repository_requested), qtbot.waitSignal(router.window_requested):
        router.on_link_received("hearth://open_from_hf?model=org/repo&file=../../x.gguf")
    assert [type(m) for m in seen] == [messages.Warning]
    assert "outside the model's folder" in seen[0].text


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[Services, MainWindow]]:
    with running_window(qtbot) as (services, main):
        state = services.library  # its first listing done, so nothing arrives after the window is shut down
        qtbot.waitUntil(lambda: state.described_count >= 1 and not state.describing, timeout=30_000)
        yield services, main


def test_a_link_opens_discover_for_its_repository_and_downloads_nothing(
    qtbot: QtBot, name: str, window: tuple[Services, MainWindow]
) -> None:
    services, main = window
    seen = told(services.messages)
    router = open_links(services, main)
    links = LinkServer(name, main)
    assert links.listen()
    links.link_received.connect(router.on_link_received)
    main.show_page("chat")
    with qtbot.waitSignal(router.repository_requested) as requested:
        assert hand_over(name, LINK)
    assert requested.args == [HubLink("unsloth/Qwen3-8B-GGUF", "Qwen3-8B-Q4_K_M.gguf")]
    assert main.current_page() == "discover"
    hub_search = main.pages.discover.hub_search
    assert hub_search is not None
    assert main.pages.discover.tabs.currentWidget() is hub_search
    assert (hub_search.repo, hub_search.wanted_file) == ("unsloth/Qwen3-8B-GGUF", "Qwen3-8B-Q4_K_M.gguf")
    assert any("unsloth/Qwen3-8B-GGUF" in m.text for m in seen if isinstance(m, messages.Info))
    assert services.downloads.active_count() == 0
    links.close()


def test_a_link_to_a_catalog_models_repository_opens_that_repository(window: tuple[Services, MainWindow]) -> None:
    services, main = window
    spec = services.machine.catalog.models[0]
    open_links(services, main).on_link_received(HubLink(spec.repo).url())
    assert main.current_page() == "discover"
    assert main.pages.discover.hub_search is not None
    assert main.pages.discover.hub_search.repo == spec.repo


def test_the_launcher_gives_a_bare_link_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(application, "run", lambda link="": opened.append(link) or 0)
    assert launcher.main([LINK]) == 0
    assert launcher.main([]) == 0
    assert opened == [LINK, ""]


def test_a_launch_while_the_window_is_open_hands_over_before_starting_anything(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    monkeypatch.setattr(application, "run", lambda link="": started.append(link) or 0)
    links = LinkServer(server_name(paths.resolve().data))  # the open window of this test's HEARTH_HOME
    assert links.listen()
    with qtbot.waitSignal(links.link_received) as received:
        assert launcher.main([LINK]) == 0
    assert received.args == [LINK]
    assert started == []
    links.close()
