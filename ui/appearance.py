"""How Hearth reads to this person: its language and its text size, both chosen in Settings, both live.

One owner (made by the composition root) follows the two settings: a change of language installs the translators
and retranslates every widget (ui/shared/i18n.py); a change of size rescales the interface's text (ui/theme.py).
Ctrl+= / Ctrl+- / Ctrl+0 go through `larger`, `smaller` and `usual_size`, which change the setting, so the
choice persists and Settings shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.settings import Settings, SettingsStore
from ui import theme
from ui.fonts import add_bundled_fonts
from ui.shared.i18n import Translations, chosen_language


class Appearance(QObject):
    def __init__(self, app: QApplication, settings: SettingsStore) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        add_bundled_fonts()
        self.translations = Translations(app)
        self._stop = settings.subscribe(self._follow, fields=("language", "text_scale"))
        self._follow(settings.current, first=True)

    def _follow(self, settings: Settings, *, first: bool = False) -> None:
        language = chosen_language(settings.language)
        if first or language != self.translations.code:
            self.translations.use(language)
        if first or settings.text_scale != theme.text_scale():
            theme.set_text_scale(self._app, settings.text_scale)

    def larger(self) -> None:
        self._settings.update(text_scale=theme.next_text_scale(self._settings.current.text_scale, 1))

    def smaller(self) -> None:
        self._settings.update(text_scale=theme.next_text_scale(self._settings.current.text_scale, -1))

    def usual_size(self) -> None:
        self._settings.update(text_scale=100)

    def close(self) -> None:
        self._stop()
        self.translations.clear()
