"""The composition root: builds Hearth's services once and hands them to the window.

Start-up order: logging → paths → settings → QApplication and theme → message bridge and workers → window → first
hardware scan. The bridge is built first so that whatever is told before the window exists waits for its banner.
Shutdown: the window's settings are saved, background workers are asked to stop and waited for, then every native
engine (the model host's llama.cpp models, the speech model) is closed here, before the interpreter finalizes: a
model freed by the garbage collector during finalization, or one still computing then, can abort the process.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication

from app import paths, settings
from app.compare.store import DATABASE_FILE as COMPARISONS_FILE
from app.compare.store import CompareStore
from app.downloads.queue import DownloadQueue
from app.downloads.transfer import TransferOptions
from app.hardware import HardwareProfile, probe
from app.host import ModelHost, SpeechHost
from app.host.prompt_cache import setting_bytes
from app.hub_search.client import HubAccess
from app.messages import MessageBridge
from app.models import catalog, install_manifest
from app.models.library import Library
from app.models.model_rows import ModelRow
from app.paths import HearthPaths
from app.providers import Providers
from app.providers.replies import RemoteReplies
from app.secrets import TokenStore
from app.settings import Settings, SettingsStore
from app.store import ChatStore
from app.transcription.transcription_queue import TranscriptionQueue, save_plan
from ui import theme
from ui.appearance import Appearance
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.compare.compare_page import ComparePage
from ui.documents.documents_page import DocumentsPage
from ui.first_run.flow import FirstRunDialog
from ui.gc_guard import MainThreadGarbageCollector
from ui.hardware.hardware_page import HardwarePage
from ui.link_router import LinkRouter, bring_to_front
from ui.main_window import MainWindow, Pages
from ui.models.discover_page import DiscoverPage
from ui.models.hub_search_jobs import HubContext
from ui.models.hub_search_panel import HubSearchPanel
from ui.models.my_models_page import MyModelsPage
from ui.navigator import Navigator
from ui.resources import app_icon
from ui.settings.server_card import ServerCard
from ui.settings.settings_page import SettingsPage
from ui.settings.tools_settings import ToolsSettings
from ui.shared.downloads_panel import DownloadsPanel
from ui.shared.i18n import chosen_language
from ui.shortcuts import install_shortcuts
from ui.single_instance import LinkOpenEvents, LinkServer, hand_over, server_name
from ui.state.collections import CollectionsState
from ui.state.downloads import DownloadContext, DownloadsController
from ui.state.library import LibraryState
from ui.state.machine import MachineState
from ui.state.remote_models import RemoteModelsState
from ui.state.server import ServerState
from ui.state.tool_servers import ToolServersState
from ui.transcribe.transcribe_controller import TranscribeController
from ui.transcribe.transcribe_page import TranscribePage
from ui.workers import Workers

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the window's pages share, built once."""

    paths: HearthPaths
    settings: SettingsStore
    workers: Workers
    downloads: DownloadsController
    tokens: TokenStore
    chats: ChatStore
    messages: MessageBridge  # the one way to tell the person something; the workers tell their failures through it
    machine: MachineState  # the hardware profile and the catalog's verdicts, judged once per scan for every view
    library: LibraryState  # the one Library and its listing, described once per change for every view
    host: ModelHost  # every loaded llama.cpp model, for the chat and every later client
    comparisons: CompareStore  # Compare's prompt sets, runs and votes
    speech: SpeechHost  # the host's one Whisper engine: Transcribe and the local server share its loaded model
    transcriptions: TranscriptionQueue  # recordings waiting, running and done, kept across restarts
    collections: CollectionsState  # the document collections, for Documents and the chat's chooser
    providers: Providers  # other computers' servers, their keys and models
    remote_models: RemoteModelsState  # the models they offer, for every picker
    remote: RemoteReplies  # the one queue other computers' replies stream on, Chat's and Compare's
    server: ServerState  # the local API server over the window's host
    tool_servers: ToolServersState  # the tool servers (MCP) models may use, their one host and the approvals
    _closers: list[Callable[[], object]] = field(default_factory=list)

    def models_dir(self) -> Path:
        return settings.models_dir(self.settings.current, self.paths)

    def follow_download_concurrency(self, new: Settings) -> None:
        """A new number of downloads at once starts waiting ones."""
        self.downloads.set_concurrency(new.download_concurrency)

    def follow_models_folder(self, _new: Settings) -> None:
        """A new models folder is measured and listed again, so the Hardware page's free space is that of the
        folder downloads go to."""
        self.machine.rescan()
        self.library.refresh()

    def follow_server_settings(self, new: Settings) -> None:
        """The local server follows its settings: turned on or off, or restarted when how it serves changed."""
        if new.server_enabled:
            self.server.start(new)
        else:
            self.server.stop()

    def remember_whisper_model(self, library_id: str) -> None:
        self.settings.update(whisper_model=library_id)

    def finish_first_run(self, _result: int = 0) -> None:
        """The welcome flow, closed in any way, is done for good."""
        self.settings.update(first_run_done=True)

    def on_close(self, closer: Callable[[], object]) -> None:
        """`closer` runs at `close()`, before everything registered earlier: what is built on a service stops
        before it."""
        self._closers.append(closer)

    def close(self) -> None:
        """Everything stopped in the reverse order it was built: the pages' replies and runs, the local server, the
        remote queue, the downloads, the workers (which may still wait on a transcription), the host (Whisper
        freed on its thread, then every llama.cpp model unloaded), the stores. One closer failing does not keep
        the others from running; it is logged."""
        while self._closers:
            closer = self._closers.pop()
            try:
                closer()
            except Exception:
                log.exception("closing %s failed", getattr(closer, "__qualname__", closer))


