"""The Settings card for the local server: on/off, port, sharing (with the addresses and the API key), idle unload,
the base URL with ready `curl` and Python snippets, and the log of what other programs asked."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.server import RequestRecord, lan_addresses
from app.server.models import example_id
from app.settings import Settings
from ui.settings.settings_card import SettingsCard, muted
from ui.shared.wrapping_check_box import WrappingCheckBox
from ui.state.server import ServerState

LOG_ROWS = 200
LOG_COLUMNS = (
    QT_TRANSLATE_NOOP("ServerCard", "Time"),
    QT_TRANSLATE_NOOP("ServerCard", "Client"),
    QT_TRANSLATE_NOOP("ServerCard", "Model"),
    QT_TRANSLATE_NOOP("ServerCard", "Tokens"),
    QT_TRANSLATE_NOOP("ServerCard", "Tokens/s"),
    QT_TRANSLATE_NOOP("ServerCard", "Status"),
)


def snippets(base_url: str, model: str = "MODEL_ID", key: str = "") -> str:
    auth = f' -H "Authorization: Bearer {key or "YOUR_KEY"}"' if key else ""
    return (
        f"curl {base_url}/chat/completions{auth} -H 'Content-Type: application/json' \\\n"
        f'  -d \'{{"model": "{model}", "messages": [{{"role": "user", "content": "Hello"}}]}}\'\n\n'
        "from openai import OpenAI\n"
        f'client = OpenAI(base_url="{base_url}", api_key="{key or "not-needed"}")\n'
        f'reply = client.chat.completions.create(model="{model}", messages=[{{"role": "user", "content": "Hello"}}])\n'
        "print(reply.choices[0].message.content)\n"
    )


class ServerCard(SettingsCard):
    changed = Signal(dict)  # settings fields: server_enabled, server_port, server_share, server_idle_unload_minutes

    def __init__(self, state: ServerState, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.state = state
        self.enabled = WrappingCheckBox()
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port_label = QLabel("")
        self.port_label.setBuddy(self.port)
        self.share = WrappingCheckBox()
        self.share_note = muted("")
        self.addresses = muted("")
        self.idle = QSpinBox()
        self.idle.setRange(0, 24 * 60)
        self.idle_label = QLabel("")
        self.idle_label.setBuddy(self.idle)
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        self.key_label = QLabel("")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_key = QPushButton("")
        self.copy_key = QPushButton("")
        self.copy_key.setEnabled(False)
        self.keep_key_in_file = WrappingCheckBox()
        self.keep_key_in_file.setChecked(state.keys.in_file)
        self.keep_key_in_file.setVisible(state.keys.in_file or not state.keys.password_store)
        self.snippet = QPlainTextEdit()
        self.snippet.setReadOnly(True)
        self.snippet.setTabChangesFocus(True)  # Tab leaves the examples, as in any other field
        self.snippet.setMaximumHeight(130)
        self.copy_snippet = QPushButton("")
        self.log_caption = muted("")
        self.log = QTableWidget(0, len(LOG_COLUMNS))
        self.log.verticalHeader().setVisible(False)
        # A model id can be a long path: one line, cut in the middle (the whole id in its tooltip), in the room
        # the other columns leave.
        self.log.setWordWrap(False)
        self.log.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.log.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log.setMaximumHeight(160)
        self.log.setTabKeyNavigation(False)  # Tab leaves the log; the arrows move within it
        self._shown_key = ""
        self._key_in_file = False  # the key shown was kept in the key file
        self._settings: Settings | None = None  # the last shown, for its sentences in a new language
        self._running: tuple[bool, str] = (False, "")  # the server's state as last told
        self._build()
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Local server"))
        self.enabled.setText(self.tr("Let other apps on this computer use Hearth's models (OpenAI-compatible API)"))
        self.enabled.setAccessibleName(self.tr("Let other apps use Hearth's models"))
        self.port_label.setText(self.tr("Port"))
        self.port.setAccessibleName(self.tr("Port"))
        self.idle_label.setText(self.tr("Unload an unused model after"))
        self.idle.setAccessibleName(self.tr("Unload an unused model after, in minutes"))
        self.idle.setSuffix(self.tr(" min"))
        self.share.setText(self.tr("Share on my network (needs the API key)"))
        self.share.setAccessibleName(self.tr("Share on my network"))
        self.share_note.setText(
            self.tr(
                "Once shared, every program must send the API key, the apps on this computer too: "
                "give it to the ones that use Hearth now, or they stop working."
            )
        )
        self.share_note.setAccessibleName(self.tr("What sharing changes"))
        self.share.setAccessibleDescription(self.share_note.text())
        self.create_key.setText(self.tr("Create API key"))
        self.create_key.setAccessibleName(self.tr("Create API key"))
        self.copy_key.setText(self.tr("Copy key"))
        self.copy_key.setAccessibleName(self.tr("Copy the API key"))
        self.keep_key_in_file.setText(
            self.tr("Keep the API key in a file only I can read, so it still works after Hearth closes")
        )
        self.keep_key_in_file.setAccessibleName(self.tr("Keep the API key in a file"))
        self.keep_key_in_file.setToolTip(
            self.tr(
                "This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is "
                "saved in {file}, which only your account can read (hearth serve finds it there too)."
            ).format(file=self.state.keys.file_path)
        )
        self.keep_key_in_file.setAccessibleDescription(self.keep_key_in_file.toolTip())
        self.snippet.setAccessibleName(self.tr("Examples for other programs: curl and Python"))
        self.copy_snippet.setText(self.tr("Copy snippets"))
        self.copy_snippet.setAccessibleName(self.tr("Copy the examples"))
        self.log_caption.setText(self.tr("What other programs asked:"))
        self.log.setHorizontalHeaderLabels([self.tr(column) for column in LOG_COLUMNS])
        self.log.setAccessibleName(self.tr("What other programs asked"))
        self._show_status()
        self._show_key()
        if self._settings is not None:
            self._show_addresses(self._settings)

    def _build(self) -> None:
        self.body.addWidget(self.enabled)
        row = QHBoxLayout()
        row.addWidget(self.port_label)
        row.addWidget(self.port)
        row.addSpacing(16)
        row.addWidget(self.idle_label)
        row.addWidget(self.idle)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.share)
        self.body.addWidget(self.share_note)
        self.body.addWidget(self.addresses)
        keys = QHBoxLayout()
        keys.addWidget(self.key_label, 1)
        keys.addWidget(self.create_key)
        keys.addWidget(self.copy_key)
        self.body.addLayout(keys)
        self.body.addWidget(self.keep_key_in_file)
        self.body.addWidget(self.status)
        self.body.addWidget(self.snippet)
        self.body.addWidget(self.copy_snippet)
        self.body.addWidget(self.log_caption)
        self.body.addWidget(self.log)

    def _connect_signals(self) -> None:
        self.enabled.toggled.connect(lambda on: self.changed.emit({"server_enabled": on}))
        self.port.editingFinished.connect(lambda: self.changed.emit({"server_port": self.port.value()}))
        self.share.toggled.connect(self.on_share_toggled)
        self.idle.editingFinished.connect(lambda: self.changed.emit({"server_idle_unload_minutes": self.idle.value()}))
        self.create_key.clicked.connect(self.on_create_key_clicked)
        self.copy_key.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._shown_key))
        self.copy_snippet.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.snippet.toPlainText()))
        self.state.running_changed.connect(self.on_state_running_changed)
        self.state.request_logged.connect(self.on_state_request_logged)

    def show_settings(self, settings: Settings) -> None:
        self._settings = settings
        with QSignalBlocker(self.enabled), QSignalBlocker(self.share):
            self.enabled.setChecked(settings.server_enabled)
            self.share.setChecked(settings.server_share)
        with QSignalBlocker(self.port), QSignalBlocker(self.idle):
            self.port.setValue(settings.server_port)
            self.idle.setValue(settings.server_idle_unload_minutes)
        self._show_addresses(settings)
        self._show_key()
        base_url = self.state.base_url or f"http://127.0.0.1:{settings.server_port}/v1"
        self.snippet.setPlainText(snippets(base_url, self.example_model()))

    def _show_addresses(self, settings: Settings) -> None:
        addresses = lan_addresses() if settings.server_share else []
        self.addresses.setText(
            self.tr("Other computers reach it at {addresses}").format(
                addresses=", ".join(f"http://{a}:{settings.server_port}/v1" for a in addresses)
            )
            if addresses
            else self.tr("Only programs on this computer can reach it (127.0.0.1).")
        )

    def _show_key(self) -> None:
        """The key just made, shown this once; otherwise whether there is one."""
        if not self._shown_key:
            has_key = self.state.keys.get() is not None
            self.key_label.setText(self.tr("An API key is set.") if has_key else self.tr("No API key yet."))
            return
        text = self.tr("Your key (shown once): {key}").format(key=self._shown_key)
        if not self._key_in_file and not self.state.keys.password_store:
            text += " " + self.tr("(Hearth forgets it when it closes: this computer has no password store.)")
        self.key_label.setText(text)

    def _show_status(self) -> None:
        running, text = self._running
        if running:
            self.status.setText(self.tr("Running at {address}").format(address=text))
        else:
            self.status.setText(text or self.tr("Off"))

    def example_model(self) -> str:
        """A real id for the snippets: a chat model on this computer, as the server names it."""
        return example_id(self.state.library) or "MODEL_ID"

    @Slot(bool)
    def on_share_toggled(self, share: bool) -> None:
        if share and self.state.keys.get() is None:
            self.on_create_key_clicked()
        self.changed.emit({"server_share": share})

    @Slot()
    def on_create_key_clicked(self) -> None:
        """A new key, shown this once (kept in the password store, or in the key file when the person ticked it)."""
        keep_in_file = not self.keep_key_in_file.isHidden() and self.keep_key_in_file.isChecked()
        self._shown_key = self.state.keys.create(keep_in_file=keep_in_file).reveal()
        self._key_in_file = keep_in_file
        self._show_key()
        self.copy_key.setEnabled(True)

    @Slot(bool, str)
    def on_state_running_changed(self, running: bool, text: str) -> None:
        self._running = (running, text)
        self._show_status()
        if running:
            key = self._shown_key if self.share.isChecked() else ""
            self.snippet.setPlainText(snippets(text, self.example_model(), key=key))

    @Slot(object)
    def on_state_request_logged(self, record: RequestRecord) -> None:
        row = self.log.rowCount()
        if row >= LOG_ROWS:
            self.log.removeRow(0)
            row -= 1
        self.log.insertRow(row)
        cells = (
            time.strftime("%H:%M:%S", time.localtime(record.time)),
            record.client,
            record.model,
            f"{record.prompt_tokens}+{record.completion_tokens}" if record.completion_tokens else "",
            f"{record.tokens_per_second:.1f}" if record.tokens_per_second else "",
            str(record.status),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.log.setItem(row, column, item)
