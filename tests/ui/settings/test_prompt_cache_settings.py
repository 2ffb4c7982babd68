"""Settings → Coming back to conversations: the prompt cache's size goes to the one settings store (0 turns it
off), a change made elsewhere shows in the control, and the status line says what a real cache holds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from app.engines.llama.prompt_state import SavedPrompt
from app.host.prompt_cache import PromptCache, PromptCacheStats
from app.host.prompt_disk import MIN_TOKENS, PromptDisk
from app.secrets import TokenStore
from app.settings import Settings, SettingsStore, load
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.widget_walk import unnamed
from ui.settings.prompt_cache_settings import PromptCacheSettings
from ui.settings.settings_page import SettingsPage
from ui.shared.i18n import format_size
from ui.workers import Workers

pytestmark = pytest.mark.gui

MB = 1024 * 1024


def saved_prompt(tokens: int, nbytes: int) -> SavedPrompt:
    """A state as the engine keeps it, without a model: only its tokens and size matter to the cache."""
    return SavedPrompt(np.arange(tokens, dtype=np.intc), tokens, b"\0" * nbytes)


def test_the_size_goes_to_the_store_off_writes_zero_and_a_change_elsewhere_shows(
    qtbot: QtBot, workers: Workers, hearth_home: Path
) -> None:
    store = SettingsStore(hearth_home / "config")
    cache = PromptCache(0)
    page = SettingsPage(
        store, TokenStore(MemoryKeyring()), workers, workers.messages, hearth_home / "models", prompt_cache=cache.stats
    )
    qtbot.addWidget(page)
    card = page.prompt_cache
    spin = card.size_spin
    page.show()
    assert spin.value() == Settings().prompt_cache_mb
    assert spin.accessibleName()
    assert not unnamed(card)
    # nothing loaded yet: the host's cache may hold nothing until a load measures the memory
    assert card.status.text() == (
        f"Empty now. It fills as you talk with a model, up to {format_size(2048 * MB)} as memory allows."
    )

    # typed as a person types it: one change when they press Enter, not 5, 51 and 512 on the way
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "512")
    assert store.current.prompt_cache_mb == 2048
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert store.current.prompt_cache_mb == 512
    assert load(hearth_home / "config").prompt_cache_mb == 512

    spin.setValue(0)
    assert spin.text() == "Off"
    assert store.current.prompt_cache_mb == 0
    assert load(hearth_home / "config").prompt_cache_mb == 0
    assert card.status.text() == "Off: nothing is kept in memory or on disk."

    store.update(prompt_cache_mb=4096)  # changed elsewhere in Hearth
    assert spin.value() == 4096
    assert spin.text().startswith("4096")
    assert store.current.prompt_cache_mb == 4096


def test_the_status_line_says_what_the_cache_holds_while_shown(qtbot: QtBot, tmp_path: Path) -> None:
    cache = PromptCache(512 * MB)  # less than the setting: the memory budget left less beside the models
    card = PromptCacheSettings(cache.stats)
    qtbot.addWidget(card)
    card.show_settings(Settings(prompt_cache_mb=2048))
    card.show()
    assert card.timer.isActive()
    assert card.status.text() == f"Empty now. It may hold up to {format_size(512 * MB)}."
    assert card.budget_note.isVisible()

    cache.keep("model a", saved_prompt(1200, 3 * MB))
    cache.keep("model b", saved_prompt(1230, 2 * MB))
    card.hide()
    assert not card.timer.isActive()  # nothing is read while Settings is not on screen
    card.show()
    stats = cache.stats()
    assert card.status.text() == (
        f"Now holding 2 conversations: {QLocale().toString(2430)} tokens, {format_size(stats.bytes)} of at most "
        f"{format_size(512 * MB)}."
    )

    cache.set_limit(2048 * MB)
    card.refresh_status()
    assert not card.budget_note.isVisible()

    # States on disk for after a restart, as the host reports them beside the memory's.
    disk = PromptDisk(tmp_path, limit_bytes=64 * MB)
    disk.share({"model": "a"}).offer(saved_prompt(MIN_TOKENS, MB))
    disk.close()

    def with_disk_stats() -> PromptCacheStats:
        on_disk = disk.stats()
        return replace(cache.stats(), disk_entries=on_disk.entries, disk_bytes=on_disk.bytes)

    with_disk = PromptCacheSettings(with_disk_stats)
    qtbot.addWidget(with_disk)
    with_disk.show_settings(Settings(prompt_cache_mb=2048))
    with_disk.show()
    assert with_disk.status.text().endswith(
        f"\nOn disk for after a restart: 1 conversation, {format_size(disk.stats().bytes)}."
    )
