"""The Settings card for the Hugging Face token: paste, save and test, or remove it.

The token goes through the `TokenStore`, whose calls may talk to the OS password store or to Hugging Face, so they
run on workers. The card shows the saved token's state (none, saved, whose, not checked); what went wrong or what
was done (a refused token, a removal) is told through the message bridge. The token is never kept in the field
once saved. On a computer with no password store the card says the token lasts only until Hearth closes, and offers
to keep it in a file only the person can read (app/keys/key_file.py): a box they tick, never ticked for them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.i18n import localized
from app.messages import MessageBridge
from app.secrets import TOKENS_PAGE, TokenCheck, TokenStore, save_and_test
from app.settings import SettingsStore
from ui.settings.settings_card import SettingsCard, muted
from ui.shared.announce import announce
from ui.shared.wrapping_check_box import WrappingCheckBox
from ui.workers import Workers


class TokenSettings(SettingsCard):
    token_changed = Signal()  # a token was saved or removed (after the store has it)

    def __init__(
        self,
        tokens: TokenStore,
        settings: SettingsStore,
        workers: Workers,
        messages: MessageBridge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self._tokens = tokens
        self._settings = settings  # read at "Save and test": offline mode and the mirror
        self._workers = workers
        self._messages = messages
        self.busy = False
        self._stored = False
        self._told: tuple[str, bool] = ("", False)  # the store's sentence, and whether the token is forgotten at exit
        self.status_shown = "looking"  # what the status line says: looking, saved, none, saving, checking or "told"
        self.intro = QLabel("")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setOpenExternalLinks(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        self.save_button = QPushButton("")
        self.save_button.setObjectName("Primary")
        self.save_button.setEnabled(False)
        self.remove_button = QPushButton("")
        self.remove_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = muted(tokens.where)
        self.keep_in_file = WrappingCheckBox()
        self.body.addWidget(self.intro)
        self.body.addLayout(row)
        self.body.addWidget(self.keep_in_file)
        self.body.addWidget(self.status)
        self.body.addWidget(self.where)
        self._show_file_choice()
        self.edit.textChanged.connect(self.on_edit_text_changed)
        self.edit.returnPressed.connect(self.on_save_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Hugging Face token"))
        self.intro.setText(
            self.tr(
                "Some models ask you to accept their licence on Hugging Face before you can download them. With a "
                "token, Hearth can download those for you. A “Read” token is enough: "
                '<a href="{url}">create one on huggingface.co</a>.'
            ).format(url=TOKENS_PAGE)
        )
        self.edit.setPlaceholderText(self.tr("Paste your token here (it starts with hf_)"))
        self.edit.setAccessibleName(self.tr("Hugging Face token"))
        self.save_button.setText(self.tr("Save and test"))
        self.save_button.setAccessibleName(self.tr("Save and test the token"))
        self.save_button.setToolTip(self.tr("Keep the token and check it with Hugging Face"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the token"))
        self.remove_button.setToolTip(self.tr("Forget the saved token"))
        self.keep_in_file.setText(
            self.tr("Keep the token in a file only I can read, so Hearth still has it after it closes")
        )
        self.keep_in_file.setAccessibleName(self.tr("Keep the token in a file"))
        self.keep_in_file.setToolTip(
            self.tr(
                "Ticked, the token is saved in {file}, which only your account can read; anyone who can read your "
                "files (an administrator, a backup) could read it too."
            ).format(file=self._tokens.file_path)
        )
        self.keep_in_file.setAccessibleDescription(self.keep_in_file.toolTip())
        self.where.setText(localized(self._tokens.where))
        self._show_status()

    def _show_status(self) -> None:
        """The status line in the chosen language; a sentence told by the store (signed in as …) stays as told."""
        texts = {
            "looking": self.tr("Looking for a saved token…"),
            "saved": self.tr("A token is saved."),
            "none": self.tr("No token is saved."),
            "saving": self.tr("Saving the token…"),
            "checking": self.tr("Checking the token with Hugging Face…"),
        }
        if self.status_shown in texts:
            self.status.setText(texts[self.status_shown])
        elif self.status_shown == "told":
            told, forgotten = self._told
            text = localized(told)
            if forgotten:
                text += " " + self.tr(
                    "Hearth will forget it when it closes, because this computer has no password store. To keep it, "
                    "tick “Keep the token in a file” and save it again."
                )
            self.status.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_state()  # the token may have been changed from the command line meanwhile

    @Slot()
    def refresh_state(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self._workers.start(
            self._tokens.has_token, connect={"returned": self.on_presence_returned, "finished": self.on_job_finished}
        )

    @Slot(object)
    def on_presence_returned(self, stored: bool) -> None:
        self._show_presence(stored)

    def _show_file_choice(self) -> None:
        """The box shows where it matters: no password store here, or a token already kept in the file (ticked)."""
        in_file = self._tokens.in_file
        self.keep_in_file.setChecked(in_file)
        self.keep_in_file.setVisible(in_file or not self._tokens.password_store)

    def _show_presence(self, stored: bool) -> None:
        self._stored = stored
        self.status_shown = "saved" if stored else "none"
        self._show_status()

    @Slot(str)
    def on_edit_text_changed(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()) and not self.busy)

    @Slot()
    def on_save_clicked(self) -> None:
        token = self.edit.text()
        if self.busy or not token.strip():
            return
        settings = self._settings.current
        self._set_busy(True)
        self.status_shown = "saving" if settings.offline else "checking"
        self._show_status()
        self._workers.start(
            save_and_test,
            self._tokens,
            token,
            settings.hf_endpoint or None,
            offline=settings.offline,
            keep_in_file=not self.keep_in_file.isHidden() and self.keep_in_file.isChecked(),
            connect={"returned": self.on_token_checked, "finished": self.on_job_finished},
        )

    @Slot(object)
    def on_token_checked(self, check: TokenCheck) -> None:
        if check.saved:  # "Signed in as …" or "Saved, but not checked: …": the saved token's state from now on
            self._stored = True
            self._told = (check.message, not self._tokens.persistent)
            self.status_shown = "told"
            self._show_status()
            announce(self, self.status.text())
            self.edit.clear()
            self.token_changed.emit()
            return
        self._show_presence(self._stored)  # refused: whatever was saved before stays
        self._messages.warning(check.message)

    @Slot()
    def on_remove_clicked(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self._workers.start(self._tokens.clear, connect={"returned": self.on_removed, "finished": self.on_job_finished})

    @Slot(object)
    def on_removed(self, _result: object) -> None:
        self._show_presence(False)
        self._messages.info(self.tr("The token was removed."))
        self.token_changed.emit()

    @Slot()
    def on_job_finished(self) -> None:
        self._set_busy(False)
        self._show_file_choice()  # where the token is now; a store that failed on use offers the file from now on

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy and bool(self.edit.text().strip()))
        self.remove_button.setEnabled(not busy and self._stored)
        self.keep_in_file.setEnabled(not busy)
        self.where.setText(localized(self._tokens.where))  # a store that failed on use says so from now on
