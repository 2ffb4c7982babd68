"""The Transcribe page in the real window, with the real Whisper base model: drop, queue, read, export, chat."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app import messages, paths
from app.engines.whisper.options import TranscribeOptions
from app.models.library import Library
from app.secrets import TokenStore
from app.settings import SettingsStore, load
from app.transcription.transcription_queue import SavePlan, TranscriptionQueue, save_plan
from app.transcription.transcripts.model import Segment, Transcript
from tests.helpers.keyring_backends import MemoryKeyring
from tests.helpers.prompter import Asked, ScriptedPrompter
from tests.helpers.qt_drop import drop_files
from tests.helpers.speech import CLIP_WER_BOUND, speech_set, word_error_rate
from tests.helpers.subtitles import assert_well_formed, parse_srt
from tests.helpers.told import told
from ui.application import build_services, build_window
from ui.chat.chat_page import ChatPage
from ui.main_window import MainWindow
from ui.settings.settings_page import SettingsPage
from ui.shared.announce import announced
from ui.transcribe.transcribe_page import TranscribePage
from ui.workers import Workers

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, workers: Workers, whisper_base_dir: Path) -> Iterator[MainWindow]:
    """The window as the app builds it, its services closed (the speech host's thread ended) when the test ends."""
    Library(paths.resolve().ensure()).import_path(whisper_base_dir)
    services = build_services(paths.resolve().ensure(), workers)
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("transcribe")
    page = transcribe_page(window)
    qtbot.waitUntil(lambda: page.model_picker.count() == 1, timeout=30_000)
    assert page.controller.model == whisper_base_dir
    yield window
    services.close()


def transcribe_page(window: MainWindow) -> TranscribePage:
    page = window.pages.transcribe
    assert isinstance(page, TranscribePage)
    return page


def recordings(folder: Path, *names: str) -> list[Path]:
    """Copies of the test speech, so the automatic save next to them writes into the test's folder."""
    speech = speech_set()
    sources = {"wav": speech.clips["wav"].path, "mp3": speech.clips["mp3"].path, "ogg": speech.clips["ogg"].path}
    sources["meeting"] = speech.long.path
    folder.mkdir()
    copies = []
    for name in names:
        stem, kind = name.split(".")[0], name.split(".")[-1]
        copies.append(Path(shutil.copyfile(sources["meeting" if stem == "meeting" else kind], folder / name)))
    return copies


@pytest.mark.model
@pytest.mark.slow
def test_three_dropped_files_finish_then_export_srt_and_send_to_chat(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = transcribe_page(window)
    files = recordings(tmp_path / "recordings", "interview.wav", "memo.mp3", "call.ogg")
    announced.clear()
    drop_files(page.drop_zone, *files)
    assert page.queue_list.count() == 3
    qtbot.waitUntil(lambda: [r.item.state for _i, r in page.queue_list.rows.values()] == ["done"] * 3, timeout=120_000)
    assert sorted(announced) == sorted(f"The transcript of {f.name} is ready." for f in files)  # once each

    for _list_item, row in page.queue_list.rows.values():
        assert row.status.text().startswith("Done · 0:0")
        assert row.status.text().endswith("English")
    assert sorted(p.name for p in (tmp_path / "recordings").iterdir()) == [
        "call.ogg", "call.srt", "call.txt", "interview.srt", "interview.txt", "interview.wav",
        "memo.mp3", "memo.srt", "memo.txt",
    ]  # fmt: skip

    # The transcript of the selected item: searchable and editable before export.
    first_id = next(iter(page.queue_list.rows))
    page.queue_list.setCurrentRow(0)
    assert page.transcript.shown_id == first_id
    assert f"in {tmp_path / 'recordings'}." in page.transcript.files_label.text()  # where its files are
    assert page.transcript.title.text().startswith("interview.wav · 0:0")
    clip = speech_set().clips["wav"]
    assert word_error_rate(clip.text, page.transcript.view.text()) <= CLIP_WER_BOUND
    page.transcript.view.search.setText(page.transcript.view.table.item(0, 1).text())  # Whisper's words, not ours
    assert page.transcript.view.matches.text() == f"1 of {page.transcript.view.table.rowCount()} lines"
    page.transcript.view.search.clear()
    page.transcript.view.table.item(0, 1).setText("The quick brown fox jumps over the lazy dog, edited.")
    saved = page.controller.queue.transcript(first_id)
    assert saved is not None
    assert saved.segments[0].text.endswith("edited.")

    target = tmp_path / "export" / "interview.srt"
    target.parent.mkdir()
    page.transcript.prompter = prompter = ScriptedPrompter([target])
    page.transcript.export_actions["srt"].trigger()
    assert prompter.asked == [Asked("save_file", "Save the transcript as SRT", str(files[0].with_suffix(".srt")))]
    cues = parse_srt(target.read_text(encoding="utf-8"))
    assert_well_formed(cues)
    assert any("edited." in line for cue in cues for line in cue.lines)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    page.transcript.reveal_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "recordings"))]

    page.transcript.chat_actions["Summarize this."].trigger()
    assert window.current_page() == "chat"
    chat = window.pages.chat
    assert isinstance(chat, ChatPage)
    assert chat.conversation_id is not None
    conversation = chat.store.conversation(chat.conversation_id)
    assert conversation.title == "Transcript: interview.wav"
    assert "lazy dog, edited." in conversation.system_prompt
    assert chat.options.system_prompt.toPlainText() == conversation.system_prompt
    assert chat.composer.text.toPlainText() == "Summarize this."

    # The queue and the edited transcript are kept for the next start.
    kept = TranscriptionQueue(paths.resolve().data / "transcription")
    assert [i.state for i in kept.items()] == ["done"] * 3
    edited = kept.transcript(first_id)
    assert edited is not None
    assert edited.segments[0].text.endswith("edited.")


