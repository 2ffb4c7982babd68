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

from PySide6.QtWidgets import QApplication

from app import paths, settings
from app.compare.store import DATABASE_FILE as COMPARISONS_FILE
from app.compare.store import CompareStore
from app.documents.collections import list_collections
from app.downloads.queue import DownloadQueue
from app.downloads.transfer import TransferOptions
from app.hardware import HardwareProfile, probe
from app.host import ModelHost, SpeechHost
from app.hub_search.client import HubAccess
from app.hub_search.links import HubLink
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
from app.transcription.transcription_queue import MEDIA_SUFFIXES, TranscriptionQueue, save_plan
from ui import theme
from ui.chat.chat_handoff import ChatHandoff
from ui.chat.chat_page import ChatPage
from ui.chat.chat_session import ChatSession
from ui.compare.compare_page import ComparePage
from ui.documents.documents_page import DocumentsPage
from ui.first_run.flow import FirstRunDialog
from ui.gc_guard import MainThreadGarbageCollector
from ui.hardware.hardware_page import HardwarePage
from ui.link_router import LinkRouter, bring_to_front
from ui.main_window import MainWindow
from ui.models.discover_page import DiscoverPage
from ui.models.hub_search_jobs import HubContext
from ui.models.hub_search_panel import HubSearchPanel
from ui.models.my_models_page import MyModelsPage
from ui.resources import app_icon
from ui.settings.server_card import ServerCard
from ui.settings.settings_page import SettingsPage
from ui.shared.downloads_panel import DownloadsPanel
from ui.single_instance import LinkOpenEvents, LinkServer, hand_over, server_name
from ui.state.downloads import DownloadContext, DownloadsController
from ui.state.library import LibraryState
from ui.state.machine import MachineState
from ui.state.server import ServerState
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
    providers: Providers  # other computers' servers, their keys and models
    remote: RemoteReplies  # the one queue other computers' replies stream on, Chat's and Compare's
    server: ServerState  # the local API server over the window's host
    _closers: list[Callable[[], object]] = field(default_factory=list)

    def models_dir(self) -> Path:
        return settings.models_dir(self.settings.current, self.paths)

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


def build_services(hearth_paths: HearthPaths, workers: Workers, models: catalog.Catalog | None = None) -> Services:
    """`models` is the catalog to judge and show (the shipped one unless a test brings a smaller one)."""
    store = SettingsStore(hearth_paths.config)
    tokens = TokenStore()  # one per app: without a keyring, the token lives in this object for the session
    queue = DownloadQueue(hearth_paths.data / "downloads.json", store.current.download_concurrency)
    context = DownloadContext(
        models_dir=lambda: settings.models_dir(store.current, hearth_paths),
        options=lambda: TransferOptions(endpoint=store.current.hf_endpoint or None, token=tokens.get()),
        offline=lambda: store.current.offline,
    )
    chats = ChatStore(hearth_paths.data / "conversations.db")
    downloads = DownloadsController(queue, context, workers)

    def scan() -> HardwareProfile:
        return probe(settings.models_dir(store.current, hearth_paths))  # the folder chosen at scan time

    machine = MachineState(models or catalog.default(), scan, workers)
    library = LibraryState(
        lambda folder: Library(hearth_paths, folder), lambda: settings.models_dir(store.current, hearth_paths), workers
    )
    machine.profile_changed.connect(library.set_profile)
    downloads.installed.connect(library.refresh)
    host = ModelHost()
    providers = Providers(hearth_paths.config, lambda: store.current.offline)
    services = Services(
        hearth_paths,
        store,
        workers,
        downloads,
        tokens,
        chats,
        workers.messages,
        machine,
        library,
        host,
        CompareStore(hearth_paths.data / COMPARISONS_FILE),
        host.speech,
        providers,
        RemoteReplies(providers),
        ServerState(host, library.library, lambda: library.profile),
    )
    for closer in (
        services.chats.close,
        services.comparisons.close,
        host.close,
        workers.shutdown,
        downloads.shutdown,
        services.remote.close,
        services.server.stop,
    ):
        services.on_close(closer)
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


