"""The Settings card for the model host's prompt-state cache (app/host/prompt_cache.py, and on disk
app/host/prompt_disk.py): how much memory Hearth may use to keep what a model has already read of recent
conversations (as much again on disk), and what it holds now.

It emits each change ({"prompt_cache_mb": ...}, 0 for off) for the Settings page to hand to the settings store; the
application resizes the cache when the store changes. What the cache holds is read through the callable the page
is given (the host's `prompt_cache`), when the card is shown and every two seconds while it stays shown: reading it
takes a lock and a sum, so nothing runs while Settings is not on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from app.host.prompt_cache import PromptCacheStats, setting_bytes
from app.settings import Settings
from ui.settings.settings_card import SettingsCard, muted
from ui.shared.i18n import format_size

MAX_MB = 65536
STEP_MB = 256
REFRESH_MS = 2000


class PromptCacheSettings(SettingsCard):
    changed = Signal(dict)  # {"prompt_cache_mb": ...}

    def __init__(self, stats: Callable[[], PromptCacheStats] | None = None, parent: QWidget | None = None) -> None:
        """`stats`: what the cache holds now (the model host's `prompt_cache`); without it no status is shown."""
        super().__init__("", parent)
        self._stats = stats
        self._setting_mb = Settings().prompt_cache_mb
        self.explanation = muted("")
        self.size_spin = QSpinBox()
        self.size_spin.setRange(0, MAX_MB)
        self.size_spin.setSingleStep(STEP_MB)
        # Typing "4096" must not set 4, 40 and 409 MB on the way (each one would empty the cache to fit).
        self.size_spin.setKeyboardTracking(False)
        self.size_spin.setMinimumWidth(120)
        self.size_label = QLabel("")
        self.size_label.setBuddy(self.size_spin)
        self.size_note = muted("")
        self.status = muted("")
        self.status.setObjectName("PromptCacheStatus")
        self.status.setVisible(stats is not None)
        self.budget_note = muted("")
        self.budget_note.hide()
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.size_label)
        row.addWidget(self.size_spin)
        row.addStretch(1)
        self.body.addWidget(self.explanation)
        self.body.addLayout(row)
        self.body.addWidget(self.size_note)
        self.body.addWidget(self.status)
        self.body.addWidget(self.budget_note)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_status)
        self.size_spin.valueChanged.connect(lambda value: self.changed.emit({"prompt_cache_mb": value}))
        self.retranslate()

    def retranslate(self) -> None:
        self.set_caption(self.tr("Coming back to conversations"))
        self.explanation.setText(
            self.tr(
                "Hearth keeps what a model has already read of your recent conversations in memory, so when you come "
                "back to one it answers at once instead of reading it all again. When a model needs the memory, this "
                "gives way first. Long conversations are also kept on disk, up to the same size, so they come back "
                "at once after Hearth was closed too."
            )
        )
        self.size_label.setText(self.tr("Memory to use"))
        # The unit is the word the sizes elsewhere use ("Mo" in French); the spin box puts it after the number.
        self.size_spin.setSuffix(" " + QCoreApplication.translate("Units", "MB"))
        self.size_spin.setSpecialValueText(self.tr("Off"))
        self.size_spin.setAccessibleName(self.tr("Memory for coming back to conversations"))
        self.size_note.setText(
            self.tr(
                "Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start "
                "each time you come back to it."
            )
        )
        self.size_spin.setAccessibleDescription(self.size_note.text())
        self.budget_note.setText(
            self.tr("Less than the size above for now: the models that are loaded need the rest of the memory.")
        )
        self.refresh_status()

    def show_settings(self, settings: Settings) -> None:
        """Without taking the spin box's own signal for the person's change."""
        self._setting_mb = settings.prompt_cache_mb
        with QSignalBlocker(self.size_spin):
            self.size_spin.setValue(max(0, min(settings.prompt_cache_mb, MAX_MB)))
        self.refresh_status()

    @Slot()
    def refresh_status(self) -> None:
        """Say what the cache holds now: "Now holding 3 conversations: 2,430 tokens, 29 MB of at most 2 GB."."""
        if self._stats is None:
            return
        stats = self._stats()
        setting = setting_bytes(self._setting_mb)
        text = self._status_text(stats, setting)
        if setting and stats.disk_entries:
            on_disk = self.tr("On disk for after a restart: %n conversations, {size}.", "", stats.disk_entries)
            text = f"{text}\n{on_disk.format(size=format_size(stats.disk_bytes))}"
        self.status.setText(text)
        self.budget_note.setVisible(0 < stats.limit_bytes < setting)

    def _status_text(self, stats: PromptCacheStats, setting: int) -> str:
        if setting == 0:
            return self.tr("Off: nothing is kept in memory or on disk.")
        if stats.entries == 0 and stats.limit_bytes == 0:  # nothing loaded yet: the budget is measured at a load
            return self.tr("Empty now. It fills as you talk with a model, up to {size} as memory allows.").format(
                size=format_size(setting)
            )
        if stats.entries == 0:
            return self.tr("Empty now. It may hold up to {size}.").format(size=format_size(stats.limit_bytes))
        return self.tr("Now holding %n conversations: {tokens}, {size} of at most {limit}.", "", stats.entries).format(
            tokens=self.tr("%Ln tokens", "", stats.tokens),
            size=format_size(stats.bytes),
            limit=format_size(stats.limit_bytes),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_status()
        if self._stats is not None:
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
