"""What can go wrong with a recording or a speech model, in sentences a person can act on."""

from __future__ import annotations

from app.errors import HearthError


class RecordingUnreadable(HearthError):
    """The file is missing, empty, not audio or video, damaged, cut short, or has no sound track."""


class SpeechModelUnusable(HearthError):
    """The Whisper model folder could not be loaded (missing files, a damaged model.bin, not a Whisper model)."""


class TranscriptionFailed(HearthError):
    """Whisper stopped with an error in the middle of a recording."""


class LanguageNotSupported(HearthError):
    """The language asked for is not one the loaded Whisper model knows."""
