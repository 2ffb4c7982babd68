"""The Chat page as the window builds it — its session on a model host, the one library listing — for tests that
drive the page alone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import paths
from app.hardware import probe
from app.host import ModelHost
from app.models.library import Library
from app.store import ChatStore
from tests.helpers.prompter import ScriptedPrompter
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.state.library import LibraryState
from ui.state.tool_servers import ToolServersState
from ui.workers import Workers


def library_state(workers: Workers) -> LibraryState:
    hearth_paths = paths.resolve().ensure()
    return LibraryState(lambda folder: Library(hearth_paths, folder), lambda: hearth_paths.models, workers)


def open_page(
    qtbot: QtBot,
    workers: Workers,
    store: ChatStore,
    host: ModelHost,
    prompter: ScriptedPrompter | None = None,
    tool_servers: ToolServersState | None = None,
) -> ChatPage:
    """The Chat page over `store`; what it asks in a dialog is answered by `prompter` (nothing, unless scripted).
    With `tool_servers` its conversations can use tools (close the session before the servers)."""
    library = library_state(workers)
    session = ChatSession(host, store, tool_servers=tool_servers)
    page = ChatPage(session, library, workers, workers.messages, prompter=prompter or ScriptedPrompter())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    library.refresh()
    return page


def load_model(page: ChatPage, qtbot: QtBot, label_part: str = "") -> None:
    """Judge the models for this computer, then load the first whose label has `label_part`."""
    profile = probe(paths.resolve().models)
    page.set_profile(profile)
    page.library.set_profile(profile)
    qtbot.waitUntil(lambda: any(label_part in c.label for c in page.model_picker.choices()), timeout=30_000)
    index = next(i for i, c in enumerate(page.model_picker.choices()) if label_part in c.label)
    with qtbot.waitSignal(page.model_loaded, timeout=60_000):
        page.models.on_model_picked(index)
