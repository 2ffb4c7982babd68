"""Cutting Whisper's repetition loops: the same sentence over and over to the end of a file.

Whisper conditions each window on the text before it, so once it repeats itself it tends to keep doing so, and a
long silence or music makes it likely. Two shapes are caught. Within a segment, a phrase said three or more times
in a row that adds up to at least six words ("I'm going to go, I'm going to go, ...") is kept once; "very, very,
very good" is speech and stays. Across segments, a line that comes back identical twice in a row is a loop: all
its copies after the first are cut. One repeat alone is let through, since people do say a thing twice; so the
guard holds back a single repeat until it sees the next segment.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from app.transcription.transcripts.model import Segment, Word

MIN_LOOP_WORDS = 6
MIN_LOOP_TIMES = 3
MAX_PHRASE_WORDS = 12
_NOT_WORD = re.compile(r"[^\w']+")


def normalise(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def loop_free_indices(tokens: list[str]) -> list[int]:
    """Indices of the tokens to keep: every run of a phrase repeated in a row (long enough to be a loop) is cut
    to its first occurrence."""
    words = [normalise(t) for t in tokens]
    keep: list[int] = []
    i = 0
    while i < len(words):
        step = _loop_at(words, i)
        if step:
            phrase, times = step
            keep.extend(range(i, i + phrase))
            i += phrase * times
        else:
            keep.append(i)
            i += 1
    return keep


def _loop_at(words: list[str], i: int) -> tuple[int, int] | None:
    for phrase in range(1, MAX_PHRASE_WORDS + 1):
        unit = words[i : i + phrase]
        if len(unit) < phrase or not any(unit):
            break
        times = 1
        while words[i + times * phrase : i + (times + 1) * phrase] == unit:
            times += 1
        if times >= MIN_LOOP_TIMES and phrase * times >= MIN_LOOP_WORDS:
            return phrase, times
    return None


def without_inner_loop(segment: Segment) -> tuple[Segment, bool]:
    if segment.words:
        keep = loop_free_indices([w.text for w in segment.words])
        if len(keep) == len(segment.words):
            return segment, False
        words: tuple[Word, ...] = tuple(segment.words[i] for i in keep)
        text = "".join(w.text for w in words).strip()
        return dataclasses.replace(segment, text=text, words=words, end=words[-1].end), True
    tokens = segment.text.split()
    keep = loop_free_indices(tokens)
    if len(keep) == len(tokens):
        return segment, False
    return dataclasses.replace(segment, text=" ".join(tokens[i] for i in keep)), True


class RepetitionGuard:
    """Feed segments in order with `push`, then `flush` at the end; both give the segments to keep."""

    def __init__(self) -> None:
        self.removed = 0
        self._last = ""  # normalised text of the last segment let through
        self._held: Segment | None = None  # a first repeat, waiting to see whether a loop follows
        self._looping = False

    def push(self, segment: Segment) -> Iterator[Segment]:
        segment, cut = without_inner_loop(segment)
        self.removed += int(cut)
        key = normalise(segment.text)
        if not key:
            return
        if key != self._last:
            if self._held is not None:
                yield self._held
            self._held, self._looping, self._last = None, False, key
            yield segment
        elif self._looping:
            self.removed += 1
        elif self._held is None:
            self._held = segment
        else:
            self.removed += 2  # the held copy and this one
            self._held, self._looping = None, True

    def flush(self) -> Iterator[Segment]:
        if self._held is not None:
            yield self._held
            self._held = None
