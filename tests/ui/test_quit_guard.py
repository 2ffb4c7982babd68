"""Quitting while Hearth is still at work for the person asks first; with nothing running it closes at once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtGui import QCloseEvent
from pytestqt.qtbot import QtBot

from app.settings import Settings
from tests.helpers.app_window import running_window
from tests.helpers.prompter import ScriptedPrompter
from ui.quit_guard import may_quit, what_is_running
from ui.transcribe.transcribe_page import TranscribePage

pytestmark = pytest.mark.gui


class PersonCloses(QCloseEvent):
    """A close from the window system (the person's click), as opposed to one Hearth makes itself."""

    def spontaneous(self) -> bool:
        return True


def test_the_sentences_name_what_is_running_in_the_right_number() -> None:
    assert what_is_running(False, 0, 0) == []
    assert what_is_running(True, 0, 0) == [
        "The local server is answering other apps; they lose their connection when Hearth quits."
    ]
    one, kept = what_is_running(False, 0, 1)
    assert one == "1 recording is waiting to be transcribed."
    assert kept.startswith("The queue is kept")
    assert what_is_running(False, 1, 2)[:2] == [
        "1 recording is being transcribed now.",
        "2 recordings are waiting to be transcribed.",
    ]


def test_quitting_asks_while_the_server_runs_or_recordings_wait_and_not_otherwise(qtbot: QtBot, tmp_path: Path) -> None:
    prompter = ScriptedPrompter([False, True])  # "No", then "Yes"
    with running_window(qtbot) as (services, window):
        library = services.library
        event = PersonCloses()
        window.closeEvent(event)
        assert event.isAccepted()  # nothing running: no question (the window's own guard, no dialog shown)
        window.prompter = prompter
        assert may_quit(window, PersonCloses(), services.server, services.transcriptions, prompter)
        assert prompter.asked == []

        state = services.server
        with qtbot.waitSignal(state.running_changed):
            state.start(dataclasses.replace(Settings(), server_enabled=True, server_port=0))
        page = window.pages.transcribe
        assert isinstance(page, TranscribePage)
        recordings = [tmp_path / "a1.wav", tmp_path / "a2.wav"]
        for recording in recordings:
            recording.write_bytes(b"RIFF")
        page.controller.set_model(None)  # no Whisper model: they wait
        assert len(page.controller.add(recordings, page.options())) == 2

        refused = PersonCloses()
        window.closeEvent(refused)  # "No": Hearth stays open, the server still answering
        assert not refused.isAccepted()
        [(title, text)] = [(asked.title, asked.text) for asked in prompter.asked]
        assert title == "Quit Hearth?"
        assert "The local server is answering other apps" in text
        assert "2 recordings are waiting to be transcribed." in text
        assert text.endswith("Quit anyway?")
        assert state.running

        assert may_quit(window, PersonCloses(), services.server, services.transcriptions, prompter)  # "Yes"
        state.stop()
        qtbot.waitUntil(lambda: library.described_count > 0 and not library.describing)  # before the store closes
