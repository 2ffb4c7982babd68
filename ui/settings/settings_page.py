"""The Settings page: where models are kept, where transcripts go, the Hugging Face token, downloads, offline
mode and other computers — one card each (ui/settings/*_settings.py), composed here.

The page keeps no copy of the settings: it edits the app's one `SettingsStore`, naming only the field the person
changed, so what other parts of Hearth changed meanwhile (the first run's done flag, the Whisper model) stays as they
left it; it listens to the store, so every card shows their changes too. The cards only emit changes and show
settings; the token card alone talks to its own store (the OS password store) on workers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.host.prompt_cache import PromptCacheStats
from app.messages import MessageBridge
from app.providers import Providers
from app.secrets import TokenStore
from app.settings import EVERY_FIELD, Settings, SettingsStore
from ui.settings.download_settings import DownloadSettings
from ui.settings.language_settings import LanguageSettings
from ui.settings.models_folder_settings import ModelsFolderSettings
from ui.settings.offline_settings import OfflineSettings
from ui.settings.prompt_cache_settings import PromptCacheSettings
from ui.settings.remote_settings import RemoteSettings
from ui.settings.token_settings import TokenSettings
from ui.settings.transcripts_settings import TranscriptsSettings
from ui.shared.prompter import Prompter
from ui.shared.scroll import vertical_scroll
from ui.workers import Workers


class SettingsPage(QWidget):
    token_changed = Signal()  # a token was saved or removed (after the store has it)

    def __init__(
        self,
        settings: SettingsStore,
        token_store: TokenStore,
        workers: Workers,
        messages: MessageBridge,
        default_models_dir: Path,
        parent: QWidget | None = None,
        *,
        providers: Providers | None = None,
        server_card: QWidget | None = None,
        tools_card: QWidget | None = None,
        prompter: Prompter | None = None,
        prompt_cache: Callable[[], PromptCacheStats] | None = None,
    ) -> None:
        """With `providers`, an "Other computers" card manages the servers whose models Hearth may use; with
        `prompt_cache` (the model host's), the prompt cache's card says what the cache holds now."""
        super().__init__(parent)
        self.store = settings
        self.remote = RemoteSettings(providers, workers, messages) if providers is not None else None
        self.server = server_card  # the local API server's card (ui/settings/server_card.py), when the window has one
        self.tools = tools_card  # the tool servers' card (ui/settings/tools_settings.py), when the window has one
        self.prompter = prompter or Prompter()
        self.models_folder = ModelsFolderSettings(default_models_dir, prompter=self.prompter)
        self.transcripts_section = TranscriptsSettings(prompter=self.prompter)
        self.token = TokenSettings(token_store, settings, workers, messages)
        self.downloads = DownloadSettings(messages)
        self.offline = OfflineSettings()
        self.prompt_cache = PromptCacheSettings(prompt_cache)
        self.language = LanguageSettings()
        # The controls tests/ui/test_offline_promise.py drives, as a person would, by their page-level names.
        self.endpoint_edit, self.offline_check = self.downloads.endpoint_edit, self.offline.check
        self.token_edit, self.token_status = self.token.edit, self.token.status
        self.save_token_button, self.remove_token_button = self.token.save_button, self.token.remove_button
        self._build()
        self._connect_signals()
        self.retranslate()
        self.set_settings(settings.current)
        unsubscribe = settings.subscribe(self.set_settings, fields=EVERY_FIELD)
        self.destroyed.connect(lambda: unsubscribe())  # the store outlives a page closed in a test

    def _build(self) -> None:
        self.title = QLabel("")
        self.title.setObjectName("PageTitle")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        for card in self._cards():
            layout.addWidget(card)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(vertical_scroll(content))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))

    def _cards(self) -> tuple[QWidget, ...]:
        cards: tuple[QWidget, ...] = (self.language, self.models_folder, self.transcripts_section, self.token)
        cards = (*cards, self.downloads, self.offline, self.prompt_cache)
        cards = (*cards, self.remote) if self.remote is not None else cards
        cards = (*cards, self.tools) if self.tools is not None else cards
        return (*cards, self.server) if self.server is not None else cards

    def _setting_cards(self) -> tuple[Any, ...]:
        """The cards that show settings and emit changes to them (`show_settings`, `changed`)."""
        return (
            self.language,
            self.models_folder,
            self.transcripts_section,
            self.downloads,
            self.offline,
            self.prompt_cache,
        )

    def _connect_signals(self) -> None:
        for card in self._setting_cards():
            card.changed.connect(self.on_card_changed)
        self.token.token_changed.connect(self.token_changed)
        if self.server is not None:
            self.server.changed.connect(self.on_card_changed)  # type: ignore[attr-defined]

    @property
    def settings(self) -> Settings:
        return self.store.current

    def set_settings(self, settings: Settings) -> None:
        """Show `settings`, after a change made here or anywhere else in Hearth."""
        for card in self._setting_cards():
            card.show_settings(settings)
        if self.remote is not None:
            self.remote.show_settings(settings)
        if self.server is not None:
            self.server.show_settings(settings)  # type: ignore[attr-defined]

    @Slot(dict)
    def on_card_changed(self, changes: dict[str, Any]) -> None:
        """The store saves only these fields and tells its subscribers, this page among them, which shows them."""
        self.store.update(**changes)
