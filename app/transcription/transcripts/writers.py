"""The four export formats as text: TXT for reading, SRT and VTT for video players, JSON for other programs."""

from __future__ import annotations

import json
from collections.abc import Callable

from app.transcription.transcripts.cues import build_cues
from app.transcription.transcripts.model import Transcript

FORMATS = ("txt", "srt", "vtt", "json")


def render(transcript: Transcript, fmt: str) -> str:
    try:
        writer = _WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown transcript format {fmt!r}; one of {', '.join(FORMATS)}") from None
    return writer(transcript)


def txt(transcript: Transcript) -> str:
    text = transcript.text()
    return text + "\n" if text else ""


def srt(transcript: Transcript) -> str:
    blocks = [
        f"{number}\n{_clock(cue.start, ',')} --> {_clock(cue.end, ',')}\n" + "\n".join(cue.lines)
        for number, cue in enumerate(build_cues(transcript.segments), start=1)
    ]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def vtt(transcript: Transcript) -> str:
    blocks = ["WEBVTT"]
    for cue in build_cues(transcript.segments):
        lines = "\n".join(_vtt_escape(line) for line in cue.lines)
        blocks.append(f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}\n{lines}")
    return "\n\n".join(blocks) + "\n"


def json_text(transcript: Transcript) -> str:
    return json.dumps(transcript.to_json(), indent=2, ensure_ascii=False) + "\n"


def _clock(seconds: float, separator: str) -> str:
    millis = round(max(seconds, 0.0) * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _vtt_escape(line: str) -> str:
    """WebVTT reads `<` as a tag and `&` as an entity, and "-->" would end the timing line's meaning."""
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_WRITERS: dict[str, Callable[[Transcript], str]] = {"txt": txt, "srt": srt, "vtt": vtt, "json": json_text}
