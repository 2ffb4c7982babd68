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

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.errors import HearthError
from app.i18n import localized
from app.messages import Error, MessageBridge
from app.messages import describe as describe_failure
from app.providers import Provider, Providers
from app.secrets import Secret
from app.settings import Settings
from ui.settings.settings_card import SettingsCard, muted
from ui.shared.announce import announce
from ui.shared.i18n import counts
from ui.shared.wrapping_check_box import WrappingCheckBox
from ui.workers import Workers

NAME_ROLE = Qt.ItemDataRole.UserRole


def describe(provider: Provider) -> str:
    """One line of the list: name, address, what it offers or what is wrong, and when it last answered."""
    if provider.problem:
        state = localized(provider.problem)
    else:
        count = len(provider.models)
        names = ", ".join(provider.models[:4]) + (", …" if count > 4 else "")
        state = QCoreApplication.translate("RemoteSettings", "{count}: {models}").format(
            count=counts.models(count), models=names
        )
    seen = QCoreApplication.translate("RemoteSettings", "never answered")
    if provider.last_seen:
        try:
            when = datetime.fromisoformat(provider.last_seen).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = provider.last_seen
        seen = QCoreApplication.translate("RemoteSettings", "last seen {time}").format(time=when)
    return f"{provider.name} — {provider.url}\n{state} · {seen}"


