"""Transcripts: what a transcription produced, the subtitle cues made from it, and the files it is saved as."""

from app.transcription.transcripts.model import Segment, Transcript, Word

__all__ = ["Segment", "Transcript", "Word"]
