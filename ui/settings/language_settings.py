"""The Settings card for how Hearth reads: the language, listed by each language's own name, and the text size.

Both change at once, without a restart (ui/appearance.py follows the settings); "As the system" follows the
computer's language, with English where Hearth has no translation.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.settings import Settings
from ui.settings.settings_card import SettingsCard
from ui.shared.i18n import LANGUAGES
from ui.theme import TEXT_SCALES


class LanguageSettings(SettingsCard):
    changed = Signal(dict)  # {"language": code} or {"text_scale": percent}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.language = QComboBox()
        self.language.addItem("", "")  # "As the system", named in retranslate
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)  # by its own name: a person finds theirs whatever is shown now
        self.text_size = QComboBox()
        for percent in TEXT_SCALES:
            self.text_size.addItem(f"{percent} %", percent)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.size_label = QLabel()
        self.size_label.setBuddy(self.text_size)
        for label, box in ((self.language_label, self.language), (self.size_label, self.text_size)):
            self.body.addWidget(label)  # each name above its box: a long one in any language is never cut
            self.body.addWidget(box)
        self.language.activated.connect(lambda _i: self.changed.emit({"language": self.language.currentData()}))
        self.text_size.activated.connect(lambda _i: self.changed.emit({"text_scale": self.text_size.currentData()}))
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Language and text size"))
        self.language.setItemText(0, self.tr("As the system"))
        self.language_label.setText(self.tr("&Language"))
        self.size_label.setText(self.tr("&Text size"))
        self.language.setAccessibleName(self.tr("Language"))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setToolTip(self.tr("Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size"))

    def show_settings(self, settings: Settings) -> None:
        with QSignalBlocker(self.language), QSignalBlocker(self.text_size):
            self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
            self.text_size.setCurrentIndex(max(self.text_size.findData(settings.text_scale), 0))
