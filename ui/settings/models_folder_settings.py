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
        super().__init__("Models folder", parent)
        self.prompter = prompter or Prompter()
        self._default = default_models_dir
        self._folder = default_models_dir
        self.folder_label = QLabel("")
        self.folder_label.setObjectName("Headline")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_note = muted("")
        self.change_button = QPushButton("Change…")
        self.change_button.setToolTip("Choose another folder for models you download from now on")
        self.open_button = QPushButton("Open folder")
        self.open_button.setToolTip("Show this folder in your file manager")
        self.default_button = QPushButton("Use the usual folder")
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

    def show_settings(self, settings: Settings) -> None:
        custom = bool(settings.models_dir)
        self._folder = Path(settings.models_dir).expanduser() if custom else self._default
        self.folder_label.setText(str(self._folder))
        self.folder_note.setText(
            "You chose this folder. Models downloaded before you changed it stay where they were."
            if custom
            else "Hearth's usual folder for models. Choose another one if this disk is short of space."
        )
        self.default_button.setVisible(custom)

    @Slot()
    def on_change_clicked(self) -> None:
        folder = self.prompter.choose_folder(self, "Choose where Hearth keeps models", str(self._folder))
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
