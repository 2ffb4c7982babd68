"""A transcript as plain data: segments with their times, and the words inside them when they were timed.

Frozen, so a transcript handed from the worker to the window cannot change under either; edits make a new one.
The JSON form is both the export format and how Hearth keeps finished transcripts, so reading is tolerant:
a hand-edited file loses the odd bad segment, not the whole transcript.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str  # as Whisper wrote it, usually with its leading space
    probability: float = 1.0


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Transcript:
    source: str  # the recording's path
    language: str
    duration: float  # seconds of audio
    segments: tuple[Segment, ...]
    model: str = ""
    task: str = "transcribe"
    complete: bool = True  # False when it was cancelled part-way
    repeats_removed: int = 0  # segments cut as a repetition loop

    def text(self) -> str:
        """One line per segment, as TXT export and "Copy" give it."""
        return "\n".join(s.text.strip() for s in self.segments if s.text.strip())

    def with_texts(self, texts: list[str]) -> Transcript:
        """The user's edits of the segments' text. Edited words no longer match their timings, so an edited
        segment drops its words and subtitles spread its time over the new text instead."""
        segments = tuple(
            seg if seg.text.strip() == text.strip() else dataclasses.replace(seg, text=text.strip(), words=())
            for seg, text in zip(self.segments, texts, strict=True)
        )
        return dataclasses.replace(self, segments=segments)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "language": self.language,
            "duration": round(self.duration, 3),
            "model": self.model,
            "task": self.task,
            "complete": self.complete,
            "repeats_removed": self.repeats_removed,
            "text": self.text(),
            "segments": [
                {
                    "start": round(s.start, 3),
                    "end": round(s.end, 3),
                    "text": s.text.strip(),
                    "words": [
                        {
                            "start": round(w.start, 3),
                            "end": round(w.end, 3),
                            "word": w.text,
                            "probability": round(w.probability, 4),
                        }
                        for w in s.words
                    ],
                }
                for s in self.segments
            ],
        }

    @classmethod
    def from_json(cls, raw: Any) -> Transcript:
        if not isinstance(raw, dict):
            raise ValueError("a transcript is a JSON object")
        segments = tuple(seg for seg in (_segment(s) for s in raw.get("segments") or []) if seg is not None)
        return cls(
            source=str(raw.get("source", "")),
            language=str(raw.get("language", "")),
            duration=_number(raw.get("duration")),
            segments=segments,
            model=str(raw.get("model", "")),
            task=str(raw.get("task", "transcribe")),
            complete=raw.get("complete", True) is not False,
            repeats_removed=int(_number(raw.get("repeats_removed"))),
        )


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _segment(raw: Any) -> Segment | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        return None
    words = tuple(
        Word(_number(w.get("start")), _number(w.get("end")), w["word"], _number(w.get("probability", 1.0)))
        for w in raw.get("words") or []
        if isinstance(w, dict) and isinstance(w.get("word"), str)
    )
    return Segment(_number(raw.get("start")), _number(raw.get("end")), raw["text"], words)