class RemoteSettings(SettingsCard):
    providers_changed = Signal()

    def __init__(
        self, providers: Providers, workers: Workers, messages: MessageBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.providers = providers
        self._workers = workers
        self._messages = messages
        self.intro = muted("")
        self.body.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.body.addWidget(self.list)
        self.name_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QHBoxLayout()
        for edit, stretch in ((self.name_edit, 1), (self.url_edit, 2), (self.key_edit, 1)):
            fields.addWidget(edit, stretch)
        self.body.addLayout(fields)
        self.keep_key_in_file = WrappingCheckBox()
        self.no_store_note = muted("")
        no_store = not providers.keys.password_store
        self.keep_key_in_file.setVisible(no_store)
        self.no_store_note.setVisible(no_store)
        self.body.addWidget(self.keep_key_in_file)
        self.body.addWidget(self.no_store_note)
        self.add_button = QPushButton("")
        self.test_button = QPushButton("")
        self.rename_button = QPushButton("")
        self.remove_button = QPushButton("")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.test_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.status = muted("")
        self.body.addWidget(self.status)
        self.status_shown: tuple[str, tuple[str, ...]] = ("", ())  # what the status line says, and its values
        self._offline = False
        self.add_button.clicked.connect(self.on_add_clicked)
        self.test_button.clicked.connect(self.on_test_clicked)
        self.rename_button.clicked.connect(self.on_rename_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.list.currentItemChanged.connect(self.on_list_current_changed)
        self.show_providers()
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Other computers"))
        self.intro.setText(
            self.tr(
                "Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with "
                "sharing on. A conversation with one of its models leaves this computer: use it on a network you "
                "trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https)."
            )
        )
        self.list.setAccessibleName(self.tr("Other computers"))
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. desk"))
        self.name_edit.setAccessibleName(self.tr("Name of the computer"))
        self.url_edit.setPlaceholderText(self.tr("Address, e.g. http://192.168.1.20:11434"))
        self.url_edit.setAccessibleName(self.tr("Address of its server"))
        self.key_edit.setPlaceholderText(self.tr("Key (if the server asks for one)"))
        self.key_edit.setAccessibleName(self.tr("Key, if the server asks for one"))
        self.keep_key_in_file.setText(self.tr("Keep the key in a file only I can read"))
        self.keep_key_in_file.setAccessibleName(self.tr("Keep the key in a file"))
        self.keep_key_in_file.setToolTip(
            self.tr(
                "Ticked, the key is saved in {file}, which only your account can read; anyone who can read your "
                "files (an administrator, a backup) could read it too."
            ).format(file=self.providers.keys.file_path)
        )
        self.keep_key_in_file.setAccessibleDescription(self.keep_key_in_file.toolTip())
        self.no_store_note.setText(
            self.tr(
                "This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in "
                "a file” to keep it."
            )
        )
        self.add_button.setText(self.tr("Add and test"))
        self.add_button.setAccessibleName(self.tr("Add and test"))
        self.test_button.setText(self.tr("Test"))
        self.test_button.setAccessibleName(self.tr("Test the chosen computer"))
        self.rename_button.setText(self.tr("Rename to the name above"))
        self.rename_button.setAccessibleName(self.tr("Rename the chosen computer to the name above"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen computer"))
        for index in range(self.list.count()):  # in place: the chosen one and the fields stay as they are
            item = self.list.item(index)
            provider = self.providers.list.find(str(item.data(NAME_ROLE))) if item is not None else None
            if item is not None and provider is not None:
                item.setText(describe(provider))
        self._show_status()

    def _say(self, kind: str, *values: str) -> None:
        """The status line says `kind` with its values, in the chosen language now and after a switch."""
        self.status_shown = (kind, values)
        self._show_status()

    def _show_status(self) -> None:
        kind, values = self.status_shown
        if kind == "offline":
            text = self.tr("Offline mode is on, so Hearth uses no other computer.")
        elif kind == "testing":
            text = self.tr("Testing {address}…").format(address=values[0])
        elif kind == "added":
            name, count, key_forgotten = values
            text = self.tr("Added {name}: %n model(s). They are in the Chat list now.", "", int(count)).format(
                name=name
            )
            if key_forgotten:
                text += " " + self.tr(
                    "Its key is kept only until Hearth closes: this computer has no password store. To keep it, "
                    "remove {name} and add it again with “Keep the key in a file” ticked."
                ).format(name=name)
        elif kind == "not added":
            text = self.tr("{problem} Nothing was added.").format(problem=localized(values[0]))
        elif kind == "choose to test":
            text = self.tr("Choose a computer in the list to test it.")
        elif kind == "answers":
            text = self.tr("{name} answers.").format(name=values[0])
        elif kind == "choose to rename":
            text = self.tr("Choose a computer in the list, type its new name above, then Rename.")
        elif kind == "renamed":
            text = self.tr("{old} is now called {new}.").format(old=values[0], new=values[1])
        elif kind == "choose to remove":
            text = self.tr("Choose a computer in the list to remove it.")
        elif kind == "problem":  # a computer's name and what is wrong with it, said by app/
            text = f"{values[0]}: {localized(values[1])}"
        elif kind == "removed":
            text = self.tr("Removed {name} and its key.").format(name=values[0])
        else:  # a sentence of its own (a computer's problem, a refusal from app/), or nothing
            text = localized(values[0]) if values else ""
        self.status.setText(text)

    # ---- showing
    def show_settings(self, settings: Settings) -> None:
        self._offline = settings.offline
        self.add_button.setEnabled(not settings.offline)
        self.test_button.setEnabled(not settings.offline)
        if settings.offline:
            self._say("offline")
        elif self.status_shown[0] == "offline":
            self._say("")

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
        self._say("testing", self.url_edit.text().strip())
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
        key_forgotten = (
            provider.has_key
            and not self.providers.keys.password_store
            and not self.providers.keys.in_file(provider.name)
        )
        self._say("added", provider.name, str(len(provider.models)), "yes" if key_forgotten else "")
        announce(self, self.status.text())
        self.show_providers(select=provider.name)
        self.providers_changed.emit()

    def on_add_failed(self, exc: BaseException, error: Error) -> None:
        """A HearthError's own sentence under the list; anything else there too, and on the banner as a bug."""
        self.add_button.setEnabled(not self._offline)
        self._say("not added", describe_failure(exc, self.tr("Adding failed")).text)
        announce(self, self.status.text(), urgent=True)
        if not isinstance(exc, HearthError):
            self._messages.send(error)

    @Slot()
    def on_test_clicked(self) -> None:
        name = self.selected()
        if not name:
            self._say("choose to test")
            return
        self._say("testing", name)
        self._workers.start(
            self.providers.check,
            name,
            connect={"returned": self.on_tested},
            on_error=self.on_add_failed,
        )

    @Slot(object)
    def on_tested(self, provider: Provider) -> None:
        if provider.problem:
            self._say("problem", provider.name, provider.problem)
        else:
            self._say("answers", provider.name)
        announce(self, self.status.text(), urgent=bool(provider.problem))
        self.show_providers(select=provider.name)
        self.providers_changed.emit()

    # ---- renaming and removing (this computer only)
    @Slot()
    def on_rename_clicked(self) -> None:
        old, new = self.selected(), self.name_edit.text().strip()
        if not old:
            self._say("choose to rename")
            return
        try:
            renamed = self.providers.rename(old, new)
        except HearthError as exc:
            self._say("", describe_failure(exc).text)
            return
        self._say("renamed", old, renamed.name)
        self.show_providers(select=renamed.name)
        self.providers_changed.emit()

    @Slot()
    def on_remove_clicked(self) -> None:
        name = self.selected()
        if not name:
            self._say("choose to remove")
            return
        self.providers.remove(name)
        self._say("removed", name)
        self.show_providers()
        self.providers_changed.emit()