SERVER_FIELDS = ("server_enabled", "server_port", "server_share", "server_idle_unload_minutes", "server_cors_origins")


def build_services(hearth_paths: HearthPaths, workers: Workers, models: catalog.Catalog | None = None) -> Services:
    """`models` is the catalog to judge and show (the shipped one unless a test brings a smaller one). Each owner
    registers what stops it as it is built, so `Services.close()` stops them in the reverse order."""
    store = SettingsStore(hearth_paths.config)
    tokens = TokenStore()  # one per app: without a keyring, the token lives in this object for the session
    queue = DownloadQueue(hearth_paths.data / "downloads.json", store.current.download_concurrency)
    context = DownloadContext(
        models_dir=lambda: settings.models_dir(store.current, hearth_paths),
        options=lambda: TransferOptions(endpoint=store.current.hf_endpoint or None, token=tokens.get()),
        offline=lambda: store.current.offline,
    )
    closers: list[Callable[[], object]] = []
    chats = ChatStore(hearth_paths.data / "conversations.db")
    closers.append(chats.close)
    comparisons = CompareStore(hearth_paths.data / COMPARISONS_FILE)
    closers.append(comparisons.close)
    host = ModelHost(prompt_cache_bytes=setting_bytes(store.current.prompt_cache_mb))
    closers += [host.close, workers.shutdown]  # workers stop before the host: a transcription may still wait on it
    downloads = DownloadsController(queue, context, workers)
    closers.append(downloads.shutdown)

    def scan() -> HardwareProfile:
        return probe(settings.models_dir(store.current, hearth_paths))  # the folder chosen at scan time

    machine = MachineState(models or catalog.default(), scan, workers)
    library = LibraryState(
        lambda folder: Library(hearth_paths, folder), lambda: settings.models_dir(store.current, hearth_paths), workers
    )
    machine.profile_changed.connect(library.set_profile)
    downloads.installed.connect(library.refresh)
    providers = Providers(hearth_paths.config, lambda: store.current.offline)
    remote = RemoteReplies(providers)
    closers.append(remote.close)
    server = ServerState(host, library.library, lambda: library.profile)
    closers.append(server.stop)
    tool_servers = ToolServersState(hearth_paths.config, workers, workers.messages, lambda: store.current.offline)
    closers.append(tool_servers.close)
    services = Services(
        paths=hearth_paths,
        settings=store,
        workers=workers,
        downloads=downloads,
        tokens=tokens,
        chats=chats,
        messages=workers.messages,
        machine=machine,
        library=library,
        host=host,
        comparisons=comparisons,
        speech=host.speech,
        transcriptions=TranscriptionQueue(hearth_paths.data / "transcription"),
        collections=CollectionsState(),
        providers=providers,
        remote_models=RemoteModelsState(providers, store),
        remote=remote,
        server=server,
        tool_servers=tool_servers,
    )
    for closer in closers:
        services.on_close(closer)
    store.subscribe(services.follow_download_concurrency, fields=("download_concurrency",))
    store.subscribe(services.follow_models_folder, fields=("models_dir",))
    store.subscribe(services.follow_server_settings, fields=SERVER_FIELDS)
    store.subscribe(
        lambda new: host.set_prompt_cache_bytes(setting_bytes(new.prompt_cache_mb)), fields=("prompt_cache_mb",)
    )
    return services


