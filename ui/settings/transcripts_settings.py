"""The Settings card for transcripts: where finished ones are saved, and in which formats.

It emits the changed values only; the Settings page hands them to the app's one settings store, like its other
cards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.settings import Settings
from app.transcription.transcripts.writers import FORMATS
from ui.settings.settings_card import SettingsCard, muted
from ui.shared.prompter import Prompter


class TranscriptsSettings(SettingsCard):
    changed = Signal(dict)  # {"transcripts_dir": ...} or {"transcript_formats": ...}

    def __init__(self, parent: QWidget | None = None, *, prompter: Prompter | None = None) -> None:
        super().__init__("", parent)
        self.prompter = prompter or Prompter()
        self._folder = ""
        self.folder_label = QLabel("")
        self.folder_label.setObjectName("Headline")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = muted("")
        self.change_button = QPushButton("")
        self.beside_button = QPushButton("")
        self.format_checks = {fmt: QCheckBox(fmt.upper()) for fmt in FORMATS}
        self.formats_label = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.beside_button)
        buttons.addStretch(1)
        formats = QHBoxLayout()
        formats.addWidget(self.formats_label)
        for check in self.format_checks.values():
            formats.addWidget(check)
        formats.addStretch(1)
        self.body.addWidget(self.folder_label)
        self.body.addWidget(self.note)
        self.body.addLayout(buttons)
        self.body.addLayout(formats)
        self.change_button.clicked.connect(self.on_change_clicked)
        self.beside_button.clicked.connect(lambda: self.changed.emit({"transcripts_dir": ""}))
        for check in self.format_checks.values():
            check.toggled.connect(self.on_format_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Transcripts"))
        self.note.setText(
            self.tr("A file already there is never replaced: the new one gets a number, like “talk (2).srt”.")
        )
        self.change_button.setText(self.tr("Choose a folder…"))
        self.change_button.setAccessibleName(self.tr("Choose a folder for transcripts"))
        self.beside_button.setText(self.tr("Next to each recording"))
        self.beside_button.setAccessibleName(self.tr("Save transcripts next to each recording"))
        self.formats_label.setText(self.tr("Save automatically as"))
        for fmt, check in self.format_checks.items():
            check.setAccessibleName(self.tr("Save automatically as {format}").format(format=fmt.upper()))
        self._show_folder()

    def _show_folder(self) -> None:
        self.folder_label.setText(self._folder or self.tr("Next to each recording"))

    def show_settings(self, settings: Settings) -> None:
        folder = self._folder = settings.transcripts_dir
        self._show_folder()
        self.beside_button.setVisible(bool(folder))
        chosen = set(settings.transcript_formats.split(","))
        for fmt, check in self.format_checks.items():
            with QSignalBlocker(check):
                check.setChecked(fmt in chosen)

    @Slot()
    def on_change_clicked(self) -> None:
        chosen = self.prompter.choose_folder(self, self.tr("Choose where transcripts are saved"), str(Path.home()))
        if chosen is not None:
            self.changed.emit({"transcripts_dir": str(chosen)})

    @Slot(bool)
    def on_format_toggled(self, _checked: bool) -> None:
        chosen = [fmt for fmt, check in self.format_checks.items() if check.isChecked()]
        if not chosen:  # at least one: a finished transcript must be somewhere the user can find
            with QSignalBlocker(self.format_checks["txt"]):
                self.format_checks["txt"].setChecked(True)
            chosen = ["txt"]
        self.changed.emit({"transcript_formats": ",".join(chosen)})
