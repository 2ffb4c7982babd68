"""Counts said to the person read right for one as for many: "1 line", not "1 lines"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.store import ChatStore
from app.transcription.transcripts.model import Segment, Transcript
from ui.chat.chat_transcript import RECENT_MESSAGES, ChatTranscript
from ui.transcribe.transcript_view import TranscriptView

pytestmark = pytest.mark.gui


def test_searching_a_one_line_transcript_says_line(qtbot: QtBot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.set_transcript(Transcript("talk.wav", "en", 2.0, (Segment(0.0, 2.0, "Hello there"),)))
    view.search.setText("hello")
    assert view.matches.text() == "1 of 1 line"
    view.set_transcript(Transcript("talk.wav", "en", 4.0, (Segment(0, 2, "Hello"), Segment(2, 4, "Bye"))))
    assert view.matches.text() == "1 of 2 lines"


def test_one_earlier_message_is_offered_as_one(qtbot: QtBot) -> None:
    store = ChatStore(paths.resolve().ensure().data / "conversations.db")
    try:
        conversation = store.create_conversation()
        for turn in range(RECENT_MESSAGES + 1):
            store.add_message(conversation.id, "user", f"Message {turn}")
        transcript = ChatTranscript(store)
        qtbot.addWidget(transcript)
        transcript.show_messages(store.messages(conversation.id))
        assert transcript.earlier_button.text() == "Show 1 earlier message"
    finally:
        store.close()
