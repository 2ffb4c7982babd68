"""The Settings card for the models folder: where downloads go, a way to open it, and one back to the usual one.

It emits the change only ({"models_dir": ...}, "" for the usual folder); the Settings page hands it to the app's
one settings store, and shows the result back through `show_settings`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.settings import Settings
from ui.settings.settings_card import SettingsCard, muted
from ui.shared.prompter import Prompter


class ModelsFolderSettings(SettingsCard):
    changed = Signal(dict)  # {"models_dir": ...}

    def __init__(
        self, default_models_dir: Path, parent: QWidget | None = None, *, prompter: Prompter | None = None
    ) -> None:
        super().__init__("", parent)
        self.prompter = prompter or Prompter()
        self._default = default_models_dir
        self._folder = default_models_dir
        self._custom = False
        self.folder_label = QLabel("")
        self.folder_label.setObjectName("Headline")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_note = muted("")
        self.change_button = QPushButton("")
        self.open_button = QPushButton("")
        self.default_button = QPushButton("")
        self.default_button.setToolTip(str(default_models_dir))
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        self.body.addWidget(self.folder_label)
        self.body.addWidget(self.folder_note)
        self.body.addLayout(buttons)
        self.change_button.clicked.connect(self.on_change_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.default_button.clicked.connect(lambda: self.changed.emit({"models_dir": ""}))
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Models folder"))
        self.change_button.setText(self.tr("Change…"))
        self.change_button.setAccessibleName(self.tr("Change the models folder"))
        self.change_button.setToolTip(self.tr("Choose another folder for models you download from now on"))
        self.open_button.setText(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the models folder"))
        self.open_button.setToolTip(self.tr("Show this folder in your file manager"))
        self.default_button.setText(self.tr("Use the usual folder"))
        self.default_button.setAccessibleName(self.tr("Use the usual models folder"))
        self._show_note()

    def _show_note(self) -> None:
        self.folder_note.setText(
            self.tr("You chose this folder. Models downloaded before you changed it stay where they were.")
            if self._custom
            else self.tr("Hearth's usual folder for models. Choose another one if this disk is short of space.")
        )
        for button in (self.change_button, self.open_button):
            button.setAccessibleDescription(str(self._folder))

    def show_settings(self, settings: Settings) -> None:
        custom = self._custom = bool(settings.models_dir)
        self._folder = Path(settings.models_dir).expanduser() if custom else self._default
        self.folder_label.setText(str(self._folder))
        self._show_note()
        self.default_button.setVisible(custom)

    @Slot()
    def on_change_clicked(self) -> None:
        folder = self.prompter.choose_folder(self, self.tr("Choose where Hearth keeps models"), str(self._folder))
        if folder is None:
            return  # cancelled
        self.changed.emit({"models_dir": "" if folder == self._default else str(folder)})

    @Slot()
    def on_open_clicked(self) -> None:
        try:
            self._folder.mkdir(parents=True, exist_ok=True)  # a new install has no models folder yet
        except OSError:
            pass  # the file manager will say it cannot open it
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
