"""One listing of the library for every view: described once per change, the same rows in Chat, My Models and
Transcribe."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.models.library import Library
from tests.helpers.app_window import running_window

pytestmark = pytest.mark.gui


def test_an_import_is_described_once_and_every_view_shows_it(
    qtbot: QtBot, qwen_gguf: Path, whisper_base_dir: Path
) -> None:
    with running_window(qtbot) as (services, window):
        state = services.library
        qtbot.waitUntil(lambda: state.described_count == 1 and not state.describing, timeout=30_000)
        assert state.rows == []
        library = state.library
        assert state.library is library  # one Library, its caches kept, while the models folder stays

        Library(services.paths, services.models_dir()).import_path(qwen_gguf)
        Library(services.paths, services.models_dir()).import_path(whisper_base_dir)
        with qtbot.waitSignal(state.changed, timeout=30_000):
            window.pages.models.refresh()  # what an import from My Models does
        assert state.described_count == 2
        chat, models, transcribe = window.pages.chat, window.pages.models, window.pages.transcribe
        assert [c.path for c in chat.model_picker.choices()] == [qwen_gguf]  # type: ignore[attr-defined]
        assert len(models.rows) == 2  # type: ignore[attr-defined]
        assert transcribe.model_picker.count() == 1  # type: ignore[attr-defined]