def build_window(services: Services) -> MainWindow:
    """Wire the window from services; tests call this with their own paths and workers."""
    workers, messages = services.workers, services.messages
    machine = services.machine
    hardware = HardwarePage(machine, messages)
    hub_context = HubContext(lambda: hub_access(services), services.paths.cache)  # headers cached per revision
    hub_search = HubSearchPanel(hub_context, machine, workers, services.downloads)
    discover = DiscoverPage(machine, services.downloads, hub_search=hub_search)
    panel = DownloadsPanel(services.downloads)
    my_models = MyModelsPage(services.library, workers, messages)
    providers, server, remote_queue = services.providers, services.server, services.remote
    settings_page = SettingsPage(
        services.settings,
        services.tokens,
        workers,
        messages,
        services.paths.models,
        providers=providers,
        server_card=ServerCard(server),
    )

    measured_folder = services.models_dir()

    def on_settings_changed(new: Settings) -> None:
        """Only a change of the number starts waiting downloads: the window saving its size at exit must not. A new
        models folder is measured again, so the Hardware page's free space is that of the folder downloads go to."""
        nonlocal measured_folder
        if new.download_concurrency != services.downloads.queue.concurrency:
            services.downloads.set_concurrency(new.download_concurrency)
        if services.models_dir() != measured_folder:
            measured_folder = services.models_dir()
            machine.rescan()
            services.library.refresh()

    services.settings.subscribe(on_settings_changed)
    session = ChatSession(
        services.host, services.chats, providers=providers, workers=workers, remote_queue=remote_queue
    )
    chat = ChatPage(session, services.library, workers, messages)
    services.settings.subscribe(lambda _new: chat.set_remote_models(providers.remote_models()))  # Offline mode
    chat.set_remote_models(providers.remote_models())
    assert settings_page.remote is not None
    settings_page.remote.providers_changed.connect(lambda: chat.set_remote_models(providers.remote_models()))
    machine.profile_changed.connect(chat.set_profile)
    transcribe = TranscribePage(
        TranscribeController(
            TranscriptionQueue(services.paths.data / "transcription"),
            services.speech,
            workers,
            lambda: save_plan(services.settings.current, services.paths.data / "Transcripts"),
            messages,
        ),
        services.library,
        workers,
        messages,
        services.settings.current.whisper_model,
    )
    transcribe.model_chosen.connect(lambda model_id: services.settings.update(whisper_model=model_id))
    compare = ComparePage(
        services.host,
        services.library,
        services.comparisons,
        services.chats,
        workers,
        messages,
        providers=providers,
        remote=remote_queue,
    )
    services.settings.subscribe(lambda _new: compare.set_remote_models(providers.remote_models()))  # Offline mode
    settings_page.remote.providers_changed.connect(lambda: compare.set_remote_models(providers.remote_models()))
    compare.set_remote_models(providers.remote_models())
    documents = DocumentsPage(services.host, services.library, workers, messages)
    documents.collections_changed.connect(chat.set_collections)
    chat.set_collections([info.name for info in list_collections()])
    window = MainWindow(
        services.settings,
        messages,
        hardware,
        discover,
        other_pages={
            "models": my_models,
            "settings": settings_page,
            "chat": chat,
            "compare": compare,
            "documents": documents,
            "transcribe": transcribe,
        },
        downloads_panel=panel,
    )
    server.running_changed.connect(window.show_server_running)
    serving = ("server_enabled", "server_port", "server_share", "server_idle_unload_minutes", "server_cors_origins")
    served_as = {name: getattr(services.settings.current, name) for name in serving}

    def on_server_settings(new: Settings) -> None:
        """The local server follows its settings: turned on or off, or restarted when how it serves changed."""
        nonlocal served_as
        now = {name: getattr(new, name) for name in serving}
        if now == served_as and server.running == new.server_enabled:
            return
        served_as = now
        if new.server_enabled:
            server.start(new)
        else:
            server.stop()

    services.settings.subscribe(on_server_settings)
    if services.settings.current.server_enabled:
        server.start(services.settings.current)
    window.server_state = server
    for page_closer in (transcribe.stop, documents.shutdown, compare.shutdown, chat.stop):
        services.on_close(page_closer)  # replies and runs stop first, before the services they use
    compare.continue_in_chat.connect(
        lambda conversation_id, library_id: (
            window.show_page("chat"),
            chat.open_conversation(conversation_id),
            chat.choose(library_id),
        )
    )
    discover.compare_requested.connect(
        lambda catalog_ids: (window.show_page("compare"), compare.compare_catalog_models(catalog_ids))
    )
    my_models.chat_requested.connect(lambda model: (window.show_page("chat"), chat.choose(model.id)))
    transcribe.send_to_chat.connect(
        lambda title, text, prompt: (window.show_page("chat"), chat.start_conversation_with(title, text, prompt))
    )
    transcribe.discover_requested.connect(lambda: window.show_page("discover"))

    def on_files_dropped(dropped: list[Path]) -> None:
        """Recordings go to Transcribe; model files and folders to My Models, as before."""
        recordings = [p for p in dropped if p.suffix.lower() in MEDIA_SUFFIXES and not p.is_dir()]
        models = [p for p in dropped if p not in recordings]
        if models:
            my_models.import_paths(models)
            window.show_page("models")
        if recordings:
            transcribe.add_paths(recordings)
            window.show_page("transcribe")

    window.files_dropped.connect(on_files_dropped)

    library_rows: Sequence[ModelRow] = ()

    def refresh_installed(*_args: object) -> None:
        discover.set_installed(installed_catalog_models(services.models_dir(), library_rows))

    def on_library_listed(rows: Sequence[ModelRow]) -> None:
        nonlocal library_rows
        library_rows = rows
        refresh_installed()
        discover.set_on_computer_verdicts(
            {(r.model.catalog_id, r.model.quantization): r.verdict for r in rows if r.model.catalog_id and r.verdict}
        )

    services.downloads.installed.connect(refresh_installed)
    services.library.changed.connect(on_library_listed)
    # Shown when a download is asked for, never on its progress: Ctrl+J must be able to hide it while one runs.
    services.downloads.requested.connect(lambda _id: window.show_downloads())
    refresh_installed()
    services.library.refresh()  # listed at once; judged again when the scan's profile arrives
    services.downloads.pump()  # downloads interrupted by a quit or a crash continue
    if services.downloads.active_count():
        window.show_downloads()
    return window