def installed_catalog_models(models_dir: Path, rows: Sequence[ModelRow] = ()) -> set[tuple[str, str]]:
    """The catalog models (and sizes) on this computer: Hearth's complete downloads, and the library's rows that
    were recognised as catalog models (added by the person or found in LM Studio's, Ollama's or the HF cache's
    folders), so Discover says Installed for them too instead of offering a second download."""
    downloaded = {
        (manifest.catalog_id, manifest.quantization)
        for _path, manifest in install_manifest.all_manifests(models_dir)
        if manifest.catalog_id and manifest.is_complete(models_dir)
    }
    recognised = {(row.model.catalog_id, row.model.quantization) for row in rows if row.model.catalog_id}
    return downloaded | recognised


def hub_access(services: Services) -> HubAccess:
    """Hugging Face as Settings say now: the mirror, the token (may wait on the password store: call it on a
    worker) and offline mode, for the search as for downloads."""
    current = services.settings.current
    return HubAccess(endpoint=current.hf_endpoint or None, token=services.tokens.get(), offline=current.offline)


def build_pages(services: Services) -> Pages:
    """Every page over the services; the pages know the services they use and no other page."""
    workers, messages, machine = services.workers, services.messages, services.machine
    hub_context = HubContext(lambda: hub_access(services), services.paths.cache)  # headers cached per revision
    hub_search = HubSearchPanel(hub_context, machine, workers, services.downloads)
    providers = services.providers
    session = ChatSession(
        services.host,
        services.chats,
        providers=providers,
        workers=workers,
        remote_queue=services.remote,
        tool_servers=services.tool_servers,
    )
    transcribe_controller = TranscribeController(
        services.transcriptions,
        services.speech,
        workers,
        lambda: save_plan(services.settings.current, services.paths.data / "Transcripts"),
        messages,
    )
    return Pages(
        discover=DiscoverPage(machine, services.downloads, hub_search=hub_search),
        models=MyModelsPage(services.library, workers, messages),
        chat=ChatPage(session, services.library, workers, messages),
        compare=ComparePage(
            services.host,
            services.library,
            services.comparisons,
            services.chats,
            workers,
            messages,
            providers=providers,
            remote=services.remote,
        ),
        documents=DocumentsPage(services.host, services.library, workers, messages, collections=services.collections),
        transcribe=TranscribePage(
            transcribe_controller, services.library, workers, messages, services.settings.current.whisper_model
        ),
        hardware=HardwarePage(machine, messages),
        settings=SettingsPage(
            services.settings,
            services.tokens,
            workers,
            messages,
            services.paths.models,
            providers=providers,
            server_card=ServerCard(services.server),
            tools_card=ToolsSettings(services.tool_servers, messages),
            prompt_cache=services.host.prompt_cache,
        ),
    )


def build_window(services: Services) -> MainWindow:
    """Wire the window from services; tests call this with their own paths and workers."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    appearance = Appearance(app, services.settings)  # the language first: the pages are built in it
    services.on_close(appearance.close)
    pages = build_pages(services)
    window = MainWindow(services.settings, services.messages, pages, downloads_panel=DownloadsPanel(services.downloads))
    install_shortcuts(window, appearance)
    go = Navigator(window, services.messages)  # a child of the window: navigator_of(window) finds it
    page_closers = (pages.transcribe.stop, pages.documents.shutdown, pages.compare.shutdown, pages.chat.stop)
    for page_closer in (*page_closers, pages.chat.session.tools.close):
        services.on_close(page_closer)  # replies and runs stop first, before the services they use

    remote_models, collections = services.remote_models, services.collections
    assert pages.settings.remote is not None  # the window's settings page always manages other computers
    pages.settings.remote.providers_changed.connect(remote_models.refresh)
    for follower in (pages.chat.models, pages.compare):
        remote_models.changed.connect(follower.set_remote_models)
        follower.set_remote_models(remote_models.models)
    collections.names_changed.connect(pages.chat.set_collections)
    pages.chat.set_collections(collections.names())  # listed once already, by the Documents page
    services.machine.profile_changed.connect(pages.chat.set_profile)
    pages.transcribe.model_chosen.connect(services.remember_whisper_model)
    services.server.running_changed.connect(window.show_server_running)
    window.server_state = services.server

    pages.compare.continue_in_chat.connect(go.open_chat)
    pages.discover.compare_requested.connect(go.open_compare)
    pages.models.chat_requested.connect(go.chat_with)
    pages.transcribe.send_to_chat.connect(go.start_chat_with)
    pages.transcribe.discover_requested.connect(go.show_discover)
    if pages.chat.tools_button is not None:
        pages.chat.tools_button.manage_requested.connect(go.show_settings)
    window.files_dropped.connect(go.open_dropped)
    services.downloads.requested.connect(go.show_downloads)

    installed = InstalledModels(services, pages.discover, window)
    services.downloads.installed.connect(installed.refresh)
    services.library.changed.connect(installed.on_library_listed)
    installed.refresh()
    services.library.refresh()  # listed at once; judged again when the scan's profile arrives
    if services.settings.current.server_enabled:
        services.server.start(services.settings.current)
    services.downloads.pump()  # downloads interrupted by a quit or a crash continue
    if services.downloads.active_count():
        window.show_downloads()
    return window


class InstalledModels(QObject):
    """Discover's "Installed" marks and on-this-computer verdicts: Hearth's complete downloads plus the library's
    rows recognised as catalog models, told again after each download and each listing of the library."""

    def __init__(self, services: Services, discover: DiscoverPage, parent: QObject) -> None:
        super().__init__(parent)
        self._services = services
        self._discover = discover

    def refresh(self, *_args: object) -> None:
        """From the library's latest listing (LibraryState owns it)."""
        self._discover.set_installed(installed_catalog_models(self._services.models_dir(), self._services.library.rows))

    @Slot(object)
    def on_library_listed(self, rows: Sequence[ModelRow]) -> None:
        self.refresh()
        self._discover.set_on_computer_verdicts(
            {(r.model.catalog_id, r.model.quantization): r.verdict for r in rows if r.model.catalog_id and r.verdict}
        )


