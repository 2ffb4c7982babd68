"""The Settings page: where models are kept, the Hugging Face token, and how Hearth uses the network.

The page keeps no copy of the settings: it edits the app's one `SettingsStore`, naming only the field the user
changed, so what other parts of Hearth changed meanwhile (the first run's done flag, the Whisper model) stays as they
left it; it listens to the store, so it shows their changes too. The token goes through the `TokenStore`, whose calls
may talk to the OS password store or to Hugging Face, so they run on workers. The token card shows the token's
state (saved, checked, whose); what went wrong or what was done (a refused token, a removal, an address Hearth
cannot use) is told through the app's message bridge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QSignalBlocker, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.messages import MessageBridge
from app.secrets import TOKENS_PAGE, TokenCheck, TokenStore, save_and_test
from app.settings import Settings, SettingsStore
from ui.widgets.scroll import vertical_scroll
from ui.widgets.transcripts_settings import TranscriptsSettings
from ui.workers import Workers

DEFAULT_ENDPOINT = "https://huggingface.co"
MAX_DOWNLOADS = 4


class SettingsPage(QWidget):
    token_changed = Signal()  # a token was saved or removed (after the store has it)

    def __init__(
        self,
        settings: SettingsStore,
        token_store: TokenStore,
        workers: Workers,
        messages: MessageBridge,
        default_models_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = settings
        self._tokens = token_store
        self._workers = workers
        self._messages = messages
        self._default_models_dir = default_models_dir
        self._token_busy = False
        self._token_stored = False
        self._build()
        self._connect_signals()
        self.set_settings(settings.current)
        unsubscribe = settings.subscribe(self.set_settings)
        self.destroyed.connect(lambda: unsubscribe())  # the store outlives a page closed in a test

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        title = QLabel("Settings")
        title.setObjectName("PageTitle")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self._build_models_section())
        self.transcripts_section = TranscriptsSettings()
        layout.addWidget(self.transcripts_section)
        layout.addWidget(self._build_token_section())
        layout.addWidget(self._build_network_section())
        layout.addStretch(1)
        scroll = vertical_scroll(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_models_section(self) -> QFrame:
        section, layout = _section("Models folder")
        self.folder_label = QLabel("")
        self.folder_label.setObjectName("Headline")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_note = _muted("")
        self.change_folder_button = QPushButton("Change…")
        self.change_folder_button.setToolTip("Choose another folder for models you download from now on")
        self.open_folder_button = QPushButton("Open folder")
        self.open_folder_button.setToolTip("Show this folder in your file manager")
        self.default_folder_button = QPushButton("Use the usual folder")
        self.default_folder_button.setToolTip(str(self._default_models_dir))
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_folder_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.default_folder_button)
        buttons.addStretch(1)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.folder_note)
        layout.addLayout(buttons)
        return section

    def _build_token_section(self) -> QFrame:
        section, layout = _section("Hugging Face token")
        intro = QLabel(
            "Some models ask you to accept their licence on Hugging Face before you can download them. With a "
            "token, Hearth can download those for you. A “Read” token is enough: "
            f'<a href="{TOKENS_PAGE}">create one on huggingface.co</a>.'
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setOpenExternalLinks(True)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText("Paste your token here (it starts with hf_)")
        self.token_edit.setAccessibleName("Hugging Face token")
        self.token_edit.setClearButtonEnabled(True)
        self.save_token_button = QPushButton("Save and test")
        self.save_token_button.setObjectName("Primary")
        self.save_token_button.setToolTip("Keep the token and check it with Hugging Face")
        self.save_token_button.setEnabled(False)
        self.remove_token_button = QPushButton("Remove")
        self.remove_token_button.setToolTip("Forget the saved token")
        self.remove_token_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.save_token_button)
        row.addWidget(self.remove_token_button)
        self.token_status = QLabel("Looking for a saved token…")
        self.token_status.setWordWrap(True)
        self.token_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.token_where = _muted(self._tokens.where)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.token_status)
        layout.addWidget(self.token_where)
        return section

    def _build_network_section(self) -> QFrame:
        section, layout = _section("Network")
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setPlaceholderText(DEFAULT_ENDPOINT)
        self.endpoint_edit.setAccessibleName("Download address")
        self.offline_check = QCheckBox("Offline mode — Hearth makes no network connection at all")
        self.concurrency_spin = QSpinBox()
        self.concurrency_spin.setRange(1, MAX_DOWNLOADS)
        self.concurrency_spin.setMinimumWidth(72)
        self.concurrency_spin.setAccessibleName("Downloads at the same time")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel("Download from"), 0, 0)
        grid.addWidget(self.endpoint_edit, 0, 1)
        grid.addWidget(
            _muted("Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror."), 1, 1
        )
        grid.addWidget(QLabel("Downloads at the same time"), 2, 0)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.concurrency_spin)
        spin_row.addStretch(1)
        grid.addLayout(spin_row, 2, 1)
        grid.addWidget(_muted("One at a time finishes each model sooner on a slow connection."), 3, 1)
        layout.addLayout(grid)
        layout.addSpacing(4)
        layout.addWidget(self.offline_check)
        layout.addWidget(
            _muted("Models you already have keep working. To download a model or check a token, turn it off again.")
        )
        return section

    def _connect_signals(self) -> None:
        self.change_folder_button.clicked.connect(self.on_change_folder_clicked)
        self.open_folder_button.clicked.connect(self.on_open_folder_clicked)
        self.default_folder_button.clicked.connect(self.on_default_folder_clicked)
        self.token_edit.textChanged.connect(self.on_token_edit_changed)
        self.token_edit.returnPressed.connect(self.on_save_token_clicked)
        self.save_token_button.clicked.connect(self.on_save_token_clicked)
        self.remove_token_button.clicked.connect(self.on_remove_token_clicked)
        self.endpoint_edit.editingFinished.connect(self.on_endpoint_edited)
        self.offline_check.toggled.connect(self.on_offline_toggled)
        self.concurrency_spin.valueChanged.connect(self.on_concurrency_changed)
        self.transcripts_section.changed.connect(self.on_transcripts_changed)

    # ------------------------------------------------------------------ settings
    @property
    def settings(self) -> Settings:
        return self.store.current

    def set_settings(self, settings: Settings) -> None:
        """Show `settings` (after a change made here or elsewhere) without taking the widgets' own signals for
        the user's changes."""
        blockers = [QSignalBlocker(w) for w in (self.endpoint_edit, self.offline_check, self.concurrency_spin)]
        self.endpoint_edit.setText(settings.hf_endpoint)
        self.offline_check.setChecked(settings.offline)
        self.concurrency_spin.setValue(settings.download_concurrency)
        del blockers
        self._show_folder()
        self.transcripts_section.show_settings(settings)

    def models_dir(self) -> Path:
        return Path(self.settings.models_dir).expanduser() if self.settings.models_dir else self._default_models_dir

    def _change(self, **changes: Any) -> None:
        self.store.update(**changes)

    def _show_folder(self) -> None:
        self.folder_label.setText(str(self.models_dir()))
        custom = bool(self.settings.models_dir)
        self.folder_note.setText(
            "You chose this folder. Models downloaded before you changed it stay where they were."
            if custom
            else "Hearth's usual folder for models. Choose another one if this disk is short of space."
        )
        self.default_folder_button.setVisible(custom)

    @Slot()
    def on_change_folder_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Choose where Hearth keeps models", str(self.models_dir()))
        if not chosen:
            return  # cancelled
        folder = Path(chosen)
        self._change(models_dir="" if folder == self._default_models_dir else str(folder))
        self._show_folder()

    @Slot()
    def on_default_folder_clicked(self) -> None:
        self._change(models_dir="")
        self._show_folder()

    @Slot()
    def on_open_folder_clicked(self) -> None:
        folder = self.models_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)  # a new install has no models folder yet
        except OSError:
            pass  # the file manager will say it cannot open it
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def on_endpoint_edited(self) -> None:
        text = self.endpoint_edit.text().strip().rstrip("/")
        parts = urlsplit(text)
        if text and (parts.scheme not in ("http", "https") or not parts.hostname):
            self._messages.warning(
                "This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty."
            )
            return
        if text != self.endpoint_edit.text():
            with QSignalBlocker(self.endpoint_edit):
                self.endpoint_edit.setText(text)
        self._change(hf_endpoint=text)

    @Slot(dict)
    def on_transcripts_changed(self, changes: dict[str, Any]) -> None:
        self._change(**changes)
        self.transcripts_section.show_settings(self.settings)

    @Slot(bool)
    def on_offline_toggled(self, offline: bool) -> None:
        self._change(offline=offline)

    @Slot(int)
    def on_concurrency_changed(self, value: int) -> None:
        self._change(download_concurrency=value)

    # ------------------------------------------------------------------ token
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_token_state()  # the token may have been changed from the command line meanwhile

    @Slot()
    def refresh_token_state(self) -> None:
        if self._token_busy:
            return
        self._set_token_busy(True)
        self._workers.start(
            self._tokens.has_token,
            connect={"returned": self.on_token_presence_returned, "finished": self.on_token_job_finished},
        )

    @Slot(object)
    def on_token_presence_returned(self, stored: bool) -> None:
        self._show_token_presence(stored)

    def _show_token_presence(self, stored: bool) -> None:
        self._token_stored = stored
        self.token_status.setText("A token is saved." if stored else "No token is saved.")

    @Slot(str)
    def on_token_edit_changed(self, text: str) -> None:
        self.save_token_button.setEnabled(bool(text.strip()) and not self._token_busy)

    @Slot()
    def on_save_token_clicked(self) -> None:
        token = self.token_edit.text()
        if self._token_busy or not token.strip():
            return
        self._set_token_busy(True)
        self.token_status.setText(
            "Saving the token…" if self.settings.offline else "Checking the token with Hugging Face…"
        )
        endpoint = self.settings.hf_endpoint or None
        self._workers.start(
            save_and_test,
            self._tokens,
            token,
            endpoint,
            offline=self.settings.offline,
            connect={"returned": self.on_token_checked, "finished": self.on_token_job_finished},
        )

    @Slot(object)
    def on_token_checked(self, check: TokenCheck) -> None:
        if check.saved:
            self._token_stored = True
            self.token_edit.clear()
            self.token_changed.emit()
        if check.account:
            self.token_status.setText(check.message)  # "Signed in as …": the saved token's state from now on
            return
        self._show_token_presence(self._token_stored)
        if check.saved:
            self._messages.info(check.message)  # saved as asked, but not checked (offline mode, no connection)
        else:
            self._messages.warning(check.message)  # refused, and nothing was saved

    @Slot()
    def on_remove_token_clicked(self) -> None:
        if self._token_busy:
            return
        self._set_token_busy(True)
        self._workers.start(
            self._tokens.clear, connect={"returned": self.on_token_removed, "finished": self.on_token_job_finished}
        )

    @Slot(object)
    def on_token_removed(self, _result: object) -> None:
        self._show_token_presence(False)
        self._messages.info("The token was removed.")
        self.token_changed.emit()

    @Slot()
    def on_token_job_finished(self) -> None:
        self._set_token_busy(False)

    def _set_token_busy(self, busy: bool) -> None:
        self._token_busy = busy
        self.save_token_button.setEnabled(not busy and bool(self.token_edit.text().strip()))
        self.remove_token_button.setEnabled(not busy and self._token_stored)
        self.token_where.setText(self._tokens.where)  # a store that failed on use says so from now on


def _section(caption: str) -> tuple[QFrame, QVBoxLayout]:
    """A card like the Hardware page's: a small capitalised caption over its content."""
    frame = QFrame()
    frame.setObjectName("FactCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    label = QLabel(caption.upper())
    label.setObjectName("FactCaption")
    layout.addWidget(label)
    return frame, layout


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label
