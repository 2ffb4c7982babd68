"""The main window: a sidebar of pages, the banner where Hearth tells the person things, and a remembered size and
place."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.messages import MessageBridge
from app.settings import Settings, SettingsStore
from app.transcription.transcription_queue import MEDIA_SUFFIXES
from ui.qt_messages import QtMessages
from ui.quit_guard import may_quit
from ui.resources import app_icon
from ui.shared.banner import Banner
from ui.shared.prompter import Prompter
from ui.state.server import ServerState

if TYPE_CHECKING:  # the window shows the pages; the composition root builds them
    from ui.chat.chat_page import ChatPage
    from ui.compare.compare_page import ComparePage
    from ui.documents.documents_page import DocumentsPage
    from ui.hardware.hardware_page import HardwarePage
    from ui.models.discover_page import DiscoverPage
    from ui.models.my_models_page import MyModelsPage
    from ui.settings.settings_page import SettingsPage
    from ui.transcribe.transcribe_page import TranscribePage

DOWNLOADS_MIN_WIDTH, DOWNLOADS_WIDTH = 240, 320  # the panel yields to the page, down to its minimum
PAGE_MIN_WIDTH = 560  # what a page keeps beside the open downloads panel
SIDEBAR_WIDTH = 200
PAGE_LABELS = {  # the sidebar's words for each page, translated where shown
    "discover": QT_TRANSLATE_NOOP("MainWindow", "Discover"),
    "models": QT_TRANSLATE_NOOP("MainWindow", "My Models"),
    "chat": QT_TRANSLATE_NOOP("MainWindow", "Chat"),
    "compare": QT_TRANSLATE_NOOP("MainWindow", "Compare"),
    "documents": QT_TRANSLATE_NOOP("MainWindow", "Documents"),
    "transcribe": QT_TRANSLATE_NOOP("MainWindow", "Transcribe"),
    "hardware": QT_TRANSLATE_NOOP("MainWindow", "Hardware"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


@dataclass(frozen=True)
class Pages:
    """Every page of the window, typed, in the sidebar's order (its field names are the pages' keys)."""

    discover: DiscoverPage
    models: MyModelsPage
    chat: ChatPage
    compare: ComparePage
    documents: DocumentsPage
    transcribe: TranscribePage
    hardware: HardwarePage
    settings: SettingsPage

    def in_order(self) -> list[QWidget]:
        return [getattr(self, key) for key in PAGE_KEYS]


PAGE_KEYS = tuple(field.name for field in fields(Pages))


class MainWindow(QMainWindow):
    files_dropped = Signal(list)  # [Path]: model files, recordings or folders dropped anywhere on the window

    def __init__(
        self,
        settings: SettingsStore,
        messages: MessageBridge,
        pages: Pages,
        downloads_panel: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Hearth")  # the product's name, the same in every language
        self.setWindowIcon(app_icon())
        self.setMinimumSize(760, 520)
        self.pages = pages  # the composition root builds every page; the window builds none
        self.downloads_panel = downloads_panel
        self.server_state: ServerState | None = None  # the local server: closing asks while it answers other apps
        self._server_url = ""  # where other apps reach the local server while it runs ("" when it does not)
        self.messages = QtMessages(messages, self)
        self.prompter = Prompter()  # asks before quitting while work goes on (a test gives a scripted one)
        self.setAcceptDrops(True)
        self._build()
        self.retranslate()
        self._connect_signals()
        self._restore(settings.current)

    def _build(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.stack = QStackedWidget()
        for number, (key, page) in enumerate(zip(PAGE_KEYS, self.pages.in_order(), strict=True), start=1):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.sidebar.setCurrentRow(row))

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(28, 28))
        brand = QLabel("Hearth")
        brand.setObjectName("Brand")
        brand_row = QHBoxLayout()
        brand_row.setContentsMargins(20, 18, 20, 12)
        brand_row.setSpacing(10)
        brand_row.addWidget(logo)
        brand_row.addWidget(brand, 1)
        side = QWidget()
        side.setObjectName("SidePanel")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addLayout(brand_row)
        side_layout.addWidget(self.sidebar, 1)
        self.server_indicator = QLabel()  # shown while other apps can use the models
        self.server_indicator.setObjectName("Muted")
        self.server_indicator.setContentsMargins(16, 4, 8, 4)
        self.server_indicator.setVisible(False)
        side_layout.addWidget(self.server_indicator)
        self.downloads_button = QPushButton()
        self.downloads_button.setObjectName("SideButton")
        self.downloads_button.setCheckable(True)
        self.downloads_button.setVisible(self.downloads_panel is not None)
        side_layout.addWidget(self.downloads_button)
        side.setFixedWidth(SIDEBAR_WIDTH)
        if self.downloads_panel is not None:
            self.downloads_dock = QDockWidget(self)
            self.downloads_dock.setObjectName("DownloadsDock")
            self.downloads_dock.setWidget(self.downloads_panel)
            self.downloads_dock.setTitleBarWidget(QWidget())  # the panel has its own title
            self.downloads_dock.setMinimumWidth(DOWNLOADS_MIN_WIDTH)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.downloads_dock)
            self.downloads_dock.hide()

        self.banner = Banner()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

    def retranslate(self) -> None:
        """The sidebar's pages, the downloads button and the server's mark in the chosen language."""
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = self.sidebar.item(number - 1)
            label = QCoreApplication.translate("MainWindow", PAGE_LABELS[key])
            item.setText(label)
            item.setToolTip(self.tr("{page} ({shortcut})").format(page=label, shortcut=_native(f"Ctrl+{number}")))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setAccessibleDescription(
            self.tr("Choose a page with the arrow keys, or open one with {first} to {last}.").format(
                first=_native("Ctrl+1"), last=_native(f"Ctrl+{len(PAGE_KEYS)}")
            )
        )
        self.server_indicator.setText(self.tr("● Local server on"))
        self._show_server_address()
        self.downloads_button.setText(self.tr("Downloads"))
        self.downloads_button.setShortcut("Ctrl+J")  # after the text: a button's new text resets its shortcut
        self.downloads_button.setToolTip(self.tr("Show downloads ({shortcut})").format(shortcut=_native("Ctrl+J")))
        self.downloads_button.setAccessibleName(self.tr("Downloads"))
        self.downloads_button.setAccessibleDescription(self.tr("Shows or hides the list of downloads"))
        if self.downloads_panel is not None:
            self.downloads_dock.setWindowTitle(self.tr("Downloads"))

    def _connect_signals(self) -> None:
        self.messages.arrived.connect(self.banner.show_message)
        self.sidebar.currentRowChanged.connect(self.on_sidebar_row_changed)
        # A screen reader chooses a page by selecting its item (AT-SPI's Selection), which moves no current row.
        self.sidebar.itemSelectionChanged.connect(self.on_sidebar_selection_changed)
        if self.downloads_panel is not None:
            self.downloads_button.toggled.connect(self.downloads_dock.setVisible)
            self.downloads_dock.visibilityChanged.connect(self.downloads_button.setChecked)
            self.downloads_dock.visibilityChanged.connect(self.on_downloads_visibility_changed)

    def show_downloads(self) -> None:
        if self.downloads_panel is not None:
            self.downloads_dock.show()

    @Slot(bool)
    def on_downloads_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.fit_downloads_panel()

    def fit_downloads_panel(self, only_narrower: bool = False) -> None:
        """The panel takes what the page leaves: its usual width on a wide window, less (down to its minimum) on a
        narrow one, so the page never gets narrower than its content. `only_narrower`: a width the person dragged
        it to stays while the page still has room."""
        if self.downloads_panel is None:
            return
        room = self.width() - SIDEBAR_WIDTH - PAGE_MIN_WIDTH
        width = max(DOWNLOADS_MIN_WIDTH, min(DOWNLOADS_WIDTH, room))
        if only_narrower and self.downloads_dock.width() <= max(DOWNLOADS_MIN_WIDTH, room):
            return
        self.resizeDocks([self.downloads_dock], [width], Qt.Orientation.Horizontal)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.downloads_panel is not None and self.downloads_dock.isVisible():
            self.fit_downloads_panel(only_narrower=True)

    def _restore(self, settings: Settings) -> None:
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        else:
            self.resize(1100, 720)
        key = settings.last_page if settings.last_page in PAGE_KEYS else "hardware"
        self.show_page(key)

    def show_server_running(self, running: bool, base_url: str) -> None:
        self._server_url = base_url if running else ""
        self.server_indicator.setVisible(running)
        self._show_server_address()

    def _show_server_address(self) -> None:
        url = self._server_url
        self.server_indicator.setToolTip(
            self.tr("Other apps use Hearth's models at {address}").format(address=url) if url else ""
        )

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def current_page(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    @Slot(int)
    def on_sidebar_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    @Slot()
    def on_sidebar_selection_changed(self) -> None:
        chosen = self.sidebar.selectedItems()
        if chosen:
            self.sidebar.setCurrentRow(self.sidebar.row(chosen[0]))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        dropped = _dropped_paths(event.mimeData())
        if dropped:
            event.acceptProposedAction()
            self.files_dropped.emit(dropped)

    def closeEvent(self, event: QCloseEvent) -> None:
        queue = self.pages.transcribe.controller.queue  # the server or a transcription at work: ui/quit_guard.py asks
        if not may_quit(self, event, self.server_state, queue, self.prompter):
            return event.ignore()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.update(window_geometry=geometry, last_page=self.current_page())
        super().closeEvent(event)


def _native(keys: str) -> str:
    """A shortcut as the platform writes it (Ctrl+1 here, ⌘1 on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _dropped_paths(mime: QMimeData) -> list[Path]:
    """Local GGUF files, recordings and folders; anything else (web links, text) is not for Hearth."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() == ".gguf" or p.suffix.lower() in MEDIA_SUFFIXES]