def navigator_of(window: MainWindow) -> Navigator:
    """The window's one Navigator, made by build_window."""
    navigator = window.findChild(Navigator)
    if navigator is None:
        raise LookupError("The window was not built by build_window")
    return navigator


def open_links(services: Services, window: MainWindow) -> LinkRouter:
    """Links from Hugging Face's "Use this model" reach the window: it comes forward, and Discover's "Search
    Hugging Face" shows the link's repository, its quantizations judged for this computer. Nothing is downloaded."""
    router = LinkRouter(services.messages, window)
    router.window_requested.connect(lambda: bring_to_front(window))
    router.repository_requested.connect(navigator_of(window).open_hub_link)
    return router


def open_first_run(services: Services, window: MainWindow) -> FirstRunDialog:
    """The welcome flow over the window, on the app's own hardware scan; closed in any way, it is done for good."""
    dialog = FirstRunDialog(services.machine, services.downloads, window)
    dialog.welcome.show_language(chosen_language(services.settings.current.language))
    dialog.welcome.language_chosen.connect(lambda code: services.settings.update(language=code))
    dialog.page_requested.connect(navigator_of(window).show_page)
    dialog.chat_requested.connect(navigator_of(window).chat_with_file)
    dialog.finished.connect(services.finish_first_run)
    dialog.open()
    return dialog


def create_qapplication(argv: Sequence[str]) -> QApplication:
    QApplication.setApplicationName("Hearth")
    QApplication.setOrganizationName("Hearth")
    QApplication.setDesktopFileName("hearth")
    app = QApplication(list(argv))
    app.setWindowIcon(app_icon())
    theme.apply(app)
    app.gc_guard = MainThreadGarbageCollector(app)  # type: ignore[attr-defined]  # lives as long as the app
    return app


def run(argv: Sequence[str] | None = None, link: str = "") -> int:
    """`link`: a `hearth://` link the launch was given. When a Hearth window already runs for this person, the link
    (or, without one, just the wish to see the window) is handed to it and this launch ends (ui/single_instance.py)."""
    hearth_paths = paths.resolve().ensure()
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(hearth_paths.logs / "hearth.log", encoding="utf-8"), logging.StreamHandler()],
    )
    app = create_qapplication(sys.argv if argv is None else argv)
    instance = server_name(hearth_paths.data)
    if hand_over(instance, link):
        log.info("Hearth is already open: the link went to its window")
        return 0
    links = LinkServer(instance, app)
    links.listen()
    mac_links = LinkOpenEvents(app)
    app.installEventFilter(mac_links)
    services = build_services(hearth_paths, Workers(MessageBridge()))
    window = build_window(services)
    window.show()
    if not services.settings.current.first_run_done:
        open_first_run(services, window)
    router = open_links(services, window)
    links.link_received.connect(router.on_link_received)
    mac_links.link_received.connect(router.on_link_received)
    if link:
        router.on_link_received(link)
    services.machine.rescan()
    code = app.exec()
    links.close()
    services.close()
    return code