@pytest.mark.model
@pytest.mark.slow
def test_the_preparing_phase_shows_and_cancel_mid_file_stops_it_and_writes_no_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = transcribe_page(window)
    (meeting,) = recordings(tmp_path / "recordings", "meeting.wav")
    page.add_paths([meeting])
    (_list_item, row) = next(iter(page.queue_list.rows.values()))
    qtbot.waitUntil(lambda: row.item.state == "running", timeout=10_000)
    qtbot.waitUntil(lambda: row.bar.maximum() == 0 and row.status.text().startswith("Finding"), timeout=30_000)
    qtbot.waitUntil(lambda: row.item.progress > 0, timeout=60_000)  # mid-file: segments have come
    assert "on the processor" in row.status.text()
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    # Only a guard against a hang: that Stop does not wait for a window is proven without a clock in
    # test_whisper_engine.py (test_cancel_while_a_window_is_decoded_returns_without_waiting_for_it).
    qtbot.waitUntil(lambda: row.item.state == "cancelled", timeout=60_000)
    assert row.status.text() == "Cancelled"
    assert row.rerun_button.isVisible()
    assert not any(p.suffix in (".txt", ".srt") for p in meeting.parent.iterdir())


@pytest.mark.model
@pytest.mark.slow
def test_a_recording_dropped_anywhere_on_the_window_goes_to_transcribe(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_page("hardware")
    (memo,) = recordings(tmp_path / "recordings", "memo.wav")
    drop_files(window, memo)
    page = transcribe_page(window)
    assert window.current_page() == "transcribe"
    assert [row.item.name for _item, row in page.queue_list.rows.values()] == ["memo.wav"]
    qtbot.waitUntil(lambda: next(iter(page.queue_list.rows.values()))[1].item.state == "done", timeout=60_000)


def test_the_settings_card_chooses_the_folder_and_the_formats_saved_automatically(
    qtbot: QtBot, workers: Workers, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "config")
    prompter = ScriptedPrompter([tmp_path / "Subtitles"])
    page = SettingsPage(
        store, TokenStore(MemoryKeyring()), workers, workers.messages, tmp_path / "models", prompter=prompter
    )
    qtbot.addWidget(page)
    card = page.transcripts_section
    assert card.folder_label.text() == "Next to each recording"
    assert [fmt for fmt, check in card.format_checks.items() if check.isChecked()] == ["txt", "srt"]

    card.change_button.click()
    assert prompter.asked == [Asked("choose_folder", "Choose where transcripts are saved", str(Path.home()))]
    assert store.current.transcripts_dir == str(tmp_path / "Subtitles")
    assert card.folder_label.text() == str(tmp_path / "Subtitles")

    card.format_checks["vtt"].setChecked(True)
    plan = save_plan(store.current, tmp_path / "fallback")
    assert plan == SavePlan(("txt", "srt", "vtt"), str(tmp_path / "Subtitles"), tmp_path / "fallback")

    card.format_checks["txt"].setChecked(False)
    card.format_checks["srt"].setChecked(False)
    card.format_checks["vtt"].setChecked(False)  # the last one: TXT comes back, something is always saved
    assert store.current.transcript_formats == "txt"
    assert load(tmp_path / "config") == store.current
    assert card.format_checks["txt"].isChecked()


def test_what_the_page_tells_goes_through_the_bridge_an_empty_folder_and_a_save_that_fails(
    qtbot: QtBot, workers: Workers, tmp_path: Path, closing: ExitStack
) -> None:
    """No Whisper model here: a transcript finished in an earlier session is read, saved elsewhere, and fails."""
    queue = TranscriptionQueue(paths.resolve().ensure().data / "transcription")
    (item,) = queue.add([tmp_path / "talk.wav"], TranscribeOptions())
    queue.start(item.id)
    spoken = Transcript(str(tmp_path / "talk.wav"), "en", 2.0, (Segment(0.0, 2.0, "Hello from an earlier session."),))
    queue.finish(item.id, spoken, [], [])
    services = build_services(paths.resolve().ensure(), workers)
    closing.callback(services.close)
    window = build_window(services)
    qtbot.addWidget(window)
    seen = told(workers.messages)
    page = transcribe_page(window)

    (tmp_path / "nothing here").mkdir()
    page.add_paths([tmp_path / "nothing here"])
    assert seen == [messages.Warning("No recordings were found in what was dropped.")]

    page.queue_list.setCurrentRow(0)
    assert page.transcript.view.text() == "Hello from an earlier session."
    target = tmp_path / "talk.txt"
    page.transcript.prompter = ScriptedPrompter([tmp_path, target])
    page.transcript.export_actions["txt"].trigger()  # a folder's name: it cannot be written as a file
    assert isinstance(seen[-1], messages.Error)
    assert seen[-1].text.startswith("The transcript could not be saved there: ")

    page.transcript.export_actions["txt"].trigger()
    assert seen[-1] == messages.Info(f"Saved talk.txt in {tmp_path}.")
    assert target.read_text(encoding="utf-8").strip() == "Hello from an earlier session."
