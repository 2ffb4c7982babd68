"""The Settings card for offline mode: one switch that stops every network connection Hearth would make.

It emits the change ({"offline": ...}) for the Settings page to hand to the settings store.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QWidget

from app.settings import Settings
from ui.settings.settings_card import SettingsCard, muted
from ui.shared.wrapping_check_box import WrappingCheckBox


class OfflineSettings(SettingsCard):
    changed = Signal(dict)  # {"offline": ...}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.check = WrappingCheckBox()
        self.note = muted("")
        self.body.addWidget(self.check)
        self.body.addWidget(self.note)
        self.check.toggled.connect(lambda offline: self.changed.emit({"offline": offline}))
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Offline mode"))
        self.check.setText(self.tr("Offline mode — Hearth makes no network connection at all"))
        self.check.setAccessibleName(self.tr("Offline mode"))
        self.note.setText(
            self.tr("Models you already have keep working. To download a model or check a token, turn it off again.")
        )
        self.check.setAccessibleDescription(self.note.text())

    def show_settings(self, settings: Settings) -> None:
        with QSignalBlocker(self.check):
            self.check.setChecked(settings.offline)
