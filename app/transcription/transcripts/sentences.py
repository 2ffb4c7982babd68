"""Cutting a long segment into sentences, for the fast mode's 30-second segments.

The batched pipeline gives one segment per window of up to 30 seconds, which is hard to read and to edit. Each
sentence becomes its own segment: timed by its words when Whisper timed them, otherwise by sharing the window's
time out in proportion to the length of each sentence (approximate, and said so in the fast mode's description).
"""

from __future__ import annotations

import re

from app.transcription.transcripts.model import Segment, Word

_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def split_sentences(segment: Segment) -> list[Segment]:
    if segment.words:
        return _by_words(segment.words)
    sentences = [s for s in _SENTENCE_END.split(segment.text.strip()) if s]
    if len(sentences) <= 1:
        return [segment]
    total = sum(len(s) for s in sentences)
    span = segment.end - segment.start
    pieces, done = [], 0
    for sentence in sentences:
        start = segment.start + span * done / total
        done += len(sentence)
        pieces.append(Segment(start, segment.start + span * done / total, sentence))
    return pieces


def _by_words(words: tuple[Word, ...]) -> list[Segment]:
    pieces: list[Segment] = []
    current: list[Word] = []
    for word in words:
        current.append(word)
        if word.text.rstrip()[-1:] in (".", "?", "!"):
            pieces.append(_from_words(current))
            current = []
    if current:
        pieces.append(_from_words(current))
    return pieces


def _from_words(words: list[Word]) -> Segment:
    return Segment(words[0].start, words[-1].end, "".join(w.text for w in words).strip(), tuple(words))
