"""The models other computers offer, listed once for every view that can pick one (Chat, Compare): the list changes
when a provider is added, checked or removed in Settings, and when Offline mode turns on or off (then it is empty)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.providers import Providers, RemoteModel
from app.settings import Settings, SettingsStore


class RemoteModelsState(QObject):
    changed = Signal(list)  # [RemoteModel]

    def __init__(self, providers: Providers, settings: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._providers = providers
        self.models: list[RemoteModel] = providers.remote_models()
        settings.subscribe(self.on_settings_changed, fields=("offline",))

    def on_settings_changed(self, _new: Settings) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.models = self._providers.remote_models()
        self.changed.emit(self.models)
