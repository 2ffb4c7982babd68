"""The Settings card for downloads: where models come from (Hugging Face or a mirror) and how many at once.

It emits each change ({"hf_endpoint": ...} or {"download_concurrency": ...}) for the Settings page to hand to the
settings store. An address Hearth cannot use is refused and told through the message bridge; the one saved before
stays in force.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.messages import MessageBridge
from app.settings import Settings
from ui.settings.settings_card import SettingsCard, muted

DEFAULT_ENDPOINT = "https://huggingface.co"
MAX_DOWNLOADS = 4


class DownloadSettings(SettingsCard):
    changed = Signal(dict)  # {"hf_endpoint": ...} or {"download_concurrency": ...}

    def __init__(self, messages: MessageBridge, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._messages = messages
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setPlaceholderText(DEFAULT_ENDPOINT)
        self.concurrency_spin = QSpinBox()
        self.concurrency_spin.setRange(1, MAX_DOWNLOADS)
        self.concurrency_spin.setMinimumWidth(72)
        self.endpoint_label = QLabel("")
        self.endpoint_label.setBuddy(self.endpoint_edit)
        self.endpoint_note = muted("")
        self.concurrency_label = QLabel("")
        self.concurrency_label.setBuddy(self.concurrency_spin)
        self.concurrency_note = muted("")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.endpoint_label, 0, 0)
        grid.addWidget(self.endpoint_edit, 0, 1)
        grid.addWidget(self.endpoint_note, 1, 1)
        grid.addWidget(self.concurrency_label, 2, 0)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.concurrency_spin)
        spin_row.addStretch(1)
        grid.addLayout(spin_row, 2, 1)
        grid.addWidget(self.concurrency_note, 3, 1)
        self.body.addLayout(grid)
        self.endpoint_edit.editingFinished.connect(self.on_endpoint_edited)
        self.concurrency_spin.valueChanged.connect(lambda value: self.changed.emit({"download_concurrency": value}))
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Downloads"))
        self.endpoint_label.setText(self.tr("Download from"))
        self.endpoint_edit.setAccessibleName(self.tr("Download address"))
        self.endpoint_note.setText(
            self.tr("Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.")
        )
        self.endpoint_edit.setAccessibleDescription(self.endpoint_note.text())
        self.concurrency_label.setText(self.tr("Downloads at the same time"))
        self.concurrency_spin.setAccessibleName(self.tr("Downloads at the same time"))
        self.concurrency_note.setText(self.tr("One at a time finishes each model sooner on a slow connection."))
        self.concurrency_spin.setAccessibleDescription(self.concurrency_note.text())

    def show_settings(self, settings: Settings) -> None:
        """Without taking the widgets' own signals for the person's changes."""
        with QSignalBlocker(self.endpoint_edit), QSignalBlocker(self.concurrency_spin):
            self.endpoint_edit.setText(settings.hf_endpoint)
            self.concurrency_spin.setValue(settings.download_concurrency)

    @Slot()
    def on_endpoint_edited(self) -> None:
        text = self.endpoint_edit.text().strip().rstrip("/")
        parts = urlsplit(text)
        if text and (parts.scheme not in ("http", "https") or not parts.hostname):
            self._messages.warning(
                self.tr(
                    "This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay "
                    "empty."
                )
            )
            return
        if text != self.endpoint_edit.text():
            with QSignalBlocker(self.endpoint_edit):
                self.endpoint_edit.setText(text)
        self.changed.emit({"hf_endpoint": text})