def open_links(services: Services, window: MainWindow) -> LinkRouter:
    """Links from Hugging Face's "Use this model" reach the window: it comes forward, and Discover's "Search
    Hugging Face" shows the link's repository, its quantizations judged for this computer. Nothing is downloaded."""
    router = LinkRouter(services.messages, window)
    discover = window.discover_page
    router.window_requested.connect(lambda: bring_to_front(window))

    def show_repository(link: HubLink) -> None:
        window.show_page("discover")
        discover.show_hub_repository(link.repo, link.file)
        wanted = f" ({link.file})" if link.file else ""
        services.messages.info(
            f"Opened from a Hugging Face link: {link.repo}{wanted}. Nothing is downloaded until you choose to.",
            link.url(),
        )

    router.repository_requested.connect(show_repository)
    return router


def open_first_run(services: Services, window: MainWindow) -> FirstRunDialog:
    """The welcome flow over the window, on the app's own hardware scan; closed in any way, it is done for good."""
    chat = window.pages["chat"]
    assert isinstance(chat, ChatPage)
    dialog = FirstRunDialog(services.machine, services.downloads, window)
    dialog.page_requested.connect(window.show_page)
    dialog.chat_requested.connect(lambda path: (window.show_page("chat"), ChatHandoff(chat, path)))
    dialog.finished.connect(lambda _result: services.settings.update(first_run_done=True))
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
