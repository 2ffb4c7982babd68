"""Strict readers for SRT and WebVTT, to prove Hearth's files parse back (they reject anything malformed)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")
_VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")


@dataclass(frozen=True)
class ParsedCue:
    start: float
    end: float
    lines: tuple[str, ...]


def parse_srt(text: str) -> list[ParsedCue]:
    assert text.endswith("\n")
    assert "\r" not in text
    cues = []
    for number, block in enumerate(text.strip("\n").split("\n\n"), start=1):
        rows = block.split("\n")
        assert rows[0] == str(number), f"cue {number} is numbered {rows[0]!r}"
        cues.append(_cue(_SRT_TIME, rows[1], rows[2:]))
    return cues


def parse_vtt(text: str) -> list[ParsedCue]:
    blocks = text.strip("\n").split("\n\n")
    assert blocks[0] == "WEBVTT"
    cues = []
    for block in blocks[1:]:
        rows = block.split("\n")
        assert not any("-->" in line or "<" in line for line in rows[1:])
        cues.append(_cue(_VTT_TIME, rows[0], [html.unescape(line) for line in rows[1:]]))
    return cues


def _cue(pattern: re.Pattern[str], timing: str, lines: list[str]) -> ParsedCue:
    match = pattern.match(timing)
    assert match, f"not a timing line: {timing!r}"
    h1, m1, s1, f1, h2, m2, s2, f2 = (int(g) for g in match.groups())
    assert lines, f"no cue text at {timing}"
    assert all(line.strip() for line in lines), f"an empty line in the cue at {timing}"
    return ParsedCue(h1 * 3600 + m1 * 60 + s1 + f1 / 1000, h2 * 3600 + m2 * 60 + s2 + f2 / 1000, tuple(lines))


def assert_well_formed(cues: list[ParsedCue], max_chars: int = 42, max_lines: int = 2) -> None:
    assert cues
    previous_end = 0.0
    for cue in cues:
        assert previous_end <= cue.start < cue.end, f"times go back or overlap at {cue}"
        assert len(cue.lines) <= max_lines, cue
        assert all(len(line) <= max_chars for line in cue.lines), cue
        previous_end = cue.end
