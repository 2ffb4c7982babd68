"""Subtitle cues from a transcript: short lines, few of them, split between words, with times that only go up.

Whisper's segments are often a whole sentence of 80+ characters; players show such a line across the screen or
cut it. So each segment is cut into cues of at most `max_lines` lines of at most `max_chars` characters (42 and 2
by default, the usual broadcast limits), breaking only between words. A cue's time comes from its words' own
timestamps when Whisper gave them, else from the segment's time shared out by length of text. Times are then
made strictly increasing and non-overlapping, because some players drop or stack cues that overlap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.transcription.transcripts.model import Segment

MAX_CHARS = 42
MAX_LINES = 2
MIN_CUE_SECONDS = 0.2


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    lines: tuple[str, ...]


@dataclass(frozen=True)
class _Token:
    text: str
    start: float
    end: float


def build_cues(segments: Iterable[Segment], max_chars: int = MAX_CHARS, max_lines: int = MAX_LINES) -> list[Cue]:
    cues: list[Cue] = []
    for segment in segments:
        tokens = _tokens(segment, max_chars)
        for group in _groups(tokens, max_chars, max_lines):
            cues.append(Cue(group[0].start, group[-1].end, _lines([t.text for t in group], max_chars)))
    return _increasing(cues)


def _tokens(segment: Segment, max_chars: int) -> list[_Token]:
    """Words with times; an over-long word (a URL) is cut into pieces that fit on a line."""
    if segment.words and all(w.text.strip() for w in segment.words):
        timed = [_Token(w.text.strip(), w.start, w.end) for w in segment.words]
    else:
        timed = _spread(segment.text.split(), segment.start, segment.end)
    tokens: list[_Token] = []
    for token in timed:
        if len(token.text) <= max_chars:
            tokens.append(token)
            continue
        pieces = [token.text[i : i + max_chars] for i in range(0, len(token.text), max_chars)]
        tokens.extend(_spread(pieces, token.start, token.end))
    return tokens


def _spread(texts: list[str], start: float, end: float) -> list[_Token]:
    """Times for untimed words, in proportion to their length (a long word takes longer to say)."""
    total = sum(len(t) + 1 for t in texts) or 1
    span = max(end - start, 0.0)
    tokens, position = [], 0
    for text in texts:
        begin = start + span * position / total
        position += len(text) + 1
        tokens.append(_Token(text, begin, start + span * position / total))
    return tokens


def _fits(words: list[str], max_chars: int, max_lines: int) -> bool:
    return len(_greedy(words, max_chars)) <= max_lines


def _greedy(words: list[str], max_chars: int) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= max_chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _groups(tokens: list[_Token], max_chars: int, max_lines: int) -> list[list[_Token]]:
    """As many words per cue as fit, but a cue ends early at the end of a sentence when at least half full."""
    groups: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        candidate = [*current, token]
        if current and not _fits([t.text for t in candidate], max_chars, max_lines):
            groups.append(current)
            current = [token]
        else:
            current = candidate
        if token.text[-1] in ".?!" and sum(len(t.text) + 1 for t in current) >= max_chars * max_lines // 2:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _lines(words: list[str], max_chars: int) -> tuple[str, ...]:
    """Two lines are balanced (the break that makes the longer line shortest), which reads better than a full
    first line over a stub; more lines are filled greedily."""
    greedy = _greedy(words, max_chars)
    if len(greedy) != 2:
        return tuple(greedy)
    best = greedy
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            len(first) <= max_chars
            and len(second) <= max_chars
            and max(len(first), len(second)) < max(len(best[0]), len(best[1]))
        ):
            best = [first, second]
    return tuple(best)


def _increasing(cues: list[Cue]) -> list[Cue]:
    fixed: list[Cue] = []
    previous_end = 0.0
    for cue in cues:
        start = max(cue.start, previous_end)
        end = max(cue.end, start + MIN_CUE_SECONDS)
        fixed.append(Cue(round(start, 3), round(end, 3), cue.lines))
        previous_end = round(end, 3)
    return fixed
