"""The Transcribe page says where transcripts go before the first one is saved, with a way to Settings to change
it. No model is needed: nothing is transcribed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.transcription.transcription_queue import SavePlan, save_plan
from tests.helpers.app_window import running_window
from ui.transcribe.transcribe_page import TranscribePage, where_files_go

pytestmark = pytest.mark.gui


def test_the_sentence_names_the_formats_and_the_folder() -> None:
    beside = where_files_go(SavePlan(("txt", "srt")))
    assert beside.startswith("Each transcript is saved automatically as TXT and SRT next to its recording,")
    assert "never over a file of yours" in beside
    assert '<a href="settings">Change…</a>' in beside
    chosen = where_files_go(SavePlan(("txt", "srt", "vtt"), folder="/home/ann/Transcripts & notes"))
    assert "as TXT, SRT and VTT in /home/ann/Transcripts &amp; notes," in chosen


def test_the_page_says_where_files_go_follows_settings_and_change_opens_settings(qtbot: QtBot, tmp_path: Path) -> None:
    with running_window(qtbot) as (services, window):
        window.show_page("transcribe")
        page = window.pages.transcribe
        assert isinstance(page, TranscribePage)
        assert page.controller.queue.items() == []  # before the first transcript
        assert page.where_label.isVisibleTo(page)
        assert page.where_label.accessibleName() == "Where transcripts are saved"
        expected = save_plan(services.settings.current, services.paths.data / "Transcripts")
        assert page.where_label.text() == where_files_go(expected)
        assert "next to its recording" in page.where_label.text()

        services.settings.update(transcripts_dir=str(tmp_path / "Transcripts"))
        window.show_page("settings")
        window.show_page("transcribe")  # shown again: read again
        assert f"in {tmp_path / 'Transcripts'}," in page.where_label.text()

        page.where_label.linkActivated.emit("settings")
        assert window.current_page() == "settings"
        library = services.library
        qtbot.waitUntil(lambda: library.described_count > 0 and not library.describing)  # before the store closes
