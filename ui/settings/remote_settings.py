"""The Settings card for other computers: servers with an OpenAI-compatible API (Ollama, LM Studio, llama-server,
vLLM, another Hearth) whose models Hearth may use. Add (tested first), test again, rename, remove; each shows when
it last answered and the models it offers.

Adding and testing talk to the network, so they run on workers; renaming and removing only touch this computer's
files and password store. After every change `providers_changed` is emitted, so the Chat page lists what is there.
On a computer with no password store the card says a key lasts only until Hearth closes, and offers to keep it in a
file only the person can read (app/keys/key_file.py): a box they tick, never ticked for them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.errors import HearthError
from app.messages import Error, MessageBridge
from app.messages import describe as describe_failure
from app.providers import Provider, Providers
from app.secrets import Secret
from app.settings import Settings
from ui.settings.settings_card import SettingsCard, muted
from ui.workers import Workers

NAME_ROLE = Qt.ItemDataRole.UserRole


def describe(provider: Provider) -> str:
    """One line of the list: name, address, what it offers or what is wrong, and when it last answered."""
    if provider.problem:
        state = provider.problem
    else:
        state = f"{len(provider.models)} model(s): " + ", ".join(provider.models[:4])
        if len(provider.models) > 4:
            state += ", …"
    seen = "never answered"
    if provider.last_seen:
        try:
            seen = "last seen " + datetime.fromisoformat(provider.last_seen).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            seen = f"last seen {provider.last_seen}"
    return f"{provider.name} — {provider.url}\n{state} · {seen}"


class RemoteSettings(SettingsCard):
    providers_changed = Signal()

    def __init__(
        self, providers: Providers, workers: Workers, messages: MessageBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__("Other computers", parent)
        self.providers = providers
        self._workers = workers
        self._messages = messages
        self.body.addWidget(
            muted(
                "Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with "
                "sharing on. A conversation with one of its models leaves this computer: use it on a network you "
                "trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https)."
            )
        )
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.body.addWidget(self.list)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Name, e.g. desk")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("Address, e.g. http://192.168.1.20:11434")
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("Key (if the server asks for one)")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QHBoxLayout()
        for edit, stretch in ((self.name_edit, 1), (self.url_edit, 2), (self.key_edit, 1)):
            fields.addWidget(edit, stretch)
        self.body.addLayout(fields)
        self.keep_key_in_file = QCheckBox(self.tr("Keep the key in a file only I can read"))
        self.keep_key_in_file.setAccessibleName(self.tr("Keep the key in a file"))
        self.keep_key_in_file.setToolTip(
            self.tr(
                "Ticked, the key is saved in {file}, which only your account can read; anyone who can read your "
                "files (an administrator, a backup) could read it too."
            ).format(file=providers.keys.file_path)
        )
        self.no_store_note = muted(
            self.tr(
                "This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in "
                "a file” to keep it."
            )
        )
        no_store = not providers.keys.password_store
        self.keep_key_in_file.setVisible(no_store)
        self.no_store_note.setVisible(no_store)
        self.body.addWidget(self.keep_key_in_file)
        self.body.addWidget(self.no_store_note)
        self.add_button = QPushButton("Add and test")
        self.test_button = QPushButton("Test")
        self.rename_button = QPushButton("Rename to the name above")
        self.remove_button = QPushButton("Remove")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.test_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.status = muted("")
        self.body.addWidget(self.status)
        self._offline = False
        self.add_button.clicked.connect(self.on_add_clicked)
        self.test_button.clicked.connect(self.on_test_clicked)
        self.rename_button.clicked.connect(self.on_rename_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.list.currentItemChanged.connect(self.on_list_current_changed)
        self.show_providers()

    # ---- showing
    def show_settings(self, settings: Settings) -> None:
        self._offline = settings.offline
        self.add_button.setEnabled(not settings.offline)
        self.test_button.setEnabled(not settings.offline)
        if settings.offline:
            self.status.setText("Offline mode is on, so Hearth uses no other computer.")
        elif self.status.text().startswith("Offline mode"):
            self.status.setText("")

    def show_providers(self, select: str = "") -> None:
        self.list.clear()
        for provider in self.providers.all():
            item = QListWidgetItem(describe(provider))
            item.setData(NAME_ROLE, provider.name)
            self.list.addItem(item)
            if provider.name == select:
                self.list.setCurrentItem(item)

    def selected(self) -> str:
        item = self.list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else ""

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_list_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            provider = self.providers.list.find(str(current.data(NAME_ROLE)))
            if provider is not None:
                self.name_edit.setText(provider.name)
                self.url_edit.setText(provider.url)

    # ---- adding and testing (network: on workers)
    @Slot()
    def on_add_clicked(self) -> None:
        key = self.key_edit.text().strip()
        self.add_button.setEnabled(False)
        self.status.setText(f"Testing {self.url_edit.text().strip()}…")
        self._workers.start(
            self.providers.add,
            self.name_edit.text(),
            self.url_edit.text(),
            Secret(key) if key else None,
            keep_key_in_file=not self.keep_key_in_file.isHidden() and self.keep_key_in_file.isChecked(),
            connect={"returned": self.on_added},
            on_error=self.on_add_failed,
        )

    @Slot(object)
    def on_added(self, provider: Provider) -> None:
        self.key_edit.clear()
        self.add_button.setEnabled(not self._offline)
        text = f"Added {provider.name}: {len(provider.models)} model(s). They are in the Chat list now."
        if (
            provider.has_key
            and not self.providers.keys.password_store
            and not self.providers.keys.in_file(provider.name)
        ):
            text += " " + self.tr(
                "Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove "
                "{name} and add it again with “Keep the key in a file” ticked."
            ).format(name=provider.name)
        self.status.setText(text)
        self.show_providers(select=provider.name)
        self.providers_changed.emit()

    def on_add_failed(self, exc: BaseException, error: Error) -> None:
        """A HearthError's own sentence under the list; anything else there too, and on the banner as a bug."""
        self.add_button.setEnabled(not self._offline)
        self.status.setText(f"{describe_failure(exc, 'Adding failed').text} Nothing was added.")
        if not isinstance(exc, HearthError):
            self._messages.send(error)

    @Slot()
    def on_test_clicked(self) -> None:
        name = self.selected()
        if not name:
            self.status.setText("Choose a computer in the list to test it.")
            return
        self.status.setText(f"Testing {name}…")
        self._workers.start(
            self.providers.check,
            name,
            connect={"returned": self.on_tested},
            on_error=self.on_add_failed,
        )

    @Slot(object)
    def on_tested(self, provider: Provider) -> None:
        self.status.setText(f"{provider.name}: {provider.problem}" if provider.problem else f"{provider.name} answers.")
        self.show_providers(select=provider.name)
        self.providers_changed.emit()

    # ---- renaming and removing (this computer only)
    @Slot()
    def on_rename_clicked(self) -> None:
        old, new = self.selected(), self.name_edit.text().strip()
        if not old:
            self.status.setText("Choose a computer in the list, type its new name above, then Rename.")
            return
        try:
            renamed = self.providers.rename(old, new)
        except HearthError as exc:
            self.status.setText(describe_failure(exc).text)
            return
        self.status.setText(f"{old} is now called {renamed.name}.")
        self.show_providers(select=renamed.name)
        self.providers_changed.emit()

    @Slot()
    def on_remove_clicked(self) -> None:
        name = self.selected()
        if not name:
            self.status.setText("Choose a computer in the list to remove it.")
            return
        self.providers.remove(name)
        self.status.setText(f"Removed {name} and its key.")
        self.show_providers()
        self.providers_changed.emit()
